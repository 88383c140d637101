/// One category column of a decision log (sex, race/ethnicity, or any other), stored as a number a row.
///
/// An empty value means the category is unknown for that row; such rows are counted apart and left out of that
/// column's groups, as the New York City rules ask (6 RCNY § 5-303).
public struct CategoryColumn: Hashable, Sendable {
    /// The column's name, as in the log's header.
    public let name: String
    /// The distinct values, indexed by the numbers in ``codes``.
    public let values: [String]
    /// Each row's value, as an index into ``values``.
    public let codes: [UInt32]

    /// Creates a column from each row's value.
    public init(name: String, rows: [String]) {
        var interner = ValueInterner()
        var codes: [UInt32] = []
        codes.reserveCapacity(rows.count)
        for var value in rows {
            codes.append(value.withUTF8 { interner.code(for: $0) })
        }
        self.init(name: name, values: interner.values, codes: codes)
    }

    init(name: String, values: [String], codes: [UInt32]) {
        self.name = name
        self.values = values
        self.codes = codes
    }
}
