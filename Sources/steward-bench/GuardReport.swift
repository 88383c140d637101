import Foundation

/// The `## DataGuard` section of docs/performance.md.
struct GuardReport {
    var timing: GuardTiming
    var large: GuardTiming
    var peakMemory: Int?
    var accuracy: String
    var corpus: String
    var arguments: [String]

    var markdown: String {
        let memory = peakMemory.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "n/a"
        return """
            ## DataGuard

            Machine: \(GuardReport.machine()). One core, release build.

            Command: `taskset -c 0 swift run -c release steward-bench \(arguments.dropFirst().joined(separator: " "))`

            | figure | DataGuard |
            |---|---|
            | corpus throughput | \(String(format: "%.0f", timing.textsPerSecond)) texts/s, \(String(format: "%.1f", timing.megabytesPerSecond)) MB/s (\(timing.texts) scans of `\(corpus)`) |
            | one \(String(format: "%.1f", Double(large.bytes) / 1_000_000)) MB text | \(String(format: "%.1f", large.megabytesPerSecond)) MB/s (\(String(format: "%.0f", large.seconds * 1000)) ms) |
            | latency per corpus text | p50 \(String(format: "%.1f", timing.p50Microseconds)) µs, p99 \(String(format: "%.1f", timing.p99Microseconds)) µs, max \(String(format: "%.1f", timing.maxMicroseconds)) µs |
            | peak memory (VmHWM) | \(memory) |

            Accuracy (`score.py`, typed any-overlap match):

            \(accuracy)

            """
    }

    /// Replaces the `## DataGuard` section of a Markdown file (up to the next `## `), or appends it.
    func replaceSection(inFile path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Performance\n\n"
        var lines = existing.components(separatedBy: "\n")
        let section = markdown.trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        if let start = lines.firstIndex(of: "## DataGuard") {
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.count
            lines.replaceSubrange(start..<end, with: section + [""])
        } else {
            if lines.last == "" { lines.removeLast() }
            lines += [""] + section + [""]
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    private static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        return "\(cpu), \(cores) cores, \(String(format: "%.0f", memory)) GiB, Linux"
    }
}
