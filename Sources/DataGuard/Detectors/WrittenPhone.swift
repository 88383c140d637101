/// A phone number as people write it, read from the token stream without allocating: groups of digits
/// joined by single spaces, `-`, `.` or `/`, some in parentheses ("+44 (0)20 7946 0958",
/// "01.23.45.67.89", "(030) 123 4567"), all on one line.
struct WrittenPhone {
    static let maxDigits = 17
    static let maxGroups = 8
    /// The digits read, as values 0–9; a trunk `(0)` after a country code is left out.
    var digits = InlineArray<17, UInt8>(repeating: 0)
    var digitCount = 0
    /// For each group: how many digits were read up to its end, and its last token.
    var digitsAtEnd = InlineArray<8, Int>(repeating: 0)
    var lastToken = InlineArray<8, Int>(repeating: 0)
    /// The separator before each group after the first (`-`, `.`, `/`, a space 0x20, or `(`).
    var separators = InlineArray<8, UInt8>(repeating: 0)
    var groupCount = 0

    /// The number that starts at token `first`, a number or an opening parenthesis.
    init(_ context: borrowing ScanContext, from first: Int) {
        var k = first
        var separator: UInt8 = 0
        while groupCount < Self.maxGroups {
            var number = k
            var closes = false
            if context.isSymbol(k, 0x28) {
                number = k + 1
                closes = true
                separator = groupCount == 0 ? 0 : 0x28
            }
            guard context.isNumber(number, digits: 1...Self.maxDigits), !closes || context.tokens[number].isAttached,
                !closes || context.isSymbol(number + 1, 0x29), groupCount == 0 || !context.tokens[k].startsLine
            else { break }
            let token = context.tokens[number]
            let isTrunk = closes && groupCount == 1 && token.length == 1 && context.bytes[token.start] == 0x30
            if !isTrunk {
                guard digitCount + token.length <= Self.maxDigits else { break }
                for b in context.bytes[token.start..<token.end] {
                    digits[digitCount] = b &- 0x30
                    digitCount += 1
                }
            }
            let last = closes ? number + 1 : number
            separators[groupCount] = separator
            digitsAtEnd[groupCount] = digitCount
            lastToken[groupCount] = last
            groupCount += 1
            guard let (nextStart, nextSeparator) = Self.joint(context, after: last) else { break }
            k = nextStart
            separator = nextSeparator
        }
    }

    /// The start of the next group after token `last` and the separator before it, if one follows.
    private static func joint(_ context: borrowing ScanContext, after last: Int) -> (Int, UInt8)? {
        let next = last + 1
        guard next < context.tokens.count, !context.tokens[next].startsLine else { return nil }
        let token = context.tokens[next]
        if token.isNumber || context.isSymbol(next, 0x28) {
            let gap = token.start - context.tokens[last].end
            let spaced = gap == 1 || (gap == 2 && context.bytes[token.start - 2] == 0xC2)
            let glued = gap == 0 && (context.isSymbol(last, 0x29) || context.isSymbol(next, 0x28))
            return spaced || glued ? (next, 0x20) : nil
        }
        if isAreaCodeSlash(context, after: last) { return (next + 1, 0x2F) }
        guard token.isAttached, token.kind == .symbol, next + 1 < context.tokens.count,
            context.tokens[next + 1].isAttached
        else { return nil }
        let b = context.bytes[token.start]
        guard b == 0x2D || b == 0x2E || b == 0x2F else { return nil }
        return (next + 1, b)
    }

    /// "030 / 61 20 48 73": an area code that opens a number (a 0 and one to four digits), set apart from the rest
    /// by a slash with spaces, as German numbers are written.
    static func isAreaCodeSlash(_ context: borrowing ScanContext, after code: Int) -> Bool {
        let slash = code + 1
        return context.isSymbol(slash, 0x2F) && !context.tokens[slash].isAttached
            && context.isNumber(slash + 1, digits: 1...8) && !context.tokens[slash + 1].isAttached
            && !context.tokens[slash + 1].startsLine && context.isNumber(code, digits: 2...5)
            && context.bytes[context.tokens[code].start] == 0x30 && !context.isNumber(code - 1, digits: 1...17)
    }

    /// The digits of the first `groups` groups, from digit `from`.
    func digits(groups: Int, from: Int = 0) -> some Sequence<UInt8> {
        let end = digitsAtEnd[groups - 1]
        return (min(from, end)..<end).lazy.map { self.digits[$0] }
    }

    /// Whether the first `groups` groups read like a date or a time ("12.03.2024", "2024-03-25", "10.30").
    func looksLikeDate(groups: Int) -> Bool {
        guard groups >= 2, groups <= 3 else { return false }
        var lengths = InlineArray<3, Int>(repeating: 0)
        var previous = 0
        for g in 0..<groups {
            lengths[g] = digitsAtEnd[g] - previous
            previous = digitsAtEnd[g]
            if g > 0, separators[g] == 0x20 || separators[g] == 0x28 { return false }
        }
        if groups == 2 { return lengths[0] <= 2 && lengths[1] <= 2 }
        let dayFirst = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)
        let yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2
        return dayFirst || yearFirst
    }

    /// Whether every separator of the first `groups` groups is the same, parentheses aside, the one after the
    /// area code aside too ("070-318 44 92", "(01) 612-4400").
    func isEvenlySeparated(groups: Int) -> Bool {
        var seen: UInt8 = 0
        for g in 2..<max(groups, 2) where separators[g] != 0x28 {
            if seen == 0 { seen = separators[g] } else if separators[g] != seen { return false }
        }
        return true
    }
}
