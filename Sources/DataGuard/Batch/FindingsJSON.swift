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

    /// Appends ``array(_:)`` to `output`.
    public static func appendArray(_ findings: [Finding], to output: inout [UInt8]) {
        output.append(0x5B)
        for (n, finding) in findings.enumerated() {
            if n > 0 { output.append(contentsOf: ", ".utf8) }
            output.append(contentsOf: #"{"type": ""#.utf8)
            output.append(contentsOf: finding.type.rawValue.utf8)
            output.append(contentsOf: #"", "start": "#.utf8)
            appendInteger(finding.start, to: &output)
            output.append(contentsOf: #", "end": "#.utf8)
            appendInteger(finding.end, to: &output)
            output.append(contentsOf: #", "confidence": "#.utf8)
            appendConfidence(finding.confidence, to: &output)
            output.append(0x7D)
        }
        output.append(0x5D)
    }

    /// Appends ``errorLine(lineNumber:error:)`` to `output`.
    public static func appendErrorLine(lineNumber: Int, error: GuardError, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"line": "#.utf8)
        appendInteger(lineNumber, to: &output)
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

    private static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(0x2D) }
        var magnitude = value.magnitude
        var digits = InlineArray<20, UInt8>(repeating: 0)
        var count = 0
        repeat {
            digits[count] = UInt8(magnitude % 10) + 0x30
            magnitude /= 10
            count += 1
        } while magnitude > 0
        for k in stride(from: count - 1, through: 0, by: -1) { output.append(digits[k]) }
    }

    /// A confidence as Swift prints it when it has at most two decimals (`0.9`, `0.85`, `1.0`); others
    /// as Swift prints them.
    private static func appendConfidence(_ value: Double, to output: inout [UInt8]) {
        let hundredths = (value * 100).rounded()
        guard value >= 0, value <= 1, hundredths / 100 == value else {
            output.append(contentsOf: "\(value)".utf8)
            return
        }
        let h = Int(hundredths)
        output.append(contentsOf: h == 100 ? [0x31, 0x2E, 0x30] : [0x30, 0x2E, UInt8(h / 10) + 0x30])
        if h % 10 != 0 { output.append(UInt8(h % 10) + 0x30) }
    }
}
