import Vapor

/// The gateway's routes: the OpenAI protocol under `/v1`, for clients that point their base URL at Steward.
enum GatewayController {
    /// Registers the routes. They answer as an API in the protocol's error shape and never redirect to sign in; the
    /// key a call carries is its credential, checked by ``GatewayCall``.
    static func register(on app: Application) {
        let permission = Permission(action: .callGateway, zone: .organization)
        app.on(.GET, GatewayPaths.models, requires: permission) { request in
            try await GatewayCall(request).models()
        }
        app.on(.POST, GatewayPaths.chatCompletions, requires: permission, body: .stream) { request in
            try await GatewayCall(request).forward(.chat)
        }
        app.on(.POST, GatewayPaths.embeddings, requires: permission, body: .stream) { request in
            try await GatewayCall(request).forward(.embeddings)
        }
    }
}
