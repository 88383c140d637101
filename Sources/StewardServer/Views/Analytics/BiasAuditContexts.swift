import StewardCore
import Foundation
import Vapor

/// One group of a bias audit as its tables show it.
struct BiasGroupRow: Encodable {
    let group: String
    let count: Int
    let selected: Int
    let rate: String
    let impactRatio: String
    let note: String

    init(_ group: BiasAuditGroupModel) {
        self.group = group.groupLabel.isEmpty ? "(none)" : group.groupLabel
        count = group.count
        selected = group.selected
        rate = BarChart.percent(group.rate)
        impactRatio = group.impactRatio.map { String(format: "%.3f", $0) } ?? "—"
        note = group.excluded ? "Left out: under 2 % of the decisions"
            : group.flagged ? "Under the four-fifths line" : ""
    }
}

/// One breakdown of a bias audit (a column, or the intersection of all): its groups and their impact-ratio chart.
struct BiasBreakdown: Encodable {
    let columns: String
    let rows: [BiasGroupRow]
    let chart: BarChart

    /// The audit's breakdowns, in the order computed: each column, then their intersection.
    static func of(_ audit: BiasAuditModel) -> [BiasBreakdown] {
        let groups = audit.groups.sorted { $0.position < $1.position }
        var order: [String] = []
        for group in groups where !order.contains(group.breakdown) { order.append(group.breakdown) }
        return order.enumerated().map { index, columns in
            let members = groups.filter { $0.breakdown == columns }
            let kept = members.filter { $0.impactRatio != nil }
            let chart = BarChart(
                id: "ratios-\(index)", title: "Impact ratios by \(columns)",
                summary: "Each group's \(audit.rateKind) rate over that of the most selected group, with the four-fifths "
                    + "line at 0.8. " + kept.map { "\($0.groupLabel): \(String(format: "%.2f", $0.impactRatio ?? 0))" }
                    .joined(separator: "; ") + (kept.count < members.count ? ". Groups under 2 % of the decisions are left out." : "."),
                bars: kept.map { group in
                    BarChart.Bar(
                        label: group.groupLabel, value: group.impactRatio ?? 0,
                        valueText: String(format: "%.2f", group.impactRatio ?? 0), flag: group.flagged ? "under 0.8" : nil)
                },
                maximum: 1, reference: (0.8, "0.8"))
            return BiasBreakdown(columns: columns, rows: members.map(BiasGroupRow.init), chart: chart)
        }
    }
}

/// A bias audit's facts, as its page and the public summary state them.
struct BiasAuditFacts: Encodable {
    let conductedOn: String
    let dataSource: String
    let fileName: String
    let outcome: String
    let rateKind: String
    let categories: String
    let rows: Int
    /// Rows of unknown category per breakdown, or "None".
    let unknown: String
    let flagged: Int
    let recordedBy: String

    init(_ audit: BiasAuditModel) {
        conductedOn = audit.conductedOn
        dataSource = audit.dataSource
        fileName = audit.fileName
        outcome = audit.outcomeColumn
        rateKind = audit.rateKind == "scoring"
            ? "Scoring rate: the share scored above the median of all scores"
                + (audit.median.map { " (\(String(format: "%g", $0)))" } ?? "")
            : "Selection rate: the share selected"
        categories = audit.categories
        rows = audit.rows
        unknown = audit.unknown.isEmpty ? "None" : audit.unknown.split(separator: "\n").joined(separator: "; ")
        flagged = audit.flagged
        recordedBy = audit.recordedBy
    }
}

/// A bias audit's page, for those who may read its use's steps.
struct BiasAuditContext: Encodable {
    let layout: LayoutContext
    let useTitle: String
    let stepHref: String
    let facts: BiasAuditFacts
    let breakdowns: [BiasBreakdown]
    let publicHref: String?
}

/// The public summary of a bias audit, in the form New York City's rules ask for (6 RCNY § 5-304).
struct PublicBiasAuditContext: Encodable {
    let layout: LayoutContext
    let useTitle: String
    let toolName: String
    let inUseSince: String?
    let disclosureHref: String
    let facts: BiasAuditFacts
    let breakdowns: [BiasBreakdown]
}

/// The bias-audit part of an audit step's panel: the audits computed so far and the upload form.
struct BiasAuditPanel: Encodable {
    struct Row: Encodable {
        let href: String
        let conductedOn: String
        let rows: Int
        let categories: String
        let flagged: Int
        let published: Bool
    }

    struct Form: Encodable {
        let action: String
        let values: [String: String]
        let problems: [String]
        let errors: FieldMessages
        let isScore: Bool
        let isSelection: Bool
    }

    let audits: [Row]
    let form: Form?

    init(stepID: ReviewStepID, audits: [BiasAuditModel], mayRecord: Bool, values: [String: String], problems: [DomainError]) throws {
        self.audits = try audits.map { audit in
            Row(
                href: Paths.biasAudit.href(try audit.requireID().uuidString.lowercased()), conductedOn: audit.conductedOn,
                rows: audit.rows, categories: audit.categories, flagged: audit.flagged, published: audit.published)
        }
        form = mayRecord
            ? Form(
                action: Paths.stepBiasAudits.href(stepID), values: values, problems: problems.map(\.message),
                errors: FieldMessages(problems), isScore: values["kind"] == "score",
                isSelection: values["kind"] != "score")
            : nil
    }
}
