import Fluent
import Foundation
import StewardCore
import Testing

@testable import StewardServer

/// Every stored time comes from the application's clock, Fluent's creation stamps included, so tests run on a
/// fixed date.
@Suite("One clock")
struct ClockTests {
    @Test("a new tool, its audit event and its review all carry the clock's time, not the system's")
    func storedTimesFollowTheClock() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)

            _ = try await steward.submit("/tools", ToolPagesTests.newTool, session: worker)

            let tool = try await steward.tool(named: "Grant Helper")
            let event = try #require(
                try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "tool.create").first())
            #expect(tool.createdAt == TestDatabase.fixedDate)
            #expect(tool.updatedAt == TestDatabase.fixedDate)
            #expect(abs(event.occurredAt.timeIntervalSince(TestDatabase.fixedDate)) < 0.001)
        }
    }
}
