import Foundation
import OpenAPIRuntime
import StewardCore
import Vapor

extension ErrorMiddleware {
    /// The error a failed API operation shows. The generated server decodes parameters and bodies before a handler
    /// runs: an unknown value of an enumerated field becomes a problem naming the field and its allowed values (422
    /// in a body, 400 in the query), and the runtime's own request errors (no body, wrong content type) keep their
    /// 4xx status, which only the ``ServerError`` carries.
    static func unwrap(_ server: ServerError, request: Request? = nil) -> any Error {
        if let decoding = server.underlyingError as? DecodingError, case .keyNotFound(_, let context) = decoding,
           context.codingPath.isEmpty, let request,
           case let missing = request.application.requiredFields?.problems(
               operation: server.operationID, body: request.body.data) ?? [],
           !missing.isEmpty {
            return StewardError.invalid(missing)
        }
        if let decoding = server.underlyingError as? DecodingError,
           let unknown = UnknownValue(decoding, query: server.request.path) {
            return unknown.inBody
                ? StewardError.invalid([unknown.problem])
                : StewardError(.badRequest, "query parameter \(unknown.problem.message)", problems: [unknown.problem])
        }
        let underlying = unwrap(server.underlyingError)
        guard !(underlying is any AbortError), server.httpStatus.code < 500 else { return underlying }
        return StewardError(HTTPResponseStatus(statusCode: server.httpStatus.code), server.causeDescription)
    }
}

/// An unknown value of an enumerated field (a fact of the vocabulary, or a tool status) found in a decoding error.
private struct UnknownValue {
    let problem: DomainError
    let inBody: Bool

    init?(_ error: DecodingError, query path: String?) {
        // Swift's RawRepresentable decoding says "Cannot initialize T from invalid String value x".
        guard case .dataCorrupted(let context) = error, context.debugDescription.hasPrefix("Cannot initialize "),
              let marker = context.debugDescription.range(of: " value ", options: .backwards)
        else { return nil }
        let value = String(context.debugDescription[marker.upperBound...])
        // A body names the field in the coding path; the query decoder does not, so find the parameter by its value.
        let key = context.codingPath.last { $0.intValue == nil }?.stringValue
        let parameter = URLComponents(string: path ?? "")?.queryItems?.first { $0.value == value }?.name
        guard let field = key ?? parameter, let allowed = Self.allowedValues(of: field) else { return nil }
        let hint = Suggestion.closest(to: value, among: allowed).map { "; did you mean `\($0)`?" } ?? "."
        problem = DomainError(
            code: .unknownValue, field: field,
            message: "`\(field)`: unknown value `\(value)`\(hint) Allowed: " + allowed.joined(separator: ", "))
        inBody = key != nil
    }

    /// The values an enumerated field of a body or query takes.
    private static func allowedValues(of field: String) -> [String]? {
        switch field {
        case "purpose": Fact.purposes.allowedValues
        case "dataCategory": Fact.dataCategories.allowedValues
        case "to", "status": ToolStatus.allCases.map(\.rawValue)
        default: Fact(rawValue: field).flatMap { $0.kind == .boolean ? nil : $0.allowedValues }
        }
    }
}
