import Foundation
import PropertyBased
import Testing

@testable import Analytics

@Suite("Properties of the CSV reader")
struct DelimitedTextPropertyTests {
    /// Fields made of letters and the characters that need quoting: commas, quotes, spaces, CR, LF, tabs, é.
    static let field = Gen.int(in: 0...9).array(of: 0...6).map { picks in
        picks.map { ["a", "b", ",", "\"", " ", "\r", "\n", "\t", "é", "1"][$0] }.joined()
    }

    /// A table of two to four columns and one to twenty rows.
    static let table = zip(Gen.int(in: 2...4), field.array(of: 4).array(of: 1...20)).map { width, rows in
        rows.map { Array($0.prefix(width)) }
    }

    /// Writes a field as RFC 4180 asks: quoted, with quotes doubled, when it holds a delimiter, quote or line break.
    static func written(_ field: String, delimiter: Character) -> String {
        let special = Set(("\"\r\n" + String(delimiter)).unicodeScalars)
        guard field.unicodeScalars.contains(where: special.contains) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test("any fields written as CSV or TSV, with LF or CRLF and a byte-order mark, read back unchanged")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Self.table, Gen.bool, Gen.bool) { rows, crlf, tabs in
            // Given
            let delimiter: Character = tabs ? "\t" : ","
            let lineEnd = crlf ? "\r\n" : "\n"
            let text =
                "\u{FEFF}"
                + rows.map { row in
                    row.map { Self.written($0, delimiter: delimiter) }.joined(separator: String(delimiter))
                }.joined(separator: lineEnd) + lineEnd
            // When
            let table = try? DelimitedTable(text: text, delimiter: delimiter)
            // Then
            #expect(table?.header == rows.first)
            #expect(table?.rows.map(\.fields) == Array(rows.dropFirst()))
        }
    }
}
