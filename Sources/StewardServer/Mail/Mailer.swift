import Foundation
import NIOCore

/// Sends Steward's mail: from the configured sender, through the configured transport, with links that start at
/// the installation's public address.
struct Mailer: Sendable {
    let transport: any MailTransport
    let from: MailAddress
    /// `https://steward.example.org`, without a trailing slash.
    let publicURL: String

    init(settings: MailSettings, group: any EventLoopGroup) throws {
        guard let from = MailAddress(settings.from, name: "Steward") else {
            throw StewardSettingsError(message: "STEWARD_MAIL_FROM is `\(settings.from)`, not an address")
        }
        self.from = from
        publicURL = settings.publicURL
        switch settings.delivery {
        case .folder(let path):
            transport = MailFolder(path: path)
        case .smtp(let server):
            let host = URL(string: settings.publicURL)?.host ?? "localhost"
            let isAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
            transport = SMTPTransport(server: server, greetingName: isAddress ? "[\(host)]" : host, group: group)
        }
    }

    /// The absolute address of a path of the site.
    func link(_ path: String) -> String { publicURL + path }

    /// Writes and sends one message to `to`, dated `date` (the application's clock).
    func send(to: MailAddress, subject: String, body: String, date: Date) async throws {
        try await transport.deliver(MailMessage(from: from, to: to, subject: subject, body: body, date: date))
    }
}
