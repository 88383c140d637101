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
    public mutating func redact(_ text: String) -> Redaction {
        let findings = scanner.scan(text)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        for finding in findings {
            let start = scalars.index(index, offsetBy: finding.start - offset)
            let end = scalars.index(start, offsetBy: finding.end - finding.start)
            output.unicodeScalars.append(contentsOf: scalars[index..<start])
            let original = String(scalars[start..<end])
            output += placeholders.placeholder(for: original, type: finding.type)
            index = end
            offset = finding.end
        }
        output.unicodeScalars.append(contentsOf: scalars[index...])
        return Redaction(text: output, findings: findings)
    }

    /// `text` with every placeholder of this conversation replaced by its original; other bracketed
    /// text is left as it is.
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
