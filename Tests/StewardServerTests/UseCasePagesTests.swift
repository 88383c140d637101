import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Use-case pages")
struct UseCasePagesTests {
    @Test("plain answers on the form become the facts of the vocabulary")
    func answersBecomeFacts() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.unionRep)
            let tool = try await steward.tool(named: "DraftMate")
            let unit = try await steward.unit(named: "Health and Social Services")

            let response = try await steward.submit(
                "/tools/\(try tool.requireID())/use-cases",
                [
                    ("title", "Draft visit letters"), ("unitID", try unit.requireID().uuidString),
                    ("purposes[]", "drafting"), ("dataCategories[]", "personal"), ("dataCategories[]", "phi"),
                    ("tier", "1"), ("scope", "department"), ("decisionRole", "none"), ("flags[]", "humanReview"),
                    ("flags[]", "affectsWorkingConditions"),
                ], session: session)

            #expect(response.status == .seeOther)
            let model = try #require(
                try await UseCaseModel.query(on: steward.app.db).filter(\.$title == "Draft visit letters").first())
            let facts = try model.domain().facts(of: try tool.domain())
            #expect(facts.purposes == [.drafting])
            #expect(facts.dataCategories == [.personal, .phi])
            #expect(facts.scope == .department)
            #expect(facts[.humanReview] && facts[.affectsWorkingConditions] && !facts[.useRequired])
            #expect(facts.categories == [.generative, .nlp], "the tool's categories are part of the facts")
            let page = try await steward.send(.GET, try #require(response.headers.first(name: .location)), session: session)
            #expect(page.body.string.contains("&quot;phi&quot;"))
        }
    }

    @Test("unanswered questions are marked and the answers given are kept")
    func incomplete() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)
            let tool = try await steward.tool(named: "DraftMate")

            let response = try await steward.submit(
                "/tools/\(try tool.requireID())/use-cases", [("title", "Letters"), ("flags[]", "vendorTrainsOnInputz")],
                session: session)

            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains(#"value="Letters""#))
            #expect(html.contains("choose the bargaining unit"))
            #expect(html.contains("choose at least one purpose"))
            #expect(html.contains("unknown question `vendorTrainsOnInputz`"))
        }
    }

    @Test("an auditor cannot describe a use")
    func auditorCannotPropose() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.auditor)
            let tool = try await steward.tool(named: "DraftMate")

            let response = try await steward.send(.GET, "/tools/\(try tool.requireID())/use-cases/new", session: session)

            #expect(response.status == .forbidden)
        }
    }
}
