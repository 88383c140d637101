import Analytics
import StewardCore

extension AnalyticsError {
    /// The problem as a form's or an API body's: on `field`, with the line and column in the file it came from.
    func domainError(field: String = "file") -> DomainError {
        DomainError(
            code: .invalidField, field: field, message: description, line: location?.line, column: location?.column)
    }
}
