import Vapor

extension Application {
    private struct MailerKey: StorageKey {
        typealias Value = Mailer
    }

    /// The mailer of this application, or nil when no mail is configured.
    var mailer: Mailer? {
        storage[MailerKey.self]
    }

    /// Sets up mail from the settings; without settings, nothing is sent.
    func useMail(_ settings: MailSettings?) throws {
        storage[MailerKey.self] = try settings.map { try Mailer(settings: $0, group: eventLoopGroup) }
        forgetComposedContext()
    }
}
