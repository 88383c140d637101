import Fluent
import Foundation

/// A reminder digest sent to a person on a day (`2026-11-30`, in UTC), with how many steps it listed.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class ReminderDigestModel: Model, @unchecked Sendable {
    static let schema = "reminder_digests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "day") var day: String
    @Field(key: "steps") var steps: Int
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(personID: UUID, day: String, steps: Int, sentAt: Date) {
        self.$person.id = personID
        self.day = day
        self.steps = steps
        self.sentAt = sentAt
    }
}

extension ReminderDigestModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $person, $day, $steps, $sentAt] }
}
