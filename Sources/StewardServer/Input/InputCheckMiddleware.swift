import Foundation
import StewardCore
import Vapor

/// The shared input check in front of every route: text in a query string, a form or a JSON body that could not be
/// stored exactly (a NUL, other control characters, invalid UTF-8, a lone UTF-16 surrogate) is refused before any
/// handler runs, naming the field, so every feature inherits the check. Query strings answer 400, bodies 422. The
/// routes that read their bodies themselves check them themselves (``UploadLimits/checksItsBody(_:)``): a streamed
/// form its text fields, the gateway a call's JSON, which it forwards rather than stores.
struct InputCheckMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let query = request.url.query, let problem = InputScan.form(query) {
            return request.eventLoop.makeFailedFuture(
                StewardError(.badRequest, "query parameter \(problem.message)", problems: [problem]))
        }
        guard [.POST, .PUT, .PATCH].contains(request.method), !UploadLimits.checksItsBody(request),
              let type = request.headers.contentType
        else { return next.respond(to: request) }
        return request.body.collect(max: UploadLimits.limit(for: request)).flatMapThrowing { body in
            if let body, let problem = Self.problem(in: body, type: type) { throw StewardError.invalid([problem]) }
        }.flatMap { next.respond(to: request) }
    }

    private static func problem(in body: ByteBuffer, type: HTTPMediaType) -> DomainError? {
        let bytes = Array(body.readableBytesView)
        if type == .urlEncodedForm {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return DomainError(code: .invalidField, field: "body", message: "the form is not valid UTF-8")
            }
            return InputScan.form(text)
        }
        if type == .json || type.subType.hasSuffix("+json") { return InputScan.json(bytes) }
        return nil
    }
}
