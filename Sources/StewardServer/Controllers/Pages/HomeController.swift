import Vapor

/// The start page.
enum HomeController {
    @Sendable static func show(_ request: Request) async throws -> View {
        let inventory = try await InventoryService(database: request.db).inventory()
        return try await request.view.render("home", HomeContext(request: request, toolsInUse: inventory.entries.count))
    }
}
