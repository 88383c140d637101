import Foundation
import StewardCore
import Testing

@Suite("The 2025 federal inventory read, written and read again")
struct FederalRoundTripTests {
    @Test(
        "every row of the federal file comes back cell for cell, formula starters defused",
        .enabled(if: FederalInventoryData.isAvailable, FederalInventoryData.absence))
    func roundTrip() throws {
        // given
        let original = OMB2025File.read(csv: try FederalInventoryData.text())
        #expect(original.problems == [])
        #expect(original.rows.count == 3_611)
        #expect(original.records.filter { $0[.id].isEmpty }.count == 704)
        let ids = original.records.map { $0[.id] }.filter { !$0.isEmpty }
        #expect(ids.count - Set(ids).count > 0)

        // when
        let written = OMB2025File.write(original.rows, extraColumns: original.extraColumns)
        let back = OMB2025File.read(csv: written)

        // then
        #expect(back.problems == [])
        try #require(back.rows.count == original.rows.count)
        var defused = 0
        var different: [String] = []
        for (before, after) in zip(original.records, back.records) {
            for column in OMB2025.Column.allCases where before[column] != after[column] {
                if Self.isDefused(after[column], from: before[column]) {
                    defused += 1
                } else {
                    different.append("\(before[.id]) \(column.rawValue)")
                }
            }
        }
        #expect(different == [])
        #expect(defused == 980)
    }

    @Test("the written file starts with a byte-order mark and the federal header, and ends its lines with LF")
    func layout() {
        // given
        var record = OMB2025Record()
        record[.useCaseName] = "Two\nlines, one comma"

        // when
        let text = OMB2025File.write(records: [record])

        // then
        #expect(text.hasPrefix("\u{FEFF}agency,agency_name,id,use_case_name,"))
        #expect(!text.contains("\r"))
        #expect(text.hasSuffix(",[]\n"))
        #expect(text.contains(",\"Two\nlines, one comma\","))
    }

    /// Whether `written` is `original` with an apostrophe put before each formula starter that opens the cell or
    /// follows a separator (comma, semicolon, pipe, tab, line break or other whitespace), and nothing else changed.
    static func isDefused(_ written: String, from original: String) -> Bool {
        let starters: Set<Unicode.Scalar> = [
            "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
        ]
        var expected = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in original.unicodeScalars {
            let afterSeparator =
                previous.map { ",;|".unicodeScalars.contains($0) || $0.properties.isWhitespace } ?? true
            if starters.contains(scalar), afterSeparator { expected.append("'") }
            expected.append(scalar)
            previous = scalar
        }
        return String(expected) == written && written != original
    }
}
