import Fluent

/// Documents attached to review steps (issue 7): a signed notice, a disclosure sent to workers, minutes; kept in
/// the database with the step, so a backup holds them.
struct CreateStepDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("step_documents")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("content", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("step_documents").delete()
    }
}
