/// Finds the numbers that identify a person by their shape and check digits: US Social Security
/// numbers, payment card numbers (Luhn) and phone numbers.
enum NumberDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        var resume = 0
        for i in context.anchors.numeric where i >= resume {
            let token = context.tokens[i]
            if token.kind == .symbol, context.bytes[token.start] == 0x28,
                let end = parenthesizedPhone(context, i) ?? bracketedCountryCodePhone(context, i)
                    ?? planPhone(context, from: i)
            {
                candidates.add(.phoneNumber, token.start, end.byte, 0.9)
                resume = end.token + 1
                continue
            }
            guard token.isNumber, context.startsCleanly(i) || context.isSymbol(i - 1, 0x2B) else { continue }
            if token.length == 1, let end = trunkEightPhone(context, i) {
                candidates.add(.phoneNumber, token.start, end.byte, end.confidence)
                resume = end.token + 1
                continue
            }
            // Most numbers are short and stand alone: fewer than five digits, no group after them and no `+`
            // before them make no SSN, card or phone number, so they need no chain.
            if token.length < 5, DigitChain.group(after: i, context) == nil, !context.isSymbol(i - 1, 0x2B),
                !WrittenPhone.isAreaCodeSlash(context, after: i)
            {
                continue
            }
            let chain = DigitChain(context, from: i)
            if let last = ssn(context, chain, &candidates) ?? card(context, chain, &candidates) {
                resume = last + 1
            } else if let end = phone(context, chain) {
                let start = context.isSymbol(i - 1, 0x2B) ? context.tokens[i - 1].start : token.start
                candidates.add(.phoneNumber, start, end.byte, end.confidence)
                resume = end.token + 1
            }
        }
    }

    /// `ddd-dd-dddd` or `ddd dd dddd` under the SSA's rules: no area 000, 666 or 9xx, no group 00, no
    /// serial 0000. A bare nine-digit number counts only after an SSN label.
    private static func ssn(_ context: ScanContext, _ chain: DigitChain, _ candidates: inout CandidateList) -> Int? {
        let first = chain.groups[0]
        if chain.starts(with: [3, 2, 4]), chain.separators[1] == chain.separators[2],
            chain.separators[1] == 0x2D || chain.separators[1] == 0x20,
            chain.count == 3 || chain.separators[3] != chain.separators[1]
        {
            let last = chain.groups[2]
            guard context.endsCleanly(last),
                isValidSSN(
                    area: context.value(first), group: context.value(chain.groups[1]),
                    serial: context.value(last))
            else { return nil }
            let confidence = chain.separators[1] == 0x2D ? 0.93 : 0.8
            candidates.add(.usSSN, tokens: first, last, confidence)
            return last
        }
        if chain.lengths[0] == 9, chain.count == 1 || chain.separators[1] == 0x20, context.endsCleanly(first) {
            let v = context.value(first)
            guard isValidSSN(area: v / 1_000_000, group: v / 10_000 % 100, serial: v % 10_000),
                context.isPreceded(first, byOneOf: .ssnWord, within: 8)
            else { return nil }
            candidates.add(.usSSN, tokens: first, first, 0.9)
            return first
        }
        return nil
    }

    static func isValidSSN(area: Int, group: Int, serial: Int) -> Bool {
        area > 0 && area != 666 && area < 900 && group > 0 && serial > 0
    }

    /// 13 to 19 digits, written whole or in groups (4-4-4-4, 4-6-5, 4-6-4), passing the Luhn check.
    private static func card(_ context: ScanContext, _ chain: DigitChain, _ candidates: inout CandidateList) -> Int? {
        var groupCount = 0
        if chain.lengths[0] >= 13, chain.lengths[0] <= 19 {
            groupCount = 1
        } else if chain.starts(with: [4, 4, 4, 4]) {
            groupCount = chain.count >= 5 && chain.lengths[4] <= 3 ? 5 : 4
        } else if chain.starts(with: [4, 6, 5]) || chain.starts(with: [4, 6, 4]) {
            groupCount = 3
        }
        guard groupCount > 0, groupCount == 1 || chain.separated(by: chain.separators[1], upTo: groupCount),
            groupCount == 1 || chain.separators[1] != 0x2E
        else { return nil }
        let last = chain.groups[groupCount - 1]
        let start = context.tokens[chain.groups[0]].start
        // After a plus sign the digits are an international phone number (E.164), never a card.
        guard start == 0 || context.bytes[start - 1] != 0x2B else { return nil }
        let leading = context.bytes[start]
        guard context.endsCleanly(last), leading >= 0x32, leading <= 0x36 else { return nil }
        // A number alone after an identifier's label is that identifier ("ID 6203150118085", a South African
        // identity number, which has a Luhn check digit too).
        if groupCount == 1, followsIdentifierLabel(context, chain.groups[0]) { return nil }
        var confidence = groupCount == 1 ? 0.75 : 0.92
        if !Luhn.isValid(context.bytes, from: context.tokens[chain.groups[0]].start, to: context.tokens[last].end) {
            // A number mistyped or made up is still written as a card's number after the card's name.
            guard chain.starts(with: [4, 4, 4, 4]), followsCardWord(context, chain.groups[0]) else { return nil }
            confidence = 0.7
        }
        candidates.add(.creditCard, tokens: chain.groups[0], last, confidence)
        return last
    }
}

extension NumberDetector {
    /// Whether the word before token `i`, past a `:` or `#`, is "ID" or an identifier's label.
    fileprivate static func followsIdentifierLabel(_ context: ScanContext, _ i: Int) -> Bool {
        var k = i - 1
        if context.isSymbol(k, 0x3A) || context.isSymbol(k, 0x23) { k -= 1 }
        guard k >= 0, context.tokens[k].isWord, !context.tokens[k + 1].startsLine else { return false }
        return context.tokens[k].lexicon.contains(.identifierLabel)
            || context.tokens[k].hash == IdentifierDetector.idHash
    }

    /// Whether a card's name or the word "card" of some language is among the three words before token `i`
    /// on its line ("Visa 4716 …", "titular de la tarjeta Visa …", "card ending").
    fileprivate static func followsCardWord(_ context: ScanContext, _ i: Int) -> Bool {
        var k = i - 1
        var words = 0
        while k >= 0, words < 3, !context.tokens[k + 1].startsLine {
            if context.tokens[k].isWord {
                if cardWords[hash: context.tokens[k].hash] != nil { return true }
                words += 1
            }
            k -= 1
        }
        return false
    }

    private static let cardWords = KeywordTable([
        "visa", "mastercard", "amex", "maestro", "discover", "card", "tarjeta", "carte", "karte", "kreditkarte",
        "cartao", "carta", "kaart", "kort", "kortti", "karta", "kartu", "karti", "karty", "creditcard",
    ].map { ($0, ()) })
}

/// The Luhn (mod 10) check of payment card numbers, over the digits of a byte range (other bytes skipped).
enum Luhn {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var sum = 0
        var double = false
        var count = 0
        var k = end - 1
        while k >= start {
            let b = bytes[k]
            if ByteClass.isDigit(b) {
                var d = Int(b - 0x30)
                if double {
                    d *= 2
                    if d > 9 { d -= 9 }
                }
                sum += d
                double.toggle()
                count += 1
            }
            k -= 1
        }
        return count >= 12 && sum % 10 == 0
    }
}
