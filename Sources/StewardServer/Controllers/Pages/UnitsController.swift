import StewardCore
import Vapor

/// The bargaining units and their job classifications, and adding a unit.
enum UnitsController {
    struct UnitForm: Content {
        var name: String?
        var local: String?
    }

    struct CalendarForm: Content {
        var timeZone: String?
        var holidays: String?
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        try await render(request)
    }

    /// Sets the organization's time zone and holidays; a refused change shows the page again with its problems.
    @Sendable static func setCalendar(_ request: Request) async throws -> Response {
        let form = try request.content.decode(CalendarForm.self)
        do {
            try await request.authorizer.contracts.setOrganizationCalendar(
                timeZone: form.timeZone ?? "", holidays: ContractFormContext.lines(form.holidays ?? ""))
            return request.redirect(to: Paths.units.href())
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, calendarProblems: error.problems))
        }
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

    /// Replaces the classifications of the units a CSV file names; a file with problems changes nothing and shows
    /// each problem's line and column.
    @Sendable static func importClassifications(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UploadForm.self)
        do {
            let file = try form.requiredFile("a CSV file")
            let summary = try await request.authorizer.units.importClassifications(
                csv: String(decoding: file.data.readableBytesView, as: UTF8.self))
            return try await render(
                request,
                imported: "Imported \(summary.classifications) classifications with \(summary.tasks) tasks for \(summary.units) unit(s)."
            ).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, importProblems: error.problems))
        }
    }

    private static func render(
        _ request: Request, draft: UnitListContext.Draft = .empty, calendarProblems: [DomainError] = [],
        importProblems: [DomainError] = [], imported: String = ""
    ) async throws -> View {
        let authorizer = try request.authorizer
        // Readers of the same access see the units and blank forms alike; a form shown again with its problems, or
        // what an import did, is the reader's own.
        let isBlank = draft.isEmpty && calendarProblems.isEmpty && importProblems.isEmpty && imported.isEmpty
        let content = try await request.part("units/index", sharedBy: isBlank ? request.actor.access : nil) { token in
            UnitListContext(
                token: token, capabilities: request.actor.capabilities, units: try await authorizer.units.units(),
                classifications: try await authorizer.units.classifications(),
                contracts: try await authorizer.contracts.contracts(),
                calendar: try await authorizer.contracts.organizationCalendar(), draft: draft,
                calendarProblems: calendarProblems, importProblems: importProblems, imported: imported)
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Bargaining units", contentHTML: content))
    }
}
