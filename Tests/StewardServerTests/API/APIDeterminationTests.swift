import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// A vendor service through its written determination: legal counsel states in writing what the contract article
/// requires, the union reads it, and the use can then be approved.
@Suite("API: written determinations")
struct APIDeterminationTests {
    static let complete = """
        {"statements": ["no-bargaining-unit-work", "no-training-license"], "signerName": "Jordan Blake",
         "signerTitle": "General Counsel", "signedOn": "2026-11-27", "contractFile": "Acme service agreement 2026-31, file CF-0451"}
        """

    @Test("a vendor service goes through the written determination, which the union reads, then approval")
    func vendorService() async throws {
        try await withSteward { steward in
            let useCase = try await APIReviewTests.request(
                steward, purposes: ["summarizing"], data: ["internal"], flags: #", "vendorContract": true"#, tier: 1)
            let id = try #require(useCase["id"] as? String)
            let stepID = try #require(
                APIReviewTests.steps(useCase).first { $0["kind"] as? String == "written-determination" }?["id"] as? String)
            let legal = try await steward.token(for: .legal)
            let path = "/api/v1/steps/\(stepID)/determination"

            let byHand = try await steward.sendJSON(
                .POST, "/api/v1/steps/\(stepID)", #"{"status": "done", "record": "Looked fine."}"#, bearer: legal)
            let byWorker = try await steward.sendJSON(.PUT, path, Self.complete, bearer: try await steward.token(for: .worker))
            let partial = try await steward.sendJSON(
                .PUT, path, Self.complete.replacingOccurrences(of: #""no-bargaining-unit-work", "#, with: "")
                    .replacingOccurrences(of: "2026-11-27", with: "2026-12-27"),
                bearer: legal)
            let made = try await steward.sendJSON(.PUT, path, Self.complete, bearer: legal)
            let again = try await steward.sendJSON(.PUT, path, Self.complete, bearer: legal)
            let read = try await steward.send(.GET, path, bearer: try await steward.token(for: .unionRep))
            let step = try await steward.send(.GET, "/api/v1/steps/\(stepID)", bearer: legal).object()
            try await steward.approveThroughReview(try #require(UseCaseID(id)))
            let approved = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: legal).object()

            #expect(byHand.status == .unprocessableEntity)
            #expect(byWorker.status == .forbidden)
            #expect(partial.status == .unprocessableEntity)
            #expect(try partial.problemFields() == ["no-bargaining-unit-work", "signedOn"])
            #expect(made.status == .ok, "\(made.body.string)")
            #expect(again.status == .conflict)
            #expect(read.status == .ok)
            #expect(try read.object()["contractFile"] as? String == "Acme service agreement 2026-31, file CF-0451")
            #expect(step["status"] as? String == "done")
            #expect((step["record"] as? String)?.contains("signed by Jordan Blake, General Counsel, on 2026-11-27") == true)
            #expect(APIReviewTests.review(approved)["status"] as? String == "approved")
        }
    }

    @Test("on the page, legal counsel makes the determination; a missing statement is named; the union reads it")
    func onThePage() async throws {
        try await withSteward { steward in
            let step = try await steward.step(.writtenDetermination, of: try await steward.useCase(ofTool: "PolicyPal"))
            let path = "/steps/\(try step.requireID())"
            let legal = try await steward.signIn(.legal)
            let fields = [("signerName", "Jordan Blake"), ("signerTitle", "General Counsel"), ("signedOn", "2026-11-27"),
                          ("contractFile", "Lexicon AI licence, file CF-0460")]

            let form = try await steward.send(.GET, path, session: legal).body.string
            let partial = try await steward.submit(
                path + "/determination", fields + [("statements[]", "no-training-license")], session: legal)
            let made = try await steward.submit(
                path + "/determination",
                fields + [("statements[]", "no-training-license"), ("statements[]", "no-bargaining-unit-work")], session: legal)
            let union = try await steward.send(.GET, path, session: try await steward.signIn(.unionRep)).body.string

            #expect(form.contains("Record the determination"))
            #expect(!form.contains("Mark done"))
            #expect(partial.status == .unprocessableEntity)
            #expect(partial.body.string.contains("the determination must state: The service does not include any amount of work"))
            #expect(partial.body.string.contains(#"value="Lexicon AI licence, file CF-0460""#))
            #expect(made.status == .seeOther)
            #expect(union.contains("Jordan Blake, General Counsel, on 2026-11-27"))
            #expect(!union.contains("Record the determination"))
        }
    }
}
