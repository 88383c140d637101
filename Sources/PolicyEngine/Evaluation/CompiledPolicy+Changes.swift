import StewardCore

extension CompiledPolicy {
    /// Every single change to the facts that would lift a prohibition, or leave a conditional use case with fewer
    /// obligation kinds or none; in vocabulary order.
    func changes(from facts: FactBits) -> [Change] {
        let current = summary(for: facts)
        guard current.outcome != .allowed else { return [] }
        return Self.edits(of: facts).compactMap { candidate in
            let after = summary(for: candidate.facts)
            let loosens = after.outcome < current.outcome
                || (after.outcome == current.outcome && current.outcome == .conditional
                    && after.obligations & ~current.obligations == 0 && after.obligations != current.obligations)
            guard loosens else { return nil }
            let kinds = ObligationKind.allCases.indices.filter { after.obligations & (1 << UInt32($0)) != 0 }
                .map { ObligationKind.allCases[$0] }
            return Change(fact: candidate.fact, edit: candidate.edit, outcome: after.outcome, obligations: kinds)
        }
    }

    /// Every use case one fact away: each set value added or removed, each other one-of value or tier, each boolean
    /// flipped.
    private static func edits(of facts: FactBits) -> [(fact: Fact, edit: Change.Edit, facts: FactBits)] {
        Fact.allCases.flatMap { fact -> [(fact: Fact, edit: Change.Edit, facts: FactBits)] in
            switch fact.kind {
            case .set:
                return fact.allowedValues.indices.map { ordinal in
                    let bit = FactLayout.bit(fact, ordinal)
                    let value = fact.allowedValues[ordinal]
                    let edit: Change.Edit = facts.contains(bit: bit) ? .removing(value) : .adding(value)
                    return (fact, edit, facts.toggling(bit: bit))
                }
            case .oneOf, .ordinal:
                return fact.allowedValues.indices.compactMap { ordinal in
                    let bit = FactLayout.bit(fact, ordinal)
                    guard !facts.contains(bit: bit) else { return nil }
                    let moved = facts.subtracting(FactLayout.mask(of: fact)).union(FactBits(bit: bit))
                    return (fact, .setting(fact.allowedValues[ordinal]), moved)
                }
            case .boolean:
                let bit = FactLayout.bit(fact, 0)
                return [(fact, .setting(facts.contains(bit: bit) ? "false" : "true"), facts.toggling(bit: bit))]
            }
        }
    }
}
