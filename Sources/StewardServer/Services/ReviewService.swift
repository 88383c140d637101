import Fluent
import Foundation
import PolicyEngine
import StewardCore

/// Turns a use case's decision into its review: one step per obligation, each with an owner, a due date and a
/// record; the officer's approval only once every step that gates it is done (DESIGN.md, "From decision to
/// approval").
struct ReviewService: Sendable {
    let authorizer: Authorizer
    var database: any Database { authorizer.database }

    /// Starts the review of a use case from its decision, on `db` (the transaction that stores the use): a
    /// prohibited use is stored as `prohibited` and goes no further; any other is in review, with its steps.
    static func plan(_ useCase: UseCaseModel, decision: Decision, on db: any Database, now: Date) async throws {
        let calendar = try await DueCalendar.of(unit: useCase.$unit.id, on: db, now: now)
        let steps = try planned(useCase, decision: decision, now: now, calendar: calendar)
        try await useCase.save(on: db)
        for step in steps { try await step.create(on: db) }
    }

    /// The review a decision gives a use, without storing anything: sets the use's status (and conditions) as
    /// ``plan(_:decision:on:now:)`` does and returns its new steps, none for a prohibited use. The use needs its id.
    static func planned(
        _ useCase: UseCaseModel, decision: Decision, now: Date, calendar: DueCalendar
    ) throws -> [ReviewStepModel] {
        guard decision.outcome != .prohibited else {
            useCase.reviewStatus = .prohibited
            return []
        }
        useCase.reviewStatus = .inReview
        useCase.conditions = conditions(of: decision)
        var steps = try decision.obligations.filter { StepTemplate(for: $0.kind) != nil }.map { obligation in
            try step(obligation.kind, parameters: obligation.parameterJSON, of: useCase, now: now, calendar: calendar)
        }
        // Every use needs the officer's approval (Seed 000, "Purpose"), whether or not a pack names it.
        if !decision.obligations.contains(where: { $0.kind == .officerApproval }) {
            steps.append(try step(.officerApproval, parameters: "{}", of: useCase, now: now, calendar: calendar))
        }
        return steps
    }

    /// A new open step of `kind`, due on `calendar` (the use's unit's, see ``DueCalendar``).
    static func step(
        _ kind: ObligationKind, parameters: String, of useCase: UseCaseModel, now: Date, calendar: DueCalendar
    ) throws -> ReviewStepModel {
        guard let template = StepTemplate(for: kind) else {
            throw StewardError(.internalServerError, "obligation \(kind.rawValue) is a condition, not a step")
        }
        let step = ReviewStepModel()
        step.$useCase.id = try useCase.requireID()
        step.kind = kind
        step.gate = template.gate
        step.status = .open
        step.ownerRole = template.owner
        step.due = template.daysToDue.map { calendar.due($0, after: now) }
        step.zone = ReviewStep.zone(of: kind)
        step.parameters = parameters
        step.record = ""
        step.createdAt = now
        return step
    }

    /// The conditions a decision attaches to the approval, in plain words: human review, labels, retention.
    static func conditions(of decision: Decision) -> String {
        decision.obligations.filter { StepTemplate.isCondition($0.kind) }.map(\.kind.title).joined(separator: "; ")
    }

    /// The steps of a use case the actor may see, in the order of the obligation kinds.
    func steps(of useCase: UseCaseModel) async throws -> [ReviewStepModel] {
        try await steps(ofEach: [useCase])[try useCase.requireID()] ?? []
    }

    /// The steps of each of `useCases` the actor may read, by use case, in one query, ordered as ``steps(of:)``.
    func steps(ofEach useCases: [UseCaseModel]) async throws -> [UUID: [ReviewStepModel]] {
        let ids = try useCases.map { try $0.requireID() }
        guard !ids.isEmpty else { return [:] }
        let steps = try await ReviewStepModel.query(on: database).filter(\.$useCase.$id ~~ ids)
            .visible(to: authorizer, zone: \.$zone).all()
        let order = Dictionary(uniqueKeysWithValues: ObligationKind.allCases.enumerated().map { ($1, $0) })
        return Dictionary(grouping: steps) { $0.$useCase.id }
            .mapValues { $0.sorted { (order[$0.kind] ?? 0) < (order[$1.kind] ?? 0) } }
    }

    /// One step; a step in a zone the actor cannot read answers like one that does not exist.
    func step(_ id: ReviewStepID) async throws -> ReviewStepModel {
        let missing = StewardError.notFound("no review step with id \(id)")
        guard let step = try await ReviewStepModel.find(id.uuid, on: database) else { throw missing }
        try await authorizer.require(.read, in: step.zone, on: missing)
        return step
    }
}

extension Authorizer {
    var reviews: ReviewService { ReviewService(authorizer: self) }
}

extension Obligation {
    /// The parameters as a small JSON object of strings, as a step keeps them.
    var parameterJSON: String {
        let pairs = sortedParameters.map { (key: $0.parameter.rawValue, value: $0.value.description) }
        let object = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension ReviewService {
    /// Decides and plans every use still `submitted`: uses that existed before reviews did, and the demo's.
    static func reviewSubmitted(on database: any Database, context: StewardContext) async throws {
        let waiting = try await UseCaseModel.query(on: database).filter(\.$reviewStatus == .submitted).with(\.$tool)
            .all()
        for useCase in waiting {
            let decision = context.policy.decide(try useCase.domain(), of: try useCase.tool.domain())
            try await database.transaction { db in
                try await plan(useCase, decision: decision, on: db, now: context.clock())
            }
        }
    }
}

extension ReviewService {
    /// Brings a demo use to `status` with every step it would have needed done and a dated record saying so, so
    /// that the demo organization shows approved and piloted uses honestly.
    static func settleForDemo(
        _ useCase: UseCaseModel, as status: ReviewStatus, by officer: String, on db: any Database, now: Date
    ) async throws {
        let steps = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID()).all()
        let wasApproved = status == .approved || status == .suspended
        for step in steps where step.gate == .beforeApproval || (wasApproved && step.gate == .approval) {
            guard wasApproved || step.kind != .pilot else { continue }
            step.status = .done
            step.record = "Demo record: completed on \(now.formatted(.iso8601.year().month().day()))."
            step.completedBy = officer
            step.completedAt = now
            try await step.save(on: db)
        }
        useCase.reviewStatus = status
        if wasApproved {
            useCase.approvedAt = now
            useCase.approvedBy = officer
        }
        try await useCase.save(on: db)
    }
}
