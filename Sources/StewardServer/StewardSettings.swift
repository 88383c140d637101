import Foundation

/// How a Steward server is set up: where it stores data, whether it seeds the demo organization, where it listens.
public struct StewardSettings: Sendable {
    /// Where the data lives.
    public enum Storage: Sendable, Equatable {
        /// An SQLite file, created and migrated on first start.
        case sqlite(path: String)
        /// A PostgreSQL server, named by a `postgres://` URL.
        case postgres(url: String)
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

    public init(
        storage: Storage, keyDirectory: String? = nil, seedsDemo: Bool = true, passwordCost: Int = 12,
        hostname: String = "127.0.0.1", port: Int = 8080
    ) {
        self.storage = storage
        self.keyDirectory = keyDirectory ?? Self.defaultKeyDirectory(for: storage)
        self.seedsDemo = seedsDemo
        self.passwordCost = passwordCost
        self.hostname = hostname
        self.port = port
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
