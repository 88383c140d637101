import Foundation
import StewardAPI
import StewardCore

extension APIHandler {
    func createGatewayKey(_ input: Operations.CreateGatewayKey.Input) async throws -> Operations.CreateGatewayKey.Output {
        let body = switch input.body { case .json(let body): body }
        var useCaseID: UseCaseID?
        if let text = body.useCaseID {
            guard let id = UseCaseID(text) else {
                throw StewardError.invalid([
                    DomainError(code: .invalidField, field: "useCaseID", message: "`\(text.prefix(60))` is not a use case id")
                ])
            }
            useCaseID = id
        }
        let created = try await authorizer.gatewayKeys.create(label: body.label, useCaseID: useCaseID)
        return .created(.init(body: .json(try .init(created.model, secret: created.key))))
    }

    func listGatewayKeys(_ input: Operations.ListGatewayKeys.Input) async throws -> Operations.ListGatewayKeys.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.gatewayKeys.keys(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.GatewayKey.init))))
    }

    func revokeGatewayKey(_ input: Operations.RevokeGatewayKey.Input) async throws -> Operations.RevokeGatewayKey.Output {
        guard let id = UUID(uuidString: input.path.gatewayKeyID) else {
            throw StewardError.notFound("no gateway key of yours with id \(input.path.gatewayKeyID.prefix(60))")
        }
        try await authorizer.gatewayKeys.revoke(id)
        return .noContent(.init())
    }

    func getToolUpstream(_ input: Operations.GetToolUpstream.Input) async throws -> Operations.GetToolUpstream.Output {
        let toolID: AIToolID = try id(input.path.toolID, of: "tool")
        guard let upstream = try await authorizer.upstreams.upstream(of: toolID) else {
            throw StewardError.notFound("tool \(toolID) has no upstream set; the AI officer sets one")
        }
        return .ok(.init(body: .json(.init(upstream))))
    }

    func setToolUpstream(_ input: Operations.SetToolUpstream.Input) async throws -> Operations.SetToolUpstream.Output {
        let body = switch input.body { case .json(let body): body }
        let draft = UpstreamDraft(
            gatewayName: body.gatewayName ?? "", baseURL: body.baseURL, model: body.model, credential: body.credential)
        let upstream = try await authorizer.upstreams.set(try id(input.path.toolID, of: "tool"), draft)
        return .ok(.init(body: .json(.init(upstream))))
    }
}
