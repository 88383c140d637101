import Analytics
import ArgumentParser

/// `steward-bench bias`: reading and auditing a large generated decision log on one core.
struct BiasBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bias",
        abstract: "Measure Analytics: read a generated decision log from CSV and audit it by three columns."
    )

    @Option(help: "How many decisions the generated log holds.")
    var rows = 1_000_000

    @Option(help: "Timed passes; the best is reported.")
    var passes = 5

    @Option(help: "The seed of the generator, so runs can be repeated.")
    var seed: UInt64 = 144

    @Option(help: "A Markdown file whose `## Analytics` section is replaced with the results.")
    var writeDocs: String?

    func run() throws {
        var generator = SplitMix64(seed: seed)
        let csv = BiasTiming.generateLog(rows: rows, using: &generator)
        let columns = ["sex", "race", "age_band"]
        let selection = try BiasTiming.measure(csv: csv, outcome: .selection(column: "selected"), by: columns, passes)
        let scoring = try BiasTiming.measure(csv: csv, outcome: .score(column: "score"), by: columns, passes)
        let report = BiasReport(
            rows: rows, bytes: csv.count, selection: selection, scoring: scoring, arguments: CommandLine.arguments)
        print(report.markdown)
        if let writeDocs { try BenchDocs.replaceSection("## Analytics", with: report.markdown, inFile: writeDocs) }
    }
}
