/// Finds e-mail addresses and IP addresses (v4 and v6) by their syntax.
enum StructuredDetector {
    static func detect(_ context: inout ScanContext) {
        findEmails(&context)
        findIPv4(&context)
        findIPv6(&context)
    }

    private static func isLocalPart(_ b: UInt8) -> Bool {
        ByteClass.isASCIIAlphanumeric(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }

    private static func isDomainPart(_ b: UInt8) -> Bool {
        ByteClass.isASCIIAlphanumeric(b) || b == 0x2E || b == 0x2D
    }

    /// `local@domain.tld`: each `@` is expanded both ways, never past the previous `@`, so the work stays
    /// linear however many `@` there are.
    private static func findEmails(_ context: inout ScanContext) {
        let bytes = context.bytes
        var floor = 0
        for anchor in context.anchors where context.isSymbol(anchor, 0x40) {
            let i = context.tokens[anchor].start
            var start = i
            while start > floor, isLocalPart(bytes[start - 1]) { start -= 1 }
            while start < i, bytes[start] == 0x2E { start += 1 }
            var end = i + 1
            while end < bytes.count, isDomainPart(bytes[end]) { end += 1 }
            while end > i + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
            if start < i, hasTopLevelDomain(bytes, from: i + 1, to: end) {
                context.add(.emailAddress, start, end, 0.99)
            }
            floor = i + 1
        }
    }

    private static func hasTopLevelDomain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var lastDot = -1
        for k in start..<end where bytes[k] == 0x2E { lastDot = k }
        guard lastDot > start, end - lastDot - 1 >= 2 else { return false }
        for k in (lastDot + 1)..<end where !ByteClass.isASCIILetter(bytes[k]) { return false }
        return true
    }

    /// Four numbers of at most three digits joined by dots, each at most 255, not part of a longer
    /// dotted run such as a version number.
    private static func findIPv4(_ context: inout ScanContext) {
        var resume = 0
        for i in context.anchors where i >= resume && i + 6 < context.tokens.count {
            guard context.isNumber(i, digits: 1...3), context.startsCleanly(i), !context.isSymbol(i - 1, 0x2E)
            else { continue }
            var ok = context.value(i) <= 255
            for part in stride(from: i + 2, through: i + 6, by: 2) where ok {
                ok = context.isSymbol(part - 1, 0x2E) && context.tokens[part - 1].isAttached
                    && context.isNumber(part, digits: 1...3, attached: true) && context.value(part) <= 255
            }
            if ok, context.endsCleanly(i + 6) {
                context.add(.ipAddress, tokens: i, i + 6, 0.95)
                resume = i + 7
            }
        }
    }

    /// IPv6 candidates are looked for around each `:`: the run of hex digits, colons and dots that holds
    /// it (at most 45 bytes back) is checked once, and the search goes on after it.
    private static func findIPv6(_ context: inout ScanContext) {
        let bytes = context.bytes
        var resume = 0
        for anchor in context.anchors where context.isSymbol(anchor, 0x3A) && context.tokens[anchor].start >= resume {
            let i = context.tokens[anchor].start
            var start = i
            while start > 0, i - start < 45, isAddressByte(bytes[start - 1]) { start -= 1 }
            var end = i
            var colons = 0
            while end < bytes.count, end - start <= 45, isAddressByte(bytes[end]) {
                if bytes[end] == 0x3A { colons += 1 }
                end += 1
            }
            let prior = context.byte(start - 1)
            if colons >= 2, !ByteClass.isASCIIAlphanumeric(prior), prior != 0x2E, prior != 0x3A,
                !ByteClass.isASCIILetter(context.byte(end))
            {
                var last = end
                while last > start, bytes[last - 1] == 0x2E || (bytes[last - 1] == 0x3A && context.byte(last - 2) != 0x3A) {
                    last -= 1
                }
                if IPv6.isValid(bytes, from: start, to: last) { context.add(.ipAddress, start, last, 0.95) }
            }
            resume = max(end, i + 1)
        }
    }

    private static func isAddressByte(_ b: UInt8) -> Bool {
        ByteClass.isHexDigit(b) || b == 0x3A || b == 0x2E
    }
}
