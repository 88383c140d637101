import Fluent
import NIOCore
import StewardCore
import Vapor

/// Entry points for the command line: run the server, or open the database for a one-off task.
public enum StewardRunner {
    /// Runs the server until it is stopped, anchoring the audit trail every ``anchorInterval``.
    public static func serve(_ settings: StewardSettings) async throws {
        let app = try await makeApplication()
        do {
            try await configure(app, settings: settings)
            scheduleAnchors(app)
            scheduleReminders(app)
            scheduleStatistics(app)
            app.logger.notice("Steward is serving on http://\(settings.hostname):\(settings.port)")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Opens the configured database, runs `body` and shuts down. With `settings.migrates` false the database and
    /// key directory must already exist, migrated: nothing is created.
    public static func withApplication<Result: Sendable>(
        _ settings: StewardSettings, _ body: @Sendable (Application) async throws -> Result
    ) async throws -> Result {
        let app = try await makeApplication()
        app.logger.logLevel = .warning
        do {
            try await configure(app, settings: settings)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Creates an account, reporting bad input as a readable error.
    public static func createPerson(
        in app: Application, username: String, displayName: String, role: Role, password: String,
        email: String? = nil
    ) async throws {
        let accounts = AccountService(database: app.db, passwords: app.password.async, context: try app.steward)
        _ = try await accounts.createPerson(
            username: username, displayName: displayName, role: role, password: password, email: email)
    }

    /// Makes a person an administrator of the installation, or no longer one: an administrator invites and manages
    /// accounts, units and policy packs whatever their role. Recorded in the audit trail as done by the installation.
    public static func setAdministrator(in app: Application, username: String, _ isAdministrator: Bool) async throws {
        guard let person = try await PersonModel.query(on: app.db).filter(\.$username == username.lowercased()).first()
        else { throw StewardError.notFound("no person with username \(username)") }
        person.isAdministrator = isAdministrator
        let context = try app.steward
        try await app.db.transaction { db in
            try await person.save(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: .anonymous, action: isAdministrator ? "person.admin-grant" : "person.admin-revoke",
                    objectType: "person", objectID: person.username, zone: .organization,
                    summary: "the installation \(isAdministrator ? "made" : "stopped making") \(person.username) an administrator",
                    change: ["isAdministrator": isAdministrator]))
        }
    }

    /// Recomputes every chain of the audit trail and checks it against its signed heads and any `heads` given.
    public static func verifyAuditTrail(in app: Application, against heads: [AuditHead] = []) async throws -> AuditReport {
        try await AuditTrail(database: app.db, context: try app.steward).verify(against: heads)
    }

    /// Records a signed head of every chain now, after the audit events of past days' anonymous reports; returns the
    /// newest head of each.
    public static func anchorAuditTrail(in app: Application) async throws -> [AuditHead] {
        // Anonymous reports of a day that is over go into the trail first, so the heads sign them too.
        try await Authorizer(actor: .anonymous, database: app.db, context: try app.steward, logger: app.logger).reports
            .recordAnonymousReports()
        return try await AuditTrail(database: app.db, context: try app.steward).anchor()
    }

    /// How often a running server signs the heads of the audit trail.
    static let anchorInterval: TimeAmount = .minutes(15)

    private static func scheduleAnchors(_ app: Application) {
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: anchorInterval, delay: anchorInterval) { _ in
            app.eventLoopGroup.next().makeFutureWithTask {
                do {
                    try await app.runLeased("audit-anchor", every: anchorInterval) { _ = try await anchorAuditTrail(in: app) }
                } catch {
                    app.logger.error("could not anchor the audit trail: \(error)")
                }
            }
        }
    }

    /// Copies the open SQLite database, consistently even while a server writes to it, and the settings' key
    /// directory into `folder`, with a manifest.
    /// - Throws: ``BackupError`` for PostgreSQL, or when `folder` is not new or empty.
    public static func backup(
        in app: Application, settings: StewardSettings, to folder: String
    ) async throws -> BackupManifest {
        try await BackupService(settings: settings).backup(app.db, to: folder, now: app.clock())
    }

    /// Restores the backup in `folder` to the settings' SQLite path and key directory, refusing to replace an
    /// existing database or key directory unless `force` is set.
    /// - Throws: ``BackupError`` for PostgreSQL, a damaged backup, or something in the way.
    public static func restore(
        _ settings: StewardSettings, from folder: String, force: Bool
    ) throws -> BackupManifest {
        try BackupService(settings: settings).restore(from: folder, force: force)
    }

    /// An application whose command line belongs to swift-argument-parser: Vapor sees only the program name.
    static func makeApplication() async throws -> Application {
        var environment = Environment(name: ProcessInfo.processInfo.environment["STEWARD_ENV"] ?? "development")
        environment.arguments = ["steward"]
        _ = loggingStarted
        return try await Application.make(environment)
    }

    /// Logs at the level `LOG_LEVEL` names (`info` unless set; `debug` shows every query), once per process.
    private static let loggingStarted: Void = {
        var environment = Environment(name: "steward", arguments: ["steward"])
        try? LoggingSystem.bootstrap(from: &environment)
    }()
}
