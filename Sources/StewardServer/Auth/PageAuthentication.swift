import Fluent
import Vapor

/// Signs in the person of a browser session on every page path, routed or not, so that a 404 looks the same whether
/// or not a route sits at the path. The JSON API takes bearer tokens only and never reads the session.
struct PageAuthentication: AsyncMiddleware {
    private let sessions = ActiveSessionAuthenticator()

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path.hasPrefix(APIPaths.base) { return try await next.respond(to: request) }
        return try await sessions.respond(to: request, chainingTo: next)
    }
}
