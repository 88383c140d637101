import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Decisional bargaining on the record: both sides log sessions and proposals, the outcome completes the step,
/// and the union's preparation stays in its private notes, out of management's sight.
@Suite("API: bargaining")
struct APIBargainingTests {
    @Test("both sides record sessions and proposals; the outcome completes the step and closes the record")
    func record() async throws {
        try await withSteward { steward in
            let step = try await steward.step(.decisionalBargaining, of: try await steward.useCase(ofTool: "ShiftWise"))
            let path = "/api/v1/steps/\(try step.requireID())/bargaining"
            let officer = try await steward.token(for: .aiOfficer)
            let rep = try await steward.token(for: .unionRep)

            let session = try await steward.sendJSON(
                .POST, path + "/entries", #"{"kind": "session", "heldOn": "2026-11-16", "text": "First session on the scheduling pilot."}"#,
                bearer: officer)
            let proposal = try await steward.sendJSON(
                .POST, path + "/entries",
                #"{"kind": "proposal", "side": "union", "heldOn": "2026-11-23", "text": "No schedule is final until a nurse manager signs it."}"#,
                bearer: rep)
            let sideless = try await steward.sendJSON(
                .POST, path + "/entries", #"{"kind": "proposal", "heldOn": "2026-12-24", "text": "x"}"#, bearer: rep)
            let byManager = try await steward.sendJSON(
                .POST, path + "/entries", #"{"kind": "session", "heldOn": "2026-11-16", "text": "x"}"#,
                bearer: try await steward.token(for: .manager))
            let byRep = try await steward.sendJSON(
                .POST, path + "/outcome", #"{"outcome": "agreement", "terms": "x"}"#, bearer: rep)
            let concluded = try await steward.sendJSON(
                .POST, path + "/outcome", #"{"outcome": "side-letter", "terms": "Side letter 2026-7: managers sign every schedule."}"#,
                bearer: officer)
            let late = try await steward.sendJSON(
                .POST, path + "/entries", #"{"kind": "session", "heldOn": "2026-11-30", "text": "After the end."}"#, bearer: rep)
            let read = try await steward.send(.GET, path, bearer: try await steward.token(for: .auditor)).object()
            let stepNow = try await steward.send(.GET, "/api/v1/steps/\(try step.requireID())", bearer: officer).object()

            #expect(session.status == .ok)
            #expect(proposal.status == .ok)
            #expect(sideless.status == .unprocessableEntity)
            #expect(try sideless.problemFields() == ["side", "heldOn"])
            #expect(byManager.status == .forbidden)
            #expect(byRep.status == .forbidden)
            #expect(concluded.status == .ok, "\(concluded.body.string)")
            #expect(late.status == .conflict)
            // The demo's session of 2026-11-20 and proposal of 2026-11-27 stand between the two recorded here.
            #expect((read["entries"] as? [JSONObject])?.map { $0["side"] as? String } == [nil, nil, "union", "union"])
            #expect(read["outcome"] as? String == "side-letter")
            #expect(stepNow["status"] as? String == "done")
            #expect(stepNow["record"] as? String == "Side letter: Side letter 2026-7: managers sign every schedule.")
        }
    }

    @Test("the union's preparation on the bargaining step is never shown to management, on the page or through the API")
    func preparationStaysPrivate() async throws {
        try await withSteward { steward in
            let step = try await steward.step(.decisionalBargaining, of: try await steward.useCase(ofTool: "ShiftWise"))
            let path = "/steps/\(try step.requireID())"
            let rep = try await steward.signIn(.unionRep)
            let secret = "Our fallback: accept the pilot if overtime rules stay."

            let noted = try await steward.submit(path + "/notes", [("body", secret)], session: rep)
            let shared = try await steward.submit(
                path + "/bargaining/entries",
                [("kind", "proposal"), ("side", "union"), ("heldOn", "2026-11-20"), ("text", "Pilot in one ward first.")],
                session: rep)

            #expect(noted.status == .seeOther)
            #expect(shared.status == .seeOther)
            #expect(try await steward.send(.GET, path, session: rep).body.string.contains(secret))
            for role in Role.allCases where role != .unionRep {
                let page = try await steward.send(.GET, path, session: try await steward.signIn(role)).body.string
                #expect(page.contains("Pilot in one ward first."), "\(role) reads what crossed the table")
                #expect(!page.contains(secret), "\(role) must not read the union's preparation")
                let api = try await steward.send(
                    .GET, "/api/v1/steps/\(try step.requireID())/bargaining", bearer: try await steward.token(for: role))
                #expect(!api.body.string.contains(secret))
            }
        }
    }
}
