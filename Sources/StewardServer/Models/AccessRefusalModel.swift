import Fluent
import Foundation

/// How often one actor was refused one action on one target within one hour: refusals are counted here, in a log
/// of their own, so that a flood of refused requests cannot crowd real events out of the audit trail.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class AccessRefusalModel: Model, @unchecked Sendable {
    static let schema = "access_refusals"

    @ID(key: .id) var id: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "action") var action: String
    @Field(key: "zone") var zone: String
    @Field(key: "target") var target: String
    @Field(key: "hour") var hour: Date
    @Field(key: "count") var count: Int
    @Field(key: "last_at") var lastAt: Date

    init() {}
}

extension AccessRefusalModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $actorName, $action, $zone, $target, $hour, $count, $lastAt] }
}
