import ArgumentParser
import PolicyEngine

/// `steward policy diff OLD NEW [--cases DIR]`: what changed between two versions of a pack.
struct PolicyDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "List rules added, removed and changed between two versions of a pack, and use cases decided differently."
    )

    @Argument(help: "The old version of the pack.")
    var old: String

    @Argument(help: "The new version of the pack.")
    var new: String

    @Option(help: "A folder of use-case JSON files to decide with both versions.")
    var cases: String?

    func run() throws {
        let useCases = try cases.map(PolicyFiles.useCases(inFolder:)) ?? []
        let diff = PackDiff(from: try PolicyFiles.pack(old), to: try PolicyFiles.pack(new), cases: useCases)
        print(PolicyText.render(diff))
    }
}
