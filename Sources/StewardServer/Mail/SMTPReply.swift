import NIOCore

/// A reply of an SMTP server: a three-digit code and one or more lines of text (RFC 5321, section 4.2).
struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    let code: Int
    /// The text of each line, without the code.
    let lines: [String]

    /// 2xx: done; 3xx: go on (after `DATA`, `AUTH`).
    var isPositive: Bool { (200..<400).contains(code) }

    /// As the server wrote it, lines joined: `550 5.1.1 no such user`.
    var description: String { "\(code) " + lines.joined(separator: " / ") }
}

/// Splits what the server sends into replies, joining the lines of a multi-line reply (`250-…` up to `250 …`).
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    /// Longer lines are not SMTP: the server is something else, or misbehaving.
    static let maximumLineLength = 4096
    private var pending: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLineLength {
                throw MailError(
                    .protocolViolation,
                    "the server sent a line of more than \(Self.maximumLineLength) bytes; is it an SMTP server?")
            }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, let code = Int(String(decoding: bytes[0..<3], as: UTF8.self)),
            (200...599).contains(code)
        else { throw MailError(.protocolViolation, "the server sent `\(line.prefix(80))`, which is not an SMTP reply") }
        pending.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
        guard bytes.count > 3, bytes[3] == UInt8(ascii: "-") else {
            context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: pending)))
            pending = []
            return .continue
        }
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        try decode(context: context, buffer: &buffer)
    }
}

/// Counts the replies decoded on a channel, on its event loop: a reply's deadline is judged by when the reply
/// arrived, not by when the task waiting for it got to run.
final class SMTPReplyCounter: ChannelInboundHandler {
    typealias InboundIn = SMTPReply
    typealias InboundOut = SMTPReply
    private(set) var count = 0

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        count += 1
        context.fireChannelRead(data)
    }
}
