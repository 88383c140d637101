import Foundation
import Testing

@testable import StewardServer

/// Mail settings from the environment, and what they refuse.
@Suite("Mail: settings")
struct MailSettingsTests {
    @Test("an smtp URL gives host, port, credentials and STARTTLS; smtps gives TLS on port 465")
    func smtpURLs() throws {
        let plain = try SMTPServer(url: "smtp://mailer:p%40ss%20word@mail.example.org")
        let tls = try SMTPServer(url: "smtps://mail.example.org")

        #expect(plain.host == "mail.example.org" && plain.port == 587 && plain.security == .startTLSWhenOffered)
        #expect(plain.username == "mailer" && plain.password == "p@ss word")
        #expect(tls.port == 465 && tls.security == .implicitTLS && tls.username == nil)
    }

    @Test(
        "the environment chooses SMTP, a folder, or no mail",
        arguments: [
            ([String: String](), "none"),
            (["STEWARD_MAIL_DIRECTORY": "/tmp/mail"], "folder"),
            (["STEWARD_SMTP_URL": "smtp://mail.example.org", "STEWARD_MAIL_FROM": "steward@example.org"], "smtp"),
        ])
    func chooses(_ environment: [String: String], _ expected: String) throws {
        let settings = try MailSettings.read(environment: environment, defaultPublicURL: "http://127.0.0.1:8080")

        let kind =
            switch settings?.delivery {
            case nil: "none"
            case .folder?: "folder"
            case .smtp?: "smtp"
            }
        #expect(kind == expected)
    }

    @Test(
        "settings that cannot work are refused with the variable to fix",
        arguments: [
            (["STEWARD_SMTP_URL": "smtp://mail.example.org"], "STEWARD_MAIL_FROM"),
            (["STEWARD_SMTP_URL": "http://mail.example.org", "STEWARD_MAIL_FROM": "s@example.org"], "smtp://"),
            (["STEWARD_SMTP_URL": "smtp://u@mail.example.org", "STEWARD_MAIL_FROM": "s@example.org"], "password"),
            (["STEWARD_SMTP_URL": "smtp://mail.example.org", "STEWARD_MAIL_DIRECTORY": "/tmp/mail"], "choose"),
            (["STEWARD_MAIL_DIRECTORY": "/tmp/mail", "STEWARD_MAIL_FROM": "steward"], "STEWARD_MAIL_FROM"),
            (
                ["STEWARD_MAIL_DIRECTORY": "/tmp/mail", "STEWARD_PUBLIC_URL": "steward.example.org"],
                "STEWARD_PUBLIC_URL"
            ),
        ])
    func refused(_ environment: [String: String], _ named: String) {
        #expect {
            try MailSettings.read(environment: environment, defaultPublicURL: "http://127.0.0.1:8080")
        } throws: { error in
            (error as? StewardSettingsError)?.message.contains(named) == true
        }
    }
}
