/// Addresses read back from a postcode that no number or word could be but a postcode: the British outward and
/// inward codes ("CF14 4XP") and the Irish Eircode ("P31 X2F8"). Before it on its line come the town, a county
/// ("Co. Cork") and the parts of the street, parted by commas: "14 Cluain Ard, Ballincollig, Co. Cork P31 X2F8",
/// "Unit 4, Maes y Coed Road, Cardiff CF14 4XP", "5 Ffordd Caergybi, Llangefni LL77 7PQ".
extension AddressDetector {
    /// Proposes the addresses that end in such a postcode, where no other address was found.
    static func beforePostcodes(_ context: ScanContext, _ candidates: inout CandidateList) {
        // Words with digits are numeric anchors: the capitalized words among the anchors are passed over.
        for k in context.anchors.numeric where context.tokens[k].isWord && context.tokens[k].flags.contains(.hasDigit) {
            let lead = context.bytes[context.tokens[k].start]
            if lead == 0xE3 {
                japanesePostal(context, k, &candidates)
                japaneseAddress(context, in: k, &candidates)
                continue
            }
            if lead &- 0xE4 < 6 {
                chineseAddress(context, in: k, &candidates)
                japaneseAddress(context, in: k, &candidates)
                continue
            }
            guard let code = britishOrIrishPostcode(context, at: k), let first = streetBefore(context, postcode: k),
                !candidates.all.contains(where: {
                    $0.type == .streetAddress && $0.end > context.tokens[first].start
                        && $0.start < context.tokens[code].end
                })
            else { continue }
            candidates.add(.streetAddress, tokens: first, code, 0.8)
        }
    }

    /// The last token of a British postcode ("CF14 4XP", read as `CF14`, `4`, `XP`) or an Eircode ("P31 X2F8",
    /// "F35 WK82") at token `k`.
    static func britishOrIrishPostcode(_ context: ScanContext, at k: Int) -> Int? {
        let token = context.tokens[k]
        guard (2...4).contains(token.length), ByteClass.isASCIIUpper(context.bytes[token.start]),
            context.startsCleanly(k)
        else { return nil }
        if let end = postcodeEnd(context, at: k), end == k + 2 { return end }  // British
        // An Eircode: a letter and two digits (or D6W), a space, then four letters and digits.
        let b = context.bytes
        guard token.length == 3, ByteClass.isASCIIUpper(b[token.start]), ByteClass.isDigit(b[token.start + 1]),
            k + 1 < context.tokens.count, case let unique = context.tokens[k + 1], unique.length == 4,
            unique.isWord || unique.isNumber, !unique.isAttached, !unique.startsLine, context.endsCleanly(k + 1),
            (unique.start..<unique.end).allSatisfy({ ByteClass.isASCIIUpper(b[$0]) || ByteClass.isDigit(b[$0]) })
        else { return nil }
        return k + 1
    }

    /// The first token of the address before the postcode at `postcode`: the town (with an Irish county, "Co.
    /// Mayo") right before it, and up to three parts before that, each after a comma on the same line; the
    /// address opens with the leftmost part that has a house or unit number or a street word ("Knock Road"), so
    /// that a school's or a firm's name before it stays out.
    private static func streetBefore(_ context: ScanContext, postcode: Int) -> Int? {
        let tokens = context.tokens
        guard postcode >= 1, !tokens[postcode].startsLine, let town = partStart(context, endingAt: postcode - 1)
        else { return nil }
        var first: Int?
        var start = town
        var parts = 0
        while parts < 3, start >= 2, !tokens[start].startsLine, context.isSymbol(start - 1, 0x2C),
            let part = partStart(context, endingAt: start - 2)
        {
            if opensStreet(context, part, start - 2) { first = part }
            start = part
            parts += 1
        }
        return first
    }

    /// The first token of a part of an address that ends at token `last`: one to five capitalized words, numbers
    /// and short lower-case particles ("Maes y Coed Road"), with the periods of abbreviations ("Co. Cork").
    private static func partStart(_ context: ScanContext, endingAt last: Int) -> Int? {
        let tokens = context.tokens
        var k = last
        var words = 0
        while k >= 0, last - k < 8 {
            let token = tokens[k]
            if token.isWord, token.isCapitalized || token.length <= 2 && words > 0 {
                words += 1
            } else if !(token.isNumber && token.length <= 5) && !(context.isSymbol(k, 0x2E) && token.isAttached) {
                break
            }
            if token.startsLine { return words > 0 && tokens[k].kind != .symbol ? k : nil }
            k -= 1
        }
        let first = k + 1
        guard words > 0, words <= 5, first <= last, tokens[first].kind != .symbol else { return nil }
        return first
    }

    /// Whether the part `first...last` can open a street address: a number, a unit word, or a street word in it.
    private static func opensStreet(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        if context.tokens[first].isNumber || context.has(first, .unitWord) { return true }
        return (first...last).contains { context.has($0, [.streetSuffix, .streetType]) }
    }
}
