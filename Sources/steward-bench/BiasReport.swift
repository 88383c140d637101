import Foundation

/// The `## Analytics` section of docs/performance.md.
struct BiasReport {
    let rows: Int
    let bytes: Int
    let selection: BiasTiming.Run
    let scoring: BiasTiming.Run
    let arguments: [String]

    var markdown: String {
        func row(_ name: String, _ run: BiasTiming.Run) -> String {
            let speed = Double(bytes) / 1_000_000 / run.readSeconds
            return "| \(name) | \(ms(run.readSeconds)) (\(String(format: "%.0f", speed)) MB/s) | "
                + "\(ms(run.auditSeconds)) | \(ms(run.totalSeconds)) | \(run.groups) (\(run.flagged) flagged) |"
        }
        let megabytes = String(format: "%.1f", Double(bytes) / 1_000_000)
        return """
            ## Analytics

            A bias audit of a generated decision log of \(rows.formatted()) rows (\(megabytes) MB of CSV with CRLF line
            ends and some quoted fields: an id, `sex`, `race`, `age_band`, a `selected` outcome in several spellings
            and a `score`), by the three category columns and their intersection. Reading is
            `DecisionLog(csv:outcome:categories:)` from the bytes in memory: parsing, checking every row's width and
            numbering each column's values. Auditing is `audit()`: counts, rates, ratios and flags for every group,
            after the median for scores. One thread, release build, best of the passes.

            | outcome | read | audit | total | groups |
            |---|---|---|---|---|
            \(row("selected or not", selection))
            \(row("score above the median", scoring))

            Machine: \(BenchDocs.machine()); load average \(BenchDocs.loadAverage()) when measured (other builds shared
            the machine). Command, from the repository root:

            ```
            swift build -c release --product steward-bench --scratch-path .build-bench
            taskset -c 0 .build-bench/release/steward-bench \(arguments.dropFirst().joined(separator: " "))
            ```
            """
    }

    private func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
}
