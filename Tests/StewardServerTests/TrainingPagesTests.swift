import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Training on screen: a tool's courses, a course's completions, recording one and importing a file of them.
@Suite("Training pages")
struct TrainingPagesTests {
    /// Posts a file as a browser's file field does, with the session's CSRF token.
    static func upload(
        _ steward: StewardHarness, _ path: String, csv: String, session: BrowserSession
    ) async throws -> HTTPReply {
        try await steward.submitMultipart(path, [], file: ("completions.csv", "text/csv", csv), session: session)
    }

    @Test("the officer sets up a course; a bad one is refused with each field's problem and the input kept")
    func setUpCourse() async throws {
        try await withSteward { steward in
            let tool = try await steward.tool(named: "Ask Riverside")
            let path = "/tools/\(try tool.requireID())/training"
            let officer = try await steward.signIn(.aiOfficer)

            let bad = try await steward.submit(
                path, [("title", "Answering residents"), ("audience", "all"), ("validForMonths", "0")], session: officer)
            let good = try await steward.submit(
                path, [("title", "Answering residents"), ("audience", "everyone"), ("validForMonths", "12")],
                session: officer)
            let list = try await steward.send(.GET, path, session: officer)

            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("choose everyone or supervisors"))
            #expect(bad.body.string.contains("give a whole number of months from 1 to 120"))
            #expect(bad.body.string.contains(#"value="Answering residents""#))
            #expect(good.status == .seeOther)
            #expect(good.headers.first(name: .location)?.hasPrefix("/training/") == true)
            #expect(list.body.string.contains("Answering residents"))
            #expect(list.body.string.contains("renewed every 12 months"))
        }
    }

    @Test("a manager records a completion; an unknown person or a day after today is refused by field")
    func recordCompletion() async throws {
        try await withSteward { steward in
            let course = try await steward.course(ofTool: "DraftMate")
            let path = "/training/\(try course.requireID())"
            let manager = try await steward.signIn(.manager)

            let unknown = try await steward.submit(
                path + "/records", [("username", "nobody"), ("completedOn", "2026-11-02")], session: manager)
            let future = try await steward.submit(
                path + "/records", [("username", "legal"), ("completedOn", "2026-12-01")], session: manager)
            let done = try await steward.submit(
                path + "/records", [("username", "legal"), ("completedOn", "2026-11-02")], session: manager)
            let page = try await steward.send(.GET, path, session: manager)

            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("no person has the username `nobody`"))
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("2026-12-01 is after today (2026-11-30)"))
            #expect(done.status == .seeOther)
            #expect(page.body.string.contains("Jordan Blake"))
            #expect(page.body.string.contains("2027-11-01"), "a year's course counts through the day before")
        }
    }

    @Test("an import with problems names each line and column and keeps nothing; a good file adds what is new")
    func importFile() async throws {
        try await withSteward { steward in
            let course = try await steward.course(ofTool: "DraftMate")
            let path = "/training/\(try course.requireID())"
            let officer = try await steward.signIn(.aiOfficer)
            let before = try await TrainingRecordModel.query(on: steward.app.db).count()

            let bad = try await Self.upload(
                steward, path + "/import", csv: "name,username,completed\nJ B,legal,2026-11-02\nX,nobody,2026-11-03\nA,auditor,11/03/2026\n",
                session: officer)
            let afterBad = try await TrainingRecordModel.query(on: steward.app.db).count()
            let good = try await Self.upload(
                steward, path + "/import", csv: "username,completed\r\nlegal,2026-11-02\r\nauditor,2026-11-03\r\nworker,"
                    + LocalDay(TestDatabase.fixedDate, in: .gmt).adding(days: -40).description + "\r\n",
                session: officer)

            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("line 3, column 2: no person has the username `nobody`"))
            #expect(bad.body.string.contains("line 4, column 3: `completed` is `11/03/2026`"))
            #expect(afterBad == before)
            #expect(good.status == .ok)
            #expect(good.body.string.contains("Imported 2 completions; 1 were already on record."))
            #expect(try await TrainingRecordModel.query(on: steward.app.db).count() == before + 2)
        }
    }

    @Test("a file larger than a form but within the import's limit is taken whole")
    func largeImport() async throws {
        try await withSteward { steward in
            let course = try await steward.course(ofTool: "CaseNote Summarizer")
            let officer = try await steward.signIn(.aiOfficer)
            let today = LocalDay(TestDatabase.fixedDate, in: .gmt)
            let lines = (1...20_000).map { "worker,\(today.adding(days: -$0))" }
            let csv = "username,completed\n" + lines.joined(separator: "\n")
            #expect(csv.utf8.count > 256 * 1024)

            let reply = try await Self.upload(steward, "/training/\(try course.requireID())/import", csv: csv, session: officer)

            #expect(reply.status == .ok, "\(reply.body.string.prefix(300))")
            #expect(reply.body.string.contains("Imported 20000 completions"))
        }
    }

    @Test("a worker sees their own standing and completions, not others'; the forms are for trainers only")
    func workerSeesOwn() async throws {
        try await withSteward { steward in
            let tool = try await steward.tool(named: "DraftMate")
            let course = try await steward.course(ofTool: "DraftMate")
            let worker = try await steward.signIn(.worker)
            let rep = try await steward.signIn(.unionRep)

            let standing = try await steward.send(.GET, "/tools/\(try tool.requireID())/training", session: worker)
            let own = try await steward.send(.GET, "/training/\(try course.requireID())", session: worker)
            let union = try await steward.send(.GET, "/training/\(try course.requireID())", session: rep)
            let repStanding = try await steward.send(.GET, "/tools/\(try tool.requireID())/training", session: rep)

            #expect(standing.body.string.contains("You have completed the training this tool requires."))
            #expect(!standing.body.string.contains("Set up a course"))
            #expect(own.body.string.contains("Your completions"))
            #expect(own.body.string.contains("Taylor Brooks"))
            #expect(!own.body.string.contains("Casey Nguyen"))
            #expect(!own.body.string.contains("Record a completion"))
            #expect(union.body.string.contains("Casey Nguyen"))
            #expect(union.body.string.contains("expired"), "the representative's course ran out after a year")
            #expect(repStanding.body.string.contains("has expired and must be taken again"))
        }
    }
}
