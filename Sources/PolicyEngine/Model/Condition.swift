import StewardCore

/// When a rule applies: tests of single facts combined with `all`, `any` and `not`.
public indirect enum Condition: Hashable, Sendable {
    /// Always true; a rule without `when` applies to every use case.
    case always
    /// A test of one fact.
    case test(FactTest)
    /// True when every part is true.
    case all([Condition])
    /// True when at least one part is true.
    case any([Condition])
    /// True when the part is false.
    case not(Condition)
}

/// A test of one fact of a use case.
public enum FactTest: Hashable, Sendable {
    /// A set fact shares at least one of the values, or a one-of fact is one of them. Values are spelled as in the
    /// vocabulary and kept in its order.
    case matches(Fact, [String])
    /// The tier compares to a number (`tier >= 2`).
    case tier(Comparison, Int)
    /// A boolean fact has this value; an absent fact is `false`.
    case flag(BooleanFact, Bool)

    /// The fact the test reads.
    public var fact: Fact {
        switch self {
        case .matches(let fact, _): fact
        case .tier: .tier
        case .flag(let flag, _): .flag(flag)
        }
    }
}

/// How a tier is compared with a number.
public enum Comparison: String, Hashable, Sendable, CaseIterable {
    /// Equal to the number.
    case equal = "=="
    /// Not equal to the number.
    case notEqual = "!="
    /// Below the number.
    case less = "<"
    /// At most the number.
    case lessOrEqual = "<="
    /// Above the number.
    case greater = ">"
    /// At least the number.
    case greaterOrEqual = ">="

    /// Whether `value` stands in this relation to `bound`.
    public func holds(_ value: Int, _ bound: Int) -> Bool {
        switch self {
        case .equal: value == bound
        case .notEqual: value != bound
        case .less: value < bound
        case .lessOrEqual: value <= bound
        case .greater: value > bound
        case .greaterOrEqual: value >= bound
        }
    }
}
