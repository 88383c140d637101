import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Reports and grievances through the JSON API.
@Suite("API: reports and grievances")
struct APIVoiceTests {
    @Test("a report is made by name or anonymously; readers see it, a worker sees only their own named reports")
    func reports() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: worker)
            let anonymous = try await steward.sendJSON(
                .POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": "It invented a clause.", "anonymous": true}"#,
                bearer: worker)
            #expect(anonymous.status == .created)
            let kept = try anonymous.object()
            #expect(kept["anonymous"] as? Bool == true && kept["reporter"] == nil && kept["receivedOn"] as? String == "2026-11-30")
            let named = try await steward.sendJSON(
                .POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": "It keeps my drafts?"}"#, bearer: worker)
            #expect(try named.object()["reporter"] as? String == "worker")
            let bad = try await steward.sendJSON(
                .POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": " ", "useCaseID": "not-an-id"}"#, bearer: worker)
            #expect(try Set(bad.problemFields()) == ["useCaseID"])
            let empty = try await steward.sendJSON(.POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": " "}"#, bearer: worker)
            #expect(try empty.problemFields() == ["body"])

            let own = try await steward.send(.GET, "/api/v1/reports", bearer: worker).objects()
            let bodies = own.compactMap { $0["body"] as? String }
            #expect(bodies.contains("It keeps my drafts?") && !bodies.contains("It invented a clause."))
            #expect(own.allSatisfy { $0["reporter"] as? String == "worker" }, "the demo's named report is the worker's too")
            let anonymousID = try #require(kept["id"] as? String)
            #expect(try await steward.send(.GET, "/api/v1/reports/\(anonymousID)", bearer: worker).status == .forbidden)
            let manager = try await steward.token(for: .manager)
            #expect(try await steward.send(.GET, "/api/v1/reports/\(anonymousID)", bearer: manager).status == .forbidden)

            let officer = try await steward.token(for: .aiOfficer)
            let all = try await steward.send(.GET, "/api/v1/reports", bearer: officer).objects()
            #expect(all.count == 4, "the demo's two and these two")
            let closed = try await steward.sendJSON(
                .POST, "/api/v1/reports/\(anonymousID)/closure", #"{"note": "Checked with the vendor."}"#, bearer: officer)
            #expect(try closed.object()["status"] as? String == "closed")
            let again = try await steward.sendJSON(
                .POST, "/api/v1/reports/\(anonymousID)/closure", #"{"note": "Again."}"#, bearer: officer)
            #expect(again.status == .conflict)
        }
    }

    @Test("everyone's reports are answered once for readers of the same access; a worker's own list is theirs alone")
    func reportListsShared() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            let otherWorker = try await steward.token(
                username: try #require(DemoOrganization.moreWorkers.first).username)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: worker)
            let made = try await steward.sendJSON(
                .POST, "/api/v1/reports", #"{"toolID": "\#(toolID)", "body": "It rewrote my leave request."}"#,
                bearer: worker)
            #expect(made.status == .created)

            // when: each reads the list within the same second, the worker before the other worker
            let all = try await steward.send(.GET, "/api/v1/reports", bearer: officer).objects()
            let own = try await steward.send(.GET, "/api/v1/reports", bearer: worker).objects()
            let others = try await steward.send(.GET, "/api/v1/reports", bearer: otherWorker).objects()

            // then
            let body = "It rewrote my leave request."
            #expect(all.contains { $0["body"] as? String == body })
            #expect(own.contains { $0["body"] as? String == body })
            #expect(!others.contains { $0["body"] as? String == body }, "another worker never gets a worker's list")
        }
    }

    @Test("a grievance is filed, answered, given agreed time and closed through the API; its notes are the union's")
    func grievance() async throws {
        try await withSteward { steward in
            let rep = try await steward.token(for: .unionRep)
            let manager = try await steward.token(for: .manager)
            let units = try await steward.send(.GET, "/api/v1/units", bearer: rep).objects()
            let clerical = try #require(units.first { $0["name"] as? String == "Clerical and Administrative" }?["id"] as? String)
            let refused = try await steward.sendJSON(
                .POST, "/api/v1/grievances", #"{"title": "", "statement": "s", "remedy": "r", "unitID": "\#(clerical)", "filedOn": "2027-01-01"}"#,
                bearer: rep)
            #expect(try Set(refused.problemFields()) == ["title", "filedOn"])
            let filed = try await steward.sendJSON(
                .POST, "/api/v1/grievances",
                #"{"title": "Monitoring by keystroke counts", "statement": "Article 9.", "remedy": "Stop it.", "unitID": "\#(clerical)"}"#,
                bearer: rep)
            #expect(filed.status == .created)
            let grievance = try filed.object()
            let id = try #require(grievance["id"] as? String)
            #expect(grievance["reference"] as? String == "G-2")
            #expect((grievance["deadline"] as? JSONObject)?["due"] as? String == "2026-12-14")
            #expect(try await steward.sendJSON(.POST, "/api/v1/grievances", "{}", bearer: manager).status == .forbidden)

            let answered = try await steward.sendJSON(
                .POST, "/api/v1/grievances/\(id)/answer", #"{"answer": "No monitoring takes place."}"#, bearer: manager)
            #expect(((try answered.object()["steps"] as? [JSONObject])?.first)?["answeredBy"] as? String == "manager")
            let proposed = try await steward.sendJSON(
                .POST, "/api/v1/grievances/\(id)/agreements", #"{"kind": "extension", "days": 5, "reason": "Vendor logs."}"#,
                bearer: manager)
            let agreement = try #require((try proposed.object()["agreements"] as? [JSONObject])?.first)
            #expect(agreement["proposedSide"] as? String == "management" && agreement["agreedBy"] == nil)
            let agreementID = try #require(agreement["id"] as? String)
            let own = try await steward.sendJSON(.POST, "/api/v1/grievances/\(id)/agreements/\(agreementID)/agreement", "{}", bearer: manager)
            #expect(own.status == .forbidden)
            let agreed = try await steward.sendJSON(.POST, "/api/v1/grievances/\(id)/agreements/\(agreementID)/agreement", "{}", bearer: rep)
            #expect((try agreed.object()["deadline"] as? JSONObject)?["due"] as? String == "2026-12-21")
            let badKind = try await steward.sendJSON(
                .POST, "/api/v1/grievances/\(id)/agreements", #"{"kind": "abeyance", "from": "2026-12-05", "reason": "r"}"#, bearer: rep)
            #expect(try badKind.problemFields() == ["from"])

            let note = try await steward.sendJSON(.POST, "/api/v1/grievances/\(id)/notes", #"{"body": "Ask for the logs."}"#, bearer: rep)
            #expect(note.status == .created)
            #expect(try await steward.send(.GET, "/api/v1/grievances/\(id)/notes", bearer: rep).objects().count == 1)
            #expect(try await steward.send(.GET, "/api/v1/grievances/\(id)/notes", bearer: manager).status == .notFound)

            let advanced = try await steward.sendJSON(.POST, "/api/v1/grievances/\(id)/advance", "{}", bearer: rep)
            #expect((try advanced.object()["steps"] as? [JSONObject])?.count == 2)
            let settled = try await steward.sendJSON(
                .POST, "/api/v1/grievances/\(id)/outcome", #"{"outcome": "settled", "note": "Monitoring switched off."}"#, bearer: rep)
            let closed = try settled.object()
            #expect(closed["status"] as? String == "closed" && closed["outcome"] as? String == "settled" && closed["deadline"] == nil)
            let list = try await steward.send(.GET, "/api/v1/grievances", bearer: try await steward.token(for: .committee)).objects()
            #expect(list.map { $0["reference"] as? String } == ["G-2", "G-1"])
            #expect(try await steward.send(.GET, "/api/v1/grievances", bearer: try await steward.token(for: .worker)).status == .forbidden)
        }
    }

    @Test("the joint committee's meetings, minutes, decisions and action items through the API")
    func committee() async throws {
        try await withSteward { steward in
            let committee = try await steward.token(for: .committee)
            let worker = try await steward.token(for: .worker)
            #expect(try await steward.sendJSON(.POST, "/api/v1/committee/meetings", #"{"heldOn": "2026-11-30"}"#, bearer: worker).status == .forbidden)
            let bad = try await steward.sendJSON(.POST, "/api/v1/committee/meetings", #"{"heldOn": "soon"}"#, bearer: committee)
            #expect(try bad.problemFields() == ["heldOn"])
            let made = try await steward.sendJSON(
                .POST, "/api/v1/committee/meetings", #"{"heldOn": "2026-11-30", "items": ["Training plan"]}"#, bearer: committee)
            #expect(made.status == .created)
            let id = try #require(try made.object()["id"] as? String)
            #expect(try made.object()["agenda"] as? [String] == ["Training plan"])
            _ = try await steward.sendJSON(.PUT, "/api/v1/committee/meetings/\(id)/minutes", #"{"minutes": "Agreed the plan."}"#, bearer: committee)
            _ = try await steward.sendJSON(.POST, "/api/v1/committee/meetings/\(id)/decisions", #"{"decision": "Train every unit."}"#, bearer: committee)
            let assigned = try await steward.sendJSON(
                .POST, "/api/v1/committee/meetings/\(id)/actions", #"{"action": "Book the rooms", "owner": "manager", "dueOn": "2026-12-10"}"#,
                bearer: committee)
            let meeting = try assigned.object()
            #expect(meeting["minutes"] as? String == "Agreed the plan.")
            #expect((meeting["decisions"] as? [JSONObject])?.first?["text"] as? String == "Train every unit.")
            #expect((meeting["actions"] as? [JSONObject])?.first?["owner"] as? String == "manager")
            let all = try await steward.send(.GET, "/api/v1/committee/meetings", bearer: worker).objects()
            #expect(all.count == 4 && all.contains { $0["id"] as? String == id }, "the demo's three and this one")
            #expect(all.first?["heldOn"] as? String == "2026-12-14", "the latest day first: the demo's next meeting")
        }
    }
}
