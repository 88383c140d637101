import Fluent
import Foundation
import StewardCore

/// What the organization commits to for the people of an exposed classification (Seeds 001 and 003): training,
/// reclassification or no layoffs, each with an owner and a due day on the owner's "What's due", and the use that
/// prompted it. The joint committee and the officer keep them; everyone signed in reads them.
struct ClassificationPlanService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// Whether the actor records plans.
    func mayKeep() async throws -> Bool {
        authorizer.allows(.keepCommitteeRecords, in: .organization, standing: authorizer.committee.standing())
    }

    /// A classification's plans, open ones first, soonest due first.
    func plans(of classificationID: UUID) async throws -> [ClassificationPlanModel] {
        try await authorizer.require(.read, in: .organization, on: "job classifications")
        return try await ClassificationPlanModel.query(on: database).filter(\.$classification.$id == classificationID)
            .with(\.$owner).with(\.$useCase).sort(\.$doneOn).sort(\.$dueOn).all()
    }

    /// Records a plan.
    func add(
        to classificationID: UUID, kind: String, commitment: String, owner username: String, dueOn: String,
        useCase useCaseID: String
    ) async throws -> ClassificationPlanModel {
        guard let classification = try await JobClassificationModel.find(classificationID, on: database) else {
            throw ExposureService.missing(classificationID)
        }
        try await requireKeeper(classificationID)
        var problems: [DomainError] = []
        let kind = ClassificationPlanModel.Kind(rawValue: kind)
        if kind == nil {
            problems.append(DomainError(
                code: .invalidField, field: "kind", message: "choose training, reclassification or a no-layoff commitment"))
        }
        let item = CommitteeRecordDrafts.action(commitment, field: "commitment", dueOn: dueOn, today: authorizer.today, problems: &problems)
        let owner = try await PersonModel.query(on: database).filter(\.$username == username).filter(\.$isActive == true).first()
        if owner == nil {
            problems.append(DomainError(code: .invalidField, field: "owner", message: "choose the person who sees it through"))
        }
        var useCase: UseCaseModel?
        if !useCaseID.isEmpty {
            useCase = try await UUID(uuidString: useCaseID).asyncMap { id in
                try await UseCaseModel.query(on: database).filter(\.$id == id).filter(\.$zone ~~ authorizer.readableZones).first()
            } ?? nil
            if useCase == nil {
                problems.append(DomainError(code: .invalidField, field: "useCase", message: "choose one of the uses listed, or none"))
            }
        }
        guard problems.isEmpty, let kind, let item, let owner else { throw StewardError.invalid(problems) }
        let plan = ClassificationPlanModel()
        plan.$classification.id = classificationID
        plan.kind = kind
        plan.commitment = item.0
        plan.$owner.id = try owner.requireID()
        plan.dueOn = item.1.description
        plan.$useCase.id = try useCase?.requireID()
        plan.recordedBy = authorizer.actor.name
        plan.createdAt = authorizer.clock()
        try await database.transaction { db in
            try await plan.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "exposure.plan", objectType: "job-classification",
                objectID: classificationID.uuidString.lowercased(), zone: .organization,
                summary: "recorded a \(kind.title.lowercased()) plan for \(classification.title), due \(item.1), owned by \(owner.username)",
                change: ["kind": kind.rawValue, "commitment": item.0]))
        }
        return plan
    }

    /// Marks a plan done: its owner or a keeper of the plans.
    func complete(_ planID: UUID) async throws -> ClassificationPlanModel {
        let missing = StewardError.notFound("no plan with id \(planID.uuidString.lowercased())")
        guard let plan = try await ClassificationPlanModel.query(on: database).filter(\.$id == planID).with(\.$classification).first()
        else { throw missing }
        if plan.$owner.id != authorizer.actor.person?.id.uuid { try await requireKeeper(plan.$classification.id) }
        guard plan.doneOn == nil else { throw StewardError(.conflict, "The plan was done on \(plan.doneOn ?? "").") }
        plan.doneOn = authorizer.today.description
        try await database.transaction { db in
            try await plan.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "exposure.plan-done", objectType: "job-classification",
                objectID: plan.$classification.id.uuidString.lowercased(), zone: .organization,
                summary: "finished a \(plan.kind.title.lowercased()) plan for \(plan.classification.title)",
                change: ["commitment": plan.commitment]))
        }
        return plan
    }

    private func requireKeeper(_ classificationID: UUID) async throws {
        try await authorizer.require(
            .keepCommitteeRecords, in: .organization, standing: authorizer.committee.standing(),
            on: ExposureService.missing(classificationID))
    }
}

extension Authorizer {
    var classificationPlans: ClassificationPlanService { ClassificationPlanService(authorizer: self) }
}
