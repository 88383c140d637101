import Fluent

struct CreateUseCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("use_cases")
            .id()
            .field("zone", .string, .required)
            .field("tool_id", .uuid, .required, .references("ai_tools", "id"))
            .field("unit_id", .uuid, .required, .references("bargaining_units", "id"))
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("purposes", .array(of: .string), .required)
            .field("data_categories", .array(of: .string), .required)
            .field("tier", .int, .required)
            .field("scope", .string, .required)
            .field("decision_role", .string, .required)
            .field("flags", .array(of: .string), .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("use_cases").delete()
    }
}
