import Fluent

struct CreateJobClassifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("job_classifications")
            .id()
            .field("unit_id", .uuid, .required, .references("bargaining_units", "id"))
            .field("title", .string, .required)
            .field("headcount", .int, .required)
            .unique(on: "unit_id", "title")
            .create()
        try await database.schema("classification_tasks")
            .id()
            .field("classification_id", .uuid, .required, .references("job_classifications", "id"))
            .field("task", .string, .required)
            .field("share_percent", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("classification_tasks").delete()
        try await database.schema("job_classifications").delete()
    }
}
