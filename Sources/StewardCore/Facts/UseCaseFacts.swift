/// The facts that describe a use case: what a tool is used for, on which data, how widely and how decisions are made.
///
/// Forms, policy packs, the API and the gateway all speak this one vocabulary. In JSON the set facts and booleans may
/// be left out (an empty set, `false`); `tier`, `scope`, `hosting` and `decisionRole` are required.
///
/// ```swift
/// let facts = try JSONDecoder().decode(UseCaseFacts.self, from: Data(#"{"purposes": ["drafting"], "tier": 1,
///     "scope": "individual", "hosting": "public-cloud", "decisionRole": "none"}"#.utf8))
/// facts[.humanReview]  // false
/// ```
public struct UseCaseFacts: Hashable, Sendable {
    public var categories: Set<ToolCategory>
    public var purposes: Set<Purpose>
    public var dataCategories: Set<DataCategory>
    public var tier: Tier
    public var scope: Scope
    public var hosting: Hosting
    public var decisionRole: DecisionRole
    /// The boolean facts that are true.
    public var flags: Set<BooleanFact>

    public init(
        categories: Set<ToolCategory> = [], purposes: Set<Purpose> = [], dataCategories: Set<DataCategory> = [],
        tier: Tier, scope: Scope, hosting: Hosting, decisionRole: DecisionRole = .none, flags: Set<BooleanFact> = []
    ) {
        self.categories = categories
        self.purposes = purposes
        self.dataCategories = dataCategories
        self.tier = tier
        self.scope = scope
        self.hosting = hosting
        self.decisionRole = decisionRole
        self.flags = flags
    }

    /// Whether a boolean fact is true; setting it adds or removes it from ``flags``.
    public subscript(flag: BooleanFact) -> Bool {
        get { flags.contains(flag) }
        set { if newValue { flags.insert(flag) } else { flags.remove(flag) } }
    }
}
