/// Dates in Amharic, which names the month before the day: "መጋቢት 3 ቀን 2017 ዓ.ም", "ማርች 12, 2025".
extension DateDetector {
    /// Proposes a month's name in Ethiopic letters (of the Ethiopian or the Gregorian calendar) followed by its day,
    /// the word "ቀን" (day) after the day if written, and the year with its era's mark ("ዓ.ም") if one follows.
    static func detectEthiopicMonthFirst(_ context: ScanContext, _ candidates: inout CandidateList) {
        let tokens = context.tokens
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            let token = tokens[i]
            guard token.isWord, context.bytes[token.start] == 0xE1, context.byte(token.start + 1) &- 0x88 < 6,
                context.vocabulary.monthNames.value(of: token.hash) != nil, context.isNumber(i + 1, digits: 1...2),
                !tokens[i + 1].startsLine, (1...31).contains(context.value(i + 1))
            else { continue }
            var last = i + 1
            if last + 1 < tokens.count, tokens[last + 1].isWord, tokens[last + 1].hash == dayWordHash { last += 1 }
            let year = context.isSymbol(last + 1, 0x2C) ? last + 2 : last + 1
            if context.isNumber(year, digits: 4...4), !tokens[year].startsLine {
                last = year
                if let era = eraMarkEnd(context, after: year) { last = era }
            }
            let born = context.isPreceded(i, byOneOf: .birth, within: 4)
            candidates.add(born ? .dateOfBirth : .date, tokens: i, last, 0.8)
            i = last
        }
    }

    /// The last token of "ዓ.ም" or "ዓ.ም." (the year of mercy, the Ethiopian era) after the year at `year`.
    private static func eraMarkEnd(_ context: ScanContext, after year: Int) -> Int? {
        let mark = year + 1
        guard mark + 2 < context.tokens.count, context.tokens[mark].isWord, context.tokens[mark].hash == yearWordHash,
            context.isSymbol(mark + 1, 0x2E), context.tokens[mark + 1].isAttached, context.tokens[mark + 2].isAttached,
            context.tokens[mark + 2].isWord, context.tokens[mark + 2].hash == mercyHash
        else { return nil }
        // The abbreviation's own closing period: "ዓ.ም.".
        return context.isSymbol(mark + 3, 0x2E) && context.tokens[mark + 3].isAttached ? mark + 3 : mark + 2
    }

    private static let dayWordHash = WordHash.of(word: Substring("ቀን").utf8)
    private static let yearWordHash = WordHash.of(word: Substring("ዓ").utf8)
    private static let mercyHash = WordHash.of(word: Substring("ም").utf8)
}
