import StewardAPI
import StewardCore

extension APIHandler {
    /// The same entries as the `/inventory` page and `/inventory.csv`, filtered by the same query.
    func getInventory(_ input: Operations.GetInventory.Input) async throws -> Operations.GetInventory.Output {
        let query = InventoryFilterQuery(
            q: input.query.q, unit: input.query.unit, purpose: input.query.purpose?.rawValue,
            dataCategory: input.query.dataCategory?.rawValue)
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await InventoryService(database: try request.db)
            .page(matching: try query.filter(), paging, cachedIn: try request.application.caches)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(.init(entries: try page.items.map(Components.Schemas.InventoryEntry.init)))))
    }
}
