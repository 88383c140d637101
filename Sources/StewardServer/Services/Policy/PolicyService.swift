import Fluent
import Foundation
import PolicyEngine
import StewardCore
import Vapor

/// The policy packs in force, as the organization adopted them, and the decisions they make about use cases.
struct PolicyService: Sendable {
    /// The adopted version of each pack in force.
    let versions: [PolicyAdoptionModel.Record]
    let adopted: AdoptedPolicy

    /// Reads the versions in force from the database and compiles them.
    static func load(on database: any Database) async throws -> PolicyService {
        let models = try await PolicyAdoptionModel.query(on: database).filter(\.$supersededAt == nil)
            .sort(\.$packID).all()
        return try PolicyService(versions: models.map { try $0.record() })
    }

    init(versions: [PolicyAdoptionModel.Record]) throws {
        do {
            adopted = try AdoptedPolicy(versions.map(\.adoption))
        } catch {
            throw StewardError(.internalServerError, "the policy packs in force do not compile together: \(error)")
        }
        self.versions = versions
    }

    /// What the packs in force for the use's unit decide about a use case of a tool.
    func decide(_ useCase: UseCase, of tool: AITool) -> Decision {
        adopted.decide(useCase.facts(of: tool), in: useCase.unitID)
    }

    /// The titles of the packs that decide a unit's uses, for showing what a decision rests on.
    func packTitles(for unit: BargainingUnitID) -> [String] { adopted.packs(for: unit).map(\.title) }

    /// Whether the same versions are in force as in `ids`.
    func isCurrent(_ ids: Set<UUID>) -> Bool { Set(versions.map(\.id)) == ids }
}

extension PolicyAdoptionModel {
    /// An adopted version read back and parsed.
    struct Record: Sendable {
        let id: UUID
        let number: Int
        let adoptedBy: String
        let adoptedAt: Date
        let adoption: AdoptedPolicy.Adoption
    }

    /// The version as `policy` parsed it when it is in force there, else read and parsed anew: an adopted version
    /// never changes, and parsing it costs more than a page or list that shows it.
    func record(reusing policy: PolicyService) throws -> Record {
        if let id, let parsed = policy.versions.first(where: { $0.id == id }) { return parsed }
        return try record()
    }

    func record() throws -> Record {
        let pack: PolicyPack
        do {
            pack = try PolicyPack(yaml: source, file: file)
        } catch {
            throw StewardError(.internalServerError, "the adopted pack \(file) no longer reads: \(error)")
        }
        return Record(
            id: try requireID(), number: number, adoptedBy: adoptedBy, adoptedAt: adoptedAt,
            adoption: AdoptedPolicy.Adoption(
                pack: pack, units: Set(unitIDs.compactMap(UUID.init(uuidString:)).map(BargainingUnitID.init))))
    }
}
