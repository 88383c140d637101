/// The risk tier of a use case (Seed 003, tiered use cases): drafting, public-facing, or analysis and decisions.
public enum Tier: Int, CaseIterable, Codable, Sendable, Hashable, Comparable {
    /// Drafting and internal help.
    case drafting = 1
    /// Public-facing use.
    case publicFacing = 2
    /// Analysis or decisions about people or services.
    case decisions = 3

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
}
