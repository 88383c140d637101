extension DecisionLog {
    /// Computes selection (or scoring) rates and impact ratios for every group of each category column and of
    /// their intersection.
    ///
    /// A group under the rules' share of all rows is excluded: it has a rate but no impact ratio and is not the
    /// reference. Each kept group's impact ratio is its rate over the highest rate among the kept groups of the
    /// same breakdown (6 RCNY § 5-300, "impact ratio").
    public func audit(rules: AuditRules = .newYorkCity) -> BiasAudit {
        let (positives, median) = positiveOutcomes()
        var breakdowns = categories.map { [$0] }
        if categories.count > 1 { breakdowns.append(categories) }
        var groups: [GroupRate] = []
        var unknown: [BiasAudit.UnknownCount] = []
        for columns in breakdowns {
            let tally = GroupTally(columns: columns, positives: positives)
            groups += tally.rates(rows: rowCount, rules: rules)
            if tally.unknownCount > 0 {
                unknown.append(BiasAudit.UnknownCount(columns: columns.map(\.name), count: tally.unknownCount))
            }
        }
        return BiasAudit(
            rows: rowCount, outcomeColumn: outcome.column, rate: median == nil ? .selection : .scoring,
            median: median, rules: rules, unknown: unknown, groups: groups)
    }

    /// Whether each row counts as selected, and the median for scores.
    private func positiveOutcomes() -> ([Bool], Double?) {
        switch outcomes {
        case .selected(let selected):
            return (selected, nil)
        case .scores(let scores):
            let median = Median.of(scores)
            return (scores.map { $0 > median }, median)
        }
    }
}
