import Foundation
import PolicyEngine
import StewardAPI
import StewardCore

extension APIHandler {
    func createUnit(_ input: Operations.CreateUnit.Input) async throws -> Operations.CreateUnit.Output {
        let body = switch input.body { case .json(let body): body }
        let unit = try await authorizer.units.create(name: body.name, local: body.local)
        return .created(.init(body: .json(.init(try unit.domain()))))
    }

    func listPacks(_ input: Operations.ListPacks.Input) async throws -> Operations.ListPacks.Output {
        .ok(.init(body: .json(try await authorizer.packs.inForce().map(Components.Schemas.AdoptedPack.init))))
    }

    func adoptPack(_ input: Operations.AdoptPack.Input) async throws -> Operations.AdoptPack.Output {
        let body = switch input.body { case .json(let body): body }
        let adopted = try await authorizer.packs.adopt(PackDraft(source: body.source, unitIDs: body.unitIDs ?? []))
        return .created(.init(body: .json(.init(
            pack: try .init(adopted.version),
            changes: try adopted.preview.changes.map(Components.Schemas.DecisionChange.init)))))
    }
}

extension Components.Schemas.AdoptedPack {
    init(_ model: PolicyAdoptionModel) throws {
        self.init(
            id: try model.requireID().uuidString.lowercased(), packID: model.packID, title: model.title,
            version: model.number, packVersion: model.packVersion, effective: model.effective, unitIDs: model.unitIDs,
            rules: try model.record().adoption.pack.rules.count, adoptedAt: model.adoptedAt, adoptedBy: model.adoptedBy)
    }
}

extension Components.Schemas.DecisionChange {
    init(_ change: PackPreview.UseChange) throws {
        self.init(
            useCaseID: try change.useCase.requireID().uuidString.lowercased(), title: change.useCase.title,
            before: try Vocabulary.convert(change.before.outcome), after: try Vocabulary.convert(change.after.outcome),
            redecided: change.isRedecided, reviewStatus: try Vocabulary.convert(change.useCase.reviewStatus))
    }
}
