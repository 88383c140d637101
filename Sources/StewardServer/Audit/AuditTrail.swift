import Fluent
import Foundation
import SQLKit
import StewardCore

/// Appends events to the hash-chained, signed audit trail and reads them back. Call ``record(_:)`` on the same
/// database (transaction) as the change it records, so that both land or neither does.
struct AuditTrail: Sendable {
    let database: any Database
    let context: StewardContext

    /// Appends an event at the head of its zone's chain, in the caller's transaction or in one of its own.
    func record(_ entry: AuditEntry) async throws {
        let problems = entry.textProblems
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        if database.inTransaction {
            try await append(entry, on: database)
        } else {
            try await database.transaction { try await append(entry, on: $0) }
        }
        // Every change is recorded here, so the caches forget what they knew of the records.
        context.forgetCachedRecords()
    }

    private func append(_ entry: AuditEntry, on database: any Database) async throws {
        try await appendAll([(entry, context.clock())], on: database)
    }

    /// Appends many events at once, each at its own time, in the order given: the chains' heads are read once and
    /// the events written in batches. For bulk loads (seeding an organization at scale); call it in a transaction.
    func appendAll(_ entries: [(entry: AuditEntry, at: Date)], on database: any Database) async throws {
        try await lockChains(database)
        var position = try await AuditEventModel.query(on: database).sort(\.$position, .descending).first()?.position ?? 0
        var heads: [String: (sequence: Int, hash: String)] = [:]
        var events: [AuditEventModel] = []
        events.reserveCapacity(entries.count)
        for (entry, at) in entries {
            let chain = entry.zone.rawValue
            if heads[chain] == nil {
                let head = try await AuditEventModel.query(on: database).filter(\.$chain == chain)
                    .sort(\.$sequence, .descending).first()
                if let head {
                    heads[chain] = (head.sequence, head.hash)
                } else {
                    heads[chain] = (0, try await Self.genesis(on: database))
                }
            }
            let head = heads[chain] ?? (0, AuditChain.genesis)
            position += 1
            let link = AuditChain.Link(
                id: UUID(), position: position, chain: chain, sequence: head.sequence + 1,
                occurredAt: AuditChain.truncate(at, for: .of(database)), actorID: entry.actor.person?.id.uuid,
                actorName: entry.actor.name, action: entry.action, objectType: entry.objectType, objectID: entry.objectID,
                zone: chain, summary: entry.summary, digest: AuditChain.digest(entry.changeJSON), previousHash: head.hash)
            let event = AuditEventModel()
            event.apply(link, zone: entry.zone)
            event.signature = try context.signer.sign(AuditChain.signedMessage(of: link, hash: event.hash))
            event.keyID = context.signer.keyID
            heads[chain] = (link.sequence, event.hash)
            events.append(event)
        }
        for batch in events.chunked(500) { try await batch.create(on: database) }
    }

    /// The previous hash of a new chain's first event: the last hash of the legacy chain where there is one, so the
    /// new chains continue the history that came before them.
    static func genesis(on database: any Database) async throws -> String {
        let legacyHead = try await AuditEventModel.query(on: database).filter(\.$chain == AuditChain.legacy)
            .sort(\.$sequence, .descending).first()
        return legacyHead?.hash ?? AuditChain.genesis
    }

    /// Makes concurrent appends wait for each other so that sequence numbers stay contiguous. On SQLite a write
    /// that changes nothing takes the write lock before the head is read: a transaction that read first and wrote
    /// second would fail with "database is locked" when another writer holds the lock.
    private func lockChains(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        switch sql.dialect.name {
        case "postgresql": try await sql.raw("LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE").run()
        case "sqlite": try await sql.raw("UPDATE audit_events SET sequence = sequence WHERE 0").run()
        default: break
        }
    }
}

extension AuditEntry {
    /// Text the trail cannot keep exactly (a NUL, other control characters), named by field.
    var textProblems: [DomainError] {
        [("actor", actor.name), ("action", action), ("objectType", objectType), ("objectID", objectID),
         ("summary", summary)].compactMap { field, value in InputText.problem(in: value, field: field) }
    }
}
