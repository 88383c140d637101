import Fluent
import Foundation
import StewardCore

/// A grievance about AI: what the employer was given (title, statement, remedy), the contract whose procedure it
/// follows, and how it ended. The union's strategy is kept in union-private notes on it, never here.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class GrievanceModel: Model, @unchecked Sendable {
    static let schema = "grievances"

    @ID(key: .id) var id: UUID?
    /// Numbered in the order filed, as grievances are referred to across the table.
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Field(key: "statement") var statement: String
    @Field(key: "remedy") var remedy: String
    @Parent(key: "unit_id") var unit: BargainingUnitModel
    @Parent(key: "contract_id") var contract: ContractModel
    @Field(key: "day_count") var dayCount: DayCount
    @OptionalParent(key: "tool_id") var tool: AIToolModel?
    @OptionalParent(key: "use_case_id") var useCase: UseCaseModel?
    @Field(key: "filed_on") var filedOn: String
    @Parent(key: "filed_by_id") var filedBy: PersonModel
    @OptionalField(key: "outcome") var outcome: GrievanceOutcome?
    @OptionalField(key: "outcome_note") var outcomeNote: String?
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$grievance) var steps: [GrievanceStepModel]
    @Children(for: \.$grievance) var agreements: [TimeAgreementModel]

    init() {}

    /// How the grievance is referred to: `G-7`.
    var reference: String { "G-\(number)" }
}

/// One step of a grievance's procedure as it was held: when it began, its meeting and the answer given.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class GrievanceStepModel: Model, @unchecked Sendable {
    static let schema = "grievance_steps"

    @ID(key: .id) var id: UUID?
    @Parent(key: "grievance_id") var grievance: GrievanceModel
    @Field(key: "position") var position: Int
    /// The step's name and time limit as the contract gave them when the step began.
    @Field(key: "name") var name: String
    @Field(key: "days") var days: Int
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "meeting_on") var meetingOn: String?
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_on") var answeredOn: String?
    @OptionalField(key: "answered_by") var answeredBy: String?

    init() {}
}

/// An extension or an abeyance one side proposed; it counts once the other side agreed.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class TimeAgreementModel: Model, @unchecked Sendable {
    static let schema = "grievance_time_agreements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "grievance_id") var grievance: GrievanceModel
    @Field(key: "step_position") var stepPosition: Int
    @Field(key: "kind") var kind: String
    @OptionalField(key: "days") var days: Int?
    @OptionalField(key: "from_day") var fromDay: String?
    @OptionalField(key: "until_day") var untilDay: String?
    @Field(key: "reason") var reason: String
    @Field(key: "proposed_by") var proposedBy: String
    @Field(key: "proposed_side") var proposedSide: TableSide
    @OptionalField(key: "agreed_by") var agreedBy: String?
    @OptionalField(key: "agreed_on") var agreedOn: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// The change, as the clock reads it.
    var change: TimeAgreement? {
        switch kind {
        case "extension": days.map(TimeAgreement.extensionDays)
        case "abeyance": fromDay.flatMap(LocalDay.init).map { .abeyance(from: $0, until: untilDay.flatMap(LocalDay.init)) }
        default: nil
        }
    }
}

extension GrievanceModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $number, $title, $statement, $remedy, $unit, $contract, $dayCount, $tool, $useCase, $filedOn, $filedBy,
            $outcome, $outcomeNote, $closedOn, $createdAt, $steps, $agreements
        ]
    }
}

extension GrievanceStepModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $grievance, $position, $name, $days, $startedOn, $meetingOn, $answer, $answeredOn, $answeredBy
        ]
    }
}

extension TimeAgreementModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $grievance, $stepPosition, $kind, $days, $fromDay, $untilDay, $reason, $proposedBy, $proposedSide,
            $agreedBy, $agreedOn, $createdAt
        ]
    }
}
