import StewardAPI
import StewardCore

extension APIHandler {
    func listUnits(_ input: Operations.ListUnits.Input) async throws -> Operations.ListUnits.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.units.units(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.Unit.init))))
    }

    func listToolUseCases(_ input: Operations.ListToolUseCases.Input) async throws -> Operations.ListToolUseCases.Output {
        let authorizer = try authorizer
        let tool = try await authorizer.tools.tool(try id(input.path.toolID, of: "tool"))
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.useCases.list(for: tool, paging)
        try request.linkNextPage(page, limit: paging.limit)
        let steps = try await authorizer.reviews.steps(ofEach: page.items)
        let bodies = try page.items.map {
            try body(of: $0, tool: try tool.domain(), steps: steps[try $0.requireID()] ?? [], authorizer: authorizer)
        }
        return .ok(.init(body: .json(bodies)))
    }

    func createUseCase(_ input: Operations.CreateUseCase.Input) async throws -> Operations.CreateUseCase.Output {
        let draft = switch input.body { case .json(let body): body }
        let authorizer = try authorizer
        let toolID: AIToolID = try id(input.path.toolID, of: "tool")
        let useCase = try await authorizer.useCases.create(for: toolID, try UseCaseDraft(draft))
        let tool = try await authorizer.tools.tool(toolID)
        return .created(.init(body: .json(try await body(of: useCase, tool: try tool.domain()))))
    }

    func getUseCase(_ input: Operations.GetUseCase.Input) async throws -> Operations.GetUseCase.Output {
        let useCase = try await authorizer.useCases.useCase(try id(input.path.useCaseID, of: "use case"))
        return .ok(.init(body: .json(try await body(of: useCase, tool: try useCase.tool.domain()))))
    }

    func updateUseCase(_ input: Operations.UpdateUseCase.Input) async throws -> Operations.UpdateUseCase.Output {
        let draft = switch input.body { case .json(let body): body }
        let useCase = try await authorizer.useCases.update(
            try id(input.path.useCaseID, of: "use case"), with: try UseCaseDraft(draft))
        return .ok(.init(body: .json(try await body(of: useCase, tool: try useCase.tool.domain()))))
    }

    /// A use case with its facts, its decision and its review as the caller may see them.
    func body(of useCase: UseCaseModel, tool: AITool) async throws -> Components.Schemas.UseCase {
        let authorizer = try authorizer
        let steps = try await authorizer.reviews.steps(of: useCase)
        return try body(of: useCase, tool: tool, steps: steps, authorizer: authorizer)
    }

    /// The use case as the API shows it, with its review's `steps`.
    private func body(
        of useCase: UseCaseModel, tool: AITool, steps: [ReviewStepModel], authorizer: Authorizer
    ) throws -> Components.Schemas.UseCase {
        let review = try Components.Schemas.Review(useCase, steps: steps, now: authorizer.clock())
        return try .init(try useCase.domain(), of: tool, policy: authorizer.context.policy, review: review)
    }
}
