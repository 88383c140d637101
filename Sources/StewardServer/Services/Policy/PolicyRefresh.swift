import Vapor

/// Makes sure each request is decided by the packs in force and counts days in the organization's time zone, even
/// when another server changed either a moment ago. Once half their lifetime has passed, both are read again in the
/// background, one read at a time, while requests pass straight on; only a request that finds them older than their
/// lifetime (on a server idle for a while) waits, and for that same one read.
final class PolicyRefresh: Middleware {
    private let reads = SingleFlight()

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let now = request.application.clock()
        do {
            let policies = try request.application.policies
            let zone = try request.application.organizationZone
            let application = request.application
            let read: @Sendable () async throws -> Void = {
                do {
                    try await policies.refresh(on: application.workDatabase, now: now)
                    try await zone.refresh(on: application.workDatabase, now: now)
                } catch {
                    // A read in the background has no request to fail: it is told here, and tried again by the next.
                    application.logger.warning("could not read the policy in force and the time zone again: \(error)")
                    throw error
                }
            }
            if policies.isDue(now) || zone.isDue(now) {
                let reading = reads.run(read)
                return request.eventLoop.makeFutureWithTask { try await reading.value }
                    .flatMap { next.respond(to: request) }
            }
            let margin = PolicyStore.lifetime / 2
            if policies.isDue(now, within: margin) || zone.isDue(now, within: margin) {
                _ = reads.run(inBackground: true, read)
            }
            return next.respond(to: request)
        } catch {
            return request.eventLoop.makeFailedFuture(error)
        }
    }
}
