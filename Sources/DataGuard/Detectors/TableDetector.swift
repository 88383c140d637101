/// Tables pasted as text — comma- or semicolon-separated values, tab-separated columns copied from a spreadsheet,
/// Markdown tables, reports printed in columns — whose header line names what each column holds: the cells under "Last
/// Name", "Mobile", "DOB" or "Member #" are a person, a phone, a date of birth or a member number though no word beside
/// the value says so ("10231,Marisol,Quintero,…", "\"Lindqvist, Per\",\"1979-02-14\",\"UM-448211\""). A header is a
/// line of short cells, one of them a heading ``TableHeading`` knows; the rows are the lines after it with as many
/// cells, up to a blank line or a line that has another count. Findings the other detectors made across two cells of a
/// row ("Tevita Fifita⇥Parks⇥4 Jan 2016" read as one address) are dropped: a value never runs over a column's edge. Run
/// after every other detector. A table that runs over the pieces a long text is scanned in (``GuardScanner/window``)
/// goes on in the next piece under its header.
enum TableDetector {
    /// Proposes the findings of the tables in `context`'s text, the first piece's rows read under `carried`, the
    /// header of a table the piece before ended in; returns the header of the table this piece ends in, if any.
    static func detect(
        _ context: ScanContext, _ candidates: inout CandidateList, continuing carried: Header?
    ) -> Header? {
        let bytes = context.bytes
        let tokens = context.tokens
        var cuts = CellEdges()
        // The header of the table the text ends in.
        var open: Header?
        // Where the lines not yet read start.
        var next = 0
        if let carried {
            next = rows(after: 0, of: carried, context, &candidates, &cuts)
            if next >= bytes.count { open = carried }
        }
        if context.anchors.hasColumnGaps {
            while next < bytes.count {
                if let (end, header) = table(at: next, context, &candidates, &cuts) {
                    next = end
                    if end >= bytes.count { open = header }
                } else {
                    next = Line.end(bytes, from: next) + 1
                }
            }
        } else {
            // Without tabs or gaps, a header line has a comma, semicolon or pipe among its first few tokens, as its
            // first cell is a heading of four words at most or the pipe that opens a Markdown row; and another a few
            // tokens on, or the line's end after a heading of two cells written close.
            let delimiters = context.anchors.delimiters
            for j in delimiters.indices where tokens[delimiters[j]].start >= next {
                let d = delimiters[j]
                if j + 1 == delimiters.count || delimiters[j + 1] - d > 10 {
                    // Two cells: the second written close after the delimiter, as a file's values are ("Name,Email").
                    guard d + 1 < tokens.count, tokens[d + 1].isAttached else { continue }
                    var after = d + 1
                    while after < tokens.count, after - d <= 5, !tokens[after].startsLine { after += 1 }
                    guard after < tokens.count, after - d <= 5 else { continue }
                }
                var k = d
                while k > 0, !tokens[k].startsLine, d - k < 8 { k -= 1 }
                guard k == 0 || tokens[k].startsLine, tokens[k].start >= next else { continue }
                if let (end, header) = table(at: tokens[k].start, context, &candidates, &cuts) {
                    next = end
                    if end >= bytes.count { open = header }
                }
            }
        }
        cuts.ruleOut(&candidates)
        return open
    }

    /// Reads the line that starts at byte `start` as a table's header and the rows under it, proposing their
    /// cells' findings; returns where the table ends and its header, or nil when no header starts there.
    private static func table(
        at start: Int, _ context: ScanContext, _ candidates: inout CandidateList, _ cuts: inout CellEdges
    ) -> (Int, Header)? {
        let bytes = context.bytes
        guard let (delimiter, end) = Line.header(bytes, from: start),
            let header = Header(bytes, start..<end, delimiter)
        else { return nil }
        let edges = cuts.edges.count
        let tableEnd = rows(after: end + 1, of: header, context, &candidates, &cuts)
        // A heading of a table with rows is no value, though a word of it may look like one ("Geburtsdatum").
        if cuts.edges.count > edges { cuts.headings += header.headings }
        return (tableEnd, header)
    }

    /// Reads the rows under `header` from byte `start` on, proposing their cells' findings and noting their edges and
    /// cells of things in `cuts`; returns where the table ends (the text's end or beyond when it runs to the end).
    private static func rows(
        after start: Int, of header: Header, _ context: ScanContext, _ candidates: inout CandidateList,
        _ cuts: inout CellEdges
    ) -> Int {
        let bytes = context.bytes
        var lineStart = start
        var rowsRead = 0
        while lineStart < bytes.count {
            let lineEnd = Line.end(bytes, from: lineStart)
            let cells = Line.cells(bytes, lineStart..<lineEnd, header.delimiter, expected: header.columns.count + 2)
            // A Markdown table's line of dashes under its header.
            if rowsRead == 0, header.delimiter == .pipe, cells.count == header.columns.count,
                cells.allSatisfy({ Line.isRule(bytes, $0) })
            {
                lineStart = lineEnd + 1
                continue
            }
            guard cells.count == header.columns.count, !Line.isBlank(bytes, lineStart..<lineEnd) else { break }
            rowsRead += 1
            for (n, (cell, column)) in zip(cells, header.columns).enumerated() {
                if n > 0 { cuts.edges.append(cell.lowerBound - 1) }
                if column == .things { cuts.things.append(cell) }
                guard case .values(let kind) = column, let value = Line.value(bytes, cell),
                    kind.accepts(context, value, among: candidates)
                else { continue }
                candidates.add(kind.type, value.lowerBound, value.upperBound, kind.confidence)
            }
            lineStart = lineEnd + 1
        }
        return lineStart
    }

    /// A table's header line: its delimiter and what each column holds.
    struct Header {
        enum Column: Equatable {
            /// A column no heading names.
            case unnamed
            /// A column of personal values.
            case values(TableHeading)
            /// A column of things ("Version", "License"), or the names in a table of things: no person's.
            case things
        }

        let delimiter: Line.Delimiter
        let columns: [Column]
        /// The header's cells that are headings, in text order.
        let headings: [Range<Int>]

        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ delimiter: Line.Delimiter) {
            let cells = Line.cells(bytes, line, delimiter)
            var columns: [Column] = []
            var headings: [Range<Int>] = []
            for cell in cells {
                let value = Line.value(bytes, cell)
                guard Line.isHeading(bytes, value, delimiter) else { return nil }
                if let value, let kind = TableHeading.of(bytes, value) {
                    headings.append(value)
                    columns.append(.values(kind))
                } else if let value, TableHeading.namesThings(bytes, value) {
                    columns.append(.things)
                } else {
                    columns.append(.unnamed)
                }
            }
            // Commas and semicolons come in sentences too: two cells make a header only when both are headings.
            let fewest = delimiter == .comma || delimiter == .semicolon ? 3 : 2
            let named = headings.count
            guard cells.count >= 2, named >= 1, cells.count >= fewest || named == cells.count else { return nil }
            self.delimiter = delimiter
            self.headings = headings
            // Beside a surname's column, "Nombre" is the given name; beside a version's, "Name" a thing's (a
            // "Contact" there stays a person's), unless a column of personal values shows the rows are people's
            // ("Name | Type | Phone").
            let surnames = columns.contains(.values(.person))
            let personal = columns.contains {
                guard case .values(let kind) = $0 else { return false }
                return kind != .label && kind != .name
            }
            let things = columns.contains(.things) && !personal
            self.columns = columns.map {
                $0 != .values(.label) ? $0 : things ? .things : surnames ? .values(.person) : $0
            }
        }
    }
}

extension TableDetector {
    /// The lines of a table and their cells, as byte ranges.
    enum Line {
        /// What splits a line's cells: a tab, a pipe, a semicolon, a comma, or two spaces or more (a gap), as a
        /// report printed in columns has them.
        enum Delimiter { case tab, pipe, semicolon, comma, gap }

        /// The offset of the line break that ends the line starting at `start` (the text's end if none), found
        /// eight bytes at a time.
        static func end(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var k = start
            while k + 8 <= bytes.count {
                let eight = ByteClass.eightBytes(bytes, at: k) ^ 0x0A0A_0A0A_0A0A_0A0A
                // The lowest byte that is zero (a line break) has the lowest high bit set.
                let zero = (eight &- 0x0101_0101_0101_0101) & ~eight & 0x8080_8080_8080_8080
                if zero != 0 { return k + zero.trailingZeroBitCount >> 3 }
                k += 8
            }
            while k < bytes.count, bytes[k] != 0x0A { k += 1 }
            return k
        }

        /// The delimiter and the end of the line starting at `start` if it may be a table's header: a line of at most
        /// 400 bytes, not the text's last, with a tab, else two pipes or more, else a semicolon, else a comma outside
        /// double quotes, else a gap, and between them cells of 44 bytes, five spaces and two digits at most, with no
        /// "@", "!", "?" or colon (a field's label and its value are no heading), the last with text. Read byte by
        /// byte, it gives up at the first sign of a sentence or a form.
        static func header(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Delimiter, Int)? {
            var (tabs, pipes, semicolons, commas) = (0, 0, 0, 0)
            // The cell being read: its length, spaces and digits so far, and whether it has text.
            var (length, spaces, digits, hasText) = (0, 0, 0, false)
            var quoted = false
            var k = start
            var (gaps, lineHasText) = (0, false)
            while k < bytes.count, bytes[k] != 0x0A {
                let b = bytes[k]
                k += 1
                guard k - start <= 400 else { return nil }
                // Two spaces or more between words split a printed report's columns; those that open or end the
                // line, none.
                if b == 0x20, k < bytes.count, bytes[k] == 0x20 {
                    while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                    guard k - start <= 400 else { return nil }
                    if lineHasText, k < bytes.count, bytes[k] != 0x0A, bytes[k] != 0x0D {
                        gaps += 1
                        (length, spaces, digits, hasText) = (0, 0, 0, false)
                    }
                    continue
                }
                if b != 0x20 { lineHasText = true }
                if b == 0x7C || (b == 0x09 || b == 0x3B || b == 0x2C) && !quoted {
                    switch b {
                    case 0x09: tabs += 1
                    case 0x3B: semicolons += 1
                    case 0x2C: commas += 1
                    default: pipes += 1
                    }
                    (length, spaces, digits, hasText) = (0, 0, 0, false)
                    continue
                }
                length += 1
                switch b {
                case 0x22: quoted.toggle()
                case 0x20, 0x0D: spaces += 1
                case 0x30...0x39:
                    digits += 1
                    hasText = true
                case 0x40, 0x21, 0x3F, 0x3A: return nil
                default: hasText = true
                }
                guard length <= 44, spaces <= 5, digits <= 2 else { return nil }
            }
            // A greeting's or a closing's comma ends its line ("Hi Kevin,"); a Markdown row ends with a pipe.
            guard k < bytes.count, hasText || pipes >= 2 else { return nil }
            if tabs > 0 { return (.tab, k) }
            if pipes >= 2 { return (.pipe, k) }
            if semicolons > 0 { return (.semicolon, k) }
            if commas > 0 { return (.comma, k) }
            if gaps > 0 { return (.gap, k) }
            return nil
        }

        /// The cells of `line`, each the bytes between two delimiters, room made for `expected` of them; delimiters
        /// inside double quotes are text. A Markdown row's outer pipes open and close no cell.
        static func cells(
            _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ delimiter: Delimiter, expected: Int = 8
        ) -> [Range<Int>] {
            let separator: UInt8
            switch delimiter {
            case .tab: separator = 0x09
            case .pipe: separator = 0x7C
            case .semicolon: separator = 0x3B
            case .comma: separator = 0x2C
            case .gap: return gapCells(bytes, line, expected: expected)
            }
            var cells: [Range<Int>] = []
            cells.reserveCapacity(expected)
            var start = line.lowerBound
            var quoted = false
            for k in line {
                if bytes[k] == 0x22, delimiter != .pipe {
                    quoted.toggle()
                } else if bytes[k] == separator, !quoted {
                    cells.append(start..<k)
                    start = k + 1
                }
            }
            cells.append(start..<line.upperBound)
            if delimiter == .pipe {
                if let first = cells.first, isBlank(bytes, first) { cells.removeFirst() }
                if let last = cells.last, isBlank(bytes, last) { cells.removeLast() }
            }
            return cells
        }

        /// The cells of a printed report's line: its words apart by two spaces or more, the spaces that open and
        /// end the line left out.
        private static func gapCells(
            _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, expected: Int
        ) -> [Range<Int>] {
            let (first, end) = trimmed(bytes, line.lowerBound, line.upperBound)
            var cells: [Range<Int>] = []
            cells.reserveCapacity(expected)
            var (start, k) = (first, first)
            while k < end {
                if bytes[k] == 0x20, bytes[k + 1] == 0x20 {
                    cells.append(start..<k)
                    while bytes[k] == 0x20 { k += 1 }
                    start = k
                } else {
                    k += 1
                }
            }
            if start < end { cells.append(start..<end) }
            return cells
        }

        /// The value of `cell`: without the spaces around it and the double quotes that enclose it; nil if empty.
        static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Range<Int>? {
            var (start, end) = trimmed(bytes, cell.lowerBound, cell.upperBound)
            if end - start >= 2, bytes[start] == 0x22, bytes[end - 1] == 0x22 {
                (start, end) = trimmed(bytes, start + 1, end - 1)
            }
            return start < end ? start..<end : nil
        }

        private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
            var (start, end) = (start, end)
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            return (start, end)
        }

        private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

        /// Whether the bytes are all spaces, tabs or carriage returns.
        static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            range.allSatisfy { isSpace(bytes[$0]) }
        }

        /// Whether a Markdown cell is a rule under the header: dashes, with colons for alignment.
        static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
            guard let value = value(bytes, cell) else { return false }
            return value.allSatisfy { bytes[$0] == 0x2D || bytes[$0] == 0x3A }
        }

        /// Whether a header's cell may be a heading: empty, or at most 40 bytes of up to four words (three between
        /// commas or semicolons) with two digits at most and no "@", "!" or "?".
        static func isHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>?, _ delimiter: Delimiter) -> Bool
        {
            guard let value else { return true }
            guard value.count <= 40 else { return false }
            var (words, digits) = (1, 0)
            for k in value {
                let b = bytes[k]
                if b == 0x20, bytes[k - 1] != 0x20 { words += 1 }
                if ByteClass.isDigit(b) { digits += 1 }
                if b == 0x40 || b == 0x21 || b == 0x3F { return false }
            }
            return digits <= 2 && words <= (delimiter == .comma || delimiter == .semicolon ? 3 : 4)
        }
    }
}
