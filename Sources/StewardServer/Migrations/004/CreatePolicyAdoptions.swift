import Fluent

/// The policy packs the organization adopted, each version kept (DESIGN.md, "The policy engine"). The packs that
/// ship with Steward are adopted organization-wide when the table is first found empty (``PolicyStore``).
struct CreatePolicyAdoptions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("policy_adoptions")
            .id()
            .field("pack_id", .string, .required)
            .field("number", .int, .required)
            .field("pack_version", .int, .required)
            .field("title", .string, .required)
            .field("effective", .string, .required)
            .field("source", .string, .required)
            .field("unit_ids", .array(of: .string), .required)
            .field("adopted_by", .string, .required)
            .field("adopted_at", .datetime, .required)
            .field("superseded_at", .datetime)
            .unique(on: "pack_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("policy_adoptions").delete()
    }
}
