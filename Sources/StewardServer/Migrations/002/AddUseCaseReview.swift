import Fluent

/// Gives each use case its own review: a status, who asked for it, the conditions of its approval and who
/// approved it when. Existing uses start as `submitted` and are decided on the next start.
struct AddUseCaseReview: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        let fields: [(String, DatabaseSchema.DataType, [DatabaseSchema.FieldConstraint])] = [
            ("review_status", .string, [.required, .sql(.default("submitted"))]),
            ("requested_by", .uuid, []),
            ("conditions", .string, [.required, .sql(.default(""))]),
            ("approved_at", .datetime, []),
            ("approved_by", .string, []),
        ]
        for (name, type, constraints) in fields {
            try await database.schema("use_cases").field(.definition(name: .key(.string(name)), dataType: type,
                constraints: constraints)).update()
        }
    }

    func revert(on database: any Database) async throws {
        for name in ["approved_by", "approved_at", "conditions", "requested_by", "review_status"] {
            try await database.schema("use_cases").deleteField(.string(name)).update()
        }
    }
}
