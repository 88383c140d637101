import Fluent
import Foundation
import PolicyEngine
import StewardCore

/// A use decided differently after its tool's facts or the packs in force changed.
struct DecisionChange: Sendable {
    let useCase: UseCaseModel
    let before: Decision
    let after: Decision

    /// Whether the change re-decides it: open and approved uses are, and uses the packs had prohibited; denied and
    /// suspended ones wait for a person to reopen them.
    var isRedecided: Bool {
        useCase.reviewStatus.isOpen || useCase.reviewStatus == .approved || useCase.reviewStatus == .prohibited
    }
}

extension ReviewService {
    /// Re-decides each use of `changes` that a change re-decides, on `db`, recording each in the audit trail with
    /// `cause`; returns the uses it suspended, whose owners are then told.
    static func redecide(
        _ changes: [DecisionChange], cause: String, authorizer: Authorizer, on db: any Database, now: Date
    ) async throws -> [UseCaseModel] {
        var suspended: [UseCaseModel] = []
        for change in changes where change.isRedecided {
            let useCase = change.useCase
            let before = useCase.reviewStatus
            try await redecide(useCase, decision: change.after, on: db, now: now)
            if before != .suspended, useCase.reviewStatus == .suspended { suspended.append(useCase) }
            let moved = before == useCase.reviewStatus ? "" : "; review \(before.rawValue) → \(useCase.reviewStatus.rawValue)"
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "use-case.redecide", objectType: "use-case",
                    objectID: try useCase.requireID().uuidString.lowercased(), zone: useCase.zone,
                    summary: "re-decided \"\(useCase.title)\" after \(cause): "
                        + "\(change.before.outcome.rawValue) → \(change.after.outcome.rawValue)\(moved)",
                    change: ["cause": cause, "outcome": change.after.outcome.rawValue]))
        }
        return suspended
    }

    /// Brings a use's review in line with a new decision after its facts or the adopted packs changed, on `db`:
    /// an obligation the use did not have opens a step (or reopens it); a step no longer required is waived with a
    /// dated reason; an approved use with a new open step goes back to review; a use that became prohibited is
    /// suspended if it was in use, prohibited otherwise, and its open steps are set aside.
    static func redecide(
        _ useCase: UseCaseModel, decision: Decision, on db: any Database, now: Date
    ) async throws {
        let steps = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID()).all()
        let day = now.formatted(.iso8601.year().month().day())
        if decision.outcome == .prohibited {
            useCase.reviewStatus = useCase.reviewStatus.isInUse ? .suspended : .prohibited
            for step in steps where step.status.isOpen {
                try await settle(step, .waived, "The use became prohibited on \(day); nothing is left to review.", now, db)
            }
            return try await useCase.save(on: db)
        }
        var required = decision.obligations.filter { StepTemplate(for: $0.kind) != nil }
        if !required.contains(where: { $0.kind == .officerApproval }) { required.append(Obligation(kind: .officerApproval)) }
        var reopened = false
        let calendar = try await DueCalendar.of(unit: useCase.$unit.id, on: db, now: now)
        for obligation in required {
            if let step = steps.first(where: { $0.kind == obligation.kind }) {
                guard step.status == .waived, step.record.hasPrefix(Self.noLongerRequired) else { continue }
                step.status = .open
                step.record = ""
                step.parameters = obligation.parameterJSON
                try await step.save(on: db)
            } else {
                try await Self.step(
                    obligation.kind, parameters: obligation.parameterJSON, of: useCase, now: now, calendar: calendar
                ).create(on: db)
            }
            reopened = reopened || StepTemplate(for: obligation.kind)?.gate == .beforeApproval
        }
        let kinds = Set(required.map(\.kind))
        for step in steps where step.status.isOpen && !kinds.contains(step.kind) {
            try await settle(step, .waived, "\(Self.noLongerRequired) after the facts changed on \(day).", now, db)
        }
        useCase.conditions = conditions(of: decision)
        if !useCase.reviewStatus.isOpen && !(useCase.reviewStatus == .approved && !reopened) {
            useCase.reviewStatus = .inReview
        }
        try await useCase.save(on: db)
    }

    /// How a step waived because the decision dropped it begins its record.
    static let noLongerRequired = "No longer required"

    private static func settle(
        _ step: ReviewStepModel, _ status: StepStatus, _ record: String, _ now: Date, _ db: any Database
    ) async throws {
        step.status = status
        step.record = record
        step.completedBy = "steward"
        step.completedAt = now
        try await step.save(on: db)
    }
}
