import PolicyEngine
import StewardCore
import Testing

@Suite("Pack versions")
struct DiffTests {
    static let version1 = """
          - id: notice
            citation: A
            when: { affectsWorkingConditions: true }
            effect: require
            obligation: { kind: union-notice, days: 30 }
            reason: Tell the union.
          - id: old-rule
            citation: B
            effect: allow
            reason: Anything goes.
        """
    static let version2 = """
          - id: notice
            citation: A
            when: { affectsWorkingConditions: true }
            effect: require
            obligation: { kind: union-notice, days: 45 }
            reason: Tell the union.
          - id: no-monitoring
            citation: C
            when: { monitorsWorkers: true }
            effect: prohibit
            reason: No monitoring.
        """

    @Test("a diff lists rules added, removed and changed, and the use cases decided differently")
    func diffListsRulesAndCases() throws {
        // given
        let old = try PackText.pack(rules: Self.version1, version: 1)
        let new = try PackText.pack(rules: Self.version2, version: 2)
        let base = UseCaseFacts(tier: .drafting, scope: .individual, hosting: .onPremises)
        var monitoring = base
        monitoring[.monitorsWorkers] = true
        var changing = base
        changing[.affectsWorkingConditions] = true
        // when
        let diff = PackDiff(
            from: old, to: new, cases: [("plain", base), ("monitoring", monitoring), ("changing", changing)])
        // then
        #expect(diff.added.map(\.id) == ["no-monitoring"])
        #expect(diff.removed.map(\.id) == ["old-rule"])
        #expect(diff.changed.map(\.new.id) == ["notice"])
        #expect(diff.changed.first?.parts == ["effect"])
        #expect(diff.cases.map(\.name) == ["monitoring", "changing"])
        #expect(diff.cases.first?.after.outcome == .prohibited)
        let text = PolicyText.render(diff)
        #expect(text.contains("+ no-monitoring: prohibit"))
        #expect(text.contains("- old-rule: allow"))
        #expect(text.contains("~ notice: effect changed"))
        #expect(text.contains("monitoring: allowed → prohibited"))
    }

    @Test("the same pack written in another order differs in nothing")
    func reorderedPackHasNoDiff() throws {
        let old = try PackText.pack(rules: Self.version2)
        let reordered = try PackText.pack(
            rules: Self.version2.split(separator: "\n").suffix(5).joined(separator: "\n")
                + "\n" + Self.version2.split(separator: "\n").prefix(6).joined(separator: "\n"))

        let diff = PackDiff(
            from: old, to: reordered,
            cases: [("x", UseCaseFacts(tier: .drafting, scope: .individual, hosting: .onPremises))])

        #expect(!diff.hasRuleChanges)
        #expect(diff.cases.isEmpty)
    }
}
