import Fluent
import SQLKit

/// Notes attach to any record through one subject reference (a kind and an id) instead of a column per kind of
/// record. Existing notes keep their tool or use-case columns and gain the reference.
struct AddNoteSubjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        try await database.schema("notes").field("subject_type", .string, .required, .sql(.default(""))).update()
        try await database.schema("notes").field("subject_id", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE notes SET subject_type = 'tool', subject_id = tool_id WHERE tool_id IS NOT NULL").run()
        try await sql.raw(
            "UPDATE notes SET subject_type = 'use-case', subject_id = use_case_id WHERE use_case_id IS NOT NULL").run()
        try await sql.raw("CREATE INDEX notes_subject ON notes (subject_type, subject_id)").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.raw("DROP INDEX notes_subject").run() }
        try await database.schema("notes").deleteField("subject_id").update()
        try await database.schema("notes").deleteField("subject_type").update()
    }
}
