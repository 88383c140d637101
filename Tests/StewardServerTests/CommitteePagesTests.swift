import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// The joint committee through its pages: meetings, agendas from what is pending, minutes, decisions and actions.
@Suite("Joint committee pages")
struct CommitteePagesTests {
    @Test("the committee's page shows both sides, the year it met too seldom and its meetings; What's due shows action items")
    func page() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let html = try await steward.send(.GET, "/committee", session: worker).body.string
            #expect(html.contains("Both sides have 2 members."))
            #expect(html.contains("2025 had 1 meeting of the joint committee; the policy asks for at least two a year."))
            #expect(html.contains("2026-12-14") && html.contains("Scheduled"))
            #expect(!html.contains("Schedule a meeting"), "a worker reads the committee's records, and keeps none")
            let due = try await steward.send(.GET, "/due", session: try await steward.signIn(.unionRep)).body.string
            #expect(due.contains("Collect members&#39; questions about DraftMate for the training</a>, due 2026-12-10"))
            #expect(due.contains("2025 had 1 meeting"), "a member who keeps the records sees the shortfall")
        }
    }

    @Test("a meeting is scheduled from what is pending; a decision there completes a use's committee review")
    func meetingRecords() async throws {
        try await withSteward { steward in
            let committee = try await steward.signIn(.committee)
            let useCase = try await steward.useCase(ofTool: "ShiftWise")
            let step = try await steward.step(.committeeReview, of: useCase)
            let stepID = try step.requireID().uuidString.lowercased()
            let page = try await steward.send(.GET, "/committee", session: committee).body.string
            #expect(page.contains("Committee review: ShiftWise, Propose nurse shift schedules"))
            #expect(page.contains("Open grievance G-1 (Health and Social Services)"))
            #expect(page.contains("Bias audit due 2026-12-20"), "audits due within a month")
            #expect(!page.contains("Shift schedules set by ShiftWise"), "the agenda names grievances by number, not title")

            let refused = try await steward.submit("/committee/meetings", [("heldOn", "tomorrow")], session: committee)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("YYYY-MM-DD"))
            let auditor = try await steward.signIn(.auditor)
            #expect(try await steward.submit("/committee/meetings", [("heldOn", "2026-11-30")], session: auditor).status == .forbidden)
            let scheduled = try await steward.submit(
                "/committee/meetings", [("heldOn", "2026-11-30"), ("pending[]", "step:\(stepID)"), ("items", "Any other business")],
                session: committee)
            #expect(scheduled.status == .seeOther)
            let path = try #require(scheduled.headers.first(name: .location))
            let meeting = try await steward.send(.GET, path, session: committee).body.string
            #expect(meeting.contains("Committee review: ShiftWise") && meeting.contains("Any other business"))

            #expect(try await steward.submit(path + "/minutes", [("minutes", "")], session: committee).status == .unprocessableEntity)
            #expect(try await steward.submit(path + "/minutes", [("minutes", "Both sides discussed ShiftWise.")], session: committee).status == .seeOther)
            let decided = try await steward.submit(
                path + "/decisions", [("decision", "ShiftWise may be piloted with a supervisor reviewing every rota."), ("stepID", stepID)],
                session: committee)
            #expect(decided.status == .seeOther)
            let done = try await steward.step(.committeeReview, of: useCase)
            #expect(done.status == .done)
            #expect(done.record.hasPrefix("Decided by the joint committee at its meeting of 2026-11-30: ShiftWise may be piloted"))
            let again = try await steward.submit(path + "/decisions", [("decision", "Again."), ("stepID", stepID)], session: committee)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("choose an open committee review"))

            let assigned = try await steward.submit(
                path + "/actions", [("action", "Send the rota review log"), ("owner", "manager"), ("dueOn", "2026-12-07")],
                session: committee)
            #expect(assigned.status == .seeOther)
            let action = try #require(try await CommitteeActionModel.query(on: steward.app.db).filter(\.$text == "Send the rota review log").first())
            let manager = try await steward.signIn(.manager)
            #expect(try await steward.send(.GET, "/due", session: manager).body.string.contains("Send the rota review log"))
            #expect(try await steward.submit("/committee/actions/\(try action.requireID())/completion", [], session: manager).status == .seeOther)
            #expect(try await steward.send(.GET, path, session: manager).body.string.contains("<td>2026-11-30</td>"))

            let future = try await steward.submit("/committee/meetings", [("heldOn", "2027-03-01")], session: committee)
            let futurePath = try #require(future.headers.first(name: .location))
            let early = try await steward.submit(futurePath + "/minutes", [("minutes", "Too soon.")], session: committee)
            #expect(early.status == .conflict)
        }
    }
}
