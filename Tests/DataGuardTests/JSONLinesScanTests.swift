import DataGuard
import Testing

@Suite("The JSON Lines batch path")
struct JSONLinesScanTests {
    /// The output of `input` fed in chunks of `size` bytes.
    static func run(_ input: String, chunkSize size: Int, workers: Int = 1) -> (output: String, failures: Int) {
        var batch = JSONLinesScan(scanner: GuardScanner(), workers: workers)
        var output: [UInt8] = []
        let bytes = Array(input.utf8)
        for start in stride(from: 0, to: bytes.count, by: size) {
            batch.consume(Array(bytes[start..<min(bytes.count, start + size)]), into: &output)
        }
        batch.finish(into: &output)
        return (String(decoding: output, as: UTF8.self), batch.failures)
    }

    static let input = """
        {"id": "a", "text": "Call 415-555-0100"}

        {"id": 2, "text": "caf\\u00e9 \\ud83d\\ude00 Call 415-555-0100\\r\\n\\"ok\\""}\r
        {"id": 3, "text": "unterminated}
        {"id": 4, "text": "José Ortiz: 415-555-0100"}
        """

    static let expected = """
        {"id": "a", "findings": [{"type": "PHONE_NUMBER", "start": 5, "end": 17, "confidence": 0.9}]}
        {"id": 2, "findings": [{"type": "PHONE_NUMBER", "start": 12, "end": 24, "confidence": 0.9}]}
        {"line": 4, "error": "line 4: at byte 32: not valid JSON: unterminated string"}

        """

    @Test("lines split across chunks of any size give the same output", arguments: [1, 3, 7, 64, 4096])
    func chunked(size: Int) {
        // Given, when
        let (output, failures) = Self.run(Self.input, chunkSize: size)
        // Then
        #expect(output.hasPrefix(Self.expected))
        #expect(output.hasSuffix("\"confidence\": 0.9}]}\n"))
        #expect(failures == 1)
    }

    @Test("output lines equal the string writer's, escapes and unicode offsets included")
    func sameAsStringWriter() throws {
        // Given
        let line = #"{"id": "x\"y", "text": "Ünïcødé 😀 Dr. Lee, 415-555-0100\ttab"}"#
        let request = try ScanRequest(jsonLine: line)
        // When
        let (output, _) = Self.run(line, chunkSize: 5)
        // Then
        let findings = GuardScanner().scan(request.text)
        #expect(output == FindingsJSON.line(idJSON: request.idJSON, findings: findings) + "\n")
        #expect(findings.first?.start == 14)
    }

    @Test("control characters are escaped in error messages")
    func quotesControlCharacters() {
        // Given, when
        let quoted = FindingsJSON.quoted("a\u{1}b\"\\\n")
        // Then
        #expect(quoted == #""a\u0001b\"\\\n""#)
    }

    /// Five thousand lines, about 400 KB: a blank line every 700th, one that cannot be read every 900th.
    static let manyLines: String = (1...5000).map { n in
        if n % 700 == 0 { return "" }
        if n % 900 == 0 { return #"{"id": \#(n), "text": "cut"# }
        return #"{"id": \#(n), "text": "Seen by Dr. Anna Kowalska on 12/03/2024, call 415-555-0\#(100 + n % 800)"}"#
    }.joined(separator: "\n")

    @Test("threads scanning runs of lines at once write what one thread does, lines numbered alike",
        arguments: [(2, 1 << 20), (4, 1 << 20), (3, 150_000)])
    func workers(workers: Int, chunkSize: Int) {
        // Given
        let (single, singleFailures) = Self.run(Self.manyLines, chunkSize: chunkSize)
        // When
        let (parallel, failures) = Self.run(Self.manyLines, chunkSize: chunkSize, workers: workers)
        // Then
        #expect(parallel == single)
        #expect(failures == singleFailures)
        #expect(failures == 5)
        let lines = parallel.split(separator: "\n")
        #expect(lines.count == 5000 - 7)
        #expect(lines[4499 - 6].hasPrefix(#"{"line": 4500, "error": "line 4500: "#))
        #expect(lines.last?.hasPrefix(#"{"id": 5000, "findings": [{"type": "PERSON""#) == true)
    }
}
