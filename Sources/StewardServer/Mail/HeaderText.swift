import Foundation

/// Header values as RFC 5322 and RFC 2047 want them: ASCII, no line breaks, non-ASCII text as encoded words.
enum HeaderText {
    /// Unstructured text (a subject): as it is when it is printable ASCII, else UTF-8 encoded words, folded so that
    /// no line grows past 78 characters.
    static func unstructured(_ text: String) -> String {
        let flat = singleLine(text)
        guard flat.unicodeScalars.allSatisfy(isPrintableASCII) else { return encodedWords(flat) }
        return flat
    }

    /// A display name: a quoted string when ASCII, else encoded words.
    static func phrase(_ text: String) -> String {
        let flat = singleLine(text)
        guard flat.unicodeScalars.allSatisfy(isPrintableASCII) else { return encodedWords(flat) }
        let escaped = flat.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// Line breaks and tabs become spaces: a header value is one line, and no one can add a header through it.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool { (32...126).contains(scalar.value) }

    /// `=?UTF-8?B?…?=` words of at most 75 characters, each holding whole characters, joined by folding white space.
    private static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes of UTF-8 make 60 of base64: with `=?UTF-8?B?` and `?=` a word stays within 75.
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }
}
