import ArgumentParser
import StewardServer

/// `steward backup [--database PATH] [--key-directory DIR] FOLDER`: a consistent copy of a running SQLite
/// installation.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite database (safely, even while Steward runs) and the key directory into a folder.",
        discussion: """
            The folder must be new or empty. It receives steward.sqlite, keys/ (owner-only permissions) and \
            manifest.json. For PostgreSQL, see "Backup and restore" in README.md.
            """)

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Argument(help: "The new or empty folder to write the backup into.")
    var folder: String

    func run() async throws {
        let settings = database.settings()
        let manifest = try await StewardRunner.withApplication(settings) { app in
            try await StewardRunner.backup(in: app, settings: settings, to: folder)
        }
        print("Backed up \(manifest) into \(folder).")
        if !manifest.hasKeys {
            print("Note: \(settings.keyDirectory) did not exist, so the backup holds no keys.")
        }
    }
}
