import Fluent
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

    /// The uses the public inventory lists, with their tools and units.
    func publishedUses() async throws -> [UseCaseModel] {
        try await uses(of: try await toolsInUse()).with(\.$tool).with(\.$unit).all()
    }

    /// One use the public inventory lists, with its tool and unit, or nil.
    func publishedUse(_ id: UseCaseID) async throws -> UseCaseModel? {
        try await uses(of: try await toolsInUse()).filter(\.$id == id.uuid).with(\.$tool).with(\.$unit).first()
    }

    private func toolsInUse() async throws -> [AIToolModel] {
        try await AIToolModel.query(on: database)
            .filter(\.$status ~~ ToolStatus.allCases.filter(\.isInUse)).filter(\.$zone == .organization).all()
    }

    /// Only uses that may run: a prohibited use, or one still in review, is never published.
    private func uses(of tools: [AIToolModel]) -> QueryBuilder<UseCaseModel> {
        UseCaseModel.query(on: database)
            .filter(\.$tool.$id ~~ tools.compactMap(\.id)).filter(\.$zone == .organization)
            .filter(\.$reviewStatus ~~ ReviewStatus.allCases.filter(\.isInUse))
    }
}
