/// The result of a bias audit: every group's selection rate and impact ratio, for each category column alone and
/// for their intersection, in the manner of New York City's rules (6 RCNY §§ 5-300 to 5-304).
///
/// Encoded as JSON it reads `{"rows", "outcome", "rate", "median"?, "rules", "unknown", "groups": [{"group":
/// {COLUMN: VALUE…}, "count", "selectionRate", "impactRatio"?, "excluded", "flagged"}]}`.
public struct BiasAudit: Hashable, Sendable {
    /// Whether the rates are selection rates or scoring rates.
    public enum RateKind: String, Hashable, Sendable, Codable {
        /// The share selected.
        case selection
        /// The share scored above the median of all scores.
        case scoring
    }

    /// Rows whose value is empty (unknown) in at least one of a breakdown's columns.
    public struct UnknownCount: Hashable, Sendable, Encodable {
        /// The columns of the breakdown: one column, or all of them for the intersection.
        public let columns: [String]
        /// How many rows were left out of its groups for lack of a value.
        public let count: Int
    }

    /// How many decisions were audited.
    public let rows: Int
    /// The outcome column.
    public let outcomeColumn: String
    /// Selection or scoring rates.
    public let rate: RateKind
    /// The median score that scoring rates are measured against; nil for selections.
    public let median: Double?
    /// The thresholds applied.
    public let rules: AuditRules
    /// Unknown values, per breakdown that has any.
    public let unknown: [UnknownCount]
    /// Each group of each column, then each group of the intersection of all columns (when there are several).
    public let groups: [GroupRate]
}
