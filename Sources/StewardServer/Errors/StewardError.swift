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

    static func notFound(_ what: String) -> StewardError { StewardError(.notFound, "Not found: \(what).") }
    static func forbidden(_ why: String) -> StewardError { StewardError(.forbidden, "Not allowed: \(why).") }
    static let signInRequired = StewardError(.unauthorized, "Sign in first.")

    /// Bad input; the message lists every problem.
    static func invalid(_ problems: [DomainError]) -> StewardError {
        StewardError(
            .unprocessableEntity, problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
            problems: problems)
    }

    /// An access denial, marked with the ``AccessDenial`` header so clients can tell it from other 401/403/404s.
    static func denied(_ denial: AccessDenial, _ what: String) -> StewardError {
        let base: StewardError = switch denial {
        case .signInRequired: .signInRequired
        case .notVisible: .notFound(what)
        case .forbidden: .forbidden(what)
        }
        return StewardError(base.status, base.reason, headers: [AccessDenial.header: denial.rawValue])
    }
}

/// Why the authorization layer refused a request; sent in the `Steward-Access-Denied` header.
enum AccessDenial: String, Sendable {
    static let header = "Steward-Access-Denied"

    case signInRequired = "sign-in-required"
    /// The record lives in a zone the actor cannot read; answered as 404.
    case notVisible = "not-visible"
    /// The actor can see the record but may not do this; answered as 403.
    case forbidden
}

extension DomainError: AbortError {
    public var status: HTTPResponseStatus { .unprocessableEntity }
    public var reason: String { message }
}
