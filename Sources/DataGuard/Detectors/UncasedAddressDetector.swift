/// Finds addresses written in Arabic, Persian, Urdu, Hebrew and the scripts of South Asia: the value of an address
/// field ("العنوان: ١٤ شارع الخليفة المأمون، الدور الثالث، شقة ٧، القاهرة", "نشانی: شیراز، خیابان زند، کوچه ۱۲، پلاک
/// ۴۷", "पता: मकान नं. 45, गांधी नगर, जयपुर 302015"), and a
/// street's kind with its name and a number, with the parts after it: floor, flat, plaque, district and town
/// ("רחוב ביאליק 38 דירה 11, רמת גן").
enum UncasedAddressDetector {
    /// The most parts after the street's that an address is taken to have.
    static let mostParts = 6

    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        guard context.anchors.hasUncasedWords else { return }
        var i = 0
        while i < context.tokens.count {
            let found: (Int, Int, Double)?
            switch context.isUncasedWord(i) ? context.uncasedPlaceRole(i) : nil {
            case .label?: found = labelled(context, i)
            case .street?: found = street(context, i)
            default: found = nil
            }
            if let (first, last, confidence) = found {
                candidates.add(.streetAddress, tokens: first, last, confidence)
                i = last + 1
            } else {
                i += 1
            }
        }
    }

    /// The value of the field whose label word `i` is ("العنوان:", "محل السكن:"): its parts up to the field's end,
    /// when one has a number or the word of a street or of an address's part.
    private static func labelled(_ context: ScanContext, _ i: Int) -> (Int, Int, Double)? {
        var colon = i + 1
        while colon <= i + 2, context.isUncasedWord(colon), context.continuesPhrase(colon) { colon += 1 }
        guard context.isSymbol(colon, 0x3A), colon + 1 < context.tokens.count, !context.tokens[colon + 1].startsLine
        else { return nil }
        var k = colon + 1
        var last = -1
        var evidence = false
        while let part = part(context, from: k) {
            evidence = evidence || part.hasNumber || part.opener != nil
            last = part.last
            guard context.isComma(last + 1), !context.tokens[last + 1].startsLine else { break }
            k = last + 2
        }
        return evidence && last > colon ? (colon + 1, last, 0.85) : nil
    }

    /// The street that word `i` names the kind of, with the number before it ("١٤ شارع …") or in it, and the parts
    /// after it: those that name a floor, flat or the like or have a number, then at most two more (a district, a
    /// town) where the address then ends.
    private static func street(_ context: ScanContext, _ i: Int) -> (Int, Int, Double)? {
        let tokens = context.tokens
        let first = i >= 1 && tokens[i - 1].isNumber && context.continuesPhrase(i) ? i - 1 : i
        // The street's kind may open its line, as a letter's address block has it ("…⏎רחוב הרצל 47, דירה 6").
        guard let name = part(context, from: i, mayOpenLine: true), name.last > i else { return nil }
        var last = name.last
        var hasNumber = first < i || name.hasNumber
        var plain = 0
        var parts = 0
        while parts < mostParts, context.isComma(last + 1), let next = part(context, from: last + 2) {
            if next.opener == nil, !next.hasNumber {
                guard plain < 2, next.words <= 3, endsAddress(context, after: next.last) else { break }
                plain += 1
            } else if plain > 0 {
                break
            }
            hasNumber = hasNumber || next.hasNumber
            last = next.last
            parts += 1
        }
        guard hasNumber else { return nil }
        return (first, townLine(context, after: last) ?? last, 0.8)
    }

    /// The last token of the line after token `last` when it holds only a town and its postcode, as a letter's
    /// address block puts them under the street ("רחוב הרצל 47, דירה 6⏎חיפה 3303117"): one to three words in these
    /// scripts, then a number of five or seven digits that ends the line.
    private static func townLine(_ context: ScanContext, after last: Int) -> Int? {
        var k = last + 1
        guard k < context.tokens.count, context.tokens[k].startsLine else { return nil }
        while k - last <= 3, k < context.tokens.count, k == last + 1 || !context.tokens[k].startsLine,
            context.isUncasedWord(k)
        {
            k += 1
        }
        guard k > last + 1, context.isNumber(k, digits: 5...7), context.tokens[k].length != 6,
            !context.tokens[k].startsLine, k + 1 == context.tokens.count || context.tokens[k + 1].startsLine
        else { return nil }
        return k
    }

    /// One part of an address from token `k`, up to a comma or the end of its phrase: its last token, whether it
    /// has a number, how many words it has, and the role of its first word.
    private struct Part {
        var last: Int
        var hasNumber: Bool
        var words: Int
        var opener: Lexicon.UncasedPlaceRole?
    }

    /// The part from token `k`: words in these scripts, numbers, and the signs inside an address ("12/4", "رح'",
    /// "ש.ד"); a function word, a word of another script, a field's label or any other sign ends it; nil when it has
    /// no word or number, or when it opens a line and `mayOpenLine` is false (a part after a comma goes on its line).
    private static func part(_ context: ScanContext, from k: Int, mayOpenLine: Bool = false) -> Part? {
        let tokens = context.tokens
        guard k < tokens.count, mayOpenLine || !tokens[k].startsLine else { return nil }
        var part = Part(last: -1, hasNumber: false, words: 0, opener: nil)
        var j = k
        while j < tokens.count, j == k || !tokens[j].startsLine && !context.followsColumnGap(j) {
            let token = tokens[j]
            if token.isNumber || token.isWord && token.flags.contains(.hasDigit) {
                part.hasNumber = true
            } else if context.isUncasedWord(j) {
                guard context.uncasedRole(j) != .stop, !context.isSymbol(j + 1, 0x3A) else { break }
                if part.words == 0 { part.opener = context.uncasedPlaceRole(j) }
                part.words += 1
            } else if token.kind == .symbol, isInnerSign(context.bytes[token.start]), j > k, token.isAttached,
                !endsSentence(context, j)
            {
                j += 1
                continue
            } else {
                break
            }
            part.last = j
            j += 1
        }
        return part.last >= k ? part : nil
    }

    /// Whether the period `j` ends a sentence ("… الدقي، الجيزة. تليفون …"): a space follows it and the word before
    /// it is longer than an abbreviation of one or two letters and signs ("ش. التحرير", "मकान नं. 45").
    private static func endsSentence(_ context: ScanContext, _ j: Int) -> Bool {
        guard context.bytes[context.tokens[j].start] == 0x2E, j + 1 < context.tokens.count,
            !context.tokens[j + 1].isAttached, context.tokens[j - 1].isWord
        else { return false }
        let word = context.tokens[j - 1]
        let scalars = context.bytes[word.start..<word.end].count { !ByteClass.isContinuation($0) }
        return scalars > 2
    }

    /// Whether `byte` is a sign that may join the pieces of an address's part: - / . ' " #.
    private static func isInnerSign(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x2F || byte == 0x2E || byte == 0x27 || byte == 0x22 || byte == 0x23
    }

    /// Whether nothing of the address can follow token `i`: the line, the text or the field ends, or a comma or a
    /// period follows.
    private static func endsAddress(_ context: ScanContext, after i: Int) -> Bool {
        let next = i + 1
        guard next < context.tokens.count, !context.tokens[next].startsLine, !context.followsColumnGap(next) else {
            return true
        }
        return context.isComma(next) || context.isSymbol(next, 0x2E)
    }
}
