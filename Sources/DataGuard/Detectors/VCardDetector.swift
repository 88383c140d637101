/// A contact card (vCard, RFC 6350) pasted as text, after its "BEGIN:VCARD" line: the structured and formatted names
/// (`N:Quintero;Marisol;;;`, `FN:`), the birthday as a date of birth (`BDAY:1984-09-30`), the address over its
/// components (`ADR;TYPE=HOME:;;1187 Harbor View Rd;Tacoma;WA;98422;USA`) and the phones (`TEL;TYPE=CELL:…`,
/// `TEL;VALUE=uri:tel:+1-555-…`), each value whole, its components' semicolons and all.
enum VCardDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        let colons = context.anchors.colons
        guard let begin = colons.firstIndex(where: { opensCard(context, $0) }) else { return }
        for c in colons[(begin + 1)...] {
            guard let (property, value) = field(context, colon: c) else { continue }
            let bytes = context.bytes
            var (digits, letters) = (0, 0)
            for k in value {
                if ByteClass.isDigit(bytes[k]) {
                    digits += 1
                } else if ByteClass.isASCIILetter(bytes[k]) || bytes[k] >= 0x80 {
                    letters += 1
                }
            }
            let heading: TableHeading
            switch property {
            case .name where letters >= 2 && digits == 0: heading = .person
            case .birthday where digits >= 4: heading = .dateOfBirth
            case .address where digits >= 1 && letters >= 3: heading = .address
            case .phone where digits >= 6 && digits <= 15 && letters == 0: heading = .phone
            default: continue
            }
            candidates.add(heading.type, value.lowerBound, value.upperBound, heading.confidence)
        }
    }

    /// The properties whose values are read.
    private enum Property {
        case name, birthday, address, phone
    }

    /// Whether the colon `c` is that of a line "BEGIN:VCARD".
    private static func opensCard(_ context: ScanContext, _ c: Int) -> Bool {
        let tokens = context.tokens
        guard c >= 1, c + 1 < tokens.count, tokens[c - 1].startsLine || c == 1, tokens[c].isAttached,
            tokens[c + 1].isAttached
        else { return false }
        return matches(context, c - 1, "BEGIN") && matches(context, c + 1, "VCARD")
    }

    /// Whether token `k` is the ASCII word `word`, in any case.
    private static func matches(_ context: ScanContext, _ k: Int, _ word: StaticString) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length == word.utf8CodeUnitCount else { return false }
        return (0..<token.length).allSatisfy { context.bytes[token.start + $0] | 0x20 == word.utf8Start[$0] | 0x20 }
    }

    /// The property opening the line whose first colon is `c`, with its parameters glued to it (`TEL;TYPE=CELL`), and
    /// the value after the colon to the line's end, without the semicolons of empty components around it; nil for
    /// another property or an empty value.
    private static func field(_ context: ScanContext, colon c: Int) -> (Property, Range<Int>)? {
        let tokens = context.tokens
        guard c >= 1, tokens[c].isAttached else { return nil }
        var k = c - 1
        while k > 0, c - k < 12, tokens[k].isAttached, !tokens[k].startsLine { k -= 1 }
        guard k == 0 || tokens[k].startsLine, k + 1 == c || context.isSymbol(k + 1, 0x3B) else { return nil }
        let property: Property
        if matches(context, k, "N") || matches(context, k, "FN") {
            property = .name
        } else if matches(context, k, "BDAY") {
            property = .birthday
        } else if matches(context, k, "ADR") {
            property = .address
        } else if matches(context, k, "TEL") {
            property = .phone
        } else {
            return nil
        }
        let bytes = context.bytes
        // A phone written as a URI: "tel:+1-555-201-8834".
        let uri = property == .phone && c + 2 < tokens.count && matches(context, c + 1, "TEL")
            && context.isSymbol(c + 2, 0x3A)
        var start = tokens[uri ? c + 2 : c].end
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, end - start <= 160 { end += 1 }
        while start < end, bytes[start] == 0x3B || bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x3B || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > start, end - start <= 160 else { return nil }
        return (property, start..<end)
    }
}
