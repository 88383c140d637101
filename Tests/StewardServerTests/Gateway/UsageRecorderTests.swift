import Fluent
import Foundation
import StewardCore
import Testing
import Vapor

@testable import StewardServer

@Suite("Gateway usage queue")
struct UsageRecorderTests {
    @Test("a flush returns once every event queued before it is written, though an earlier flush took them")
    func flushWaitsForEarlierWrite() async throws {
        try await withSteward { steward in
            let recorder = try steward.app.gateway.recorder
            let person = try await steward.personID(of: "worker")
            let count = 5_000
            for _ in 0..<count {
                recorder.record(UsageRecord(
                    at: steward.app.clock(), personID: person, toolID: nil, useCaseID: nil, unitID: nil,
                    verdict: .forward, rule: .allowed, findings: [:], promptTokens: nil, completionTokens: nil,
                    latencyMilliseconds: 1))
            }
            // The first flush takes the whole queue; the second finds it empty but must still wait for the write.
            let first = Task { await recorder.flush() }
            try await Task.sleep(for: .milliseconds(5))
            await recorder.flush()
            let written = try await UsageEventModel.query(on: steward.app.db).filter(\.$personID == person).count()
            await first.value

            #expect(written >= count)
        }
    }
}
