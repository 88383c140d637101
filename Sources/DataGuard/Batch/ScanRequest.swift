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
        var line = line
        let result = line.withUTF8 { bytes in Result { () throws(GuardError) in try ScanRequest(jsonLine: bytes) } }
        self = try result.get()
    }

    /// Reads one line of JSON from its UTF-8 bytes, without a line break.
    /// - Throws: ``GuardError`` with code `invalidJSON` or `missingField`.
    public init(jsonLine line: UnsafeBufferPointer<UInt8>) throws(GuardError) {
        var reader = JSONReader(line)
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
