/// What follows a street in an international address: units, the postcode, the town and the country.
extension AddressDetector {
    /// The end of the address whose street and house end at token `house`: through a Turkish flat and floor
    /// ("D:7"), short unit parts ("B 7", ", 3º B", ", 2. th."), a postcode, its town and a country, over up to two
    /// line breaks; without a postcode, through the known towns that follow on its line after commas ("Av. Pajaritos
    /// 1234, Maipú, Santiago", with `hasCity` false); the street alone when neither follows.
    static func tail(_ context: ScanContext, after house: Int) -> End {
        let flat = flatAndFloorEnd(context, after: house)
        let last = crossStreetEnd(context, after: flat) ?? flat
        var k = last + 1
        var lines = 0
        var skipped = 0
        var placeLines = 0
        // Up to a dozen tokens of units: ", scala B, piano 2, interno 5, 00184 Roma".
        while k < context.tokens.count, skipped < 12 {
            if context.tokens[k].startsLine {
                lines += 1
                if lines > 2 + placeLines { break }
            }
            if !isFlatNumber(context, k), let code = postcodeEnd(context, at: k) {
                let town = townEnd(context, after: code)
                guard town > code || context.isSymbol(k - 1, 0x2C) else { break }
                let country = countryEnd(context, after: town)
                let townStart = context.isSymbol(code + 1, 0x2C) ? code + 2 : code + 1
                let known =
                    town > code && PhraseMatcher.longest(context, at: townStart, in: context.vocabulary.towns) != nil
                return End(
                    token: country, hasCity: true, namesCountry: country > town, knownTown: known,
                    shapedPostcode: code > k)
            }
            if let (start, code) = postcodeAfterTown(context, at: k) {
                // A town may follow on the line where a district came before: "Col. Roma, 06700 Ciudad de México".
                let town = sameLineWord(context, after: code) ? townEnd(context, after: code) : code
                return End(token: countryEnd(context, after: town), hasCity: true, shapedPostcode: code > start)
            }
            // A line of its own naming a locality or a county before the town and postcode, as British letters write
            // them: "42 Acacia Avenue⏎Headingley⏎Leeds⏎LS6 2AB".
            if context.tokens[k].startsLine, placeLines < 2, let end = placeLineEnd(context, k) {
                placeLines += 1
                k = end + 1
                continue
            }
            guard isUnitPart(context, k) else { break }
            skipped += 1
            k += 1
        }
        // Towns without a postcode lengthen an address but are not enough to make one ("UMF No. 48, Guadalajara"),
        // with the flat read before them ("Calle 63 # 9-45, apto 502, Chapinero, Bogotá").
        // The town's words may be short enough to pass for a unit's ("apt 3, Tel Aviv", "piso 4, La Paz, Bolivia"):
        // the towns are read from the last comma among the units that one follows.
        var towns = knownTownsEnd(context, after: last)
        if towns == last, k > last + 2 {
            for comma in (last + 2..<k).reversed() where context.isSymbol(comma, 0x2C) {
                let units = knownTownsEnd(context, after: comma - 1)
                if units > comma - 1 {
                    towns = units
                    break
                }
            }
        }
        guard towns > last else { return End(token: unitsEnd(context, after: last), hasCity: false) }
        // A state and a postcode after the towns: "…, Bairro Jardim América, Belo Horizonte – MG, CEP 30421-110";
        // or the postcode, and the town after it: "…, bairro Tristeza, CEP 91910-251, Porto Alegre/RS".
        if let (_, code) = postcodeAfterPlace(context, at: towns + 1, townOfOneWord: nil) {
            let town = sameLineWord(context, after: code) ? townEnd(context, after: code) : code
            return End(token: countryEnd(context, after: town), hasCity: true, knownTown: true)
        }
        return End(token: countryEnd(context, after: towns), hasCity: false)
    }

    /// The last of up to three places that follow token `last` on its line, each after a comma: known towns
    /// (GeoNames) and neighbourhoods named after their word ("…, Maipú, Santiago", "…, Col. Juárez, Cuauhtémoc"),
    /// the longer where a place is both ("Colonia Crédito Constructor", not the town of Colonia); `last` when none
    /// does.
    private static func knownTownsEnd(_ context: ScanContext, after last: Int) -> Int {
        var end = last
        var towns = 0
        // The first place may follow a dash instead, as Brazil writes the neighbourhood: "Av. Brasil, 1500 - Centro, …".
        while towns < 3, context.isSymbol(end + 1, 0x2C) || towns == 0 && isDash(context, end + 1),
            end + 2 < context.tokens.count, !context.tokens[end + 2].startsLine,
            // A neighbourhood's word may be written in lower case: "…, barrio Teusaquillo, Bogotá".
            context.tokens[end + 2].isCapitalized || colonyWords[hash: context.tokens[end + 2].hash] != nil,
            case let town = max(
                PhraseMatcher.longest(context, at: end + 2, in: context.vocabulary.towns) ?? -1,
                neighbourhoodEnd(context, at: end + 2) ?? unknownAreaBeforeTown(context, at: end + 2) ?? -1),
            town >= 0
        {
            end = townAfterParticle(context, after: town) ?? town
            towns += 1
        }
        // The state a town names, as Nigeria's and Sudan's are named: "…, Ikeja, Lagos State".
        if towns > 0, end + 1 < context.tokens.count, context.tokens[end + 1].hash == stateHash,
            context.tokens[end + 1].isCapitalized, !context.tokens[end + 1].startsLine
        {
            return end + 1
        }
        // The number of the city's district after it, ending the address's line or before a comma or a period:
        // "…, Colombo 07"; not "…, Dublin 2 people".
        if towns > 0, context.isNumber(end + 1, digits: 1...2), !context.tokens[end + 1].startsLine,
            !context.tokens[end + 1].isAttached, context.endsCleanly(end + 1),
            end + 2 >= context.tokens.count || context.tokens[end + 2].startsLine || context.isSymbol(end + 2, 0x2C)
                || context.isSymbol(end + 2, 0x2E)
        {
            return end + 1
        }
        return end
    }

    /// The known town after a district no list holds at `k`, one to three capitalized words and a comma: "…,
    /// Chapinero, Bogotá", "…, Victoria Island, Lagos", "…, Garden City, Cairo".
    private static func unknownAreaBeforeTown(_ context: ScanContext, at k: Int) -> Int? {
        var j = k
        while j - k < 3, j < context.tokens.count, context.tokens[j].isWord, context.tokens[j].isCapitalized,
            j == k || !context.tokens[j].startsLine, !context.tokens[j].flags.contains(.hasDigit),
            context.tokens[j].lexicon.isDisjoint(with: [.identifierLabel, .phoneWord, .month, .weekday])
        {
            j += 1
        }
        // After a comma, or a slash joining the district to its city, glued or set apart alike ("Beşiktaş/İstanbul",
        // "Kadıköy / İstanbul").
        guard j > k, context.isSymbol(j, 0x2C) || context.isSymbol(j, 0x2F),
            j + 1 < context.tokens.count, !context.tokens[j + 1].startsLine, context.tokens[j + 1].isCapitalized
        else { return nil }
        return PhraseMatcher.longest(context, at: j + 1, in: context.vocabulary.towns)
    }

    /// "Cercado de Lima", "Santa Cruz de Tenerife": the town after a known place `place` and "de" or "del", a
    /// district or a town named after another; nil when none follows.
    private static func townAfterParticle(_ context: ScanContext, after place: Int) -> Int? {
        let particle = place + 1
        guard particle + 1 < context.tokens.count, context.tokens[particle].isWord,
            !context.tokens[particle].isCapitalized, !context.tokens[particle].startsLine,
            deWords.contains(context.tokens[particle].hash), context.tokens[particle + 1].isCapitalized
        else { return nil }
        return PhraseMatcher.longest(context, at: particle + 1, in: context.vocabulary.towns)
    }

    private static let deWords = ["de", "del"].map { WordHash.of(word: Substring($0).utf8) }

    /// The last token of a neighbourhood at `k` named after its word: "Col. Juárez" (a Mexican colonia), "Colonia
    /// Roma Norte", "Barrio Obrero", "Fracc. Las Palmas"; one to three capitalized words after the word.
    private static func neighbourhoodEnd(_ context: ScanContext, at k: Int) -> Int? {
        let hash = context.tokens[k].hash
        guard context.has(k, .placeOpener) || colonyWords[hash: hash] != nil || barangayWords[hash: hash] != nil
        else { return nil }
        return nameAfterWord(context, k)
    }

    private static let stateHash = WordHash.of(word: Substring("state").utf8)

    /// Mexico's words for a neighbourhood, which place-name lists leave out: "Col." (colonia) and "Fracc."
    /// (fraccionamiento), with the barrio of Spanish and the bairro of Portuguese; and for a borough or
    /// municipality, Mexico City's "Alcaldía" (once "Delegación") and Latin America's "Municipio" ("…, Alcaldía
    /// Benito Juárez, 03940 CDMX").
    private static let colonyWords = KeywordTable(
        ["col", "fracc", "fraccionamiento", "alcaldia", "delegacion", "municipio", "barrio", "bairro"].map {
            ($0, ())
        })

    /// The last token of a Turkish flat and floor written with their labels after the house number, on its line
    /// ("No:45 D:7", "No: 12 Kat: 3 Daire: 8", "No 5 D.2"); `house` when none follows. Only after a house numbered
    /// after its word ("No:45"), and the label's colon or period (or "Daire" and "Kat" written out) tells the flat
    /// from a letter of the house ("12 D").
    private static func flatAndFloorEnd(_ context: ScanContext, after house: Int) -> Int {
        let word = context.isSymbol(house - 1, 0x3A) || context.isSymbol(house - 1, 0x2E) ? house - 2 : house - 1
        guard word >= 0, context.has(word, .houseNumberWord) else { return house }
        var end = house
        while end + 2 < context.tokens.count, !context.tokens[end + 1].startsLine, context.tokens[end + 1].isWord,
            let long = flatAndFloorWords[hash: context.tokens[end + 1].hash]
        {
            let marked = context.isSymbol(end + 2, 0x3A) || context.isSymbol(end + 2, 0x2E)
            let number = marked ? end + 3 : end + 2
            guard marked || long, context.isNumber(number, digits: 1...3), !context.tokens[number].startsLine,
                context.endsCleanly(number)
            else { break }
            end = number
        }
        return end
    }

    /// The last token of the cross street's number and the metres from it, after the street's number `house`, as
    /// Colombia numbers a house: "Carrera 45 # 26-85", "Calle 72 #10-34", "Cra. 7 No. 45-10".
    private static func crossStreetEnd(_ context: ScanContext, after house: Int) -> Int? {
        var k = house + 1
        if context.isSymbol(k, 0x23) {
            k += 1
        } else if context.has(k, .houseNumberWord), context.tokens[k].isWord {
            k += context.isSymbol(k + 1, 0x2E) ? 2 : 1
        } else {
            return nil
        }
        guard k < context.tokens.count, !context.tokens[k].startsLine, context.isNumber(k, digits: 1...3),
            context.isSymbol(k + 1, 0x2D), context.tokens[k + 1].isAttached,
            context.isNumber(k + 2, digits: 1...3, attached: true), context.endsCleanly(k + 2)
        else { return nil }
        return k + 2
    }

    /// The last token of a line that starts at `k` and names a place only, before another line: one to three
    /// capitalized words of two letters or more, without digits, none a street's word or a label ("Headingley",
    /// "West Yorkshire"); nil for any other line.
    private static func placeLineEnd(_ context: ScanContext, _ k: Int) -> Int? {
        var j = k
        while j < context.tokens.count, j - k < 3, j == k || !context.tokens[j].startsLine {
            let token = context.tokens[j]
            guard token.isWord, token.isCapitalized, token.length >= 2, !token.flags.contains(.hasDigit),
                token.lexicon.isDisjoint(with: [.streetType, .identifierLabel, .phoneWord, .personLabel, .honorific])
            else { return nil }
            j += 1
        }
        guard j > k, j < context.tokens.count, context.tokens[j].startsLine else { return nil }
        return j - 1
    }

    /// The last token of up to two flats, floors or units after the house `last`, each after a comma, where no
    /// postcode or town follows ("Nizami küçəsi 45, mənzil 12", "Rua Augusta 190, apto. 51"); `last` when there is
    /// none.
    private static func unitsEnd(_ context: ScanContext, after last: Int) -> Int {
        var end = last
        var units = 0
        while units < 2, context.isSymbol(end + 1, 0x2C), end + 3 < context.tokens.count,
            !context.tokens[end + 2].startsLine, context.tokens[end + 2].isWord,
            context.tokens[end + 2].lexicon.contains(.unitWord)
        {
            var n = end + 3
            if context.isSymbol(n, 0x2E), context.tokens[n].isAttached { n += 1 }
            guard context.isNumber(n, digits: 1...4), !context.tokens[n].startsLine, context.endsCleanly(n) else {
                break
            }
            end = n
            units += 1
        }
        return end
    }

    /// Turkish "Daire" (flat, "D") and "Kat" (floor, "K"), each with whether it is written out.
    private static let flatAndFloorWords = KeywordTable([("daire", true), ("kat", true), ("d", false), ("k", false)])

    /// A short piece of a unit or floor: `,`, `.`, `º`, `#`, a number of up to three digits, a word of up to
    /// three letters, or a unit word ("Flat", "Apt").
    private static func isUnitPart(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        switch token.kind {
        case .number: return token.length <= 3 || token.length == 4 && isFlatNumber(context, k)
        case .word: return token.length <= 3 || token.lexicon.contains(.unitWord)
        case .symbol:
            let b = context.bytes[token.start]
            return b == 0x2C || b == 0x2E || b == 0x2F || b == 0x2D || b == 0xC2 || b == 0x23 || context.isLongDash(k)
        }
    }

    /// Whether token `k` is a number right after a flat's or unit's word, the flat's number ("lgh 1102", four digits
    /// long as Swedish flats are) and no postcode.
    private static func isFlatNumber(_ context: ScanContext, _ k: Int) -> Bool {
        context.tokens[k].isNumber && context.has(k - 1, .unitWord)
    }

    /// Whether token `k` is Azerbaijan's postcode, its country's letters glued to four digits ("AZ1000").
    private static func isAzerbaijaniPostcode(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length == 6, context.bytes[token.start] == 0x41,
            context.bytes[token.start + 1] == 0x5A
        else { return false }
        return (token.start + 2..<token.end).allSatisfy { ByteClass.isDigit(context.bytes[$0]) }
            && context.endsCleanly(k)
    }

    /// The last token of a postcode at `k` in one of the shapes countries use: `10827`, `2200`, `80-827`,
    /// `602 00`, `1100-053`, `01310-200`, `1016 DV`, `WC2B 6UN`, and with the country's letters before it
    /// (`L-1741`, `LT-44250`, `CH-8001`, `AZ1000`).
    static func postcodeEnd(_ context: ScanContext, at k: Int) -> Int? {
        guard k < context.tokens.count else { return nil }
        let token = context.tokens[k]
        if token.isWord, token.length <= 2, context.isSymbol(k + 1, 0x2D), context.tokens[k + 1].isAttached,
            context.isNumber(k + 2, digits: 4...5, attached: true), context.endsCleanly(k + 2),
            (token.start..<token.end).allSatisfy({ ByteClass.isASCIIUpper(context.bytes[$0]) })
        {
            return k + 2
        }
        if token.isWord, token.flags.contains(.hasDigit), token.flags.contains(.allCaps) || token.length <= 4,
            token.length >= 2, token.length <= 4, context.isNumber(k + 1, digits: 1...1),
            context.tokens[k + 2 < context.tokens.count ? k + 2 : k].isAttached, k + 2 < context.tokens.count,
            context.tokens[k + 2].isWord, context.tokens[k + 2].length == 2,
            context.tokens[k + 2].flags.contains(.allCaps)
        {
            return k + 2  // a British postcode: outward code, then digit and two letters
        }
        if let end = canadianPostcodeEnd(context, at: k) ?? eircodeEnd(context, at: k) { return end }
        if isAzerbaijaniPostcode(context, k) { return k }
        if isArgentinePostcode(context, k) { return k }
        guard token.isNumber, context.startsCleanly(k) else { return nil }
        let length = token.length
        if context.isSymbol(k + 1, 0x2D), context.tokens[k + 1].isAttached,
            context.isNumber(k + 2, digits: 3...4, attached: true), [2, 4, 5].contains(length)
        {
            return context.endsCleanly(k + 2) ? k + 2 : nil
        }
        if length == 3, context.isNumber(k + 1, digits: 2...2), !context.tokens[k + 1].startsLine {
            return k + 1
        }
        // Three digits before a known town, as Iceland and the Faroes write them: "101 Reykjavík".
        if length == 3, k + 1 < context.tokens.count, context.tokens[k + 1].isCapitalized,
            !context.tokens[k + 1].startsLine,
            PhraseMatcher.longest(context, at: k + 1, in: context.vocabulary.towns) != nil
        {
            return k
        }
        if length == 4, k + 1 < context.tokens.count, context.tokens[k + 1].flags.contains(.allCaps),
            context.tokens[k + 1].length == 2, !context.tokens[k + 1].startsLine
        {
            return k + 1
        }
        return (4...6).contains(length) && context.endsCleanly(k) ? k : nil
    }

    /// Whether token `k` is an Argentine postcode (CPA): the province's letter, four digits and three letters
    /// ("C1043AAZ", "B1900TAB").
    private static func isArgentinePostcode(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length == 8, token.flags.contains(.allCaps), context.endsCleanly(k) else {
            return false
        }
        let bytes = context.bytes
        let start = token.start
        return ByteClass.isASCIIUpper(bytes[start]) && (1...4).allSatisfy { ByteClass.isDigit(bytes[start + $0]) }
            && (5...7).allSatisfy { ByteClass.isASCIIUpper(bytes[start + $0]) }
    }

    /// An Irish Eircode at `k` ("H91 E2K3", "D6W XR75", "A65 F4E2"): a routing key of a letter and two digits (or
    /// "D6W"), then four letters and digits, all from the letters Eircodes use, which leave out those that read like
    /// digits or words (B, G, I, J, L, M, O, Q, S, U, Z).
    private static func eircodeEnd(_ context: ScanContext, at k: Int) -> Int? {
        guard k + 1 < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length == 3,
            context.tokens[k].flags.contains(.hasDigit), !context.tokens[k + 1].isAttached,
            !context.tokens[k + 1].startsLine, context.tokens[k + 1].length == 4,
            context.tokens[k + 1].kind != .symbol, context.endsCleanly(k + 1)
        else { return nil }
        let b = context.bytes
        let key = context.tokens[k].start
        let routing = isEircodeLetter(b[key]) && ByteClass.isDigit(b[key + 1])
            && (ByteClass.isDigit(b[key + 2]) || b[key] == 0x44 && b[key + 1] == 0x36 && b[key + 2] == 0x57)
        let unique = context.tokens[k + 1].start
        return routing && (unique..<unique + 4).allSatisfy({ ByteClass.isDigit(b[$0]) || isEircodeLetter(b[$0]) })
            ? k + 1 : nil
    }

    /// A capital that Eircodes use: A, C, D, E, F, H, K, N, P, R, T, V, W, X, Y.
    private static func isEircodeLetter(_ b: UInt8) -> Bool {
        b &- 0x41 < 26 && (1 << (b &- 0x41)) & 0x1EA_A4BD != 0
    }

    /// A Canadian postcode at `k` ("H2G 1M8": letter, digit, letter, then digit, letter, digit), read as the
    /// tokenizer splits it (`H2G`, `1`, `M8`).
    private static func canadianPostcodeEnd(_ context: ScanContext, at k: Int) -> Int? {
        guard k + 2 < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length == 3,
            context.isNumber(k + 1, digits: 1...1), !context.tokens[k + 1].isAttached,
            context.tokens[k + 2].isWord, context.tokens[k + 2].isAttached, context.tokens[k + 2].length == 2,
            context.endsCleanly(k + 2)
        else { return nil }
        let first = context.tokens[k].start
        let last = context.tokens[k + 2].start
        let b = context.bytes
        guard ByteClass.isASCIIUpper(b[first]), ByteClass.isDigit(b[first + 1]), ByteClass.isASCIIUpper(b[first + 2]),
            ByteClass.isASCIIUpper(b[last]), ByteClass.isDigit(b[last + 1])
        else { return nil }
        return k + 2
    }

    /// "London WC2B 6UN", "Madrid, 28013", "Rosebank, Johannesburg, 2196", "Montréal (Québec) H2G 1M8", "Dublin 9,
    /// D09 F6X2", "Bela Vista, São Paulo - SP, 01310-200": up to four capitalized words of a district and a town,
    /// commas between them, a province in brackets, a state's letters or the town's district number, then a
    /// postcode; returns the postcode's first and last token.
    static func postcodeAfterTown(_ context: ScanContext, at start: Int) -> (start: Int, end: Int)? {
        var k = start
        var words = 0
        // A town's name has two letters or more ("4.º B, 46004": B is a flat's letter), ends before a postcode with
        // the country's letters ("Rīga, LV-1001"), and has no road's word ("Ballymun Road, Dublin 9" is a street).
        while words < 4, k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].isCapitalized,
            !context.tokens[k].flags.contains(.hasDigit), k == start || !context.tokens[k].startsLine,
            context.tokens[k].length >= 2, words == 0 || postcodeEnd(context, at: k) == nil,
            !context.has(k, .streetType)
        {
            words += 1
            k += 1
            // The period of a short word that opens a place: "Co. Cork", "St. Albans".
            if context.isSymbol(k, 0x2E), context.tokens[k].isAttached, context.has(k - 1, .placeOpener),
                k + 1 < context.tokens.count, context.tokens[k + 1].isCapitalized, !context.tokens[k + 1].startsLine
            {
                k += 1
                continue
            }
            if words < 4, context.isSymbol(k, 0x2C), k + 1 < context.tokens.count, context.tokens[k + 1].isWord,
                context.tokens[k + 1].isCapitalized
            {
                k += 1
            }
        }
        guard words > 0 else { return nil }
        return postcodeAfterPlace(context, at: k, townOfOneWord: words == 1 ? start : nil)
    }

    /// The postcode after a place's name that ends before token `k`: a province in brackets, a state's letters
    /// after a dash or a slash or the town's district number may come first, then a comma or a dash, and a
    /// postcode's label ("CEP", "C.P.", "PLZ", "PIN", "Zip code"); returns the postcode's first and last token.
    /// `townOfOneWord` is the place's one word, if it has one.
    private static func postcodeAfterPlace(_ context: ScanContext, at start: Int, townOfOneWord: Int?)
        -> (start: Int, end: Int)?
    {
        var k = start
        if context.isSymbol(k, 0x28), k + 2 < context.tokens.count, context.tokens[k + 1].isWord,
            context.tokens[k + 1].isCapitalized, context.isSymbol(k + 2, 0x29)
        {
            k += 3  // "(Québec)"
        }
        // A Brazilian state's letters after a dash or a slash: "São Paulo - SP, 01234-567", "Curitiba/PR 80010-000".
        if isDash(context, k) || context.isSymbol(k, 0x2F), k + 1 < context.tokens.count,
            context.tokens[k + 1].isWord, context.tokens[k + 1].length == 2,
            context.tokens[k + 1].flags.contains(.allCaps), !context.tokens[k + 1].startsLine
        {
            k += 2
        }
        // The number of the town's district before a comma: "Dublin 9, D09 F6X2"; not a day after its month.
        if context.isNumber(k, digits: 1...2), !context.tokens[k].startsLine, context.isSymbol(k + 1, 0x2C),
            !context.has(k - 1, .month)
        {
            k += 1
        }
        if context.isSymbol(k, 0x2C) || isDash(context, k) {
            k += 1
        } else if context.isNumber(k, digits: 7...7), !context.tokens[k].startsLine, context.endsCleanly(k),
            townOfOneWord.map({ !context.has($0, [.phoneWord, .identifierLabel]) }) ?? true
        {
            // Israel's seven digits right after the town: "Haifa 3303118", "Tel Aviv-Yafo 6433206"; not a phone after
            // its word ("Tel 5551234").
            return (k, k)
        }
        let code = postcodeLabelEnd(context, at: k).map { $0 + 1 } ?? k
        return postcodeEnd(context, at: code).map { (k, $0) }
    }

    /// The last token of a postcode's label at `k` on its line, with its colon: "CEP:", "C.P.", "PLZ", "PIN",
    /// "Pincode", "Zip code", "Postal code", "Código postal"; nil when there is none.
    private static func postcodeLabelEnd(_ context: ScanContext, at k: Int) -> Int? {
        guard k + 1 < context.tokens.count, context.tokens[k].isWord, !context.tokens[k].startsLine,
            let label = postcodeLabels[hash: context.tokens[k].hash]
        else { return nil }
        var last = k
        switch label {
        case .whole:
            if context.tokens[k + 1].hash == codeHash { last += 1 }
        case .beforeCode:
            guard context.tokens[k + 1].hash == codeHash || context.tokens[k + 1].hash == postalHash else { return nil }
            last += 1
        case .mexican:
            // "C.P.": the letters apart by periods.
            guard k + 3 < context.tokens.count, context.isSymbol(k + 1, 0x2E), context.tokens[k + 2].hash == pHash,
                context.isSymbol(k + 3, 0x2E)
            else { return nil }
            last += 3
        }
        if context.isSymbol(last + 1, 0x3A) { last += 1 }
        return last + 1 < context.tokens.count && !context.tokens[last + 1].startsLine ? last : nil
    }

    private enum PostcodeLabel {
        /// A label alone or before "code": "CEP", "PLZ", "Zip code".
        case whole
        /// A word that is a label only before "code" or "postal": "Postal code", "Código postal".
        case beforeCode
        /// The "C" of Mexico's "C.P.".
        case mexican
    }

    private static let postcodeLabels = KeywordTable<PostcodeLabel>([
        ("cep", .whole), ("cp", .whole), ("plz", .whole), ("pin", .whole), ("pincode", .whole), ("zip", .whole),
        ("zipcode", .whole), ("postcode", .whole), ("postal", .beforeCode), ("post", .beforeCode),
        ("codigo", .beforeCode), ("c", .mexican),
    ])

    private static let codeHash = WordHash.of(word: Substring("code").utf8)
    private static let postalHash = WordHash.of(word: Substring("postal").utf8)

    /// Whether a word follows token `k` on its line, after a comma or not, that may open a town: not a short word
    /// in capitals ("HP", a phone's label).
    private static func sameLineWord(_ context: ScanContext, after k: Int) -> Bool {
        let next = context.isSymbol(k + 1, 0x2C) ? k + 2 : k + 1
        guard next < context.tokens.count, context.tokens[next].isWord, !context.tokens[next].startsLine else {
            return false
        }
        return !(context.tokens[next].flags.contains(.allCaps) && context.tokens[next].length <= 3)
    }

    /// The last token of one to three capitalized words of a town after token `code` ("København N", "Praha 3"),
    /// with the particles inside its name ("Ciudad de México", "Rio de Janeiro"); not a label or a form's next
    /// column after it.
    static func townEnd(_ context: ScanContext, after code: Int) -> Int {
        var k = code + 1
        if context.isSymbol(k, 0x2C) { k += 1 }
        let first = k
        var last = code
        var words = 0
        while words < 3, k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].isCapitalized,
            !context.tokens[k].startsLine || words == 0,
            !context.has(k, [.phoneWord, .identifierLabel, .weekday, .month]),
            // A form's next column or field ends the town: "35220 Alsancak/İzmir   Cep: 0532 …"; after a comma, a
            // label opens the next field at once ("Menlo Park, 0102, Diagnoser: …").
            words == 0 ? k == code + 1 || !context.isSymbol(k + 1, 0x3A)
                : !context.isSymbol(k + 1, 0x3A) && !context.followsColumnGap(k)
        {
            last = k
            words += 1
            k += 1
            // "Kadıköy/İstanbul": a district and its city joined by a slash.
            if context.isSymbol(k, 0x2D) || context.isSymbol(k, 0x2F), context.tokens[k].isAttached,
                k + 1 < context.tokens.count, context.tokens[k + 1].isAttached
            {
                k += 1
            }
            if context.has(k, .nameParticle), !context.tokens[k].isCapitalized, !context.tokens[k].startsLine,
                k + 1 < context.tokens.count, context.tokens[k + 1].isCapitalized, !context.tokens[k + 1].startsLine
            {
                k += 1
            }
        }
        // A known town whose name has a word in lower case: "Frankfurt am Main", "Stratford-upon-Avon".
        if last > code, let known = PhraseMatcher.longest(context, at: first, in: context.vocabulary.towns),
            known > last
        {
            last = known
        }
        // The number of a city's district after it: "Praha 3", "Dublin 2".
        if last > code, context.isNumber(last + 1, digits: 1...2), !context.tokens[last + 1].startsLine,
            !context.tokens[last + 1].isAttached, context.endsCleanly(last + 1)
        {
            return last + 1
        }
        return last
    }

    /// The country after the town, on the same line after a comma or on the next line, if one is named.
    static func countryEnd(_ context: ScanContext, after town: Int) -> Int {
        var k = town + 1
        if context.isSymbol(k, 0x2C) { k += 1 }
        guard k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].isCapitalized,
            context.vocabulary.words.classes(of: context.tokens[k].hash).contains(.country)
        else { return town }
        return k
    }
}
