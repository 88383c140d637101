/// Whether O*NET counts a task as core to an occupation (O*NET's task ratings of relevance and importance).
public enum TaskType: String, CaseIterable, Hashable, Sendable, Codable {
    /// Core: relevant and important to the occupation.
    case core = "Core"
    /// Supplemental: less relevant or less important.
    case supplemental = "Supplemental"
    /// Not rated by O*NET (a blank task type in the labels file).
    case unrated = ""
}
