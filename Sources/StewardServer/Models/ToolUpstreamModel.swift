import Fluent
import Foundation

/// Where the gateway sends a tool's calls: its short gateway name, the service's base URL and model, and the
/// service's credential sealed with the installation's gateway key. `@unchecked Sendable`: see ``OrganizationModel``.
final class ToolUpstreamModel: Model, @unchecked Sendable {
    static let schema = "tool_upstreams"

    @ID(key: .id) var id: UUID?
    @Parent(key: "tool_id") var tool: AIToolModel
    @Field(key: "gateway_name") var gatewayName: String
    @Field(key: "base_url") var baseURL: String
    @Field(key: "model") var model: String
    @Field(key: "sealed_credential") var sealedCredential: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

extension ToolUpstreamModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $tool, $gatewayName, $baseURL, $model, $sealedCredential, $updatedBy, $updatedAt
        ]
    }
}
