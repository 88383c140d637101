import Foundation
import StewardCore
import Vapor

/// The usage page: the gateway's calls summed up for those who oversee AI use (drawn before, the same for readers
/// of the same access: ``UsageSummaryContext``), and each person's own calls.
struct UsageContext: Encodable {
    struct OwnCall: Encodable {
        let at: String
        let tool: String
        let verdict: String
        let rule: String
        let findings: String
        let tokens: String
    }

    let layout: LayoutContext
    /// The summary as drawn; nil for those who may not read it.
    let summaryHTML: String?
    let minimumPeople: Int
    let ownCalls: [OwnCall]
    /// The page of the viewer's older calls, if there are more.
    let nextHref: String?

    init(
        request: Request, summaryHTML: String?, own: [UsageEventModel], toolNames: [UUID: String], nextHref: String?
    ) {
        self.nextHref = nextHref
        layout = LayoutContext(request: request, title: "AI use through the gateway")
        self.summaryHTML = summaryHTML
        minimumPeople = UsageSummary.minimumPeople
        ownCalls = own.map { event in
            let findings = event.findingCounts
            return OwnCall(
                at: DisplayFormat.dateTime(event.at), tool: event.toolID.flatMap { toolNames[$0] } ?? "no tool named",
                verdict: event.verdict, rule: event.rule,
                findings: findings.isEmpty ? "none" : findings.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                    .joined(separator: ", "),
                tokens: [event.promptTokens, event.completionTokens].compactMap { $0 }.map(String.init).joined(separator: " + "))
        }
    }
}

/// The gateway's calls by week, tool, unit and verdict, as a chart and a table (`usage/_summary`).
struct UsageSummaryContext: Encodable {
    struct SummaryRow: Encodable {
        let tool: String
        let unit: String
        let verdict: String
        let cells: [String]
    }

    let weeks: [String]
    let rows: [SummaryRow]
    let chart: UsageChart

    init(_ summary: UsageSummary) {
        weeks = summary.weeks.map { String($0.description.dropFirst(5)) }
        rows = summary.rows.map { row in
            SummaryRow(
                tool: row.tool, unit: row.unit, verdict: row.verdict.rawValue,
                cells: row.cells.map { cell in
                    cell.calls.map(String.init) ?? (cell.isEmpty ? "0" : "fewer than 5 people")
                })
        }
        chart = UsageChart(summary)
    }
}
