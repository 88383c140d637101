import StewardAPI
import StewardCore

extension APIHandler {
    func getDetermination(_ input: Operations.GetDetermination.Input) async throws -> Operations.GetDetermination.Output {
        let stepID: ReviewStepID = try id(input.path.stepID, of: "review step")
        guard let made = try await authorizer.determinations.determination(on: stepID).determination else {
            throw StewardError.notFound("no written determination is made on review step \(stepID) yet")
        }
        return .ok(.init(body: .json(try .init(made))))
    }

    func makeDetermination(_ input: Operations.MakeDetermination.Input) async throws -> Operations.MakeDetermination.Output {
        let body = switch input.body { case .json(let body): body }
        let draft = DeterminationDraft(
            statements: Set(try body.statements.map { try Vocabulary.convert($0) }), signerName: body.signerName,
            signerTitle: body.signerTitle, signedOn: body.signedOn, contractFile: body.contractFile)
        let made = try await authorizer.determinations.determine(try id(input.path.stepID, of: "review step"), draft)
        return .ok(.init(body: .json(try .init(made))))
    }
}

extension Components.Schemas.Determination {
    init(_ model: DeterminationModel) throws {
        self.init(
            stepID: model.$step.id.uuidString.lowercased(),
            statements: try model.statementSet.map { try Vocabulary.convert($0) }, signerName: model.signerName,
            signerTitle: model.signerTitle, signedOn: model.signedOn, contractFile: model.contractFile,
            recordedBy: model.recordedBy)
    }
}
