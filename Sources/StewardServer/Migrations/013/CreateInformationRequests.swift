import Fluent

/// The union's requests to the employer for information (issue 11): the items asked with their relevance and
/// answers, the due day on the unit's contract calendar, and the follow-ups that set a new one.
struct CreateInformationRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("information_requests")
            .id()
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("unit_id", .uuid, .required, .references("bargaining_units", "id"))
            .field("grievance_id", .uuid, .references("grievances", "id"))
            .field("asked_on", .string, .required)
            .field("due_on", .string, .required)
            .field("asked_by", .string, .required)
            .field("closed_on", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "number")
            .create()
        try await database.schema("information_request_items")
            .id()
            .field("request_id", .uuid, .required, .references("information_requests", "id"))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .field("relevance", .string, .required)
            .field("answer", .string)
            .field("answered_on", .string)
            .field("answered_by", .string)
            .create()
        try await database.schema("information_request_follow_ups")
            .id()
            .field("request_id", .uuid, .required, .references("information_requests", "id"))
            .field("text", .string, .required)
            .field("sent_on", .string, .required)
            .field("due_on", .string, .required)
            .field("sent_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["information_request_follow_ups", "information_request_items", "information_requests"] {
            try await database.schema(table).delete()
        }
    }
}
