import StewardCore
import Vapor

/// Signing in and out with a local account.
enum LoginController {
    struct Form: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    @Sendable static func form(_ request: Request) async throws -> View {
        let next = SignInRedirect.path(try? request.query.get(String.self, at: "next")) ?? ""
        return try await request.view.render("login", LoginContext(request: request, next: next))
    }

    @Sendable static func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let username = form.username ?? ""
        do {
            let accounts = try request.accounts
            let person = try await accounts.authenticate(
                username: username, password: form.password ?? "", client: request.remoteAddress?.ipAddress ?? "",
                knownDevice: request.cookies[KnownDevice.cookieName]?.string)
            try await renewSession(of: request)
            let signedIn = SignedIn(person: try person.domain())
            request.auth.login(signedIn)
            request.session.authenticate(person)
            try await request.auditTrail.record(
                AuditEntry(
                    actor: Actor(person: signedIn.person), action: "login", objectType: "person",
                    objectID: person.username, zone: .organization, summary: "signed in", change: ["via": "form"]))
            let response = request.redirect(to: SignInRedirect.location(form.next))
            response.cookies[KnownDevice.cookieName] = try await accounts.knownDevices().cookie(
                for: person.username, now: request.application.clock(), isSecure: request.application.secureCookies)
            return response
        } catch let error as StewardError
            where error.status == .unauthorized || error.status == .tooManyRequests || error.status == .forbidden
        {
            let context = LoginContext(
                request: request, username: username, next: SignInRedirect.path(form.next) ?? "", error: error.reason)
            let response = try await request.view.render("login", context).encodeResponse(for: request)
            response.status = error.status
            response.headers.add(contentsOf: error.headers)
            return response
        }
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        let actor = request.actor
        request.auth.logout(SignedIn.self)
        request.session.destroy()
        if actor.person != nil {
            try await request.auditTrail.record(
                AuditEntry(
                    actor: actor, action: "logout", objectType: "person", objectID: actor.name, zone: .organization,
                    summary: "signed out", change: ["via": "form"]))
        }
        return request.redirect(to: Paths.home.href())
    }

    /// Gives the signed-in session a new id and a new CSRF token, so that a cookie planted before sign-in is worth
    /// nothing after it (session fixation).
    private static func renewSession(of request: Request) async throws {
        if let old = request.session.id {
            try await request.application.sessions.driver.deleteSession(old, for: request).get()
        }
        request.session.id = nil
        request.session.data = SessionData()
    }
}
