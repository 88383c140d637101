import Fluent
import SQLKit

/// What the organization keeps of each account beyond the sign-in (issue 10, "People and roles"): whether it is
/// active (a person is deactivated, never deleted, while records name them), whether they supervise, the side they
/// sit on in committees, and whether the installation made them an administrator; and the one-time links that set
/// a password.
struct AddAccountAdministration: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds columns one statement each.
        try await database.schema("people").field("is_active", .bool, .required, .sql(.default(true))).update()
        try await database.schema("people").field("is_supervisor", .bool, .required, .sql(.default(false))).update()
        try await database.schema("people").field("is_administrator", .bool, .required, .sql(.default(false))).update()
        try await database.schema("people").field("committee_side", .string).update()
        try await database.schema("password_links")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("digest", .string, .required)
            .field("purpose", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "digest")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("password_links").delete()
        for field: FieldKey in ["committee_side", "is_administrator", "is_supervisor", "is_active"] {
            try await database.schema("people").deleteField(field).update()
        }
    }
}
