import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// The AI officer sets where the gateway sends a tool's calls; nobody else may, and the credential never comes back.
@Suite("Gateway: upstreams")
struct UpstreamAPITests {
    @Test("the officer sets an upstream; a bad one names each field; others may read it but not set it")
    func setUpstream() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: officer)
            let path = "/api/v1/tools/\(toolID)/upstream"
            #expect(try await steward.send(.GET, path, bearer: officer).status == .notFound)

            let bad = try await steward.sendJSON(
                .PUT, path, #"{"gatewayName": "Draft Mate!", "baseURL": "ftp://x", "model": "", "credential": ""}"#,
                bearer: officer)
            #expect(bad.status == .unprocessableEntity)
            #expect(try Set(bad.problemFields()) == ["gatewayName", "baseURL", "model", "credential"])

            let good = try await steward.sendJSON(
                .PUT, path, #"{"baseURL": "https://ai.example.org/v1/", "model": "m-1", "credential": "sk-secret"}"#,
                bearer: officer)
            #expect(good.status == .ok)
            let object = try good.object()
            #expect(object["gatewayName"] as? String == "draftmate")
            #expect(object["baseURL"] as? String == "https://ai.example.org/v1")
            #expect(object["credential"] == nil && !good.body.string.contains("sk-secret"))

            let worker = try await steward.token(for: .worker)
            let read = try await steward.send(.GET, path, bearer: worker)
            #expect(read.status == .ok && !read.body.string.contains("sk-secret"))
            let refused = try await steward.sendJSON(
                .PUT, path, #"{"baseURL": "https://evil.example/v1", "model": "m", "credential": "k"}"#, bearer: worker)
            #expect(refused.status == .forbidden)

            let askID = try await steward.toolID(named: "Ask Riverside", bearer: officer)
            let taken = try await steward.sendJSON(
                .PUT, "/api/v1/tools/\(askID)/upstream",
                #"{"gatewayName": "draftmate", "baseURL": "https://ai.example.org/v1", "model": "m", "credential": "k"}"#,
                bearer: officer)
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.body.string.contains("already the name of DraftMate"))
        }
    }
}
