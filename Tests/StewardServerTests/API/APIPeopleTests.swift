import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: people")
struct APIPeopleTests {
    @Test("the officer invites a person, gets the link once, changes and deactivates the account; bad fields are named")
    func inviteAndManage() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let invited = try await steward.sendJSON(
                .POST, "/api/v1/people",
                #"{"username": "pwu", "displayName": "Pat Wu", "role": "union-rep", "committeeSide": "union"}"#,
                bearer: officer)
            #expect(invited.status == .created)
            let body = try invited.object()
            #expect((body["passwordLink"] as? String)?.contains("/password/") == true)
            #expect(body["mailed"] as? Bool == false)
            #expect((body["person"] as? JSONObject)?["committeeSide"] as? String == "union")

            let updated = try await steward.sendJSON(
                .PUT, "/api/v1/people/pwu", #"{"displayName": "Pat Wu-Lee", "role": "union-rep", "active": false}"#,
                bearer: officer)
            #expect(updated.status == .ok)
            #expect(try updated.object()["isActive"] as? Bool == false)
            #expect(try updated.object()["displayName"] as? String == "Pat Wu-Lee")

            let bad = try await steward.sendJSON(
                .POST, "/api/v1/people", #"{"username": "a b", "displayName": "X", "role": "worker", "unitID": "nope"}"#,
                bearer: officer)
            #expect(try Set(bad.problemFields()) == ["username", "unitID"])

            let listed = try await steward.send(.GET, "/api/v1/people", bearer: officer).objects()
            #expect(listed.last?["username"] as? String == "pwu", "deactivated accounts come last")
            let walked = try await steward.walkPages(from: "/api/v1/people?limit=4", bearer: officer)
                .flatMap { try $0.objects().compactMap { $0["username"] as? String } }
            #expect(walked == listed.compactMap { $0["username"] as? String }, "page by page, the same accounts in order")
            let worker = try await steward.token(for: .worker)
            #expect(try await steward.send(.GET, "/api/v1/people", bearer: worker).status == .forbidden)
        }
    }
}
