/// Where one review step stands. Whether it is overdue is not stored: it follows from its due date and the clock.
public enum StepStatus: String, CaseIterable, Codable, Sendable, Hashable {
    case open
    case done
    /// Set aside with a reason, by a role allowed to waive it.
    case waived

    /// Whether the step still needs doing.
    public var isOpen: Bool { self == .open }
}
