import Vapor

/// The sign-in form, shown again with the username kept after a failed attempt.
struct LoginContext: Encodable {
    let layout: LayoutContext
    let action: String
    let csrfField: String
    let csrfToken: String
    let username: String
    let next: String
    let error: String?
    let resetHref = Paths.passwordReset.href()

    init(request: Request, username: String = "", next: String = "", error: String? = nil) {
        layout = LayoutContext(request: request, title: "Sign in")
        action = Paths.login.href()
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        self.username = username
        self.next = next
        self.error = error
    }
}
