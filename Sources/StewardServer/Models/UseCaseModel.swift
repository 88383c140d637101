import Fluent
import Foundation
import StewardCore

/// A use case of a tool by a bargaining unit, with its own facts. `@unchecked Sendable`: see ``OrganizationModel``.
final class UseCaseModel: Model, @unchecked Sendable {
    static let schema = "use_cases"

    @ID(key: .id) var id: UUID?
    @Field(key: "zone") var zone: Zone
    @Parent(key: "tool_id") var tool: AIToolModel
    @Parent(key: "unit_id") var unit: BargainingUnitModel
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "purposes") var purposes: [String]
    @Field(key: "data_categories") var dataCategories: [String]
    @Field(key: "tier") var tier: Int
    @Field(key: "scope") var scope: Scope
    @Field(key: "decision_role") var decisionRole: DecisionRole
    @Field(key: "flags") var flags: [String]
    @OptionalField(key: "created_at") var createdAt: Date?
    @Field(key: "review_status") var reviewStatus: ReviewStatus
    @OptionalField(key: "requested_by") var requestedByID: UUID?
    /// The conditions attached to the approval: human review, labels, records retention (Seed 003).
    @Field(key: "conditions") var conditions: String
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approved_by") var approvedBy: String?
    @Children(for: \.$useCase) var steps: [ReviewStepModel]

    init() {}
}

extension UseCaseModel {
    func domain() throws -> UseCase {
        let draft = UseCaseDraft(
            unitID: BargainingUnitID($unit.id), title: title, description: description,
            purposes: Set(purposes.compactMap(Purpose.init(rawValue:))),
            dataCategories: Set(dataCategories.compactMap(DataCategory.init(rawValue:))),
            tier: Tier(rawValue: tier) ?? .decisions, scope: scope, decisionRole: decisionRole,
            flags: Set(flags.compactMap(BooleanFact.init(rawValue:))))
        return UseCase(id: UseCaseID(try requireID()), toolID: AIToolID($tool.id), draft: draft)
    }

    func apply(_ draft: UseCaseDraft) {
        $unit.id = draft.unitID.uuid
        title = draft.title
        description = draft.description
        purposes = draft.purposes.map(\.rawValue).sorted()
        dataCategories = draft.dataCategories.map(\.rawValue).sorted()
        tier = draft.tier.rawValue
        scope = draft.scope
        decisionRole = draft.decisionRole
        flags = draft.flags.subtracting(UseCase.toolFlags).map(\.rawValue).sorted()
    }
}

extension UseCaseModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $zone, $tool, $unit, $title, $description, $purposes, $dataCategories, $tier, $scope, $decisionRole,
            $flags, $createdAt, $reviewStatus, $requestedByID, $conditions, $approvedAt, $approvedBy, $steps
        ]
    }
}
