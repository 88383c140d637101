import Foundation
import PolicyEngine
import StewardCore
import Testing

@Suite("Explanations")
struct ExplanationTests {
    static let recording = UseCaseFacts(
        categories: [.nlp], purposes: [.meetingTranscription], tier: .drafting, scope: .individual,
        hosting: .publicCloud)

    @Test("the text of a decision gives the outcome, the fired rules with citation and reason, and the changes")
    func decisionTextReadsInOrder() throws {
        let policy = try CompiledPolicy(adopting: [#require(try ShippedPacks.pack(withID: "union-ai-use-policy"))])

        let text = PolicyText.render(policy.decide(Self.recording))

        #expect(text.hasPrefix("Outcome: prohibited\n\nRules that fired:\n"))
        #expect(
            text.contains(
                "  - union-ai-use-policy / no-meeting-recording: prohibit\n"
                    + "    Seed 000: a union's AI Use Policy, Principles of AI Use, Data Privacy and Security\n"))
        #expect(text.contains("What would change it:\n  - without meeting-transcription in purposes: conditional"))
    }

    @Test("the JSON of a decision has outcome, obligations with parameters, fired and changes")
    func decisionJSONHasTheDocumentedShape() throws {
        let policy = try CompiledPolicy(adopting: ShippedPacks.all())
        var facts = Self.recording
        facts.purposes = [.scheduling]
        facts[.affectsWorkingConditions] = true

        let data = try JSONEncoder().encode(policy.decide(facts))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        #expect(json["outcome"] as? String == "conditional")
        let obligations = try #require(json["obligations"] as? [[String: Any]])
        let notice = try #require(obligations.first { $0["kind"] as? String == "union-notice" })
        #expect(notice["days"] as? Int == 30)
        let fired = try #require(json["fired"] as? [[String: Any]])
        #expect(fired.allSatisfy { Set($0.keys).isSuperset(of: ["pack", "rule", "citation", "effect", "reason"]) })
        #expect(json["changes"] is [[String: Any]])
    }

    @Test("explaining a rule shows its pack, source, condition, effect and reason")
    func ruleExplanation() throws {
        let pack = try #require(try ShippedPacks.pack(withID: "union-ai-use-policy"))
        let rule = try #require(pack.rule(withID: "people-decide-employment"))

        let text = PolicyText.render(rule, in: pack)

        #expect(text.contains("union-ai-use-policy / people-decide-employment"))
        #expect(text.contains("Source: Seed 000: a union's AI Use Policy, AI Use in Decision-Making, Fairness"))
        #expect(
            text.contains(
                "When:\n  all of:\n    purposes includes any of hiring, promotion, compensation, discipline\n"
                    + "    decisionRole is determinative"))
        #expect(text.contains("Effect: prohibit"))
        #expect(text.contains("Defined at packs/union-ai-use-policy.yaml:"))
    }
}
