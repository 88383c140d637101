import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Reports of problems with AI tools and grievances about AI, through the pages.
@Suite("Worker voice: reports and grievances")
struct VoicePagesTests {
    @Test("an anonymous report keeps no reporter and only its day; its audit event names no one and waits for the day to end")
    func anonymousReport() async throws {
        try await withSteward { steward in
            let clock = TestClock(TestDatabase.fixedDate)
            steward.use(clock)
            let tool = try await steward.tool(named: "DraftMate")
            let toolID = try tool.requireID()
            let worker = try await steward.signIn(.worker)
            let form = try await steward.send(.GET, "/tools/\(toolID)/reports/new", session: worker)
            #expect(form.body.string.contains("stores no account, no address and no link to your session"))
            let sent = try await steward.submit(
                "/tools/\(toolID)/reports", [("body", "It rewrote my letter and got the member's name wrong."), ("anonymous", "true")],
                session: worker)
            #expect(sent.status == .created)
            #expect(sent.body.string.contains("kept without your name"))
            let report = try #require(
                try await ConcernReportModel.query(on: steward.app.db).filter(\.$tool.$id == toolID).first())
            #expect(report.$reporter.id == nil)
            #expect(report.receivedOn == "2026-11-30")
            #expect(report.audited == false)
            let reportID = try report.requireID().uuidString.lowercased()
            #expect(try await events(about: reportID, steward).isEmpty, "nothing in the trail while the day lasts")

            // Those who read reports see it without a name; a manager does not see it at all.
            let officer = try await steward.signIn(.aiOfficer)
            let page = try await steward.send(.GET, "/reports/\(reportID)", session: officer)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Anonymous") && !page.body.string.contains("Taylor Brooks"))
            let manager = try await steward.signIn(.manager)
            #expect(try await steward.send(.GET, "/reports/\(reportID)", session: manager).status == .forbidden)
            let managerList = try await steward.send(.GET, "/reports", session: manager).body.string
            #expect(managerList.contains("Your reports") && !managerList.contains("member's name"))

            // The next day's first report writes the day's anonymous events: no actor, the day as the only time.
            clock.advance(by: 86_400)
            let rep = try await steward.signIn(.unionRep)
            let named = try await steward.submit(
                "/tools/\(toolID)/reports", [("body", "Members ask whether DraftMate keeps their letters."), ("anonymous", "false")],
                session: rep)
            #expect(named.status == .created && named.body.string.contains("follow it here"))
            let recorded = try await events(about: reportID, steward)
            #expect(recorded.count == 1)
            #expect(recorded.first?.actorName == "anonymous" && recorded.first?.actorID == nil)
            #expect(recorded.first?.summary == "received an anonymous report about DraftMate on 2026-11-30")
            let reloaded = try #require(try await ConcernReportModel.find(report.id, on: steward.app.db))
            #expect(reloaded.audited)
        }
    }

    @Test("signing the trail's heads writes the anonymous reports of days that are over, and no others")
    func anchoringWritesPastAnonymousReports() async throws {
        try await withSteward { steward in
            let clock = TestClock(TestDatabase.fixedDate)
            steward.use(clock)
            let toolID = try await steward.tool(named: "DraftMate").requireID()
            let worker = try await steward.signIn(.worker)
            for text in ["First.", "Second."] {
                let sent = try await steward.submit(
                    "/tools/\(toolID)/reports", [("body", text), ("anonymous", "true")], session: worker)
                #expect(sent.status == .created)
            }
            _ = try await StewardRunner.anchorAuditTrail(in: steward.app)
            let waiting = try await ConcernReportModel.query(on: steward.app.db).filter(\.$audited == false).count()
            #expect(waiting == 2, "the day is not over")
            clock.advance(by: 86_400)
            _ = try await StewardRunner.anchorAuditTrail(in: steward.app)
            #expect(try await ConcernReportModel.query(on: steward.app.db).filter(\.$audited == false).count() == 0)
            let events = try await AuditEventModel.query(on: steward.app.db)
                .filter(\.$summary == "received an anonymous report about DraftMate on 2026-11-30").all()
            #expect(events.count == 2 && events.allSatisfy { $0.actorName == "anonymous" && $0.actorID == nil })
            #expect(try await StewardRunner.verifyAuditTrail(in: steward.app).breaks == [])
        }
    }

    @Test("a named report is its reporter's to follow; bad input comes back with what was written")
    func namedReport() async throws {
        try await withSteward { steward in
            let toolID = try await steward.tool(named: "ShiftWise").requireID()
            let useCase = try await steward.useCase(ofTool: "ShiftWise")
            let worker = try await steward.signIn(.worker)
            let empty = try await steward.submit(
                "/tools/\(toolID)/reports", [("body", "   "), ("anonymous", "false"), ("useCaseID", "\(try useCase.requireID())")],
                session: worker)
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Nothing was sent"))
            let wrongUse = try await steward.submit(
                "/tools/\(toolID)/reports",
                [("body", "Kept text"), ("useCaseID", "\(try await steward.useCase(ofTool: "DraftMate").requireID())")],
                session: worker)
            #expect(wrongUse.status == .unprocessableEntity && wrongUse.body.string.contains("Kept text"))
            let sent = try await steward.submit(
                "/tools/\(toolID)/reports", [("body", "Nights again."), ("useCaseID", "\(try useCase.requireID())")], session: worker)
            #expect(sent.status == .created)
            let report = try #require(
                try await ConcernReportModel.query(on: steward.app.db).filter(\.$body == "Nights again.").first())
            #expect(report.$useCase.id == useCase.id)
            #expect(try await steward.send(.GET, "/reports/\(try report.requireID())", session: worker).status == .ok)
            #expect(try await steward.send(.GET, "/reports", session: worker).body.string.contains("Nights again."))
            #expect(try await events(about: try report.requireID().uuidString.lowercased(), steward).first?.actorName == "worker")

            let committee = try await steward.signIn(.committee)
            let closing = try await steward.submit(
                "/reports/\(try report.requireID())/closure", [("note", "Raised with the scheduling office.")], session: committee)
            #expect(closing.status == .seeOther)
            let closed = try await steward.send(.GET, "/reports/\(try report.requireID())", session: worker).body.string
            #expect(closed.contains("Raised with the scheduling office.") && closed.contains("Closed"))
            let auditor = try await steward.signIn(.auditor)
            #expect(try await steward.submit("/reports/\(try report.requireID())/closure", [("note", "x")], session: auditor).status == .forbidden)
        }
    }

    @Test("a grievance runs through its contract's steps: answers, agreed extensions and abeyance move its deadline, people decide the outcome")
    func grievanceThroughItsSteps() async throws {
        try await withSteward { steward in
            let clock = TestClock(TestDatabase.fixedDate)
            steward.use(clock)
            let report = try await steward.report(ofTool: "MinuteTaker")
            let rep = try await steward.signIn(.unionRep)
            let form = try await steward.send(.GET, "/grievances/new?report=\(try report.requireID())", session: rep)
            #expect(form.body.string.contains("named a colleague"), "the report's text starts the statement")
            let clerical = try #require(
                try await BargainingUnitModel.query(on: steward.app.db).filter(\.$name == "Clerical and Administrative").first())
            let toolID = try await steward.tool(named: "MinuteTaker").requireID()
            var fields = [
                ("title", "Meetings recorded by MinuteTaker"), ("unitID", "\(try clerical.requireID())"), ("toolID", "\(toolID)"),
                ("statement", "MinuteTaker recorded a team meeting; the AI use policy forbids AI recording of meetings."),
                ("remedy", ""), ("reportID", "\(try report.requireID())"),
            ]
            let refused = try await steward.submit("/grievances", fields, session: rep)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("AI recording of meetings"))
            fields[4] = ("remedy", "Stop using MinuteTaker in meetings and delete the summaries.")
            let filed = try await steward.submit("/grievances", fields, session: rep)
            #expect(filed.status == .seeOther)
            let path = try #require(filed.headers.first(name: .location))
            let grievance = try #require(try await GrievanceModel.query(on: steward.app.db).filter(\.$number == 2).first())
            #expect(path == "/grievances/\(try grievance.requireID().uuidString.lowercased())")
            #expect(try await ConcernReportModel.find(report.id, on: steward.app.db)?.status == .grievance)
            // Filed Monday 2026-11-30: ten working days is Monday 2026-12-14.
            #expect(try await page(path, rep, steward).contains("Step 1, immediate supervisor due 2026-12-14 (10 working days left)"))

            let manager = try await steward.signIn(.manager)
            #expect(try await steward.submit(path + "/answer", [("answer", "Denied.")], session: rep).status == .forbidden)
            let answered = try await steward.submit(path + "/answer", [("answer", "The recording was stopped.")], session: manager)
            #expect(answered.status == .seeOther)

            // An extension counts once the other side agrees, never on its proposer's word alone.
            #expect(try await steward.submit(
                path + "/agreements", [("kind", "extension"), ("days", "5"), ("reason", "Waiting for the vendor's logs.")],
                session: rep).status == .seeOther)
            let proposal = try #require(try await TimeAgreementModel.query(on: steward.app.db).filter(\.$reason == "Waiting for the vendor's logs.").first())
            let agreePath = path + "/agreements/\(try proposal.requireID())/agreement"
            #expect(try await page(path, rep, steward).contains("due 2026-12-14"))
            #expect(try await steward.submit(agreePath, [], session: rep).status == .forbidden)
            #expect(try await steward.submit(agreePath, [], session: manager).status == .seeOther)
            #expect(try await page(path, rep, steward).contains("due 2026-12-21"))

            // Held in abeyance until further notice, the clock stops; resumed two days later, it runs again.
            #expect(try await steward.submit(
                path + "/agreements", [("kind", "abeyance"), ("from", "2026-11-30"), ("reason", "Both sides wait for the audit.")],
                session: manager).status == .seeOther)
            let abeyance = try #require(try await TimeAgreementModel.query(on: steward.app.db).filter(\.$kind == "abeyance").first())
            #expect(try await steward.submit(path + "/agreements/\(try abeyance.requireID())/agreement", [], session: rep).status == .seeOther)
            #expect(try await page(path, manager, steward).contains("Held in abeyance since 2026-11-30; 15 working days"))
            clock.advance(by: 2 * 86_400)
            let resumed = try await steward.submit(
                path + "/agreements/\(try abeyance.requireID())/resumption", [("resumeOn", "2026-12-02")], session: rep)
            #expect(resumed.status == .seeOther)
            // Tuesday 2026-12-01 did not count (the filing day never does): fifteen working days now end on 2026-12-22.
            #expect(try await page(path, rep, steward).contains("due 2026-12-22"))

            let committee = try await steward.signIn(.committee)
            #expect(try await page(path, committee, steward).contains("Meetings recorded by MinuteTaker"))
            #expect(try await steward.submit(path + "/meeting", [], session: committee).status == .forbidden)
            #expect(try await steward.send(.GET, path, session: try await steward.signIn(.worker)).status == .forbidden)

            #expect(try await steward.submit(path + "/advance", [], session: rep).status == .seeOther)
            #expect(try await page(path, rep, steward).contains("Step 2, department head due"))
            let withdrawn = try await steward.submit(path + "/outcome", [("outcome", "withdrawn"), ("note", "x")], session: manager)
            #expect(withdrawn.status == .forbidden, "the union withdraws its own grievance")
            let granted = try await steward.submit(
                path + "/outcome", [("outcome", "granted"), ("note", "MinuteTaker is off; the summaries are deleted.")], session: manager)
            #expect(granted.status == .seeOther)
            let closed = try await page(path, rep, steward)
            #expect(closed.contains("Granted on 2026-12-02") && !closed.contains("Record the outcome"))
            #expect(try await steward.submit(path + "/meeting", [], session: rep).status == .conflict)
        }
    }

    @Test("the grievance list drawn for the union within a second is not what a manager gets: no link to file one")
    func grievanceListByAccess() async throws {
        try await withSteward { steward in
            // Signing in is a change, which forgets what was drawn: both sign in first.
            let rep = try await steward.signIn(.unionRep)
            let manager = try await steward.signIn(.manager)

            let repList = try await steward.send(.GET, "/grievances", session: rep).body.string
            let managerList = try await steward.send(.GET, "/grievances", session: manager).body.string

            #expect(repList.contains("File a grievance"))
            #expect(!managerList.contains("File a grievance"), "management files no grievance")
            #expect(managerList.contains("G-1"), "both read the grievances")
        }
    }

    @Test("the union's grievance strategy and anonymous reporters never reach management, auditors or the committee")
    func privacyCrawl() async throws {
        try await withSteward { steward in
            let grievance = try await steward.grievance(numbered: 1)
            let reports = try await ConcernReportModel.query(on: steward.app.db).all()
            let paths = ["/grievances", "/grievances/\(try grievance.requireID())", "/reports", "/audit", "/due"]
                + (try reports.map { "/reports/\(try $0.requireID())" })
            // The union's notes on a committee meeting and an information request stay as private as its strategy.
            let rep = try await steward.signIn(.unionRep)
            let meeting = "/committee/meetings/\(try await steward.committeeAction().$meeting.id.uuidString.lowercased())"
            let request = "/information-requests/\(try await steward.informationRequestItem().$request.id.uuidString.lowercased())"
            for path in [meeting, request] {
                let noted = try await steward.submit(path + "/notes", [("body", "Union eyes only: press on the rota logs.")], session: rep)
                #expect(noted.status == .seeOther, "\(path)")
            }
            for role in Role.allCases {
                let session = try await steward.signIn(role)
                for path in [meeting, request] {
                    let html = try await steward.send(.GET, path, session: session).body.string
                    #expect(html.contains("Union eyes only") == (role == .unionRep), "\(path) as \(role)")
                }
            }
            let strategy = "review log"
            for role in Role.allCases {
                let session = try await steward.signIn(role)
                for path in paths {
                    let html = try await steward.send(.GET, path, session: session).body.string
                    if role == .unionRep {
                        #expect(html.contains(strategy) == (path == paths[1]), "\(path) as \(role)")
                    } else {
                        #expect(!html.contains(strategy), "\(path) as \(role)")
                    }
                }
            }
            #expect(try await page("/grievances/\(try grievance.requireID())", rep, steward).contains("due 2026-12-16 (16 calendar days left)"))
            // Both sides see the next deadline on "What's due"; those who only read grievances do not have them there.
            for role in [Role.unionRep, .manager, .aiOfficer, .committee] {
                let due = try await page("/due", try await steward.signIn(role), steward)
                #expect(due.contains("Grievance deadlines") == (role != .committee), "\(role)")
                #expect(due.contains("Formal written grievance due 2026-12-16") == (role != .committee), "\(role)")
            }
            // The demo's anonymous report names no one to anybody who reads it.
            let anonymous = try await steward.report(ofTool: "MinuteTaker")
            let officer = try await steward.signIn(.aiOfficer)
            let html = try await page("/reports/\(try anonymous.requireID())", officer, steward)
            #expect(html.contains("<dt>From</dt><dd>Anonymous</dd>"))
        }
    }

    private func page(_ path: String, _ session: BrowserSession, _ steward: StewardHarness) async throws -> String {
        let reply = try await steward.send(.GET, path, session: session)
        #expect(reply.status == .ok, "\(path)")
        return reply.body.string
    }

    private func events(about id: String, _ steward: StewardHarness) async throws -> [AuditEventModel] {
        try await AuditEventModel.query(on: steward.app.db).filter(\.$objectID == id).all()
    }
}

/// Information requests to the employer through the pages.
@Suite("Information requests")
struct InformationRequestPagesTests {
    @Test("the union asks, due on the contract's calendar; the employer answers item by item; the union follows up and closes")
    func askAnswerFollowUp() async throws {
        try await withSteward { steward in
            let rep = try await steward.signIn(.unionRep)
            let clerical = try #require(
                try await BargainingUnitModel.query(on: steward.app.db).filter(\.$name == "Clerical and Administrative").first())
            var fields = [("title", "DraftMate prompts"), ("unitID", "\(try clerical.requireID())"), ("days", "10"),
                          ("text0", "The prompts DraftMate was given in November."), ("relevance0", "")]
            let refused = try await steward.submit("/information-requests", fields, session: rep)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("say why the union needs it"))
            fields[4] = ("relevance0", "To see whether member data went into them.")
            fields.append(("text1", "The vendor's data retention terms."))
            fields.append(("relevance1", "The contract limits what vendors keep."))
            let asked = try await steward.submit("/information-requests", fields, session: rep)
            #expect(asked.status == .seeOther)
            let path = try #require(asked.headers.first(name: .location))
            // Ten working days after Monday 2026-11-30 on the clerical contract: Monday 2026-12-14.
            let page = try await steward.send(.GET, path, session: rep).body.string
            #expect(page.contains("IR-2") && page.contains("0 of 2 items answered; due 2026-12-14"))

            let made = try #require(try await InformationRequestModel.query(on: steward.app.db).filter(\.$number == 2).with(\.$items).first())
            let item = try #require(made.items.first { $0.position == 0 })
            let manager = try await steward.signIn(.manager)
            let answerPath = path + "/items/\(try item.requireID())/answer"
            #expect(try await steward.submit(answerPath, [("answer", "x")], session: rep).status == .forbidden)
            #expect(try await steward.submit(answerPath, [("answer", "The November prompts are attached.")], session: manager).status == .seeOther)
            #expect(try await steward.send(.GET, path, session: rep).body.string.contains("1 of 2 items answered"))

            let followed = try await steward.submit(path + "/follow-ups", [("followUp", "Item 2 is still missing."), ("days", "5")], session: rep)
            #expect(followed.status == .seeOther)
            #expect(try await steward.send(.GET, path, session: rep).body.string.contains("due 2026-12-07"))
            #expect(try await steward.submit(path + "/closure", [], session: manager).status == .forbidden)
            #expect(try await steward.submit(path + "/closure", [], session: rep).status == .seeOther)
            #expect(try await steward.submit(answerPath, [("answer", "Late.")], session: manager).status == .conflict)
            #expect(try await steward.send(.GET, path, session: try await steward.signIn(.worker)).status == .forbidden)
        }
    }
}
