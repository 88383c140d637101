import StewardCore

/// What changed between two versions of a pack: rules added, removed and changed, and which of a set of use cases
/// are decided differently.
///
/// ```swift
/// let diff = PackDiff(from: old, to: new, cases: [("chatbot", chatbotFacts)])
/// diff.added.map(\.id)         // ["no-voice-cloning"]
/// diff.cases.first?.after      // .prohibited
/// ```
public struct PackDiff: Hashable, Sendable {
    /// A rule present in both versions whose content differs.
    public struct RuleChange: Hashable, Sendable {
        /// The rule as the old version has it.
        public let old: Rule
        /// The rule as the new version has it.
        public let new: Rule
        /// Which parts differ: `condition`, `effect`, `citation`, `reason`.
        public var parts: [String] {
            [
                ("condition", old.condition != new.condition), ("effect", old.effect != new.effect),
                ("citation", old.citation != new.citation), ("reason", old.reason != new.reason),
            ].filter(\.1).map(\.0)
        }
    }

    /// A use case decided differently by the two versions.
    public struct CaseChange: Hashable, Sendable {
        /// The name the case was given, such as its file name.
        public let name: String
        /// The decision with the old version.
        public let before: Decision
        /// The decision with the new version.
        public let after: Decision
    }

    /// The old version of the pack.
    public let old: PolicyPack
    /// The new version of the pack.
    public let new: PolicyPack
    /// Rules only the new version has, by id.
    public let added: [Rule]
    /// Rules only the old version has, by id.
    public let removed: [Rule]
    /// Rules with the same id whose condition, effect, citation or reason changed, by id.
    public let changed: [RuleChange]
    /// The use cases whose outcome or obligations differ, in the order given.
    public let cases: [CaseChange]

    /// Compares two versions of a pack, deciding each use case with each version alone.
    public init(from old: PolicyPack, to new: PolicyPack, cases: [(name: String, facts: UseCaseFacts)] = []) {
        self.old = old
        self.new = new
        let oldRules = Dictionary(old.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newRules = Dictionary(new.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        added = new.rules.filter { oldRules[$0.id] == nil }.sorted { $0.id < $1.id }
        removed = old.rules.filter { newRules[$0.id] == nil }.sorted { $0.id < $1.id }
        changed = new.rules.compactMap { rule in
            guard let previous = oldRules[rule.id], !previous.hasSameContent(as: rule) else { return nil }
            return RuleChange(old: previous, new: rule)
        }.sorted { $0.new.id < $1.new.id }
        let before = CompiledPolicy(old)
        let after = CompiledPolicy(new)
        self.cases = cases.compactMap { name, facts in
            let (was, now) = (before.decide(facts), after.decide(facts))
            guard was.outcome != now.outcome || was.obligations != now.obligations else { return nil }
            return CaseChange(name: name, before: was, after: now)
        }
    }

    /// Whether the versions differ in any rule.
    public var hasRuleChanges: Bool { !(added.isEmpty && removed.isEmpty && changed.isEmpty) }
}
