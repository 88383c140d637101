import Fluent
import Foundation
import SQLKit
import StewardCore

/// Appends events to the hash-chained audit trail and reads them back. Call ``record(_:)`` on the same database
/// (transaction) as the change it records, so that both land or neither does.
struct AuditTrail: Sendable {
    let database: any Database
    let clock: @Sendable () -> Date

    /// Appends an event at the head of the chain, in the caller's transaction or in one of its own.
    func record(_ entry: AuditEntry) async throws {
        if database.inTransaction {
            try await append(entry, on: database)
        } else {
            try await database.transaction { try await append(entry, on: $0) }
        }
    }

    private func append(_ entry: AuditEntry, on database: any Database) async throws {
        try await lockChain(database)
        let head = try await AuditEventModel.query(on: database).sort(\.$sequence, .descending).first()
        let link = AuditChain.Link(
            sequence: (head?.sequence ?? 0) + 1, occurredAt: AuditChain.truncate(clock()),
            actorID: entry.actor.person?.id.uuid, actorName: entry.actor.name, action: entry.action,
            objectType: entry.objectType, objectID: entry.objectID, zone: entry.zone.rawValue,
            summary: entry.summary, digest: AuditChain.digest(entry.changeJSON),
            previousHash: head?.hash ?? AuditChain.genesis)
        let event = AuditEventModel()
        event.sequence = link.sequence
        event.occurredAt = link.occurredAt
        event.actorID = link.actorID
        event.actorName = link.actorName
        event.action = link.action
        event.objectType = link.objectType
        event.objectID = link.objectID
        event.zone = entry.zone
        event.summary = link.summary
        event.digest = link.digest
        event.previousHash = link.previousHash
        event.hash = AuditChain.hash(link)
        try await event.create(on: database)
    }

    /// Makes concurrent appends wait for each other so that sequence numbers stay contiguous. On SQLite a write
    /// that changes nothing takes the write lock before the head is read: a transaction that read first and wrote
    /// second would fail with "database is locked" when another writer holds the lock.
    private func lockChain(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        switch sql.dialect.name {
        case "postgresql": try await sql.raw("LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE").run()
        case "sqlite": try await sql.raw("UPDATE audit_events SET sequence = sequence WHERE 0").run()
        default: break
        }
    }

    /// Recomputes the whole chain; nil when it holds, else where it first breaks.
    func verify() async throws -> AuditChain.Break? {
        let events = try await AuditEventModel.query(on: database).sort(\.$sequence).all()
        return AuditChain.firstBreak(in: events.map { event in
            (id: event.id?.uuidString.lowercased() ?? "?", link: event.link, hash: event.hash)
        })
    }
}

extension AuditEventModel {
    var link: AuditChain.Link {
        AuditChain.Link(
            sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorName: actorName, action: action,
            objectType: objectType, objectID: objectID, zone: zone.rawValue, summary: summary, digest: digest,
            previousHash: previousHash)
    }
}
