import Vapor

/// The start page.
enum HomeController {
    @Sendable static func show(_ request: Request) async throws -> View {
        let content = try await request.sharedPart("home", seenAs: request.actor.access) {
            HomeContext(
                capabilities: request.actor.capabilities,
                toolsInUse: try await InventoryService(database: request.db).toolsInUseCount())
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Start", contentHTML: content))
    }
}
