import ArgumentParser
import DataGuard
import Foundation
import StewardCore

/// `steward guard scan`: the findings of one text, or of each line of a JSON Lines file.
struct GuardScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "List the personal data and PHI in a text.",
        discussion: """
            With --jsonl, each input line {"id": …, "text": …} gives one output line \
            {"id": …, "findings": [{"type", "start", "end", "confidence"}]}, in order; offsets count Unicode \
            scalars. A line that cannot be read gives {"line": N, "error": …} and the run goes on; the exit \
            status is then 1. Lines are scanned on --workers threads at once (one per processor unless given); \
            the output is the same for any number.
            """
    )

    @Flag(help: "Print the findings as JSON.")
    var json = false

    @Flag(help: "Read JSON Lines, one {\"id\", \"text\"} object a line, and write one findings line each.")
    var jsonl = false

    @Option(help: "With --jsonl, how many threads scan lines at once (default: one per processor).")
    var workers: Int?

    @Argument(help: "The file to read, or - for standard input.")
    var file = "-"

    func validate() throws {
        guard let workers else { return }
        guard jsonl else { throw ValidationError("--workers applies to --jsonl only.") }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1, not \(workers).") }
    }

    func run() throws {
        let scanner = GuardScanner()
        if jsonl { return try scanLines(with: scanner) }
        let text = try GuardInput.text(file)
        let findings = scanner.scan(text)
        if json {
            let categories = GuardScanner.categories(of: [text], findings: [findings]).map(\.rawValue).sorted()
            let categoryList = "[" + categories.map(FindingsJSON.quoted).joined(separator: ", ") + "]"
            print("{\"findings\": \(FindingsJSON.array(findings)), \"categories\": \(categoryList)}")
        } else {
            print(GuardTable.render(findings, in: text))
        }
    }

    /// Reads the input in large chunks and writes the output lines in large blocks: JSON reading and
    /// writing (``JSONLinesScan``) cost less than the scans themselves, which share the processors.
    private func scanLines(with scanner: GuardScanner) throws {
        var batch = JSONLinesScan(scanner: scanner, workers: workers ?? ProcessInfo.processInfo.activeProcessorCount)
        var output: [UInt8] = []
        output.reserveCapacity(GuardInput.chunkSize)
        let standardOutput = FileHandle.standardOutput
        try GuardInput.forEachChunk(file) { chunk in
            batch.consume(chunk, into: &output)
            if output.count >= GuardInput.chunkSize {
                standardOutput.write(Data(output))
                output.removeAll(keepingCapacity: true)
            }
        }
        batch.finish(into: &output)
        standardOutput.write(Data(output))
        if batch.failures > 0 { throw ExitCode.failure }
    }
}
