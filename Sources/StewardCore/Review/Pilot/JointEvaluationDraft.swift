import Foundation

/// A pilot's joint evaluation as drafted before both sides sign it: a finding for each criterion and an outcome
/// (Seed 002, "Pilot Programs": the evaluation is bargained with the union).
///
/// ```swift
/// var draft = JointEvaluationDraft(outcome: "extend")
/// draft.findings[.accuracy] = "Two summaries in fifty missed a medication."
/// draft.problems.map(\.field)  // ["efficiency", "cost-effectiveness", "working-conditions", "extendTo"]
/// ```
public struct JointEvaluationDraft: Hashable, Sendable {
    public var findings: [PilotCriterion: String]
    public var outcome: String
    /// The new end day, for an extension.
    public var extendTo: String

    public init(findings: [PilotCriterion: String] = [:], outcome: String = "", extendTo: String = "") {
        self.findings = findings
        self.outcome = outcome
        self.extendTo = extendTo
    }

    /// Every problem with the draft, by field; `endsOn` is the pilot's current end, which an extension must pass.
    public func problems(endsOn: LocalDay? = nil) -> [DomainError] {
        var problems: [DomainError] = []
        for criterion in PilotCriterion.allCases {
            let text = findings[criterion] ?? ""
            if let problem = InputText.problem(in: text, field: criterion.rawValue) { problems.append(problem) }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > 10_000 {
                problems.append(DomainError(
                    code: .invalidField, field: criterion.rawValue,
                    message: "write what the pilot showed about \(criterion.title.lowercased()) (1 to 10,000 characters)"))
            }
        }
        guard let outcome = PilotOutcome(rawValue: outcome) else {
            problems.append(DomainError(
                code: .invalidField, field: "outcome",
                message: "`outcome` is `\(outcome.prefix(40))`; choose " + PilotOutcome.allCases.map(\.rawValue).joined(separator: ", ")))
            return problems
        }
        if outcome == .extend {
            let day = LocalDay(extendTo.trimmingCharacters(in: .whitespaces))
            if let problem = DayField.problem(in: extendTo, field: "extendTo") {
                problems.append(problem)
            } else if let day, let endsOn, day <= endsOn {
                problems.append(DomainError(
                    code: .invalidField, field: "extendTo",
                    message: "an extension runs past the current end, \(endsOn); \(day) does not"))
            }
        }
        return problems
    }
}
