/// The thresholds of a bias audit.
///
/// The defaults follow New York City's rules for automated employment decision tools (Local Law 144 of 2021;
/// 6 RCNY §§ 5-300 to 5-304): an auditor may leave out of the impact ratios a category under 2 % of the data
/// (§ 5-301). Flagging a ratio under 0.8 is the four-fifths rule of thumb of the US Uniform Guidelines on Employee
/// Selection Procedures (29 CFR § 1607.4(D)), which the city's rules do not set themselves.
public struct AuditRules: Hashable, Sendable, Codable {
    /// An impact ratio under this is flagged.
    public var flagBelow: Double
    /// A group holding less than this share of the log's rows gets no impact ratio and is not a reference.
    public var excludeBelowShare: Double

    /// Creates rules.
    public init(flagBelow: Double, excludeBelowShare: Double) {
        self.flagBelow = flagBelow
        self.excludeBelowShare = excludeBelowShare
    }

    /// Flag under 0.8; leave out groups under 2 % of the data.
    public static let newYorkCity = AuditRules(flagBelow: 0.8, excludeBelowShare: 0.02)
}
