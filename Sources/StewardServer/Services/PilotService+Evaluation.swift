import Fluent
import Foundation
import StewardCore

extension PilotService {
    /// Drafts or redrafts the joint evaluation while the pilot runs; any change clears both signatures.
    func evaluate(_ stepID: ReviewStepID, _ draft: JointEvaluationDraft) async throws -> PilotModel {
        let subject = try await ownedSubject(stepID)
        let pilot = try running(subject)
        let problems = draft.problems(endsOn: pilot.ends)
        guard problems.isEmpty, let outcome = PilotOutcome(rawValue: draft.outcome) else {
            throw StewardError.invalid(problems)
        }
        pilot.findingsByCriterion = draft.findings.mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        pilot.outcome = outcome
        pilot.extendTo = outcome == .extend ? draft.extendTo.trimmingCharacters(in: .whitespaces) : nil
        pilot.evaluatedBy = authorizer.actor.name
        pilot.clearSignatures()
        try await database.transaction { db in
            try await pilot.save(on: db)
            try await audit("pilot.evaluate", subject, "drafted the joint evaluation of the pilot of \"\(subject.useCase.title)\": \(outcome.title.lowercased())",
                            ["outcome": outcome.rawValue], on: db)
        }
        return pilot
    }

    /// Signs the drafted evaluation for the actor's side: management (the AI officer or a manager, trained as a
    /// supervisor on the tool before they evaluate its use, Seed 002 "Training") or the union (a representative).
    /// The second signature carries out the outcome.
    func sign(_ stepID: ReviewStepID) async throws -> PilotModel {
        let subject = try await subject(stepID)
        try await authorizer.require(.signEvaluation, in: subject.step.zone, on: .notFound("no review step with id \(stepID)"))
        let pilot = try running(subject)
        guard let person = authorizer.actor.person, let side = TableSide.of(person.role) else {
            throw StewardError.signInRequired
        }
        guard pilot.outcome != nil else { throw StewardError(.conflict, "There is no joint evaluation to sign yet.") }
        if side == .management {
            let standing = try await authorizer.training.standing(
                of: person.id, for: AIToolID(subject.useCase.$tool.id), as: .supervisors)
            guard standing.isTrained else {
                throw StewardError(
                    .conflict, "A supervisor is trained on the tool before evaluating its use.",
                    problems: standing.reasons.map {
                        DomainError(code: .invalidField, field: "training", message: "\(person.displayName): \($0)")
                    })
            }
        }
        let now = authorizer.clock()
        switch side {
        case .management:
            pilot.$managementSigner.id = person.id.uuid
            pilot.managementSignedAt = now
        case .union:
            pilot.$unionSigner.id = person.id.uuid
            pilot.unionSignedAt = now
        }
        try await database.transaction { db in
            try await pilot.save(on: db)
            try await audit("pilot.sign", subject, "signed the joint evaluation of the pilot of \"\(subject.useCase.title)\" for \(side.rawValue)",
                            ["side": side.rawValue], on: db)
            if pilot.managementSignedAt != nil, pilot.unionSignedAt != nil {
                try await carryOut(pilot, subject, on: db)
            }
        }
        return pilot
    }

    /// What both signatures settle: adopt completes the pilot step, extend moves its end and opens a new
    /// evaluation, stop denies the use.
    private func carryOut(_ pilot: PilotModel, _ subject: Subject, on db: any Database) async throws {
        guard let outcome = pilot.outcome else { return }
        let now = authorizer.clock()
        let findings = PilotCriterion.allCases.map { "\($0.title): \(pilot.findingsByCriterion[$0] ?? "")" }
        let summary = "Joint evaluation signed by both sides on \(DisplayFormat.day(now)): \(outcome.title.lowercased())."
        switch outcome {
        case .adopt:
            subject.step.status = .done
            subject.step.record = ([summary] + findings).joined(separator: "\n")
            subject.step.completedBy = authorizer.actor.name
            subject.step.completedAt = now
            try await subject.step.save(on: db)
        case .extend:
            let previous = pilot.endsOn
            pilot.endsOn = pilot.extendTo ?? pilot.endsOn
            pilot.outcome = nil
            pilot.extendTo = nil
            pilot.findings = "{}"
            pilot.clearSignatures()
            try await pilot.save(on: db)
            subject.step.record = [subject.step.record, "\(summary) Extended from \(previous) to \(pilot.endsOn)."]
                .filter { !$0.isEmpty }.joined(separator: "\n")
            try await subject.step.save(on: db)
        case .stop:
            subject.useCase.reviewStatus = .denied
            try await subject.useCase.save(on: db)
            let open = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == subject.useCase.requireID())
                .filter(\.$status == .open).all()
            for step in open {
                let isPilot = step.id == subject.step.id
                step.status = isPilot ? .done : .waived
                step.record = isPilot ? ([summary] + findings).joined(separator: "\n") : "The pilot was stopped by joint evaluation."
                step.completedBy = authorizer.actor.name
                step.completedAt = now
                try await step.save(on: db)
            }
            try await ToolStatusFollower(authorizer: authorizer).follow(subject.useCase, on: db)
        }
        try await audit("pilot.\(outcome.rawValue)", subject, "the joint evaluation of the pilot of \"\(subject.useCase.title)\" took effect: \(outcome.title.lowercased())",
                        ["outcome": outcome.rawValue], on: db)
    }
}
