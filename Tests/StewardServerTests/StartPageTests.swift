import Testing
import VaporTesting

@testable import StewardServer

@Suite("Start page and demo data")
struct StartPageTests {
    @Test("the start page names the demo accounts while demo data is in use")
    func demoNotice() async throws {
        try await withSteward { steward in
            let response = try await steward.send(.GET, "/")

            #expect(response.status == .ok)
            #expect(response.body.string.contains("steward-demo"))
            #expect(response.body.string.contains("<code>auditor</code>"))
        }
    }

    @Test("an empty installation shows no demo notice")
    func noDemo() async throws {
        try await withSteward(seedsDemo: false) { steward in
            let response = try await steward.send(.GET, "/")

            #expect(response.status == .ok)
            #expect(!response.body.string.contains("steward-demo"))
        }
    }
}

@Suite("Bargaining units page")
struct UnitsPageTests {
    @Test("a signed-in person sees each unit's contract and classifications with headcount and tasks")
    func units() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)

            let page = try await steward.send(.GET, "/units", session: worker)

            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("Health Services Master Agreement 2024–2027"))
            #expect(html.contains("<td>Eligibility Technician</td><td>85</td>"))
            #expect(html.contains("Review applications (45%)"))
            #expect(html.contains("225 people"), "the unit's headcount adds up its classifications")
        }
    }
}
