import Fluent
import Foundation
import StewardCore

/// A union's request to the employer for information, due on a day of the unit's contract calendar.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class InformationRequestModel: Model, @unchecked Sendable {
    static let schema = "information_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Parent(key: "unit_id") var unit: BargainingUnitModel
    @OptionalParent(key: "grievance_id") var grievance: GrievanceModel?
    @Field(key: "asked_on") var askedOn: String
    /// The day the answer is due: the first, or the last follow-up's.
    @Field(key: "due_on") var dueOn: String
    @Field(key: "asked_by") var askedBy: String
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$request) var items: [InformationRequestItemModel]
    @Children(for: \.$request) var followUps: [InformationFollowUpModel]

    init() {}

    /// How the request is referred to: `IR-3`.
    var reference: String { "IR-\(number)" }
}

/// One item of an information request, with the employer's answer once given. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class InformationRequestItemModel: Model, @unchecked Sendable {
    static let schema = "information_request_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "request_id") var request: InformationRequestModel
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String
    @Field(key: "relevance") var relevance: String
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_on") var answeredOn: String?
    @OptionalField(key: "answered_by") var answeredBy: String?

    init() {}
}

/// A follow-up the union sent on an unanswered request, with the new due day. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class InformationFollowUpModel: Model, @unchecked Sendable {
    static let schema = "information_request_follow_ups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "request_id") var request: InformationRequestModel
    @Field(key: "text") var text: String
    @Field(key: "sent_on") var sentOn: String
    @Field(key: "due_on") var dueOn: String
    @Field(key: "sent_by") var sentBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

extension InformationRequestModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $number, $title, $unit, $grievance, $askedOn, $dueOn, $askedBy, $closedOn, $createdAt, $items, $followUps
        ]
    }
}

extension InformationRequestItemModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $request, $position, $text, $relevance, $answer, $answeredOn, $answeredBy
        ]
    }
}

extension InformationFollowUpModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $request, $text, $sentOn, $dueOn, $sentBy, $createdAt] }
}
