import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Each reader sees a complete chain of what they may read: union-private events live in a chain of their own, and
/// refused requests are counted apart from the trail.
@Suite("Audit trail zones")
struct AuditZoneTests {
    @Test("union-private notes leave no gap or mismatched hash in the chain the officer reads")
    func noGapsForManagement() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: worker)
            _ = try await NotesPrivacyTests.addNotes(steward)
            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: worker)
            let token = try await steward.token(for: .aiOfficer)

            let reply = try await steward.send(.GET, "/api/v1/audit-events?limit=500", bearer: token)

            let events = try #require(
                try JSONSerialization.jsonObject(with: Data(reply.body.readableBytesView)) as? [[String: Any]])
            let numbers = events.compactMap { $0["sequence"] as? Int }
            #expect(numbers == Array((1...numbers.count).reversed()), "contiguous, newest first")
            for (newer, older) in zip(events, events.dropFirst()) {
                #expect(newer["previousHash"] as? String == older["hash"] as? String)
            }
            #expect(!events.contains { $0["zone"] as? String == "union-private" })
        }
    }

    @Test("a union representative reads the union-private chain; the auditor is told it does not exist")
    func unionChain() async throws {
        try await withSteward { steward in
            _ = try await NotesPrivacyTests.addNotes(steward)
            let rep = try await steward.token(for: .unionRep)
            let auditor = try await steward.token(for: .auditor)

            let repReply = try await steward.send(.GET, "/api/v1/audit-events", bearer: rep)
            let auditorReply = try await steward.send(.GET, "/api/v1/audit-events?chain=union-private", bearer: auditor)
            let missing = try await steward.send(.GET, "/api/v1/audit-events?chain=nonexistent", bearer: auditor)

            #expect(try AuditTrailTests.sequences(repReply) == [3, 2, 1], "the rep's chain holds just the three notes")
            #expect(auditorReply.status == .notFound)
            #expect(missing.status == .badRequest)
            let report = try await StewardRunner.verifyAuditTrail(in: steward.app)
            #expect(report.chains.map(\.name) == ["organization", "union-private"])
            #expect(report.breaks == [])
        }
    }

    @Test("the audit page drawn for one reader within a second is never shown to a reader of other chains")
    func pageSharedByAccess() async throws {
        try await withSteward { steward in
            _ = try await NotesPrivacyTests.addNotes(steward)
            // Signing in is a change, which forgets what was drawn: everyone signs in first.
            let rep = try await steward.signIn(.unionRep)
            let auditor = try await steward.signIn(.auditor)
            let otherRep = try await steward.signIn(.unionRep)

            let repPage = try await steward.send(.GET, "/audit", session: rep).body.string
            let auditorPage = try await steward.send(.GET, "/audit", session: auditor).body.string
            let otherRepPage = try await steward.send(.GET, "/audit", session: otherRep).body.string

            #expect(repPage.contains("union-private"))
            #expect(!auditorPage.contains("union-private"), "the auditor never gets the union's drawing")
            #expect(auditorPage.contains("The organization chain"))
            let ownFrame = repPage.replacingOccurrences(of: Self.csrf(in: repPage), with: Self.csrf(in: otherRepPage))
            #expect(otherRepPage == ownFrame, "a reader alike gets the same page but for their own frame")
        }
    }

    /// The sign-out form's token in a page.
    static func csrf(in page: String) -> String {
        String(page.firstMatch(of: /name="_csrf" value="([^"]*)"/)?.1 ?? "")
    }

    @Test("refused requests are counted apart and do not crowd the trail")
    func refusalsApart() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let tool = try await steward.tool(named: "DraftMate").requireID()
            let before = try await AuditEventModel.query(on: steward.app.db).count()

            for _ in 0..<30 {
                let refused = try await steward.submit("/tools/\(tool)/notes", [("body", "x")], session: worker)
                #expect(refused.status == .notFound)
            }

            #expect(try await AuditEventModel.query(on: steward.app.db).count() == before)
            let log = try await AccessRefusalModel.query(on: steward.app.db).all()
            #expect(log.map(\.count).reduce(0, +) == 30)
            #expect(log.count <= 2, "one row per person, request and hour (two if the hour turned meanwhile)")
            let auditor = try await steward.signIn(.auditor)
            let page = try await steward.send(.GET, "/audit", session: auditor)
            #expect(page.body.string.contains("Refused requests"))
        }
    }

    @Test("a record hidden from the viewer answers exactly like one that does not exist")
    func hiddenLikeMissing() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let tool = try await steward.tool(named: "DraftMate").requireID()

            let hidden = try await steward.submit("/tools/\(tool)/notes", [("body", "x")], session: worker)
            let missing = try await steward.submit("/tools/\(tool)/nothing-here", [("body", "x")], session: worker)

            #expect(hidden.status == missing.status)
            #expect(hidden.headers.map(\.name).sorted() == missing.headers.map(\.name).sorted())
            let strip = { (text: String) in text.replacingOccurrences(of: "/notes", with: "/nothing-here") }
            #expect(strip(hidden.body.string) == missing.body.string)
        }
    }
}
