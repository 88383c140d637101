import Fluent
import StewardCore

/// The organization's bargaining units and their job classifications.
struct UnitService: Sendable {
    let authorizer: Authorizer

    /// Every bargaining unit, by name.
    func units() async throws -> [BargainingUnitModel] {
        try await authorizer.require(.read, in: .organization, on: "bargaining units")
        return try await BargainingUnitModel.query(on: authorizer.database).sort(\.$name).all()
    }

    /// Every job classification with its tasks.
    func classifications() async throws -> [JobClassificationModel] {
        try await authorizer.require(.read, in: .organization, on: "job classifications")
        return try await JobClassificationModel.query(on: authorizer.database).with(\.$tasks).sort(\.$title).all()
    }
}

extension Authorizer {
    var units: UnitService { UnitService(authorizer: self) }
}
