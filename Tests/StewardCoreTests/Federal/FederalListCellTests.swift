import Foundation
import PropertyBased
import StewardCore
import Testing

/// One list cell as the federal file (Python's `repr`) writes it, and its items.
struct ListCellCase: CustomTestStringConvertible, Sendable {
    let id: String
    let cell: String
    let items: [String]

    var testDescription: String { id }
}

@Suite("Multi-select cells of the federal inventory")
struct FederalListCellTests {
    static let cases: [ListCellCase] = [
        ListCellCase(id: "empty", cell: "[]", items: []),
        ListCellCase(id: "two choices", cell: "['b) Sex', 'c) Age']", items: ["b) Sex", "c) Age"]),
        ListCellCase(id: "apostrophe: double quotes", cell: #"["Agency's board"]"#, items: ["Agency's board"]),
        ListCellCase(id: "both quotes: single, escaped", cell: #"['It\'s "fine"']"#, items: [#"It's "fine""#]),
        ListCellCase(id: "double quote only", cell: #"['say "hi"']"#, items: [#"say "hi""#]),
        ListCellCase(
            id: "line break escaped", cell: #"['General solicitations of \ncomments']"#,
            items: ["General solicitations of \ncomments"]),
        ListCellCase(id: "backslash doubled", cell: #"['C:\\data']"#, items: [#"C:\data"#]),
        ListCellCase(id: "tab escaped", cell: #"['a\tb']"#, items: ["a\tb"]),
        ListCellCase(id: "no-break space escaped", cell: #"['a\xa0b']"#, items: ["a\u{A0}b"]),
        ListCellCase(id: "narrow no-break space escaped", cell: #"['a\u202fb']"#, items: ["a\u{202F}b"]),
        ListCellCase(id: "accents and emoji kept", cell: "['Économie 📈']", items: ["Économie 📈"]),
        ListCellCase(id: "comma inside an item", cell: "['Age, sex', 'Income']", items: ["Age, sex", "Income"]),
    ]

    @Test("a list cell reads as its items and its items write as the cell", arguments: cases)
    func listCell(_ example: ListCellCase) {
        // when
        let read = OMB2025ListCell(example.cell)
        let written = OMB2025ListCell.items(example.items).cell

        // then
        #expect(read == .items(example.items))
        #expect(written == example.cell)
    }

    @Test(
        "other spellings of a list are read too",
        arguments: [
            ("['a','b',]", ["a", "b"]), (" [ \"a\" ] ", ["a"]), (#"['\x41\u00e9\U0001F4C8\101']"#, ["Aé📈A"]),
            (#"['a\qb']"#, [#"a\qb"#]),
        ])
    func lenientReading(_ cell: String, _ items: [String]) {
        #expect(OMB2025ListCell(cell) == .items(items))
    }

    @Test(
        "a cell that is not a list is kept as free text",
        arguments: [
            "", "None of the above", "['unclosed'", "['a' 'b']", "[1, 2]", "['a']x", "['a\nb']", #"['\x4']"#, "[b'a']",
        ])
    func freeText(_ cell: String) {
        // when
        let read = OMB2025ListCell(cell)

        // then
        #expect(read == .text(cell))
        #expect(read.cell == cell)
    }

    @Test(
        "every list cell of the federal file writes back exactly as it was",
        .enabled(if: FederalInventoryData.isAvailable, FederalInventoryData.absence))
    func federalLists() throws {
        // given
        let records = OMB2025File.read(csv: try FederalInventoryData.text()).records

        // when
        let cells = records.flatMap { [$0[.demographicFeatures], $0[.hiPublicConsultation]] }
        let lists = cells.map(OMB2025ListCell.init)

        // then
        #expect(lists.allSatisfy { $0.items != nil })
        #expect(zip(cells, lists).allSatisfy { $0 == $1.cell })
    }

    static let pieces = [
        "a", "'", "\"", "\\", "\n", "\t", "\r", " ", ",", "]", "[", "é", "\u{A0}", "\u{7F}", "📈", "\u{200B}",
    ]
    static let item = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...6).map { $0.joined() }

    @Test("any items written as a list cell read back as the same items")
    func itemsRoundTrip() async {
        await propertyCheck(count: 500, input: Self.item.array(of: 0...4)) { items in
            let cell = OMB2025ListCell.items(items).cell
            #expect(OMB2025ListCell(cell) == .items(items))
        }
    }
}
