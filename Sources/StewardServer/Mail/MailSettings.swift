import Foundation

/// How Steward sends e-mail, if at all: through an SMTP server, or (for development) as `.eml` files in a folder;
/// who the mail comes from; and the public address its links start with.
public struct MailSettings: Sendable, Equatable {
    /// Where messages go.
    public enum Delivery: Sendable, Equatable {
        case smtp(SMTPServer)
        /// Each message becomes a file in this folder, created when missing.
        case folder(String)
    }

    public var delivery: Delivery
    /// The sender, `steward@example.org`.
    public var from: String
    /// Where people reach this installation, `https://steward.example.org`: links in mail are absolute.
    public var publicURL: String

    public init(delivery: Delivery, from: String, publicURL: String) throws {
        guard MailAddress(from) != nil else {
            throw StewardSettingsError(
                message: "STEWARD_MAIL_FROM is `\(from)`, not an address like steward@example.org")
        }
        guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme?.lowercased()), url.host != nil
        else {
            throw StewardSettingsError(
                message: "STEWARD_PUBLIC_URL is `\(publicURL)`, not an address like https://steward.example.org")
        }
        self.delivery = delivery
        self.from = from
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
    }

    /// The settings named by `STEWARD_SMTP_URL` or `STEWARD_MAIL_DIRECTORY`, with `STEWARD_MAIL_FROM`,
    /// `STEWARD_SMTP_CA_FILE` and `STEWARD_PUBLIC_URL` (else `defaultPublicURL`); nil when neither is set: no mail.
    /// - Throws: ``StewardSettingsError`` when both are set, or a value cannot be used.
    public static func read(environment: [String: String], defaultPublicURL: String) throws -> MailSettings? {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let publicURL = value("STEWARD_PUBLIC_URL") ?? defaultPublicURL
        switch (value("STEWARD_SMTP_URL"), value("STEWARD_MAIL_DIRECTORY")) {
        case (nil, nil):
            return nil
        case (_?, _?):
            throw StewardSettingsError(
                message: "both STEWARD_SMTP_URL and STEWARD_MAIL_DIRECTORY are set; choose SMTP or a folder of files")
        case (let url?, nil):
            guard let from = value("STEWARD_MAIL_FROM") else {
                throw StewardSettingsError(
                    message: "STEWARD_SMTP_URL is set but STEWARD_MAIL_FROM is not; set the address mail comes from")
            }
            let server = try SMTPServer(url: url, trustedCertificates: value("STEWARD_SMTP_CA_FILE"))
            return try MailSettings(delivery: .smtp(server), from: from, publicURL: publicURL)
        case (nil, let folder?):
            return try MailSettings(
                delivery: .folder(folder), from: value("STEWARD_MAIL_FROM") ?? "steward@localhost.localdomain",
                publicURL: publicURL)
        }
    }
}
