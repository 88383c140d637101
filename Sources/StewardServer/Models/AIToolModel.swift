import Fluent
import Foundation
import StewardCore

/// An AI tool in the registry. Sets are stored as arrays of their raw values. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class AIToolModel: Model, @unchecked Sendable {
    static let schema = "ai_tools"

    @ID(key: .id) var id: UUID?
    @Field(key: "zone") var zone: Zone
    @Field(key: "name") var name: String
    @Field(key: "vendor") var vendor: String
    @Field(key: "version") var version: String
    @Field(key: "categories") var categories: [String]
    @Field(key: "hosting") var hosting: Hosting
    @Field(key: "vendor_trains_on_inputs") var vendorTrainsOnInputs: Bool
    @Field(key: "hipaa_baa") var hipaaBAA: Bool
    @Field(key: "contact") var contact: String
    @Field(key: "description") var description: String
    @Field(key: "status") var status: ToolStatus
    @Field(key: "conditions") var conditions: String
    @OptionalParent(key: "requested_by") var requestedBy: PersonModel?
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "updated_at") var updatedAt: Date?
    @Children(for: \.$tool) var transitions: [ToolTransitionModel]

    init() {}
}

extension AIToolModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $zone, $name, $vendor, $version, $categories, $hosting, $vendorTrainsOnInputs, $hipaaBAA, $contact,
            $description, $status, $conditions, $requestedBy, $createdAt, $updatedAt, $transitions
        ]
    }
}
