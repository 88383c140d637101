import PolicyEngine
import StewardCore
import Testing

@Suite("Decisions in plain words")
struct PlainWordsTests {
    @Test("an obligation reads as a sentence with its parameters")
    func obligationSentences() {
        #expect(Obligation(kind: .unionNotice, parameters: [.days: .number(30)]).sentence
            == "Tell the union at least 30 days before it starts.")
        #expect(Obligation(kind: .pilot, parameters: [.months: .number(6), .criteria: .list(["accuracy", "efficiency"])])
            .sentence == "Run a pilot first of at least 6 months, evaluated jointly on: accuracy, efficiency.")
        #expect(Obligation(kind: .biasAudit, parameters: [.everyMonths: .number(12)]).sentence
            == "Audit it for bias at least every 12 months.")
        #expect(Obligation(kind: .training).sentence == "Train the people who use it before they do.")
        for kind in ObligationKind.allCases {
            let sentence = Obligation(kind: kind).sentence
            #expect(sentence.hasSuffix(".") && !sentence.contains("-"), "\(kind): no vocabulary words, only plain ones")
        }
        #expect(Obligation(kind: .officerApproval, parameters: [.roles: .list(["ai-officer", "legal"])]).sentence
            == "The AI officer approves it in writing, with the approval of: AI officer, Legal counsel.")
    }

    @Test("the changes that would change a prohibited use's outcome read with the vocabulary's labels")
    func changeSentences() throws {
        let pack = try PackText.pack(rules: """
              - id: no-health-data
                citation: A
                when: { dataCategories: [phi] }
                effect: prohibit
                reason: No health information.
              - id: people-check
                citation: B
                when: { humanReview: false }
                effect: prohibit
                reason: A person checks the output.
            """)
        var facts = UseCaseFacts(tier: .drafting, scope: .individual, hosting: .onPremises)
        facts.dataCategories = [.phi]
        facts[.humanReview] = true
        let decision = CompiledPolicy(pack).decide(facts)
        #expect(decision.outcome == .prohibited)
        let sentences = decision.changes.map(\.sentence)
        #expect(sentences.contains("Without “Health information (PHI)” in the data it uses: allowed."))
        facts.dataCategories = []
        facts[.humanReview] = false
        let second = CompiledPolicy(pack).decide(facts).changes.map(\.sentence)
        #expect(second.contains(
            "If the answer to “Will a person check what it produces before it is used?” were yes: allowed."))
    }
}
