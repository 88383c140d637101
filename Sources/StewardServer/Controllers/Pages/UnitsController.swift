import StewardCore
import Vapor

/// The bargaining units and their job classifications, and adding a unit.
enum UnitsController {
    struct UnitForm: Content {
        var name: String?
        var local: String?
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        try await render(request)
    }

    /// Adds a unit; a refused one shows the page again with the form kept and its problems.
    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UnitForm.self)
        do {
            _ = try await request.authorizer.units.create(name: form.name ?? "", local: form.local ?? "")
            return request.redirect(to: Paths.units.href())
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let draft = UnitListContext.Draft(name: form.name ?? "", local: form.local ?? "", problems: error.problems)
            return try await rerender(request, try await render(request, draft: draft))
        }
    }

    private static func render(_ request: Request, draft: UnitListContext.Draft = .empty) async throws -> View {
        let units = try await request.authorizer.units.units()
        let classifications = try await request.authorizer.units.classifications()
        let context = UnitListContext(request: request, units: units, classifications: classifications, draft: draft)
        return try await request.view.render("units/index", context)
    }
}
