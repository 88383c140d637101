/// Counts of rows and of selected rows per group of one breakdown (one column, or several crossed).
///
/// A row's group is its values' numbers combined in mixed radix; counts go into flat arrays while the number of
/// possible combinations is modest, and into a dictionary beyond.
struct GroupTally {
    private static let flatLimit = 1 << 20

    let columns: [CategoryColumn]
    private(set) var unknownCount = 0
    private var counts: [Int: (rows: Int, selected: Int)] = [:]

    init(columns: [CategoryColumn], positives: [Bool]) {
        self.columns = columns
        let unknownCodes = columns.map { column in column.values.firstIndex(of: "").map { UInt32($0) } }
        let radices = columns.map { max($0.values.count, 1) }
        let combinations = radices.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        if combinations > 0, combinations <= Self.flatLimit {
            var rows = [Int](repeating: 0, count: combinations)
            var selected = [Int](repeating: 0, count: combinations)
            for index in positives.indices {
                guard let key = key(row: index, radices: radices, unknownCodes: unknownCodes) else { continue }
                rows[key] += 1
                if positives[index] { selected[key] += 1 }
            }
            for key in rows.indices where rows[key] > 0 { counts[key] = (rows[key], selected[key]) }
        } else {
            for index in positives.indices {
                guard let key = key(row: index, radices: radices, unknownCodes: unknownCodes) else { continue }
                counts[key, default: (0, 0)].rows += 1
                if positives[index] { counts[key, default: (0, 0)].selected += 1 }
            }
        }
    }

    /// The row's group, or nil (and counted as unknown) when one of its values is empty.
    private mutating func key(row: Int, radices: [Int], unknownCodes: [UInt32?]) -> Int? {
        var key = 0
        for (position, column) in columns.enumerated() {
            let code = column.codes[row]
            if code == unknownCodes[position] {
                unknownCount += 1
                return nil
            }
            key = key &* radices[position] &+ Int(code)
        }
        return key
    }

    /// Each group's rate and ratio, in order of its values.
    func rates(rows: Int, rules: AuditRules) -> [GroupRate] {
        let minimum = rules.excludeBelowShare * Double(rows)
        let kept = counts.values.filter { Double($0.rows) >= minimum }
        let best = kept.map { Double($0.selected) / Double($0.rows) }.max() ?? 0
        let groups = counts.map { key, tally in
            let isExcluded = Double(tally.rows) < minimum
            let ratio = isExcluded || best == 0 ? nil : Double(tally.selected) / Double(tally.rows) / best
            return GroupRate(
                group: values(of: key), count: tally.rows, selected: tally.selected, impactRatio: ratio,
                isExcluded: isExcluded, isFlagged: ratio.map { $0 < rules.flagBelow } ?? false)
        }
        return groups.sorted { $0.group.map(\.value).lexicographicallyPrecedes($1.group.map(\.value)) }
    }

    /// The column values a key stands for.
    private func values(of key: Int) -> [CategoryValue] {
        var remainder = key
        var values: [CategoryValue] = []
        for column in columns.reversed() {
            let radix = max(column.values.count, 1)
            values.append(CategoryValue(column: column.name, value: column.values[remainder % radix]))
            remainder /= radix
        }
        return values.reversed()
    }
}
