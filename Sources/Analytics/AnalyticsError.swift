/// The error of Analytics: what is wrong with a file of labels, employment or decisions, where, and how to fix it.
///
/// Modelled on swift-nio's `FileSystemError`: an extensible ``Code`` to branch on, a ``message`` a person can act
/// on, and the ``location`` (line, column and column name) of the problem in the text that was read.
///
/// ```swift
/// do { _ = try DecisionLog(csv: bytes, outcome: .selection(column: "hired"), categories: ["sex"]) }
/// catch { print(error) }
/// // line 7, column 12 (`sex`): unterminated quoted field; close it with `"`
/// ```
public struct AnalyticsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Hashable, Sendable {
            case malformedText, missingColumn, wrongFieldCount, invalidValue, emptyData
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The text is not well-formed delimited text (an unterminated or misplaced quote).
        public static let malformedText = Code(.malformedText)
        /// The header lacks a column the computation needs.
        public static let missingColumn = Code(.missingColumn)
        /// A row has more or fewer fields than the header.
        public static let wrongFieldCount = Code(.wrongFieldCount)
        /// A field holds a value its column cannot take (a label that is not E0–E2, a score that is not a number).
        public static let invalidValue = Code(.invalidValue)
        /// There is nothing to compute on: no header, or no rows.
        public static let emptyData = Code(.emptyData)

        /// The code's name, such as `invalidValue`.
        public var description: String { value.rawValue }
    }

    /// Where in the text a problem is: 1-based line and column (in characters), and the column's name if known.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        /// The line, counting from 1; a quoted field may span lines, and this is the line the problem is on.
        public let line: Int
        /// The character on that line, counting from 1.
        public let column: Int
        /// The name the header gives the field, when the problem is in a field.
        public let field: String?

        /// Creates a location.
        public init(line: Int, column: Int, field: String? = nil) {
            self.line = line
            self.column = column
            self.field = field
        }

        /// `line 7, column 12 (`sex`)`.
        public var description: String {
            "line \(line), column \(column)" + (field.map { " (`\($0)`)" } ?? "")
        }
    }

    /// What kind of mistake this is.
    public let code: Code
    /// What is wrong and what to do about it.
    public let message: String
    /// Where the problem is, when it is in the text.
    public let location: Location?

    /// Creates an error.
    public init(code: Code, message: String, location: Location? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `line 7, column 12 (`sex`): message`, or the message alone.
    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}
