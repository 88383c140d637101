import StewardCore
import Vapor

/// Reporting a problem with an AI tool, by name or anonymously, and the reports themselves.
enum ReportsController {
    struct ReportForm: Content {
        var body: String?
        var useCaseID: String?
        var anonymous: String?
    }

    struct CloseForm: Content {
        var note: String?
    }

    @Sendable static func new(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        let tool = try await authorizer.tools.tool(try request.id("toolID"))
        let useCase = await (try? request.query.get(String.self, at: "useCase")).flatMap(UseCaseID.init)
            .asyncMap { try? await authorizer.useCases.useCase($0) } ?? nil
        return try await request.view.render("reports/form", ReportFormContext(request: request, tool: tool, useCase: useCase))
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let authorizer = try request.authorizer
        let toolID: AIToolID = try request.id("toolID")
        let form = try request.content.decode(ReportForm.self)
        let anonymous = form.anonymous == "true"
        let useCaseText = form.useCaseID?.trimmingCharacters(in: .whitespaces) ?? ""
        let useCaseID = UseCaseID(useCaseText)
        do {
            if !useCaseText.isEmpty, useCaseID == nil {
                throw StewardError.invalid([DomainError(code: .invalidField, field: "useCaseID", message: "`\(useCaseText.prefix(40))` is not a use's id")])
            }
            let report = try await authorizer.reports.submit(
                tool: toolID, useCase: useCaseID, body: form.body ?? "", anonymous: anonymous)
            let tool = try await authorizer.tools.tool(toolID)
            let context = ReportReceivedContext(
                layout: LayoutContext(request: request, title: "Report received"), toolName: tool.name,
                toolHref: Paths.tool.href(toolID),
                reportHref: anonymous ? nil : Paths.report.href(ConcernReportID(try report.requireID())))
            return try await request.view.render("reports/received", context).encodeResponse(status: .created, for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            // What the person wrote is shown again with what is wrong, so nothing is lost.
            let tool = try await authorizer.tools.tool(toolID)
            let useCase = await useCaseID.asyncMap { try? await authorizer.useCases.useCase($0) } ?? nil
            return try await rerender(request, "reports/form", ReportFormContext(
                request: request, tool: tool, useCase: useCase, body: form.body ?? "", anonymous: anonymous,
                problems: error.problems))
        }
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        // Everyone's reports look alike to readers of the same access; a reporter's own are theirs alone.
        let seesAll = authorizer.reports.readsEveryonesReports
        let paging = try PageRequest(request)
        let content = try await request.part("reports/index", sharedBy: seesAll ? request.actor.access : nil) { _ in
            let page = try await authorizer.reports.reports(paging)
            return ReportListContext(
                seesAll: seesAll, reports: try page.items.map(ReportRow.init),
                nextHref: page.nextHref(from: request.url, limit: paging.limit))
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Reports", contentHTML: content))
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        let report = try await request.authorizer.reports.report(try request.id("reportID"))
        return try await request.view.render("reports/show", ReportContext(request: request, report: report))
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        let id: ConcernReportID = try request.id("reportID")
        let form = try request.content.decode(CloseForm.self)
        do {
            _ = try await request.authorizer.reports.close(id, note: form.note ?? "")
            return request.redirect(to: Paths.report.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let report = try await request.authorizer.reports.report(id)
            return try await rerender(
                request, "reports/show", ReportContext(request: request, report: report, note: form.note ?? "", problems: error.problems))
        }
    }
}
