import Vapor

/// Makes sure each request is decided by the packs in force and counts days in the organization's time zone, even
/// when another server changed either a moment ago. A request that comes while both are fresh passes straight on.
struct PolicyRefresh: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let now = request.application.clock()
        do {
            let policies = try request.application.policies
            let zone = try request.application.organizationZone
            guard policies.isDue(now) || zone.isDue(now) else { return next.respond(to: request) }
            return request.eventLoop.makeFutureWithTask {
                try await policies.refresh(on: request.db, now: now)
                try await zone.refresh(on: request.db, now: now)
            }.flatMap { next.respond(to: request) }
        } catch {
            return request.eventLoop.makeFailedFuture(error)
        }
    }
}
