extension BiasAudit: Encodable {
    private enum CodingKeys: String, CodingKey {
        case rows, outcome, rate, median, rules, unknown, groups
    }

    /// `{"rows", "outcome", "rate", "median"?, "rules", "unknown", "groups"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(outcomeColumn, forKey: .outcome)
        try container.encode(rate, forKey: .rate)
        try container.encodeIfPresent(median, forKey: .median)
        try container.encode(rules, forKey: .rules)
        try container.encode(unknown, forKey: .unknown)
        try container.encode(groups, forKey: .groups)
    }
}

extension GroupRate: Encodable {
    private enum CodingKeys: String, CodingKey {
        case group, count, selectionRate, impactRatio, excluded, flagged
    }

    /// A column name as a key of the `group` object.
    private struct ColumnKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// `{"group": {COLUMN: VALUE…}, "count", "selectionRate", "impactRatio"?, "excluded", "flagged"}`; the impact
    /// ratio is left out where there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var values = container.nestedContainer(keyedBy: ColumnKey.self, forKey: .group)
        for value in group { try values.encode(value.value, forKey: ColumnKey(stringValue: value.column)) }
        try container.encode(count, forKey: .count)
        try container.encode(selectionRate, forKey: .selectionRate)
        try container.encodeIfPresent(impactRatio, forKey: .impactRatio)
        try container.encode(isExcluded, forKey: .excluded)
        try container.encode(isFlagged, forKey: .flagged)
    }
}
