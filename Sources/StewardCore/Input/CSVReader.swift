/// Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line breaks and
/// doubled quotes; lines end in CRLF or LF; a leading byte-order mark is skipped. Errors name the line and column.
///
/// ```swift
/// try CSVReader.rows(in: "name,note\r\nAna,\"says \"\"hi\"\"\"\r\n")
/// // [Row(line: 1, fields: ["name", "note"]), Row(line: 2, fields: ["Ana", "says \"hi\""])]
/// ```
public enum CSVReader {
    /// One record and the line it starts on (a quoted field can span lines).
    public struct Row: Hashable, Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// What is wrong with the text, or with one of its fields, and where.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible, Comparable {
        public let line: Int
        public let column: Int
        public let message: String

        public init(line: Int, column: Int, _ message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "line \(line), column \(column): \(message)" }

        /// The problem as an error whose field is `line N, column C`.
        public var error: DomainError {
            DomainError(code: .invalidField, field: "line \(line), column \(column)", message: description)
        }

        public static func < (lhs: Problem, rhs: Problem) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
    }

    /// Every record of `text`; blank lines are skipped.
    public static func rows(in text: String) throws(Problem) -> [Row] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var rowLine = 1
        var index = 0
        var quoted = false
        var afterQuote = false
        var rowIsQuoted = false
        var quoteStart = (line: 1, column: 1)

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRow() {
            endField()
            if rowIsQuoted || !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
            rowIsQuoted = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(scalar)
                    if scalar == "\n" { line += 1; column = 0 }
                }
            } else {
                switch scalar {
                case ",":
                    endField()
                case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                    break
                case "\n", "\r":
                    endRow()
                    line += 1
                    column = 0
                    rowLine = line
                case "\"" where field.isEmpty && !afterQuote:
                    quoted = true
                    rowIsQuoted = true
                    quoteStart = (line, column)
                default:
                    if afterQuote {
                        throw Problem(
                            line: line, column: column,
                            "`\(Character(scalar))` after a closing quote; a quoted field ends at a comma or the end of the line")
                    }
                    if scalar == "\"" {
                        throw Problem(
                            line: line, column: column,
                            "a quote inside an unquoted field; put the whole field in quotes and double the quote")
                    }
                    field.append(scalar)
                }
            }
            index += 1
            column += 1
        }
        if quoted {
            throw Problem(
                line: quoteStart.line, column: quoteStart.column,
                "the quote opened here is never closed")
        }
        endRow()
        return rows
    }
}
