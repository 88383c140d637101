/// Street addresses as the rest of the world writes them: the street word before the name ("Via Garibaldi
/// 112", "ul. Długa 14/3", "18 rue des Lilas"), after it ("Bağdat Caddesi No: 155") or glued to it
/// ("Hauptstraße 27", "Storgatan 8"), then units, a postcode of any country's shape, the town and the
/// country, over up to three lines.
extension AddressDetector {
    /// The first token and the end of an address whose street starts at or around token `i`. Inlined into
    /// the address detector, which tries it at every anchor: most are ruled out here, without a call.
    @inline(__always)
    static func international(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        if context.tokens[i].isNumber {
            return numberFirst(context, i) ?? postOfficeBoxNumber(context, i) ?? foreignBox(context, i)
        }
        // Most capitalized words open a sentence and have a lower-case word after them: no street.
        let next = i + 1
        guard context.tokens[i].isCapitalized, next < context.tokens.count, !context.tokens[next].startsLine,
            context.tokens[next].isCapitalized || context.tokens[next].kind != .word
                || context.has(next, [.nameParticle, .houseNumberWord])
                || context.isNumber(next + 1, digits: 1...5) && isStreetWord(context, next, .streetAfter)
                || context.isSymbol(next + 1, 0x2E) && context.isNumber(next + 2, digits: 1...5)
                    && isStreetWord(context, next, .streetAfter)
                || context.isNumber(next + 1, digits: 1...5) && opensLowerCaseStreet(context, i)
                || isAlbanianArticle(context, next) && opensLowerCaseStreet(context, i),
            !context.has(i, [.month, .weekday]), context.startsCleanly(i)
        else { return nil }
        return nameFirst(context, i)
    }

    /// The house number written with a comma before the street that starts at `street` with its street word, as
    /// French and Moroccan addresses put it ("Cabinet : 12, Rue Ibn Batouta, 2e étage, Rabat", "– 45, Bd Zerktouni"):
    /// one to four digits that open the line or follow a colon or a dash set apart. Nil when there is none.
    static func houseBeforeComma(_ context: ScanContext, _ street: Int) -> Int? {
        let house = street - 2
        guard house >= 0, context.isSymbol(street - 1, 0x2C), context.tokens[street - 1].isAttached,
            context.isNumber(house, digits: 1...4), !context.tokens[street].startsLine,
            !context.tokens[street - 1].startsLine, context.tokens[street].isCapitalized,
            isStreetWord(context, street, .streetBefore)
        else { return nil }
        if house == 0 || context.tokens[house].startsLine { return house }
        // The sign stands apart: "031-0472958-1, Calle …" ends an identity number.
        guard !context.tokens[house].isAttached,
            context.isSymbol(house - 1, 0x3A) || context.isSymbol(house - 1, 0x2D) || context.isLongDash(house - 1)
        else { return nil }
        return house
    }

    /// An address whose street's name starts at capitalized word `i` (with its street word before, after or
    /// glued to the name).
    private static func nameFirst(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        var k = i
        var words = 0
        while words < 5, k < context.tokens.count, !context.tokens[k].startsLine || k == i {
            if context.has(k, .houseNumberWord), words > 0,
                context.isSymbol(k + 1, 0x3A) || context.isSymbol(k + 1, 0x2E) || context.isNumber(k + 1, digits: 1...5)
            {
                break
            } else if context.tokens[k].isWord, !context.tokens[k].flags.contains(.hasDigit),
                context.tokens[k].isCapitalized || context.has(k, .nameParticle)
                    || words > 0 && isStreetWord(context, k, .streetAfter)
                    || words > 0 && words < 3 && context.tokens[k].length >= 3 && opensLowerCaseStreet(context, i)
                    && englishPrepositions[hash: context.tokens[k].hash] == nil
                    || words == 1 && isAlbanianArticle(context, k) && opensLowerCaseStreet(context, i)
            {
                words += 1
                k += 1
            } else if words > 0, context.isSymbol(k, 0x2E), context.tokens[k].isAttached,
                context.tokens[k - 1].length <= 4
                    || !context.vocabulary.words.classes(of: context.tokens[k - 1].hash).contains(.common)
            {
                // An abbreviation's period ("Gedimino pr. 12"), not a sentence's after an English word ("Sunnyside
                // Lodge. Waterlow 16").
                k += 1
            } else {
                break
            }
        }
        // A street named after a date after its street word: "Calle 25 de Mayo 555", "Rua 7 de Setembro 45".
        if words == 1, let named = dateNameEnd(context, k), isStreetWord(context, i, .streetBefore) {
            (k, words) = (named + 1, 4)
        }
        guard let number = houseNumber(context, at: k) else { return nil }
        let first = streetStart(context, i)
        let streetAfter = (i + 1..<k).first { isStreetWord(context, $0, .streetAfter) }
        if let streetAfter, !context.tokens[streetAfter].isCapitalized {
            // Written in lower case ("Váci út 141", "Thereses gate 44") the street word could be any word, so
            // the postcode and town must follow, unless it is no English word.
            let end = tail(context, after: number)
            if end.hasCity { return (first, end) }
            // Abbreviated with its period before a known town: "Gedimino pr. 12-5, Vilnius".
            if context.isSymbol(streetAfter + 1, 0x2E), context.tokens[streetAfter + 1].isAttached, end.token > number {
                return (first, end)
            }
            // The postcode and town first, as Hungary writes them: "1137 Budapest, Pozsonyi út 27."
            if let start = postcodeAndTown(context, before: first) { return (start, end) }
            // A street word of three letters or more that is no English word is one alone ("Pärnu mnt 139",
            // "Brīvības iela 12").
            let word = context.tokens[streetAfter]
            let alone = word.length >= 3 && !context.vocabulary.words.classes(of: word.hash).contains(.common)
            return alone ? (first, end) : nil
        }
        // A street word of two letters with a number and no name ("Cl 104", "Cr 88") is a lab's chloride or
        // creatinine unless a town follows or the number is a Colombian corner's ("Cl 45 # 12-30").
        if words == 1, first == i, context.tokens[i].length <= 2, isStreetWord(context, i, .streetBefore) {
            let end = tail(context, after: number)
            return end.hasCity || context.isSymbol(number + 1, 0x23) ? (first, end) : nil
        }
        if streetAfter != nil || first < i || isStreetWord(context, i, .streetBefore) || hasStreetEnding(context, i) {
            let end = tail(context, after: number)
            // "R." is an initial too ("R. Silva, 45"): a street only before a town.
            guard first == i || !isRua(context, first) || end.hasCity || end.token > number else { return nil }
            return (first, end)
        }
        // A street named without a street word ("Knez Mihailova 6", "Křenová 67") is an address only when a
        // postcode and a town follow it, and a country after them, an address label before, the town is a
        // known one or the postcode has a shape of its own ("130 00 Praha"); a name of one word needs the label,
        // the known town or the shaped postcode. A name of English words only
        // ("Section 4, 2024 London") or with a month ("On November 26, 2022 Clayton …") is no street's.
        // Nor is a name before a date whose month is a town's name too ("Natalia Rusu, 12 March 2024").
        let lists = context.vocabulary.words
        guard words <= 3, (i..<k).contains(where: { !lists.classes(of: context.tokens[$0].hash).contains(.common) }),
            !(i..<k).contains(where: { context.has($0, [.month, .weekday]) }), !isMonthAndYear(context, number + 1)
        else { return nil }
        let end = tail(context, after: number)
        guard end.hasCity,
            isAfterAddressLabel(context, i) || end.knownTown || words >= 2 && end.namesCountry || end.shapedPostcode
        else { return nil }
        return (i, end)
    }

    /// Whether token `k` is a month's name and a year of four digits follows it ("March 2024").
    private static func isMonthAndYear(_ context: ScanContext, _ k: Int) -> Bool {
        k + 1 < context.tokens.count && context.tokens[k].isWord
            && context.vocabulary.monthNames.value(of: context.tokens[k].hash) != nil
            && context.isNumber(k + 1, digits: 4...4)
    }

    /// The month of a date that names a street, starting at token `k`: a day of one or two digits, "de" or "del"
    /// and the month ("25 de Mayo", "18 de Julio"), on one line; nil for anything else.
    @inline(__always)
    private static func dateNameEnd(_ context: ScanContext, _ k: Int) -> Int? {
        guard context.isNumber(k, digits: 1...2), context.value(k) <= 31, k + 2 < context.tokens.count,
            context.has(k + 1, .nameParticle), context.tokens[k + 1].length <= 3,
            context.vocabulary.monthNames.value(of: context.tokens[k + 2].hash) != nil,
            context.tokens[k + 2].isCapitalized, !context.tokens[k + 1].startsLine, !context.tokens[k + 2].startsLine
        else { return nil }
        return k + 2
    }

    /// Whether token `k` is the Albanian article "e" of a street named for a place or a people, before a capital:
    /// "Rruga e Kavajës".
    private static func isAlbanianArticle(_ context: ScanContext, _ k: Int) -> Bool {
        context.tokens[k].length == 1 && context.bytes[context.tokens[k].start] == 0x65 && k + 1 < context.tokens.count
            && context.tokens[k + 1].isCapitalized && !context.tokens[k + 1].startsLine
    }

    /// English prepositions, which go on no street's name in lower case: "end at Federal Plaza around 3pm".
    private static let englishPrepositions = KeywordTable(
        ["around", "about", "after", "before", "near", "from", "until", "till", "since", "for", "with", "between",
         "behind", "beside", "across", "along", "toward", "towards", "at", "by", "on", "in"].map { ($0, ()) })

    /// Whether the capitalized word `i` is a street word written in full before a name that may go on in lower
    /// case ("Bulevar oslobođenja 76"), not an abbreviation ("BD x 14/7" is a dose).
    private static func opensLowerCaseStreet(_ context: ScanContext, _ i: Int) -> Bool {
        context.tokens[i].length >= 4 && !context.tokens[i].flags.contains(.allCaps)
            && isStreetWord(context, i, .streetBefore)
    }

    /// The postcode of "1137 Budapest, " right before the street at `first`: four or five digits, then one or
    /// two capitalized words of a town and a comma, on the street's line.
    private static func postcodeAndTown(_ context: ScanContext, before first: Int) -> Int? {
        guard context.isSymbol(first - 1, 0x2C) else { return nil }
        var k = first - 2
        var words = 0
        while words < 2, k >= 1, context.tokens[k].isWord, context.tokens[k].isCapitalized,
            !context.tokens[k + 1].startsLine
        {
            words += 1
            k -= 1
        }
        guard words > 0, context.isNumber(k, digits: 4...5), context.startsCleanly(k), !context.tokens[k + 1].startsLine
        else { return nil }
        return k
    }

    /// "Address", "Adresse", "Indirizzo" and the like, and a form's "Home:", "Res.:" (residence) or "Domicile :":
    /// Haitian "Adrès", Turkish and Azerbaijani "Adresi" and "Ünvan", Hungarian "Lakcím", Czech "Bydliště",
    /// Slovene and Croatian "Naslov", Malay and Indonesian "Alamat", Uzbek "Manzil", Mongolian "Hayag", and the
    /// word in Cyrillic (Kazakh "Мекенжайы", Kyrgyz "Дареги" too), Greek and Georgian letters.
    static let addressLabels = KeywordTable([
        "address", "adresse", "adres", "adresa", "adress", "anschrift", "indirizzo", "direccion", "domicilio",
        "endereco", "morada", "osoite", "cim", "adrese", "adresas", "aadress", "home", "res", "residence",
        "residencia", "domicile", "adresi", "unvan", "lakcim", "bydliste", "naslov", "alamat", "manzil", "manzili",
        "hayag", "wohnadresse", "postanschrift", "адрес", "Адрес", "адреса", "Адреса", "мекенжайы", "Мекенжайы",
        "дареги", "Дареги", "διεύθυνση",
        "Διεύθυνση", "მისამართი",
        // A lease's premises; the Swahili "Mahali" (place) and "Anwani" (address); Thai "ที่อยู่" (address).
        "premises", "mahali", "anwani", "ที่อยู่",
    ].map { ($0, ()) })

    /// Whether an address label and a colon come just before token `i` ("Address: …").
    private static func isAfterAddressLabel(_ context: ScanContext, _ i: Int) -> Bool {
        i >= 2 && context.isSymbol(i - 1, 0x3A) && context.tokens[i - 2].isWord
            && addressLabels[hash: context.tokens[i - 2].hash] != nil
    }

    /// The street word before the capitalized word `i` ("ul." of "ul. Długa", "rue" of "rue de la Victoire"),
    /// else `i`.
    private static func streetStart(_ context: ScanContext, _ i: Int) -> Int {
        var k = i - 1
        // Up to two particles between the street word and the name: "rue de la Victoire".
        while k >= 1, i - k <= 2, context.has(k, .nameParticle), !context.tokens[k].isCapitalized { k -= 1 }
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k -= 1 }
        // The Portuguese "R." (rua) before the name: "R. Vergueiro, 3185"; ``nameFirst(_:_:)`` asks a town after it.
        if k >= 0, k < i - 1, isRua(context, k), !context.tokens[i].startsLine { return k }
        // The Spanish "C/" (calle) before the name: "C/ Ruzafa 27".
        if context.isSymbol(k, 0x2F), context.tokens[k].isAttached, k >= 1, context.tokens[k - 1].length == 1,
            context.bytes[context.tokens[k - 1].start] | 0x20 == 0x63, !context.tokens[i].startsLine
        {
            return k - 1
        }
        guard k >= 0, !context.tokens[i].startsLine, context.tokens[k].isWord, isStreetWord(context, k, .streetBefore)
        else { return i }
        return k
    }

    /// Whether token `k` is a capital R alone with a period after it, the Portuguese "R." (rua), not the last of
    /// initials ("H.R.").
    private static func isRua(_ context: ScanContext, _ k: Int) -> Bool {
        context.tokens[k].isWord && context.tokens[k].length == 1 && context.bytes[context.tokens[k].start] == 0x52
            && context.isSymbol(k + 1, 0x2E) && context.tokens[k + 1].isAttached && !context.tokens[k].isAttached
    }

    /// "18 rue des Lilas", "17 Kingsway": a house number, then a street word and the name; with a comma after
    /// the number ("27, rue de Hollerich") only when a postcode and town follow. The French "bis" or "ter" of a
    /// second or third house under one number may follow it ("27 bis, rue des Lilas").
    private static func numberFirst(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let repeated = marksRepeatedHouse(context, i + 1) ? 1 : 0
        let comma = context.isSymbol(i + 1 + repeated, 0x2C)
        let word = (comma ? i + 2 : i + 1) + repeated
        guard context.isNumber(i, digits: 1...5), context.startsCleanly(i), !context.isSymbol(i - 1, 0x24),
            !context.isSymbol(i - 1, 0x23), word + 1 < context.tokens.count, context.tokens[word].isWord,
            !context.tokens[word].isAttached, !context.tokens[word].startsLine
        else { return nil }
        var last = word
        let nameFollows = context.tokens[word + 1].isCapitalized || context.has(word + 1, .nameParticle)
            || context.isSymbol(word + 1, 0x2E) && word + 2 < context.tokens.count
                && context.tokens[word + 2].isCapitalized
            || elidedNameEnd(context, word + 1) != nil
        if nameFollows, isStreetWord(context, last, .streetBefore) {
            if context.isSymbol(last + 1, 0x2E) { last += 1 }
            var k = last + 1
            while k < context.tokens.count, k - last <= 4, !context.tokens[k].startsLine {
                if let end = elidedNameEnd(context, k) {
                    (last, k) = (end, end + 1)
                    continue
                }
                guard context.tokens[k].isWord, context.tokens[k].isCapitalized || context.has(k, .nameParticle)
                else { break }
                if context.tokens[k].isCapitalized { last = k }
                k += 1
            }
            guard last > word + 1 || (last == word + 1 && !context.isSymbol(last, 0x2E)) else { return nil }
        } else if !(context.tokens[last].isCapitalized && hasStreetEnding(context, last)) {
            return comma ? nil : numberedStreet(context, i, word)
        }
        let end = tail(context, after: last)
        return !comma || end.hasCity ? (i, end) : nil
    }

    /// The last token of a name opened by an elided French or Italian article at `k`, as streets are named ("rue de
    /// l'Église", "place d'Italie", "via dell'Orso"): one word ("d'Italie"), or the article, its apostrophe and the
    /// word apart where the name opens with a letter beyond ASCII ("l'Île"); nil for anything else.
    private static func elidedNameEnd(_ context: ScanContext, _ k: Int) -> Int? {
        guard k < context.tokens.count, context.tokens[k].isWord, !context.tokens[k].isCapitalized else { return nil }
        let token = context.tokens[k]
        if token.length <= 4, k + 2 < context.tokens.count, context.tokens[k + 1].isAttached,
            context.tokens[k + 2].isAttached, context.tokens[k + 2].isWord, context.tokens[k + 2].isCapitalized,
            Elision.isArticle(token), Elision.isApostrophe(context.bytes, context.tokens[k + 1])
        {
            return k + 2
        }
        guard let rest = Elision.restStart(context.bytes, token), ByteClass.isASCIIUpper(context.bytes[rest]) else {
            return nil
        }
        return k
    }

    /// "1203 Sk. No:8", "1203 Sokak No: 8": a street numbered rather than named, as İzmir numbers them, with its
    /// street word after the number and the house after its own word.
    private static func numberedStreet(_ context: ScanContext, _ i: Int, _ word: Int) -> (first: Int, end: End)? {
        let next = context.isSymbol(word + 1, 0x2E) && context.tokens[word + 1].isAttached ? word + 2 : word + 1
        guard context.has(next, .houseNumberWord), !context.tokens[next].startsLine,
            isStreetWord(context, word, .streetAfter), let house = houseNumber(context, at: next)
        else { return nil }
        // The neighbourhood before it on its line: "Cumhuriyet Mah. 1203 Sk.", "Kazım Dirik Mahallesi 1203 Sokak".
        let place = context.isSymbol(i - 1, 0x2E) && context.tokens[i - 1].isAttached ? i - 2 : i - 1
        var first = i
        if place >= 1, !context.tokens[i].startsLine, neighbourhoodWords[hash: context.tokens[place].hash] != nil {
            var k = place - 1
            while k >= 0, place - k <= 3, context.tokens[k].isWord, context.tokens[k].isCapitalized,
                !context.tokens[k + 1].startsLine
            {
                first = k
                k -= 1
            }
        }
        return (first, tail(context, after: house))
    }

    /// Turkish words for a neighbourhood: "Mah." and "Mahallesi".
    private static let neighbourhoodWords = KeywordTable([("mah", ()), ("mahallesi", ())])

    /// Whether token `k` is the "bis" or "ter" of a second or third house under one number, in lower case.
    @inline(__always)
    static func marksRepeatedHouse(_ context: ScanContext, _ k: Int) -> Bool {
        // Most tokens after a number are told apart by their length and case, before any hash is compared.
        guard k >= 0, k < context.tokens.count, context.tokens[k].length == 3, context.tokens[k].isWord,
            !context.tokens[k].isCapitalized
        else { return false }
        return context.tokens[k].hash == bisHash || context.tokens[k].hash == terHash
    }

    private static let bisHash = WordHash.of(word: "bis".utf8[...])
    private static let terHash = WordHash.of(word: "ter".utf8[...])

    /// "p.o. box 118", "PO Box 9" read back from the box number.
    private static func postOfficeBoxNumber(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        guard i >= 2, isBox(context, i - 1), context.isNumber(i, digits: 1...6) else { return nil }
        let before = i - 2
        let last = boxNumberEnd(context, i)
        if isWord(context, before, 2, Self.poHash) { return (before, tail(context, after: last)) }
        guard before >= 3, context.isSymbol(before, 0x2E), isWord(context, before - 1, 1, Self.oHash),
            context.isSymbol(before - 2, 0x2E), isWord(context, before - 3, 1, Self.pHash)
        else { return nil }
        return (before - 3, tail(context, after: last))
    }

    /// "Postfach 12 34, 80331 München", "Apartado 1234", "S.L.P. 31478, Dar es Salaam", "BP 4127 Douala": a
    /// post-office box in another language, read back from its number, with the postcode and town or the known
    /// town after it; the French "BP" (a blood pressure too) only before a town.
    private static func foreignBox(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        guard i >= 1, context.isNumber(i, digits: 1...6), !context.tokens[i].isAttached else { return nil }
        let tokens = context.tokens
        var first = i - 1
        var needsTown = false
        // Every box word is capitalized: most numbers after a word stop here, before any lookup.
        if tokens[first].isWord {
            guard tokens[first].isCapitalized, tokens[first].length >= 2 else { return nil }
            if isWord(context, first, 2, Self.bpHash) {
                needsTown = true
            } else if boxWords[hash: tokens[first].hash] == nil {
                guard boxSecondWords[hash: tokens[first].hash] != nil, first >= 1, tokens[first - 1].isWord,
                    boxFirstWords[hash: tokens[first - 1].hash] != nil
                else { return nil }
                first -= 1
            }
        } else if context.isSymbol(first, 0x2E), first >= 1, tokens[first - 1].isCapitalized {
            // Letters each with its period: "B.P.", "S.L.P.", "P.K.".
            var letters: UInt64 = 0
            var shift: UInt64 = 0
            var k = first
            while k >= 1, shift < 32, context.isSymbol(k, 0x2E), tokens[k - 1].isWord, tokens[k - 1].length == 1 {
                letters |= UInt64(context.bytes[tokens[k - 1].start] | 0x20) << shift
                shift += 8
                k -= 2
            }
            guard letters == Self.dottedBP || letters == Self.dottedSLP || letters == Self.dottedPK else { return nil }
            needsTown = letters == Self.dottedBP
            first = k + 1
        } else {
            return nil
        }
        guard tokens[first].isCapitalized || !needsTown else { return nil }
        // German boxes are written in pairs of digits ("12 34").
        let last = context.isNumber(i + 1, digits: 2...2) && tokens[i].length == 2 ? i + 1 : i
        guard context.endsCleanly(last) else { return nil }
        if let end = boxTail(context, after: last) { return (first, end) }
        return needsTown ? nil : (first, End(token: last, hasCity: false))
    }

    /// The end of a post-office box's address after its number `last`: a postcode and town, known towns after
    /// commas ("P.O. Box 70213, Dar es Salaam, Tanzania"), or a known town right after it ("BP 4127 Douala"); with
    /// a country after them. Nil when no town follows.
    static func boxTail(_ context: ScanContext, after last: Int) -> End? {
        let end = tail(context, after: last)
        if end.hasCity { return end }
        // Known towns after commas lengthen it; a neighbourhood or a cross street alone does not make a town.
        if end.token > last,
            (last + 1...end.token).contains(where: {
                context.tokens[$0].isCapitalized
                    && PhraseMatcher.longest(context, at: $0, in: context.vocabulary.towns) != nil
            })
        {
            return End(token: end.token, hasCity: true)
        }
        let townStart = context.isSymbol(last + 1, 0x2C) ? last + 2 : last + 1
        guard townStart < context.tokens.count, context.tokens[townStart].isCapitalized,
            !context.tokens[townStart].startsLine,
            let town = PhraseMatcher.longest(context, at: townStart, in: context.vocabulary.towns)
        else { return nil }
        return End(token: countryEnd(context, after: town), hasCity: true)
    }

    /// Words for a post-office box: German, Dutch, the Nordic languages, Spanish and Chilean.
    private static let boxWords = KeywordTable(
        ["postfach", "postbus", "postboks", "postbox", "apartado", "apdo", "casilla"].map { ($0, ()) })

    /// Boxes of two words: Portuguese "Caixa Postal", Polish "Skrytka pocztowa", Turkish "Posta Kutusu".
    private static let boxFirstWords = KeywordTable(["caixa", "skrytka", "posta"].map { ($0, ()) })
    private static let boxSecondWords = KeywordTable(["postal", "pocztowa", "kutusu"].map { ($0, ()) })

    static let bpHash = WordHash.of(word: "bp".utf8[...])

    /// Boxes written as letters with periods, read back to front: French "B.P.", Swahili "S.L.P." (sanduku la
    /// posta), Turkish "P.K." (posta kutusu).
    private static let dottedBP: UInt64 = 0x6270
    private static let dottedSLP: UInt64 = 0x736C70
    private static let dottedPK: UInt64 = 0x706B

    /// Whether word `k`, lower-cased and with accents folded, is in the street-word list `list`.
    private static func isStreetWord(_ context: ScanContext, _ k: Int, _ list: WordClasses) -> Bool {
        k >= 0 && k < context.tokens.count && context.tokens[k].isWord
            && context.vocabulary.words.classes(of: context.tokens[k].hash).contains(list)
    }

    /// Whether word `k` ends in a street ending with at least four letters before it ("Hauptstraße"), or
    /// three before an ending of six letters or more.
    static func hasStreetEnding(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length >= 7 else { return false }
        let lastByte = context.bytes[token.end - 1]
        let lowered = ByteClass.isASCIIUpper(lastByte) ? lastByte | 0x20 : lastByte
        let endings = context.vocabulary.streetEndings[Int(lowered)]
        // Three letters are enough before a long ending ("Seestrasse").
        for ending in endings where token.length - ending.count >= (ending.count >= 6 ? 3 : 4) {
            var matches = true
            var at = token.end - ending.count
            for b in ending {
                let c = context.bytes[at]
                if (ByteClass.isASCIIUpper(c) ? c | 0x20 : c) != b {
                    matches = false
                    break
                }
                at += 1
            }
            // A given name ending as streets do ("Natalia", "-lia") names a person.
            if matches { return !context.vocabulary.words.classes(of: token.hash).contains(.given) }
        }
        return false
    }

    /// Whether up to three capitalized words after number `k`, on its line, end with a street's type ("88 Elm Road"),
    /// or a street word opens a name after it ("4580 rue Saint-Denis").
    private static func opensStreet(_ context: ScanContext, after k: Int) -> Bool {
        if k + 2 < context.tokens.count, !context.tokens[k + 1].startsLine, isStreetWord(context, k + 1, .streetBefore),
            context.tokens[k + 2].isCapitalized || context.has(k + 2, .nameParticle)
        {
            return true
        }
        var j = k + 1
        while j < context.tokens.count, j - k <= 3, context.tokens[j].isWord, context.tokens[j].isCapitalized,
            !context.tokens[j].startsLine
        {
            if j > k + 1, context.has(j, [.streetSuffix, .streetType]) { return true }
            j += 1
        }
        return false
    }

    /// The last token of a house number at `k` ("112", "14/3", "12b", "No: 155", ", 45"), if one is there.
    @inline(__always)
    private static func houseNumber(_ context: ScanContext, at start: Int) -> Int? {
        var k = start
        if context.isSymbol(k, 0x2C) { k += 1 }
        if context.has(k, .houseNumberWord), context.tokens[k].isWord {
            k += 1
            if context.isSymbol(k, 0x3A) || context.isSymbol(k, 0x2E) { k += 1 }
            if context.isOrdinalSign(k) { k += 1 }  // "n.º 118", "n° 12"
        }
        // "Calle Padre Billini #58": a number sign glued to the number.
        if context.isSymbol(k, 0x23), k + 1 < context.tokens.count, context.tokens[k + 1].isAttached { k += 1 }
        guard k < context.tokens.count, !context.tokens[k].startsLine, context.isNumber(k, digits: 1...5),
            !context.isNumber(k + 1, digits: 1...9) || context.tokens[k + 1].startsLine
        else { return nil }
        // "Maple Medical Centre, 88 Elm Road": after a comma, a number before a street of its own opens that street.
        if context.isSymbol(start, 0x2C), opensStreet(context, after: k) { return nil }
        if k + 1 < context.tokens.count, context.tokens[k + 1].isAttached {
            // "leaves Main Gate 7am": a clock time, no house.
            if context.isMeridiem(k + 1), context.value(k) <= 12 {
                return nil
            }
            if context.tokens[k + 1].isWord, context.tokens[k + 1].length <= 2 { return k + 1 }
            if context.isSymbol(k + 1, 0x2F) || context.isSymbol(k + 1, 0x2D),
                context.isNumber(k + 2, digits: 1...4, attached: true)
            {
                // "14/06/2024" is a date, not a house and its flat; "112/3/14" and "88/3/12" (house, stair, door)
                // are none, and keep their door.
                let separator = context.bytes[context.tokens[k + 1].start]
                let third = context.isSymbol(k + 3, separator) && context.isNumber(k + 4, digits: 1...4, attached: true)
                let date = third && context.tokens[k + 4].length >= 2 && context.tokens[k].length != 3
                    && (context.tokens[k].length > 2 || context.value(k) <= 31)
                if date { return nil }
                return third && context.tokens[k + 3].isAttached ? k + 4 : k + 2
            }
        }
        return context.endsCleanly(k) ? k : nil
    }
}
