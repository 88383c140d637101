import Foundation
import StewardCore
import Testing
import Vapor

@testable import StewardServer

/// Every list answers with the same number of queries however many rows there are: no query per row.
@Suite("Queries per list")
struct QueryCountTests {
    /// The list pages and API lists, as the officer reads them.
    static let pages = [
        "/", "/inventory", "/tools", "/due", "/units", "/packs", "/usage", "/reports", "/grievances",
        "/information-requests", "/committee", "/exposure", "/people", "/audit",
    ]
    static let apis = [
        "/me", "/inventory", "/tools", "/steps", "/units", "/contracts", "/people", "/packs", "/gateway-keys",
        "/audit-events", "/reports", "/grievances", "/committee/meetings", "/usage", "/usage/mine", "/tokens",
    ]

    @Test("no list page or API list makes more queries with a thousand more tools, uses and events than without")
    func queriesDoNotGrowWithRows() async throws {
        let log = QueryLog()
        try await withSteward(routes: { log.attach(to: $0) }) { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let token = try await steward.token(for: .aiOfficer)
            func counts() async throws -> [String: Int] {
                var counts: [String: Int] = [:]
                for path in Self.pages + Self.apis.map({ "/api/v1" + $0 }) {
                    // Each answer reads who is signed in itself, as it would after a second's pause.
                    try steward.app.caches.removeAll()
                    let id = "queries-\(UUID().uuidString)"
                    var headers = HTTPHeaders()
                    headers.add(name: "X-Request-Id", value: id)
                    let reply = path.hasPrefix("/api/")
                        ? try await steward.send(.GET, path, headers: headers, bearer: token)
                        : try await steward.send(.GET, path, headers: headers, session: officer)
                    #expect(reply.status == .ok, "\(path): \(reply.status)")
                    counts[path] = log.count(id)
                }
                return counts
            }
            _ = try await counts()  // the first answers fill the caches the later ones read
            let before = try await counts()
            let seeder = ScaleSeeder(database: steward.app.db, context: try steward.app.steward)
            _ = try await seeder.seed(.init(units: 3, people: 60, tools: 200, usesPerTool: 5, events: 1_000))
            _ = try await counts()
            let after = try await counts()
            // A list may need one query fewer once a page fills from its first range (the open steps); never more.
            for path in before.keys.sorted() {
                #expect((after[path] ?? 0) <= (before[path] ?? 0), "\(path): \(before[path] ?? 0) queries, then \(after[path] ?? 0)")
            }
            #expect(before.values.allSatisfy { $0 > 0 }, "the log sees the queries")
        }
    }

    @Test("a tool's uses, moves and notes are read with as many queries for ten uses and notes as for one")
    func toolListsDoNotGrowWithRows() async throws {
        let log = QueryLog()
        try await withSteward(routes: { log.attach(to: $0) }) { steward in
            let rep = try await steward.token(for: .unionRep)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: rep)
            let paths = ["use-cases", "transitions", "notes"].map { "/api/v1/tools/\(toolID)/\($0)" }
            func counts() async throws -> [Int] {
                var counts: [Int] = []
                for path in paths {
                    try steward.app.caches.removeAll()
                    let id = "queries-\(UUID().uuidString)"
                    var headers = HTTPHeaders()
                    headers.add(name: "X-Request-Id", value: id)
                    let reply = try await steward.send(.GET, path, headers: headers, bearer: rep)
                    #expect(reply.status == .ok, "\(path): \(reply.status)")
                    counts.append(log.count(id))
                }
                return counts
            }
            _ = try await steward.sendJSON(.POST, "/api/v1/tools/\(toolID)/notes", #"{"body": "First."}"#, bearer: rep)
            _ = try await counts()
            let before = try await counts()
            let unitID = try await steward.unitID(bearer: rep)
            for n in 1...10 {
                let use = try await steward.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/use-cases", APIUseCaseTests.draft(unitID: unitID), bearer: rep)
                #expect(use.status == .created)
                _ = try await steward.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/notes", #"{"body": "Note \#(n)."}"#, bearer: rep)
            }
            let after = try await counts()
            #expect(after == before, "\(paths): \(before) queries, then \(after)")
            #expect(before.allSatisfy { $0 > 0 }, "the log sees the queries")
        }
    }
}
