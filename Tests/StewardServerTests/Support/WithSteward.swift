import AsyncHTTPClient
import Fluent
import FluentPostgresDriver
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Runs `body` against a fresh Steward on real HTTP (port 0 on loopback), then tears it down. On SQLite each test
/// gets its own file; with `DATABASE_URL` each test gets its own PostgreSQL database, so tests run in parallel.
func withSteward(
    seedsDemo: Bool = true, secureCookies: Bool = false, _ body: (StewardHarness) async throws -> Void
) async throws {
    let scratch = try await TestDatabase.make()
    var environment = Environment.testing
    environment.arguments = ["steward-tests"]
    let app = try await Application.make(environment)
    app.logger.logLevel = .error
    do {
        try await configure(
            app,
            settings: StewardSettings(
                storage: scratch.storage, seedsDemo: seedsDemo, passwordCost: 4, port: 0, secureCookies: secureCookies))
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else {
            throw StewardError(.internalServerError, "the test server did not report its port")
        }
        // Concurrency tests queue dozens of requests for the client's few connections while every suite runs at
        // once on a small machine: waiting for a connection must not time out before the server answers.
        let client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: HTTPClient.Configuration(
                redirectConfiguration: .disallow, timeout: HTTPClient.Configuration.Timeout(connect: .seconds(120))))
        do {
            try await body(
                StewardHarness(app: app, client: client, baseURL: "http://127.0.0.1:\(port)", storage: scratch.storage))
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    } catch {
        await app.server.shutdown()
        try? await app.asyncShutdown()
        try? await scratch.drop()
        throw error
    }
    await app.server.shutdown()
    try await app.asyncShutdown()
    try await scratch.drop()
}

/// A database that exists for one test.
struct TestDatabase {
    let storage: StewardSettings.Storage
    let drop: @Sendable () async throws -> Void

    static func make() async throws -> TestDatabase {
        let name = "steward_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        guard let base = ProcessInfo.processInfo.environment["DATABASE_URL"], !base.isEmpty else {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sqlite").path
            return TestDatabase(storage: .sqlite(path: path)) {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        try await admin(base, "CREATE DATABASE \(name)")
        guard var components = URLComponents(string: base) else {
            throw StewardError(.internalServerError, "DATABASE_URL is not a URL")
        }
        components.path = "/" + name
        let url = components.string ?? base
        return TestDatabase(storage: .postgres(url: url)) { try await admin(base, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    /// Runs one statement on the server named by `base`, outside any test's database.
    private static func admin(_ base: String, _ statement: String) async throws {
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
