import Fluent
import Foundation
import StewardCore

/// The organization's bargaining units and their job classifications.
struct UnitService: Sendable {
    let authorizer: Authorizer

    /// Every bargaining unit, by name.
    func units() async throws -> [BargainingUnitModel] {
        try await authorizer.require(.read, in: .organization, on: "bargaining units")
        return try await BargainingUnitModel.query(on: authorizer.database).sort(\.$name).all()
    }

    /// Adds a bargaining unit to the organization; its contract is recorded afterwards.
    func create(name: String, local: String) async throws -> BargainingUnitModel {
        try await authorizer.require(.manageOrganization, in: .organization, on: "bargaining units")
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let local = local.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [DomainError] = []
        if !(1...120).contains(name.count) {
            problems.append(DomainError(code: .invalidField, field: "name", message: "give the unit a name of 1 to 120 characters"))
        }
        if !(1...120).contains(local.count) {
            problems.append(DomainError(
                code: .invalidField, field: "local", message: "name the local the unit belongs to, in 1 to 120 characters"))
        }
        let existing = try await BargainingUnitModel.query(on: authorizer.database).all()
        if existing.contains(where: { $0.name.lowercased() == name.lowercased() && $0.local.lowercased() == local.lowercased() }) {
            problems.append(DomainError(code: .invalidField, field: "name", message: "\(local) has a unit named \(name) already"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let unit = BargainingUnitModel()
        unit.name = name
        unit.local = local
        unit.contractTitle = ""
        try await authorizer.database.transaction { db in
            // An installation set up without the demo has its organization's record made with its first unit.
            var organization = try await OrganizationModel.query(on: db).first()
            if organization == nil {
                organization = OrganizationModel(name: "Steward", kind: "organization", isDemo: false)
                try await organization?.create(on: db)
            }
            unit.$organization.id = try organization?.requireID() ?? UUID()
            try await unit.create(on: db)
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "unit.create", objectType: "bargaining-unit",
                    objectID: try unit.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "added the bargaining unit \(name) of \(local)", change: ["name": name, "local": local]))
        }
        return unit
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
