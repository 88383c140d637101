import Fluent
import Foundation
import StewardCore

/// The written determination a vendor contract needs before it is signed (Seed 002, sections B and F): its step's
/// owner (legal counsel) or the AI officer records the statements, who signed them and where they are filed; the
/// step is then done. The union reads it, like every step in the organization zone.
struct DeterminationService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// A written-determination step and its determination, once made.
    func determination(on stepID: ReviewStepID) async throws -> (step: ReviewStepModel, determination: DeterminationModel?) {
        let step = try await authorizer.reviews.step(stepID)
        guard step.kind == .writtenDetermination else {
            throw StewardError.notFound("review step \(stepID) is \(step.kind.title.lowercased()), not a written determination")
        }
        return (step, try await DeterminationModel.query(on: database).filter(\.$step.$id == stepID.uuid).first())
    }

    /// Makes the determination and completes its step.
    func determine(_ stepID: ReviewStepID, _ draft: DeterminationDraft) async throws -> DeterminationModel {
        let (step, existing) = try await determination(on: stepID)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        try await authorizer.require(
            .completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step),
            on: .notFound("no review step with id \(stepID)"))
        guard existing == nil, step.status.isOpen, useCase.reviewStatus.isOpen else {
            throw StewardError(.conflict, "This step is \(step.status.rawValue) already; the determination stands as recorded.")
        }
        let problems = draft.problems(today: authorizer.today)
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let model = DeterminationModel()
        model.$step.id = stepID.uuid
        model.statements = DeterminationStatement.allCases.filter(draft.statements.contains).map(\.rawValue).joined(separator: ",")
        model.signerName = draft.signerName.trimmingCharacters(in: .whitespacesAndNewlines)
        model.signerTitle = draft.signerTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        model.signedOn = draft.signedOn.trimmingCharacters(in: .whitespaces)
        model.contractFile = draft.contractFile.trimmingCharacters(in: .whitespacesAndNewlines)
        model.recordedBy = authorizer.actor.name
        try await authorizer.reviews.complete(
            step, record: model.text, saving: model, action: "step.determination",
            summary: "recorded the written determination for \"\(useCase.title)\", signed by \(model.signerName)",
            change: ["statements": model.statements, "signerName": model.signerName, "signerTitle": model.signerTitle,
                     "signedOn": model.signedOn, "contractFile": model.contractFile])
        return model
    }
}

extension Authorizer {
    var determinations: DeterminationService { DeterminationService(authorizer: self) }
}
