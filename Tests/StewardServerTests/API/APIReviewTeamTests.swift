import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// A review team through the API: seated with both sides, each member's vote on record, a quorum before the vote
/// closes, and a recommendation that alone completes the step.
@Suite("API: review teams")
struct APIReviewTeamTests {
    static func path(_ steward: StewardHarness) async throws -> String {
        let step = try await steward.step(.committeeReview, of: try await steward.useCase(ofTool: "ShiftWise"))
        return "/api/v1/steps/\(try step.requireID())/review-team"
    }

    /// Seats a team of one member per side, both approve, and the committee closes the vote.
    static func recommend(_ steward: StewardHarness, stepID: String) async throws {
        let path = "/api/v1/steps/\(stepID)/review-team"
        let committee = try await steward.token(for: .committee)
        let seated = try await steward.sendJSON(
            .PUT, path, #"{"members": [{"username": "rep", "side": "union"}, {"username": "manager", "side": "management"}]}"#,
            bearer: committee)
        #expect(seated.status == .ok, "\(seated.body.string)")
        for role in [Role.unionRep, .manager] { _ = try await vote(steward, path, role, "approve") }
        let closed = try await steward.sendJSON(.POST, path + "/outcome", "", bearer: committee)
        #expect(try closed.object()["recommends"] as? Bool == true)
    }

    static func vote(_ steward: StewardHarness, _ path: String, _ role: Role, _ vote: String) async throws -> HTTPReply {
        try await steward.sendJSON(
            .POST, path + "/votes", #"{"vote": "\#(vote)", "comment": "Voted as \#(role.rawValue)."}"#,
            bearer: try await steward.token(for: role))
    }

    @Test("a person is seated only on the side their account says they sit on, and only while active")
    func seatsFollowAccounts() async throws {
        try await withSteward { steward in
            let path = try await Self.path(steward)
            let officer = try await steward.token(for: .aiOfficer)
            let committee = try await steward.token(for: .committee)
            _ = try await steward.sendJSON(
                .PUT, "/api/v1/people/rep", #"{"displayName": "Morgan Lee", "role": "union-rep", "committeeSide": "union"}"#,
                bearer: officer)
            _ = try await steward.sendJSON(
                .PUT, "/api/v1/people/legal", #"{"displayName": "Jordan Blake", "role": "legal", "active": false}"#,
                bearer: officer)
            let refused = try await steward.sendJSON(
                .PUT, path,
                #"{"members": [{"username": "rep", "side": "management"}, {"username": "legal", "side": "management"}, {"username": "manager", "side": "union"}]}"#,
                bearer: committee)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("`rep` sits on the union side; seat them there"))
            #expect(refused.body.string.contains("`legal`'s account is deactivated"))
        }
    }

    @Test("members vote; the vote closes only with a quorum of both sides, and a recommendation completes the step")
    func recommend() async throws {
        try await withSteward { steward in
            let path = try await Self.path(steward)
            let committee = try await steward.token(for: .committee)

            let oneSided = try await steward.sendJSON(
                .PUT, path, #"{"members": [{"username": "rep", "side": "union"}, {"username": "committee", "side": "union"}]}"#,
                bearer: committee)
            let outsider = try await Self.vote(steward, path, .worker, "approve")
            let first = try await Self.vote(steward, path, .unionRep, "approve")
            let early = try await steward.sendJSON(.POST, path + "/outcome", "", bearer: committee)
            let reseat = try await steward.sendJSON(
                .PUT, path, #"{"members": [{"username": "rep", "side": "union"}, {"username": "manager", "side": "management"}]}"#,
                bearer: committee)
            _ = try await Self.vote(steward, path, .committee, "approve")
            let third = try await Self.vote(steward, path, .manager, "reject")
            let closed = try await steward.sendJSON(.POST, path + "/outcome", "", bearer: committee)
            let step = try await steward.send(.GET, path.replacingOccurrences(of: "/review-team", with: ""), bearer: committee).object()

            #expect(oneSided.status == .unprocessableEntity)
            #expect(try oneSided.problemFields() == ["members"])
            #expect(outsider.status == .forbidden)
            #expect(first.status == .ok)
            #expect(early.status == .conflict)
            #expect(try early.problemFields() == ["quorum", "quorum"], "a majority and the management side are missing")
            #expect(reseat.status == .conflict, "the team cannot change once votes are cast")
            #expect(try third.object()["hasQuorum"] as? Bool == true)
            #expect(closed.status == .ok, "\(closed.body.string)")
            #expect(try closed.object()["recommends"] as? Bool == true)
            #expect(step["status"] as? String == "done")
            #expect(step["record"] as? String == "Recommended by the review team: 2 approve, 1 reject, 0 abstain, of 4 members.")
        }
    }

    @Test("a team that does not recommend leaves the step open with its tally, and approval stays refused")
    func reject() async throws {
        try await withSteward { steward in
            let path = try await Self.path(steward)
            let committee = try await steward.token(for: .committee)
            for (role, vote) in [(Role.unionRep, "reject"), (.committee, "reject"), (.legal, "approve")] {
                _ = try await Self.vote(steward, path, role, vote)
            }

            let closed = try await steward.sendJSON(.POST, path + "/outcome", "", bearer: committee)
            let step = try await steward.send(.GET, path.replacingOccurrences(of: "/review-team", with: ""), bearer: committee).object()
            let useCase = try await steward.useCase(ofTool: "ShiftWise")
            let approval = try await steward.sendJSON(
                .POST, "/api/v1/use-cases/\(try useCase.requireID())/approval", "{}", bearer: try await steward.token(for: .aiOfficer))

            #expect(try closed.object()["recommends"] as? Bool == false)
            #expect(step["status"] as? String == "open")
            #expect((step["record"] as? String)?.hasPrefix("Not recommended by the review team: 1 approve, 2 reject") == true)
            #expect(try approval.problemFields().contains("committee-review"))
        }
    }

    @Test("on the step's page members see the vote form and the tally; others see the tally only")
    func onThePage() async throws {
        try await withSteward { steward in
            let step = try await steward.step(.committeeReview, of: try await steward.useCase(ofTool: "ShiftWise"))
            let path = "/steps/\(try step.requireID())"
            let rep = try await steward.signIn(.unionRep)

            let voted = try await steward.submit(path + "/review-team/votes", [("vote", "approve"), ("comment", "Fine with limits.")], session: rep)
            let member = try await steward.send(.GET, path, session: rep).body.string
            let worker = try await steward.send(.GET, path, session: try await steward.signIn(.worker)).body.string

            #expect(voted.status == .seeOther)
            #expect(member.contains("Cast my vote"))
            #expect(member.contains("Fine with limits."))
            #expect(worker.contains("1 approve, 0 reject, 0 abstain, of 4 members"))
            #expect(!worker.contains("Cast my vote"))
        }
    }
}
