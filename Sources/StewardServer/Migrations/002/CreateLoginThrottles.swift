import Fluent

/// Sign-in attempt counters, one row per account or client address, updated atomically so that throttling holds
/// across several app servers and concurrent requests.
struct CreateLoginThrottles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_throttles")
            .field("scope", .string, .required)
            .field("subject", .string, .required)
            .field("attempts", .int, .required)
            .field("last_attempt_at", .datetime, .required)
            .field("last_failure_at", .datetime)
            .unique(on: "scope", "subject")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_throttles").delete()
    }
}
