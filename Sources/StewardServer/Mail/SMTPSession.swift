import Foundation
import NIOCore

/// One conversation with an SMTP server on a connected channel: a command, then its reply, checked.
struct SMTPSession {
    let channel: any Channel
    var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    /// The replies that have arrived on the channel, whether or not this session has taken them yet.
    let arrived: NIOLoopBound<SMTPReplyCounter>
    /// How long the server has for each reply.
    var replyTimeout: TimeAmount = .seconds(30)
    /// The replies this session has taken.
    private var taken = 0

    init(
        channel: any Channel, replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, arrived: NIOLoopBound<SMTPReplyCounter>
    ) {
        (self.channel, self.replies, self.outbound, self.arrived) = (channel, replies, outbound, arrived)
    }

    /// The server's next reply, which must have a code in `accepted`; `what` names what it answers, for errors.
    /// The deadline passes only when the reply has not arrived: a reply that came in time is taken however late
    /// this task runs.
    @discardableResult
    mutating func expect(_ accepted: ClosedRange<Int>, answering what: String) async throws -> SMTPReply {
        let awaited = taken + 1
        let seconds = replyTimeout.nanoseconds / 1_000_000_000
        let timeout = channel.eventLoop.scheduleTask(in: replyTimeout) { [channel, arrived] in
            guard arrived.value.count < awaited else { return }
            channel.pipeline.fireErrorCaught(
                MailError(.timeout, "the SMTP server did not answer \(what) within \(seconds) seconds"))
        }
        defer { timeout.cancel() }
        guard let reply = try await replies.next() else {
            throw MailError(.connection, "the SMTP server closed the connection instead of answering \(what)")
        }
        taken += 1
        guard accepted.contains(reply.code) else {
            throw MailError(.refused, "the SMTP server refused \(what): \(reply)")
        }
        return reply
    }

    /// Sends one command line and checks its reply. `shown` replaces the command in errors when it holds a secret.
    @discardableResult
    mutating func send(_ command: String, expecting accepted: ClosedRange<Int>, shown: String? = nil) async throws
        -> SMTPReply
    {
        try await outbound.write(ByteBuffer(string: command + "\r\n"))
        return try await expect(accepted, answering: shown ?? "`\(command)`")
    }

    /// Greets the server with `EHLO` (or `HELO` for a server that knows no extensions); returns the extensions it
    /// offers, upper-cased, one line each (`STARTTLS`, `AUTH PLAIN LOGIN`).
    mutating func hello(as name: String) async throws -> [String] {
        try await outbound.write(ByteBuffer(string: "EHLO \(name)\r\n"))
        let reply = try await expect(250...599, answering: "`EHLO \(name)`")
        guard reply.code == 250 else {
            try await send("HELO \(name)", expecting: 250...250)
            return []
        }
        return reply.lines.dropFirst().map { $0.uppercased() }
    }

    /// Signs in with AUTH PLAIN, or else AUTH LOGIN, whichever the server offers.
    mutating func authenticate(user: String, password: String, extensions: [String]) async throws {
        let mechanisms =
            extensions.first { $0.hasPrefix("AUTH ") || $0.hasPrefix("AUTH=") }.map {
                $0.dropFirst(5).split(separator: " ").map(String.init)
            } ?? []
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if mechanisms.contains("PLAIN") {
            try await send(
                "AUTH PLAIN \(base64("\0\(user)\0\(password)"))", expecting: 235...235,
                shown: "the user name and password of \(user) (AUTH PLAIN)")
        } else if mechanisms.contains("LOGIN") {
            try await send("AUTH LOGIN", expecting: 334...334)
            try await send(base64(user), expecting: 334...334, shown: "the user name \(user) (AUTH LOGIN)")
            try await send(base64(password), expecting: 235...235, shown: "the password of \(user) (AUTH LOGIN)")
        } else {
            let offered = mechanisms.isEmpty ? "none" : mechanisms.joined(separator: ", ")
            throw MailError(
                .security, "the SMTP server offers neither AUTH PLAIN nor AUTH LOGIN (it offers: \(offered)), so Steward cannot sign in")
        }
    }

    /// Sends the message after `DATA`, dot-stuffed and ended by a line holding a single dot.
    mutating func data(_ message: MailMessage) async throws {
        try await send("DATA", expecting: 354...354)
        try await outbound.write(ByteBuffer(string: Self.dotStuffed(message.rendered) + ".\r\n"))
        try await expect(250...250, answering: "the message \(message.messageID)")
    }

    /// Doubles the dot that starts a line, so that no line of the message ends it early (RFC 5321, 4.5.2).
    /// `text` ends with CRLF.
    static func dotStuffed(_ text: String) -> String {
        text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
            .joined(separator: "\r\n")
    }
}
