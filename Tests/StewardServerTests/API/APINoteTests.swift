import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: union-private notes")
struct APINoteTests {
    @Test(
        "notes do not exist for management roles and auditors, on tools and use cases",
        arguments: [Role.aiOfficer, .legal, .manager, .auditor])
    func invisible(role: Role) async throws {
        try await withSteward { steward in
            // given: a union representative has written a note on a tool and on one of its use cases
            let rep = try await steward.token(for: .unionRep)
            let toolID = try await steward.toolID(named: "ShiftWise", bearer: rep)
            let useCaseID = try #require(
                try await steward.send(.GET, "/api/v1/tools/\(toolID)/use-cases", bearer: rep).objects().first?["id"])
            let note = #"{"body": "Bargain over the schedules before any pilot."}"#
            #expect(try await steward.sendJSON(.POST, "/api/v1/tools/\(toolID)/notes", note, bearer: rep).status == .created)
            #expect(
                try await steward.sendJSON(.POST, "/api/v1/use-cases/\(useCaseID)/notes", note, bearer: rep).status
                    == .created)
            let token = try await steward.token(for: role)

            // when
            let responses = [
                try await steward.send(.GET, "/api/v1/tools/\(toolID)/notes", bearer: token),
                try await steward.send(.GET, "/api/v1/use-cases/\(useCaseID)/notes", bearer: token),
                try await steward.sendJSON(.POST, "/api/v1/tools/\(toolID)/notes", note, bearer: token),
                try await steward.sendJSON(.POST, "/api/v1/use-cases/\(useCaseID)/notes", note, bearer: token),
            ]

            // then
            for response in responses {
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("Bargain over"))
            }
        }
    }

    @Test("a union representative writes and reads notes on tools and use cases")
    func visibleToUnionRep() async throws {
        try await withSteward { steward in
            let rep = try await steward.token(for: .unionRep)
            let toolID = try await steward.toolID(named: "ShiftWise", bearer: rep)

            let created = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/notes", #"{"body": "Ask for the demand data."}"#, bearer: rep)
            let notes = try await steward.send(.GET, "/api/v1/tools/\(toolID)/notes", bearer: rep)

            #expect(created.status == .created)
            #expect(try notes.objects().map { $0["body"] as? String } == ["Ask for the demand data."])
            #expect(try notes.objects().first?["authorName"] as? String == "Morgan Lee")
        }
    }

    @Test("an empty note is a 422 naming the body")
    func emptyNote() async throws {
        try await withSteward { steward in
            let rep = try await steward.token(for: .unionRep)
            let toolID = try await steward.toolID(named: "ShiftWise", bearer: rep)

            let response = try await steward.sendJSON(.POST, "/api/v1/tools/\(toolID)/notes", #"{"body": "  "}"#, bearer: rep)

            #expect(response.status == .unprocessableEntity)
            #expect(try response.problemFields() == ["body"])
        }
    }
}
