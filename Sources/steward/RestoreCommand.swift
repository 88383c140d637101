import ArgumentParser
import StewardServer

/// `steward restore [--database PATH] [--key-directory DIR] [--force] FOLDER`: puts a backup back.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup made by `steward backup` back: the SQLite database and the key directory.",
        discussion: """
            Every file is checked against the backup's manifest first. An existing database or key directory is \
            left alone unless --force is given. Stop Steward before restoring over its database.
            """)

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Flag(name: .long, help: "Replace an existing database and key directory.")
    var force = false

    @ArgumentParser.Argument(help: "The folder `steward backup` wrote.")
    var folder: String

    func run() async throws {
        let settings = database.settings()
        let manifest = try StewardRunner.restore(settings, from: folder, force: force)
        print("Restored the backup of \(manifest).")
        print("Database: \(database.database)")
        print(manifest.hasKeys ? "Key directory: \(settings.keyDirectory)" : "The backup held no key directory.")
    }
}
