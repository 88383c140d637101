import ArgumentParser
import Foundation
import StewardServer

struct RemindersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders", abstract: "E-mail people about their review steps.",
        subcommands: [RemindersSendCommand.self])
}

struct RemindersSendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send today's reminder digests that have not gone out yet, then exit (for cron).",
        discussion: """
            Each person whose open review steps are overdue or due within three days gets one digest a day; running \
            again the same day sends nothing new. A running `steward serve` with mail configured does the same every \
            hour. Exits non-zero when a digest could not be sent.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var mail: MailOptions

    func run() async throws {
        var settings = database.settings()
        settings.migrates = false
        guard let mail = try mail.settings(defaultPublicURL: "http://127.0.0.1:8080") else {
            throw ValidationError(
                "no mail is configured: set STEWARD_SMTP_URL (or --smtp-url), or STEWARD_MAIL_DIRECTORY")
        }
        settings.mail = mail
        let report = try await StewardRunner.withApplication(settings) { app in
            try await StewardRunner.sendReminders(in: app)
        }
        print("Reminders for \(report.day): \(report.sent.count) sent, \(report.alreadySent) already sent today.")
        for name in report.sent { print("  sent to \(name)") }
        guard report.failures.isEmpty else {
            print("\(report.failures.count) could not be sent; the next run tries again:")
            for failure in report.failures { print("  " + failure) }
            throw ExitCode.failure
        }
    }
}
