import Fluent

/// Review teams: who sits on a use's committee review, on which side, and how each voted.
struct CreateReviewTeams: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("review_team_members")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("side", .string, .required)
            .field("vote", .string)
            .field("comment", .string, .required)
            .field("voted_at", .datetime)
            .unique(on: "step_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_team_members").delete()
    }
}
