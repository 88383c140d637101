import Fluent
import SQLKit

/// Contracts as records of their own, attached to the units they cover, with the calendar their time limits are
/// counted on and their grievance steps; and the organization's own calendar for units no contract covers (issue 10,
/// "Units, contracts and classifications"). A unit's older free-text contract title stays until a contract is
/// attached.
struct CreateContracts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contracts")
            .id()
            .field("title", .string, .required)
            .field("effective_on", .string, .required)
            .field("expires_on", .string)
            .field("time_zone", .string, .required)
            .field("day_count", .string, .required)
            .field("working_weekdays", .array(of: .int), .required)
            .field("holidays", .array(of: .string), .required)
            .field("grievance_steps", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("bargaining_units").field("contract_id", .uuid, .references("contracts", "id")).update()
        try await database.schema("organizations").field("time_zone", .string, .required, .sql(.default("UTC"))).update()
        try await database.schema("organizations").field("holidays", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organizations").deleteField("holidays").update()
        try await database.schema("organizations").deleteField("time_zone").update()
        try await database.schema("bargaining_units").deleteField("contract_id").update()
        try await database.schema("contracts").delete()
    }
}
