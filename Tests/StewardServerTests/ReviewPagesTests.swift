import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// The review on screen: the use's page shows its steps, a step's owner records it on its page, the officer's
/// early approval is refused with the open steps, and each person sees what is due.
@Suite("Review pages")
struct ReviewPagesTests {
    /// A new chatbot use with its steps, described through the API as a worker.
    static func newUse(_ steward: StewardHarness) async throws -> UseCaseModel {
        let created = try await APIReviewTests.chatbot(steward)
        let id = try #require(UUID(uuidString: created["id"] as? String ?? ""))
        return try #require(try await UseCaseModel.find(id, on: steward.app.db))
    }

    @Test("an early approval on the page is refused with every open step listed and the conditions kept")
    func earlyApproval() async throws {
        try await withSteward { steward in
            let useCase = try await Self.newUse(steward)
            let officer = try await steward.signIn(.aiOfficer)
            let path = "/use-cases/\(try useCase.requireID())"

            let page = try await steward.send(.GET, path, session: officer)
            let refused = try await steward.submit(path + "/approval", [("conditions", "Weekly spot checks")], session: officer)

            #expect(page.body.string.contains("Approve this use"))
            #expect(page.body.string.contains("Notice to the union"))
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains(#"role="alert""#))
            #expect(refused.body.string.contains("Notice to the union is still open"))
            #expect(refused.body.string.contains("Weekly spot checks</textarea>"))
        }
    }

    @Test("a step's owner records it on the step's page; others see it without the form")
    func ownerRecordsStep() async throws {
        try await withSteward { steward in
            let useCase = try await Self.newUse(steward)
            let step = try await steward.step(.unionNotice, of: useCase)
            let path = "/steps/\(try step.requireID())"
            let officer = try await steward.signIn(.aiOfficer)
            let worker = try await steward.signIn(.worker)

            let workerView = try await steward.send(.GET, path, session: worker)
            let empty = try await steward.submit(path, [("status", "done"), ("record", " ")], session: officer)
            let done = try await steward.submit(
                path, [("status", "done"), ("record", "Notice sent to the union on 2026-11-30.")], session: officer)
            let after = try await steward.send(.GET, path, session: officer)

            #expect(!workerView.body.string.contains("Mark done"))
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("field-error"))
            #expect(done.status == .seeOther)
            #expect(after.body.string.contains("Notice sent to the union on 2026-11-30."))
            #expect(try await steward.step(.unionNotice, of: useCase).status == .done)
        }
    }

    @Test("What's due lists a person's open steps, and says so when there are none")
    func whatsDue() async throws {
        try await withSteward { steward in
            _ = try await Self.newUse(steward)
            let committee = try await steward.signIn(.committee)
            let manager = try await steward.signIn(.manager)

            let mine = try await steward.send(.GET, "/due", session: committee)
            let none = try await steward.send(.GET, "/due", session: manager)

            #expect(mine.body.string.contains("Review team or joint committee review"))
            #expect(none.body.string.contains("Nothing is waiting for you."))
        }
    }

    @Test("the notice step shows the notice written from the records: tool, purposes, data, who is affected")
    func noticeFromRecords() async throws {
        try await withSteward { steward in
            let useCase = try await Self.newUse(steward)
            let step = try await steward.step(.unionNotice, of: useCase)
            let officer = try await steward.signIn(.aiOfficer)

            let page = try await steward.send(.GET, "/steps/\(try step.requireID())", session: officer)

            let body = page.body.string
            #expect(body.contains("The notice, written from the records"))
            #expect(body.contains("Helpdesk Bot"))
            #expect(body.contains("people in all"))
            #expect(body.contains("at least 30 days"))
        }
    }

    @Test("a union representative's demand to bargain reopens bargaining and sends an approved use back to review")
    func demandToBargain() async throws {
        try await withSteward { steward in
            let useCase = try await Self.newUse(steward)
            try await steward.approveThroughReview(UseCaseID(try useCase.requireID()))
            let notice = try await steward.step(.unionNotice, of: useCase)
            let rep = try await steward.signIn(.unionRep)

            let answered = try await steward.submit(
                "/steps/\(try notice.requireID())/answer", [("answer", "demand-to-bargain")], session: rep)
            let page = try await steward.send(.GET, "/steps/\(try notice.requireID())", session: rep)

            #expect(answered.status == .seeOther)
            #expect(page.body.string.contains("Demand to bargain, by rep"))
            #expect(try await steward.step(.decisionalBargaining, of: useCase).status == .open)
            let reloaded = try #require(try await UseCaseModel.find(try useCase.requireID(), on: steward.app.db))
            #expect(reloaded.reviewStatus == .inReview)
        }
    }

    @Test("the requester changes a use's facts on its edit page, which starts filled in, and the use is decided again")
    func editPage() async throws {
        try await withSteward { steward in
            let useCase = try await Self.newUse(steward)
            let path = "/use-cases/\(try useCase.requireID())"
            let worker = try await steward.signIn(.worker)
            let manager = try await steward.signIn(.manager)

            let form = try await steward.send(.GET, path + "/edit", session: worker)
            let refused = try await steward.send(.GET, path + "/edit", session: manager)
            let saved = try await steward.submit(
                path + "/edit",
                [("unitID", useCase.$unit.id.uuidString), ("title", "Answer members' questions"),
                 ("purposes[]", "meeting-transcription"), ("dataCategories[]", "internal"), ("tier", "2"),
                 ("scope", "department"), ("decisionRole", "none")], session: worker)

            #expect(form.body.string.contains("Save and decide again"))
            #expect(form.body.string.contains(#"id="title" name="title" value="Answer members"#), "starts filled in")
            #expect(refused.status == .forbidden)
            #expect(saved.status == .seeOther)
            let reloaded = try #require(try await UseCaseModel.find(try useCase.requireID(), on: steward.app.db))
            #expect(reloaded.reviewStatus == .prohibited)
        }
    }
}

/// The officer's denial on the use's page.
@Suite("Denying a use on its page")
struct DenialPageTests {
    @Test("the officer denies a use with a reason; without one the form says so and nothing changes")
    func deny() async throws {
        try await withSteward { steward in
            let useCase = try await ReviewPagesTests.newUse(steward)
            let path = "/use-cases/\(try useCase.requireID())"
            let officer = try await steward.signIn(.aiOfficer)

            let empty = try await steward.submit(path + "/denial", [("reason", " ")], session: officer)
            let statusAfterEmpty = try await UseCaseModel.find(useCase.id, on: steward.app.db)?.reviewStatus
            let denied = try await steward.submit(
                path + "/denial", [("reason", "The union and the officer agreed the chatbot is not needed.")], session: officer)
            let page = try await steward.send(.GET, path, session: try await steward.signIn(.worker)).body.string

            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("The use was not denied: give the reason for the denial"))
            #expect(statusAfterEmpty == .inReview)
            #expect(denied.status == .seeOther)
            #expect(try await UseCaseModel.find(useCase.id, on: steward.app.db)?.reviewStatus == .denied)
            #expect(page.contains("Denied"))
            let notice = try await steward.step(.unionNotice, of: useCase)
            #expect(notice.status == .waived)
            #expect(notice.record == "The use was denied: The union and the officer agreed the chatbot is not needed.")
        }
    }
}
