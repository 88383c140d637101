import StewardCore

/// The packs an organization adopted, compiled together into flat arrays of bit masks so that each decision is a
/// few hundred `and`s, with no string comparison, dictionary lookup or allocation on the way to an outcome.
///
/// ```swift
/// let policy = try CompiledPolicy(adopting: ShippedPacks.all())
/// let decision = policy.decide(facts)          // outcome, obligations, fired rules, changes
/// let fast = policy.outcome(for: FactBits(facts))  // the outcome alone
/// ```
///
/// Rules are grouped prohibitions first, then requirements, then permissions, each group ordered by pack id and
/// rule id, so the order packs and rules were written in makes no difference.
public struct CompiledPolicy: Sendable {
    /// A rule's identity and effect, for building decisions once the evaluator knows it fired.
    struct CompiledRule: Sendable {
        /// One bit per obligation kind, for a `require` rule; zero otherwise.
        let obligationBit: UInt32
        let pack: Int
        let rule: Rule
    }

    /// The adopted packs, ordered by id.
    public let packs: [PolicyPack]
    let rules: [CompiledRule]
    /// The hot data, in flat arrays read front to back: rule `r`'s clauses are `clauseStarts[r]..<clauseStarts[r+1]`;
    /// clause `c` holds when the facts share no bit with `forbidden[c]` and a bit with each of
    /// `literals[literalStarts[c]..<literalStarts[c+1]]`.
    let clauseStarts: [Int32]
    let forbidden: [FactBits]
    let literalStarts: [Int32]
    let literals: [FactBits]
    /// Every bit each rule's clauses read: a change to other bits cannot change whether the rule fires.
    let reads: [FactBits]
    /// The rules that can prohibit, then those that can require: the ones an outcome depends on.
    let prohibitions: Range<Int>
    let requirements: Range<Int>

    /// Compiles the packs an organization adopted.
    ///
    /// - Throws: A ``PolicyPackError`` with code ``PolicyPackError/Code/duplicateID`` when two packs share an id.
    public init(adopting packs: [PolicyPack]) throws(PolicyPackError) {
        let sorted = packs.sorted { $0.id < $1.id }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.id == later.id {
            throw PolicyPackError(
                code: .duplicateID,
                message: "pack id `\(later.id)` is also used by \(earlier.file); adopt one version of a pack at a time",
                location: SourceLocation(file: later.file, line: 1, column: 1))
        }
        self.init(distinct: sorted)
    }

    /// Compiles one pack on its own.
    public init(_ pack: PolicyPack) { self.init(distinct: [pack]) }

    private init(distinct sorted: [PolicyPack]) {
        var entries = sorted.indices.flatMap { index in sorted[index].rules.map { (pack: index, rule: $0) } }
        entries.sort {
            (Self.group(of: $0.rule.effect), $0.pack, $0.rule.id) < (
                Self.group(of: $1.rule.effect), $1.pack, $1.rule.id
            )
        }

        var rules: [CompiledRule] = []
        var clauseStarts: [Int32] = [0]
        var forbidden: [FactBits] = []
        var literalStarts: [Int32] = [0]
        var literals: [FactBits] = []
        var reads: [FactBits] = []
        for entry in entries {
            var read = FactBits.none
            for clause in NormalForm(entry.rule.condition)?.clauses ?? [] {
                forbidden.append(clause.forbidden)
                literals += clause.required
                literalStarts.append(Int32(literals.count))
                read = clause.required.reduce(read.union(clause.forbidden)) { $0.union($1) }
            }
            reads.append(read)
            clauseStarts.append(Int32(forbidden.count))
            rules.append(
                CompiledRule(
                    obligationBit: Self.obligationBit(of: entry.rule.effect), pack: entry.pack, rule: entry.rule))
        }
        self.packs = sorted
        self.rules = rules
        self.clauseStarts = clauseStarts
        self.forbidden = forbidden
        self.literalStarts = literalStarts
        self.literals = literals
        self.reads = reads
        let prohibitionCount = entries.count { Self.group(of: $0.rule.effect) == 0 }
        let requirementCount = entries.count { Self.group(of: $0.rule.effect) == 1 }
        prohibitions = 0..<prohibitionCount
        requirements = prohibitionCount..<prohibitionCount + requirementCount
    }

    /// How many rules the adopted packs have in all.
    public var ruleCount: Int { rules.count }

    /// A bitset sized for this policy's rules, to reuse across calls to ``evaluate(_:into:)``.
    public func makeFiredRules() -> FiredRules { FiredRules(ruleCount: rules.count) }

    private static func group(of effect: Effect) -> Int {
        switch effect {
        case .prohibit: 0
        case .require: 1
        case .allow: 2
        }
    }

    static func obligationBit(of effect: Effect) -> UInt32 {
        guard case .require(let obligation) = effect,
            let index = ObligationKind.allCases.firstIndex(of: obligation.kind)
        else { return 0 }
        return 1 << UInt32(index)
    }
}
