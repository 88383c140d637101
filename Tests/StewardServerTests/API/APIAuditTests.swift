import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: the audit trail")
struct APIAuditTests {
    @Test("the auditor filters events by object type, object and actor")
    func filter() async throws {
        try await withSteward { steward in
            // given: the officer moves a tool
            let officer = try await steward.token(for: .aiOfficer)
            let toolID = try await steward.toolID(named: "TalentSort", bearer: officer)
            _ = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/transitions", #"{"to": "denied", "reason": "ranks people"}"#,
                bearer: officer)
            let auditor = try await steward.token(for: .auditor)

            // when
            let events = try await steward.send(
                .GET, "/api/v1/audit-events?objectType=tool&objectID=\(toolID)&actor=officer", bearer: auditor)
            let tokens = try await steward.send(.GET, "/api/v1/audit-events?objectType=api-token", bearer: auditor)

            // then
            #expect(events.status == .ok)
            let moves = try events.objects()
            #expect(moves.map { $0["action"] as? String } == ["tool.move"])
            #expect(moves.first?["hash"] as? String != nil)
            #expect(try tokens.objects().allSatisfy { $0["objectType"] as? String == "api-token" })
            #expect(try tokens.objects().count >= 2)
        }
    }

    @Test("dates filter by day, a malformed date is a 400, and a worker may not read the trail")
    func datesAndAccess() async throws {
        try await withSteward { steward in
            let auditor = try await steward.token(for: .auditor)
            let worker = try await steward.token(for: .worker)

            let future = try await steward.send(.GET, "/api/v1/audit-events?from=2999-01-01", bearer: auditor)
            let malformed = try await steward.send(.GET, "/api/v1/audit-events?from=yesterday", bearer: auditor)
            let byWorker = try await steward.send(.GET, "/api/v1/audit-events", bearer: worker)

            #expect(try future.objects().isEmpty)
            #expect(malformed.status == .badRequest)
            #expect(byWorker.status == .forbidden)
        }
    }
}
