import Fluent
import Foundation
import PolicyEngine
import StewardCore

/// One step of a use case's review. `@unchecked Sendable`: see ``OrganizationModel``.
final class ReviewStepModel: Model, @unchecked Sendable {
    static let schema = "review_steps"

    @ID(key: .id) var id: UUID?
    @Parent(key: "use_case_id") var useCase: UseCaseModel
    @Field(key: "kind") var kind: ObligationKind
    @Field(key: "gate") var gate: StepGate
    @Field(key: "status") var status: StepStatus
    @Field(key: "owner_role") var ownerRole: Role
    @OptionalParent(key: "owner_id") var owner: PersonModel?
    @OptionalField(key: "due") var due: Date?
    @Field(key: "zone") var zone: Zone
    /// The obligation's parameters as the decision set them, as JSON (`{"days": "30"}`).
    @Field(key: "parameters") var parameters: String
    @Field(key: "record") var record: String
    @OptionalField(key: "completed_by") var completedBy: String?
    @OptionalField(key: "completed_at") var completedAt: Date?
    @Field(key: "created_at") var createdAt: Date
    /// The union's answer to a notice step.
    @OptionalField(key: "answer") var answer: NoticeAnswer?
    @OptionalField(key: "answered_by") var answeredBy: String?
    @OptionalField(key: "answered_at") var answeredAt: Date?

    init() {}

    /// One of the obligation's parameters as the decision set it (`"30"` for the days of a notice), if set.
    func parameter(_ name: ObligationParameter) -> String? {
        let object = try? JSONSerialization.jsonObject(with: Data(parameters.utf8)) as? [String: String]
        return object?[name.rawValue]
    }

    func domain() throws -> ReviewStep {
        ReviewStep(
            id: ReviewStepID(try requireID()), useCaseID: UseCaseID($useCase.id), kind: kind, gate: gate,
            status: status, ownerRole: ownerRole, ownerID: $owner.id.map(PersonID.init), due: due, zone: zone,
            record: record)
    }
}

extension ReviewStepModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $useCase, $kind, $gate, $status, $ownerRole, $owner, $due, $zone, $parameters, $record, $completedBy,
            $completedAt, $createdAt, $answer, $answeredBy, $answeredAt
        ]
    }
}
