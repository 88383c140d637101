import Fluent

/// The US federal AI use-case inventory (issue 11): each file imported, and the federal record of each use it
/// brought in, kept whole so that an export writes it back exactly.
struct CreateFederalRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("federal_imports")
            .id()
            .field("file_name", .string, .required)
            .field("sha256", .string, .required)
            .field("format", .string, .required)
            .field("imported_at", .datetime, .required)
            .field("imported_by", .string, .required)
            .field("uses", .int, .required)
            .field("problems", .int, .required)
            .unique(on: "sha256")
            .create()
        try await database.schema("federal_records")
            .id()
            .field("use_case_id", .uuid, .required, .references("use_cases", "id"))
            .field("import_id", .uuid, .required, .references("federal_imports", "id"))
            .field("line", .int, .required)
            .field("record", .string, .required)
            .field("unknown_facts", .array(of: .string), .required)
            .unique(on: "use_case_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("federal_records").delete()
        try await database.schema("federal_imports").delete()
    }
}
