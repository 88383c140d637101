import Vapor

/// Async middlewares run one inside the other in a single task, with the route's own async responder called in that
/// task too. Vapor starts a task for each async middleware of a group and another for the route, and on a sign-in
/// the server remembers, each task costs more than the middleware's own work.
///
/// ```swift
/// app.grouped(AsyncMiddlewareChain(TokenAuthenticator(), AuthorizationMiddleware()))
/// ```
struct AsyncMiddlewareChain: Middleware {
    let layers: [any AsyncMiddleware]

    init(_ layers: any AsyncMiddleware...) {
        self.layers = layers
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let responder = Layers(layers: layers[...], route: next)
        return request.eventLoop.makeFutureWithTask { try await responder.respond(to: request) }
    }

    /// The layers not yet run, around the route's responder.
    private struct Layers: AsyncResponder {
        let layers: ArraySlice<any AsyncMiddleware>
        let route: any Responder

        func respond(to request: Request) async throws -> Response {
            guard let layer = layers.first else {
                if let route = route as? any AsyncResponder { return try await route.respond(to: request) }
                return try await route.respond(to: request).get()
            }
            return try await layer.respond(to: request, chainingTo: Layers(layers: layers.dropFirst(), route: route))
        }
    }
}
