import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: policy decisions on use cases")
struct APIPolicyDecisionTests {
    @Test("a use case carries the shipped packs' decision, with the fired rules and their citations")
    func decisionOnUseCase() async throws {
        try await withSteward { steward in
            let token = try await steward.token(for: .worker)
            let useCase = try await steward.useCase(ofTool: "MinuteTaker")

            let body = try await steward.send(.GET, "/api/v1/use-cases/\(try useCase.requireID())", bearer: token).object()

            let decision = try #require(body["decision"] as? JSONObject)
            #expect(decision["outcome"] as? String == "prohibited")
            let fired = decision["fired"] as? [JSONObject] ?? []
            let rule = try #require(fired.first { $0["rule"] as? String == "no-meeting-recording" })
            #expect(rule["pack"] as? String == "union-ai-use-policy")
            #expect((rule["citation"] as? String)?.contains("Data Privacy and Security") == true)
        }
    }

    @Test("a conditional use lists its obligations with their parameters")
    func obligations() async throws {
        try await withSteward { steward in
            let token = try await steward.token(for: .unionRep)
            let toolID = try await steward.toolID(named: "CaseNote Summarizer", bearer: token)

            let useCases = try await steward.send(.GET, "/api/v1/tools/\(toolID)/use-cases", bearer: token).objects()

            let decision = try #require(useCases.first?["decision"] as? JSONObject)
            #expect(decision["outcome"] as? String == "conditional")
            let obligations = decision["obligations"] as? [JSONObject] ?? []
            #expect(obligations.contains { $0["kind"] as? String == "phi-written-approval" })
            let notice = try #require(obligations.first { $0["kind"] as? String == "union-notice" })
            #expect(notice["days"] as? Int != nil, "parameters appear under their own names")
        }
    }
}
