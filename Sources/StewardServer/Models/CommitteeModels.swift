import Fluent
import Foundation
import StewardCore

/// A meeting of the joint labor-management committee: its day, its agenda and the minutes people wrote.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class CommitteeMeetingModel: Model, @unchecked Sendable {
    static let schema = "committee_meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "held_on") var heldOn: String
    @OptionalField(key: "minutes") var minutes: String?
    @OptionalField(key: "minutes_by") var minutesBy: String?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$meeting) var items: [CommitteeAgendaItemModel]
    @Children(for: \.$meeting) var decisions: [CommitteeDecisionModel]
    @Children(for: \.$meeting) var actions: [CommitteeActionModel]

    init() {}
}

/// One item of a meeting's agenda, with a link to what it is about when it came from the records.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class CommitteeAgendaItemModel: Model, @unchecked Sendable {
    static let schema = "committee_agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: CommitteeMeetingModel
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "href") var href: String?

    init() {}
}

/// A decision the committee took at a meeting; one that names a use's committee-review step completed it.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class CommitteeDecisionModel: Model, @unchecked Sendable {
    static let schema = "committee_decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: CommitteeMeetingModel
    @Field(key: "text") var text: String
    @OptionalParent(key: "step_id") var step: ReviewStepModel?
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// Something a meeting gave a person to do, by a day.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class CommitteeActionModel: Model, @unchecked Sendable {
    static let schema = "committee_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: CommitteeMeetingModel
    @Field(key: "text") var text: String
    @Parent(key: "owner_id") var owner: PersonModel
    @Field(key: "due_on") var dueOn: String
    @OptionalField(key: "done_on") var doneOn: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

extension CommitteeMeetingModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $heldOn, $minutes, $minutesBy, $createdBy, $createdAt, $items, $decisions, $actions
        ]
    }
}

extension CommitteeAgendaItemModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $meeting, $position, $title, $href] }
}

extension CommitteeDecisionModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $meeting, $text, $step, $recordedBy, $createdAt] }
}

extension CommitteeActionModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $meeting, $text, $owner, $dueOn, $doneOn, $createdAt] }
}
