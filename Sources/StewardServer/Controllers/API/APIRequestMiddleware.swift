import Vapor

/// Hands the Vapor `Request` to the generated API handlers, which only see typed inputs, through a task-local
/// (swift-openapi-vapor's request-injection pattern). It also collects the body up to the application's size limit,
/// because the OpenAPI transport streams bodies and would otherwise read any amount.
struct APIRequestMiddleware: AsyncMiddleware {
    @TaskLocal static var current: Request?

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET, request.method != .HEAD {
            _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
        }
        return try await Self.$current.withValue(request) {
            try await next.respond(to: request)
        }
    }
}
