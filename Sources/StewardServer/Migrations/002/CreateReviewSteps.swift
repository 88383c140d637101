import Fluent

struct CreateReviewSteps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("review_steps")
            .id()
            .field("use_case_id", .uuid, .required, .references("use_cases", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("gate", .string, .required)
            .field("status", .string, .required)
            .field("owner_role", .string, .required)
            .field("owner_id", .uuid, .references("people", "id"))
            .field("due", .datetime)
            .field("zone", .string, .required)
            .field("parameters", .string, .required)
            .field("record", .string, .required)
            .field("completed_by", .string)
            .field("completed_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "use_case_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_steps").delete()
    }
}
