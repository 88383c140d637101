/// Addresses written in lower case, as chats write them: with the street word first ("rua voluntários da pátria
/// 190, apto 802, botafogo", "av. rivadavia 4820, caballito", "calle duarte #45, ensanche la fe"), or with the flat
/// or house first ("flat 5, 2nd floor, saima arcade, university road"), or with a postcode of its country's shape
/// and a known town after the number ("grochowskiej 207, 04-077 warszawa").
extension AddressDetector {
    /// Proposes the lower-case addresses of chats ("rua … 190", "flat 5, …") at the numbers, and at the codes with a
    /// comma after them, where no other address was found. A pass of its own after the others, which keeps their
    /// loop small enough to stay inlined.
    static func lowerCase(_ context: ScanContext, _ candidates: inout CandidateList) {
        var resume = 0
        for i in context.anchors.numeric where i >= resume {
            let token = context.tokens[i]
            guard token.isNumber || token.isWord && context.isSymbol(i + 1, 0x2C) else { continue }
            let address =
                token.isNumber
                ? lowerCaseStreetFirst(context, i) ?? lowerCaseUnitFirst(context, i)
                    ?? lowerCaseBeforePostcode(context, i)
                : lowerCaseUnitFirst(context, i)
            if let address, !overlapsFound(candidates, context.tokens[address.first].start) {
                candidates.add(.streetAddress, tokens: address.first, address.end.token, 0.75)
                resume = address.end.token + 1
            }
        }
    }

    /// Whether an address already proposed ends after byte `start`, the start of a lower-case one.
    private static func overlapsFound(_ candidates: CandidateList, _ start: Int) -> Bool {
        candidates.all.contains { $0.type == .streetAddress && $0.end > start && $0.start <= start }
    }

    /// The first token and the end of a lower-case street whose house number is token `i`: a street word written
    /// before a name (one that is no English word: "rua", "calle", "av.", "jalan", not "via" or "route"), one to
    /// four lower-case words of the name, the number (after "#" or not), then units and areas after commas.
    private static func lowerCaseStreetFirst(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let tokens = context.tokens
        guard context.isNumber(i, digits: 1...5), i >= 2, !tokens[i].startsLine else { return nil }
        var k = i - 1
        if context.isSymbol(k, 0x23), tokens[i].isAttached, !tokens[k].startsLine { k -= 1 }  // "#45"
        var words = 0
        while k >= 0, words < 4, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].flags.contains(.hasDigit) {
            if words > 0, isLowerCaseStreetWord(context, k) {
                return (k, End(token: lowerCaseParts(context, after: i), hasCity: false))
            }
            // A name's words are no English words, but for short particles ("da", "de la").
            if tokens[k].startsLine || tokens[k].length >= 4
                && context.vocabulary.words.classes(of: tokens[k].hash).contains(.common)
            {
                return nil
            }
            words += 1
            k -= 1
            // The period of an abbreviated street word: "av. rivadavia".
            if k >= 1, context.isSymbol(k, 0x2E), tokens[k].isAttached, !tokens[k].startsLine,
                isLowerCaseStreetWord(context, k - 1)
            {
                return (k - 1, End(token: lowerCaseParts(context, after: i), hasCity: false))
            }
        }
        return nil
    }

    /// The first token and the end of a lower-case street with no street word, whose house number is token `i`:
    /// one to three words that are no English words, the number, a comma, a postcode of a shape of its own
    /// ("04-077", "602 00") and the town, a known one or a word that is no English word ("grochowskiej 207,
    /// 04-077 warszawa").
    private static func lowerCaseBeforePostcode(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let tokens = context.tokens
        guard context.isNumber(i, digits: 1...4), i >= 1, !tokens[i].startsLine, context.isSymbol(i + 1, 0x2C),
            let code = postcodeEnd(context, at: i + 2), code > i + 2, code + 1 < tokens.count,
            !tokens[code + 1].startsLine,
            let town = PhraseMatcher.longest(context, at: code + 1, in: context.vocabulary.towns)
                ?? (isForeignWord(context, code + 1) ? code + 1 : nil)
        else { return nil }
        var k = i - 1
        while k >= 0, i - k <= 3, isForeignWord(context, k) {
            if tokens[k].startsLine { return (k, End(token: town, hasCity: true)) }
            k -= 1
        }
        return k < i - 1 ? (k + 1, End(token: town, hasCity: true)) : nil
    }

    /// Whether token `k` is a lower-case word of three letters or more that is no English word.
    private static func isForeignWord(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        return token.isWord && !token.isCapitalized && !token.flags.contains(.hasDigit) && token.length >= 3
            && !context.vocabulary.words.classes(of: token.hash).contains(.common)
    }

    /// The first token and the end of a lower-case address that opens with its flat or house, as chats write it:
    /// "flat 5, 2nd floor, saima arcade, university road", "hse 14, muthithi road, westlands", "apt b7, kilimani
    /// heights, argwings kodhek rd". Token `i` is the flat's number or code, after "flat", "apt", "house", "hse",
    /// "unit", "blk", "block" or "plot" in lower case and before a comma; two parts or more must follow, one of them a
    /// street ("… road", "… rd") or a unit with its number ("block 13-d", "2nd floor").
    private static func lowerCaseUnitFirst(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let tokens = context.tokens
        guard i >= 1, context.isSymbol(i + 1, 0x2C), tokens[i].length <= 6, !tokens[i].startsLine,
            tokens[i].isNumber || tokens[i].isWord && tokens[i].flags.contains(.hasDigit)
        else { return nil }
        // A letter may open the flat's code: "house r-214".
        let code = i >= 3 && isJoiner(context, i - 1) && tokens[i - 2].isWord && tokens[i - 2].length <= 2 ? i - 2 : i
        let unit = code - 1
        guard unit >= 0, tokens[unit].isWord, !tokens[unit].isCapitalized, !tokens[code].startsLine,
            openingUnits[hash: tokens[unit].hash] != nil
        else { return nil }
        var last = i
        var parts = 0
        var streetOrUnit = false
        var lastPartStreet = false
        var lastPartStart = i
        while parts < 4, context.isSymbol(last + 1, 0x2C) {
            var k = last + 2
            var end = last
            lastPartStreet = false
            while k < tokens.count, k - (last + 2) < 6, !tokens[k].startsLine, !tokens[k].isCapitalized,
                tokens[k].isWord || tokens[k].isNumber || isJoiner(context, k)
            {
                if isJoiner(context, k) {
                    k += 1
                    continue
                }
                end = k
                if tokens[k].isWord, lowerCaseStreetWords[hash: tokens[k].hash] != nil {
                    streetOrUnit = true
                    lastPartStreet = true
                    break  // the street ends its part: "university road pe drop kar do"
                }
                if tokens[k].isWord, context.has(k, .unitWord) || openingUnits[hash: tokens[k].hash] != nil,
                    k + 1 < tokens.count, tokens[k + 1].isNumber || tokens[k + 1].flags.contains(.hasDigit)
                {
                    streetOrUnit = true  // "block 13-d"
                }
                if context.has(k, .unitWord), k > last + 2, context.has(k - 1, .ordinalSuffix) {
                    streetOrUnit = true  // "2nd floor"
                }
                k += 1
            }
            guard end > last + 1 else { break }
            lastPartStart = last + 2
            last = end
            parts += 1
        }
        guard parts >= 2, streetOrUnit else { return nil }
        // The words after the last comma are the town's only when they are one or two: "…, karachi pe ammi hain".
        if !context.isSymbol(last + 1, 0x2C), !lastPartStreet, last - lastPartStart >= 2 { last = lastPartStart }
        return (unit, End(token: last, hasCity: false))
    }

    /// Whether token `k` is a hyphen or a slash joining the tokens on either side ("13-d", "88/12").
    private static func isJoiner(_ context: ScanContext, _ k: Int) -> Bool {
        (context.isSymbol(k, 0x2D) || context.isSymbol(k, 0x2F)) && context.tokens[k].isAttached
            && k + 1 < context.tokens.count && context.tokens[k + 1].isAttached
    }

    /// The words of a flat or a house that open a chat's address.
    private static let openingUnits = KeywordTable(
        ["apt", "flat", "house", "hse", "unit", "blk", "block", "plot"].map { ($0, ()) })

    /// Whether word `k` is a street word written before the name, in lower-case Latin letters (the scripts without
    /// capitals have a detector of their own), and no English word; of two letters only with its period ("av.",
    /// not "bd" or "al").
    private static func isLowerCaseStreetWord(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard !token.isCapitalized, !token.flags.contains(.beyondASCII),
            token.length >= 3 || context.isSymbol(k + 1, 0x2E) && context.tokens[k + 1].isAttached
        else { return false }
        let classes = context.vocabulary.words.classes(of: token.hash)
        return classes.contains(.streetBefore) && !classes.contains(.common)
    }

    /// The last token of up to four parts after commas that follow the house number `number`: a unit and its number
    /// ("apto 802", "dpto. 302") or one to three words that are no English words ("botafogo", "ensanche la fe").
    private static func lowerCaseParts(_ context: ScanContext, after number: Int) -> Int {
        let tokens = context.tokens
        let words = context.vocabulary.words
        var last = number
        var parts = 0
        while parts < 4, context.isSymbol(last + 1, 0x2C) {
            var k = last + 2
            var end = last
            while k < tokens.count, k - (last + 2) < 3, !tokens[k].startsLine {
                let token = tokens[k]
                if token.isNumber || token.isWord && token.flags.contains(.hasDigit) {
                    guard k > last + 2 else { break }  // a unit's number, not a part of its own
                } else if token.isWord {
                    let particle = k > last + 2 && token.length <= 3
                    guard particle || !words.classes(of: token.hash).contains(.common) || context.has(k, .unitWord)
                    else { break }
                } else if !(context.isSymbol(k, 0x2E) && token.isAttached && context.isNumber(k + 1, digits: 1...5)) {
                    break  // a period goes on only before a unit's number: "dpto. 302"
                }
                if !context.isSymbol(k, 0x2E) { end = k }
                k += 1
            }
            guard end > last + 1 else { break }
            last = end
            parts += 1
        }
        return last
    }
}
