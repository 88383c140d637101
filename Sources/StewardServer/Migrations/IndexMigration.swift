import Fluent
import SQLKit

/// A migration that adds indexes, on SQLite and PostgreSQL alike, and drops them when reverted.
protocol IndexMigration: AsyncMigration {
    typealias Index = (name: String, table: String, columns: String)

    /// Each index's name, table and columns in order.
    static var indexes: [Index] { get }
    /// Indexes the new ones make redundant: dropped once those exist, and made again when the migration is reverted.
    static var replaced: [Index] { get }
}

extension IndexMigration {
    static var replaced: [Index] { [] }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await create(index, on: sql) }
        for index in Self.replaced { try await drop(index, on: sql) }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.replaced { try await create(index, on: sql) }
        for index in Self.indexes { try await drop(index, on: sql) }
    }

    private func create(_ index: Index, on sql: any SQLDatabase) async throws {
        let (name, table, columns) = index
        try await sql.raw(
            "CREATE INDEX IF NOT EXISTS \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: columns))"
        ).run()
    }

    private func drop(_ index: Index, on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: index.name)").run()
    }
}
