extension DateDetector {
    /// A date as Mongolian writes it, the year, the month and the day each before its word: "2025 оны 3 сарын 14",
    /// "2025 оны 3-р сарын 14-ний өдөр", "3 сарын 14". The last token and the confidence of the date that opens at
    /// number `i`, or nil when none does.
    static func mongolian(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        var k = i
        if context.isNumber(k, digits: 4...4), isWord(context, k + 1, in: yearWords) { k += 2 }
        guard context.isNumber(k, digits: 1...2), !context.tokens[k].startsLine, (1...12).contains(context.value(k))
        else { return nil }
        var month = k + 1
        // "3-р": the ordinal's suffix.
        if context.isSymbol(month, 0x2D), context.tokens[month].isAttached, month + 1 < context.tokens.count,
            context.tokens[month + 1].isWord, context.tokens[month + 1].isAttached
        {
            month += 2
        }
        let day = month + 1
        guard isWord(context, month, in: monthWords), context.isNumber(day, digits: 1...2),
            !context.tokens[day].startsLine, (1...31).contains(context.value(day))
        else { return nil }
        var end = day
        // "14-ний", "14-нд": the day's case ending; "өдөр" (day) after it.
        if context.isSymbol(end + 1, 0x2D), context.tokens[end + 1].isAttached, end + 2 < context.tokens.count,
            context.tokens[end + 2].isWord, context.tokens[end + 2].isAttached
        {
            end += 2
        }
        if isWord(context, end + 1, in: dayWords) { end += 1 }
        return (end, k > i ? 0.85 : 0.75)
    }

    private static func isWord(_ context: ScanContext, _ k: Int, in words: KeywordTable<Void>) -> Bool {
        k < context.tokens.count && context.tokens[k].isWord && !context.tokens[k].startsLine
            && words[hash: context.tokens[k].hash] != nil
    }

    /// "Of the year" and "in the year".
    private static let yearWords = KeywordTable(["оны", "онд"].map { ($0, ()) })
    /// "Of the month".
    private static let monthWords = KeywordTable(["сарын", "сар"].map { ($0, ()) })
    /// "Day".
    private static let dayWords = KeywordTable(["өдөр", "өдрийн"].map { ($0, ()) })
}
