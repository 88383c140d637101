import Fluent
import Foundation
import StewardCore

/// Where the gateway sends each tool's calls, set by the AI officer on the tool's page or through the API. The
/// credential is sealed at rest and never shown again; everyone who reads the tool sees its gateway name.
struct UpstreamService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The tool's upstream, if one is set.
    func upstream(of toolID: AIToolID) async throws -> ToolUpstreamModel? {
        _ = try await authorizer.tools.tool(toolID)
        return try await ToolUpstreamModel.query(on: database).filter(\.$tool.$id == toolID.uuid).first()
    }

    /// Sets the tool's upstream; an empty credential keeps the stored one.
    func set(_ toolID: AIToolID, _ draft: UpstreamDraft) async throws -> ToolUpstreamModel {
        let tool = try await authorizer.tools.tool(toolID)
        try await authorizer.require(.configureGateway, in: .organization, on: "no tool with id \(toolID)")
        let existing = try await ToolUpstreamModel.query(on: database).filter(\.$tool.$id == toolID.uuid).first()
        var problems = draft.problems(toolName: tool.name, hasCredential: existing != nil)
        let name = draft.name(forTool: tool.name)
        if problems.isEmpty,
           let holder = try await ToolUpstreamModel.query(on: database).filter(\.$gatewayName == name)
            .filter(\.$tool.$id != toolID.uuid).with(\.$tool).first()
        {
            problems.append(DomainError(
                code: .invalidField, field: "gatewayName", message: "`\(name)` is already the name of \(holder.tool.name)"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let upstream = existing ?? ToolUpstreamModel()
        upstream.$tool.id = toolID.uuid
        upstream.gatewayName = name
        upstream.baseURL = draft.baseURL.hasSuffix("/") ? String(draft.baseURL.dropLast()) : draft.baseURL
        upstream.model = draft.model
        if !draft.credential.isEmpty { upstream.sealedCredential = try authorizer.context.sealer.seal(draft.credential) }
        upstream.updatedBy = authorizer.actor.name
        upstream.updatedAt = authorizer.clock()
        try await database.transaction { db in
            try await upstream.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "tool.upstream.set", objectType: "tool", objectID: toolID.description,
                zone: .organization, summary: "\(tool.name) answers in the gateway as \u{201C}\(name)\u{201D}",
                change: [
                    "gatewayName": name, "baseURL": upstream.baseURL, "model": draft.model,
                    "credential": draft.credential.isEmpty ? "kept" : "replaced",
                ]))
        }
        return upstream
    }
}

extension Authorizer {
    var upstreams: UpstreamService { UpstreamService(authorizer: self) }
}
