/// The tokens of a text being scanned, in memory that lives only during the scan; read as an array is,
/// every index checked.
struct TokenList: RandomAccessCollection {
    private let tokens: UnsafeBufferPointer<Token>

    init(_ tokens: UnsafeBufferPointer<Token>) {
        self.tokens = tokens
    }

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }

    subscript(i: Int) -> Token {
        // Both ends checked as the callers check them (`i >= 0 && i < count`), so that the optimizer drops the check
        // where a caller has made it already: written as one unsigned comparison, it stayed (1.7 M instructions a
        // corpus pass).
        precondition(i >= 0 && i < tokens.count, "token index out of range")
        return tokens[i]
    }
}

extension TokenList {
    /// Whether token `i` exists and is the ASCII symbol `symbol`, in `bytes`, the text the tokens were read from.
    @inline(__always)
    func isSymbol(_ i: Int, _ symbol: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        i >= 0 && i < count && self[i].kind == .symbol && bytes[self[i].start] == symbol
    }

    /// Whether token `i` exists and is a double quotation mark, straight or curly (E2 80 9C, E2 80 9D).
    func isDoubleQuote(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i >= 0, i < count, self[i].kind == .symbol else { return false }
        let start = self[i].start
        return bytes[start] == 0x22
            || bytes[start] == 0xE2 && start + 2 < bytes.count && bytes[start + 1] == 0x80
                && (bytes[start + 2] == 0x9C || bytes[start + 2] == 0x9D)
    }

    /// Whether a column of a form ends before token `i` on its line: three spaces or more, or a tab, after the
    /// token before it ("Name: Kim Seo-yeon   Chart No. …").
    func followsColumnGap(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, i < count, !self[i].startsLine else { return false }
        let start = self[i - 1].end
        let end = self[i].start
        // Words apart by one space are the most of a text.
        if end - start == 1 { return bytes[start] == 0x09 }
        return end - start >= 3 || (start..<end).contains { bytes[$0] == 0x09 }
    }
}
