extension NumberDetector {
    struct PhoneEnd {
        var token: Int
        var byte: Int
        var confidence: Double
    }

    /// North American numbers (`478-303-3325`, `478.303.3325`, `1-478-303-3325`, `001-…`, ten digits
    /// whole) and numbers valid in a country's plan (see ``planPhone(_:from:)``), with an extension if one
    /// follows.
    static func phone(_ context: ScanContext, _ chain: DigitChain) -> PhoneEnd? {
        let first = chain.groups[0]
        let plus = context.isSymbol(first - 1, 0x2B)
        var offset = 0
        if chain.count >= 4, chain.starts(with: [1]) || (chain.starts(with: [3]) && context.value(first) == 1) {
            offset = 1
        }
        // "514 861-4420": the area code set apart by a space, the rest joined by a hyphen; as the plan has it,
        // neither the area code nor the exchange starts with 0 or 1.
        if chain.count >= offset + 3, chain.lengths[offset] == 3, chain.lengths[offset + 1] == 3,
            chain.lengths[offset + 2] == 4,
            case let spacedArea = offset == 0 && chain.separators[1] == 0x20 && chain.separators[2] == 0x2D
                && context.bytes[context.tokens[first].start] >= 0x32
                && context.bytes[context.tokens[chain.groups[1]].start] >= 0x32,
            spacedArea || chain.separated(by: chain.separators[offset + 1], upTo: offset + 3),
            offset == 0 || chain.separators[1] == chain.separators[2] || chain.separators[1] == 0x2D
        {
            let separator = spacedArea ? 0x2D : chain.separators[offset + 1]
            guard separator != 0x2F, chain.count == offset + 3 || chain.separators[offset + 3] != separator else {
                return nil
            }
            let last = chain.groups[offset + 2]
            guard context.endsCleanly(last) || isExtension(context, last + 1) else { return nil }
            return withExtension(context, last, confidence: separator == 0x20 && !plus ? 0.7 : 0.9)
        }
        if !plus, chain.starts(with: [3, 4, 4]), let end = spacedChineseMobile(context, chain) { return end }
        if plus || chain.digits(chain.count) >= 5 || WrittenPhone.isAreaCodeSlash(context, after: first),
            let end = planPhone(context, from: first)
        {
            return end
        }
        if chain.count == 1, context.endsCleanly(first) {
            let length = chain.lengths[0]
            let start = context.tokens[first].start + (length == 11 ? 1 : 0)
            guard length == 10 || (length == 11 && context.bytes[context.tokens[first].start] == 0x31),
                context.bytes[start] >= 0x32, context.bytes[start + 3] >= 0x32
            else { return nil }
            return withExtension(context, first, confidence: plus ? 0.85 : 0.55)
        }
        return nil
    }

    /// `(478) 303-3325` or `(478)303-3325`, starting at the `(` token.
    static func parenthesizedPhone(_ context: ScanContext, _ open: Int) -> PhoneEnd? {
        guard context.isNumber(open + 1, digits: 3...3, attached: true), context.isSymbol(open + 2, 0x29),
            context.tokens[open + 2].isAttached, context.isNumber(open + 3, digits: 3...3)
        else { return nil }
        let chain = DigitChain(context, from: open + 3)
        guard chain.starts(with: [3, 4]), chain.separators[1] != 0x2F, context.endsCleanly(chain.groups[1])
        else { return nil }
        return withExtension(context, chain.groups[1], confidence: 0.9)
    }

    /// A number after the trunk prefix "8" of Russia, Belarus and Central Asia, its area code in brackets:
    /// `8 (912) 345-67-89`, `8(4952) 12-34-56`, `8 (029) 123 45 67`; ten digits after the prefix, in groups of two
    /// to four joined by hyphens or spaces. Starts at the "8".
    static func trunkEightPhone(_ context: ScanContext, _ eight: Int) -> PhoneEnd? {
        let token = context.tokens[eight]
        guard token.length == 1, context.bytes[token.start] == 0x38, context.isSymbol(eight + 1, 0x28),
            context.isNumber(eight + 2, digits: 3...5, attached: true), context.isSymbol(eight + 3, 0x29),
            context.tokens[eight + 3].isAttached
        else { return nil }
        var digits = context.tokens[eight + 2].length
        var k = eight + 4
        var last = eight + 3
        while digits < 10, k < context.tokens.count, context.tokens[k].isNumber, !context.tokens[k].startsLine,
            (2...4).contains(context.tokens[k].length)
        {
            digits += context.tokens[k].length
            last = k
            // The next group, after a hyphen or a space.
            k += context.isSymbol(k + 1, 0x2D) ? 2 : 1
        }
        guard digits == 10, last > eight + 3, context.endsCleanly(last) else { return nil }
        return withExtension(context, last, confidence: 0.85)
    }

    /// Extends a phone number ending at token `last` over ` x123`, ` ext. 123` or ` extension 123`.
    static func withExtension(_ context: ScanContext, _ last: Int, confidence: Double)
        -> PhoneEnd
    {
        var end = PhoneEnd(token: last, byte: context.tokens[last].end, confidence: confidence)
        let next = last + 1
        guard next < context.tokens.count, context.tokens[next].isWord, !context.tokens[next].startsLine else {
            return end
        }
        let word = context.tokens[next]
        if isExtension(context, next) {
            end.token = next
            end.byte = word.end
        } else if context.has(next, .extensionWord) {
            var k = next + 1
            if context.isSymbol(k, 0x2E) { k += 1 }
            if context.isNumber(k, digits: 1...6) {
                end.token = k
                end.byte = context.tokens[k].end
            }
        }
        return end
    }

    /// Whether token `k` is an extension written as one word: `x1234`.
    private static func isExtension(_ context: ScanContext, _ k: Int) -> Bool {
        guard k < context.tokens.count, context.tokens[k].isWord else { return false }
        let word = context.tokens[k]
        return (context.bytes[word.start] | 0x20) == 0x78 && word.length >= 2 && word.length <= 7
            && (word.start + 1..<word.end).allSatisfy { ByteClass.isDigit(context.bytes[$0]) }
    }
}
