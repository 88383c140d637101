import DataGuard
import Testing

@Suite("National identity, social insurance, tax and passport numbers")
struct NationalIdentityTests {
    static let cases: [DetectorCase] = [
        DetectorCase(
            "hungary's identity card and tax number, kenya's KRA PIN, ethiopia's fayda, the emirates' card in arabic",
            .nationalID,
            "Személyi igazolvány száma: [[123456AB]], adóazonosító jele [[8412345678]]\n"
                + "My KRA PIN [[A012345678Z]]\nFayda ID: [[1234 5678 9012]]\nرقم الهوية الإماراتية [[784-1985-1234567-1]]"),
        DetectorCase(
            "Central Asia's personal numbers in Latin and Cyrillic letters, Switzerland's AHV, El Salvador's DUI, "
                + "Zimbabwe's and Angola's identity numbers whole, Hungary's tax number as a field", .nationalID,
            "ИИН: [[850412300123]]; ЖСН [[850412300123]]; ПИНФЛ: [[31204851234567]]; JSHSHIR [[31204851234567]]; "
                + "ПИН: [[21204198500123]]\nAHV-Nr.: [[756.1234.5678.97]]; DUI: [[04567890-1]]\n"
                + "National ID: [[63-123456 F 45]]\nNational ID No. [[08-765432 Q 22]]\n"
                + "BI nº [[004567890LA045]] emitido em Luanda\n"
                + "Adóazonosító jel: [[8412345678]]\nAny questions, ring our nurse Rukhsana Bi on 07700 900 418"),
        DetectorCase(
            "passports in Cyrillic letters with their series, Malaysia's income tax number, Swahili's national "
                + "identity card",
            .nationalID,
            "Паспорт: [[AN1234567]]; Пашпарт [[MP1234567]]; паспорт серії [[АА № 123456]]; "
                + "Паспорт: серия [[4510 № 123456]]; серия 12 № 5 фильма\nNo. Cukai Pendapatan: [[SG 12345678090]]\n"
                + "Kitambulisho cha Taifa: [[19850412-12345-00001-23]]\nJumlah pendapatan: 45000"),
        DetectorCase(
            "identity cards, passports and social insurance of the Balkans, Greece, Estonia, Somalia, the Caribbean "
                + "and Fiji", .nationalID,
            "Numri personal i letërnjoftimit: [[1234567890]]; Αριθμός Δελτίου Ταυτότητας: [[ΑΚ 123456]]\n"
                + "NIS number: [[12345678]]; BIR number: [[1234567]]; FNPF No.: [[12345678]]\n"
                + "Kaadhka aqoonsiga: [[123456789]]; Pasaporta: [[AB123456]]; Лична карта бр. [[012345678]]; "
                + "Isikutunnistus nr [[AB1234567]]; nis 45 kg"),
        DetectorCase(
            "a passport of a citizen of a country named by its initials", .nationalID,
            "Паспорт гражданина КР: [[ID1234567]]; паспорт гражданина РФ: [[4510 123456]]; "
                + "паспорт гражданки РК: [[N12345678]]; билет РЖД 12345"),
        DetectorCase(
            "the numbers of national social security institutes", .nationalID,
            "No. de asegurado CCSS: [[1-0987-0654]]; Número de seguro social (CSS): [[8-765-4321]]; ISSS: [[123456789]]"
                + "\nCNaPS n° [[123456789]]; No. PERKESO: [[850412145678]]; NSSA number: [[1234567A]]; style.css 2024"),
        DetectorCase(
            "Indonesia's and Pakistan's tax numbers, Nepal's citizenship, Swahili's identity card", .nationalID,
            "NPWP: [[09.254.294.3-407.000]]; NTN [[1234567-8]]; Citizenship No: [[27-01-71-12345]]; "
                + "Nambari ya kitambulisho: [[28456173]]; US citizenship 2019"),
        DetectorCase(
            "a driver's licence after its name, but not a software's licence", .nationalID,
            "Driver's licence [[D1234-56789-01234]]; driving licence no. [[MORGA753116SM9IJ]]; "
                + "my drivers license number is [[123456789]]; software license 12345678 expires"),
        DetectorCase(
            "a South African identity number after ID, with its date and check digit", .nationalID,
            "Ask Sipho at home, ID [[8001015009087]]; SA ID: [[8001015009087]]. ID 8001015009088 fails its check, "
                + "ID 8013015009082 has no month 13"),
        DetectorCase(
            "a national number in a text that is not clinical", .nationalID,
            "Dane pracownika: PESEL [[52071408426]], etat pełny"),
        DetectorCase(
            "a national number in a patient's record is the patient's record number", .nationalID,
            "Pacjentka: Halina Wróblewska, PESEL 52071408426, dx: asthma, hypertension"),
        DetectorCase(
            "a worker's sick note naming one condition keeps its national number", .nationalID,
            "Zwolnienie lekarskie: Jan Nowak, PESEL [[85031204579]], grypa, 3 dni"),
        DetectorCase(
            "a sick note or a chat naming two illnesses without a patient's, a diagnosis's or a bed's word keeps its "
                + "national number", .nationalID,
            "Hi HR, off sick till Friday with flu and a migraine. NI number [[QQ 12 34 56 C]], employee 4417."),
        DetectorCase("italian tax code without a label", .nationalID, "C.F. [[BNCGLI74H52H501K]]"),
        DetectorCase(
            "british national insurance numbers, grouped and whole", .nationalID,
            "National Insurance number: [[QQ 12 34 56 C]]. Her NINO is [[AB123456D]]."),
        DetectorCase("canadian social insurance number", .nationalID, "For payroll, my SIN is [[046 454 286]]."),
        DetectorCase("australian tax file number", .nationalID, "Tax file number: [[123 456 782]]"),
        DetectorCase(
            "passports of several languages", .nationalID,
            "Passport no. [[X1234567]]; pasaporte [[PAA123456]]; Reisepass [[C01X00T47]]"),
        DetectorCase(
            "greek, russian and ukrainian numbers in their letters", .nationalID,
            "ΑΦΜ: [[123456789]]; СНИЛС [[112-233-445 95]] (12 kg); ИНН [[500100732259]]; РНОКПП [[3012345678]]"),
        DetectorCase(
            "korean, chinese, japanese and thai numbers after their labels", .nationalID,
            "주민등록번호: [[850312-1234567]] / 身份证号：[[11010519850312123X]] / マイナンバー：[[1234 5678 9012]]"
                + " / เลขประจำตัวประชาชน [[1-1017-00234-56-7]]"),
        DetectorCase(
            "portuguese, polish and indian tax numbers; short labels that are words count in capitals", .nationalID,
            "NISS: [[11234567890]], NIP [[123-456-32-18]], PAN [[ABCPD1234E]]; a pan of 8 cups"),
        DetectorCase(
            "portugal's citizen card number with its check digit and version, its label without a colon", .nationalID,
            "Cartão de Cidadão: [[12345678 9 ZX1]]; CC n.º [[14582930 4ZY7]], válido até 2031; Cartão de Cidadão "
                + "[[23456789 0 ZZ4]] e NISS [[12345678901]]"),
        DetectorCase(
            "the personal codes of Lithuania and Latvia by their dotted initials, Norway's fnr, the Ghana Card",
            .nationalID,
            "a.k. [[46205171234]], p.k. [[170562-12345]], fnr [[01058012345]]; my card [[GHA-712345678-9]]; "
                + "a.k.a. Bob; pk 12"),
        DetectorCase(
            "Belgium's INSZ, Canada's social insurance number in English and French, the Ghana Card after its PIN",
            .nationalID,
            "INSZ [[85073003361]]\nSocial Insurance Number: [[046 454 286]]\nNAS : [[046 454 286]]\nGhana Card PIN: "
                + "[[GHA-712345678-9]]\nnas 12345678, travel insurance 12345678"),
        DetectorCase(
            "Myanmar's registration card number whole, with its township's code and the citizen's letter",
            .nationalID, "Myanmar NRC: [[12/OuKaMa(N)123456]]; NRC No. [[9/MaHtaLa(N)045678]]"),
        DetectorCase(
            "Belgium's national register, the Maghreb's identity card and Albania's personal number outside a record",
            .nationalID,
            "Rijksregisternummer: [[85.07.30-033.61]]\nCIN : [[01234567]]\nNumri personal: [[J85012345K]]\n"
                + "Personal: 07700 900123"),
        DetectorCase(
            "a national number in a patient's record is typed as its record number", .medicalRecordNumber,
            "Patient: Jan Peeters, rijksregisternummer [[85.07.30-033.61]]. Dx: asthma, hypertension."),
        DetectorCase(
            "spanish and brazilian identity and tax numbers", .nationalID,
            "NIE: [[X1234567L]], DNI [[12345678Z]], CPF: [[123.456.789-09]]"),
        DetectorCase("german tax identity number", .nationalID, "Steuer-ID: [[12 345 678 901]]"),
        DetectorCase(
            "a french social security number outside a clinical text", .nationalID,
            "Pour la mutuelle : n° de sécurité sociale [[2 84 07 69 123 456 78]]."),
        DetectorCase("emirates ID", .nationalID, "Emirates ID: [[784-1985-1234567-1]]"),
        DetectorCase("finland's social security number as it is called", .nationalID,
            "Työntekijä: Mikko Virtanen, sotu [[131052-308T]]; sosiaaliturvatunnus [[120347-318N]]"),
        DetectorCase(
            "a personal number, and a personal phone", .nationalID,
            "Personal No.: [[01008034567]]\nWork: 020 7946 0958, Personal: 07700 900123"),
        DetectorCase(
            "a swedish personnummer by its shape", .nationalID,
            "Linnéa, [[870412-2384]] och [[19410627-3382]]; order 20250315-0001, kvitto 250315-0002"),
        DetectorCase(
            "an identity card in portuguese and spanish", .nationalID,
            "Carteira de identidade [[12.345.678-9]]; documento de identidad n.º [[40112233]]"),
        DetectorCase("a swedish phone after tfn", .nationalID, "Hälsningar, Birgitta, tfn 070-382 16 54"),
        DetectorCase("spanish sin is no label", .nationalID, "Se fue sin 1500 pesos y sin 4321 dólares."),
        DetectorCase("indonesian NIK", .nationalID, "Data karyawan: NIK [[3174051208900003]], gol. darah O"),
        DetectorCase(
            "a malaysian identity card by its shape", .nationalID,
            "No. K/P: [[850612-14-5566]]; tel 012-345 6789; ref 251301-22-1234\nNo. KP: [[850612-14-5567]]; IC: "
                + "[[900101-10-1234]]"),
        DetectorCase(
            "a saudi national identity and an indian aadhaar in devanagari", .nationalID,
            "الهوية الوطنية: [[1087654321]]، आधार संख्या: [[7392 5184 0626]]"),
        DetectorCase("a given name Nik before a phone", .nationalID, "Text Nik 0412 555 123 after six."),
        DetectorCase("polish nie is no label", .nationalID, "Nie 5000 zł, tylko 4500 zł."),
        DetectorCase("a file number after no tax", .nationalID, "Grievance file: GR-2025-0193, step 2 on Monday."),
        DetectorCase("an identity card, a tax or resident ID and a TIN named in english words", .nationalID,
            "ID card: [[330106198712250417]]; Tax ID [[904-221-337-000]]; Resident ID: [[7719 2243 5501]];\n"
                + "TIN [[311-902-448]] and Taxpayer Identification Number [[208-337-615-000]]"),
        DetectorCase("a member's ID card, a card alone and the greek article tin are no national labels", .nationalID,
            "Member ID card: 55190233; bring your ID card 2 days early; I GNORIMIA EINAI TIN PEMPTI 14/05"),
        DetectorCase("india's provident fund number after its UAN", .nationalID,
            "Please link UAN [[100934567812]] to the new employer; my old UAN: [[101122334455]]. Ticket 100934567813."),
        DetectorCase("the british national insurance number by its shape, after any label or none", .nationalID,
            "NI No: [[QQ123456C]]; please update my record: [[AB 12 34 56 D]] is my number. Ref QQ 12 34 56, "
                + "seat 12 34 56 D."),
        DetectorCase("switzerland's social insurance number by its shape and check digit", .nationalID,
            "AHV-Nr. [[756.1234.5678.97]]; meine Nummer ist [[756.9876.5432.17]]. Artikel 756.1234.5678.90."),
        DetectorCase("thailand's identity number by its shape and check digit", .nationalID,
            "เลขบัตรประชาชน [[1-1020-12345-67-8]] ครับ; my card [[3-1010-01234-56-5]]; order 1-1020-12345-67-9."),
        DetectorCase("brazil's CPF by its shape and check digits, and the RG after its label", .nationalID,
            "O CPF dele é [[123.456.789-09]] e o RG [[12.345.678-9]]; pedido 123.456.789-10, lote 111.111.111-11."),
        DetectorCase("a national label before the word 'is' of its language, or before 'code'", .nationalID,
            "Minu isikukood on [[38001085718]]. Asmens kodas: [[38703181745]], personas kods [[120399-12341]]. "
                + "JMBG je [[0101990710006]]. Patient on 1000 mg; the MRN on file 4471."),
        DetectorCase("Israel's identity number after its label's initials, Indonesia's NIK after 'my' or 'his'",
            .nationalID, "משה כהן (ת.ז. [[123456782]]) בחופשת מחלה. NIK beliau [[3174012505800003]], NIK saya "
                + "[[3174012505800011]]."),
        DetectorCase("a national label with its case ending, in Cyrillic, or as initials with periods", .nationalID,
            "Podnositelj JMBG-a [[0101990710006]], ЈМБГ [[0101990710006]], ЕМБГ [[0101990450006]]; OIB-om "
                + "[[69435151530]]; C.I. [[4567891]] LP; C.C. [[1.020.784.331]]; TRN: [[123-456-789]]; 95% CI 1.2-3.4, "
                + "CI 4567 cases."),
        DetectorCase("turkey's identity number after TC, by its check digits", .nationalID,
            "TC: [[10000000146]] numaralı hasta; T.C. [[34567890170]]. Lab: TC 5.2 mmol/L, TC: 212 mg/dL, "
                + "TC: 34567890123, sipariş 10000000146."),
        DetectorCase("Russia's individual insurance account, in Latin and Cyrillic letters", .nationalID,
            "SNILS [[123-456-789 01]]; СНИЛС: [[112-233-445 95]]"),
    ]

    @Test("finds exactly the marked spans", arguments: cases)
    func findsMarkedSpans(_ testCase: DetectorCase) {
        testCase.expectMarkedFound()
    }

    @Test("a national number is personal data and gets a placeholder of its own")
    func categoryAndPlaceholder() {
        #expect(FindingType.nationalID.dataCategory == .personal)
        var redactor = Redactor()
        let redaction = redactor.redact("PESEL 52071408426, etat pełny")
        #expect(redaction.text == "PESEL [NATIONAL_ID_1], etat pełny")
    }
}
