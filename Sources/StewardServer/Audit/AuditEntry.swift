import Foundation
import StewardCore

/// What a change records in the audit trail before it is chained.
struct AuditEntry: Sendable {
    let actor: Actor
    /// A verb such as `tool.create`, `tool.move`, `login`.
    let action: String
    let objectType: String
    let objectID: String
    let zone: Zone
    /// One line for people to read; never union-private content.
    let summary: String
    /// The change, as canonical JSON; its SHA-256 digest goes into the chain, the change itself does not.
    let changeJSON: Data

    init(
        actor: Actor, action: String, objectType: String, objectID: String, zone: Zone, summary: String,
        change: some Encodable
    ) throws {
        self.actor = actor
        self.action = action
        self.objectType = objectType
        self.objectID = objectID
        self.zone = zone
        self.summary = summary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        self.changeJSON = try encoder.encode(change)
    }
}
