extension Lexicon {
    /// What a word in Arabic, Persian, Urdu, Hebrew or Georgian letters tells ``UncasedNameDetector`` about the words
    /// near it.
    enum UncasedRole: UInt8 {
        /// A title before a name: "السيد", "دکتر", "ڈاکٹر", "מר".
        case title
        /// A title abbreviated with a period, slash or apostrophe ("د.", "م/", "גב'").
        case letterTitle
        /// A word of a field label that names a person ("الاسم", "بیمار", "שם"), or a relative or a role before a
        /// name, which must then be a listed given name ("المريض أحمد", not "المريض مصاب"): "زوجته", "همسر", "אמא",
        /// "الممرضة", "האחות".
        case label
        /// A word that makes a label name no person: "الشركة", "شرکت", "החברה".
        case nonPerson
        /// A closing before a signature: "تحياتي", "ارادتمند", "בברכה".
        case closing
        /// The vocative before a name in a message: "يا".
        case vocative
        /// A word that joins the parts of a name: "عبد", "بن", "أبو", "ولد", "בן".
        case particle
        /// A function word, verb or noun that no name holds: "في", "است", "של".
        case stop
    }

    /// The words of ``UncasedRole``, written as the texts write them; Arabic letters are folded when hashed
    /// (``ByteClass/foldedArabic(_:_:)``), so one spelling stands for its variants with and without hamza.
    static let uncasedWords: [(UncasedRole, [String])] = [
        (
            .title,
            [
                // Arabic
                "الدكتور", "الدكتورة", "دكتور", "دكتورة", "السيد", "السيدة", "سيدة", "الأستاذ", "الأستاذة", "أستاذ",
                "أستاذة", "الحاج", "الحاجة", "حاج", "المهندس", "المهندسة", "مهندس", "الشيخ", "شيخ", "الآنسة", "آنسة",
                "المرحوم", "المرحومة", "السادة", "معالي", "سعادة", "فضيلة",
                // Persian
                "دکتر", "آقای", "خانم", "جناب", "جنابآقای", "سرکار", "سرکارخانم", "مهندس", "استاد", "حاجی", "حاجیه",
                "مرحوم", "مرحومه", "دوشیزه", "بانو",
                // Urdu
                "ڈاکٹر", "محترم", "محترمہ", "مسٹر", "مسز", "بیگم", "مولانا", "پروفیسر", "چوہدری", "میاں",
                // Hebrew
                "מר", "גברת", "ד״ר", "פרופסור", "הרב", "אחות", "עו״ד", "ד\"ר", "עו\"ד",
                // Georgian
                "ბატონი", "ქალბატონი", "ბატონო", "ქალბატონო", "ექიმი", "დოქტორი", "პროფესორი",
                // Kurdish (Sorani): Mr, doctor, teacher
                "کاک", "دکتۆر", "مامۆستا",
            ]
        ),
        (.letterTitle, ["د", "م", "أ", "ڈ", "גב", "פרופ", "הגב"]),
        (
            .label,
            [
                // Arabic
                "الاسم", "اسم", "اللقب", "المريض", "المريضة", "الطبيب", "الطبيبة", "المرسل", "المستلم", "المستفيد",
                "الموظف", "الموظفة", "المستأجر", "المؤجر", "الكفيل", "المشترك", "العميل", "صاحب", "مقدم", "الطالب",
                "الطالبة", "المتقدم", "ولي", "الشاهد", "المعالج", "المعالجة", "المراجع", "المؤمن", "المريضه",
                // Persian
                "نام", "بیمار", "پزشک", "فرستنده", "گیرنده", "کارمند", "مستاجر", "مستأجر", "موجر", "متقاضی", "شاهدان",
                "دانشآموز", "ماما", "پرستار", "مشترک", "خریدار", "فروشنده", "شاهد", "سرپرست", "بیمهشده",
                // Urdu
                "مریض", "ولدیت", "درخواستگزار", "امیدوار", "ملازم", "مریضہ",
                // Hebrew
                "שם", "מטופל", "מטופלת", "רופא", "רופאה", "השולח", "שולח", "הנמען", "נמען", "עובד", "העובד", "מאת",
                "העובדת", "עובדת", "שוכר", "השוכר", "משכיר", "המשכיר", "מבקש", "המבקש", "המבקשת", "הורה", "התלמיד",
                "התלמידה", "תלמיד", "לקוח", "הלקוח", "המנוי", "מנוי", "המבוטח", "מבוטח", "המבוטחת",
                // Georgian: name, surname, patient
                "სახელი", "გვარი", "პაციენტი", "პაციენტის",
            ]
        ),
        (
            .label,
            [
                // Relatives and roles
                "زوجته", "زوجها", "الزوج", "الزوجة", "زوجتي", "زوجي", "ابنه", "ابنته", "ابني", "ابنتي", "والدة", "والد",
                "الأب", "الأم", "والدته", "والده", "أخوه", "أخته", "همسر", "همسرش", "پدر", "مادر", "دختر", "پسر",
                "دخترم", "پسرم", "والد", "والدہ", "شوہر", "بیوی", "بیٹا", "بیٹی", "אמא", "אבא", "בעלה", "אשתו",
                "האב", "האם", "אם", "אב", "בנו", "בתו",
                // A child of ("فرزند", Persian), a student's father ("باوکی قوتابی", Kurdish), uncles, aunts,
                // brothers and sisters, mothers and grandparents in the Arabic of the Levant, Egypt and the Gulf and
                // in Hebrew; a neighbour and a branch manager in Urdu.
                "فرزند", "باوکی", "قوتابی", "عم", "عمي", "خالي", "عمتي", "خالتي", "أختي", "أخوي", "أخويا", "أمي",
                "סבתא", "סבא", "ہمسائے", "ہمسایہ", "منیجر",
                // Roles: patient, child, nurse, pharmacist, brother and sister, the doctor.
                "المريض", "المريضة", "الطفل", "الطفلة", "الأخ", "الأخت", "الممرضة", "الممرض", "ممرضة", "الصيدلي",
                "الصيدلانية", "الطبيب", "الطبيبة", "پرستار", "האחות", "הרופא", "הרופאה", "המטופל",
                "המטופלת", "הילד", "הילדה", "התינוק", "התינוקת",
            ]
        ),
        (
            .nonPerson,
            [
                "الشركة", "شركة", "المستشفى", "مستشفى", "البنك", "بنك", "المدرسة", "الجهة", "المنشأة", "الدواء",
                "المنتج", "المستخدم", "المؤسسة", "الملف", "الشارع", "المدينة", "الحي", "المركز", "العيادة", "الفحص",
                "شرکت", "بیمارستان", "بانک", "مدرسه", "دارو", "کالا", "کاربری", "خیابان", "شهر", "مرکز", "درمانگاه",
                "کمپنی", "ہسپتال", "بینک", "اسکول", "دوا", "החברה", "חברה", "בית", "התרופה", "המוצר", "הבנק", "בנק",
                "המשתמש", "משתמש", "הקובץ", "הרחוב", "העיר", "המרפאה", "הבדיקה",
                // Departments, teams, managements and offices that sign letters ("בברכה, מחלקת משאבי אנוש", "قسم
                // الموارد البشرية", "إدارة …", "فريق …").
                "מחלקת", "מחלקה", "צוות", "הנהלת", "משרד", "אגף", "قسم", "إدارة", "ادارة", "فريق", "مكتب",
                "بخش", "اداره", "دفتر", "تیم", "شعبہ",
            ]
        ),
        (
            .closing,
            [
                "تحياتي", "وتحياتي", "الشكر", "شكرا", "وشكرا", "التقدير", "المخلص", "المخلصة", "أخوكم", "أختكم",
                "تشکر", "احترام", "ارادتمند", "سپاس", "سپاسگزارم", "شکریہ", "والسلام", "خیراندیش", "مخلص", "בברכה",
                "בתודה", "תודה",
            ]
        ),
        (.vocative, ["يا"]),
        (
            .particle,
            [
                "عبد", "بن", "بنت", "ابن", "أبو", "أم", "آل", "أبي", "بو", "آيت", "ولد", "ذو", "عبدال", "ابو", "سید",
                "בן", "בת",
            ]
        ),
        (
            .stop,
            [
                // Arabic
                "في", "من", "إلى", "على", "عن", "مع", "و", "أو", "هو", "هي", "كان", "كانت", "قد", "لقد", "الذي",
                "التي", "هذا", "هذه", "ذلك", "تلك", "تم", "يوم", "بتاريخ", "تاريخ", "عند", "بعد", "قبل", "حتى", "لدى",
                "كل", "غير", "ثم", "لا", "لم", "لن", "ما", "إن", "أن", "انه", "رقم", "عمر", "العمر", "سنة", "سنوات",
                "عام", "المولود", "المولودة", "مواليد", "الساكن", "المقيم", "المقيمة", "الحامل", "يرجى", "برجاء",
                "تحية", "طيبة", "وبعد", "السلام", "عليكم", "مرحبا", "أهلا", "صباح", "مساء", "الخير", "النور", "شكرًا",
                "هل", "لك", "لكم", "لي", "عندي", "عنده", "اليوم", "غدا", "امس", "الآن", "جدا", "كيف", "حال", "الحمد",
                "لله", "الله", "إن شاء", "ان", "شاء", "بخير", "تمام", "ok", "قال", "قالت", "يقول", "اتصل", "اتصلت",
                // "Since", and the courtesies of a letter's end: "فائق الاحترام", Urdu "جناب عالی" (your honour).
                "منذ", "فائق", "الاحترام", "عالی", "عالي",
                // Persian
                "در", "به", "از", "با", "که", "را", "این", "آن", "برای", "تا", "یا", "است", "بود", "شد", "هست",
                "روز", "ساعت", "متولد", "ساکن", "سن", "شماره", "کد", "سلام", "ممنون", "مرسی", "لطفا", "هم",
                "نیز", "اگر", "چون", "ولی", "اما", "شده", "کرد", "کرده", "دارد", "میشود", "امروز", "فردا", "دیروز",
                // Urdu
                "کا", "کی", "کے", "میں", "نے", "کو", "سے", "پر", "اور", "ہے", "ہیں", "تھا", "تھی", "یہ", "وہ", "صاحب",
                "جی", "شکریہ", "ایس", "ایچ",
                // Hebrew
                "של", "את", "עם", "על", "אל", "כי", "או", "הוא", "היא", "זה", "זו", "יום", "בתאריך", "לא", "גם", "רק",
                "כל", "מספר", "גיל", "שלום", "תודה", "היום", "מחר", "אתמול", "טלפון", "נייד", "כתובת", "תאריך",
                "רבה",
                // Georgian
                "და", "არის", "იყო", "რომ", "ეს", "ის", "თუ", "მაგრამ", "ან", "არ", "ტელ", "ტელეფონი",
            ]
        ),
    ]
}

extension Lexicon {
    /// What a word in Arabic, Persian, Urdu or Hebrew letters tells ``UncasedAddressDetector``.
    enum UncasedPlaceRole: UInt8 {
        /// The label of an address field: "العنوان", "نشانی", "כתובת".
        case label
        /// A street's kind, before its name: "شارع", "خیابان", "רחוב".
        case street
        /// A part of an address after the street: floor, flat, building, plaque, alley's number, postcode.
        case unit
    }

    /// The words of ``UncasedPlaceRole``, as the texts write them (Arabic letters folded when hashed).
    static let uncasedPlaceWords: [(UncasedPlaceRole, [String])] = [
        (.label, ["العنوان", "عنوان", "عنوانه", "السكن", "نشانی", "آدرس", "כתובת", "הכתובת", "מען", "پتہ", "ایڈریس"]),
        (
            .street,
            [
                // Arabic, with the Maghreb's "زنقة" and "نهج", and "in … street" ("بشارع")
                "شارع", "بشارع", "ش", "طريق", "جادة", "حي", "ساحة", "ميدان", "زقاق", "درب", "نهج", "زنقة", "الحي",
                "مجمع", "منطقة", "كورنيش", "امتداد",
                // Persian
                "خیابان", "خ", "کوچه", "بلوار", "بزرگراه", "جاده", "بنبست", "کوی", "محله", "شهرک", "میدان",
                // Urdu
                "گلی", "محلہ", "سڑک", "روڈ", "سیکٹر", "کالونی", "ٹاؤن", "فیز", "بلاک",
                // Hebrew, and with the prefixes "in", "to" and "from" ("ברחוב")
                "רחוב", "רח", "שדרות", "שד", "דרך", "סמטת", "כיכר", "שכונת", "משעול", "ברחוב", "לרחוב", "מרחוב",
                "בשדרות", "ברח",
            ]
        ),
        (
            .unit,
            [
                "الدور", "الطابق", "طابق", "دور", "شقة", "الشقة", "عمارة", "مبنى", "بناية", "بلوك", "مدخل", "فيلا",
                "منزل", "الرمز", "صندوق", "ص", "پلاک", "طبقه", "واحد", "ساختمان", "بلوک", "کدپستی", "ورودی", "مجتمع",
                "برج", "مکان", "فلیٹ", "منزل", "דירה", "קומה", "בניין", "כניסה", "מיקוד", "ת.ד", "ת\"ד", "בית",
            ]
        ),
    ]
}

extension Lexicon {
    /// ``uncasedWords`` by word hash, each word's role as its raw value.
    static let uncasedRoles = roleTable(uncasedWords.map { ($0.0.rawValue, $0.1) })
    /// ``uncasedPlaceWords`` by word hash, each word's role as its raw value.
    static let uncasedPlaceRoles = roleTable(uncasedPlaceWords.map { ($0.0.rawValue, $0.1) })

    /// A table of the words of `lists` with the value of their list; a word listed twice keeps its first.
    private static func roleTable(_ lists: [(UInt8, [String])]) -> HashTable {
        var table = HashTable(capacity: lists.reduce(0) { $0 + $1.1.count }, valueBits: 8)
        for (value, words) in lists {
            for word in words {
                let hash = WordHash.of(word: Substring(word).utf8)
                if table.value(of: hash) == nil { table.insert(hash, value: UInt64(value)) }
            }
        }
        return table
    }
}

extension ScanContext {
    /// Whether token `i` is a word in Hebrew, Arabic-script or Georgian letters, which have no capitals.
    @inline(__always)
    func isUncasedWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord else { return false }
        let lead = bytes[tokens[i].start]
        return lead &- 0xD7 < 5 || lead == 0xE1 && byte(tokens[i].start + 1) == 0x83
    }

    /// The role of word `i` in ``Lexicon/uncasedWords``, if any.
    func uncasedRole(_ i: Int) -> Lexicon.UncasedRole? {
        Lexicon.uncasedRoles.value(of: tokens[i].hash).flatMap { Lexicon.UncasedRole(rawValue: UInt8($0)) }
    }

    /// The role of word `i` in ``Lexicon/uncasedPlaceWords``, if any.
    func uncasedPlaceRole(_ i: Int) -> Lexicon.UncasedPlaceRole? {
        Lexicon.uncasedPlaceRoles.value(of: tokens[i].hash).flatMap { Lexicon.UncasedPlaceRole(rawValue: UInt8($0)) }
    }
}
