import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("Public inventory page and CSV")
struct InventoryPageTests {
    @Test("anyone sees the tools in pilot or approved, and no others")
    func listsToolsInUse() async throws {
        try await withSteward { steward in
            let response = try await steward.send(.GET, "/inventory")

            #expect(response.status == .ok)
            let html = response.body.string
            for name in ["DraftMate", "CaseNote Summarizer", "Ask Riverside"] { #expect(html.contains(name)) }
            for name in ["MinuteTaker", "TalentSort", "ShiftWise", "LinguaDesk", "FormFlow"] { #expect(!html.contains(name)) }
            #expect(html.contains("A person reviews its output"))
        }
    }

    @Test("the public's page is drawn once for readers in a row, and a change shows on it at once")
    func publicPageRemembered() async throws {
        let log = QueryLog()
        // Remembered values outlive the test, so that a slow moment of the machine between the two readers does
        // not make the second draw the page again.
        try await withSteward(routes: { app in
            log.attach(to: app)
            app.useServerCaches(lifetime: .seconds(600))
        }) { steward in
            let (replies, counts) = try await log.twoInARow { headers, _ in
                try await steward.send(.GET, "/inventory", headers: headers)
            }
            #expect(replies.allSatisfy { $0.body.string.contains("DraftMate") })
            #expect(counts.last == 0, "the second reader got the page drawn for the first: \(counts)")

            let officer = try await steward.token(for: .aiOfficer)
            let tools = try await steward.send(.GET, "/api/v1/tools?limit=500", bearer: officer).objects()
            let draftMate = try #require(tools.first { $0["name"] as? String == "DraftMate" }?["id"] as? String)
            let suspension = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(draftMate)/transitions", #"{"to": "suspended", "reason": "complaints"}"#,
                bearer: officer)
            #expect(suspension.status == .ok)
            #expect(!(try await steward.send(.GET, "/inventory").body.string.contains("DraftMate")))
        }
    }

    @Test("signed-in readers share one drawing of the page below its frame, and a session is read once; a new unit shows at once")
    func signedInUnitsRemembered() async throws {
        let log = QueryLog()
        // Remembered values outlive the test, so what it sees does not depend on the machine's speed.
        try await withSteward(routes: { app in
            log.attach(to: app)
            app.useServerCaches(lifetime: .seconds(600))
        }) { steward in
            let session = try await steward.signIn(.worker)
            let ids = ["first-\(UUID())", "second-\(UUID())"]
            for id in ids {
                var headers = HTTPHeaders()
                headers.add(name: "X-Request-Id", value: id)
                let reply = try await steward.send(.GET, "/inventory", headers: headers, session: session)
                #expect(reply.status == .ok && reply.body.string.contains("DraftMate"))
            }
            #expect(log.queries(ids[0]).contains { $0.contains("bargaining_units") }, "\(log.queries(ids[0]))")
            #expect(log.queries(ids[1]).isEmpty, "the second reader reads nothing: \(log.queries(ids[1]))")

            let officer = try await steward.token(for: .aiOfficer)
            let unit = try await steward.sendJSON(
                .POST, "/api/v1/units", #"{"name": "Library Pages", "local": "Local 88"}"#, bearer: officer)
            #expect(unit.status == .created)
            #expect(try await steward.send(.GET, "/inventory", session: session).body.string.contains("Library Pages"))
        }
    }

    @Test("the search and filters narrow the page", arguments: [
        ("purpose=summarizing", ["CaseNote Summarizer"]),
        ("dataCategory=public", ["Ask Riverside"]),
        ("q=letters", ["DraftMate"]),
    ])
    func filters(query: String, expected: [String]) async throws {
        try await withSteward { steward in
            let response = try await steward.send(.GET, "/inventory?" + query)

            let html = response.body.string
            for name in ["DraftMate", "CaseNote Summarizer", "Ask Riverside"] {
                #expect(html.contains("<h2>\(name)") == expected.contains(name), "\(name) for \(query)")
            }
        }
    }

    @Test("the CSV export has a row per use and honours the filters")
    func csv() async throws {
        try await withSteward { steward in
            let unit = try await steward.unit(named: "Clerical and Administrative")

            let response = try await steward.send(.GET, "/inventory.csv?unit=\(try unit.requireID())")

            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            let lines = response.body.string.split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("tool,vendor") == true)
            #expect(lines.count == 3)
            #expect(!response.body.string.contains("CaseNote Summarizer"))
        }
    }

    @Test("a tool name that hides a formula after a semicolon comes out quoted and defused")
    func csvDefusesFormulas() async throws {
        try await withSteward { steward in
            // given: a published tool renamed straight in the database
            let tool = try await steward.tool(named: "DraftMate")
            tool.name = "x;=1+1;y"
            try await tool.save(on: steward.app.db)

            // when
            let response = try await steward.send(.GET, "/inventory.csv")

            // then
            let csv = response.body.string
            #expect(csv.contains("\r\n\"x;'=1+1;y\","))
            #expect(!csv.contains(";=1+1"))
        }
    }

    @Test("an unknown filter value is a 400 naming the parameter and the allowed values")
    func unknownFilter() async throws {
        try await withSteward { steward in
            let response = try await steward.send(.GET, "/inventory.csv?purpose=draftin")

            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("query parameter `purpose`: unknown value `draftin`"))
        }
    }
}
