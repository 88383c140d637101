import Leaf
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("Compiled page templates")
struct TemplateCacheTests {
    @Test("pages are parsed once and kept, also in the environment named development that `steward serve` runs in")
    func keptInDevelopment() async throws {
        try await withSteward { steward in
            steward.app.environment = .development

            let first = try await steward.send(.GET, "/login")
            let kept = steward.app.leaf.cache.count
            let second = try await steward.send(.GET, "/login")

            #expect(first.status == .ok && second.status == .ok)
            #expect(steward.app.leaf.cache.isEnabled)
            #expect(kept > 0)
            #expect(steward.app.leaf.cache.count == kept)
        }
    }
}
