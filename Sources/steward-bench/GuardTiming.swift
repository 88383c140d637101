import DataGuard
import Foundation

/// Timings of DataGuard over a set of texts, on the calling thread.
struct GuardTiming {
    var texts = 0
    var bytes = 0
    var seconds = 0.0
    /// How many times the texts were scanned; `seconds` is then the fastest time.
    var passes = 1
    var p50Microseconds = 0.0
    var p99Microseconds = 0.0
    /// How many findings the timed scans returned (kept so that the work cannot be optimized away).
    var findings = 0

    var textsPerSecond: Double { Double(texts) / seconds }
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }

    /// Scans every text `passes` times as a whole pass, for throughput (the fastest pass: the others lose time to
    /// whatever else the machine runs), then `passes` times more, timing each scan, for the latencies. The two are
    /// apart because reading the clock twice a text costs a share of a short text's scan.
    static func measure(scanner: GuardScanner, texts: [String], passes: Int) -> GuardTiming {
        var timing = GuardTiming(texts: texts.count, bytes: texts.reduce(0) { $0 + $1.utf8.count }, seconds: .infinity)
        timing.passes = max(passes, 1)
        let clock = ContinuousClock()
        for _ in 0..<timing.passes {
            let start = clock.now
            for text in texts { timing.findings += scanner.scan(text).count }
            timing.seconds = min(timing.seconds, seconds(clock.now - start))
        }
        var latencies: [Double] = []
        latencies.reserveCapacity(texts.count * timing.passes)
        for _ in 0..<timing.passes {
            for text in texts {
                let start = clock.now
                timing.findings += scanner.scan(text).count
                latencies.append(seconds(clock.now - start) * 1_000_000)
            }
        }
        latencies.sort()
        timing.p50Microseconds = latencies[latencies.count / 2]
        timing.p99Microseconds = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        return timing
    }

    /// Scans one text of about `megabytes` MB made of the corpus texts, best of three.
    static func measureLarge(scanner: GuardScanner, texts: [String], megabytes: Int) -> GuardTiming {
        var large = ""
        let target = megabytes * 1_000_000
        while large.utf8.count < target, !texts.isEmpty {
            for text in texts where large.utf8.count < target { large += text + "\n\n" }
        }
        var best = GuardTiming(texts: 1, bytes: large.utf8.count, seconds: .infinity)
        let clock = ContinuousClock()
        for _ in 0..<3 {
            let start = clock.now
            best.findings = scanner.scan(large).count
            best.seconds = min(best.seconds, seconds(clock.now - start))
        }
        return best
    }

    /// Runs the batch path of `steward guard scan --jsonl` (``JSONLinesScan``, on `workers` threads) over the corpus
    /// file's bytes repeated to about `megabytes` MB, in chunks of 4 MB as the command reads them, best of three; JSON
    /// reading and writing are timed with the scans.
    static func measureBatch(scanner: GuardScanner, corpus: [UInt8], megabytes: Int, workers: Int) -> GuardTiming {
        var input: [UInt8] = []
        while input.count < megabytes * 1_000_000, !corpus.isEmpty { input += corpus }
        var best = GuardTiming(texts: 0, bytes: input.count, seconds: .infinity)
        let clock = ContinuousClock()
        for _ in 0..<3 {
            let start = clock.now
            var batch = JSONLinesScan(scanner: scanner, workers: workers)
            var output: [UInt8] = []
            input.withUnsafeBufferPointer { bytes in
                for chunk in stride(from: 0, to: bytes.count, by: 4 << 20) {
                    batch.consume(UnsafeBufferPointer(rebasing: bytes[chunk..<min(bytes.count, chunk + (4 << 20))]),
                        into: &output)
                }
            }
            batch.finish(into: &output)
            best.seconds = min(best.seconds, seconds(clock.now - start))
            best.texts = batch.lineNumber
            best.findings = output.count
        }
        return best
    }

    /// The peak resident set size of this process (VmHWM), in KiB, or nil where /proc is missing.
    static func peakMemoryKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
