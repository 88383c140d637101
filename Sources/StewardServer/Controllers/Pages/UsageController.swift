import Vapor

/// The usage page: the summary for those who oversee AI use, and the viewer's own calls.
enum UsageController {
    @Sendable static func index(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        // The summary depends on the reader's access alone: drawn once a second for readers alike.
        let summary = authorizer.allows(.readUsage, in: .organization)
            ? try await request.sharedPart("usage/_summary", seenAs: request.actor.access) {
                UsageSummaryContext(try await authorizer.usage.summary())
            }
            : nil
        let paging = try PageRequest(request)
        let own = try await authorizer.usage.own(paging)
        let names = try await authorizer.usage.toolNames(of: Set(own.items.compactMap(\.toolID)))
        return try await request.view.render(
            "usage/index",
            UsageContext(
                request: request, summaryHTML: summary, own: own.items, toolNames: names,
                nextHref: own.nextHref(from: request.url, limit: paging.limit)))
    }
}
