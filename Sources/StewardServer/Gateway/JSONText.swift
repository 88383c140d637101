import Foundation

/// Writes the JSON values the gateway reads and builds (`JSONSerialization`'s objects, and Swift strings, numbers,
/// booleans, arrays and dictionaries) without bridging them to Foundation's collections, which on Linux costs more
/// than the rest of a call.
enum JSONText {
    /// A value that JSON cannot hold.
    struct Unwritable: Error, CustomStringConvertible {
        let description: String
    }

    /// `value` as JSON text in UTF-8.
    static func data(_ value: Any) throws -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try write(value, into: &out)
        return Data(out)
    }

    static func write(_ value: Any, into out: inout [UInt8]) throws {
        switch value {
        case let string as String:
            writeString(string, into: &out)
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, member) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                try write(member, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case is NSNull:
            out += Array("null".utf8)
        default:
            try writeScalar(value, into: &out)
        }
    }

    /// Booleans and numbers, Swift's own first, then Foundation's (whose type code tells a boolean from a number).
    private static func writeScalar(_ value: Any, into out: inout [UInt8]) throws {
        if type(of: value) == Bool.self, let flag = value as? Bool {
            out += Array((flag ? "true" : "false").utf8)
        } else if type(of: value) == Int.self, let integer = value as? Int {
            out += Array(String(integer).utf8)
        } else if type(of: value) == Double.self, let double = value as? Double {
            try writeDouble(double, into: &out)
        } else if let number = value as? NSNumber {
            switch UInt8(bitPattern: number.objCType.pointee) {
            case UInt8(ascii: "c"), UInt8(ascii: "B"): out += Array((number.boolValue ? "true" : "false").utf8)
            case UInt8(ascii: "d"), UInt8(ascii: "f"): try writeDouble(number.doubleValue, into: &out)
            default: out += Array(number.stringValue.utf8)
            }
        } else {
            throw Unwritable(description: "a \(type(of: value)) cannot be written as JSON")
        }
    }

    private static func writeDouble(_ double: Double, into out: inout [UInt8]) throws {
        guard double.isFinite else { throw Unwritable(description: "\(double) cannot be written as JSON") }
        if double == double.rounded(), abs(double) < 1e15 {
            out += Array(String(Int64(double)).utf8)
        } else {
            out += Array(String(double).utf8)
        }
    }

    private static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
