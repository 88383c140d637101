import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: use cases in the fact vocabulary")
struct APIUseCaseTests {
    static func draft(unitID: String, purposes: String = #"["summarizing"]"#) -> String {
        """
        {"unitID": "\(unitID)", "title": "Summarize grievances", "purposes": \(purposes),
         "dataCategories": ["personal", "member-records"], "tier": 3, "scope": "department",
         "decisionRole": "advisory", "humanReview": true, "affectsWorkingConditions": true}
        """
    }

    @Test("a use case is created with its facts and read back with the tool's facts combined")
    func create() async throws {
        try await withSteward { steward in
            // given
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "CaseNote Summarizer", bearer: worker)
            let unitID = try await steward.unitID(bearer: worker)

            // when
            let created = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/use-cases", Self.draft(unitID: unitID), bearer: worker)
            let id = try #require(try created.object()["id"] as? String)
            let read = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: worker)
            let listed = try await steward.send(.GET, "/api/v1/tools/\(toolID)/use-cases", bearer: worker).objects()

            // then
            #expect(created.status == .created)
            let useCase = try read.object()
            #expect(useCase["tier"] as? Int == 3)
            #expect(useCase["humanReview"] as? Bool == true)
            #expect(useCase["monitorsWorkers"] as? Bool == false)
            let facts = try #require(useCase["facts"] as? JSONObject)
            #expect(facts["dataCategories"] as? [String] == ["member-records", "personal"])
            #expect(facts["categories"] as? [String] == ["generative", "nlp"])
            #expect(facts["hosting"] as? String == "private-cloud")
            #expect(facts["hipaaBAA"] as? Bool == true)
            #expect(facts["decisionRole"] as? String == "advisory")
            #expect(listed.contains { $0["id"] as? String == id })
        }
    }

    @Test("each boolean fact of a use case arrives in its own field and in the facts, and no other")
    func everyFlag() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: worker)
            let unitID = try await steward.unitID(bearer: worker)
            let ownFlags = BooleanFact.allCases.filter { !UseCase.toolFlags.contains($0) }.map(\.rawValue)

            for flag in ownFlags {
                let body = Self.draft(unitID: unitID)
                    .replacingOccurrences(of: #""humanReview": true, "affectsWorkingConditions": true"#, with: #""\#(flag)": true"#)
                let created = try await steward.sendJSON(.POST, "/api/v1/tools/\(toolID)/use-cases", body, bearer: worker)

                let useCase = try created.object()
                let facts = try #require(useCase["facts"] as? JSONObject)
                #expect(ownFlags.filter { useCase[$0] as? Bool == true } == [flag])
                #expect(BooleanFact.allCases.map(\.rawValue).filter { facts[$0] as? Bool == true } == [flag])
            }
        }
    }

    @Test("an unknown purpose is a 422 naming the field and the allowed values")
    func unknownValue() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "CaseNote Summarizer", bearer: worker)
            let unitID = try await steward.unitID(bearer: worker)

            let response = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/use-cases",
                Self.draft(unitID: unitID, purposes: #"["sumarizing"]"#), bearer: worker)

            #expect(response.status == .unprocessableEntity)
            #expect(try response.problemFields() == ["purposes"])
            let detail = try #require(try response.object()["detail"] as? String)
            #expect(detail.contains("sumarizing"))
            #expect(detail.contains("did you mean `summarizing`"))
            #expect(detail.contains(Purpose.allCases.map(\.rawValue).joined(separator: ", ")))
        }
    }

    @Test("an unknown fact, an unknown unit and an empty title are refused, naming the field")
    func otherProblems() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "CaseNote Summarizer", bearer: worker)
            let path = "/api/v1/tools/\(toolID)/use-cases"

            let typo = try await steward.sendJSON(
                .POST, path, Self.draft(unitID: UUID().uuidString).replacingOccurrences(of: "humanReview", with: "humanReveiw"),
                bearer: worker)
            let unknownUnit = try await steward.sendJSON(.POST, path, Self.draft(unitID: UUID().uuidString), bearer: worker)
            let badTier = try await steward.sendJSON(
                .POST, path, Self.draft(unitID: UUID().uuidString).replacingOccurrences(of: #""tier": 3"#, with: #""tier": 7"#),
                bearer: worker)

            #expect(typo.status == .badRequest)
            #expect(typo.body.string.contains("humanReveiw"))
            #expect(unknownUnit.status == .unprocessableEntity)
            #expect(try unknownUnit.problemFields() == ["unitID"])
            #expect(badTier.status == .unprocessableEntity)
            #expect(try badTier.problemFields() == ["tier"])
        }
    }
}
