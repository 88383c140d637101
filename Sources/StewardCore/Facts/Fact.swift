/// The name of a fact in the vocabulary: the keys of a use case's JSON and of policy-pack conditions.
///
/// This is the single definition every other part speaks (DESIGN.md, "The fact vocabulary").
///
/// ```swift
/// Fact(rawValue: "dataCategories")?.allowedValues  // ["public", "internal", …]
/// ```
public enum Fact: Hashable, Sendable, CaseIterable, RawRepresentable {
    case categories
    case purposes
    case dataCategories
    case tier
    case scope
    case hosting
    case decisionRole
    case flag(BooleanFact)

    /// The shape of a fact's value.
    public enum Kind: String, Sendable {
        /// A set of values from a closed list.
        case set
        /// An ordered number (the tier).
        case ordinal
        /// Exactly one value from a closed list.
        case oneOf = "one-of"
        /// True or false; absent means false.
        case boolean
    }

    public static let allCases: [Fact] =
        [.categories, .purposes, .dataCategories, .tier, .scope, .hosting, .decisionRole]
        + BooleanFact.allCases.map(Fact.flag)

    public init?(rawValue: String) {
        switch rawValue {
        case "categories": self = .categories
        case "purposes": self = .purposes
        case "dataCategories": self = .dataCategories
        case "tier": self = .tier
        case "scope": self = .scope
        case "hosting": self = .hosting
        case "decisionRole": self = .decisionRole
        default:
            guard let flag = BooleanFact(rawValue: rawValue) else { return nil }
            self = .flag(flag)
        }
    }

    public var rawValue: String {
        switch self {
        case .categories: "categories"
        case .purposes: "purposes"
        case .dataCategories: "dataCategories"
        case .tier: "tier"
        case .scope: "scope"
        case .hosting: "hosting"
        case .decisionRole: "decisionRole"
        case .flag(let flag): flag.rawValue
        }
    }

    /// Whether the fact is a set, an ordinal, a one-of choice or a boolean.
    public var kind: Kind {
        switch self {
        case .categories, .purposes, .dataCategories: .set
        case .tier: .ordinal
        case .scope, .hosting, .decisionRole: .oneOf
        case .flag: .boolean
        }
    }

    /// Every value the fact can take, spelled as in JSON and packs.
    public var allowedValues: [String] {
        switch self {
        case .categories: ToolCategory.allCases.map(\.rawValue)
        case .purposes: Purpose.allCases.map(\.rawValue)
        case .dataCategories: DataCategory.allCases.map(\.rawValue)
        case .tier: Tier.allCases.map { String($0.rawValue) }
        case .scope: Scope.allCases.map(\.rawValue)
        case .hosting: Hosting.allCases.map(\.rawValue)
        case .decisionRole: DecisionRole.allCases.map(\.rawValue)
        case .flag: ["true", "false"]
        }
    }
}
