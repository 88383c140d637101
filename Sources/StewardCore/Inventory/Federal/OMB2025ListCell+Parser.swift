extension OMB2025ListCell {
    /// Reads `[` string literals separated by commas `]`, with optional spaces and a trailing comma, as Python does.
    struct Parser {
        private let scalars: [Unicode.Scalar]
        private var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        /// The items, or nil when the text is anything but a list of string literals.
        mutating func list() -> [String]? {
            skipSpaces()
            guard take("[") else { return nil }
            var items: [String] = []
            skipSpaces()
            while !take("]") {
                guard let item = literal() else { return nil }
                items.append(item)
                skipSpaces()
                if take(",") { skipSpaces() } else if peek != "]" { return nil }
            }
            skipSpaces()
            return index == scalars.count ? items : nil
        }

        private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        private mutating func skipSpaces() {
            while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { index += 1 }
        }

        private mutating func literal() -> String? {
            guard let quote = peek, quote == "'" || quote == "\"" else { return nil }
            index += 1
            var text = String.UnicodeScalarView()
            while let scalar = peek {
                index += 1
                if scalar == quote { return String(text) }
                if scalar == "\n" || scalar == "\r" { return nil }
                if scalar == "\\" {
                    guard let unescaped = escape() else { return nil }
                    text.append(contentsOf: unescaped)
                } else {
                    text.append(scalar)
                }
            }
            return nil
        }

        /// What follows a backslash; Python keeps an unknown escape as written, backslash included.
        private mutating func escape() -> [Unicode.Scalar]? {
            guard let scalar = peek else { return nil }
            index += 1
            switch scalar {
            case "\\", "'", "\"": return [scalar]
            case "n": return ["\n"]
            case "r": return ["\r"]
            case "t": return ["\t"]
            case "a": return ["\u{07}"]
            case "b": return ["\u{08}"]
            case "f": return ["\u{0C}"]
            case "v": return ["\u{0B}"]
            case "\n": return []
            case "x": return hex(digits: 2).map { [$0] }
            case "u": return hex(digits: 4).map { [$0] }
            case "U": return hex(digits: 8).map { [$0] }
            case "0"..."7":
                var value = scalar.value - 48
                for _ in 0..<2 {
                    guard let digit = peek, ("0"..."7").contains(digit) else { break }
                    value = value * 8 + digit.value - 48
                    index += 1
                }
                return Unicode.Scalar(value).map { [$0] }
            default: return ["\\", scalar]
            }
        }

        private mutating func hex(digits: Int) -> Unicode.Scalar? {
            guard index + digits <= scalars.count else { return nil }
            let text = String(String.UnicodeScalarView(scalars[index..<index + digits]))
            guard text.allSatisfy(\.isHexDigit), let value = UInt32(text, radix: 16) else { return nil }
            index += digits
            return Unicode.Scalar(value)
        }
    }
}
