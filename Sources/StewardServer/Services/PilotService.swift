import Fluent
import Foundation
import StewardCore

/// A use's pilot, run from its pilot step (Seed 002, "Pilot Programs"): the step's owner plans it (scope, days,
/// participants) and starts it once the steps that must come first are done, which puts the use in pilot; metrics
/// are recorded while it runs and its participants answer a survey; both sides sign a joint evaluation whose
/// outcome adopts, extends or stops it (see `PilotService+Evaluation.swift`).
struct PilotService: Sendable {
    let authorizer: Authorizer
    var database: any Database { authorizer.database }

    /// A pilot step with its use and, once planned, its pilot; any other step is reported as having no pilot.
    struct Subject: Sendable {
        let step: ReviewStepModel
        let useCase: UseCaseModel
        let pilot: PilotModel?
    }

    func subject(_ stepID: ReviewStepID) async throws -> Subject {
        let step = try await authorizer.reviews.step(stepID)
        guard step.kind == .pilot else {
            throw StewardError.notFound("review step \(stepID) is \(step.kind.title.lowercased()), not a pilot")
        }
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        let pilot = try await PilotModel.query(on: database).filter(\.$step.$id == stepID.uuid).first()
        return Subject(step: step, useCase: useCase, pilot: pilot)
    }

    func participants(of pilot: PilotModel) async throws -> [PersonModel] {
        try await PilotParticipantModel.query(on: database).filter(\.$pilot.$id == pilot.requireID()).with(\.$person)
            .all().map(\.person).sorted { $0.displayName < $1.displayName }
    }

    func metrics(of pilot: PilotModel) async throws -> [PilotMetricModel] {
        try await PilotMetricModel.query(on: database).filter(\.$pilot.$id == pilot.requireID())
            .sort(\.$recordedOn).sort(\.$createdAt).all()
    }

    /// The survey's answers; pages and the API show them only summed up, comments without names.
    func surveyAnswers(of pilot: PilotModel) async throws -> [PilotSurveyAnswerModel] {
        try await PilotSurveyAnswerModel.query(on: database).filter(\.$pilot.$id == pilot.requireID())
            .sort(\.$createdAt).all()
    }

    /// How the actor stands to the pilot step: its owner, and a participant of its pilot.
    func standing(to subject: Subject) async throws -> Set<Standing> {
        var standing = authorizer.reviews.standing(to: subject.step)
        if let pilot = subject.pilot, let person = authorizer.actor.person,
           try await PilotParticipantModel.query(on: database).filter(\.$pilot.$id == pilot.requireID())
               .filter(\.$person.$id == person.id.uuid).count() > 0 {
            standing.insert(.pilotParticipant)
        }
        return standing
    }

    /// Sets or changes the plan until the pilot starts.
    func plan(_ stepID: ReviewStepID, _ draft: PilotPlanDraft) async throws -> PilotModel {
        let subject = try await ownedSubject(stepID)
        guard subject.pilot?.isRunning != true else {
            throw StewardError(.conflict, "The pilot has started; its plan can no longer change.")
        }
        try requireOpen(subject)
        var problems = draft.problems
        let people = try await PersonModel.query(on: database).filter(\.$username ~~ draft.usernames).all()
        let unknown = draft.usernames.filter { name in !people.contains { $0.username == name } }
        if !unknown.isEmpty {
            problems.append(DomainError(
                code: .invalidField, field: "participants",
                message: "no person has the username " + unknown.prefix(10).map { "`\($0.prefix(60))`" }.joined(separator: ", ")))
        }
        guard problems.isEmpty, let checked = draft.checked else { throw StewardError.invalid(problems) }
        let pilot = subject.pilot ?? PilotModel()
        pilot.$step.id = try subject.step.requireID()
        pilot.scope = checked.scope
        pilot.startsOn = checked.startsOn.description
        pilot.endsOn = checked.endsOn.description
        if subject.pilot == nil { pilot.findings = "{}" }
        try await database.transaction { db in
            try await pilot.save(on: db)
            let id = try pilot.requireID()
            try await PilotParticipantModel.query(on: db).filter(\.$pilot.$id == id).delete()
            for person in people { try await PilotParticipantModel(pilotID: id, personID: try person.requireID()).create(on: db) }
            try await audit("pilot.plan", subject, "planned the pilot of \"\(subject.useCase.title)\", \(checked.startsOn) to \(checked.endsOn)",
                            ["scope": checked.scope, "startsOn": checked.startsOn.description, "endsOn": checked.endsOn.description,
                             "participants": checked.usernames.joined(separator: ",")], on: db)
        }
        return pilot
    }

    /// Starts the planned pilot once the steps that must precede it are done: the use is in pilot from now on.
    func start(_ stepID: ReviewStepID) async throws -> PilotModel {
        let subject = try await ownedSubject(stepID)
        try requireOpen(subject)
        guard let pilot = subject.pilot else {
            throw StewardError(.conflict, "Plan the pilot first: its scope, its days and who takes part.")
        }
        guard !pilot.isRunning else { throw StewardError(.conflict, "The pilot started already.") }
        let steps = try await ReviewStepModel.query(on: database).filter(\.$useCase.$id == subject.useCase.requireID()).all()
        let blockers = PilotPrerequisites.blockers(among: try steps.map { try $0.domain() })
        guard blockers.isEmpty else {
            throw StewardError(
                .conflict, "The pilot cannot start while \(blockers.count) step\(blockers.count == 1 ? " is" : "s are") open.",
                problems: blockers.map {
                    DomainError(code: .invalidField, field: $0.kind.rawValue, message: "\($0.kind.title) must be done before the pilot starts")
                })
        }
        pilot.startedAt = authorizer.clock()
        pilot.startedBy = authorizer.actor.name
        subject.useCase.reviewStatus = .inPilot
        try await database.transaction { db in
            try await pilot.save(on: db)
            try await subject.useCase.save(on: db)
            try await ToolStatusFollower(authorizer: authorizer).follow(subject.useCase, on: db)
            try await audit("pilot.start", subject, "started the pilot of \"\(subject.useCase.title)\"", ["status": "in-pilot"], on: db)
        }
        return pilot
    }

    /// Records a measurement against a criterion while the pilot runs.
    func recordMetric(_ stepID: ReviewStepID, criterion: String, value: String) async throws -> PilotMetricModel {
        let subject = try await ownedSubject(stepID)
        let pilot = try running(subject)
        var problems = InputText.problems([("value", value)])
        let criterion = PilotCriterion(rawValue: criterion)
        if criterion == nil {
            problems.append(DomainError(
                code: .invalidField, field: "criterion",
                message: "choose " + PilotCriterion.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > 5_000 {
            problems.append(DomainError(
                code: .invalidField, field: "value",
                message: "write what was measured, with its unit or source (1 to 5,000 characters)"))
        }
        guard problems.isEmpty, let criterion else { throw StewardError.invalid(problems) }
        let metric = PilotMetricModel()
        metric.$pilot.id = try pilot.requireID()
        metric.criterion = criterion
        metric.recordedOn = authorizer.today.description
        metric.value = text
        metric.recordedBy = authorizer.actor.name
        try await database.transaction { db in
            try await metric.create(on: db)
            try await audit("pilot.metric", subject, "recorded a \(criterion.title.lowercased()) measure in the pilot of \"\(subject.useCase.title)\"",
                            ["criterion": criterion.rawValue, "value": text], on: db)
        }
        return metric
    }

    /// A participant's answer to the survey while the pilot runs; answering again replaces their answer.
    func answerSurvey(_ stepID: ReviewStepID, _ draft: PilotSurveyDraft) async throws -> PilotSurveyAnswerModel {
        let subject = try await subject(stepID)
        try await authorizer.require(
            .answerSurvey, in: subject.step.zone, standing: try await standing(to: subject),
            on: .notFound("no review step with id \(stepID)"))
        let pilot = try running(subject)
        guard let ratings = draft.checkedRatings else { throw StewardError.invalid(draft.problems) }
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        let answer = try await PilotSurveyAnswerModel.query(on: database).filter(\.$pilot.$id == pilot.requireID())
            .filter(\.$person.$id == person.id.uuid).first() ?? PilotSurveyAnswerModel()
        answer.$pilot.id = try pilot.requireID()
        answer.$person.id = person.id.uuid
        answer.setRatings(ratings)
        answer.comment = draft.comment.trimmingCharacters(in: .whitespacesAndNewlines)
        try await database.transaction { db in
            try await answer.save(on: db)
            // The trail records that an answer was given, never who said what.
            try await audit("pilot.survey", subject, "a participant answered the survey of the pilot of \"\(subject.useCase.title)\"",
                            ["answers": "1"], on: db)
        }
        return answer
    }

    /// The pilot step, once the actor is shown to own it (or is the officer).
    func ownedSubject(_ stepID: ReviewStepID) async throws -> Subject {
        let subject = try await subject(stepID)
        try await authorizer.require(
            .completeStep, in: subject.step.zone, standing: authorizer.reviews.standing(to: subject.step),
            on: .notFound("no review step with id \(stepID)"))
        return subject
    }

    func requireOpen(_ subject: Subject) throws {
        guard subject.step.status.isOpen, subject.useCase.reviewStatus.isOpen else {
            throw StewardError(
                .conflict, "The pilot step is \(subject.step.status.rawValue) and the use \(subject.useCase.reviewStatus.rawValue); the pilot is over.")
        }
    }

    func running(_ subject: Subject) throws -> PilotModel {
        try requireOpen(subject)
        guard let pilot = subject.pilot, pilot.isRunning else {
            throw StewardError(.conflict, "The pilot has not started yet.")
        }
        return pilot
    }

    func audit(
        _ action: String, _ subject: Subject, _ summary: String, _ change: [String: String], on db: any Database
    ) async throws {
        try await authorizer.auditTrail(on: db).record(AuditEntry(
            actor: authorizer.actor, action: action, objectType: "review-step",
            objectID: try subject.step.requireID().uuidString.lowercased(), zone: subject.step.zone, summary: summary,
            change: change))
    }
}

extension Authorizer {
    var pilots: PilotService { PilotService(authorizer: self) }
}
