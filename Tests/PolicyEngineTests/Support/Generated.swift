import PolicyEngine
import PropertyBased
import StewardCore

/// Generated inputs for property tests: use cases over the whole vocabulary, and small random packs.
enum Generated {
    /// A seeded random number generator from one 64-bit seed.
    static func generator(seed: UInt64) -> Xoshiro {
        Xoshiro(seed: (seed | 1, seed ^ 0x9E37_79B9_7F4A_7C15, seed &* 0xBF58_476D_1CE4_E5B9, ~seed))
    }

    /// Use cases drawn from the whole vocabulary.
    static let useCase = Gen.uint64().map { seed in
        var generator = generator(seed: seed)
        return UseCaseFacts.random(using: &generator)
    }

    /// A valid pack of up to six random rules over random facts, or `nil` when the draw broke a validation rule.
    static func pack(id: String, seed: UInt64) -> PolicyPack? {
        var generator = generator(seed: seed)
        let rules = (0..<Int.random(in: 1...6, using: &generator)).map { index in
            rule(id: "r\(index)", using: &generator)
        }
        return try? PackText.pack(rules: rules.joined(separator: "\n"), id: id)
    }

    private static func rule(id: String, using generator: inout Xoshiro) -> String {
        let effects = [
            "effect: prohibit", "effect: allow", "effect: require\n    obligation: { kind: human-review }",
            "effect: require\n    obligation: { kind: union-notice, days: \(Int.random(in: 1...90, using: &generator)) }",
            "effect: require\n    obligation: { kind: audit, everyMonths: \(Int.random(in: 1...24, using: &generator)) }",
            "effect: require\n    obligation: { kind: pilot, criteria: [c\(Int.random(in: 1...4, using: &generator))] }",
        ]
        return """
              - id: \(id)
                citation: generated
                when: \(condition(depth: 2, using: &generator))
                \(effects.randomElement(using: &generator) ?? "effect: allow")
                reason: A generated rule.
            """
    }

    private static func condition(depth: Int, using generator: inout Xoshiro) -> String {
        let roll = Int.random(in: 0..<10, using: &generator)
        guard depth > 0, roll >= 5 else { return "{ \(test(using: &generator)) }" }
        if roll >= 8 { return "{ not: \(condition(depth: depth - 1, using: &generator)) }" }
        let parts = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
            condition(depth: depth - 1, using: &generator)
        }
        return "{ \(roll < 7 ? "all" : "any"): [\(parts.joined(separator: ", "))] }"
    }

    private static func test(using generator: inout Xoshiro) -> String {
        let fact = Fact.allCases.randomElement(using: &generator) ?? .tier
        switch fact.kind {
        case .boolean: return "\(fact.rawValue): \(Bool.random(using: &generator))"
        case .ordinal:
            let comparison = Comparison.allCases.randomElement(using: &generator) ?? .equal
            return "tier: \"\(comparison.rawValue) \(Int.random(in: 1...3, using: &generator))\""
        case .set, .oneOf:
            let values = fact.allowedValues.filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }
            return "\(fact.rawValue): [\((values.isEmpty ? [fact.allowedValues[0]] : values).joined(separator: ", "))]"
        }
    }
}

extension Decision {
    /// Whether this decision protects at least as much as another: an outcome as strict, and, when both are
    /// conditional, every obligation of the other with parameters at least as protective.
    func isAtLeastAsProtective(as other: Decision) -> Bool {
        guard outcome >= other.outcome else { return false }
        guard outcome == .conditional, other.outcome == .conditional else { return true }
        return other.obligations.allSatisfy { theirs in
            guard let ours = obligations.first(where: { $0.kind == theirs.kind }) else { return false }
            var merged = ours
            merged.merge(theirs)
            return merged == ours
        }
    }
}
