/// Writes findings as JSON, for `steward guard scan --jsonl` and `--json`: into a byte buffer for batches,
/// or as a string.
public enum FindingsJSON {
    /// `{"id": <idJSON>, "findings": [{"type": …, "start": …, "end": …, "confidence": …}, …]}`.
    public static func line(idJSON: String, findings: [Finding]) -> String {
        string { appendLine(idJSON: idJSON, findings: findings, to: &$0) }
    }

    /// `[{"type": …, "start": …, "end": …, "confidence": …}, …]`.
    public static func array(_ findings: [Finding]) -> String {
        string { appendArray(findings, to: &$0) }
    }

    /// `{"line": N, "error": "…"}`, the output for an input line that could not be read.
    public static func errorLine(lineNumber: Int, error: GuardError) -> String {
        string { appendErrorLine(lineNumber: lineNumber, error: error, to: &$0) }
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        string { appendQuoted(text, to: &$0) }
    }

    /// Appends ``line(idJSON:findings:)`` to `output`.
    public static func appendLine(idJSON: String, findings: [Finding], to output: inout [UInt8]) {
        output.append(contentsOf: #"{"id": "#.utf8)
        output.append(contentsOf: idJSON.utf8)
        output.append(contentsOf: #", "findings": "#.utf8)
        appendArray(findings, to: &output)
        output.append(0x7D)
    }

    /// Appends ``array(_:)`` to `output`: written into memory reserved for the longest findings, then
    /// copied at once.
    public static func appendArray(_ findings: [Finding], to output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 + findings.count * ByteWriter.findingCapacity) {
            var writer = ByteWriter($0)
            writer.write(0x5B)
            for (n, finding) in findings.enumerated() {
                writer.write(n == 0 ? #"{"type": ""# : #", {"type": ""#)
                writer.write(finding.type.rawValue)
                writer.write(#"", "start": "#)
                writer.write(decimal: finding.start)
                writer.write(#", "end": "#)
                writer.write(decimal: finding.end)
                writer.write(#", "confidence": "#)
                writer.write(confidence: finding.confidence)
                writer.write(0x7D)
            }
            writer.write(0x5D)
            output.append(contentsOf: writer.written)
        }
    }

    /// Appends ``errorLine(lineNumber:error:)`` to `output`.
    public static func appendErrorLine(lineNumber: Int, error: GuardError, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"line": "#.utf8)
        output.append(contentsOf: String(lineNumber).utf8)
        output.append(contentsOf: #", "error": "#.utf8)
        appendQuoted("line \(lineNumber): \(error.description)", to: &output)
        output.append(0x7D)
    }

    /// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: #"\""#.utf8)
            case 0x5C: output.append(contentsOf: #"\\"#.utf8)
            case 0x0A: output.append(contentsOf: #"\n"#.utf8)
            case 0x0D: output.append(contentsOf: #"\r"#.utf8)
            case 0x09: output.append(contentsOf: #"\t"#.utf8)
            case ..<0x20:
                output.append(contentsOf: #"\u00"#.utf8)
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }

    private static func string(_ write: (inout [UInt8]) -> Void) -> String {
        var output: [UInt8] = []
        write(&output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }
}
