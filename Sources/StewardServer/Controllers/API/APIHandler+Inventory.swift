import StewardAPI
import StewardCore

extension APIHandler {
    /// The same entries as the `/inventory` page and `/inventory.csv`, filtered by the same query.
    func getInventory(_ input: Operations.GetInventory.Input) async throws -> Operations.GetInventory.Output {
        let query = InventoryFilterQuery(
            q: input.query.q, unit: input.query.unit, purpose: input.query.purpose?.rawValue,
            dataCategory: input.query.dataCategory?.rawValue)
        let entries = try await InventoryService(database: try request.db).inventory().entries(matching: try query.filter())
        return .ok(.init(body: .json(.init(entries: try entries.map(Components.Schemas.InventoryEntry.init)))))
    }
}
