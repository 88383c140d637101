import Fluent
import Vapor

/// Signs in the person whose unrevoked API token is presented as `Authorization: Bearer TOKEN`, while their account
/// is active.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let digest = AccountService.digest(ofToken: bearer.token)
        guard
            let token = try await APITokenModel.query(on: request.db)
                .filter(\.$tokenDigest == digest).filter(\.$revokedAt == nil)
                .with(\.$person).first(),
            token.person.isActive
        else { return }
        request.auth.login(token.person)
    }
}
