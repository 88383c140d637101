/// An address as a form gives it: whatever follows "Address:", "Adresse :", "Home:" or "Ünvan:" on the label's
/// line, up to the next field, is the address, however it is written ("Address: Arada Sub-city, Woreda 08, House
/// No. 1123, Addis Ababa"; "Adresse : Cité Ballabey, Villa n° 217, Thiès").
extension AddressDetector {
    /// Proposes the value of every address field, at a confidence below the other address rules' and below numbers
    /// and dates: a field whose value they find in part keeps their finding.
    static func fields(_ context: ScanContext, _ candidates: inout CandidateList) {
        for colon in context.anchors.colons {
            if colon >= 1, context.bytes[context.tokens[colon - 1].start] >= 0xE3 {
                cjkAddressField(context, colon, &candidates)
                continue
            }
            guard let label = fieldLabel(context, colon), opensField(context, label),
                !afterOtherAddress(context, label), colon + 1 < context.tokens.count
            else { continue }
            // A value in Chinese, Japanese or Korean letters (lead bytes E3 to ED) runs without spaces.
            if !context.tokens[colon + 1].startsLine, context.bytes[context.tokens[colon + 1].start] &- 0xE3 < 11 {
                addCJKValue(context, after: colon, &candidates)
                continue
            }
            guard let last = fieldEnd(context, from: colon + 1), isAddressValue(context, colon + 1, last)
            else { continue }
            candidates.add(.streetAddress, tokens: colon + 1, last, 0.7)
        }
    }

    /// The address label of the colon at `colon`: the word before it ("Address:", "Res.:"), or a word for an
    /// address up to three words before it on its line, when the words between say no more than which address
    /// ("Adresse pour la visite :", "Adresa gjatë lejes:"; not "Home contact:").
    private static func fieldLabel(_ context: ScanContext, _ colon: Int) -> Int? {
        var k = colon - 1
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k -= 1 }
        let last = k
        while k >= 0, last - k <= 3, context.tokens[k].isWord {
            if addressLabels[hash: context.tokens[k].hash] != nil {
                return k == last || placeOnlyLabels[hash: context.tokens[k].hash] == nil ? k : nil
            }
            if context.tokens[k].startsLine || context.has(k, [.phoneWord, .personLabel, .identifierLabel]) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Labels that name where someone lives only when the colon follows them: "Home:", "Res.:", not "Home contact:".
    private static let placeOnlyLabels = KeywordTable(["home", "res", "residence"].map { ($0, ()) })

    /// Whether the label, or the one word before it ("Home address:", "Postal address:"), opens its line or
    /// follows a sign or a form's gap: a field, not a sentence ("free to a good home: 2 hens").
    private static func opensField(_ context: ScanContext, _ label: Int) -> Bool {
        func opens(_ k: Int) -> Bool {
            let token = context.tokens[k]
            return k == 0 || token.startsLine || context.tokens[k - 1].kind == .symbol
                || token.start - context.tokens[k - 1].end >= 2
        }
        if opens(label) { return true }
        return context.tokens[label - 1].isWord && opens(label - 1)
    }

    /// Whether the word before the label makes it another kind of address: "E-mail address:", "IP address:".
    private static func afterOtherAddress(_ context: ScanContext, _ label: Int) -> Bool {
        label >= 1 && !context.tokens[label].startsLine && context.tokens[label - 1].isWord
            && otherAddresses[hash: context.tokens[label - 1].hash] != nil
    }

    /// "E-mail", "IP", "MAC", "web" and the like, whose addresses are no street's.
    private static let otherAddresses = KeywordTable(
        ["email", "e-mail", "mail", "ip", "mac", "web", "website", "correo", "courriel", "wallet", "server", "url"]
            .map { ($0, ()) })

    /// The last token of the value that starts at `first`: up to the end of its line, a gap of two spaces or more
    /// (a form's next field), a semicolon, a bracket, the next field's label ("Tel:", "Mob. 079…"), or the end of a
    /// sentence; trailing commas and periods left out. Nil when the value is on the next line or empty.
    private static func fieldEnd(_ context: ScanContext, from first: Int) -> Int? {
        let tokens = context.tokens
        guard first < tokens.count, !tokens[first].startsLine else { return nil }
        var j = first
        while j + 1 < tokens.count, j + 1 - first < 40 {
            let next = tokens[j + 1]
            if next.startsLine || next.start - tokens[j].end >= 2 { break }
            if next.kind == .symbol, [0x3B, 0x7C, 0x28, 0x21, 0x3F, 0x22].contains(context.bytes[next.start]) {
                break
            }
            // The next field: a word and a colon, or a phone word before its number.
            if next.isWord,
                context.isSymbol(j + 2, 0x3A)
                    || context.has(j + 1, .phoneWord)
                        && (context.isSymbol(j + 2, 0x2E) || context.isNumber(j + 2, digits: 1...15))
            {
                break
            }
            // A sentence's end: a period after a word of four letters or more, then a capitalized word, unless a
            // comma soon after shows the address going on ("Bldg. Abou Jaoudeh, 3rd floor").
            if context.isSymbol(j + 1, 0x2E), tokens[j].isWord, tokens[j].length >= 4, j + 2 < tokens.count,
                tokens[j + 2].isWord, tokens[j + 2].isCapitalized, !tokens[j + 2].startsLine,
                !partFollows(context, j + 2)
            {
                break
            }
            j += 1
        }
        while j >= first, tokens[j].kind == .symbol, [0x2C, 0x2E, 0x2D, 0x3A].contains(context.bytes[tokens[j].start]) {
            j -= 1
        }
        return j >= first ? j : nil
    }

    /// Whether a comma comes within four words after token `k`, on its line and before another period.
    private static func partFollows(_ context: ScanContext, _ k: Int) -> Bool {
        var j = k + 1
        while j < context.tokens.count, j - k <= 4, !context.tokens[j].startsLine {
            if context.isSymbol(j, 0x2C) { return true }
            if context.tokens[j].kind == .symbol { return false }
            j += 1
        }
        return false
    }

    /// Whether tokens `first...last` read as an address: a word of two letters or more, and a number or two commas
    /// ("Rue Drouot, face boulangerie Zepol, Akwa, Douala"); never with an `@` ("see a@b.org") or a `+` before a
    /// number ("Home: wife Mina, +977 980-4417263") in it.
    private static func isAddressValue(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        var words = 0
        var numbers = 0
        var commas = 0
        for k in first...last {
            let token = context.tokens[k]
            switch token.kind {
            case .word:
                if token.flags.contains(.hasDigit) { numbers += 1 } else if token.length >= 2 { words += 1 }
            case .number: numbers += 1
            default:
                let byte = context.bytes[token.start]
                if byte == 0x40 || byte == 0x2B && context.isNumber(k + 1, digits: 1...4) { return false }
                if byte == 0x2C { commas += 1 }
            }
        }
        return words > 0 && (numbers > 0 || commas >= 2)
    }
}
