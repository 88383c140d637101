/// Finds e-mail addresses, IP addresses (v4 and v6) and international bank account numbers by their syntax.
enum StructuredDetector {
    /// One pass over the numeric anchors: numbers may open an IPv4 address, `@` an e-mail address, `:` an
    /// IPv6 address, a word with digits an account number.
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        var emailFloor = 0
        var ipv4Resume = 0
        var ipv6Resume = 0
        var ibanResume = 0
        for anchor in context.anchors.numeric {
            let token = context.tokens[anchor]
            if token.isWord {
                if anchor >= ibanResume, let last = iban(context, anchor) {
                    candidates.add(.ibanCode, tokens: anchor, last, 0.95)
                    ibanResume = last + 1
                }
            } else if token.isNumber {
                if anchor >= ipv4Resume, let last = ipv4(context, anchor) {
                    candidates.add(.ipAddress, tokens: anchor, last, 0.95)
                    ipv4Resume = last + 1
                }
            } else if token.kind == .symbol, context.bytes[token.start] == 0x40 {
                if let (start, end) = email(context, at: token.start, floor: emailFloor) {
                    candidates.add(.emailAddress, start, end, 0.99)
                }
                emailFloor = token.start + 1
            } else if token.kind == .symbol, context.bytes[token.start] == 0x3A, token.start >= ipv6Resume {
                let (range, end) = ipv6(context, at: token.start)
                if let range { candidates.add(.ipAddress, range.lowerBound, range.upperBound, 0.95) }
                ipv6Resume = end
            }
        }
    }

    private static func isLocalPart(_ b: UInt8) -> Bool {
        ByteClass.isASCIIAlphanumeric(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }

    private static func isDomainPart(_ b: UInt8) -> Bool {
        ByteClass.isASCIIAlphanumeric(b) || b == 0x2E || b == 0x2D
    }

    /// `local@domain.tld` around the `@` at byte `i`: expanded both ways, never back past `floor` (just
    /// after the previous `@`), so the work stays linear however many `@` there are.
    private static func email(_ context: ScanContext, at i: Int, floor: Int) -> (Int, Int)? {
        let bytes = context.bytes
        var start = i
        while start > floor, isLocalPart(bytes[start - 1]) { start -= 1 }
        while start < i, bytes[start] == 0x2E { start += 1 }
        var end = i + 1
        while end < bytes.count, isDomainPart(bytes[end]) { end += 1 }
        while end > i + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        return start < i && hasTopLevelDomain(bytes, from: i + 1, to: end) ? (start, end) : nil
    }

    private static func hasTopLevelDomain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var lastDot = -1
        for k in start..<end where bytes[k] == 0x2E { lastDot = k }
        guard lastDot > start, end - lastDot - 1 >= 2 else { return false }
        for k in (lastDot + 1)..<end where !ByteClass.isASCIILetter(bytes[k]) { return false }
        return true
    }

    /// Four numbers of at most three digits joined by dots, each at most 255, the first not 0 nor written with a
    /// leading zero (no host's address, but a record number's "00.12.47.83"), not part of a longer dotted run
    /// such as a version number; returns the last token.
    private static func ipv4(_ context: ScanContext, _ i: Int) -> Int? {
        // Most numbers have no dot right after them: that is checked first.
        guard i + 6 < context.tokens.count, context.isSymbol(i + 1, 0x2E), context.isNumber(i, digits: 1...3),
            context.bytes[context.tokens[i].start] != 0x30, context.startsCleanly(i), !context.isSymbol(i - 1, 0x2E),
            context.value(i) <= 255
        else { return nil }
        for part in stride(from: i + 2, through: i + 6, by: 2) {
            guard context.isSymbol(part - 1, 0x2E), context.tokens[part - 1].isAttached,
                context.isNumber(part, digits: 1...3, attached: true), context.value(part) <= 255
            else { return nil }
        }
        return context.endsCleanly(i + 6) ? i + 6 : nil
    }

    /// The IPv6 address around the `:` at byte `i`, if any, and the byte to look on from: the run of hex
    /// digits, colons and dots that holds it (at most 45 bytes back) is checked once.
    private static func ipv6(_ context: ScanContext, at i: Int) -> (Range<Int>?, Int) {
        let bytes = context.bytes
        var start = i
        while start > 0, i - start < 45, isAddressByte(bytes[start - 1]) { start -= 1 }
        var end = i
        var colons = 0
        while end < bytes.count, end - start <= 45, isAddressByte(bytes[end]) {
            if bytes[end] == 0x3A { colons += 1 }
            end += 1
        }
        let prior = context.byte(start - 1)
        guard colons >= 2, !ByteClass.isASCIIAlphanumeric(prior), prior != 0x2E, prior != 0x3A,
            !ByteClass.isASCIILetter(context.byte(end))
        else { return (nil, max(end, i + 1)) }
        var last = end
        while last > start, bytes[last - 1] == 0x2E || (bytes[last - 1] == 0x3A && context.byte(last - 2) != 0x3A) {
            last -= 1
        }
        return (IPv6.isValid(bytes, from: start, to: last) ? start..<last : nil, max(end, i + 1))
    }

    private static func isAddressByte(_ b: UInt8) -> Bool {
        ByteClass.isHexDigit(b) || b == 0x3A || b == 0x2E
    }
}
