import Foundation

/// A participant's answer to the pilot's worker survey: a rating from 1 (much worse) to 5 (much better) on each
/// criterion, and anything else they want the evaluators to read.
///
/// ```swift
/// PilotSurveyDraft(ratings: [.accuracy: "6"]).problems.first?.message
/// // "rate efficiency from 1 (much worse) to 5 (much better)"
/// ```
public struct PilotSurveyDraft: Hashable, Sendable {
    public var ratings: [PilotCriterion: String]
    public var comment: String

    public init(ratings: [PilotCriterion: String] = [:], comment: String = "") {
        self.ratings = ratings
        self.comment = comment
    }

    public static let scale = 1...5

    public var problems: [DomainError] {
        var problems: [DomainError] = []
        for criterion in PilotCriterion.allCases
        where Int(ratings[criterion]?.trimmingCharacters(in: .whitespaces) ?? "").map(Self.scale.contains) != true {
            problems.append(DomainError(
                code: .invalidField, field: criterion.rawValue,
                message: "rate \(criterion.title.lowercased()) from 1 (much worse) to 5 (much better)"))
        }
        if let problem = InputText.problem(in: comment, field: "comment") { problems.append(problem) }
        if comment.count > 5_000 {
            problems.append(DomainError(code: .invalidField, field: "comment", message: "keep the comment to 5,000 characters"))
        }
        return problems
    }

    /// The ratings by criterion, or nil while there are problems.
    public var checkedRatings: [PilotCriterion: Int]? {
        guard problems.isEmpty else { return nil }
        return ratings.compactMapValues { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
