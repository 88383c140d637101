import Testing
import Vapor

@Suite("How the HTTP server is set up")
struct ServerConfigurationTests {
    @Test("no request builds metrics: Steward sets up no metrics backend to receive them")
    func noMetrics() async throws {
        try await withSteward(seedsDemo: false) { steward in
            #expect(steward.app.http.server.configuration.reportMetrics == false)
        }
    }
}
