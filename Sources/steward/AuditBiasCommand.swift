import Analytics
import ArgumentParser
import Foundation

/// `steward audit bias`: selection rates and impact ratios of a tool's decisions, by category and intersection.
struct AuditBiasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bias",
        abstract: "Audit a decision log for bias: selection rates and impact ratios by category and intersection.",
        discussion: """
            FILE is a CSV log with a header row, one decision a row. With --outcome, a row is selected when the \
            column says 1, true, yes or selected (in any case); with --score, when its score is above the median. \
            Each group of each --by column, and of their intersection, gets its rate and its impact ratio against \
            the most selected group; ratios under 0.8 are flagged, and groups under 2 % of the rows are left out \
            of the ratios (New York City's bias-audit rules, 6 RCNY §§ 5-300 to 5-304). An empty category value \
            is unknown and counted apart.
            """)

    @Argument(help: "The decision log (CSV), or - for standard input.")
    var file: String

    @Option(help: "The column saying whether each person was selected.")
    var outcome: String?

    @Option(help: "A column of scores, compared with their median (instead of --outcome).")
    var score: String?

    @Option(help: "The category columns, separated by commas (such as sex,race).")
    var by: String

    @Flag(help: "Print the audit as JSON.")
    var json = false

    func validate() throws {
        guard (outcome == nil) != (score == nil) else {
            throw ValidationError("name the outcome with either --outcome COLUMN or --score COLUMN")
        }
        guard !columns.isEmpty else { throw ValidationError("name at least one category column: --by sex,race") }
    }

    /// The category columns of --by.
    private var columns: [String] {
        by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let kind: DecisionLog.Outcome = outcome.map { .selection(column: $0) } ?? .score(column: score ?? "")
        let csv = try bytes()
        let audit: BiasAudit
        do {
            audit = try DecisionLog(csv: csv, outcome: kind, categories: columns).audit()
        } catch {
            FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
            throw ExitCode.failure
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(audit), as: UTF8.self))
        } else {
            print(BiasAuditTable.render(audit))
        }
    }

    private func bytes() throws -> [UInt8] {
        if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("\(file): cannot be read\n".utf8))
            throw ExitCode.failure
        }
        return [UInt8](data)
    }
}
