import StewardAPI
import StewardCore

extension Components.Schemas.AuditEvent {
    init(_ event: AuditEventModel) throws {
        self.init(
            chain: event.chain, sequence: event.sequence, occurredAt: event.occurredAt, actor: event.actorName,
            action: event.action, objectType: event.objectType, objectID: event.objectID,
            zone: try Vocabulary.convert(event.zone), summary: event.summary, hash: event.hash,
            previousHash: event.previousHash, signature: event.signature)
    }
}
