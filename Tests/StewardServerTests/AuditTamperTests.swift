import Fluent
import SQLKit
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Tampering with the stored trail, as someone with write access to the database would, is found by verification:
/// on a real SQLite file, and on PostgreSQL when `DATABASE_URL` is set.
@Suite("Audit trail tampering")
struct AuditTamperTests {
    /// A trail of a few events in the organization chain, anchored by a signed head.
    static func withTrail(anchored: Bool = true, _ body: (StewardHarness) async throws -> Void) async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            for _ in 0..<3 { _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: worker) }
            if anchored { _ = try await StewardRunner.anchorAuditTrail(in: steward.app) }
            try await body(steward)
        }
    }

    static func event(_ sequence: Int, on steward: StewardHarness) async throws -> AuditEventModel {
        try #require(
            try await AuditEventModel.query(on: steward.app.db).filter(\.$chain == "organization")
                .filter(\.$sequence == sequence).first())
    }

    static func breaks(_ steward: StewardHarness, against heads: [AuditHead] = []) async throws -> [String] {
        try await StewardRunner.verifyAuditTrail(in: steward.app, against: heads).breaks
    }

    @Test("an altered summary is named")
    func alteredSummary() async throws {
        try await Self.withTrail { steward in
            let victim = try await Self.event(2, on: steward)
            victim.summary = "nothing happened"
            try await victim.save(on: steward.app.db)

            let breaks = try await Self.breaks(steward)

            #expect(breaks.count == 1, "\(breaks)")
            #expect(breaks.first?.hasPrefix("organization chain, event #2") == true)
        }
    }

    @Test("every altered event is reported, not only the first")
    func everyBreak() async throws {
        try await Self.withTrail(anchored: false) { steward in
            for sequence in [2, 4] {
                let victim = try await Self.event(sequence, on: steward)
                victim.actorName = "someone-else"
                try await victim.save(on: steward.app.db)
            }

            let breaks = try await Self.breaks(steward)

            #expect(breaks.map { $0.prefix(28) } == ["organization chain, event #2", "organization chain, event #4"])
        }
    }

    @Test("removing an event in the middle is named")
    func removedEvent() async throws {
        try await Self.withTrail { steward in
            try await Self.event(3, on: steward).delete(on: steward.app.db)

            let breaks = try await Self.breaks(steward)

            #expect(breaks.first?.contains("events #3…#3 are missing") == true, "\(breaks)")
        }
    }

    @Test("removing the last events is caught by the signed head")
    func truncated() async throws {
        try await Self.withTrail { steward in
            try await AuditEventModel.query(on: steward.app.db).filter(\.$sequence >= 4).delete()

            let breaks = try await Self.breaks(steward)

            #expect(breaks.contains { $0.contains("events were removed") }, "\(breaks)")
        }
    }

    @Test("removing every event and every head in the database is caught by the head in the key directory")
    func everythingRemoved() async throws {
        try await Self.withTrail { steward in
            try await AuditEventModel.query(on: steward.app.db).delete()
            try await AuditHeadModel.query(on: steward.app.db).delete()

            let breaks = try await Self.breaks(steward)

            #expect(breaks.contains { $0.contains("the chain ends at event #0") }, "\(breaks)")
        }
    }

    @Test("with the key directory's head gone too, a head the auditor kept still catches removal")
    func auditorsHead() async throws {
        try await Self.withTrail { steward in
            let kept = try await StewardRunner.anchorAuditTrail(in: steward.app)
            try await AuditEventModel.query(on: steward.app.db).filter(\.$sequence >= 3).delete()
            try await AuditHeadModel.query(on: steward.app.db).delete()
            let keys = try steward.app.steward.keys
            try FileManager.default.removeItem(atPath: keys.path + "/" + AuditTrail.headFile(of: "organization"))

            let alone = try await Self.breaks(steward)
            let withKept = try await Self.breaks(steward, against: AuditHead.parse(
                lines: kept.map(\.line).joined(separator: "\n"), source: "kept"))

            #expect(alone == [], "nothing inside Steward remembers the removed events")
            #expect(withKept.contains { $0.contains("events were removed") }, "\(withKept)")
        }
    }

    @Test("a forged event with a correctly computed hash is caught by its signature")
    func forgedEvent() async throws {
        try await Self.withTrail(anchored: false) { steward in
            let last = try #require(
                try await AuditEventModel.query(on: steward.app.db).filter(\.$chain == "organization")
                    .sort(\.$sequence, .descending).first())
            let forged = AuditEventModel()
            let link = AuditChain.Link(
                id: UUID(), position: last.position + 1, chain: "organization", sequence: last.sequence + 1,
                occurredAt: last.occurredAt, actorID: nil, actorName: "officer", action: "tool.move",
                objectType: "tool", objectID: "x", zone: "organization", summary: "approved everything",
                digest: last.digest, previousHash: last.hash)
            forged.apply(link, zone: .organization)
            forged.signature = last.signature
            forged.keyID = last.keyID
            try await forged.create(on: steward.app.db)

            let breaks = try await Self.breaks(steward)

            #expect(breaks == ["organization chain, event #\(last.sequence + 1) (\(link.id.uuidString.lowercased())): "
                + "its signature does not match; the event was forged or altered"])
        }
    }

    @Test("an edit with every later hash recomputed is caught by the signatures and the head")
    func rewritten() async throws {
        try await Self.withTrail { steward in
            let events = try await AuditEventModel.query(on: steward.app.db).filter(\.$chain == "organization")
                .sort(\.$sequence).all()
            var previous = events[0].hash
            for event in events.dropFirst() {
                if event.sequence == 2 { event.summary = "nothing happened" }
                let link = event.link
                let relinked = AuditChain.Link(
                    id: link.id, position: link.position, chain: link.chain, sequence: link.sequence,
                    occurredAt: link.occurredAt, actorID: link.actorID, actorName: link.actorName,
                    action: link.action, objectType: link.objectType, objectID: link.objectID, zone: link.zone,
                    summary: link.summary, digest: link.digest, previousHash: previous)
                event.apply(relinked, zone: event.zone)
                try await event.save(on: steward.app.db)
                previous = event.hash
            }

            let breaks = try await Self.breaks(steward)

            #expect(breaks.filter { $0.contains("signature does not match") }.count == events.count - 1)
            #expect(breaks.contains { $0.contains("the chain was rewritten") })
        }
    }

    @Test("changing only an event's id is caught")
    func changedID() async throws {
        try await Self.withTrail(anchored: false) { steward in
            guard let sql = steward.app.db as? any SQLDatabase else { return }
            let victim = try await Self.event(2, on: steward)
            try await sql.raw("UPDATE audit_events SET id = \(bind: UUID()) WHERE id = \(bind: try victim.requireID())")
                .run()

            let breaks = try await Self.breaks(steward)

            #expect(breaks.count == 1)
            #expect(breaks.first?.contains("event #2") == true)
        }
    }

    @Test("moving an event's time by two microseconds is caught")
    func movedTime() async throws {
        try await Self.withTrail(anchored: false) { steward in
            let victim = try await Self.event(2, on: steward)
            victim.occurredAt = victim.occurredAt.addingTimeInterval(0.000_002)
            try await victim.save(on: steward.app.db)

            let breaks = try await Self.breaks(steward)

            #expect(breaks.count == 1)
            #expect(breaks.first?.contains("event #2") == true)
        }
    }
}
