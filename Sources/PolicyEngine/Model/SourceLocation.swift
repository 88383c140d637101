/// A place in a pack's text: the file it was read from, and a line and column counted from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The name the text was given when it was parsed, usually its path.
    public let file: String
    /// The line, counted from 1.
    public let line: Int
    /// The column, counted from 1 in Unicode scalars.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
