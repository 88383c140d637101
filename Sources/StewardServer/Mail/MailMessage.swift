import Foundation

/// One plain-text e-mail to one person, rendered as an RFC 5322 message with a UTF-8, quoted-printable body.
struct MailMessage: Sendable {
    let from: MailAddress
    let to: MailAddress
    let subject: String
    /// The text, in lines separated by `\n`.
    let body: String
    /// When it was written, from the application's clock.
    let date: Date
    /// Unique per message: the part of the `Message-ID` before the `@`.
    let id: UUID

    init(from: MailAddress, to: MailAddress, subject: String, body: String, date: Date, id: UUID = UUID()) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.id = id
    }

    /// `<id@domain of the sender>`.
    var messageID: String { "<\(id.uuidString.lowercased())@\(from.domain)>" }

    /// The whole message, headers and body, with CRLF line breaks and only ASCII.
    var rendered: String {
        let headers = [
            "Date: \(Self.dateHeader(date))",
            "From: \(from.header)",
            "To: \(to.header)",
            "Subject: \(HeaderText.unstructured(subject))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Auto-Submitted: auto-generated",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(body) + "\r\n"
    }

    /// RFC 5322's date-time in UTC: `Mon, 30 Nov 2026 09:30:00 +0000`.
    static func dateHeader(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .gmt
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
