import StewardCore

/// A use case's facts, or a set of fact values, as 128 bits: one bit per value of every set and one-of fact, per
/// tier and per boolean fact (see ``FactLayout``). Testing a rule against a use case is then a few `and`s.
///
/// ```swift
/// let bits = FactBits(facts)          // once per use case
/// policy.outcome(for: bits)           // as often as needed, without allocating
/// ```
public struct FactBits: Hashable, Sendable {
    @usableFromInline var low: UInt64
    @usableFromInline var high: UInt64

    /// No values at all.
    public static let none = FactBits(low: 0, high: 0)

    @usableFromInline init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The single bit at a position of the layout.
    init(bit: Int) {
        self = bit < 64 ? FactBits(low: 1 << UInt64(bit), high: 0) : FactBits(low: 0, high: 1 << UInt64(bit - 64))
    }

    /// Whether the two share at least one bit.
    @inlinable public func intersects(_ other: FactBits) -> Bool {
        (low & other.low) | (high & other.high) != 0
    }

    /// Whether the bit at a position of the layout is set.
    func contains(bit: Int) -> Bool { intersects(FactBits(bit: bit)) }

    /// The bits in either.
    @inlinable public func union(_ other: FactBits) -> FactBits {
        FactBits(low: low | other.low, high: high | other.high)
    }

    /// The bits in both.
    @inlinable public func intersection(_ other: FactBits) -> FactBits {
        FactBits(low: low & other.low, high: high & other.high)
    }

    /// The bits of this one that the other lacks.
    @inlinable public func subtracting(_ other: FactBits) -> FactBits {
        FactBits(low: low & ~other.low, high: high & ~other.high)
    }

    /// The bits of this one with the bit at a position flipped.
    func toggling(bit: Int) -> FactBits {
        let flip = FactBits(bit: bit)
        return FactBits(low: low ^ flip.low, high: high ^ flip.high)
    }

    /// Whether no bit is set.
    @inlinable public var isEmpty: Bool { low | high == 0 }
}

extension FactBits {
    /// Encodes a use case's facts.
    public init(_ facts: UseCaseFacts) {
        var bits = FactBits.none
        func insert(_ fact: Fact, _ ordinal: Int) { bits = bits.union(FactBits(bit: FactLayout.bit(fact, ordinal))) }
        for value in facts.categories { insert(.categories, Self.ordinal(of: value)) }
        for value in facts.purposes { insert(.purposes, Self.ordinal(of: value)) }
        for value in facts.dataCategories { insert(.dataCategories, Self.ordinal(of: value)) }
        insert(.tier, Self.ordinal(of: facts.tier))
        insert(.scope, Self.ordinal(of: facts.scope))
        insert(.hosting, Self.ordinal(of: facts.hosting))
        insert(.decisionRole, Self.ordinal(of: facts.decisionRole))
        for flag in facts.flags { insert(.flag(flag), 0) }
        self = bits
    }

    private static func ordinal<Value: CaseIterable & Equatable>(of value: Value) -> Int
    where Value.AllCases == [Value] {
        guard let index = Value.allCases.firstIndex(of: value) else {
            preconditionFailure("allCases lists every case of \(Value.self)")
        }
        return index
    }
}
