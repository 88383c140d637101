/// Finds US street addresses, whole: "65491 David Flats Apt. 4, Indianapolis, IN 57184", or the street
/// alone when no city follows; and military addresses ("PSC 1234, Box 5678, APO AE 09012").
enum AddressDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        var resume = 0
        // The address found last, proposed once the next is known not to go on from it.
        var pending: (first: Int, last: Int, confidence: Double, hasCity: Bool)?
        for i in context.anchors.all where i >= resume {
            let token = context.tokens[i]
            // "+43 664 381 22 07, Favoritenstraße 112": the last group of a number before a comma is no house number.
            if token.isNumber, !token.startsLine, context.isNumber(i - 1, digits: 1...17),
                context.isSymbol(i + 1, 0x2C)
            {
                continue
            }
            // "02:40 via St John", "at 6:45 AM. THE UNION": a time's minutes are no house number.
            if token.isAttached, token.isNumber, context.isSymbol(i - 1, 0x3A), context.tokens[i - 1].isAttached,
                context.isNumber(i - 2, digits: 1...2), token.length == 2, context.value(i) < 60,
                context.value(i - 2) < 24
            {
                continue
            }
            var first = i
            // "12 bis avenue Victor Hugo" is French, its "bis" no street's name.
            var found =
                token.isNumber
                ? (marksRepeatedHouse(context, i + 1) ? nil : street(context, i))
                : token.isCapitalized ? military(context, i) ?? postOfficeBox(context, i) : nil
            if found != nil, isUnitBeforeSlash(context, i) {
                // "4/17 Kooyong Rd", "Unit 5/14 Kooringa Ave".
                first = i >= 3 && context.tokens[i - 3].isCapitalized
                    && unitsBeforeHouse[hash: context.tokens[i - 3].hash] != nil && !context.tokens[i - 2].startsLine
                    ? i - 3 : i - 2
            } else if found != nil, let unit = unitBeforeHouse(context, i) {
                first = unit  // "Flat 4, 22 Pembroke Road"
            }
            if found == nil,
                let address = international(context, i) ?? (token.isNumber ? housePrefixed(context, i) : nil)
                    ?? rarer(context, i, token)
            {
                (first, found) = (address.first, address.end)
                if !token.isNumber, let house = houseBeforeComma(context, address.first) { first = house }
                first = placesBefore(context, first)  // "Bakı şəhəri, Nizami küçəsi 45"
            }
            // "Lot 22, Ilang-Ilang St., …", "Apt 14, Seafield Court, …": the house's word before its number and comma.
            if found != nil, first == i, token.isNumber, context.isSymbol(i + 1, 0x2C),
                let house = houseWord(context, before: i)
            {
                first = house
            }
            // "Flat 4, Building 12, Street 5, …": a flat before the building's word.
            if found != nil, first < i, let unit = unitBeforeHouse(context, first) { first = unit }
            if let last = found {
                // A flat and its building found without a town before the street the building stands on, a comma
                // apart on the line ("Unit 1203, The Grand Towers, 1 Ayala Ave, …"), are one address with it.
                let confidence = last.hasCity ? 0.9 : 0.75
                if let before = pending, !before.hasCity, before.last + 2 == first, context.isSymbol(first - 1, 0x2C),
                    !context.tokens[first].startsLine, isHouseWord(context, before.first)
                {
                    pending = (before.first, last.token, max(before.confidence, confidence), last.hasCity)
                } else {
                    if let before = pending {
                        candidates.add(.streetAddress, tokens: before.first, before.last, before.confidence)
                    }
                    pending = (first, last.token, confidence, last.hasCity)
                }
                resume = last.token + 1
            }
        }
        if let before = pending { candidates.add(.streetAddress, tokens: before.first, before.last, before.confidence) }
        lowerCase(context, &candidates)
        beforePostcodes(context, &candidates)
        fields(context, &candidates)
        townLines(context, &candidates)
    }

    /// The shapes of China in pinyin, of Korea and Japan, of the former Soviet Union and of Vietnam, each tried only
    /// where the tokens around `i` allow it, which few do: a number before "Hào", before a hyphenated road, or the
    /// first of three joined by hyphens; a number after "д." or "№", or before a comma and a short word; a
    /// Vietnamese house or lane word, or a number after one or before a street's word with letters beyond ASCII
    /// ("142 Lê Văn Sỹ").
    @inline(__always)
    private static func rarer(_ context: ScanContext, _ i: Int, _ token: Token) -> (first: Int, end: End)? {
        guard token.isNumber else {
            if token.flags.contains(.beyondASCII) && mayOpenVietnamese(context, i) { return vietnamese(context, i) }
            // A hamlet's word, capitalized ("Xóm 4, xã …") or in lower case before the hamlet's name ("thôn Đông").
            if token.flags.contains(.beyondASCII), mayOpenHamlet(context, i) { return vietnameseHamlet(context, i) }
            return i >= 1 && context.tokens[i - 1].flags.contains(.beyondASCII) && mayOpenHamlet(context, i - 1)
                ? vietnameseHamlet(context, i - 1) : nil
        }
        if isPinyinHouseWord(context, i + 1), let address = pinyin(context, i) { return address }
        if i >= 3, context.tokens[i - 1].flags.contains(.beyondASCII), let address = korean(context, i) {
            return address
        }
        guard i + 2 < context.tokens.count else { return nil }
        let next = context.tokens[i + 1]
        let after = context.tokens[i + 2]
        let comma = context.isSymbol(i + 1, 0x2C)
        if next.flags.contains(.innerHyphen) || comma && after.flags.contains(.innerHyphen)
            || context.isSymbol(i + 1, 0x2D) && next.isAttached && after.isNumber,
            let address = eastAsian(context, i)
        {
            return address
        }
        // A flat's word after the comma (eight bytes, sixteen in Cyrillic letters: "кв.", "хонаи"), or the flat's
        // number before its word ("125, 12-кв.").
        if comma && after.isWord && after.length <= (after.flags.contains(.beyondASCII) ? 16 : 8)
            || comma && after.isNumber && context.isSymbol(i + 3, 0x2D) || i >= 1 && isHouseMark(context, i - 1),
            let address = postSoviet(context, i)
        {
            return address
        }
        let opened = i >= 1 && context.tokens[i - 1].flags.contains(.beyondASCII) && mayOpenVietnamese(context, i - 1)
        return opened || next.flags.contains(.beyondASCII) && next.isCapitalized ? vietnamese(context, i) : nil
    }

    /// Whether the house number `i` has a unit's number and a slash glued before it, as Australia writes a flat's
    /// address ("4/17 Kooyong Rd").
    private static func isUnitBeforeSlash(_ context: ScanContext, _ i: Int) -> Bool {
        i >= 2 && context.tokens[i].isAttached && context.isSymbol(i - 1, 0x2F) && context.tokens[i - 1].isAttached
            && context.isNumber(i - 2, digits: 1...4) && context.startsCleanly(i - 2)
    }

    /// The first token of a flat, unit or suite and its number written before the house number `i` and a comma, as
    /// Britain and Ireland do ("Flat 4, 22 Pembroke Road", "Unit 3B, 14 Mill Lane"); nil when there is none.
    private static func unitBeforeHouse(_ context: ScanContext, _ i: Int) -> Int? {
        guard i >= 3, context.isSymbol(i - 1, 0x2C), !context.tokens[i].startsLine, !context.tokens[i - 1].startsLine
        else { return nil }
        var number = i - 2
        // "3B": a letter glued to the unit's number.
        if context.tokens[number].isWord, context.tokens[number].length == 1, context.tokens[number].isAttached,
            number >= 2
        {
            number -= 1
        }
        let word = number - 1
        guard context.isNumber(number, digits: 1...4), !context.tokens[number].startsLine, word >= 0,
            context.tokens[word].isCapitalized, unitsBeforeHouse[hash: context.tokens[word].hash] != nil,
            context.startsCleanly(word)
        else { return nil }
        return word
    }

    /// The words of ``unitBeforeHouse(_:_:)``.
    private static let unitsBeforeHouse = KeywordTable(
        ["flat", "apt", "apartment", "unit", "suite", "room"].map { ($0, ()) })

    /// Whether token `k` is a period or "№" (E2 84 96), which may mark a house number before it.
    @inline(__always)
    private static func isHouseMark(_ context: ScanContext, _ k: Int) -> Bool {
        guard context.tokens[k].kind == .symbol else { return false }
        let b = context.bytes[context.tokens[k].start]
        return b == 0x2E || b == 0xE2
    }

    /// Whether word `k`, with letters beyond ASCII, may be a Vietnamese hamlet's word by its length and first letter:
    /// "thôn", "xóm", "bản", "ấp".
    @inline(__always)
    static func mayOpenHamlet(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length <= 5, token.length >= 4 else { return false }
        let b = context.bytes[token.start]
        return b | 0x20 == 0x74 || b | 0x20 == 0x78 || b | 0x20 == 0x62 || b == 0xE1
    }

    /// Whether word `k` is short and opens with s, n, h or k, as Vietnam's house and lane words do.
    @inline(__always)
    static func mayOpenVietnamese(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length <= 6 else { return false }
        switch context.bytes[token.start] | 0x20 {
        case 0x73, 0x6E, 0x68, 0x6B: return true
        default: return false
        }
    }

    struct End {
        var token: Int
        var hasCity: Bool
        /// Whether a country is named after the town.
        var namesCountry = false
        /// Whether the town after the postcode is a known town.
        var knownTown = false
        /// Whether the postcode has a shape of its own, beyond a number alone ("130 00", "80-827", "1100-053").
        var shapedPostcode = false
    }

    private static func isCapitalizedWord(_ context: ScanContext, _ i: Int) -> Bool {
        i < context.tokens.count && context.tokens[i].isWord && context.tokens[i].isCapitalized
    }

    /// A house number, up to five street words ending in a USPS suffix, a unit, then the city part. A comma
    /// after the house number ("No. 12, 4th Cross Street, …") is taken only when a town and postcode follow.
    private static func street(_ context: ScanContext, _ i: Int) -> End? {
        guard context.isNumber(i, digits: 1...6), context.startsCleanly(i), !context.isSymbol(i - 1, 0x24),
            !context.isSymbol(i - 1, 0x23), i + 3 < context.tokens.count
        else { return nil }
        // Hawaii's house numbers in two parts, joined by a hyphen: "45-123 Kamehameha Hwy".
        let house =
            context.tokens[i].length <= 2 && context.isSymbol(i + 1, 0x2D) && context.tokens[i + 1].isAttached
                && context.isNumber(i + 2, digits: 1...4, attached: true) && i + 5 < context.tokens.count ? i + 2 : i
        // A letter glued to the house number: "58B Green Lanes".
        let letter =
            context.tokens[house + 1].isWord && context.tokens[house + 1].isAttached
            && context.tokens[house + 1].length == 1 && !context.tokens[house + 2].isAttached
        let number = letter ? house + 1 : house
        let comma = context.isSymbol(number + 1, 0x2C)
        guard comma ? !context.tokens[number + 2].startsLine : !context.tokens[number + 1].isAttached else {
            return nil
        }
        var k = comma ? number + 2 : number + 1
        var firstSuffix = -1
        var suffix = -1
        var words = 0
        while k < context.tokens.count, words < 6, !context.tokens[k].startsLine {
            let isOrdinal =
                context.isNumber(k, digits: 1...4) && context.has(k + 1, .ordinalSuffix)
                && context.tokens[k + 1].isAttached
            if isOrdinal {
                k += 2
                words += 1
                continue
            }
            if words > 0, context.isSymbol(k, 0x2E), context.tokens[k].isAttached {
                k += 1  // the period of an abbreviation: "W. Madison", "St. Paul"
                continue
            }
            guard isCapitalizedWord(context, k) else { break }
            if words > 0, context.has(k, .streetSuffix) {
                suffix = k
                if firstSuffix < 0 { firstSuffix = k }
            }
            words += 1
            k += 1
        }
        guard firstSuffix > 0 else { return comma ? nil : lowerCaseStreet(context, from: number + 1) }
        let short = streetEnd(context, firstSuffix)
        if let end = cityStateZip(context, after: short) { return End(token: end, hasCity: true) }
        if comma {
            let abroad = tail(context, after: short)
            return abroad.hasCity ? abroad : nil
        }
        let long = streetEnd(context, suffix)
        if let end = cityStateZip(context, after: long) { return End(token: end, hasCity: false) }
        // A town and a postcode as other countries write them: "41 Larkspur Close, Wolverhampton WV10 9RT".
        // Known towns after a comma lengthen the street too ("123 Rizal St., Brgy. San Roque, Quezon City").
        let abroad = tail(context, after: short)
        if abroad.hasCity || abroad.token > long { return abroad }
        // The towns may follow the last street word where an earlier one is a street's too ("23 Constant Spring
        // Road, Kingston, Jamaica").
        let afterLong = long > short ? tail(context, after: long) : abroad
        return afterLong.token > long ? afterLong : End(token: long, hasCity: false)
    }

    /// "12 mabini st, brgy malanday, marikina", "52 w 83rd st": a street written in lower case, as chat messages do:
    /// one to three words or ordinals ending in a plain street word (or any street word before a comma and a known
    /// town), and up to three areas after commas, each of words of four letters or more that are no English words
    /// ("…, ok thanks" is no area).
    private static func lowerCaseStreet(_ context: ScanContext, from k: Int) -> End? {
        var j = k
        var words = 0
        while words < 3, j < context.tokens.count, !context.tokens[j].startsLine {
            if context.isNumber(j, digits: 1...3), context.has(j + 1, .ordinalSuffix), context.tokens[j + 1].isAttached,
                !context.tokens[j + 1].isCapitalized
            {
                j += 2  // "83rd"
                words += 1
                continue
            }
            let token = context.tokens[j]
            guard token.isWord, !token.isCapitalized, !token.flags.contains(.hasDigit) else { break }
            // The tokenizer's bit first: most numbers have no street word after them.
            if j > k, context.has(j, .streetSuffix), context.endsCleanly(j),
                lowerCaseStreetWords[hash: context.tokens[j].hash] != nil || townFollows(context, after: j)
            {
                // "a 2 way street", "2 lane roads" say how a road is.
                guard lowerCaseStreetWords[hash: context.tokens[k].hash] == nil,
                    notStreetNames[hash: context.tokens[k].hash] == nil
                else { return nil }
                return End(token: lowerCaseAreas(context, after: j), hasCity: false)
            }
            j += 1
            words += 1
        }
        return nil
    }

    /// Whether a comma and a known town follow token `j`, which makes a street word that ends many phrases end a
    /// street: "27 birchwood close, coventry", "4 oak drive, leeds".
    private static func townFollows(_ context: ScanContext, after j: Int) -> Bool {
        j + 2 < context.tokens.count && context.isSymbol(j + 1, 0x2C) && !context.tokens[j + 2].startsLine
            && PhraseMatcher.longest(context, at: j + 2, in: context.vocabulary.towns) != nil
    }

    private static func lowerCaseAreas(_ context: ScanContext, after street: Int) -> Int {
        var last = street
        var pieces = 0
        let words = context.vocabulary.words
        while pieces < 3, context.isSymbol(last + 1, 0x2C) {
            var k = last + 2
            while k - (last + 2) < 3, k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length >= 4,
                !context.tokens[k].startsLine, !words.classes(of: context.tokens[k].hash).contains(.common)
            {
                k += 1
            }
            guard k > last + 2 else { break }
            last = k - 1
            pieces += 1
        }
        return last
    }

    /// Words that say how a road is, not what it is called.
    private static let notStreetNames = KeywordTable(["way", "lane", "lanes", "sided", "storey", "mile", "miles"].map {
        ($0, ())
    })

    /// Street words that end a street written in lower case; words such as "way" or "park" end too many phrases.
    static let lowerCaseStreetWords = KeywordTable([
        "st", "street", "rd", "road", "ave", "avenue", "blvd", "boulevard", "ln", "lane", "cres", "crescent",
        "terrace", "tce",
    ].map { ($0, ()) })

    /// The end of the street part whose suffix is token `suffix`: with a `.`, a direction and a unit.
    private static func streetEnd(_ context: ScanContext, _ suffix: Int) -> Int {
        var last = suffix
        if context.isSymbol(last + 1, 0x2E), context.tokens[last + 1].isAttached { last += 1 }
        if context.has(last + 1, .directional), isCapitalizedWord(context, last + 1) { last += 1 }
        return unit(context, after: last) ?? last
    }

    /// ", Apt. 045", " Suite 300", " #12", " Unit B".
    private static func unit(_ context: ScanContext, after last: Int) -> Int? {
        var k = last + 1
        if context.isSymbol(k, 0x2C) { k += 1 }
        guard k < context.tokens.count, !context.tokens[k].startsLine else { return nil }
        if !context.isSymbol(k, 0x23) {
            guard isCapitalizedWord(context, k), context.has(k, .unitWord) else { return nil }
            k += 1
            if context.isSymbol(k, 0x2E) { k += 1 }
        }
        if context.isSymbol(k, 0x23) { k += 1 }
        return unitNumberEnd(context, k)
    }

    /// The last token of a unit number at `k`: "045", "3B", "B", "12-A".
    private static func unitNumberEnd(_ context: ScanContext, _ k: Int) -> Int? {
        guard k < context.tokens.count else { return nil }
        let token = context.tokens[k]
        if token.isNumber, token.length <= 6 {
            let letter =
                k + 1 < context.tokens.count && context.tokens[k + 1].isWord && context.tokens[k + 1].isAttached
                && context.tokens[k + 1].length <= 2
            return letter ? k + 1 : k
        }
        let isCode = token.isWord && token.length <= 4 && (token.flags.contains(.hasDigit) || token.isCapitalized)
        return isCode ? k : nil
    }

    /// "[,] City[,] ST 12345[-6789]", the city one to four capitalized words, possibly on the next line.
    static func cityStateZip(_ context: ScanContext, after last: Int) -> Int? {
        var k = last + 1
        if context.isSymbol(k, 0x2C) { k += 1 }
        var cityWords = 0
        while cityWords < 4, isCapitalizedWord(context, k), !isState(context, k) {
            cityWords += 1
            k += 1
            if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k += 1 }
        }
        guard cityWords > 0 else { return nil }
        if context.isSymbol(k, 0x2C) { k += 1 }
        guard let afterState = state(context, k), context.isNumber(afterState, digits: 5...5) else { return nil }
        var end = afterState
        if context.isSymbol(end + 1, 0x2D), context.isNumber(end + 2, digits: 4...4, attached: true) { end += 2 }
        return context.endsCleanly(end) ? end : nil
    }

    private static func isState(_ context: ScanContext, _ k: Int) -> Bool {
        state(context, k) != nil && context.isNumber(state(context, k) ?? k, digits: 5...5)
    }

    /// The token after a state written as a postal code ("IN") or a name ("New York").
    private static func state(_ context: ScanContext, _ k: Int) -> Int? {
        guard k < context.tokens.count, context.tokens[k].isWord else { return nil }
        if context.tokens[k].length == 2, context.tokens[k].flags.contains(.allCaps),
            context.tokens[k].lexicon.contains(.stateCode)
        {
            return k + 1
        }
        return PhraseMatcher.longest(context, at: k, in: Lexicon.stateNames).map { $0 + 1 }
    }

    /// "PO Box 1234, Flint, MI 48501", "P.O. Box 77", "P O Box 2715, Mogoditshane", "P. O. Box KS 1183, Kumasi",
    /// "P.O. Box 70213, Dar es Salaam, Tanzania", "GPO Box 1422, Melbourne VIC 3001", "Private Bag X15, Hatfield
    /// 0028", "P.M.B. 5090, Garki, Abuja": with the town and postcode after it, or known towns after commas, or the
    /// town when one ends the line after a comma; the box alone when no city follows.
    private static func postOfficeBox(_ context: ScanContext, _ i: Int) -> End? {
        guard context.tokens[i].isWord, context.tokens[i].isCapitalized, context.startsCleanly(i),
            var number = boxNumberStart(context, i)
        else { return nil }
        // A post office's letters before the number: "Box KS 1183" (Kumasi).
        if number + 1 < context.tokens.count, context.tokens[number].isWord,
            context.tokens[number].flags.contains(.allCaps), (1...3).contains(context.tokens[number].length),
            !context.tokens[number + 1].startsLine
        {
            number += 1
        }
        guard context.isNumber(number, digits: 1...6) || isBagNumber(context, number) else { return nil }
        number = boxNumberEnd(context, number)
        guard context.endsCleanly(number) else { return nil }
        if let end = cityStateZip(context, after: number) { return End(token: end, hasCity: true) }
        if let end = boxTail(context, after: number) { return end }
        if let town = lineEndingTown(context, after: number) { return End(token: town, hasCity: true) }
        return End(token: number, hasCity: false)
    }

    /// The token after the words of a box that opens at capitalized word `i`: "PO Box", "P.O. Box", "P O Box",
    /// "GPO Box", "Private Bag", "Locked Bag", "PMB", "P.M.B." (a private mail bag). Nil when none opens there.
    static func boxNumberStart(_ context: ScanContext, _ i: Int) -> Int? {
        // Every opener starts with a P, a G or an L: most capitalized words stop here.
        switch context.bytes[context.tokens[i].start] {
        case 0x50, 0x47, 0x4C: break
        default: return nil
        }
        if isWord(context, i, 2, Self.poHash) || isWord(context, i, 3, Self.gpoHash) {
            return isBox(context, i + 1) ? i + 2 : nil
        }
        if isWord(context, i, 1, Self.pHash) {
            if context.isSymbol(i + 1, 0x2E), isWord(context, i + 2, 1, Self.oHash), context.isSymbol(i + 3, 0x2E) {
                return isBox(context, i + 4) ? i + 5 : nil
            }
            if isWord(context, i + 1, 1, Self.oHash), context.tokens[i + 1].isCapitalized,
                !context.tokens[i + 1].startsLine
            {
                return isBox(context, i + 2) ? i + 3 : nil
            }
            // "P.M.B. 5090"
            if context.isSymbol(i + 1, 0x2E), isWord(context, i + 2, 1, Self.mHash), context.isSymbol(i + 3, 0x2E),
                isWord(context, i + 4, 1, Self.bHash), context.isSymbol(i + 5, 0x2E)
            {
                return i + 6
            }
            return nil
        }
        if isWord(context, i, 3, Self.pmbHash), context.tokens[i].flags.contains(.allCaps) { return i + 1 }
        if isWord(context, i, 7, Self.privateHash) || isWord(context, i, 6, Self.lockedHash) {
            return isWord(context, i + 1, 3, Self.bagHash) && context.tokens[i + 1].isCapitalized ? i + 2 : nil
        }
        return nil
    }

    /// Whether token `k` is a private bag's number of a letter and digits: "X15", "X9000".
    private static func isBagNumber(_ context: ScanContext, _ k: Int) -> Bool {
        guard k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].flags.contains(.hasDigit),
            (2...6).contains(context.tokens[k].length)
        else { return false }
        let token = context.tokens[k]
        return ByteClass.isASCIIUpper(context.bytes[token.start])
            && (token.start + 1..<token.end).allSatisfy { ByteClass.isDigit(context.bytes[$0]) }
    }

    /// The last token of a box's number at `k`, with the post office's code Kenya writes after a hyphen ("P.O. Box
    /// 1234-00100").
    static func boxNumberEnd(_ context: ScanContext, _ k: Int) -> Int {
        context.isSymbol(k + 1, 0x2D) && context.tokens[k + 1].isAttached
            && context.isNumber(k + 2, digits: 5...5, attached: true) ? k + 2 : k
    }

    /// The last word of the places after a comma after token `k` that end the line or the text: one to three
    /// capitalized words each, commas between them, up to three ("…, Mogoditshane", "…, Garki, Abuja").
    private static func lineEndingTown(_ context: ScanContext, after k: Int) -> Int? {
        var last = k
        var places = 0
        while places < 3, context.isSymbol(last + 1, 0x2C) {
            var j = last + 2
            while j - last - 2 < 3, j < context.tokens.count, context.tokens[j].isWord, context.tokens[j].isCapitalized,
                !context.tokens[j].startsLine, !context.tokens[j].flags.contains(.hasDigit)
            {
                j += 1
            }
            guard j > last + 2 else { break }
            last = j - 1
            places += 1
        }
        let next = last + 1
        guard places > 0, next == context.tokens.count || context.tokens[next].startsLine else { return nil }
        return last
    }

    static let poHash = WordHash.of(word: "po".utf8[...])
    static let pHash = WordHash.of(word: "p".utf8[...])
    static let oHash = WordHash.of(word: "o".utf8[...])
    static let boxHash = WordHash.of(word: "box".utf8[...])
    private static let gpoHash = WordHash.of(word: "gpo".utf8[...])
    private static let pmbHash = WordHash.of(word: "pmb".utf8[...])
    private static let mHash = WordHash.of(word: "m".utf8[...])
    private static let bHash = WordHash.of(word: "b".utf8[...])
    private static let privateHash = WordHash.of(word: "private".utf8[...])
    private static let lockedHash = WordHash.of(word: "locked".utf8[...])
    private static let bagHash = WordHash.of(word: "bag".utf8[...])

    /// Whether token `k` exists and is the word "box", in any case.
    static func isBox(_ context: ScanContext, _ k: Int) -> Bool {
        isWord(context, k, 3, boxHash)
    }

    /// Whether token `k` exists and is the word of `letters` bytes with this hash: the length is compared
    /// first, which spares most tokens a look at the hash (a lazily made constant).
    @inline(__always)
    static func isWord(_ context: ScanContext, _ k: Int, _ letters: Int, _ hash: @autoclosure () -> UInt64) -> Bool {
        k >= 0 && k < context.tokens.count && context.tokens[k].length == letters && context.tokens[k].hash == hash()
    }

    /// "PSC 1234, Box 5678, APO AE 09012", "USNS Ortiz, FPO AP 96638", "Unit 8021 Box 11, DPO AA 34012".
    private static func military(_ context: ScanContext, _ i: Int) -> End? {
        guard i < context.tokens.count, context.tokens[i].isCapitalized,
            context.has(i, .militaryUnit), context.startsCleanly(i)
        else { return nil }
        var k = i + 1
        let limit = min(context.tokens.count, i + 10)
        while k < limit, !context.has(k, .militaryPostOffice) { k += 1 }
        guard k < limit, k > i + 1, context.tokens[k].flags.contains(.allCaps),
            context.has(k + 1, .stateCode), context.isNumber(k + 2, digits: 5...5)
        else { return nil }
        return End(token: k + 2, hasCity: true)
    }
}
