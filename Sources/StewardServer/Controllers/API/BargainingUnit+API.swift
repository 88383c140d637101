import StewardAPI
import StewardCore

extension Components.Schemas.Unit {
    init(_ unit: BargainingUnit) {
        self.init(
            id: unit.id.description, name: unit.name, local: unit.local, contractTitle: unit.contractTitle,
            contractExpires: unit.contractExpires)
    }
}
