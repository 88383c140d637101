import Foundation
import Testing

@testable import StewardServer

/// The gateway's JSON writer gives back what Foundation reads, for every kind of value it meets.
@Suite("Gateway JSON writer")
struct JSONTextTests {
    @Test("values read by JSONSerialization are written back to the same values")
    func roundTrip() throws {
        let text = #"""
            {"model": "draftmate", "stream": false, "temperature": 0.2, "n": 1, "big": 12345678901234, "none": null,
             "messages": [{"role": "user", "content": "Quote \"this\"\\ and\ttab\nline \u0001 é 漢字 😀"}],
             "flags": [true, false], "nested": {"deep": [[], {}]}}
            """#
        let read = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let written = try JSONText.data(read)
        let again = try JSONSerialization.jsonObject(with: written) as? NSDictionary
        #expect(again == (read as? NSDictionary))
        let object = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect(String(decoding: try JSONText.data(object["stream"] as Any), as: UTF8.self) == "false")
        #expect(String(decoding: try JSONText.data(object["n"] as Any), as: UTF8.self) == "1")
        #expect(String(decoding: try JSONText.data(object["temperature"] as Any), as: UTF8.self) == "0.2")
    }

    @Test("Swift's own values are written, and a value JSON cannot hold is refused")
    func swiftValues() throws {
        let written = try JSONText.data(["ok": true, "count": 3, "ratio": 0.5, "list": ["a", 1] as [Any]] as [String: Any])
        let object = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect(object["ok"] as? Bool == true && object["count"] as? Int == 3 && object["ratio"] as? Double == 0.5)
        #expect(throws: JSONText.Unwritable.self) { try JSONText.data(["bad": Double.nan]) }
        #expect(throws: JSONText.Unwritable.self) { try JSONText.data(["date": Date()]) }
    }
}
