import ArgumentParser
import Foundation
import StewardServer

/// `steward scale-seed`: an organization's worth of numbered records, to measure Steward at scale.
struct ScaleSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale-seed",
        abstract: "Add an organization's worth of numbered records to a database, to measure Steward at scale.",
        discussion: """
            Adds units, people (each with the demo password), tools along their lifecycle, use cases with the \
            review steps their decisions require, and audit events on a valid, signed chain, to a database that \
            holds an organization (a new database gets the demo organization first). The same counts make the same \
            records. For benchmarks (scripts/scale-bench.sh), never for a real installation.
            """)

    @ArgumentParser.Option(help: "Bargaining units to add.") var units = 20
    @ArgumentParser.Option(help: "People to add.") var people = 2_000
    @ArgumentParser.Option(help: "Tools to add.") var tools = 10_000
    @ArgumentParser.Option(help: "Use cases per tool.") var usesPerTool = 5
    @ArgumentParser.Option(help: "Audit events to add.") var events = 500_000

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        for (name, value) in [("units", units), ("people", people), ("tools", tools), ("events", events)] where value < 0 {
            throw ValidationError("--\(name) cannot be negative")
        }
        guard (1...50).contains(usesPerTool) else { throw ValidationError("--uses-per-tool takes 1 to 50") }
    }

    func run() async throws {
        let (units, people, tools, usesPerTool, events) = (units, people, tools, usesPerTool, events)
        let summary = try await StewardRunner.withApplication(database.settings(seedsDemo: true)) { app in
            try await StewardRunner.seedAtScale(
                in: app, units: units, people: people, tools: tools, usesPerTool: usesPerTool, events: events)
        }
        print(summary)
    }
}
