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
        let scalars = Array(text.unicodeScalars)
        var current = scalars
        var pieces = [Piece.original(0..<scalars.count)]
        var found: [Finding] = []
        for _ in 0..<Self.maximumRounds {
            let findings = scanner.scan(String(String.UnicodeScalarView(current))).compactMap {
                Self.originalOffsets(of: $0, in: pieces)
            }
            guard !findings.isEmpty else { break }
            found += findings
            pieces = replace(findings, in: pieces, of: scalars)
            current = Self.render(pieces, of: scalars)
        }
        found.sort { $0.start < $1.start }
        return Redaction(text: String(String.UnicodeScalarView(current)), findings: found)
    }

    /// The most scans one ``redact(_:)`` makes; a text usually takes two (the second finds nothing).
    public static let maximumRounds = 16

    /// A stretch of the redacted text: a range of the original's scalars, or a placeholder.
    private enum Piece {
        case original(Range<Int>)
        case placeholder(String)

        var length: Int {
            switch self {
            case .original(let range): range.count
            case .placeholder(let text): text.unicodeScalars.count
            }
        }
    }

    /// A finding of the current text with offsets into the original, or nil when it touches a placeholder.
    private static func originalOffsets(of finding: Finding, in pieces: [Piece]) -> Finding? {
        var position = 0
        for piece in pieces {
            defer { position += piece.length }
            guard finding.start < position + piece.length else { continue }
            guard case .original(let range) = piece, finding.end <= position + piece.length else { return nil }
            let start = range.lowerBound + finding.start - position
            return Finding(
                type: finding.type, start: start, end: start + finding.end - finding.start,
                confidence: finding.confidence)
        }
        return nil
    }

    private mutating func replace(_ findings: [Finding], in pieces: [Piece], of scalars: [Unicode.Scalar]) -> [Piece] {
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
                let original = String(String.UnicodeScalarView(scalars[finding.start..<finding.end]))
                result.append(.placeholder(placeholders.placeholder(for: original, type: finding.type)))
                range = finding.end..<range.upperBound
            }
            if !range.isEmpty { result.append(.original(range)) }
        }
        return result
    }

    private static func render(_ pieces: [Piece], of scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for piece in pieces {
            switch piece {
            case .original(let range): result += scalars[range]
            case .placeholder(let text): result += text.unicodeScalars
            }
        }
        return result
    }

    /// `text` with every placeholder of this conversation replaced by its original; other bracketed
    /// text is left as it is. A message that held the text of one of this conversation's placeholders
    /// before it was redacted (say, a literal `[PERSON_1]`) gets that replaced too.
    public func restore(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var copied = scalars.startIndex
        var cursor = scalars.startIndex
        while let open = scalars[cursor...].firstIndex(of: "[") {
            guard let close = Self.placeholderEnd(in: scalars, from: open),
                let original = placeholders.original(for: String(scalars[open...close]))
            else {
                cursor = scalars.index(after: open)
                continue
            }
            output.unicodeScalars.append(contentsOf: scalars[copied..<open])
            output += original
            copied = scalars.index(after: close)
            cursor = copied
        }
        output.unicodeScalars.append(contentsOf: scalars[copied...])
        return output
    }

    /// The `]` closing a placeholder that opens at `open`: capitals, digits and `_` only, 40 at most.
    private static func placeholderEnd(in scalars: String.UnicodeScalarView, from open: String.Index)
        -> String.Index?
    {
        var index = scalars.index(after: open)
        var length = 0
        while index < scalars.endIndex, length <= 40 {
            let scalar = scalars[index]
            if scalar == "]" { return length > 0 ? index : nil }
            guard ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" else { return nil }
            length += 1
            index = scalars.index(after: index)
        }
        return nil
    }
}
