import Testing

@testable import DataGuard

/// Texts in Arabic, Persian, Urdu, Hebrew, Georgian and Ethiopic letters: names without capitals to tell them by, the
/// digits Arabic-script texts write numbers with, and words spelt with and without hamza, Persian or Arabic yeh and
/// kaf.
@Suite("Arabic, Persian, Urdu, Hebrew and Georgian letters")
struct UncasedScriptTests {
    static let names: [DetectorCase] = [
        DetectorCase("a form's name field", .person, "الاسم: [[خالد يوسف النجار]]   الهاتف: 0100 234 5678"),
        DetectorCase(
            "Khmer and Lao names after a field's label or a title; Somali and Tigrinya patients", .person,
            "ឈ្មោះអ្នកជំងឺ: [[សុខ ដារា]]\nຊື່ຄົນເຈັບ: [[ສົມສັກ ພົມມະຈັນ]]\nລາວ ທ່ານ [[ສົມສັກ]] ມາ\n"
                + "ຂ້ອຍໄປຕະຫຼາດມື້ນີ້ ແລະ ຊື້ເຂົ້າ\nBukaanka: [[Faadumo Cali Xasan]], 34 jir\nሕሙም: [[ሃብቶም ገብረሚካኤል]]"),
        DetectorCase(
            "amharic names after a field's label, its preface colon, a title or its abbreviation, and a closing",
            .person,
            "ስም: [[አበበ ከበደ]]\nታካሚ: [[ትዕግስት ገብሬ]]\nሙሉ ስም፦ [[ሄለን ተስፋዬ]] ዕድሜ 34\nአቶ [[አበበ ከበደ]] ዛሬ መጣ።\n"
                + "ወ/ሮ [[አልማዝ ተሾመ]] በ 0911 23 45 67 ይደውሉ\nዶ/ር [[ዳዊት ሰለሞን]]\nባለቤቴ ሰላም ናት። ሰላም ነው?\n"
                + "በአክብሮት፣\n[[ሳሙኤል ግርማ]]"),
        DetectorCase(
            "the given name Ali with its yeh, not the preposition on", .person,
            "دکتر [[علی رضایی]] آمد\nد. [[علي حسن]]\nوقع الحادث على الطريق"),
        DetectorCase(
            "names after a child-of, kin, a neighbour and Kurdish titles", .person,
            "مستأجر: خانم [[نگار]] فرزند [[مسعود]]، ممکن تسيبها مع البواب عم [[صابر]]؟ كلم أختي [[ياسمين]] "
                + "את סבתא [[אסתר]]. بەڕێز کاک [[ئاراس]]،"),
        DetectorCase(
            "courtesies are no names", .person,
            "جناب عالی! گزارش ہے. تقبلوا فائق الاحترام. תודה רבה"),
        DetectorCase("an abbreviated title and a nisba", .person, "راجعته د. [[سلمى الحسيني]] صباح اليوم"),
        DetectorCase("a persian title and a surname's ending", .person, "آقای [[رضا احمدی]] در جلسه بود"),
        DetectorCase("a hebrew abbreviated title", .person, "ד\"ר [[דנה כהן]] בדקה את המטופל"),
        DetectorCase("an urdu title", .person, "ڈاکٹر [[عمران]] نے دوا لکھی"),
        DetectorCase("after the vocative", .person, "يا [[سامي]]، وينك؟"),
        DetectorCase("a signature after a closing", .person, "مع تحياتي،\n[[ليلى منصور]]"),
        DetectorCase(
            "a department that signs a letter is no one", .person,
            "תלוש השכר של [[דנה כהן]] מצורף.\nבברכה, מחלקת משאבי אנוש\nمع تحياتي، قسم الموارد البشرية"),
        DetectorCase("two listed names without a cue", .person, "اتصلت [[مريم الحسيني]] أمس"),
        DetectorCase("a listed given name and a family name with its article", .person, "حضرت [[فاطمة الزهراء]] اليوم"),
        DetectorCase("a signature of three words", .person, "مع الشكر، [[رنا حداد خوري]]"),
        DetectorCase("a listed given name in brackets", .person, "טלפון של אמא ([[יעל]]): 052-384-1176"),
        DetectorCase("a relative's field", .person, "همسر: [[علی‌اکبر مرادی]] – 0912 345 6789"),
        DetectorCase("a field whose label names a firm", .person, "اسم الشركة: النور للتجارة"),
        DetectorCase("a greeting", .person, "صباح الخير يا جماعة، الاجتماع بكرة"),
        DetectorCase("a listed given name alone in a sentence", .person, "ראיתי את יעל בבוקר"),
        DetectorCase(
            "a hospital named after a king is no one", .person,
            "المريض: [[عبدالله محمد القحطاني]]، مستشفى الملك فهد"),
        DetectorCase("a georgian name after a title", .person, "ექიმი [[ნინო გელაშვილი]] და პაციენტი"),
        DetectorCase("a georgian given name and a surname's ending", .person, "მოვიდა [[თამარ ხუციშვილი]] დღეს"),
    ]

    static let addresses: [DetectorCase] = [
        DetectorCase(
            "an address field to the field's end", .streetAddress,
            "العنوان: [[٢٢ شارع الجمهورية، الدور الرابع، شقة ٩، المنصورة]]   موبايل: ٠١٠٠ ٢٣٤ ٥٦٧٨"),
        DetectorCase("a persian address field", .streetAddress, "نشانی: [[اصفهان، خیابان چهارباغ، کوچه ۸، پلاک ۲۱]]"),
        DetectorCase("a hebrew street, flat and town", .streetAddress, "גרים [[ברחוב הרצל 14 דירה 3, חולון]]."),
        DetectorCase(
            "a letter's address block: the street opening its line, the town and postcode on the next", .streetAddress,
            "לכבוד\nגב' אורית לוי\n[[רחוב הרצל 47, דירה 6\nחיפה 3303117]]\nבברכה"),
        DetectorCase("a street with its number before it", .streetAddress, "نلتقي عند [[12 شارع الحمراء]] ثم نذهب"),
        DetectorCase("a street's word without a number", .streetAddress, "يؤخذ الدواء عن طريق الفم مرتين"),
        DetectorCase("an address field without a number or street", .streetAddress, "العنوان: غير معروف"),
        DetectorCase("an address field that ends with its sentence, before a phone's word", .streetAddress,
            "العنوان: [[١٢ شارع التحرير، الدقي، الجيزة]]. تليفون 01012345678\nنشانی: [[تهران، خیابان ولیعصر، پلاک "
                + "۱۲]] تلفن ۰۲۱۸۸۷۶۵۴۳۲"),
    ]

    @Test("addresses: an address field's value, a street with its number and the parts after it", arguments: addresses)
    func address(_ test: DetectorCase) {
        test.expectMarkedFound()
    }

    static let conditions: [DetectorCase] = [
        DetectorCase("an arabic condition with a clitic", .healthCondition, "المريض مصاب [[بالسكري]] منذ ٥ سنوات"),
        DetectorCase("a persian condition with a joiner", .healthCondition, "سابقه [[کم‌خونی فقر آهن]] دارد"),
        DetectorCase("the arabic 'name' of a form, which folds as the persian 'asthma'", .healthCondition,
            "اسم المريض: محمود عبد الرحمن\nبیمار [[آسم]] دارد؛ [[آسم برونشی]]"),
        DetectorCase("a hebrew condition", .healthCondition, "אובחן עם [[סוכרת]] לפני שנה"),
        DetectorCase("a medicine in arabic letters", .healthCondition, "يأخذ [[باراسيتامول]] عند الحاجة"),
    ]

    @Test("conditions and medicines in these scripts", arguments: conditions)
    func condition(_ test: DetectorCase) {
        test.expectMarkedFound()
    }

    @Test("names are found by their cues and lists", arguments: names)
    func name(_ test: DetectorCase) {
        test.expectMarkedFound()
    }

    static let numbers: [DetectorCase] = [
        DetectorCase("an egyptian mobile in arabic-indic digits", .phoneNumber, "موبايل: [[٠١٠٠ ٢٣٤ ٥٦٧٨]]"),
        DetectorCase("an iranian mobile in persian digits", .phoneNumber, "تلفن همراه: [[۰۹۱۲ ۳۴۵ ۶۷۸۹]] (خانم)"),
        DetectorCase("a date in arabic-indic digits", .date, "تاريخ الدخول: [[٢٠٢٤/٣/١٥]]، الخروج بعد أسبوع"),
        DetectorCase("a saudi mobile after its arabic word", .phoneNumber, "للتواصل جوال [[055 123 4567]] مساءً"),
        DetectorCase("a date of birth", .dateOfBirth, "تاريخ الميلاد: [[١٩٨٥/٣/٢]]"),
        DetectorCase("a persian date of birth", .dateOfBirth, "تاریخ تولد: [[۱۳۶۸/۱۱/۰۴]]"),
        DetectorCase("a solar hijri date", .date, "ویزیت بعدی [[۱۴۰۳/۰۵/۱۲]] ساعت ۱۰"),
        DetectorCase(
            "a date with its calendar's mark glued after the year", .date,
            "تاريخ الدخول: [[03/08/1446هـ]] الموافق [[02/02/2025م]]، التاريخ: [[١٤٤٦/١٠/٠٥هـ]]; غرفة 12/3/2024مب"),
        DetectorCase("a solar hijri month", .date, "نوبت [[۱۵ مهر ۱۴۰۳]] است"),
        DetectorCase("an islamic month", .date, "الموافق [[18 شعبان 1446]] هـ"),
        DetectorCase("a month of two words", .date, "بتاريخ [[15 تشرين الأول 2024]] تم الفحص"),
        DetectorCase("a hebrew month with its prefix", .date, "הביקור נקבע ליום [[3 בינואר 2025]]"),
        DetectorCase(
            "a day after a hebrew prefix and its hyphen", .date, "הפגישה תתקיים ב-[[3 במרץ 2025]], עד ה-[[15 במרץ]]"),
        DetectorCase("a persian month of two letters needs its year", .date, "۱۰ دی رفتیم و [[۱۰ دی ۱۴۰۲]] برگشتیم"),
        DetectorCase("a hijri year in an english text", .date, "Ref 1403/05/12 was filed"),
        DetectorCase("a georgian month with a comma before the year", .date, "ვიზიტი [[12 მაისი, 2025]] დილით"),
        DetectorCase(
            "a hebrew calendar date", .date, "הטקס ייערך ב-[[ט\"ו בשבט תשפ\"ה]] בערב, ובפגישה ביום [[ה' ניסן]]"),
        DetectorCase("hebrew letters that are no date", .date, "אמר ש\"ב שבט הוא חודש"),
        DetectorCase(
            "a file number in a patient's record", .medicalRecordNumber,
            "رقم الملف: [[55123]]، التشخيص: asthma\nشماره پرونده: [[98712]]، تشخیص: دیابت و فشار خون بالا\n"
                + "מספר תיק: [[4455667]], אבחנה: סוכרת"),
        DetectorCase(
            "a national number in a patient's record", .medicalRecordNumber,
            "ת\"ז: [[123456782]], אבחנה: asthma, diabetes"),
        DetectorCase("a staff number", .employeeNumber, "الرقم الوظيفي: [[4471]]"),
        DetectorCase("a customer number", .memberNumber, "מספר לקוח: [[99812]]"),
    ]

    @Test("numbers, dates and identifiers of these texts, in any digits", arguments: numbers)
    func number(_ test: DetectorCase) {
        test.expectMarkedFound()
    }

    @Test("local digits are folded to ASCII and the offsets found in the folded text map back")
    func folding() throws {
        let text = Array("رقم ١٢، و ۳۴ و 56".utf8)
        let (folded, folds) = text.withUnsafeBufferPointer { LocalDigits.folded($0) }
        #expect(String(decoding: folded, as: UTF8.self) == "رقم 12، و 34 و 56")
        let start = try #require(folded.firstRange(of: Array("34".utf8))).lowerBound
        let moved = LocalDigits.unfolded(
            [Candidate(type: .phoneNumber, start: start, end: start + 2, confidence: 1)], folds: folds)
        #expect(Array(text[moved[0].start..<moved[0].end]) == Array("۳۴".utf8))
        let plain = Array("no local digits here, but é and ش".utf8)
        let unchanged = plain.withUnsafeBufferPointer { LocalDigits.folded($0) }
        #expect(unchanged.bytes == plain && unchanged.folds.isEmpty)
    }

    @Test("spellings with and without hamza, Arabic and Persian yeh and kaf, vowel marks and joiners hash alike")
    func spellings() {
        let pairs = [("أحمد", "احمد"), ("علي", "علی"), ("مصطفى", "مصطفي"), ("كريم", "کریم"), ("فاطمة", "فاطمه"),
                     ("مُحَمَّد", "محمد"), ("علی‌اکبر", "علیاکبر"), ("فاطمہ", "فاطمه"), ("بھائی", "بهائي")]
        for (one, other) in pairs {
            #expect(WordHash.of(word: Substring(one).utf8) == WordHash.of(word: Substring(other).utf8), "\(one)")
        }
        #expect(WordHash.of(word: Substring("احمد").utf8) != WordHash.of(word: Substring("محمد").utf8))
    }

    @Test("the tokenizer hashes a word as the vocabularies do, and ends it at Arabic punctuation")
    func tokens() {
        var text = "أحمد، علی‌اکبر؛ مُحَمَّد؟"
        let words = text.withUTF8 { bytes in
            Tokenizer.withTokens(of: bytes, lexicon: Lexicon.table) { tokens, _ in
                (0..<tokens.count).filter { tokens[$0].isWord }.map { tokens[$0].hash }
            }
        }
        let expected = ["احمد", "علیاکبر", "محمد"].map { WordHash.of(word: Substring($0).utf8) }
        #expect(words == expected)
    }
}
