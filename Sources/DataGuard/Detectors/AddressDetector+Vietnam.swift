/// Addresses as Vietnam writes them: the house number (after "Số"), the lane ("ngõ", "ngách", "hẻm", "kiệt") and
/// its number, the street, then the ward, district and city after commas, each after its word or its letter:
/// "Số 47, ngõ 102 Trường Chinh, P. Phương Mai, Q. Đống Đa, Hà Nội", "142 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ
/// Chí Minh", "Hẻm 118/27 Bạch Đằng, Phường 24, Quận Bình Thạnh".
extension AddressDetector {
    /// The address that opens at token `i` (a house or lane word, or the house number), if one does.
    static func vietnamese(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let token = context.tokens[i]
        // The words are in lower case as often as not, and the number after one is where the scan stops. A number
        // without one needs a capitalized street after it, which most numbers have not: that is asked first.
        let first: Int
        if token.isNumber {
            first = i >= 1 && isOpener(context, i - 1) ? i - 1 : i
            guard first < i || i + 1 < context.tokens.count && context.tokens[i + 1].isCapitalized else { return nil }
        } else {
            guard isOpener(context, i) else { return nil }
            first = i
        }
        let opened = first < i || !token.isNumber
        var k = opened ? first + 1 : first
        guard let number = laneNumberEnd(context, k), context.startsCleanly(k) || opened else { return nil }
        k = number + 1
        if context.isSymbol(k, 0x2C) { k += 1 }
        // A lane after the house: "Số 47, ngõ 102 Trường Chinh".
        if isOpener(context, k), let lane = laneNumberEnd(context, k + 1) {
            k = lane + 1
        }
        if k < context.tokens.count, context.tokens[k].isWord, Self.streetWords[hash: context.tokens[k].hash] != nil {
            k += 1
        }
        guard let street = capitalizedWords(context, from: k) else { return nil }
        let (last, areas, named) = areasAfter(context, street)
        // A house number alone needs a ward's or district's word after it, or a street of two words or more with
        // letters beyond ASCII and two areas after it ("45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"); a house or lane word
        // needs an area.
        let longStreet = street > k && (k...street).contains { context.tokens[$0].flags.contains(.beyondASCII) }
        guard named || opened && areas > 0 || longStreet && areas >= 2 else { return nil }
        return (first, End(token: last, hasCity: areas >= 2))
    }

    /// A village's address: its hamlet's word at `first` ("thôn", "xóm", "ấp", "bản") with the hamlet's name or number,
    /// then after commas the commune, district and province, two at least and one with its word: "thôn Đông, xã Yên
    /// Thường, Gia Lâm, Hà Nội", "Xóm 4, xã Hải Thanh, huyện Hải Hậu, tỉnh Nam Định".
    static func vietnameseHamlet(_ context: ScanContext, _ first: Int) -> (first: Int, end: End)? {
        guard first + 1 < context.tokens.count, !context.tokens[first + 1].startsLine,
            Self.hamlets[hash: context.tokens[first].hash] != nil
        else { return nil }
        let hamlet: Int
        if context.isNumber(first + 1, digits: 1...3), context.endsCleanly(first + 1) {
            hamlet = first + 1
        } else if let words = capitalizedWords(context, from: first + 1) {
            hamlet = words
        } else {
            return nil
        }
        let (last, areas, named) = areasAfter(context, hamlet)
        guard named, areas >= 2 else { return nil }
        return (first, End(token: last, hasCity: true))
    }

    /// The last token of up to four areas after commas from token `k` on, how many there are, and whether one came
    /// with its word.
    private static func areasAfter(_ context: ScanContext, _ k: Int) -> (last: Int, areas: Int, named: Bool) {
        var last = k
        var areas = 0
        var named = false
        while areas < 4, context.isSymbol(last + 1, 0x2C), let end = area(context, from: last + 2) {
            named = named || end.named
            last = end.token
            areas += 1
        }
        return (last, areas, named)
    }

    /// Whether word `k` is "Số" or a lane's word.
    private static func isOpener(_ context: ScanContext, _ k: Int) -> Bool {
        k < context.tokens.count && mayOpenVietnamese(context, k) && Self.openers[hash: context.tokens[k].hash] != nil
    }

    /// The last token of a number at `k` with the numbers a slash joins to it ("118/27"), if `k` is a number.
    private static func laneNumberEnd(_ context: ScanContext, _ k: Int) -> Int? {
        guard context.isNumber(k, digits: 1...4), !context.tokens[k].startsLine else { return nil }
        return joinedNumberEnd(context, k)
    }

    /// The last of one to four capitalized words on the line from `k`, in one column of a form.
    private static func capitalizedWords(_ context: ScanContext, from k: Int) -> Int? {
        var last = k - 1
        while last + 1 - k < 4, last + 1 < context.tokens.count, context.tokens[last + 1].isWord,
            context.tokens[last + 1].isCapitalized, !context.tokens[last + 1].startsLine,
            !context.tokens[last + 1].flags.contains(.hasDigit), !context.followsColumnGap(last + 1)
        {
            last += 1
        }
        return last >= k ? last : nil
    }

    /// A ward, district or city after a comma: its word or letter ("Phường", "P.", "Quận", "TP.") with a name or a
    /// number, or a name alone; `named` when the word was there.
    private static func area(_ context: ScanContext, from k: Int) -> (token: Int, named: Bool)? {
        guard k < context.tokens.count, !context.tokens[k].startsLine, context.tokens[k].isWord else { return nil }
        var j = k
        let named = isAreaWord(context, k)
        if named {
            j = k + 1
            if context.isSymbol(j, 0x2E), context.tokens[j].isAttached { j += 1 }
            if j < context.tokens.count, context.tokens[j].isWord, Self.areaWords[hash: context.tokens[j].hash] != nil {
                j += 1  // "thành phố", "thị xã"
            }
            if context.isNumber(j, digits: 1...2), !context.tokens[j].startsLine, context.endsCleanly(j) {
                return (j, true)
            }
        }
        guard let last = capitalizedWords(context, from: j) else { return nil }
        return (last, named)
    }

    /// Whether word `k` names a ward, a district, a town or a province, in full or by its letter with a period.
    private static func isAreaWord(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        if Self.areaWords[hash: token.hash] != nil { return true }
        guard context.isSymbol(k + 1, 0x2E), context.tokens[k + 1].isAttached, token.isCapitalized else { return false }
        return token.length == 1 && (context.bytes[token.start] == 0x50 || context.bytes[token.start] == 0x51)
            || Self.cityAbbreviations[hash: token.hash] != nil
    }

    private static func table(_ words: [String]) -> KeywordTable<Void> { KeywordTable(words.map { ($0, ()) }) }

    /// "Số" (number), and the lanes: "ngõ", "ngách" (an alley off a lane), "hẻm", "kiệt".
    private static let openers = table(["số", "ngõ", "ngách", "hẻm", "kiệt"])
    /// The hamlets and villages of the countryside: "thôn", "xóm", "ấp", "bản" (capitalized too where the tokenizer
    /// folds no capital: "Ấp", "Bản").
    private static let hamlets = table(["thôn", "xóm", "ấp", "Ấp", "bản", "Bản"])
    /// "Đường" and "phố" (street) before the street's name.
    private static let streetWords = table(["đường", "phố"])
    /// Wards, communes, districts, towns, cities and provinces: "phường", "xã", "quận", "huyện", "thị xã", "thị
    /// trấn", "thành phố", "tỉnh", "khu phố", "ấp", "thôn".
    private static let areaWords = table([
        "phường", "xã", "quận", "huyện", "thị", "trấn", "thành", "phố", "tỉnh", "khu", "ấp", "thôn",
    ])
    /// "TP." (thành phố, city) and "TX." (thị xã, town).
    private static let cityAbbreviations = table(["tp", "tx"])
}
