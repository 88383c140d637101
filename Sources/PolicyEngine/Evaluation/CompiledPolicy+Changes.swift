import StewardCore

extension CompiledPolicy {
    /// Every single change to the facts that would lift a prohibition, or leave a conditional use case with fewer
    /// obligation kinds or none; in vocabulary order.
    func changes(from facts: FactBits) -> [Change] {
        let current = summary(for: facts)
        guard current.outcome != .allowed else { return [] }
        return Self.edits(of: facts).compactMap { candidate in
            let after = summary(for: candidate.facts)
            let loosens =
                after.outcome < current.outcome
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
        FactLayout.values.compactMap { value in
            let isSet = facts.contains(bit: value.bit)
            switch value.fact.kind {
            case .set:
                return (value.fact, isSet ? .removing(value.name) : .adding(value.name), facts.toggling(bit: value.bit))
            case .oneOf, .ordinal:
                guard !isSet else { return nil }
                let moved = facts.subtracting(value.group).union(FactBits(bit: value.bit))
                return (value.fact, .setting(value.name), moved)
            case .boolean:
                return (value.fact, .setting(isSet ? "false" : "true"), facts.toggling(bit: value.bit))
            }
        }
    }
}
