import Fluent
import Foundation

/// A signed head of one chain of the audit trail, as recorded in the database. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class AuditHeadModel: Model, @unchecked Sendable {
    static let schema = "audit_heads"

    @ID(key: .id) var id: UUID?
    @Field(key: "chain") var chain: String
    @Field(key: "chain_sequence") var sequence: Int
    @Field(key: "hash") var hash: String
    @Field(key: "signed_at") var signedAt: Date
    @Field(key: "key_id") var keyID: String
    @Field(key: "signature") var signature: String

    init() {}

    init(_ head: AuditHead) {
        chain = head.chain
        sequence = head.sequence
        hash = head.hash
        signedAt = head.signedAt
        keyID = head.keyID
        signature = head.signature
    }

    var head: AuditHead {
        AuditHead(chain: chain, sequence: sequence, hash: hash, signedAt: signedAt, keyID: keyID, signature: signature)
    }
}

extension AuditHeadModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $chain, $sequence, $hash, $signedAt, $keyID, $signature] }
}
