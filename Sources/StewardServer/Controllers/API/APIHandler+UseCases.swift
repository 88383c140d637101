import StewardAPI
import StewardCore

extension APIHandler {
    func listUnits(_ input: Operations.ListUnits.Input) async throws -> Operations.ListUnits.Output {
        let units = try await authorizer.units.units()
        return .ok(.init(body: .json(try units.map(Components.Schemas.Unit.init))))
    }

    func listToolUseCases(_ input: Operations.ListToolUseCases.Input) async throws -> Operations.ListToolUseCases.Output {
        let authorizer = try authorizer
        let tool = try await authorizer.tools.tool(try id(input.path.toolID, of: "tool"))
        let useCases = try await authorizer.useCases.list(for: tool)
        var bodies: [Components.Schemas.UseCase] = []
        for useCase in useCases { bodies.append(try await body(of: useCase, tool: try tool.domain())) }
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
        let review = try Components.Schemas.Review(useCase, steps: steps, now: authorizer.clock())
        return try .init(try useCase.domain(), of: tool, policy: authorizer.context.policy, review: review)
    }
}
