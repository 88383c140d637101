import PolicyEngine
import StewardCore
import Testing

@Suite("Scenario tables")
struct ScenarioTests {
    let packs: [PolicyPack]

    init() throws { packs = try ShippedPacks.all() }

    @Test("each scenario is decided as its table says", arguments: try Scenario.all())
    func scenarioIsDecidedAsExpected(_ scenario: Scenario) throws {
        // given
        let adopted = scenario.pack == "all" ? packs : packs.filter { $0.id == scenario.pack }
        try #require(!adopted.isEmpty, "no shipped pack `\(scenario.pack)`")
        let policy = try CompiledPolicy(adopting: adopted)
        // when
        let decision = policy.decide(scenario.facts)
        // then
        let kinds = Set(decision.obligations.map(\.kind))
        #expect(decision.outcome == scenario.outcome, "\(PolicyText.render(decision))")
        #expect(
            Set(scenario.obligations).isSubset(of: kinds), "missing: \(Set(scenario.obligations).subtracting(kinds))")
        #expect(
            kinds.isDisjoint(with: scenario.absent ?? []),
            "should be absent: \(kinds.intersection(scenario.absent ?? []))")
        let firedIDs = Set(decision.fired.map(\.rule.id))
        #expect(
            Set(scenario.fired ?? []).isSubset(of: firedIDs),
            "did not fire: \(Set(scenario.fired ?? []).subtracting(firedIDs))")
    }

    @Test("the tables hold at least 80 scenarios with distinct ids, covering every shipped pack")
    func tablesAreLargeEnough() throws {
        let scenarios = try Scenario.all()
        #expect(scenarios.count >= 80)
        #expect(Set(scenarios.map(\.id)).count == scenarios.count)
        #expect(Set(packs.map(\.id)).isSubset(of: Set(scenarios.map(\.pack))))
    }

    @Test("a prohibited scenario carries no obligations")
    func prohibitedScenariosListNoObligations() throws {
        for scenario in try Scenario.all() where scenario.outcome == .prohibited {
            #expect(scenario.obligations.isEmpty, "\(scenario.id)")
        }
    }
}
