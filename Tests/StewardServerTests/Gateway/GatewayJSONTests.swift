import Foundation
import StewardCore
import Testing

/// The gateway's JSON reader and writer agree with Foundation's, which AI services and clients read like.
@Suite("Gateway JSON, as others read it")
struct GatewayJSONTests {
    @Test("what the gateway reads and writes back, Foundation reads as the same values")
    func agreesWithFoundation() throws {
        // given
        let text = #"""
            {"model": "draftmate", "stream": false, "temperature": 0.2, "n": 1, "big": 12345678901234, "none": null,
             "messages": [{"role": "user", "content": "Quote \"this\"\\ and\ttab\nline \u0001 é 漢字 😀 \ud83d\ude00"}],
             "flags": [true, false], "nested": {"deep": [[], {}]}, "exp": -1.5e-3}
            """#

        // when
        let written = try JSONValue(parsing: Array(text.utf8)).text

        // then
        let expected = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
        let read = try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary
        #expect(read == expected)
    }
}
