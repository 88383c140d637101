import Foundation
import StewardAPI
import StewardCore

extension APIHandler {
    func getPilot(_ input: Operations.GetPilot.Input) async throws -> Operations.GetPilot.Output {
        .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    func planPilot(_ input: Operations.PlanPilot.Input) async throws -> Operations.PlanPilot.Output {
        let body = switch input.body { case .json(let body): body }
        let draft = PilotPlanDraft(
            scope: body.scope, startsOn: body.startsOn, endsOn: body.endsOn,
            participants: body.participants.joined(separator: ","))
        let id: ReviewStepID = try id(input.path.stepID, of: "review step")
        _ = try await authorizer.pilots.plan(id, draft)
        return .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    func startPilot(_ input: Operations.StartPilot.Input) async throws -> Operations.StartPilot.Output {
        _ = try await authorizer.pilots.start(try id(input.path.stepID, of: "review step"))
        return .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    func recordPilotMetric(_ input: Operations.RecordPilotMetric.Input) async throws -> Operations.RecordPilotMetric.Output {
        let body = switch input.body { case .json(let body): body }
        _ = try await authorizer.pilots.recordMetric(
            try id(input.path.stepID, of: "review step"), criterion: body.criterion.rawValue, value: body.value)
        return .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    func answerPilotSurvey(_ input: Operations.AnswerPilotSurvey.Input) async throws -> Operations.AnswerPilotSurvey.Output {
        let body = switch input.body { case .json(let body): body }
        let ratings: [PilotCriterion: String] = [
            .efficiency: String(body.efficiency), .costEffectiveness: String(body.costEffectiveness),
            .accuracy: String(body.accuracy), .workingConditions: String(body.workingConditions),
        ]
        _ = try await authorizer.pilots.answerSurvey(
            try id(input.path.stepID, of: "review step"), PilotSurveyDraft(ratings: ratings, comment: body.comment ?? ""))
        return .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    func evaluatePilot(_ input: Operations.EvaluatePilot.Input) async throws -> Operations.EvaluatePilot.Output {
        let body = switch input.body { case .json(let body): body }
        let draft = JointEvaluationDraft(
            findings: [.efficiency: body.efficiency, .costEffectiveness: body.costEffectiveness,
                       .accuracy: body.accuracy, .workingConditions: body.workingConditions],
            outcome: body.outcome.rawValue, extendTo: body.extendTo ?? "")
        _ = try await authorizer.pilots.evaluate(try id(input.path.stepID, of: "review step"), draft)
        return .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    func signPilotEvaluation(_ input: Operations.SignPilotEvaluation.Input) async throws
        -> Operations.SignPilotEvaluation.Output
    {
        _ = try await authorizer.pilots.sign(try id(input.path.stepID, of: "review step"))
        return .ok(.init(body: .json(try await pilot(input.path.stepID))))
    }

    /// The pilot of a step as the API shows it; 404 until it is planned.
    private func pilot(_ stepID: String) async throws -> Components.Schemas.Pilot {
        let pilots = try authorizer.pilots
        let subject = try await pilots.subject(try id(stepID, of: "review step"))
        guard let pilot = subject.pilot else {
            throw StewardError.notFound("the pilot of review step \(stepID) is not planned yet")
        }
        try await pilot.$managementSigner.load(on: pilots.database)
        try await pilot.$unionSigner.load(on: pilots.database)
        let answers = try await pilots.surveyAnswers(of: pilot)
        let means = answers.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: PilotCriterion.allCases.map { criterion in
            (criterion.rawValue, Double(answers.map { $0.rating(criterion) }.reduce(0, +)) / Double(answers.count))
        })
        let evaluation = pilot.outcome.map { outcome in
            Components.Schemas.PilotEvaluation(
                findings: .init(additionalProperties: Dictionary(uniqueKeysWithValues: pilot.findingsByCriterion.map { ($0.key.rawValue, $0.value) })),
                outcome: (try? Vocabulary.convert(outcome)) ?? .adopt, extendTo: pilot.extendTo,
                managementSignedBy: pilot.managementSigner?.displayName, managementSignedAt: pilot.managementSignedAt,
                unionSignedBy: pilot.unionSigner?.displayName, unionSignedAt: pilot.unionSignedAt)
        }
        return Components.Schemas.Pilot(
            stepID: try subject.step.requireID().uuidString.lowercased(),
            useCaseID: try subject.useCase.requireID().uuidString.lowercased(),
            scope: pilot.scope, startsOn: pilot.startsOn, endsOn: pilot.endsOn, startedAt: pilot.startedAt,
            participants: try await pilots.participants(of: pilot).map(\.displayName),
            metrics: try await pilots.metrics(of: pilot).map {
                .init(criterion: try Vocabulary.convert($0.criterion), recordedOn: $0.recordedOn, value: $0.value,
                      recordedBy: $0.recordedBy)
            },
            survey: .init(
                answers: answers.count, meanRatings: .init(additionalProperties: means),
                comments: answers.map(\.comment).filter { !$0.isEmpty }),
            evaluation: evaluation)
    }
}
