import StewardCore
import Testing

@Suite("Input text")
struct InputTextTests {
    @Test("tabs, line breaks and any script's letters and emoji pass unchanged")
    func ordinaryTextPasses() {
        #expect(InputText.problem(in: "Zoë\tŁódź\r\n日本語 🙂 ﷺ", field: "x") == nil)
    }

    @Test("text no person typed is refused, naming the field and the character", arguments: [
        ("a\u{0}b", "`label` contains a NUL character (U+0000) at character 2; remove it"),
        ("\u{1B}[31m", "`label` contains a control character (U+001B) at character 1; remove it"),
        ("ok\u{85}", "`label` contains a control character (U+0085) at character 3; remove it"),
        (scalar(0xFFFF), "`label` contains a Unicode noncharacter (U+FFFF) at character 1; remove it"),
        ("x" + scalar(0xFDD0), "`label` contains a Unicode noncharacter (U+FDD0) at character 2; remove it"),
    ] as [(String, String)])
    func refused(text: String, message: String) {
        #expect(InputText.problem(in: text, field: "label")?.message == message)
    }
}

/// A one-scalar string built at run time: Swift literals cannot spell Unicode noncharacters.
private func scalar(_ value: UInt32) -> String {
    Unicode.Scalar(value).map { String(Character($0)) } ?? ""
}
