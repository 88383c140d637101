/// Addresses that open with the house or plot and its number, then the road and the area, as South Asia, Africa,
/// the Gulf and the Pacific write them: "House 27, Road 11, Block C, Banani, Dhaka 1213", "House No. 12, Otublohum
/// Road, East Legon, Accra", "Lot 14, Ratu Mara Road, Nabua, Suva", "House 14/B, Road 3, …", "Building 42, Street
/// 870, Zone 56, …"; a flat before its building and road, as Ireland and Britain do: "Apt 14, Seafield Court,
/// Clontarf Road, Dublin 3"; a flat's floor and tower before them ("Flat 12B, Tower 3, Lakeview Enclave, …"), and
/// the house after "R/o" (resident of) in South Asia's deeds ("R/o 12/3B, Bose Para Lane, Behala, Kolkata 700034").
extension AddressDetector {
    /// The address whose house number is token `i`, after a house word ("House", "Plot", "Nyumba Na.").
    static func housePrefixed(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        // A comma after the number, or a slash or hyphen joining its letter or flat ("14/B"), or a letter glued to
        // it ("12B"): most numbers have none of these.
        guard context.tokens[i].isNumber, context.tokens[i].length <= 5, i >= 1, !context.tokens[i].isAttached,
            i + 1 < context.tokens.count, context.isSymbol(i + 1, 0x2C)
                || (context.isSymbol(i + 1, 0x2F) || context.isSymbol(i + 1, 0x2D) || context.tokens[i + 1].isWord)
                    && context.tokens[i + 1].isAttached
        else { return nil }
        let number = joinedNumberEnd(context, i)
        guard context.isSymbol(number + 1, 0x2C),
            let first = houseWord(context, before: i) ?? (isResidentOf(context, before: i) ? i : nil)
        else { return nil }
        // The flat's floor and tower, between the number and the building or road: "12th Floor, Tower C, …".
        var k = number + 2
        var storeys = 0
        while storeys < 3, let piece = storey(context, k), context.isSymbol(piece + 1, 0x2C) {
            k = piece + 2
            storeys += 1
        }
        // After a floor the road needs no road word of its own: "Plot 32-C, 2nd floor, Khayaban-e-Shamsheer, …".
        if let road = road(context, from: k) ?? (storeys > 0 ? capitalizedRun(context, from: k) : nil) {
            return (first, areas(context, after: road))
        }
        // No road: a house named by its own word, its area, and a known town ("House No. 14, Adabraka, Accra"),
        // opening the address (after a comma it is a piece of a longer one, "Kamiti Rd, Plot 118, …"), proposed
        // below the confidence of an address found whole.
        guard houseWords[hash: context.tokens[first].hash] != nil, storeys == 0, !context.isSymbol(first - 1, 0x2C),
            let area = areaBeforeTown(context, from: k)
        else { return nil }
        return (sectionBefore(context, first) ?? first, End(token: areas(context, after: area).token, hasCity: false))
    }

    /// The section or block and its number right before the house word at `first`, on its line, as Papua New Guinea
    /// and the Philippines write a plot ("Section 42 Lot 11, …", "Blk 5 Lot 11, …"); nil when there is none.
    private static func sectionBefore(_ context: ScanContext, _ first: Int) -> Int? {
        guard first >= 2, !context.tokens[first].startsLine, context.isNumber(first - 1, digits: 1...4),
            !context.tokens[first - 1].startsLine, context.tokens[first - 2].isWord,
            context.tokens[first - 2].isCapitalized,
            houseWords[hash: context.tokens[first - 2].hash] != nil
                || sectionWords[hash: context.tokens[first - 2].hash] != nil
        else { return nil }
        return first - 2
    }

    private static let sectionWords = KeywordTable(["section", "phase"].map { ($0, ()) })

    /// The last token of the area at `k` when a known town follows it after a comma; the area may end in the
    /// number of its section ("Budiriro 2", "Area 18").
    private static func areaBeforeTown(_ context: ScanContext, from k: Int) -> Int? {
        var section = k
        while section - k < 3, section < context.tokens.count, context.tokens[section].isWord,
            context.tokens[section].isCapitalized, !context.tokens[section].startsLine
        {
            section += 1
        }
        let numbered = section > k && context.isNumber(section, digits: 1...3) && !context.tokens[section].startsLine
            && context.isSymbol(section + 1, 0x2C)
        guard let area = numbered ? section : capitalizedRun(context, from: k), area + 2 < context.tokens.count,
            !context.tokens[area + 2].startsLine,
            PhraseMatcher.longest(context, at: area + 2, in: context.vocabulary.towns) != nil
        else { return nil }
        return area
    }

    /// Whether "R/o" (resident of) stands just before token `i`, as deeds in South Asia write before an address.
    private static func isResidentOf(_ context: ScanContext, before i: Int) -> Bool {
        guard i >= 3, context.isSymbol(i - 2, 0x2F), context.tokens[i - 2].isAttached,
            context.tokens[i - 1].isAttached, context.tokens[i - 1].length == 1, context.tokens[i - 3].length == 1
        else { return false }
        return context.bytes[context.tokens[i - 3].start] | 0x20 == 0x72
            && context.bytes[context.tokens[i - 1].start] | 0x20 == 0x6F
    }

    /// The last token of a floor or tower at `k`: an ordinal and a floor word ("12th Floor", "2nd floor"), or a
    /// floor, tower or wing word and its number or letter ("Tower C", "Floor 3").
    private static func storey(_ context: ScanContext, _ k: Int) -> Int? {
        guard k + 1 < context.tokens.count, !context.tokens[k].startsLine else { return nil }
        if context.isNumber(k, digits: 1...3), context.has(k + 1, .ordinalSuffix), context.tokens[k + 1].isAttached,
            k + 2 < context.tokens.count, storeyWords[hash: context.tokens[k + 2].hash] != nil
        {
            return k + 2
        }
        guard context.tokens[k].isWord, storeyWords[hash: context.tokens[k].hash] != nil,
            context.isNumber(k + 1, digits: 1...3) || context.tokens[k + 1].isWord && context.tokens[k + 1].length == 1
        else { return nil }
        return k + 1
    }

    private static let storeyWords = KeywordTable(["floor", "fl", "tower", "wing", "storey"].map { ($0, ()) })
    private static let towerHash = WordHash.of(word: Substring("tower").utf8)

    /// The last of one to three capitalized words at `k` on one line, before a comma.
    private static func capitalizedRun(_ context: ScanContext, from k: Int) -> Int? {
        var j = k
        while j - k < 3, j < context.tokens.count, context.tokens[j].isWord, context.tokens[j].isCapitalized,
            !context.tokens[j].flags.contains(.hasDigit), j == k || !context.tokens[j].startsLine
        {
            j += 1
        }
        return j > k && !context.tokens[k].startsLine && context.isSymbol(j, 0x2C) ? j - 1 : nil
    }

    /// The last token of the house number at `i` with the parts a slash or hyphen joins to it ("14/B", "22/4"),
    /// and a letter or two glued to its end ("12B", "12/3B").
    static func joinedNumberEnd(_ context: ScanContext, _ i: Int) -> Int {
        var last = i
        while last - i < 6, context.isSymbol(last + 1, 0x2F) || context.isSymbol(last + 1, 0x2D),
            context.tokens[last + 1].isAttached, last + 2 < context.tokens.count, context.tokens[last + 2].isAttached,
            context.isNumber(last + 2, digits: 1...4) || context.tokens[last + 2].isWord
                && context.tokens[last + 2].length == 1
        {
            last += 2
        }
        if context.tokens[last].isNumber, last + 1 < context.tokens.count, case let letters = context.tokens[last + 1],
            letters.isWord, letters.isAttached, letters.length <= 2, !letters.flags.contains(.hasDigit)
        {
            last += 1
        }
        return last
    }

    /// The house word before the number at `i`, with "No." or "Na." between them, if there is one.
    static func houseWord(_ context: ScanContext, before i: Int) -> Int? {
        var k = i - 1
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k -= 1 }
        if k >= 0, context.has(k, .houseNumberWord) || context.tokens[k].length == 2 && context.tokens[k].isWord {
            // "No. 42, 4th Cross, …": the number's word alone opens an Indian address.
            if context.tokens[k].isCapitalized, context.has(k, .houseNumberWord), !houseWordBefore(context, k) {
                return k
            }
            k -= 1
        }
        // In lower case too, as chat messages write it ("flat 302, Sunshine Apts, …"): a road or a building follows.
        guard k >= 0, context.tokens[k].isWord, !context.tokens[i].startsLine,
            houseWords[hash: context.tokens[k].hash] != nil
        else { return nil }
        return k
    }

    /// Whether token `k` is the period of an abbreviation, with a comma right after it.
    private static func isAbbreviationBeforeComma(_ context: ScanContext, _ k: Int) -> Bool {
        context.isSymbol(k, 0x2E) && context.tokens[k].isAttached && context.isSymbol(k + 1, 0x2C)
    }

    /// Whether token `k` is a hyphen or an en dash set apart by spaces.
    static func isDash(_ context: ScanContext, _ k: Int) -> Bool {
        guard k < context.tokens.count, context.tokens[k].kind == .symbol, !context.tokens[k].isAttached,
            !context.tokens[k].startsLine
        else { return false }
        let start = context.tokens[k].start
        return context.bytes[start] == 0x2D
            || context.byte(start) == 0xE2 && context.byte(start + 1) == 0x80 && context.byte(start + 2) == 0x93
    }

    private static func houseWordBefore(_ context: ScanContext, _ k: Int) -> Bool {
        isHouseWord(context, k - 1)
    }

    /// Whether token `k` is a word for a house, plot, flat or building ("House", "Lot", "Flat", "Block").
    static func isHouseWord(_ context: ScanContext, _ k: Int) -> Bool {
        k >= 0 && context.tokens[k].isWord && houseWords[hash: context.tokens[k].hash] != nil
    }

    private static let houseWords = KeywordTable([
        "house", "plot", "lot", "holding", "flat", "nyumba", "kiwanja", "casa", "bungalow", "apt", "apartment",
        "unit", "suite", "blk", "block", "building", "bldg", "villa",
        // The Philippines' "Purok" (a zone of a barangay); South Africa's "Stand" and "Erf" (a plot of a township);
        // Papua New Guinea's "Allotment".
        "purok", "stand", "erf", "allotment",
    ].map { ($0, ()) })

    /// Words that end the name of a road or a housing area in the place of a road ("Pushpadana Mawatha",
    /// "Chimwemwe Township", "Halishahar Housing Estate"): Sri Lanka's "mawatha", the townships and compounds of
    /// Southern Africa, the estates, colonies and nagars of South Asia, and the buildings of flats there ("Sunshine
    /// Apts", "Shanti Niwas", "Sai Krupa CHS", a co-operative housing society).
    private static let settlementWords = KeywordTable([
        "mawatha", "township", "estate", "compound", "colony", "nagar", "layout", "extension", "residency",
        "apartments", "enclave", "society", "vihar", "bagh", "subd", "subdivision", "apts", "appts", "towers",
        "heights", "residences", "complex", "chs", "niwas", "bhavan", "bhawan", "sadan", "mansion", "mansions",
    ].map { ($0, ()) })

    /// The Philippines' "Brgy." (barangay), which stands in the place of a road and names a neighbourhood after it.
    static let barangayWords = KeywordTable(["brgy", "barangay", "bgy"].map { ($0, ()) })

    /// Roads and areas of South Asian cities that are named by a number or a letter: "Sector 21", "Phase 2", "4th
    /// Cross", "12th Main", "Block C"; and the zones and extensions of South Africa's townships ("Zone 5",
    /// "Extension 3").
    private static let areaWords = KeywordTable(
        ["sector", "phase", "cross", "main", "block", "blk", "zone", "extension", "ext"].map { ($0, ()) })

    /// The last of the one to three capitalized words that name a place after word `k` and its period, if it has
    /// one, on its line, with up to two particles between them: "Brgy. Tagbac", "Barangay San Isidro", "Col. Juárez",
    /// "Col. Ladrón de Guevara"; nil when none follows.
    static func nameAfterWord(_ context: ScanContext, _ k: Int) -> Int? {
        let name = context.isSymbol(k + 1, 0x2E) && context.tokens[k + 1].isAttached ? k + 2 : k + 1
        var j = name
        var particles = 0
        while j - name - particles < 3, j < context.tokens.count, context.tokens[j].isWord,
            !context.tokens[j].startsLine
        {
            if !context.tokens[j].isCapitalized {
                // A particle between two of the name's words: "Col. Ladrón de Guevara", "Jardim das Flores".
                guard j > name, particles < 2, context.has(j, .nameParticle), j + 1 < context.tokens.count,
                    context.tokens[j + 1].isCapitalized, !context.tokens[j + 1].startsLine
                else { break }
                particles += 1
            }
            j += 1
        }
        return j > name ? j - 1 : nil
    }

    /// The last token of the road at `k`: a road word and its number ("Road 11", "Sector 21"), an ordinal and a
    /// road word ("4th Cross") or up to three capitalized words ending in a road word or a settlement's
    /// ("Otublohum Road", "Ratu Mara Road", "Chimwemwe Township").
    private static func road(_ context: ScanContext, from k: Int) -> Int? {
        guard k < context.tokens.count, !context.tokens[k].startsLine else { return nil }
        // A barangay of the Philippines in the place of a road: "Brgy. Tagbac", "Barangay San Isidro".
        if barangayWords[hash: context.tokens[k].hash] != nil, context.tokens[k].isCapitalized {
            return nameAfterWord(context, k)
        }
        if context.has(k, [.streetSuffix, .streetType]) || areaWords[hash: context.tokens[k].hash] != nil,
            context.tokens[k].isCapitalized, context.isNumber(k + 1, digits: 1...4), context.endsCleanly(k + 1)
        {
            // "Road 11", "Sector 21", and the lot after a block: "Blk 3 Lot 9".
            var end = k + 1
            while end + 2 < context.tokens.count, !context.tokens[end + 1].startsLine,
                case let hash = context.tokens[end + 1].hash,
                houseWords[hash: hash] != nil || areaWords[hash: hash] != nil,
                context.isNumber(end + 2, digits: 1...4), context.endsCleanly(end + 2)
            {
                end += 2
            }
            return end
        }
        if areaWords[hash: context.tokens[k].hash] != nil, context.tokens[k].isCapitalized,
            k + 1 < context.tokens.count,
            context.tokens[k + 1].isWord, context.tokens[k + 1].length == 1, context.tokens[k + 1].isCapitalized,
            !context.tokens[k + 1].startsLine
        {
            return joinedNumberEnd(context, k + 1)  // "Block C", "Sector G-9/2"
        }
        // "4th Cross", "12th Main Road": an ordinal before the road, as Bengaluru numbers its cross and main roads.
        if context.isNumber(k, digits: 1...3), context.has(k + 1, .ordinalSuffix), context.tokens[k + 1].isAttached,
            k + 2 < context.tokens.count, context.tokens[k + 2].isCapitalized,
            context.has(k + 2, [.streetSuffix, .streetType]) || areaWords[hash: context.tokens[k + 2].hash] != nil
        {
            let road = k + 3 < context.tokens.count && context.has(k + 3, [.streetSuffix, .streetType]) ? k + 3 : k + 2
            return context.endsCleanly(road) ? road : nil
        }
        var j = k
        while j - k < 4, j < context.tokens.count, context.tokens[j].isWord, context.tokens[j].isCapitalized,
            j == k || !context.tokens[j].startsLine
        {
            if j > k,
                context.has(j, [.streetSuffix, .streetType]) || settlementWords[hash: context.tokens[j].hash] != nil
            {
                // A building's word after a name that ends as a road does: "Sea View CHS", "Park Lane Apartments",
                // "Marina Heights Tower".
                let building = j + 1 < context.tokens.count && !context.tokens[j + 1].startsLine
                    && context.tokens[j + 1].isCapitalized
                    && (settlementWords[hash: context.tokens[j + 1].hash] != nil
                        || context.tokens[j + 1].hash == towerHash)
                return building ? j + 1 : j
            }
            j += 1
        }
        return nil
    }

    /// The end of the areas after the road: up to four pieces after commas on the same line, each a block or
    /// sector with its letter or number ("Block C") or up to three capitalized words ("East Legon"), the last
    /// with a postcode after it ("Dhaka 1213").
    private static func areas(_ context: ScanContext, after road: Int) -> End {
        var last = road
        var pieces = 0
        while pieces < 4, context.isSymbol(last + 1, 0x2C) || isAbbreviationBeforeComma(context, last + 1) {
            if !context.isSymbol(last + 1, 0x2C) { last += 1 }  // "Ecoland Subd., …"
            var k = last + 2
            // A post-office box with its number: "Plot 2234, Kimathi Avenue, P.O. Box 48120-00100, Nairobi".
            if k < context.tokens.count, context.tokens[k].isCapitalized, !context.tokens[k].startsLine,
                let number = boxNumberStart(context, k), context.isNumber(number, digits: 1...6)
            {
                last = boxNumberEnd(context, number)
                pieces += 1
                continue
            }
            var words = 0
            // A gap of two spaces or more ends the address, as a form's next field begins ("Gaborone   Omang: …").
            while words < 3, k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].isCapitalized,
                !context.tokens[k].startsLine, !context.tokens[k].flags.contains(.hasDigit),
                words == 0 || context.tokens[k].start - context.tokens[k - 1].end < 2
            {
                words += 1
                k += 1
                // Nor does a block's letter follow a gap: "Dubai, UAE   P.O. Box 12345".
                guard k < context.tokens.count, !context.tokens[k].startsLine,
                    context.tokens[k].start - context.tokens[k - 1].end < 2
                else { continue }
                // The period of an abbreviation inside a part: "Sta. Barbara", "Brgy. Tagbac" (not "Islamabad. Cell").
                if context.isSymbol(k, 0x2E), context.tokens[k].isAttached, context.tokens[k - 1].length <= 4,
                    k + 1 < context.tokens.count,
                    context.tokens[k + 1].isWord, context.tokens[k + 1].isCapitalized, !context.tokens[k + 1].startsLine
                {
                    k += 1
                    continue
                }
                if context.has(k, .houseNumberWord), context.isSymbol(k + 1, 0x2E), context.tokens[k + 1].isAttached,
                    context.isNumber(k + 2, digits: 1...4)
                {
                    k = joinedNumberEnd(context, k + 2) + 1  // "Road No. 12"
                } else if context.tokens[k].length <= 2 && context.tokens[k].kind != .symbol
                    || context.isNumber(k, digits: 3...4) && areaWords[hash: context.tokens[k - 1].hash] != nil
                {
                    // The letter or number of a block or sector: "Block C", "Sector G-9/2", "Sector 137".
                    k = joinedNumberEnd(context, k) + 1
                } else if words == 1, context.tokens[k - 1].length == 1, context.isSymbol(k, 0x2D),
                    context.tokens[k].isAttached, context.isNumber(k + 1, digits: 1...2, attached: true)
                {
                    // A sector named alone by its letter and number: "F-8/3", "G-9".
                    k = joinedNumberEnd(context, k - 1) + 1
                }
            }
            guard words > 0 else { break }
            last = k - 1
            pieces += 1
        }
        // The postcode, with a dash or a comma before it or not: "Dhaka 1213", "Bengaluru – 560087", "Ga-Rankuwa,
        // 0208" (not a phone's first group after the comma).
        let comma = context.isSymbol(last + 1, 0x2C)
        let code = last + 1 + (isDash(context, last + 1) || comma ? 1 : 0)
        if context.isNumber(code, digits: 4...6), !context.tokens[last + 1].startsLine, context.endsCleanly(code),
            !comma || !context.isNumber(code + 1, digits: 1...9) || context.tokens[code + 1].startsLine
        {
            return End(token: code, hasCity: true)
        }
        return End(token: last, hasCity: pieces >= 2)
    }
}
