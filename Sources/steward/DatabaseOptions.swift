import ArgumentParser
import Foundation
import StewardServer

/// Where the data lives: `--database PATH` for SQLite, overridden by `DATABASE_URL` for PostgreSQL.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: "The SQLite file (created on first start). DATABASE_URL overrides it.")
    var database: String = "./steward.sqlite"

    var storage: StewardSettings.Storage {
        StewardSettings.storage(environment: ProcessInfo.processInfo.environment, sqlitePath: database)
    }
}
