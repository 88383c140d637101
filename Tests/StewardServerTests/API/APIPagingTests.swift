import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Every list of the API pages one way: `?limit=&after=`, a `Link` header to the next page, the body a plain array.
@Suite("API: every list pages one way")
struct APIPagingTests {
    @Test("page by page, each list gives the same items in the same order as in one page, ties included")
    func walksMatchWholeLists() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let rep = try await steward.token(for: .unionRep)
            let committee = try await steward.token(for: .committee)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: officer)
            // Reports, meetings, notes and uses of the same day, instant or title: only the id tells their order.
            for body in ["It invented a clause.", "It keeps my drafts?", "It wrote in the wrong language."] {
                let made = try await steward.sendJSON(
                    .POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": "\#(body)"}"#, bearer: rep)
                #expect(made.status == .created)
            }
            for day in ["2026-11-30", "2026-11-30", "2027-03-01"] {
                let made = try await steward.sendJSON(
                    .POST, "/api/v1/committee/meetings", #"{"heldOn": "\#(day)"}"#, bearer: committee)
                #expect(made.status == .created)
            }
            let unitID = try await steward.unitID(bearer: rep)
            for title in ["Keystroke counts", "Camera scoring"] {
                let filed = try await steward.sendJSON(
                    .POST, "/api/v1/grievances",
                    #"{"title": "\#(title)", "statement": "Article 9.", "remedy": "Stop it.", "unitID": "\#(unitID)"}"#,
                    bearer: rep)
                #expect(filed.status == .created)
            }
            for body in ["Ask for the demand data.", "Bargain first.", "Check the pilot."] {
                let made = try await steward.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/notes", #"{"body": "\#(body)"}"#, bearer: rep)
                #expect(made.status == .created)
            }
            let grievanceID = try #require(
                try await steward.send(.GET, "/api/v1/grievances", bearer: rep).objects().first?["id"] as? String)
            for body in ["Ask for the logs.", "Witnesses: two clerks."] {
                _ = try await steward.sendJSON(
                    .POST, "/api/v1/grievances/\(grievanceID)/notes", #"{"body": "\#(body)"}"#, bearer: rep)
            }
            for _ in 0..<2 {  // two uses of one title
                let made = try await steward.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/use-cases", APIUseCaseTests.draft(unitID: unitID), bearer: rep)
                #expect(made.status == .created)
            }
            let useCaseID = try #require(
                try await steward.send(.GET, "/api/v1/tools/\(toolID)/use-cases", bearer: rep).objects().first?["id"]
                    as? String)
            for body in ["Who reads the drafts?", "Ask the clerks."] {
                _ = try await steward.sendJSON(
                    .POST, "/api/v1/use-cases/\(useCaseID)/notes", #"{"body": "\#(body)"}"#, bearer: rep)
            }
            for label in ["laptop", "phone"] {
                let made = try await steward.sendJSON(
                    .POST, "/api/v1/gateway-keys", #"{"label": "\#(label)"}"#, bearer: rep)
                #expect(made.status == .created)
                let issued = try await steward.sendJSON(
                    .POST, "/api/v1/tokens",
                    #"{"username": "officer", "password": "steward-demo", "label": "\#(label)"}"#)
                #expect(issued.status == .created)
            }
            let manager = try await steward.token(for: .manager)
            for title in ["Drafting with care", "Checking drafts"] {
                let made = try await steward.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/training-courses",
                    #"{"title": "\#(title)", "audience": "everyone", "validForMonths": 12}"#, bearer: manager)
                #expect(made.status == .created)
            }
            let lists: [(path: String, bearer: String)] = [
                ("/api/v1/reports", officer), ("/api/v1/reports", rep), ("/api/v1/grievances", rep),
                ("/api/v1/committee/meetings", officer), ("/api/v1/tools/\(toolID)/notes", rep),
                ("/api/v1/use-cases/\(useCaseID)/notes", rep), ("/api/v1/grievances/\(grievanceID)/notes", rep),
                ("/api/v1/tools/\(toolID)/transitions", officer), ("/api/v1/tools/\(toolID)/use-cases", officer),
                ("/api/v1/units", rep), ("/api/v1/contracts", officer), ("/api/v1/tokens", officer),
                ("/api/v1/gateway-keys", rep), ("/api/v1/packs", officer),
                ("/api/v1/tools/\(toolID)/training-courses", officer),
            ]
            for (path, bearer) in lists {
                let whole = try await steward.send(.GET, path + "?limit=500", bearer: bearer)
                #expect(whole.status == .ok && whole.headers.first(name: "Link") == nil, "\(path): one page, no next")
                let ids = try whole.objects().compactMap { $0["id"] as? String }
                #expect(ids.count >= 2, "\(path): enough items to page")
                let walked = try await steward.walkPages(from: path + "?limit=1", bearer: bearer)
                #expect(walked.allSatisfy { $0.status == .ok }, "\(path)")
                #expect(
                    try walked.flatMap { try $0.objects().compactMap { $0["id"] as? String } } == ids,
                    "\(path): page by page, the same items in order")
                #expect(walked.count == ids.count, "\(path): one item a page, and no empty page at the end")
            }
        }
    }

    @Test("a cursor from another list, another person or nowhere is a 400 that names the parameter")
    func foreignCursorsAreRefused() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            let rep = try await steward.token(for: .unionRep)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: officer)
            let officers = try await steward.sendJSON(
                .POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": "Slow answers."}"#, bearer: officer)
            let officersReport = try #require(try officers.object()["id"] as? String)
            let note = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/notes", #"{"body": "Bargain first."}"#, bearer: rep)
            let noteID = try #require(try note.object()["id"] as? String)
            let otherTool = try await steward.toolID(named: "ShiftWise", bearer: officer)
            let repsKey = try await steward.sendJSON(
                .POST, "/api/v1/gateway-keys", #"{"label": "laptop"}"#, bearer: rep)
            let repsKeyID = try #require(try repsKey.object()["id"] as? String)

            let refusals = [
                // The officer's report is no cursor of the worker's own list: it would tell that it exists.
                try await steward.send(.GET, "/api/v1/reports?after=\(officersReport)", bearer: worker),
                try await steward.send(.GET, "/api/v1/reports?after=\(UUID().uuidString)", bearer: officer),
                try await steward.send(.GET, "/api/v1/grievances?after=G-1", bearer: rep),
                try await steward.send(.GET, "/api/v1/committee/meetings?limit=0", bearer: officer),
                try await steward.send(.GET, "/api/v1/tools/\(otherTool)/notes?after=\(noteID)", bearer: rep),
                try await steward.send(.GET, "/api/v1/tools/\(toolID)/use-cases?after=\(noteID)", bearer: officer),
                try await steward.send(.GET, "/api/v1/tools/\(toolID)/transitions?after=x", bearer: officer),
                // Another person's key is no cursor of one's own keys.
                try await steward.send(.GET, "/api/v1/gateway-keys?after=\(repsKeyID)", bearer: officer),
            ]
            for reply in refusals {
                #expect(reply.status == .badRequest)
                let text = reply.body.string
                #expect(text.contains("`after`") || text.contains("`limit`"), "\(text)")
            }
            // For anyone who may not read the union's notes they do not exist, cursor or not.
            let hidden = try await steward.send(.GET, "/api/v1/tools/\(toolID)/notes?after=\(noteID)", bearer: officer)
            #expect(hidden.status == .notFound && !hidden.body.string.contains(noteID))
        }
    }

    @Test("the reports and grievances pages show a page at a time with a link to the older ones")
    func pagesLinkToOlderItems() async throws {
        try await withSteward { steward in
            let rep = try await steward.signIn(.unionRep)
            let page = try await steward.send(.GET, "/reports?limit=1", session: rep)
            #expect(page.status == .ok)
            let html = page.body.string
            let next = try #require(html.firstMatch(of: /href="(\/reports\?[^"]*after=[^"]+)" rel="next"/)?.output.1)
            let nextPath = String(next).replacingOccurrences(of: "&amp;", with: "&")
            let older = try await steward.send(.GET, nextPath, session: rep)
            #expect(older.status == .ok)
            #expect(older.body.string != html, "the next page shows other reports")
            // A second grievance, so that the first is on the older page.
            let token = try await steward.token(for: .unionRep)
            let unitID = try await steward.unitID(bearer: token)
            let filed = try await steward.sendJSON(
                .POST, "/api/v1/grievances",
                #"{"title": "Camera scoring", "statement": "Article 9.", "remedy": "Stop it.", "unitID": "\#(unitID)"}"#,
                bearer: token)
            #expect(filed.status == .created)
            let grievances = try await steward.send(.GET, "/grievances?limit=1", session: rep)
            #expect(grievances.status == .ok)
            let newest = grievances.body.string
            #expect(newest.contains(">G-2</a>") && !newest.contains(">G-1</a>"), "newest first, one a page")
            let olderLink = try #require(
                newest.firstMatch(of: /href="(\/grievances\?[^"]*after=2)" rel="next">Older grievances</)?.output.1)
            let olderGrievances = try await steward.send(
                .GET, String(olderLink).replacingOccurrences(of: "&amp;", with: "&"), session: rep)
            #expect(olderGrievances.body.string.contains(">G-1</a>"))
            let bad = try await steward.send(.GET, "/grievances?limit=many", session: rep)
            #expect(bad.status == .badRequest)
        }
    }
}
