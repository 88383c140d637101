import Fluent
import Vapor

extension PersonModel: ModelSessionAuthenticatable {}
extension PersonModel: Authenticatable {}

/// Signs in the person a browser session names, as long as their account is active: deactivating a person ends
/// their sessions at their next request.
struct ActiveSessionAuthenticator: AsyncSessionAuthenticator {
    typealias User = PersonModel

    func authenticate(sessionID: UUID, for request: Request) async throws {
        guard let person = try await PersonModel.find(sessionID, on: request.db), person.isActive else { return }
        request.auth.login(person)
    }
}
