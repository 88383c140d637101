import Foundation

/// Writes the inventory as CSV (RFC 4180): one row per use, or one row for a tool without uses.
public enum InventoryCSV {
    /// The header row's column names.
    public static let columns = [
        "tool", "vendor", "version", "status", "categories", "hosting", "contact", "unit", "use",
        "purposes", "data_categories", "tier", "decision_role", "human_review",
    ]

    /// The CSV text for the entries, with CRLF line endings and a header row.
    public static func render(_ entries: [InventoryEntry]) -> String {
        var rows = [columns]
        for entry in entries {
            let tool = [
                entry.name, entry.vendor, entry.version, entry.status.rawValue,
                entry.categories.map(\.rawValue).joined(separator: ";"), entry.hosting.rawValue, entry.contact,
            ]
            if entry.uses.isEmpty { rows.append(tool + Array(repeating: "", count: 7)) }
            for use in entry.uses {
                rows.append(tool + [
                    use.unitName, use.title, use.purposes.map(\.rawValue).joined(separator: ";"),
                    use.dataCategories.map(\.rawValue).joined(separator: ";"), String(use.tier.rawValue),
                    use.decisionRole.rawValue, use.humanReview ? "yes" : "no",
                ])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field when it holds a comma, quote or line break, and defuses spreadsheet formulas.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
