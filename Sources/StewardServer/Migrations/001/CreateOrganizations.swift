import Fluent

struct CreateOrganizations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organizations")
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("bargaining_units")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .field("local", .string, .required)
            .field("contract_title", .string, .required)
            .field("contract_expires", .datetime)
            .unique(on: "organization_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bargaining_units").delete()
        try await database.schema("organizations").delete()
    }
}
