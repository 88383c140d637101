import ArgumentParser
import DataGuard
import Foundation

/// `steward-bench guard`: DataGuard's speed and accuracy on the PII/PHI corpus, on one core.
struct GuardBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guard",
        abstract: "Measure DataGuard: throughput, latency, memory, and accuracy with the corpus's scorer."
    )

    @Option(help: "The corpus, one {\"id\", \"text\", …} object a line.")
    var corpus = "../shared/bench/pii/corpus.jsonl"

    @Option(help: "The scorer to run on the findings (skipped if the file is missing).")
    var scorer = "../shared/bench/pii/score.py"

    @Option(help: "Where to write the findings, one line a text, as `steward guard scan --jsonl` does.")
    var findings = ".build/guard-findings.jsonl"

    @Option(help: "Timed passes over the corpus.")
    var passes = 5

    @Option(help: "Size in MB of the single large text.")
    var largeMegabytes = 10

    @Option(help: "Threads for the JSON Lines batch path (`JSONLinesScan`'s workers); 1 measures one core.")
    var batchWorkers = 1

    @Option(help: "A Markdown file whose `## DataGuard` section is replaced with the results.")
    var writeDocs: String?

    func validate() throws {
        guard batchWorkers >= 1 else {
            throw ValidationError("--batch-workers must be at least 1, not \(batchWorkers).")
        }
    }

    func run() throws {
        let requests = try readCorpus()
        let scanner = GuardScanner()
        let lines = requests.map { FindingsJSON.line(idJSON: $0.idJSON, findings: scanner.scan($0.text)) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: findings, atomically: true, encoding: .utf8)

        let timing = GuardTiming.measure(scanner: scanner, texts: requests.map(\.text), passes: passes)
        let large = GuardTiming.measureLarge(scanner: scanner, texts: requests.map(\.text), megabytes: largeMegabytes)
        let corpusBytes = Array(try Data(contentsOf: URL(fileURLWithPath: corpus)))
        let batch = GuardTiming.measureBatch(
            scanner: scanner, corpus: corpusBytes, megabytes: largeMegabytes, workers: batchWorkers)
        let accuracy = FileManager.default.fileExists(atPath: scorer) ? try score() : "(scorer not found)"
        let report = GuardReport(
            timing: timing, large: large, batch: batch, batchWorkers: batchWorkers,
            peakMemory: GuardTiming.peakMemoryKiB(), accuracy: accuracy, corpus: corpus,
            arguments: CommandLine.arguments)
        print(report.markdown)
        if let writeDocs { try BenchDocs.replaceSection("## DataGuard", with: report.markdown, inFile: writeDocs) }
    }

    private func readCorpus() throws -> [ScanRequest] {
        let text = try String(contentsOfFile: corpus, encoding: .utf8)
        var requests: [ScanRequest] = []
        for (n, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
            do {
                requests.append(try ScanRequest(jsonLine: String(line)))
            } catch {
                throw ValidationError("\(corpus):\(n + 1): \(error.message)")
            }
        }
        return requests
    }

    private func score() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, corpus, findings]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
