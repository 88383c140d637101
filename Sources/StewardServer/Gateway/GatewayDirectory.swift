import Fluent
import Foundation
import NIOCore
import PolicyEngine
import StewardCore
import Vapor

/// The gateway's view of the records, each entry cached for at most ``lifetime``: a call costs no query in the common
/// case, and a change made on any server (a revoked key, a new approval, a completed course) holds within that
/// time everywhere. A change made on this server clears the cache at once.
final class GatewayDirectory: Sendable {
    /// How long a cached entry is trusted.
    static let lifetime = TimeAmount.seconds(1)

    private struct UsesKey: Hashable {
        let person: UUID
        let tool: AIToolID
    }

    private let keys = ExpiringCache<String, GatewayKeyRecord?>(lifetime: lifetime)
    private let routes = ExpiringCache<Bool, [String: GatewayRoute]>(lifetime: lifetime)
    private let uses = ExpiringCache<UsesKey, [GatewayUse]>(lifetime: lifetime)
    /// The background connections (``BackgroundDatabase``), which the reads ahead of an entry's expiry use.
    private let background: @Sendable () -> (any Database)?

    init(background: @escaping @Sendable () -> (any Database)?) {
        self.background = background
    }

    /// The database a read uses: the request's, or the background connections inside ``BackgroundWork``.
    private func database(_ request: any Database) -> any Database {
        BackgroundWork.database(request: request, background: background())
    }

    /// Waits for the reads under way (see ``ExpiringCache/settle()``).
    func settle() async {
        await keys.settle()
        await routes.settle()
        await uses.settle()
    }

    /// Forgets everything, so the next call reads the records again.
    func invalidate() {
        keys.removeAll()
        routes.removeAll()
        uses.removeAll()
    }

    /// The unrevoked key with this digest, if any.
    func key(digest: String, on database: any Database) async throws -> GatewayKeyRecord? {
        try await keys.value(digest) {
            try await GatewayKeyModel.query(on: self.database(database)).filter(\.$keyDigest == digest)
                .filter(\.$revokedAt == nil).with(\.$person).first()
                .flatMap { $0.person.isActive ? $0 : nil }
                .map { key in
                    GatewayKeyRecord(
                        keyID: try key.requireID(), person: try key.person.domain(), unitID: key.person.$unit.id,
                        defaultUseCaseID: key.$useCase.id.map(UseCaseID.init))
                }
        }
    }

    /// Every tool's route, by gateway name.
    func routes(on database: any Database, sealer: CredentialSealer) async throws -> [String: GatewayRoute] {
        try await routes.value(true) {
            var table: [String: GatewayRoute] = [:]
            for upstream in try await ToolUpstreamModel.query(on: self.database(database)).with(\.$tool).all() {
                table[upstream.gatewayName] = GatewayRoute(
                    toolID: AIToolID(upstream.$tool.id), toolName: upstream.tool.name,
                    gatewayName: upstream.gatewayName, baseURL: upstream.baseURL, model: upstream.model,
                    credential: try sealer.open(upstream.sealedCredential),
                    vendorTrainsOnInputs: upstream.tool.vendorTrainsOnInputs, updatedAt: upstream.updatedAt)
            }
            return table
        }
    }

    /// The uses of a tool the key's person could run: those of their unit (every unit's when they belong to none)
    /// and those whose pilot they take part in, whatever their status.
    func uses(of toolID: AIToolID, for key: GatewayKeyRecord, authorizer: Authorizer) async throws -> [GatewayUse] {
        try await uses.value(UsesKey(person: key.person.id.uuid, tool: toolID)) {
            let database = self.database(authorizer.database)
            let reader = Authorizer(
                actor: authorizer.actor, database: database, context: authorizer.context, logger: authorizer.logger)
            return try await GatewayUseLoader(authorizer: reader, key: key).uses(of: toolID)
        }
    }
}

/// Reads one person's uses of one tool, with their steps, pilots and training, for ``GatewayDirectory``.
private struct GatewayUseLoader {
    let authorizer: Authorizer
    let key: GatewayKeyRecord
    private var database: any Database { authorizer.database }

    func uses(of toolID: AIToolID) async throws -> [GatewayUse] {
        guard let tool = try await AIToolModel.find(toolID.uuid, on: database) else { return [] }
        let piloted = try await PilotParticipantModel.useCases(piloting: key.person.id.uuid, on: database)
        let models = try await UseCaseModel.query(on: database).filter(\.$tool.$id == toolID.uuid).with(\.$steps)
            .sort(\.$createdAt).sort(\.$id).all()
            .filter { key.unitID == nil || $0.$unit.id == key.unitID || piloted.contains($0.id ?? UUID()) }
        var training: TrainingStanding?
        var result: [GatewayUse] = []
        for model in models {
            let steps = model.steps
            let needsTraining = steps.contains { $0.kind == .training && $0.status != .waived }
            if needsTraining, training == nil {
                training = try await authorizer.training.standing(of: key.person.id, for: toolID, as: .everyone)
            }
            let useCase = try model.domain()
            let decision = authorizer.context.policy.decide(useCase, of: try tool.domain())
            let access = GatewayAccess(
                toolName: tool.name, useTitle: model.title, status: model.reviewStatus,
                isPilotParticipant: piloted.contains(try model.requireID()),
                training: needsTraining ? training : nil,
                hasPHIApproval: steps.contains { $0.kind == .phiWrittenApproval && $0.status == .done },
                dataCategories: useCase.dataCategories, vendorTrainsOnInputs: tool.vendorTrainsOnInputs)
            result.append(GatewayUse(
                useCaseID: useCase.id, unitID: model.$unit.id, title: model.title, access: access,
                requiresLabels: decision.obligations.contains { $0.kind == .disclosureLabel }))
        }
        return result
    }
}
