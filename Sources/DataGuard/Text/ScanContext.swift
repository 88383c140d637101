/// What the detectors of one scan read: the text's bytes and tokens, the vocabularies and the
/// organization's settings. It never changes during the scan, so the detectors and their helpers share it
/// without copying it; the findings they propose go to a ``CandidateList``.
struct ScanContext {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: TokenList
    let anchors: Anchors
    let vocabulary: Vocabulary
    let settings: CompiledSettings

    /// The byte at `i`, or 0 outside the text.
    @inline(__always)
    func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    /// Whether token `i` exists and is the ASCII symbol `symbol`.
    @inline(__always)
    func isSymbol(_ i: Int, _ symbol: UInt8) -> Bool {
        tokens.isSymbol(i, symbol, in: bytes)
    }

    /// Whether token `i` exists and is a word of two letters, "am" or "pm" in any case: a clock's half of the day.
    @inline(__always)
    func isMeridiem(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord, tokens[i].length == 2 else { return false }
        let first = bytes[tokens[i].start] | 0x20
        return (first == 0x61 || first == 0x70) && bytes[tokens[i].start + 1] | 0x20 == 0x6D
    }

    /// Whether token `i` exists and is an en or em dash ("–", "—"; E2 80 93, E2 80 94).
    func isLongDash(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol, tokens[i].length == 3 else { return false }
        let start = tokens[i].start
        return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] &- 0x93 < 2
    }

    /// Whether token `i` exists and is the ordinal sign "º" (C2 BA) or the degree sign "°" (C2 B0) written for it.
    func isOrdinalSign(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol, tokens[i].length == 2 else { return false }
        let start = tokens[i].start
        return bytes[start] == 0xC2 && (bytes[start + 1] == 0xBA || bytes[start + 1] == 0xB0)
    }

    /// Whether token `i` exists and is a number of `digits` digits, attached to the token before it when
    /// `attached` is true.
    @inline(__always)
    func isNumber(_ i: Int, digits: ClosedRange<Int>, attached: Bool = false) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isNumber && digits.contains(tokens[i].length)
            && (!attached || tokens[i].isAttached)
    }

    /// Whether a column of a form ends before token `i` (see ``TokenList/followsColumnGap(_:in:)``).
    @inline(__always)
    func followsColumnGap(_ i: Int) -> Bool { tokens.followsColumnGap(i, in: bytes) }

    /// Whether token `i` exists and is in one of the lists `classes`.
    @inline(__always)
    func has(_ i: Int, _ classes: LexiconClasses) -> Bool {
        i >= 0 && i < tokens.count && !tokens[i].lexicon.isDisjoint(with: classes)
    }

    /// The value of a number token of at most 18 digits.
    func value(_ i: Int) -> Int {
        let token = tokens[i]
        let end = min(token.end, token.start + 18)
        var v = 0
        var k = token.start
        // Eighteen digits at most: the value cannot overflow, so it is computed without the checks.
        while k < end {
            v = v &* 10 &+ Int(bytes[k] &- 0x30)
            k += 1
        }
        return v
    }

    /// Whether one of the `count` word tokens before token `i` on the same line is in `set`.
    func isPreceded(_ i: Int, byOneOf classes: LexiconClasses, within count: Int) -> Bool {
        var k = i - 1
        var seen = 0
        while k >= 0, seen < count + 3 {
            if tokens[k + 1].startsLine { return false }
            if !tokens[k].lexicon.isDisjoint(with: classes) { return true }
            seen += 1
            if tokens[k].isWord || tokens[k].isNumber { if seen >= count { break } }
            k -= 1
        }
        return false
    }

    /// Whether the token boundary before `i` is a word edge: no letter or digit glued to it, nor a period or hyphen
    /// but a Hebrew prefix's.
    @inline(__always)
    func startsCleanly(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let prior = tokens[i - 1]
        return !tokens[i].isAttached || prior.kind == .symbol && !isSymbol(i - 1, 0x2E)
            && (!isSymbol(i - 1, 0x2D) || isHebrewPrefix(i - 2))
    }

    /// Whether token `k` is a Hebrew prefix of one letter that a hyphen joins to a number ("ב-3 במרץ", "ה-15").
    private func isHebrewPrefix(_ k: Int) -> Bool {
        k >= 0 && tokens[k].isWord && tokens[k].length == 2 && bytes[tokens[k].start] == 0xD7
            && tokens[k + 1].isAttached
    }

    /// Whether the token boundary after `i` is a word edge: no letter or digit glued to it, and no
    /// separator followed by another digit.
    func endsCleanly(_ i: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count, tokens[next].isAttached else { return true }
        if tokens[next].kind != .symbol { return false }
        let after = next + 1
        let continues = after < tokens.count && tokens[after].isAttached && tokens[after].isNumber
        return !(continues && (isSymbol(next, 0x2D) || isSymbol(next, 0x2E) || isSymbol(next, 0x2F)))
    }

    /// The number of a type or strain glued to token `last` by a hyphen, one or two digits that end cleanly
    /// ("COVID-19"): its token, or nil.
    func typeNumberEnd(after last: Int) -> Int? {
        guard isSymbol(last + 1, 0x2D), tokens[last + 1].isAttached,
            isNumber(last + 2, digits: 1...2, attached: true), endsCleanly(last + 2)
        else { return nil }
        return last + 2
    }

    /// Whether token `j` goes on the phrase of the token before it: on the same line, after a space, before any
    /// column gap.
    func continuesPhrase(_ j: Int) -> Bool {
        let token = tokens[j]
        return !token.startsLine && token.flags.contains(.spaceBefore) && !followsColumnGap(j)
    }

    /// Whether the bytes from `i` on are `word`.
    @inline(__always)
    func hasBytes(_ word: [UInt8], at i: Int) -> Bool { ByteClass.hasBytes(bytes, word, at: i) }

    /// The first token that starts at byte `byte` or after it (the token count when none does).
    func firstToken(from byte: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < byte { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether token `i` is a comma: Latin, Arabic ("،", D8 8C), fullwidth ("，", EF BC 8C) or the enumeration comma of
    /// Chinese and Japanese ("、", E3 80 81).
    func isComma(_ i: Int) -> Bool {
        if isSymbol(i, 0x2C) { return true }
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol else { return false }
        let start = tokens[i].start
        switch byte(start) {
        case 0xD8: return byte(start + 1) == 0x8C
        case 0xEF: return byte(start + 1) == 0xBC && byte(start + 2) == 0x8C
        case 0xE3: return byte(start + 1) == 0x80 && byte(start + 2) == 0x81
        default: return false
        }
    }
}
