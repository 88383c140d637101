import FluentKit
import OpenAPIRuntime
import StewardCore
import Vapor

/// Turns every error into a response: an HTML page for pages, problem+json for the API, the OpenAI protocol's error
/// shape for the gateway. A 4xx shows its message;
/// anything else shows only a request id, and the details go to the log.
struct ErrorMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            request.eventLoop.makeFutureWithTask {
                await response(for: Self.routed(Self.unwrap(error, request: request), request), to: request)
            }
        }
    }

    /// A request that matched no route is a 404 worded like every other, or a 405 naming the allowed methods when
    /// the path exists with other methods.
    private static func routed(_ error: any Error, _ request: Request) -> any Error {
        guard request.route == nil, let abort = error as? any AbortError, abort.status == .notFound,
              !(error is StewardError)
        else { return error }
        let allowed = MethodMatcher.methods(for: request.urlPath, in: request.application.routes.all)
        guard !allowed.isEmpty else { return StewardError.noRoute(request.urlPath) }
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        return StewardError(
            .methodNotAllowed, "\(request.method.rawValue) is not allowed here; use \(list).",
            headers: ["Allow": list])
    }

    /// The error a person should see: OpenAPI's wrapper is removed and decoding failures become a 400.
    static func unwrap(_ error: any Error, request: Request? = nil) -> any Error {
        if let server = error as? ServerError { return unwrap(server, request: request) }
        if let domain = error as? DomainError { return StewardError.invalid([domain]) }
        if let decoding = error as? DecodingError { return StewardError(.badRequest, describe(decoding)) }
        return error
    }

    private func response(for error: any Error, to request: Request) async -> Response {
        if GatewayPaths.contains(request.urlPath) {
            let failure = GatewayError.from(error, requestID: request.id)
            if failure.status.code >= 500, !(error is GatewayError) { request.logger.report(error: error) }
            return failure.response
        }
        let (status, message, problems) = classify(error, request: request)
        let headers = status.code < 500 ? (error as? StewardError)?.headers ?? [:] : [:]
        if request.urlPath.hasPrefix(APIPaths.base) {
            let problem = Problem(status: status, detail: message, problems: problems)
            let response = Response(status: status)
            try? response.content.encode(problem, using: Problem.encoder)
            response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
            response.headers.add(contentsOf: headers)
            return response
        }
        let context = ErrorPageContext(
            layout: LayoutContext(request: request, title: status.reasonPhrase), status: Int(status.code),
            message: message)
        do {
            let response = try await request.view.render("error", context).encodeResponse(for: request).get()
            response.status = status
            response.headers.add(contentsOf: headers)
            return response
        } catch {
            request.logger.report(error: error)
            return Response(status: status, body: .init(string: message))
        }
    }

    private func classify(_ error: any Error, request: Request) -> (HTTPResponseStatus, String, [DomainError]) {
        if let steward = error as? StewardError, steward.status.code < 500 {
            return (steward.status, steward.reason, steward.problems)
        }
        if let abort = error as? any AbortError, abort.status.code < 500 { return (abort.status, abort.reason, []) }
        if let database = error as? any DatabaseError, database.isConstraintFailure {
            // A check made before writing can lose a race with another request; the database's constraint holds.
            return (.conflict, "This conflicts with a record saved a moment ago; reload and try again.", [])
        }
        request.logger.report(error: error)
        let id = request.id
        return (.internalServerError, "Something went wrong on our side. Quote request id \(id) when you report it.", [])
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
            return path.isEmpty ? "the body" : "`\(path)`"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "`\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)` is required"
        case .typeMismatch(let type, let context): return "\(path(context)) must be of type \(type)"
        case .valueNotFound(_, let context): return "\(path(context)) must not be null"
        case .dataCorrupted(let context): return "\(path(context)) is malformed: \(context.debugDescription)"
        @unknown default: return "the body is malformed"
        }
    }
}

/// An RFC 9457 problem document.
struct Problem: Content {
    struct FieldProblem: Content {
        let field: String
        let message: String
        /// Where in a text the problem is, and the rule it concerns, for a policy pack.
        let line: Int?
        let column: Int?
        let rule: String?
    }

    let type: String
    let title: String
    let status: Int
    let detail: String
    let errors: [FieldProblem]

    init(status: HTTPResponseStatus, detail: String, problems: [DomainError]) {
        type = "about:blank"
        title = status.reasonPhrase
        self.status = Int(status.code)
        self.detail = detail
        errors = problems.map {
            FieldProblem(field: $0.field, message: $0.message, line: $0.line, column: $0.column, rule: $0.rule)
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
