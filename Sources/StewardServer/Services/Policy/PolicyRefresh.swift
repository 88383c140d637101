import Vapor

/// Makes sure each request is decided by the packs in force and counts days in the organization's time zone, even
/// when another server changed either a moment ago.
struct PolicyRefresh: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let now = request.application.clock()
        try await request.application.policies.refresh(on: request.db, now: now)
        try await request.application.organizationZone.refresh(on: request.db, now: now)
        return try await next.respond(to: request)
    }
}
