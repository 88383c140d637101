import Fluent

struct CreateAITools: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ai_tools")
            .id()
            .field("zone", .string, .required)
            .field("name", .string, .required)
            .field("vendor", .string, .required)
            .field("version", .string, .required)
            .field("categories", .array(of: .string), .required)
            .field("hosting", .string, .required)
            .field("vendor_trains_on_inputs", .bool, .required)
            .field("hipaa_baa", .bool, .required)
            .field("contact", .string, .required)
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("conditions", .string, .required)
            .field("requested_by", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema("tool_transitions")
            .id()
            .field("tool_id", .uuid, .required, .references("ai_tools", "id"))
            .field("from_status", .string, .required)
            .field("to_status", .string, .required)
            .field("reason", .string, .required)
            .field("actor_name", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tool_transitions").delete()
        try await database.schema("ai_tools").delete()
    }
}
