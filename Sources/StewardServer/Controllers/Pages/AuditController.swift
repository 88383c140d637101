import Vapor

/// The audit trail, one chain at a time, for the people who oversee each chain's zone.
enum AuditController {
    @Sendable static func index(_ request: Request) async throws -> View {
        let query = try request.query.decode(AuditTrailQuery.self)
        let paging = try PageRequest(request)
        let service = AuditQueryService(authorizer: try request.authorizer)
        // The chains and refusals shown depend on the reader's access alone, so readers alike share one drawing.
        let content = try await request.sharedPart("audit/_content", seenAs: request.actor.access) {
            let (chain, page) = try await service.events(matching: try query.filter(), page: paging)
            let refusals = service.readsRefusals
                ? try await RefusalLog(database: request.db, clock: request.application.clock).recent(limit: 20) : []
            return AuditTrailContext(
                request: request, chain: chain, chains: try await service.chains(), page: page, paging: paging,
                refusals: refusals, query: query)
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Audit trail", contentHTML: content))
    }
}
