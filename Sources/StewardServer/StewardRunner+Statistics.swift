import FluentKit
import NIOCore
import SQLKit
import Vapor

extension StewardRunner {
    /// How often a running server on SQLite refreshes the statistics its query planner chooses indexes by.
    static let statisticsInterval: TimeAmount = .hours(6)

    /// Lets SQLite gather the statistics of tables that grew or changed much since last time, so that its planner
    /// picks the index that fits a query (without them it read every open review step for the committee's agenda
    /// through the wrong index). A light pass, limited to a sample of each index; nothing for PostgreSQL, whose
    /// autovacuum keeps its statistics.
    static func refreshStatistics(of database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA optimize=0x10002").run()
    }

    /// While serving on SQLite, refreshes the planner's statistics every ``statisticsInterval``.
    static func scheduleStatistics(_ app: Application) {
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(
            initialDelay: statisticsInterval, delay: statisticsInterval
        ) { _ in
            app.eventLoopGroup.next().makeFutureWithTask {
                do {
                    try await refreshStatistics(of: app.db)
                } catch {
                    app.logger.error("could not refresh the database's statistics: \(error)")
                }
            }
        }
    }
}
