import Fluent

/// The joint labor-management committee's records (issue 11): meetings with their agendas and minutes, the
/// decisions taken and the action items given out.
struct CreateCommittee: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("committee_meetings")
            .id()
            .field("held_on", .string, .required)
            .field("minutes", .string)
            .field("minutes_by", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("committee_agenda_items")
            .id()
            .field("meeting_id", .uuid, .required, .references("committee_meetings", "id"))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("href", .string)
            .create()
        try await database.schema("committee_decisions")
            .id()
            .field("meeting_id", .uuid, .required, .references("committee_meetings", "id"))
            .field("text", .string, .required)
            .field("step_id", .uuid, .references("review_steps", "id"))
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("committee_actions")
            .id()
            .field("meeting_id", .uuid, .required, .references("committee_meetings", "id"))
            .field("text", .string, .required)
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("due_on", .string, .required)
            .field("done_on", .string)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["committee_actions", "committee_decisions", "committee_agenda_items", "committee_meetings"] {
            try await database.schema(table).delete()
        }
    }
}
