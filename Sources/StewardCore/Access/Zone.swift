/// A zone of confidentiality; every record lives in one (DESIGN.md, "Users and what each may see").
public enum Zone: String, CaseIterable, Codable, Sendable, Hashable {
    /// The AI inventory and published disclosures: anyone, without an account.
    case `public`
    /// Requests, decisions, pilots, audits, training and committee records: everyone with an account.
    case organization
    /// The union's own deliberations, grievance strategy and bargaining notes: never management.
    case unionPrivate = "union-private"
    /// Legal-privileged reviews and anything involving PHI: named roles only.
    case restricted
}
