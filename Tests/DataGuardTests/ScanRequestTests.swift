import DataGuard
import Testing

@Suite("JSON Lines input and findings output")
struct ScanRequestTests {
    @Test("a line gives its id as written and its unescaped text")
    func readsLine() throws {
        // Given
        let line = #"{"kind": {"x": [1, 2]}, "id": "doc\"1", "text": "a\nb \u00e9 \ud83d\ude00 \/"}"#
        // When
        let request = try ScanRequest(jsonLine: line)
        // Then
        #expect(request.idJSON == #""doc\"1""#)
        #expect(request.text == "a\nb é 😀 /")
    }

    @Test("a numeric id is echoed as a number")
    func numericID() throws {
        // Given, when
        let request = try ScanRequest(jsonLine: #"{"id": 42, "text": ""}"#)
        // Then
        #expect(FindingsJSON.line(idJSON: request.idJSON, findings: []) == #"{"id": 42, "findings": []}"#)
    }

    @Test(
        "bad lines name what is wrong",
        arguments: [
            (#"{"id": 1}"#, GuardError.Code.missingField),
            (#"{"text": "x"}"#, .missingField),
            (#"{"id": 1, "text": "x""#, .invalidJSON),
            (#"[1, 2]"#, .invalidJSON),
            (#"{"id": 1, "text": "x"} trailing"#, .invalidJSON),
            (#"{"id": 1, "text": "\q"}"#, .invalidJSON),
            (String(repeating: #"{"a": ["#, count: 70) + "1", .invalidJSON),
        ])
    func rejectsBadLines(line: String, code: GuardError.Code) {
        // Given, when
        let result = Result { () throws(GuardError) in try ScanRequest(jsonLine: line) }
        // Then
        guard case .failure(let error) = result else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(error.code == code)
    }

    @Test("an error line names the input line")
    func errorLine() {
        // Given
        let error = GuardError(code: .invalidJSON, message: "not valid JSON: expected an object `{`", offset: 0)
        // When
        let line = FindingsJSON.errorLine(lineNumber: 7, error: error)
        // Then
        #expect(line == #"{"line": 7, "error": "line 7: at byte 0: not valid JSON: expected an object `{`"}"#)
    }
}
