import StewardCore
import Vapor

/// What a route needs: an action in a zone, decided by ``AccessPolicy``.
struct Permission: Sendable, Hashable, CustomStringConvertible {
    let action: Action
    let zone: Zone

    /// Open to anyone, signed in or not.
    static let everyone = Permission(action: .read, zone: .public)
    static let readOrganization = Permission(action: .read, zone: .organization)

    var description: String { "\(action.rawValue) \(zone.rawValue)" }
}

extension Route {
    private static let permissionKey = "steward.permission"

    /// The permission a route requires; a route without one is refused by ``AuthorizationMiddleware``.
    var permission: Permission? {
        get { userInfo[Self.permissionKey] as? Permission }
        set { userInfo[Self.permissionKey] = newValue }
    }
}

extension RoutesBuilder {
    /// Registers a route together with the permission it requires.
    @discardableResult
    func on<Output: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: SitePath, requires permission: Permission,
        body: HTTPBodyStreamStrategy = .collect, use handler: @Sendable @escaping (Request) async throws -> Output
    ) -> Route {
        let route = on(method, path.components, body: body, use: handler)
        route.permission = permission
        return route
    }
}
