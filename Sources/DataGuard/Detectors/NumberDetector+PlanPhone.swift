extension NumberDetector {
    /// A number that is valid in a country's numbering plan, written as people write it, where its
    /// context allows: after `+` or `00` with a country code ("+44 20 7946 0958", "+4915123456789",
    /// "0033 1 23 45 67 89"); with a trunk prefix in phone-like groups ("020 7946 0958", "01.23.45.67.89");
    /// and after a phone word, any national number, or a short local one ("Tel. 612 345 678",
    /// "Puh. 045 123 4567", "call me on 555 0147"); a national number of ten digits or more with its area
    /// code in brackets ("(81) 98834-2719"); and Australia's 1300 and 1800 numbers without a phone word.
    static func planPhone(_ context: ScanContext, from first: Int) -> PhoneEnd? {
        guard !context.isSymbol(first - 1, 0x23), !context.isSymbol(first - 1, 0x24) else { return nil }
        let plus = context.isSymbol(first - 1, 0x2B)
        let number = context.isSymbol(first, 0x28) ? first + 1 : first
        guard context.isNumber(number, digits: 1...WrittenPhone.maxDigits) else { return nil }
        let firstDigit = context.bytes[context.tokens[number].start]
        // Without `+` or a trunk prefix a number is a phone only after a phone word, or with its area code in
        // brackets.
        let labelled = isPhoneLabelled(context, before: first) || plus && isPlusCue(context, first - 2)
            || !plus && first >= 1 && context.tokens[first - 1].hash == alHash && isLongNumberAfterAl(context, first)
        let bracketed = number > first
        let named = !plus && !labelled && !bracketed && followsName(context, first)
        guard plus || firstDigit == 0x30 || labelled || bracketed || named else {
            return firstDigit == 0x31 ? australianInbound(context, number) : nil
        }
        let phone = WrittenPhone(context, from: first)
        guard phone.groupCount > 0, phone.digitCount >= 5 else { return nil }
        let plan = context.vocabulary.phonePlan
        for groups in stride(from: phone.groupCount, through: 1, by: -1) {
            let last = phone.lastToken[groups - 1]
            let digits = phone.digitsAtEnd[groups - 1]
            guard context.endsCleanly(last), !phone.looksLikeDate(groups: groups) || plus else { continue }
            if let confidence = confidence(
                phone, groups: groups, plan: plan, plus: plus, labelled: labelled, bracketed: bracketed,
                named: named), digits >= 5
            {
                return withExtension(context, last, confidence: confidence)
            }
        }
        return nil
    }

    /// "1300 772 769", "1800 555 010": Australia's numbers for calls at a local rate or free, in groups of four, three
    /// and three digits apart by spaces, which need no phone word; starting at `first`.
    private static func australianInbound(_ context: ScanContext, _ first: Int) -> PhoneEnd? {
        guard context.isNumber(first, digits: 4...4), context.value(first) == 1300 || context.value(first) == 1800,
            context.isNumber(first + 1, digits: 3...3), context.isNumber(first + 2, digits: 3...3),
            !context.tokens[first + 1].isAttached, !context.tokens[first + 2].isAttached,
            !context.tokens[first + 1].startsLine, !context.tokens[first + 2].startsLine, context.endsCleanly(first + 2)
        else { return nil }
        return withExtension(context, first + 2, confidence: 0.7)
    }

    /// A number after its country code in brackets with its `+`, starting at the `(`: "(+44) 20 7946 0958",
    /// "(+234) 803 123 4567"; the country code and the number together valid in the plan.
    static func bracketedCountryCodePhone(_ context: ScanContext, _ open: Int) -> PhoneEnd? {
        guard context.isSymbol(open + 1, 0x2B), context.tokens[open + 1].isAttached,
            context.isNumber(open + 2, digits: 1...3, attached: true), context.isSymbol(open + 3, 0x29),
            context.tokens[open + 3].isAttached, context.isNumber(open + 4, digits: 1...WrittenPhone.maxDigits)
        else { return nil }
        let code = context.tokens[open + 2]
        let phone = WrittenPhone(context, from: open + 4)
        guard phone.groupCount > 0 else { return nil }
        let plan = context.vocabulary.phonePlan
        for groups in stride(from: phone.groupCount, through: 1, by: -1) {
            let last = phone.lastToken[groups - 1]
            guard context.endsCleanly(last), phone.digitsAtEnd[groups - 1] >= 5 else { continue }
            var digits = (code.start..<code.end).map { context.bytes[$0] &- 0x30 }
            digits.append(contentsOf: phone.digits(groups: groups))
            if plan.reach(of: digits).contains(.international) {
                return withExtension(context, last, confidence: 0.85)
            }
        }
        return nil
    }

    private static func confidence(
        _ phone: WrittenPhone, groups: Int, plan: PhonePlan, plus: Bool, labelled: Bool, bracketed: Bool, named: Bool
    ) -> Double? {
        let count = phone.digitsAtEnd[groups - 1]
        if plus {
            if plan.reach(of: phone.digits(groups: groups)).contains(.international) { return 0.85 }
            // "+52 1 55 4182 0937": the "1" Mexico's mobiles took after the country code until 2019, still written.
            if count == 13, phone.digits[0] == 5, phone.digits[1] == 2, phone.digits[2] == 1,
                plan.reach(of: [5, 2] + phone.digits(groups: groups, from: 3)).contains(.international)
            {
                return 0.8
            }
            // Labelled, a number after `+` is a phone even where the plan keeps its range for fiction or
            // has not caught up ("Mobile: +44 7700 900631"); not in North America's plan, which is complete,
            // so that a number cut short there stays out.
            return labelled && phone.digits[0] != 1 && (10...15).contains(count) ? 0.75 : nil
        }
        let first = phone.digits[0]
        if first == 0, count > 2, phone.digits[1] == 0 {
            let international = plan.reach(of: phone.digits(groups: groups, from: 2)).contains(.international)
            return international && (labelled || groups >= 2) ? 0.8 : nil
        }
        let reach = plan.reach(of: phone.digits(groups: groups))
        if labelled {
            if !reach.isDisjoint(with: [.trunk, .national]) { return 0.8 }
            // A short local number, or one in groups that the plans do not know in this form ("cel 15-4471-2290",
            // Argentina's mobile prefix before the number), or in two groups apart by a space ("mob 91234 56789"),
            // whose first group alone may be a short number of some plan.
            let spacedPair = groups == 2 && count >= 9 && count <= 12 && phone.separators[1] == 0x20
            return count >= 6 && count <= 8 || groups >= 3 && count <= 12 || spacedPair ? 0.6 : nil
        }
        if bracketed, groups >= 2, count >= 10, reach.contains(.national) { return 0.7 }
        let grouped = groups >= 2 && phone.isEvenlySeparated(groups: groups) && phone.separators[1] != 0x2F
        // "Karthik: 98450 61732", "N. Stavridou — 2310 251 844": a national number in groups set apart by spaces,
        // right after a name.
        if named, grouped, phone.separators[1] == 0x20, count >= 8, count <= 12, reach.contains(.national) {
            return 0.6
        }
        // "0221 / 4 78 91-19": an area code of three to five digits and a slash, as German writes it, then the number
        // in groups apart by spaces or hyphens, ten digits or more in all.
        if first == 0, phone.digits[1] != 0, groups >= 2, phone.separators[1] == 0x2F, count >= 10,
            (3...5).contains(phone.digitsAtEnd[0]), (2..<groups).allSatisfy({ phone.separators[$0] != 0x2F }),
            reach.contains(.trunk)
        {
            return 0.6
        }
        return first == 0 && reach.contains(.trunk) && grouped && count >= 9 ? 0.6 : nil
    }

    /// Whether a given name or surname that is no English word, and a comma, colon, dash or opening bracket after
    /// it, come right before token `i` ("Karthik: …", "rubén acosta, …", "N. Stavridou — …", "Kari Nordby (…").
    private static func followsName(_ context: ScanContext, _ i: Int) -> Bool {
        guard i >= 2, !context.tokens[i].startsLine, context.tokens[i - 1].kind == .symbol,
            context.tokens[i - 2].isWord, !context.tokens[i - 1].startsLine,
            !context.tokens[i - 2].flags.contains(.allCaps)
        else { return false }
        let b = context.bytes[context.tokens[i - 1].start]
        guard b == 0x2C || b == 0x3A || b == 0x2D || b == 0x28 || context.isLongDash(i - 1) else { return false }
        let classes = context.vocabulary.words.classes(of: context.tokens[i - 2].stemHash)
        return !classes.isDisjoint(with: [.given, .surname]) && !classes.contains(.common)
    }

    /// Whether a phone word ("Tel.", "mobile", "puhelin"), a one-letter label ("T:", "M:", or "T" opening a
    /// line) or a telephone sign comes shortly before token `i` on its line, with no sentence end between; other
    /// numbers between count when they are a phone's groups ("tel. 954 21 38 76 / 655 30 18 42").
    static func isPhoneLabelled(_ context: ScanContext, before i: Int) -> Bool {
        var k = i - 1
        var words = 0
        var numbers = 0
        while k >= 0, words < 4, !context.tokens[k + 1].startsLine {
            let token = context.tokens[k]
            if token.lexicon.contains(.phoneWord) { return true }
            // "his number 9856 047 218", "my new number": a person's number is their phone.
            if token.length == 6, token.hash == numberHash, k >= 1,
                possessives[hash: context.tokens[k - 1].hash] != nil
            {
                return true
            }
            // "T: 020 …", or the letter alone at the start of a signature line ("T 514 861-4420"); with no word
            // between it and the number ("O: TA 148/92" is a note's observation, a blood pressure).
            if token.isWord, token.length == 1, token.lexicon.contains(.phoneLetter), words == 0,
                context.isSymbol(k + 1, 0x3A) || k == i - 1 && token.startsLine && token.isCapitalized
            {
                return true
            }
            if token.kind == .symbol {
                if isTelephoneSign(context, token.start) { return true }
                let b = context.bytes[token.start]
                let abbreviation = b == 0x2E && token.isAttached && context.has(k - 1, .phoneWord)
                if b == 0x3B || b == 0x21 || b == 0x3F || b == 0x23 || (b == 0x2E && !abbreviation) { return false }
            }
            if token.isNumber {
                numbers += 1
                guard numbers <= 6, token.length >= 2 else { return false }
            }
            if token.isWord { words += 1 }
            k -= 1
        }
        return false
    }

    /// Whether token `k` is "on" or "at", which say in English that a number after `+` is a phone whatever its
    /// range ("brother Adeel on +44 7700 900 582").
    private static func isPlusCue(_ context: ScanContext, _ k: Int) -> Bool {
        k >= 0 && context.tokens[k].length == 2
            && (context.tokens[k].hash == onHash || context.tokens[k].hash == atHash)
    }

    /// "llamen a mi flaca al 987 214 630", "yapeen la cuota al 954330718", "al 33-1234-5678": the Spanish "al" (to the)
    /// right before a number of eight digits or more, in groups apart by single spaces or joined by hyphens, or in
    /// one, which there is someone's phone; not the end of a range ("del 1 al 10000000") nor an amount ("al
    /// 12345678 usd"). The caller has seen "al" at `first - 1`.
    private static func isLongNumberAfterAl(_ context: ScanContext, _ first: Int) -> Bool {
        guard context.tokens[first - 1].isWord, !context.tokens[first].startsLine,
            !context.isNumber(first - 2, digits: 1...20)
        else { return false }
        var digits = 0
        var k = first
        while k < context.tokens.count, context.tokens[k].isNumber {
            digits += context.tokens[k].length
            if context.isNumber(k + 1, digits: 1...20), context.tokens[k + 1].start - context.tokens[k].end == 1,
                context.bytes[context.tokens[k + 1].start - 1] == 0x20
            {
                k += 1
            } else if context.isSymbol(k + 1, 0x2D), context.tokens[k + 1].isAttached,
                context.isNumber(k + 2, digits: 1...20, attached: true)
            {
                k += 2
            } else {
                k += 1
                break
            }
        }
        guard digits >= 8, context.endsCleanly(k - 1) else { return false }
        return k >= context.tokens.count || context.tokens[k].startsLine
            || !context.isSymbol(k, 0x25) && currencies[hash: context.tokens[k].hash] == nil
    }

    /// Currencies written after an amount.
    private static let currencies = KeywordTable(
        ["usd", "eur", "pesos", "peso", "soles", "sol", "euros", "dolares", "dollars", "mxn", "cop", "clp", "ars",
         "pen", "bs", "colones", "quetzales", "lempiras", "cordobas", "guaranies"].map { ($0, ()) })

    private static let alHash = WordHash.of(word: Substring("al").utf8)
    private static let onHash = WordHash.of(word: Substring("on").utf8)
    private static let numberHash = WordHash.of(word: Substring("number").utf8)
    /// The words before "number" that make it a person's: "my", "his", "her", "new", and the possessives of Hindi
    /// and Urdu written in Latin letters, as chats mix them with English ("mera number", "uska number").
    private static let possessives = KeywordTable(
        ["my", "his", "her", "your", "their", "our", "new", "whose", "mera", "meri", "mere", "tera", "tumhara", "apna",
         "uska", "uski", "hamara", "aapka"].map { ($0, ()) })
    private static let atHash = WordHash.of(word: Substring("at").utf8)

    /// ☎ (E2 98 8E), 📞 (F0 9F 93 9E) or 📱 (F0 9F 93 B1).
    private static func isTelephoneSign(_ context: ScanContext, _ s: Int) -> Bool {
        let b = context.byte(s)
        if b == 0xE2 { return context.byte(s + 1) == 0x98 && context.byte(s + 2) == 0x8E }
        return b == 0xF0 && context.byte(s + 1) == 0x9F && context.byte(s + 2) == 0x93
            && (context.byte(s + 3) == 0x9E || context.byte(s + 3) == 0xB1)
    }
}
