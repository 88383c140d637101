import Fluent
import Foundation

/// A sign-in whose password was checked and found wrong, kept as a record of who was tried from where; the
/// throttle itself counts in `login_throttles` (see ``LoginThrottle``).
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class LoginFailureModel: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "client") var client: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}

    init(username: String, client: String, occurredAt: Date) {
        self.username = username
        self.client = client
        self.occurredAt = occurredAt
    }
}

extension LoginFailureModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $username, $client, $occurredAt] }
}
