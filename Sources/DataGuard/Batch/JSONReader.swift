/// A small reader of one JSON object a line, enough for ``ScanRequest``: strings with every escape,
/// values skipped at any depth up to 64. It reads the bytes in place; strings without escapes are
/// copied in one piece.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func fail(_ message: String) -> GuardError {
        GuardError(code: .invalidJSON, message: "not valid JSON: \(message)", offset: i)
    }

    @inline(__always)
    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// Consumes `byte` after any space, or fails saying that `what` was expected (a literal, so that the
    /// many calls that succeed pass no string around).
    @inline(__always)
    mutating func expect(_ byte: UInt8, _ what: StaticString) throws(GuardError) {
        guard consume(byte) else { throw fail("expected \(what)") }
    }

    mutating func expectEnd() throws(GuardError) {
        skipSpace()
        guard i == bytes.count else { throw fail("unexpected text after the object") }
    }

    /// After a member: `true` at `,`, `false` at the closing `}`.
    mutating func nextMember() throws(GuardError) -> Bool {
        if consume(0x2C) { return true }
        if consume(0x7D) { return false }
        throw fail("expected `,` or `}`")
    }

    /// Moves `i` to the first quote, backslash or control character from it, eight bytes at a time.
    @inline(__always)
    private mutating func skipPlainBytes() {
        while i + 8 <= bytes.count {
            let eight = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
            // A byte is flagged when it is `"`, `\` or below 0x20; the lowest flag is exact.
            let control = (eight &- ones &* 0x20) & ~eight & high
            let special = zeroByte(eight ^ (ones &* 0x22)) | zeroByte(eight ^ (ones &* 0x5C)) | control
            if special != 0 {
                i += special.trailingZeroBitCount >> 3
                return
            }
            i += 8
        }
        while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] >= 0x20 { i += 1 }
    }

    /// Skips a JSON string without building it.
    private mutating func skipString() throws(GuardError) {
        try expect(0x22, "a string")
        while true {
            skipPlainBytes()
            guard i < bytes.count else { throw fail("unterminated string") }
            switch bytes[i] {
            case 0x22:
                i += 1
                return
            case 0x5C:
                i += 2
            default:
                throw fail("control character inside a string")
            }
        }
    }

    /// A JSON string, unescaped: the runs between escapes are copied in one piece each.
    mutating func string() throws(GuardError) -> String {
        try expect(0x22, "a string")
        var start = i
        skipPlainBytes()
        if i < bytes.count, bytes[i] == 0x22 {
            i += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i - 1]), as: UTF8.self)
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count - start)
        while true {
            utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            guard i < bytes.count else { throw fail("unterminated string") }
            switch bytes[i] {
            case 0x22:
                i += 1
                return String(decoding: utf8, as: UTF8.self)
            case 0x5C:
                i += 1
                try escape(into: &utf8)
            default:
                throw fail("control character inside a string")
            }
            start = i
            skipPlainBytes()
        }
    }

    /// Appends the UTF-8 of the escape after a backslash.
    private mutating func escape(into utf8: inout [UInt8]) throws(GuardError) {
        guard i < bytes.count else { throw fail("unterminated escape") }
        let b = bytes[i]
        i += 1
        switch b {
        case 0x22, 0x5C, 0x2F: utf8.append(b)
        case 0x62: utf8.append(0x08)
        case 0x66: utf8.append(0x0C)
        case 0x6E: utf8.append(0x0A)
        case 0x72: utf8.append(0x0D)
        case 0x74: utf8.append(0x09)
        case 0x75: utf8.append(contentsOf: Unicode.UTF8.encode(try unicodeEscape())!)
        default: throw fail("unknown escape `\\\(Character(Unicode.Scalar(b)))`")
        }
    }

    /// The scalar of `\uXXXX`, joined with a following low surrogate; a lone surrogate reads as U+FFFD.
    private mutating func unicodeEscape() throws(GuardError) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
            i += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func hex4() throws(GuardError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw fail("bad \\u escape")
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// A string or a literal (number, `true`, `false`, `null`) exactly as written.
    mutating func rawScalar() throws(GuardError) -> String {
        skipSpace()
        let start = i
        guard i < bytes.count, bytes[i] != 0x7B, bytes[i] != 0x5B else {
            throw fail("`id` must be a string or a number")
        }
        if bytes[i] == 0x22 { try skipString() } else { try skipLiteral() }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    private mutating func skipLiteral() throws(GuardError) {
        let start = i
        while i < bytes.count, !(bytes[i] == 0x2C || bytes[i] == 0x7D || bytes[i] == 0x5D || bytes[i] <= 0x20) {
            i += 1
        }
        guard i > start else { throw fail("expected a value") }
    }

    /// Skips any value; nesting deeper than 64 levels is refused.
    mutating func skipValue(depth: Int) throws(GuardError) {
        guard depth < 64 else { throw fail("nested deeper than 64 levels") }
        skipSpace()
        guard i < bytes.count else { throw fail("expected a value") }
        switch bytes[i] {
        case 0x22: try skipString()
        case 0x7B, 0x5B:
            let close: UInt8 = bytes[i] == 0x7B ? 0x7D : 0x5D
            i += 1
            if consume(close) { return }
            repeat {
                if close == 0x7D {
                    try skipString()
                    try expect(0x3A, "`:` after a key")
                }
                try skipValue(depth: depth + 1)
            } while consume(0x2C)
            try expect(close, "a closing bracket")
        default: try skipLiteral()
        }
    }
}
