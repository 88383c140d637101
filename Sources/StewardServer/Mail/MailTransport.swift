/// Where a written message goes: an SMTP server, or a folder of files.
protocol MailTransport: Sendable {
    /// Delivers the message or throws a ``MailError`` saying why not.
    func deliver(_ message: MailMessage) async throws
}
