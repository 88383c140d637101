import StewardAPI
import StewardCore

extension Components.Schemas.IssuedGatewayKey {
    /// A key just created, with its secret: the only time the secret leaves the server.
    init(_ key: GatewayKeyModel, secret: String) throws {
        self.init(id: try key.requireID().uuidString.lowercased(), key: secret, label: key.label)
    }
}

extension Components.Schemas.GatewayKey {
    init(_ key: GatewayKeyModel) throws {
        self.init(
            id: try key.requireID().uuidString.lowercased(), label: key.label,
            useCaseID: key.$useCase.id?.uuidString.lowercased(), createdAt: key.createdAt,
            isRevoked: key.revokedAt != nil, revokedAt: key.revokedAt)
    }
}

extension Components.Schemas.Upstream {
    init(_ upstream: ToolUpstreamModel) {
        self.init(
            toolID: upstream.$tool.id.uuidString.lowercased(), gatewayName: upstream.gatewayName,
            baseURL: upstream.baseURL, model: upstream.model, updatedAt: upstream.updatedAt,
            updatedBy: upstream.updatedBy)
    }
}
