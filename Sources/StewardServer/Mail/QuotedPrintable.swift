/// Quoted-printable (RFC 2045, section 6.7): text that stays readable, in lines of at most 76 characters of ASCII.
enum QuotedPrintable {
    /// Encodes `text`; its line breaks become CRLF, and every other byte outside printable ASCII, `=`, and white
    /// space at the end of a line become `=XX`.
    static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var width = 0
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal = (33...126).contains(byte) && byte != UInt8(ascii: "=") || (byte == 32 || byte == 9) && !isLast
            let piece = literal ? String(UnicodeScalar(byte)) : "=" + hex(byte)
            // Leave room for the soft break `=` unless this is the end of the line.
            if width + piece.count > (isLast ? 76 : 75) {
                output += "=\r\n"
                width = 0
            }
            output += piece
            width += piece.count
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
