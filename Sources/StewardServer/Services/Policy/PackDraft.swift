import Foundation
import PolicyEngine
import StewardCore

/// A pack's text and the units it is to apply to, as a person wrote or uploaded them; no unit for the whole
/// organization.
struct PackDraft: Sendable {
    var source: String
    var unitIDs: [String]

    /// The pack's problems as field problems: each with the line, column and rule id the linter gives.
    static func problems(of error: PolicyPackError) -> [DomainError] {
        error.allProblems.map { problem in
            DomainError(
                code: .invalidField, field: "source", message: problem.message, line: problem.location?.line,
                column: problem.location?.column, rule: problem.ruleID)
        }
    }

    /// The line of the text that gives the pack's version, where a version that counts down is reported.
    var versionLine: Int {
        (source.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("version:") } ?? 0) + 1
    }
}

/// What adopting a pack would change, shown before it is adopted.
struct PackPreview: Sendable {
    let draft: PackDraft
    let pack: PolicyPack
    let units: [BargainingUnitModel]
    /// The version of the same pack in force now, if any.
    let previous: PolicyAdoptionModel.Record?
    /// The rules added, removed and changed against the version in force; nil for a new pack.
    let diff: PackDiff?
    let changes: [DecisionChange]
    let after: AdoptedPolicy
}
