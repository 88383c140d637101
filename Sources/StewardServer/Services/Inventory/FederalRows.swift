import StewardCore

/// The rows of a federal inventory file that can be imported, and every problem by line and column: the file's own
/// (a row with the wrong number of fields is skipped), a cell holding text that cannot be stored (the row is
/// skipped), and a Steward column that does not read (it is left out; the row's federal record is imported).
struct FederalRows: Sendable {
    let reading: OMB2025File.Reading
    let uses: [(row: OMB2025File.Row, use: FederalUse)]
    /// Sorted by line and column.
    let problems: [CSVReader.Problem]

    init(_ reading: OMB2025File.Reading) {
        self.reading = reading
        var uses: [(row: OMB2025File.Row, use: FederalUse)] = []
        var problems = reading.problems
        for row in reading.rows {
            let line = row.line ?? 0
            if let problem = Self.unstorable(row, line: line, columns: reading.columnNumbers) {
                problems.append(problem)
                continue
            }
            var steward = OMB2025File.StewardColumns()
            do {
                steward = try OMB2025File.StewardColumns(extras: row.extras)
            } catch {
                problems.append(
                    CSVReader.Problem(
                        line: line, column: reading.columnNumbers[error.field] ?? 1,
                        error.message + "; the row was imported without it"))
            }
            uses.append((row, FederalUse(row, affectedUnits: steward.affectedUnits)))
        }
        self.uses = uses
        self.problems = problems.sorted()
    }

    /// The first cell of the row holding text that no database keeps exactly (a NUL, another control character).
    private static func unstorable(
        _ row: OMB2025File.Row, line: Int, columns: [String: Int]
    ) -> CSVReader.Problem? {
        let cells =
            zip(OMB2025.columns, row.record.cells).map { ($0, $1) }
            + row.extras.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (name, cell) in cells {
            if let problem = InputText.problem(in: cell, field: name) {
                return CSVReader.Problem(
                    line: line, column: columns[name] ?? 1, problem.message + "; the row was not imported")
            }
        }
        return nil
    }
}
