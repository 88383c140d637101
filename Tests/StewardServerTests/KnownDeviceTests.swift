import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("Known-device cookie")
struct KnownDeviceTests {
    @Test("a browser that signed in before still signs in while the account is being attacked")
    func ownerSignsInDuringAttack() async throws {
        try await withSteward { steward in
            // given
            steward.use(TestClock())
            let device = try await steward.knownDeviceCookie(for: .legal)
            let attacker = try await BrowserSession.start(on: steward)
            try await steward.fail(LoginThrottle.account.allowance + 3, as: "legal", session: attacker)

            // when
            let owner = try await BrowserSession.start(on: steward)
            let response = try await steward.submit(
                "/login", [("username", "legal"), ("password", DemoOrganization.password)],
                session: BrowserSession(cookie: owner.cookie + "; " + device, csrf: owner.csrf))

            // then
            #expect(response.status == .seeOther)
        }
    }

    @Test("without the cookie, or with a forged one, the attacked account must wait", arguments: [nil, "v1.bGVnYWw.1800000000.AAAA"])
    func strangerWaits(forged: String?) async throws {
        try await withSteward { steward in
            // given
            steward.use(TestClock())
            let attacker = try await BrowserSession.start(on: steward)
            try await steward.fail(LoginThrottle.account.allowance, as: "legal", session: attacker)
            let stranger = try await BrowserSession.start(on: steward)
            let cookie = forged.map { stranger.cookie + "; \(KnownDevice.cookieName)=" + $0 } ?? stranger.cookie

            // when
            let response = try await steward.submit(
                "/login", [("username", "legal"), ("password", DemoOrganization.password)],
                session: BrowserSession(cookie: cookie, csrf: stranger.csrf))

            // then
            #expect(response.status == .tooManyRequests)
            #expect(response.body.string.contains("for this account. Wait 15 seconds"))
            #expect(response.headers.first(name: "Retry-After") == "15")
        }
    }

    @Test("the cookie vouches for one account only")
    func otherAccount() async throws {
        try await withSteward { steward in
            // given
            steward.use(TestClock())
            let device = try await steward.knownDeviceCookie(for: .worker)
            let attacker = try await BrowserSession.start(on: steward)
            try await steward.fail(LoginThrottle.account.allowance, as: "legal", session: attacker)

            // when
            let owner = try await BrowserSession.start(on: steward)
            let response = try await steward.submit(
                "/login", [("username", "legal"), ("password", DemoOrganization.password)],
                session: BrowserSession(cookie: owner.cookie + "; " + device, csrf: owner.csrf))

            // then
            #expect(response.status == .tooManyRequests)
        }
    }

    @Test("the cookie is HttpOnly, SameSite=Lax and limited to the sign-in path")
    func cookieFlags() async throws {
        try await withSteward { steward in
            // given
            let session = try await BrowserSession.start(on: steward)

            // when
            let response = try await steward.submit(
                "/login", [("username", "worker"), ("password", DemoOrganization.password)], session: session)

            // then
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix(KnownDevice.cookieName + "=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/login"))
        }
    }
}

extension StewardHarness {
    /// Signs a demo account in and returns the known-device cookie it set, as `name=value`.
    func knownDeviceCookie(for role: Role) async throws -> String {
        let session = try await BrowserSession.start(on: self)
        let response = try await submit(
            "/login", [("username", Self.username(for: role)), ("password", DemoOrganization.password)],
            session: session)
        let header = try #require(response.headers[.setCookie].first { $0.hasPrefix(KnownDevice.cookieName + "=") })
        return String(header.split(separator: ";")[0])
    }

    /// Sends `count` wrong passwords for `username`, one after another.
    func fail(_ count: Int, as username: String, session: BrowserSession) async throws {
        for index in 0..<count {
            _ = try await submit("/login", [("username", username), ("password", "guess \(index)")], session: session)
        }
    }
}
