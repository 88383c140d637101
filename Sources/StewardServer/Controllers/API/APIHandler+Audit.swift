import StewardAPI
import StewardCore

extension APIHandler {
    /// The audit trail with the same filters as the `/audit` page: object, actor and days in UTC.
    func listAuditEvents(_ input: Operations.ListAuditEvents.Input) async throws -> Operations.ListAuditEvents.Output {
        let query = AuditTrailQuery(
            objectType: input.query.objectType, objectID: input.query.objectID, actor: input.query.actor,
            from: input.query.from, until: input.query.until)
        let events = try await AuditQueryService(authorizer: try authorizer).events(matching: try query.filter())
        return .ok(.init(body: .json(try events.map(Components.Schemas.AuditEvent.init))))
    }
}
