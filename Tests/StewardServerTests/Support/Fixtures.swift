import Fluent
import StewardCore
import Testing

@testable import StewardServer

/// Records of the demo organization that tests address by name.
extension StewardHarness {
    func tool(named name: String) async throws -> AIToolModel {
        try #require(try await AIToolModel.query(on: app.db).filter(\.$name == name).first(), "no demo tool \(name)")
    }

    func useCase(ofTool name: String) async throws -> UseCaseModel {
        let tool = try await tool(named: name)
        return try #require(
            try await UseCaseModel.query(on: app.db).filter(\.$tool.$id == tool.requireID()).first(),
            "no use case of \(name)")
    }

    func unit(named name: String) async throws -> BargainingUnitModel {
        try #require(try await BargainingUnitModel.query(on: app.db).filter(\.$name == name).first())
    }
}
