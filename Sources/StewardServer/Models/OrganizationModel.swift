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

    init() {}

    init(name: String, kind: String, isDemo: Bool) {
        self.name = name
        self.kind = kind
        self.isDemo = isDemo
    }
}
