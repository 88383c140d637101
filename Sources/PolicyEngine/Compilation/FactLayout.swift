import StewardCore

/// Where each fact value sits in ``FactBits``: the facts in vocabulary order, each value of a set, one-of or tier
/// fact in the order of its `allowedValues`, and one bit for each boolean fact (set when it is true).
///
/// The vocabulary has 65 values, so the layout spans two 64-bit words.
enum FactLayout {
    /// The first bit of each fact, in `Fact.allCases` order.
    private static let offsets: [Int] = {
        var offsets: [Int] = []
        var next = 0
        for fact in Fact.allCases {
            offsets.append(next)
            next += width(of: fact)
        }
        return offsets
    }()

    /// How many bits a fact takes.
    static func width(of fact: Fact) -> Int {
        fact.kind == .boolean ? 1 : fact.allowedValues.count
    }

    /// The bit of a fact's value, given the value's position in `allowedValues` (0 for a boolean fact).
    static func bit(_ fact: Fact, _ ordinal: Int) -> Int {
        guard let index = Fact.allCases.firstIndex(of: fact) else {
            preconditionFailure("Fact.allCases lists every fact")
        }
        return offsets[index] + ordinal
    }

    /// Every bit a fact can set.
    static func mask(of fact: Fact) -> FactBits {
        (0..<width(of: fact)).reduce(FactBits.none) { $0.union(FactBits(bit: bit(fact, $1))) }
    }

    /// The bits of some of a fact's values, named as in `allowedValues`.
    static func mask(of fact: Fact, values: [String]) -> FactBits {
        fact.allowedValues.indices.filter { values.contains(fact.allowedValues[$0]) }
            .reduce(FactBits.none) { $0.union(FactBits(bit: bit(fact, $1))) }
    }

    /// Whether exactly one of the fact's bits is always set: one-of facts and the tier.
    static func isExclusive(_ fact: Fact) -> Bool {
        fact.kind == .oneOf || fact.kind == .ordinal
    }

    /// Every bit of every set fact.
    static let setFacts: FactBits = Fact.allCases.filter { $0.kind == .set }
        .reduce(FactBits.none) { $0.union(mask(of: $1)) }

    /// One value of one fact, with its bit: the unit of a single change to a use case.
    struct Value {
        let fact: Fact
        let name: String
        let bit: Int
        /// Every bit of the fact, to clear before setting an exclusive fact's value.
        let group: FactBits
    }

    /// Every value of every fact in layout order; a boolean fact appears once, as its `true` bit.
    static let values: [Value] = Fact.allCases.flatMap { fact in
        (0..<width(of: fact)).map { ordinal in
            Value(
                fact: fact, name: fact.kind == .boolean ? "true" : fact.allowedValues[ordinal],
                bit: bit(fact, ordinal), group: mask(of: fact))
        }
    }

    /// Every bit of every exclusive fact, with the fact it belongs to.
    static let exclusiveFacts: [(fact: Fact, mask: FactBits)] = Fact.allCases.filter(isExclusive)
        .map { ($0, mask(of: $0)) }
}
