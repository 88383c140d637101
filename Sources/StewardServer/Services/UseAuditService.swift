import Fluent
import Foundation
import StewardCore

/// Audits of uses in service on their scheduled audit and bias-audit steps (Seeds 000 and 003): each audit keeps
/// its scope, evidence and findings, moves the step's due day on by the interval the decision set, and may lead
/// the AI officer to suspend the use. A finding's follow-up is its owner's to finish.
struct UseAuditService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The audits recorded on a step, newest first, with their findings.
    func audits(on stepID: ReviewStepID) async throws -> [UseAuditModel] {
        _ = try await authorizer.reviews.step(stepID)
        return try await UseAuditModel.query(on: database).filter(\.$step.$id == stepID.uuid)
            .with(\.$findings) { $0.with(\.$owner) }.sort(\.$auditedOn, .descending).sort(\.$createdAt, .descending).all()
    }

    /// Whether the actor may record an audit on the step: the step's owner (auditors) or the AI officer, while the
    /// use is in service.
    func mayRecord(on step: ReviewStepModel, of useCase: UseCaseModel) -> Bool {
        Self.isAudit(step) && useCase.reviewStatus.isInUse
            && authorizer.allows(.completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step))
    }

    /// The step and its use, once the actor may record an audit on it: its owner or the AI officer, on an audit or
    /// bias-audit step of a use in service.
    /// - Throws: 404 or 403 as the actor stands to the step; 409 when it is not an audit or the use not in service.
    @discardableResult
    func recordable(_ stepID: ReviewStepID) async throws -> (ReviewStepModel, UseCaseModel) {
        let step = try await authorizer.reviews.step(stepID)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        let missing = StewardError.notFound("no review step with id \(stepID)")
        try await authorizer.require(.completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step), on: missing)
        guard Self.isAudit(step) else { throw StewardError(.conflict, "This step is not an audit.") }
        guard useCase.reviewStatus.isInUse else {
            throw StewardError(.conflict, "\"\(useCase.title)\" is \(useCase.reviewStatus.rawValue), not in service; audits begin once it is approved or piloted.")
        }
        return (step, useCase)
    }

    /// Records an audit. `suspend` asks to suspend the use on its findings, which only the AI officer may do.
    func record(_ stepID: ReviewStepID, _ draft: UseAudit.Draft, suspend: Bool) async throws -> UseAuditModel {
        let (step, useCase) = try await recordable(stepID)
        let missing = StewardError.notFound("no review step with id \(stepID)")
        if suspend { try await authorizer.require(.approveUse, in: useCase.zone, on: missing) }
        var problems: [DomainError] = []
        let checked = draft.checked(today: authorizer.today, problems: &problems)
        var owners: [String: PersonModel] = [:]
        for (index, finding) in (checked?.3 ?? []).enumerated() {
            guard let username = finding.followUp?.owner else { continue }
            if let person = try await PersonModel.query(on: database).filter(\.$username == username).filter(\.$isActive == true).first() {
                owners[username] = person
            } else {
                problems.append(DomainError(code: .invalidField, field: "findings[\(index)].owner", message: "no active person is called \(username.prefix(40))"))
            }
        }
        guard problems.isEmpty, let (day, scope, evidence, findings) = checked else { throw StewardError.invalid(problems) }
        let audit = UseAuditModel()
        audit.$step.id = stepID.uuid
        audit.auditedOn = day.description
        audit.scope = scope
        audit.evidence = evidence
        audit.suspendedUse = suspend
        audit.recordedBy = authorizer.actor.name
        audit.createdAt = authorizer.clock()
        let months = step.parameter(.everyMonths).flatMap(Int.init) ?? 12
        let ownerIDs = try owners.mapValues { try $0.requireID() }
        try await database.transaction { db in
            try await audit.create(on: db)
            for finding in findings {
                let model = AuditFindingModel()
                model.$audit.id = try audit.requireID()
                model.area = finding.area
                model.severity = finding.severity
                model.text = finding.text
                model.followUp = finding.followUp?.text
                model.$owner.id = finding.followUp.flatMap { ownerIDs[$0.owner] }
                model.dueOn = finding.followUp?.dueOn.description
                try await model.create(on: db)
            }
            let calendar = try await DueCalendar.of(unit: useCase.$unit.id, on: db, now: authorizer.clock())
            step.due = calendar.due(months: months, after: calendar.calendar.start(of: day))
            let serious = findings.filter { $0.severity == .high }.count
            step.record = "Last audited on \(day) by \(authorizer.actor.name); findings: \(findings.count), of which high: \(serious)."
            try await step.save(on: db)
            if suspend {
                useCase.reviewStatus = .suspended
                try await useCase.save(on: db)
                try await ToolStatusFollower(authorizer: authorizer).follow(useCase, on: db)
            }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "use-case.audit", objectType: "review-step", objectID: stepID.description,
                zone: step.zone,
                summary: "recorded the \(step.kind.title.lowercased()) of \"\(useCase.title)\" of \(day)"
                    + (suspend ? " and suspended the use" : ""),
                change: ["findings": String(findings.count), "suspended": suspend ? "yes" : "no"]))
        }
        return audit
    }

    /// Marks a finding's follow-up done: its owner, or whoever may record audits on its step.
    func finish(followUp findingID: UUID) async throws -> AuditFindingModel {
        let missing = StewardError.notFound("no finding with id \(findingID.uuidString.lowercased())")
        guard let finding = try await AuditFindingModel.query(on: database).filter(\.$id == findingID).with(\.$audit).first(),
              finding.followUp != nil
        else { throw missing }
        let step = try await authorizer.reviews.step(ReviewStepID(finding.audit.$step.id))
        if finding.$owner.id != authorizer.actor.person?.id.uuid {
            try await authorizer.require(.completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step), on: missing)
        }
        guard finding.doneOn == nil else { throw StewardError(.conflict, "The follow-up was done on \(finding.doneOn ?? "").") }
        finding.doneOn = authorizer.today.description
        try await database.transaction { db in
            try await finding.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "use-case.audit-follow-up", objectType: "review-step",
                objectID: step.id?.uuidString.lowercased() ?? "", zone: step.zone,
                summary: "finished a follow-up of an audit", change: ["followUp": finding.followUp ?? ""]))
        }
        return finding
    }

    private static func isAudit(_ step: ReviewStepModel) -> Bool { step.kind == .audit || step.kind == .biasAudit }
}

extension Authorizer {
    var useAudits: UseAuditService { UseAuditService(authorizer: self) }
}
