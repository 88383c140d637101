import Vapor

/// The audit trail, for the roles allowed to browse it.
enum AuditController {
    @Sendable static func index(_ request: Request) async throws -> View {
        let query = try request.query.decode(AuditTrailQuery.self)
        let events = try await AuditQueryService(authorizer: request.authorizer).events(matching: try query.filter())
        return try await request.view.render("audit/index", AuditTrailContext(request: request, events: events, query: query))
    }
}
