/// Conditions in Thai, Khmer and Lao, whose words run on without spaces, so that no list of phrases can find them: a
/// listed term anywhere inside a word of the script's letters ("ผู้ป่วยเป็นโรคเบาหวาน", the patient has diabetes;
/// "ម្ដាយខ្ញុំមានជំងឺទឹកនោមផ្អែម", "ແມ່ເປັນພະຍາດເບົາຫວານ"), with the word for "the disease (of)" when it stands right
/// before the term ("โรค", "ជំងឺ", "ພະຍາດ").
extension HealthDetector {
    /// Thai (E0 B8, E0 B9), whose words the tokenizer marks (``Anchors/hasThaiWords``).
    static func thai(_ context: ScanContext, _ candidates: inout CandidateList) {
        runOn(context, Self.thaiTerms, lead: 0xE0, seconds: 0xB8...0xB9, &candidates)
    }

    /// Khmer (E1 9E, E1 9F) and Lao (E0 BA, E0 BB), whose words are among those without capitals.
    static func khmerAndLao(_ context: ScanContext, _ candidates: inout CandidateList) {
        runOn(context, Self.khmerTerms, lead: 0xE1, seconds: 0x9E...0x9F, &candidates)
        runOn(context, Self.laoTerms, lead: 0xE0, seconds: 0xBA...0xBB, &candidates)
    }

    /// The terms of one script: its word for the disease (of), the conditions, the longer before the shorter that
    /// opens them, and the words that name a condition only after the disease's word.
    private struct RunOnTerms {
        let disease: [UInt8]
        let terms: [[UInt8]]
        let afterDisease: [[UInt8]]

        init(disease: String, terms: [String], afterDisease: [String]) {
            self.disease = Array(disease.utf8)
            self.terms = terms.map { Array($0.utf8) }
            self.afterDisease = afterDisease.map { Array($0.utf8) }
        }
    }

    /// The conditions inside the words whose first letter is `lead` and one of `seconds`, three bytes each.
    private static func runOn(
        _ context: ScanContext, _ script: RunOnTerms, lead: UInt8, seconds: ClosedRange<UInt8>,
        _ candidates: inout CandidateList
    ) {
        let disease = script.disease
        for i in 0..<context.tokens.count where context.tokens[i].isWord {
            let token = context.tokens[i]
            guard token.length >= 9, context.bytes[token.start] == lead,
                seconds.contains(context.bytes[token.start + 1])
            else { continue }
            var k = token.start
            while k < token.end {
                let named = k >= token.start + disease.count && context.hasBytes(disease, at: k - disease.count)
                if let term = (named ? script.afterDisease + script.terms : script.terms).first(where: {
                    $0.count <= token.end - k && context.hasBytes($0, at: k)
                }) {
                    candidates.add(.healthCondition, named ? k - disease.count : k, k + term.count, 0.75)
                    k += term.count
                } else {
                    k += 3
                }
            }
        }
    }

    /// Thai: diabetes, high blood pressure, asthma, the cancers of the breast, lung, liver, colon, cervix and
    /// prostate, cancer, dengue fever, influenza, pneumonia, tuberculosis, kidney failure, chronic kidney disease,
    /// heart failure, Alzheimer's and Parkinson's diseases, migraine, high blood fats, gout, gastritis, hepatitis B,
    /// hepatitis, HIV, epilepsy, anaemia, allergy, arthritis, osteoporosis, schizophrenia; after "โรค" the heart and
    /// the brain's blood vessels (heart disease, stroke), depressed and anxious (depression, anxiety disorder).
    private static let thaiTerms = RunOnTerms(
        disease: "โรค",
        terms: [
            "เบาหวาน", "ความดันโลหิตสูง", "ความดันสูง", "หอบหืด", "มะเร็งเต้านม", "มะเร็งปอด", "มะเร็งตับ",
            "มะเร็งลำไส้ใหญ่", "มะเร็งปากมดลูก", "มะเร็งต่อมลูกหมาก", "มะเร็ง", "ไข้เลือดออก", "ไข้หวัดใหญ่",
            "ปอดอักเสบ", "วัณโรค", "ไตวาย", "ไตเรื้อรัง", "หัวใจล้มเหลว", "อัลไซเมอร์", "พาร์กินสัน", "ไมเกรน",
            "ไขมันในเลือดสูง", "เกาต์", "เก๊าท์", "กระเพาะอาหารอักเสบ", "ไวรัสตับอักเสบบี", "ตับอักเสบ", "เอชไอวี",
            "ลมชัก", "โลหิตจาง", "ภูมิแพ้", "ข้ออักเสบ", "กระดูกพรุน", "จิตเภท",
        ],
        afterDisease: ["หัวใจ", "หลอดเลือดสมอง", "ซึมเศร้า", "วิตกกังวล"])

    /// Khmer: diabetes ("sweet urine"), high blood pressure in its two wordings, cancer, tuberculosis, dengue fever,
    /// malaria, AIDS, pneumonia, kidney failure; after "ជំងឺ" the heart (heart disease) and asthma.
    private static let khmerTerms = RunOnTerms(
        disease: "ជំងឺ",
        terms: [
            "ទឹកនោមផ្អែម", "លើសសម្ពាធឈាម", "សម្ពាធឈាមខ្ពស់", "មហារីក", "របេង", "គ្រុនឈាម", "គ្រុនចាញ់", "អេដស៍",
            "រលាកសួត", "ខ្សោយតម្រងនោម",
        ],
        afterDisease: ["បេះដូង", "ហឺត"])

    /// Lao: diabetes, high blood pressure, asthma, cancer, tuberculosis, dengue fever, malaria ("mosquito fever"),
    /// pneumonia, kidney failure; after "ພະຍາດ" the heart (heart disease).
    private static let laoTerms = RunOnTerms(
        disease: "ພະຍາດ",
        terms: [
            "ເບົາຫວານ", "ຄວາມດັນເລືອດສູງ", "ຫອບຫືດ", "ມະເຮັງ", "ວັນນະໂລກ", "ໄຂ້ເລືອດອອກ", "ໄຂ້ຍຸງ", "ປອດອັກເສບ",
            "ໄຕວາຍ",
        ],
        afterDisease: ["ຫົວໃຈ"])
}
