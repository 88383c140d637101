import StewardAPI
import StewardCore

extension APIHandler {
    func getBargaining(_ input: Operations.GetBargaining.Input) async throws -> Operations.GetBargaining.Output {
        .ok(.init(body: .json(try await bargaining(input.path.stepID))))
    }

    func recordBargainingEntry(_ input: Operations.RecordBargainingEntry.Input) async throws
        -> Operations.RecordBargainingEntry.Output
    {
        let body = switch input.body { case .json(let body): body }
        let draft = BargainingEntryDraft(
            kind: body.kind.rawValue, side: body.side?.rawValue ?? "", heldOn: body.heldOn, text: body.text)
        _ = try await authorizer.bargaining.addEntry(try id(input.path.stepID, of: "review step"), draft)
        return .ok(.init(body: .json(try await bargaining(input.path.stepID))))
    }

    func concludeBargaining(_ input: Operations.ConcludeBargaining.Input) async throws
        -> Operations.ConcludeBargaining.Output
    {
        let body = switch input.body { case .json(let body): body }
        _ = try await authorizer.bargaining.conclude(
            try id(input.path.stepID, of: "review step"), outcome: body.outcome.rawValue, terms: body.terms)
        return .ok(.init(body: .json(try await bargaining(input.path.stepID))))
    }

    private func bargaining(_ stepID: String) async throws -> Components.Schemas.Bargaining {
        let record = try await authorizer.bargaining.record(of: try id(stepID, of: "review step"))
        return Components.Schemas.Bargaining(
            stepID: try record.step.requireID().uuidString.lowercased(),
            entries: try record.entries.map {
                .init(kind: try Vocabulary.convert($0.kind), side: try $0.side.map { try Vocabulary.convert($0) },
                      heldOn: $0.heldOn, text: $0.text, recordedBy: $0.recordedBy)
            },
            outcome: try record.outcome.map { try Vocabulary.convert($0.outcome) }, terms: record.outcome?.terms)
    }
}
