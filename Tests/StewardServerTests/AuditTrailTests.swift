import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Audit trail")
struct AuditTrailTests {
    @Test("changes append signed events to their zone's chain and every chain verifies")
    func chainHolds() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)
            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: session)

            let report = try await StewardRunner.verifyAuditTrail(in: steward.app)

            #expect(report.breaks == [])
            #expect(report.chains.map(\.name) == ["organization"])
            #expect(report.events >= 3, "demo seed, login and tool creation")
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

    @Test("the API pages through a chain with limit, after and a Link header, the body a plain array")
    func paging() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            for _ in 0..<4 { _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: worker) }
            let token = try await steward.token(for: .auditor)

            let first = try await steward.send(.GET, "/api/v1/audit-events?limit=3", bearer: token)
            let link = try #require(first.headers.first(name: "Link"))
            let next = try #require(link.split(separator: ">").first?.dropFirst())
            let second = try await steward.send(.GET, String(next), bearer: token)

            let firstNumbers = try Self.sequences(first)
            let secondNumbers = try Self.sequences(second)
            #expect(firstNumbers.count == 3)
            #expect(link.hasSuffix(#"rel="next""#))
            #expect(secondNumbers.first == (firstNumbers.last ?? 0) - 1, "the next page starts where the first ended")
        }
    }

    @Test("a limit out of range is a 400 naming the parameter")
    func badLimit() async throws {
        try await withSteward { steward in
            let token = try await steward.token(for: .auditor)

            let response = try await steward.send(.GET, "/api/v1/audit-events?limit=100000", bearer: token)

            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("`limit`"))
        }
    }

    static func sequences(_ reply: HTTPReply) throws -> [Int] {
        let events = try JSONSerialization.jsonObject(with: Data(reply.body.readableBytesView)) as? [[String: Any]]
        return (events ?? []).compactMap { $0["sequence"] as? Int }
    }
}
