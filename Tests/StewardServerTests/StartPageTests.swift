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
