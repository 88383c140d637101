extension DelimitedTable.Row {
    /// A field's text.
    func text(at column: Int) -> String { fields[column] }

    /// A field read as a number; commas between digit groups (`140,886,310`) are allowed.
    /// - Throws: ``AnalyticsError/Code/invalidValue`` naming the field when it is not a number.
    func number(at column: Int) throws(AnalyticsError) -> Double {
        guard let value = optionalNumber(at: column) else {
            throw AnalyticsError(
                code: .invalidValue, message: "`\(fields[column])` is not a number", location: locations[column])
        }
        return value
    }

    /// A field read as a number, or nil when it is blank or holds a marker of a missing value (`*`, `**`, `#`).
    func optionalNumber(at column: Int) -> Double? {
        let field = fields[column].filter { $0 != "," && $0 != " " }
        return Double(field)
    }

    /// A field parsed by a type's raw value.
    /// - Throws: ``AnalyticsError/Code/invalidValue`` listing the values the column takes.
    func value<Value: RawRepresentable & CaseIterable>(_: Value.Type, at column: Int) throws(AnalyticsError) -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: fields[column]) else {
            let known = Value.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            throw AnalyticsError(
                code: .invalidValue, message: "`\(fields[column])` is not one of \(known)",
                location: locations[column])
        }
        return value
    }
}
