/// Puts the originals back into an answer that arrives in pieces, as a streamed answer does: a placeholder cut
/// between two pieces (`[PERS` then `ON_1]`) is held back until its end arrives, so the person never sees one.
///
/// ```swift
/// var restorer = StreamRestorer(redactor: redactor)   // redactor handed out [PERSON_1] for "Dana Hancock"
/// restorer.restore("Dear [PERS")                       // "Dear "
/// restorer.restore("ON_1], thank you")                 // "Dana Hancock, thank you"
/// restorer.finish()                                    // ""
/// ```
public struct StreamRestorer: Sendable {
    /// The redactor whose placeholders are restored.
    public let redactor: Redactor
    private var held = ""

    public init(redactor: Redactor) { self.redactor = redactor }

    /// The next piece of the answer with its placeholders restored, less any tail that may be the start of one.
    public mutating func restore(_ piece: String) -> String {
        let text = held + piece
        let scalars = text.unicodeScalars
        if let open = scalars.lastIndex(of: "["), Self.mayOpenPlaceholder(scalars[scalars.index(after: open)...]) {
            held = String(scalars[open...])
            return redactor.restore(String(scalars[..<open]))
        }
        held = ""
        return redactor.restore(text)
    }

    /// Whatever was held back, once the answer has ended.
    public mutating func finish() -> String {
        defer { held = "" }
        return redactor.restore(held)
    }

    /// Whether what follows a `[` could still grow into a placeholder: capitals, digits and `_`, and not too long.
    private static func mayOpenPlaceholder(_ rest: Substring.UnicodeScalarView) -> Bool {
        rest.count < 40 && rest.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
