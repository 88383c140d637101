/// Context words that say what a number is.
enum NumberContext {
    /// Labels of a Social Security number.
    static let ssnWords: [String] = ["ssn", "ss", "ss#", "social", "security", "ssn#", "tin", "taxpayer"]
    /// Words that open a phone extension, in English, French, Portuguese and Spanish.
    static let extensionWords: [String] = ["x", "ext", "extension", "poste", "ramal", "anexo", "interno"]
    /// Words that say a phone number follows, in the languages of Europe and the Americas (accents
    /// folded, as the tokenizer folds them).
    static let phoneWords: [String] = [
        "phone", "telephone", "tel", "tele", "mobile", "mob", "cell", "cellphone", "landline", "fax", "call",
        "ring", "text", "sms", "whatsapp", "dial", "switchboard", "hotline", "helpline", "direct", "contact",
        "reach", "telefon", "telefonnummer", "handy", "mobil", "mobilnummer", "rufnummer", "festnetz", "tlf",
        "mobiltelefon", "telefoon", "gsm", "mobiel", "portable", "numero", "numer", "telefono", "movil", "celular",
        "telefone", "telemovel", "cellulare", "puh", "puhelin", "matkapuhelin", "telefonu",
        "komorka", "telefonszam", "mobiltelefonnummer", "phones", "phoned", "calls", "ph", "tfn", "llame", "llamar",
        "llama", "appelez", "appeler", "joindre", "chiamare", "chiami", "anrufen", "bel", "bellen", "soita",
        "ringe", "zadzwon", "telefonla", "arayin", "ligue", "ligar", "telefonunuz", "cel", "fone",
        "contato", "contacto", "contatto", "kontakt", "simi", "fono", "telefoni", "tlm", "kom", "tfno", "tlfn",
        // "Call" in the South Slavic languages and "dialled" in Russian and Kazakh written in Latin letters; the
        // Swahili "simu" and "nambari", Indonesian "telp", Vietnamese "SĐT" and "ĐT" (số điện thoại), the Portuguese
        // "liga-lhe"; phone words in Cyrillic (the Russian "сотовый", cellular) and Greek letters, in lower case and
        // capitalized.
        "zovite", "zovi", "nazovite", "pozovite", "nazovi", "nabral", "nabrala", "simu", "nambari", "telp",
        "sdt", "dt", "liga-lhe", "ligue-me", "телефон", "Телефон", "тел", "Тел", "мобильный", "Мобильный",
        "сотовый", "Сотовый",
        "мобільний", "Мобільний", "моб", "Моб", "позвоните", "Позвоните", "позвони", "Позвони", "τηλ", "Τηλ",
        "τηλέφωνο", "Τηλέφωνο", "κινητό", "Κινητό",
        // In Arabic, Persian, Urdu and Hebrew letters: phone, mobile, landline, fax, WhatsApp, "call" and "contact".
        "هاتف", "الهاتف", "هاتفي", "جوال", "الجوال", "جوالي", "موبايل", "محمول", "المحمول", "تليفون", "تلفون",
        "نقال", "واتساب", "واتس", "فاكس", "اتصل", "اتصلي", "للتواصل", "تلفن", "همراه", "موبایل", "تماس", "فکس",
        "فون", "موبائل", "رابطہ", "واٹس", "טלפון", "טל", "נייד", "פלאפון", "פקס", "וואטסאפ", "חייגו", "התקשרו",
        // Where someone can be reached, in English, French, German, Dutch, Italian and Spanish ("reachable at",
        // "joignable au", "erreichbar unter", "avisar al"); the Mongolian "utas" (phone) and the Maghrebi "numrou".
        "reachable", "contactable", "joignable", "erreichbar", "bereikbaar", "raggiungibile", "avisar", "utas",
        "numrou", "reached",
        // A home phone ("home 6455 0182", after another number), and "call" in the imperatives of Spanish and
        // Portuguese ("llamen", "llámame", "ligue-lhe").
        "home", "llamen", "llamame", "llamalo", "llamala", "llameme", "ligue-lhe", "liga-me", "ligue-nos",
        // A landline in Spanish ("fijo"), a reception's number, the Latvian "tālr."; mobile, phone and contact in
        // Chinese, Japanese and Korean ("手机", "电话", "携帯", "휴대전화", "연락처").
        "fijo", "reception", "talr", "手机", "手機", "电话", "電話", "联系电话", "聯絡電話", "电话号码", "電話番号", "携帯",
        "携帯電話", "휴대전화", "휴대폰", "핸드폰", "전화", "전화번호", "연락처",
        // Mobile, phone and contact in Hindi ("मोबाइल", "फ़ोन", "दूरभाष", "संपर्क"), Bengali ("ফোন", "মোবাইল"),
        // Tamil ("தொலைபேசி", "கைபேசி"), Gujarati ("ફોન", "મોબાઇલ") and Marathi ("भ्रमणध्वनी").
        "मोबाइल", "फोन", "फ़ोन", "दूरभाष", "संपर्क", "ফোন", "মোবাইল", "যোগাযোগ", "தொலைபேசி", "கைபேசி", "ફોન",
        "મોબાઇલ", "भ्रमणध्वनी",
        // A clinic's or an office's desks and switchboards: Spanish "informes" and "recepción", Polish "rejestracja"
        // and "recepcja", Portuguese "recepção", German "Rezeption" and "Zentrale", French "accueil", Spanish
        // "centralita" and "conmutador", the Nordic "växel" and "sentralbord", Finnish "vaihde".
        "informes", "recepcion", "rejestracja", "recepcja", "recepcao", "rezeption", "zentrale", "accueil",
        "centralita", "conmutador", "vaxel", "sentralbord", "vaihde",
        // Phone and mobile in Georgian ("ტელ.", "მობ.") and Armenian ("հեռ.", "բջջ.").
        "ტელ", "ტელეფონი", "მობ", "მობილური", "հեռ", "հեռախոս", "բջջ", "բջջային",
        // A landline in Portuguese ("fixo"), "call" in Czech ("zavolej", "volejte"), Hungarian ("hívj", "hívjon") and
        // Swahili ("nipigie", call me; "piga simu"), "dial me" in Mexican Spanish ("márcame"); the mobile wallets of
        // Bangladesh and the Philippines, named by the phone number they pay to ("bKash: 01812345678", "GCash").
        "fixo", "zavolej", "zavolejte", "volej", "volejte", "hivj", "hivjon", "nipigie", "marcame", "bkash", "nagad",
        "gcash",
        // Contact as Nepali spells it ("सम्पर्क"), phone and mobile in Sinhala ("දුරකථන", "ජංගම") and Amharic ("ስልክ",
        // "ሞባይል").
        "सम्पर्क", "දුරකථන", "ජංගම", "ስልክ", "ሞባይል",
        // Phone in Mongolian Cyrillic ("Утас", "гар утас", a mobile), "call" in Haitian Creole ("rele") and Armenian
        // ("զանգիր", "զանգահարեք").
        "утас", "Утас", "rele", "զանգիր", "զանգահարեք",
        // The handphone of Singapore, Malaysia and Indonesia ("HP: 9748 2216", "no hp 0812-3456-7890").
        "hp",
    ]
    /// One-letter labels of a phone number in a signature ("T: …", "M: …", "F: …").
    static let phoneLetters: [String] = ["t", "m", "p", "f", "h", "o"]
}
