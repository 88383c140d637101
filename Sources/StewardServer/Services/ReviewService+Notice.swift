import Fluent
import Foundation
import PolicyEngine
import StewardCore

extension ReviewService {
    /// Records the union's answer to a notice step. A demand to bargain opens bargaining over the decision: a
    /// bargaining step is added (or reopened) and an approved use goes back to review until it is done.
    func answer(_ id: ReviewStepID, with answer: NoticeAnswer) async throws -> ReviewStepModel {
        let step = try await step(id)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        try await authorizer.require(.answerNotice, in: step.zone, on: .notFound("no review step with id \(id)"))
        guard step.kind == .unionNotice else {
            throw StewardError.invalid([DomainError(
                code: .invalidField, field: "answer", message: "only a notice to the union takes the union's answer")])
        }
        let now = authorizer.clock()
        step.answer = answer
        step.answeredBy = authorizer.actor.name
        step.answeredAt = now
        try await database.transaction { db in
            try await step.save(on: db)
            if answer == .demandToBargain { try await openBargaining(for: useCase, on: db, now: now) }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "notice.answer", objectType: "review-step", objectID: id.description,
                zone: step.zone, summary: "answered the notice for \"\(useCase.title)\": \(answer.title.lowercased())",
                change: ["answer": answer.rawValue]))
        }
        return step
    }

    private func openBargaining(for useCase: UseCaseModel, on db: any Database, now: Date) async throws {
        let existing = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID())
            .filter(\.$kind == .decisionalBargaining).first()
        if let existing {
            guard !existing.status.isOpen else { return }
            existing.status = .open
            existing.record = ""
            try await existing.save(on: db)
        } else {
            let calendar = try await DueCalendar.of(unit: useCase.$unit.id, on: db, now: now)
            try await Self.step(.decisionalBargaining, parameters: "{}", of: useCase, now: now, calendar: calendar)
                .create(on: db)
        }
        if useCase.reviewStatus == .approved {
            useCase.reviewStatus = .inReview
            try await useCase.save(on: db)
        }
    }
}
