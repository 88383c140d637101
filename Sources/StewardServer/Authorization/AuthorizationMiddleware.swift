import StewardCore
import Vapor

/// Checks the permission each route was registered with before its handler runs. A route registered without a
/// permission is refused, so a forgotten permission fails closed.
struct AuthorizationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let permission = request.route?.permission else {
            throw StewardError.forbidden("this route has no permission declared")
        }
        do {
            try await request.authorizer.require(
                permission.action, in: permission.zone, on: .noRoute(request.urlPath))
        } catch let error as StewardError where error.status == .unauthorized {
            guard !request.urlPath.hasPrefix(APIPaths.base), request.method == .GET else { throw error }
            return request.redirect(to: Paths.login.href() + "?next=" + request.urlPath.percentEncodedForQuery)
        }
        return try await next.respond(to: request)
    }
}

extension String {
    var percentEncodedForQuery: String {
        addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=?+")))
            ?? ""
    }
}
