import StewardCore
import Vapor

/// The pages that set a password with a one-time link, ask for one, and say how that went.
struct PasswordContext: Encodable {
    let layout: LayoutContext
    let csrfField: String
    let csrfToken: String
    let name: String
    let username: String
    let action: String
    let message: String
    let errors: FieldMessages
    let loginHref: String
    let signIn: Bool

    init(
        request: Request, title: String, person: PersonModel? = nil, secret: String = "", problems: [DomainError] = [],
        message: String = "", signIn: Bool = false
    ) {
        layout = LayoutContext(request: request, title: title)
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        name = person?.displayName ?? ""
        username = person?.username ?? ""
        action = person == nil ? Paths.passwordReset.href() : Paths.passwordLink.href(secret)
        self.message = message
        errors = FieldMessages(problems)
        loginHref = Paths.login.href()
        self.signIn = signIn
    }
}
