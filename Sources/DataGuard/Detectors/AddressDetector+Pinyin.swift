/// Chinese addresses written in pinyin, as forms for couriers and messages to colleagues abroad write them: the road's
/// name and its word ("Lù", "Jiē", "Dàdào", "Hútòng"), the house number and "Hào", then the building, unit and room,
/// the district, the city and the postcode; the areas after the house or, in Chinese order, before the road:
/// "Zhōngshān Nán Lù 1200 Hào, 3 Hào Lóu 805 Shì, Huángpǔ Qū, Shànghǎi 200011", "Beijing Shi Chaoyang Qu Jianguo Lu
/// 88 Hao". Every name is pinyin, each word whole syllables, so an English sentence never opens one.
extension AddressDetector {
    /// Whether token `k` is "Hào" (号), the word after a house number in pinyin: its length (three letters, or four
    /// bytes with the tone's mark) and first letter are asked before its hash.
    @inline(__always)
    static func isPinyinHouseWord(_ context: ScanContext, _ k: Int) -> Bool {
        guard k < context.tokens.count else { return false }
        let token = context.tokens[k]
        return (3...4).contains(token.length) && context.bytes[token.start] | 0x20 == 0x68 && token.hash == haoHash
    }

    /// The address whose house number is token `i`, "Hào" after it and a road's word before it.
    static func pinyin(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let road = i - 1
        guard context.isNumber(i, digits: 1...4), road >= 1, i + 1 < context.tokens.count, !context.tokens[i].startsLine,
            !context.tokens[i + 1].startsLine, context.tokens[road].isWord,
            roadWords[hash: context.tokens[road].hash] != nil
        else { return nil }
        guard let name = pinyinNames(context, endingAt: road - 1) else { return nil }
        var first = name
        var areasBefore = 0
        while areasBefore < 3, let area = areaBefore(context, first) {
            first = area
            areasBefore += 1
        }
        var last = i + 1
        var units = 0
        while units < 4, let unit = unitEnd(context, after: last) {
            last = unit
            units += 1
        }
        var areas = 0
        while areas < 4, let area = areaEnd(context, after: last) {
            last = area
            areas += 1
        }
        return (first, End(token: countryEnd(context, after: last), hasCity: areas + areasBefore > 0))
    }

    /// The first of one to three capitalized words of pinyin on one line that end at token `last`, none of them an
    /// area's word. Nil when there is none.
    private static func pinyinNames(_ context: ScanContext, endingAt last: Int) -> Int? {
        var k = last
        while last - k < 3, k >= 0, context.tokens[k].isWord, context.tokens[k].isCapitalized,
            !context.tokens[k + 1].startsLine, areaWords[hash: context.tokens[k].hash] == nil,
            isPinyin(context, k)
        {
            k -= 1
        }
        return k < last ? k + 1 : nil
    }

    /// The first token of a district, city or province named before the road or an area at `next`, in Chinese
    /// order ("Shànghǎi Shì Huángpǔ Qū …"), a comma after it or not.
    private static func areaBefore(_ context: ScanContext, _ next: Int) -> Int? {
        guard !context.tokens[next].startsLine else { return nil }
        let word = context.isSymbol(next - 1, 0x2C) ? next - 2 : next - 1
        guard word >= 1, context.tokens[word].isWord, !context.tokens[word].startsLine,
            areaWords[hash: context.tokens[word].hash] != nil
        else { return nil }
        return pinyinNames(context, endingAt: word - 1)
    }

    /// The last token of a building, unit, floor or room after token `last` on its line, a comma before it or not:
    /// a number and its one or two words ("3 Hào Lóu", "2 Dānyuán", "805 Shì").
    private static func unitEnd(_ context: ScanContext, after last: Int) -> Int? {
        let number = context.isSymbol(last + 1, 0x2C) ? last + 2 : last + 1
        guard context.isNumber(number, digits: 1...4), !context.tokens[number].startsLine else { return nil }
        var k = number
        while k - number < 2, k + 1 < context.tokens.count, context.tokens[k + 1].isWord,
            !context.tokens[k + 1].startsLine, unitWords[hash: context.tokens[k + 1].hash] != nil
        {
            k += 1
        }
        return k > number ? k : nil
    }

    /// The last token of a district, city or province after token `last` on its line, a comma before it or not:
    /// pinyin names and their area's word ("Huángpǔ Qū"), a known town ("Shànghǎi") or a postcode of six digits.
    private static func areaEnd(_ context: ScanContext, after last: Int) -> Int? {
        let k = context.isSymbol(last + 1, 0x2C) ? last + 2 : last + 1
        guard k < context.tokens.count, !context.tokens[k].startsLine else { return nil }
        if context.isNumber(k, digits: 6...6) { return context.endsCleanly(k) ? k : nil }
        guard context.tokens[k].isWord, context.tokens[k].isCapitalized else { return nil }
        var word = k
        while word - k < 3, word + 1 < context.tokens.count, !context.tokens[word + 1].startsLine,
            context.tokens[word + 1].isWord, areaWords[hash: context.tokens[word + 1].hash] == nil,
            context.tokens[word + 1].isCapitalized
        {
            word += 1
        }
        if word + 1 < context.tokens.count, !context.tokens[word + 1].startsLine,
            areaWords[hash: context.tokens[word + 1].hash] != nil,
            (k...word).allSatisfy({ isPinyin(context, $0) })
        {
            return word + 1
        }
        return PhraseMatcher.longest(context, at: k, in: context.vocabulary.towns)
    }

    /// Whether word `k` is whole syllables of pinyin, its tones' marks folded: "Zhōngshān", "Xúhuì", "Chaoyang".
    private static func isPinyin(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        var letters = InlineArray<24, UInt8>(repeating: 0)
        var count = 0
        var j = token.start
        while j < token.end {
            guard count < 24 else { return false }
            let b = context.bytes[j]
            if ByteClass.isASCIILetter(b) {
                letters[count] = b | 0x20
                j += 1
            } else if j + 1 < token.end, case let folded = ByteClass.foldedLatin(b, context.bytes[j + 1]), folded != 0 {
                letters[count] = folded
                j += 2
            } else {
                return false
            }
            count += 1
        }
        // reachable bit n: the first n letters are whole syllables.
        var reachable: UInt32 = 1
        for start in 0..<count where reachable & 1 << start != 0 {
            var code: UInt64 = 0
            for length in 1...6 where start + length <= count {
                code = code << 8 | UInt64(letters[start + length - 1])
                if syllables.contains(code) { reachable |= 1 << (start + length) }
            }
        }
        return reachable & 1 << count != 0
    }

    /// Pinyin's syllables, each as its letters in the bytes of an integer: every initial (or none) before every
    /// final, a few more than the language has, which no English word of several letters falls into by chance
    /// more than its own pinyin would.
    private static let syllables: Set<UInt64> = {
        let initials = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh",
            "r", "z", "c", "s", "y", "w"]
        let finals = ["a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en", "in",
            "un", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang"]
        var set = Set<UInt64>()
        for initial in initials {
            for final in finals {
                set.insert((initial + final).utf8.reduce(0) { $0 << 8 | UInt64($1) })
            }
        }
        return set
    }()

    private static let haoHash = WordHash.of(word: Substring("hao").utf8)

    private static func table(_ words: [String]) -> KeywordTable<Void> { KeywordTable(words.map { ($0, ()) }) }

    /// A road's word: "lù" (road) and "lu" joined to its direction ("Dōnglù"), "jiē" and "dàjiē" (street), "dàdào"
    /// (avenue), "dào" (way), "gōnglù" (highway), "hútòng", "xiàng" and "nòng" (lanes).
    private static let roadWords = table([
        "lu", "donglu", "xilu", "nanlu", "beilu", "zhonglu", "jie", "dajie", "dadao", "dao", "gonglu", "hutong",
        "xiang", "nong",
    ])
    /// The words of a district ("qū"), city ("shì"), county ("xiàn"), town ("zhèn"), province ("shěng"), subdistrict
    /// ("jiēdào") and village ("cūn").
    private static let areaWords = table(["qu", "shi", "xian", "zhen", "sheng", "jiedao", "cun"])
    /// The words after a building's, unit's, floor's or room's number: "hào", "lóu" and "hàolóu", "dòng", "zhuàng"
    /// and "zuò" (block), "dānyuán" (entrance), "céng" (floor), "shì" and "fáng" (room), "hù" (flat).
    private static let unitWords = table([
        "hao", "lou", "haolou", "dong", "zhuang", "zuo", "danyuan", "ceng", "shi", "fang", "hu",
    ])
}
