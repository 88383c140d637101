import StewardAPI
import StewardCore

extension APIHandler {
    func approveUseCase(_ input: Operations.ApproveUseCase.Input) async throws -> Operations.ApproveUseCase.Output {
        let approval = switch input.body { case .json(let body): body }
        let reviews = try authorizer.reviews
        let useCase = try await reviews.approve(
            try id(input.path.useCaseID, of: "use case"), conditions: approval.conditions ?? "")
        try await useCase.$tool.load(on: reviews.database)
        return .ok(.init(body: .json(try await body(of: useCase, tool: try useCase.tool.domain()))))
    }

    func denyUseCase(_ input: Operations.DenyUseCase.Input) async throws -> Operations.DenyUseCase.Output {
        let denial = switch input.body { case .json(let body): body }
        let reviews = try authorizer.reviews
        let useCase = try await reviews.deny(try id(input.path.useCaseID, of: "use case"), reason: denial.reason)
        try await useCase.$tool.load(on: reviews.database)
        return .ok(.init(body: .json(try await body(of: useCase, tool: try useCase.tool.domain()))))
    }

    func listMySteps(_ input: Operations.ListMySteps.Input) async throws -> Operations.ListMySteps.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let authorizer = try authorizer
        let page = try await authorizer.reviews.openSteps(page: paging)
        try request.linkNextPage(page, limit: paging.limit)
        let now = authorizer.clock()
        return .ok(.init(body: .json(try page.items.map { try .init($0, now: now) })))
    }

    func getStep(_ input: Operations.GetStep.Input) async throws -> Operations.GetStep.Output {
        let authorizer = try authorizer
        let step = try await authorizer.reviews.step(try id(input.path.stepID, of: "review step"))
        return .ok(.init(body: .json(try .init(step, now: authorizer.clock()))))
    }

    func actOnStep(_ input: Operations.ActOnStep.Input) async throws -> Operations.ActOnStep.Output {
        let action = switch input.body { case .json(let body): body }
        let authorizer = try authorizer
        let step = try await authorizer.reviews.act(
            on: try id(input.path.stepID, of: "review step"), status: try Vocabulary.convert(action.status),
            record: action.record)
        return .ok(.init(body: .json(try .init(step, now: authorizer.clock()))))
    }

    func answerNotice(_ input: Operations.AnswerNotice.Input) async throws -> Operations.AnswerNotice.Output {
        let body = switch input.body { case .json(let body): body }
        let authorizer = try authorizer
        let step = try await authorizer.reviews.answer(
            try id(input.path.stepID, of: "review step"), with: try Vocabulary.convert(body.answer))
        return .ok(.init(body: .json(try .init(step, now: authorizer.clock()))))
    }
}
