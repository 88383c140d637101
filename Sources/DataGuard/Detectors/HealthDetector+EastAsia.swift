/// Conditions in Chinese, Japanese and Korean letters, whose words run on without spaces, so that no list of phrases
/// can find them: a run of Chinese characters that ends with a character or word that names a disease ("潰瘍性大腸炎",
/// "鉄欠乏性貧血", "2型糖尿病", "慢性胃炎"), a term in kana ("うつ病", "アレルギー", "胃がん"), a medicine in katakana before
/// its dose or the word for prescribed ("フェロミア50mg", "ビオフェルミンを処方"), and a Korean word whose stem ends so
/// ("당뇨병으로", "허리디스크", "갑상선암"). In Chinese, where a run may be a whole clause, at most three characters
/// before the ending are taken with it.
extension HealthDetector {
    static func eastAsian(_ context: ScanContext, _ candidates: inout CandidateList) {
        guard context.anchors.hasEastAsianWords else { return }
        for i in 0..<context.tokens.count where context.tokens[i].isWord {
            let token = context.tokens[i]
            let lead = context.bytes[token.start]
            guard ByteClass.isEastAsianLead(lead) else { continue }
            if token.length >= 9, i + 2 < context.tokens.count, context.tokens[i + 1].isNumber,
                isMedicineBeforeDose(context, i)
            {
                // "이부프로펜 400mg", "アムロジピン 5mg": a name in katakana or Hangul, then its dose apart.
                candidates.add(.healthCondition, token.start, token.end, 0.7)
            } else if lead >= 0xEA {
                korean(context, i, &candidates)
            } else {
                // "2型糖尿病": a number just before the word is the type's.
                let numbered = i >= 1 && token.isAttached && context.tokens[i - 1].isNumber
                let number = numbered ? context.tokens[i - 1].start : nil
                hanAndKana(context, token, from: number, &candidates)
            }
        }
    }

    /// The conditions inside a word of Chinese characters and kana; one that opens the word starts at `number` when
    /// that is given.
    private static func hanAndKana(
        _ context: ScanContext, _ token: Token, from number: Int?, _ candidates: inout CandidateList
    ) {
        let bytes = context.bytes
        var k = token.start
        var run = -1  // where the current run of Chinese characters began, or -1 outside one
        var katakana = -1  // where the current run of katakana began, or -1 outside one
        while k < token.end {
            let size = ByteClass.scalarLength(bytes[k])
            if size == 3, ByteClass.isKatakana(bytes, k) {
                if katakana < 0 { katakana = k }
            } else {
                if katakana >= 0, k - katakana >= 9 {
                    // "アレンドロン酸35mg" (the acid is the name's), "メトホルミン錠500mg" (the tablet is not).
                    let acid = same(context, k, min(k + 3, token.end), acidSign)
                    let after = acid || same(context, k, min(k + 3, token.end), tabletSign) ? k + 3 : k
                    if isPrescribed(context, at: after, before: token.end) {
                        candidates.add(.healthCondition, katakana, acid ? k + 3 : k, 0.7)
                    }
                }
                katakana = -1
            }
            if size == 3, ByteClass.isHan(bytes, k) {
                if run < 0 { run = k }
                if let length = ending(context, at: k, before: token.end), k > run || length > 3 {
                    let opening = afterClauseWords(context, from: run, before: k)
                    let start = (k - opening) / 3 <= 7 ? opening : k - 9
                    // "潰瘍性大腸炎": a later ending a few letters on makes one name with this one.
                    var end = k + length
                    var j = end
                    while j < token.end, (j - end) / 3 < 4, ByteClass.isHan(bytes, j) {
                        if let more = ending(context, at: j, before: token.end) {
                            end = j + more
                            j = end
                        } else {
                            j += 3
                        }
                    }
                    // One letter left of "既往症" once its clause word is taken off is no name.
                    if end - start > 3, !stops.contains(where: { same(context, start, end, $0) }),
                        !negations.contains(where: { match(context, at: start, before: end, in: [$0]) != nil })
                    {
                        candidates.add(.healthCondition, start == token.start ? number ?? start : start, end, 0.7)
                    }
                    k = end
                    run = k < token.end && ByteClass.isHan(bytes, k) ? k : -1
                    continue
                }
                if let length = match(context, at: k, before: token.end, in: words) {
                    let start = afterClauseWords(context, from: run == k ? k : max(run, k - 9), before: k)
                    if match(context, at: start, before: k, in: negations) == nil {
                        candidates.add(.healthCondition, start, k + length, 0.7)
                    }
                    k += length
                    run = k < token.end && ByteClass.isHan(bytes, k) ? k : -1
                    continue
                }
            } else if let length = match(context, at: k, before: token.end, in: kanaTerms) {
                // "胃がん": the cancer's organ in Chinese characters before it.
                let start = run >= 0 && same(context, k, k + length, gan) ? max(run, k - 9) : k
                candidates.add(.healthCondition, start, k + length, 0.7)
                k += length
                run = -1
                continue
            } else {
                run = -1
            }
            k += size
        }
    }

    /// Where a condition in a run of Chinese characters that starts at byte `start` begins, its ending or word being at
    /// byte `k`: after the last word of the clause around it ("我有糖尿病", "他得了肺炎", "既往哮喘", "诊断为冠心病",
    /// "出现活动后胸痛"), if one comes before the ending, and after the side it is on; at a denial if one comes.
    private static func afterClauseWords(_ context: ScanContext, from start: Int, before k: Int) -> Int {
        var begin = start
        var p = start
        while p < k {
            // A denial is kept, so that the condition after it is none ("没有糖尿病", "否认有高血压").
            if match(context, at: p, before: k, in: negations) != nil { return p }
            if let length = match(context, at: p, before: k, in: clauseWords) {
                p += length
                begin = p
            } else {
                p += 3
            }
        }
        if let side = match(context, at: begin, before: k, in: sides) { begin += side }
        return begin
    }

    /// The condition Korean word `i` names, its particle left out ("당뇨병으로" → "당뇨병"); an allergy with what it is
    /// to, a Hangul word apart before it ("페니실린 알레르기").
    private static func korean(_ context: ScanContext, _ i: Int, _ candidates: inout CandidateList) {
        let token = context.tokens[i]
        guard token.length >= 6, token.length % 3 == 0 else { return }
        var end = token.end
        if let particle = koreanParticles.first(where: {
            $0.count + 6 <= end - token.start && same(context, end - $0.count, end, $0)
        }) {
            end -= particle.count
        }
        let stem = end - token.start
        guard koreanEndings.contains(where: { $0.count <= stem && same(context, end - $0.count, end, $0) }),
            !koreanStops.contains(where: { $0.count <= stem && same(context, end - $0.count, end, $0) })
        else { return }
        let before = i - 1
        let allergen = before >= 0 && end - token.start == allergy.count && same(context, token.start, end, allergy)
            && !token.startsLine && context.tokens[before].isWord && context.tokens[before].length >= 6
            && context.bytes[context.tokens[before].start] &- 0xEA < 4
        candidates.add(.healthCondition, allergen ? context.tokens[before].start : token.start, end, 0.7)
    }

    /// "알레르기" (allergy).
    private static let allergy = Array("알레르기".utf8)

    /// Whether word `i` is all katakana, or all Hangul with no particle at its end, three letters or more, and a dose
    /// follows it apart on its line: a number, and a unit glued to it or to a second number after a slash
    /// ("자누메트정 50/500mg").
    private static func isMedicineBeforeDose(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        let bytes = context.bytes
        let korean = bytes[token.start] &- 0xEA < 4
        guard token.length % 3 == 0, !context.tokens[i + 1].startsLine, !context.tokens[i + 1].isAttached,
            stride(from: token.start, to: token.end, by: 3).allSatisfy({
                korean ? bytes[$0] &- 0xEA < 4 : ByteClass.isKatakana(bytes, $0)
            }),
            !korean
                || !koreanParticles.contains(where: { $0.count == 3 && same(context, token.end - 3, token.end, $0) })
        else { return false }
        var unit = i + 2
        if context.isSymbol(unit, 0x2F), context.tokens[unit].isAttached, context.isNumber(unit + 1, digits: 1...4),
            context.tokens[unit + 1].isAttached
        {
            unit += 2
        }
        guard unit < context.tokens.count, context.tokens[unit].isWord, context.tokens[unit].isAttached else {
            return false
        }
        return doseUnits.contains { same(context, context.tokens[unit].start, context.tokens[unit].end, $0) }
    }

    /// Whether a medicine's name in katakana that ends at byte `k` is followed by its dose ("フェロミア50mg") or by
    /// the words for prescribed, given or taken ("ビオフェルミンを処方").
    private static func isPrescribed(_ context: ScanContext, at k: Int, before end: Int) -> Bool {
        var j = k
        while j < end, ByteClass.isDigit(context.bytes[j]) { j += 1 }
        if j > k { return match(context, at: j, before: end, in: doseUnits) != nil }
        return match(context, at: k, before: end, in: prescribed) != nil
    }

    // MARK: Letters

    /// The length in bytes of the first of `list` at byte `k`, ending by `end`.
    private static func match(_ context: ScanContext, at k: Int, before end: Int, in list: [[UInt8]]) -> Int? {
        list.first { k + $0.count <= end && same(context, k, k + $0.count, $0) }?.count
    }

    private static func same(_ context: ScanContext, _ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        end - start == word.count && context.hasBytes(word, at: start)
    }

    /// The length of the ending at byte `k`, unless it is one letter that makes another word with the letter after
    /// it: "病院" (hospital), "病歴" (history), "症状" (symptom).
    private static func ending(_ context: ScanContext, at k: Int, before end: Int) -> Int? {
        guard let length = match(context, at: k, before: end, in: endings) else { return nil }
        if length == 3, k + 6 <= end, notAfterEnding.contains(where: { same(context, k + 3, k + 6, $0) }) { return nil }
        return length
    }

    // MARK: Lists

    /// Letters and words that end the names of diseases: inflammation, disease, syndrome, cancer, tumour, ulcer,
    /// anaemia, disorder, fracture, infarction, failure, stones, infection, poisoning, paralysis.
    private static let endings: [[UInt8]] = [
        "炎", "症", "病", "癌", "腫", "瘍", "貧血", "贫血", "障害", "障碍", "骨折", "梗塞", "梗死", "不全", "結石",
        "结石", "感染", "中毒", "麻痺", "麻痹", "喘息", "哮喘", "過敏", "过敏", "失调", "失調", "硬化", "狭窄", "出血",
        // pain (头痛, 腹痛, 腰痛), failure (心力衰竭), fibrillation (心房細動, 心房颤动)
        "痛", "衰竭", "細動", "颤动", "顫動",
    ].map { Array($0.utf8) }

    /// Words of a Chinese clause that come before a condition but are no part of its name: I, he, she, has, got,
    /// suffers from, and, with, because of, a history of, diagnosed as, complicated by, appeared, recurrent, recently,
    /// is, doing.
    private static let clauseWords: [[UInt8]] = [
        "诊断为", "診斷為", "診断", "诊断", "診斷", "确诊", "確診", "既往", "患有", "患了", "得了", "伴有", "合并", "合併",
        "出现", "出現", "活动后", "活動後", "反复", "反復", "最近", "我们", "我們", "我", "你", "他", "她", "有", "和", "与", "與", "及",
        "并", "並", "伴", "因", "为", "為", "是", "了", "的", "在", "做",
    ].map { Array($0.utf8) }

    /// The sides a condition is on, left out of its name as English notes leave out "right" ("右変形性膝関節症"):
    /// right, left, both.
    private static let sides: [[UInt8]] = ["右", "左", "両", "双侧", "雙側"].map { Array($0.utf8) }

    /// Words that deny what follows: "无过敏史" (no history of allergy).
    private static let negations: [[UInt8]] = ["无", "無", "否认", "否認", "没有", "沒有"].map { Array($0.utf8) }

    /// Conditions named by one word of Chinese characters that no ending tells: high blood pressure, gout, obesity,
    /// stroke, insomnia, tuberculosis, epilepsy, depression.
    private static let words: [[UInt8]] = [
        "高血圧", "高血压", "高血壓", "痛風", "痛风", "肥満", "肥胖", "中風", "中风", "卒中", "失眠", "不眠", "結核", "结核",
        "癲癇", "癫痫", "抑郁", "抑鬱", "鬱病", "認知症", "痴呆",
        // cough, fever, dizziness, chest tightness, shortness of breath, palpitations, vomiting, diarrhoea,
        // constipation, oedema, fatigue, arrhythmia
        "咳嗽", "发热", "發熱", "発熱", "发烧", "發燒", "头晕", "頭暈", "眩暈", "胸闷", "胸悶", "气短", "氣短", "气促",
        "動悸", "心悸", "呕吐", "嘔吐", "腹泻", "腹瀉", "下痢", "便秘", "水肿", "水腫", "浮肿", "浮腫", "乏力", "倦怠感",
        "不整脈", "心律失常", "心律不齐", "心律不齊", "息切れ",
    ].map { Array($0.utf8) }

    /// "がん" (cancer), written after the organ's Chinese characters.
    private static let gan = Array("がん".utf8)

    /// Conditions written in kana: depression, epilepsy, cancer, asthma, allergy, atopy, hernia, influenza,
    /// rheumatism, Alzheimer's and Parkinson's.
    private static let kanaTerms: [[UInt8]] = [
        "うつ病", "てんかん", "がん", "ぜんそく", "アレルギー", "アトピー", "ヘルニア", "インフルエンザ", "リウマチ",
        "アルツハイマー", "パーキンソン", "めまい", "むくみ",
    ].map { Array($0.utf8) }

    /// The units of a dose after a medicine's name, and the words for prescribed, given, taken and in use after it.
    private static let doseUnits: [[UInt8]] = ["mg", "g", "mcg", "µg", "μg", "ml", "mL", "錠", "単位", "カプセル"]
        .map { Array($0.utf8) }
    private static let prescribed: [[UInt8]] = [
        "を処方", "の処方", "を投与", "の投与", "を内服", "の内服", "を服用", "使用中", "を使用", "服用中",
    ].map { Array($0.utf8) }
    /// "酸" (acid), part of a medicine's name after its katakana, and "錠" (tablet), no part of it.
    private static let acidSign = Array("酸".utf8)
    private static let tabletSign = Array("錠".utf8)

    /// Letters that make a word with an ending before them that names no disease.
    private static let notAfterEnding: [[UInt8]] = [
        "院", "房", "历", "歷", "歴", "例", "人", "室", "棟", "栋", "状", "狀", "床", "理", "名", "因", "者", "毒", "原",
        "史", "假", "休", "欠", "苦", "快",
    ].map { Array($0.utf8) }

    /// Words with such an ending that name no one's disease: a history, a complication, an onset, a visit.
    private static let stops: [[UInt8]] = [
        "既往症", "既往病", "合併症", "合并症", "疾病", "発症", "发病", "発病", "看病", "生病", "毛病", "炎症", "重症",
        "軽症", "后遗症", "後遺症",
    ].map { Array($0.utf8) }

    /// The endings of Korean words for diseases and symptoms: inflammation, disease, cancer, disorder, fracture,
    /// allergy, disc, tumour, ulcer, stones, infarction, failure, asthma, anaemia, high blood pressure, diabetes,
    /// dementia, obesity, gout, tuberculosis, depression, insomnia, and more.
    private static let koreanEndings: [[UInt8]] = [
        "염", "렴", "병", "암", "장애", "골절", "알레르기", "디스크", "종양", "궤양", "결석", "경색", "부전", "천식", "빈혈",
        "고혈압", "당뇨", "치매", "비만", "통풍", "결핵", "우울증", "불면증", "증후군", "협심증", "공황",
        // pains, dizziness, underactive and overactive glands, osteoporosis, phobias, delirium, cough, fever,
        // vomiting, constipation, oedema
        "두통", "복통", "요통", "흉통", "치통", "생리통", "관절통", "근육통", "신경통", "통증", "어지럼증", "현기증",
        "저하증", "항진증", "골다공증", "탈수증", "공포증", "강박증", "섬망", "기침", "발열", "구토", "변비", "부종",
    ].map { Array($0.utf8) }

    /// Korean words with such an ending that name no disease: pollution, a bottle, a hospital's ward, a disease in
    /// general.
    private static let koreanStops: [[UInt8]] = [
        "오염", "소염", "물병", "꽃병", "술병", "질병", "발병", "간병", "투병", "지병", "전염", "감염병",
    ].map { Array($0.utf8) }

    /// Particles after a Korean noun, the longer before the shorter they end with.
    private static let koreanParticles: [[UInt8]] = [
        "으로", "에서", "이며", "이고", "이다", "에는", "과", "와", "이", "가", "은", "는", "을", "를", "의", "에", "로", "도",
    ].map { Array($0.utf8) }
}
