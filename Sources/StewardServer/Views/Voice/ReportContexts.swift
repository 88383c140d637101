import StewardCore
import Vapor

/// The form to report a problem with a tool, and what it says about anonymity.
struct ReportFormContext: Encodable {
    let layout: LayoutContext
    let toolName: String
    let toolHref: String
    let action: String
    let useCaseID: String
    let useTitle: String?
    let body: String
    let anonymous: Bool
    let problems: [String]
    let errors: FieldMessages

    init(request: Request, tool: AIToolModel, useCase: UseCaseModel?, body: String = "", anonymous: Bool = false,
         problems: [DomainError] = []) throws {
        let id = AIToolID(try tool.requireID())
        layout = LayoutContext(request: request, title: "Report a problem with \(tool.name)")
        toolName = tool.name
        toolHref = Paths.tool.href(id)
        action = Paths.toolReports.href(id)
        useCaseID = useCase?.id?.uuidString.lowercased() ?? ""
        useTitle = useCase?.title
        self.body = body
        self.anonymous = anonymous
        self.problems = problems.map(\.message)
        errors = FieldMessages(problems)
    }
}

/// What a person sees once their report is in.
struct ReportReceivedContext: Encodable {
    let layout: LayoutContext
    let toolName: String
    let toolHref: String
    let reportHref: String?
}

/// One row of the list of reports.
struct ReportRow: Encodable {
    let href: String
    let tool: String
    let receivedOn: String
    let reporter: String
    let status: String
    let excerpt: String

    init(_ report: ConcernReportModel) throws {
        href = Paths.report.href(ConcernReportID(try report.requireID()))
        tool = report.tool.name + (report.useCase.map { ": \($0.title)" } ?? "")
        receivedOn = report.receivedOn
        reporter = report.reporter?.displayName ?? "Anonymous"
        status = ReportRow.status(of: report)
        excerpt = report.body.count > 140 ? String(report.body.prefix(140)) + "…" : report.body
    }

    static func status(of report: ConcernReportModel) -> String {
        switch report.status {
        case .open: "Open"
        case .grievance: "Taken up as grievance \(report.grievance?.reference ?? "")"
        case .closed: "Closed"
        }
    }
}

/// The list of reports: all of them for those who read reports, a person's own named reports otherwise.
struct ReportListContext: Encodable {
    let seesAll: Bool
    let reports: [ReportRow]
    /// The next, older page, if there is one.
    let nextHref: String?
}

/// One report, with closing it and taking it up as a grievance for those who may.
struct ReportContext: Encodable {
    let layout: LayoutContext
    let report: ReportRow
    let body: String
    let toolHref: String
    let useHref: String?
    let closingNote: String?
    let closedBy: String?
    let grievanceHref: String?
    let closeAction: String?
    let fileGrievanceHref: String?
    let note: String
    let errors: FieldMessages

    init(request: Request, report model: ConcernReportModel, note: String = "", problems: [DomainError] = []) throws {
        let id = ConcernReportID(try model.requireID())
        let capabilities = request.actor.capabilities
        report = try ReportRow(model)
        layout = LayoutContext(request: request, title: "Report about \(model.tool.name)")
        body = model.body
        toolHref = Paths.tool.href(AIToolID(model.$tool.id))
        useHref = model.$useCase.id.map { Paths.useCase.href(UseCaseID($0)) }
        closingNote = model.closingNote
        closedBy = model.closedBy
        grievanceHref = model.$grievance.id.map { Paths.grievance.href(GrievanceID($0)) }
        let isOpen = model.status == .open
        closeAction = isOpen && capabilities.canCloseReports ? Paths.reportClosure.href(id) : nil
        fileGrievanceHref = isOpen && capabilities.canFileGrievances ? Paths.newGrievance.href() + "?report=\(id)" : nil
        self.note = note
        errors = FieldMessages(problems)
    }
}
