/// One line of `steward guard scan --jsonl` input, `{"id": …, "text": "…"}`; other fields are ignored.
///
/// ```swift
/// let request = try ScanRequest(jsonLine: #"{"id": "doc1", "text": "Call 415-555-0100"}"#)
/// // request.idJSON == #""doc1""#, request.text == "Call 415-555-0100"
/// ```
public struct ScanRequest: Sendable, Hashable {
    /// The `id` value exactly as it was written (a JSON string or number), echoed in the output.
    public let idJSON: String
    /// The text to scan.
    public let text: String

    /// Reads one line of JSON.
    /// - Throws: ``GuardError`` with code `invalidJSON` or `missingField`.
    public init(jsonLine line: String) throws(GuardError) {
        var reader = JSONReader(Array(line.utf8))
        var id: String?
        var text: String?
        try reader.expect(0x7B, "an object `{`")
        reader.skipSpace()
        if !reader.consume(0x7D) {
            repeat {
                let key = try reader.string()
                try reader.expect(0x3A, "`:` after a key")
                switch key {
                case "id": id = try reader.rawScalar()
                case "text": text = try reader.string()
                default: try reader.skipValue(depth: 0)
                }
            } while try reader.nextMember()
        }
        try reader.expectEnd()
        guard let id else {
            throw GuardError(
                code: .missingField, message: "missing field `id`; each line must be {\"id\": …, \"text\": \"…\"}")
        }
        guard let text else {
            throw GuardError(
                code: .missingField,
                message: "missing string field `text`; each line must be {\"id\": …, \"text\": \"…\"}")
        }
        self.idJSON = id
        self.text = text
    }
}

/// Writes findings as JSON, for `steward guard scan --jsonl` and `--json`.
public enum FindingsJSON {
    /// `{"id": <idJSON>, "findings": [{"type": …, "start": …, "end": …, "confidence": …}, …]}`.
    public static func line(idJSON: String, findings: [Finding]) -> String {
        var out = "{\"id\": \(idJSON), \"findings\": "
        out += array(findings)
        out += "}"
        return out
    }

    /// `[{"type": …, "start": …, "end": …, "confidence": …}, …]`.
    public static func array(_ findings: [Finding]) -> String {
        var out = "["
        for (n, finding) in findings.enumerated() {
            if n > 0 { out += ", " }
            out += "{\"type\": \"\(finding.type.rawValue)\", \"start\": \(finding.start), \"end\": \(finding.end), "
            out += "\"confidence\": \(finding.confidence)}"
        }
        return out + "]"
    }

    /// `{"line": N, "error": "…"}`, the output for an input line that could not be read.
    public static func errorLine(lineNumber: Int, error: GuardError) -> String {
        "{\"line\": \(lineNumber), \"error\": \(quoted("line \(lineNumber): \(error.description)"))}"
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
