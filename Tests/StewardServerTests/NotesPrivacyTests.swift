import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Union-private notes never reach management roles, auditors or anyone but union representatives: not through any
/// page, API route, search, filter, count or export.
@Suite("Union-private notes")
struct NotesPrivacyTests {
    static let marker = "UNION-ONLY-7f3a9c"
    /// A word of the notes' text that searches use; searching echoes it, so the crawl looks for ``marker`` instead.
    static let searchWord = "strikeplan"

    /// Adds a note to a tool and to a use case as the union representative, through the pages.
    static func addNotes(_ steward: StewardHarness) async throws -> (tool: String, useCase: String) {
        let rep = try await steward.signIn(.unionRep)
        let tool = try await steward.tool(named: "DraftMate").requireID().uuidString
        let useCase = try await steward.useCase(ofTool: "DraftMate").requireID().uuidString
        let first = try await steward.submit("/tools/\(tool)/notes", [("body", "Tool: \(marker) \(searchWord)")], session: rep)
        let second = try await steward.submit("/use-cases/\(useCase)/notes", [("body", "Use: \(marker)")], session: rep)
        // The union's preparation for bargaining, on the step the route matrix visits.
        let step = try await steward.step(.officerApproval, of: try await steward.useCase(ofTool: "DraftMate"))
        let third = try await steward.submit(
            "/steps/\(try step.requireID())/notes", [("body", "Bargaining plan: \(marker)")], session: rep)
        #expect(first.status == .seeOther && second.status == .seeOther && third.status == .seeOther)
        return (tool, useCase)
    }

    @Test("a union representative reads the notes on the tool and the use case")
    func repReads() async throws {
        try await withSteward { steward in
            let ids = try await Self.addNotes(steward)
            let rep = try await steward.signIn(.unionRep)

            let toolPage = try await steward.send(.GET, "/tools/\(ids.tool)", session: rep)
            let usePage = try await steward.send(.GET, "/use-cases/\(ids.useCase)", session: rep)

            #expect(toolPage.body.string.contains("Tool: \(Self.marker)"))
            #expect(usePage.body.string.contains("Use: \(Self.marker)"))
            let step = try await steward.step(.officerApproval, of: try await steward.useCase(ofTool: "DraftMate"))
            let stepPage = try await steward.send(.GET, "/steps/\(try step.requireID())", session: rep)
            #expect(stepPage.body.string.contains("Bargaining plan: \(Self.marker)"))
        }
    }

    @Test("no other role and not the public sees a note on any GET route", arguments:
        [nil] + Role.allCases.filter { $0 != .unionRep }.map(Optional.some))
    func crawlFindsNothing(role: Role?) async throws {
        try await withSteward { steward in
            _ = try await Self.addNotes(steward)
            let caller = try await MatrixCaller(steward: steward, role: role)
            let queries = ["", "?q=\(Self.searchWord)", "?objectType=note", "?actor=rep"]

            for route in steward.app.routes.all where route.method == .GET {
                for query in queries {
                    let response = try await caller.get(route, query: query)
                    let body = response.body.string
                    #expect(!body.contains(Self.marker), "\(route.path) \(query) leaked a note to \(String(describing: role))")
                    #expect(!body.contains("Union-private notes"), "\(route.path) \(query) shows the notes section")
                    #expect(!body.contains("note.create"), "\(route.path) \(query) shows that a note exists")
                }
            }
        }
    }

    @Test("the audit trail records that a note exists, in the union-private zone, without its text")
    func auditHasNoContent() async throws {
        try await withSteward { steward in
            _ = try await Self.addNotes(steward)

            let events = try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "note.create").all()

            #expect(events.count == 3)
            #expect(events.allSatisfy { $0.zone == .unionPrivate && !$0.summary.contains(Self.marker) })
        }
    }

    @Test("the note's body is stored as plain bytes marked for later sealing")
    func storageShape() async throws {
        try await withSteward { steward in
            _ = try await Self.addNotes(steward)

            // The demo's note on its grievance aside.
            let notes = try await NoteModel.query(on: steward.app.db).filter(\.$subjectType != "grievance").all()

            #expect(notes.count == 3)
            #expect(Set(notes.map(\.subjectType)) == ["tool", "use-case", "review-step"])
            #expect(notes.allSatisfy { $0.contentEncoding == "plain" && $0.keyID == nil && $0.zone == .unionPrivate })
        }
    }
}

extension MatrixCaller {
    /// A GET of the route with fixture ids, as this caller.
    func get(_ route: Route, query: String) async throws -> HTTPReply {
        let path = path(of: route)
        return path.hasPrefix(APIPaths.base)
            ? try await steward.send(.GET, path + query, bearer: token)
            : try await steward.send(.GET, path + query, session: session)
    }
}

@Suite("Refused notes")
struct RefusedNoteTests {
    @Test("a note over the length limit is shown again with its text and the problem, on the tool and the use case")
    func keptOnRefusal() async throws {
        try await withSteward { steward in
            let rep = try await steward.signIn(.unionRep)
            let tool = try await steward.tool(named: "DraftMate").requireID().uuidString
            let useCase = try await steward.useCase(ofTool: "DraftMate").requireID().uuidString
            let long = "Bargaining point. " + String(repeating: "x", count: 20_000)

            for path in ["/tools/\(tool)/notes", "/use-cases/\(useCase)/notes"] {
                let response = try await steward.submit(path, [("body", long)], session: rep)

                #expect(response.status == .unprocessableEntity, "\(path)")
                #expect(response.body.string.contains(">Bargaining point. xxxx"), "\(path) keeps the text")
                #expect(response.body.string.contains("write a note of 1 to 20,000 characters"), "\(path)")
            }
            #expect(try await NoteModel.query(on: steward.app.db).filter(\.$subjectType ~~ ["tool", "use-case"]).count() == 0)
        }
    }
}
