import Fluent
import SQLKit

/// Each server's count of the calls each gateway key made through it (issues 9 and 14): the servers sharing a
/// database read each other's counts, so a key's allowance holds across all of them. One row a server and key.
struct CreateGatewayKeyCalls: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("gateway_key_calls")
            .field("server", .string, .required)
            .field("key_id", .uuid, .required)
            .field("generation", .int64, .required)
            .field("calls", .int64, .required)
            .field("updated_at", .int64, .required)
            .unique(on: "server", "key_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX gateway_key_calls_updated ON gateway_key_calls (updated_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("gateway_key_calls").delete()
    }
}
