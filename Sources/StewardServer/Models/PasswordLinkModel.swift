import Fluent
import Foundation

/// A one-time link that sets a person's password: the invitation of a new account, or a reset asked for. Only the
/// digest of its secret is kept. `@unchecked Sendable`: see ``OrganizationModel``.
final class PasswordLinkModel: Model, @unchecked Sendable {
    static let schema = "password_links"

    enum Purpose: String, Codable, Sendable {
        case invitation
        case reset
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "digest") var digest: String
    @Field(key: "purpose") var purpose: Purpose
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(personID: UUID, digest: String, purpose: Purpose, createdAt: Date, expiresAt: Date) {
        self.$person.id = personID
        self.digest = digest
        self.purpose = purpose
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

extension PasswordLinkModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $person, $digest, $purpose, $createdAt, $expiresAt, $usedAt] }
}
