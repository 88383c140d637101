import ArgumentParser
import Foundation
import StewardServer

/// How mail is sent: each option overrides its environment variable.
struct MailOptions: ParsableArguments {
    @ArgumentParser.Option(
        name: .long,
        help: """
            Send mail through this SMTP server: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… \
            (STEWARD_SMTP_URL; prefer the variable, which other users cannot see).
            """)
    var smtpURL: String?

    @ArgumentParser.Option(
        name: .long, help: "Write each message as an .eml file into this folder instead (STEWARD_MAIL_DIRECTORY).")
    var mailDirectory: String?

    @ArgumentParser.Option(name: .long, help: "The address mail comes from (STEWARD_MAIL_FROM); required with SMTP.")
    var mailFrom: String?

    @ArgumentParser.Option(
        name: .long,
        help: "Where people reach Steward, for links in mail: https://steward.example.org (STEWARD_PUBLIC_URL).")
    var publicURL: String?

    /// The mail settings of these options over the environment; nil when neither SMTP nor a folder is named.
    func settings(defaultPublicURL: String) throws -> MailSettings? {
        var environment = ProcessInfo.processInfo.environment
        let options = [
            "STEWARD_SMTP_URL": smtpURL, "STEWARD_MAIL_DIRECTORY": mailDirectory, "STEWARD_MAIL_FROM": mailFrom,
            "STEWARD_PUBLIC_URL": publicURL,
        ]
        for (name, value) in options where value != nil { environment[name] = value }
        do {
            return try MailSettings.read(environment: environment, defaultPublicURL: defaultPublicURL)
        } catch let error as StewardSettingsError {
            throw ValidationError(error.message)
        }
    }
}
