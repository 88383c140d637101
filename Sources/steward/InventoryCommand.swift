import ArgumentParser
import Foundation
import StewardServer

/// The formats an inventory is exchanged in.
enum InventoryFormat: String, ExpressibleByArgument, CaseIterable {
    /// The US federal AI use-case inventory as OMB collected it in 2025: 36 columns, then Steward's own.
    case omb2025 = "omb-2025"
}

struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory", abstract: "Import and export the AI inventory in the US federal format.",
        subcommands: [InventoryExportCommand.self, InventoryImportCommand.self])
}

struct InventoryExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every use the organization may report as a federal inventory file, to standard output.",
        discussion: """
            Each imported use is written with its federal record as it was imported, then each use the public \
            inventory lists (in pilot or approved) is described from its records. Steward's own columns \
            (union_notice_date, bargaining_status, affected_units, affected_classifications) follow the 36 \
            federal ones. UTF-8 with a byte-order mark. Opens an existing, migrated database and changes nothing.
            """)

    @ArgumentParser.Option(name: .long, help: "The file format: omb-2025.")
    var format: InventoryFormat

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        var settings = database.settings()
        settings.migrates = false
        let text = try await StewardRunner.withApplication(settings) { app in
            try await StewardRunner.exportFederalInventory(in: app)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

struct InventoryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a federal inventory file: each readable row becomes a use in review.",
        discussion: """
            Each use is placed in a unit named after its agency and is a use of a tool named after it, both created \
            when missing; it is in review, never approved, whatever stage the agency reported, and keeps its federal \
            record whole. Each row that cannot be read is reported by line and column and the rest imported; the \
            command then exits non-zero. A file is imported once.
            """)

    @ArgumentParser.Option(name: .long, help: "The file format: omb-2025.")
    var format: InventoryFormat

    @ArgumentParser.Argument(help: "The CSV file to import.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let settings = database.settings()
        try await importFile(file) { bytes, name in
            try await StewardRunner.withApplication(settings) { app in
                try await StewardRunner.importFederalInventory(in: app, bytes: bytes, fileName: name)
            }
        }
    }
}
