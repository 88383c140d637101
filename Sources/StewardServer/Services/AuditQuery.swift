import Fluent
import Foundation
import StewardCore

/// What an auditor filters the trail by; every part is optional.
struct AuditFilter: Sendable {
    var objectType: String?
    var objectID: String?
    var actorName: String?
    var from: Date?
    var until: Date?
}

/// Reads the audit trail for people allowed to browse it, newest first, in zones they may read.
struct AuditQueryService: Sendable {
    let authorizer: Authorizer

    func events(matching filter: AuditFilter, limit: Int = 200) async throws -> [AuditEventModel] {
        try await authorizer.require(.readAuditTrail, in: .organization, on: "audit trail")
        var query = AuditEventModel.query(on: authorizer.database).visible(to: authorizer, zone: \.$zone)
        if let type = filter.objectType { query = query.filter(\.$objectType == type) }
        if let id = filter.objectID { query = query.filter(\.$objectID == id) }
        if let actor = filter.actorName { query = query.filter(\.$actorName == actor) }
        if let from = filter.from { query = query.filter(\.$occurredAt >= from) }
        if let until = filter.until { query = query.filter(\.$occurredAt < until) }
        return try await query.sort(\.$sequence, .descending).limit(limit).all()
    }
}
