import PolicyEngine
import StewardCore

/// What the adopted policy packs decide about a use case: the outcome, what must be done, which rules fired with
/// their sources and reasons, and which single changes would loosen the decision.
struct PolicyDecisionContext: Encodable {
    struct FiredRow: Encodable {
        let pack: String
        let rule: String
        let effect: String
        let citation: String
        let reason: String
    }

    let outcome: String
    let outcomeClass: String
    let summary: String
    let obligations: [String]
    let fired: [FiredRow]
    let changes: [String]
    let packs: String

    init(_ decision: Decision, packTitles: [String]) {
        outcome = decision.outcome.rawValue.capitalized
        outcomeClass = decision.outcome.rawValue
        summary = switch decision.outcome {
        case .prohibited: "The adopted policies do not allow this use."
        case .conditional: "This use is allowed only once the obligations below are met."
        case .allowed: "The adopted policies allow this use without further conditions."
        }
        obligations = decision.obligations.map(\.description)
        fired = decision.fired.map { fired in
            FiredRow(
                pack: fired.pack, rule: fired.rule.id, effect: fired.rule.effect.description,
                citation: fired.rule.citation.description, reason: fired.rule.reason)
        }
        changes = decision.changes.map(\.description)
        packs = packTitles.joined(separator: "; ")
    }
}
