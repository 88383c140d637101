import Fluent
import Foundation
import StewardCore

/// One audit of a use in service, kept with its scheduled audit step. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class UseAuditModel: Model, @unchecked Sendable {
    static let schema = "use_audits"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Field(key: "audited_on") var auditedOn: String
    @Field(key: "scope") var scope: String
    @Field(key: "evidence") var evidence: String
    /// Whether the AI officer suspended the use on this audit's findings.
    @Field(key: "suspended_use") var suspendedUse: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$audit) var findings: [AuditFindingModel]

    init() {}
}

/// A finding of an audit, with the follow-up it needs. `@unchecked Sendable`: see ``OrganizationModel``.
final class AuditFindingModel: Model, @unchecked Sendable {
    static let schema = "audit_findings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "audit_id") var audit: UseAuditModel
    @Field(key: "area") var area: UseAudit.Area
    @Field(key: "severity") var severity: UseAudit.Severity
    @Field(key: "text") var text: String
    @OptionalField(key: "follow_up") var followUp: String?
    @OptionalParent(key: "owner_id") var owner: PersonModel?
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "done_on") var doneOn: String?

    init() {}
}

extension UseAuditModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $step, $auditedOn, $scope, $evidence, $suspendedUse, $recordedBy, $createdAt, $findings
        ]
    }
}

extension AuditFindingModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $audit, $area, $severity, $text, $followUp, $owner, $dueOn, $doneOn
        ]
    }
}
