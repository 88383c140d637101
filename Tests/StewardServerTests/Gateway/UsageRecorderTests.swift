import Fluent
import Foundation
import SQLKit
import StewardCore
import Testing
import Vapor

@testable import StewardServer

@Suite("Gateway usage queue")
struct UsageRecorderTests {
    /// An event of a demo person, told apart by its latency.
    private static func event(_ person: UUID, latency: Double, at date: Date) -> UsageRecord {
        UsageRecord(
            at: date, personID: person, toolID: nil, useCaseID: nil, unitID: nil, verdict: .forward, rule: .allowed,
            findings: [:], promptTokens: nil, completionTokens: nil, latencyMilliseconds: latency)
    }

    /// How many of the person's events with this latency are in the database.
    private static func written(_ person: UUID, latency: Double, on database: any Database) async throws -> Int {
        try await UsageEventModel.query(on: database).filter(\.$personID == person)
            .filter(\.$latencyMilliseconds == latency).count()
    }

    @Test("batches go on the idle lane while it keeps up, and on the shared lane when there is none or it was late")
    func laneChoice() {
        let (late, coolDown) = (UsageRecorder.catchUpAfter, UsageRecorder.coolDown)
        #expect(UsageLane.choose(hasIdle: false, idleBusyFor: nil, sinceIdleLate: nil) == .shared)
        #expect(UsageLane.choose(hasIdle: true, idleBusyFor: nil, sinceIdleLate: nil) == .idle)
        #expect(UsageLane.choose(hasIdle: true, idleBusyFor: .milliseconds(10), sinceIdleLate: nil) == .idle)
        #expect(UsageLane.choose(hasIdle: true, idleBusyFor: late, sinceIdleLate: nil) == .shared)
        #expect(UsageLane.choose(hasIdle: false, idleBusyFor: .seconds(5), sinceIdleLate: nil) == .shared)
        // Found late a moment ago: the shared lane keeps the batches for a while, then the idle lane tries again.
        #expect(UsageLane.choose(hasIdle: true, idleBusyFor: nil, sinceIdleLate: .seconds(1)) == .shared)
        #expect(UsageLane.choose(hasIdle: true, idleBusyFor: nil, sinceIdleLate: coolDown) == .idle)
    }

    /// Runs `body` on a demo server on SQLite with an idle connection to its file and the worker's id.
    private static func withIdleConnection(
        _ body: (StewardHarness, IdleSQLiteConnection, UUID) async throws -> Void
    ) async throws {
        try await withSteward { steward in
            let path = try #require(steward.settings.storage.sqlitePath)
            let idle = try await IdleSQLiteConnection.open(
                path: path, on: steward.app.eventLoopGroup.any(), logger: steward.app.logger)
            do {
                try await body(steward, idle, try await steward.personID(of: "worker"))
            } catch {
                await idle.close()
                throw error
            }
            await idle.close()
        }
    }

    @Test(
        "on SQLite, usage rows are written through a connection whose thread runs at the idle policy",
        .enabled(if: TestDatabase.postgresURL == nil, "runs on SQLite"))
    func idleConnection() async throws {
        try await Self.withIdleConnection { steward, idle, person in
            let (policy, niceness) = try await idle.pool.runIfActive(eventLoop: steward.app.eventLoopGroup.any()) {
                (sched_getscheduler(0), getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
            }.get()
            // With no shared database, whatever lands was written by the idle lane.
            let recorder = UsageRecorder(database: { nil }, idleDatabase: { idle }, logger: steward.app.logger)
            for _ in 0..<100 { recorder.record(Self.event(person, latency: 3.5, at: steward.app.clock())) }
            await recorder.flush()
            let written = try await Self.written(person, latency: 3.5, on: steward.app.db)

            // Where the system refuses the idle policy, the lowest nice value stands in for it.
            #expect(policy == ThreadPriority.idlePolicy || niceness == 19)
            #expect(written == 100)
        }
    }

    @Test(
        "the idle connection and the shared pool write the rows SQLKit's encoder writes, value and type alike",
        .enabled(if: TestDatabase.postgresURL == nil, "runs on SQLite"))
    func sameRows() async throws {
        try await Self.withIdleConnection { steward, idle, person in
            let sql = try #require(steward.app.db as? any SQLDatabase)
            let date = Date(timeIntervalSince1970: 1_790_000_000.123456)
            let (tool, use, unit) = (AIToolID(UUID()), UseCaseID(UUID()), UUID())
            func records(latency: Double) -> [UsageRecord] {
                [
                    Self.event(person, latency: latency, at: date),
                    UsageRecord(
                        at: date, personID: person, toolID: tool, useCaseID: use, unitID: unit, verdict: .redact,
                        rule: .dataOutsideUse,
                        findings: ["PERSON": 2, "EMAIL_ADDRESS": 1], promptTokens: 12, completionTokens: 0,
                        latencyMilliseconds: latency),
                ]
            }
            try await UsageRecorder.insertThroughSQLKit(records(latency: 7.25)[...], on: sql)
            // Awaited from the background thread, as the recorder does: the idle thread must wake no other task.
            let direct = records(latency: 8.25)
            try await Task(executorPreference: BackgroundExecutor.shared) { try await idle.insert(direct[...]) }.value
            try await UsageRecorder.write(records(latency: 9.25), on: steward.app.db)
            // Every column but the identifier (random in part) and the latency that tells the two apart, as SQL text.
            let columns = UsageRecorder.columns.filter { $0 != "id" && $0 != "latency_ms" }
            let line = (["typeof(id)", "length(id)"] + columns.map { "quote(\"\($0)\")" })
                .joined(separator: " || '|' || ")
            func lines(latency: Double) async throws -> [String] {
                try await sql
                    .raw("SELECT \(unsafeRaw: line) AS line FROM usage_events WHERE latency_ms = \(bind: latency)")
                    .all().map { try $0.decode(column: "line", as: String.self) }.sorted()
            }
            let viaSQLKit = try await lines(latency: 7.25)
            let idleLane = try await lines(latency: 8.25)
            let sharedLane = try await lines(latency: 9.25)

            #expect(viaSQLKit.count == 2)
            #expect(idleLane == viaSQLKit)
            #expect(sharedLane == viaSQLKit)
        }
    }

    @Test(
        "when the idle lane waits too long, the shared lane writes the next batch, and the late write hands its rows back",
        .enabled(if: TestDatabase.postgresURL == nil, "runs on SQLite"))
    func catchUp() async throws {
        try await Self.withIdleConnection { steward, idle, person in
            // The idle connection's thread gets no processor time until the test lets it, as on a busy processor.
            let release = DispatchSemaphore(value: 0)
            let stall = idle.pool.runIfActive(eventLoop: steward.app.eventLoopGroup.any()) { release.wait() }
            let recorder = UsageRecorder(
                database: { [app = steward.app] in app.db }, idleDatabase: { idle }, logger: steward.app.logger)
            for _ in 0..<100 { recorder.record(Self.event(person, latency: 1.25, at: steward.app.clock())) }
            let late = recorder.write()
            try await Task.sleep(for: UsageRecorder.catchUpAfter + .milliseconds(100))
            for _ in 0..<40 { recorder.record(Self.event(person, latency: 2.25, at: steward.app.clock())) }
            await recorder.write().value
            let whileStarved = (
                late: try await Self.written(person, latency: 1.25, on: steward.app.db),
                next: try await Self.written(person, latency: 2.25, on: steward.app.db))
            release.signal()
            try await stall.get()
            await late.value
            // The late write's first statement was under way and finishes; the rest wait in the queue for the next.
            let handedBack = try await Self.written(person, latency: 1.25, on: steward.app.db)
            await recorder.flush()
            let afterwards = try await Self.written(person, latency: 1.25, on: steward.app.db)

            #expect(whileStarved.late == 0)
            #expect(whileStarved.next == 40)
            #expect(handedBack == UsageRecorder.rowsPerStatement)
            #expect(afterwards == 100)
        }
    }

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
