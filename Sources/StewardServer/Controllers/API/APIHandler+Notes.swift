import StewardAPI
import StewardCore

extension APIHandler {
    func listToolNotes(_ input: Operations.ListToolNotes.Input) async throws -> Operations.ListToolNotes.Output {
        let authorizer = try authorizer
        let toolID: AIToolID = try id(input.path.toolID, of: "tool")
        _ = try await authorizer.tools.tool(toolID)
        let notes = try await notePage(on: .tool(toolID), limit: input.query.limit, after: input.query.after)
        return .ok(.init(body: .json(notes.map(Components.Schemas.Note.init))))
    }

    func addToolNote(_ input: Operations.AddToolNote.Input) async throws -> Operations.AddToolNote.Output {
        let draft = switch input.body { case .json(let body): body }
        let note = try await authorizer.notes.add(draft.body, on: .tool(try id(input.path.toolID, of: "tool")))
        return .created(.init(body: .json(.init(note))))
    }

    func listUseCaseNotes(_ input: Operations.ListUseCaseNotes.Input) async throws -> Operations.ListUseCaseNotes.Output {
        let authorizer = try authorizer
        let useCaseID: UseCaseID = try id(input.path.useCaseID, of: "use case")
        _ = try await authorizer.useCases.useCase(useCaseID)
        let notes = try await notePage(on: .useCase(useCaseID), limit: input.query.limit, after: input.query.after)
        return .ok(.init(body: .json(notes.map(Components.Schemas.Note.init))))
    }

    func addUseCaseNote(_ input: Operations.AddUseCaseNote.Input) async throws -> Operations.AddUseCaseNote.Output {
        let draft = switch input.body { case .json(let body): body }
        let note = try await authorizer.notes.add(draft.body, on: .useCase(try id(input.path.useCaseID, of: "use case")))
        return .created(.init(body: .json(.init(note))))
    }

    /// One page of the notes on `subject`, with the link to the next in the answer's headers.
    func notePage(on subject: Note.Subject, limit: Int?, after: String?) async throws -> [Note] {
        let paging = try PageRequest(limit: limit.map(String.init), after: after)
        let page = try await authorizer.notes.notes(on: subject, paging)
        try request.linkNextPage(page, limit: paging.limit)
        return page.items
    }
}
