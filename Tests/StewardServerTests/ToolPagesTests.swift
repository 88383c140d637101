import Fluent
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Tool registry pages")
struct ToolPagesTests {
    static let newTool: [(String, String)] = [
        ("name", "Grant Helper"), ("vendor", "Acme AI"), ("version", "2"), ("categories[]", "generative"),
        ("categories[]", "nlp"), ("hosting", "public-cloud"), ("vendorTrainsOnInputs", "on"),
        ("contact", "help@acme.example"), ("description", "Drafts grant applications."),
    ]

    @Test("a worker requests a tool and it is registered as requested, with an audit event")
    func requestTool() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)

            let response = try await steward.submit("/tools", Self.newTool, session: session)

            #expect(response.status == .seeOther)
            let tool = try await steward.tool(named: "Grant Helper")
            #expect(tool.status == .requested)
            #expect(Set(tool.categories) == ["generative", "nlp"])
            #expect(tool.vendorTrainsOnInputs)
            let events = try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "tool.create").all()
            #expect(events.map(\.actorName) == ["worker"])
        }
    }

    @Test("the list is drawn once for readers who see alike, never shown to one who sees less, and changes at once")
    func sharedList() async throws {
        try await withSteward { steward in
            // given: a tool only the AI officer and legal counsel may read
            try await steward.restrict(tool: "DraftMate")
            // Signing in is a change, which forgets what was drawn: everyone signs in first.
            var sessions: [Role: BrowserSession] = [:]
            for role in [Role.aiOfficer, .legal, .worker, .auditor] { sessions[role] = try await steward.signIn(role) }
            func list(_ role: Role) async throws -> String {
                try await steward.send(.GET, "/tools", session: try #require(sessions[role])).body.string
            }
            let drawn = ">DraftMate</a>"

            // when: each reads the list within the same second, the officer first
            let officer = try await list(.aiOfficer)
            let legal = try await list(.legal)
            let worker = try await list(.worker)
            let auditor = try await list(.auditor)

            // then
            #expect(officer.contains(drawn) && officer.contains("Import a federal AI inventory"))
            #expect(legal.contains(drawn) && !legal.contains("Import a federal AI inventory"), "legal sets nothing up")
            #expect(!worker.contains(drawn) && worker.contains("Request a new tool"), "the worker reads less")
            #expect(!auditor.contains(drawn) && !auditor.contains("Request a new tool"), "an auditor proposes nothing")
            #expect(worker.contains("<title>Tools") && worker.contains("Sign out"), "each reader has their own frame")

            // a tool registered on this server is listed at once
            let session = try #require(sessions[.worker])
            #expect(try await steward.submit("/tools", Self.newTool, session: session).status == .seeOther)
            #expect(try await list(.worker).contains(">Grant Helper</a>"))
        }
    }

    @Test("a form with missing fields is shown again with a message per field and the input kept")
    func invalidForm() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.manager)

            let response = try await steward.submit(
                "/tools", [("name", "Half a tool"), ("hosting", "moon-base")], session: session)

            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains(#"value="Half a tool""#))
            #expect(html.contains("enter the vendor"))
            #expect(html.contains("choose at least one kind of AI"))
            #expect(html.contains("unknown value `moon-base`"))
        }
    }

    @Test("the AI officer moves a tool along its lifecycle with a reason")
    func move() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.aiOfficer)
            let tool = try await steward.tool(named: "TalentSort")

            let response = try await steward.submit(
                "/tools/\(try tool.requireID())/transitions", [("to", "under-review"), ("reason", "Complete request")],
                session: session)

            #expect(response.status == .seeOther)
            let page = try await steward.send(.GET, "/tools/\(try tool.requireID())", session: session)
            #expect(page.body.string.contains("Requested → Under review"))
            #expect(page.body.string.contains("Complete request"))
        }
    }

    @Test("an illegal move is refused with the allowed moves named")
    func illegalMove() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.aiOfficer)
            let tool = try await steward.tool(named: "TalentSort")

            let response = try await steward.submit(
                "/tools/\(try tool.requireID())/transitions", [("to", "approved"), ("reason", "Skip review")],
                session: session)

            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("allowed from requested: under-review, denied"))
            #expect(try await steward.tool(named: "TalentSort").status == .requested)
        }
    }

    @Test("a manager cannot move a tool")
    func managerCannotMove() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.manager)
            let tool = try await steward.tool(named: "TalentSort")

            let response = try await steward.submit(
                "/tools/\(try tool.requireID())/transitions", [("to", "under-review"), ("reason", "x")], session: session)

            #expect(response.status == .forbidden)
        }
    }

    @Test("an unknown or malformed tool id shows the not-found page", arguments: [
        "/tools/7b0c6a2e-0000-4000-8000-000000000000", "/tools/not-a-uuid",
    ])
    func unknownTool(path: String) async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)

            let response = try await steward.send(.GET, path, session: session)

            #expect(response.status == .notFound)
            #expect(response.headers.contentType?.subType == "html")
            #expect(response.body.string.contains("Not found"))
        }
    }
}
