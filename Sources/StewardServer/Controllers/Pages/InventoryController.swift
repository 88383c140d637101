import StewardCore
import Vapor

/// The public AI inventory as a page and as CSV; no sign-in needed.
enum InventoryController {
    @Sendable static func page(_ request: Request) async throws -> View {
        let query = try request.query.decode(InventoryFilterQuery.self)
        let filter = try query.filter()
        let paging = try PageRequest(request)
        let caches = try request.application.caches
        // Every member of the public reads the same page, so it is drawn once a second at most.
        guard request.actor.person != nil else {
            return try await caches.publicPages.value(request.url.string) {
                try await render(request, query: query, filter: filter, paging, caches: caches)
            }
        }
        return try await render(request, query: query, filter: filter, paging, caches: caches)
    }

    private static func render(
        _ request: Request, query: InventoryFilterQuery, filter: InventoryFilter, _ paging: PageRequest,
        caches: ServerCaches
    ) async throws -> View {
        // Below the frame the page depends on its address alone, so it is drawn once a second at most.
        let content = try await request.sharedPart("inventory/_content", seenAs: "everyone") {
            let page = try await InventoryService(database: request.db).page(matching: filter, paging, cachedIn: caches)
            let units = try await BargainingUnitModel.query(on: request.db).sort(\.$name).all().map { try $0.domain() }
            return InventoryContentContext(
                request: request, entries: page.items, units: units, query: query,
                nextHref: page.nextHref(from: request.url, limit: paging.limit))
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "AI inventory", contentHTML: content))
    }

    @Sendable static func csv(_ request: Request) async throws -> Response {
        let query = try request.query.decode(InventoryFilterQuery.self)
        let entries = try await InventoryService(database: request.db).inventory().entries(matching: try query.filter())
        return Response.csvFile(InventoryCSV.render(entries), named: "ai-inventory.csv")
    }
}
