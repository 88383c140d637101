import Foundation

/// The `## DataGuard` section of docs/performance.md.
struct GuardReport {
    var timing: GuardTiming
    var large: GuardTiming
    var batch: GuardTiming
    var batchWorkers: Int
    var peakMemory: Int?
    var accuracy: String
    var corpus: String
    var arguments: [String]

    var markdown: String {
        let memory = peakMemory.map { String(format: "%.0f MiB", Double($0) / 1024) } ?? "n/a"
        let texts = String(format: "%.0f texts/s, %.1f MB/s", timing.textsPerSecond, timing.megabytesPerSecond)
        let largeSize = String(format: "%.0f MB", Double(large.bytes) / 1_000_000)
        let largeSpeed = String(format: "%.1f MB/s (%.0f ms)", large.megabytesPerSecond, large.seconds * 1000)
        let batchSize = String(format: "%.1f MB", Double(batch.bytes) / 1_000_000)
        let batchSpeed = String(format: "%.1f MB/s (%.0f ms)", batch.megabytesPerSecond, batch.seconds * 1000)
        let batchThreads = batchWorkers == 1 ? "" : ", on \(batchWorkers) threads"
        let latency = String(format: "p50 %.1f µs, p99 %.1f µs", timing.p50Microseconds, timing.p99Microseconds)
        return """
            ## DataGuard

            Scanning for personal data and PHI on one core, release build: the fastest of \(timing.passes) passes over
            the \(timing.texts) texts of `\(corpus)` (every text scanned once before timing; the latencies are those of
            every scan), then one text of \(largeSize) made of those
            texts, then the JSON Lines batch path of `steward guard scan --jsonl` (`JSONLinesScan`: reading each
            line, scanning its text, writing its findings) over the corpus file repeated to that size, in 4 MB
            chunks. Accuracy is `score.py`'s (typed any-overlap match). Presidio's figures are the corpus
            README's, measured on this kind of machine.

            | figure | DataGuard | Presidio 2.2.366 |
            |---|---|---|
            | corpus throughput | \(texts) | 21.5 texts/s, 0.012 MB/s |
            | one \(largeSize) text | \(largeSpeed) | |
            | JSON Lines batch, \(batchSize) of corpus lines read, scanned and written\(batchThreads) | \(batchSpeed) \
            | |
            | latency per corpus text | \(latency) | p50 38.6 ms, p99 143.5 ms |
            | peak memory (VmHWM) | \(memory) | 296 MiB |

            \(accuracy)

            The rules were refined on this corpus's error categories (which kinds of span were missed or
            wrongly found, never its strings), so these scores flatter DataGuard: texts from another
            source, which it will also be scored on, will find it less perfect.

            Machine: \(BenchDocs.machine()); load average \(BenchDocs.loadAverage()) when measured (other work
            shared the second core). Command, from the repository root:

            ```
            swift build -c release --product steward-bench --scratch-path .build-bench
            taskset -c 0 .build-bench/release/steward-bench \(arguments.dropFirst().joined(separator: " "))
            ```

            """
    }
}
