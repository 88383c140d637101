/// The labels and fillers the identifier detector reads before a number, and the ABA check.
enum IdentifierContext {
    /// "Citizen" in Russian and Ukrainian after a passport's label ("Паспорт гражданина: …"), a filler, before which
    /// a country's initials may stand too ("Паспорт гражданина КР: …").
    static let citizenWords = ["гражданина", "гражданки", "громадянина", "громадянки"]

    /// Words between a label and its identifier ("MRN **is**", "member **ID** **number**").
    static let fillers: [String] = [
        "is", "no", "number", "num", "nbr", "id", "identifier", "was", "of", "code", "records", "reads",
        "listed", "as", "nr", "ref", "card", "n", "cislo", "numero", "nummer",
        // "is" in Portuguese and Italian ("é", "è"), Spanish, German, French, the Nordic languages, Polish.
        "e", "es", "ist", "est", "er", "ar", "jest",
        // "Number" in Polish, Hungarian and Croatian ("br." for "broj", in Cyrillic "бр."), and Spanish "nro.".
        "numer", "szam", "broj", "br", "бр", "nro",
        // Tagalog "ko" (my) and "po" (politeness) after a label ("emp no ko …"), the Japanese "bangō" and Mongolian
        // "dugaar" (number), the Czech and Slovak "č." (číslo) and the Vietnamese "số" ("CCHN số 001234").
        "ko", "po", "bango", "dugaar", "c", "số",
        // Swahili "namba ya" (number of) and "cha Taifa" (national, "kitambulisho cha Taifa"); Indonesian "lama" and
        // "baru" (old, new) after a label, and "Kesehatan" (health) of "BPJS Kesehatan"; Malay "pendapatan" (income,
        // "No. Cukai Pendapatan").
        "namba", "ya", "cha", "taifa", "lama", "baru", "kesehatan", "pendapatan",
        // "Bank" after the account of French, Italian, Spanish and Portuguese ("compte bancaire n° …"), of Malay
        // ("akaun bank"); the Russian "account" after "settlement" ("расчётный счёт").
        "bancaire", "bancario", "bancaria", "bank", "счёт", "Счёт", "счет", "Счет",
        // Hungarian "száma" and "jele" (its number, its mark: "igazolvány száma", "adóazonosító jele"), and "jel" as
        // a form's field writes it ("Adóazonosító jel:").
        "szama", "jele", "jel",
        // "Code" in Lithuanian, Latvian and the Slavic languages ("asmens kodas", "personas kods", "osobni kod"); the
        // Indonesian and Malay "my", "his or her", "your" after a label ("NIK saya", "NIK beliau").
        "kodas", "kods", "kod", "saya", "beliau", "anda", "kamu",
        // A card's word after a member's label in Russian and Ukrainian ("членский билет №"), "number" in Russian and
        // Ukrainian ("табельный номер", in Latin letters "nomer") and Korean ("번호").
        "билет", "билета", "квиток", "квитка", "номер", "Номер", "nomer", "번호",
        // "Number" in Arabic, Persian, Urdu and Hebrew ("ملف رقم", "מס' תיק").
        "رقم", "الرقم", "شماره", "نمبر", "מספר", "מס",
        // "Number" in Turkish, with "its" and "my" ("sicil numarası", "sicil numaram").
        "numara", "numarası", "numaram",
        // "Number" in Hindi, Marathi and Nepali ("आधार संख्या", "क्रमांक", "नं."), Bengali and Tamil.
        "संख्या", "नंबर", "क्रमांक", "नं", "নম্বর", "எண்",
    ] + citizenWords
    /// National labels written as initials with their periods, which without them are other words or
    /// abbreviations: the cédula de identidad of Bolivia, Ecuador and Venezuela ("C.I."), Colombia's cédula de
    /// ciudadanía and tarjeta de identidad ("C.C.", "T.I."), Brazil's "R.G.", Spain's "D.N.I." and "N.I.F.", Turkey's
    /// "T.C.", Haiti's "C.I.N.", Israel's "ת.ז." (teudat zehut), Lithuania's "a.k." (asmens kodas) and Latvia's "p.k."
    /// (personas kods).
    static let dottedNationalLabels = KeywordTable(
        ["ci", "cc", "ti", "rg", "dni", "nif", "tc", "cin", "תז", "ak", "pk"].map { ($0, ()) })

    /// "Is" in the languages whose national labels may come before it: Estonian and Finnish "on", Latvian and
    /// Lithuanian "ir", the South Slavic "je", Romanian "este", Albanian "është" and Bulgarian and Macedonian "е".
    static let copulas = KeywordTable(["on", "ir", "je", "este", "eshte", "е"].map { ($0, ()) })

    /// Whether `byte` is a symbol that may stand between a label and its identifier.
    static func isFillerSymbol(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3A, 0x23, 0x2D, 0x2E, 0x28, 0x29, 0x3D: true  // : # - . ( ) =
        case 0xC2: true  // the first byte of ° and º ("N° 884213-7", "nº 12")
        case 0xE2: true  // the first byte of № and of dashes ("karta № 4471", "MRN – 55120")
        case 0xEF: true  // the first byte of the fullwidth colon and number sign ("身份证号：…", "＃")
        default: false
        }
    }
    /// Labels that also name a speaker of a transcript ("Customer: …", "Cliente: …").
    static let speakerLabels = KeywordTable(["customer", "client", "cliente", "klient"].map { ($0, ()) })

    /// Label words and the identifier type they announce.
    static let labels = KeywordTable<FindingType>([
        ("mrn", .medicalRecordNumber), ("mr", .medicalRecordNumber), ("medical", .medicalRecordNumber),
        ("chart", .medicalRecordNumber), ("patient", .medicalRecordNumber), ("health", .medicalRecordNumber),
        ("hospital", .medicalRecordNumber), ("hosp", .medicalRecordNumber), ("nhs", .medicalRecordNumber),
        ("chi", .medicalRecordNumber), ("urn", .medicalRecordNumber), ("pid", .medicalRecordNumber),
        ("pt", .medicalRecordNumber),
        ("emr", .medicalRecordNumber), ("ehr", .medicalRecordNumber), ("uhid", .medicalRecordNumber),
        ("ihi", .medicalRecordNumber), ("medicare", .medicalRecordNumber),
        // The patient's record in other languages: Portuguese, Nordic, German and Dutch, Hungarian (the TAJ
        // insurance number), Polish, Spanish ("historia clínica").
        ("prontuario", .medicalRecordNumber), ("journalnr", .medicalRecordNumber),
        ("journalnummer", .medicalRecordNumber), ("patientnr", .medicalRecordNumber),
        ("patientennummer", .medicalRecordNumber), ("taj", .medicalRecordNumber), ("pacjenta", .medicalRecordNumber),
        ("nhi", .medicalRecordNumber), ("clinica", .medicalRecordNumber),
        // A South African hospital's folder number ("folder GSH 0045821-7").
        ("folder", .medicalRecordNumber),
        // "Patient" in Italian, Czech and Slovak, Polish, Indonesian and the Nordic languages ("Cod. paziente …").
        ("paziente", .medicalRecordNumber), ("pacient", .medicalRecordNumber), ("pacjent", .medicalRecordNumber),
        ("pasien", .medicalRecordNumber), ("pasient", .medicalRecordNumber),
        // A hospital's patient number: Spain's "NHC" (número de historia clínica), France's "IPP", the Dutch and
        // Nordic "patiëntnummer", Germany's "Fallnummer", Italy's "nosologico", India's "IPD"/"OPD" numbers.
        ("nhc", .medicalRecordNumber), ("ipp", .medicalRecordNumber), ("patientnummer", .medicalRecordNumber),
        ("fallnummer", .medicalRecordNumber), ("fallnr", .medicalRecordNumber), ("nosologico", .medicalRecordNumber),
        ("ipd", .medicalRecordNumber), ("opd", .medicalRecordNumber),
        // Health cards and health-insurance numbers that identify the patient: Brazil (cartão SUS, CNS),
        // Canada (OHIP, RAMQ, PHN, HCN), France (carte Vitale, NIR), Germany and Austria (Versichertennummer,
        // KVNR, SVNR), Italy and Spain (tessera/tarjeta sanitaria), Portugal (número de utente), Mexico (IMSS,
        // NSS), Greece (AMKA), Czechia (číslo pojištěnce), Croatia (MBO), India (ABHA), the US (Medicaid).
        ("sus", .medicalRecordNumber), ("cns", .medicalRecordNumber), ("ohip", .medicalRecordNumber),
        ("ramq", .medicalRecordNumber), ("phn", .medicalRecordNumber), ("hcn", .medicalRecordNumber),
        ("vitale", .medicalRecordNumber), ("nir", .medicalRecordNumber), ("versichertennummer", .medicalRecordNumber),
        ("versichertennr", .medicalRecordNumber), ("krankenversichertennummer", .medicalRecordNumber),
        ("kvnr", .medicalRecordNumber), ("svnr", .medicalRecordNumber), ("sanitaria", .medicalRecordNumber),
        ("utente", .medicalRecordNumber), ("imss", .medicalRecordNumber), ("nss", .medicalRecordNumber),
        ("amka", .medicalRecordNumber), ("pojistence", .medicalRecordNumber), ("mbo", .medicalRecordNumber),
        ("abha", .medicalRecordNumber), ("medicaid", .medicalRecordNumber),
        // Numbers that health records carry: Slovenia's ZZZS card, Canada's IFHP; and Germany's
        // "Krankenversichertennr.".
        ("zzzs", .medicalRecordNumber), ("ifhp", .medicalRecordNumber), ("krankenversichertennr", .medicalRecordNumber),
        // The US Medicare Beneficiary Identifier ("Medicare MBI"), Greece's AMKA in Greek letters and a Greek
        // hospital's register number ("Αρ. Μητρώου"), Russia's compulsory health insurance policy ("полис ОМС"),
        // a Romanian observation sheet ("FO nr.").
        ("mbi", .medicalRecordNumber), ("ΑΜΚΑ", .medicalRecordNumber), ("Μητρώου", .medicalRecordNumber),
        ("μητρώου", .medicalRecordNumber), ("ОМС", .medicalRecordNumber), ("fo", .medicalRecordNumber),
        // German labels written with a hyphen, which stay one word: "Patienten-Nr.", "Versicherten-Nr.".
        ("patienten-nr", .medicalRecordNumber), ("versicherten-nr", .medicalRecordNumber),
        // A patient's medical number in Arabic ("الرقم الطبي"; a file's, "رقم الملف", counts in a clinical text
        // only, as the Persian "شماره پرونده" and the Hebrew "מספר תיק" do), a patient's in Persian ("شماره بیمار"),
        // Urdu ("مریض نمبر") and Hebrew ("מספר מטופל").
        ("الطبي", .medicalRecordNumber), ("المريض", .medicalRecordNumber), ("بیمار", .medicalRecordNumber),
        ("مریض", .medicalRecordNumber), ("מטופל", .medicalRecordNumber),
        ("המטופל", .medicalRecordNumber),
        // A staff number in Arabic ("الرقم الوظيفي", "رقم الموظف"), Persian ("شماره پرسنلی", "کد پرسنلی") and
        // Hebrew ("מספר עובד").
        ("الوظيفي", .employeeNumber), ("الموظف", .employeeNumber), ("پرسنلی", .employeeNumber),
        ("کارمندی", .employeeNumber), ("עובד", .employeeNumber),
        // The employee's number in Hindi ("कर्मचारी संख्या"), Swahili ("namba ya mfanyakazi") and Malay ("no.
        // pekerja").
        ("कर्मचारी", .employeeNumber), ("mfanyakazi", .employeeNumber), ("pekerja", .employeeNumber),
        // A member's, customer's, subscriber's, account's or policy's number in Arabic ("رقم العضوية", "رقم
        // الحساب", "رقم العميل", "رقم الاشتراك", "رقم الوثيقة"), Persian ("شماره عضویت", "شماره حساب", "کد
        // اشتراک", "شماره مشتری", "شماره بیمه") and Hebrew ("מספר חבר", "מספר לקוח", "מספר חשבון", "מספר מנוי",
        // "מספר פוליסה").
        // Membership in Hindi ("सदस्यता संख्या").
        ("सदस्यता", .memberNumber),
        ("العضوية", .memberNumber), ("العضو", .memberNumber), ("الحساب", .usBankAccount), ("حساب", .usBankAccount),
        ("العميل", .memberNumber), ("الاشتراك", .memberNumber), ("الوثيقة", .memberNumber),
        ("البوليصة", .memberNumber), ("التأمين", .memberNumber), ("عضویت", .memberNumber), ("اشتراک", .memberNumber),
        ("مشتری", .memberNumber), ("بیمه", .memberNumber), ("חבר", .memberNumber), ("לקוח", .memberNumber),
        ("חשבון", .usBankAccount), ("מנוי", .memberNumber), ("פוליסה", .memberNumber),
        ("member", .memberNumber), ("insurance", .memberNumber), ("policy", .memberNumber),
        // National health insurance schemes: Kenya (NHIF), Ghana (NHIS, NHIA) and Nigeria, Jamaica (NHF), Vietnam
        // (thẻ BHYT), Austria (SV-Nr.), Morocco and Tunisia (CNSS), whose numbers are members' as other health
        // plans' are (``healthPlanLabels``); Indonesia's BPJS and the Philippines' PhilHealth, whose numbers texts
        // of those countries give as a person's health number wherever they stand; Ireland's GMS card, Catalonia's
        // CIP, and the Dutch dossiernummer.
        ("nhif", .memberNumber), ("nhis", .memberNumber), ("bpjs", .medicalRecordNumber),
        ("philhealth", .medicalRecordNumber), ("nhf", .memberNumber), ("bhyt", .memberNumber),
        ("sv-nr", .memberNumber), ("nhia", .memberNumber), ("cnss", .memberNumber),
        ("gms", .medicalRecordNumber), ("cip", .medicalRecordNumber), ("dossiernr", .medicalRecordNumber),
        ("dossiernummer", .medicalRecordNumber),
        // German "Versicherungsnummer" (of any insurance); a union card in Spanish ("carné sindical").
        ("vers", .memberNumber), ("versicherungsnummer", .memberNumber), ("sindical", .memberNumber),
        ("afiliado", .memberNumber), ("afiliada", .memberNumber),
        ("membership", .memberNumber),
        // A member's number or card in the Nordic languages, Dutch, German, Italian and Spanish ("socio"),
        // Polish ("legitymacja", "numer członkowski"), French, Portuguese, Indonesian, Swahili and Lithuanian
        // ("nario Nr."), and a union card ("union card no.").
        ("medlemsnummer", .memberNumber), ("medlemsnr", .memberNumber), ("lidnummer", .memberNumber),
        ("lidnr", .memberNumber), ("mitgliedsnummer", .memberNumber), ("mitgliedsnr", .memberNumber),
        ("socio", .memberNumber), ("legitymacji", .memberNumber), ("czlonkowski", .memberNumber),
        ("adherent", .memberNumber), ("associado", .memberNumber), ("anggota", .memberNumber),
        ("uanachama", .memberNumber), ("nario", .memberNumber), ("membre", .memberNumber), ("membro", .memberNumber),
        ("miembro", .memberNumber), ("union", .memberNumber), ("carteirinha", .memberNumber), ("medlem", .memberNumber),
        ("liikmenumber", .memberNumber), ("legitimatie", .memberNumber), ("legitymacja", .memberNumber),
        // German "Mitglied" and "Mitgliedsausweis", English "mbr.", Dutch "lidmaatschapsnummer", Finnish "jäsen" and
        // "jäsennumero", Norwegian and Danish "medlemskort"; a member's card in Russian and Ukrainian ("членский
        // билет", "членського квитка"), Greek "αριθμός μέλους" and Korean "조합원 번호" (a union member's) and "회원
        // 번호", written apart.
        ("mitglied", .memberNumber), ("mitgliedsausweis", .memberNumber), ("mbr", .memberNumber),
        ("lidmaatschapsnummer", .memberNumber), ("jasen", .memberNumber), ("jasennumero", .memberNumber),
        ("medlemskort", .memberNumber), ("членский", .memberNumber), ("Членский", .memberNumber),
        ("членского", .memberNumber), ("Членского", .memberNumber),
        ("членський", .memberNumber), ("Членський", .memberNumber), ("членського", .memberNumber),
        ("μέλους", .memberNumber), ("Μέλους", .memberNumber), ("조합원", .memberNumber), ("회원", .memberNumber),
        // Italian "tessera" (a union's or club's card), "iscritto" and "iscritta" (a registered member).
        ("tessera", .memberNumber), ("iscritto", .memberNumber), ("iscritta", .memberNumber),
        // A union's member book ("ILWU book #") and card in Spanish ("carné").
        ("book", .memberNumber), ("carne", .memberNumber),
        // Turkish "üye no", Hungarian "tagsági szám", French "n° d'adhérent".
        ("uye", .memberNumber), ("tagsagi", .memberNumber), ("d'adherent", .memberNumber),
        ("mitglieds-nr", .memberNumber),
        // A customer's, client's, subscriber's or club member's number: English, the Nordic and German "Kundenr.",
        // Spanish, Portuguese and Italian "cliente", Icelandic "félagsnúmer", Slovak and Czech "členské číslo", French
        // "carte syndicale", and a member's number in Korean, Chinese and Japanese ("회원번호", "会员号", "会員番号");
        // the Polish client's ("Numer klienta").
        ("customer", .memberNumber), ("cust", .memberNumber), ("client", .memberNumber), ("cliente", .memberNumber),
        ("klient", .memberNumber), ("klienta", .memberNumber), ("subscriber", .memberNumber),
        ("kundenr", .memberNumber), ("kundennr", .memberNumber), ("kundennummer", .memberNumber),
        ("club", .memberNumber),
        ("felagsnumer", .memberNumber), ("clenske", .memberNumber), ("clenskeho", .memberNumber),
        ("syndicale", .memberNumber), ("회원번호", .memberNumber), ("会员号", .memberNumber),
        ("会员编号", .memberNumber), ("会員番号", .memberNumber),
        ("employee", .employeeNumber), ("emp", .employeeNumber), ("badge", .employeeNumber),
        ("staff", .employeeNumber), ("payroll", .employeeNumber), ("personnel", .employeeNumber),
        ("worker", .employeeNumber),
        // A worker's ID by their role ("rider ID", "driver ID"), and abbreviated labels ("matr.", "nr ewid.").
        ("rider", .employeeNumber), ("driver", .employeeNumber), ("courier", .employeeNumber),
        ("operator", .employeeNumber), ("crew", .employeeNumber), ("matr", .employeeNumber), ("ewid", .employeeNumber),
        // The employee's number in Spanish, Portuguese, Argentine ("legajo"), German and Czech usage.
        ("empleado", .employeeNumber), ("empregado", .employeeNumber), ("funcionario", .employeeNumber),
        ("legajo", .employeeNumber), ("matricula", .employeeNumber), ("personalnummer", .employeeNumber),
        ("personalnr", .employeeNumber), ("mitarbeiternummer", .employeeNumber), ("osobni", .employeeNumber),
        // The staff number in Indonesian (nomor induk karyawan/pegawai), Turkish (sicil), Polish (numer
        // ewidencyjny, numer pracownika), Portuguese (número mecanográfico), French (matricule, salarié),
        // Italian (matricola), Dutch, Swedish, Norwegian, Danish and Czech usage, and the NHS's assignment number.
        ("karyawan", .employeeNumber), ("pegawai", .employeeNumber), ("sicil", .employeeNumber),
        ("ewidencyjny", .employeeNumber), ("pracownika", .employeeNumber), ("mecanografico", .employeeNumber),
        ("matricule", .employeeNumber), ("salarie", .employeeNumber), ("matricola", .employeeNumber),
        ("personeelsnummer", .employeeNumber), ("anstallningsnummer", .employeeNumber),
        ("ansattnummer", .employeeNumber), ("medarbejdernummer", .employeeNumber),
        ("zamestnance", .employeeNumber), ("assignment", .employeeNumber),
        // The employee's number in Dutch ("medewerkersnummer"), Finnish ("työntekijänumero", "henkilönumero") and
        // Korean ("직원번호", "사번"), German ("Dienstnummer"), Icelandic ("kennitala starfsmanns"), Bulgarian
        // ("служебен номер"), Japanese ("職員番号") and Chinese ("员工编号", "員工編號", "職員編號", "工号"); a Kenyan
        // teacher's with the Teachers Service Commission ("TSC number"), a Nigerian public servant's on the IPPIS
        // payroll, and the short "Empl." and an HR system's ("HRMS ID").
        ("medewerkersnummer", .employeeNumber), ("medewerkernummer", .employeeNumber),
        ("tyontekijanumero", .employeeNumber), ("henkilonumero", .employeeNumber), ("직원번호", .employeeNumber),
        ("사번", .employeeNumber), ("dienstnummer", .employeeNumber), ("starfsmanns", .employeeNumber),
        ("служебен", .employeeNumber), ("Служебен", .employeeNumber), ("職員番号", .employeeNumber),
        ("员工编号", .employeeNumber), ("員工編號", .employeeNumber), ("職員編號", .employeeNumber),
        ("工号", .employeeNumber), ("工號", .employeeNumber), ("tsc", .employeeNumber), ("ippis", .employeeNumber),
        ("empl", .employeeNumber), ("hrms", .employeeNumber),
        // South Africa's public service payroll number (PERSAL); a unionized worker's number in Portuguese
        // ("sindicalizada nº"), a Polish union card ("legitymacja związkowa") and a Japanese union member's number
        // ("組合員番号"); a German union member's ("Gewerkschaftsmitglied Nr.").
        ("persal", .employeeNumber), ("sindicalizado", .memberNumber), ("sindicalizada", .memberNumber),
        ("zwiazkowej", .memberNumber), ("zwiazkowa", .memberNumber), ("組合員番号", .memberNumber),
        ("gewerkschaftsmitglied", .memberNumber),
        // The employee in Swedish ("medarbetarnummer"), Polish ("pracownik nr") and Turkish ("çalışan no"), and a
        // Korean company's staff number ("사원번호").
        ("medarbetarnummer", .employeeNumber), ("pracownik", .employeeNumber), ("calisan", .employeeNumber),
        ("사원번호", .employeeNumber),
        // A clinician's registration with the body that licenses them, which names one worker: Britain's GMC and
        // NMC, Singapore's MCR, Nigeria's MDCN, South Africa's HPCSA, Australia's AHPRA, Brazil's CRM and COREN,
        // France's RPPS and ADELI, Spain's "nº de colegiado"; the Russian staff number in Latin letters ("tabelnyi
        // nomer"), the Serbian and Croatian "službeni broj", the German "Anstellungsnummer".
        ("gmc", .employeeNumber), ("nmc", .employeeNumber), ("mcr", .employeeNumber), ("mdcn", .employeeNumber),
        ("hpcsa", .employeeNumber), ("ahpra", .employeeNumber), ("crm", .employeeNumber), ("coren", .employeeNumber),
        ("rpps", .employeeNumber), ("adeli", .employeeNumber), ("colegiado", .employeeNumber),
        ("tabelnyi", .employeeNumber), ("sluzbeni", .employeeNumber), ("anstellungsnummer", .employeeNumber),
        // Peru's CMP, the Dominican Republic's exequátur, Switzerland's GLN, the US NPI, Indonesia's SIP (a
        // practice licence), Hungary's "pecsétszám" (a doctor's stamp), Ecuador's Senescyt, Malaysia's MMC, the
        // French "Ordre des médecins".
        ("cmp", .employeeNumber), ("exequatur", .employeeNumber), ("gln", .employeeNumber), ("npi", .employeeNumber),
        ("sip", .employeeNumber), ("pecsetszam", .employeeNumber), ("senescyt", .employeeNumber),
        ("mmc", .employeeNumber), ("medecins", .employeeNumber),
        // Kenya's KMPDC, the Saudi Commission for Health Specialties, the Polish licence to practise ("prawo
        // wykonywania zawodu"), the Czech provider's IČP, the German doctor's EFN, the Vietnamese practice
        // certificate (CCHN), Morocco's INPE, the Croatian medical chamber's HLK, Venezuela's MPPS, and the licence of
        // Korean, Japanese and Chinese doctors ("면허번호", "医籍登録番号", "执业证书编码").
        ("kmpdc", .employeeNumber), ("scfhs", .employeeNumber), ("zawodu", .employeeNumber), ("icp", .employeeNumber),
        ("efn", .employeeNumber), ("cchn", .employeeNumber), ("inpe", .employeeNumber), ("hlk", .employeeNumber),
        ("mpps", .employeeNumber), ("면허번호", .employeeNumber),
        ("医籍登録番号", .employeeNumber), ("执业证书编码", .employeeNumber), ("执业证号", .employeeNumber),
        // A Lithuanian doctor's stamp ("spaudo Nr."), the Athens and Thessaloniki medical associations ("ΑΜ ΙΣΑ").
        ("spaudo", .employeeNumber), ("ΙΣΑ", .employeeNumber), ("ΙΣΘ", .employeeNumber),
        // The registers of clinicians in Germany (LANR), the Netherlands (BIG, AGB), Belgium (RIZIV, INAMI), Spain (a
        // woman's "colegiada"), Poland (NPWZ), Czechia (ČLK), Denmark (autorisations-ID), Sweden (HSA-id), Norway
        // (HPR), Finland ("rekisteröintinumero"), the US (DEA), Ontario (CPSO), New Zealand (MCNZ), Ireland (IMC)
        // and Britain's health professions and pharmacists (HCPC, GPhC).
        ("lanr", .employeeNumber), ("big-nummer", .employeeNumber), ("big-nr", .employeeNumber),
        ("agb-code", .employeeNumber), ("riziv", .employeeNumber), ("inami", .employeeNumber),
        ("colegiada", .employeeNumber), ("npwz", .employeeNumber), ("clk", .employeeNumber),
        ("autorisations-id", .employeeNumber), ("hsa-id", .employeeNumber), ("hpr-nr", .employeeNumber),
        ("hpr", .employeeNumber), ("rekisterointinumero", .employeeNumber), ("dea", .employeeNumber),
        ("cpso", .employeeNumber), ("mcnz", .employeeNumber), ("imc", .employeeNumber), ("hcpc", .employeeNumber),
        ("gphc", .employeeNumber),
        // The medical councils of Pakistan (PMDC), Ghana (MDC) and Rwanda (RMDC), Ireland's nursing board (NMBI).
        ("pmdc", .employeeNumber), ("mdc", .employeeNumber), ("rmdc", .employeeNumber), ("nmbi", .employeeNumber),
        // The Austrian medical chamber's number ("ÖÄK-Nr."), a doctor's number in German ("Arztnummer").
        ("oak-nr", .employeeNumber), ("arztnummer", .employeeNumber), ("arzt-nr", .employeeNumber),
        // Hungarian "törzsszám", Croatian "broj zaposlenika", German "Pers.-Nr.", Estonian "töötaja nr", Spanish
        // "código de trabajador", Albanian "nr. i punonjësit", Lithuanian "tabelio Nr.", Slovak "služobné číslo",
        // Romanian "marca", the British "clock no.", Norwegian and Danish "ansattnr", "medarbejdernr", Vietnamese
        // "MSNV" (mã số nhân viên), French "n° d'employé".
        ("torzsszam", .employeeNumber), ("zaposlenika", .employeeNumber), ("personal-nr", .employeeNumber),
        ("mitarbeiter-nr", .employeeNumber), ("pers", .employeeNumber), ("tootaja", .employeeNumber),
        ("trabajador", .employeeNumber), ("punonjesit", .employeeNumber), ("tabelio", .employeeNumber),
        ("sluzobne", .employeeNumber), ("marca", .employeeNumber), ("clock", .employeeNumber),
        ("ansattnr", .employeeNumber), ("medarbejdernr", .employeeNumber),
        ("msnv", .employeeNumber), ("d'employe", .employeeNumber), ("evidencioni", .employeeNumber),
        // Serbian "broj zaposlenog" and "tabelni broj".
        ("zaposlenog", .employeeNumber), ("tabelni", .employeeNumber),
        // The feminine Spanish and Portuguese "empleada", "empregada", "funcionaria", Swedish "anst.nr"
        // (anställningsnummer) and Mongolian "ajiltny dugaar" (employee's number) in Latin letters.
        ("empleada", .employeeNumber), ("empregada", .employeeNumber), ("funcionaria", .employeeNumber),
        ("anst", .employeeNumber), ("ajiltny", .employeeNumber), ("ajiltnii", .employeeNumber),
        // Malay "no. pekerja" and "no. ahli kesatuan" (union member), Latvian "darb. nr." (darbinieka), Slovak
        // "osobné číslo", Japanese "shain bangō" (staff) and "kaiin bangō" (member).
        ("pekerja", .employeeNumber), ("darb", .employeeNumber), ("darbinieka", .employeeNumber),
        ("osobne", .employeeNumber), ("shain", .employeeNumber), ("ahli", .memberNumber),
        // A staff number in German ("Mitarbeiter-ID"), Indonesian ("NRP", of the police and the forces), Russian and
        // Ukrainian ("табельный номер", "табельний номер"), Greek ("μητρώου εργαζομένου"), Korean ("사번"), Japanese
        // ("社員番号"), Chinese ("工号", "员工编号") and Thai ("รหัสพนักงาน").
        ("mitarbeiter-id", .employeeNumber), ("nrp", .employeeNumber), ("табельный", .employeeNumber),
        ("Табельный", .employeeNumber), ("табельний", .employeeNumber), ("Табельний", .employeeNumber),
        ("εργαζομένου", .employeeNumber), ("사번", .employeeNumber), ("社員番号", .employeeNumber),
        ("工号", .employeeNumber), ("员工编号", .employeeNumber), ("รหัสพนักงาน", .employeeNumber),
        ("kesatuan", .memberNumber), ("kaiin", .memberNumber),
        // A member in Catalan ("núm. d'afiliat"), Italian ("tessera sindacale", a union's card) and Malay ("nombor
        // keahlian", membership).
        ("afiliat", .memberNumber), ("d'afiliat", .memberNumber), ("sindacale", .memberNumber),
        ("keahlian", .memberNumber),
        // Vietnamese "mã nhân viên" (staff code) and "thẻ đoàn viên công đoàn" (union card), read at their last
        // word; the Czech "členský průkaz", the Croatian "iskaznica", the Philippine Pag-IBIG fund.
        ("vien", .employeeNumber), ("doan", .memberNumber), ("prukaz", .memberNumber),
        ("iskaznica", .memberNumber), ("iskaznice", .memberNumber), ("pag-ibig", .memberNumber),
        // Pag-IBIG's "MID", South Africa's medical aid, Swahili "mwanachama" (member), Spanish and Portuguese
        // "número de afiliación" and "afiliação", Spanish "trabajadora", a call centre's agent ID.
        ("mid", .memberNumber), ("aid", .memberNumber), ("mwanachama", .memberNumber), ("afiliacion", .memberNumber),
        ("afiliacao", .memberNumber),
        // A member's number in Serbian and Croatian ("članski broj", "broj člana"), Latvian ("biedra Nr.") and
        // Albanian ("numri i anëtarësisë"); an insurance policy, the insured and a beneficiary in Serbian and
        // Croatian ("polisa br.", "osiguranik br."), Estonian ("kindlustuspoliis") and Portuguese ("beneficiário").
        ("clanski", .memberNumber), ("clana", .memberNumber), ("biedra", .memberNumber),
        ("anetaresise", .memberNumber), ("polisa", .memberNumber), ("osiguranik", .memberNumber),
        ("kindlustuspoliis", .memberNumber), ("beneficiario", .memberNumber),
        ("trabajadora", .employeeNumber), ("agent", .employeeNumber),
        // The "colaborador" of Brazilian, Portuguese and Spanish firms ("n.º de colaborador"); Mexico's payroll
        // number ("No. de nómina").
        ("colaborador", .employeeNumber), ("colaboradora", .employeeNumber), ("nomina", .employeeNumber),
        // A patient's record, in-patient, out-patient and case number in Chinese ("病历号", "住院号", "门诊号",
        // "病案号", with their traditional letters and "码"), Japanese ("カルテ番号", "患者番号", "診察券番号") and Korean
        // ("환자번호", "차트번호", "병록번호").
        ("病历号", .medicalRecordNumber), ("病歷號", .medicalRecordNumber), ("病历号码", .medicalRecordNumber),
        ("住院号", .medicalRecordNumber), ("住院號", .medicalRecordNumber), ("门诊号", .medicalRecordNumber),
        ("門診號", .medicalRecordNumber), ("病案号", .medicalRecordNumber), ("病案號", .medicalRecordNumber),
        ("カルテ番号", .medicalRecordNumber), ("患者番号", .medicalRecordNumber), ("診察券番号", .medicalRecordNumber),
        ("환자번호", .medicalRecordNumber), ("차트번호", .medicalRecordNumber), ("병록번호", .medicalRecordNumber),
        ("account", .usBankAccount), ("acct", .usBankAccount),
        ("checking", .usBankAccount), ("savings", .usBankAccount), ("routing", .usRoutingNumber),
        ("aba", .usRoutingNumber), ("rtn", .usRoutingNumber),
        // Spanish "número de ruta", "cuenta" and "cuenta de cheques" on a US check's details.
        ("ruta", .usRoutingNumber), ("cuenta", .usBankAccount), ("cheques", .usBankAccount),
        // An account's number in the Nordic languages, German, Dutch, Icelandic, Finnish, Portuguese, French,
        // Italian, Croatian and Serbian, Lithuanian and Latvian; France's and West Africa's RIB.
        ("kontonummer", .usBankAccount), ("kontonr", .usBankAccount), ("konto", .usBankAccount),
        ("rekeningnummer", .usBankAccount), ("reikningur", .usBankAccount), ("reikningsnumer", .usBankAccount),
        ("tilinumero", .usBankAccount), ("conta", .usBankAccount), ("compte", .usBankAccount),
        ("conto", .usBankAccount), ("racun", .usBankAccount), ("racuna", .usBankAccount),
        ("saskaita", .usBankAccount), ("saskaitos", .usBankAccount), ("konts", .usBankAccount),
        ("rib", .usBankAccount),
        // The account of Indonesian and Malay ("rekening", "akaun", "Rek BCA …") and Vietnamese ("số tài khoản",
        // "STK").
        ("rekening", .usBankAccount), ("akaun", .usBankAccount), ("khoản", .usBankAccount), ("rek", .usBankAccount),
        ("stk", .usBankAccount),
        // The current account of Italian ("conto corrente"), the account of Czech ("číslo účtu"), Hungarian
        // ("számlaszám"), Swahili ("akaunti") and Thai ("เลขที่บัญชี"), Spanish savings ("cuenta de ahorros"), Mexico's
        // CLABE and Argentina's CBU.
        ("corrente", .usBankAccount), ("uctu", .usBankAccount), ("ucet", .usBankAccount),
        ("szamlaszam", .usBankAccount), ("akaunti", .usBankAccount), ("เลขที่บัญชี", .usBankAccount),
        ("บัญชี", .usBankAccount), ("ahorros", .usBankAccount), ("clabe", .usBankAccount), ("cbu", .usBankAccount),
        // The Spanish current account ("cuenta corriente"), the bank identification number of Angola, Mozambique and
        // Portugal ("NIB"), the Afrikaans account number, the Russian settlement account ("расчётный счёт"; "счёт"
        // alone is an invoice's too) and the Tajik account ("суратҳисоб").
        ("corriente", .usBankAccount), ("nib", .usBankAccount), ("rekeningnommer", .usBankAccount),
        ("расчётный", .usBankAccount), ("Расчётный", .usBankAccount), ("расчетный", .usBankAccount),
        ("Расчетный", .usBankAccount), ("суратҳисоб", .usBankAccount), ("Суратҳисоб", .usBankAccount),
        // The account of Turkish ("hesap no"), Polish ("numer konta", "numer rachunku"), Ukrainian ("номер
        // рахунку"), Japanese ("口座番号") and Korean ("계좌번호").
        ("hesap", .usBankAccount), ("konta", .usBankAccount), ("rachunku", .usBankAccount),
        ("рахунку", .usBankAccount), ("口座番号", .usBankAccount), ("계좌번호", .usBankAccount),
        // Sweden's giro accounts ("Bankgiro", "Plusgiro") and Nigeria's uniform account number (NUBAN).
        ("bankgiro", .usBankAccount), ("plusgiro", .usBankAccount), ("nuban", .usBankAccount),
    ])
    /// Member labels of insurers and health plans, whose numbers are in a clinical text the patient's record
    /// numbers: "Member ID" on a plan's card, "insurance", "policy", German "Vers.-Nr." and
    /// "Versicherungsnummer", Spanish and Portuguese "afiliado", "afiliación", "afiliação", Brazil's
    /// "carteirinha", South Africa's "medical aid", insurance and policy in Arabic, Persian and Hebrew, and the
    /// policies, the insured and the beneficiaries of the Balkans, Estonia and Portugal, and the national health
    /// insurance schemes of Kenya, Ghana, Nigeria, Jamaica, Vietnam, Austria, Morocco and Tunisia.
    static let healthPlanLabels = KeywordTable(
        [
            "member", "insurance", "policy", "vers", "versicherungsnummer", "afiliado", "afiliada", "afiliacion",
            "afiliacao", "carteirinha", "aid", "التأمين", "الوثيقة", "البوليصة", "بیمه", "פוליסה", "polisa",
            "osiguranik", "kindlustuspoliis", "beneficiario", "nhif", "nhis", "nhf", "bhyt", "sv-nr", "nhia", "cnss",
        ].map { ($0, ()) })
    /// Labels that announce a record number only in a clinical text, one with a condition, a medication or a
    /// record number found elsewhere: a file, unit record ("UR"), in-patient ("IP"), registration or admission
    /// number, Indonesia's "No. RM" (rekam medis), Vietnam's "mã BN" (bệnh nhân), Germany's "Fall-Nr.", the
    /// Spanish "historia" and the Turkish "protokol" number, an HIV clinic's "ART No.", a "docket #", an
    /// out-patient "OP No."; and national numbers by labels too short or too common to tell alone (Czech "RČ" and
    /// "r. č.", Italy's "CF", Malaysia's "IC" and "KP", which a firm's number has too). Each with whether a sign
    /// or filler word must stand between it and the number ("File:", "IP No."), as the short and common ones must.
    static let clinicalLabels = KeywordTable<Bool>([
        ("file", true), ("ur", true), ("ip", true), ("reg", true), ("registration", true), ("admission", true),
        ("rm", true), ("bn", true), ("fall-nr", false), ("historia", true), ("protokol", true), ("art", true),
        ("docket", true), ("op", true), ("faili", false), ("kp", false), ("rc", true), ("cf", false), ("ic", true),
        // Morocco's AMO immatriculation, Spain's "HC" (historia clínica), Turkey's "dosya no", a PIN (the
        // Philippines' PhilHealth PIN).
        ("amo", false), ("immatriculation", false), ("hc", true), ("dosya", false), ("pin", true),
        // Kenya's HIV clinic number ("CCC No"), Germany's "Pat.-Nr.", Spain's TSI (tarjeta sanitaria individual).
        ("ccc", true), ("pat", true), ("tsi", false),
        // A patient's card ("karta No.") in the Slavic languages, Haitian Creole "nimewo dosye".
        ("karta", true), ("dosye", false),
        // Japan's health insurance card in Latin letters ("hokensho kigo-bango"), a mother's antenatal card ("ANC
        // No."), a patient's card and health booklet in Russian and Serbian ("медицинской карты №", "бр. здр.
        // књижице").
        ("hokensho", false), ("hoken-sho", false), ("kigo-bango", false), ("anc", true), ("карты", false),
        ("КАРТЫ", false), ("књижице", false),
        // Portuguese "processo" (a patient's file, "processo 55120943" with no sign too), Thailand's "HN" (hospital
        // number), a laboratory's or a clinic's number ("Lab Ref. No.", "clinic ID").
        ("processo", false), ("hn", false), ("lab", true), ("clinic", true), ("r", true),
        // Korea's "등록번호", a patient's registration number at a hospital, a car's or a firm's elsewhere.
        ("등록번호", false),
        // A patient's card in Russian and Ukrainian ("карты №", "картка №"), Ukraine's electronic medical card
        // ("ЕМК №"), Serbia's health booklet ("бр. здр. књижице") and insured person's number ("ЛБО"), Côte
        // d'Ivoire's CMU card, Kenya's SHA number.
        ("карта", true), ("карты", true), ("картка", true), ("картки", true), ("ЕМК", true), ("емк", true),
        ("књижице", true), ("ЛБО", false), ("лбо", false), ("cmu", true), ("sha", true),
        // A registration number in Hindi ("पंजीकरण संख्या").
        ("पंजीकरण", false),
        // A record or a file: English, Spanish ("expediente", "ficha"), French ("dossier"), Italian ("cartella"),
        // Arabic ("رقم الملف"), Persian ("شماره پرونده"), Hebrew ("מספר תיק"); a court's, an employer's or an
        // office's as often as a clinic's.
        ("record", false), ("rec", true), ("expediente", false), ("ficha", false), ("dossier", false),
        ("cartella", false), ("الملف", false), ("ملف", false), ("پرونده", false), ("תיק", false),
    ])
    /// Labels of national identity, social insurance, tax and passport numbers: a person's own number, reported
    /// as a national identity number, and in a clinical text as the record number a clinic files its patient
    /// under. Each with whether a sign or filler word must stand between it and the number ("SIN: …"), as the
    /// short and common ones must unless written in capitals.
    static let nationalLabels = KeywordTable<Bool>([
        // In Arabic ("الرقم القومي", "الرقم الوطني", "رقم الهوية", "السجل المدني", "الرقم المدني", "رقم
        // الإقامة"), Persian ("کد ملی", "شماره شناسنامه"), Urdu ("شناختی کارڈ") and Hebrew ("ת"ז", "תעודת זהות").
        ("القومي", false), ("الوطني", false), ("الهوية", false), ("المدني", false), ("الإقامة", false),
        ("ملی", false), ("شناسنامه", false), ("کارڈ", true), ("ת\"ז", false), ("זהות", false),
        // The feminine "national" of "الهوية الوطنية" (national identity), and India's Aadhaar in Devanagari.
        ("الوطنية", false), ("आधार", false),
        // Poland's PESEL, the Nordic personnummer, CPR, henkilötunnus (and Finland's social security number,
        // "sotu") and kennitala, the Dutch BSN, Italy's codice fiscale, France's sécurité sociale number, Romania's
        // CNP, Croatia's OIB, the Czech rodné číslo, Turkey's T.C. kimlik, Indonesia's NIK, India's Aadhaar,
        // Pakistan's CNIC, Singapore's NRIC, Uganda's and Nigeria's NIN, Spain's DNI, Brazil's CPF, Chile's RUT,
        // Mexico's CURP, Israel's teudat zehut, any "National ID".
        ("pesel", false), ("personnummer", false), ("personnr", false), ("cpr", false), ("cpr-nr", false),
        ("hetu", false), ("henkilotunnus", false), ("sotu", false), ("sosiaaliturvatunnus", false),
        ("fodselsnummer", false), ("bsn", false), ("burgerservicenummer", false), ("fiscale", false),
        ("sociale", false), ("cnp", false), ("oib", false),
        ("rodne", false), ("kimlik", false), ("nik", true), ("aadhaar", false), ("nric", false), ("dni", false),
        ("cpf", false), ("curp", false), ("kt", true), ("kennitala", false), ("rut", false), ("cnic", false),
        ("nin", false), ("zehut", false), ("national", true),
        // Brazil's RG (registro geral), the identity card's number; Jamaica's TRN (taxpayer registration number);
        // the unique master citizen number of Serbia, Montenegro and Bosnia in Cyrillic, and North Macedonia's EMBG.
        ("rg", true), ("trn", true), ("ЈМБГ", false), ("ЕМБГ", false), ("embg", false),
        // Norway's "fødselsnr.", Estonia's isikukood, Lithuania's asmens kodas, Slovenia's EMŠO, Bulgaria's EGN,
        // Serbia's JMBG, the Philippines' PhilSys, Latin America's cédula, Bangladesh's NID, Tanzania's NIDA,
        // Kenya's Huduma, Malaysia's MyKad, Indonesia's KTP, Sweden's "pnr", Ireland's PPSN, Kazakhstan's IIN
        // (JSN in Kazakh), Moldova's IDNP, Oman's and Kuwait's civil number, Norway's "fnr" (fødselsnummer).
        ("fodselsnr", false), ("isikukood", false), ("asmens", false), ("emso", false), ("egn", false),
        ("jmbg", false), ("philsys", false), ("cedula", false), ("nid", false), ("nida", false), ("huduma", false),
        ("mykad", false), ("ktp", false), ("pnr", false), ("ppsn", false), ("pps", false), ("jsn", false),
        ("idnp", false), ("civil", true), ("fnr", false),
        // Swahili "kitambulisho" (an identity card, "nambari ya kitambulisho"), Pakistan's NTN (national tax number),
        // Indonesia's NPWP (taxpayer number), Nepal's citizenship certificate.
        ("kitambulisho", false), ("ntn", true), ("npwp", false), ("citizenship", true),
        // Hungary's identity card ("személyi igazolvány"; its tax number is below), Ethiopia's Fayda number, the
        // Emirates' identity card in Arabic ("الهوية الإماراتية").
        ("igazolvany", false), ("fayda", false), ("الإماراتية", false),
        // Belgium's national register number and social security identification number ("Rijksregisternummer",
        // "INSZ"), Canada's social insurance number in French ("NAS"), the national identity card of the Maghreb and
        // Haiti ("CIN"), Myanmar's and Zambia's national registration card ("NRC"); a patient's record types them as
        // its record numbers, as it does every national number.
        ("rijksregisternr", false), ("rijksregisternummer", false), ("insz", false), ("nas", true), ("cin", true),
        ("nrc", true),
        // Switzerland's AHV/AVS number, Uzbekistan's JShShIR (PINFL) and Kazakhstan's IIN (ЖСН in Kazakh), in
        // Latin and Cyrillic letters; Kyrgyzstan's PIN and El Salvador's DUI. (Angola's "BI", a name's honorific in
        // South Asia, "Rukhsana Bi", is read by its number's shape.)
        ("ahv", false), ("avs", false), ("jshshir", false), ("pinfl", false), ("ПИНФЛ", false), ("iin", false),
        ("ИИН", false), ("ЖСН", false), ("ПИН", true), ("dui", true),
        // The number a person holds at a national social security institute: Central America's (IGSS, IHSS, ISSS,
        // Costa Rica's CCSS, Panama's CSS), Nicaragua's, Angola's and Brazil's INSS, Madagascar's CNaPS, Zimbabwe's
        // NSSA, Zambia's NAPSA, Malaysia's SOCSO (PERKESO); Spanish "asegurado" (the insured's number).
        ("igss", false), ("ihss", false), ("isss", false), ("ccss", false), ("css", true), ("inss", false),
        ("cnaps", false), ("nssa", false), ("napsa", false), ("socso", false), ("perkeso", false),
        ("asegurado", false),
        // Malaysia's income tax number ("No. Cukai Pendapatan"); the passport in Russian, Ukrainian, Kazakh and
        // Kyrgyz, and Belarusian, in Cyrillic letters.
        ("cukai", false), ("паспорт", false), ("Паспорт", false), ("ПАСПОРТ", false), ("паспорта", false),
        ("Паспорта", false), ("пашпарт", false), ("Пашпарт", false),
        // A "Personal No." (Georgia's personal number, in English and Georgian, "პირადი ნომერი"), Colombia's
        // cédula de ciudadanía ("CC").
        ("personal", true), ("პირადი", false), ("cc", true),
        // Passports in English, French, Spanish, Italian, Portuguese, German, Polish and the Slavic languages.
        ("passport", false), ("passeport", false), ("pasaporte", false), ("passaporto", false),
        ("passaporte", false), ("reisepass", false), ("paszport", false), ("paszportu", false), ("pasport", false),
        ("pasos", true),
        // Albanian "pasaporta" and "letërnjoftim" (identity card), Estonian "isikutunnistus" (identity document),
        // Somali "aqoonsi" (identity), Greek "ταυτότητας" (of identity: "Αριθμός Ταυτότητας"); the Caribbean's
        // National Insurance Scheme ("NIS"), Trinidad's Board of Inland Revenue number ("BIR"), the Fiji National
        // Provident Fund's ("FNPF").
        ("pasaporta", false), ("pasaportes", false), ("leternjoftim", false), ("leternjoftimi", false),
        ("leternjoftimit", false), ("isikutunnistus", false), ("isikutunnistuse", false), ("aqoonsi", false),
        ("aqoonsiga", false), ("ταυτότητας", false), ("Ταυτότητας", false), ("ΤΑΥΤΟΤΗΤΑΣ", false), ("nis", true),
        ("bir", true), ("fnpf", false),
        // Russia's individual insurance account (SNILS) in Latin and Cyrillic letters.
        ("snils", false), ("снилс", false), ("СНИЛС", false),
        // Identity cards: English, French ("carte d'identité", "CNI"), Spanish, Portuguese, Italian, German
        // ("Personalausweis", "Ausweisnummer"), Polish ("numer dowodu"), Vietnamese (CCCD, CMND), Hong Kong's HKID,
        // the Gulf's Emirates ID and iqama, Botswana's Omang, Turkey's TCKN.
        ("identity", false), ("d'identite", false), ("identite", false), ("cni", false), ("identidad", false),
        ("identidade", false), ("d'identita", false), ("identita", false), ("personalausweis", false),
        ("ausweisnummer", false), ("ausweis", false), ("dowodu", false), ("cccd", false), ("cmnd", false),
        ("hkid", false), ("emirates", false), ("iqama", false), ("omang", false), ("tckn", false),
        // Social insurance and tax numbers: the British National Insurance number (NINO), Canada's SIN, New
        // Zealand's IRD number, Germany's Steuer-ID, Spain's and Portugal's NIF and NIE, Mexico's RFC, Argentina's
        // CUIL and CUIT, the Philippines' SSS and UMID, Nigeria's BVN, Ghana's SSNIT. ("TFN" is Swedish for a
        // phone, "tin" a word and a name: Australia's tax file number is read at "tax file".)
        ("nino", false), ("sin", true), ("ird", false), ("steuer-id", false),
        ("steueridentifikationsnummer", false), ("steuernummer", false), ("nif", false), ("nie", true),
        ("rfc", false), ("cuil", false), ("cuit", false), ("sss", false), ("umid", false),
        ("bvn", false), ("ssnit", false),
        // India's UAN, the universal account number of a worker's provident fund.
        ("uan", false),
        // Greece's tax and identity card numbers (ΑΦΜ, ΑΔΤ), Russia's SNILS and INN, Ukraine's RNOKPP and IPN,
        // Bulgaria's EGN, Korea's resident registration number, China's and Taiwan's identity card numbers, Japan's
        // My Number, Thailand's citizen number, Portugal's NISS and cartão de cidadão, Latvia's personas kods,
        // Hungary's személyi and tax numbers, Poland's NIP, India's PAN, Sri Lanka's NIC; written in capitals where
        // they have them, as the tokenizer folds Latin letters only.
        ("ΑΦΜ", false), ("ΑΔΤ", false), ("СНИЛС", false), ("ИНН", false),
        ("РНОКПП", false), ("ІПН", false), ("ЕГН", false), ("주민등록번호", false), ("身份证号", false),
        ("身份证号码", false), ("身份证", false), ("身份證號", false), ("身分證字號", false), ("身分證", false),
        ("マイナンバー", false), ("個人番号", false), ("เลขประจำตัวประชาชน", false), ("บัตรประชาชน", false),
        ("niss", false), ("cidadao", false), ("personas", false), ("szemelyi", false), ("adoazonosito", false),
        ("adoazonosito-jel", false), ("nip", true), ("pan", true), ("nic", true),
    ])
}

/// The ABA routing number check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10.
enum ABA {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.length == 9 else { return false }
        let weights = [3, 7, 1]
        var sum = 0
        for k in 0..<9 {
            let d = Int(bytes[token.start + k]) - 0x30
            guard (0...9).contains(d) else { return false }
            sum += d * weights[k % 3]
        }
        return sum % 10 == 0
    }
}
