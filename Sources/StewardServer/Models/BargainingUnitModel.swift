import Fluent
import Foundation
import StewardCore

/// A bargaining unit and its contract. `@unchecked Sendable`: see ``OrganizationModel``.
final class BargainingUnitModel: Model, @unchecked Sendable {
    static let schema = "bargaining_units"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "name") var name: String
    @Field(key: "local") var local: String
    @Field(key: "contract_title") var contractTitle: String
    @OptionalField(key: "contract_expires") var contractExpires: Date?
    /// The contract the unit works under, once recorded as a record of its own.
    @OptionalParent(key: "contract_id") var contract: ContractModel?

    init() {}

    init(organizationID: UUID, name: String, local: String, contractTitle: String, contractExpires: Date?) {
        self.$organization.id = organizationID
        self.name = name
        self.local = local
        self.contractTitle = contractTitle
        self.contractExpires = contractExpires
    }

    func domain() throws -> BargainingUnit {
        BargainingUnit(
            id: BargainingUnitID(try requireID()), name: name, local: local, contractTitle: contractTitle,
            contractExpires: contractExpires)
    }
}

extension BargainingUnitModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $organization, $name, $local, $contractTitle, $contractExpires, $contract
        ]
    }
}
