import Fluent

/// The union's answer to a notice step, kept on the step: what was answered, by whom and when.
struct AddNoticeAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        try await database.schema("review_steps").field("answer", .string).update()
        try await database.schema("review_steps").field("answered_by", .string).update()
        try await database.schema("review_steps").field("answered_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        for name in ["answered_at", "answered_by", "answer"] {
            try await database.schema("review_steps").deleteField(.string(name)).update()
        }
    }
}
