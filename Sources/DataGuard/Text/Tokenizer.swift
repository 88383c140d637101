/// Splits UTF-8 bytes into ``Token``s in one pass: words, numbers and single symbols, with whitespace
/// recorded as flags on the token after it.
enum Tokenizer {
    /// Calls `body` with the tokens of `bytes`, each word with the `lexicon` lists it is in, and the
    /// ``Anchors`` among them, which live only during the call.
    static func withTokens<Result>(
        of bytes: UnsafeBufferPointer<UInt8>, lexicon: LexiconTable, _ body: (TokenList, Anchors) -> Result
    ) -> Result {
        // Every token takes at least one byte, so a text has at most as many tokens (and anchors) as
        // bytes: room for that many is made up front, in one allocation freed when the call returns, and
        // written without growth or uniqueness checks: the tokens, then the anchors, one fifth for each list.
        let n = bytes.count
        let tokenBytes = n * MemoryLayout<Token>.stride
        let byteCount = tokenBytes + 5 * n * MemoryLayout<Int>.stride
        // Not temporary memory (withUnsafeTemporaryAllocation): beyond a kilobyte, every text of more than
        // about twenty bytes, that comes from the heap too, through a costlier aligned allocation.
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount, alignment: MemoryLayout<Token>.alignment)
        defer { raw.deallocate() }
        let tokenSlots = UnsafeMutableRawBufferPointer(rebasing: raw[..<tokenBytes]).bindMemory(to: Token.self)
        let slots = UnsafeMutableRawBufferPointer(rebasing: raw[tokenBytes...]).bindMemory(to: Int.self)
        var output = Output(
            all: UnsafeMutableBufferPointer(rebasing: slots[..<n]),
            numeric: UnsafeMutableBufferPointer(rebasing: slots[n..<(2 * n)]),
            words: UnsafeMutableBufferPointer(rebasing: slots[(2 * n)..<(3 * n)]),
            colons: UnsafeMutableBufferPointer(rebasing: slots[(3 * n)..<(4 * n)]),
            delimiters: UnsafeMutableBufferPointer(rebasing: slots[(4 * n)...]))
        tokenize(bytes, into: &output, tokens: tokenSlots, lexicon: lexicon)
        let tokens = TokenList(UnsafeBufferPointer(rebasing: tokenSlots[..<output.tokenCount]))
        return body(tokens, output.anchors)
    }

    /// Anchor indices written into memory with room for all of them, as the tokens are.
    private struct Output {
        let all: UnsafeMutableBufferPointer<Int>
        let numeric: UnsafeMutableBufferPointer<Int>
        let words: UnsafeMutableBufferPointer<Int>
        let colons: UnsafeMutableBufferPointer<Int>
        let delimiters: UnsafeMutableBufferPointer<Int>
        var tokenCount = 0
        var allCount = 0
        var numericCount = 0
        var wordCount = 0
        var colonCount = 0
        var delimiterCount = 0
        var hasUncasedWords = false
        var hasEastAsianWords = false
        var hasThaiWords = false
        var hasGluedCapitals = false
        var hasLocalDigits = false
        var hasElisions = false
        var hasMentions = false
        var hasColumnGaps = false
        var hasKeySigns = false

        @inline(__always)
        mutating func append(_ token: Token, to tokens: UnsafeMutableBufferPointer<Token>, isAnchor: Bool) {
            if isAnchor {
                all.initializeElement(at: allCount, to: tokenCount)
                allCount += 1
                if token.isWord && !token.flags.contains(.hasDigit) {
                    words.initializeElement(at: wordCount, to: tokenCount)
                    wordCount += 1
                } else {
                    numeric.initializeElement(at: numericCount, to: tokenCount)
                    numericCount += 1
                }
            }
            tokens.initializeElement(at: tokenCount, to: token)
            tokenCount += 1
        }

        /// Records the colon that is the next token.
        @inline(__always)
        mutating func appendColon() {
            colons.initializeElement(at: colonCount, to: tokenCount)
            colonCount += 1
        }

        /// Records the comma, semicolon or pipe that is the next token.
        @inline(__always)
        mutating func appendDelimiter() {
            delimiters.initializeElement(at: delimiterCount, to: tokenCount)
            delimiterCount += 1
        }

        var anchors: Anchors {
            Anchors(
                all: UnsafeBufferPointer(rebasing: all[..<allCount]),
                numeric: UnsafeBufferPointer(rebasing: numeric[..<numericCount]),
                words: UnsafeBufferPointer(rebasing: words[..<wordCount]),
                colons: UnsafeBufferPointer(rebasing: colons[..<colonCount]),
                delimiters: UnsafeBufferPointer(rebasing: delimiters[..<delimiterCount]),
                hasUncasedWords: hasUncasedWords, hasEastAsianWords: hasEastAsianWords, hasThaiWords: hasThaiWords,
                hasGluedCapitals: hasGluedCapitals, hasLocalDigits: hasLocalDigits, hasElisions: hasElisions,
                hasMentions: hasMentions, hasColumnGaps: hasColumnGaps, hasKeySigns: hasKeySigns)
        }
    }

    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: inout Output, tokens: UnsafeMutableBufferPointer<Token>,
        lexicon: LexiconTable
    ) {
        let n = bytes.count
        var i = 0
        var pending: Token.Flags = []
        while i < n {
            let b = bytes[i]
            if ByteClass.isASCIILetter(b)
                || (b >= 0x80 && ByteClass.startsWord(b, next: i + 1 < n ? bytes[i + 1] : 0)
                    && !ByteClass.isPunctuationAmongLetters(bytes, i))
            {
                var token = asciiWord(bytes, from: i, pending) ?? word(bytes, from: i, pending, &output.hasElisions)
                token.lexicon = lexicon.classes(of: token.stemHash)
                // "nguThabo", "uSipho": a word opening with "k", "n", "s" or "u" and a capital among its next letters.
                if b &- 0x6B < 11, 0x509 &>> UInt32(b &- 0x6B) & 1 != 0, token.length >= 4,
                    ByteClass.isASCIIUpper(bytes[i + 1]) || ByteClass.isASCIIUpper(bytes[i + 2])
                        || ByteClass.isASCIIUpper(bytes[i + 3])
                        || token.length > 4 && ByteClass.isASCIIUpper(bytes[i + 4])
                {
                    output.hasGluedCapitals = true
                }
                // Hebrew (D7), Arabic-script (D8–DB), Georgian (E1 83), Ethiopic (E1 88–8D) and South Asian (E0
                // A4–B7) letters.
                if b >= 0x80 {
                    if b &- 0xD7 < 5 || ByteClass.isUncasedLead(b, i + 1 < n ? bytes[i + 1] : 0) {
                        output.hasUncasedWords = true
                        // A word of South Asian digits ("२०२५") is read again as ASCII digits.
                        if LocalDigits.indicDigit(bytes, i) != nil { output.hasLocalDigits = true }
                    } else if ByteClass.isEastAsianLead(b) {
                        output.hasEastAsianWords = true  // kana, CJK ideographs and Hangul
                    } else if b == 0xE0, i + 1 < n, bytes[i + 1] &- 0xB8 < 2 {
                        output.hasThaiWords = true
                    }
                }
                output.append(
                    token, to: tokens,
                    isAnchor: !token.flags.isDisjoint(with: [.capitalized, .hasDigit])
                        || !token.lexicon.isDisjoint(with: [.lowerNameCue, .month, .closing]))
                (pending, i) = afterToken(bytes, token.end)
            } else if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C {
                pending.insert(.spaceBefore)
                if b == 0x09 || b == 0x20 && pending.contains(.spaceBefore) { output.hasColumnGaps = true }
                i += 1
            } else if b == 0x0A {
                pending.formUnion([.spaceBefore, .newlineBefore])
                i += 1
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
                pending.insert(.spaceBefore)  // NO-BREAK SPACE
                i += 2
            } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                pending.insert(.spaceBefore)  // IDEOGRAPHIC SPACE
                i += 3
            } else if ByteClass.isDigit(b) {
                let token = number(bytes, from: i, pending)
                output.append(token, to: tokens, isAnchor: true)
                (pending, i) = afterToken(bytes, token.end)
            } else {
                let end = min(n, i + ByteClass.scalarLength(b))
                let symbol = Token(
                    start: i, end: end, kind: .symbol, flags: pending, hash: UInt64(b), stemHash: UInt64(b),
                    stemEnd: end)
                if ByteClass.isColon(bytes, at: i) {
                    output.appendColon()
                } else if b == 0x2C || b == 0x3B || b == 0x7C {
                    output.appendDelimiter()
                } else if b == 0x3D || b == 0x3E, output.tokenCount > 0, tokens[output.tokenCount - 1].isWord,
                    b == 0x3D || !pending.contains(.spaceBefore) && !endsAddress(bytes, tokens, output.tokenCount)
                {
                    output.hasKeySigns = true  // "key=", "key =", "<key>"; not a quoted e-mail's "> " nor "<a@b.org>"
                }
                if b &- 0xD9 < 3, end - i == 2, LocalDigits.isFolded(b, bytes[i + 1]) { output.hasLocalDigits = true }
                if b == 0x40, i == 0 || pending.contains(.spaceBefore) { output.hasMentions = true }
                output.append(symbol, to: tokens, isAnchor: b == 0x40 || b == 0x3A || b == 0x28)
                (pending, i) = afterToken(bytes, end)
            }
        }
    }

    /// Whether the last of the first `count` tokens is a word after a period, as an address's last part is ("org" of
    /// "<ana@b.org>").
    @inline(__always)
    private static func endsAddress(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Token>, _ count: Int
    ) -> Bool {
        count >= 2 && tokens[count - 2].kind == .symbol && bytes[tokens[count - 2].start] == 0x2E
    }

    /// The flags of the token after one that ends at `end`, and where to read on: a single space after a
    /// token, the commonest case, is taken at once.
    @inline(__always)
    private static func afterToken(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Token.Flags, Int) {
        end < bytes.count && bytes[end] == 0x20 ? (.spaceBefore, end + 1) : ([], end)
    }

    /// The run of ASCII digits starting at `start`, read and hashed eight bytes at a time.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ flags: Token.Flags) -> Token {
        var hasher = WordHasher()
        var k = start
        var run = 8
        while run == 8, k + 8 <= bytes.count {
            let eight = ByteClass.eightBytes(bytes, at: k)
            run = ByteClass.digitPrefix(eight)
            hasher.add(lowercase: eight, count: run)
            k += run
        }
        while run == 8, k < bytes.count, ByteClass.isDigit(bytes[k]) {
            hasher.add(lowercase: bytes[k])
            k += 1
        }
        let h = hasher.finish()
        return Token(start: start, end: k, kind: .number, flags: flags, hash: h, stemHash: h, stemEnd: k)
    }

    /// The word starting at `start` when it is the common kind, ASCII letters only, ended by a byte that
    /// cannot continue a word, and at least eight bytes from the end of the text; nil for any other, which
    /// ``word(_:from:_:)`` reads. Eight bytes at a time: the letters are lower-cased by setting one bit, and
    /// the lower-case ones told by that bit; the byte after the word is taken from the last eight read. The
    /// token is the one ``word(_:from:_:)`` gives.
    @inline(__always)
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ pending: Token.Flags)
        -> Token?
    {
        let caseBits: UInt64 = 0x2020_2020_2020_2020
        guard start + 8 <= bytes.count else { return nil }
        var eight = ByteClass.eightBytes(bytes, at: start)
        let isCapitalized = eight & 0x20 == 0
        var hasher = WordHasher()
        var lowerBits: UInt64 = 0
        var k = start
        var run = ByteClass.lowerASCIIPrefix(eight | caseBits)
        while run == 8 {
            hasher.add(lowercase: eight | caseBits, count: 8)
            lowerBits |= eight & caseBits
            k += 8
            guard k + 8 <= bytes.count else { return nil }
            eight = ByteClass.eightBytes(bytes, at: k)
            run = ByteClass.lowerASCIIPrefix(eight | caseBits)
        }
        let letters = ByteClass.firstBytes(eight, run)
        hasher.add(lowercase: letters | ByteClass.firstBytes(caseBits, run), count: run)
        lowerBits |= letters & caseBits
        k += run
        let next = UInt8(truncatingIfNeeded: eight &>> UInt64(truncatingIfNeeded: run &* 8))
        guard !ByteClass.continuesLetters(next) else { return nil }
        var flags = pending
        if isCapitalized { flags.insert(.capitalized) }
        if lowerBits == 0, k - start >= 2 { flags.insert(.allCaps) }
        let h = hasher.finish()
        return Token(start: start, end: k, kind: .word, flags: flags, hash: h, stemHash: h, stemEnd: k)
    }

    /// Whether a two-byte Latin letter beyond ASCII that lookups fold starts at `i` ("Ö" of "Bergmann-Özkan").
    @inline(__always)
    private static func isFoldedLatinLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 1 < bytes.count && ByteClass.mayFoldLatin(bytes[i]) && ByteClass.foldedLatin(bytes[i], bytes[i + 1]) != 0
    }

    /// The word starting at `start`: letters of any script and digits, with an apostrophe kept when an ASCII letter
    /// follows it and a hyphen when a Latin letter does; hashed, folded and flagged in the same pass. Sets `elisions`
    /// when the word opens with an elided article (``Elision``).
    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ pending: Token.Flags, _ elisions: inout Bool
    ) -> Token {
        let n = bytes.count
        var flags = pending
        var hasher = WordHasher()
        var upper = 0
        var lower = 0
        var stem = hasher
        var apostrophe = -1
        var j = start
        while j < n {
            let b = bytes[j]
            if ByteClass.isASCIILower(b) {
                // Most of a text is runs of lower-case ASCII letters: taken eight bytes at a time, then
                // byte by byte near the end of the text.
                var k = j
                while k + 8 <= n {
                    let eight = ByteClass.eightBytes(bytes, at: k)
                    let run = ByteClass.lowerASCIIPrefix(eight)
                    hasher.add(lowercase: eight, count: run)
                    k += run
                    if run < 8 { break }
                }
                while k < n && ByteClass.isASCIILower(bytes[k]) {
                    hasher.add(lowercase: bytes[k])
                    k += 1
                }
                lower += k - j
                j = k
            } else if b < 0x80 {
                if ByteClass.isASCIIAlphanumeric(b) {
                    if ByteClass.isDigit(b) {
                        flags.insert(.hasDigit)
                    } else if ByteClass.isASCIIUpper(b) {
                        upper += 1
                    } else {
                        lower += 1
                    }
                } else if b == 0x27 || b == 0x2D, j + 1 < n,
                    ByteClass.isASCIILetter(bytes[j + 1]) || b == 0x2D && isFoldedLatinLetter(bytes, j + 1)
                {
                    if b == 0x27 {
                        stem = hasher
                        apostrophe = j
                    } else {
                        flags.insert(.innerHyphen)
                    }
                } else if b == 0x22, bytes[start] == 0xD7, ByteClass.isHebrewLetter(bytes, j + 1) {
                    // A Hebrew acronym's quotation mark, written for the gershayim ("ת"ז", "ד"ר"), stays inside.
                } else {
                    break
                }
                hasher.add(b)
                j += 1
            } else if b == 0xE2 {
                // A zero-width non-joiner or joiner before a letter stays inside the word, unhashed ("علی‌اکبر").
                if ByteClass.isZeroWidthJoiner(bytes, j), j + 3 < n,
                    ByteClass.startsWord(bytes[j + 3], next: j + 4 < n ? bytes[j + 4] : 0)
                {
                    j += 3
                    continue
                }
                // A typographic apostrophe (E2 80 99) followed by a letter stays inside the word, read as '.
                guard j + 3 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99, ByteClass.isASCIILetter(bytes[j + 3])
                else { break }
                stem = hasher
                apostrophe = j
                hasher.add(0x27)
                j += 3
            } else if ByteClass.mayFoldLatin(b), j + 1 < n, case let folded = ByteClass.foldedLatin(b, bytes[j + 1]),
                folded != 0
            {
                let isUpper = b == 0xC3 ? bytes[j + 1] < 0xA0 : ByteClass.isUpperStart(bytes, j)
                if isUpper { upper += 1 } else { lower += 1 }
                flags.insert(.beyondASCII)
                hasher.add(folded)
                j += 2
            } else if b &- 0xD8 < 4, j + 1 < n, ByteClass.isContinuation(bytes[j + 1]),
                !ByteClass.isArabicPunctuation(b, bytes[j + 1])
            {
                // An Arabic-script letter, folded; a vowel mark or tatweel is not hashed.
                let (lead, second) = ByteClass.foldedArabic(b, bytes[j + 1])
                if second != 0 {
                    hasher.add(lead)
                    hasher.add(second)
                }
                flags.insert(.beyondASCII)
                j += 2
            } else if ByteClass.startsWord(b, next: j + 1 < n ? bytes[j + 1] : 0)
                && !ByteClass.isPunctuationAmongLetters(bytes, j) || ByteClass.isContinuation(b)
            {
                if b &- 0xCE < 8 {  // a Greek, Cyrillic or Armenian letter counts toward capitals
                    if ByteClass.isUpperStart(bytes, j) { upper += 1 } else { lower += 1 }
                }
                flags.insert(.beyondASCII)
                hasher.add(b)
                j += 1
            } else {
                break
            }
        }
        let h = hasher.finish()
        var stemEnd = j
        var stemHash = h
        let last = bytes[j - 1]
        if apostrophe >= 0 {
            let ending = apostrophe + (bytes[apostrophe] == 0xE2 ? 3 : 1)
            let possessive = last | 0x20 == 0x73 && j - ending == 1
            // "Demir'e", "SGK'ya": the name is the word before a Turkish case ending, in capitals if it is ("IBAN'a").
            let turkish = !possessive && ByteClass.isUpperStart(bytes, start)
                && CaseEnding.isTurkish(bytes, from: ending, to: j)
            if possessive || turkish {
                flags.insert(.possessive)
                stemEnd = apostrophe
                stemHash = stem.finish()
            }
            if turkish { lower = CaseEnding.lowerCaseLetters(bytes, from: start, to: apostrophe) }
        }
        if ByteClass.isUpperStart(bytes, start) { flags.insert(.capitalized) }
        if upper >= 2, lower == 0 { flags.insert(.allCaps) }
        let token = Token(
            start: start, end: j, kind: .word, flags: flags, hash: h, stemHash: stemHash, stemEnd: stemEnd)
        if apostrophe >= 0, apostrophe - start <= 4, !elisions, Elision.restStart(bytes, token) != nil {
            elisions = true
        }
        return token
    }
}
