@testable import StewardCore
import Testing

/// One cell that a spreadsheet could read as a formula, and the cell CSV must write instead.
struct FormulaCase: CustomTestStringConvertible, Sendable {
    let id: String
    let cell: String
    let written: String

    var testDescription: String { id }
}

@Suite("CSV cells that could run as spreadsheet formulas")
struct InventoryCSVFormulaTests {
    static let dangerous: [FormulaCase] = [
        FormulaCase(id: "equals at the start", cell: "=1+1", written: #""'=1+1""#),
        FormulaCase(id: "plus at the start", cell: "+1", written: #""'+1""#),
        FormulaCase(id: "minus at the start", cell: "-2+3", written: #""'-2+3""#),
        FormulaCase(id: "at sign at the start", cell: "@SUM(A1)", written: #""'@SUM(A1)""#),
        FormulaCase(id: "tab at the start", cell: "\t=1", written: "\"'\t'=1\""),
        FormulaCase(id: "carriage return at the start", cell: "\r=1", written: "\"'\r'=1\""),
        FormulaCase(id: "after a semicolon", cell: "x;=1+1;y", written: #""x;'=1+1;y""#),
        FormulaCase(id: "after a comma", cell: "x,=1", written: #""x,'=1""#),
        FormulaCase(id: "after a pipe", cell: "x|@cmd", written: #""x|'@cmd""#),
        FormulaCase(id: "after a tab", cell: "x\t+1", written: "\"x\t'+1\""),
        FormulaCase(id: "after a line break", cell: "x\n-1", written: "\"x\n'-1\""),
        FormulaCase(id: "after a space", cell: "x =1", written: #""x '=1""#),
        FormulaCase(id: "after an ideographic space", cell: "x\u{3000}=1", written: "\"x\u{3000}'=1\""),
        FormulaCase(id: "full-width equals", cell: "\u{FF1D}1+1", written: "\"'\u{FF1D}1+1\""),
        FormulaCase(id: "full-width plus after a semicolon", cell: "x;\u{FF0B}1", written: "\"x;'\u{FF0B}1\""),
        FormulaCase(id: "full-width minus", cell: "\u{FF0D}1", written: "\"'\u{FF0D}1\""),
        FormulaCase(id: "full-width at sign", cell: "\u{FF20}A1", written: "\"'\u{FF20}A1\""),
        FormulaCase(id: "every piece", cell: "=a;=b", written: #""'=a;'=b""#),
        FormulaCase(id: "quotes doubled too", cell: "=\"x\"", written: #""'=""x""""#),
    ]

    static let harmless: [FormulaCase] = [
        FormulaCase(id: "plain", cell: "DraftMate", written: "DraftMate"),
        FormulaCase(id: "starter inside a word", cell: "a=b+c-d@e", written: "a=b+c-d@e"),
        FormulaCase(id: "email address", cell: "ai@example.org", written: "ai@example.org"),
        FormulaCase(id: "comma is quoted", cell: "Vendor, Inc.", written: #""Vendor, Inc.""#),
        FormulaCase(id: "semicolon is quoted", cell: "generative;nlp", written: #""generative;nlp""#),
        FormulaCase(id: "empty", cell: "", written: ""),
    ]

    @Test("a formula starter opening the cell or one of its pieces gets an apostrophe and the cell is quoted",
          arguments: dangerous)
    func defused(_ example: FormulaCase) {
        // when
        let written = InventoryCSV.field(example.cell)

        // then
        #expect(written == example.written)
    }

    @Test("cells without a formula starter in a dangerous place are written as they are, quoted only when needed",
          arguments: harmless)
    func untouched(_ example: FormulaCase) {
        // when
        let written = InventoryCSV.field(example.cell)

        // then
        #expect(written == example.written)
    }
}
