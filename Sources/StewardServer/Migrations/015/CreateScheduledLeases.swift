import Fluent

/// Leases on scheduled work (issue 14): each job (signing the trail's heads, sending reminders) names one row, held
/// by one server until it expires, so the work runs once however many servers share the database.
struct CreateScheduledLeases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scheduled_leases")
            .field("name", .string, .identifier(auto: false))
            .field("holder", .string, .required)
            .field("expires_at", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scheduled_leases").delete()
    }
}
