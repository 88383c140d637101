/// Renders decisions and rules as text a person reads in a terminal.
public enum PolicyText {
    /// The decision: its outcome, the obligations, each fired rule with its citation and reason, then the single
    /// changes that would loosen it.
    ///
    /// ```swift
    /// print(PolicyText.render(policy.decide(facts)))
    /// // Outcome: prohibited
    /// // …
    /// ```
    public static func render(_ decision: Decision) -> String {
        var lines = ["Outcome: \(decision.outcome.rawValue)"]
        if !decision.obligations.isEmpty {
            lines += ["", "Obligations:"] + decision.obligations.map { "  - \($0)" }
        }
        lines += ["", decision.fired.isEmpty ? "No rule fired." : "Rules that fired:"]
        for fired in decision.fired {
            lines += [
                "  - \(fired.pack) / \(fired.rule.id): \(fired.rule.effect)",
                "    \(fired.rule.citation)",
                "    \(fired.rule.reason)",
            ]
        }
        if !decision.changes.isEmpty {
            lines += ["", "What would change it:"] + decision.changes.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// A rule with its pack, source, condition, effect and reason, for `steward policy explain`.
    public static func render(_ rule: Rule, in pack: PolicyPack) -> String {
        var lines = [
            "\(pack.id) / \(rule.id)",
            "Pack: \(pack.title), version \(pack.version), effective \(pack.effective)",
            "Source: \(rule.citation)",
            "When:",
        ]
        lines += rule.condition.lines.map { "  " + $0 }
        lines += ["Effect: \(rule.effect)"]
        if case .require(let obligation) = rule.effect { lines += ["Obligation: \(obligation)"] }
        lines += ["Reason: \(rule.reason)", "Defined at \(rule.location)"]
        return lines.joined(separator: "\n")
    }
}

extension PolicyText {
    /// The differences between two versions of a pack, for `steward policy diff`.
    public static func render(_ diff: PackDiff) -> String {
        var lines = ["\(diff.old.id) version \(diff.old.version) → \(diff.new.id) version \(diff.new.version)"]
        if !diff.hasRuleChanges { lines.append("No rule changed.") }
        lines += diff.added.map { "+ \($0.id): \($0.effect) (\($0.citation))" }
        lines += diff.removed.map { "- \($0.id): \($0.effect) (\($0.citation))" }
        lines += diff.changed.map { "~ \($0.new.id): \($0.parts.joined(separator: ", ")) changed" }
        if !diff.cases.isEmpty {
            lines += ["", "Use cases decided differently:"]
            for change in diff.cases {
                lines.append("  \(change.name): \(change.before.outcome.rawValue) → \(change.after.outcome.rawValue)")
                let (before, after) = (change.before.obligations, change.after.obligations)
                lines += before.filter { !after.contains($0) }.map { "    - \($0)" }
                lines += after.filter { !before.contains($0) }.map { "    + \($0)" }
            }
        }
        return lines.joined(separator: "\n")
    }
}
