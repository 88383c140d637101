import Fluent
import Foundation

/// The organization that runs this installation: a union, or a public employer whose staff are unionized.
///
/// Fluent models are classes with property wrappers that the compiler cannot check for sendability, hence
/// `@unchecked Sendable`, as in Vapor's own template.
final class OrganizationModel: Model, @unchecked Sendable {
    static let schema = "organizations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "is_demo") var isDemo: Bool
    @OptionalField(key: "created_at") var createdAt: Date?
    /// The time zone the organization's days are counted in, where no contract says otherwise.
    @Field(key: "time_zone") var timeZone: String
    /// The organization's holidays, `YYYY-MM-DD` separated by commas.
    @Field(key: "holidays") var holidays: String

    init() {}

    init(name: String, kind: String, isDemo: Bool) {
        self.name = name
        self.kind = kind
        self.isDemo = isDemo
        timeZone = "UTC"
        holidays = ""
    }
}

extension OrganizationModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $name, $kind, $isDemo, $createdAt, $timeZone, $holidays] }
}
