/// Why a text is not a JSON document the gateway can read, and the byte where it found out.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, such as "a string is not closed".
    public let problem: String
    /// The offset of the byte where the problem was found, from 0.
    public let offset: Int

    public var description: String { "\(problem) (at byte \(offset))" }
}

extension JSONValue {
    /// The deepest nesting of arrays and objects read: deeper documents are refused rather than read by
    /// recursion without end.
    public static let maximumDepth = 128

    /// Reads one JSON document (RFC 8259) from UTF-8 `bytes`. Refuses anything else: invalid UTF-8, a lone
    /// surrogate escape, an object that names a key twice (a service might read the other one than the gateway
    /// checked), text after the document, nesting deeper than ``maximumDepth``.
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        self = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            var reader = JSONReader(bytes: buffer)
            reader.skipSpace()
            let value = try reader.value(depth: 0)
            reader.skipSpace()
            guard reader.offset == buffer.count else { throw reader.error("there is text after the JSON document") }
            return value
        }
    }
}

/// The reader behind ``JSONValue/init(parsing:)``.
private struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func error(_ problem: String) -> JSONSyntaxError { JSONSyntaxError(problem: problem, offset: offset) }

    mutating func skipSpace() {
        while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard offset < bytes.count else { throw error("the document ends where a value should be") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("a value should begin here")
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= JSONValue.maximumDepth else { throw error("objects and arrays are nested too deeply") }
        offset += 1
        var members: [JSONValue.Member] = []
        var keys: Set<String> = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error("a key should begin here") }
            let start = offset
            let key = try string()
            guard keys.insert(key).inserted else {
                throw JSONSyntaxError(problem: "the key \u{201C}\(key.prefix(40))\u{201D} appears twice", offset: start)
            }
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("a colon should follow the key") }
            offset += 1
            skipSpace()
            members.append(JSONValue.Member(key, try value(depth: depth)))
            skipSpace()
            guard offset < bytes.count else { throw error("an object is not closed") }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            guard bytes[offset] == UInt8(ascii: ",") else { throw error("a comma or } should come here") }
            offset += 1
            skipSpace()
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= JSONValue.maximumDepth else { throw error("objects and arrays are nested too deeply") }
        offset += 1
        var elements: [JSONValue] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth))
            skipSpace()
            guard offset < bytes.count else { throw error("an array is not closed") }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(elements)
            }
            guard bytes[offset] == UInt8(ascii: ",") else { throw error("a comma or ] should come here") }
            offset += 1
            skipSpace()
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[offset..<(offset + count)])
        else { throw error("a value should begin here") }
        offset += count
    }

    /// A number's text, checked against JSON's grammar.
    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = offset
        func digits() -> Int {
            let first = offset
            while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
            return offset - first
        }
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let whole = offset
        guard digits() > 0 else { throw error("a number needs digits") }
        guard bytes[whole] != UInt8(ascii: "0") || offset - whole == 1 else {
            throw JSONSyntaxError(problem: "a number may not begin with 0", offset: whole)
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw error("a number needs digits after its point") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw error("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// A string's text, its escapes resolved; the reader stands on its opening quote.
    mutating func string() throws(JSONSyntaxError) -> String {
        offset += 1
        let start = offset
        // Most strings have no escape: find the closing quote and take the bytes between as they are.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = try validated(start..<offset)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw error("a control character must be escaped in a string") }
            offset += 1
        }
        var text = try validated(start..<offset)
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return text
            case UInt8(ascii: "\\"):
                text.unicodeScalars.append(try escape())
            case 0..<0x20:
                throw error("a control character must be escaped in a string")
            default:
                let run = offset
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\"),
                      bytes[offset] >= 0x20 {
                    offset += 1
                }
                text += try validated(run..<offset)
            }
        }
        throw error("a string is not closed")
    }

    private func validated(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw JSONSyntaxError(problem: "a string is not valid UTF-8", offset: range.lowerBound)
        }
        return text
    }

    /// The scalar of the escape the reader stands on.
    private mutating func escape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = offset
        offset += 1
        guard offset < bytes.count else { throw error("a string is not closed") }
        let letter = bytes[offset]
        offset += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800..<0xDC00).contains(unit) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
                else { throw JSONSyntaxError(problem: "a surrogate escape stands alone", offset: start) }
                offset += 2
                let low = try hexUnit()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw JSONSyntaxError(problem: "a surrogate escape stands alone", offset: start)
                }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(unit) else {
                throw JSONSyntaxError(problem: "a surrogate escape stands alone", offset: start)
            }
            return scalar
        default:
            throw JSONSyntaxError(problem: "\\\(Character(Unicode.Scalar(letter))) is no escape", offset: start)
        }
    }

    private mutating func hexUnit() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("\\u needs four hexadecimal digits") }
        var unit: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("\\u needs four hexadecimal digits")
            }
            unit = unit << 4 | UInt32(digit)
        }
        offset += 4
        return unit
    }
}
