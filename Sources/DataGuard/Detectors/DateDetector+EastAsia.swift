extension DateDetector {
    /// The byte where a Chinese or Japanese date that opens with the number `i` ends: "2025年4月18日", "4月18日", the
    /// year, the month and the day each with its sign, the signs and the later numbers one word with what follows.
    static func chineseOrJapaneseEnd(_ context: ScanContext, _ i: Int) -> Int? {
        let tokens = context.tokens
        guard i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].isAttached,
            context.isNumber(i, digits: 1...4)
        else { return nil }
        return chineseOrJapaneseEnd(context, from: tokens[i].start, digits: tokens[i].length)
    }

    /// Adds the Chinese or Japanese dates inside word token `i` from byte `from` on, each after the letters it is
    /// glued to: "到2026年9月30日" after another date ("10月1日到2026年9月30日").
    static func addChineseOrJapaneseInWord(
        _ context: ScanContext, _ i: Int, from: Int, born: Bool, _ candidates: inout CandidateList
    ) {
        guard i < context.tokens.count, context.tokens[i].isWord else { return }
        var from = from
        while let (start, end) = chineseOrJapaneseInWord(context, i, from: from) {
            candidates.add(born ? .dateOfBirth : .date, start, end, 0.85)
            from = end
        }
    }

    /// The bytes of the first Chinese or Japanese date inside word token `i` from byte `from` on, after the letters it
    /// is glued to: "日期為2025年3月12日", "予約日は2025年3月12日です"; nil when the word has none.
    static func chineseOrJapaneseInWord(_ context: ScanContext, _ i: Int, from: Int) -> (Int, Int)? {
        let token = context.tokens[i]
        var k = from
        while k < token.end {
            guard ByteClass.isDigit(context.bytes[k]), k > token.start, !ByteClass.isDigit(context.bytes[k - 1]) else {
                k += 1
                continue
            }
            var run = k
            while run < token.end, ByteClass.isDigit(context.bytes[run]) { run += 1 }
            if run - k <= 4, let end = chineseOrJapaneseEnd(context, from: k, digits: run - k) { return (k, end) }
            k = run
        }
        return nil
    }

    /// The byte where the Chinese or Japanese date whose first number (of `count` digits) starts at byte `start`
    /// ends, or nil.
    private static func chineseOrJapaneseEnd(_ context: ScanContext, from start: Int, digits count: Int) -> Int? {
        var k = start + count
        var value = 0
        for d in start..<k { value = value * 10 + Int(context.bytes[d] &- 0x30) }
        if count == 4 {
            guard (1900...2099).contains(value), sign(context, at: k, nian),
                let (month, after) = digits(context, from: k + 3), (1...12).contains(month)
            else { return nil }
            k = after
        } else if count > 2 || !(1...12).contains(value) {
            return nil
        }
        guard sign(context, at: k, yue), let (day, after) = digits(context, from: k + 3), (1...31).contains(day),
            sign(context, at: after, ri)
        else { return nil }
        return after + 3
    }

    /// The bytes of a Japanese date by the era's years inside word token `i`: "令和7年5月8日", "昭和58年11月3日",
    /// "平成元年4月1日" (the era's first year), the era's name, the year, the month and the day each with its sign, in
    /// the eras of Reiwa, Heisei, Showa and Taisho.
    static func japaneseEra(_ context: ScanContext, _ i: Int) -> (Int, Int)? {
        let token = context.tokens[i]
        var start = token.start
        while start + 6 < token.end {
            if eras.contains(where: { context.hasBytes($0, at: start) }) {
                var k = start + 6
                var year = 1
                if sign(context, at: k, gan) {
                    k += 3
                } else if let (value, after) = digits(context, from: k) {
                    (year, k) = (value, after)
                }
                if k > start + 6, (1...64).contains(year), sign(context, at: k, nian),
                    let (month, afterMonth) = digits(context, from: k + 3), (1...12).contains(month),
                    sign(context, at: afterMonth, yue), let (day, afterDay) = digits(context, from: afterMonth + 3),
                    (1...31).contains(day), sign(context, at: afterDay, ri), afterDay + 3 <= token.end
                {
                    return (start, afterDay + 3)
                }
            }
            start += ByteClass.scalarLength(context.bytes[start])
        }
        return nil
    }

    /// 令和, 平成, 昭和, 大正.
    private static let eras: [[UInt8]] = ["令和", "平成", "昭和", "大正"].map { Array($0.utf8) }
    private static let gan: [UInt8] = [0xE5, 0x85, 0x83]  // 元, the era's first year

    /// "2025년 3월 31일", "3월 31일에" (Korean): the year, the month and the day, each with its sign after it.
    static func korean(_ context: ScanContext, _ i: Int) -> (Int, Double)? {
        let tokens = context.tokens
        guard i + 1 < tokens.count, context.isNumber(i, digits: 1...4) else { return nil }
        let isYear = tokens[i].length == 4 && (1900...2099).contains(context.value(i))
        var m = i
        if isYear {
            guard isSignWord(context, i + 1, nyeon) else { return nil }
            m = i + 2
        }
        guard context.isNumber(m, digits: 1...2), (1...12).contains(context.value(m)), m + 3 < tokens.count,
            isSignWord(context, m + 1, wol), context.isNumber(m + 2, digits: 1...2),
            (1...31).contains(context.value(m + 2)), isSignWord(context, m + 3, il)
        else { return nil }
        return (m + 3, 0.85)
    }

    private static let nian: [UInt8] = [0xE5, 0xB9, 0xB4]  // 年
    private static let yue: [UInt8] = [0xE6, 0x9C, 0x88]  // 月
    private static let ri: [UInt8] = [0xE6, 0x97, 0xA5]  // 日
    private static let nyeon: [UInt8] = [0xEB, 0x85, 0x84]  // 년
    private static let wol: [UInt8] = [0xEC, 0x9B, 0x94]  // 월
    private static let il: [UInt8] = [0xEC, 0x9D, 0xBC]  // 일

    /// Whether the three bytes at `k` are `sign`.
    private static func sign(_ context: ScanContext, at k: Int, _ sign: [UInt8]) -> Bool {
        context.byte(k) == sign[0] && context.byte(k + 1) == sign[1] && context.byte(k + 2) == sign[2]
    }

    /// Whether token `k` is a word that opens with its sign, attached to the number before it ("3월", "31일에").
    private static func isSignWord(_ context: ScanContext, _ k: Int, _ sign: [UInt8]) -> Bool {
        let token = context.tokens[k]
        return token.isWord && token.isAttached && self.sign(context, at: token.start, sign)
    }

    /// The value of the one or two ASCII digits at `k`, and where they end.
    private static func digits(_ context: ScanContext, from k: Int) -> (Int, Int)? {
        guard ByteClass.isDigit(context.byte(k)) else { return nil }
        if ByteClass.isDigit(context.byte(k + 1)) {
            return (Int(context.byte(k) - 0x30) * 10 + Int(context.byte(k + 1) - 0x30), k + 2)
        }
        return (Int(context.byte(k) - 0x30), k + 1)
    }
}
