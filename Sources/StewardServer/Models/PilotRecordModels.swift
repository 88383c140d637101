import Fluent
import Foundation
import StewardCore

/// A measurement taken while a pilot runs, against one of its criteria. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class PilotMetricModel: Model, @unchecked Sendable {
    static let schema = "pilot_metrics"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pilot_id") var pilot: PilotModel
    @Field(key: "criterion") var criterion: PilotCriterion
    @Field(key: "recorded_on") var recordedOn: String
    @Field(key: "value") var value: String
    @Field(key: "recorded_by") var recordedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// A participant's answer to the pilot's worker survey; one per participant, replaced when they answer again.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class PilotSurveyAnswerModel: Model, @unchecked Sendable {
    static let schema = "pilot_survey_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pilot_id") var pilot: PilotModel
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "efficiency") var efficiency: Int
    @Field(key: "cost_effectiveness") var costEffectiveness: Int
    @Field(key: "accuracy") var accuracy: Int
    @Field(key: "working_conditions") var workingConditions: Int
    @Field(key: "comment") var comment: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    func rating(_ criterion: PilotCriterion) -> Int {
        switch criterion {
        case .efficiency: efficiency
        case .costEffectiveness: costEffectiveness
        case .accuracy: accuracy
        case .workingConditions: workingConditions
        }
    }

    func setRatings(_ ratings: [PilotCriterion: Int]) {
        efficiency = ratings[.efficiency] ?? 0
        costEffectiveness = ratings[.costEffectiveness] ?? 0
        accuracy = ratings[.accuracy] ?? 0
        workingConditions = ratings[.workingConditions] ?? 0
    }
}

extension PilotMetricModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $pilot, $criterion, $recordedOn, $value, $recordedBy, $createdAt] }
}

extension PilotSurveyAnswerModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $pilot, $person, $efficiency, $costEffectiveness, $accuracy, $workingConditions, $comment, $createdAt
        ]
    }
}
