import Fluent
import Foundation
import StewardCore

/// Each person's keys for the AI gateway: created by the person, shown once, kept as a digest, revoked by the person.
/// The gateway reads keys through ``GatewayDirectory``, whose cache lets a revocation hold within a second.
struct GatewayKeyService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// Creates a key for the actor, optionally running as one use case by default; the key is returned once.
    func create(label: String, useCaseID: UseCaseID?) async throws -> (key: String, model: GatewayKeyModel) {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        try await authorizer.require(.manageOwnCredentials, in: .organization, on: "gateway keys")
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [DomainError] = []
        if !(1...100).contains(label.count) {
            problems.append(DomainError(code: .invalidField, field: "label", message: "give the key a label of 1 to 100 characters"))
        }
        if let useCaseID {
            // A use the person may not read answers exactly like one that does not exist.
            do {
                _ = try await authorizer.useCases.useCase(useCaseID)
            } catch let error as StewardError where error.status == .notFound {
                problems.append(DomainError(code: .invalidField, field: "useCaseID", message: "no use case with id \(useCaseID)"))
            }
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let key = Self.prefix + [UInt8].random(count: 32).base64URLEncoded
        let model = GatewayKeyModel(
            personID: person.id.uuid, label: label, keyDigest: AccountService.digest(ofToken: key),
            useCaseID: useCaseID?.uuid)
        try await database.transaction { db in
            try await model.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "gateway-key.create", objectType: "gateway-key",
                objectID: try model.requireID().uuidString.lowercased(), zone: .organization,
                summary: "gateway key \u{201C}\(label)\u{201D} created",
                change: ["label": label, "useCaseID": useCaseID?.description ?? "none"]))
        }
        return (key, model)
    }

    /// The actor's own keys, newest first; the database holds only their digests.
    func keys() async throws -> [GatewayKeyModel] {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        return try await GatewayKeyModel.query(on: database).filter(\.$person.$id == person.id.uuid)
            .ordered(by: \.$createdAt, descending: true).all()
    }

    /// One page of the actor's own keys, newest first, keyed by the last key's id; another person's key is no
    /// cursor here.
    func keys(_ page: PageRequest) async throws -> Page<GatewayKeyModel> {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        return try await GatewayKeyModel.query(on: database).filter(\.$person.$id == person.id.uuid)
            .page(page, by: \.$createdAt, descending: true) { $0.$person.id == person.id.uuid }
    }

    /// The uses a key can run as by default, by title: the uses of tools in the gateway (those with an upstream) that
    /// are approved or in a pilot of the actor's unit (of every unit when they belong to none), and those whose pilot
    /// they take part in. A use of a tool outside the gateway is never offered: no call could run as it.
    func useChoices() async throws -> [UseCaseModel] {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        var query = openUses().join(ToolUpstreamModel.self, on: \UseCaseModel.$tool.$id == \ToolUpstreamModel.$tool.$id)
        // As the gateway decides: the uses of the person's unit (every unit's without one) and the pilots they are in.
        if let unitID = try await PersonModel.find(person.id.uuid, on: database)?.$unit.id {
            let piloted = try await PilotParticipantModel.useCases(piloting: person.id.uuid, on: database)
            query = query.group(.or) { either in
                either.filter(\.$unit.$id == unitID)
                if !piloted.isEmpty { either.filter(\.$id ~~ piloted) }
            }
        }
        return try await query.with(\.$tool).sort(\.$title).all()
    }

    /// The uses these keys run as by default, by id, while they are open (approved or in a pilot) and readable.
    func defaultUses(of keys: [GatewayKeyModel]) async throws -> [UUID: UseCaseModel] {
        let ids = Set(keys.compactMap { $0.$useCase.id })
        guard !ids.isEmpty else { return [:] }
        let uses = try await openUses().filter(\.$id ~~ ids).with(\.$tool).all()
        return Dictionary(uniqueKeysWithValues: try uses.map { (try $0.requireID(), $0) })
    }

    /// Uses approved or in a pilot that the actor may read.
    private func openUses() -> QueryBuilder<UseCaseModel> {
        UseCaseModel.query(on: database).filter(\.$reviewStatus ~~ [.approved, .inPilot])
            .visible(to: authorizer, zone: \.$zone)
    }

    /// Revokes one of the actor's own keys; someone else's answers as if it did not exist.
    func revoke(_ id: UUID) async throws {
        guard let person = authorizer.actor.person,
              let key = try await GatewayKeyModel.query(on: database)
                .filter(\.$id == id).filter(\.$person.$id == person.id.uuid).first()
        else { throw StewardError.notFound("no gateway key of yours with id \(id.uuidString.lowercased())") }
        guard key.revokedAt == nil else { return }
        key.revokedAt = authorizer.clock()
        try await database.transaction { db in
            try await key.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "gateway-key.revoke", objectType: "gateway-key",
                objectID: id.uuidString.lowercased(), zone: .organization,
                summary: "gateway key \u{201C}\(key.label)\u{201D} revoked", change: ["label": key.label]))
        }
    }

    /// How every gateway key begins, so that a leaked one is recognised for what it is.
    static let prefix = "sk-steward-"
}

extension Authorizer {
    var gatewayKeys: GatewayKeyService { GatewayKeyService(authorizer: self) }
}
