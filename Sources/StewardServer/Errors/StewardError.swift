import StewardCore
import Vapor

/// An error the server shows to the person who made the request: a status, a message saying what to do and, for
/// bad input, the problems field by field.
struct StewardError: AbortError, Sendable {
    let status: HTTPResponseStatus
    let reason: String
    /// Field-level problems of a form or JSON body.
    let problems: [DomainError]

    init(_ status: HTTPResponseStatus, _ reason: String, problems: [DomainError] = []) {
        self.status = status
        self.reason = reason
        self.problems = problems
    }

    static func notFound(_ what: String) -> StewardError { StewardError(.notFound, "Not found: \(what).") }
    static func forbidden(_ why: String) -> StewardError { StewardError(.forbidden, "Not allowed: \(why).") }
    static let signInRequired = StewardError(.unauthorized, "Sign in first.")

    /// Bad input; the message lists every problem.
    static func invalid(_ problems: [DomainError]) -> StewardError {
        StewardError(
            .unprocessableEntity, problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
            problems: problems)
    }
}

extension DomainError: AbortError {
    public var status: HTTPResponseStatus { .unprocessableEntity }
    public var reason: String { message }
}
