import StewardAPI
import StewardCore

extension APIHandler {
    /// The gateway's usage summed up, as the `/usage` page shows it to those who oversee AI use.
    func getUsageSummary(_ input: Operations.GetUsageSummary.Input) async throws -> Operations.GetUsageSummary.Output {
        .ok(.init(body: .json(try .init(try await authorizer.usage.summary()))))
    }

    /// The caller's own calls, a page at a time.
    func listOwnUsage(_ input: Operations.ListOwnUsage.Input) async throws -> Operations.ListOwnUsage.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let usage = try authorizer.usage
        let page = try await usage.own(paging)
        let toolNames = try await usage.toolNames(of: Set(page.items.compactMap(\.toolID)))
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map { try .init($0, toolNames: toolNames) })))
    }
}
