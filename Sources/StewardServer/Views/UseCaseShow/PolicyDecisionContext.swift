import PolicyEngine
import StewardCore

/// What the packs in force decide about a use case, to read well: the outcome, the rules that decide it first (for a
/// prohibited use, the prohibitions alone), what must be done in plain words, and which single changes would change
/// the outcome.
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
        obligations = decision.obligations.map(\.sentence)
        // Prohibitions decide first, then obligations, then permissions; once a use is prohibited, nothing else matters.
        func rank(_ effect: Effect) -> Int {
            switch effect {
            case .prohibit: 0
            case .require: 1
            case .allow: 2
            }
        }
        let shown = decision.fired.enumerated()
            .filter { decision.outcome != .prohibited || $0.element.rule.effect == .prohibit }
            .sorted { (rank($0.element.rule.effect), $0.offset) < (rank($1.element.rule.effect), $1.offset) }
        fired = shown.map(\.element).map { fired in
            FiredRow(
                pack: fired.pack, rule: fired.rule.id, effect: fired.rule.effect.description,
                citation: fired.rule.citation.description, reason: fired.rule.reason)
        }
        changes = decision.changes.filter { $0.outcome != decision.outcome }.map(\.sentence)
        packs = packTitles.joined(separator: "; ")
    }
}
