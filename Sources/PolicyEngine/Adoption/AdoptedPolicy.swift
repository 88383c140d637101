import StewardCore

/// The packs an organization has in force and where each applies: its own policies organization-wide, each
/// contract's pack for the bargaining units that contract covers (DESIGN.md, "The policy engine").
///
/// A use case in a unit is decided by the organization-wide packs plus that unit's, compiled together, so the most
/// protective rule wins as with any set of packs.
///
/// ```swift
/// var adopted = try AdoptedPolicy([.init(pack: unionPolicy)])
/// adopted = try adopted.adopting(.init(pack: contractArticle, units: [clerical]))
/// adopted.decide(facts, in: clerical).outcome   // both packs decide
/// adopted.decide(facts, in: nurses).outcome     // the union policy alone
/// ```
public struct AdoptedPolicy: Sendable {
    /// One pack and where it applies.
    public struct Adoption: Hashable, Sendable {
        public let pack: PolicyPack
        /// The units the pack applies to; empty for the whole organization.
        public let units: Set<BargainingUnitID>

        public init(pack: PolicyPack, units: Set<BargainingUnitID> = []) {
            self.pack = pack
            self.units = units
        }

        /// Whether the pack applies to the whole organization.
        public var isOrganizationWide: Bool { units.isEmpty }

        /// Whether the pack decides the uses of this unit.
        public func applies(to unit: BargainingUnitID) -> Bool { units.isEmpty || units.contains(unit) }
    }

    /// The packs in force, by pack id.
    public let adoptions: [Adoption]
    private let organization: CompiledPolicy
    private let byUnit: [BargainingUnitID: CompiledPolicy]

    /// Compiles the packs in force for the organization and for each unit that has packs of its own.
    ///
    /// - Throws: A ``PolicyPackError`` with code ``PolicyPackError/Code/duplicateID`` when two adoptions share a pack
    ///   id: a pack is in force in one version, with one scope.
    public init(_ adoptions: [Adoption]) throws(PolicyPackError) {
        let sorted = adoptions.sorted { $0.pack.id < $1.pack.id }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.pack.id == later.pack.id {
            throw PolicyPackError(
                code: .duplicateID,
                message: "pack id `\(later.pack.id)` is also in force from \(earlier.pack.file); a pack is in force "
                    + "in one version, with one scope",
                location: SourceLocation(file: later.pack.file, line: 1, column: 1))
        }
        organization = try CompiledPolicy(adopting: sorted.filter(\.isOrganizationWide).map(\.pack))
        var byUnit: [BargainingUnitID: CompiledPolicy] = [:]
        for unit in Set(sorted.flatMap(\.units)) {
            byUnit[unit] = try CompiledPolicy(adopting: sorted.filter { $0.applies(to: unit) }.map(\.pack))
        }
        self.adoptions = sorted
        self.byUnit = byUnit
    }

    /// The compiled packs that decide the uses of a unit.
    public func policy(for unit: BargainingUnitID) -> CompiledPolicy { byUnit[unit] ?? organization }

    /// The packs that decide the uses of a unit, by id.
    public func packs(for unit: BargainingUnitID) -> [PolicyPack] { policy(for: unit).packs }

    /// What the packs in force for `unit` decide about a use's facts.
    public func decide(_ facts: UseCaseFacts, in unit: BargainingUnitID) -> Decision { policy(for: unit).decide(facts) }

    /// The adoption in force of the pack with this id.
    public func adoption(ofPack id: String) -> Adoption? { adoptions.first { $0.pack.id == id } }

    /// The packs in force once `adoption` is adopted: a pack with the same id is replaced by it, with its new scope.
    ///
    /// - Throws: A ``PolicyPackError`` with code ``PolicyPackError/Code/olderVersion`` when the new version counts
    ///   the pack's `version` down.
    public func adopting(_ adoption: Adoption) throws(PolicyPackError) -> AdoptedPolicy {
        if let current = self.adoption(ofPack: adoption.pack.id), adoption.pack.version < current.pack.version {
            throw PolicyPackError(
                code: .olderVersion,
                message: "pack `\(adoption.pack.id)` is in force at version \(current.pack.version); a new version "
                    + "may not count down, so give it version \(current.pack.version) or higher",
                location: SourceLocation(file: adoption.pack.file, line: 1, column: 1))
        }
        return try AdoptedPolicy(adoptions.filter { $0.pack.id != adoption.pack.id } + [adoption])
    }

    /// A use decided differently by two sets of packs.
    public struct CaseChange<Name: Sendable>: Sendable {
        public let name: Name
        public let before: Decision
        public let after: Decision
    }

    /// The use cases whose outcome or obligations differ when `other` is in force instead of these packs, in the
    /// order given.
    public func changes<Name: Sendable>(
        to other: AdoptedPolicy, cases: [(name: Name, unit: BargainingUnitID, facts: UseCaseFacts)]
    ) -> [CaseChange<Name>] {
        cases.compactMap { name, unit, facts in
            let (was, now) = (decide(facts, in: unit), other.decide(facts, in: unit))
            guard was.outcome != now.outcome || was.obligations != now.obligations else { return nil }
            return CaseChange(name: name, before: was, after: now)
        }
    }
}
