import Fluent

/// The bargaining record of a use: sessions, proposals and the outcome (Seed 002; Seed 003).
struct CreateBargainingRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bargaining_entries")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("kind", .string, .required)
            .field("side", .string)
            .field("held_on", .string, .required)
            .field("text", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("bargaining_outcomes")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("outcome", .string, .required)
            .field("terms", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "step_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bargaining_outcomes").delete()
        try await database.schema("bargaining_entries").delete()
    }
}
