import StewardCore

/// The JSON shape of a decision, as `steward policy check --json` and the API print it:
/// `outcome`, `obligations` (each with `kind` and its parameters), `fired` (each with `pack`, `rule`, `citation`,
/// `effect` and `reason`) and `changes`.
extension Decision: Encodable {
    private enum Key: String, CodingKey { case outcome, obligations, fired, changes }

    /// Encodes `outcome`, `obligations`, `fired` and `changes`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(obligations, forKey: .obligations)
        try container.encode(fired, forKey: .fired)
        try container.encode(changes, forKey: .changes)
    }
}

extension Obligation: Encodable {
    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// `{"kind": "union-notice", "days": 30}`: the kind, then each parameter under its own name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(kind, forKey: Key(stringValue: "kind"))
        for (parameter, value) in sortedParameters {
            switch value {
            case .number(let number): try container.encode(number, forKey: Key(stringValue: parameter.rawValue))
            case .list(let items): try container.encode(items, forKey: Key(stringValue: parameter.rawValue))
            }
        }
    }
}

extension FiredRule: Encodable {
    private enum Key: String, CodingKey { case pack, rule, citation, effect, obligation, reason }

    /// `{"pack", "rule", "citation", "effect", "reason"}`, with `obligation` for a `require` effect.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(pack, forKey: .pack)
        try container.encode(rule.id, forKey: .rule)
        try container.encode(rule.citation.description, forKey: .citation)
        switch rule.effect {
        case .prohibit: try container.encode("prohibit", forKey: .effect)
        case .allow: try container.encode("allow", forKey: .effect)
        case .require(let obligation):
            try container.encode("require", forKey: .effect)
            try container.encode(obligation, forKey: .obligation)
        }
        try container.encode(rule.reason, forKey: .reason)
    }
}

extension Change: Encodable {
    private enum Key: String, CodingKey { case fact, change, value, outcome, obligations, summary }

    /// `{"fact": "dataCategories", "change": "remove", "value": "phi", "outcome": "conditional", …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(fact.rawValue, forKey: .fact)
        let (change, value): (String, String) =
            switch edit {
            case .adding(let value): ("add", value)
            case .removing(let value): ("remove", value)
            case .setting(let value): ("set", value)
            }
        try container.encode(change, forKey: .change)
        try container.encode(value, forKey: .value)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(obligations, forKey: .obligations)
        try container.encode(description, forKey: .summary)
    }
}
