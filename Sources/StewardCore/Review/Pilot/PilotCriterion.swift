/// What a pilot is evaluated for (Seed 002, "Pilot Programs": efficiency, cost effectiveness, accuracy, and impact on
/// the working conditions of bargaining-unit members).
public enum PilotCriterion: String, CaseIterable, Codable, Sendable, Hashable {
    case efficiency
    case costEffectiveness = "cost-effectiveness"
    case accuracy
    case workingConditions = "working-conditions"

    public var title: String {
        switch self {
        case .efficiency: "Efficiency"
        case .costEffectiveness: "Cost effectiveness"
        case .accuracy: "Accuracy"
        case .workingConditions: "Impact on working conditions"
        }
    }
}

/// What a joint evaluation decides for the tool.
public enum PilotOutcome: String, CaseIterable, Codable, Sendable, Hashable {
    /// Put it into use: the pilot step is done and the officer may approve the use.
    case adopt
    /// Run the pilot longer, to a new end day, and evaluate again.
    case extend
    /// End the pilot: the use is denied.
    case stop

    public var title: String {
        switch self {
        case .adopt: "Adopt"
        case .extend: "Extend the pilot"
        case .stop: "Stop"
        }
    }
}
