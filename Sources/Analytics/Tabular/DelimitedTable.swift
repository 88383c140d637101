/// Delimited text read whole into strings: a header and rows of the same width, each row knowing its line.
///
/// For files of modest size, such as a labels file or an employment table; large decision logs are read column by
/// column instead (``DecisionLog``).
struct DelimitedTable: Sendable {
    /// One row: its fields, and where each starts, for error messages.
    struct Row: Sendable {
        /// The fields, in the header's order.
        let fields: [String]
        /// The location of each field, its column named.
        let locations: [AnalyticsError.Location]
    }

    /// The column names of the first record.
    let header: [String]
    /// The records after the header.
    let rows: [Row]

    /// Reads a whole text.
    /// - Throws: ``AnalyticsError`` when the text is malformed, has no header, or a row's width differs from it.
    init(text: String, delimiter: Character) throws(AnalyticsError) {
        var text = text
        let delimiterByte = delimiter.asciiValue ?? UInt8(ascii: ",")
        let result = text.withUTF8 { bytes in
            Result { () throws(AnalyticsError) in
                try Self.read(DelimitedScanner(bytes: bytes, delimiter: delimiterByte))
            }
        }
        let (header, rows) = try result.get()
        self.header = header
        self.rows = rows
    }

    private static func read(_ scanner: DelimitedScanner) throws(AnalyticsError) -> ([String], [Row]) {
        var scanner = scanner
        let header = try scanner.readHeader()
        var rows: [Row] = []
        while try scanner.nextRow(width: header.count) {
            let fields = scanner.fields.map(scanner.string)
            let locations = scanner.fieldLocations(names: header)
            rows.append(Row(fields: fields, locations: locations))
        }
        return (header, rows)
    }

    /// The index of a named column.
    /// - Throws: ``AnalyticsError/Code/missingColumn`` listing the columns there are.
    func column(_ name: String) throws(AnalyticsError) -> Int {
        try Self.column(name, in: header)
    }

    /// The index of a named column in a header.
    static func column(_ name: String, in header: [String]) throws(AnalyticsError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            let known = header.map { "`\($0)`" }.joined(separator: ", ")
            throw AnalyticsError(
                code: .missingColumn, message: "no column named `\(name)`; the header has \(known)",
                location: AnalyticsError.Location(line: 1, column: 1))
        }
        return index
    }
}
