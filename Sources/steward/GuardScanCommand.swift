import ArgumentParser
import DataGuard
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
            status is then 1.
            """
    )

    @Flag(help: "Print the findings as JSON.")
    var json = false

    @Flag(help: "Read JSON Lines, one {\"id\", \"text\"} object a line, and write one findings line each.")
    var jsonl = false

    @Argument(help: "The file to read, or - for standard input.")
    var file = "-"

    func run() throws {
        let scanner = GuardScanner()
        if jsonl { return try scanLines(with: scanner) }
        let text = try GuardInput.text(file)
        let findings = scanner.scan(text)
        if json {
            let categories = Set(findings.map(\.type.dataCategory)).map(\.rawValue).sorted()
            let categoryList = "[" + categories.map(FindingsJSON.quoted).joined(separator: ", ") + "]"
            print("{\"findings\": \(FindingsJSON.array(findings)), \"categories\": \(categoryList)}")
        } else {
            print(GuardTable.render(findings, in: text))
        }
    }

    private func scanLines(with scanner: GuardScanner) throws {
        var failures = 0
        try GuardInput.forEachLine(file) { number, line in
            guard !line.allSatisfy(\.isWhitespace) else { return }
            do throws(GuardError) {
                let request = try ScanRequest(jsonLine: line)
                print(FindingsJSON.line(idJSON: request.idJSON, findings: scanner.scan(request.text)))
            } catch {
                failures += 1
                print(FindingsJSON.errorLine(lineNumber: number, error: error))
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
