import Foundation
import StewardCore

/// Finds the first piece of text in a form or JSON document that ``InputText`` refuses, with the field it is in.
enum InputScan {
    /// A form or query string: `name=value&…`, percent-encoded with `+` for spaces.
    static func form(_ text: String) -> DomainError? {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = String(parts[0])
            let name = decode(rawName) ?? rawName.prefix(40).description
            for raw in [rawName] + (parts.count > 1 ? [String(parts[1])] : []) {
                guard let value = decode(raw) else {
                    return DomainError(code: .invalidField, field: name, message: "`\(name)` is not valid UTF-8 text")
                }
                if let problem = InputText.problem(in: value, field: name) { return problem }
            }
        }
        return nil
    }

    /// A JSON document; the field is the path to the string (`conditions`, `uses.0.title`).
    static func json(_ bytes: [UInt8]) -> DomainError? {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return DomainError(code: .invalidField, field: "body", message: "the JSON body is not valid UTF-8")
        }
        if let offset = loneSurrogate(in: bytes) {
            return DomainError(
                code: .invalidField, field: "body",
                message: "the JSON body has a lone UTF-16 surrogate escape at byte \(offset + 1), which is no character")
        }
        guard let document = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil  // Malformed JSON is the decoder's to report.
        }
        return walk(document, path: [])
    }

    private static func walk(_ value: Any, path: [String]) -> DomainError? {
        let field = path.isEmpty ? "body" : path.joined(separator: ".")
        switch value {
        case let text as String:
            return InputText.problem(in: text, field: field)
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let problem = InputText.problem(in: key, field: field) { return problem }
                if let value = object[key], let problem = walk(value, path: path + [key]) { return problem }
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let problem = walk(element, path: path + [String(index)]) { return problem }
            }
        default: break
        }
        return nil
    }

    /// The offset of a `\uD800`–`\uDFFF` escape that is not half of a surrogate pair, if any.
    static func loneSurrogate(in bytes: [UInt8]) -> Int? {
        func escape(at index: Int) -> UInt16? {
            guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                  let value = UInt16(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16)
            else { return nil }
            return value
        }
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                if let unit = escape(at: index) {
                    if (0xD800...0xDBFF).contains(unit) {
                        guard let low = escape(at: index + 6), (0xDC00...0xDFFF).contains(low) else { return index }
                        index += 12
                        continue
                    }
                    if (0xDC00...0xDFFF).contains(unit) { return index }
                    index += 6
                    continue
                }
                index += 2  // Any other escape, including `\\`, is two bytes.
                continue
            }
            index += 1
        }
        return nil
    }

    /// Percent-decodes a form component; nil when the bytes are not UTF-8.
    private static func decode(_ raw: String) -> String? {
        raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
