extension NumberDetector {
    /// Phones glued to the Chinese, Japanese or Korean letters around them, which the tokenizer keeps inside their
    /// words: "電話番号は090-1234-5678です", "연락처는 010-1234-5678입니다", "电话是13800138000，": ASCII digits glued
    /// to such a letter before or after them, in three groups joined by hyphens or in one (or, after letters, in three
    /// apart by spaces: "还是138 2716 4409吧"), ten or eleven digits, valid in a plan with their trunk prefix (or a
    /// Chinese mobile, eleven digits from 13 to 19), and no ASCII digit, letter, period or hyphen glued after them.
    static func gluedToEastAsianLetters(_ context: ScanContext, _ candidates: inout CandidateList) {
        guard context.anchors.hasEastAsianWords else { return }
        let bytes = context.bytes
        var k = 0
        while k < bytes.count {
            guard ByteClass.isDigit(bytes[k]),
                k == 0 || !ByteClass.isDigit(bytes[k - 1]) && !ByteClass.isASCIILetter(bytes[k - 1])
            else {
                k += 1
                continue
            }
            let gluedBefore = k >= 3 && followsEastAsianLetter(bytes, k)
            var digits = InlineArray<11, UInt8>(repeating: 0)
            var count = 0
            var groups = 1
            var separator: UInt8 = 0
            var end = k
            while end < bytes.count, count <= 11 {
                let b = bytes[end]
                if ByteClass.isDigit(b) {
                    if count < 11 { digits[count] = b &- 0x30 }
                    count += 1
                } else if b == 0x2D || b == 0x20 && gluedBefore, separator == 0 || b == separator,
                    end + 1 < bytes.count, ByteClass.isDigit(bytes[end + 1]), groups < 3
                {
                    // Groups joined by hyphens, or apart by spaces after letters ("还是138 2716 4409吧").
                    separator = b
                    groups += 1
                } else {
                    break
                }
                end += 1
            }
            // Glued on either side: a phone set apart by spaces is the other detectors'.
            let gluedAfter = end < bytes.count && bytes[end] &- 0xE3 <= 0x0A
            if gluedBefore || gluedAfter, (10...11).contains(count), groups == 1 || groups == 3,
                separator != 0x20 || count == 11, endsCleanly(bytes, end)
            {
                let span = (0..<count).lazy.map { digits[$0] }
                let mobile = count == 11 && (groups == 1 || separator == 0x20) && digits[0] == 1 && digits[1] >= 3
                if mobile || digits[0] == 0 && context.vocabulary.phonePlan.reach(of: span).contains(.trunk) {
                    candidates.add(.phoneNumber, k, end, 0.8)
                }
            }
            k = end + 1
        }
    }

    /// A Chinese mobile number in three groups of 3, 4 and 4 digits apart by spaces or hyphens, from 13 to 19, in a
    /// text with Chinese, Japanese or Korean words ("号码是 139 1720 4685", "我爸 李建国，139 1567 2804"), where no
    /// phone word need come before it; a letter may be glued after it ("138 2716 4409吧").
    static func spacedChineseMobile(_ context: ScanContext, _ chain: DigitChain) -> PhoneEnd? {
        let first = context.tokens[chain.groups[0]].start
        let last = chain.groups[2]
        guard context.anchors.hasEastAsianWords, context.bytes[first] == 0x31, context.bytes[first + 1] >= 0x33,
            chain.separators[1] == 0x20 || chain.separators[1] == 0x2D,
            chain.separated(by: chain.separators[1], upTo: 3),
            chain.count == 3 || chain.separators[3] != chain.separators[1]
        else { return nil }
        let next = last + 1
        let gluedLetter = next < context.tokens.count && context.tokens[next].isAttached
            && context.tokens[next].isWord && ByteClass.isEastAsianLead(context.bytes[context.tokens[next].start])
        guard gluedLetter || context.endsCleanly(last) else { return nil }
        return PhoneEnd(token: last, byte: context.tokens[last].end, confidence: 0.7)
    }

    /// Whether the byte before `k` ends a letter of kana, Chinese characters or Hangul (lead bytes E3 to ED).
    @inline(__always)
    private static func followsEastAsianLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        !ByteClass.isDigit(bytes[k - 1]) && ByteClass.isContinuation(bytes[k - 1]) && bytes[k - 3] &- 0xE3 <= 0x0A
    }

    /// Whether no digit, ASCII letter, period or hyphen is glued at byte `end`.
    @inline(__always)
    private static func endsCleanly(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end < bytes.count else { return true }
        let b = bytes[end]
        return !ByteClass.isDigit(b) && !ByteClass.isASCIILetter(b) && b != 0x2E && b != 0x2D
    }
}
