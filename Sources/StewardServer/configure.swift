import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
import SQLKit
import LeafKit
import Vapor

/// Sets up a Steward application: database, migrations, sessions, templates, middleware and routes. When the
/// database is new and the settings ask for it, seeds the demo organization.
public func configure(_ app: Application, settings: StewardSettings) async throws {
    if !settings.migrates { try requireDatabaseFile(settings.storage) }
    _ = app.serverIdentity
    try app.useKeys(at: settings.keyDirectory, creating: settings.migrates)
    try settings.storage.use(in: app.databases, connectionsPerEventLoop: settings.databaseConnections)
    app.useClockStamps()
    try app.useMail(settings.mail)
    try app.useBackgroundDatabase(settings.storage)
    app.useGateway(settings.gateway, sqlitePath: settings.storage.sqlitePath)
    if !settings.migrates { try await requireCurrentSchema(app) }
    app.passwords.use(.bcrypt(cost: settings.passwordCost))
    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port
    // Steward sets up no metrics backend, so a request's timer and counters would be built for nobody.
    app.http.server.configuration.reportMetrics = false
    app.routes.defaultMaxBodySize = "256kb"

    app.sessions.use { UnchangedSessionSkipping(base: $0.fluent.sessions.driver()) }
    app.sessions.configuration.cookieName = "steward-session"
    app.secureCookies = settings.secureCookies
    app.sessions.configuration.cookieFactory = { [isSecure = settings.secureCookies] id in
        HTTPCookies.Value(
            string: id.string, maxAge: 8 * 60 * 60, path: "/", isSecure: isSecure, isHTTPOnly: true, sameSite: .lax)
    }
    if settings.migrates {
        // Write-ahead logging lets pages read while another request writes; the setting stays with the file.
        if let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
    }
    try await useSQLiteConnectionSettings(app)
    if settings.migrates {
        for migration in Migrations.all { app.migrations.add(migration) }
        try await app.autoMigrate()
        try await StewardRunner.refreshStatistics(of: app.db)
    }
    app.adopt(try await PolicyStore.open(on: app.db, clock: app.clock, adoptingShipped: settings.migrates))
    app.useOrganizationZone(OrganizationZone(try await OrganizationZone.read(on: app.db), checked: app.clock()))

    let resources = try StewardResources()
    app.leaf.sources = LeafSources.singleSource(
        NIOLeafFiles(fileio: app.fileio, limits: [.toSandbox, .requireExtensions], sandboxDirectory: resources.views, viewDirectory: resources.views))
    app.leaf.cache.isEnabled = !settings.reloadsTemplates
    app.views.use { $0.compiledTemplates }

    app.useServerCaches()
    app.middleware = Middlewares()
    app.middleware.use(ErrorMiddleware())
    app.middleware.use(PolicyRefresh())
    app.middleware.use(InputCheckMiddleware())
    app.middleware.use(PublicFilesMiddleware(directory: resources.public))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(PageAuthentication())

    try await seedIfNew(app, settings: settings)
    try routes(app)
}

extension StewardSettings.Storage {
    /// Opens the SQLite file or the PostgreSQL server in `databases`, as its default database; on PostgreSQL with up
    /// to `connectionsPerEventLoop` connections on each event loop.
    func use(in databases: Databases, connectionsPerEventLoop: Int) throws {
        switch self {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path)), as: .sqlite)
        case .postgres(let url):
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: connectionsPerEventLoop), as: .psql)
        }
    }
}

/// Sets up each event loop's SQLite connection, which the pool keeps, and the background one
/// (``BackgroundDatabase``), as ``SQLiteConnectionSettings`` says.
private func useSQLiteConnectionSettings(_ app: Application) async throws {
    guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
    for eventLoop in app.eventLoopGroup.makeIterator() {
        guard let database = app.databases.database(logger: app.logger, on: eventLoop) as? any SQLDatabase else {
            continue
        }
        try await SQLiteConnectionSettings.apply(to: database)
    }
    if let background = app.backgroundDatabase as? any SQLDatabase {
        try await SQLiteConnectionSettings.apply(to: background)
    }
}

/// For commands that only read: an SQLite file must exist already.
private func requireDatabaseFile(_ storage: StewardSettings.Storage) throws {
    if case .sqlite(let path) = storage, !FileManager.default.fileExists(atPath: path) {
        throw StewardError(.notFound, "no database at \(path); check the path, or create one with `steward migrate`")
    }
}

/// For commands that only read: the database must be migrated already.
private func requireCurrentSchema(_ app: Application) async throws {
    for migration in Migrations.all { app.migrations.add(migration) }
    let pending = try await app.migrator.previewPrepareBatch().get()
    guard pending.isEmpty else {
        throw StewardError(
            .conflict, "the database is \(pending.count) migration(s) behind this version of Steward; run `steward migrate`")
    }
}

private func seedIfNew(_ app: Application, settings: StewardSettings) async throws {
    if settings.seedsDemo, try await !DemoSeeder.hasOrganization(on: app.db) {
        let hash = try await app.password.async.hash(DemoOrganization.password).get()
        try await DemoSeeder(database: app.db, passwordHash: hash, context: try app.steward).seed()
    }
    if settings.migrates { try await ReviewService.reviewSubmitted(on: app.db, context: try app.steward) }
    // New chains start from a signed head of what came before; afterwards heads are recorded regularly.
    if settings.migrates { try await AuditTrail(database: app.db, context: try app.steward).anchor() }
    let organization = try await OrganizationModel.query(on: app.db).first()
    app.site = SiteInfo(organizationName: organization?.name ?? "Steward", isDemo: organization?.isDemo ?? false)
}

/// Where the templates and public files ship: resources of this module's bundle, so `steward serve` works from
/// any directory.
struct StewardResources {
    let views: String
    let `public`: String

    init() throws {
        guard let root = Bundle.module.resourceURL else {
            throw StewardError(.internalServerError, "the templates are missing from the installation")
        }
        views = root.appendingPathComponent("Views").path + "/"
        `public` = root.appendingPathComponent("Public").path + "/"
    }
}
