import Fluent
import Foundation
import StewardCore

/// Builds the public AI inventory from the registry. It reads only tools in use and their uses in pilot or approved,
/// and
/// publishes only what ``InventoryEntry`` holds: never notes or restricted records.
struct InventoryService: Sendable {
    let database: any Database

    func inventory() async throws -> Inventory {
        let tools = try await toolsInUse()
        let useCases = try await uses(of: tools).all()
        let units = try await BargainingUnitModel.query(on: database).all()
        return Inventory(
            tools: try tools.map { try $0.domain() }, useCases: try useCases.map { try $0.domain() },
            units: try units.map { try $0.domain() })
    }

    /// One page of the inventory's entries that match `filter`, in the database's order of tool names, keyed by the
    /// last entry's tool. Tools in use are read a range at a time and filtered as ``Inventory`` filters them, until
    /// the page is full, so a page costs a few indexed reads however large the registry.
    func page(matching filter: InventoryFilter, _ page: PageRequest) async throws -> Page<InventoryEntry> {
        var last = try await page.afterRecord(AIToolModel.self, on: database)
        // The public reads no trace of a restricted tool: its id is no cursor here.
        if let after = page.after, let tool = last, tool.zone != .organization { throw PageRequest.notACursor(after) }
        let units = try await BargainingUnitModel.query(on: database).all().map { try $0.domain() }
        let chunk = page.limit + 1
        var entries: [InventoryEntry] = []
        while entries.count <= page.limit {
            var query = toolsInUseQuery()
            if let last { query = query.after(last) }
            let tools = try await query.byName().limit(chunk).all()
            guard let end = tools.last else { break }
            let useCases = try await uses(of: tools).all()
            entries += Inventory(
                tools: try tools.map { try $0.domain() }, useCases: try useCases.map { try $0.domain() }, units: units,
                sortsByName: false
            ).entries(matching: filter)
            guard tools.count == chunk else { break }
            last = end
        }
        return Page(fetched: Array(entries.prefix(page.limit + 1)), limit: page.limit) { $0.toolID.description }
    }

    /// ``page(matching:_:)`` as remembered in `caches` for a second: every reader of the public inventory reads the
    /// same pages.
    func page(
        matching filter: InventoryFilter, _ page: PageRequest, cachedIn caches: ServerCaches
    ) async throws -> Page<InventoryEntry> {
        try await caches.inventory.value(.init(filter: filter, limit: page.limit, after: page.after)) {
            try await self.page(matching: filter, page)
        }
    }

    /// How many tools the public inventory lists.
    func toolsInUseCount() async throws -> Int {
        try await toolsInUseQuery().count()
    }

    /// The uses the public inventory lists, with their tools and units.
    func publishedUses() async throws -> [UseCaseModel] {
        try await uses(of: try await toolsInUse()).with(\.$tool).with(\.$unit).all()
    }

    /// One use the public inventory lists, with its tool and unit, or nil.
    func publishedUse(_ id: UseCaseID) async throws -> UseCaseModel? {
        try await uses(of: try await toolsInUse()).filter(\.$id == id.uuid).with(\.$tool).with(\.$unit).first()
    }

    private func toolsInUse() async throws -> [AIToolModel] {
        try await toolsInUseQuery().all()
    }

    private func toolsInUseQuery() -> QueryBuilder<AIToolModel> {
        AIToolModel.query(on: database)
            .filter(\.$status ~~ ToolStatus.allCases.filter(\.isInUse)).filter(\.$zone == .organization)
    }

    /// Only uses that may run: a prohibited use, or one still in review, is never published.
    private func uses(of tools: [AIToolModel]) -> QueryBuilder<UseCaseModel> {
        UseCaseModel.query(on: database)
            .filter(\.$tool.$id ~~ tools.compactMap(\.id)).filter(\.$zone == .organization)
            .filter(\.$reviewStatus ~~ ReviewStatus.allCases.filter(\.isInUse))
    }
}
