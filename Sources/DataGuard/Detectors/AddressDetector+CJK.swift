/// Addresses in Chinese, Japanese and Korean letters, which run without spaces: a Japanese address after its postal
/// mark and code ("〒541-0053 大阪府大阪市中央区本町2-5-7 本町センタービル8F"), and the value of an address field
/// ("住所：", "お届け先：", "地址：", "住址：", "주소:"), each up to the end of its line or sentence, an ideographic space
/// before a phone, or a bracket.
extension AddressDetector {
    /// Proposes the address after the postal mark that opens the word at token `k`, if it does.
    static func japanesePostal(_ context: ScanContext, _ k: Int, _ candidates: inout CandidateList) {
        let token = context.tokens[k]
        let start = token.start
        // 〒 (E3 80 92), three digits, a hyphen and four digits.
        guard token.length >= 6, context.byte(start) == 0xE3, context.byte(start + 1) == 0x80,
            context.byte(start + 2) == 0x92, k + 2 < context.tokens.count, token.length == 6,
            (start + 3..<start + 6).allSatisfy({ ByteClass.isDigit(context.bytes[$0]) }),
            context.isSymbol(k + 1, 0x2D), context.isNumber(k + 2, digits: 4...4, attached: true)
        else { return }
        let end = cjkValueEnd(context, from: context.tokens[k + 2].end)
        candidates.add(.streetAddress, start, end, 0.85)
    }

    /// Proposes the value of the address field whose colon is token `colon`, when its label is one of Chinese,
    /// Japanese or Korean and its value is on the same line.
    static func cjkAddressField(_ context: ScanContext, _ colon: Int, _ candidates: inout CandidateList) {
        guard colon >= 1, colon + 1 < context.tokens.count, context.tokens[colon - 1].isWord,
            !context.tokens[colon + 1].startsLine, endsWithCJKLabel(context, context.tokens[colon - 1])
        else { return }
        addCJKValue(context, after: colon, &candidates)
    }

    /// Proposes the value after the colon `colon` of an address field, written in Chinese, Japanese or Korean
    /// letters whatever the label's language ("Address: 北京市朝阳区建国路88号").
    static func addCJKValue(_ context: ScanContext, after colon: Int, _ candidates: inout CandidateList) {
        let start = context.tokens[colon + 1].start
        let end = cjkValueEnd(context, from: start)
        guard end - start >= 6 else { return }
        candidates.add(.streetAddress, start, end, 0.8)
    }

    /// The byte where a value that starts at byte `start` ends: at the end of its line, an ideographic space
    /// (E3 80 80) or full stop (E3 80 82, "。…5樓。電話：…"), a fullwidth semicolon (EF BC 9B), a bracket, or two
    /// spaces; spaces and commas at its end left out.
    private static func cjkValueEnd(_ context: ScanContext, from start: Int) -> Int {
        let bytes = context.bytes
        var end = start
        while end < bytes.count {
            let b = bytes[end]
            if b == 0x0A || b == 0x0D || b == 0x28 { break }
            if b == 0x20, end + 1 < bytes.count, bytes[end + 1] == 0x20 { break }
            let third = context.byte(end + 2)
            if b == 0xE3, context.byte(end + 1) == 0x80, third == 0x80 || third == 0x82 { break }  // "　", "。"
            if b == 0xEF, context.byte(end + 1) == 0xBC, third == 0x88 || third == 0x9B { break }  // "（", "；"
            end += 1
        }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2C { end -= 1 }
        return end
    }

    /// Whether the word ends in an address label of Chinese ("地址", "住址"), Japanese ("住所", "お届け先", "所在地",
    /// "送付先") or Korean ("주소").
    private static func endsWithCJKLabel(_ context: ScanContext, _ token: Token) -> Bool {
        cjkLabels.contains { label in
            label.count <= token.length && context.hasBytes(label, at: token.end - label.count)
        }
    }

    private static let cjkLabels: [[UInt8]] = ["地址", "住址", "住所", "お届け先", "所在地", "送付先", "주소"]
        .map { Array($0.utf8) }
}
