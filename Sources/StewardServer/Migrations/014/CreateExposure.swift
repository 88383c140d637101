import Fluent
import SQLKit

/// Job impact (issue 12): the published task labels an organization imports, each classification's O*NET
/// occupations, the ratings stewards and the joint committee give its tasks, and its plans.
struct CreateExposure: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("exposure_labels")
            .id()
            .field("position", .int, .required)
            .field("occupation_code", .string, .required)
            .field("occupation_title", .string, .required)
            .field("task_id", .string, .required)
            .field("statement", .string, .required)
            .field("task_type", .string, .required)
            .field("human_rating", .string, .required)
            .field("gpt4_rating", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("CREATE INDEX exposure_labels_occupation ON exposure_labels (occupation_code, position)").run()
        }
        try await database.schema("exposure_label_imports")
            .id()
            .field("file_name", .string, .required)
            .field("tasks", .int, .required)
            .field("occupations", .int, .required)
            .field("imported_by", .string, .required)
            .field("imported_at", .datetime, .required)
            .create()
        try await database.schema("classification_occupations")
            .id()
            .field("classification_id", .uuid, .required, .references("job_classifications", "id"))
            .field("occupation_code", .string, .required)
            .field("occupation_title", .string, .required)
            .unique(on: "classification_id", "occupation_code")
            .create()
        try await database.schema("exposure_ratings")
            .id()
            .field("classification_id", .uuid, .required, .references("job_classifications", "id"))
            .field("task_key", .string, .required)
            .field("statement", .string, .required)
            .field("rating", .string, .required)
            .field("reason", .string, .required)
            .field("rated_by_id", .uuid, .references("people", "id"))
            .field("rated_by", .string, .required)
            .field("rated_at", .datetime, .required)
            .unique(on: "classification_id", "task_key")
            .create()
        try await database.schema("classification_plans")
            .id()
            .field("classification_id", .uuid, .required, .references("job_classifications", "id"))
            .field("kind", .string, .required)
            .field("commitment", .string, .required)
            .field("use_case_id", .uuid, .references("use_cases", "id"))
            .field("owner_id", .uuid, .references("people", "id"))
            .field("due_on", .string)
            .field("done_on", .string)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "classification_plans", "exposure_ratings", "classification_occupations", "exposure_label_imports",
            "exposure_labels",
        ] {
            try await database.schema(table).delete()
        }
    }
}
