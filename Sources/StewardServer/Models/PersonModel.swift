import Fluent
import Foundation
import StewardCore

/// A person with a local account. `@unchecked Sendable`: see ``OrganizationModel``.
final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: Role
    @Field(key: "password_hash") var passwordHash: String
    @OptionalParent(key: "unit_id") var unit: BargainingUnitModel?
    @OptionalField(key: "created_at") var createdAt: Date?
    /// Where reminders and notices go; nothing is mailed to a person without one.
    @OptionalField(key: "email") var email: String?

    init() {}

    init(
        username: String, displayName: String, role: Role, passwordHash: String, unitID: UUID? = nil,
        email: String? = nil
    ) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.passwordHash = passwordHash
        self.$unit.id = unitID
        self.email = email
    }

    func domain() throws -> Person {
        Person(id: PersonID(try requireID()), username: username, displayName: displayName, role: role)
    }
}
