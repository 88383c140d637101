import Fluent

/// Where a person gets reminders and notices; optional, since an account works without one.
struct AddPersonEmails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people").field("email", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").deleteField("email").update()
    }
}
