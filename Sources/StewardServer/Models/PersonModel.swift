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
    /// A deactivated person cannot sign in, and their tokens and gateway keys stop working; their records stay.
    @Field(key: "is_active") var isActive: Bool
    @Field(key: "is_supervisor") var isSupervisor: Bool
    /// Set by the installation (`steward user admin`), never through the pages.
    @Field(key: "is_administrator") var isAdministrator: Bool
    /// The side they sit on in review teams and the joint committee, when they sit on one.
    @OptionalField(key: "committee_side") var committeeSide: TableSide?

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
        isActive = true
        isSupervisor = false
        isAdministrator = false
    }

    func domain() throws -> Person {
        Person(
            id: PersonID(try requireID()), username: username, displayName: displayName, role: role,
            isAdministrator: isAdministrator, committeeSide: committeeSide)
    }
}

extension PersonModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $username, $displayName, $role, $passwordHash, $unit, $createdAt, $email, $isActive, $isSupervisor,
            $isAdministrator, $committeeSide
        ]
    }
}
