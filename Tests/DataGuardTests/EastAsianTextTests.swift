@testable import DataGuard
import Foundation
import Testing

/// Chinese, Japanese and Korean text, which runs without spaces and parts its words with punctuation of its own.
@Suite("Chinese, Japanese and Korean text")
struct EastAsianTextTests {
    @Test("the ideographic space and the block's punctuation part words; its iteration marks and 〒 do not")
    func punctuation() {
        #expect(Tokenizer.words("小野寺　隆　先生") == ["小野寺", "隆", "先生"])
        #expect(Tokenizer.words("「佐々木」さん、こんにちは。") == ["佐々木", "さん", "こんにちは"])
        #expect(Tokenizer.words("【重要】〒150-0012 東京都") == ["重要", "〒150", "東京都"])
        #expect(Tokenizer.words("〇〇様") == ["〇〇様"])
    }

    @Test("katakana and Chinese characters are told by their bytes, hiragana and kana's neighbours are neither")
    func letterKinds() {
        var text = "サミホーゐゟ゠々漢あ、"
        let kinds = text.withUTF8 { bytes in
            stride(from: 0, to: bytes.count, by: 3).map { k in
                (ByteClass.isKatakana(bytes, k), ByteClass.isHan(bytes, k))
            }
        }
        #expect(kinds.map(\.0) == [true, true, true, true, false, false, false, false, false, false, false])
        #expect(kinds.map(\.1) == [false, false, false, false, false, false, false, true, true, false, false])
    }

    /// Texts with their names marked `[[…]]`.
    static let names = [
        "患者氏名：[[佐々木 美穂]]（[[ササキ ミホ]] / [[Miho Sasaki]]）　女",
        "紹介先：北区総合病院 消化器内科　[[小野寺 隆]] 先生",
        "紹介元：たきのがわ内科クリニック　院長 [[森田 健一]]　TEL 03-3916-5520",
        "ご依頼主：[[佐藤 恵子]] 様（0157-23-4418）",
        "担当ドライバー：[[高橋]]（携帯 090-4417-2283）",
        "お世話になっております。[[田中]]様のご注文を承りました。",
        "患者：[[张伟]]，男，45岁",
        "请把材料交给[[王]]女士。",
        "안녕하세요 [[김지훈]] 회원님,",
        "연장을 원하시면 담당 트레이너 [[박서연]] (010-4827-3316) 에게 연락 주세요.",
        "성명: [[김서연]] (영문: KIM SEOYEON)",
        "[[이민수]]님, 예약이 확인되었습니다.",
        "客服：您好，请问有什么可以帮您？\n顾客：订单还没到。\n客服：好的，[[李]]女士，我们马上查询。",
        "病历：[[王建国]]，男，70岁。患者[[李娜]]，女，45岁，因咳嗽就诊。",
        "受診者氏名：[[中村 美咲]]　年齢：38　カルテ番号：00571134",
        "姓名：[[赵丽娟]]　性别：女　科室：内科",
        "张经理您好，我是[[李明]]，工号A10235。我叫[[王芳]]。",
        "인사팀입니다. [[박준호]] 님의 병가 신청이 승인되었습니다.",
        "내일 회의는 [[박서준]] 과장님이 대신 참석합니다. [[최]] 대리님과 같이 방문하겠습니다.",
        "안녕하세요, [[이서연]]입니다. 저는 [[정하늘]]입니다.",
        "[14:02] 환자: 안녕하세요 [[박지현]]입니다.\n[14:02] 의사 [[정민호]]: 네, 확인됐습니다.\n[14:04] 의사: 드시는 약은요?",
        "환자: [[박지현]] | 생년월일 1988-04-17",
        "はじめまして。[[佐々木美穂]]です。いつもお世話になっております。[[山田花子]]です。",
    ]

    /// Honorifics and roles after words that are no names, and labels with other values.
    static let notNames = [
        "内科 先生にご相談ください。",
        "고객님, 문의하신 내용은 다음과 같습니다.",
        "고객 상담사 연결을 원하시면 1번을 누르세요.",
        "皆様、お疲れ様です。お客様各位",
        "担当医療機関：北区総合病院",
        "氏名：未記入のまま提出されました。",
        "我是护士。我是医生。",
        "고객 님의 요청을 확인했습니다.",
        "이번주입니다. 신청서입니다. 일정 확인 부탁드립니다.",
        "中国語です。よろしくお願いします。",
    ]

    @Test("dates by the years of Japan's eras, the era's first year too")
    func eraDates() {
        let text = "診療情報提供書　令和7年5月8日\n生年月日：昭和58年11月3日\n入社は平成元年4月1日です。令和7年度予算"
        let found = GuardScanner().scan(text).map { finding in
            (finding.type, String(String.UnicodeScalarView(Array(text.unicodeScalars)[finding.start..<finding.end])))
        }
        #expect(found.map(\.1) == ["令和7年5月8日", "昭和58年11月3日", "平成元年4月1日"])
        #expect(found.map(\.0) == [.date, .dateOfBirth, .date])
    }

    @Test("a date glued to the words before it or to a date, and an address field ending at its sentence's full stop")
    func gluedDateAndSentenceEnd() {
        let text = "陳小姐您好，您的掛號日期為2025年3月12日，地址：台北市大安區忠孝東路四段100號5樓。電話：0912-345-678\n"
            + "予約日は2025年3月12日です。番号は12345年です。"
        let scalars = Array(text.unicodeScalars)
        let found = GuardScanner().scan(text).map { finding in
            (finding.type, String(String.UnicodeScalarView(scalars[finding.start..<finding.end])))
        }
        #expect(found.filter { $0.0 == .date }.map(\.1) == ["2025年3月12日", "2025年3月12日"])
        let range = "租期从10月1日到2026年9月30日，共一年。起租日是2025年10月1日至2026年9月30日。"
        let rangeScalars = Array(range.unicodeScalars)
        #expect(GuardScanner().scan(range).map { String(String.UnicodeScalarView(rangeScalars[$0.start..<$0.end])) }
            == ["10月1日", "2026年9月30日", "2025年10月1日", "2026年9月30日"])
        #expect(found.filter { $0.0 == .streetAddress }.map(\.1) == ["台北市大安區忠孝東路四段100號5樓"])
        #expect(found.filter { $0.0 == .phoneNumber }.map(\.1) == ["0912-345-678"])
    }

    @Test("a Chinese address in a sentence by its city, district, road and numbered house; not a city and road alone")
    func chineseAddressInSentence() {
        let text = "我住在上海市浦东新区张杨路1588弄12号602室，欢迎来玩。寄到臺北市大安區復興南路一段219巷7號3樓給我。"
            + "他说广东省深圳市南山区科技园路12号的会议改期了。我在城市里知道3号线很挤。市场部在中山路上，3月5号见。"
            + "我在市场附近的小区门口沿着马路3号口进。"
        #expect(Self.found(text, .streetAddress) == [
            "上海市浦东新区张杨路1588弄12号602室", "臺北市大安區復興南路一段219巷7號3樓", "广东省深圳市南山区科技园路12号",
        ])
    }

    @Test("a Japanese address by its prefecture, municipality and block; not a city's word and a number")
    func japaneseAddressInSentence() {
        let text = "私は東京都新宿区西新宿2-8-1に住んでいます。送り先は大阪府大阪市北区梅田3丁目1番1号です。"
            + "東京都の人口は1400万人です。都市部の区画は3番です。会議は東京都庁の第1会議室で3時から。"
            + "東京都新宿区で2024-05-01に会議があります。"
        #expect(Self.found(text, .streetAddress) == ["東京都新宿区西新宿2-8-1", "大阪府大阪市北区梅田3丁目1番1号"])
    }

    @Test("a Korean road address by its city, district, road and number, with its flat and a postcode in brackets")
    func koreanRoadAddress() {
        let text = "환자 주소는 서울특별시 마포구 월드컵북로12길 34, 201호입니다.\n"
            + "주소: (15588) 경기도 안산시 상록구 본오로 112, 203동 1504호\n"
            + "부산광역시 해운대구 해운대로 570, 3층\n우리 연구 방향으로 3 가지를 정했다.\n이 정도 연구 방향으로 3 개월\n"
            + "경기도 수원시 팔달구 효원로 1\n"
        #expect(Self.found(text, .streetAddress) == [
            "서울특별시 마포구 월드컵북로12길 34", "(15588) 경기도 안산시 상록구 본오로 112, 203동 1504호",
            "부산광역시 해운대구 해운대로 570, 3층", "경기도 수원시 팔달구 효원로 1",
        ])
    }

    @Test("phones glued to the letters around them, and numbers glued so that are no phones")
    func gluedPhones() {
        let text = "電話番号は090-1234-5678です。연락처는 010-1234-5678입니다. 电话是13800138000，谢谢。"
            + "予約は03-1234-5678まで。注文番号は0312345678901です。12345678901件。"
        let scalars = Array(text.unicodeScalars)
        let phones = GuardScanner().scan(text).filter { $0.type == .phoneNumber }.map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
        #expect(phones == ["090-1234-5678", "010-1234-5678", "13800138000", "03-1234-5678"])
        // A Chinese mobile in groups apart by spaces, after letters or apart from them; not a number in other groups.
        let spaced = "号码是 139 1720 4685，你手机号还是138 2716 4409吧？订单 1390 1720 4685。"
        let spacedScalars = Array(spaced.unicodeScalars)
        #expect(GuardScanner().scan(spaced).filter { $0.type == .phoneNumber }.map {
            String(String.UnicodeScalarView(spacedScalars[$0.start..<$0.end]))
        } == ["139 1720 4685", "138 2716 4409"])
        // At the text's very start too.
        let opening = "09012345678です"
        #expect(GuardScanner().scan(opening).map { [$0.start, $0.end] } == [[0, 11]])
    }

    /// Texts with their conditions marked `[[…]]`.
    static let conditions = [
        "既往歴：[[2型糖尿病]]、[[高血圧]]症。[[潰瘍性大腸炎]]の疑い。",
        "[[鉄欠乏性貧血]]に対し鉄剤を処方。[[胃がん]]術後、[[うつ病]]で通院中。",
        "[[フェロミア]]50mg、[[ビオフェルミン]]を処方中。コンピュータ2台、タクシーを利用。",
        "患者有[[慢性胃炎]]病史，无过敏史。",
        "건강 특이사항: [[허리디스크]] 수술 이력, [[갑각류 알레르기]]",
        "[[당뇨병]]으로 치료 중이며 [[갑상선암]] 수술을 받았습니다.",
        "我有[[糖尿病]]和[[高血压]]，最近[[头痛]]。他得了[[肺炎]]。既往[[哮喘]]病史。",
        "诊断为[[慢性阻塞性肺疾病]]、[[心力衰竭]]。因[[胸闷]]、[[气短]]3天入院。出现活动后[[胸痛]]。",
        "昨日より[[頭痛]]と[[発熱]]あり。[[動悸]]と[[息切れ]]、[[心房細動]]の疑い。傷病名：右[[変形性膝関節症]]",
        "환자는 [[두통]]과 [[복통]]을 호소함. [[어지럼증]]이 있고 허리 [[통증]]도 있음.",
        "P.H.) [[고혈압]] – [[암로디핀]] 5mg 복용 중, [[페니실린 알레르기]]\n[[자누메트정]] 50/500mg  1정  2회",
        "現処方：[[アレンドロン酸]]35mg 週1回、[[メトホルミン]]錠500mg 2錠 分2、[[ウルソ]]錠100mg。[[アムロジピン]] 5mg",
        "[[気管支喘息]]（[[シムビコート]]使用中）",
    ]

    /// Words with those endings that name no one's condition: a hospital, a symptom, a history, a receipt, a bottle.
    static let notConditions = [
        "病院に行きました。症状は軽いです。既往症：なし",
        "영수증을 보내 드립니다. 회원증 발급은 물병 옆 창구에서.",
        "我们医院的病房在三楼。",
        "我没有糖尿病。患者否认有高血压。既往无结核病史。这是一个痛快的决定。",
        "교통사고 신고는 소통 창구에서 받습니다.",
        "하루에 5mg 복용하세요. 용량은 10mg입니다.",
    ]

    /// Names after a field's label, before an honorific or after a role, with their reading; conditions by the endings
    /// of their names, in kana and in Korean words; each text with its spans of that type marked, or none.
    static let cases: [(FindingType, String)] = names.map { (.person, $0) } + notNames.map { (.person, $0) }
        + conditions.map { (.healthCondition, $0) } + notConditions.map { (.healthCondition, $0) }

    @Test("names and conditions in these letters, and the words that are neither", arguments: cases)
    func finds(_ type: FindingType, _ marked: String) {
        #expect(Self.found(marked, type) == Self.spans(marked))
    }

    /// The findings of `type` in `text` (its marks removed).
    private static func found(_ marked: String, _ type: FindingType) -> [String] {
        let text = marked.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")
        let scalars = Array(text.unicodeScalars)
        return GuardScanner().scan(text).filter { $0.type == type }.map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    /// The spans of `marked` between "[[" and "]]".
    private static func spans(_ marked: String) -> [String] {
        marked.components(separatedBy: "[[").dropFirst().map { String($0.components(separatedBy: "]]")[0]) }
    }
}
