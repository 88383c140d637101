/// The decisions of a tool about people, with their categories: what a bias audit is computed from.
///
/// Stored by column, one number a row per category and one outcome a row, so that a log of a million rows is
/// small and quick to count.
///
/// ```swift
/// let log = try DecisionLog(csv: bytes, outcome: .selection(column: "hired"), categories: ["sex", "race"])
/// let audit = log.audit()
/// audit.groups.filter(\.isFlagged)  // groups selected at under four-fifths the rate of the most selected
/// ```
public struct DecisionLog: Sendable {
    /// Which column holds the outcome, and what kind of outcome it is.
    public enum Outcome: Hashable, Sendable {
        /// Selected or not: `1`, `true`, `yes` and `selected`, in any case, count as selected; anything else does not.
        case selection(column: String)
        /// A score: a row counts as selected when its score is above the median of all scores (the New York City
        /// rules' scoring rate, 6 RCNY § 5-300).
        case score(column: String)

        /// The outcome column's name.
        public var column: String {
            switch self {
            case .selection(let column), .score(let column): column
            }
        }
    }

    /// Each row's outcome.
    enum Outcomes: Sendable {
        case selected([Bool])
        case scores([Double])
    }

    /// The outcome column's name and kind.
    public let outcome: Outcome
    /// The category columns, in the order asked for.
    public let categories: [CategoryColumn]
    let outcomes: Outcomes

    /// How many decisions the log holds.
    public var rowCount: Int {
        switch outcomes {
        case .selected(let values): values.count
        case .scores(let values): values.count
        }
    }

    /// Creates a log of selections; every category column must have one value a row.
    public init(selected: [Bool], outcomeColumn: String = "selected", categories: [CategoryColumn]) {
        self.init(outcome: .selection(column: outcomeColumn), outcomes: .selected(selected), categories: categories)
    }

    /// Creates a log of scores; every category column must have one value a row.
    public init(scores: [Double], outcomeColumn: String = "score", categories: [CategoryColumn]) {
        self.init(outcome: .score(column: outcomeColumn), outcomes: .scores(scores), categories: categories)
    }

    init(outcome: Outcome, outcomes: Outcomes, categories: [CategoryColumn]) {
        self.outcome = outcome
        self.outcomes = outcomes
        self.categories = categories
    }
}
