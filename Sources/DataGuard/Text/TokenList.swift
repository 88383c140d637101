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
        // One unsigned comparison checks both ends, as an array's subscript does.
        precondition(UInt(bitPattern: i) < UInt(bitPattern: tokens.count), "token index out of range")
        return tokens[i]
    }
}
