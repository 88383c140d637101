import Fluent

/// Written determinations for vendor contracts (Seed 002, sections B and F).
struct CreateDeterminations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("written_determinations")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("statements", .string, .required)
            .field("signer_name", .string, .required)
            .field("signer_title", .string, .required)
            .field("signed_on", .string, .required)
            .field("contract_file", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "step_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("written_determinations").delete()
    }
}
