/// A small reader of one JSON object a line, enough for ``ScanRequest``: strings with every escape,
/// values skipped at any depth up to 64.
struct JSONReader {
    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private func fail(_ message: String) -> GuardError {
        GuardError(code: .invalidJSON, message: "not valid JSON: \(message)", offset: i)
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(GuardError) {
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

    /// A JSON string, unescaped.
    mutating func string() throws(GuardError) -> String {
        try expect(0x22, "a string")
        var scalars = String.UnicodeScalarView()
        var run = i
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 || b == 0x5C {
                scalars.append(contentsOf: String(decoding: bytes[run..<i], as: UTF8.self).unicodeScalars)
                i += 1
                if b == 0x22 { return String(scalars) }
                scalars.append(try escape())
                run = i
            } else if b < 0x20 {
                throw fail("control character inside a string")
            } else {
                i += 1
            }
        }
        throw fail("unterminated string")
    }

    private mutating func escape() throws(GuardError) -> Unicode.Scalar {
        guard i < bytes.count else { throw fail("unterminated escape") }
        let b = bytes[i]
        i += 1
        switch b {
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x2F: return "/"
        case 0x62: return "\u{08}"
        case 0x66: return "\u{0C}"
        case 0x6E: return "\n"
        case 0x72: return "\r"
        case 0x74: return "\t"
        case 0x75:
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
        default: throw fail("unknown escape `\\\(Character(Unicode.Scalar(b)))`")
        }
    }

    private mutating func hex4() throws(GuardError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            guard let digit = UInt32(String(Unicode.Scalar(b)), radix: 16) else { throw fail("bad \\u escape") }
            value = value << 4 | digit
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
        if bytes[i] == 0x22 { _ = try string() } else { try skipLiteral() }
        return String(decoding: bytes[start..<i], as: UTF8.self)
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
        case 0x22: _ = try string()
        case 0x7B, 0x5B:
            let close: UInt8 = bytes[i] == 0x7B ? 0x7D : 0x5D
            i += 1
            if consume(close) { return }
            repeat {
                if close == 0x7D {
                    _ = try string()
                    try expect(0x3A, "`:` after a key")
                }
                try skipValue(depth: depth + 1)
            } while consume(0x2C)
            try expect(close, "a closing bracket")
        default: try skipLiteral()
        }
    }
}
