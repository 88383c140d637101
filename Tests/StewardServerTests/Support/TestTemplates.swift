import Fluent
import FluentPostgresDriver
import Foundation
import Vapor

@testable import StewardServer

/// The databases every test copies: migrated, and seeded with the demo organization or left empty, built once per
/// test run on first use.
actor Templates {
    static let shared = Templates()

    /// A template's storage and the key directory its audit events were signed with.
    struct Template: Sendable {
        let storage: StewardSettings.Storage
        let keyDirectory: String
    }

    private var building: [Bool: Task<Template, any Error>] = [:]

    func template(seedsDemo: Bool) async throws -> Template {
        if let task = building[seedsDemo] { return try await task.value }
        let task = Task { try await Self.build(seedsDemo: seedsDemo) }
        building[seedsDemo] = task
        return try await task.value
    }

    private static func build(seedsDemo: Bool) async throws -> Template {
        let name = TestDatabase.uniqueName(seedsDemo ? "steward_tpl_demo_" : "steward_tpl_empty_")
        let keys = TestDatabase.scratchFolder.appendingPathComponent(name + "-keys").path
        let storage: StewardSettings.Storage
        if let base = TestDatabase.postgresURL {
            try await PostgresAdmin.run("CREATE DATABASE \(name)", on: base)
            storage = .postgres(url: try TestDatabase.databaseURL(name, on: base))
        } else {
            storage = .sqlite(path: TestDatabase.scratchFolder.appendingPathComponent(name + ".sqlite").path)
        }
        let app = try await TestDatabase.application()
        do {
            try await configure(app, settings: TestDatabase.settings(storage, keys: keys, seedsDemo: seedsDemo))
            if let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" {
                // One self-contained file, so that a plain copy of it is the whole database.
                try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return Template(storage: storage, keyDirectory: keys)
    }
}

/// Statements run on the PostgreSQL server itself, outside any test's database.
enum PostgresAdmin {
    /// Creates `name` as a copy of `template`, retrying while the server is still letting go of the template.
    static func createDatabase(_ name: String, from template: String, on base: String) async throws {
        try await retrying(whileErrorSays: "is being accessed by other users") {
            try await run("CREATE DATABASE \(name) TEMPLATE \(template)", on: base)
        }
    }

    /// Drops `name` with the sessions still on it, retrying while one of them is the server's own (an autovacuum
    /// worker, which the test role may not end; the server ends it soon by itself).
    static func dropDatabase(_ name: String, on base: String) async throws {
        try await retrying(whileErrorSays: "pg_signal_backend") {
            try await run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: base)
        }
    }

    /// Runs `body` again, every 200 ms up to a hundred times, while it fails with an error that says `text`.
    private static func retrying(whileErrorSays text: String, _ body: () async throws -> Void) async throws {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch where attempt < 100 && String(reflecting: error).contains(text) {
                attempt += 1
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Runs one statement on the server named by `base`.
    static func run(_ statement: String, on base: String) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        app.databases.use(try .postgres(url: base), as: .psql)
        do {
            guard let sql = app.db as? any SQLDatabase else {
                throw StewardError(.internalServerError, "the PostgreSQL driver offers no SQL interface")
            }
            try await sql.raw(SQLQueryString(statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
