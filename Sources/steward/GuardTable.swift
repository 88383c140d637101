import DataGuard
import Foundation

/// The readable table of `steward guard scan`: one finding a row, with the text it covers.
enum GuardTable {
    static func render(_ findings: [Finding], in text: String) -> String {
        guard !findings.isEmpty else { return "No personal data or PHI found." }
        let scalars = Array(text.unicodeScalars)
        var rows = [["type", "category", "start", "end", "confidence", "text"]]
        for finding in findings {
            let covered = String(String.UnicodeScalarView(scalars[finding.start..<finding.end]))
                .replacingOccurrences(of: "\n", with: " ")
            rows.append([
                finding.type.rawValue, finding.type.dataCategory.rawValue, String(finding.start), String(finding.end),
                String(finding.confidence), covered,
            ])
        }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == 5 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
