import Fluent
import Foundation
import StewardCore

/// A privacy impact assessment: the answers to its questions, its conclusion and measures, and who made it.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class PrivacyAssessmentModel: Model, @unchecked Sendable {
    static let schema = "privacy_assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    /// The answers as JSON, by question id.
    @Field(key: "answers") var answers: String
    @Field(key: "conclusion") var conclusion: PrivacyConclusion
    @Field(key: "measures") var measures: String
    @Field(key: "assessed_by") var assessedBy: String
    @Field(key: "assessed_at") var assessedAt: Date

    init() {}

    /// The answers by question.
    var answerSet: [PrivacyQuestion: String] {
        let stored = (try? JSONDecoder().decode([String: String].self, from: Data(answers.utf8))) ?? [:]
        return Dictionary(uniqueKeysWithValues: stored.compactMap { key, value in PrivacyQuestion(rawValue: key).map { ($0, value) } })
    }

    /// The assessment as its step's record: each question and answer, the conclusion and the measures.
    var text: String {
        let set = answerSet
        let lines = PrivacyQuestion.allCases.compactMap { question in set[question].map { "\(question.text)\n\($0)" } }
        return (lines + ["Conclusion: \(conclusion.title)."] + (measures.isEmpty ? [] : ["Measures: \(measures)"]))
            .joined(separator: "\n\n")
    }
}

extension PrivacyAssessmentModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $step, $answers, $conclusion, $measures, $assessedBy, $assessedAt] }
}
