import Fluent

/// The reminder digests sent: one per person and day at most, which the unique key holds even between servers.
struct CreateReminderDigests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reminder_digests")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("day", .string, .required)
            .field("steps", .int, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "person_id", "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reminder_digests").delete()
    }
}
