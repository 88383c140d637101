import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Signing in and out")
struct LoginTests {
    @Test("the demo password signs a person in and the page shows who they are")
    func signIn() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.aiOfficer)

            let page = try await steward.send(.GET, "/tools", session: session)

            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"<a href="/account">Alex Rivera</a> <span>· AI officer</span>"#))
        }
    }

    @Test("a wrong password shows the form again with the username kept")
    func wrongPassword() async throws {
        try await withSteward { steward in
            let session = try await BrowserSession.start(on: steward)

            let response = try await steward.submit("/login", [("username", "rep"), ("password", "nope")], session: session)

            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("The username or password is wrong."))
            #expect(response.body.string.contains(#"value="rep""#))
        }
    }

    @Test("after five failed attempts even the right password must wait, and the page says how long")
    func throttling() async throws {
        try await withSteward { steward in
            steward.use(TestClock())
            let session = try await BrowserSession.start(on: steward)
            for _ in 0..<LoginThrottle.account.allowance {
                _ = try await steward.submit("/login", [("username", "legal"), ("password", "guess")], session: session)
            }

            let response = try await steward.submit(
                "/login", [("username", "legal"), ("password", DemoOrganization.password)], session: session)

            #expect(response.status == .tooManyRequests)
            #expect(response.body.string.contains("Too many failed sign-ins for this account. Wait 15 seconds"))
            #expect(response.headers.first(name: "Retry-After") == "15")
        }
    }

    @Test("a form posted without the session's CSRF token is refused")
    func csrf() async throws {
        try await withSteward { steward in
            let session = try await BrowserSession.start(on: steward)

            let response = try await steward.submit(
                "/login", [("username", "officer"), ("password", DemoOrganization.password)], session: session,
                csrf: "forged")

            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("came from another site"))
        }
    }

    @Test("the session cookie is HttpOnly and SameSite")
    func cookieFlags() async throws {
        try await withSteward { steward in
            let response = try await steward.send(.GET, "/login")

            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("steward-session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
        }
    }

    @Test("signing out ends the session at once, though the server remembered it")
    func signOut() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)
            #expect(try await steward.send(.GET, "/tools", session: session).status == .ok)

            let response = try await steward.submit("/logout", [], session: session)
            let after = try await steward.send(.GET, "/tools", session: session)

            #expect(response.status == .seeOther)
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/login") == true)
        }
    }

    @Test("sign-in does not redirect to another site")
    func safeRedirect() async throws {
        try await withSteward { steward in
            let session = try await BrowserSession.start(on: steward)

            let response = try await steward.submit(
                "/login", [("username", "worker"), ("password", DemoOrganization.password), ("next", "//evil.example/")],
                session: session)

            #expect(response.headers.first(name: .location) == "/")
        }
    }
}

@Suite("Session renewal")
struct SessionRenewalTests {
    @Test("signing in gives a new session id, and the cookie from before sign-in is not signed in")
    func renewedAtSignIn() async throws {
        try await withSteward { steward in
            let before = try await BrowserSession.start(on: steward)

            let response = try await steward.submit(
                "/login", [("username", "manager"), ("password", DemoOrganization.password)], session: before)

            let after = try #require(BrowserSession.sessionCookie(in: response))
            #expect(after != before.cookie)
            let planted = try await steward.send(.GET, "/tools", session: before)
            #expect(planted.status == .seeOther, "the old cookie must not reach the registry")
            let renewed = try await steward.send(.GET, "/tools", session: BrowserSession(cookie: after, csrf: ""))
            #expect(renewed.status == .ok)
        }
    }
}
