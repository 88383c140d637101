import Foundation
import NIOCore

/// The processors this process may run on, as `taskset` or a container's CPU set allows, where the system says.
public enum ProcessorAffinity {
    /// How many processors the process may run on, from Linux's `Cpus_allowed_list` (such as `0`, `0-3` or
    /// `0,2-3`); nil where the system does not say.
    static var count: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
        else { return nil }
        return count(inList: line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces))
    }

    /// How many processors a list such as `0,2-3` names; nil for text that is not such a list.
    static func count(inList list: String) -> Int? {
        var total = 0
        for range in list.split(separator: ",") {
            let bounds = range.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            switch bounds.count {
            case 1 where bounds[0] != nil: total += 1
            case 2:
                guard let low = bounds[0], let high = bounds[1], low <= high else { return nil }
                total += high - low + 1
            default: return nil
            }
        }
        return total > 0 ? total : nil
    }

    /// Runs one event loop per processor the process may use: SwiftNIO counts the machine's (or the container's),
    /// so a server pinned to fewer would switch between more threads than it has processors to run them.
    public static func sizeEventLoops() {
        if let count, count < System.coreCount { NIOSingletons.groupLoopCountSuggestion = count }
    }
}
