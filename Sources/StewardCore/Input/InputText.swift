import Foundation

/// The one check every piece of text goes through before Steward stores it: text that a database could not keep
/// exactly (a NUL cuts it short on SQLite, PostgreSQL refuses it) or that no person typed (other control
/// characters, Unicode noncharacters) is refused, named by field, instead of being stored altered.
///
/// ```swift
/// InputText.problem(in: "a\u{0}b", field: "label")?.message
/// // "`label` contains a NUL character (U+0000) at character 2; remove it"
/// ```
public enum InputText {
    /// The problem with `value` as the text of `field`, or nil when it can be stored as it is. Tabs and line breaks
    /// are text; other control characters are not.
    public static func problem(in value: String, field: String) -> DomainError? {
        for (offset, scalar) in value.unicodeScalars.enumerated() where !isAllowed(scalar) {
            return DomainError(
                code: .invalidField, field: field,
                message: "`\(field)` contains \(describe(scalar)) at character \(offset + 1); remove it")
        }
        return nil
    }

    /// `value` trimmed, when it is 1 to `limit` characters of text that can be stored; nil with its problem added to
    /// `problems` otherwise, where `what` says what to write ("give the grievance a title").
    public static func bounded(
        _ value: String, field: String, limit: Int, what: String, _ problems: inout [DomainError]
    ) -> String? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = problem(in: text, field: field) {
            problems.append(problem)
            return nil
        }
        guard (1...limit).contains(text.count) else {
            problems.append(DomainError(code: .invalidField, field: field, message: "\(what), in 1 to \(limit) characters"))
            return nil
        }
        return text
    }

    /// Every problem among named values.
    public static func problems(_ fields: [(field: String, value: String)]) -> [DomainError] {
        fields.compactMap { problem(in: $0.value, field: $0.field) }
    }

    /// Whether a scalar may appear in stored text.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0xFDD0...0xFDEF: false
        default: scalar.value & 0xFFFE != 0xFFFE
        }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0: return "a NUL character (\(code))"
        case 0x01...0x1F, 0x7F...0x9F: return "a control character (\(code))"
        default: return "a Unicode noncharacter (\(code))"
        }
    }
}
