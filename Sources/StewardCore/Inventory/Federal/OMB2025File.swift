/// Reads and writes the federal AI use-case inventory as CSV, the way the federal file is written: UTF-8 with a
/// byte-order mark, a header row of short column names, LF line endings, and fields quoted only when they need it.
///
/// Reading reports what it could not read, by line and column, and keeps every row it could:
///
/// ```swift
/// let reading = OMB2025File.read(csv: text)
/// reading.problems.map(\.description)   // ["line 9, column 1: the row has 35 fields; the header has 36"]
/// let back = OMB2025File.write(reading.rows, extraColumns: reading.extraColumns)
/// ```
///
/// Writing puts the 36 federal columns first, in the federal order, then any extra columns (Steward's own, see
/// ``StewardColumns``). Every cell is made safe to open in a spreadsheet by ``InventoryCSV``'s rule: a formula
/// starter that opens the cell or one of its pieces gets an apostrophe before it, and such a cell is quoted, as is
/// one holding a comma, semicolon, tab, quote or line break. The federal file itself quotes only cells holding a
/// comma, quote or line break; the extra quoting changes no value a CSV reader reads.
public enum OMB2025File {
    /// One use case: its federal record and the values of any columns outside the federal 36.
    public struct Row: Hashable, Sendable, Codable {
        public var record: OMB2025Record
        /// Values of the extra columns by column name; a column without a value is written empty.
        public var extras: [String: String]
        /// The line of the file the row starts on, for a row that was read from a file.
        public var line: Int?

        public init(record: OMB2025Record, extras: [String: String] = [:], line: Int? = nil) {
            self.record = record
            self.extras = extras
            self.line = line
        }

        /// A row with Steward's own columns as its extras.
        public init(record: OMB2025Record, steward: StewardColumns) {
            self.init(record: record, extras: steward.cells)
        }
    }

    /// What a file held: the rows that could be read, the extra columns in the file's order, and the problems.
    public struct Reading: Hashable, Sendable {
        public let rows: [Row]
        /// The header's columns that are not federal columns, in the file's order.
        public let extraColumns: [String]
        /// What could not be read, sorted by line and column.
        public let problems: [CSVReader.Problem]
        /// The line of the header row; 1 unless blank lines come first, and 1 for a file with no header.
        public var headerLine: Int = 1
        /// The column number (from 1) of each column the header names: a federal column by its short name, an
        /// extra one by its name as written. A column named twice has the number of its first occurrence.
        public var columnNumbers: [String: Int] = [:]

        /// The problems found in the header: a federal column missing or named twice.
        public var headerProblems: [CSVReader.Problem] { problems.filter { $0.line == headerLine } }

        /// The federal records of the rows, in the file's order.
        public var records: [OMB2025Record] { rows.map(\.record) }
    }

    /// Reads a federal inventory file.
    ///
    /// The header must name the 36 federal columns, in any order; each missing one is a problem naming it
    /// (except `id`, which the data dictionary lets agencies remove from their public inventories), and its cells
    /// are read as empty. A column named twice is a problem, and its second occurrence is ignored. Other columns
    /// are extras. A row with more or fewer fields than the header is a problem naming its line, and is skipped;
    /// the other rows are read. Text whose quoting is broken cannot be read past the break: it gives that one
    /// problem and no rows.
    public static func read(csv: String) -> Reading {
        let table: [CSVReader.Row]
        do {
            table = try CSVReader.rows(in: csv)
        } catch {
            return Reading(rows: [], extraColumns: [], problems: [error])
        }
        guard let header = table.first else {
            return Reading(
                rows: [], extraColumns: [],
                problems: [
                    CSVReader.Problem(line: 1, column: 1, "the file is empty; it needs a header row naming the columns")
                ])
        }
        let layout = Layout(header: header)
        var rows: [Row] = []
        var problems = layout.problems
        for row in table.dropFirst() {
            guard row.fields.count == header.fields.count else {
                problems.append(
                    CSVReader.Problem(
                        line: row.line, column: min(row.fields.count, header.fields.count) + 1,
                        "the row has \(row.fields.count) fields; the header has \(header.fields.count); the row is skipped"
                    ))
                continue
            }
            rows.append(layout.row(row))
        }
        return Reading(
            rows: rows, extraColumns: layout.extraColumns, problems: problems.sorted(), headerLine: header.line,
            columnNumbers: layout.columnNumbers)
    }

    /// The CSV text of the rows: a byte-order mark, the header, then one line per row, each ending in LF.
    ///
    /// - Parameters:
    ///   - extraColumns: the columns written after the 36 federal ones, in this order; a row's extras not named
    ///     here are left out.
    public static func write(_ rows: [Row], extraColumns: [String] = []) -> String {
        var text = "\u{FEFF}" + line(OMB2025.columns + extraColumns)
        for row in rows {
            text += line(row.record.cells + extraColumns.map { row.extras[$0] ?? "" })
        }
        return text
    }

    /// The CSV text of records with no extra columns.
    public static func write(records: [OMB2025Record]) -> String {
        write(records.map { Row(record: $0) })
    }

    private static func line(_ cells: [String]) -> String {
        cells.map(InventoryCSV.field).joined(separator: ",") + "\n"
    }
}
