extension DateDetector {
    /// Dates of the Hebrew calendar written in Hebrew numerals: the day in letters with its gershayim or geresh
    /// ("ט"ו", "ה'"), the month ("בשבט", "ניסן") and, if written, the year ("תשפ"ד"): "ט"ו בשבט תשפ"ד".
    static func detectHebrewCalendar(_ context: ScanContext, _ candidates: inout CandidateList) {
        let tokens = context.tokens
        var i = 0
        while i + 1 < tokens.count {
            guard let dayEnd = hebrewNumeral(context, at: i, upTo: 30), dayEnd + 1 < tokens.count,
                context.continuesPhrase(dayEnd + 1), context.isUncasedWord(dayEnd + 1),
                context.vocabulary.monthNames.value(of: tokens[dayEnd + 1].hash) != nil
            else {
                i += 1
                continue
            }
            var last = dayEnd + 1
            if last + 1 < tokens.count, context.continuesPhrase(last + 1), isHebrewYear(context, last + 1),
                let yearEnd = hebrewNumeral(context, at: last + 1, upTo: .max)
            {
                last = yearEnd
            }
            let born = context.isPreceded(i, byOneOf: .birth, within: 4)
            candidates.add(born ? .dateOfBirth : .date, tokens: i, last, 0.8)
            i = last + 1
        }
    }

    /// The last token of a number in Hebrew letters at token `i` whose value is at most `limit`: a word of Hebrew
    /// letters with a gershayim inside ("ט"ו", read with the ASCII quotation mark as one word too) or a geresh after
    /// it ("ה'", "ה׳").
    private static func hebrewNumeral(_ context: ScanContext, at i: Int, upTo limit: Int) -> Int? {
        guard context.isUncasedWord(i) else { return nil }
        let token = context.tokens[i]
        let bytes = context.bytes
        var value = 0
        var marked = false
        var k = token.start
        while k < token.end {
            if bytes[k] == 0x22 {
                marked = true
                k += 1
                continue
            }
            guard bytes[k] == 0xD7, k + 1 < token.end else { return nil }
            let second = bytes[k + 1]
            if second == 0xB3 || second == 0xB4 {  // geresh, gershayim
                marked = true
            } else if second &- 0x90 < 27 {
                value += hebrewLetterValues[Int(second &- 0x90)]
            } else {
                return nil
            }
            k += 2
        }
        var last = i
        if !marked, context.isSymbol(i + 1, 0x27), context.tokens[i + 1].isAttached {
            marked = true
            last = i + 1
        }
        return marked && value >= 1 && value <= limit ? last : nil
    }

    /// Whether token `i` opens a year of the Hebrew calendar in letters: "תשפ"ד" (5784, its thousands left out)
    /// starts with tav (400).
    private static func isHebrewYear(_ context: ScanContext, _ i: Int) -> Bool {
        context.isUncasedWord(i) && context.byte(context.tokens[i].start) == 0xD7
            && context.byte(context.tokens[i].start + 1) == 0xAA
    }

    /// The values of the Hebrew letters U+05D0–U+05EA (final forms as their letters), by their second UTF-8 byte
    /// less 0x90.
    private static let hebrewLetterValues: [Int] = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90, 100, 200, 300, 400,
    ]
}
