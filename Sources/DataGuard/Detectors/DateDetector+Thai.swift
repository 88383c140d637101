/// Dates with a Thai month shortened as Thai writes it, after the day and before the year of the Buddhist era in two
/// or four digits, or none: "15 มี.ค. 68", "3 ต.ค. 2567".
extension DateDetector {
    /// The last token of the date whose day is number `i`, when a shortened Thai month follows it, and its
    /// confidence.
    static func thaiShortMonth(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard context.isNumber(i, digits: 1...2), (1...31).contains(context.value(i)), i + 4 < context.tokens.count,
            !context.tokens[i + 1].isAttached, !context.tokens[i + 1].startsLine,
            case let start = context.tokens[i + 1].start, context.bytes[start] == 0xE0,
            let month = thaiShortMonths.first(where: { context.hasBytes($0, at: start) }),
            context.tokens[i + 4].end == start + month.count
        else { return nil }
        let year = i + 5
        if context.isNumber(year, digits: 2...2) || context.isNumber(year, digits: 4...4),
            !context.tokens[year].isAttached, !context.tokens[year].startsLine, context.endsCleanly(year)
        {
            return (year, 0.8)
        }
        return (i + 4, 0.8)
    }

    /// The twelve months shortened, each two letters or syllables with a period after each: "ม.ค." (January) to
    /// "ธ.ค." (December).
    private static let thaiShortMonths = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ].map { Array($0.utf8) }
}
