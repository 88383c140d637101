import PropertyBased
import Testing

@testable import StewardCore

@Suite("JSON as the gateway reads and passes it on")
struct JSONValueTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONValue(parsing: Array(text.utf8))
    }

    private func written(_ value: JSONValue) -> String { String(decoding: value.text, as: UTF8.self) }

    @Test("members keep their order and numbers their text")
    func passesOnAsWritten() throws {
        // Given
        let text = #"{"z":1.50,"a":[true,false,null,-0.5e-3,"x"],"m":{"k":"v"},"big":12345678901234567890}"#
        // When
        let value = try parse(text)
        // Then
        #expect(written(value) == text)
    }

    @Test("escapes are read, surrogate pairs joined, and strings written back escaped only where JSON requires")
    func escapes() throws {
        // Given
        let value = try parse(#"["a\"b\\c\/d\n\t\r\b\f", "\u00e9\u20ac", "\ud83d\ude00", "é😀"]"#)
        // Then
        #expect(value.array?.compactMap(\.string) == ["a\"b\\c/d\n\t\r\u{08}\u{0C}", "é€", "😀", "é😀"])
        #expect(written(value) == #"["a\"b\\c/d\n\t\r\u0008\u000c","é€","😀","é😀"]"#)
    }

    @Test("members are read, replaced where they stand, added at the end and removed")
    func members() throws {
        // Given
        var value = try parse(#"{"model": "draftmate", "n": 2, "stream": false}"#)
        // When
        value["model"] = .string("bench")
        value["user"] = .string("x")
        value["stream"] = nil
        // Then
        #expect(value["n"]?.integer == 2)
        #expect(written(value) == #"{"model":"bench","n":2,"user":"x"}"#)
        #expect(JSONValue.string("s")["model"] == nil)
    }

    @Test("what is not one JSON document is refused, naming the problem and the byte", arguments: [
        ("", "the document ends where a value should be", 0),
        ("{\"a\": 1} x", "there is text after the JSON document", 9),
        ("{\"a\": 1, \"a\": 2}", "the key \u{201C}a\u{201D} appears twice", 9),
        ("[01]", "a number may not begin with 0", 1),
        ("[1.]", "a number needs digits after its point", 3),
        ("[-]", "a number needs digits", 2),
        ("[\"\\ud800\"]", "a surrogate escape stands alone", 2),
        ("[\"\\udc00x\"]", "a surrogate escape stands alone", 2),
        ("[\"a\u{01}\"]", "a control character must be escaped in a string", 3),
        ("[\"\\q\"]", "\\q is no escape", 2),
        ("[\"abc", "a string is not closed", 5),
        ("{\"a\" 1}", "a colon should follow the key", 5),
        ("[1 2]", "a comma or ] should come here", 3),
        ("{1: 2}", "a key should begin here", 1),
        ("[tru]", "a value should begin here", 1),
        ("'a'", "a value should begin here", 0),
    ])
    func refused(text: String, problem: String, offset: Int) {
        #expect(throws: JSONSyntaxError(problem: problem, offset: offset)) { try parse(text) }
    }

    @Test("invalid UTF-8 in a string is refused")
    func invalidUTF8() {
        #expect(throws: JSONSyntaxError(problem: "a string is not valid UTF-8", offset: 2)) {
            try JSONValue(parsing: [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
        }
    }

    @Test("nesting deeper than the limit is refused, not read by recursion without end")
    func depth() throws {
        // Given
        let depth = JSONValue.maximumDepth
        let fine = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let deep = String(repeating: "[", count: 100_000)
        // Then
        _ = try parse(fine)
        #expect(throws: JSONSyntaxError(problem: "objects and arrays are nested too deeply", offset: depth)) {
            try parse(deep)
        }
    }

    /// Any scalar; half of them from the first 128, where the control characters, quotes and backslashes are.
    static let scalar = Gen.oneOf(
        Gen<UInt32>.value(in: 0...127), Gen<UInt32>.value(in: 0...0x10FFFF)
    ).map { Unicode.Scalar($0) ?? "\\" }

    @Test("any string survives writing and reading back")
    func stringsRoundTrip() async {
        await propertyCheck(count: 500, input: Self.scalar.array(of: 0...40)) { scalars in
            // Given
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            // When
            let read = try? JSONValue(parsing: JSONValue.array([.string(text), ["k": .string(text)]]).text)
            // Then
            #expect(read == .array([.string(text), ["k": .string(text)]]))
        }
    }
}
