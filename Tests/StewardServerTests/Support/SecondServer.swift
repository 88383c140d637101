import AsyncHTTPClient
import Foundation
import Testing
import Vapor

@testable import StewardServer

extension StewardHarness {
    /// Runs `body` against a second server on this test's database and key directory, as a second app server
    /// behind a load balancer would run, then stops it.
    func withSecondServer(_ body: (StewardHarness) async throws -> Void) async throws {
        let app = try await TestDatabase.application()
        var settings = settings
        settings.seedsDemo = false
        try await configure(app, settings: settings)
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let client = makeTestClient()
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await body(StewardHarness(app: app, client: client, baseURL: "http://127.0.0.1:\(port)", settings: settings))
        } catch {
            try? await client.shutdown()
            await app.server.shutdown()
            try? await app.asyncShutdown()
            throw error
        }
        try await client.shutdown()
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}
