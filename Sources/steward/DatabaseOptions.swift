import ArgumentParser
import Foundation
import StewardServer

/// Where the data lives: `--database PATH` for SQLite, overridden by `DATABASE_URL` for PostgreSQL.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: "The SQLite file (created on first start). DATABASE_URL overrides it.")
    var database: String = "./steward.sqlite"

    @ArgumentParser.Option(
        name: .long,
        help: "The folder of keys kept outside the database (STEWARD_KEY_DIRECTORY). Default: steward-keys beside the SQLite file.")
    var keyDirectory: String?

    /// The key directory named by the option, else by `STEWARD_KEY_DIRECTORY`, else the default for the storage.
    var keys: String {
        keyDirectory ?? ProcessInfo.processInfo.environment["STEWARD_KEY_DIRECTORY"]
            ?? StewardSettings.defaultKeyDirectory(for: storage)
    }

    var storage: StewardSettings.Storage {
        StewardSettings.storage(environment: ProcessInfo.processInfo.environment, sqlitePath: database)
    }

    /// Settings for a command on this database and key directory; only `serve` seeds the demo organization.
    func settings(seedsDemo: Bool = false) -> StewardSettings {
        StewardSettings(storage: storage, keyDirectory: keys, seedsDemo: seedsDemo)
    }
}
