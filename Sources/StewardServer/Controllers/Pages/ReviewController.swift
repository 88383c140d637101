import Fluent
import PolicyEngine
import StewardCore
import Vapor

/// The review's pages: approving a use, a step's page and its form, and "What's due".
enum ReviewController {
    struct ApprovalForm: Content {
        var conditions: String?
    }

    struct ActForm: Content {
        var status: String?
        var record: String?
    }

    @Sendable static func approve(_ request: Request) async throws -> Response {
        let id: UseCaseID = try request.id("useCaseID")
        let form = try request.content.decode(ApprovalForm.self)
        do {
            _ = try await request.authorizer.reviews.approve(id, conditions: form.conditions ?? "")
            return request.redirect(to: Paths.useCase.href(id))
        } catch let error as StewardError where error.status == .conflict {
            let draft = ApprovalDraft(
                conditions: form.conditions ?? "",
                problems: error.problems.isEmpty
                    ? [DomainError(code: .invalidField, field: "status", message: error.reason)] : error.problems)
            let response = try await UseCasesController.render(request, useCaseID: id, approvalDraft: draft)
                .encodeResponse(for: request)
            response.status = .conflict
            return response
        }
    }

    struct DenialForm: Content {
        var reason: String?
    }

    @Sendable static func deny(_ request: Request) async throws -> Response {
        let id: UseCaseID = try request.id("useCaseID")
        let reason = try request.content.decode(DenialForm.self).reason ?? ""
        do {
            _ = try await request.authorizer.reviews.deny(id, reason: reason)
            return request.redirect(to: Paths.useCase.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await UseCasesController.render(
                    request, useCaseID: id, denialDraft: TextDraft(text: reason, problems: error.problems)))
        }
    }

    @Sendable static func step(_ request: Request) async throws -> View {
        try await render(request, stepID: try request.id("stepID"))
    }

    @Sendable static func act(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        let form = try request.content.decode(ActForm.self)
        do {
            // A missing or unknown status is left `open`, which the service refuses with the choices.
            let status = form.status.flatMap(StepStatus.init(rawValue:)) ?? .open
            _ = try await request.authorizer.reviews.act(on: id, status: status, record: form.record ?? "")
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let view = try await render(
                request, stepID: id, draft: TextDraft(text: form.record ?? "", problems: error.problems))
            return try await rerender(request, view)
        }
    }

    /// Renders a step's page, with the record form's or the note form's input and problems when one was refused.
    struct AnswerForm: Content {
        var answer: String?
    }

    @Sendable static func answer(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        let form = try request.content.decode(AnswerForm.self)
        guard let answer = form.answer.flatMap(NoticeAnswer.init(rawValue:)) else {
            throw StewardError.invalid([DomainError(
                code: .invalidField, field: "answer",
                message: "choose " + NoticeAnswer.allCases.map(\.rawValue).joined(separator: " or "))])
        }
        _ = try await request.authorizer.reviews.answer(id, with: answer)
        return request.redirect(to: Paths.step.href(id))
    }

    static func render(
        _ request: Request, stepID: ReviewStepID, draft: TextDraft = .empty, noteDraft: TextDraft = .empty,
        pilotRefusal: PilotPanelContext.Refusal? = nil, determinationDraft: DeterminationDraft? = nil,
        determinationProblems: [DomainError] = [], bargainingDraft: BargainingEntryDraft? = nil,
        bargainingProblems: [DomainError] = [], outcomeProblems: [DomainError] = [],
        teamDraft: ReviewTeamDraft? = nil, teamProblems: [DomainError] = [],
        privacyDraft: PrivacyAssessmentDraft? = nil, privacyProblems: [DomainError] = [],
        auditDraft: UseAudit.Draft? = nil, auditProblems: [DomainError] = [], documentProblems: [DomainError] = [],
        biasAuditValues: [String: String] = ["kind": "selection"], biasAuditProblems: [DomainError] = []
    ) async throws -> View {
        let reviews = try request.authorizer.reviews
        let step = try await reviews.step(stepID)
        let useCase = try await reviews.authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        let standing = reviews.standing(to: step)
        var notice: UnionNoticeContext?
        if step.kind == .unionNotice {
            let affected = try await JobClassificationModel.query(on: request.db)
                .filter(\.$unit.$id == useCase.$unit.id).sort(\.$title).all()
            notice = UnionNoticeContext(
                useCase: try useCase.domain(), tool: try useCase.tool.domain(), unit: try useCase.unit.domain(),
                classifications: affected, days: step.parameter(.days))
        }
        var pilot: PilotPanelContext?
        if step.kind == .pilot {
            pilot = try await PilotController.panel(request, stepID: stepID, refusal: pilotRefusal)
        }
        var determination: DeterminationPanelContext?
        if step.kind == .writtenDetermination {
            let made = try await reviews.authorizer.determinations.determination(on: stepID).determination
            determination = DeterminationPanelContext(
                stepID: stepID, determination: made,
                mayMake: step.status.isOpen && useCase.reviewStatus.isOpen
                    && reviews.authorizer.allows(.completeStep, in: step.zone, standing: standing),
                draft: determinationDraft, problems: determinationProblems)
        }
        var privacy: PrivacyPanelContext?
        if step.kind == .privacyImpactAssessment {
            let made = try await reviews.authorizer.privacyAssessments.assessment(on: stepID)
            privacy = PrivacyPanelContext(
                stepID: stepID, assessment: made.assessment, involvesHealthInformation: made.involvesHealthInformation,
                mayAssess: step.status.isOpen && useCase.reviewStatus.isOpen
                    && reviews.authorizer.allows(.completeStep, in: step.zone, standing: standing),
                draft: privacyDraft, problems: privacyProblems)
        }
        var bargaining: BargainingPanelContext?
        if step.kind == .decisionalBargaining {
            bargaining = BargainingPanelContext(
                stepID: stepID, record: try await reviews.authorizer.bargaining.record(of: stepID),
                isOpen: step.status.isOpen && useCase.reviewStatus.isOpen,
                mayRecord: reviews.authorizer.allows(.recordBargaining, in: step.zone),
                mayConclude: reviews.authorizer.allows(.completeStep, in: step.zone, standing: standing),
                entryDraft: bargainingDraft, entryProblems: bargainingProblems, outcomeProblems: outcomeProblems)
        }
        var team: ReviewTeamPanelContext?
        if step.kind == .committeeReview {
            let teams = reviews.authorizer.reviewTeams
            let seated = try await teams.team(on: stepID)
            team = ReviewTeamPanelContext(
                stepID: stepID, team: seated, isOpen: step.status.isOpen && useCase.reviewStatus.isOpen,
                isOwner: reviews.authorizer.allows(.completeStep, in: step.zone, standing: standing),
                isMember: reviews.authorizer.allows(.castVote, in: step.zone, standing: teams.standing(to: seated)),
                draft: teamDraft, problems: teamProblems)
        }
        var audit: AuditPanelContext?
        if step.kind == .audit || step.kind == .biasAudit {
            let audits = reviews.authorizer.useAudits
            let mayRecord = audits.mayRecord(on: step, of: useCase)
            audit = try AuditPanelContext(
                request: request, stepID: stepID, step: step, audits: try await audits.audits(on: stepID),
                mayRecord: mayRecord,
                maySuspend: reviews.authorizer.allows(.approveUse, in: useCase.zone), draft: auditDraft, problems: auditProblems,
                bias: try BiasAuditPanel(
                    stepID: stepID, audits: try await reviews.authorizer.biasAudits.audits(on: stepID), mayRecord: mayRecord,
                    values: biasAuditValues, problems: biasAuditProblems))
        }
        let context = try StepContext(
            request: request, step: step, useCase: useCase, now: reviews.authorizer.clock(),
            mayComplete: reviews.authorizer.allows(.completeStep, in: step.zone, standing: standing),
            mayWaive: reviews.authorizer.allows(.waiveStep, in: step.zone, standing: standing), draft: draft,
            notes: request.actor.capabilities.canReadUnionPrivate
                ? NotesContext(
                    request: request, notes: try await reviews.authorizer.notes.notes(on: .reviewStep(stepID)),
                    action: Paths.stepNotes.href(stepID), draft: noteDraft)
                : nil,
            notice: notice, pilot: pilot, determination: determination, bargaining: bargaining, team: team,
            privacy: privacy, audit: audit, documents: try await reviews.authorizer.stepDocuments.documents(of: stepID),
            mayAttach: (useCase.reviewStatus.isOpen || useCase.reviewStatus == .approved)
                && reviews.authorizer.allows(.completeStep, in: step.zone, standing: standing),
            documentProblems: documentProblems)
        return try await request.view.render("steps/show", context)
    }

    @Sendable static func due(_ request: Request) async throws -> View {
        let paging = try PageRequest(request)
        let reviews = try request.authorizer.reviews
        let authorizer = reviews.authorizer
        let access = request.actor.access
        let work = try await authorizer.ownWork.read()
        // The open steps are the reader's role's, the same for readers of the same access, unless one names them.
        let steps = try await request.part("due/_steps", sharedBy: work.anOpenStepNamesThem ? nil : access) { _ in
            let page = try await reviews.openSteps(page: paging)
            // Only the titles: a use's other columns (lists kept as JSON among them) cost more to read than the page.
            let ids = page.items.map { $0.$useCase.id }
            let titles = try await UseCaseModel.query(on: authorizer.database).filter(\.$id ~~ ids)
                .field(\.$id).field(\.$title).all()
                .reduce(into: [UUID: String]()) { titles, useCase in titles[useCase.id ?? UUID()] = useCase.title }
            return try DueStepsContext(
                page: page, useCases: titles, now: authorizer.clock(),
                nextHref: page.nextHref(from: request.url, limit: paging.limit))
        }
        let committee = authorizer.committee
        let mayKeep = committee.mayKeepRecords()
        let deadlines = try await request.part("due/_deadlines", sharedBy: "\(access) keeps records: \(mayKeep)") { _ in
            DueDeadlinesContext(
                shortfalls: mayKeep ? try await committee.cadence().shortfalls.map(\.sentence) : [],
                grievances: try await openGrievances(authorizer))
        }
        let today = authorizer.today
        let context = DueContext(
            request: request, stepsHTML: steps, deadlinesHTML: deadlines,
            actions: work.items(.action).map { DueItem($0, today: today) },
            followUps: work.items(.followUp).map { DueItem($0, today: today) },
            plans: work.items(.plan).map { DueItem($0, today: today) },
            calendarFeedURL: CalendarController.absoluteBase(of: request) + (try await authorizer.calendarFeed.path()))
        return try await request.view.render("due/index", context)
    }

    /// The open grievances with their next deadline, soonest first, for the two sides that act on them; nil for
    /// others.
    private static func openGrievances(_ authorizer: Authorizer) async throws -> [GrievanceRow]? {
        let capabilities = authorizer.actor.capabilities
        guard capabilities.canFileGrievances || capabilities.canAnswerGrievances else { return nil }
        let service = authorizer.grievances
        let today = authorizer.today
        return try await service.open()
            .map { (grievance: $0, clock: try service.clock(of: $0)) }
            .sorted { first, second in Self.sortKey(first.clock) < Self.sortKey(second.clock) }
            .map { try GrievanceRow($0.grievance, clock: $0.clock, today: today) }
    }

    /// Grievances due soonest first; those held in abeyance after them.
    private static func sortKey(_ clock: GrievanceClock?) -> String {
        if case .due(let day)? = clock?.deadline { return day.description }
        return "9999"
    }
}
