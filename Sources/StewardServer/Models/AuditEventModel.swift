import Fluent
import Foundation
import StewardCore

/// One link of the append-only, hash-chained audit trail. `@unchecked Sendable`: see ``OrganizationModel``.
final class AuditEventModel: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    /// The position in the whole table, across chains; internal, never shown.
    @Field(key: "sequence") var position: Int
    @Field(key: "chain") var chain: String
    /// The event's number within its chain.
    @Field(key: "chain_sequence") var sequence: Int
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
    @OptionalField(key: "signature") var signature: String?
    @OptionalField(key: "key_id") var keyID: String?

    init() {}

    /// Sets every column from `link` and computes the hash; the signature is the writer's to add.
    func apply(_ link: AuditChain.Link, zone: Zone) {
        id = link.id
        position = link.position
        chain = link.chain
        sequence = link.sequence
        occurredAt = link.occurredAt
        actorID = link.actorID
        actorName = link.actorName
        action = link.action
        objectType = link.objectType
        objectID = link.objectID
        self.zone = zone
        summary = link.summary
        digest = link.digest
        previousHash = link.previousHash
        hash = AuditChain.hash(link)
    }

    /// The columns its hash covers.
    var link: AuditChain.Link {
        AuditChain.Link(
            id: id ?? UUID(), position: position, chain: chain, sequence: sequence, occurredAt: occurredAt,
            actorID: actorID, actorName: actorName, action: action, objectType: objectType, objectID: objectID,
            zone: zone.rawValue, summary: summary, digest: digest, previousHash: previousHash)
    }

    var stored: StoredAuditEvent {
        StoredAuditEvent(link: link, hash: hash, signature: signature, keyID: keyID)
    }
}

extension AuditEventModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $position, $chain, $sequence, $occurredAt, $actorID, $actorName, $action, $objectType, $objectID, $zone,
            $summary, $digest, $previousHash, $hash, $signature, $keyID
        ]
    }
}
