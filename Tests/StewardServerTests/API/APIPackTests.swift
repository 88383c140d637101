import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// An organization adopts its own packs: organization-wide, or for the units a contract covers, in versions.
@Suite("API: units and policy packs")
struct APIPackTests {
    /// A contract pack for tests; `rule` is its one rule.
    static func pack(version: Int, rule: String) -> String {
        """
        pack: library-contract
        title: Library pages' contract, AI article
        version: \(version)
        effective: 2026-07-01
        source:
          document: "Library pages' contract"
          sections: articles
        rules:
        \(rule)
        """
    }

    static let noChangesToWork = """
          - id: no-ai-changing-work
            citation: "Article 12"
            when: { affectsWorkingConditions: true }
            effect: prohibit
            reason: No AI tool may change the pages' working conditions during this contract.
        """
    static let noticeFirst = """
          - id: notice-before-change
            citation: "Article 12, as amended"
            when: { affectsWorkingConditions: true }
            effect: require
            obligation: { kind: union-notice, days: 60 }
            reason: The local hears of any change to working conditions 60 days ahead.
        """

    static func useCase(unitID: String) -> String {
        """
        {"unitID": "\(unitID)", "title": "Draft shift notices", "purposes": ["drafting"],
         "dataCategories": ["internal"], "tier": 2, "scope": "department", "decisionRole": "none",
         "humanReview": true, "affectsWorkingConditions": true}
        """
    }

    @Test("a contract pack for one unit prohibits a use there while the same use elsewhere stays conditional; a new version re-decides it")
    func contractPackPerUnit() async throws {
        try await withSteward { steward in
            // given: a new unit, and the same use of one tool in it and in a demo unit
            let officer = try await steward.token(for: .aiOfficer)
            let created = try await steward.sendJSON(
                .POST, "/api/v1/units", #"{"name": "Library Pages", "local": "Local 88"}"#, bearer: officer)
            #expect(created.status == .created)
            let libraryID = try #require(try created.object()["id"] as? String)
            let otherID = try await steward.unitID(bearer: officer)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: officer)
            let library = try #require(try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/use-cases", Self.useCase(unitID: libraryID), bearer: officer
            ).object()["id"] as? String)
            let other = try #require(try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/use-cases", Self.useCase(unitID: otherID), bearer: officer
            ).object()["id"] as? String)
            #expect(try await outcome(of: library, steward, officer) == "conditional")

            // when: the library contract's pack is adopted for the library unit only
            let adopted = try await steward.sendJSON(
                .POST, "/api/v1/packs",
                try json(["source": Self.pack(version: 1, rule: Self.noChangesToWork), "unitIDs": [libraryID]]),
                bearer: officer)

            // then
            #expect(adopted.status == .created)
            let body = try adopted.object()
            let pack = try #require(body["pack"] as? JSONObject)
            #expect(pack["version"] as? Int == 1)
            #expect(pack["unitIDs"] as? [String] == [libraryID])
            let changes = try #require(body["changes"] as? [JSONObject])
            #expect(changes.map { $0["useCaseID"] as? String } == [library])
            #expect(changes.first?["after"] as? String == "prohibited")
            #expect(try await outcome(of: library, steward, officer) == "prohibited")
            #expect(try await status(of: library, steward, officer) == "prohibited")
            #expect(try await outcome(of: other, steward, officer) == "conditional")
            let listed = try await steward.send(.GET, "/api/v1/packs", bearer: officer).objects()
            #expect(listed.count == 5)
            #expect(listed.contains { $0["packID"] as? String == "union-ai-use-policy" && ($0["unitIDs"] as? [String])?.isEmpty == true })

            // when: a second version asks for notice instead of forbidding
            let second = try await steward.sendJSON(
                .POST, "/api/v1/packs",
                try json(["source": Self.pack(version: 2, rule: Self.noticeFirst), "unitIDs": [libraryID]]),
                bearer: officer)

            // then: the prohibited use is back in review with the contract's longer notice
            #expect(second.status == .created)
            #expect((try second.object()["pack"] as? JSONObject)?["version"] as? Int == 2)
            #expect(try await outcome(of: library, steward, officer) == "conditional")
            #expect(try await status(of: library, steward, officer) == "in-review")
            let steps = try await steward.send(.GET, "/api/v1/use-cases/\(library)", bearer: officer).object()
            let review = try #require(steps["review"] as? JSONObject)
            #expect((review["steps"] as? [JSONObject] ?? []).contains { $0["kind"] as? String == "union-notice" })
            let history = try await steward.send(.GET, "/api/v1/packs", bearer: officer).objects()
            #expect(history.filter { $0["packID"] as? String == "library-contract" }.map { $0["version"] as? Int } == [2])
        }
    }

    @Test("a broken pack is refused with the line, column and rule of each problem, and nothing is adopted")
    func brokenPackRefused() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let broken = Self.pack(version: 1, rule: Self.noChangesToWork.replacingOccurrences(
                of: "affectsWorkingConditions", with: "affectsWorkingConditons"))
            let refused = try await steward.sendJSON(.POST, "/api/v1/packs", try json(["source": broken]), bearer: officer)
            #expect(refused.status == .unprocessableEntity)
            let problem = try #require((try refused.object()["errors"] as? [JSONObject])?.first)
            #expect(problem["field"] as? String == "source")
            #expect(problem["line"] as? Int == 11)
            #expect(problem["column"] as? Int != nil)
            #expect(problem["rule"] as? String == "no-ai-changing-work")
            #expect((problem["message"] as? String)?.contains("affectsWorkingConditions") == true)
            #expect(try await steward.send(.GET, "/api/v1/packs", bearer: officer).objects().count == 4)

            let unknownUnit = try await steward.sendJSON(
                .POST, "/api/v1/packs",
                try json(["source": Self.pack(version: 1, rule: Self.noticeFirst), "unitIDs": [UUID().uuidString]]),
                bearer: officer)
            #expect(try unknownUnit.problemFields() == ["unitIDs[0]"])
        }
    }

    @Test("a new version may not count the pack's version down, and only the officer adopts")
    func versionAndRoles() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let first = try await steward.sendJSON(
                .POST, "/api/v1/packs", try json(["source": Self.pack(version: 3, rule: Self.noticeFirst)]), bearer: officer)
            #expect(first.status == .created)
            let older = try await steward.sendJSON(
                .POST, "/api/v1/packs", try json(["source": Self.pack(version: 2, rule: Self.noticeFirst)]), bearer: officer)
            #expect(older.status == .unprocessableEntity)
            let problem = try #require((try older.object()["errors"] as? [JSONObject])?.first)
            #expect(problem["line"] as? Int == 3)
            #expect((problem["message"] as? String)?.contains("version 3") == true)

            for role in [Role.worker, .unionRep, .legal, .manager] {
                let token = try await steward.token(for: role)
                let refused = try await steward.sendJSON(
                    .POST, "/api/v1/packs", try json(["source": Self.pack(version: 9, rule: Self.noticeFirst)]), bearer: token)
                #expect(refused.status == .forbidden, "\(role)")
                #expect(try await steward.send(.GET, "/api/v1/packs", bearer: token).status == .ok)
                let unit = try await steward.sendJSON(.POST, "/api/v1/units", #"{"name": "X", "local": "Y"}"#, bearer: token)
                #expect(unit.status == .forbidden, "\(role)")
            }
            let bad = try await steward.sendJSON(.POST, "/api/v1/units", #"{"name": " ", "local": ""}"#, bearer: officer)
            #expect(try Set(bad.problemFields()) == ["name", "local"])
            // A unit's name is the organization's to give once, whatever local another unit of that name belongs to.
            let same = try await steward.sendJSON(
                .POST, "/api/v1/units", #"{"name": "clerical and administrative", "local": "Local 402"}"#, bearer: officer)
            #expect(same.status == .unprocessableEntity)
            #expect(try same.problemFields() == ["name"])
        }
    }

    private func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func outcome(of id: String, _ steward: StewardHarness, _ token: String) async throws -> String? {
        let useCase = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: token).object()
        return (useCase["decision"] as? JSONObject)?["outcome"] as? String
    }

    private func status(of id: String, _ steward: StewardHarness, _ token: String) async throws -> String? {
        let useCase = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: token).object()
        return (useCase["review"] as? JSONObject)?["status"] as? String
    }
}
