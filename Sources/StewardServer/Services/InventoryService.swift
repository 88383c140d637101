import Fluent
import StewardCore

/// Builds the public AI inventory from the registry. It reads only tools in use and their uses in pilot or approved,
/// and
/// publishes only what ``InventoryEntry`` holds: never notes or restricted records.
struct InventoryService: Sendable {
    let database: any Database

    func inventory() async throws -> Inventory {
        let statuses = ToolStatus.allCases.filter(\.isInUse)
        let tools = try await AIToolModel.query(on: database)
            .filter(\.$status ~~ statuses).filter(\.$zone == .organization).all()
        // Only uses that may run: a prohibited use, or one still in review, is never published.
        let useCases = try await UseCaseModel.query(on: database)
            .filter(\.$tool.$id ~~ tools.compactMap(\.id)).filter(\.$zone == .organization)
            .filter(\.$reviewStatus ~~ ReviewStatus.allCases.filter(\.isInUse)).all()
        let units = try await BargainingUnitModel.query(on: database).all()
        return Inventory(
            tools: try tools.map { try $0.domain() }, useCases: try useCases.map { try $0.domain() },
            units: try units.map { try $0.domain() })
    }
}
