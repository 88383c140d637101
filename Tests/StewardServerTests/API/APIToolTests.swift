import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: tools and their lifecycle")
struct APIToolTests {
    static let newTool = """
        {"name": "Scribe", "vendor": "Inkwell", "version": "2.1", "categories": ["generative", "nlp"],
         "hosting": "public-cloud", "contact": "it@example.org", "description": "Drafts minutes."}
        """

    @Test("tools come a page at a time, by name, each page linking the next, on the API and the page alike")
    func paging() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let all = try await steward.send(.GET, "/api/v1/tools?limit=500", bearer: worker).objects()
                .compactMap { $0["name"] as? String }
            #expect(all.count > 4)
            var names: [String] = []
            for reply in try await steward.walkPages(from: "/api/v1/tools?limit=3", bearer: worker) {
                #expect(reply.status == .ok)
                let page = try reply.objects().compactMap { $0["name"] as? String }
                #expect(page.count <= 3)
                names += page
            }
            #expect(names == all, "every tool once, in order")
            let bad = try await steward.send(.GET, "/api/v1/tools?after=not-a-tool", bearer: worker)
            #expect(bad.status == .badRequest && bad.body.string.contains("is not a cursor of this list"))

            let browser = try await steward.signIn(.worker)
            let first = try await steward.send(.GET, "/tools?limit=3", session: browser).body.string
            #expect(first.contains(#"rel="next">More tools</a>"#))
            #expect(!(try await steward.send(.GET, "/tools", session: browser).body.string.contains("More tools")))
        }
    }

    @Test("a list answered within a second for one access is never given to a reader of another; a change shows")
    func listSharedByAccess() async throws {
        try await withSteward { steward in
            try await steward.restrict(tool: "DraftMate")
            // Issuing a token is a change, which forgets what was answered: every token first.
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            func names(_ token: String) async throws -> [String] {
                try await steward.send(.GET, "/api/v1/tools", bearer: token).objects()
                    .compactMap { $0["name"] as? String }
            }

            #expect(try await names(officer).contains("DraftMate"))
            #expect(try await !names(worker).contains("DraftMate"), "the worker never gets the officer's answer")
            #expect(try await steward.sendJSON(.POST, "/api/v1/tools", Self.newTool, bearer: worker).status == .created)
            #expect(try await names(worker).contains("Scribe"), "a tool registered here is listed at once")
        }
    }

    @Test("a worker registers a tool, which starts as requested")
    func register() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)

            let response = try await steward.sendJSON(.POST, "/api/v1/tools", Self.newTool, bearer: worker)

            #expect(response.status == .created)
            let tool = try response.object()
            #expect(tool["status"] as? String == "requested")
            #expect(tool["categories"] as? [String] == ["generative", "nlp"])
            #expect(tool["allowedMoves"] as? [String] == ["under-review", "denied"])
            let id = try #require(tool["id"] as? String)
            #expect(try await steward.send(.GET, "/api/v1/tools/\(id)", bearer: worker).status == .ok)
        }
    }

    @Test("details breaking a rule are a 422 naming each field")
    func invalidDetails() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let body = #"{"name": " ", "vendor": "V", "categories": [], "hosting": "on-premises", "contact": "x"}"#

            let response = try await steward.sendJSON(.POST, "/api/v1/tools", body, bearer: worker)

            #expect(response.status == .unprocessableEntity)
            #expect(Set(try response.problemFields()) == ["name", "categories"])
        }
    }

    @Test("an auditor may not register a tool")
    func auditorCannotPropose() async throws {
        try await withSteward { steward in
            let auditor = try await steward.token(for: .auditor)

            let response = try await steward.sendJSON(.POST, "/api/v1/tools", Self.newTool, bearer: auditor)

            #expect(response.status == .forbidden)
        }
    }

    @Test("an illegal move is a 422 that names the allowed moves")
    func illegalMove() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let id = try await steward.toolID(named: "TalentSort", bearer: officer)

            let response = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(id)/transitions", #"{"to": "approved", "reason": "looks fine"}"#,
                bearer: officer)

            #expect(response.status == .unprocessableEntity)
            #expect(try response.problemFields() == ["status"])
            #expect(try (response.object()["detail"] as? String)?.contains("under-review, denied") == true)
        }
    }

    @Test("the AI officer moves a tool along its lifecycle, and the move is listed")
    func legalMove() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let id = try await steward.toolID(named: "TalentSort", bearer: officer)

            let response = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(id)/transitions", #"{"to": "under-review", "reason": "bias audit first"}"#,
                bearer: officer)
            let moves = try await steward.send(.GET, "/api/v1/tools/\(id)/transitions", bearer: officer).objects()

            #expect(response.status == .ok)
            #expect(try response.object()["status"] as? String == "under-review")
            #expect(moves.last?["reason"] as? String == "bias audit first")
            #expect(moves.last?["actor"] as? String == "officer")
        }
    }

    @Test("a manager may not move a tool")
    func managerCannotMove() async throws {
        try await withSteward { steward in
            let manager = try await steward.token(for: .manager)
            let id = try await steward.toolID(named: "TalentSort", bearer: manager)

            let response = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(id)/transitions", #"{"to": "under-review", "reason": "go"}"#, bearer: manager)

            #expect(response.status == .forbidden)
        }
    }

    @Test("an unknown status is a 422 naming the field and the statuses")
    func unknownStatus() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let id = try await steward.toolID(named: "TalentSort", bearer: officer)

            let response = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(id)/transitions", #"{"to": "aproved", "reason": "go"}"#, bearer: officer)

            #expect(response.status == .unprocessableEntity)
            #expect(try response.problemFields() == ["to"])
            #expect(try (response.object()["detail"] as? String)?.contains("under-review") == true)
        }
    }

    @Test("the AI officer edits a tool's details; a worker may not")
    func update() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            let id = try await steward.toolID(named: "TalentSort", bearer: officer)

            let byWorker = try await steward.sendJSON(.PUT, "/api/v1/tools/\(id)", Self.newTool, bearer: worker)
            let byOfficer = try await steward.sendJSON(.PUT, "/api/v1/tools/\(id)", Self.newTool, bearer: officer)

            #expect(byWorker.status == .forbidden)
            #expect(byOfficer.status == .ok)
            #expect(try byOfficer.object()["name"] as? String == "Scribe")
            #expect(try byOfficer.object()["status"] as? String == "requested")
        }
    }

    @Test("the list filters by status; an unknown id or a malformed body is a 4xx, never a 500")
    func listAndBadInput() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)

            let pilots = try await steward.send(.GET, "/api/v1/tools?status=pilot", bearer: worker).objects()
            let unknownStatus = try await steward.send(.GET, "/api/v1/tools?status=piolt", bearer: worker)
            let missing = try await steward.send(.GET, "/api/v1/tools/\(UUID())", bearer: worker)
            let malformedID = try await steward.send(.GET, "/api/v1/tools/nope", bearer: worker)
            let malformedBody = try await steward.sendJSON(.POST, "/api/v1/tools", "{", bearer: worker)
            let anonymous = try await steward.send(.GET, "/api/v1/tools")

            #expect(pilots.map { $0["name"] as? String } == ["CaseNote Summarizer"])
            #expect(unknownStatus.status == .badRequest)
            #expect(try unknownStatus.problemFields() == ["status"])
            #expect(missing.status == .notFound)
            #expect(malformedID.status == .notFound)
            #expect(malformedBody.status == .badRequest)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
