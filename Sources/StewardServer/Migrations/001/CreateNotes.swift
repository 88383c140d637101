import Fluent

struct CreateNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notes")
            .id()
            .field("zone", .string, .required)
            .field("tool_id", .uuid, .references("ai_tools", "id"))
            .field("use_case_id", .uuid, .references("use_cases", "id"))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("content", .data, .required)
            .field("content_encoding", .string, .required)
            .field("key_id", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notes").delete()
    }
}
