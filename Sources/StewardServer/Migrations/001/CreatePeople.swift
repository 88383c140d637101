import Fluent

struct CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("unit_id", .uuid, .references("bargaining_units", "id"))
            .field("created_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.schema("api_tokens")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("token_digest", .string, .required)
            .field("label", .string, .required)
            .field("created_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_digest")
            .create()
        try await database.schema("login_failures")
            .id()
            .field("username", .string, .required)
            .field("client", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_failures").delete()
        try await database.schema("api_tokens").delete()
        try await database.schema("people").delete()
    }
}
