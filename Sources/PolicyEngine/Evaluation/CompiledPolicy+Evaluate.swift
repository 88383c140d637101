extension CompiledPolicy {
    /// The outcome for a use case, and nothing else: the cheapest question, for the gateway's every call.
    ///
    /// Stops at the first prohibition, or at the first requirement when nothing prohibits. Does not allocate.
    public func outcome(for facts: FactBits) -> Outcome {
        for rule in prohibitions where fires(rule, facts) { return .prohibited }
        for rule in requirements where fires(rule, facts) { return .conditional }
        return .allowed
    }

    /// Evaluates every rule, recording those that fire, and returns the outcome. Does not allocate when `fired` was
    /// made by this policy's ``makeFiredRules()``.
    public func evaluate(_ facts: FactBits, into fired: inout FiredRules) -> Outcome {
        fired.removeAll()
        var outcome = Outcome.allowed
        for rule in rules.indices where fires(rule, facts) {
            fired.insert(rule)
            if prohibitions.contains(rule) {
                outcome = .prohibited
            } else if requirements.contains(rule), outcome == .allowed {
                outcome = .conditional
            }
        }
        return outcome
    }

    /// The outcome and the obligation kinds required, one bit per kind in `ObligationKind.allCases` order, given
    /// whether each rule fires: enough to compare two use cases without building decisions.
    func summary(firing fires: (Int) -> Bool) -> (outcome: Outcome, obligations: UInt32) {
        var obligations: UInt32 = 0
        for rule in requirements where fires(rule) { obligations |= rules[rule].obligationBit }
        for rule in prohibitions where fires(rule) { return (.prohibited, obligations) }
        return (obligations == 0 ? .allowed : .conditional, obligations)
    }

    /// Whether a rule fires: whether any of its clauses holds.
    @inline(__always)
    func fires(_ rule: Int, _ facts: FactBits) -> Bool {
        var clause = Int(clauseStarts[rule])
        let clauseEnd = Int(clauseStarts[rule + 1])
        while clause < clauseEnd {
            if !forbidden[clause].intersects(facts), holdsEveryLiteral(of: clause, facts) { return true }
            clause += 1
        }
        return false
    }

    @inline(__always)
    private func holdsEveryLiteral(of clause: Int, _ facts: FactBits) -> Bool {
        var literal = Int(literalStarts[clause])
        let literalEnd = Int(literalStarts[clause + 1])
        while literal < literalEnd {
            if !literals[literal].intersects(facts) { return false }
            literal += 1
        }
        return true
    }
}
