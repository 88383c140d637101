/// The verdict on a use case, ordered from least to most protective.
public enum Outcome: String, Hashable, Sendable, Comparable, CaseIterable, Codable {
    /// No rule forbids the use case or attaches an obligation to it.
    case allowed
    /// The use case may go ahead once its obligations are met.
    case conditional
    /// At least one rule forbids the use case.
    case prohibited

    private var rank: Int {
        switch self {
        case .allowed: 0
        case .conditional: 1
        case .prohibited: 2
        }
    }

    /// Whether one outcome is less protective than another.
    public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.rank < rhs.rank }
}
