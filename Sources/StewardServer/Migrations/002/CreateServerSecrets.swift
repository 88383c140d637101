import Fluent

/// Random secrets the servers of one installation share, such as the key that signs known-device cookies; each is
/// created on first use.
struct CreateServerSecrets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("server_secrets")
            .field("name", .string, .required)
            .field("value", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("server_secrets").delete()
    }
}
