import StewardAPI
import StewardCore

extension APIHandler {
    /// One chain of the audit trail, a page at a time, with the same filters as the `/audit` page.
    func listAuditEvents(_ input: Operations.ListAuditEvents.Input) async throws -> Operations.ListAuditEvents.Output {
        let query = AuditTrailQuery(
            chain: input.query.chain, objectType: input.query.objectType, objectID: input.query.objectID,
            actor: input.query.actor, from: input.query.from, until: input.query.until)
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let (_, page) = try await AuditQueryService(authorizer: try authorizer)
            .events(matching: try query.filter(), page: paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.AuditEvent.init))))
    }
}
