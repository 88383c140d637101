import Vapor

/// The bargaining units and their job classifications.
enum UnitsController {
    @Sendable static func index(_ request: Request) async throws -> View {
        let units = try await request.authorizer.units.units()
        let classifications = try await request.authorizer.units.classifications()
        let context = UnitListContext(request: request, units: units, classifications: classifications)
        return try await request.view.render("units/index", context)
    }
}
