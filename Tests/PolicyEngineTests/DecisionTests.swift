import PolicyEngine
import StewardCore
import Testing

@Suite("Decisions")
struct DecisionTests {
    static let drafting = UseCaseFacts(
        categories: [.generative], purposes: [.drafting], tier: .drafting, scope: .individual, hosting: .publicCloud)

    @Test("the most protective parameters win when several rules require the same obligation")
    func obligationsMergeToTheMostProtective() throws {
        // given
        let local = try PackText.pack(
            rules: """
                  - id: notice-60
                    citation: Local agreement, 4
                    effect: require
                    obligation: { kind: union-notice, days: 60 }
                    reason: Sixty days' notice.
                  - id: audit-6
                    citation: Local agreement, 5
                    effect: require
                    obligation: { kind: audit, everyMonths: 6, covers: [accuracy] }
                    reason: Twice-yearly audits.
                """, id: "local")
        let baseline = try PackText.pack(
            rules: """
                  - id: notice-30
                    citation: Baseline, 1
                    effect: require
                    obligation: { kind: union-notice, days: 30 }
                    reason: Thirty days' notice.
                  - id: audit-12
                    citation: Baseline, 2
                    effect: require
                    obligation: { kind: audit, everyMonths: 12, covers: [fairness, risks] }
                    reason: Yearly audits.
                """, id: "baseline")
        // when
        let decision = try CompiledPolicy(adopting: [local, baseline]).decide(Self.drafting)
        // then
        #expect(
            decision.obligations == [
                Obligation(kind: .unionNotice, parameters: [.days: .number(60)]),
                Obligation(
                    kind: .audit,
                    parameters: [.everyMonths: .number(6), .covers: .list(["accuracy", "fairness", "risks"])]),
            ])
    }

    @Test("an allow rule never outweighs an obligation or a prohibition")
    func allowNeverLoosens() throws {
        let pack = try PackText.pack(
            rules: """
                  - id: allow-all
                    citation: A
                    effect: allow
                    reason: Anything goes.
                  - id: review
                    citation: B
                    when: { categories: [generative] }
                    effect: require
                    obligation: { kind: human-review }
                    reason: Review generated text.
                  - id: no-recording
                    citation: C
                    when: { purposes: [meeting-recording] }
                    effect: prohibit
                    reason: No recording.
                """)
        let policy = CompiledPolicy(pack)
        var recording = Self.drafting
        recording.purposes = [.meetingRecording]
        var plain = Self.drafting
        plain.categories = [.rpa]

        #expect(policy.decide(Self.drafting).outcome == .conditional)
        #expect(policy.decide(recording).outcome == .prohibited)
        #expect(policy.decide(recording).obligations.isEmpty)
        #expect(policy.decide(plain).outcome == .allowed)
        #expect(policy.decide(plain).fired.map(\.rule.id) == ["allow-all"])
    }

    @Test("a PHI use case learns that without PHI it would need fewer obligations")
    func changesNameTheFactsThatLoosen() throws {
        // given
        let policy = try CompiledPolicy(adopting: [#require(try ShippedPacks.pack(withID: "union-ai-use-policy"))])
        var facts = Self.drafting
        facts.dataCategories = [.phi]
        facts[.hipaaBAA] = true
        // when
        let decision = policy.decide(facts)
        // then
        let withoutPHI = try #require(decision.changes.first { $0.edit == .removing("phi") })
        #expect(withoutPHI.outcome == .conditional)
        #expect(!withoutPHI.obligations.contains(.hipaaCheck))
        #expect(!withoutPHI.obligations.contains(.phiWrittenApproval))
        #expect(
            withoutPHI.description.hasPrefix(
                "without phi in dataCategories: conditional, needing only officer-approval"))
    }

    @Test("a prohibited use case learns which single change lifts the prohibition")
    func changesLiftProhibitions() throws {
        let policy = try CompiledPolicy(adopting: ShippedPacks.all())
        let facts = UseCaseFacts(
            categories: [.machineLearning], purposes: [.promotion], tier: .publicFacing, scope: .department,
            hosting: .privateCloud, decisionRole: .determinative)

        let decision = policy.decide(facts)

        #expect(decision.outcome == .prohibited)
        let lifted = decision.changes.map(\.editDescription)
        #expect(lifted.contains("without promotion in purposes"))
        #expect(lifted.contains("with decisionRole advisory"))
        #expect(!lifted.contains("with scope individual"))
        #expect(decision.changes.allSatisfy { $0.outcome < .prohibited })
    }

    @Test("a boolean change reads as with or without the fact")
    func booleanChangesReadNaturally() throws {
        // given
        let policy = try CompiledPolicy(adopting: [#require(try ShippedPacks.pack(withID: "union-ai-use-policy"))])
        var facts = Self.drafting
        facts.dataCategories = [.phi]
        // when
        let decision = policy.decide(facts)
        // then
        #expect(decision.outcome == .prohibited)
        #expect(decision.changes.map(\.editDescription) == ["without phi in dataCategories", "with hipaaBAA"])
    }

    @Test("an allowed use case has no changes to suggest")
    func allowedHasNoChanges() throws {
        let policy = try CompiledPolicy(adopting: [#require(try ShippedPacks.pack(withID: "generative-ai-contract"))])
        let facts = UseCaseFacts(categories: [.analytics], tier: .drafting, scope: .individual, hosting: .onPremises)
        #expect(policy.decide(facts).outcome == .allowed)
        #expect(policy.decide(facts).changes.isEmpty)
    }

    @Test("the fast outcome, the full evaluation and the decision agree")
    func fastPathsAgree() throws {
        let policy = try CompiledPolicy(adopting: ShippedPacks.all())
        var generator = Generated.generator(seed: 7)
        var fired = policy.makeFiredRules()
        for _ in 0..<500 {
            let facts = UseCaseFacts.random(using: &generator)
            let bits = FactBits(facts)
            let decision = policy.decide(facts)
            #expect(policy.outcome(for: bits) == decision.outcome)
            #expect(policy.evaluate(bits, into: &fired) == decision.outcome)
        }
    }

    @Test("two packs with the same id cannot be adopted together")
    func duplicatePackIDsAreRejected() throws {
        let pack = try PackText.pack(rules: "  - {id: r, citation: A, effect: allow, reason: Fine.}")
        #expect(throws: PolicyPackError.self) { try CompiledPolicy(adopting: [pack, pack]) }
    }
}
