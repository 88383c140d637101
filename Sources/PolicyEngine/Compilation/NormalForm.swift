import StewardCore

/// A condition rewritten as alternatives (disjunctive normal form): it holds when any clause holds, and a clause
/// holds when the use case has a bit of every `required` mask and no bit of `forbidden`.
///
/// Exclusive facts (one-of facts and the tier) are kept as one required mask each, so an impossible combination
/// (scope both `individual` and `enterprise`) shows up as an empty mask and the clause is dropped. A condition
/// with no satisfiable clause can never fire.
struct NormalForm: Hashable {
    struct Clause: Hashable {
        var required: [FactBits]
        var forbidden: FactBits

        static let always = Clause(required: [], forbidden: .none)
    }

    /// The satisfiable clauses; empty when the condition can never hold.
    let clauses: [Clause]

    /// The most clauses one rule may expand to.
    static let clauseLimit = 256

    /// Rewrites a condition; `nil` when it expands past ``clauseLimit`` clauses.
    init?(_ condition: Condition) {
        guard let clauses = Self.expand(condition, negated: false) else { return nil }
        var seen: Set<Clause> = []
        self.clauses = clauses.compactMap(Self.simplified).filter { seen.insert($0).inserted }
    }

    private static func expand(_ condition: Condition, negated: Bool) -> [Clause]? {
        switch (condition, negated) {
        case (.always, false): return [.always]
        case (.always, true): return []
        case (.test(let test), _): return [literal(test, negated: negated)]
        case (.not(let inner), _): return expand(inner, negated: !negated)
        case (.all(let parts), false), (.any(let parts), true):
            var product: [Clause] = [.always]
            for part in parts {
                guard let alternatives = expand(part, negated: negated) else { return nil }
                product = product.flatMap { clause in alternatives.map { clause.conjoined(with: $0) } }
                guard product.count <= clauseLimit else { return nil }
            }
            return product
        case (.any(let parts), false), (.all(let parts), true):
            var union: [Clause] = []
            for part in parts {
                guard let alternatives = expand(part, negated: negated) else { return nil }
                union += alternatives
                guard union.count <= clauseLimit else { return nil }
            }
            return union
        }
    }

    private static func literal(_ test: FactTest, negated: Bool) -> Clause {
        var mask: FactBits
        var isNegated = negated
        switch test {
        case .matches(let fact, let values): mask = FactLayout.mask(of: fact, values: values)
        case .tier(let comparison, let bound):
            let tiers = Tier.allCases.map(\.rawValue).filter { comparison.holds($0, bound) }.map(String.init)
            mask = FactLayout.mask(of: .tier, values: tiers)
        case .flag(let flag, let value):
            mask = FactLayout.mask(of: .flag(flag))
            if !value { isNegated.toggle() }
        }
        if isNegated, FactLayout.isExclusive(test.fact) {
            mask = FactLayout.mask(of: test.fact).subtracting(mask)
            isNegated = false
        }
        return isNegated ? Clause(required: [], forbidden: mask) : Clause(required: [mask], forbidden: .none)
    }

    /// The clause with exclusive facts merged into one mask each and forbidden bits taken out of required masks;
    /// `nil` when it can never hold.
    private static func simplified(_ clause: Clause) -> Clause? {
        var required: [FactBits] = []
        var forbidden = clause.forbidden
        for (_, group) in FactLayout.exclusiveFacts {
            var allowed = group.subtracting(forbidden)
            for mask in clause.required where mask.intersects(group) { allowed = allowed.intersection(mask) }
            if allowed.isEmpty { return nil }
            if allowed != group { required.append(allowed) }
            forbidden = forbidden.subtracting(group)
        }
        let exclusive = FactLayout.exclusiveFacts.reduce(FactBits.none) { $0.union($1.mask) }
        for mask in clause.required where !mask.intersects(exclusive) {
            let open = mask.subtracting(forbidden)
            if open.isEmpty { return nil }
            if !required.contains(open) { required.append(open) }
        }
        return Clause(required: required.sorted { ($0.high, $0.low) < ($1.high, $1.low) }, forbidden: forbidden)
    }
}

extension NormalForm.Clause {
    func conjoined(with other: Self) -> Self {
        Self(required: required + other.required, forbidden: forbidden.union(other.forbidden))
    }
}
