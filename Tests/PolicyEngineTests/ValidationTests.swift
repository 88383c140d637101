import PolicyEngine
import StewardCore
import Testing

@Suite("Validation: every problem at once, with file, line, column and rule id")
struct ValidationTests {
    @Test("a misspelt fact is reported at its line and column with the rule id and a suggestion")
    func unknownFactNamesRuleAndSuggestion() {
        // given
        let yaml = PackText.with(
            rules: """
                  - id: no-ai-discipline
                    citation: Fairness
                    when: { purpse: [discipline] }
                    effect: prohibit
                    reason: People decide discipline.
                """)
        // when
        let problems = PackText.problems(in: yaml, file: "packs/local.yaml")
        // then
        #expect(
            problems.map(\.description) == [
                "packs/local.yaml:11:13: rule `no-ai-discipline`: unknown fact `purpse`; did you mean `purposes`? "
                    + "Known facts and connectives: all, any, not, "
                    + Fact.allCases.map(\.rawValue).joined(separator: ", ")
            ])
        #expect(problems.first?.code == .unknownFact)
    }

    @Test("an unknown value names the allowed values")
    func unknownValueListsAllowedValues() throws {
        let problems = PackText.problems(
            in: PackText.with(
                rules: """
                      - id: r
                        citation: A
                        when: { dataCategories: [phii] }
                        effect: prohibit
                        reason: Health data stays out.
                    """))
        let problem = try #require(problems.first)
        #expect(problem.code == .unknownValue)
        #expect(problem.message.contains("did you mean `phi`?"))
        #expect(problem.message.lowercased().contains("allowed: public, internal"))
    }

    @Test("a wrong type is reported for booleans, tiers and obligation numbers")
    func wrongTypesAreReported() {
        let problems = PackText.problems(
            in: PackText.with(
                rules: """
                      - id: flag-as-text
                        citation: A
                        when: { humanReview: maybe }
                        effect: prohibit
                        reason: Review first.
                      - id: tier-as-word
                        citation: A
                        when: { tier: high }
                        effect: prohibit
                        reason: High tiers are out.
                      - id: days-as-word
                        citation: A
                        effect: require
                        obligation: { kind: union-notice, days: soon }
                        reason: Tell the union.
                    """))
        #expect(problems.map(\.code) == [.wrongType, .wrongType, .wrongType])
        #expect(problems.map(\.ruleID) == ["flag-as-text", "tier-as-word", "days-as-word"])
    }

    @Test("duplicate ids, missing citations and reasons, and unknown obligations all come out in one pass")
    func everyProblemAtOnce() {
        let problems = PackText.problems(
            in: PackText.with(
                rules: """
                      - id: same
                        citation: A
                        effect: allow
                        reason: Fine.
                      - id: same
                        citation: B
                        effect: allow
                        reason: Also fine.
                      - id: no-citation
                        effect: allow
                        reason: Missing its citation.
                      - id: no-reason
                        citation: C
                        effect: allow
                      - id: bad-kind
                        citation: D
                        effect: require
                        obligation: { kind: union-notise, days: 30 }
                        reason: Tell the union.
                      - id: bad-parameter
                        citation: E
                        effect: require
                        obligation: { kind: pilot, weeks: 4 }
                        reason: Pilot first.
                      - id: missing-parameter
                        citation: F
                        effect: require
                        obligation: { kind: bias-audit }
                        reason: Audit for bias.
                    """))
        #expect(
            problems.map(\.code) == [
                .missingField, .missingField, .unknownObligation, .unknownParameter, .missingParameter, .duplicateID,
            ])
        #expect(
            problems.map(\.ruleID) == [
                "no-citation", "no-reason", "bad-kind", "bad-parameter", "missing-parameter", "same",
            ])
        #expect(problems.allSatisfy { $0.location?.line ?? 0 > 8 })
        #expect(problems[2].message.contains("did you mean `union-notice`?"))
    }

    @Test("a rule whose condition can never hold is reported")
    func ruleThatCanNeverFire() {
        let problems = PackText.problems(
            in: PackText.with(
                rules: """
                      - id: two-scopes
                        citation: A
                        when: { all: [{ scope: individual }, { scope: enterprise }] }
                        effect: prohibit
                        reason: Impossible.
                      - id: above-top-tier
                        citation: A
                        when: { tier: "> 3" }
                        effect: prohibit
                        reason: Impossible.
                      - id: true-and-false
                        citation: A
                        when: { all: [{ humanReview: true }, { not: { humanReview: true } }] }
                        effect: allow
                        reason: Impossible.
                    """))
        #expect(problems.map(\.code) == [.neverFires, .neverFires, .neverFires])
    }

    @Test("a prohibition may not depend on a set value being absent")
    func prohibitionOnAbsentValueIsRejected() {
        let problems = PackText.problems(
            in: PackText.with(
                rules: """
                      - id: unless-drafting
                        citation: A
                        when: { categories: [generative], not: { purposes: [drafting] } }
                        effect: prohibit
                        reason: Only drafting.
                      - id: require-unless-drafting
                        citation: A
                        when: { not: { purposes: [drafting] } }
                        effect: require
                        obligation: { kind: human-review }
                        reason: Review anything but drafts.
                    """))
        #expect(problems.map(\.code) == [.prohibitionOnAbsentValue])
        #expect(problems.first?.ruleID == "unless-drafting")
    }

    @Test(
        "malformed YAML is an error message with a position, never a crash",
        arguments: [
            "pack: [unclosed", "rules:\n  - id: a\n   bad-indent: b", "\t- tab", "pack: a\npack: b", "",
            "- just\n- a list",
            "pack: x\nrules: 5", "pack: x\nrules: [{id: r, citation: {section: [a]}, effect: allow, reason: r}]",
            "pack: x\nrules: [{id: r, citation: a, when: [], effect: allow, reason: r}]",
            "pack: x\nrules: [{id: r, citation: a, when: {any: {}}, effect: allow, reason: r}]",
            "pack: x\nrules: [{id: r, citation: a, when: {scope: {a: b}}, effect: block, reason: r}]",
            "pack: &a x\ntitle: *a\nrules: [{? [a]: b}]",
            "pack: x\nrules: [{id: r, citation: a, when: {? [tier]: 1}, effect: allow, reason: r}]",
        ])
    func malformedTextIsReportedNotCrashed(_ yaml: String) {
        let problems = PackText.problems(in: yaml)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.location != nil && !$0.message.isEmpty })
    }

    @Test("a missing header field is named")
    func missingHeaderFieldsAreNamed() {
        let problems = PackText.problems(in: "pack: p\ntitle: T\nversion: 0\neffective: 2025-02-30\nrules: []\n")
        #expect(problems.map(\.code) == [.wrongType, .wrongType, .missingField, .wrongType])
        #expect(problems.map { $0.location?.line } == [3, 4, 1, 5])
    }

    @Test("an unknown field gets a suggestion")
    func unknownFieldIsSuggested() {
        let problems = PackText.problems(
            in: PackText.with(
                rules: """
                      - id: r
                        citation: A
                        effect: allow
                        reasn: Typo.
                    """))
        #expect(problems.map(\.code) == [.unknownField, .missingField])
        #expect(problems.first?.message.contains("did you mean `reason`?") == true)
    }
}
