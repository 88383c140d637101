import StewardCore
import Vapor

/// An error the server shows to the person who made the request: a status, a message saying what to do and, for
/// bad input, the problems field by field.
struct StewardError: AbortError, Sendable, CustomStringConvertible {
    let status: HTTPResponseStatus
    let reason: String
    /// Field-level problems of a form or JSON body.
    let problems: [DomainError]
    let headers: HTTPHeaders

    init(_ status: HTTPResponseStatus, _ reason: String, problems: [DomainError] = [], headers: HTTPHeaders = [:]) {
        self.status = status
        self.reason = reason
        self.problems = problems
        self.headers = headers
    }

    var description: String { reason }

    /// A 404 naming what was looked for (`no tool with id …`); a hidden record answers the very same.
    static func notFound(_ what: String) -> StewardError { StewardError(.notFound, "Not found: \(what).") }
    static func forbidden(_ why: String) -> StewardError { StewardError(.forbidden, "Not allowed: \(why).") }
    static let signInRequired = StewardError(.unauthorized, "Sign in first.")

    /// Bad input; the message lists every problem.
    static func invalid(_ problems: [DomainError]) -> StewardError {
        StewardError(
            .unprocessableEntity, problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
            problems: problems)
    }

    /// The 404 of a path with no page or operation, and of a route in a zone the actor cannot read: the two answer
    /// alike, so a route's existence in a hidden zone does not show.
    static func noRoute(_ path: String) -> StewardError { notFound("nothing at \(String(path.prefix(200)))") }

    /// What a 404 was looking for, as the refusal log counts it; the reason otherwise.
    var target: String {
        reason.hasPrefix("Not found: ") ? String(reason.dropFirst("Not found: ".count).dropLast()) : reason
    }
}

extension DomainError: AbortError {
    public var status: HTTPResponseStatus { .unprocessableEntity }
    public var reason: String { message }
}
