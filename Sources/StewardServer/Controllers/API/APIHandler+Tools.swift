import StewardAPI
import StewardCore

extension APIHandler {
    func listTools(_ input: Operations.ListTools.Input) async throws -> Operations.ListTools.Output {
        let status: ToolStatus? = try input.query.status.map { try Vocabulary.convert($0) }
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.tools.page(status: status, paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map { try Components.Schemas.Tool(try $0.domain()) })))
    }

    func registerTool(_ input: Operations.RegisterTool.Input) async throws -> Operations.RegisterTool.Output {
        let details = switch input.body { case .json(let body): body }
        let tool = try await authorizer.tools.register(try ToolDetails(details))
        return .created(.init(body: .json(try .init(try tool.domain()))))
    }

    func getTool(_ input: Operations.GetTool.Input) async throws -> Operations.GetTool.Output {
        let tool = try await authorizer.tools.tool(try id(input.path.toolID, of: "tool"))
        return .ok(.init(body: .json(try .init(try tool.domain()))))
    }

    func updateTool(_ input: Operations.UpdateTool.Input) async throws -> Operations.UpdateTool.Output {
        let details = switch input.body { case .json(let body): body }
        let tool = try await authorizer.tools.update(try id(input.path.toolID, of: "tool"), with: try ToolDetails(details))
        return .ok(.init(body: .json(try .init(try tool.domain()))))
    }

    func moveTool(_ input: Operations.MoveTool.Input) async throws -> Operations.MoveTool.Output {
        let move = switch input.body { case .json(let body): body }
        let tool = try await authorizer.tools.move(
            try id(input.path.toolID, of: "tool"), to: try Vocabulary.convert(move.to), reason: move.reason,
            conditions: move.conditions ?? "")
        return .ok(.init(body: .json(try .init(try tool.domain()))))
    }

    func listToolTransitions(
        _ input: Operations.ListToolTransitions.Input
    ) async throws -> Operations.ListToolTransitions.Output {
        let tools = try authorizer.tools
        let tool = try await tools.tool(try id(input.path.toolID, of: "tool"))
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await tools.transitions(of: tool, paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.Transition.init))))
    }
}
