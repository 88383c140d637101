/// Addresses in Chinese, Japanese and Korean letters, which run without spaces: a Japanese address after its postal
/// mark and code ("〒541-0053 大阪府大阪市中央区本町2-5-7 本町センタービル8F"), the value of an address field
/// ("住所：", "お届け先：", "地址：", "住址：", "주소:"), each up to the end of its line or sentence, an ideographic space
/// before a phone, or a bracket; a Chinese address inside a sentence, by its city, district, road and numbered
/// house ("我住在上海市浦东新区张杨路1588弄12号602室"), a Japanese one by its prefecture, municipality and block
/// ("東京都新宿区西新宿2-8-1"), and a Korean road address ("서울특별시 마포구 월드컵북로12길 34").
extension AddressDetector {
    /// Proposes the address after the postal mark that opens the word at token `k`, if it does.
    static func japanesePostal(_ context: ScanContext, _ k: Int, _ candidates: inout CandidateList) {
        let token = context.tokens[k]
        let start = token.start
        // 〒 (E3 80 92), three digits, a hyphen and four digits.
        guard token.length >= 6, context.byte(start) == 0xE3, context.byte(start + 1) == 0x80,
            context.byte(start + 2) == 0x92, k + 2 < context.tokens.count, token.length == 6,
            (start + 3..<start + 6).allSatisfy({ ByteClass.isDigit(context.bytes[$0]) }),
            context.isSymbol(k + 1, 0x2D), context.isNumber(k + 2, digits: 4...4, attached: true)
        else { return }
        let end = cjkValueEnd(context, from: context.tokens[k + 2].end)
        candidates.add(.streetAddress, start, end, 0.85)
    }

    /// Proposes the value of the address field whose colon is token `colon`, when its label is one of Chinese,
    /// Japanese or Korean and its value is on the same line.
    static func cjkAddressField(_ context: ScanContext, _ colon: Int, _ candidates: inout CandidateList) {
        guard colon >= 1, colon + 1 < context.tokens.count, context.tokens[colon - 1].isWord,
            !context.tokens[colon + 1].startsLine, endsWithCJKLabel(context, context.tokens[colon - 1])
        else { return }
        addCJKValue(context, after: colon, &candidates)
    }

    /// Proposes the value after the colon `colon` of an address field, written in Chinese, Japanese or Korean
    /// letters whatever the label's language ("Address: 北京市朝阳区建国路88号").
    static func addCJKValue(_ context: ScanContext, after colon: Int, _ candidates: inout CandidateList) {
        let start = context.tokens[colon + 1].start
        let end = cjkValueEnd(context, from: start)
        guard end - start >= 6 else { return }
        candidates.add(.streetAddress, start, end, 0.8)
    }

    /// Proposes the Chinese address inside word `k`, whose letters and digits run together: a city or province ("市",
    /// "省"), a district or county after it ("区", "區", "县", "縣"), then a road, street, lane or section ("路", "街",
    /// "道", "巷", "弄", "段") with its number and the house's mark ("号", "號") or a lane's, and the building, floor
    /// and room after ("3号楼1101室", "7號3樓"); not "在城市里知道3号线", which has a city's mark and a road's but no
    /// district. It starts at the city's name, taken as the two letters before its mark ("我住在上海市…" from "上海"),
    /// and ends after the last numbered part.
    static func chineseAddress(_ context: ScanContext, in k: Int, _ candidates: inout CandidateList) {
        // The first city's mark (where the address starts), the latest, and the district's mark after it, whose name
        // has two to five letters ("浦东新区"): farther on, "区" is another word's ("市场附近的小区", near the market's
        // housing estate).
        var city = -1
        var lastCity = -1
        var district = -1
        forEachLetter(context, in: k) { i, letter in
            if district < 0, cityMarks.contains(letter) {
                if city < 0 { city = i }
                lastCity = i
            } else if lastCity >= 0, district < 0, districtMarks.contains(letter) {
                guard i - lastCity <= 15 else { return false }
                district = i
            } else if district >= 0, roadMarks.contains(letter),
                case let end = numberedParts(context.bytes, from: i + 3, to: context.tokens[k].end), end > i + 3
            {
                candidates.add(.streetAddress, nameStart(context, k, before: city), end, 0.8)
                return false
            }
            return true
        }
    }

    /// Proposes the Japanese address inside word `k` and the numbers after it: a prefecture ("都", "道", "府", "県"), a
    /// city, ward, town, village or county after it ("市", "区", "町", "村", "郡"), then the block: its chōme, ban and
    /// gō ("3丁目1番1号") or its numbers joined by hyphens ("西新宿2-8-1"): "私は東京都新宿区西新宿2-8-1に住んでいます"
    /// from "東京". It starts, as a Chinese address does, two letters before the prefecture's mark.
    static func japaneseAddress(_ context: ScanContext, in k: Int, _ candidates: inout CandidateList) {
        let bytes = context.bytes
        let token = context.tokens[k]
        var prefecture = -1
        var municipality = -1
        forEachLetter(context, in: k) { i, letter in
            // A prefecture's mark after its name's kanji, and not the "都" of "都市" (a city).
            if prefecture < 0, prefectureMarks.contains(letter), i - token.start >= 3, bytes[i - 3] &- 0xE4 < 6,
                i + 5 >= token.end || cjkLetter(bytes, i + 3) != cityLetter
            {
                prefecture = i
            } else if prefecture >= 0, municipality < 0, municipalityMarks.contains(letter) {
                guard i - prefecture <= 18 else { return false }
                municipality = i
            } else if municipality >= 0, ByteClass.isDigit(context.byte(i + 3)),
                let end = japaneseBlockEnd(context, k, from: i + 3)
            {
                candidates.add(.streetAddress, nameStart(context, k, before: prefecture), end, 0.8)
                return false
            }
            return true
        }
    }

    /// Calls `body` with the byte offset and the value of each letter of three bytes in word `k`, in order (the other
    /// bytes are passed one at a time), until it returns false.
    private static func forEachLetter(_ context: ScanContext, in k: Int, _ body: (Int, UInt32) -> Bool) {
        let bytes = context.bytes
        let end = context.tokens[k].end
        var i = context.tokens[k].start
        while i + 2 < end {
            guard bytes[i] &- 0xE0 < 0x10 else {
                i += 1
                continue
            }
            guard body(i, cjkLetter(bytes, i)) else { return }
            i += 3
        }
    }

    /// Where the place's name before the mark at byte `mark` of word `k` starts: two letters before it, or the word's
    /// start when there are fewer.
    private static func nameStart(_ context: ScanContext, _ k: Int, before mark: Int) -> Int {
        let start = context.tokens[k].start
        return mark - start >= 6 && context.bytes[mark - 6] &- 0xE0 < 0x10 ? mark - 6 : start
    }

    /// The byte where the block of a Japanese address ends whose digits start at byte `start` of word `k`: after its
    /// chōme, ban and gō ("3丁目1番1号", "1番地"), or after the numbers the word's last digits open, joined by hyphens to
    /// the tokens after ("2-8-1"); nil when neither follows.
    private static func japaneseBlockEnd(_ context: ScanContext, _ k: Int, from start: Int) -> Int? {
        let bytes = context.bytes
        let word = context.tokens[k]
        var j = start
        while j < word.end, ByteClass.isDigit(bytes[j]) { j += 1 }
        if j == word.end {
            // "西新宿2", then "-8-1": one or two more numbers, each after a hyphen glued to it; the first of one to
            // three digits, so that "…で2024-05-01に" stays a date.
            guard j - start <= 3 else { return nil }
            var last = k
            while last - k < 4, context.isSymbol(last + 1, 0x2D), context.tokens[last + 1].isAttached,
                last + 2 < context.tokens.count, context.tokens[last + 2].isAttached,
                ByteClass.isDigit(bytes[context.tokens[last + 2].start])
            {
                last += 2
            }
            guard last > k else { return nil }
            var end = context.tokens[last].start
            while end < context.tokens[last].end, ByteClass.isDigit(bytes[end]) { end += 1 }
            return end
        }
        // "3丁目1番1号": digits, then each part's mark, while digits and a mark follow one another.
        var end = start
        var i = start
        while i < word.end {
            let digits = i
            while i < word.end, ByteClass.isDigit(bytes[i]) { i += 1 }
            guard i > digits, i - digits <= 4, i + 3 <= word.end, bytes[i] &- 0xE0 < 0x10 else { break }
            let mark = cjkLetter(bytes, i)
            if mark == chome, i + 6 <= word.end, cjkLetter(bytes, i + 3) == me {
                i += 6
            } else if blockMarks.contains(mark) {
                i += 3
                if i + 3 <= word.end, bytes[i] &- 0xE0 < 0x10, cjkLetter(bytes, i) == chi { i += 3 }  // "番地"
            } else {
                break
            }
            end = i
        }
        return end > start ? end : nil
    }

    /// The Korean road address whose building's number is token `i`, its parts apart by spaces: a city or province
    /// ("서울특별시", "경기도"), a district or county ("마포구", "양평군", "수원시"), a road ("월드컵북로12길", "해운대로"),
    /// the number ("34", "123-4"), and a flat, floor or building after it ("201호", "3층"): "서울특별시 마포구
    /// 월드컵북로12길 34, 201호". The province or metropolitan city is asked for by name: "이 정도 연구 방향으로 3" (this
    /// degree, research, towards, 3) has words ending as a province's, a district's and a road's do.
    static func korean(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let road = i - 1
        let district = i - 2
        let city = i - 3
        guard city >= 0, context.isNumber(i, digits: 1...4), !context.tokens[i].isAttached,
            !context.tokens[road].startsLine, !context.tokens[road].isAttached,
            !context.tokens[district].startsLine, !context.tokens[district].isAttached,
            let last = lastHangul(context, road), koreanRoads.contains(last),
            let last = lastHangul(context, district), koreanDistricts.contains(last)
        else { return nil }
        // A province or a metropolitan city ("서울특별시"), or a city ("수원시") after its province.
        var first: Int
        if isKoreanRegion(context, city) {
            first = city
        } else if city >= 1, lastHangul(context, city) == koreanCity, !context.tokens[city].startsLine,
            !context.tokens[city].isAttached, isKoreanRegion(context, city - 1)
        {
            first = city - 1
        } else {
            return nil
        }
        var end = i
        if context.isSymbol(i + 1, 0x2D), context.tokens[i + 1].isAttached,
            context.isNumber(i + 2, digits: 1...4, attached: true)
        {
            end = i + 2
        }
        // The building's and the flat's numbers with their marks ("203동 1504호", each read as a number and a word
        // glued to it), the first after a comma or not.
        var unit = context.isSymbol(end + 1, 0x2C) ? end + 2 : end + 1
        while unit - end <= 2, unit + 1 < context.tokens.count, !context.tokens[unit].startsLine,
            context.isNumber(unit, digits: 1...5), context.tokens[unit + 1].isAttached,
            let mark = lastHangul(context, unit + 1, letters: 1), koreanUnits.contains(mark)
        {
            end = unit + 1
            unit = end + 1
        }
        // The postcode in brackets before it ("(04066) 서울특별시 …").
        if first >= 3, !context.tokens[first].startsLine, context.isSymbol(first - 1, 0x29),
            context.isNumber(first - 2, digits: 5...5, attached: true), context.isSymbol(first - 3, 0x28)
        {
            first -= 3
        }
        // No town follows the street as in the addresses `hasCity` speaks of, and so an address field's value, which
        // holds the postcode before it too ("주소: (06526) 서울특별시 …"), keeps the finding over this one.
        return (first, End(token: end, hasCity: false))
    }

    /// The last syllable of word `k` when it is a Hangul syllable and the word has `letters` letters or more.
    private static func lastHangul(_ context: ScanContext, _ k: Int, letters: Int = 2) -> UInt32? {
        let token = context.tokens[k]
        guard token.isWord, token.length >= 3 * letters, context.bytes[token.end - 3] &- 0xEA < 4 else { return nil }
        return cjkLetter(context.bytes, token.end - 3)
    }

    /// Whether word `k` names one of Korea's provinces ("경기도", "충청북도") or a metropolitan, special or
    /// self-governing city or province ("서울특별시", "부산광역시", "세종특별자치시", "제주특별자치도"): not "정도" (degree)
    /// or "역시" (as expected), which end as a province and a city do.
    private static func isKoreanRegion(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.length >= 9 else { return false }
        return koreanProvinces[hash: token.hash] != nil
            || koreanRegionEndings.contains { ending in
                ending.count < token.length && context.hasBytes(ending, at: token.end - ending.count)
            }
    }

    /// Korea's provinces of the mainland and Jeju, as addresses write them.
    private static let koreanProvinces = KeywordTable(
        ["경기도", "강원도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도", "경상남도", "제주도"].map { ($0, ()) })
    /// The endings of the metropolitan, special and self-governing cities' and provinces' names.
    private static let koreanRegionEndings: [[UInt8]] = ["특별시", "광역시", "특별자치시", "특별자치도"].map { Array($0.utf8) }

    /// The end of the numbered parts of a Chinese address that start at byte `start`: digits, then a mark of a house,
    /// lane, building, floor or room ("1588弄", "12号", "3号楼", "1101室"), as many as follow one another; `start` itself
    /// when the first is not a house's or a lane's.
    private static func numberedParts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int {
        var end = start
        var k = start
        while k < limit {
            let digits = k
            while k < limit, ByteClass.isDigit(bytes[k]) { k += 1 }
            guard k > digits, k - digits <= 5, k + 3 <= limit, bytes[k] &- 0xE0 < 0x10,
                (end == start ? houseMarks : partMarks).contains(cjkLetter(bytes, k))
            else { break }
            k += 3
            // "3号楼": a building's number, then the building's mark.
            if k + 3 <= limit, bytes[k] &- 0xE0 < 0x10, buildingMarks.contains(cjkLetter(bytes, k)) { k += 3 }
            end = k
        }
        return end
    }

    /// The three bytes of the letter at byte `i` as one number.
    @inline(__always)
    private static func cjkLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
    }

    /// The letters of `text`, each of three bytes, as ``cjkLetter(_:_:)`` reads them.
    private static func letters(_ text: String) -> Set<UInt32> {
        Set(text.unicodeScalars.map(letter))
    }

    /// The letter `scalar`, three bytes in UTF-8, as one number.
    private static func letter(_ scalar: Unicode.Scalar) -> UInt32 {
        let b = Array(String(scalar).utf8)
        return UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2])
    }

    // The letters that mark an address's parts: Chinese, Japanese, then Korean.

    /// City and province ("市", "省").
    private static let cityMarks = letters("市省")
    /// District and county ("区", "區", "县", "縣").
    private static let districtMarks = letters("区區县縣")
    /// Road, street, avenue, lane, alley and a road's section ("路", "街", "道", "巷", "弄", "段").
    private static let roadMarks = letters("路街道巷弄段")
    /// A house's number and a lane's ("号", "號", "弄", "巷").
    private static let houseMarks = letters("号號弄巷")
    /// The parts after it: house, building, block, floor, room ("楼", "樓", "栋", "棟", "座", "层", "層", "室").
    private static let partMarks = letters("号號弄巷楼樓栋棟座层層室")
    /// A building after its number ("3号楼").
    private static let buildingMarks = letters("楼樓栋棟座")

    /// A prefecture's mark ("都", "道", "府", "県"), a municipality's ("市", "区", "町", "村", "郡"), a block's ("番",
    /// "号"), the letters of "丁目" (chōme) and "地" (of "番地"), and "市".
    private static let prefectureMarks = letters("都道府県")
    private static let municipalityMarks = letters("市区町村郡")
    private static let blockMarks = letters("番号")
    private static let chome = letter("丁")
    private static let me = letter("目")
    private static let chi = letter("地")
    private static let cityLetter = letter("市")

    /// The last syllables of a Korean city ("시"), district or county ("구", "군", "시"), road ("로", "길"), and of a
    /// flat, floor or building ("호", "층", "동").
    private static let koreanCity = letter("시")
    private static let koreanDistricts = letters("구군시")
    private static let koreanRoads = letters("로길")
    private static let koreanUnits = letters("호층동")

    /// The byte where a value that starts at byte `start` ends: at the end of its line, an ideographic space
    /// (E3 80 80) or full stop (E3 80 82, "。…5樓。電話：…"), a fullwidth semicolon (EF BC 9B), a bracket, or two
    /// spaces; spaces and commas at its end left out.
    private static func cjkValueEnd(_ context: ScanContext, from start: Int) -> Int {
        let bytes = context.bytes
        var end = start
        while end < bytes.count {
            let b = bytes[end]
            if b == 0x0A || b == 0x0D || b == 0x28 { break }
            if b == 0x20, end + 1 < bytes.count, bytes[end + 1] == 0x20 { break }
            let third = context.byte(end + 2)
            if b == 0xE3, context.byte(end + 1) == 0x80, third == 0x80 || third == 0x82 { break }  // "　", "。"
            if b == 0xEF, context.byte(end + 1) == 0xBC, third == 0x88 || third == 0x9B { break }  // "（", "；"
            end += 1
        }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2C { end -= 1 }
        return end
    }

    /// Whether the word ends in an address label of Chinese ("地址", "住址"), Japanese ("住所", "お届け先", "所在地",
    /// "送付先") or Korean ("주소").
    private static func endsWithCJKLabel(_ context: ScanContext, _ token: Token) -> Bool {
        cjkLabels.contains { label in
            label.count <= token.length && context.hasBytes(label, at: token.end - label.count)
        }
    }

    private static let cjkLabels: [[UInt8]] = ["地址", "住址", "住所", "お届け先", "所在地", "送付先", "주소"]
        .map { Array($0.utf8) }
}
