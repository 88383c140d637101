import Fluent

/// The AI gateway's records: personal gateway keys, each tool's upstream service, and the usage events of calls
/// (DESIGN.md, "Enforcement at the point of use").
struct CreateGateway: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("gateway_keys")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("label", .string, .required)
            .field("key_digest", .string, .required)
            .field("use_case_id", .uuid, .references("use_cases", "id"))
            .field("created_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .unique(on: "key_digest")
            .create()
        try await database.schema("tool_upstreams")
            .id()
            .field("tool_id", .uuid, .required, .references("ai_tools", "id"))
            .field("gateway_name", .string, .required)
            .field("base_url", .string, .required)
            .field("model", .string, .required)
            .field("sealed_credential", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "tool_id")
            .unique(on: "gateway_name")
            .create()
        try await database.schema("usage_events")
            .id()
            .field("at", .datetime, .required)
            .field("person_id", .uuid, .required)
            .field("tool_id", .uuid)
            .field("use_case_id", .uuid)
            .field("unit_id", .uuid)
            .field("verdict", .string, .required)
            .field("rule", .string, .required)
            .field("findings", .string, .required)
            .field("prompt_tokens", .int)
            .field("completion_tokens", .int)
            .field("latency_ms", .double, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("usage_events").delete()
        try await database.schema("tool_upstreams").delete()
        try await database.schema("gateway_keys").delete()
    }
}
