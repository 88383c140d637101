import Fluent
import Foundation
import StewardCore

/// Registers AI tools, edits their details and moves them along their lifecycle.
struct ToolService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }
    private var actor: Actor { authorizer.actor }

    /// Every tool the actor may see, by name.
    func list(status: ToolStatus? = nil) async throws -> [AIToolModel] {
        try await authorizer.require(.read, in: .organization, on: "tools")
        var query = AIToolModel.query(on: database).visible(to: authorizer, zone: \.$zone)
        if let status { query = query.filter(\.$status == status) }
        return try await query.sort(\.$name).all()
    }

    /// One page of the tools the actor may see, by name, keyed by the last tool's id: each page is one indexed range
    /// read however many tools there are.
    func page(status: ToolStatus? = nil, _ page: PageRequest) async throws -> Page<AIToolModel> {
        try await authorizer.require(.read, in: .organization, on: "tools")
        var query = AIToolModel.query(on: database).visible(to: authorizer, zone: \.$zone)
        if let status { query = query.filter(\.$status == status) }
        let zones = authorizer.readableZones
        return try await query.page(page, by: \.$name) { zones.contains($0.zone) }
    }

    /// One tool; a tool in a zone the actor cannot read is reported as missing.
    func tool(_ id: AIToolID) async throws -> AIToolModel {
        guard let tool = try await AIToolModel.find(id.uuid, on: database) else {
            throw StewardError.notFound("no tool with id \(id)")
        }
        try await authorizer.require(.read, in: tool.zone, on: "no tool with id \(id)")
        return tool
    }

    /// The moves of a tool along its lifecycle, oldest first.
    func transitions(of tool: AIToolModel) async throws -> [ToolTransitionModel] {
        try await tool.$transitions.query(on: database).ordered(by: \.$occurredAt).all()
    }

    /// One page of the moves of a tool along its lifecycle, oldest first, keyed by the last move's id.
    func transitions(of tool: AIToolModel, _ page: PageRequest) async throws -> Page<ToolTransitionModel> {
        try await tool.$transitions.query(on: database).page(page, by: \.$occurredAt) { $0.$tool.id == tool.id }
    }

    /// Registers a tool as requested; anyone but an auditor may ask for a tool to be reviewed.
    func register(_ details: ToolDetails) async throws -> AIToolModel {
        try await authorizer.require(.propose, in: .organization, on: "tools")
        try check(details)
        let tool = AIToolModel()
        tool.zone = .organization
        tool.apply(details)
        tool.status = .requested
        tool.conditions = ""
        tool.$requestedBy.id = actor.person?.id.uuid
        try await database.transaction { db in
            try await tool.create(on: db)
            try await audit(on: db, "tool.create", tool, "registered \(details.name) as requested", change: details)
        }
        return tool
    }

    /// Changes a tool's details; only the AI officer may.
    func update(_ id: AIToolID, with details: ToolDetails) async throws -> AIToolModel {
        let tool = try await tool(id)
        try await authorizer.require(.edit, in: tool.zone, on: "no tool with id \(id)")
        try check(details)
        let before = try tool.domain()
        tool.apply(details)
        // The tool's own facts (hosting, training on inputs, a HIPAA agreement) are part of every use's decision.
        let after = try tool.domain()
        let policy = authorizer.context.policy
        let changes = try await UseCaseModel.query(on: database).filter(\.$tool.$id == tool.requireID()).all()
            .compactMap { use -> DecisionChange? in
                let domain = try use.domain()
                let (was, now) = (policy.decide(domain, of: before), policy.decide(domain, of: after))
                guard was.outcome != now.outcome || was.obligations != now.obligations else { return nil }
                use.$tool.value = tool
                return DecisionChange(useCase: use, before: was, after: now)
            }
        let suspended = try await database.transaction { db in
            try await tool.save(on: db)
            try await audit(on: db, "tool.update", tool, "edited the details of \(details.name)", change: details)
            return try await ReviewService.redecide(
                changes, cause: "the facts of \(details.name) changed", authorizer: authorizer, on: db,
                now: authorizer.clock())
        }
        for useCase in suspended {
            await authorizer.suspensionNotice.send(about: useCase, cause: "changed the facts of \(details.name)")
        }
        return tool
    }

    /// Moves a tool to another status, with a reason; only the AI officer may, and only along the lifecycle.
    func move(_ id: AIToolID, to target: ToolStatus, reason: String, conditions: String) async throws -> AIToolModel {
        let tool = try await tool(id)
        try await authorizer.require(.moveLifecycle, in: tool.zone, on: "no tool with id \(id)")
        var problems: [DomainError] = []
        do { try tool.status.checkMove(to: target) } catch { problems.append(error) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            problems.append(DomainError(code: .invalidField, field: "reason", message: "give a reason for the move"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let from = tool.status
        tool.status = target
        if target == .approved { tool.conditions = conditions.trimmingCharacters(in: .whitespacesAndNewlines) }
        let transition = ToolTransitionModel(
            toolID: try tool.requireID(), from: from, to: target, reason: reason, actorName: actor.name,
            occurredAt: authorizer.clock())
        try await database.transaction { db in
            try await tool.save(on: db)
            try await transition.create(on: db)
            try await audit(
                on: db, "tool.move", tool, "moved \(tool.name) from \(from.rawValue) to \(target.rawValue)",
                change: ["from": from.rawValue, "to": target.rawValue, "reason": reason, "conditions": tool.conditions])
        }
        return tool
    }

    private func check(_ details: ToolDetails) throws {
        let problems = details.problems()
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
    }

    private func audit(
        on db: any Database, _ action: String, _ tool: AIToolModel, _ summary: String, change: some Encodable
    ) async throws {
        try await authorizer.auditTrail(on: db).record(
            AuditEntry(
                actor: actor, action: action, objectType: "tool", objectID: try tool.requireID().uuidString.lowercased(),
                zone: tool.zone, summary: summary, change: change))
    }
}

extension Authorizer {
    var tools: ToolService { ToolService(authorizer: self) }
}

extension QueryBuilder where Model == AIToolModel {
    /// Tools in the order lists page them: by name, then id.
    func byName() -> Self { ordered(by: \.$name) }

    /// The tools that come after `tool` in that order.
    func after(_ tool: AIToolModel) -> Self { after(tool, by: \.$name) }
}
