import Fluent

/// Training courses per tool and completion records per person (Seed 002, "Training").
struct CreateTraining: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("training_courses")
            .id()
            .field("tool_id", .uuid, .required, .references("ai_tools", "id"))
            .field("title", .string, .required)
            .field("audience", .string, .required)
            .field("valid_for_months", .int)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("training_records")
            .id()
            .field("course_id", .uuid, .required, .references("training_courses", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("completed_on", .string, .required)
            .field("source", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "course_id", "person_id", "completed_on")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("training_records").delete()
        try await database.schema("training_courses").delete()
    }
}
