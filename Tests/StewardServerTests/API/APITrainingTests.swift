import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Training through the API: courses, completions a page at a time, and CSV imports.
@Suite("API: training")
struct APITrainingTests {
    @Test("a manager sets up a course; a worker may not; a bad one names its fields")
    func courses() async throws {
        try await withSteward { steward in
            let manager = try await steward.token(for: .manager)
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "Ask Riverside", bearer: manager)
            let path = "/api/v1/tools/\(toolID)/training-courses"

            let created = try await steward.sendJSON(
                .POST, path, #"{"title": "Answering residents", "audience": "supervisors", "validForMonths": 24}"#,
                bearer: manager)
            let refused = try await steward.sendJSON(.POST, path, #"{"title": "Mine", "audience": "everyone"}"#, bearer: worker)
            let bad = try await steward.sendJSON(
                .POST, path, #"{"title": " ", "audience": "everyone", "validForMonths": 0}"#, bearer: manager)
            let list = try await steward.send(.GET, path, bearer: worker).objects()

            #expect(created.status == .created)
            #expect(try created.object()["validForMonths"] as? Int == 24)
            #expect(refused.status == .forbidden)
            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.problemFields() == ["title", "validForMonths"])
            #expect(list.map { $0["title"] as? String } == ["Answering residents"])
        }
    }

    @Test("completions page with a Link header; a worker lists only their own")
    func records() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            let course = try await steward.course(ofTool: "DraftMate")
            let path = "/api/v1/training-courses/\(try course.requireID())/records"

            let recorded = try await steward.sendJSON(.POST, path, #"{"username": "legal", "completedOn": "2026-11-02"}"#, bearer: officer)
            let again = try await steward.sendJSON(.POST, path, #"{"username": "legal", "completedOn": "2026-11-02"}"#, bearer: officer)
            let first = try await steward.send(.GET, path + "?limit=2", bearer: officer)
            let next = try #require(first.headers.first(name: "Link")?.split(separator: "<").last?.split(separator: ">").first)
            let second = try await steward.send(.GET, String(next), bearer: officer)
            let own = try await steward.send(.GET, path, bearer: worker).objects()

            #expect(recorded.status == .created)
            #expect(try recorded.object()["validUntil"] as? String == "2027-11-01")
            #expect(try again.object()["id"] as? String == (try recorded.object()["id"] as? String))
            let names = try first.objects().map { $0["personName"] as? String } + second.objects().map { $0["personName"] as? String }
            #expect(names == ["Jordan Blake", "Taylor Brooks", "Casey Nguyen", "Amara Banda"])
            #expect(own.map { $0["personName"] as? String } == ["Taylor Brooks"])
        }
    }

    @Test("a CSV import names each problem's line and column and keeps nothing; a good one counts what it added")
    func importCSV() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let course = try await steward.course(ofTool: "DraftMate")
            let path = "/api/v1/training-courses/\(try course.requireID())/records/import"
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "text/csv")
            func post(_ csv: String) async throws -> HTTPReply {
                try await steward.send(.POST, path, headers: headers, body: ByteBuffer(string: csv), bearer: officer)
            }

            let bad = try await post("username,completed\nlegal,2026-11-31\nnobody,2026-11-01\n")
            let good = try await post("username,completed\nlegal,2026-11-02\nauditor,2026-11-03\n")
            let again = try await post("username,completed\nlegal,2026-11-02\n")
            let huge = try await post("username,completed\n" + String(repeating: "legal,2026-11-02\n", count: 500_000))

            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.problemFields() == ["line 2, column 2", "line 3, column 1"])
            #expect(try good.object()["imported"] as? Int == 2)
            #expect(try again.object()["imported"] as? Int == 0)
            #expect(try again.object()["alreadyRecorded"] as? Int == 1)
            #expect(huge.status == .payloadTooLarge)
        }
    }
}
