/// Reads delimited text (RFC 4180 CSV, or TSV) one record at a time, straight from its bytes and without copying.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks. Lines end with LF, CRLF or a lone CR. A
/// UTF-8 byte-order mark at the start and blank lines are skipped. A quote inside an unquoted field is kept as
/// text, as spreadsheets write it; a quoted field that is never closed, or is followed by anything but a
/// delimiter or a line end, is an error naming its line and column.
///
/// The scanner keeps the spans of the last record in ``fields``, reused from record to record, so that reading a
/// large file allocates nothing per row.
struct DelimitedScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The text, as UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte that separates fields: a comma or a tab.
    let delimiter: UInt8
    /// The fields of the record last read.
    private(set) var fields: [FieldSpan] = []
    private var position: Int
    private var line = 1
    private var lineStart: Int

    /// Creates a scanner over the bytes of a text, skipping a byte-order mark.
    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasMark ? 3 : 0
        lineStart = position
        fields.reserveCapacity(32)
    }

    /// Reads the next record into ``fields``; false at the end of the text.
    private mutating func nextRecord() throws(AnalyticsError) -> Bool {
        while position < bytes.count {
            fields.removeAll(keepingCapacity: true)
            try readFields()
            endLine()
            let isBlank =
                fields.count == 1 && fields[0].content.isEmpty && !fields[0].hasDoubledQuotes
                && bytes[fields[0].start] != Self.quote
            if !isBlank { return true }
        }
        return false
    }

    /// Reads the first record: the header's column names.
    /// - Throws: ``AnalyticsError/Code/emptyData`` when the text holds no record.
    mutating func readHeader() throws(AnalyticsError) -> [String] {
        guard try nextRecord() else {
            throw AnalyticsError(code: .emptyData, message: "the text is empty; it needs a header row of column names")
        }
        return fields.map(string)
    }

    /// Reads the next record, which must have as many fields as the header; false at the end of the text.
    mutating func nextRow(width: Int) throws(AnalyticsError) -> Bool {
        guard try nextRecord() else { return false }
        guard fields.count == width else {
            throw AnalyticsError(
                code: .wrongFieldCount, message: "this row has \(fields.count) fields but the header has \(width)",
                location: AnalyticsError.Location(line: fields.first?.line ?? line, column: 1))
        }
        return true
    }

    /// Reads fields up to the end of the line (or of the text), leaving `position` on the line break.
    private mutating func readFields() throws(AnalyticsError) {
        while true {
            if position < bytes.count, bytes[position] == Self.quote {
                try readQuotedField()
            } else {
                let start = position
                while position < bytes.count {
                    let byte = bytes[position]
                    if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    position += 1
                }
                fields.append(
                    FieldSpan(
                        content: start..<position, hasDoubledQuotes: false, start: start, line: line,
                        lineStart: lineStart))
            }
            guard position < bytes.count, bytes[position] == delimiter else { return }
            position += 1
        }
    }

    private mutating func readQuotedField() throws(AnalyticsError) {
        let start = position
        let (startLine, startLineStart) = (line, lineStart)
        position += 1
        var hasDoubledQuotes = false
        while true {
            guard position < bytes.count else {
                throw AnalyticsError(
                    code: .malformedText, message: "a quoted field is never closed; end it with `\"`",
                    location: location(ofByte: start, line: startLine, lineStart: startLineStart))
            }
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                break
            }
            if byte == Self.lineFeed {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        let content = (start + 1)..<position
        position += 1
        if position < bytes.count {
            let next = bytes[position]
            guard next == delimiter || next == Self.lineFeed || next == Self.carriageReturn else {
                throw AnalyticsError(
                    code: .malformedText,
                    message: "text after a closing quote; a quote inside a quoted field is written twice (`\"\"`)",
                    location: location(ofByte: position, line: line, lineStart: lineStart))
            }
        }
        fields.append(
            FieldSpan(
                content: content, hasDoubledQuotes: hasDoubledQuotes, start: start, line: startLine,
                lineStart: startLineStart))
    }

    /// Steps over one line break (LF, CRLF or CR).
    private mutating func endLine() {
        if position < bytes.count, bytes[position] == Self.carriageReturn { position += 1 }
        if position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
        line += 1
        lineStart = position
    }

    /// The field's text, with doubled quotes undone.
    func string(_ field: FieldSpan) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[field.content])
        guard field.hasDoubledQuotes else { return String(decoding: content, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(content.count)
        var previousWasKeptQuote = false
        for byte in content {
            if byte == Self.quote, previousWasKeptQuote {
                previousWasKeptQuote = false
                continue
            }
            previousWasKeptQuote = byte == Self.quote
            unescaped.append(byte)
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Where a field starts, for an error message about its value.
    func location(of field: FieldSpan, name: String?) -> AnalyticsError.Location {
        let column = location(ofByte: field.start, line: field.line, lineStart: field.lineStart).column
        return AnalyticsError.Location(line: field.line, column: column, field: name)
    }

    /// Where each field of the record last read starts, named by the header; one pass over the record's bytes.
    func fieldLocations(names: [String]) -> [AnalyticsError.Location] {
        var locations: [AnalyticsError.Location] = []
        locations.reserveCapacity(fields.count)
        var (lineStart, counted, column) = (-1, 0, 1)
        for (field, name) in zip(fields, names) {
            if field.lineStart != lineStart { (lineStart, counted, column) = (field.lineStart, field.lineStart, 1) }
            for index in counted..<field.start where bytes[index] & 0xC0 != 0x80 { column += 1 }
            counted = field.start
            locations.append(AnalyticsError.Location(line: field.line, column: column, field: name))
        }
        return locations
    }

    /// The 1-based character column of a byte: UTF-8 continuation bytes do not start a character.
    private func location(ofByte offset: Int, line: Int, lineStart: Int) -> AnalyticsError.Location {
        var column = 1
        for index in lineStart..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return AnalyticsError.Location(line: line, column: column)
    }
}
