extension Lexicon {
    /// What a word in Arabic, Persian, Urdu, Hebrew, Georgian, Amharic, a script of South Asia (Hindi, Marathi,
    /// Nepali, Bengali, Gujarati, Tamil), Khmer or Lao tells ``UncasedNameDetector`` about the words near it.
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
                // Hindi, Marathi and Nepali: Mr, Mrs, Ms, Miss, doctor, the late, respected; Bengali: Mr, Mrs,
                // doctor (with the visarga of its abbreviation), Mr (Muslim usage), "Md."; Gujarati; Tamil: Mr,
                // Mrs, Miss, doctor.
                "श्री", "श्रीमती", "सुश्री", "श्रीमान", "कुमारी", "डॉक्टर", "डाक्टर", "स्वर्गीय", "आदरणीय", "मिस्टर",
                "मिसेज", "मिसेज़", "शेख", "শ্রী", "শ্রীমতী", "ডাঃ", "ডাক্তার", "জনাব", "মোঃ", "শ্রীমান",
                "শ্রীযুক্ত", "মিসেস", "શ્રી", "શ્રીમતી", "ડૉક્ટર", "திரு", "திருமதி", "செல்வி", "டாக்டர்",
                "மருத்துவர்",
                // "Shri" in Kannada, Telugu, Malayalam, Gurmukhi and Odia
                "ಶ್ರೀ", "శ్రీ", "ശ്രീ", "ਸ੍ਰੀ", "ਸ਼੍ਰੀ", "ଶ୍ରୀ",
                // Amharic: Mr, Mrs, Miss, doctor, professor, sister (a nurse), engineer; and the second halves of
                // their abbreviations after a slash ("ወ/ሮ", "ወ/ሪት", "ዶ/ር", "ፕ/ር"), which the name follows.
                "አቶ", "ወይዘሮ", "ወይዘሪት", "ዶክተር", "ፕሮፌሰር", "ሲስተር", "ኢንጂነር", "ሮ", "ሪት", "ር",
                // Khmer: Mr, Mrs, Miss, doctor, His or Her Excellency; Lao: Mr, Mrs or Ms, sir or madam, doctor.
                "លោក", "លោកស្រី", "កញ្ញា", "វេជ្ជបណ្ឌិត", "ឯកឧត្តម", "ទ្រង់", "ທ້າວ", "ນາງ", "ທ່ານ", "ທ່ານນາງ",
                "ທ່ານໝໍ", "ດຣ",
            ]
        ),
        (
            .letterTitle,
            [
                "د", "م", "أ", "ڈ", "גב", "פרופ", "הגב",
                // Hindi, Marathi and Nepali: Dr, Prof., Miss, the late, Mrs (Marathi); Bengali, Gujarati, Tamil: Dr
                "डॉ", "डा", "प्रो", "कु", "स्व", "सौ", "ডা", "ড", "ડૉ", "டா",
            ]
        ),
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
                // Hindi, Marathi and Nepali: name, patient, applicant, employee, sender, recipient, physician,
                // guardian, tenant, customer, member, student, witness, nominee, insured
                "नाम", "नाव", "रोगी", "मरीज", "मरीज़", "रुग्ण", "रुग्णाचे", "बिरामी", "आवेदक", "कर्मचारी", "प्रेषक",
                "प्राप्तकर्ता", "चिकित्सक", "अभिभावक", "किरायेदार", "ग्राहक", "सदस्य", "छात्र", "छात्रा", "विद्यार्थी",
                "गवाह", "नामांकित", "नामिती", "बीमित", "खाताधारक", "प्रधानाचार्य", "प्राचार्य", "प्रबंधक", "अध्यक्ष",
                "सचिव",
                // Bengali: name, patient, applicant; Gujarati: name, patient; Tamil: name, patient
                "নাম", "রোগী", "রোগীর", "আবেদনকারী", "আবেদনকারীর", "নামঃ", "નામ", "દર્દી", "பெயர்", "நோயாளி",
                // Amharic: name, his name, her name, patient, the patient, the patient's, employee, applicant,
                // tenant, student, witness, sender, recipient
                "ስም", "ስሙ", "ስሟ", "ታካሚ", "ታካሚው", "የታካሚ", "የታካሚው", "ሰራተኛ", "ሠራተኛ", "አመልካች", "ተከራይ", "ተማሪ",
                "ምስክር", "ላኪ", "ተቀባይ",
                // Tigrinya: patient.
                "ሕሙም",
                // Khmer: name, the patient's name, patient, employee's name; Lao: name, the patient's name, patient,
                // name and surname.
                "ឈ្មោះ", "ឈ្មោះអ្នកជំងឺ", "អ្នកជំងឺ", "ឈ្មោះបុគ្គលិក", "ຊື່", "ຊື່ຄົນເຈັບ", "ຄົນເຈັບ", "ຊື່ແລະນາມສະກຸນ",
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
                // Hindi, Marathi and Nepali: father, husband, wife, mother, son, daughter, brother, sister, nurse;
                // Bengali, Tamil: father, mother, husband, wife
                "पिता", "पति", "पती", "पत्नी", "माता", "माँ", "मां", "बेटा", "बेटी", "पुत्र", "पुत्री", "भाई", "बहन",
                "वडील", "आई", "बुबा", "आमा", "श्रीमतीजी", "नर्स", "পিতা", "পিতার", "মাতা", "মাতার", "স্বামী",
                "স্বামীর", "স্ত্রী", "தந்தை", "தாய்", "கணவர்", "மனைவி",
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
                // Hindi, Marathi and Nepali: hospital, company, bank, school, department, office, medicine,
                // institution, centre, clinic, pharmacy, town, village, district, state; Bengali; Tamil
                "अस्पताल", "कंपनी", "कम्पनी", "बैंक", "विद्यालय", "स्कूल", "विभाग", "कार्यालय", "दवा", "संस्था",
                "केंद्र", "केन्द्र", "चिकित्सालय", "औषधालय", "क्लिनिक", "शहर", "गांव", "गाँव", "जिला", "ज़िला", "राज्य",
                "रुग्णालय", "कार्यालयाचे", "सरकार", "मंत्रालय", "निगम", "परिषद", "হাসপাতাল", "হাসপাতালের", "কোম্পানি",
                "ব্যাংক", "বিভাগ", "மருத்துவமனை", "நிறுவனம்",
            ]
        ),
        (
            .closing,
            [
                "تحياتي", "وتحياتي", "الشكر", "شكرا", "وشكرا", "التقدير", "المخلص", "المخلصة", "أخوكم", "أختكم",
                "تشکر", "احترام", "ارادتمند", "سپاس", "سپاسگزارم", "شکریہ", "والسلام", "خیراندیش", "مخلص", "בברכה",
                "בתודה", "תודה",
                // Hindi, Marathi and Nepali: thanks, respectfully, yours faithfully (not "yours" alone, which is
                // "your" in a sentence); Bengali; Tamil
                "धन्यवाद", "सादर", "भवदीय", "भवदीया", "विश्वासी", "विश्वासपात्र", "आज्ञाकारी", "शिष्य", "शिष्या",
                "कळावे", "ধন্যবাদ", "বিনীত", "শুভেচ্ছান্তে", "நன்றி", "இப்படிக்கு",
                // Amharic: respectfully, thank you
                "በአክብሮት", "አመሰግናለሁ",
            ]
        ),
        (.vocative, ["يا", "प्रिय", "প্রিয়", "அன்புள்ள"]),
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
                // "Since", and the courtesies of a letter's end: "فائق الاحترام", Urdu "جناب عالی" (your honour);
                // "the king" and "the prince" of the hospitals, universities and roads named after them
                // ("مستشفى الملك فهد").
                "منذ", "فائق", "الاحترام", "عالی", "عالي", "الملك", "الأمير", "الأميرة",
                // Phone, mobile and fax, which end an address written before them.
                "هاتف", "الهاتف", "تليفون", "تلفون", "جوال", "الجوال", "موبايل", "محمول", "فاكس", "واتساب",
                // Persian
                "در", "به", "از", "با", "که", "را", "این", "آن", "برای", "تا", "یا", "است", "بود", "شد", "هست",
                "روز", "ساعت", "متولد", "ساکن", "سن", "شماره", "کد", "سلام", "ممنون", "مرسی", "لطفا", "هم",
                "نیز", "اگر", "چون", "ولی", "اما", "شده", "کرد", "کرده", "دارد", "میشود", "امروز", "فردا", "دیروز",
                "تلفن", "موبایل",
                // Urdu
                "کا", "کی", "کے", "میں", "نے", "کو", "سے", "پر", "اور", "ہے", "ہیں", "تھا", "تھی", "یہ", "وہ", "صاحب",
                "جی", "شکریہ", "ایس", "ایچ", "فون", "موبائل",
                // Hebrew
                "של", "את", "עם", "על", "אל", "כי", "או", "הוא", "היא", "זה", "זו", "יום", "בתאריך", "לא", "גם", "רק",
                "כל", "מספר", "גיל", "שלום", "תודה", "היום", "מחר", "אתמול", "טלפון", "נייד", "כתובת", "תאריך",
                "רבה",
                // Georgian
                "და", "არის", "იყო", "რომ", "ეს", "ის", "თუ", "მაგრამ", "ან", "არ", "ტელ", "ტელეფონი",
                // Hindi, Marathi and Nepali: postpositions, "and", "is", the honorific "ji", age, years, address,
                // mobile, date, diagnosis, treatment, greetings
                "का", "की", "के", "को", "में", "से", "पर", "और", "है", "हैं", "था", "थी", "थे", "यह", "वह", "ने", "भी",
                "तो", "एक", "लिए", "साथ", "द्वारा", "जी", "आयु", "उम्र", "वर्ष", "साल", "पता", "मोबाइल", "फोन", "फ़ोन",
                "दिनांक", "तारीख", "निदान", "उपचार", "नमस्ते", "नमस्कार", "आणि", "व", "आहे", "च्या", "ला", "मध्ये",
                "वय", "पत्ता", "र", "छ", "हो", "महोदय", "महोदया", "सर", "मैडम",
                // Bengali and Tamil: "and", of, age, address, date
                "এবং", "ও", "এর", "কে", "থেকে", "বয়স", "ঠিকানা", "তারিখ", "জন্য", "மற்றும்", "வயது", "முகவரி", "தேதி",
                // The honorific "he, she" and "to him, to her" after a name in Kannada, Telugu and Tamil
                "ಅವರು", "ಅವರಿಗೆ", "ಅವರ", "గారు", "గారికి", "அவர்கள்", "அவர்களுக்கு",
                // Amharic: is, and, with, age, years, phone, address, date, diagnosis, sex, hospital, today
                "ነው", "ናት", "እና", "ጋር", "ዕድሜ", "እድሜ", "ዓመት", "አመት", "ስልክ", "አድራሻ", "ቀን", "ምርመራ", "ፆታ", "ጾታ",
                "ሆስፒታል", "ዛሬ",
            ]
        ),
    ]
}

extension Lexicon {
    /// What a word in Arabic, Persian, Urdu, Hebrew or a script of South Asia tells ``UncasedAddressDetector``.
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
        (
            .label,
            [
                "العنوان", "عنوان", "عنوانه", "السكن", "نشانی", "آدرس", "כתובת", "הכתובת", "מען", "پتہ", "ایڈریس",
                // Hindi, Marathi, Nepali, Bengali, Tamil, Gujarati
                "पता", "पत्ता", "ठेगाना", "ঠিকানা", "முகவரி", "સરનામું",
            ]
        ),
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
                // Hindi: house, flat, plot, sector, block
                "मकान", "फ्लैट", "प्लॉट", "सेक्टर", "ब्लॉक",
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
    /// Whether token `i` is a word in Hebrew, Arabic-script, Georgian, Ethiopic, South Asian, Lao or Khmer letters,
    /// which have no capitals.
    @inline(__always)
    func isUncasedWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord else { return false }
        let lead = bytes[tokens[i].start]
        return lead &- 0xD7 < 5 || ByteClass.isUncasedLead(lead, byte(tokens[i].start + 1))
    }

    /// The role of word `i` in ``Lexicon/uncasedWords``, if any. The given name Ali, spelled with a yeh ("علي",
    /// Persian and Urdu "علی"), folds as the preposition "على" (on) does, which is written with an alef maksura: the
    /// name has no role.
    func uncasedRole(_ i: Int) -> Lexicon.UncasedRole? {
        guard let value = Lexicon.uncasedRoles.value(of: tokens[i].hash),
            let role = Lexicon.UncasedRole(rawValue: UInt8(value))
        else { return nil }
        if role == .stop, tokens[i].length == 6, tokens[i].hash == Self.onHash,
            bytes[tokens[i].end - 2] == 0xDB || bytes[tokens[i].end - 1] == 0x8A
        {
            return nil
        }
        return role
    }

    private static let onHash = WordHash.of(word: Substring("على").utf8)

    /// The role of word `i` in ``Lexicon/uncasedPlaceWords``, if any.
    func uncasedPlaceRole(_ i: Int) -> Lexicon.UncasedPlaceRole? {
        Lexicon.uncasedPlaceRoles.value(of: tokens[i].hash).flatMap { Lexicon.UncasedPlaceRole(rawValue: UInt8($0)) }
    }
}
