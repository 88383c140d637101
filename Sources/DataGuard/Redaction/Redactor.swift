/// Replaces personal data with typed placeholders, consistently across the messages of one
/// conversation, and puts the originals back into an answer.
///
/// ```swift
/// var redactor = Redactor()
/// let question = redactor.redact("Call Dana Hancock at 478-303-3325.")
/// // question.text == "Call [PERSON_1] at [PHONE_1]."
/// let answer = redactor.restore("I will call [PERSON_1] today.")
/// // answer == "I will call Dana Hancock today."
/// ```
public struct Redactor: Sendable {
    /// The result of redacting one text.
    public struct Redaction: Sendable, Hashable {
        /// The text with every finding replaced by its placeholder.
        public let text: String
        /// The findings that were replaced, with offsets into the original text.
        public let findings: [Finding]
    }

    /// The scanner that finds what to redact.
    public let scanner: GuardScanner
    /// The placeholders handed out so far in this conversation.
    public private(set) var placeholders: PlaceholderMap

    /// Creates a redactor for one conversation, continuing `placeholders` if it already has some.
    public init(scanner: GuardScanner = GuardScanner(), placeholders: PlaceholderMap = PlaceholderMap()) {
        self.scanner = scanner
        self.placeholders = placeholders
    }

    /// Redacts one message of the conversation.
    ///
    /// Replacing a value can uncover another that was glued to it ("9/25/1971Ana" becomes
    /// "9/25/1971[PERSON_1]", where the date now stands alone), so the result is scanned again until
    /// nothing more is found outside the placeholders; each round peels one layer of glued values, and
    /// after ``maximumRounds`` the text is returned as it is.
    public mutating func redact(_ text: String) -> Redaction {
        redact(text, found: scanner.scan(text))
    }

    /// ``redact(_:)`` for a caller that has scanned `text` already: `findings` are what this redactor's
    /// scanner found in `text`, and they serve as the first round instead of a second scan.
    public mutating func redact(_ text: String, found findings: [Finding]) -> Redaction {
        let original = Array(text.utf8)
        return original.withUnsafeBufferPointer { bytes in
            var round = ScalarOffsets.candidates(findings.sorted { $0.start < $1.start }, in: bytes)
            var pieces = [Piece.original(0..<bytes.count)]
            var current = original
            var found: [Candidate] = []
            for number in 0..<Self.maximumRounds {
                if number > 0 { round = current.withUnsafeBufferPointer { scanner.candidates(in: $0) } }
                let located = round.compactMap { Self.originalOffsets(of: $0, in: pieces) }
                guard !located.isEmpty else { break }
                found += located
                pieces = replace(located, in: pieces, of: bytes)
                current = Self.render(pieces, of: bytes)
            }
            found.sort { $0.start < $1.start }
            return Redaction(
                text: String(decoding: current, as: UTF8.self), findings: ScalarOffsets.findings(found, in: bytes))
        }
    }

    /// The most scans one ``redact(_:)`` makes; a text usually takes two (the second finds nothing).
    public static let maximumRounds = 16

    /// A stretch of the redacted text: a range of the original's UTF-8 bytes, or a placeholder.
    private enum Piece {
        case original(Range<Int>)
        case placeholder(String)

        var length: Int {
            switch self {
            case .original(let range): range.count
            case .placeholder(let text): text.utf8.count
            }
        }
    }

    /// A finding of the current text with byte offsets into the original, or nil when it touches a placeholder.
    private static func originalOffsets(of finding: Candidate, in pieces: [Piece]) -> Candidate? {
        var position = 0
        for piece in pieces {
            defer { position += piece.length }
            guard finding.start < position + piece.length else { continue }
            guard case .original(let range) = piece, finding.end <= position + piece.length else { return nil }
            return finding.shifted(by: range.lowerBound - position)
        }
        return nil
    }

    private mutating func replace(
        _ findings: [Candidate], in pieces: [Piece], of bytes: UnsafeBufferPointer<UInt8>
    ) -> [Piece] {
        var result: [Piece] = []
        var pending = findings.sorted { $0.start < $1.start }[...]
        for piece in pieces {
            guard case .original(var range) = piece else {
                result.append(piece)
                continue
            }
            while let finding = pending.first, finding.end <= range.upperBound {
                pending = pending.dropFirst()
                if finding.start > range.lowerBound { result.append(.original(range.lowerBound..<finding.start)) }
                let original = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[finding.start..<finding.end]), as: UTF8.self)
                result.append(.placeholder(placeholders.placeholder(for: original, type: finding.type)))
                range = finding.end..<range.upperBound
            }
            if !range.isEmpty { result.append(.original(range)) }
        }
        return result
    }

    private static func render(_ pieces: [Piece], of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16 * pieces.count)
        for piece in pieces {
            switch piece {
            case .original(let range): result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            case .placeholder(let text): result.append(contentsOf: text.utf8)
            }
        }
        return result
    }

    /// `text` with every placeholder of this conversation replaced by its original; other bracketed
    /// text is left as it is. A message that held the text of one of this conversation's placeholders
    /// before it was redacted (say, a literal `[PERSON_1]`) gets that replaced too.
    public func restore(_ text: String) -> String {
        guard !placeholders.entries.isEmpty else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            var cursor = 0
            while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "[")) {
                guard let close = Self.placeholderEnd(in: bytes, from: open),
                    let original = placeholders.original(
                        for: String(decoding: UnsafeBufferPointer(rebasing: bytes[open...close]), as: UTF8.self))
                else {
                    cursor = open + 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<open]))
                output.append(contentsOf: original.utf8)
                copied = close + 1
                cursor = copied
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The `]` closing a placeholder that opens at `open`: capitals, digits and `_` only, 40 at most.
    private static func placeholderEnd(in bytes: UnsafeBufferPointer<UInt8>, from open: Int) -> Int? {
        var index = open + 1
        var length = 0
        while index < bytes.count, length <= 40 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") { return length > 0 ? index : nil }
            let isCapital = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isCapital || isDigit || byte == UInt8(ascii: "_") else { return nil }
            length += 1
            index += 1
        }
        return nil
    }
}
