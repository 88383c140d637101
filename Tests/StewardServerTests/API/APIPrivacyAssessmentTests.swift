import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// The privacy impact assessment of an organization-wide use: a questionnaire, with its HIPAA section when the use
/// involves health information, that completes its step only when it finds the risks acceptable.
@Suite("API: privacy impact assessments")
struct APIPrivacyAssessmentTests {
    /// An organization-wide use of a tool with health information, and its assessment step's path.
    static func healthUse(_ steward: StewardHarness, _ officer: String) async throws -> (useCaseID: String, path: String) {
        let toolID = try await steward.toolID(named: "CaseNote Summarizer", bearer: officer)
        let unitID = try await steward.unitID(bearer: officer)
        let created = try await steward.sendJSON(
            .POST, "/api/v1/tools/\(toolID)/use-cases",
            """
            {"unitID": "\(unitID)", "title": "Summarize clinic records for every office", "purposes": ["summarizing"],
             "dataCategories": ["phi"], "tier": 1, "scope": "enterprise", "decisionRole": "none", "humanReview": true}
            """, bearer: officer)
        let id = try #require(try created.object()["id"] as? String, "\(created.body.string)")
        let useCase = try #require(try await UseCaseModel.find(UUID(uuidString: id), on: steward.app.db))
        let step = try await steward.step(.privacyImpactAssessment, of: useCase)
        return (id, "/api/v1/steps/\(try step.requireID())/privacy-assessment")
    }

    static func answers(health: Bool) -> String {
        let pairs = PrivacyQuestion.asked(involvingHealthInformation: health).map { #""\#($0.rawValue)": "Answered for the test.""# }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    @Test("the HIPAA section is asked of a use with health information; a finding of unacceptable risk leaves the step open")
    func healthSection() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let (useCaseID, path) = try await Self.healthUse(steward, officer)

            let questionnaire = try await steward.send(.GET, path, bearer: officer).object()
            #expect(questionnaire["healthSection"] as? Bool == true)
            let questions = try #require(questionnaire["questions"] as? [JSONObject])
            #expect(questions.count == PrivacyQuestion.allCases.count)
            #expect(questions.contains { $0["id"] as? String == "business-associate" && $0["health"] as? Bool == true })

            let partial = try await steward.sendJSON(
                .PUT, path, #"{"answers": \#(Self.answers(health: false)), "conclusion": "acceptable-with-measures"}"#,
                bearer: officer)
            #expect(try Set(partial.problemFields())
                == ["business-associate", "minimum-necessary", "safeguards", "breach", "measures"])

            let refused = try await steward.sendJSON(
                .PUT, path, #"{"answers": \#(Self.answers(health: true)), "conclusion": "not-acceptable"}"#, bearer: officer)
            #expect(refused.status == .ok)
            let approval = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(useCaseID)/approval", "{}", bearer: officer)
            #expect(approval.status == .conflict)
            #expect(try approval.problemFields().contains("privacy-impact-assessment"))

            let accepted = try await steward.sendJSON(
                .PUT, path,
                #"{"answers": \#(Self.answers(health: true)), "conclusion": "acceptable-with-measures", "measures": "Names are removed first."}"#,
                bearer: officer)
            #expect(accepted.status == .ok)
            #expect(try accepted.object()["conclusion"] as? String == "acceptable-with-measures")
            let useCase = try #require(try await UseCaseModel.find(UUID(uuidString: useCaseID), on: steward.app.db))
            let step = try await steward.step(.privacyImpactAssessment, of: useCase)
            #expect(step.status == .done)
            #expect(step.record.contains("Names are removed first."))
            let again = try await steward.sendJSON(
                .PUT, path, #"{"answers": \#(Self.answers(health: true)), "conclusion": "acceptable"}"#, bearer: officer)
            #expect(again.status == .conflict)
        }
    }

    @Test("without health information no HIPAA section is asked; only the step's owner answers; the page keeps input")
    func ownerAndPage() async throws {
        try await withSteward { steward in
            let policyPal = try await steward.useCase(ofTool: "PolicyPal")
            let stepID = try await steward.step(.privacyImpactAssessment, of: policyPal).requireID()
            let officer = try await steward.token(for: .aiOfficer)
            let path = "/api/v1/steps/\(stepID)/privacy-assessment"
            let questionnaire = try await steward.send(.GET, path, bearer: officer).object()
            #expect(questionnaire["healthSection"] as? Bool == false)
            let worker = try await steward.token(for: .worker)
            let body = #"{"answers": \#(Self.answers(health: false)), "conclusion": "acceptable"}"#
            #expect(try await steward.sendJSON(.PUT, path, body, bearer: worker).status == .forbidden)

            let session = try await steward.signIn(.aiOfficer)
            let page = try await steward.send(.GET, "/steps/\(stepID)", session: session).body.string
            #expect(page.contains("Privacy impact assessment") && page.contains("Record the assessment"))
            #expect(!page.contains("HIPAA: health information"))
            #expect(!page.contains(">Mark done<"), "the questionnaire completes the step, not the generic form")
            let bad = try await steward.submit(
                "/steps/\(stepID)/privacy-assessment", [("data-received", "Memo text only."), ("conclusion", "acceptable")],
                session: session)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Memo text only."))
            #expect(bad.body.string.contains("answer: Who can see the information"))
        }
    }
}
