import Fluent
import Foundation

/// A bias audit computed from a tool's decision log and kept with the use's bias-audit step. `@unchecked
/// Sendable`: see ``OrganizationModel``.
final class BiasAuditModel: Model, @unchecked Sendable {
    static let schema = "bias_audits"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Field(key: "conducted_on") var conductedOn: String
    /// Where the decisions came from and what they are, in the recorder's words.
    @Field(key: "data_source") var dataSource: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "outcome_column") var outcomeColumn: String
    /// `selection` or `scoring`.
    @Field(key: "rate_kind") var rateKind: String
    /// The category columns, separated by commas.
    @Field(key: "categories") var categories: String
    @Field(key: "rows") var rows: Int
    @OptionalField(key: "median") var median: Double?
    /// Rows of unknown category per breakdown, one `columns: count` a line.
    @Field(key: "unknown") var unknown: String
    @Field(key: "flagged") var flagged: Int
    /// Whether its summary is in the public inventory.
    @Field(key: "published") var published: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$audit) var groups: [BiasAuditGroupModel]

    init() {}
}

/// One group of a bias audit: its count, selections and impact ratio. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class BiasAuditGroupModel: Model, @unchecked Sendable {
    static let schema = "bias_audit_groups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "audit_id") var audit: BiasAuditModel
    @Field(key: "position") var position: Int
    /// The columns it is a group of, joined by " × ".
    @Field(key: "breakdown") var breakdown: String
    /// Its values, joined by " × ".
    @Field(key: "group_label") var groupLabel: String
    @Field(key: "count") var count: Int
    @Field(key: "selected") var selected: Int
    @OptionalField(key: "impact_ratio") var impactRatio: Double?
    @Field(key: "excluded") var excluded: Bool
    @Field(key: "flagged") var flagged: Bool

    init() {}

    /// Its selection (or scoring) rate.
    var rate: Double { count == 0 ? 0 : Double(selected) / Double(count) }
}

extension BiasAuditModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $step, $conductedOn, $dataSource, $fileName, $outcomeColumn, $rateKind, $categories, $rows, $median,
            $unknown, $flagged, $published, $recordedBy, $createdAt, $groups
        ]
    }
}

extension BiasAuditGroupModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $audit, $position, $breakdown, $groupLabel, $count, $selected, $impactRatio, $excluded, $flagged
        ]
    }
}
