import Fluent
import Foundation
import StewardCore

/// A session held or a proposal exchanged in the decisional bargaining of a use. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class BargainingEntryModel: Model, @unchecked Sendable {
    static let schema = "bargaining_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Field(key: "kind") var kind: BargainingEntryKind
    @OptionalField(key: "side") var side: TableSide?
    @Field(key: "held_on") var heldOn: String
    @Field(key: "text") var text: String
    @Field(key: "recorded_by") var recordedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// How the decisional bargaining of a use ended. `@unchecked Sendable`: see ``OrganizationModel``.
final class BargainingOutcomeModel: Model, @unchecked Sendable {
    static let schema = "bargaining_outcomes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Field(key: "outcome") var outcome: BargainingOutcome
    @Field(key: "terms") var terms: String
    @Field(key: "recorded_by") var recordedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

extension BargainingEntryModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $step, $kind, $side, $heldOn, $text, $recordedBy, $createdAt] }
}

extension BargainingOutcomeModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $step, $outcome, $terms, $recordedBy, $createdAt] }
}
