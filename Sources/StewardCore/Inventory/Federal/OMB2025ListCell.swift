/// A multi-select cell of the federal file: a list of strings written as Python writes one (`repr`), or free text
/// where an agency typed an answer instead of choosing.
///
/// Reading accepts any list of Python string literals, single- or double-quoted, with Python's escapes. Writing
/// gives exactly what Python's `repr` gives: items in single quotes, or in double quotes when an item holds a `'`
/// and no `"`; backslashes, the chosen quote, tabs and line breaks escaped, and characters Python does not print
/// written as `\x..`, `\u....` or `\U........`. A cell that is not such a list stays as it is.
///
/// ```swift
/// OMB2025ListCell("['b) Sex', 'c) Age']")       // .items(["b) Sex", "c) Age"])
/// OMB2025ListCell.items(["Agency's board"]).cell  // ["Agency's board"]  (double quotes, as Python writes it)
/// OMB2025ListCell("None of the above")           // .text("None of the above")
/// ```
public enum OMB2025ListCell: Hashable, Sendable {
    case items([String])
    /// A cell that is not a list, kept as written.
    case text(String)

    /// Reads a cell as a list, or keeps it as text when it is not one.
    public init(_ cell: String) {
        var parser = Parser(Array(cell.unicodeScalars))
        if let items = parser.list() { self = .items(items) } else { self = .text(cell) }
    }

    /// The cell as the federal file writes it.
    public var cell: String {
        switch self {
        case .items(let items): "[" + items.map(Self.literal).joined(separator: ", ") + "]"
        case .text(let text): text
        }
    }

    /// The items, or nil for free text.
    public var items: [String]? {
        if case .items(let items) = self { items } else { nil }
    }

    /// One string as Python's `repr` writes it.
    static func literal(_ item: String) -> String {
        let scalars = item.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var text = String.UnicodeScalarView([quote])
        for scalar in scalars {
            switch scalar {
            case quote, "\\": text.append(contentsOf: ["\\", scalar])
            case "\t": text.append(contentsOf: #"\t"#.unicodeScalars)
            case "\n": text.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": text.append(contentsOf: #"\r"#.unicodeScalars)
            default:
                if isPrintable(scalar) {
                    text.append(scalar)
                } else {
                    text.append(contentsOf: escaped(scalar).unicodeScalars)
                }
            }
        }
        text.append(quote)
        return String(text)
    }

    /// Python's `str.isprintable` for one character: not a control, format, surrogate, private-use or unassigned
    /// character, nor a separator other than the ASCII space.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        let (prefix, width) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(repeating: "0", count: width - hex.count) + hex
    }
}
