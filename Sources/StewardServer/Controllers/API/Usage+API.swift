import Foundation
import StewardAPI
import StewardCore

extension Components.Schemas.UsageSummary {
    /// The summary with its hidden cells as `null` and its empty ones as 0, as the `/usage` page shows them.
    init(_ summary: UsageSummary) throws {
        self.init(
            weeks: summary.weeks.map(\.description), minimumPeople: UsageSummary.minimumPeople,
            rows: try summary.rows.map { row in
                Components.Schemas.UsageRow(
                    tool: row.tool, unit: row.unit, verdict: try Vocabulary.convert(row.verdict),
                    calls: row.cells.map { cell in cell.isEmpty ? 0 : cell.calls })
            },
            weeklyTotals: zip(summary.weeks, summary.weekly).map { week, calls in
                Components.Schemas.UsageWeekTotal(
                    week: week.description, forward: calls[.forward] ?? 0, redact: calls[.redact] ?? 0,
                    refuse: calls[.refuse] ?? 0)
            })
    }
}

extension Components.Schemas.UsageEvent {
    /// One of the caller's calls; `toolNames` names the tools of the page's calls.
    init(_ event: UsageEventModel, toolNames: [UUID: String]) throws {
        let id = try event.requireID()
        guard let verdict = Components.Schemas.GatewayVerdict(rawValue: event.verdict),
              let rule = Components.Schemas.GatewayRule(rawValue: event.rule)
        else {
            throw StewardError(
                .internalServerError,
                "usage event \(id): verdict `\(event.verdict)` or rule `\(event.rule)` is not in the API document")
        }
        self.init(
            id: id.uuidString.lowercased(), at: event.at,
            tool: event.toolID.flatMap { tool in
                toolNames[tool].map { .init(id: tool.uuidString.lowercased(), name: $0) }
            },
            useCaseID: event.useCaseID?.uuidString.lowercased(), unitID: event.unitID?.uuidString.lowercased(),
            verdict: verdict, rule: rule, findings: .init(additionalProperties: event.findingCounts),
            promptTokens: event.promptTokens, completionTokens: event.completionTokens,
            latencyMilliseconds: event.latencyMilliseconds)
    }
}
