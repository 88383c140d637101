import Fluent

/// The questionnaire a privacy-impact-assessment step keeps as its record (issue 7), one per step; it may be
/// filled in again while its step is open.
struct CreatePrivacyAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("privacy_assessments")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("answers", .string, .required)
            .field("conclusion", .string, .required)
            .field("measures", .string, .required)
            .field("assessed_by", .string, .required)
            .field("assessed_at", .datetime, .required)
            .unique(on: "step_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("privacy_assessments").delete()
    }
}
