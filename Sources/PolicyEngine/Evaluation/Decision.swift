import StewardCore

/// What the adopted packs say about a use case, and why (DESIGN.md, "The policy engine").
///
/// ```swift
/// let decision = policy.decide(facts)
/// decision.outcome                 // .conditional
/// decision.obligations.map(\.kind) // [.officerApproval, .legalReview, …]
/// decision.fired.first?.rule.reason
/// ```
public struct Decision: Hashable, Sendable {
    /// Prohibited, conditional or allowed: the most protective result of all rules that fired.
    public let outcome: Outcome
    /// What must be done, one obligation per kind with the most protective parameters, in `ObligationKind` order.
    /// Empty unless the outcome is conditional.
    public let obligations: [Obligation]
    /// The rules that fired, ordered by pack id and rule id.
    public let fired: [FiredRule]
    /// The single changes to the facts that would make the decision less restrictive; empty for an allowed use case.
    public let changes: [Change]
}

/// A rule that fired for a use case, with the pack it belongs to.
public struct FiredRule: Hashable, Sendable {
    /// The id of the rule's pack.
    public let pack: String
    /// The rule, with its citation, effect and reason.
    public let rule: Rule
}

/// One change to a use case's facts that would make its decision less restrictive.
///
/// ```swift
/// change.description  // "without `phi` in dataCategories: conditional, requiring officer-approval, legal-review"
/// ```
public struct Change: Hashable, Sendable {
    /// How a fact changes.
    public enum Edit: Hashable, Sendable {
        /// A value added to a set fact.
        case adding(String)
        /// A value removed from a set fact.
        case removing(String)
        /// A one-of fact, the tier or a boolean fact set to this value.
        case setting(String)
    }

    /// The fact that changes.
    public let fact: Fact
    /// How it changes.
    public let edit: Edit
    /// The outcome after the change.
    public let outcome: Outcome
    /// The obligation kinds still required after the change.
    public let obligations: [ObligationKind]
}
