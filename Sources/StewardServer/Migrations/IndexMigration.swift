import Fluent
import SQLKit

/// A migration that adds indexes, on SQLite and PostgreSQL alike, and drops them when reverted.
protocol IndexMigration: AsyncMigration {
    /// Each index's name, table and columns in order.
    static var indexes: [(name: String, table: String, columns: String)] { get }
}

extension IndexMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.raw(
                "CREATE INDEX IF NOT EXISTS \(unsafeRaw: index.name) ON \(unsafeRaw: index.table) (\(unsafeRaw: index.columns))"
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: index.name)").run() }
    }
}
