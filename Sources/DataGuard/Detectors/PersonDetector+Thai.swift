/// Names in Thai, which has no capitals and writes a title glued to the given name: the given name and the surname
/// after a name's label ("ชื่อ: นางสาวมาลี ศรีสุข", "ชื่อ-สกุล สมชาย ใจดี", "ผู้ป่วย คุณสมชาย ใจดี"), and after "นาย",
/// "นางสาว" or "นาง" (Mr, Miss, Mrs) glued to the given name with the surname a space after it ("นายสมศักดิ์ รักไทย"),
/// but not the words those titles open ("นายจ้าง", the employer; "นางพยาบาล", the nurse).
extension PersonDetector {
    static func thaiNames(_ context: ScanContext, _ candidates: inout CandidateList) {
        var i = 0
        while i < context.tokens.count {
            guard isThaiWord(context, i), let (start, last) = thaiName(context, at: i) else {
                i += 1
                continue
            }
            candidates.add(.person, start, context.tokens[last].end, 0.8)
            i = last + 1
        }
    }

    /// The first byte and the last token of the name that Thai word `i` opens or labels.
    private static func thaiName(_ context: ScanContext, at i: Int) -> (Int, Int)? {
        if let value = thaiLabelValue(context, after: i) {
            // The given name after its title, or the title alone before it ("คุณ สมชาย ใจดี").
            let start = context.tokens[value].start
            let title = thaiTitles.first { context.hasBytes($0, at: start) }
            let opening = title.map { start + $0.count } ?? start
            if opening == context.tokens[value].end {
                guard isThaiWord(context, value + 1), !context.tokens[value + 1].startsLine else { return nil }
                return (context.tokens[value + 1].start, surnameEnd(context, after: value + 1))
            }
            return (opening, surnameEnd(context, after: value))
        }
        // A title glued to a given name, the surname after it: both are asked for outside a field.
        let start = context.tokens[i].start
        guard let title = gluedTitles.first(where: { context.hasBytes($0, at: start) }),
            context.tokens[i].end - start >= title.count + 6,
            !titledWords.contains(where: { context.hasBytes($0, at: start + title.count) }),
            surnameEnd(context, after: i) > i
        else { return nil }
        return (start + title.count, i + 1)
    }

    /// The token after a name's label at `k` ("ชื่อ", "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อผู้ป่วย", "ผู้ป่วย") and its
    /// colon or, with none, when it opens with a title.
    private static func thaiLabelValue(_ context: ScanContext, after k: Int) -> Int? {
        guard context.tokens[k].length <= 30, thaiNameLabels[hash: context.tokens[k].hash] != nil else { return nil }
        var j = k + 1
        // "ชื่อ-สกุล", "ชื่อ-นามสกุล": the surname's word after a hyphen.
        if context.isSymbol(j, 0x2D), j + 1 < context.tokens.count,
            thaiSurnameWords[hash: context.tokens[j + 1].hash] != nil
        {
            j += 2
        }
        let colon = context.isSymbol(j, 0x3A)
        if colon { j += 1 }
        guard isThaiWord(context, j), !context.tokens[j].startsLine, !context.followsColumnGap(j) else { return nil }
        // Without a colon the label is a word of a sentence ("ผู้ป่วยมีไข้"), unless a title follows it.
        return colon || thaiTitles.contains(where: { context.hasBytes($0, at: context.tokens[j].start) }) ? j : nil
    }

    /// The surname's token, one space after the given name at `k` on its line, or `k` when none follows.
    private static func surnameEnd(_ context: ScanContext, after k: Int) -> Int {
        guard isThaiWord(context, k + 1), !context.tokens[k + 1].startsLine,
            context.tokens[k + 1].start - context.tokens[k].end == 1,
            thaiNameLabels[hash: context.tokens[k + 1].hash] == nil
        else { return k }
        return k + 1
    }

    /// Whether token `k` is a word of Thai letters (E0 B8 and E0 B9).
    private static func isThaiWord(_ context: ScanContext, _ k: Int) -> Bool {
        guard k >= 0, k < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length >= 6 else {
            return false
        }
        let start = context.tokens[k].start
        return context.bytes[start] == 0xE0 && context.bytes[start + 1] &- 0xB8 < 2
    }

    /// Name labels: name, name-surname, the patient's name, the patient.
    private static let thaiNameLabels = KeywordTable(["ชื่อ", "ชื่อผู้ป่วย", "ผู้ป่วย", "ชื่อผู้ขอ"].map { ($0, ()) })
    /// The surname's words after "ชื่อ-".
    private static let thaiSurnameWords = KeywordTable(["สกุล", "นามสกุล"].map { ($0, ()) })
    /// Titles read glued to a given name outside a field, the longer before the shorter that opens them: Miss, Mrs,
    /// Mr.
    private static let gluedTitles = ["นางสาว", "นาง", "นาย"].map { Array($0.utf8) }
    /// Titles before a given name in a field: those and Khun, boy, girl.
    private static let thaiTitles = gluedTitles + ["คุณ", "เด็กชาย", "เด็กหญิง"].map { Array($0.utf8) }
    /// Words that those titles open: employer, prime minister and mayor, an association's president, broker,
    /// soldier, district chief, police officer, physician (a title itself), technician, insurer, guard, nurse,
    /// model, beauty queen.
    private static let titledWords = [
        "จ้าง", "กรัฐ", "กเทศ", "กสมาคม", "หน้า", "ทหาร", "อำเภอ", "ตำรวจ", "แพทย์", "ช่าง", "ประกัน", "เวร",
        "พยาบาล", "แบบ", "งาม",
    ].map { Array($0.utf8) }
}
