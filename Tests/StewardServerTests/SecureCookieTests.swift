import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Secure cookies")
struct SecureCookieTests {
    @Test("with secure cookies on, the session and known-device cookies are Secure")
    func secureWhenOn() async throws {
        try await withSteward(secureCookies: true) { steward in
            // given
            let session = try await BrowserSession.start(on: steward)

            // when
            let response = try await steward.submit(
                "/login", [("username", "worker"), ("password", DemoOrganization.password)], session: session)

            // then
            let cookies = response.headers[.setCookie]
            let sessionCookie = try #require(cookies.first { $0.hasPrefix("steward-session=") })
            let deviceCookie = try #require(cookies.first { $0.hasPrefix(KnownDevice.cookieName + "=") })
            #expect(sessionCookie.contains("; Secure"))
            #expect(deviceCookie.contains("; Secure"))
        }
    }

    @Test("with secure cookies off, cookies work over plain HTTP")
    func plainWhenOff() async throws {
        try await withSteward(secureCookies: false) { steward in
            // given
            let session = try await BrowserSession.start(on: steward)

            // when
            let response = try await steward.submit(
                "/login", [("username", "worker"), ("password", DemoOrganization.password)], session: session)

            // then
            #expect(!response.headers[.setCookie].isEmpty)
            #expect(response.headers[.setCookie].allSatisfy { !$0.contains("Secure") })
        }
    }

    @Test("the environment decides the default", arguments: [
        ([:], false),
        (["STEWARD_ENV": "production"], true),
        (["STEWARD_ENV": "development"], false),
        (["STEWARD_ENV": "production", "STEWARD_SECURE_COOKIES": "0"], false),
        (["STEWARD_SECURE_COOKIES": "1"], true),
    ])
    func environmentDefault(environment: [String: String], expected: Bool) throws {
        // when
        let secure = try StewardSettings.secureCookies(environment: environment)

        // then
        #expect(secure == expected)
    }

    @Test("an unreadable STEWARD_SECURE_COOKIES is an error saying what to set")
    func badEnvironment() {
        #expect {
            try StewardSettings.secureCookies(environment: ["STEWARD_SECURE_COOKIES": "yes"])
        } throws: { error in
            "\(error)".contains("set it to 1")
        }
    }
}
