import Foundation
import Vapor

extension StewardRunner {
    /// Adds an organization's worth of numbered records (units, people, tools, use cases with their review steps,
    /// audit events) to the installation's database, for measuring Steward at scale; returns what it added.
    public static func seedAtScale(
        in app: Application, units: Int, people: Int, tools: Int, usesPerTool: Int, events: Int
    ) async throws -> String {
        try await ScaleSeeder(database: app.db, context: try app.steward).seed(
            ScaleSeeder.Counts(units: units, people: people, tools: tools, usesPerTool: usesPerTool, events: events))
    }
}
