import Foundation
import PropertyBased
import StewardCore
import Testing

@Suite("Reading CSV")
struct CSVReaderTests {
    @Test("quoted fields keep commas, line breaks and doubled quotes; rows know their first line")
    func quotedFields() throws {
        let rows = try CSVReader.rows(in: "\u{FEFF}name,note\r\n\"Ana, B\",\"two\nlines\"\r\nCem,\"says \"\"hi\"\"\"\n\nDag,")
        #expect(rows.map(\.fields) == [["name", "note"], ["Ana, B", "two\nlines"], ["Cem", "says \"hi\""], ["Dag", ""]])
        #expect(rows.map(\.line) == [1, 2, 4, 6])
    }

    @Test("an unclosed quote names the line and column it opened at")
    func unclosedQuote() {
        let problem = #expect(throws: CSVReader.Problem.self) { try CSVReader.rows(in: "a,b\nana,\"open\nmore") }
        #expect(problem?.description == "line 2, column 5: the quote opened here is never closed")
    }

    @Test("a stray quote or text after a closing quote is refused where it stands")
    func strayQuotes() throws {
        let inside = #expect(throws: CSVReader.Problem.self) { try CSVReader.rows(in: "a,b\nan\"a,b") }
        #expect(inside?.line == 2 && inside?.column == 3)
        let after = #expect(throws: CSVReader.Problem.self) { try CSVReader.rows(in: "\"a\"x,b") }
        #expect(after?.line == 1 && after?.column == 4)
    }

    static let pieces = ["a", "Zé", ",", "\"", "\n", "\r\n", " ", "\"\"", "a,\"b\"", "9"]
    static let field = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...4).map { $0.joined() }

    @Test("whatever a writer quotes, the reader gives back")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Self.field.array(of: 1...5).array(of: 1...6)) { table in
            let text = table.map { row in
                row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
            }.joined(separator: "\r\n")
            let read = try? CSVReader.rows(in: text)
            #expect(read?.map(\.fields) == table)
        }
    }
}
