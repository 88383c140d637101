import Foundation

/// A problem with an AI tool that a person reports, by name or anonymously (Seed 000: workers raise concerns about
/// AI without fear of retaliation; Seed 003: a channel for feedback on AI in the workplace).
public enum ConcernReport {
    /// Where a report stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Received, not yet taken up.
        case open
        /// A union representative took it up as a grievance.
        case grievance
        /// Looked into and closed, with a word on what was done.
        case closed
    }

    /// The longest report kept.
    public static let maximumLength = 5_000

    /// The report's text as it is kept, trimmed, or nil with the problem added to `problems`.
    public static func body(_ text: String, field: String = "body", problems: inout [DomainError]) -> String? {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = InputText.problem(in: body, field: field) {
            problems.append(problem)
            return nil
        }
        guard (1...maximumLength).contains(body.count) else {
            problems.append(DomainError(
                code: .invalidField, field: field,
                message: "say what happened in 1 to \(maximumLength) characters (this text has \(body.count))"))
            return nil
        }
        return body
    }
}
