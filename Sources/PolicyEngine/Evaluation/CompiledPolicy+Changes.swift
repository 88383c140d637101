import StewardCore

extension CompiledPolicy {
    /// Every single change to the facts that would lift a prohibition, or leave a conditional use case with fewer
    /// obligation kinds or none; in vocabulary order.
    ///
    /// A change re-evaluates only the rules that read one of the bits it touches; the others keep their result.
    func changes(from facts: FactBits) -> [Change] {
        let firing = rules.indices.map { fires($0, facts) }
        let current = summary(firing: { firing[$0] })
        guard current.outcome != .allowed else { return [] }
        return Self.edits(of: facts).compactMap { candidate in
            let after = summary(firing: { rule in
                reads[rule].intersects(candidate.touched) ? fires(rule, candidate.facts) : firing[rule]
            })
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

    private typealias Edit = (fact: Fact, edit: Change.Edit, facts: FactBits, touched: FactBits)

    /// Every use case one fact away, with the bits the change touches: each set value added or removed, each other
    /// one-of value or tier, each boolean flipped.
    private static func edits(of facts: FactBits) -> [Edit] {
        FactLayout.values.compactMap { value -> Edit? in
            let isSet = facts.contains(bit: value.bit)
            let bit = FactBits(bit: value.bit)
            switch value.fact.kind {
            case .set:
                let edit: Change.Edit = isSet ? .removing(value.name) : .adding(value.name)
                return (value.fact, edit, facts.toggling(bit: value.bit), bit)
            case .oneOf, .ordinal:
                guard !isSet else { return nil }
                return (value.fact, .setting(value.name), facts.subtracting(value.group).union(bit), value.group)
            case .boolean:
                return (value.fact, .setting(isSet ? "false" : "true"), facts.toggling(bit: value.bit), bit)
            }
        }
    }
}
