import StewardCore
import Vapor

/// A pilot step's pilot on its page: the plan, the metrics, the survey summed up (comments without names), the
/// joint evaluation with both signatures, and each form for the people who may use it.
struct PilotPanelContext: Encodable {
    /// The input and problems of the form that was refused, to show it again.
    struct Refusal: Sendable {
        let form: Form
        let problems: [DomainError]
        var plan = PilotPlanDraft()
        var evaluation = JointEvaluationDraft()

        enum Form: String, Sendable { case plan, start, metric, survey, evaluation, sign }
    }

    struct Metric: Encodable {
        let criterion: String
        let day: String
        let value: String
        let recordedBy: String
    }

    struct Rating: Encodable {
        let criterion: String
        let summary: String
    }

    struct Finding: Encodable {
        let name: String
        let title: String
        let text: String
        let error: String?
    }

    struct PlanForm: Encodable {
        let action: String
        let scope: String
        let startsOn: String
        let endsOn: String
        let participants: String
        let errors: FieldMessages
    }

    struct EvaluationForm: Encodable {
        let action: String
        let findings: [Finding]
        let outcomes: [FormOption]
        let extendTo: String
        let errors: FieldMessages
    }

    let isPlanned: Bool
    let scope: String
    let days: String
    let participants: String
    let started: String
    let planForm: PlanForm?
    let startAction: String?
    let metrics: [Metric]
    let metricAction: String?
    let criteria: [FormOption]
    let answers: Int
    let ratings: [Rating]
    let comments: [String]
    let surveyAction: String?
    let evaluation: [Finding]
    let outcome: String
    let managementSignature: String
    let unionSignature: String
    let evaluationForm: EvaluationForm?
    let signAction: String?
    /// The problems of the refused form, by form name, for the alert above it.
    let problems: [String: [String]]
    let metricErrors: FieldMessages
    let surveyErrors: FieldMessages

    init(
        stepID: ReviewStepID, pilot: PilotModel?, participants: [PersonModel], metrics: [PilotMetricModel],
        answers: [PilotSurveyAnswerModel], isOwner: Bool, isParticipant: Bool, signingSide: TableSide?,
        isOpen: Bool, refusal: Refusal?
    ) {
        let running = isOpen && pilot?.isRunning == true
        isPlanned = pilot != nil
        scope = pilot?.scope ?? ""
        days = pilot.map { "\($0.startsOn) to \($0.endsOn)" } ?? ""
        self.participants = participants.map(\.displayName).joined(separator: ", ")
        started = pilot.flatMap { pilot in
            pilot.startedAt.map { "Started \(DisplayFormat.date($0)) by \(pilot.startedBy ?? "")." }
        } ?? "Not started."
        let plan = refusal?.form == .plan ? refusal?.plan : pilot.map {
            PilotPlanDraft(scope: $0.scope, startsOn: $0.startsOn, endsOn: $0.endsOn,
                           participants: participants.map(\.username).joined(separator: ", "))
        }
        planForm = isOwner && isOpen && pilot?.isRunning != true
            ? PlanForm(
                action: Paths.pilot.href(stepID), scope: plan?.scope ?? "", startsOn: plan?.startsOn ?? "",
                endsOn: plan?.endsOn ?? "", participants: plan?.participants ?? "",
                errors: FieldMessages(refusal?.form == .plan ? refusal?.problems ?? [] : []))
            : nil
        startAction = isOwner && isOpen && pilot != nil && pilot?.isRunning != true ? Paths.pilotStart.href(stepID) : nil
        self.metrics = metrics.map {
            Metric(criterion: $0.criterion.title, day: $0.recordedOn, value: $0.value, recordedBy: $0.recordedBy)
        }
        metricAction = isOwner && running ? Paths.pilotMetrics.href(stepID) : nil
        criteria = PilotCriterion.allCases.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: false) }
        self.answers = answers.count
        ratings = PilotCriterion.allCases.map { criterion in
            let values = answers.map { $0.rating(criterion) }
            let mean = values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
            return Rating(
                criterion: criterion.title,
                summary: mean.map { String(format: "%.1f of 5", $0) } ?? "no answers yet")
        }
        comments = answers.map(\.comment).filter { !$0.isEmpty }
        surveyAction = isParticipant && running ? Paths.pilotSurvey.href(stepID) : nil
        let findings = pilot?.findingsByCriterion ?? [:]
        evaluation = pilot?.outcome == nil ? [] : PilotCriterion.allCases.map {
            Finding(name: $0.rawValue, title: $0.title, text: findings[$0] ?? "", error: nil)
        }
        outcome = pilot?.outcome.map { outcome in
            outcome == .extend ? "\(outcome.title) to \(pilot?.extendTo ?? "")" : outcome.title
        } ?? ""
        managementSignature = Self.signature(pilot?.managementSigner?.displayName, pilot?.managementSignedAt)
        unionSignature = Self.signature(pilot?.unionSigner?.displayName, pilot?.unionSignedAt)
        let draft = refusal?.form == .evaluation ? refusal?.evaluation : pilot.map {
            JointEvaluationDraft(findings: $0.findingsByCriterion, outcome: $0.outcome?.rawValue ?? "", extendTo: $0.extendTo ?? "")
        }
        let evaluationErrors = FieldMessages(refusal?.form == .evaluation ? refusal?.problems ?? [] : [])
        evaluationForm = isOwner && running
            ? EvaluationForm(
                action: Paths.pilotEvaluation.href(stepID),
                findings: PilotCriterion.allCases.map {
                    Finding(name: $0.rawValue, title: $0.title, text: draft?.findings[$0] ?? "",
                            error: evaluationErrors.messages[$0.rawValue])
                },
                outcomes: PilotOutcome.allCases.map {
                    FormOption(value: $0.rawValue, label: $0.title, isChecked: draft?.outcome == $0.rawValue)
                },
                extendTo: draft?.extendTo ?? "", errors: evaluationErrors)
            : nil
        let signed = switch signingSide {
        case .management: pilot?.managementSignedAt != nil
        case .union: pilot?.unionSignedAt != nil
        case nil: true
        }
        signAction = running && pilot?.outcome != nil && !signed ? Paths.pilotSignatures.href(stepID) : nil
        problems = refusal.map { [$0.form.rawValue: $0.problems.map(\.message)] } ?? [:]
        metricErrors = FieldMessages(refusal?.form == .metric ? refusal?.problems ?? [] : [])
        surveyErrors = FieldMessages(refusal?.form == .survey ? refusal?.problems ?? [] : [])
    }

    private static func signature(_ name: String?, _ date: Date?) -> String {
        guard let name, let date else { return "not signed yet" }
        return "\(name), \(DisplayFormat.date(date))"
    }
}
