import Foundation

/// How a Steward server is set up: where it stores data, whether it seeds the demo organization, where it listens.
public struct StewardSettings: Sendable {
    /// Where the data lives.
    public enum Storage: Sendable, Equatable {
        /// An SQLite file, created and migrated on first start.
        case sqlite(path: String)
        /// A PostgreSQL server, named by a `postgres://` URL.
        case postgres(url: String)

        /// The SQLite file's path; nil for PostgreSQL.
        var sqlitePath: String? {
            if case .sqlite(let path) = self { path } else { nil }
        }
    }

    public var storage: Storage
    /// The folder of keys kept outside the database: the audit trail's signing key and, later, other secrets.
    /// Created on first start with owner-only permissions; every server of one installation shares it.
    public var keyDirectory: String
    /// Seed the demo organization when the database is new.
    public var seedsDemo: Bool
    /// The Bcrypt cost for new password hashes (12 in production; tests use the minimum to run fast).
    public var passwordCost: Int
    public var hostname: String
    /// Create or update the schema on start (and seed and anchor). Commands that only read set it to false: they
    /// open an existing, migrated database or fail, and change nothing.
    public var migrates = true
    public var port: Int
    /// Mark the session and known-device cookies `Secure`, so browsers send them only over HTTPS. On in
    /// production (see ``secureCookies(environment:)``); off lets a development server work over plain HTTP.
    public var secureCookies: Bool
    /// How reminders and notices are e-mailed; nil sends none.
    public var mail: MailSettings?
    /// How the AI gateway treats calls and the services behind it.
    public var gateway = GatewaySettings()
    /// Read the page templates from disk on every request, so a developer sees an edit at once. Off, each template
    /// is read and compiled once, in every environment.
    public var reloadsTemplates = false
    /// How many connections to PostgreSQL each event loop may open, so that the queries of requests in flight go to
    /// the database side by side instead of waiting for one connection in turn. Unused with SQLite.
    public var databaseConnections = StewardSettings.defaultDatabaseConnections

    /// Four connections an event loop: with one, a page's query waits for every query before it to come back.
    public static let defaultDatabaseConnections = 4

    public init(
        storage: Storage, keyDirectory: String? = nil, seedsDemo: Bool = true, passwordCost: Int = 12,
        hostname: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false
    ) {
        self.storage = storage
        self.keyDirectory = keyDirectory ?? Self.defaultKeyDirectory(for: storage)
        self.seedsDemo = seedsDemo
        self.passwordCost = passwordCost
        self.hostname = hostname
        self.port = port
        self.secureCookies = secureCookies
    }

    /// Whether cookies should be `Secure`: `STEWARD_SECURE_COOKIES=1` or `0` when set, else on exactly when
    /// `STEWARD_ENV=production`.
    /// - Throws: ``StewardSettingsError`` when `STEWARD_SECURE_COOKIES` is neither `1` nor `0`.
    public static func secureCookies(environment: [String: String]) throws -> Bool {
        switch environment["STEWARD_SECURE_COOKIES"] {
        case "1": return true
        case "0": return false
        case nil, "": return environment["STEWARD_ENV"] == "production"
        case let other?:
            throw StewardSettingsError(
                message: "STEWARD_SECURE_COOKIES is `\(other)`; set it to 1 (cookies only over HTTPS) or 0, or unset it")
        }
    }

    /// `STEWARD_DATABASE_CONNECTIONS` when set, else ``defaultDatabaseConnections``.
    /// - Throws: ``StewardSettingsError`` when it is not a whole number from 1 to 64.
    public static func databaseConnections(environment: [String: String]) throws -> Int {
        guard let text = environment["STEWARD_DATABASE_CONNECTIONS"], !text.isEmpty else {
            return defaultDatabaseConnections
        }
        guard let count = Int(text), (1...64).contains(count) else {
            throw StewardSettingsError(
                message: "STEWARD_DATABASE_CONNECTIONS is `\(text.prefix(40))`; set it to a whole number from 1 to 64 "
                    + "(connections to PostgreSQL each event loop may open), or unset it for "
                    + "\(defaultDatabaseConnections)")
        }
        return count
    }

    /// The storage named by `DATABASE_URL` when it is set, else the SQLite file at `path`.
    public static func storage(environment: [String: String], sqlitePath path: String) -> Storage {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        return .sqlite(path: path)
    }

    /// Beside the SQLite file (`steward-keys` in its folder); in the working directory for PostgreSQL.
    public static func defaultKeyDirectory(for storage: Storage) -> String {
        switch storage {
        case .sqlite(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            return folder.appendingPathComponent("steward-keys").path
        case .postgres: return "./steward-keys"
        }
    }
}

/// A setting from the environment that cannot be used; the message says which and what to set instead.
public struct StewardSettingsError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public var description: String { message }
}
