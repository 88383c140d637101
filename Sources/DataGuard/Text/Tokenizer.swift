/// Splits UTF-8 bytes into ``Token``s in one pass: words, numbers and single symbols, with whitespace
/// recorded as flags on the token after it.
enum Tokenizer {
    /// Appends the tokens of `bytes` to `tokens`, each word with the `lexicon` lists it is in.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], lexicon: LexiconTable) {
        let n = bytes.count
        var i = 0
        var pending: Token.Flags = []
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C {
                pending.insert(.spaceBefore)
                i += 1
            } else if b == 0x0A {
                pending.formUnion([.spaceBefore, .newlineBefore])
                i += 1
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
                pending.insert(.spaceBefore)  // NO-BREAK SPACE
                i += 2
            } else if ByteClass.isDigit(b) {
                var j = i + 1
                while j < n, ByteClass.isDigit(bytes[j]) { j += 1 }
                tokens.append(number(bytes, i, j, pending))
                pending = []
                i = j
            } else if ByteClass.startsWord(b, next: i + 1 < n ? bytes[i + 1] : 0) {
                let end = wordEnd(bytes, from: i)
                var token = word(bytes, i, end, pending)
                token.lexicon = lexicon.classes(of: token.stemHash)
                tokens.append(token)
                pending = []
                i = end
            } else {
                let end = min(n, i + ByteClass.scalarLength(b))
                tokens.append(
                    Token(start: i, end: end, kind: .symbol, flags: pending, hash: UInt64(b), stemHash: UInt64(b),
                          stemEnd: end))
                pending = []
                i = end
            }
        }
    }

    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var j = start
        while j < n {
            let b = bytes[j]
            if ByteClass.isASCIIAlphanumeric(b) {
                j += 1
            } else if b >= 0x80 {
                guard ByteClass.startsWord(b, next: j + 1 < n ? bytes[j + 1] : 0) || ByteClass.isContinuation(b)
                else {
                    // A typographic apostrophe (E2 80 99) followed by a letter stays inside the word.
                    if b == 0xE2, j + 3 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99,
                        ByteClass.isASCIILetter(bytes[j + 3])
                    {
                        j += 3
                        continue
                    }
                    break
                }
                j += 1
            } else if (b == 0x27 || b == 0x2D), j + 1 < n, ByteClass.isASCIILetter(bytes[j + 1]) {
                j += 1  // inner apostrophe or hyphen
            } else {
                break
            }
        }
        return j
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ flags: Token.Flags)
        -> Token
    {
        var h = WordHash.offsetBasis
        for k in start..<end { h = WordHash.add(h, bytes[k]) }
        return Token(start: start, end: end, kind: .number, flags: flags, hash: h, stemHash: h, stemEnd: end)
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ pending: Token.Flags)
        -> Token
    {
        var flags = pending
        var h = WordHash.offsetBasis
        var upper = 0
        var lower = 0
        var stemHash = h
        var stemEnd = end
        var k = start
        while k < end {
            let b = bytes[k]
            if b == 0xE2 {  // the typographic apostrophe, read as '
                stemHash = h
                stemEnd = k
                h = WordHash.add(h, 0x27)
                k += 3
                continue
            }
            if b == 0xC3, k + 1 < end, case let folded = ByteClass.foldedLatin1(bytes[k + 1]), folded != 0 {
                if bytes[k + 1] < 0xA0 { upper += 1 } else { lower += 1 }
                h = WordHash.add(h, folded)
                k += 2
                continue
            }
            if b == 0x27 {
                stemHash = h
                stemEnd = k
            }
            if ByteClass.isASCIIUpper(b) { upper += 1 } else if ByteClass.isASCIILower(b) { lower += 1 }
            if ByteClass.isDigit(b) { flags.insert(.hasDigit) }
            h = WordHash.add(h, b)
            k += 1
        }
        let last = bytes[end - 1]
        if stemEnd < end, (last == 0x73 || last == 0x53), end - stemEnd == (bytes[stemEnd] == 0xE2 ? 4 : 2) {
            flags.insert(.possessive)
        } else {
            stemHash = h
            stemEnd = end
        }
        if ByteClass.isUpperStart(bytes, start) { flags.insert(.capitalized) }
        if upper >= 2, lower == 0 { flags.insert(.allCaps) }
        return Token(start: start, end: end, kind: .word, flags: flags, hash: h, stemHash: stemHash, stemEnd: stemEnd)
    }
}
