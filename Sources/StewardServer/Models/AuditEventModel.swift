import Fluent
import Foundation
import StewardCore

/// One link of the append-only, hash-chained audit trail. `@unchecked Sendable`: see ``OrganizationModel``.
final class AuditEventModel: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "sequence") var sequence: Int
    @Field(key: "occurred_at") var occurredAt: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "action") var action: String
    @Field(key: "object_type") var objectType: String
    @Field(key: "object_id") var objectID: String
    @Field(key: "zone") var zone: Zone
    @Field(key: "summary") var summary: String
    @Field(key: "digest") var digest: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}
}
