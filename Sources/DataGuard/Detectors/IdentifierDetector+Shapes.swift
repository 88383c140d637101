extension IdentifierDetector {
    /// Whether number `i` may open one of the grouped numbers below: one or three digits, a period or hyphen glued
    /// after them. Most numbers are not so, and are asked no further.
    @inline(__always)
    static func mayBeGrouped(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.isNumber, token.length == 1 || token.length == 3 else { return false }
        let next = context.byte(token.end)
        return next == 0x2D || next == 0x2E
    }

    /// Switzerland's social insurance number (AHV, AVS) by its shape, which needs no label: 756, then three groups
    /// of four, four and two digits, joined by periods ("756.1234.5678.97"), the last digit an EAN-13 check digit.
    static func isSwissSocialInsuranceNumber(_ context: ScanContext, _ i: Int) -> Bool {
        guard context.isNumber(i, digits: 3...3), context.value(i) == 756,
            let digits = groupedDigits(context, from: i, lengths: [3, 4, 4, 2], joinedBy: [0x2E, 0x2E, 0x2E])
        else { return false }
        // Weights 1 and 3 in turn from the left over the first twelve digits.
        var sum = 0
        for n in 0..<12 { sum += digits[n] * (n % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10 == digits[12]
    }

    /// Thailand's identity number by its shape, which needs no label: thirteen digits in groups of one, four, five,
    /// two and one, joined by hyphens ("1-1020-12345-67-8"), the first digit 1 to 8 and the last a check digit (the
    /// sum of the first twelve, weighted 13 down to 2, taken from 11, modulo 10).
    static func isThaiIdentityNumber(_ context: ScanContext, _ i: Int) -> Bool {
        guard context.isNumber(i, digits: 1...1), context.isSymbol(i + 1, 0x2D),
            let digits = groupedDigits(context, from: i, lengths: [1, 4, 5, 2, 1], joinedBy: [0x2D, 0x2D, 0x2D, 0x2D]),
            (1...8).contains(digits[0])
        else { return false }
        var sum = 0
        for n in 0..<12 { sum += digits[n] * (13 - n) }
        return (11 - sum % 11) % 10 == digits[12]
    }

    /// The last token of the check digit and version after the eight digits at `last` of Portugal's citizen card
    /// number: "12345678 9 ZX1", "12345678 9ZX1" (a digit, then two capitals and a digit).
    static func citizenCardSuffix(_ context: ScanContext, after last: Int) -> Int? {
        let check = last + 1
        guard context.tokens[last].isNumber, context.tokens[last].length == 8,
            context.isNumber(check, digits: 1...1), !context.tokens[check].startsLine,
            context.tokens[check].start - context.tokens[last].end == 1, check + 1 < context.tokens.count,
            case let version = context.tokens[check + 1], version.isWord, version.length == 3, !version.startsLine,
            version.start - context.tokens[check].end <= 1, ByteClass.isASCIIUpper(context.bytes[version.start]),
            ByteClass.isASCIIUpper(context.bytes[version.start + 1]),
            ByteClass.isDigit(context.bytes[version.start + 2]), context.endsCleanly(check + 1)
        else { return nil }
        return check + 1
    }

    /// The last token of the check letter and district code after the six or seven digits at `last` of Zimbabwe's
    /// national identity number, which opens with two digits and a hyphen: "63-123456 F 45", "63-123456F45",
    /// "63-1234567-F-45".
    static func zimbabweSuffix(_ context: ScanContext, after last: Int) -> Int? {
        guard last >= 2, context.isNumber(last, digits: 6...7), context.isSymbol(last - 1, 0x2D),
            context.isNumber(last - 2, digits: 2...2)
        else { return nil }
        var k = last + 1
        if context.isSymbol(k, 0x2D), context.tokens[k].isAttached { k += 1 }
        guard k < context.tokens.count, case let letter = context.tokens[k], letter.isWord, !letter.startsLine,
            letter.start - context.tokens[k - 1].end <= 1, ByteClass.isASCIIUpper(context.bytes[letter.start])
        else { return nil }
        // The district glued to the letter ("F45", "F-45"), or apart.
        let rest = letter.start + 1..<letter.end
        if rest.count == 2 || rest.count == 3 && context.bytes[rest.lowerBound] == 0x2D {
            guard rest.suffix(2).allSatisfy({ ByteClass.isDigit(context.bytes[$0]) }), context.endsCleanly(k)
            else { return nil }
            return k
        }
        guard rest.isEmpty else { return nil }
        var district = k + 1
        if context.isSymbol(district, 0x2D), context.tokens[district].isAttached { district += 1 }
        guard context.isNumber(district, digits: 2...2), !context.tokens[district].startsLine,
            context.tokens[district].start - context.tokens[district - 1].end <= 1, context.endsCleanly(district)
        else { return nil }
        return district
    }

    /// The series before a passport's number, as Russia, Ukraine and their neighbours write it ("серия 4510 №
    /// 123456", "серії АА № 123456", "серия 4510 123456"): the series' word and its value before number `i`, or nil.
    /// Inlined into the identifier detector, which asks it of every number: most are ruled out without a call.
    @inline(__always)
    static func passportSeries(_ context: ScanContext, before i: Int) -> (word: Int, value: Int)? {
        var k = i - 1
        if k >= 0, context.tokens[k].kind == .symbol, context.byte(context.tokens[k].start) == 0xE2,
            context.byte(context.tokens[k].start + 1) == 0x84, context.byte(context.tokens[k].start + 2) == 0x96
        {
            k -= 1  // "№"
        }
        // The series' words have five bytes or more ("seria", "серия"): most words before a number are shorter.
        guard k >= 1, context.tokens[k - 1].length >= 5, context.tokens[k - 1].isWord, !context.tokens[i].startsLine,
            !context.tokens[k].startsLine,
            context.isNumber(k, digits: 2...4) || context.tokens[k].isWord && context.tokens[k].length <= 4,
            passportSeriesWords[hash: context.tokens[k - 1].hash] != nil
        else { return nil }
        return (k - 1, k)
    }

    /// "Series" in Russian, Ukrainian and Belarusian, and in Latin letters.
    private static let passportSeriesWords = KeywordTable(
        ["серия", "серии", "серія", "серії", "серыя", "seriya", "seria"].map { ($0, ()) })

    /// The last token of Myanmar's national registration card number that opens with the state's number at `i`: the
    /// township's code, the citizen's letter in brackets and six digits ("12/OuKaMa(N)123456", "9/MaHtaLa(N)045678").
    static func myanmarRegistrationEnd(_ context: ScanContext, _ i: Int) -> Int? {
        guard context.isNumber(i, digits: 1...2), context.isSymbol(i + 1, 0x2F), i + 6 < context.tokens.count,
            context.tokens[i + 2].isWord, context.tokens[i + 2].isCapitalized, context.tokens[i + 2].isAttached,
            context.isSymbol(i + 3, 0x28), context.tokens[i + 3].isAttached, context.tokens[i + 4].isWord,
            context.tokens[i + 4].isCapitalized, context.isSymbol(i + 5, 0x29), context.tokens[i + 5].isAttached,
            context.isNumber(i + 6, digits: 6...6, attached: true), context.endsCleanly(i + 6)
        else { return nil }
        return i + 6
    }

    /// Ghana's card number (the Ghana Card's personal identification number) by its shape, which needs no label:
    /// the letters GHA, nine digits and a check digit, joined by hyphens ("GHA-712345678-9"), from its first token.
    static func isGhanaCardNumber(_ context: ScanContext, _ first: Int) -> Bool {
        let code = context.tokens[first]
        guard code.isWord, code.length == 3, context.bytes[code.start] == 0x47, context.bytes[code.start + 1] == 0x48,
            context.bytes[code.start + 2] == 0x41, context.isSymbol(first + 1, 0x2D),
            context.isNumber(first + 2, digits: 9...9, attached: true), context.isSymbol(first + 3, 0x2D),
            context.tokens[first + 3].isAttached, context.isNumber(first + 4, digits: 1...1, attached: true)
        else { return false }
        return context.endsCleanly(first + 4)
    }

    /// The last token of Angola's identity card number (bilhete de identidade) that opens at token `i`, known by its
    /// shape, which needs no label: nine digits, the two capitals of the province that issued it and three digits
    /// ("004567890LA045"). Nil when there is none.
    static func angolanIdentityCardEnd(_ context: ScanContext, _ i: Int) -> Int? {
        guard context.isNumber(i, digits: 9...9), i + 1 < context.tokens.count, case let tail = context.tokens[i + 1],
            tail.isWord, tail.isAttached, tail.length == 5
        else { return nil }
        for k in 0..<5 {
            let b = context.bytes[tail.start + k]
            guard k < 2 ? ByteClass.isASCIIUpper(b) : ByteClass.isDigit(b) else { return nil }
        }
        return context.endsCleanly(i + 1) ? i + 1 : nil
    }

    /// Brazil's CPF (the individual taxpayer's number) by its shape, which needs no label: three groups of three
    /// digits joined by periods and two check digits after a hyphen ("123.456.789-09"), each check digit the sum of
    /// the digits before it, weighted from 10 (and 11) down to 2, times ten, modulo 11, modulo 10; not one digit
    /// eleven times, which passes the checks.
    static func isBrazilianTaxpayerNumber(_ context: ScanContext, _ i: Int) -> Bool {
        guard context.isNumber(i, digits: 3...3),
            let digits = groupedDigits(context, from: i, lengths: [3, 3, 3, 2], joinedBy: [0x2E, 0x2E, 0x2D])
        else { return false }
        func check(_ count: Int) -> Int {
            var sum = 0
            for n in 0..<count { sum += digits[n] * (count + 1 - n) }
            return sum * 10 % 11 % 10
        }
        return check(9) == digits[9] && check(10) == digits[10] && (1..<11).contains { digits[$0] != digits[0] }
    }

    /// Turkey's identity number (T.C. kimlik numarası) after "TC" at most three tokens before it on its line ("TC:
    /// 10000000146"; "T.C." with its periods is a label of its own, ``IdentifierContext/dottedNationalLabels``):
    /// eleven digits, the first not 0, the tenth the odd places' sum times seven less the even places' (the ninth's
    /// included), modulo 10, the eleventh the first ten's sum modulo 10, so that a laboratory's "TC" (total
    /// cholesterol) before a number is none.
    static func isTurkishIdentityNumber(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.isNumber, token.length == 11, context.bytes[token.start] != 0x30, context.endsCleanly(i) else {
            return false
        }
        var k = i - 1
        while k >= 0, i - k <= 3, !context.tokens[k + 1].startsLine,
            !context.tokens[k].isWord || context.tokens[k].hash != tcHash
        {
            k -= 1
        }
        guard k >= 0, i - k <= 3, !context.tokens[k + 1].startsLine else { return false }
        var d = InlineArray<11, Int>(repeating: 0)
        for n in 0..<11 { d[n] = Int(context.bytes[token.start + n] &- 0x30) }
        let odd = d[0] + d[2] + d[4] + d[6] + d[8]
        let even = d[1] + d[3] + d[5] + d[7]
        return ((odd * 7 - even) % 10 + 10) % 10 == d[9] && (odd + even + d[9]) % 10 == d[10]
    }

    private static let tcHash = WordHash.of(word: Substring("tc").utf8)

    /// The digits of the number groups from token `i` of these `lengths`, thirteen at most, each glued to the one
    /// before by the ASCII sign of `separators` between them, the last ending cleanly; nil when the tokens are not so.
    private static func groupedDigits(
        _ context: ScanContext, from i: Int, lengths: [Int], joinedBy separators: [UInt8]
    ) -> InlineArray<13, Int>? {
        var digits = InlineArray<13, Int>(repeating: 0)
        var count = 0
        for (n, length) in lengths.enumerated() {
            let k = i + 2 * n
            let last = n == lengths.count - 1
            guard context.isNumber(k, digits: length...length), n == 0 || context.tokens[k].isAttached,
                last ? context.endsCleanly(k)
                    : context.isSymbol(k + 1, separators[n]) && context.tokens[k + 1].isAttached
            else { return nil }
            for b in context.tokens[k].start..<context.tokens[k].end where count < 13 {
                digits[count] = Int(context.bytes[b] &- 0x30)
                count += 1
            }
        }
        return count == lengths.reduce(0, +) ? digits : nil
    }
}
