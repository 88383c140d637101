import Fluent
import Foundation

/// An API token; only its SHA-256 digest is stored. `@unchecked Sendable`: see ``OrganizationModel``.
final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "token_digest") var tokenDigest: String
    @Field(key: "label") var label: String
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(personID: UUID, tokenDigest: String, label: String) {
        self.$person.id = personID
        self.tokenDigest = tokenDigest
        self.label = label
    }
}

extension APITokenModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $person, $tokenDigest, $label, $createdAt, $revokedAt] }
}
