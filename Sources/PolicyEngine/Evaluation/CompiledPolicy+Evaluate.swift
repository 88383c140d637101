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

    /// The outcome and the obligation kinds required, one bit per kind in `ObligationKind.allCases` order: enough
    /// to compare two use cases without building decisions.
    func summary(for facts: FactBits) -> (outcome: Outcome, obligations: UInt32) {
        var obligations: UInt32 = 0
        for rule in requirements where fires(rule, facts) { obligations |= rules[rule].obligationBit }
        for rule in prohibitions where fires(rule, facts) { return (.prohibited, obligations) }
        return (obligations == 0 ? .allowed : .conditional, obligations)
    }

    @inline(__always)
    func fires(_ rule: Int, _ facts: FactBits) -> Bool {
        clauses.withUnsafeBufferPointer { clauses in
            literals.withUnsafeBufferPointer { literals in
                for clauseIndex in rules[rule].clauses {
                    let clause = clauses[clauseIndex]
                    if clause.forbidden.intersects(facts) { continue }
                    if clause.literals.allSatisfy({ literals[$0].intersects(facts) }) { return true }
                }
                return false
            }
        }
    }
}
