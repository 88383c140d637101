import Testing

@testable import DataGuard

/// Texts in the scripts of South Asia: Hindi, Marathi and Nepali in Devanagari, Bengali, Tamil; names without
/// capitals to tell them by, conditions in the native words and in English loanwords, the danda that ends sentences.
@Suite("Devanagari, Bengali and Tamil letters")
struct SouthAsianScriptTests {
    static let names: [DetectorCase] = [
        DetectorCase(
            "a patient's field and a doctor after an abbreviated title", .person,
            "रोगी: [[रमेश कुमार शर्मा]], आयु 58 वर्ष\nडॉ. [[अनीता वर्मा]], मेडिसिन विभाग"),
        DetectorCase(
            "a label of several words, and a relative's", .person,
            "मरीज़ का नाम: [[प्रिया सिंह]]\nपिता का नाम: [[अजय सिंह]]\nपत्नी [[सुनीता]] यांना मधुमेह आहे."),
        DetectorCase(
            "a vocative, a title inside a sentence and a signature", .person,
            "प्रिय [[सुनीता]] जी,\nआपके पिताजी श्री [[मोहन लाल गुप्ता]] की रिपोर्ट आ गई है।\n"
                + "धन्यवाद,\n[[राजेश मल्होत्रा]]"),
        DetectorCase(
            "a bengali field and doctor", .person, "রোগীর নাম: [[আব্দুল করিম]]\nডাঃ [[সুমন চৌধুরী]]"),
        DetectorCase("a tamil patient after a title", .person, "நோயாளி: திருமதி [[லட்சுமி நாராயணன்]]"),
        DetectorCase("a bengali abbreviation opening a field's name", .person, "নাম: [[মো. রফিকুল ইসলাম]]"),
        DetectorCase(
            "your order, a principal addressed by title, the government: no one", .person,
            "प्रिय ग्राहक, आपका ऑर्डर संख्या 4587 भेज दिया गया है।\nश्रीमान प्रधानाचार्य महोदय,\n"
                + "भारत सरकार की नई योजना"),
        DetectorCase(
            "an account holder, a kannada title, thanks in Roman Urdu before a signature", .person,
            "खाताधारक: [[राम बहादुर थापा]], खाता\nಶ್ರೀ [[ರಮೇಶ್]] ಅವರಿಗೆ\nShukriya, [[Bilal]] (0300-1234567)"),
        DetectorCase(
            "a letter's closing of several words", .person, "आपका आज्ञाकारी शिष्य,\n[[अमित कुमार यादव]]\nकक्षा 10"),
    ]

    @Test("names are found by their cues and lists", arguments: names)
    func name(_ test: DetectorCase) {
        test.expectMarkedFound()
    }

    static let conditions: [DetectorCase] = [
        DetectorCase(
            "hindi conditions and medicines", .healthCondition,
            "निदान: [[टाइप 2 मधुमेह]], [[उच्च रक्तचाप]], [[क्रोनिक किडनी रोग]]\nदवाएं: [[मेटफॉर्मिन]] 500 मि.ग्रा."),
        DetectorCase(
            "conditions before the danda and a postposition", .healthCondition,
            "उन्हें [[पीलिया]] और [[खून की कमी]] है। [[डेंगू]] की जांच करें।"),
        DetectorCase(
            "bengali and tamil", .healthCondition,
            "রোগ নির্ণয়: [[ডায়াবেটিস]], [[উচ্চ রক্তচাপ]]\nநோய்: [[நீரிழிவு நோய்]], [[உயர் இரத்த அழுத்தம்]]"),
    ]

    @Test("conditions and medicines in these scripts", arguments: conditions)
    func condition(_ test: DetectorCase) {
        test.expectMarkedFound()
    }

    @Test("dates with Hindi month names, a date of birth, and a membership number")
    func datesAndNumbers() {
        DetectorCase("hindi months", .date, "नवीनीकरण [[31 मार्च]] तक करें। भर्ती [[3 जनवरी 2025]] को हुई।")
            .expectMarkedFound()
        DetectorCase("a hindi birth label", .dateOfBirth, "जन्म तिथि: [[15 अगस्त 1985]]").expectMarkedFound()
        DetectorCase("a union membership number", .memberNumber, "यूनियन सदस्यता संख्या [[UP-2291]] का नवीनीकरण")
            .expectMarkedFound()
        DetectorCase(
            "a registration number in a patient's record", .medicalRecordNumber,
            "मरीज़: राजेश कुमार, पंजीकरण संख्या [[45521]]. निदान: मधुमेह"
        ).expectMarkedFound()
    }

    @Test("numbers in Devanagari and Bengali digits are read as ASCII digits, with offsets into the text as written")
    func localDigits() {
        DetectorCase("a bengali date", .date, "তারিখ: [[১২ মার্চ ২০২৫]]; রোগী ভালো আছেন").expectMarkedFound()
        DetectorCase("a hindi mobile", .phoneNumber, "मोबाइल: [[९८२९० १२३४५]], धन्यवाद").expectMarkedFound()
        DetectorCase("a bengali phone word", .phoneNumber, "রোগী: মোহাম্মদ রহিম। ফোন: [[০১৭১২৩৪৫৬৭৮]]")
            .expectMarkedFound()
        DetectorCase("a hindi date of birth", .dateOfBirth, "जन्म तिथि: [[१५/०८/१९८५]]").expectMarkedFound()
        DetectorCase("a bengali month with a short i", .dateOfBirth, "জন্ম [[5 জানুয়ারি 1990]]").expectMarkedFound()
    }

    @Test("an address field's value")
    func address() {
        DetectorCase(
            "a hindi address field", .streetAddress,
            "पता: [[मकान नं. 45, गांधी नगर, जयपुर 302015]]\nमोबाइल: 98290 12345"
        ).expectMarkedFound()
    }

    @Test("the danda and double danda end a word; the letters of these scripts do not")
    func danda() {
        let words = Tokenizer.words("रोगी को बुखार है। ঠিক আছে॥ நோய்")
        #expect(words == ["रोगी", "को", "बुखार", "है", "ঠিক", "আছে", "நோய்"])
    }
}
