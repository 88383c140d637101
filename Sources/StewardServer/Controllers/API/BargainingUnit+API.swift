import StewardAPI
import StewardCore

extension Components.Schemas.Unit {
    init(_ model: BargainingUnitModel) throws {
        let unit = try model.domain()
        self.init(
            id: unit.id.description, contractID: model.$contract.id?.uuidString.lowercased(), name: unit.name,
            local: unit.local, contractTitle: unit.contractTitle, contractExpires: unit.contractExpires)
    }
}
