import ArgumentParser
import Foundation
import StewardServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run Steward's web application and JSON API.")

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(name: .long, help: "The port to listen on.")
    var port: Int = 8080

    @ArgumentParser.Option(name: .long, help: "The address to listen on.")
    var hostname: String = "127.0.0.1"

    @ArgumentParser.Flag(name: .long, help: "Start with an empty database instead of the demo organization.")
    var noDemo = false

    @ArgumentParser.Flag(
        inversion: .prefixedNo,
        help: """
            Send cookies only over HTTPS (Secure). Default: STEWARD_SECURE_COOKIES=1/0 when set, else on when \
            STEWARD_ENV=production.
            """)
    var secureCookies: Bool?

    @ArgumentParser.Flag(
        name: .long,
        help: "Read the page templates anew on every request, to see edits at once (also STEWARD_RELOAD_TEMPLATES=1).")
    var reloadTemplates = false

    @OptionGroup var mail: MailOptions

    func run() async throws {
        var settings = database.settings(seedsDemo: !noDemo)
        settings.hostname = hostname
        settings.port = port
        settings.secureCookies =
            try secureCookies ?? StewardSettings.secureCookies(environment: ProcessInfo.processInfo.environment)
        settings.mail = try mail.settings(defaultPublicURL: "http://\(hostname):\(port)")
        settings.gateway = try GatewaySettings.from(environment: ProcessInfo.processInfo.environment)
        settings.databaseConnections = try StewardSettings.databaseConnections(
            environment: ProcessInfo.processInfo.environment)
        settings.reloadsTemplates = reloadTemplates || ProcessInfo.processInfo.environment["STEWARD_RELOAD_TEMPLATES"] == "1"
        try await StewardRunner.serve(settings)
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the database schema, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await StewardRunner.withApplication(database.settings()) { _ in
            print("The database schema is up to date.")
        }
    }
}
