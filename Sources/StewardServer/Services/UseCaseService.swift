import Fluent
import Foundation
import StewardCore

/// Describes how bargaining units use a tool, in the fact vocabulary.
struct UseCaseService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The use cases of a tool the actor may see, by title.
    func list(for tool: AIToolModel) async throws -> [UseCaseModel] {
        try await uses(of: tool).ordered(by: \.$title).all()
    }

    /// One page of the use cases of a tool the actor may see, by title, keyed by the last one's id.
    func list(for tool: AIToolModel, _ page: PageRequest) async throws -> Page<UseCaseModel> {
        let zones = authorizer.readableZones
        return try await uses(of: tool).page(page, by: \.$title) { $0.$tool.id == tool.id && zones.contains($0.zone) }
    }

    private func uses(of tool: AIToolModel) async throws -> QueryBuilder<UseCaseModel> {
        try await authorizer.require(.read, in: .organization, on: "use cases")
        let toolID = try tool.requireID()
        return UseCaseModel.query(on: database).filter(\.$tool.$id == toolID)
            .visible(to: authorizer, zone: \.$zone)
    }

    /// One use case, with its tool.
    func useCase(_ id: UseCaseID) async throws -> UseCaseModel {
        guard let useCase = try await UseCaseModel.query(on: database).filter(\.$id == id.uuid)
            .with(\.$tool).with(\.$unit).first()
        else { throw StewardError.notFound("no use case with id \(id)") }
        try await authorizer.require(.read, in: useCase.zone, on: "no use case with id \(id)")
        return useCase
    }

    /// Adds a use case to a tool; anyone but an auditor may describe how their unit uses a tool.
    func create(for toolID: AIToolID, _ draft: UseCaseDraft) async throws -> UseCaseModel {
        let tool = try await authorizer.tools.tool(toolID)
        try await authorizer.require(.propose, in: .organization, on: "use cases")
        var problems = draft.problems()
        if try await BargainingUnitModel.find(draft.unitID.uuid, on: database) == nil {
            problems.append(DomainError(code: .invalidField, field: "unitID", message: "no bargaining unit with that id"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let useCase = UseCaseModel()
        useCase.zone = .organization
        useCase.$tool.id = try tool.requireID()
        useCase.apply(draft)
        useCase.reviewStatus = .submitted
        useCase.conditions = ""
        useCase.requestedByID = authorizer.actor.person?.id.uuid
        try await database.transaction { db in
            try await useCase.create(on: db)
            let decision = authorizer.context.policy.decide(try useCase.domain(), of: try tool.domain())
            try await ReviewService.plan(useCase, decision: decision, on: db, now: authorizer.clock())
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "use-case.create", objectType: "use-case",
                    objectID: try useCase.requireID().uuidString.lowercased(), zone: useCase.zone,
                    summary: "described use \"\(draft.title)\" of \(tool.name)", change: draft))
        }
        return useCase
    }
}

extension UseCaseService {
    /// Changes a use's facts and re-decides it. Its requester may while it is not yet approved; the AI officer
    /// always may (DESIGN.md, "From decision to approval").
    func update(_ id: UseCaseID, with draft: UseCaseDraft) async throws -> UseCaseModel {
        let useCase = try await editable(id)
        var problems = draft.problems()
        if try await BargainingUnitModel.find(draft.unitID.uuid, on: database) == nil {
            problems.append(DomainError(code: .invalidField, field: "unitID", message: "no bargaining unit with that id"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        useCase.apply(draft)
        let before = useCase.reviewStatus
        try await database.transaction { db in
            try await useCase.save(on: db)
            let decision = authorizer.context.policy.decide(try useCase.domain(), of: try useCase.tool.domain())
            try await ReviewService.redecide(useCase, decision: decision, on: db, now: authorizer.clock())
            try await FederalRecordModel.answerFacts(of: try useCase.requireID(), on: db)
            let moved = before == useCase.reviewStatus ? "" : "; review \(before.rawValue) → \(useCase.reviewStatus.rawValue)"
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "use-case.update", objectType: "use-case",
                    objectID: try useCase.requireID().uuidString.lowercased(), zone: useCase.zone,
                    summary: "changed the facts of \"\(draft.title)\"\(moved)", change: draft))
        }
        if before != .suspended, useCase.reviewStatus == .suspended {
            await authorizer.suspensionNotice.send(about: useCase)
        }
        return useCase
    }

    /// A use case the actor may edit; refused (403, or 404 when hidden) otherwise.
    func editable(_ id: UseCaseID) async throws -> UseCaseModel {
        let useCase = try await useCase(id)
        try await authorizer.require(
            .edit, in: useCase.zone, standing: standing(to: useCase), on: .notFound("no use case with id \(id)"))
        return useCase
    }

    /// The requester's standing lasts until the use is approved.
    func standing(to useCase: UseCaseModel) -> Set<Standing> {
        guard let person = authorizer.actor.person, person.id.uuid == useCase.requestedByID,
              useCase.reviewStatus.isOpen || useCase.reviewStatus == .prohibited
        else { return [] }
        return [.requester]
    }
}

extension Authorizer {
    var useCases: UseCaseService { UseCaseService(authorizer: self) }
}
