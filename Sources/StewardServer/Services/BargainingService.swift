import Fluent
import Foundation
import StewardCore

/// The record of decisional bargaining over a use, kept on its bargaining step: the sessions held and the proposals
/// each side put, recorded by either side at the table, and the outcome, recorded by the step's owner, which
/// completes the step. What crossed the table is shared with everyone who reads the use; the union's own
/// preparation stays in its private notes on the step.
struct BargainingService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    struct Record: Sendable {
        let step: ReviewStepModel
        let entries: [BargainingEntryModel]
        let outcome: BargainingOutcomeModel?
    }

    func record(of stepID: ReviewStepID) async throws -> Record {
        let step = try await authorizer.reviews.step(stepID)
        guard step.kind == .decisionalBargaining else {
            throw StewardError.notFound("review step \(stepID) is \(step.kind.title.lowercased()), not bargaining")
        }
        let entries = try await BargainingEntryModel.query(on: database).filter(\.$step.$id == stepID.uuid)
            .sort(\.$heldOn).sort(\.$createdAt).all()
        let outcome = try await BargainingOutcomeModel.query(on: database).filter(\.$step.$id == stepID.uuid).first()
        return Record(step: step, entries: entries, outcome: outcome)
    }

    /// Records a session or a proposal while bargaining goes on.
    func addEntry(_ stepID: ReviewStepID, _ draft: BargainingEntryDraft) async throws -> BargainingEntryModel {
        let (step, useCase) = try await openStep(stepID)
        try await authorizer.require(.recordBargaining, in: step.zone, on: .notFound("no review step with id \(stepID)"))
        let problems = draft.problems(today: authorizer.today)
        guard problems.isEmpty, let kind = BargainingEntryKind(rawValue: draft.kind) else { throw StewardError.invalid(problems) }
        let entry = BargainingEntryModel()
        entry.$step.id = stepID.uuid
        entry.kind = kind
        entry.side = kind == .proposal ? TableSide(rawValue: draft.side) : nil
        entry.heldOn = draft.heldOn.trimmingCharacters(in: .whitespaces)
        entry.text = draft.text.trimmingCharacters(in: .whitespacesAndNewlines)
        entry.recordedBy = authorizer.actor.name
        try await database.transaction { db in
            try await entry.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "bargaining.\(kind.rawValue)", objectType: "review-step",
                objectID: stepID.description, zone: step.zone,
                summary: "recorded a bargaining \(kind.rawValue) of \(entry.heldOn) over \"\(useCase.title)\"",
                change: ["kind": kind.rawValue, "side": entry.side?.rawValue ?? "", "heldOn": entry.heldOn, "text": entry.text]))
        }
        return entry
    }

    /// Records how bargaining ended, which completes the step: the terms agreed, the side letter, or the impasse.
    func conclude(_ stepID: ReviewStepID, outcome: String, terms: String) async throws -> BargainingOutcomeModel {
        let (step, useCase) = try await openStep(stepID)
        try await authorizer.require(
            .completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step),
            on: .notFound("no review step with id \(stepID)"))
        var problems = InputText.problems([("terms", terms)])
        let outcome = BargainingOutcome(rawValue: outcome)
        if outcome == nil {
            problems.append(DomainError(
                code: .invalidField, field: "outcome",
                message: "choose " + BargainingOutcome.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let text = terms.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > 20_000 {
            problems.append(DomainError(
                code: .invalidField, field: "terms",
                message: "write the terms agreed, or where the parties stand at impasse (1 to 20,000 characters)"))
        }
        guard problems.isEmpty, let outcome else { throw StewardError.invalid(problems) }
        let model = BargainingOutcomeModel()
        model.$step.id = stepID.uuid
        model.outcome = outcome
        model.terms = text
        model.recordedBy = authorizer.actor.name
        try await authorizer.reviews.complete(
            step, record: "\(outcome.title): \(text)", saving: model, action: "bargaining.outcome",
            summary: "recorded the outcome of bargaining over \"\(useCase.title)\": \(outcome.title.lowercased())",
            change: ["outcome": outcome.rawValue, "terms": text])
        return model
    }

    private func openStep(_ stepID: ReviewStepID) async throws -> (ReviewStepModel, UseCaseModel) {
        let record = try await record(of: stepID)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(record.step.$useCase.id))
        guard record.step.status.isOpen, useCase.reviewStatus.isOpen else {
            throw StewardError(.conflict, "Bargaining over this use is \(record.step.status.rawValue); its record is closed.")
        }
        return (record.step, useCase)
    }
}

extension Authorizer {
    var bargaining: BargainingService { BargainingService(authorizer: self) }
}
