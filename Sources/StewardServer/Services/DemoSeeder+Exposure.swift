import Fluent
import Foundation
import StewardCore

extension DemoSeeder {
    /// The demo's illustrative task ratings, its plan for office assistants, and last year's published bias audit
    /// of the residents' chatbot.
    func seedExposure(people: [String: UUID], on db: any Database) async throws {
        let now = context.clock()
        let today = LocalDay(now, in: .gmt)
        let classifications = try await JobClassificationModel.query(on: db).with(\.$tasks).all()
        let names = try await PersonModel.query(on: db).all()
            .reduce(into: [UUID: String]()) { names, person in names[person.id ?? UUID()] = person.displayName }
        for classification in classifications {
            guard let ratings = DemoOrganization.exposureRatings[classification.title] else { continue }
            for task in classification.tasks {
                guard let rating = ratings[task.task] else { continue }
                let model = ExposureRatingModel()
                model.$classification.id = try classification.requireID()
                model.taskKey = ExposureTaskKey.own(try task.requireID()).description
                model.statement = task.task
                model.rating = rating.rating
                model.reason = rating.reason
                model.$ratedByPerson.id = people[rating.by]
                model.ratedBy = people[rating.by].flatMap { names[$0] } ?? rating.by
                model.ratedAt = now
                try await model.create(on: db)
            }
        }
        typealias Plan = DemoOrganization.ExposurePlan
        if let classification = classifications.first(where: { $0.title == Plan.classification }) {
            let plan = ClassificationPlanModel()
            plan.$classification.id = try classification.requireID()
            plan.kind = .training
            plan.commitment = Plan.commitment
            plan.$useCase.id = try await UseCaseModel.query(on: db).filter(\.$title == Plan.useTitle).first()?.requireID()
            plan.$owner.id = people[Plan.owner]
            plan.dueOn = today.adding(days: Plan.dueInDays).description
            plan.recordedBy = people[Plan.owner].flatMap { names[$0] } ?? Plan.owner
            plan.createdAt = now
            try await plan.create(on: db)
        }
        typealias Audit = DemoOrganization.ChatbotBiasAudit
        guard let chatbot = try await UseCaseModel.query(on: db).filter(\.$title == DemoOrganization.Audit.dueSoonUseTitle).first(),
              let step = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == chatbot.requireID())
                .filter(\.$kind == .biasAudit).first()
        else { return }
        let (audit, groups) = BiasAuditService.records(
            of: Audit.log.audit(), on: ReviewStepID(try step.requireID()), day: today.adding(days: -Audit.daysAgo),
            dataSource: Audit.dataSource, fileName: "chatbot-inquiries.csv", categories: ["language", "age group"],
            recordedBy: people["auditor"].flatMap { names[$0] } ?? "auditor", published: true, at: now)
        try await audit.create(on: db)
        try await groups.create(on: db)
    }
}
