import Fluent
import Vapor

/// The session names its person under this type's key (`_PersonModelSession`).
extension PersonModel: ModelSessionAuthenticatable {}

/// Signs in the person a browser session names, as long as their account is active: deactivating a person ends
/// their sessions at their next request (within a second on another server).
struct ActiveSessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let id = request.session.authenticated(PersonModel.self) {
            if let person = try await request.application.caches.accounts.activePerson(id, on: request.db) {
                request.auth.login(SignedIn(person: person))
            } else {
                request.session.unauthenticate(PersonModel.self)
            }
        }
        return try await next.respond(to: request)
    }
}
