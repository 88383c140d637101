import Foundation
import StewardAPI
import StewardCore

extension Components.Schemas.Review {
    /// A use's review as the caller may see it: steps in zones they cannot read are left out.
    init(_ useCase: UseCaseModel, steps: [ReviewStepModel], now: Date) throws {
        self.init(
            status: try Vocabulary.convert(useCase.reviewStatus), conditions: useCase.conditions,
            steps: try steps.map { try .init(try $0.domain(), now: now) })
    }
}

extension Components.Schemas.StepSummary {
    init(_ step: ReviewStep, now: Date) throws {
        self.init(
            id: step.id.description, kind: try Vocabulary.convert(step.kind), status: try Vocabulary.convert(step.status),
            overdue: step.isOverdue(at: now), ownerRole: try Vocabulary.convert(step.ownerRole),
            ownerID: step.ownerID?.description, due: step.due.map(DisplayFormat.day))
    }
}

extension Components.Schemas.ReviewStep {
    init(_ model: ReviewStepModel, now: Date) throws {
        let step = try model.domain()
        self.init(
            id: step.id.description, useCaseID: step.useCaseID.description, kind: try Vocabulary.convert(step.kind),
            title: step.kind.title, gate: try Vocabulary.convert(step.gate), status: try Vocabulary.convert(step.status),
            overdue: step.isOverdue(at: now), ownerRole: try Vocabulary.convert(step.ownerRole),
            ownerID: step.ownerID?.description, due: step.due.map(DisplayFormat.day),
            zone: try Vocabulary.convert(step.zone), record: step.record,
            answer: try model.answer.map { try Vocabulary.convert($0) })
    }
}
