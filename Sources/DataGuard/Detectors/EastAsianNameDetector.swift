/// Finds people's names in Chinese, Japanese and Korean letters, which have no capitals and mostly no spaces between
/// words: the value of a field whose label names a person ("患者氏名：佐々木 美穂", "姓名：王芳", "성명: 김서연"), a name
/// before an honorific or a role written apart ("小野寺 隆 先生", "佐藤 恵子 様", "김지훈 회원님", a Korean one with
/// "님" or a particle glued to it, "박준호 님의", "박서준 과장님이") or attached ("王女士", "박서연님", "田中様"), a name
/// after a role ("트레이너 박서연", "院長 森田 健一") or in a self-introduction ("我是李明", "我叫王芳", "저는 정하늘입니다",
/// "山田花子です"); then its reading in katakana in brackets after it ("（ササキ ミホ）"). A name is a word of one to
/// four letters, or two such words apart (family name and given name; a Korean surname apart has one syllable or
/// two). Where only an honorific, a role or an introduction tells it, one word alone must open with a listed surname
/// (Faker's Chinese, Japanese and Korean lists), so that "内科 先生", "고객님" and "我是护士" are no names.
enum EastAsianNameDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        guard context.anchors.hasEastAsianWords else { return }
        // A name found both ways ("ご依頼主：佐藤 恵子 様") is proposed twice, and resolved as one.
        for c in context.anchors.colons { _ = field(context, colon: c, &candidates) }
        let tokens = context.tokens
        var i = 0
        while i < tokens.count {
            guard letters(context, i) != nil else {
                i += 1
                continue
            }
            if let (start, end) = beforeSex(context, i) {
                candidates.add(.person, start, end, 0.8)
                i += 1
            } else if let last = cued(context, at: i, &candidates) {
                i = last + 1
            } else {
                i += 1
            }
        }
    }

    // MARK: The cues

    /// The name in the value of the field whose colon is token `colon`, if its label names a person. Returns the
    /// name's last token.
    private static func field(_ context: ScanContext, colon: Int, _ candidates: inout CandidateList) -> Int? {
        let tokens = context.tokens
        guard colon >= 1, colon + 1 < tokens.count, letters(context, colon - 1) != nil,
            !tokens[colon + 1].startsLine
        else { return nil }
        // A consultation's role heads a speaker's words too ("의사: 드시는 약은요?"): a name after it opens with a
        // listed surname ("환자: 박지현").
        let speaker = !contains(context, colon - 1, oneOf: labels)
        guard !speaker || isOneOf(context, colon - 1, consultationRoles) else { return nil }
        return name(context, from: colon + 1, listedAlone: speaker, &candidates)
    }

    /// The name that word `i` opens before an honorific or after a role, or that it holds before an attached
    /// honorific. Returns the name's last token.
    private static func cued(_ context: ScanContext, at i: Int, _ candidates: inout CandidateList) -> Int? {
        let tokens = context.tokens
        if isOneOf(context, i, roles) {
            // After a role: "트레이너 박서연", "院長 森田 健一".
            guard i + 1 < tokens.count, !tokens[i + 1].startsLine, tokens[i + 1].flags.contains(.spaceBefore),
                !isOneOf(context, i + 1, honorifics), !isOneOf(context, i + 1, roles)
            else { return nil }
            return name(context, from: i + 1, listedAlone: true, &candidates)
        }
        // Before an honorific or a role apart, one word or two: "김지훈 회원님", "小野寺 隆 先生"; a Korean surname
        // apart from the given name has one syllable or two ("김 지훈", "남궁 민수"; not "회의는 박서준 과장님").
        var k = i
        if let next = spacedWord(context, after: i), !isOneOf(context, next, honorifics),
            !isOneOf(context, next, roles), !isHonorificWithParticle(context, next),
            letters(context, i)! <= (context.bytes[tokens[i].start] >= 0xEA ? 2 : 3)
        {
            k = next
        }
        if let after = spacedWord(context, after: k),
            isOneOf(context, after, honorifics) || isOneOf(context, after, roles)
                || isHonorificWithParticle(context, after)
        {
            let first = i
            guard k > first || isListedSurname(context, tokens[first].start, end: tokens[first].end)
                || isKoreanSurnameAlone(context, first)
            else { return nil }
            candidates.add(.person, tokens: first, k, 0.8)
            return reading(context, after: k, &candidates) ?? k
        }
        // An attached honorific: "王女士", "박서연님", "佐藤様", or inside a word that runs on ("田中様のご注文を",
        // "交给王芳女士", "김지훈님께").
        if let end = endBeforeSuffix(context, i), isListedSurname(context, tokens[i].start, end: end) {
            candidates.add(.person, tokens[i].start, end, 0.8)
            return reading(context, after: i, &candidates) ?? i
        }
        for (start, end) in namesInside(context, i) { candidates.add(.person, start, end, 0.75) }
        if let start = nameAfterIntroduction(context, i) { candidates.add(.person, start, tokens[i].end, 0.75) }
        if let end = nameBeforeCopula(context, i) { candidates.add(.person, tokens[i].start, end, 0.75) }
        return nil
    }

    /// Whether word `k` is a Korean honorific or role written apart from the name before it with "님", a particle or
    /// both glued after it ("박준호 님의 병가", "김 씨가", "박서준 과장님이", "이 대리께"): of, subject, topic, to.
    private static func isHonorificWithParticle(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.length >= 6, token.length <= 21, context.bytes[token.start] >= 0xEA else { return false }
        for title in koreanTitles where title.count < token.length && context.hasBytes(title, at: token.start) {
            var p = token.start + title.count
            if title != nim, p < token.end, context.hasBytes(nim, at: p) { p += nim.count }
            if p == token.end
                || koreanParticles.contains(where: { $0.count == token.end - p && context.hasBytes($0, at: p) })
            {
                return true
            }
        }
        return false
    }

    private static let nim = Array("님".utf8)
    private static let ssi = Array("씨".utf8)
    /// The honorifics and roles in Hangul, which "님" and particles may follow.
    private static let koreanTitles = (honorifics + roles).filter { $0[0] >= 0xEA }
    private static let koreanParticles: [[UInt8]] = ["의", "이", "은", "을", "께", "께서", "에게", "가", "는", "도", "과", "와"]
        .map { Array($0.utf8) }

    /// Where the name starts in a word that is a Chinese self-introduction and the name after it: "我是李明", "我叫王芳"
    /// (I am, I am called), the name two or three letters opening with a listed surname, ending the word; nil when the
    /// word is none ("我是护士", I am a nurse).
    private static func nameAfterIntroduction(_ context: ScanContext, _ i: Int) -> Int? {
        let token = context.tokens[i]
        guard token.length == 12 || token.length == 15,
            introductions.contains(where: { context.hasBytes($0, at: token.start) })
        else { return nil }
        let start = token.start + 6
        return isListedSurname(context, start, end: token.end) ? start : nil
    }

    /// Where the name ends in word `i` when the word introduces its writer by a name glued to "is" or "am", as Korean
    /// and Japanese do ("김민지입니다", "山田花子です"): after "저는" (I) or a greeting, a Korean name of three syllables
    /// opening with a listed surname; at a line's start or after a sentence's end, three to five Chinese letters
    /// opening with a listed surname of two or three ("佐々木美穂です"; "中国語です" is none).
    private static func nameBeforeCopula(_ context: ScanContext, _ i: Int) -> Int? {
        let token = context.tokens[i]
        guard token.length >= 15, token.length <= 21 else { return nil }
        if token.length == 18, context.hasBytes(koreanCopula, at: token.start + 9) {
            // Only after "I" or a greeting: "이번주입니다" (it is this week), "신청서입니다" (here is the form) open texts.
            let introduced =
                isOneOf(context, i - 1, introducers) || isOneOf(context, i - 1, greetings)
                || i >= 2 && context.isComma(i - 1) && isOneOf(context, i - 2, greetings)
            return introduced && isListedSurname(context, token.start, end: token.start + 9) ? token.start + 9 : nil
        }
        let end = token.end - japaneseCopula.count
        guard token.startsLine || i == 0 || endsSentence(context, i - 1), context.hasBytes(japaneseCopula, at: end),
            stride(from: token.start, to: end, by: 3).allSatisfy({
                (0xE4...0xE9).contains(context.bytes[$0]) || context.hasBytes(iterationMark, at: $0)
            })
        else { return nil }
        for size in 2...3 where token.start + 3 * size < end && end - (token.start + 3 * size) <= 9 {
            let surname = UnsafeBufferPointer(rebasing: context.bytes[token.start..<(token.start + 3 * size)])
            if context.vocabulary.words.classes(of: WordHash.of(bytes: surname)).contains(.surname) { return end }
        }
        return nil
    }

    /// Whether token `k` is a sign that ends a sentence or a clause: "。", "、", "！", "？", or ASCII ".", "!", "?", ",".
    private static func endsSentence(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.kind == .symbol else { return false }
        if token.length == 1 { return [0x2E, 0x21, 0x3F, 0x2C].contains(context.bytes[token.start]) }
        return sentenceEnds.contains { $0.count == token.length && context.hasBytes($0, at: token.start) }
    }

    /// "Is" glued to a name: the Korean "입니다" and the Japanese "です"; and the Korean "저는" and "제가" (I) before an
    /// introduction.
    private static let koreanCopula = Array("입니다".utf8)
    private static let japaneseCopula = Array("です".utf8)
    private static let introducers: [[UInt8]] = ["저는", "제가"].map { Array($0.utf8) }
    private static let greetings: [[UInt8]] = ["안녕하세요", "안녕하십니까"].map { Array($0.utf8) }
    /// The mark that repeats the letter before it in Japanese names ("佐々木").
    private static let iterationMark = Array("々".utf8)
    private static let sentenceEnds: [[UInt8]] = ["。", "、", "！", "？"].map { Array($0.utf8) }

    /// "I am" and "I am called" in Chinese.
    private static let introductions: [[UInt8]] = ["我是", "我叫"].map { Array($0.utf8) }

    /// The name that ends word token `i` when the patient's sex follows it between commas, as Chinese records write
    /// ("王建国，男，70岁", "患者李娜，女，45岁"): the whole word when it is a name, or else its last two or three letters
    /// when they open with a listed surname.
    private static func beforeSex(_ context: ScanContext, _ i: Int) -> (Int, Int)? {
        let tokens = context.tokens
        guard i + 3 < tokens.count, let count = letters(context, i), count >= 2, context.isComma(i + 1),
            isOneOf(context, i + 2, sexes), context.isComma(i + 3) || tokens[i + 3].isNumber
        else { return nil }
        let token = tokens[i]
        if count <= 4, isListedSurname(context, token.start, end: token.end) { return (token.start, token.end) }
        guard count <= 7, let size = [2, 3].first(where: {
            $0 < count && isListedSurname(context, token.end - 3 * $0, end: token.end)
        }) else { return nil }
        return (token.end - 3 * size, token.end)
    }

    /// The names before an honorific inside word token `i`, which runs on after it: the letters between the word's
    /// start and the honorific when they are one to four and open with a listed surname, or else the fewest letters
    /// before it that do ("请把材料交给王女士" gives "王").
    private static func namesInside(_ context: ScanContext, _ i: Int) -> [(Int, Int)] {
        let token = context.tokens[i]
        var found: [(Int, Int)] = []
        var p = token.start + 3
        while p < token.end {
            guard let honorific = honorifics.first(where: { startsWith(context, at: p, $0, before: token.end) }) else {
                p += 3
                continue
            }
            let sizes = (1...min(4, (p - token.start) / 3))
            if (p - token.start) / 3 <= 4, isListedSurname(context, token.start, end: p) {
                found.append((token.start, p))
            } else if let size = sizes.first(where: { isListedSurname(context, p - 3 * $0, end: p) }) {
                found.append((p - 3 * size, p))
            }
            p += honorific.count
        }
        return found
    }

    /// The name that opens at token `k`, one word or two apart, or one word before an attached honorific, each of one
    /// to four letters, on the line of the token before; a word alone must open with a listed surname when
    /// `listedAlone` is true. Returns its last token.
    private static func name(
        _ context: ScanContext, from k: Int, listedAlone: Bool, _ candidates: inout CandidateList
    ) -> Int? {
        let tokens = context.tokens
        guard let count = letters(context, k), !tokens[k].startsLine else { return nil }
        if let end = endBeforeSuffix(context, k) {
            guard !listedAlone || isListedSurname(context, tokens[k].start, end: end) else { return nil }
            candidates.add(.person, tokens[k].start, end, 0.8)
            return reading(context, after: k, &candidates) ?? k
        }
        guard count <= 4, endsName(context, after: k) || spacedWord(context, after: k) != nil else { return nil }
        var last = k
        if count <= 3, let next = spacedWord(context, after: k), letters(context, next)! <= 3,
            !isOneOf(context, next, honorifics), !isOneOf(context, next, roles), endsName(context, after: next),
            !listedAlone || isListedSurname(context, tokens[k].start, end: tokens[k].end)
        {
            last = next
        } else if let end = endBeforeSuffix(context, k + 1), end > tokens[k + 1].start,
            tokens[k + 1].flags.contains(.spaceBefore), !tokens[k + 1].startsLine, letters(context, k + 1)! <= 4
        {
            // "佐藤 恵子様": the given name carries the honorific.
            candidates.add(.person, tokens[k].start, end, 0.8)
            return reading(context, after: k + 1, &candidates) ?? k + 1
        } else {
            guard endsName(context, after: k), count >= 2,
                !listedAlone || isListedSurname(context, tokens[k].start, end: tokens[k].end)
            else { return nil }
        }
        candidates.add(.person, tokens: k, last, 0.8)
        return reading(context, after: last, &candidates) ?? last
    }

    /// The reading of a name in katakana in brackets after token `k` ("（ササキ ミホ）"), proposed as a name too.
    /// Returns its last token.
    private static func reading(_ context: ScanContext, after k: Int, _ candidates: inout CandidateList) -> Int? {
        let tokens = context.tokens
        guard k + 2 < tokens.count, isOpeningBracket(context, k + 1), isKatakana(context, k + 2) else { return nil }
        var last = k + 2
        if last + 1 < tokens.count, isKatakana(context, last + 1), !tokens[last + 1].startsLine { last += 1 }
        candidates.add(.person, tokens: k + 2, last, 0.8)
        return last
    }

    // MARK: Words

    /// The number of letters of word token `i` when all are Chinese, Japanese or Korean (three bytes each, lead
    /// bytes E3 to ED); nil for any other token.
    private static func letters(_ context: ScanContext, _ i: Int) -> Int? {
        guard i >= 0, i < context.tokens.count else { return nil }
        let token = context.tokens[i]
        guard token.isWord, token.length % 3 == 0 else { return nil }
        var k = token.start
        while k < token.end {
            guard ByteClass.isEastAsianLead(context.bytes[k]) else { return nil }
            k += 3
        }
        return token.length / 3
    }

    /// The word after token `k`, apart from it by a space on the same line, when it is of Chinese, Japanese or Korean
    /// letters.
    private static func spacedWord(_ context: ScanContext, after k: Int) -> Int? {
        let next = k + 1
        guard next < context.tokens.count, context.tokens[next].flags.contains(.spaceBefore),
            !context.tokens[next].startsLine, letters(context, next) != nil, !opensField(context, next)
        else { return nil }
        return next
    }

    /// Whether a name may end at token `k`: the line or the text ends, or a symbol, a number or a word of other
    /// letters follows, or an honorific or a role, or the label of the form's next field ("姓名：李明华　性别：男").
    private static func endsName(_ context: ScanContext, after k: Int) -> Bool {
        let next = k + 1
        guard next < context.tokens.count, !context.tokens[next].startsLine else { return true }
        if letters(context, next) == nil { return true }
        return context.tokens[next].flags.contains(.spaceBefore)
            && (isOneOf(context, next, honorifics) || isOneOf(context, next, roles) || opensField(context, next))
    }

    /// Whether word `k` is a field's label: a colon, ASCII or fullwidth, is glued to it.
    private static func opensField(_ context: ScanContext, _ k: Int) -> Bool {
        k + 1 < context.tokens.count && context.tokens[k + 1].kind == .symbol && context.tokens[k + 1].isAttached
            && ByteClass.isColon(context.bytes, at: context.tokens[k + 1].start)
    }

    /// The byte where the name in word token `i` ends when the word ends in an attached honorific or role and the
    /// name before it has one to four letters ("박서연님", "王女士").
    private static func endBeforeSuffix(_ context: ScanContext, _ i: Int) -> Int? {
        guard let count = letters(context, i), count >= 2 else { return nil }
        let token = context.tokens[i]
        for suffix in suffixes where suffix.count < token.length && endsWith(context, token, suffix) {
            let name = (token.length - suffix.count) / 3
            return (1...4).contains(name) ? token.end - suffix.count : nil
        }
        return nil
    }

    /// Whether the letters `start..<end` open with a listed surname of one to three letters, and have at most three
    /// letters after it; in Hangul, a surname of one syllable and two after it, as most Korean names are written
    /// ("김지훈"), so that words that open with a surname's syllable ("고객", "이번") are none.
    private static func isListedSurname(_ context: ScanContext, _ start: Int, end: Int) -> Bool {
        let isHangul = context.bytes[start] >= 0xEA
        if isHangul && end - start != 9 { return false }
        for size in 1...(isHangul ? 1 : 3) where start + 3 * size <= end && end - (start + 3 * size) <= 9 {
            let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[start..<(start + 3 * size)]))
            if context.vocabulary.words.classes(of: hash).contains(.surname) { return true }
        }
        return false
    }

    /// Whether word `k` is one Hangul syllable that is a listed surname, as a Korean calls a colleague by surname and
    /// title ("최 대리님과").
    private static func isKoreanSurnameAlone(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.length == 3, context.bytes[token.start] >= 0xEA else { return false }
        return context.vocabulary.words.classes(of: token.hash).contains(.surname)
    }

    /// Whether token `i` is a word of two katakana or more.
    private static func isKatakana(_ context: ScanContext, _ i: Int) -> Bool {
        guard let count = letters(context, i), count >= 2 else { return false }
        let start = context.tokens[i].start
        return (0..<count).allSatisfy { ByteClass.isKatakana(context.bytes, start + 3 * $0) }
    }

    private static func isOpeningBracket(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.kind == .symbol else { return false }
        let b = context.bytes[token.start]
        return b == 0x28 || b == 0xEF && token.length == 3 && context.bytes[token.start + 1] == 0xBC
            && context.bytes[token.start + 2] == 0x88
    }

    private static func isOneOf(_ context: ScanContext, _ i: Int, _ words: [[UInt8]]) -> Bool {
        guard i >= 0, i < context.tokens.count, context.tokens[i].isWord else { return false }
        let token = context.tokens[i]
        return words.contains { $0.count == token.length && endsWith(context, token, $0) }
    }

    private static func contains(_ context: ScanContext, _ i: Int, oneOf words: [[UInt8]]) -> Bool {
        let token = context.tokens[i]
        return words.contains { word in
            guard word.count <= token.length else { return false }
            var k = token.start
            while k + word.count <= token.end {
                if context.hasBytes(word, at: k) { return true }
                k += 3
            }
            return false
        }
    }

    private static func startsWith(_ context: ScanContext, at p: Int, _ word: [UInt8], before end: Int) -> Bool {
        p + word.count <= end && context.hasBytes(word, at: p)
    }

    private static func endsWith(_ context: ScanContext, _ token: Token, _ suffix: [UInt8]) -> Bool {
        suffix.count <= token.length && startsWith(context, at: token.end - suffix.count, suffix, before: token.end)
    }

    // MARK: Lists

    /// Labels of fields whose value is a person, found anywhere in the word before the colon: "患者氏名", "担当ドライバー".
    private static let labels: [[UInt8]] = [
        // Japanese
        "氏名", "名前", "患者名", "担当", "主治医", "依頼主", "受取人", "宛名", "申請者", "契約者", "記入者", "紹介医",
        // Chinese
        "姓名", "名字", "联系人", "聯絡人", "聯繫人", "收件人", "收货人", "收貨人", "寄件人", "申请人", "申請人",
        "负责人", "負責人", "经办人", "經辦人", "病人", "患者", "医生", "醫生", "醫師", "家属", "家屬",
        // Korean
        "성명", "이름", "환자명", "담당", "보호자", "추천인", "신청인", "수령인", "작성자", "대표자", "예금주", "주치의",
        "고객명", "회원명",
    ].map { Array($0.utf8) }

    /// The patient, doctor, nurse and pharmacist of a Korean consultation, labels of a record's fields and of a
    /// transcript's speakers alike.
    private static let consultationRoles: [[UInt8]] = ["환자", "의사", "간호사", "약사"].map { Array($0.utf8) }

    /// A patient's sex as Chinese and Japanese records write it after the name: male, female.
    private static let sexes: [[UInt8]] = ["男", "女", "男性", "女性"].map { Array($0.utf8) }

    /// Honorifics written after a name, apart or attached: "様", "さん", "女士", "님", "회원님".
    private static let honorifics: [[UInt8]] = [
        "様", "さま", "さん", "先生", "氏", "殿", "くん", "ちゃん", "女士", "小姐", "老师", "老師", "同学", "同學",
        "회원님", "선생님", "고객님", "교수님", "원장님", "님", "씨",
    ].map { Array($0.utf8) }

    /// The honorifics and roles that may be attached to the end of a name, the longer before the shorter that ends
    /// them ("회원님" before "님").
    private static let suffixes = honorifics + roles

    /// Roles written before or after a name: "트레이너 박서연", "院長 森田 健一", "王医生".
    private static let roles: [[UInt8]] = [
        "院長", "医師", "看護師", "薬剤師", "部長", "課長", "係長", "主任", "社長", "店長", "教授",
        "医生", "醫生", "护士", "護士", "经理", "經理", "律师", "律師", "院长",
        "트레이너", "간호사", "의사", "원장", "과장", "팀장", "대리", "주임", "매니저", "상담사", "교수",
    ].map { Array($0.utf8) }
}
