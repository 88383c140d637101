import Fluent
import Foundation

/// A person's key for the AI gateway; only its SHA-256 digest is stored. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class GatewayKeyModel: Model, @unchecked Sendable {
    static let schema = "gateway_keys"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "label") var label: String
    @Field(key: "key_digest") var keyDigest: String
    /// The use case calls with this key run as, unless a call names another.
    @OptionalParent(key: "use_case_id") var useCase: UseCaseModel?
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(personID: UUID, label: String, keyDigest: String, useCaseID: UUID?) {
        self.$person.id = personID
        self.label = label
        self.keyDigest = keyDigest
        self.$useCase.id = useCaseID
    }
}

extension GatewayKeyModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $person, $label, $keyDigest, $useCase, $createdAt, $revokedAt] }
}
