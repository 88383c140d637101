import Fluent
import Foundation
import NIOCore
import SQLKit
import Testing

@testable import StewardServer

/// How many connections to PostgreSQL an event loop may open, and that queries of requests in flight use them side
/// by side.
@Suite("Database connections")
struct DatabaseConnectionsTests {
    @Test("STEWARD_DATABASE_CONNECTIONS sets the connections an event loop opens; unset, four")
    func environment() throws {
        #expect(try StewardSettings.databaseConnections(environment: [:]) == 4)
        #expect(try StewardSettings.databaseConnections(environment: ["STEWARD_DATABASE_CONNECTIONS": ""]) == 4)
        #expect(try StewardSettings.databaseConnections(environment: ["STEWARD_DATABASE_CONNECTIONS": "12"]) == 12)
    }

    @Test("a count that is no whole number from 1 to 64 is an error saying what to set", arguments: ["0", "65", "many"])
    func badEnvironment(text: String) {
        #expect {
            try StewardSettings.databaseConnections(environment: ["STEWARD_DATABASE_CONNECTIONS": text])
        } throws: { error in
            "\(error)".contains("STEWARD_DATABASE_CONNECTIONS is `\(text)`") && "\(error)".contains("from 1 to 64")
        }
    }

    @Test(
        "queries in flight on one event loop go to PostgreSQL over as many connections as set, side by side",
        .enabled(if: TestDatabase.postgresURL != nil, "runs on PostgreSQL (DATABASE_URL)"), arguments: [1, 3])
    func queriesGoSideBySide(connections: Int) async throws {
        try await withSteward(seedsDemo: false, databaseConnections: connections) { steward in
            let app = steward.app
            let loop = app.eventLoopGroup.any()
            let database = try #require(app.databases.database(.psql, logger: app.logger, on: loop) as? any SQLDatabase)
            // when: six queries that each hold their connection a fifth of a second are sent at once
            let pids = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        let row = try await database.raw("SELECT pg_backend_pid() AS pid, pg_sleep(0.2)").first()
                        return try #require(row).decode(column: "pid", as: Int.self)
                    }
                }
                return try await group.reduce(into: Set<Int>()) { $0.insert($1) }
            }
            // then: they were answered by as many server processes as the event loop has connections
            #expect(pids.count == connections)
        }
    }

    @Test(
        "on SQLite each event loop's connection commits to the log, not waiting for the disk, and sleeps while another writes",
        .enabled(if: TestDatabase.postgresURL == nil, "runs on SQLite"))
    func sqliteCommitsToTheLog() async throws {
        try await withSteward(seedsDemo: false) { steward in
            let app = steward.app
            for loop in app.eventLoopGroup.makeIterator() {
                let database = try #require(
                    app.databases.database(.sqlite, logger: app.logger, on: loop) as? any SQLDatabase)
                let mode = try await database.raw("PRAGMA journal_mode").first()?
                    .decode(column: "journal_mode", as: String.self)
                let synchronous = try await database.raw("PRAGMA synchronous").first()?
                    .decode(column: "synchronous", as: Int.self)
                let timeout = try await database.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self)
                #expect(mode == "wal")
                #expect(synchronous == 1, "NORMAL is 1, FULL is 2")
                #expect(timeout == SQLiteConnectionSettings.busyTimeoutMilliseconds)
            }
        }
    }
}
