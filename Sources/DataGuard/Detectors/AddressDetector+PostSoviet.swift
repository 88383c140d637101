/// Addresses as Russia, Ukraine, Belarus, Kazakhstan, Kyrgyzstan and Bulgaria write them, in Cyrillic or Latin
/// letters: the town and district, the street after its word ("ул.", "вул.", "пр.", "mkr."), the house after "д."
/// or "№" or after the street alone, then the building, floor and flat: "ул. Профсоюзная, д. 12, корп. 2, кв. 48",
/// "м. Харків, вул. Сумська, 45, кв. 12", "гр. Пловдив, ул. „Гладстон“ № 9, ет. 3, ап. 7", "Bishkek, pr. Chui 204,
/// kv. 31".
extension AddressDetector {
    /// The address whose house number is token `i`, if there is one.
    static func postSoviet(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        guard context.isNumber(i, digits: 1...4), i >= 3, !context.tokens[i].startsLine else { return nil }
        // Most numbers have neither a house word before them nor a building or flat after them: that is asked
        // first, before the street is looked for.
        var k = i - 1
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached, isWord(context, k - 1, in: Self.houseWords) {
            k -= 2  // "д. 12"
        } else if isNumeroSign(context, k) {
            k -= 1  // "№ 9"
        }
        let marked = k < i - 1
        // Unmarked, a building or flat must follow: a comma, or a slash or hyphen of the house's number, first.
        guard marked || context.isSymbol(i + 1, 0x2C) || context.isSymbol(i + 1, 0x2F) || context.isSymbol(i + 1, 0x2D)
        else { return nil }
        var last = joinedNumberEnd(context, i)
        var units = 0
        while units < 4, context.isSymbol(last + 1, 0x2C) {
            if let end = numberBeforeUnitEnd(context, last + 2) {
                last = end  // Kyrgyz: "12-кв.", the number before the flat's word.
                units += 1
                continue
            }
            guard isWord(context, last + 2, in: Self.unitWords) else { break }
            var n = last + 3
            if context.isSymbol(n, 0x2E), context.tokens[n].isAttached { n += 1 }
            guard context.isNumber(n, digits: 1...4), !context.tokens[n].startsLine else { break }
            last = joinedNumberEnd(context, n)
            units += 1
        }
        guard marked || units > 0 else { return nil }
        let town = townAfter(context, last)
        last = town ?? last
        if context.isSymbol(k, 0x2C) { k -= 1 }
        guard k >= 0, let street = streetStart(context, endingAt: k) ?? nameBeforeStreetWord(context, endingAt: k)
        else { return nil }
        var first = street
        var before = 0
        while before < 2, !context.tokens[first].startsLine, context.isSymbol(first - 1, 0x2C),
            let piece = pieceStart(context, endingAt: first - 2)
        {
            first = piece
            before += 1
        }
        return (first, End(token: last, hasCity: before > 0 || town != nil))
    }

    /// The last token of the town and its postcode after the house or flat ending at token `last`, as Ukraine,
    /// Russia and Armenia may close an address: "…, кв. 5, м. Київ, 01001", "…, кв. 5, г. Москва, 101000", "…, բն. 5,
    /// Երևան 0001", "…, бр. 12, 1000 Скопје". The town follows a comma on the line, after its place word or a
    /// postcode, or is a known town, or has a postcode after it. Nil when there is none.
    private static func townAfter(_ context: ScanContext, _ last: Int) -> Int? {
        var k = last + 2
        guard context.isSymbol(last + 1, 0x2C), k < context.tokens.count, !context.tokens[k].startsLine else {
            return nil
        }
        let placed = isWord(context, k, in: Self.placeWords) && context.isSymbol(k + 1, 0x2E)
            && context.tokens[k + 1].isAttached
        if placed { k += 2 }
        // The postcode before the town, as the Balkans write it: "…, бр. 12, 1000 Скопје".
        if !placed, context.isNumber(k, digits: 4...5), k + 1 < context.tokens.count, context.tokens[k + 1].isWord,
            context.tokens[k + 1].isCapitalized, !context.tokens[k + 1].startsLine
        {
            return PhraseMatcher.longest(context, at: k + 1, in: context.vocabulary.towns) ?? k + 1
        }
        guard k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].isCapitalized,
            !context.tokens[k].startsLine
        else { return nil }
        let known = PhraseMatcher.longest(context, at: k, in: context.vocabulary.towns)
        let end = known ?? k
        if context.isSymbol(end + 1, 0x2C), context.isNumber(end + 2, digits: 5...6),
            !context.tokens[end + 2].startsLine, context.endsCleanly(end + 2)
        {
            return end + 2
        }
        // Armenia's postcode of four digits right after the town: "…, բն. 5, Երևան 0001".
        if context.isNumber(end + 1, digits: 4...4), !context.tokens[end + 1].startsLine, context.endsCleanly(end + 1) {
            return end + 1
        }
        return placed || known != nil ? end : nil
    }

    /// The street word that opens the street ending at token `end`: up to four words, numbers, hyphens and
    /// quotation marks of its name after the word and its period ("ул. „Гладстон“", "mkr. Samal-2"), or after the
    /// word in full ("улица Ленина").
    private static func streetStart(_ context: ScanContext, endingAt end: Int) -> Int? {
        var k = end
        var words = 0
        while k >= 1, end - k < 6 {
            let token = context.tokens[k]
            let isName = token.isWord && !isWord(context, k, in: Self.streetWords) || token.isNumber
                || context.isSymbol(k, 0x2D) || isQuote(context, k)
            guard isName else { return nil }
            if token.isWord { words += 1 }
            if words > 0, k >= 2, context.isSymbol(k - 1, 0x2E), context.tokens[k - 1].isAttached,
                isWord(context, k - 2, in: Self.streetWords)
            {
                return k - 2
            }
            if words > 0, isWord(context, k - 1, in: Self.streetNames) { return k - 1 }
            if token.startsLine { return nil }
            k -= 1
        }
        return nil
    }

    /// The last token of a unit written number first, as Kyrgyz writes the flat ("12-кв.", "5-кабат"), that opens
    /// at token `n`; nil when there is none.
    private static func numberBeforeUnitEnd(_ context: ScanContext, _ n: Int) -> Int? {
        guard context.isNumber(n, digits: 1...4), !context.tokens[n].startsLine, context.isSymbol(n + 1, 0x2D),
            context.tokens[n + 1].isAttached, isWord(context, n + 2, in: Self.unitWords),
            context.tokens[n + 2].isAttached
        else { return nil }
        return context.isSymbol(n + 3, 0x2E) && context.tokens[n + 3].isAttached ? n + 3 : n + 2
    }

    /// The first token of a street named before its word, as Kyrgyz writes it ("Токтогул көч.", "Чүй пр."), that
    /// ends at token `end` (the word or its period): one to three capitalized words before the word.
    private static func nameBeforeStreetWord(_ context: ScanContext, endingAt end: Int) -> Int? {
        var k = end
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k -= 1 }
        guard k >= 1, isWord(context, k, in: Self.streetWordsAfter), !context.tokens[k].startsLine else { return nil }
        var first = k
        while first >= 1, k - first < 3, context.tokens[first - 1].isWord, context.tokens[first - 1].isCapitalized,
            !context.tokens[first].startsLine
        {
            first -= 1
        }
        return first < k ? first : nil
    }

    /// The first token of a town's or district's piece ending at token `end`: a place's word and up to three more
    /// ("г. Астана", "р-н Сарыарка", "м. Харків"), or one capitalized word that is no given name or surname, a
    /// country's though ("Bishkek", "Україна"), or its word after it ("Бишкек ш.").
    private static func pieceStart(_ context: ScanContext, endingAt end: Int) -> Int? {
        if end >= 2, context.isSymbol(end, 0x2E), context.tokens[end].isAttached,
            isWord(context, end - 1, in: Self.placeWords), context.tokens[end - 2].isWord,
            context.tokens[end - 2].isCapitalized, !context.tokens[end - 1].startsLine
        {
            return end - 2
        }
        guard end >= 0, context.tokens[end].isWord else { return nil }
        var k = end
        while k >= 1, end - k < 4, !context.tokens[k].startsLine, !context.isSymbol(k - 1, 0x2C),
            context.tokens[k - 1].kind == .word || context.isSymbol(k - 1, 0x2E) || context.isSymbol(k - 1, 0x2D)
        {
            k -= 1
        }
        if isWord(context, k, in: Self.placeWords) { return k }
        guard context.tokens[end].isCapitalized else { return nil }
        // A given name or a surname alone is the addressee's, not a region's: "Коваленко Олена, м. Київ, …".
        let classes = context.vocabulary.words.classes(of: context.tokens[end].hash)
        return classes.isDisjoint(with: [.given, .surname]) || classes.contains(.country) ? end : nil
    }

    /// The first token of the town and district before the street that starts at `first`, each a capitalized word
    /// and its place word after it, then a comma, as Azerbaijan, Uzbekistan, Kazakhstan and Kyrgyzstan write them:
    /// "Bakı şəhəri, Yasamal rayonu, Nizami küçəsi 45", "Toshkent shahri, …", "Алматы қаласы, …"; `first` when
    /// there is none.
    static func placesBefore(_ context: ScanContext, _ first: Int) -> Int {
        var start = first
        var places = 0
        while places < 2, start >= 3, !context.tokens[start].startsLine, context.isSymbol(start - 1, 0x2C),
            !context.tokens[start - 1].startsLine, isWord(context, start - 2, in: Self.placeWordsAfter),
            !context.tokens[start - 2].startsLine, context.tokens[start - 3].isWord,
            context.tokens[start - 3].isCapitalized
        {
            start -= 3
            places += 1
        }
        return start
    }

    private static func isWord(_ context: ScanContext, _ k: Int, in words: KeywordTable<Void>) -> Bool {
        k >= 0 && k < context.tokens.count && context.tokens[k].isWord && words[hash: context.tokens[k].hash] != nil
    }

    /// "№" (E2 84 96).
    private static func isNumeroSign(_ context: ScanContext, _ k: Int) -> Bool {
        k >= 0 && context.tokens[k].kind == .symbol && context.byte(context.tokens[k].start) == 0xE2
            && context.byte(context.tokens[k].start + 1) == 0x84 && context.byte(context.tokens[k].start + 2) == 0x96
    }

    /// `"`, and the quotation marks „ “ ” « » (E2 80 9E, E2 80 9C, E2 80 9D, C2 AB, C2 BB).
    private static func isQuote(_ context: ScanContext, _ k: Int) -> Bool {
        guard context.tokens[k].kind == .symbol else { return false }
        let s = context.tokens[k].start
        switch (context.byte(s), context.byte(s + 1), context.byte(s + 2)) {
        case (0x22, _, _), (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x9E), (0xC2, 0xAB, _), (0xC2, 0xBB, _):
            return true
        default: return false
        }
    }

    private static func table(_ words: [String]) -> KeywordTable<Void> { KeywordTable(words.map { ($0, ()) }) }

    /// Street, avenue, boulevard, lane, highway, square and micro-district, abbreviated (with a period after them)
    /// and in full, in Russian, Ukrainian, Bulgarian and Latin letters.
    private static let streetWords = table([
        "ул", "вул", "пр", "просп", "бул", "бульв", "пер", "ш", "пл", "мкр", "мкрн", "ж",
        "ul", "vul", "pr", "prosp", "bul", "per", "mkr", "pl",
    ] + streetNameList)
    /// The street words written in full, which need no period.
    private static let streetNames = table(streetNameList)
    private static let streetNameList = [
        "улица", "вулиця", "проспект", "бульвар", "переулок", "провулок", "шоссе", "площадь", "микрорайон", "жк",
        "ulitsa", "prospekt", "mikrorayon",
        // Tajik "street of" and "avenue of" before the name ("кӯчаи Рӯдакӣ", "хиёбони Исмоили Сомонӣ").
        "кӯчаи", "хиёбони",
    ]
    /// The street words Kyrgyz, Kazakh and Armenian write after the name: "көч." (көчөсү, street), "пр."
    /// (проспекти), "бул." and in full; Armenian "փող." (փողոց, street) and "պող." (պողոտա, avenue).
    private static let streetWordsAfter = table([
        "көч", "көчөсү", "пр", "проспекти", "бул", "бульвары", "փող", "փողոց", "պող", "պողոտա",
        // Kazakh "көшесі" (street) and "даңғылы" (avenue).
        "көш", "көшесі", "даңғ", "даңғылы",
    ])
    /// The house: "д.", "дом", "буд." and their Latin spellings, and the "бр." (број, number) of Serbia and North
    /// Macedonia ("ул. Македонија бр. 12").
    private static let houseWords = table(["д", "дом", "буд", "d", "dom", "bud", "бр"])
    /// The building, entrance, floor and flat after the house: "корп.", "к.", "стр.", "под.", "эт.", "ет.", "кв.",
    /// "ап." and their Latin spellings.
    private static let unitWords = table([
        "корп", "к", "стр", "под", "эт", "ет", "кв", "квартира", "ап", "офис", "korp", "k", "str", "et", "kv", "ap",
        // Tajik "house of" and "flat" ("хонаи 12"), Kyrgyz "floor" ("5-кабат"), Armenian "flat" ("բն. 5").
        "хонаи", "хона", "кабат", "բն", "բնակարան",
        // Kazakh "flat" ("пәтер 12").
        "пәтер",
    ])
    /// The town, district, village and region as Azerbaijani, Uzbek, Kazakh and Kyrgyz write them after the name:
    /// "şəhəri", "rayonu", "shahri", "tumani", "қаласы", "ауданы", "шаары", "району".
    private static let placeWordsAfter = table([
        "şəhəri", "rayonu", "qəsəbəsi", "shahri", "shahar", "tumani", "viloyati", "қаласы", "ауданы", "облысы",
        "шаары", "району", "облусу",
    ])
    /// A town, village, district or region before the street: "г." (город), "м." (місто), "гр." (град), "с.",
    /// "пос.", "смт", "р-н" (район), "обл." and their Latin spellings.
    private static let placeWords = table([
        "г", "гр", "м", "с", "пос", "смт", "р", "район", "обл", "область", "g", "gr", "s", "pos", "r", "rayon",
        "obl",
        // The Tajik and Kyrgyz town ("ш. Душанбе", "Бишкек ш.": шаҳри, шаары), the Armenian one ("ք. Երևան", քաղաք).
        "ш", "ք",
    ])
}
