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

    /// One cell, safe to open in a spreadsheet.
    ///
    /// A spreadsheet may split a cell further on any separator it guesses (comma, semicolon, tab, pipe, line
    /// break or other whitespace) and then read each piece that opens with a formula starter as a formula. The
    /// rule, applied to every cell:
    /// - a *formula starter* is `=`, `+`, `-`, `@`, a tab or a carriage return, or the full-width `＝`, `＋`, `－`,
    ///   `＠` (U+FF1D, U+FF0B, U+FF0D, U+FF20);
    /// - each starter that opens the cell, or directly follows a separator, gets an apostrophe put before it, so
    ///   the piece reads as text however the cell is split;
    /// - a cell that was defused, or that holds a comma, semicolon, tab, quote or line break, is quoted whole,
    ///   with its quotes doubled.
    ///
    /// ```swift
    /// InventoryCSV.field("=SUM(A1)")   // "'=SUM(A1)" quoted
    /// InventoryCSV.field("x;=1+1;y")   // "x;'=1+1;y" quoted
    /// ```
    static func field(_ value: String) -> String {
        var defused = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in value.unicodeScalars {
            if formulaStarters.contains(scalar), previous.map(isSeparator) ?? true { defused.append("'") }
            defused.append(scalar)
            previous = scalar
        }
        let needsQuotes = defused.count != value.unicodeScalars.count
            || defused.contains { quotedScalars.contains($0) }
        let text = String(defused)
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarters: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    private static let quotedScalars: Set<Unicode.Scalar> = [",", ";", "\t", "\"", "\n", "\r"]

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        ",;|\t\r\n".unicodeScalars.contains(scalar) || scalar.properties.isWhitespace
    }
}
