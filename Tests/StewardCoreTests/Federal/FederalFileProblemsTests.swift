import Foundation
import StewardCore
import Testing

@Suite("Problems reading a federal inventory file")
struct FederalFileProblemsTests {
    /// A CSV line of `cells`, each quoted.
    static func line(_ cells: [String]) -> String {
        cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
    }

    static func cells(id: String, columns: [String]) -> [String] {
        columns.map { $0 == "id" ? id : $0 == "use_case_name" ? "Use \(id)" : "" }
    }

    @Test("a header without a federal column names it; the rows are still read, that cell empty")
    func missingColumn() {
        // given
        let columns = OMB2025.columns.filter { $0 != "has_pii" }
        let csv = Self.line(columns) + Self.line(Self.cells(id: "A-1", columns: columns))

        // when
        let reading = OMB2025File.read(csv: csv)

        // then
        #expect(
            reading.problems.map(\.description) == [
                "line 1, column 1: the header has no column `has_pii`. Add it, even empty: a federal inventory has all 36 columns."
            ])
        #expect(reading.records.map { $0[.id] } == ["A-1"])
        #expect(reading.records.first?[.hasPII] == "")
    }

    @Test("a row with too few or too many fields is named by its line, and the other rows are read")
    func wrongFieldCount() {
        // given
        let columns = OMB2025.columns
        let csv =
            Self.line(columns) + Self.line(Self.cells(id: "A-1", columns: columns))
            + Self.line(Array(Self.cells(id: "A-2", columns: columns).dropLast())) + "\n"
            + Self.line(Self.cells(id: "A-3", columns: columns))
            + Self.line(Self.cells(id: "A-4", columns: columns) + ["extra"])

        // when
        let reading = OMB2025File.read(csv: csv)

        // then
        #expect(
            reading.problems.map(\.description) == [
                "line 3, column 36: the row has 35 fields; the header has 36; the row is skipped",
                "line 6, column 37: the row has 37 fields; the header has 36; the row is skipped",
            ])
        #expect(reading.records.map { $0[.id] } == ["A-1", "A-3"])
        #expect(reading.rows.map(\.line) == [2, 5])
    }

    @Test("columns may come in any order; extra columns are returned by name, in the file's order")
    func orderAndExtras() {
        // given
        let columns = ["union_notice_date"] + OMB2025.columns.reversed() + ["note"]
        var cells = Self.cells(id: "A-1", columns: columns)
        cells[0] = "2026-03-02"
        cells[cells.count - 1] = "see file"

        // when
        let reading = OMB2025File.read(csv: Self.line(columns) + Self.line(cells))

        // then
        #expect(reading.problems == [])
        #expect(reading.extraColumns == ["union_notice_date", "note"])
        #expect(reading.rows.first?.extras == ["union_notice_date": "2026-03-02", "note": "see file"])
        #expect(reading.records.first?[.useCaseName] == "Use A-1")
        #expect(reading.records.first?[.demographicFeatures] == "")
    }

    @Test("an id column may be left out, as agencies may in their public inventories; a column named twice is named")
    func idOptionalAndDuplicates() {
        // given
        let columns = OMB2025.columns.filter { $0 != "id" } + ["Use_Case_Name "]

        // when
        let reading = OMB2025File.read(csv: Self.line(columns) + Self.line(Self.cells(id: "", columns: columns)))

        // then
        #expect(
            reading.problems.map(\.description) == [
                "line 1, column 36: the column `Use_Case_Name ` is named again (first in column 3); this one is ignored"
            ])
        #expect(reading.records.count == 1)
        #expect(reading.extraColumns == [])
    }

    @Test("broken quoting is reported where the quote opened, and nothing is read")
    func brokenQuoting() {
        // when
        let reading = OMB2025File.read(csv: Self.line(OMB2025.columns) + "\"A-1,\n")

        // then
        #expect(reading.problems.map(\.description) == ["line 2, column 1: the quote opened here is never closed"])
        #expect(reading.rows == [])
    }

    @Test("Steward's own columns are written after the federal ones and read back")
    func stewardColumns() throws {
        // given
        let steward = OMB2025File.StewardColumns(
            unionNoticeDate: LocalDay("2026-03-02"), bargainingStatus: .init(answer: .demandToBargain, outcome: nil),
            affectedUnits: ["Clerical", "Nurses' Unit"], affectedClassifications: ["Office Assistant"])
        var record = OMB2025Record()
        record[.id] = "CITY-1"

        // when
        let text = OMB2025File.write(
            [OMB2025File.Row(record: record, steward: steward)], extraColumns: OMB2025File.StewardColumns.names)
        let reading = OMB2025File.read(csv: text)

        // then
        #expect(
            text.hasPrefix(
                "\u{FEFF}" + OMB2025.columns.joined(separator: ",")
                    + ",union_notice_date,bargaining_status,affected_units,affected_classifications\n"))
        #expect(
            text.hasSuffix(#",2026-03-02,in-bargaining,"['Clerical', ""Nurses' Unit""]",['Office Assistant']"# + "\n"))
        let row = try #require(reading.rows.first)
        #expect(try OMB2025File.StewardColumns(extras: row.extras) == steward)
        #expect(row.record == record)
    }

    @Test("a Steward column that cannot be read names the column")
    func badStewardColumn() {
        let error = #expect(throws: DomainError.self) {
            try OMB2025File.StewardColumns(extras: ["union_notice_date": "3/2/2026"])
        }
        #expect(error?.field == "union_notice_date")
    }

    @Test("a record survives JSON, keyed by column name")
    func recordJSON() throws {
        // given
        var record = OMB2025Record()
        record[.hiJustification] = "Only drafts"

        // when
        let data = try JSONEncoder().encode(record)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]

        // then
        #expect(try JSONDecoder().decode(OMB2025Record.self, from: data) == record)
        #expect(object?["HI_justification"] == "Only drafts")
        #expect(object?.count == 36)
    }

    @Test("the header's line and each column's number are known, so that a caller can name a cell it refuses")
    func headerAndColumnNumbers() {
        // given
        let columns = ["note"] + OMB2025.columns.reversed().map { $0 == "HI_justification" ? "hi_justification" : $0 }
        let csv = "\n" + Self.line(columns) + Self.line(Self.cells(id: "A-1", columns: columns))

        // when
        let reading = OMB2025File.read(csv: csv)

        // then
        #expect(reading.headerLine == 2)
        #expect(reading.headerProblems == [])
        #expect(reading.columnNumbers["note"] == 1)
        #expect(reading.columnNumbers["HI_justification"] == 37 - OMB2025.Column.hiJustification.position)
        #expect(reading.columnNumbers["agency"] == 37)
    }
}
