import StewardAPI
import StewardCore

extension APIHandler {
    func listUnits(_ input: Operations.ListUnits.Input) async throws -> Operations.ListUnits.Output {
        let units = try await authorizer.units.units()
        return .ok(.init(body: .json(try units.map { Components.Schemas.Unit(try $0.domain()) })))
    }

    func listToolUseCases(_ input: Operations.ListToolUseCases.Input) async throws -> Operations.ListToolUseCases.Output {
        let authorizer = try authorizer
        let tool = try await authorizer.tools.tool(try id(input.path.toolID, of: "tool"))
        let domainTool = try tool.domain()
        let useCases = try await authorizer.useCases.list(for: tool)
        let policy = try request.application.policy
        return .ok(.init(body: .json(try useCases.map { try Components.Schemas.UseCase(try $0.domain(), of: domainTool, policy: policy) })))
    }

    func createUseCase(_ input: Operations.CreateUseCase.Input) async throws -> Operations.CreateUseCase.Output {
        let draft = switch input.body { case .json(let body): body }
        let authorizer = try authorizer
        let toolID: AIToolID = try id(input.path.toolID, of: "tool")
        let useCase = try await authorizer.useCases.create(for: toolID, try UseCaseDraft(draft))
        let tool = try await authorizer.tools.tool(toolID)
        let policy = try request.application.policy
        return .created(.init(body: .json(try .init(try useCase.domain(), of: try tool.domain(), policy: policy))))
    }

    func getUseCase(_ input: Operations.GetUseCase.Input) async throws -> Operations.GetUseCase.Output {
        let useCase = try await authorizer.useCases.useCase(try id(input.path.useCaseID, of: "use case"))
        let policy = try request.application.policy
        return .ok(.init(body: .json(try .init(try useCase.domain(), of: try useCase.tool.domain(), policy: policy))))
    }
}
