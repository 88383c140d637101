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
        "/audit-events", "/reports", "/grievances", "/committee/meetings", "/usage", "/usage/mine",
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
}
