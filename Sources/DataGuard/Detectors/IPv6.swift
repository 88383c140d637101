/// The syntax of an IPv6 address (RFC 4291 §2.2), optionally ending in a dotted IPv4 address.
enum IPv6 {
    /// Whether `bytes[start..<end]` is one IPv6 address.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, end - start <= 45 else { return false }
        var groups = 0
        var elided = false
        var k = start
        if bytes[k] == 0x3A {
            guard bytes[k + 1] == 0x3A else { return false }
            elided = true
            k += 2
        }
        while k < end {
            var digits = 0
            var dots = false
            var j = k
            while j < end, bytes[j] != 0x3A {
                if bytes[j] == 0x2E { dots = true } else if !ByteClass.isHexDigit(bytes[j]) { return false }
                digits += 1
                j += 1
            }
            if dots {
                guard j == end, isDottedQuad(bytes, from: k, to: end) else { return false }
                groups += 2
            } else {
                guard digits >= 1, digits <= 4 else { return false }
                groups += 1
            }
            k = j
            if k < end {
                k += 1  // the ':'
                if k < end, bytes[k] == 0x3A {
                    guard !elided else { return false }
                    elided = true
                    k += 1
                } else if k == end {
                    return false
                }
            }
        }
        return elided ? groups <= 7 && (groups >= 2 || end - start >= 3) : groups == 8
    }

    private static func isDottedQuad(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var parts = 0
        var value = 0
        var digits = 0
        for k in start...end {
            if k == end || bytes[k] == 0x2E {
                guard digits >= 1, value <= 255 else { return false }
                parts += 1
                value = 0
                digits = 0
            } else if ByteClass.isDigit(bytes[k]) {
                value = value * 10 + Int(bytes[k] - 0x30)
                digits += 1
                if digits > 3 { return false }
            } else {
                return false
            }
        }
        return parts == 4
    }
}
