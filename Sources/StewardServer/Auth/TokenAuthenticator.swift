import Fluent
import Vapor

/// Signs in the person whose unrevoked API token is presented as `Authorization: Bearer TOKEN`, while their account
/// is active.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let digest = AccountService.digest(ofToken: bearer.token)
        guard let person = try await request.application.caches.accounts.person(bearing: digest, on: request.db)
        else { return }
        request.auth.login(SignedIn(person: person))
    }
}
