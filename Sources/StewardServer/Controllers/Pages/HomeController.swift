import Vapor

/// The start page.
enum HomeController {
    @Sendable static func show(_ request: Request) async throws -> View {
        let toolsInUse = try await InventoryService(database: request.db).toolsInUseCount()
        return try await request.view.render("home", HomeContext(request: request, toolsInUse: toolsInUse))
    }
}
