import Foundation

/// Writing results into docs/performance.md, and describing the machine they were measured on.
enum BenchDocs {
    /// Replaces a section of a Markdown file (from its heading up to the next `## `), or appends it.
    static func replaceSection(_ heading: String, with markdown: String, inFile path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Performance\n\n"
        var lines = existing.components(separatedBy: "\n")
        let section = markdown.trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        if let start = lines.firstIndex(of: heading) {
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.count
            lines.replaceSubrange(start..<end, with: section + [""])
        } else {
            if lines.last == "" { lines.removeLast() }
            lines += [""] + section + [""]
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The one-minute load average, from /proc/loadavg.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.map(String.init) ?? "unknown"
    }

    /// CPU model, cores and memory.
    static func machine() -> String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        return "\(cpu), \(cores) cores, \(String(format: "%.0f", memory)) GiB, Linux"
    }
}
