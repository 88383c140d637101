/// Values in structured data pasted as text, named by their key as a table's heading names a column
/// (``TableHeading``): JSON's `"last_name": "Quintero"`, `"member_id": "UM-448210"`, `"employee_id": 10231`, and
/// the keys of YAML and configuration files written as a program's names are, at a line's start with an underscore or
/// a capital inside (`last_name: Quintero`, `memberNumber: 448210`). A label of prose ("Diagnosis: …", "Name: …") is
/// left to the detectors that read the words around it.
enum KeyedValueDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        let bytes = context.bytes
        for c in context.anchors.colons where bytes[context.tokens[c].start] == 0x3A {
            guard let (key, quoted) = key(context, before: c), let kind = TableHeading.of(bytes, key),
                let value = value(context, after: c, number: quoted), kind.accepts(context, value)
            else { continue }
            candidates.add(kind.type, value.lowerBound, value.upperBound, kind.confidence)
        }
    }

    /// The key before colon `c`, and whether it is in double quotes: a JSON key (`"last_name":`), or a program's name
    /// opening its line with an underscore or an inner capital (`last_name:`, `memberNumber:`).
    private static func key(_ context: ScanContext, before c: Int) -> (Range<Int>, Bool)? {
        let tokens = context.tokens
        guard c >= 1, tokens[c].isAttached else { return nil }
        if context.isSymbol(c - 1, 0x22) {
            var k = c - 2
            while k >= 0, c - k <= 10, !context.isSymbol(k, 0x22), !tokens[k + 1].startsLine { k -= 1 }
            guard k >= 0, context.isSymbol(k, 0x22), k < c - 2, tokens[c - 1].start - tokens[k].end <= 40 else {
                return nil
            }
            return (tokens[k].end..<tokens[c - 1].start, true)
        }
        // Most colons end a label of prose, one word apart from what comes before it ("Name:"): asked first.
        guard tokens[c - 1].isAttached || tokens[c - 1].startsLine && !tokens[c - 1].isCapitalized else { return nil }
        var k = c - 1
        while k > 0, c - k < 8, tokens[k].isAttached, !tokens[k].startsLine { k -= 1 }
        guard k == 0 || tokens[k].startsLine, tokens[k].isWord else { return nil }
        let key = tokens[k].start..<tokens[c - 1].end
        return isProgramName(context.bytes, key) ? (key, false) : nil
    }

    /// Whether `key` is written as a program's name: ASCII letters, digits and underscores, with an underscore or a
    /// capital after a lower-case letter.
    private static func isProgramName(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Bool {
        var joined = false
        for k in key {
            let b = bytes[k]
            if b == 0x5F || k > key.lowerBound && b &- 0x41 < 26 && bytes[k - 1] &- 0x61 < 26 {
                joined = true
            } else if !ByteClass.isASCIILetter(b), !ByteClass.isDigit(b) {
                return false
            }
        }
        return joined
    }

    /// The value after colon `c` on its line: a string in double quotes, without them; after a JSON key a number,
    /// else the rest of the line (a YAML value, its quotes and a trailing comma left out). Nil when it opens an object
    /// or a list, or runs over 120 bytes.
    private static func value(_ context: ScanContext, after c: Int, number: Bool) -> Range<Int>? {
        let bytes = context.bytes
        var start = context.tokens[c].end
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        var end = start
        if bytes[start] == 0x22 {
            start += 1
            end = start
            while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x0A, end - start <= 120 { end += 1 }
            guard end < bytes.count, bytes[end] == 0x22 else { return nil }
        } else if number {
            while end < bytes.count, ByteClass.isDigit(bytes[end]) { end += 1 }
        } else {
            while end < bytes.count, bytes[end] != 0x0A, end - start <= 120 { end += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x2C { end -= 1 }
        }
        guard end > start, end - start <= 120, bytes[start] != 0x7B, bytes[start] != 0x5B else { return nil }
        return start..<end
    }
}
