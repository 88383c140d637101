import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
import LeafKit
import Vapor

/// Sets up a Steward application: database, migrations, sessions, templates, middleware and routes. When the
/// database is new and the settings ask for it, seeds the demo organization.
public func configure(_ app: Application, settings: StewardSettings) async throws {
    try useDatabase(settings.storage, on: app)
    app.adopt(try PolicyService.shipped())
    app.passwords.use(.bcrypt(cost: settings.passwordCost))
    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port
    app.routes.defaultMaxBodySize = "256kb"

    app.sessions.use(.fluent)
    app.sessions.configuration.cookieName = "steward-session"
    app.secureCookies = settings.secureCookies
    app.sessions.configuration.cookieFactory = { [isSecure = settings.secureCookies] id in
        HTTPCookies.Value(
            string: id.string, maxAge: 8 * 60 * 60, path: "/", isSecure: isSecure, isHTTPOnly: true, sameSite: .lax)
    }
    for migration in Migrations.all { app.migrations.add(migration) }
    try await app.autoMigrate()

    let resources = try StewardResources()
    app.views.use(.leaf)
    app.leaf.sources = LeafSources.singleSource(
        NIOLeafFiles(fileio: app.fileio, limits: [.toSandbox, .requireExtensions], sandboxDirectory: resources.views, viewDirectory: resources.views))
    app.leaf.cache.isEnabled = app.environment.isRelease

    app.middleware = Middlewares()
    app.middleware.use(ErrorMiddleware())
    app.middleware.use(PublicFilesMiddleware(files: FileMiddleware(publicDirectory: resources.public)))
    app.middleware.use(app.sessions.middleware)

    try await seedIfNew(app, settings: settings)
    try routes(app)
}

private func useDatabase(_ storage: StewardSettings.Storage, on app: Application) throws {
    switch storage {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url):
        app.databases.use(try .postgres(url: url), as: .psql)
    }
}

private func seedIfNew(_ app: Application, settings: StewardSettings) async throws {
    if settings.seedsDemo, try await !DemoSeeder.hasOrganization(on: app.db) {
        let hash = try await app.password.async.hash(DemoOrganization.password).get()
        try await DemoSeeder(database: app.db, passwordHash: hash, clock: app.clock).seed()
    }
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
