import Foundation

/// A course as a form or an API body gives it, checked before it is stored.
///
/// ```swift
/// TrainingCourseDraft(title: " ", audience: "all", validForMonths: "0").problems.map(\.field)
/// // ["title", "audience", "validForMonths"]
/// ```
public struct TrainingCourseDraft: Hashable, Sendable {
    public var title: String
    public var audience: String
    /// Months as typed; empty for a course that never has to be renewed.
    public var validForMonths: String

    public init(title: String = "", audience: String = TrainingAudience.everyone.rawValue, validForMonths: String = "") {
        self.title = title
        self.audience = audience
        self.validForMonths = validForMonths
    }

    /// The longest a completion may count before it must be renewed: ten years.
    public static let monthsRange = 1...120

    /// Every problem with the draft, by field.
    public var problems: [DomainError] {
        var problems = InputText.problems([("title", title)])
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.count > 200 {
            problems.append(DomainError(code: .invalidField, field: "title", message: "give the course a title of 1 to 200 characters"))
        }
        if TrainingAudience(rawValue: audience) == nil {
            problems.append(DomainError(
                code: .invalidField, field: "audience",
                message: "`audience` is `\(audience.prefix(40))`; choose "
                    + TrainingAudience.allCases.map(\.rawValue).joined(separator: " or ")))
        }
        let months = validForMonths.trimmingCharacters(in: .whitespaces)
        if !months.isEmpty, Int(months).map(Self.monthsRange.contains) != true {
            problems.append(DomainError(
                code: .invalidField, field: "validForMonths",
                message: "`validForMonths` is `\(months.prefix(20))`; give a whole number of months from "
                    + "\(Self.monthsRange.lowerBound) to \(Self.monthsRange.upperBound), or leave it empty if the course never expires"))
        }
        return problems
    }

    /// The checked values, or nil while there are problems.
    public var checked: (title: String, audience: TrainingAudience, validForMonths: Int?)? {
        guard problems.isEmpty, let audience = TrainingAudience(rawValue: audience) else { return nil }
        return (title.trimmingCharacters(in: .whitespacesAndNewlines), audience, Int(validForMonths.trimmingCharacters(in: .whitespaces)))
    }
}
