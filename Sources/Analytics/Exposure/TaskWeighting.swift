/// How a classification's tasks are weighted when its exposure is computed.
public enum TaskWeighting: String, CaseIterable, Hashable, Sendable, Codable {
    /// Every rated task counts the same.
    case equal
    /// Core tasks count twice, supplemental and unrated tasks once: the weighting of the paper's occupation scores
    /// (Eloundou et al., §3.3, and the `occ_level.csv` they publish).
    case core
    /// Each task counts by the classification's own share of time spent on it; tasks without a share count for
    /// nothing.
    case timeShare

    /// The weight of one task under this weighting.
    public func weight(of task: JobTask) -> Double {
        switch self {
        case .equal: 1
        case .core: task.type == .core ? 2 : 1
        case .timeShare: task.timeShare ?? 0
        }
    }
}
