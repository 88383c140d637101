import Testing
import VaporTesting

@testable import StewardServer

@Suite("Policy decisions on use-case pages")
struct PolicyDecisionPageTests {
    @Test("recording meetings is prohibited, citing the union's AI use policy")
    func meetingRecordingProhibited() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let useCase = try await steward.useCase(ofTool: "MinuteTaker")

            let page = try await steward.send(.GET, "/use-cases/\(try useCase.requireID())", session: worker)

            let html = page.body.string
            #expect(html.contains(#"<span class="outcome prohibited">Prohibited</span>"#))
            #expect(html.contains("union-ai-use-policy / no-meeting-recording"), "the rule that fired is named")
            #expect(html.contains("Data Privacy and Security"), "the rule cites its section")
        }
    }

    @Test("drafting letters is conditional on the AI officer's approval, and the tool page shows the outcome")
    func draftingConditional() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let tool = try await steward.tool(named: "DraftMate")
            let useCase = try await steward.useCase(ofTool: "DraftMate")

            let page = try await steward.send(.GET, "/use-cases/\(try useCase.requireID())", session: worker)
            let toolPage = try await steward.send(.GET, "/tools/\(try tool.requireID())", session: worker)

            #expect(page.body.string.contains(#"<span class="outcome conditional">Conditional</span>"#))
            #expect(page.body.string.contains("The AI officer approves it in writing"))
            #expect(toolPage.body.string.contains(#"class="outcome conditional""#))
        }
    }
}
