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
        InputText.bounded(text, field: field, limit: maximumLength, what: "say what happened", &problems)
    }
}
