import Fluent
import Foundation
import StewardCore

extension ReviewService {
    /// Completes (`done`) or waives a step with its record; the step's owner completes it, the officer completes or
    /// waives any, legal counsel waives its own. A waiver needs a reason; completing, a record of what was done.
    func act(on id: ReviewStepID, status: StepStatus, record: String) async throws -> ReviewStepModel {
        let step = try await step(id)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        try await authorizer.require(
            status == .waived ? .waiveStep : .completeStep, in: step.zone, standing: standing(to: step),
            on: .notFound("no review step with id \(id)"))
        var problems: [DomainError] = []
        let record = record.trimmingCharacters(in: .whitespacesAndNewlines)
        if status == .open {
            problems.append(DomainError(code: .invalidField, field: "status", message: "choose done or waived"))
        }
        if record.isEmpty || record.count > 20_000 {
            let what = status == .waived ? "the reason for the waiver" : "what was done, and when"
            problems.append(DomainError(code: .invalidField, field: "record", message: "write \(what) (1 to 20,000 characters)"))
        }
        if StepTemplate.isCompletedByItsRecord(step.kind) && status == .done {
            let how = switch step.kind {
            case .pilot: "a pilot is done when both sides sign a joint evaluation that adopts it"
            case .committeeReview: "a committee review is done when its team's vote recommends the use"
            case .privacyImpactAssessment: "a privacy impact assessment is done when it finds the risks acceptable"
            case .disclosureToWorkers: "a disclosure to workers is done when it is published from its page"
            default: "a written determination is done when its statements are made and signed"
            }
            problems.append(DomainError(
                code: .invalidField, field: "status", message: "\(how); it can only be waived here"))
        }
        if step.gate == .approval {
            problems.append(DomainError(
                code: .invalidField, field: "status", message: "the officer's approval is given by approving the use"))
        }
        if !step.status.isOpen || !useCase.reviewStatus.isOpen {
            problems.append(DomainError(
                code: .invalidField, field: "status", message: "this step is \(step.status.rawValue) already"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        step.status = status
        step.record = record
        step.completedBy = authorizer.actor.name
        step.completedAt = authorizer.clock()
        try await database.transaction { db in
            try await step.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "step.\(status.rawValue)", objectType: "review-step",
                objectID: id.description, zone: step.zone,
                summary: "\(status == .waived ? "waived" : "completed") \(step.kind.title) for \"\(useCase.title)\"",
                change: ["status": status.rawValue, "record": record]))
        }
        return step
    }

    /// Completes a step with a record of its own kind (a written determination, a bargaining outcome): the record
    /// and the step are saved together, with one audit event in the step's zone.
    func complete(
        _ step: ReviewStepModel, record text: String, saving record: some Model, action: String, summary: String,
        change: [String: String], isNew: Bool = true
    ) async throws {
        step.status = .done
        step.record = text
        step.completedBy = authorizer.actor.name
        step.completedAt = authorizer.clock()
        try await database.transaction { db in
            if isNew { try await record.create(on: db) } else { try await record.save(on: db) }
            try await step.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: action, objectType: "review-step",
                objectID: try step.requireID().uuidString.lowercased(), zone: step.zone, summary: summary,
                change: change))
        }
    }

    /// How the actor stands to a step: its owner when named, or when it belongs to the actor's role.
    func standing(to step: ReviewStepModel) -> Set<Standing> {
        guard let person = authorizer.actor.person else { return [] }
        let owns = step.$owner.id.map { $0 == person.id.uuid } ?? (step.ownerRole == person.role)
        return owns ? [.stepOwner] : []
    }

    /// Approves a use once no step that gates it is open; refused with one problem per open step otherwise.
    func approve(_ id: UseCaseID, conditions: String) async throws -> UseCaseModel {
        let useCase = try await authorizer.useCases.useCase(id)
        try await authorizer.require(.approveUse, in: useCase.zone, on: .notFound("no use case with id \(id)"))
        guard useCase.reviewStatus.isOpen else {
            throw StewardError(
                .conflict, "This use is \(useCase.reviewStatus.rawValue); only a use in review can be approved.")
        }
        let all = try await ReviewStepModel.query(on: database).filter(\.$useCase.$id == id.uuid).all()
        let open = all.filter { $0.gate == .beforeApproval && $0.status.isOpen }
        guard open.isEmpty else {
            throw StewardError(
                .conflict, "Approval is refused while \(open.count) step\(open.count == 1 ? " is" : "s are") open.",
                problems: open.map { DomainError(code: .invalidField, field: $0.kind.rawValue, message: "\($0.kind.title) is still open") })
        }
        let now = authorizer.clock()
        let extra = conditions.trimmingCharacters(in: .whitespacesAndNewlines)
        useCase.reviewStatus = .approved
        useCase.approvedAt = now
        useCase.approvedBy = authorizer.actor.name
        if !extra.isEmpty { useCase.conditions = [useCase.conditions, extra].filter { !$0.isEmpty }.joined(separator: "; ") }
        try await database.transaction { db in
            try await useCase.save(on: db)
            for step in all where step.gate == .approval && step.status.isOpen {
                step.status = .done
                step.record = "Approved by \(authorizer.actor.name)."
                step.completedBy = authorizer.actor.name
                step.completedAt = now
                try await step.save(on: db)
            }
            let calendar = try await DueCalendar.of(unit: useCase.$unit.id, on: db, now: now)
            for step in all where step.gate == .scheduled {
                step.due = calendar.due(months: step.parameter(.everyMonths).flatMap(Int.init) ?? 12, after: now)
                try await step.save(on: db)
            }
            try await ToolStatusFollower(authorizer: authorizer).follow(useCase, on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "use-case.approve", objectType: "use-case", objectID: id.description,
                zone: useCase.zone, summary: "approved the use \"\(useCase.title)\"",
                change: ["conditions": useCase.conditions]))
        }
        return useCase
    }
}

extension ReviewService {
    /// The AI officer denies a use still in review, with a reason; its open steps are set aside with that reason.
    func deny(_ id: UseCaseID, reason: String) async throws -> UseCaseModel {
        let useCase = try await authorizer.useCases.useCase(id)
        try await authorizer.require(.approveUse, in: useCase.zone, on: .notFound("no use case with id \(id)"))
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 5_000 else {
            throw StewardError.invalid([DomainError(
                code: .invalidField, field: "reason", message: "give the reason for the denial (1 to 5,000 characters)")])
        }
        guard useCase.reviewStatus.isOpen else {
            throw StewardError(
                .conflict, "This use is \(useCase.reviewStatus.rawValue); only a use in review can be denied.")
        }
        let open = try await ReviewStepModel.query(on: database).filter(\.$useCase.$id == id.uuid)
            .filter(\.$status == .open).all()
        let now = authorizer.clock()
        useCase.reviewStatus = .denied
        try await database.transaction { db in
            try await useCase.save(on: db)
            for step in open {
                step.status = .waived
                step.record = "The use was denied: \(reason)"
                step.completedBy = authorizer.actor.name
                step.completedAt = now
                try await step.save(on: db)
            }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "use-case.deny", objectType: "use-case", objectID: id.description,
                zone: useCase.zone, summary: "denied the use \"\(useCase.title)\"", change: ["reason": reason]))
        }
        return useCase
    }
}
