import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Packs on screen: what is in force, writing or uploading a pack, its problems at their lines, what it would
/// change, adopting it, and adding a unit.
@Suite("Policy pack pages")
struct PackPagesTests {
    /// Posts the pack form as a browser does, with an uploaded file when one is given.
    static func post(
        _ steward: StewardHarness, _ path: String, source: String, file: String? = nil, unitIDs: [String] = [],
        session: BrowserSession
    ) async throws -> HTTPReply {
        try await steward.submitMultipart(
            path, [("source", source)] + unitIDs.map { ("unitIDs[]", $0) },
            file: file.map { ("pack.yaml", "application/yaml", $0) }, session: session)
    }

    @Test("the officer checks a pack, sees its problems at their lines, then what it would change, and adopts it")
    func checkAndAdopt() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let list = try await steward.send(.GET, "/packs", session: officer)
            #expect(list.status == .ok)
            #expect(list.body.string.contains("The union&#39;s AI use policy") || list.body.string.contains("AI use policy"))
            #expect(list.body.string.contains("Write or upload a pack"))
            let template = try await steward.send(.GET, "/packs/new?template=worker-voice", session: officer)
            #expect(template.body.string.contains("pack: worker-voice"))

            // given: a unit of its own, and a use there that a contract clause would forbid
            let unitID = try await addUnit(steward, officer)
            let tool = try await steward.tool(named: "DraftMate")
            let useCase = UseCaseModel()
            useCase.zone = .organization
            useCase.$tool.id = try tool.requireID()
            useCase.apply(UseCaseDraft(
                unitID: BargainingUnitID(unitID), title: "Draft shift notices", description: "", purposes: [.drafting],
                dataCategories: [.internal], tier: .drafting, scope: .department, decisionRole: .none,
                flags: [.humanReview, .affectsWorkingConditions]))
            useCase.reviewStatus = .inReview
            useCase.conditions = ""
            try await useCase.create(on: steward.app.db)

            // when: a broken text, then a sound one uploaded as a file
            let broken = APIPackTests.pack(version: 1, rule: APIPackTests.noChangesToWork)
                .replacingOccurrences(of: "effect: prohibit", with: "effect: forbid")
            let refused = try await Self.post(steward, "/packs/preview", source: broken, session: officer)
            let sound = APIPackTests.pack(version: 1, rule: APIPackTests.noChangesToWork)
            let checked = try await Self.post(
                steward, "/packs/preview", source: "", file: sound, unitIDs: [unitID.uuidString.lowercased()],
                session: officer)

            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("line 12, column 13"))
            #expect(refused.body.string.contains("rule no-ai-changing-work"))
            #expect(refused.body.string.contains("effect: forbid"), "the text is kept")
            #expect(checked.status == .ok)
            let page = checked.body.string
            #expect(page.contains("Version 1: a new pack"))
            #expect(page.contains("Draft shift notices"))
            #expect(page.contains("Re-decided on adoption"))
            #expect(page.contains("Adopt this pack"))
            #expect(page.contains("pack: library-contract"), "the uploaded file's text fills the form")

            // when: adopted
            let adopted = try await Self.post(
                steward, "/packs", source: sound, unitIDs: [unitID.uuidString.lowercased()], session: officer)

            // then
            #expect(adopted.status == .seeOther)
            #expect(adopted.headers.first(name: .location) == "/packs/library-contract")
            let shown = try await steward.send(.GET, "/packs/library-contract", session: officer).body.string
            #expect(shown.contains("Library Pages (Local 88)"))
            #expect(shown.contains("no-ai-changing-work"))
            #expect(shown.contains("In force"))
            let stored = try #require(try await UseCaseModel.find(useCase.requireID(), on: steward.app.db))
            #expect(stored.reviewStatus == .prohibited)
        }
    }

    @Test("others read the packs in force but cannot write one; a unit with bad fields keeps what was typed")
    func readersAndUnits() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let list = try await steward.send(.GET, "/packs", session: worker)
            #expect(list.status == .ok)
            #expect(!list.body.string.contains("Write or upload a pack"))
            #expect(try await steward.send(.GET, "/packs/union-ai-use-policy", session: worker).status == .ok)
            #expect(try await steward.send(.GET, "/packs/no-such-pack", session: worker).status == .notFound)
            #expect(try await steward.send(.GET, "/packs/new", session: worker).status == .forbidden)
            #expect(!(try await steward.send(.GET, "/units", session: worker).body.string.contains("Add a bargaining unit")))

            let officer = try await steward.signIn(.aiOfficer)
            let bad = try await steward.submit("/units", [("name", "Library Pages"), ("local", " ")], session: officer)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("value=\"Library Pages\""))
            #expect(bad.body.string.contains("name the local the unit belongs to"))
        }
    }

    /// Adds the library pages' unit through its form and returns its id.
    private func addUnit(_ steward: StewardHarness, _ officer: BrowserSession) async throws -> UUID {
        let added = try await steward.submit("/units", [("name", "Library Pages"), ("local", "Local 88")], session: officer)
        #expect(added.status == .seeOther)
        let unit = try await BargainingUnitModel.query(on: steward.app.db).filter(\.$name == "Library Pages").first()
        return try #require(unit?.id)
    }
}
