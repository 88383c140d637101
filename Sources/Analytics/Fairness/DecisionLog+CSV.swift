extension DecisionLog {
    /// Reads a decision log from CSV, keeping only the outcome column and the category columns asked for.
    ///
    /// The text is RFC 4180 CSV with a header row (quoted fields, CRLF or LF line ends, an optional UTF-8
    /// byte-order mark). Values are trimmed of spaces around them; an empty category value is unknown.
    ///
    /// ```swift
    /// let log = try DecisionLog(csv: Array(text.utf8), outcome: .score(column: "score"), categories: ["sex"])
    /// ```
    /// - Throws: ``AnalyticsError`` naming the line and column of malformed text, a row of the wrong width or a
    ///   score that is not a number, or the column that is missing.
    public init(csv: [UInt8], outcome: Outcome, categories: [String]) throws(AnalyticsError) {
        let result = csv.withUnsafeBufferPointer { bytes in
            Result { () throws(AnalyticsError) in
                var reader = try DecisionLogReader(bytes: bytes, outcome: outcome, categories: categories)
                return try reader.read()
            }
        }
        self = try result.get()
    }
}

/// Reads a decision log's columns from CSV bytes, row by row, into columnar storage.
private struct DecisionLogReader {
    private var scanner: DelimitedScanner
    private let outcome: DecisionLog.Outcome
    private let header: [String]
    private let outcomeIndex: Int
    private let categoryIndexes: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, outcome: DecisionLog.Outcome, categories: [String]) throws(AnalyticsError) {
        var scanner = DelimitedScanner(bytes: bytes, delimiter: UInt8(ascii: ","))
        let header = try scanner.readHeader()
        self.scanner = scanner
        self.header = header
        self.outcome = outcome
        outcomeIndex = try DelimitedTable.column(outcome.column, in: header)
        var categoryIndexes: [Int] = []
        for name in categories { categoryIndexes.append(try DelimitedTable.column(name, in: header)) }
        self.categoryIndexes = categoryIndexes
    }

    mutating func read() throws(AnalyticsError) -> DecisionLog {
        var interners = categoryIndexes.map { _ in ValueInterner() }
        var codes = categoryIndexes.map { _ in [UInt32]() }
        var selected: [Bool] = []
        var scores: [Double] = []
        while try scanner.nextRow(width: header.count) {
            let field = scanner.fields[outcomeIndex]
            switch outcome {
            case .selection: selected.append(SelectionWords.isSelected(trimmed(field)))
            case .score: scores.append(try score(field))
            }
            for (position, index) in categoryIndexes.enumerated() {
                codes[position].append(code(scanner.fields[index], in: &interners[position]))
            }
        }
        guard !selected.isEmpty || !scores.isEmpty else {
            throw AnalyticsError(code: .emptyData, message: "the log has a header but no rows")
        }
        let columns = categoryIndexes.indices.map {
            CategoryColumn(name: header[categoryIndexes[$0]], values: interners[$0].values, codes: codes[$0])
        }
        switch outcome {
        case .selection: return DecisionLog(outcome: outcome, outcomes: .selected(selected), categories: columns)
        case .score: return DecisionLog(outcome: outcome, outcomes: .scores(scores), categories: columns)
        }
    }

    /// A category value's number; a value with doubled quotes is undone first.
    private func code(_ field: FieldSpan, in interner: inout ValueInterner) -> UInt32 {
        guard field.hasDoubledQuotes else { return interner.code(for: trimmed(field)) }
        var value = scanner.string(field)
        return value.withUTF8 { interner.code(for: $0) }
    }

    private func score(_ field: FieldSpan) throws(AnalyticsError) -> Double {
        let bytes = trimmed(field)
        guard let score = DecimalNumber.parse(bytes) else {
            throw AnalyticsError(
                code: .invalidValue,
                message: "`\(String(decoding: bytes, as: UTF8.self))` is not a score; every row needs a number here",
                location: scanner.location(of: field, name: header[outcomeIndex]))
        }
        return score
    }

    /// The field's bytes without the spaces around them.
    private func trimmed(_ field: FieldSpan) -> UnsafeBufferPointer<UInt8> {
        var range = field.content
        while let first = range.first, scanner.bytes[first] == UInt8(ascii: " ") { range = range.dropFirst() }
        while let last = range.last, scanner.bytes[last] == UInt8(ascii: " ") { range = range.dropLast() }
        return UnsafeBufferPointer(rebasing: scanner.bytes[range])
    }
}
