/// Reads a finite number from a field's bytes: plain decimals (`-12.75`) directly, other forms (`1e3`) through
/// `Double(_:)`.
///
/// A decimal of at most 15 digits and 22 decimal places is its digits as a whole number divided by a power of
/// ten, both exact in a `Double`, so the one division rounds correctly and the result is the one `Double(_:)`
/// would give (Clinger, "How to Read Floating Point Numbers Accurately", 1990).
enum DecimalNumber {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    /// The number, or nil when the bytes are not a finite number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative || bytes.first == UInt8(ascii: "+") { index = 1 }
        var (mantissa, digits, decimals, hasPoint): (UInt64, Int, Int, Bool) = (0, 0, 0, false)
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if hasPoint { decimals += 1 }
            } else if byte == UInt8(ascii: "."), !hasPoint {
                hasPoint = true
            } else {
                return general(bytes)
            }
            index += 1
        }
        guard digits > 0, digits <= 15, decimals < powersOfTen.count else { return general(bytes) }
        let magnitude = Double(mantissa) / powersOfTen[decimals]
        return isNegative ? -magnitude : magnitude
    }

    private static func general(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self)).flatMap { $0.isFinite ? $0 : nil }
    }
}
