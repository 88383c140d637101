/// Conditions in Thai, whose words run on without spaces, so that no list of phrases can find them: a listed term
/// anywhere inside a word of Thai letters ("ผู้ป่วยเป็นโรคเบาหวาน", the patient has diabetes), with "โรค" (the disease
/// of) when it stands right before the term.
extension HealthDetector {
    static func thai(_ context: ScanContext, _ candidates: inout CandidateList) {
        for i in 0..<context.tokens.count where context.tokens[i].isWord {
            let token = context.tokens[i]
            guard token.length >= 9, context.bytes[token.start] == 0xE0 else { continue }
            var k = token.start
            while k < token.end {
                let named = k >= token.start + disease.count && context.hasBytes(disease, at: k - disease.count)
                if let term = (named ? afterDisease + thaiTerms : thaiTerms).first(where: {
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

    /// "โรค", the disease (of).
    private static let disease = Array("โรค".utf8)

    /// Conditions in Thai, the longer before the shorter that opens them: diabetes, high blood pressure, asthma,
    /// the cancers of the breast, lung, liver, colon, cervix and prostate, cancer, dengue fever, influenza,
    /// pneumonia, tuberculosis, kidney failure, chronic kidney disease, heart failure, Alzheimer's and Parkinson's
    /// diseases, migraine, high blood fats, gout, gastritis, hepatitis B, hepatitis, HIV, epilepsy, anaemia,
    /// allergy, arthritis, osteoporosis, schizophrenia.
    private static let thaiTerms: [[UInt8]] = [
        "เบาหวาน", "ความดันโลหิตสูง", "ความดันสูง", "หอบหืด", "มะเร็งเต้านม", "มะเร็งปอด", "มะเร็งตับ",
        "มะเร็งลำไส้ใหญ่", "มะเร็งปากมดลูก", "มะเร็งต่อมลูกหมาก", "มะเร็ง", "ไข้เลือดออก", "ไข้หวัดใหญ่",
        "ปอดอักเสบ", "วัณโรค", "ไตวาย", "ไตเรื้อรัง", "หัวใจล้มเหลว", "อัลไซเมอร์", "พาร์กินสัน", "ไมเกรน",
        "ไขมันในเลือดสูง", "เกาต์", "เก๊าท์", "กระเพาะอาหารอักเสบ", "ไวรัสตับอักเสบบี", "ตับอักเสบ", "เอชไอวี",
        "ลมชัก", "โลหิตจาง", "ภูมิแพ้", "ข้ออักเสบ", "กระดูกพรุน", "จิตเภท",
    ].map { Array($0.utf8) }

    /// Words that name a condition only after "โรค": the heart and the brain's blood vessels (heart disease,
    /// stroke), depressed and anxious (depression, anxiety disorder).
    private static let afterDisease: [[UInt8]] = ["หัวใจ", "หลอดเลือดสมอง", "ซึมเศร้า", "วิตกกังวล"].map {
        Array($0.utf8)
    }
}
