import Fluent

/// Bias audits computed from a tool's decision log (issue 12), kept with the use's bias-audit step: the audit's
/// facts and one row per group of each breakdown.
struct CreateBiasAudits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bias_audits")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("conducted_on", .string, .required)
            .field("data_source", .string, .required)
            .field("file_name", .string, .required)
            .field("outcome_column", .string, .required)
            .field("rate_kind", .string, .required)
            .field("categories", .string, .required)
            .field("rows", .int, .required)
            .field("median", .double)
            .field("unknown", .string, .required)
            .field("flagged", .int, .required)
            .field("published", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("bias_audit_groups")
            .id()
            .field("audit_id", .uuid, .required, .references("bias_audits", "id"))
            .field("position", .int, .required)
            .field("breakdown", .string, .required)
            .field("group_label", .string, .required)
            .field("count", .int, .required)
            .field("selected", .int, .required)
            .field("impact_ratio", .double)
            .field("excluded", .bool, .required)
            .field("flagged", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bias_audit_groups").delete()
        try await database.schema("bias_audits").delete()
    }
}
