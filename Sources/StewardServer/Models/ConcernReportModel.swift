import Fluent
import Foundation
import StewardCore

/// A problem with an AI tool that a person reported. It keeps the day it came in and never a finer time; an
/// anonymous report keeps no reporter, and its audit event is written with the day's other anonymous reports once
/// the day is over (``ConcernReportService/recordAnonymousReports()``). `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class ConcernReportModel: Model, @unchecked Sendable {
    static let schema = "concern_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "tool_id") var tool: AIToolModel
    @OptionalParent(key: "use_case_id") var useCase: UseCaseModel?
    @Field(key: "body") var body: String
    @OptionalParent(key: "reporter_id") var reporter: PersonModel?
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "status") var status: ConcernReport.Status
    @OptionalField(key: "closing_note") var closingNote: String?
    @OptionalField(key: "closed_by") var closedBy: String?
    @OptionalParent(key: "grievance_id") var grievance: GrievanceModel?
    /// Whether the audit trail records the report yet; an anonymous one waits for its day to end.
    @Field(key: "audited") var audited: Bool

    init() {}
}

extension ConcernReportModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $tool, $useCase, $body, $reporter, $receivedOn, $status, $closingNote, $closedBy, $grievance, $audited
        ]
    }
}
