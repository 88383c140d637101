import StewardAPI
import StewardCore

extension Components.Schemas.InventoryEntry {
    init(_ entry: InventoryEntry) throws {
        self.init(
            toolID: entry.toolID.description, name: entry.name, vendor: entry.vendor, version: entry.version,
            status: try Vocabulary.convert(entry.status), categories: try entry.categories.map { try Vocabulary.convert($0) },
            hosting: try Vocabulary.convert(entry.hosting), contact: entry.contact, description: entry.description,
            conditions: entry.conditions, uses: try entry.uses.map(Components.Schemas.InventoryUse.init))
    }
}

extension Components.Schemas.InventoryUse {
    init(_ use: InventoryEntry.Use) throws {
        self.init(
            unitID: use.unitID.description, unitName: use.unitName, title: use.title,
            purposes: try use.purposes.map { try Vocabulary.convert($0) },
            dataCategories: try use.dataCategories.map { try Vocabulary.convert($0) },
            tier: try Vocabulary.convert(use.tier), decisionRole: try Vocabulary.convert(use.decisionRole),
            humanReview: use.humanReview)
    }
}
