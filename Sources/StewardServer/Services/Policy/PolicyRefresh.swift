import Vapor

/// Makes sure each request is decided by the packs in force, even when another server adopted one a moment ago.
struct PolicyRefresh: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await request.application.policies.refresh(on: request.db, now: request.application.clock())
        return try await next.respond(to: request)
    }
}
