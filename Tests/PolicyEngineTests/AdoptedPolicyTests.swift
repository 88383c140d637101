import Foundation
import PolicyEngine
import StewardCore
import Testing

@Suite("Packs adopted per scope")
struct AdoptedPolicyTests {
    static let clerical = BargainingUnitID(UUID())
    static let nurses = BargainingUnitID(UUID())

    /// The first rule of ``DiffTests/version1``: 30 days' notice of a change to working conditions.
    static let notice = String(DiffTests.version1.split(separator: "\n").prefix(6).joined(separator: "\n"))
    static let noMonitoring = """
          - id: no-monitoring
            citation: B
            when: { monitorsWorkers: true }
            effect: prohibit
            reason: No monitoring.
        """

    static var monitoring: UseCaseFacts {
        var facts = UseCaseFacts(tier: .drafting, scope: .individual, hosting: .onPremises)
        facts[.monitorsWorkers] = true
        facts[.affectsWorkingConditions] = true
        return facts
    }

    @Test("a contract's pack decides the uses of the units it covers and no others")
    func unitPackAppliesToItsUnits() throws {
        // given
        let organization = try PackText.pack(rules: Self.notice, id: "union-policy")
        let contract = try PackText.pack(rules: Self.noMonitoring, id: "clerical-contract")
        // when
        let adopted = try AdoptedPolicy([
            .init(pack: organization), .init(pack: contract, units: [Self.clerical]),
        ])
        // then
        #expect(adopted.decide(Self.monitoring, in: Self.clerical).outcome == .prohibited)
        #expect(adopted.decide(Self.monitoring, in: Self.nurses).outcome == .conditional)
        #expect(adopted.packs(for: Self.clerical).map(\.id) == ["clerical-contract", "union-policy"])
        #expect(adopted.packs(for: Self.nurses).map(\.id) == ["union-policy"])
    }

    @Test("a new version replaces the old one with its own scope, and the changed uses are listed")
    func newVersionReplaces() throws {
        // given
        let version1 = try PackText.pack(rules: Self.notice, id: "contract", version: 1)
        let version2 = try PackText.pack(rules: Self.notice + "\n" + Self.noMonitoring, id: "contract", version: 2)
        let before = try AdoptedPolicy([.init(pack: version1, units: [Self.clerical])])
        // when
        let after = try before.adopting(.init(pack: version2, units: [Self.clerical, Self.nurses]))
        // then
        #expect(after.adoptions.count == 1)
        #expect(after.adoption(ofPack: "contract")?.pack.version == 2)
        let plain = UseCaseFacts(tier: .drafting, scope: .individual, hosting: .onPremises)
        let changes = before.changes(
            to: after,
            cases: [("plain", Self.clerical, plain), ("clerical", Self.clerical, Self.monitoring),
                    ("nurses", Self.nurses, Self.monitoring)])
        #expect(changes.map(\.name) == ["clerical", "nurses"])
        #expect(changes.map(\.after.outcome) == [.prohibited, .prohibited])
        #expect(changes.last?.before.outcome == .allowed)
    }

    @Test("a new version may not count the pack's version down")
    func versionMayNotGoDown() throws {
        // given
        let version2 = try PackText.pack(rules: Self.notice, id: "contract", version: 2)
        let version1 = try PackText.pack(rules: Self.notice, id: "contract", version: 1)
        let adopted = try AdoptedPolicy([.init(pack: version2)])
        // when
        let error = #expect(throws: PolicyPackError.self) { try adopted.adopting(.init(pack: version1)) }
        // then
        #expect(error?.code == .olderVersion)
        #expect(error?.message.contains("version 2") == true)
    }

    @Test("two adoptions of one pack id are refused, whatever their scopes")
    func duplicateIDsRefused() throws {
        let pack = try PackText.pack(rules: Self.notice, id: "contract")
        let error = #expect(throws: PolicyPackError.self) {
            try AdoptedPolicy([.init(pack: pack, units: [Self.clerical]), .init(pack: pack, units: [Self.nurses])])
        }
        #expect(error?.code == .duplicateID)
    }
}
