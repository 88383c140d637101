/// Finds dates written with a month name ("September 25, 1971", "25 Sept 1971", "May 15th"), with the
/// month named in another language between a day and a year ("4 juin 2025", "3. März 2024", "12 de mayo de
/// 2024", "03 tháng 3 năm 2025"), or in numbers ("9/25/1971", "1971-09-25", "09-25-71"), and calls a date a
/// date of birth when a birth word of one of many languages ("DOB", "born", "née le", "Geburtsdatum") comes just
/// before it.
enum DateDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        var resume = 0
        var lastDate = -2  // the last token of the latest date found
        for i in context.anchors.all where i >= resume {
            let token = context.tokens[i]
            // Of the words without digits (most anchors are capitalized words) only month names open a date here,
            // and no symbol does.
            if token.isWord ? !token.flags.contains(.hasDigit) && !token.lexicon.contains(.month) : !token.isNumber {
                continue
            }
            var first = i
            let found: (Int, Double)?
            // The byte after a number tells which of the rarer shapes may follow it, so that most numbers are
            // offered only to the common ones: a CJK sign ("年", "월"), a letter ("7th") or a period ("11.III").
            let next = context.byte(token.end)
            if token.isNumber, next >= 0xE5, let end = chineseOrJapaneseEnd(context, i) {
                let born = context.isPreceded(i, byOneOf: .birth, within: 4)
                candidates.add(born ? .dateOfBirth : .date, token.start, end, 0.85)
                // "10月1日到2026年9月30日": more dates in the word the first one's signs are part of.
                addChineseOrJapaneseInWord(context, i + 1, from: end, born: born, &candidates)
                resume = i + 2
                continue
            }
            if token.isWord, token.flags.contains(.hasDigit), context.bytes[token.start] >= 0xE3,
                let (start, end) = japaneseEra(context, i) ?? chineseOrJapaneseInWord(context, i, from: token.start)
            {
                let born = context.isPreceded(i, byOneOf: .birth, within: 4)
                candidates.add(born ? .dateOfBirth : .date, start, end, 0.85)
                addChineseOrJapaneseInWord(context, i, from: end, born: born, &candidates)
                continue
            }
            if token.isNumber, ByteClass.isASCIILetter(next), let weekday = weekdayBeforeOrdinal(context, i) {
                // The month and year after the ordinal belong to the date: "Tuesday 3rd June 2025".
                (first, found) = (weekday, dayFirst(context, i) ?? (i + 1, 0.75))
            } else if token.isNumber, let month = monthBeforeYear(context, i) {
                (first, found) = (month, (i, 0.75))
            } else if token.isNumber, next == 0x2C, i >= 1, let year = yearAfterMonthOfAnyLanguage(context, i) {
                (first, found) = (i - 1, (year, 0.85))
            } else if token.isNumber, i >= 1,
                // A month with letters beyond ASCII before the day, or a "d" a space after it (Lithuanian "kovo 1 d.").
                context.tokens[i - 1].flags.contains(.beyondASCII) || context.byte(context.tokens[i].end + 1) == 0x64,
                let (month, end) = monthBeforeMarkedDay(context, i)
            {
                (first, found) = (month, (end, 0.75))
            } else if token.isNumber {
                found =
                    dayFirst(context, i) ?? numeric(context, i) ?? spacedDots(context, i)
                    ?? dayAndMonth(context, i, listedAfter: lastDate)
                    ?? yearFirst(context, i) ?? vietnamese(context, i) ?? rarerAfterNumber(context, i, next)
            } else if token.lexicon.contains(.month) {
                found = monthFirst(context, i)
            } else {
                continue
            }
            guard var (last, confidence) = found else { continue }
            // The first day of a range before the date: "10.–14. März 2025", "du 2 au 16 février 2026".
            if first == i, token.isNumber, let start = rangeStart(context, before: i) {
                first = start
                last = max(last, i)
                confidence = max(confidence, 0.8)
            }
            // The year before the day, as Latvian writes a date: "2025. gada 12. martā".
            if first == i, token.isNumber, i >= 3, let start = latvianYearStart(context, before: i) { first = start }
            let born = context.isPreceded(i, byOneOf: .birth, within: 4) && !bornIsInitial(context, i)
                || followsBornMark(context, i) || precedesBirthYearMark(context, last)
            let type: FindingType = born ? .dateOfBirth : .date
            candidates.add(type, tokens: first, last, confidence)
            resume = last + 1
            lastDate = last
        }
        if context.anchors.hasUncasedWords {
            detectHebrewCalendar(context, &candidates)
            detectEthiopicMonthFirst(context, &candidates)
        }
    }

    /// The dates of rarer shapes after number `i`, which the byte after it (`next`) or the text's letters allow: a
    /// month in roman numerals ("11.III.2025"), a Korean date, a Thai month shortened ("15 มี.ค. 68").
    @inline(__always)
    private static func rarerAfterNumber(_ context: ScanContext, _ i: Int, _ next: UInt8) -> (Int, Double)? {
        if next == 0x2E || next == 0x20 && isRomanLetter(context.byte(context.tokens[i].end + 1)),
            let found = romanMonth(context, i)
        {
            return found
        }
        if next >= 0xE5, let found = korean(context, i) { return found }
        // Mongolian: a Cyrillic letter (lead byte D0 or D1) one byte after the number ("2025 оны", "3-р сарын").
        if next == 0x20 || next == 0x2D, context.byte(context.tokens[i].end + 1) & 0xFE == 0xD0,
            let found = mongolian(context, i)
        {
            return found
        }
        return context.anchors.hasThaiWords ? thaiShortMonth(context, i) : nil
    }

    /// Whether the nearest birth word before token `i` is a capital's initial before a name, no "b." for born:
    /// "Signed B. O'Halloran  2 June 2025".
    private static func bornIsInitial(_ context: ScanContext, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 1, i - k <= 7, !context.tokens[k + 1].startsLine {
            let token = context.tokens[k]
            if token.lexicon.contains(.birth) {
                return token.length == 1 && token.isCapitalized && context.isSymbol(k + 1, 0x2E) && k + 2 < i
                    && context.tokens[k + 2].isWord && context.tokens[k + 2].isCapitalized
            }
            k -= 1
        }
        return false
    }

    /// "°30/07/1985", "° 22/07/1979": the sign for "born" that Belgian and French writers put before a date of
    /// birth (but not the "N°" of a number); the Nordic "f." (født, född), in lower case with its period; or the
    /// French "Né(e) le :", whose bracketed ending puts the birth word out of the usual reach.
    private static func followsBornMark(_ context: ScanContext, _ i: Int) -> Bool {
        let k = i - 1
        guard k >= 0 else { return false }
        if followsBracketedBirthWord(context, i) { return true }
        if context.isSymbol(k, 0x2E), k >= 1, context.tokens[k].isAttached, context.tokens[k - 1].length == 1,
            context.tokens[k - 1].isWord, context.byte(context.tokens[k - 1].start) == 0x66
        {
            return true
        }
        guard context.tokens[k].length == 2, context.byte(context.tokens[k].start) == 0xC2,
            context.byte(context.tokens[k].start + 1) == 0xB0
        else { return false }
        return k == 0 || !context.tokens[k].isAttached || !context.tokens[k - 1].isWord
    }

    /// Whether "Né(e)", "né(e) le" or "Né(e) le :" comes right before token `i` on its line: a birth word with its
    /// bracketed feminine ending.
    private static func followsBracketedBirthWord(_ context: ScanContext, _ i: Int) -> Bool {
        var k = i - 1
        if context.isSymbol(k, 0x3A) { k -= 1 }
        if k >= 0, context.tokens[k].isWord, context.tokens[k].length == 2, !context.tokens[k].isCapitalized,
            context.bytes[context.tokens[k].start] == 0x6C
        {
            k -= 1  // "le"
        }
        guard k >= 3, context.isSymbol(k, 0x29), context.tokens[k - 1].isWord, context.tokens[k - 1].length <= 2,
            context.isSymbol(k - 2, 0x28), context.tokens[k - 2].isAttached,
            context.tokens[k - 3].lexicon.contains(.birth), !context.tokens[i].startsLine
        else { return false }
        return !(k - 2..<i).contains { context.tokens[$0].startsLine }
    }

    /// "12.05.1961 г.р.", "1961 р.н.": the Russian and Ukrainian marks for "year of birth" after a date that
    /// ends at token `last`.
    private static func precedesBirthYearMark(_ context: ScanContext, _ last: Int) -> Bool {
        var k = context.tokens[last].end
        if context.byte(k) == 0x20 { k += 1 }
        guard context.byte(k) == 0xD0 || context.byte(k) == 0xD1 else { return false }
        return birthYearMarks.contains { context.hasBytes($0, at: k) }
    }

    private static let birthYearMarks: [[UInt8]] = ["г.р.", "г. р.", "р.н.", "р. н."].map { Array($0.utf8) }

    /// The month number of word token `i`, if it is a capitalized month name.
    private static func month(_ context: ScanContext, _ i: Int) -> Int? {
        guard i >= 0, i < context.tokens.count, context.tokens[i].isWord, context.tokens[i].isCapitalized else {
            return nil
        }
        return context.tokens[i].lexicon.contains(.month) ? Lexicon.months[hash: context.tokens[i].hash] : nil
    }

    /// Whether token `i` is a day of the month: one or two digits up to 31, not a clock time ("12:30"; but "on
    /// March 12: Mr …" ends a clause).
    @inline(__always)
    private static func isDay(_ context: ScanContext, _ i: Int) -> Bool {
        context.isNumber(i, digits: 1...2) && (1...31).contains(context.value(i))
            && !(context.isSymbol(i + 1, 0x3A) && context.isNumber(i + 2, digits: 1...2, attached: true))
    }

    private static func isYear(_ context: ScanContext, _ i: Int) -> Bool {
        context.isNumber(i, digits: 4...4) && isYear(context, value: context.value(i)) && context.endsCleanly(i)
    }

    /// Whether `value` is a year a date may have: 1900 to 2099, and in a text with words in letters that have no
    /// capitals (Hebrew, Arabic-script or Georgian, ``Anchors/hasUncasedWords``) also 1300 to 1499, the years of the
    /// Islamic and the Solar Hijri calendars now ("18 شعبان 1446", "1403/05/12"), and in a Thai text the years of the
    /// Buddhist era ("06/03/2568").
    @inline(__always)
    private static func isYear(_ context: ScanContext, value: Int) -> Bool {
        (1900...2099).contains(value) || (context.anchors.hasUncasedWords && (1300...1499).contains(value))
            || context.anchors.hasThaiWords && buddhistEraYears.contains(value)
    }

    /// The years of the Buddhist era of Thailand and Laos a date may have: 2400 to 2699 (1857 to 2156).
    private static let buddhistEraYears = 2400...2699

    /// "25-Sep-1971", "25/Sep/71", "27/ene/2025", "03-kwi-2025": day, month name of any language and in any case,
    /// and year, joined by one kind of separator.
    private static func hyphenated(_ context: ScanContext, _ i: Int) -> Int? {
        let separator = context.byte(context.tokens[i].end)
        guard separator == 0x2D || separator == 0x2F, context.isSymbol(i + 1, separator),
            i + 2 < context.tokens.count, context.tokens[i + 2].isWord,
            month(context, i + 2) != nil || context.tokens[i + 2].length >= 3
                && context.vocabulary.monthNames.value(of: context.tokens[i + 2].hash) != nil,
            context.tokens[i + 2].isAttached,
            context.isSymbol(i + 3, separator), context.tokens[i + 3].isAttached,
            context.isNumber(i + 4, digits: 2...4, attached: true), context.tokens[i + 4].length != 3,
            context.endsCleanly(i + 4)
        else { return nil }
        return i + 4
    }

    /// Skips a `.` after an abbreviated month, and an ordinal suffix after a day.
    private static func skip(_ context: ScanContext, _ i: Int, suffixAfterDay: Bool) -> Int {
        if suffixAfterDay {
            return context.has(i + 1, .ordinalSuffix) && context.tokens[i + 1].isAttached ? i + 1 : i
        }
        // The period of an abbreviated month ("Sept. 25"), kept only when a day or year follows it.
        let abbreviated = context.tokens[i].length <= 4 && context.isNumber(i + 2, digits: 1...4)
        return abbreviated && context.isSymbol(i + 1, 0x2E) && context.tokens[i + 1].isAttached ? i + 1 : i
    }

    /// "September 25, 1971", "Sept. 25", "May 15th", "March 2023"; in lower case after a word that puts a date
    /// after it ("until oct 10", "sa nov 30").
    private static func monthFirst(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard month(context, i) != nil || context.tokens[i].hash != mayHash && isDateCue(context, i - 1) else {
            return nil
        }
        var k = skip(context, i, suffixAfterDay: false)
        if isYear(context, k + 1) { return (k + 1, 0.6) }
        guard isDay(context, k + 1), !context.tokens[k + 1].isAttached else { return nil }
        k = skip(context, k + 1, suffixAfterDay: true)
        guard context.endsCleanly(k) else { return nil }
        if context.isSymbol(k + 1, 0x2C), isYear(context, k + 2) { return (k + 2, 0.9) }
        if isYear(context, k + 1) { return (k + 1, 0.9) }
        return (k, 0.8)
    }

    /// "Mayo 12, 1985", "Marso 6, 2025": the year after the day `i`, its comma, and a capitalized month of another
    /// language before the day, as Filipino writes a date as English does; nil when the day has none of these.
    private static func yearAfterMonthOfAnyLanguage(_ context: ScanContext, _ i: Int) -> Int? {
        let month = i - 1
        guard isDay(context, i), !context.tokens[i].isAttached, context.tokens[i + 1].isAttached,
            isYear(context, i + 2), !context.tokens[i + 2].isAttached, context.tokens[month].isWord,
            context.tokens[month].isCapitalized, !context.tokens[i].startsLine, context.startsCleanly(month),
            context.vocabulary.monthNames.value(of: context.tokens[month].hash) != nil
        else { return nil }
        return i + 2
    }

    /// "25 September 1971", "25th of May", "25-Sep-1971", "12-16 May", and a month of another language with a year.
    private static func dayFirst(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard isDay(context, i), context.startsCleanly(i) else { return nil }
        if let last = hyphenated(context, i) { return (last, 0.9) }
        // A range of days before an English month: "12-16 May", read from its last day.
        let range = context.isSymbol(i + 1, 0x2D) && context.tokens[i + 1].isAttached
            && context.isNumber(i + 2, digits: 1...2, attached: true) && isDay(context, i + 2)
            && month(context, i + 3) != nil
        var k = skip(context, range ? i + 2 : i, suffixAfterDay: true)
        if context.has(k + 1, .of) {
            k += 1
        }
        guard month(context, k + 1) != nil else { return monthOfAnyLanguage(context, after: i) }
        k = skip(context, k + 1, suffixAfterDay: false)
        if context.isSymbol(k + 1, 0x2C), isYear(context, k + 2) { return (k + 2, 0.9) }
        if isYear(context, k + 1) { return (k + 1, 0.9) }
        return (k, 0.8)
    }

    /// The first day of a range that ends with the date whose day is token `i`: a day (with a German ordinal's
    /// period) and a dash or a word for "to" of one of several languages before it ("10.–14. März", "du 2 au 16
    /// février", "from 2 to 16 May", "od 2 do 16 listopada"); nil when there is none.
    private static func rangeStart(_ context: ScanContext, before i: Int) -> Int? {
        let to = i - 1
        guard to >= 1, !context.tokens[i].startsLine, !context.tokens[to].startsLine else { return nil }
        let token = context.tokens[to]
        let dash = context.isSymbol(to, 0x2D) || context.isLongDash(to)
        guard dash || token.isWord && rangeWords[hash: token.hash] != nil else { return nil }
        var day = to - 1
        // "10.–14. März", "from 3rd to 10th March": the day's period or ordinal ending.
        if context.isSymbol(day, 0x2E) || context.has(day, .ordinalSuffix), context.tokens[day].isAttached, day >= 1 {
            day -= 1
        }
        // A day alone, not the last part of a date in numbers ("du 07/04 au 11/04").
        guard isDay(context, day), context.tokens[day].length <= 2, !context.tokens[day].isAttached,
            context.startsCleanly(day)
        else { return nil }
        return day
    }

    /// "To" between the days of a range: English, French, German, Spanish and Italian, Polish and Czech.
    private static let rangeWords = KeywordTable(
        ["to", "through", "thru", "till", "au", "bis", "al", "do"].map { ($0, ()) })

    /// "4 juin 2025", "18 Nisan 2025", "3. März 2024", "12 de mayo de 2024", "4 kesäkuuta 2025": a day, a month
    /// named in any of many languages and in any case, and a year. Unlike an English month, which is a date
    /// with a day alone, the year is needed unless something else says it is a date: many of these names are
    /// words of other languages too.
    private static func monthOfAnyLanguage(_ context: ScanContext, after i: Int) -> (Int, Double)? {
        var k = i + 1
        // An English ordinal makes the year unneeded: "8th march", "1st feb" (but not "3rd may", a verb); so does
        // an ordinal's ending after a hyphen, as Bulgarian and Russian write it ("5-ti mart", "5-го марта").
        var ordinal = context.has(k, .ordinalSuffix) && context.tokens[k].isAttached
        if ordinal {
            k += 1
        } else if context.isSymbol(k, 0x2D), context.tokens[k].isAttached, k + 2 < context.tokens.count,
            context.tokens[k + 1].isAttached, context.tokens[k + 1].isWord,
            hyphenOrdinals[hash: context.tokens[k + 1].hash] != nil
        {
            ordinal = true
            k += 2
        }
        // The Italian and Spanish ordinal sign of a month's first day: "1° marzo", "1º de mayo".
        if !ordinal, context.isOrdinalSign(k), context.tokens[k].isAttached {
            ordinal = true
            k += 1
        }
        let dotted = context.isSymbol(k, 0x2E) && context.tokens[k].isAttached
        if dotted { k += 1 }  // "3. März"
        // "3-aprel", "14-mart": Uzbek, Azerbaijani and Kazakh join the day to the month with a hyphen.
        let hyphened = !ordinal && context.isSymbol(k, 0x2D) && context.tokens[k].isAttached
            && k + 1 < context.tokens.count && context.tokens[k + 1].isAttached
        if hyphened { k += 1 }
        let linked = isLinkingDe(context, k)
        if linked { k += 1 }  // "12 de mayo"
        let maltese = !linked && isMalteseOf(context, k)
        if maltese { k += 2 }  // "12 ta' Marzu"
        guard k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length >= 3,
            !context.tokens[k].startsLine
        else { return nil }
        let listed = context.vocabulary.monthNames.value(of: context.tokens[k].hash) != nil
        // A month in a case no list holds ("15. janvāra", "28. jūlijam", "7. juulist") only where a date is plain:
        // after a day's period, a hyphen, an ordinal, a date's cue or a word of another language, or with its year.
        guard listed
            || isInflectedMonth(context, k)
                && (dotted || hyphened || ordinal || isDateCue(context, i - 1) || followsForeignWord(context, i)
                    || isYear(context, k + 1))
        else { return nil }
        let month = k
        if context.isSymbol(k + 1, 0x2E), context.tokens[k + 1].isAttached { k += 1 }  // "4 janv. 2025"
        if isLinkingDe(context, k + 1) { k += 1 }  // "mayo de 2024"
        if k + 1 < context.tokens.count, monthOrdinals.contains(context.tokens[k + 1].hash) { k += 1 }  // "ربيع الأول"
        if isYear(context, k + 1) { return (k + 1, 0.85) }
        if context.isSymbol(k + 1, 0x2C), isYear(context, k + 2) { return (k + 2, 0.85) }  // "12 მაისი, 2025"
        // A Thai month's year of the Buddhist era: "15 มีนาคม 2568".
        if context.byte(context.tokens[month].start) == 0xE0, context.isNumber(k + 1, digits: 4...4),
            buddhistEraYears.contains(context.value(k + 1)), context.endsCleanly(k + 1)
        {
            return (k + 1, 0.85)
        }
        // A month of two Arabic or Hebrew letters ("دی", "آب", "אב") is a common word too: a date only with its year.
        let uncased = context.byte(context.tokens[month].start) &- 0xD7 < 5
        if uncased, context.tokens[month].length <= 4 { return nil }
        if uncased, k > month { return (k, 0.8) }
        guard context.tokens[month].hash != mayHash, context.endsCleanly(month) else { return nil }
        // Without a year: "8th march"; "6 de mayo", joined as only dates are; "21. mars", a day with the period
        // of an ordinal; "8 maart", "17 juli", a full name that is no English word, or one after a word of another
        // language ("randevu 14 mart", where "mart" is English too).
        let fullName = context.tokens[month].length >= 4
            && (!context.vocabulary.words.classes(of: context.tokens[month].hash).contains(.common)
                || followsForeignWord(context, i))
        return ordinal || linked || maltese || dotted || hyphened || fullName || isDateCue(context, i - 1)
            || isClockTime(context, after: month) ? (month, 0.8) : nil
    }

    /// The month of "grudnia 2024", "noiembrie 2025", "Juli 2024": a month named in another language, of four
    /// letters or more, no label ("marca 1942" is a Romanian staff number) and no English word unless in lower case
    /// ("en mars 2025", but "Mars 2025" may be the planet), right before the year `i` or "de" before it ("marzo de
    /// 2024", "março de 2024") and after no day (the day's shapes have had it). English months before a year are read
    /// from the month ("March 2023").
    private static func monthBeforeYear(_ context: ScanContext, _ i: Int) -> Int? {
        let m = i >= 2 && isLinkingDe(context, i - 1) && !context.tokens[i - 1].startsLine ? i - 2 : i - 1
        guard m >= 1, context.isNumber(i, digits: 4...4), isYear(context, i), !context.tokens[i].startsLine,
            !context.tokens[i].isAttached, context.tokens[m].isWord, context.tokens[m].length >= 4,
            context.tokens[m].lexicon.isDisjoint(with: [.month, .identifierLabel]), context.startsCleanly(m),
            context.endsCleanly(i),
            context.vocabulary.monthNames.value(of: context.tokens[m].hash) != nil,
            !context.tokens[m].isCapitalized
                || !context.vocabulary.words.classes(of: context.tokens[m].hash).contains(.common),
            !context.isNumber(m - 1, digits: 1...2), !context.isSymbol(m - 1, 0x2E)
        else { return nil }
        return m
    }

    /// The month's token and the date's last token when the day at `i` follows a month's name in lower case and
    /// carries the mark Hungarian and Lithuanian dates give it: "június 28.", "március 4.", "balandžio 15 d.", "kovo 1
    /// d.". The month is no English word, and has letters beyond ASCII, as most of those languages' months do, unless
    /// the day is marked by Lithuanian "d." ("kovo", "sausio", "spalio").
    @inline(never)
    private static func monthBeforeMarkedDay(_ context: ScanContext, _ i: Int) -> (Int, Int)? {
        let m = i - 1
        let beyondASCII = m >= 0 && context.tokens[m].flags.contains(.beyondASCII)
        guard m >= 0, context.tokens[m].isWord,
            !context.tokens[m].isCapitalized, !context.tokens[i].isAttached, !context.tokens[i].startsLine,
            beyondASCII && context.isSymbol(i + 1, 0x2E) && context.tokens[i + 1].isAttached
                || isWord(context, i + 1, dHash) && context.isSymbol(i + 2, 0x2E) && context.tokens[i + 2].isAttached,
            isDay(context, i),
            context.vocabulary.monthNames.value(of: context.tokens[m].hash) != nil || isInflectedMonth(context, m),
            !context.vocabulary.words.classes(of: context.tokens[m].hash).contains(.common), context.startsCleanly(m)
        else { return nil }
        let end = context.isSymbol(i + 1, 0x2E) ? i + 1 : i + 2
        return context.endsCleanly(end) || context.tokens[end].kind == .symbol ? (m, end) : nil
    }

    private static let dHash = WordHash.of(word: Substring("d").utf8)

    /// Whether word `k` in Latin letters, no English word, is a month's name with a case ending: without its last
    /// one to four letters it is a month's stem ("jūlija" as "jūlij-s", "februārim" as "februāri-s", "aprilidan").
    private static func isInflectedMonth(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.length >= 5, token.length <= 24, context.bytes[token.start] < 0xC6,
            !context.vocabulary.words.classes(of: token.hash).contains(.common)
        else { return false }
        var word = UnsafeBufferPointer(rebasing: context.bytes[token.start..<token.end])[...]
        for _ in 0..<4 {
            word = WordList.droppingLastLetter(word)
            guard WordList.letterCount(word) >= 4 else { return false }
            let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: word))
            if context.vocabulary.monthStems.value(of: hash) != nil
                || context.vocabulary.monthNames.value(of: hash) != nil
            {
                return true
            }
        }
        return false
    }

    /// Whether the word before token `i` is in none of the vocabularies: no English word.
    private static func followsForeignWord(_ context: ScanContext, _ i: Int) -> Bool {
        i >= 1 && context.tokens[i - 1].isWord && context.tokens[i - 1].lexicon.isEmpty
            && context.vocabulary.words.classes(of: context.tokens[i - 1].hash).isEmpty
    }

    /// "2025. március 11.", "2025 m. vasario 13 d.": the year, a month named in another language and the day, as
    /// Hungarian and Lithuanian write a date.
    private static func yearFirst(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard context.isNumber(i, digits: 4...4) else { return nil }
        var k = i + 1
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k += 1 }  // "2025."
        if isLetterAbbreviation(context, k, 0x6D) { k += 2 }  // "m." (metų)
        guard k + 1 < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length >= 3,
            context.vocabulary.monthNames.value(of: context.tokens[k].hash) != nil, isDay(context, k + 1),
            !context.tokens[k + 1].isAttached, isYear(context, value: context.value(i))
        else { return nil }
        var last = k + 1
        if context.isSymbol(last + 1, 0x2E), context.tokens[last + 1].isAttached {
            last += 1  // "11."
        } else if isLetterAbbreviation(context, last + 1, 0x64) {
            last += 2  // "13 d." (diena)
        }
        return context.endsCleanly(last) ? (last, 0.85) : nil
    }

    /// The year's token before Latvian "gada" (of the year) or its "g.", right before the day at `i`: "2025. gada 12.
    /// martā", "2024. g. 3. jūnijā".
    private static func latvianYearStart(_ context: ScanContext, before i: Int) -> Int? {
        var k = i - 1
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached, isWord(context, k - 1, gHash) {
            k -= 2
        } else if isWord(context, k, gadaHash) {
            k -= 1
        } else {
            return nil
        }
        guard k >= 1, context.isSymbol(k, 0x2E), context.tokens[k].isAttached, context.isNumber(k - 1, digits: 4...4),
            isYear(context, value: context.value(k - 1)), context.startsCleanly(k - 1)
        else { return nil }
        return k - 1
    }

    private static let gHash = WordHash.of(word: Substring("g").utf8)
    private static let gadaHash = WordHash.of(word: Substring("gada").utf8)

    /// "11.III.2025", "3. XI. 2024": the day, the month in Roman numerals and the year, each but the year followed by
    /// a period, as Central and Eastern Europe write dates; or all three set apart (``spacedRomanMonth(_:_:)``).
    private static func romanMonth(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        if context.byte(context.tokens[i].end) == 0x20 { return spacedRomanMonth(context, i) }
        guard isDay(context, i), context.startsCleanly(i), context.isSymbol(i + 1, 0x2E),
            context.tokens[i + 1].isAttached, i + 4 < context.tokens.count, context.tokens[i + 2].isWord,
            context.isSymbol(i + 3, 0x2E),
            context.tokens[i + 3].isAttached, romanMonths[hash: context.tokens[i + 2].hash] != nil,
            context.bytes[context.tokens[i + 2].start] &- 0x41 < 26, isYear(context, i + 4)
        else { return nil }
        let spaced = !context.tokens[i + 2].isAttached
        return spaced == !context.tokens[i + 4].isAttached ? (i + 4, 0.85) : nil
    }

    /// "3 IV 2025", "15 XII 1984": a day, a month in Roman numerals written in capitals and apart, and a year, as
    /// Polish and Czech forms write a date without periods.
    private static func spacedRomanMonth(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard i + 2 < context.tokens.count, context.tokens[i + 1].isWord, !context.tokens[i + 1].isAttached,
            context.tokens[i + 1].length <= 4, romanMonths[hash: context.tokens[i + 1].hash] != nil,
            context.tokens[i + 1].flags.contains(.allCaps) || context.tokens[i + 1].length == 1
                && context.tokens[i + 1].isCapitalized,
            !context.tokens[i + 2].isAttached, !context.tokens[i + 1].startsLine, !context.tokens[i + 2].startsLine,
            isDay(context, i), context.startsCleanly(i), isYear(context, i + 2)
        else { return nil }
        return (i + 2, 0.85)
    }

    /// Whether `b` is I, V or X, the letters a Roman month opens with.
    @inline(__always)
    private static func isRomanLetter(_ b: UInt8) -> Bool { b == 0x49 || b == 0x56 || b == 0x58 }

    private static let romanMonths = KeywordTable(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"].enumerated().map { ($1, $0 + 1) })

    /// The weekday of "Fri 7th", "Thursday the 6th": a weekday before the day `i` with its English ordinal suffix.
    private static func weekdayBeforeOrdinal(_ context: ScanContext, _ i: Int) -> Int? {
        guard context.has(i + 1, .ordinalSuffix), context.tokens[i + 1].isAttached, isDay(context, i),
            context.endsCleanly(i + 1)
        else { return nil }
        var before = i - 1
        if before >= 0, context.tokens[before].hash == theHash { before -= 1 }
        return context.has(before, .weekday) ? before : nil
    }

    private static let theHash = WordHash.of(word: Substring("the").utf8)

    /// Whether token `k` is the one letter `letter` (lower case, either case matches) with a period after it.
    private static func isLetterAbbreviation(_ context: ScanContext, _ k: Int, _ letter: UInt8) -> Bool {
        k + 1 < context.tokens.count && context.tokens[k].isWord && context.tokens[k].length == 1
            && context.bytes[context.tokens[k].start] | 0x20 == letter && context.isSymbol(k + 1, 0x2E)
    }

    private static let mayHash = WordHash.of(word: Substring("may").utf8)

    /// "03 tháng 3 năm 2025", "ngày 15 tháng 4": the day, "tháng" (month) and the month's number, and "năm" (year)
    /// with the year, as Vietnamese writes a date.
    private static func vietnamese(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard isWord(context, i + 1, thangHash), isDay(context, i), context.isNumber(i + 2, digits: 1...2),
            (1...12).contains(context.value(i + 2))
        else { return nil }
        if isWord(context, i + 3, namHash), isYear(context, i + 4) { return (i + 4, 0.9) }
        return context.endsCleanly(i + 2) ? (i + 2, 0.8) : nil
    }

    private static func isWord(_ context: ScanContext, _ k: Int, _ hash: UInt64) -> Bool {
        k < context.tokens.count && context.tokens[k].isWord && context.tokens[k].hash == hash
    }

    private static let thangHash = WordHash.of(word: Substring("thang").utf8)
    private static let namHash = WordHash.of(word: Substring("nam").utf8)

    /// "15. 3. 2025": day, month and year each followed by a period and a space, as Czech, Slovak and German
    /// writers set them, or the year first, as Hungarian writers do ("1982. 04. 15.").
    /// Without the year, after a word that puts a date after it ("od pondelka 10. 6.").
    private static func spacedDots(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        guard context.isSymbol(i + 1, 0x2E), context.tokens[i + 1].isAttached, context.isNumber(i + 2, digits: 1...2),
            !context.tokens[i + 2].isAttached, (1...12).contains(context.value(i + 2)), context.isSymbol(i + 3, 0x2E),
            context.tokens[i + 3].isAttached
        else { return nil }
        if context.isNumber(i, digits: 4...4) {
            guard isYear(context, i), i + 4 < context.tokens.count, !context.tokens[i + 4].isAttached,
                isDay(context, i + 4), !context.tokens[i + 2].startsLine, !context.tokens[i + 4].startsLine
            else { return nil }
            let last = context.isSymbol(i + 5, 0x2E) && context.tokens[i + 5].isAttached ? i + 5 : i + 4
            return context.endsCleanly(last) ? (last, 0.85) : nil
        }
        guard isDay(context, i) else { return nil }
        if i + 4 < context.tokens.count, !context.tokens[i + 4].isAttached, isYear(context, i + 4) {
            return (i + 4, 0.85)
        }
        return isDateCue(context, i - 1) && context.endsCleanly(i + 3) ? (i + 3, 0.8) : nil
    }

    /// "from 16.3 to 19.3", "el 22/3", "on 3/14", "fredag 21.3.": a day and a month without the year, after a
    /// word that puts a date after it or a weekday. With a period between them the day has two digits or a
    /// period ends the date ("1.5 mg" is no date); a fraction of something ("2/3 of the members") is none.
    /// Without a cue, a day and a month of two digits each: "moves out 30/09", "Übergabe 18.01." with its closing
    /// period. A day and month listed after another, whose last token is `listedAfter`, has that one's cue ("on
    /// 10/28 and 10/29", "el 3/4, 5/4 o 7/4"; but "Feb 2, 19/1" is a year mistyped).
    private static func dayAndMonth(_ context: ScanContext, _ i: Int, listedAfter: Int) -> (Int, Double)? {
        let separator = context.byte(context.tokens[i].end)
        guard separator == 0x2F || separator == 0x2E, context.isNumber(i, digits: 1...2), i >= 1,
            !context.tokens[i].isAttached, context.isNumber(i + 2, digits: 1...2, attached: true),
            context.tokens[i + 1].isAttached
        else { return nil }
        if separator == 0x2F, let end = pairedDayAndMonth(context, i) { return (end, 0.8) }
        if separator == 0x2F, isInWordedRange(context, i) { return (i + 2, 0.8) }
        var last = i + 2
        let closingPeriod = context.isSymbol(last + 1, 0x2E) && context.tokens[last + 1].isAttached
        // A birth word is a cue with its colon too: "DOB: 4/7".
        let listed = i - 2 == listedAfter && isListJoint(context, i - 1) && context.isSymbol(i - 3, separator)
            && context.tokens[i - 3].isAttached && context.isNumber(i - 4, digits: 1...2)
        let cue = isDateCue(context, i - 1) || listed
            || context.isSymbol(i - 1, 0x3A) && i >= 2 && context.tokens[i - 2].lexicon.contains(.birth)
            || isAbbreviatedWeekday(context, before: i)
        guard cue || hourFollows(context, closingPeriod ? last + 2 : last + 1, dotted: separator == 0x2E)
        else {
            return twoDigitDayAndMonth(context, i, separator)
        }
        if separator == 0x2E {
            guard context.tokens[i].length == 2 || closingPeriod else { return nil }
            if closingPeriod { last += 1 }
        }
        // Day first, as most of the world writes it; month first only after an English cue of one date ("on
        // 3/14", "through 3/21", "before 2/14") or an English weekday ("Friday 9/13"), so that "from 12/20 to
        // 15/20" is no date.
        let (a, b) = (context.value(i), context.value(i + 2))
        let dayFirst = (1...31).contains(a) && (1...12).contains(b)
        let monthFirst = (1...12).contains(a) && (1...31).contains(b)
            && separator == 0x2F
            && (monthFirstCues[hash: context.tokens[i - 1].hash] != nil || listed
                || context.tokens[i - 1].lexicon.contains(.weekday))
        guard context.endsCleanly(last), dayFirst || monthFirst, !isFractionOf(context, last + 1),
            a != b || !isHoursWord(context, last + 1)
        else { return nil }
        return (last, 0.8)
    }

    /// Whether word `k` is "hours", which after a fraction of two equal numbers makes it a dose's interval: "de 12/12
    /// h", "8/8 horas" (but "il 7/4 ore 10:00" is a date and its time).
    private static func isHoursWord(_ context: ScanContext, _ k: Int) -> Bool {
        k < context.tokens.count && context.tokens[k].isWord && context.tokens[k].length <= 6
            && hoursWords[hash: context.tokens[k].hash] != nil
    }

    /// "Hours" and its abbreviations in English, Spanish, Portuguese, Italian and French.
    private static let hoursWords = KeywordTable(
        ["h", "hs", "hr", "hrs", "horas", "hours", "ore", "heures"].map { ($0, ()) })

    /// Whether a weekday shortened as calendars of other languages write it comes before token `i`, with its period
    /// or a comma or both: "czw 12.06", "Do., 12.6.", "fre 14.03", "jeu. 3/4".
    private static func isAbbreviatedWeekday(_ context: ScanContext, before i: Int) -> Bool {
        var k = i - 1
        if context.isSymbol(k, 0x2C) { k -= 1 }
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k -= 1 }
        guard k >= 0, context.tokens[k].isWord, context.tokens[k].length <= 5,
            weekdayAbbreviations[hash: context.tokens[k].hash] != nil
        else { return false }
        // Two letters only capitalized, as German calendars write them ("Di 12.5.", not "di 12.5 kg").
        return context.tokens[k].length > 2 || context.tokens[k].isCapitalized
    }

    /// Weekdays shortened, accents folded: German, Polish, the Nordic languages, French, Spanish, Italian, Portuguese
    /// and Turkish. Not those that are common short words or abbreviations ("So", "po", "to", "per", "car", "CT").
    private static let weekdayAbbreviations = KeywordTable(
        [
            "mo", "di", "mi", "do", "fr", "sa", "pon", "wt", "czw", "pt", "sob", "niedz", "ndz", "tir", "tis", "ons",
            "tor", "fre", "lor", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mie", "jue", "vie", "sab", "dom",
            "gio", "seg", "ter", "qua", "qui", "pzt", "cmt", "paz",
        ].map { ($0, ()) })

    /// Whether token `k` joins dates in a list: a comma, an ampersand, or "and" or "or" in English or another
    /// language of the Latin script.
    private static func isListJoint(_ context: ScanContext, _ k: Int) -> Bool {
        context.isSymbol(k, 0x2C) || context.isSymbol(k, 0x26)
            || k >= 0 && context.tokens[k].isWord && context.tokens[k].length <= 3
                && listJoints[hash: context.tokens[k].hash] != nil
    }

    private static let listJoints = KeywordTable(
        ["and", "or", "y", "o", "e", "ou", "und", "oder", "et", "en", "of", "og", "och", "eller", "i", "a", "ja", "ve"]
            .map { ($0, ()) })

    /// The English words before one date that an American writes month first.
    /// "leave for 3/14-3/18", "du 14/3-18/3": a day and month at token `i` joined by a hyphen to another, read in
    /// the same order, the first before the second, one of the days past 12 ("1/2-3/4 cup" is no range); the
    /// second's last token, or nil.
    private static func pairedDayAndMonth(_ context: ScanContext, _ i: Int) -> Int? {
        let dash = i + 3
        guard context.isSymbol(dash, 0x2D), context.tokens[dash].isAttached,
            context.isNumber(dash + 1, digits: 1...2, attached: true), context.isSymbol(dash + 2, 0x2F),
            context.tokens[dash + 2].isAttached, context.isNumber(dash + 3, digits: 1...2, attached: true),
            context.endsCleanly(dash + 3)
        else { return nil }
        return isOrderedRange(context, i, dash + 1) ? dash + 3 : nil
    }

    /// Whether the days and months at tokens `first` and `second` (each a number, a slash, a number) read in the same
    /// order, month first or day first, one of the days past 12 and the first before the second.
    private static func isOrderedRange(_ context: ScanContext, _ first: Int, _ second: Int) -> Bool {
        let (a, b) = (context.value(first), context.value(first + 2))
        let (c, d) = (context.value(second), context.value(second + 2))
        let months = 1...12
        let days = 1...31
        let monthFirst = months.contains(a) && months.contains(c) && days.contains(b) && days.contains(d)
            && (b > 12 || d > 12) && (a, b) < (c, d)
        let dayFirst = months.contains(b) && months.contains(d) && days.contains(a) && days.contains(c)
            && (a > 12 || c > 12) && (b, a) < (d, c)
        return monthFirst || dayFirst
    }

    /// Whether the day and month at token `i` are one end of a range in words, "from 2/14 to 2/20", "between 3/1
    /// and 3/15", in the order ``isOrderedRange(_:_:_:)`` allows (as ``pairedDayAndMonth(_:_:)`` reads them joined by
    /// a hyphen): so that the order is known without a cue of one date.
    private static func isInWordedRange(_ context: ScanContext, _ i: Int) -> Bool {
        func isPair(_ k: Int) -> Bool {
            k >= 1 && context.isNumber(k, digits: 1...2) && !context.tokens[k].isAttached
                && context.isSymbol(k + 1, 0x2F) && context.tokens[k + 1].isAttached
                && context.isNumber(k + 2, digits: 1...2, attached: true) && context.endsCleanly(k + 2)
        }
        func isWord(_ k: Int, in table: KeywordTable<Void>) -> Bool {
            k >= 0 && k < context.tokens.count && context.tokens[k].isWord && !context.tokens[k].startsLine
                && table[hash: context.tokens[k].hash] != nil
        }
        let first =
            isWord(i - 1, in: rangeOpeners) && isWord(i + 3, in: rangeJoints) ? i
            : isWord(i - 1, in: rangeJoints) && isWord(i - 5, in: rangeOpeners) ? i - 4 : -1
        return first >= 1 && isPair(first) && isPair(first + 4) && isOrderedRange(context, first, first + 4)
    }

    private static let rangeOpeners = KeywordTable(["from", "between"].map { ($0, ()) })
    private static let rangeJoints = KeywordTable(["to", "until", "till", "through", "thru", "and"].map { ($0, ()) })

    private static let monthFirstCues = KeywordTable(
        ["on", "through", "thru", "before", "after", "until", "till", "by", "since", "dated"].map { ($0, ()) })

    /// Whether token `k` says at what hour, after a day and a month: "20.05 kl. 08.30", "25.6. klo 14.15", "14/2
    /// stis 11", "3/4 at 9:30", "5/11 7:30am"; but the English "at" not after a day and month `dotted` ("CBG 14.2 at
    /// 6am" is a measurement).
    private static func hourFollows(_ context: ScanContext, _ k: Int, dotted: Bool) -> Bool {
        // "R/v 5/11 7:30am": a clock's time right after the day and month, hours, a colon and minutes.
        if !dotted, context.isNumber(k, digits: 1...2), !context.tokens[k].startsLine, context.value(k) <= 24,
            context.isSymbol(k + 1, 0x3A), context.tokens[k + 1].isAttached,
            context.isNumber(k + 2, digits: 2...2, attached: true)
        {
            return true
        }
        guard k + 1 < context.tokens.count, context.tokens[k].isWord, !context.tokens[k].startsLine,
            let minutes = hourWords[hash: context.tokens[k].hash], !(dotted && context.tokens[k].hash == atHash)
        else { return false }
        let hour = context.isSymbol(k + 1, 0x2E) ? k + 2 : k + 1
        guard context.isNumber(hour, digits: 1...2), context.value(hour) <= 24 else { return false }
        // A word of one or two letters only before an hour with its minutes: "30.4. v 10:00", "12.06. o 14:00".
        return !minutes || context.isSymbol(hour + 1, 0x3A) && context.tokens[hour + 1].isAttached
            && context.isNumber(hour + 2, digits: 2...2, attached: true)
    }

    /// "At" before an hour: English, the Nordic "kl." (klokken), Finnish "klo", German "um", Dutch "om", Italian
    /// "alle", Greek "stis" in Latin letters; and, true when the hour needs its minutes, Czech and Slovak "v" and
    /// "ve", Polish "o" and "godz.".
    private static let hourWords = KeywordTable(
        [
            ("at", false), ("kl", false), ("klo", false), ("kello", false), ("um", false), ("om", false),
            ("alle", false), ("stis", false), ("v", true), ("ve", true), ("o", true), ("godz", true),
        ])
    private static let atHash = WordHash.of(word: Substring("at").utf8)

    /// "30/09", "18.01.": day and month of two digits each, day first, in a sentence (not opening a line, as a
    /// section's number does); with periods, one closes the date ("24.03" is a number).
    private static func twoDigitDayAndMonth(_ context: ScanContext, _ i: Int, _ separator: UInt8) -> (Int, Double)? {
        guard context.tokens[i].length == 2, context.tokens[i + 2].length == 2, !context.tokens[i].startsLine,
            !context.isNumber(i - 1, digits: 1...40), (1...31).contains(context.value(i)),
            (1...12).contains(context.value(i + 2))
        else { return nil }
        var last = i + 2
        if separator == 0x2E {
            guard context.isSymbol(last + 1, 0x2E), context.tokens[last + 1].isAttached,
                !context.isNumber(last + 2, digits: 1...4, attached: true)
            else { return nil }
            last += 1
        }
        guard context.endsCleanly(last), !isFractionOf(context, last + 1) else { return nil }
        return (last, 0.7)
    }

    /// Whether token `k` is a word that puts a date after it: a cue ("on", "desde", "sedan"), a birth word ("born",
    /// "née"), or a weekday of any of many languages ("Friday", "jueves", "lundi", "Triti").
    @inline(__always)
    private static func isDateCue(_ context: ScanContext, _ k: Int) -> Bool {
        k >= 0 && context.tokens[k].isWord
            && (context.tokens[k].lexicon.contains(.weekday) || context.tokens[k].lexicon.contains(.birth)
                || dateCues[hash: context.tokens[k].hash] != nil)
    }

    /// The endings of ordinal days after a hyphen in Bulgarian, Russian and Ukrainian, in Latin and Cyrillic
    /// letters: "5-ti", "1-vi", "2-ri", "7-mi", "5-го", "1-ви", "5-те".
    private static let hyphenOrdinals = KeywordTable(
        ["ti", "vi", "ri", "mi", "go", "го", "ти", "ви", "ри", "ми", "те", "то", "ое", "ого"].map { ($0, ()) })

    /// Whether the time of day follows token `k`, after its word or not: "6 mars kl. 17.30", "3 May at 10:00", "14
    /// mart saat 09:30", "12 maggio alle 9.15".
    private static func isClockTime(_ context: ScanContext, after k: Int) -> Bool {
        var j = k + 1
        // One word or two ("a las").
        var words = 0
        while words < 2, j < context.tokens.count, context.tokens[j].isWord,
            clockWords[hash: context.tokens[j].hash] != nil
        {
            j += context.isSymbol(j + 1, 0x2E) ? 2 : 1
            words += 1
        }
        guard context.isNumber(j, digits: 1...2), !context.tokens[j].startsLine,
            context.isSymbol(j + 1, 0x3A) || context.isSymbol(j + 1, 0x2E), context.tokens[j + 1].isAttached,
            context.isNumber(j + 2, digits: 2...2), context.tokens[j + 2].isAttached
        else { return false }
        return context.value(j) < 24 && context.value(j + 2) < 60
    }

    /// Words before the time of day: "at", Nordic "kl." and "klo", German "um", French "à", Italian "alle", Spanish
    /// "a las", Portuguese "às", Polish "godz.", Turkish "saat".
    private static let clockWords = KeywordTable(
        ["at", "kl", "klo", "um", "a", "alle", "las", "as", "godz", "saat", "om", "ob", "v"].map { ($0, ()) })

    /// Whether token `k` makes a fraction of what came before it: "of", "de", "%".
    private static func isFractionOf(_ context: ScanContext, _ k: Int) -> Bool {
        k < context.tokens.count
            && (context.tokens[k].lexicon.contains(.of) || context.isSymbol(k, 0x25) || isLinkingDe(context, k))
    }

    /// Words after which a day and a month are a date: "on", "from", "to" and their kin in other languages.
    private static let dateCues = KeywordTable(([
        "on", "from", "to", "until", "till", "since", "by", "el", "desde", "hasta", "le", "du", "au", "am", "vom",
        "bis", "ab", "den", "dia", "il", "dal", "al", "op", "van", "tot", "od", "do", "z", "fra", "til", "fran", "de",
        "dne",
        "dnia", "admitted", "discharged",
        // "Since", "days", "date" and "day" of other languages (Swedish, Spanish, Swahili, Vietnamese, Tagalog "sa").
        "sedan", "dias", "tarehe", "ngay", "sa", "depuis", "seit", "ate", "entre",
        // "Through" and "before" a date, as American notes write them ("off work through 3/21"); the Greek "stis"
        // (on the) in Latin letters and the Maghrebi "nhar" (day).
        "through", "thru", "before", "after", "stis", "nhar",
        // When leave or a contract starts, ends or falls due ("leave starts 3.3.", "returning 17/3", "due 4/5").
        "starts", "starting", "ends", "ending", "returns", "returning", "due",
        // Malay and Indonesian "until" and "date" ("MC sampai 15/3", "tanggal 4/3", "tgl 4/3").
        "sampai", "hingga", "sehingga", "tarikh", "tanggal", "tgl",
        // "A write-up dated 11/3"; the Greek "until", "from" and "on the" ("έως 20/3", "στις 14/5").
        "dated", "έως", "εως", "μέχρι", "μεχρι", "από", "απο", "στις",
        // "At the latest", "before" and "after" in the Nordic languages; "until", "from", "by" and "after" in
        // Russian and Ukrainian ("справка до 10.03").
        "senast", "senest", "innan", "inden", "innen", "efter", "etter", "до", "с", "со", "по", "від", "після",
        "после",
        // Weekdays of other languages, accents folded: French, German, Italian, Dutch, the Nordic languages,
        // Finnish, Polish, Czech, Slovak, Hungarian, Turkish, Greek (in Latin letters), Swahili, Indonesian and Malay
        // (and Spanish and Portuguese, ``Lexicon/iberianWeekdays``).
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag",
        "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunedi", "martedi", "mercoledi",
        "giovedi", "venerdi", "sabato", "domenica", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag", "mandag", "tirsdag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "poniedzialek",
        "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela", "pondeli", "utery", "streda", "ctvrtek",
        "patek", "nedele", "pondelok", "pondelka", "utorok", "stvrtok", "piatok", "nedela", "hetfo", "kedd",
        "szerda", "csutortok", "pentek", "szombat", "vasarnap", "pazartesi", "sali", "carsamba", "persembe",
        "cuma", "cumartesi", "pazar", "deftera", "triti", "tetarti", "pempti", "paraskevi", "savvato", "kyriaki",
        "jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili", "senin", "selasa", "rabu",
        "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis",
    ] + Lexicon.iberianWeekdays).map { ($0, ()) })

    /// "de" and "del", which join a day, a month and a year in Spanish, Portuguese and Catalan.
    private static let linkingWords = ["de", "del"].map { WordHash.of(word: Substring($0).utf8) }

    /// The second words of Arabic months of two words ("ربيع الأول", "جمادى الآخرة", "تشرين الثاني").
    private static let monthOrdinals = Set(
        ["الأول", "الثاني", "الآخر", "الآخرة", "الأولى", "الثانية", "الثانی"].map {
            WordHash.of(word: Substring($0).utf8)
        })

    private static func isLinkingDe(_ context: ScanContext, _ i: Int) -> Bool {
        i < context.tokens.count && context.tokens[i].isWord && linkingWords.contains(context.tokens[i].hash)
    }

    /// Whether token `k` is the Maltese "ta'" (of) with its apostrophe, which links a day to its month ("12 ta'
    /// Marzu 2025").
    private static func isMalteseOf(_ context: ScanContext, _ k: Int) -> Bool {
        guard k + 1 < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length == 2,
            context.bytes[context.tokens[k].start] | 0x20 == 0x74, context.bytes[context.tokens[k].start + 1] == 0x61,
            context.tokens[k + 1].isAttached
        else { return false }
        return context.isSymbol(k + 1, 0x27) || context.byte(context.tokens[k + 1].start) == 0xE2
            && context.byte(context.tokens[k + 1].start + 2) == 0x99
    }

    /// "9/25/1971", "09-25-71", "25.09.1971", "1971-09-25".
    private static func numeric(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        // The digits must be followed at once by `-`, `.` or `/`: most numbers are not, and need no chain.
        let separator = context.byte(context.tokens[i].end)
        guard context.isNumber(i, digits: 1...4), separator == 0x2D || separator == 0x2E || separator == 0x2F,
            context.startsCleanly(i), !(context.isSymbol(i - 1, 0x2F) && context.tokens[i].isAttached)
        else { return nil }
        let chain = DigitChain(context, from: i)
        // "8/10-2024": Danish and Norwegian writers put the year after a hyphen.
        let nordic = chain.separators[1] == 0x2F && chain.separators[2] == 0x2D && chain.lengths[2] == 4
        guard chain.count == 3 || (chain.count > 3 && chain.separators[3] == 0x20),
            chain.separators[1] == chain.separators[2] || nordic
        else { return nil }
        let last = chain.groups[2]
        let era = eraMarkAfter(context, last)
        guard era != nil || context.endsCleanly(last) else { return nil }
        let a = context.value(i)
        let b = context.value(chain.groups[1])
        let c = context.value(last)
        if chain.lengths[0] == 4 {
            let valid =
                chain.lengths[1] <= 2 && chain.lengths[2] <= 2 && isYear(context, value: a)
                && (1...12).contains(b) && (1...31).contains(c)
            return valid ? (era ?? last, 0.9) : nil
        }
        let monthDay = (1...12).contains(a) && (1...31).contains(b)
        let dayMonth = (1...31).contains(a) && (1...12).contains(b)
        // With periods and a year of two digits, only a day of two digits first: "14.02.25", "24.2.25" (not "1.2.25",
        // a version's shape).
        guard chain.lengths[0] <= 2, chain.lengths[1] <= 2, chain.lengths[2] == 4 || chain.lengths[2] == 2,
            chain.lengths[2] == 4
                ? isYear(context, value: c) : separator != 0x2E || chain.lengths[0] == 2 && dayMonth
        else { return nil }
        return monthDay || dayMonth ? (era ?? last, 0.85) : nil
    }

    /// The Arabic mark of the calendar glued after the year at `k`, which is part of the date ("14/07/1446هـ",
    /// "02/02/2025م"): "هـ" or "ه" (Hijri) or "م" (Gregorian), ending cleanly; nil when none follows.
    private static func eraMarkAfter(_ context: ScanContext, _ k: Int) -> Int? {
        let mark = k + 1
        guard mark < context.tokens.count, context.tokens[mark].isWord, context.tokens[mark].isAttached,
            context.tokens[mark].length == 2 || context.tokens[mark].length == 4, context.endsCleanly(mark)
        else { return nil }
        let start = context.tokens[mark].start
        return eraMarks.contains { $0.count == context.tokens[mark].length && context.hasBytes($0, at: start) }
            ? mark : nil
    }

    private static let eraMarks: [[UInt8]] = ["هـ", "ه", "م"].map { Array($0.utf8) }
}
