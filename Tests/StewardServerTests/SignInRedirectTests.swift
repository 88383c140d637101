import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Where sign-in leads")
struct SignInRedirectTests {
    static let offSite = [
        "/tools\r\nSet-Cookie: planted=1", "//evil.example", "/\t/evil.example", "https://evil.example",
        "/%0d%0aSet-Cookie:planted=1", "/\\evil.example", "http:/evil.example", "/tools//evil.example",
    ]

    @Test("a next value that could leave the site or add headers leads to the start page", arguments: offSite)
    func offSiteNext(next: String) async throws {
        try await withSteward { steward in
            // given
            let session = try await BrowserSession.start(on: steward)

            // when
            let response = try await steward.submit(
                "/login", [("username", "worker"), ("password", DemoOrganization.password), ("next", next)],
                session: session)

            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == ["/"])
            #expect(!response.headers[.setCookie].contains { $0.hasPrefix("planted") })
        }
    }

    @Test("a path on the site survives sign-in with its query")
    func sitePathKept() async throws {
        try await withSteward { steward in
            // given
            let session = try await BrowserSession.start(on: steward)

            // when
            let response = try await steward.submit(
                "/login",
                [("username", "worker"), ("password", DemoOrganization.password), ("next", "/tools?status=approved")],
                session: session)

            // then
            #expect(response.headers[.location] == ["/tools?status=approved"])
        }
    }

    @Test("the sign-in form does not carry an off-site next value", arguments: ["//evil.example", "https://evil.example"])
    func formDropsOffSiteNext(next: String) async throws {
        try await withSteward { steward in
            // when
            let page = try await steward.send(.GET, "/login?next=" + next.formEncoded)

            // then
            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"name="next" value="""#))
            #expect(!page.body.string.contains("evil.example"))
        }
    }

    @Test("the sign-in form keeps a next path on the site")
    func formKeepsSitePath() async throws {
        try await withSteward { steward in
            // when
            let page = try await steward.send(.GET, "/login?next=" + "/tools?status=approved".formEncoded)

            // then
            #expect(page.body.string.contains(#"name="next" value="/tools?status=approved""#))
        }
    }
}
