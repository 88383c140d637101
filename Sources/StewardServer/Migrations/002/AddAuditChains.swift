import Fluent
import SQLKit

/// Gives every zone a chain of its own and signs events. Existing events keep their hashes and form the frozen
/// `legacy` chain, numbered as before; new chains start from its signed head.
struct AddAuditChains: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        try await database.schema("audit_events").field("chain", .string, .required, .sql(.default("legacy"))).update()
        try await database.schema("audit_events").field("chain_sequence", .int, .required, .sql(.default(0))).update()
        try await database.schema("audit_events").field("signature", .string).update()
        try await database.schema("audit_events").field("key_id", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE audit_events SET chain_sequence = sequence").run()
        try await sql.raw("CREATE UNIQUE INDEX audit_events_chain_sequence ON audit_events (chain, chain_sequence)").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX audit_events_chain_sequence").run()
        }
        for column in ["key_id", "signature", "chain_sequence", "chain"] {
            try await database.schema("audit_events").deleteField(.string(column)).update()
        }
    }
}
