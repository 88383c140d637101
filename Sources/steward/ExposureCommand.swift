import ArgumentParser
import Foundation
import StewardServer

struct ExposureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exposure", abstract: "Job impact: import the published task labels of \"GPTs are GPTs\".",
        subcommands: [ExposureImportCommand.self])
}

struct ExposureImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the task labels file (full_labelset.tsv) published with \"GPTs are GPTs\".",
        discussion: """
            Download full_labelset.tsv from the authors' repository (github.com/openai/GPTs-are-GPTs, MIT licence; \
            its task texts are O*NET 27.2 content, CC BY 4.0). Importing replaces the labels imported before; the \
            classifications' O*NET occupations and local ratings stay. A file that cannot be read imports nothing \
            and the command names the line and column, then exits non-zero.
            """)

    @ArgumentParser.Argument(help: "The labels file (tab-separated).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let settings = database.settings()
        try await importFile(file) { bytes, name in
            try await StewardRunner.withApplication(settings) { app in
                try await StewardRunner.importExposureLabels(in: app, bytes: bytes, fileName: name)
            }
        }
    }
}
