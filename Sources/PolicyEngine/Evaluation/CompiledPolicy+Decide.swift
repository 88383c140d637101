import StewardCore

extension CompiledPolicy {
    /// Decides a use case: the outcome, the merged obligations, the rules that fired and the single fact changes
    /// that would loosen the decision.
    public func decide(_ facts: UseCaseFacts) -> Decision {
        decide(FactBits(facts))
    }

    /// Decides a use case already encoded as bits.
    public func decide(_ facts: FactBits) -> Decision {
        var fired = makeFiredRules()
        let outcome = evaluate(facts, into: &fired)
        let firedRules = fired.indices.map { rules[$0] }
        var merged: [ObligationKind: Obligation] = [:]
        if outcome == .conditional {
            for case .require(let obligation) in firedRules.map(\.rule.effect) {
                merged[obligation.kind, default: Obligation(kind: obligation.kind)].merge(obligation)
            }
        }
        let obligations = ObligationKind.allCases.compactMap { merged[$0] }
        let explained = firedRules.map { FiredRule(pack: packs[$0.pack].id, rule: $0.rule) }
            .sorted { ($0.pack, $0.rule.id) < ($1.pack, $1.rule.id) }
        return Decision(outcome: outcome, obligations: obligations, fired: explained, changes: changes(from: facts))
    }
}
