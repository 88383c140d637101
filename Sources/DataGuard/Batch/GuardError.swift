/// The error of DataGuard: a code to branch on and a message that says what is wrong and what to do.
///
/// ```swift
/// do { _ = try ScanRequest(jsonLine: "{\"id\": 1}") } catch { print(error.message) }
/// // "missing string field `text`; each line must be {\"id\": …, \"text\": \"…\"}"
/// ```
public struct GuardError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake this is.
    public enum Code: String, Hashable, Sendable {
        /// A line of JSON Lines input is not valid JSON.
        case invalidJSON
        /// A line is valid JSON but lacks a field the scanner needs.
        case missingField
    }

    /// What kind of mistake this is.
    public let code: Code
    /// A sentence a person can act on.
    public let message: String
    /// The byte offset in the line where the problem was seen, when there is one.
    public let offset: Int?

    /// Creates an error.
    public init(code: Code, message: String, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
    }

    /// The message, preceded by the byte offset when there is one.
    public var description: String {
        offset.map { "at byte \($0): \(message)" } ?? message
    }
}
