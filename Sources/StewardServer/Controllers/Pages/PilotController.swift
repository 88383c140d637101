import Fluent
import StewardCore
import Vapor

/// The forms of a pilot step's page: plan, start, metrics, survey, joint evaluation and signatures. A refused form
/// shows the step's page again with its input and problems.
enum PilotController {
    struct PlanForm: Content {
        var scope: String?
        var startsOn: String?
        var endsOn: String?
        var participants: String?
    }

    struct MetricForm: Content {
        var criterion: String?
        var value: String?
    }

    /// Ratings and findings arrive as one field per criterion, named by its raw value.
    struct CriteriaForm: Content {
        var efficiency: String?
        var costEffectiveness: String?
        var accuracy: String?
        var workingConditions: String?
        var comment: String?
        var outcome: String?
        var extendTo: String?

        enum CodingKeys: String, CodingKey {
            case efficiency, accuracy, comment, outcome, extendTo
            case costEffectiveness = "cost-effectiveness"
            case workingConditions = "working-conditions"
        }

        var byCriterion: [PilotCriterion: String] {
            [.efficiency: efficiency, .costEffectiveness: costEffectiveness, .accuracy: accuracy,
             .workingConditions: workingConditions].compactMapValues { $0 }
        }
    }

    @Sendable static func plan(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PlanForm.self)
        let draft = PilotPlanDraft(
            scope: form.scope ?? "", startsOn: form.startsOn ?? "", endsOn: form.endsOn ?? "",
            participants: form.participants ?? "")
        return try await act(request, .plan, plan: draft) { pilots, id in _ = try await pilots.plan(id, draft) }
    }

    @Sendable static func start(_ request: Request) async throws -> Response {
        try await act(request, .start) { pilots, id in _ = try await pilots.start(id) }
    }

    @Sendable static func metric(_ request: Request) async throws -> Response {
        let form = try request.content.decode(MetricForm.self)
        return try await act(request, .metric) { pilots, id in
            _ = try await pilots.recordMetric(id, criterion: form.criterion ?? "", value: form.value ?? "")
        }
    }

    @Sendable static func survey(_ request: Request) async throws -> Response {
        let form = try request.content.decode(CriteriaForm.self)
        return try await act(request, .survey) { pilots, id in
            _ = try await pilots.answerSurvey(id, PilotSurveyDraft(ratings: form.byCriterion, comment: form.comment ?? ""))
        }
    }

    @Sendable static func evaluation(_ request: Request) async throws -> Response {
        let form = try request.content.decode(CriteriaForm.self)
        let draft = JointEvaluationDraft(findings: form.byCriterion, outcome: form.outcome ?? "", extendTo: form.extendTo ?? "")
        return try await act(request, .evaluation, evaluation: draft) { pilots, id in _ = try await pilots.evaluate(id, draft) }
    }

    @Sendable static func sign(_ request: Request) async throws -> Response {
        try await act(request, .sign) { pilots, id in _ = try await pilots.sign(id) }
    }

    /// Runs one form's action and returns to the step; a refusal (422, or 409 for a state that does not allow it)
    /// shows the page again with the form's problems.
    private static func act(
        _ request: Request, _ form: PilotPanelContext.Refusal.Form, plan: PilotPlanDraft = PilotPlanDraft(),
        evaluation: JointEvaluationDraft = JointEvaluationDraft(),
        _ action: (PilotService, ReviewStepID) async throws -> Void
    ) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        do {
            try await action(try request.authorizer.pilots, id)
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where [.unprocessableEntity, .conflict].contains(error.status) {
            let problems = error.problems.isEmpty
                ? [DomainError(code: .invalidField, field: "state", message: error.reason)] : error.problems
            let refusal = PilotPanelContext.Refusal(form: form, problems: problems, plan: plan, evaluation: evaluation)
            let response = try await ReviewController.render(request, stepID: id, pilotRefusal: refusal)
                .encodeResponse(for: request)
            response.status = error.status
            return response
        }
    }

    /// The pilot panel of a pilot step's page.
    static func panel(
        _ request: Request, stepID: ReviewStepID, refusal: PilotPanelContext.Refusal?
    ) async throws -> PilotPanelContext {
        let pilots = try request.authorizer.pilots
        let subject = try await pilots.subject(stepID)
        let standing = try await pilots.standing(to: subject)
        let records = try await PilotRecords.load(subject.pilot, with: pilots, on: request.db)
        let authorizer = pilots.authorizer
        let zone = subject.step.zone
        var signingSide: TableSide?
        if authorizer.allows(.signEvaluation, in: zone), let role = authorizer.actor.role {
            signingSide = TableSide.of(role)
        }
        return PilotPanelContext(
            stepID: stepID, pilot: subject.pilot, participants: records.participants, metrics: records.metrics,
            answers: records.answers, isOwner: authorizer.allows(.completeStep, in: zone, standing: standing),
            isParticipant: authorizer.allows(.answerSurvey, in: zone, standing: standing), signingSide: signingSide,
            isOpen: subject.step.status.isOpen && subject.useCase.reviewStatus.isOpen, refusal: refusal)
    }
}

/// What a pilot's panel lists: its participants, measures and survey answers, with both signers loaded.
private struct PilotRecords {
    var participants: [PersonModel] = []
    var metrics: [PilotMetricModel] = []
    var answers: [PilotSurveyAnswerModel] = []

    static func load(_ pilot: PilotModel?, with pilots: PilotService, on database: any Database) async throws -> PilotRecords {
        guard let pilot else { return PilotRecords() }
        try await pilot.$managementSigner.load(on: database)
        try await pilot.$unionSigner.load(on: database)
        return PilotRecords(
            participants: try await pilots.participants(of: pilot), metrics: try await pilots.metrics(of: pilot),
            answers: try await pilots.surveyAnswers(of: pilot))
    }
}
