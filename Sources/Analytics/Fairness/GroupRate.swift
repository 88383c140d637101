/// The selection rate of one group (a value of one category column, or a combination of values of several) and
/// its impact ratio against the most selected group.
public struct GroupRate: Hashable, Sendable {
    /// The group: a value for each column it is defined by, in the order the columns were asked for.
    public let group: [CategoryValue]
    /// How many rows of the log belong to it.
    public let count: Int
    /// How many of them were selected (or scored above the median).
    public let selected: Int
    /// Its selection rate over that of the most selected group kept; nil for an excluded group, and when no kept
    /// group was selected at all.
    public let impactRatio: Double?
    /// Whether the group is too small to count in the ratios (under the rules' share of the data).
    public let isExcluded: Bool
    /// Whether its impact ratio is under the rules' threshold.
    public let isFlagged: Bool

    /// Its selection rate (or scoring rate): ``selected`` over ``count``.
    public var selectionRate: Double { Double(selected) / Double(count) }
}

/// One column's value in the definition of a group, such as `sex = F`.
public struct CategoryValue: Hashable, Sendable {
    /// The category column.
    public let column: String
    /// Its value for the group.
    public let value: String
}
