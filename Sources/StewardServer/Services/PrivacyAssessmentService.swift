import Fluent
import Foundation
import StewardCore

/// The privacy impact assessment a use needs before it runs across the whole organization (Seed 000, "AI
/// Auditing"): its step's owner (the AI officer) answers the questionnaire, with its HIPAA section when the use
/// involves health information. An acceptable conclusion completes the step; one that finds the risks not
/// acceptable is kept on record and leaves the step open, so the use cannot be approved as it stands.
struct PrivacyAssessmentService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// A privacy-impact-assessment step, its assessment once made, and whether the use involves health information.
    func assessment(on stepID: ReviewStepID) async throws
        -> (step: ReviewStepModel, assessment: PrivacyAssessmentModel?, involvesHealthInformation: Bool)
    {
        let step = try await authorizer.reviews.step(stepID)
        guard step.kind == .privacyImpactAssessment else {
            throw StewardError.notFound("review step \(stepID) is \(step.kind.title.lowercased()), not a privacy impact assessment")
        }
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        let existing = try await PrivacyAssessmentModel.query(on: database).filter(\.$step.$id == stepID.uuid).first()
        return (step, existing, useCase.dataCategories.contains(DataCategory.phi.rawValue))
    }

    /// Records the assessment; completes the step unless it finds the risks not acceptable.
    func assess(_ stepID: ReviewStepID, _ draft: PrivacyAssessmentDraft) async throws -> PrivacyAssessmentModel {
        let (step, existing, health) = try await assessment(on: stepID)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        try await authorizer.require(
            .completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step),
            on: .notFound("no review step with id \(stepID)"))
        guard step.status.isOpen, useCase.reviewStatus.isOpen else {
            throw StewardError(.conflict, "This step is \(step.status.rawValue) already; the assessment stands as recorded.")
        }
        let problems = draft.problems(involvingHealthInformation: health)
        guard problems.isEmpty, let conclusion = PrivacyConclusion(rawValue: draft.conclusion) else {
            throw StewardError.invalid(problems)
        }
        let asked = PrivacyQuestion.asked(involvingHealthInformation: health)
        let answers = Dictionary(uniqueKeysWithValues: asked.map {
            ($0.rawValue, (draft.answers[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        })
        let model = existing ?? PrivacyAssessmentModel()
        model.$step.id = stepID.uuid
        model.answers = String(decoding: try JSONEncoder.sorted.encode(answers), as: UTF8.self)
        model.conclusion = conclusion
        model.measures = draft.measures.trimmingCharacters(in: .whitespacesAndNewlines)
        model.assessedBy = authorizer.actor.name
        model.assessedAt = authorizer.clock()
        let summary = "assessed the privacy impact of \"\(useCase.title)\": \(conclusion.title.lowercased())"
        let change = ["conclusion": conclusion.rawValue, "measures": model.measures, "healthSection": String(health)]
        if conclusion.completesStep {
            try await authorizer.reviews.complete(
                step, record: model.text, saving: model, action: "step.privacy-assessment", summary: summary,
                change: change, isNew: existing == nil)
        } else {
            try await database.transaction { db in
                try await model.save(on: db)
                try await authorizer.auditTrail(on: db).record(AuditEntry(
                    actor: authorizer.actor, action: "step.privacy-assessment", objectType: "review-step",
                    objectID: stepID.description, zone: step.zone, summary: summary, change: change))
            }
        }
        return model
    }
}

extension JSONEncoder {
    /// Encodes with sorted keys, so the same value is always the same text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension Authorizer {
    var privacyAssessments: PrivacyAssessmentService { PrivacyAssessmentService(authorizer: self) }
}
