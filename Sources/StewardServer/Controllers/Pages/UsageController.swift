import Fluent
import Vapor

/// The usage page: the summary for those who oversee AI use, and the viewer's own calls.
enum UsageController {
    @Sendable static func index(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        let summary = authorizer.allows(.readUsage, in: .organization) ? try await authorizer.usage.summary() : nil
        let own = try await authorizer.usage.own()
        let tools = try await AIToolModel.query(on: request.db).all()
        let names = Dictionary(uniqueKeysWithValues: try tools.map { (try $0.requireID(), $0.name) })
        return try await request.view.render(
            "usage/index", UsageContext(request: request, summary: summary, own: own, toolNames: names))
    }
}
