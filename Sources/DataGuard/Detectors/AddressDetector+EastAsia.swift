/// Addresses of Korea and Japan written in Latin letters, the number first: a road named "-ro" or "-gil" after
/// the building's number ("31, Yeonhui-ro 12-gil, Seodaemun-gu, Seoul 03722", "152 Teheran-ro, Gangnam-gu"), or
/// the chōme, block and house before the area ("2-14-7 Tanimachi, Chuo-ku, Osaka 540-0012"); then the districts
/// ("-gu", "-ku", "-si", "-dong"), the town and the postcode.
extension AddressDetector {
    /// The address whose number is token `i`, if one opens there.
    static func eastAsian(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        guard i + 2 < context.tokens.count, context.tokens[i].length <= 4 else { return nil }
        if context.isSymbol(i + 1, 0x2D), context.tokens[i + 1].isAttached {
            return context.startsCleanly(i) ? blockFirst(context, i) : nil
        }
        let road = context.isSymbol(i + 1, 0x2C) ? i + 2 : i + 1
        // A road's name has a hyphen inside it, which few words have: that is asked first.
        guard road < context.tokens.count, context.tokens[road].flags.contains(.innerHyphen),
            context.isNumber(i, digits: 1...4), !context.tokens[road].startsLine, context.startsCleanly(i),
            endsWith(context, road, in: Self.roadEndings)
        else { return nil }
        let street = sideRoadEnd(context, after: road) ?? road
        let end = districts(context, after: street)
        return (i, end)
    }

    /// "2-14-7 Tanimachi, Chuo-ku, …": three numbers joined by hyphens, one or two capitalized words, and a
    /// district after them.
    private static func blockFirst(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let k = i + 4
        guard context.isNumber(i, digits: 1...4), context.isNumber(i + 2, digits: 1...4, attached: true),
            context.isSymbol(i + 3, 0x2D),
            context.tokens[i + 3].isAttached, context.isNumber(k, digits: 1...4, attached: true)
        else { return nil }
        var area = k
        while area - k < 2, area + 1 < context.tokens.count, context.tokens[area + 1].isWord,
            context.tokens[area + 1].isCapitalized, !context.tokens[area + 1].startsLine,
            !context.tokens[area + 1].isAttached
        {
            area += 1
        }
        guard area > k else { return nil }
        let end = districts(context, after: area)
        return end.token > area ? (i, end) : nil
    }

    /// The side road's number after the road, up to a word ending in "gil" before the next comma ("12-gil",
    /// "24beon-gil"), if there is one.
    private static func sideRoadEnd(_ context: ScanContext, after road: Int) -> Int? {
        var k = road + 1
        while k - road <= 3, k < context.tokens.count, !context.tokens[k].startsLine, !context.isSymbol(k, 0x2C) {
            if context.tokens[k].isWord, endsWith(context, k, in: [Array("gil".utf8)]) { return k }
            k += 1
        }
        return nil
    }

    /// The end of the districts after token `last` (each after a comma, or opening the next line), then the town
    /// and its postcode ("Seoul 03722", "Osaka 540-0012").
    private static func districts(_ context: ScanContext, after last: Int) -> End {
        var last = last
        var pieces = 0
        while pieces < 4, last + 2 < context.tokens.count {
            let k = context.isSymbol(last + 1, 0x2C) ? last + 2 : last + 1
            guard k == last + 2 || context.tokens[k].startsLine, context.tokens[k].isWord,
                context.tokens[k].isCapitalized, endsWith(context, k, in: Self.districtEndings)
            else { break }
            last = k
            pieces += 1
        }
        guard pieces > 0, context.isSymbol(last + 1, 0x2C), last + 2 < context.tokens.count,
            context.tokens[last + 2].isWord, context.tokens[last + 2].isCapitalized,
            !context.tokens[last + 2].startsLine
        else { return End(token: last, hasCity: false) }
        let town = last + 2
        let code = town + 1
        if context.isNumber(code, digits: 5...5), !context.tokens[code].startsLine, context.endsCleanly(code) {
            return End(token: code, hasCity: true)
        }
        if context.isNumber(code, digits: 3...3), context.isSymbol(code + 1, 0x2D),
            context.isNumber(code + 2, digits: 4...4, attached: true), context.endsCleanly(code + 2)
        {
            return End(token: code + 2, hasCity: true)
        }
        return End(token: town, hasCity: true)
    }

    /// Whether word `k` ends, in any case, in one of `endings`.
    private static func endsWith(_ context: ScanContext, _ k: Int, in endings: [[UInt8]]) -> Bool {
        let token = context.tokens[k]
        guard token.isWord else { return false }
        return endings.contains { ending in
            token.length >= ending.count
                && zip(ending, context.bytes[(token.end - ending.count)..<token.end]).allSatisfy {
                    $0 == $1 | 0x20
                }
        }
    }

    /// Korea's roads: "-ro", "-daero" (a boulevard) and "-gil" (a street off a road).
    private static let roadEndings = ["-ro", "-daero", "-gil"].map { Array($0.utf8) }

    /// The districts and towns of Korea ("-gu", "-si", "-dong", "-eup", "-myeon", "-gun") and Japan ("-ku", "-shi",
    /// "-cho", "-machi", "-ken").
    private static let districtEndings = [
        "-gu", "-si", "-dong", "-eup", "-myeon", "-gun", "-ku", "-shi", "-cho", "-machi", "-ken",
    ].map { Array($0.utf8) }
}
