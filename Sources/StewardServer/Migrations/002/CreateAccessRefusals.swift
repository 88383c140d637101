import Fluent

/// Refused requests, counted per actor, request and hour in a log of their own, so that they cannot crowd the
/// audit trail.
struct CreateAccessRefusals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("access_refusals")
            .id()
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("zone", .string, .required)
            .field("target", .string, .required)
            .field("hour", .datetime, .required)
            .field("count", .int, .required)
            .field("last_at", .datetime, .required)
            .unique(on: "actor_name", "action", "zone", "target", "hour")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("access_refusals").delete()
    }
}
