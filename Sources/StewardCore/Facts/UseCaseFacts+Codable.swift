extension UseCaseFacts: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        init(_ fact: Fact) { self.stringValue = fact.rawValue }
    }

    /// Decodes the facts, rejecting unknown keys and values with a ``DomainError`` that names the field and the
    /// allowed values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys where Fact(rawValue: key.stringValue) == nil {
            throw DomainError.unknownFact(key.stringValue)
        }
        categories = try Self.decodeSet(.categories, from: container)
        purposes = try Self.decodeSet(.purposes, from: container)
        dataCategories = try Self.decodeSet(.dataCategories, from: container)
        tier = try Self.decodeTier(from: container)
        scope = try Self.decodeOne(.scope, from: container)
        hosting = try Self.decodeOne(.hosting, from: container)
        decisionRole = try Self.decodeOne(.decisionRole, from: container)
        flags = []
        for flag in BooleanFact.allCases where container.contains(Key(.flag(flag))) {
            guard let value = try? container.decode(Bool.self, forKey: Key(.flag(flag))) else {
                throw DomainError.invalidFact(.flag(flag), "must be true or false")
            }
            self[flag] = value
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(categories.map(\.rawValue).sorted(), forKey: Key(.categories))
        try container.encode(purposes.map(\.rawValue).sorted(), forKey: Key(.purposes))
        try container.encode(dataCategories.map(\.rawValue).sorted(), forKey: Key(.dataCategories))
        try container.encode(tier.rawValue, forKey: Key(.tier))
        try container.encode(scope, forKey: Key(.scope))
        try container.encode(hosting, forKey: Key(.hosting))
        try container.encode(decisionRole, forKey: Key(.decisionRole))
        for flag in BooleanFact.allCases where self[flag] {
            try container.encode(true, forKey: Key(.flag(flag)))
        }
    }

    private static func decodeSet<Value: RawRepresentable<String> & Hashable>(
        _ fact: Fact, from container: KeyedDecodingContainer<Key>
    ) throws -> Set<Value> {
        guard container.contains(Key(fact)) else { return [] }
        guard let names = try? container.decode([String].self, forKey: Key(fact)) else {
            throw DomainError.invalidFact(fact, "must be a list of values")
        }
        return try Set(names.map { name in
            guard let value = Value(rawValue: name) else { throw DomainError.unknownValue(name, of: fact) }
            return value
        })
    }

    private static func decodeOne<Value: RawRepresentable<String>>(
        _ fact: Fact, from container: KeyedDecodingContainer<Key>
    ) throws -> Value {
        guard container.contains(Key(fact)) else { throw DomainError.missingFact(fact) }
        guard let name = try? container.decode(String.self, forKey: Key(fact)) else {
            throw DomainError.invalidFact(fact, "must be one of the allowed values as a string")
        }
        guard let value = Value(rawValue: name) else { throw DomainError.unknownValue(name, of: fact) }
        return value
    }

    private static func decodeTier(from container: KeyedDecodingContainer<Key>) throws -> Tier {
        guard container.contains(Key(.tier)) else { throw DomainError.missingFact(.tier) }
        guard let number = try? container.decode(Int.self, forKey: Key(.tier)) else {
            throw DomainError.invalidFact(.tier, "must be a whole number")
        }
        guard let tier = Tier(rawValue: number) else { throw DomainError.unknownValue(String(number), of: .tier) }
        return tier
    }
}
