import Fluent
import Foundation
import StewardCore

/// One move of a tool along its lifecycle, with its reason. `@unchecked Sendable`: see ``OrganizationModel``.
final class ToolTransitionModel: Model, @unchecked Sendable {
    static let schema = "tool_transitions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "tool_id") var tool: AIToolModel
    @Field(key: "from_status") var fromStatus: ToolStatus
    @Field(key: "to_status") var toStatus: ToolStatus
    @Field(key: "reason") var reason: String
    @Field(key: "actor_name") var actorName: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}

    init(toolID: UUID, from: ToolStatus, to: ToolStatus, reason: String, actorName: String, occurredAt: Date) {
        self.$tool.id = toolID
        self.fromStatus = from
        self.toStatus = to
        self.reason = reason
        self.actorName = actorName
        self.occurredAt = occurredAt
    }
}

extension ToolTransitionModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $tool, $fromStatus, $toStatus, $reason, $actorName, $occurredAt] }
}
