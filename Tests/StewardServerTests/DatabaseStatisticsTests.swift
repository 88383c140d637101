import Fluent
import SQLKit
import Testing

@testable import StewardServer

@Suite("The query planner's statistics")
struct DatabaseStatisticsTests {
    @Test("on SQLite the server gathers the statistics its planner picks indexes by when it starts")
    func gatheredAtStart() async throws {
        try await withSteward { steward in
            let sql = try #require(steward.app.db as? any SQLDatabase)
            guard sql.dialect.name == "sqlite" else { return }  // PostgreSQL's autovacuum keeps its own.
            struct Stat: Decodable { let tbl: String }
            let tables = try await sql.raw("SELECT tbl FROM sqlite_stat1").all(decoding: Stat.self).map(\.tbl)

            #expect(tables.contains("review_steps") && tables.contains("ai_tools"))
        }
    }
}
