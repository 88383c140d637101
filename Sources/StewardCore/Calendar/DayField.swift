import Foundation

/// The one check of a day typed into a form or an API body: `YYYY-MM-DD`, and, for a record of something that
/// happened, not after today.
///
/// ```swift
/// DayField.problem(in: "2026-12-01", field: "heldOn", notAfter: LocalDay("2026-11-30"))?.message
/// // "2026-12-01 is after today (2026-11-30); record it once it has happened"
/// ```
public enum DayField {
    /// The problem with `text` as the day of `field`, or nil when it is a day (no later than `today`, when given).
    public static func problem(in text: String, field: String, notAfter today: LocalDay? = nil) -> DomainError? {
        guard let day = LocalDay(text.trimmingCharacters(in: .whitespaces)) else {
            return DomainError(
                code: .invalidField, field: field,
                message: "`\(field)` is `\(text.prefix(40))`; write the day as YYYY-MM-DD, such as 2026-03-09")
        }
        if let today, day > today {
            return DomainError(
                code: .invalidField, field: field, message: "\(day) is after today (\(today)); record it once it has happened")
        }
        return nil
    }
}
