import Fluent

/// Audits of uses in service and their findings (issue 11, "Audits"): each audit belongs to the use's scheduled
/// audit or bias-audit step, and each finding may carry a follow-up with an owner and a due day.
struct CreateUseAudits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("use_audits")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("audited_on", .string, .required)
            .field("scope", .string, .required)
            .field("evidence", .string, .required)
            .field("suspended_use", .bool, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("audit_findings")
            .id()
            .field("audit_id", .uuid, .required, .references("use_audits", "id"))
            .field("area", .string, .required)
            .field("severity", .string, .required)
            .field("text", .string, .required)
            .field("follow_up", .string)
            .field("owner_id", .uuid, .references("people", "id"))
            .field("due_on", .string)
            .field("done_on", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_findings").delete()
        try await database.schema("use_audits").delete()
    }
}
