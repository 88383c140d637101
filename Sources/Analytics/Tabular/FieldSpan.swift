/// Where one field of a record lies in the text: its content's bytes, and where it starts for error messages.
struct FieldSpan: Sendable {
    /// The field's content, without the quotes around it.
    var content: Range<Int>
    /// Whether the content holds doubled quotes, each standing for one quote.
    var hasDoubledQuotes: Bool
    /// The byte where the field starts (its opening quote, if quoted).
    var start: Int
    /// The line the field starts on, counting from 1.
    var line: Int
    /// The byte where that line starts.
    var lineStart: Int
}
