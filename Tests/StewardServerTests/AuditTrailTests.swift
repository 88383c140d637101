import Fluent
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Audit trail")
struct AuditTrailTests {
    @Test("changes append events and the chain verifies")
    func chainHolds() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)
            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: session)

            let outcome = try await StewardRunner.verifyAuditTrail(in: steward.app)

            guard case .holds(let count) = outcome else { Issue.record("chain broken: \(outcome)"); return }
            #expect(count >= 3, "demo seed, login and tool creation")
        }
    }

    @Test("an altered event is named by verification", arguments: ["summary", "delete"])
    func tamperingIsFound(kind: String) async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)
            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: session)
            let victim = try #require(
                try await AuditEventModel.query(on: steward.app.db).filter(\.$sequence == 2).first())
            if kind == "delete" {
                try await victim.delete(on: steward.app.db)
            } else {
                victim.summary = "nothing happened"
                try await victim.save(on: steward.app.db)
            }

            let outcome = try await StewardRunner.verifyAuditTrail(in: steward.app)

            guard case .broken(let description) = outcome else { Issue.record("tampering not found"); return }
            #expect(description.hasPrefix(kind == "delete" ? "audit event #3" : "audit event #2"))
        }
    }

    @Test("the auditor filters the trail by object type and actor")
    func filters() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: worker)
            let auditor = try await steward.signIn(.auditor)

            let page = try await steward.send(.GET, "/audit?objectType=tool&actor=worker", session: auditor)

            #expect(page.status == .ok)
            #expect(page.body.string.contains("registered Grant Helper as requested"))
            #expect(!page.body.string.contains("signed in"))
        }
    }

    @Test("a malformed date filter is a 400 naming the parameter")
    func badDate() async throws {
        try await withSteward { steward in
            let auditor = try await steward.signIn(.auditor)

            let page = try await steward.send(.GET, "/audit?from=yesterday", session: auditor)

            #expect(page.status == .badRequest)
            #expect(page.body.string.contains("query parameter `from`"))
        }
    }
}
