import Fluent
import Foundation

/// A person's calendar feed of their open steps. Its secret address is derived from its id with a key from the
/// key directory, so the database holds no secret. `@unchecked Sendable`: see ``OrganizationModel``.
final class CalendarFeedModel: Model, @unchecked Sendable {
    static let schema = "calendar_feeds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}

extension CalendarFeedModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $person, $createdAt, $revokedAt] }
}
