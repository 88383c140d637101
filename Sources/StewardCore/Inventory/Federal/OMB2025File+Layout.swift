import Foundation

extension OMB2025File {
    /// Where each column sits in a file's header. Federal names are matched without regard to case or surrounding
    /// spaces (`HI_justification` is also `hi_justification`); an extra column keeps its name as written.
    struct Layout {
        /// The field index of each federal column, nil for a missing one.
        let federal: [Int?]
        let extraColumns: [String]
        let extraIndexes: [Int]
        let problems: [CSVReader.Problem]
        /// The column number (from 1) of each federal column by its short name and each extra one by its name.
        let columnNumbers: [String: Int]

        init(header: CSVReader.Row) {
            var seen: [String: Int] = [:]
            var problems: [CSVReader.Problem] = []
            var extraColumns: [String] = []
            var extraIndexes: [Int] = []
            for (index, name) in header.fields.enumerated() {
                let key = Self.federalNames[Self.normalized(name)]?.rawValue ?? name
                if let first = seen[key] {
                    problems.append(
                        CSVReader.Problem(
                            line: header.line, column: index + 1,
                            "the column `\(name)` is named again (first in column \(first + 1)); this one is ignored"))
                    continue
                }
                seen[key] = index
                if Self.federalNames[Self.normalized(name)] == nil {
                    extraColumns.append(name)
                    extraIndexes.append(index)
                }
            }
            federal = OMB2025.Column.allCases.map { seen[$0.rawValue] }
            for (column, index) in zip(OMB2025.Column.allCases, federal) where index == nil && column != .id {
                problems.append(
                    CSVReader.Problem(
                        line: header.line, column: 1,
                        "the header has no column `\(column.rawValue)`"
                            + Suggestion.hint(for: column.rawValue, among: extraColumns)
                            + "Add it, even empty: a federal inventory has all 36 columns."))
            }
            columnNumbers = seen.mapValues { $0 + 1 }
            self.extraColumns = extraColumns
            self.extraIndexes = extraIndexes
            self.problems = problems
        }

        /// The row's record and extras; a missing federal column reads as empty (`[]` for a list column).
        func row(_ row: CSVReader.Row) -> Row {
            var record = OMB2025Record()
            for (column, index) in zip(OMB2025.Column.allCases, federal) {
                if let index { record[column] = row.fields[index] }
            }
            let extras = Dictionary(uniqueKeysWithValues: zip(extraColumns, extraIndexes.map { row.fields[$0] }))
            return Row(record: record, extras: extras, line: row.line)
        }

        private static let federalNames = Dictionary(
            uniqueKeysWithValues: OMB2025.Column.allCases.map { (normalized($0.rawValue), $0) })

        private static func normalized(_ name: String) -> String {
            name.trimmingCharacters(in: .whitespaces).lowercased()
        }
    }
}
