import StewardCore
internal import Yams

extension YAMLReader {
    /// Reads a condition: a mapping whose fields are facts to test or `all`, `any` and `not`; several fields must
    /// all hold. `nil` when a part could not be read (the problems are noted).
    mutating func condition(_ node: Node) -> Condition? {
        let connectives = ["all", "any", "not"]
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            report(.wrongType, "a condition must be a mapping of facts to test, or `all`, `any` or `not`", at: node)
            return nil
        }
        var parts: [Condition] = []
        var isComplete = true
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(.wrongType, "a field of a condition must be a fact's name or `all`, `any` or `not`", at: key)
                isComplete = false
                continue
            }
            let part: Condition? =
                switch name {
                case "all": conditions(value, name: "all").map(Condition.all)
                case "any": conditions(value, name: "any").map(Condition.any)
                case "not": condition(value).map(Condition.not)
                default: factTest(key: key, name: name, value: value, connectives: connectives).map(Condition.test)
                }
            if let part { parts.append(part) } else { isComplete = false }
        }
        guard isComplete else { return nil }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func conditions(_ node: Node, name: String) -> [Condition]? {
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            report(.wrongType, "`\(name)` must be a list of at least one condition", at: node)
            return nil
        }
        let parts = sequence.map { condition($0) }
        let complete = parts.compactMap { $0 }
        return complete.count == parts.count ? complete : nil
    }

    private mutating func factTest(key: Node, name: String, value: Node, connectives: [String]) -> FactTest? {
        guard let fact = Fact(rawValue: name) else {
            let known = connectives + Fact.allCases.map(\.rawValue)
            report(
                .unknownFact,
                "unknown fact `\(name)`" + Suggestion.hint(for: name, among: known) + "Known facts and connectives: "
                    + known.joined(separator: ", "), at: key)
            return nil
        }
        switch fact {
        case .tier: return tierTest(value)
        case .flag(let flag):
            guard case .scalar = value, let bool = value.bool else {
                report(.wrongType, "`\(name)` is a boolean fact: write true or false", at: value)
                return nil
            }
            return .flag(flag, bool)
        default:
            return valuesTest(fact, value)
        }
    }

    private mutating func valuesTest(_ fact: Fact, _ node: Node) -> FactTest? {
        guard let items = scalars(node, name: fact.rawValue) else { return nil }
        var isComplete = true
        for item in items where !fact.allowedValues.contains(item.text) {
            report(.unknownValue, DomainError.unknownValue(item.text, of: fact).message, at: item.node)
            isComplete = false
        }
        let named = Set(items.map(\.text))
        return isComplete ? .matches(fact, fact.allowedValues.filter(named.contains)) : nil
    }

    private mutating func tierTest(_ node: Node) -> FactTest? {
        let tiers = Tier.allCases.map(\.rawValue)
        let usage = "`tier` takes a number from 1 to 3 or a comparison such as \">= 2\""
        guard case .scalar(let scalar) = node else {
            report(.wrongType, usage, at: node)
            return nil
        }
        let text = scalar.string.filter { $0 != " " }
        let comparison = Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
            .first { text.hasPrefix($0.rawValue) }
        guard let bound = Int(text.dropFirst(comparison?.rawValue.count ?? 0)) else {
            report(.wrongType, usage, at: node)
            return nil
        }
        guard tiers.contains(bound) else {
            report(.unknownValue, "`tier`: unknown value `\(bound)`. Allowed: 1, 2, 3", at: node)
            return nil
        }
        return .tier(comparison ?? .equal, bound)
    }
}
