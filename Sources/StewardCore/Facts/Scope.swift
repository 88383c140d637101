/// How widely a use case is deployed; enterprise-wide use triggers a privacy impact assessment (Seed 000,
/// "AI Auditing").
public enum Scope: String, CaseIterable, Codable, Sendable, Hashable {
    case individual
    case department
    case enterprise
}

/// Where a tool runs.
public enum Hosting: String, CaseIterable, Codable, Sendable, Hashable {
    case onPremises = "on-premises"
    case privateCloud = "private-cloud"
    case publicCloud = "public-cloud"
}

/// What part a tool plays in a decision about a person.
public enum DecisionRole: String, CaseIterable, Codable, Sendable, Hashable {
    /// The tool plays no part in decisions.
    case none
    /// The tool advises; a person decides.
    case advisory
    /// The tool decides.
    case determinative
}
