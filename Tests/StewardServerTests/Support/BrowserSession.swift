import Foundation
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// A browser's session cookie and the CSRF token its pages carry.
struct BrowserSession: Sendable {
    let cookie: String
    let csrf: String

    /// Opens the sign-in page to get a session cookie and its CSRF token.
    static func start(on harness: StewardHarness) async throws -> BrowserSession {
        let response = try await harness.send(.GET, Paths.login.href())
        let cookie = try #require(Self.sessionCookie(in: response), "the sign-in page set no session cookie")
        return BrowserSession(cookie: cookie, csrf: try #require(Self.csrf(in: response.body.string)))
    }

    /// The session after a response that may have set a new cookie; the CSRF token is read from a fresh page.
    func following(_ response: HTTPReply, on harness: StewardHarness) async throws -> BrowserSession {
        let cookie = Self.sessionCookie(in: response) ?? self.cookie
        let page = try await harness.send(.GET, Paths.tools.href(), session: BrowserSession(cookie: cookie, csrf: csrf))
        return BrowserSession(cookie: cookie, csrf: Self.csrf(in: page.body.string) ?? csrf)
    }

    static func sessionCookie(in response: HTTPReply) -> String? {
        response.headers[.setCookie].lazy.compactMap { header -> String? in
            guard header.hasPrefix("steward-session=") else { return nil }
            return String(header.split(separator: ";")[0])
        }.first
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
