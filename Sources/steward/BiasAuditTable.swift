import Analytics
import Foundation

/// The readable table of `steward audit bias`: one group a row, with its count, rate, ratio and flags.
enum BiasAuditTable {
    static func render(_ audit: BiasAudit) -> String {
        let rate = audit.rate == .selection ? "selection rate" : "scoring rate"
        let excluded = String(format: "excluded (under %g %% of rows)", audit.rules.excludeBelowShare * 100)
        let flagged = String(format: "FLAGGED (under %g)", audit.rules.flagBelow)
        var rows = [["group", "count", rate, "impact ratio", ""]]
        for group in audit.groups {
            rows.append([
                group.group.map { "\($0.column)=\($0.value)" }.joined(separator: ", "), String(group.count),
                String(format: "%.3f", group.selectionRate),
                group.impactRatio.map { String(format: "%.3f", $0) } ?? "–",
                group.isExcluded ? excluded : group.isFlagged ? flagged : "",
            ])
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let table = rows.map { row in
            row.enumerated().map { column, cell in
                column == 4 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var lines = ["\(audit.rows) decisions, outcome `\(audit.outcomeColumn)`"]
        if let median = audit.median { lines[0] += ", median score \(median)" }
        lines += audit.unknown.map { "\($0.count) rows unknown for \($0.columns.joined(separator: " × "))" }
        return (lines + [""] + table).joined(separator: "\n")
    }
}
