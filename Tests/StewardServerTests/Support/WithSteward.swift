import AsyncHTTPClient
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Runs `body` against a fresh Steward on real HTTP (port 0 on loopback), then tears it down. Each test gets a
/// database of its own, copied from a template that was migrated (and seeded) once per test run: a file copy on
/// SQLite, `CREATE DATABASE … TEMPLATE` with `DATABASE_URL`. Tests therefore run in parallel and stay quick.
///
/// `routes` adds routes of the test's own before the server starts, such as one that fails on purpose; `mail` sets up
/// e-mail, which is off otherwise; `gateway` sets the AI gateway's timeouts and allowances; `databaseConnections` the
/// PostgreSQL connections each event loop may open.
func withSteward(
    seedsDemo: Bool = true, secureCookies: Bool = false, mail: MailSettings? = nil,
    gateway: GatewaySettings = GatewaySettings(), databaseConnections: Int = 1, routes: (Application) -> Void = { _ in },
    _ body: (StewardHarness) async throws -> Void
) async throws {
    await TestServerSlots.shared.acquire()
    do {
        try await runSteward(
            seedsDemo: seedsDemo, secureCookies: secureCookies, mail: mail, gateway: gateway,
            databaseConnections: databaseConnections, routes: routes, body)
    } catch {
        await TestServerSlots.shared.release()
        throw error
    }
    await TestServerSlots.shared.release()
}

private func runSteward(
    seedsDemo: Bool, secureCookies: Bool, mail: MailSettings?, gateway: GatewaySettings, databaseConnections: Int,
    routes: (Application) -> Void, _ body: (StewardHarness) async throws -> Void
) async throws {
    let scratch: TestDatabase
    let app: Application
    do {
        scratch = try await TestDatabase.make(seedsDemo: seedsDemo)
        app = try await TestDatabase.application()
    } catch {
        throw TestSetupFailure(error)
    }
    let inFlight = InFlightRequests()
    do {
        var settings = scratch.settings
        settings.secureCookies = secureCookies
        settings.mail = mail
        settings.gateway = gateway
        // One PostgreSQL connection an event loop, as many test servers share one PostgreSQL server at once.
        settings.databaseConnections = databaseConnections
        do {
            try await configure(app, settings: settings)
            app.middleware.use(inFlight)
            routes(app)
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        } catch {
            throw TestSetupFailure(error)
        }
        guard let port = app.http.server.shared.localAddress?.port else {
            throw StewardError(.internalServerError, "the test server did not report its port")
        }
        let client = makeTestClient()
        do {
            try await body(
                StewardHarness(app: app, client: client, baseURL: "http://127.0.0.1:\(port)", settings: settings))
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    } catch {
        await inFlight.waitUntilIdle()
        await app.server.shutdown()
        try? await app.asyncShutdown()
        try? await scratch.drop()
        throw error
    }
    await inFlight.waitUntilIdle()
    await app.server.shutdown()
    try await app.asyncShutdown()
    try await scratch.drop()
}

/// A client for a test server that does not follow redirects. Concurrency tests queue dozens of requests for the
/// client's few connections while every suite runs at once on a small machine: waiting for a connection must not
/// time out before the server answers.
func makeTestClient() -> HTTPClient {
    HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: HTTPClient.Configuration.Timeout(connect: .seconds(120))))
}

/// A database (and key directory) that exists for one test.
struct TestDatabase {
    let settings: StewardSettings
    let drop: @Sendable () async throws -> Void

    /// A copy of the run's template: the demo organization, or an empty migrated database.
    static func make(seedsDemo: Bool) async throws -> TestDatabase {
        let template = try await Templates.shared.template(seedsDemo: seedsDemo)
        let name = uniqueName("steward_t_")
        let keys = scratchFolder.appendingPathComponent(name + "-keys").path
        try FileManager.default.copyItem(atPath: template.keyDirectory, toPath: keys)
        let removeKeys: @Sendable () -> Void = { try? FileManager.default.removeItem(atPath: keys) }
        switch template.storage {
        case .sqlite(let path):
            let copy = scratchFolder.appendingPathComponent(name + ".sqlite").path
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            return TestDatabase(settings: settings(.sqlite(path: copy), keys: keys)) {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
                removeKeys()
            }
        case .postgres(let url):
            let base = try serverURL()
            let source = URLComponents(string: url)?.path.dropFirst() ?? ""
            try await PostgresAdmin.createDatabase(name, from: String(source), on: base)
            return TestDatabase(settings: settings(.postgres(url: try databaseURL(name, on: base)), keys: keys)) {
                try await PostgresAdmin.dropDatabase(name, on: base)
                removeKeys()
            }
        }
    }

    /// Settings for a test server: port 0, the cheapest password hashing, no seeding (the template has it).
    static func settings(_ storage: StewardSettings.Storage, keys: String, seedsDemo: Bool = false) -> StewardSettings {
        StewardSettings(storage: storage, keyDirectory: keys, seedsDemo: seedsDemo, passwordCost: 4, port: 0)
    }

    /// A testing application whose command line is only the program name, on the fixed date every test runs on.
    static func application() async throws -> Application {
        var environment = Environment.testing
        environment.arguments = ["steward-tests"]
        let app = try await Application.make(environment)
        // A pool of its own for the blocking work of each test's server (SQLite's queries among it): on the shared
        // pool, a query waiting on SQLite's write lock in one test's server holds a thread that other servers wait
        // for, and under the load of every suite at once their requests time out waiting for a connection.
        app.threadPool = NIOThreadPool(numberOfThreads: 2)
        app.logger.logLevel = .error
        app.clock = { fixedDate }
        return app
    }

    /// The date every test runs on: 30 November 2026, 09:30 UTC.
    static let fixedDate = Date(timeIntervalSince1970: 1_796_031_000)

    /// The run's scratch folder, in the system's temporary folder.
    static let scratchFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("steward-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func uniqueName(_ prefix: String) -> String {
        prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
    }

    /// The PostgreSQL server of `DATABASE_URL`, or nil when the tests run on SQLite.
    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty else { return nil }
        return url
    }

    private static func serverURL() throws -> String {
        guard let url = postgresURL else { throw StewardError(.internalServerError, "DATABASE_URL is not set") }
        return url
    }

    /// The URL of database `name` on the server of `base`.
    static func databaseURL(_ name: String, on base: String) throws -> String {
        guard var components = URLComponents(string: base) else {
            throw StewardError(.internalServerError, "DATABASE_URL is not a URL")
        }
        components.path = "/" + name
        return components.string ?? base
    }
}
