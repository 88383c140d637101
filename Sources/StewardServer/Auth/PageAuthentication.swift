import Fluent
import Vapor

/// Signs in the person of a browser session on every page path, routed or not, so that a 404 looks the same whether
/// or not a route sits at the path. The JSON API takes bearer tokens only and the gateway its keys: neither ever
/// reads the session.
struct PageAuthentication: Middleware {
    private let sessions = ActiveSessionAuthenticator()

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let path = request.urlPath
        if path.hasPrefix(APIPaths.base) || GatewayPaths.contains(path) { return next.respond(to: request) }
        return sessions.respond(to: request, chainingTo: next)
    }
}
