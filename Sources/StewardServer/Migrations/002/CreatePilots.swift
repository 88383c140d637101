import Fluent

/// Pilots: plan, participants, metrics, the worker survey and the joint evaluation (Seed 002, "Pilot Programs").
struct CreatePilots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pilots")
            .id()
            .field("step_id", .uuid, .required, .references("review_steps", "id"))
            .field("scope", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("started_at", .datetime)
            .field("started_by", .string)
            .field("findings", .string, .required)
            .field("outcome", .string)
            .field("extend_to", .string)
            .field("evaluated_by", .string)
            .field("management_signer_id", .uuid, .references("people", "id"))
            .field("management_signed_at", .datetime)
            .field("union_signer_id", .uuid, .references("people", "id"))
            .field("union_signed_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "step_id")
            .create()
        try await database.schema("pilot_participants")
            .id()
            .field("pilot_id", .uuid, .required, .references("pilots", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .unique(on: "pilot_id", "person_id")
            .create()
        try await database.schema("pilot_metrics")
            .id()
            .field("pilot_id", .uuid, .required, .references("pilots", "id"))
            .field("criterion", .string, .required)
            .field("recorded_on", .string, .required)
            .field("value", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("pilot_survey_answers")
            .id()
            .field("pilot_id", .uuid, .required, .references("pilots", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("efficiency", .int, .required)
            .field("cost_effectiveness", .int, .required)
            .field("accuracy", .int, .required)
            .field("working_conditions", .int, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "pilot_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["pilot_survey_answers", "pilot_metrics", "pilot_participants", "pilots"] {
            try await database.schema(table).delete()
        }
    }
}
