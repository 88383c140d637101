import StewardAPI
import StewardCore

extension Components.Schemas.IssuedToken {
    /// A token just issued, with its secret: the only time the secret leaves the server.
    init(_ token: APITokenModel, secret: String) throws {
        self.init(id: try token.requireID().uuidString.lowercased(), token: secret, label: token.label)
    }
}

extension Components.Schemas.Token {
    init(_ token: APITokenModel) throws {
        self.init(
            id: try token.requireID().uuidString.lowercased(), label: token.label, createdAt: token.createdAt,
            isRevoked: token.revokedAt != nil, revokedAt: token.revokedAt)
    }
}
