import Fluent

struct CreateAuditHeads: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_heads")
            .id()
            .field("chain", .string, .required)
            .field("chain_sequence", .int, .required)
            .field("hash", .string, .required)
            .field("signed_at", .datetime, .required)
            .field("key_id", .string, .required)
            .field("signature", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_heads").delete()
    }
}
