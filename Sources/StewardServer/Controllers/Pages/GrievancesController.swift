import Fluent
import StewardCore
import Vapor

/// Grievances about AI: the list, filing one, and each grievance's page with the forms that move it on.
enum GrievancesController {
    /// Every field any of the grievance forms posts; each form posts its own few.
    struct Form: Content {
        var title: String?
        var statement: String?
        var remedy: String?
        var filedOn: String?
        var unitID: String?
        var toolID: String?
        var reportID: String?
        var meetingOn: String?
        var answer: String?
        var answeredOn: String?
        var kind: String?
        var days: String?
        var from: String?
        var until: String?
        var reason: String?
        var resumeOn: String?
        var outcome: String?
        var note: String?

        /// The fields as typed, for showing a refused form again.
        var values: [String: String] {
            let pairs: [(String, String?)] = [
                ("title", title), ("statement", statement), ("remedy", remedy), ("filedOn", filedOn), ("unitID", unitID),
                ("toolID", toolID), ("meetingOn", meetingOn), ("answer", answer), ("answeredOn", answeredOn),
                ("kind", kind), ("days", days), ("from", from), ("until", until), ("reason", reason),
                ("resumeOn", resumeOn), ("outcome", outcome), ("note", note),
            ]
            return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
        }
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        let service = authorizer.grievances
        // The grievances and the link to file one depend on the reader's access alone.
        let paging = try PageRequest(request)
        let content = try await request.sharedPart("grievances/_content", seenAs: request.actor.access) {
            let page = try await service.grievances(paging)
            let rows = try page.items.map {
                try GrievanceRow($0, clock: try service.clock(of: $0), today: authorizer.today)
            }
            return GrievanceListContext(
                grievances: rows,
                newHref: request.actor.capabilities.canFileGrievances ? Paths.newGrievance.href() : nil,
                nextHref: page.nextHref(from: request.url, limit: paging.limit))
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Grievances", contentHTML: content))
    }

    @Sendable static func new(_ request: Request) async throws -> View {
        let report = try? request.query.get(String.self, at: "report")
        var form = Form()
        form.reportID = report
        return try await renderForm(request, form: form, problems: [])
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let draft = GrievanceDraft(
            title: form.title ?? "", statement: form.statement ?? "", remedy: form.remedy ?? "", filedOn: form.filedOn ?? "")
        do {
            let reportText = form.reportID?.trimmingCharacters(in: .whitespaces) ?? ""
            let grievance = try await request.authorizer.grievances.file(
                draft, unit: form.unitID ?? "", tool: form.toolID ?? "", useCase: "",
                report: reportText.isEmpty ? nil : try ConcernReportID(reportText).orNotFound("no report with id \(reportText.prefix(40))"))
            return request.redirect(to: Paths.grievance.href(GrievanceID(try grievance.requireID())))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, renderForm(request, form: form, problems: error.problems))
        }
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        try await render(request, id: try request.id("grievanceID"))
    }

    @Sendable static func meeting(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in _ = try await service.recordMeeting(id, on: form.meetingOn ?? "") }
    }

    @Sendable static func answer(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in
            _ = try await service.answer(id, text: form.answer ?? "", on: form.answeredOn ?? "")
        }
    }

    @Sendable static func advance(_ request: Request) async throws -> Response {
        try await act(request) { service, id, _ in _ = try await service.advance(id) }
    }

    @Sendable static func propose(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in
            _ = try await service.propose(id, TimeAgreement.Draft(
                kind: form.kind ?? "", days: form.days ?? "", from: form.from ?? "", until: form.until ?? "",
                reason: form.reason ?? ""))
        }
    }

    @Sendable static func agree(_ request: Request) async throws -> Response {
        let agreementID = try request.uuid("agreementID", of: "proposed change of time limits")
        return try await act(request) { service, id, _ in _ = try await service.agree(id, to: agreementID) }
    }

    @Sendable static func resume(_ request: Request) async throws -> Response {
        let agreementID = try request.uuid("agreementID", of: "proposed change of time limits")
        return try await act(request) { service, id, form in
            _ = try await service.resume(id, agreement: agreementID, on: form.resumeOn ?? "")
        }
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in
            _ = try await service.close(id, outcome: form.outcome ?? "", note: form.note ?? "")
        }
    }

    /// Runs one move on the grievance and shows its page; a refused form comes back with what was typed.
    private static func act(
        _ request: Request, _ move: (GrievanceService, GrievanceID, Form) async throws -> Void
    ) async throws -> Response {
        let id: GrievanceID = try request.id("grievanceID")
        let form = try request.content.decode(Form.self)
        do {
            try await move(try request.authorizer.grievances, id, form)
            return request.redirect(to: Paths.grievance.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, render(request, id: id, values: form.values, problems: error.problems))
        }
    }

    static func render(
        _ request: Request, id: GrievanceID, values: [String: String] = [:], problems: [DomainError] = [],
        noteDraft: TextDraft = .empty
    ) async throws -> View {
        let authorizer = try request.authorizer
        let service = authorizer.grievances
        let grievance = try await service.grievance(id)
        let clock = try service.clock(of: grievance)
        let standing = GrievanceStanding(grievance, clock: clock, today: authorizer.today)
        let isOpen = grievance.outcome == nil
        let side: TableSide? = authorizer.allows(.fileGrievance, in: .organization)
            ? .union : authorizer.allows(.answerGrievance, in: .organization) ? .management : nil
        let steps = grievance.steps.sorted { $0.position < $1.position }
        let current = steps.last
        let contractSteps = grievance.contract.steps
        let next = current.flatMap { $0.position + 1 < contractSteps.count ? contractSteps[$0.position + 1].name : nil }
        let kind = grievance.dayCount == .working ? "working days" : "calendar days"
        let notes = request.actor.capabilities.canReadUnionPrivate
            ? NotesContext(
                request: request, notes: try await authorizer.notes.notes(on: .grievance(id)),
                action: Paths.grievanceNotes.href(id), draft: noteDraft)
            : nil
        let changes = try grievance.agreements.sorted { $0.createdAt < $1.createdAt }.map { agreement in
            let agreementID = try agreement.requireID()
            let isAgreed = agreement.agreedBy != nil
            let mayAgree = isOpen && !isAgreed && side != nil && side != agreement.proposedSide
            let mayResume = isOpen && isAgreed && side != nil && agreement.kind == "abeyance" && agreement.untilDay == nil
            let stepName = steps.first { $0.position == agreement.stepPosition }?.name ?? "the step"
            let what = switch agreement.change {
            case .extensionDays(let days)?: "\(days) more \(kind) for \(stepName)"
            case .abeyance(let from, let until)?: "Held in abeyance from \(from)" + (until.map { " until \($0)" } ?? " until further notice")
            case nil: agreement.kind
            }
            return GrievanceContext.Change(
                description: what, reason: agreement.reason,
                proposed: "Proposed by \(agreement.proposedBy) for the \(agreement.proposedSide.rawValue) side",
                agreed: agreement.agreedBy.map { "Agreed by \($0) on \(agreement.agreedOn ?? "")" },
                agreeAction: mayAgree ? Paths.grievanceAgreement.href(id, agreementID.uuidString.lowercased()) : nil,
                resumeAction: mayResume ? Paths.grievanceResumption.href(id, agreementID.uuidString.lowercased()) : nil,
                id: agreementID.uuidString.lowercased())
        }
        let outcomes = GrievanceOutcome.allCases.filter { outcome in outcome.recordedBy.map { $0 == side } ?? true }
        let context = GrievanceContext(
            layout: LayoutContext(request: request, title: "\(grievance.reference): \(grievance.title)"),
            reference: grievance.reference, title: grievance.title, standing: standing.summary, isLate: standing.isLate,
            isOpen: isOpen, unit: grievance.unit.name,
            contractHref: Paths.contract.href(try grievance.contract.requireID().uuidString.lowercased()),
            contractTitle: grievance.contract.title,
            toolHref: grievance.$tool.id.map { Paths.tool.href(AIToolID($0)) }, toolName: grievance.tool?.name,
            useHref: grievance.$useCase.id.map { Paths.useCase.href(UseCaseID($0)) }, useTitle: grievance.useCase?.title,
            filed: "Filed on \(grievance.filedOn) by \(grievance.filedBy.displayName)", statement: grievance.statement,
            remedy: grievance.remedy, outcomeNote: grievance.outcomeNote,
            steps: steps.map { step in
                GrievanceContext.Step(
                    name: step.name, limit: "\(step.days) \(kind)", startedOn: step.startedOn, meetingOn: step.meetingOn ?? "—",
                    answer: step.answer,
                    answered: step.answeredOn.map { "Answered on \($0) by \(step.answeredBy ?? "")" } ?? "No answer yet")
            },
            changes: changes, side: side?.rawValue,
            meetingAction: isOpen && side != nil ? Paths.grievanceMeeting.href(id) : nil,
            answerAction: isOpen && side == .management ? Paths.grievanceAnswer.href(id) : nil,
            advanceAction: isOpen && side == .union && next != nil ? Paths.grievanceAdvance.href(id) : nil, nextStep: next,
            proposeAction: isOpen && side != nil ? Paths.grievanceAgreements.href(id) : nil,
            outcomeAction: isOpen && side != nil ? Paths.grievanceOutcome.href(id) : nil,
            outcomes: outcomes.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: values["outcome"] == $0.rawValue) },
            values: values, problems: problems.map(\.message), errors: FieldMessages(problems), notes: notes)
        return try await request.view.render("grievances/show", context)
    }

    private static func renderForm(_ request: Request, form: Form, problems: [DomainError]) async throws -> View {
        let authorizer = try request.authorizer
        try await authorizer.require(.fileGrievance, in: .organization, on: "grievances")
        let report = try await form.reportID.flatMap(ConcernReportID.init).asyncMap { try await authorizer.reports.report($0) }
        let units = try await BargainingUnitModel.query(on: request.db).sort(\.$name).all()
        let tools = try await authorizer.tools.list()
        let chosenTool = form.toolID ?? report?.$tool.id.uuidString.lowercased() ?? ""
        var values = form.values
        if values["statement"] == nil, let report { values["statement"] = report.body }
        let context = GrievanceFormContext(
            layout: LayoutContext(request: request, title: "File a grievance"), action: Paths.grievances.href(),
            values: values,
            units: try units.map { unit in
                let id = try unit.requireID().uuidString.lowercased()
                return FormOption(value: id, label: "\(unit.name) (\(unit.local))", isChecked: form.unitID == id)
            },
            tools: [FormOption(value: "", label: "No tool in particular", isChecked: chosenTool.isEmpty)]
                + (try tools.map { tool in
                    let id = try tool.requireID().uuidString.lowercased()
                    return FormOption(value: id, label: tool.name, isChecked: chosenTool == id)
                }),
            reportID: report?.id?.uuidString.lowercased() ?? "",
            reportExcerpt: report.map { "\($0.tool.name), received \($0.receivedOn): \($0.body.prefix(300))" },
            problems: problems.map(\.message), errors: FieldMessages(problems))
        return try await request.view.render("grievances/form", context)
    }
}
