import Fluent
import Foundation
import NIOCore
import SQLKit
import Testing

@testable import StewardServer

/// The connections for work no request waits for: their own event loop and thread, at a lower priority, on the
/// same database as the requests' pool.
@Suite("Background database connections")
struct BackgroundDatabaseTests {
    @Test("background work uses the requests' database through connections of its own, on a lower-priority loop")
    func ownConnections() async throws {
        try await withSteward(seedsDemo: false) { steward in
            let app = steward.app
            let background = app.backgroundDatabase
            // then: its event loop is none of the server's, and yields to them
            #expect(!app.eventLoopGroup.makeIterator().contains { $0 === background.eventLoop })
            let niceness = { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
            let server = try await app.eventLoopGroup.any().submit(niceness).get()
            let own = try await background.eventLoop.submit(niceness).get()
            #expect(own > server || own == 19)
            // and: what one side writes, the other reads
            let sql = try #require(background as? any SQLDatabase)
            let front = try #require(app.db as? any SQLDatabase)
            try await front.raw("CREATE TABLE background_probe (n INTEGER)").run()
            try await sql.raw("INSERT INTO background_probe (n) VALUES (41)").run()
            let rows = try await front.raw("SELECT n FROM background_probe").all()
            #expect(try rows.map { try $0.decode(column: "n", as: Int.self) } == [41])
        }
    }

    @Test("the work database is the background one inside background work, and the requests' pool outside it")
    func workDatabase() async throws {
        try await withSteward(seedsDemo: false) { steward in
            let app = steward.app
            let outside = app.workDatabase.eventLoop
            let inside = BackgroundWork.$isRunning.withValue(true) { app.workDatabase.eventLoop }
            #expect(outside !== inside)
            #expect(inside === app.backgroundDatabase.eventLoop)
        }
    }

    @Test("a remembered value read again ahead of its expiry, and a run nobody waits for, are background work")
    func markedAsBackground() async throws {
        let cache = ExpiringCache<String, Bool>(lifetime: .seconds(60), refreshAfter: .milliseconds(50))
        let first = try await cache.value("me") { BackgroundWork.isRunning }
        try await Task.sleep(for: .milliseconds(100))
        _ = try await cache.value("me") { BackgroundWork.isRunning }
        let refreshed = try await eventually { cache.freshValue("me") == true }
        #expect(!first)
        #expect(refreshed, "the value is read again, as background work")
        let flight = SingleFlight()
        let seen = Seen()
        try await flight.run(inBackground: true) { await seen.set(BackgroundWork.isRunning) }.value
        let background = await seen.value
        try await flight.run { await seen.set(BackgroundWork.isRunning) }.value
        let waited = await seen.value
        #expect(background == true)
        #expect(waited == false)
    }

    private actor Seen {
        var value: Bool?
        func set(_ value: Bool) { self.value = value }
    }
}
