import DataGuard
import Testing

@Suite("Record, member and staff numbers of other countries")
struct InternationalIdentifierTests {
    static let cases: [DetectorCase] = [
        DetectorCase(
            "bank account numbers, grouped and whole", .ibanCode,
            "IBAN: [[ES91 2100 0418 4502 0005 1332]]; Konto [[PL61 1090 1014 0000 0712 1981 2874]], "
                + "شبا [[IR840629600000001003242000]]"),
        DetectorCase(
            "bank account numbers whose groups hold letters after digits, and those of Angola, Mozambique and "
                + "Madagascar", .ibanCode,
            "IBAN: [[BY13 NBRB 3600 9000 0000 2Z00 AB00]]; [[KZ86 125K ZT50 0410 0100]]\n"
                + "[[MT84 MALT 0110 0001 2345 MTLC AST0 01S]], [[BR15 0000 0000 0000 1093 2840 814P 2]]\n"
                + "IBAN: [[AO06 0044 0000 6729 5030 1010 2]]; [[MZ59000301080016367102371]]; "
                + "[[MG46 0000 5030 0101 0191 4016 056]]"),
        DetectorCase(
            "an account number whose check fails or whose country issues none", .ibanCode,
            "IBAN ES92 2100 0418 4502 0005 1332, ref AB12 CD, file DN4790123456789"),
        DetectorCase("spanish clinical history", .medicalRecordNumber, "Paciente: Lucía Ortega   NHC: [[2210438]]"),
        DetectorCase(
            "a court's, an employer's or an office's file or record is no patient's", .medicalRecordNumber,
            "Expediente No. 2025-0456 del Juzgado de Familia. Ficha No. 45821 - Recursos Humanos. "
                + "Dossier n° 2025-00871. Record No. 45821 (Lusaka City Council). رقم الملف 45821 في دائرة الأراضي."
                + "\nشماره پرونده: 98712 (دادگاه خانواده). מספר תיק: 4455667 בבית משפט השלום. Квиток № 12345"),
        DetectorCase(
            "a medical or a patient's record is one wherever it is named", .medicalRecordNumber,
            "Medical record number [[MR7021057]] should be referenced; patient record no. [[4471]]"),
        DetectorCase(
            "a file or a record in a clinical text is the patient's", .medicalRecordNumber,
            "Expediente clínico: diabetes mellitus tipo 2, hipertensión. Expediente No. [[2025-0456]]; "
                + "dossier n° [[2241]]"),
        DetectorCase(
            "a record number in groups with a thousands point", .medicalRecordNumber,
            "DNI [[38.472.915]]   HC N° [[612.904]]\nDx: asma bronquial. Prontuário [[118.447]]"),
        DetectorCase(
            "a short clinical label after its sign", .medicalRecordNumber,
            "Ny. Sri Wahyuningsih, No. RM [[00.12.47.83]], dengan diabetes melitus tipe 2"),
        DetectorCase(
            "a short clinical label with neither sign", .medicalRecordNumber,
            "Ny. Sri Wahyuningsih, RM 00124783, dengan diabetes melitus tipe 2"),
        DetectorCase("french patient identifier", .medicalRecordNumber, "N° IPP : [[40087215]]"),
        DetectorCase("dutch patient number", .medicalRecordNumber, "patiëntnummer [[HA-0038817]], afspraak"),
        DetectorCase("german insurance number", .medicalRecordNumber, "Versichertennr.: [[K418803921]]"),
        DetectorCase("canadian health card", .medicalRecordNumber, "OHIP [[5584-402-917-KT]] on file"),
        DetectorCase(
            "brazilian health card after a verb", .medicalRecordNumber,
            "Meu cartão SUS é [[708 4032 1195 6620]] caso precise."),
        DetectorCase(
            "mexican social security with a check digit", .medicalRecordNumber,
            "NSS (IMSS): [[4309 59 1127-3]]\nMedicamento: Losartán"),
        DetectorCase(
            "italian health card", .medicalRecordNumber, "tessera sanitaria n. [[80380001200345671234]]"),
        DetectorCase(
            "a file number in a clinical text", .medicalRecordNumber,
            "Pt: Pieter van der Merwe   File: [[RB-DNT-3381]]\nDx: asthma, on salbutamol."),
        DetectorCase(
            "an in-patient number beside a record number", .medicalRecordNumber,
            "MRN [[00482913]]. IP No: [[KNH-IP-0937712]]"),
        DetectorCase(
            "a file number in a text that is not clinical", .medicalRecordNumber,
            "Grievance file: GR-2025-0193, step 2 on Monday."),
        DetectorCase(
            "a clinical label needs a sign or word before the number", .medicalRecordNumber,
            "Asthma review in Rm 1204 at noon."),
        DetectorCase(
            "a regulation cited after a clinical label", .medicalRecordNumber,
            "Diagnosi: asma. Dati trattati ai sensi del Reg. UE 2016/679."),
        DetectorCase(
            "a national number in a clinical text", .medicalRecordNumber,
            "Pacjentka: Halina Wróblewska, PESEL [[52071408426]], dx: asthma, hypertension"),
        DetectorCase(
            "a national number in a text that is not clinical", .medicalRecordNumber,
            "Dane pracownika: PESEL 52071408426, etat pełny"),
        DetectorCase("a german label with a hyphen", .medicalRecordNumber, "Fall-Nr. [[40023187]], Diagnose: Asthma"),
        DetectorCase("austrian social insurance number", .memberNumber, "SV-Nr. [[4127 180385]]"),
        DetectorCase("austrian social insurance number of a patient", .medicalRecordNumber,
            "Patientin Maria Huber, SV-Nr. [[4127 180385]], Diagnose: Pneumonie, Diabetes mellitus"),
        DetectorCase(
            "an identity number with dots and a check letter", .medicalRecordNumber,
            "Paciente: Valentina Riquelme, RUT [[16.482.903-K]], dx: asthma, hypertension"),
        DetectorCase("a decimal after a label is no record", .medicalRecordNumber, "Patient 1004.5 g at birth"),
        DetectorCase("a dotted date after a label is no record", .medicalRecordNumber, "Fall-Nr. 12.03.2024"),
        DetectorCase("czech staff number", .employeeNumber, "Osobní číslo: [[0041736]]"),
        DetectorCase(
            "a clinician's registration with the body that licenses them, Russian, Serbian and German staff numbers",
            .employeeNumber,
            "GMC [[7123456]]; Nurse in charge: S. Mensah (NMC [[12345678]]); MCR No: [[M12345A]]; CRM [[123456]]; "
                + "Tabelnyi nomer [[4417]]; Službeni broj [[4417]]; Anstellungsnummer [[88123]]; gmc 2024"),
        DetectorCase(
            "clinicians' registrations of Peru, the Dominican Republic, Switzerland, the US, Hungary, Ecuador and "
                + "France", .employeeNumber,
            "Dr. Juan Pérez, CMP [[45821]]; Exequátur [[123-45]]; GLN: [[7601000123456]]; NPI: [[1234567893]]; "
                + "Pecsétszám: [[12345]]; Registro Senescyt: [[1005-2018-1987654]]; Ordre des médecins n° [[12345]]"),
        DetectorCase(
            "a clinician's registration, licence or permit on a doctor's line or the line after it; Serbian staff "
                + "numbers", .employeeNumber,
            "Dr. Semisi Fifita, Reg. No. [[1234]]\nDr. Kamal Perera\nSLMC Reg. No. [[12345]]\n"
                + "Лекар: др Марко Петровић, бр. лиценце [[12345]]\nDre Marie Tremblay, no de permis [[12345]]\n"
                + "Gydytojas: Tomas Petrauskas, spaudo Nr. [[123456]]\nCédula Profissional n.º [[12345]]; ārsta "
                + "identifikators [[12345]]; ΑΜ ΙΣΑ [[12345]]\nBroj zaposlenog: [[12345]]; Tabelni broj: [[4512]]\n"
                + "Child: Ama Owusu   CWC Reg. No. 0417\nDr. Lee saw her. Patient Reg. No. 5521"),
        DetectorCase(
            "the registers of clinicians in Germany, the Low Countries, Spain, Poland, Czechia, the Nordic countries, "
                + "the US, Canada, New Zealand, Ireland and Britain", .employeeNumber,
            "Dr. med. Anna Weber, LANR [[123456789]]; Dr. P. de Vries, BIG-nummer [[19012345601]]; AGB-code "
                + "[[01012345]]; RIZIV [[1-23456-78-901]]; Colegiada nº [[282812345]]; NPWZ [[1234567]]; číslo ČLK "
                + "[[1234567890]]\nHSA-id [[SE2321000123-ABCD]]; HPR-nr. [[1234567]]; rekisteröintinumero [[123456]]; "
                + "DEA [[AB1234563]]; CPSO #[[123456]]; MCNZ [[12345]]; IMC No. [[123456]]; HCPC [[PH123456]]; "
                + "GPhC [[2012345]]; Staff Nurse Emma Clarke, NMC PIN [[12A3456E]]"),
        DetectorCase(
            "staff numbers of the Netherlands, Finland, Korea, Germany, Iceland, Bulgaria, Japan and China; Kenyan "
                + "teachers, Nigerian public servants, HR systems", .employeeNumber,
            "Medewerkersnummer [[44812]]; Työntekijänumero [[5512]]; 직원번호 [[20931]]; Dienstnummer [[44812]]; "
                + "kennitala starfsmanns [[448812]]; Служебен номер [[44812]]; 職員番号 [[448812]]; 员工编号 "
                + "[[448812]]\nTSC number [[443210]]; IPPIS No: [[238812]]; Empl. ID [[448812]]; HRMS ID [[448812]]"),
        DetectorCase(
            "accounts of Turkey, Poland, Ukraine, Japan and Korea, Poland's written in seven groups",
            .usBankAccount,
            "Hesap no: [[12345678]]; Numer konta: [[12 1020 1026 0000 0402 0123 4567]]; номер рахунку "
                + "[[26001234567]]\n口座番号 [[1234567]]; 계좌번호 [[110-123-456789]]"),
        DetectorCase(
            "clinicians' registers of Kenya, Saudi Arabia, Poland, Czechia, Germany, Vietnam, Korea, Japan and China",
            .employeeNumber,
            "Dr. Wanjiru Kamau, KMPDC No. [[A12345]]; SCFHS No. [[12-R-M-12345]]; nr prawa wykonywania zawodu "
                + "[[1234567]]; IČP [[12345678]]; EFN [[276101234567890123]]\nBS. Trần Văn Bình, CCHN số [[001234]]; "
                + "면허번호 [[12345]]; 医籍登録番号 [[123456]]; 执业证书编码 [[110110000012345]]"),
        DetectorCase(
            "a nurse's, a pharmacist's and a state's licences, a licence shortened, the registers of Morocco, Croatia "
                + "and Venezuela", .employeeNumber,
            "RN Jane Doe, License # [[RN123456]]\nPharm. Ngozi Eze, PCN Reg. No. [[12345]]\nDr. Lisa Meyer, State "
                + "License No. [[A123456]]; Lic. No. [[654321]]\nDr. Youssef Alaoui, INPE [[123456789]]; HLK [[12345]]; "
                + "MPPS [[23456]]\nState License plates 123456"),
        DetectorCase(
            "registers of Argentina, Greece, Russia, Indonesia, the Philippines and Austria, a registration's kind "
                + "after its word", .employeeNumber,
            "Dra. Lucía Fernández, Registro Profesional [[45821]]\nMédica clínica. M.N. [[123456]] M.P. [[45678]]\n"
                + "Δρ. Γιώργος Παπαδόπουλος, ΑΜ [[12345]]\nВрач Иванова Е.П., сертификат № [[0177241234567]]\n"
                + "dr. Siti Rahma, STR [[3121100220145678]]\nDr. Jose Santos, PTR [[7654321]]\nDr. Anna Huber, "
                + "ÖÄK-Nr. [[12345-67]], Arztnummer [[123456]]\nHauptstr. 5; M.N. 4 on the map; Registro 5\n"
                + "Persal no.: [[21345678]]; sindicalizada nº 3321"),
        DetectorCase(
            "union members in Portuguese, Polish, Japanese and German; South Africa's PERSAL is a staff number",
            .memberNumber,
            "Membership No.: [[GP-004512]]; Persal no.: 21345678\nsindicalizada nº [[3321]]; nr legitymacji "
                + "związkowej [[2231]]; 組合員番号: [[7788]]; Gewerkschaftsmitglied Nr. [[88123]]"),
        DetectorCase(
            "a regulator's initials before the number, a Brazilian council's state, a registration in brackets, "
                + "councils of Pakistan, Ghana and Rwanda, a syndicate, licences in Ukrainian, ward sisters",
            .employeeNumber,
            "Dr. Amina Yusuf, FWACS — [[MDCN/R/45123]]\nDr. João Silva — CRM-SP [[123456]]; Enf. Ana Souza — "
                + "COREN-SP [[123.456]]\nDr. Rahul Mehta, MD (Reg. No. [[MMC/2010/04567]])\nDr. Ayesha Khan, "
                + "PMDC # [[12345-P]]; Dr. Kwabena Boateng, [[MDC/RN/12345]]; RMDC [[1234]]\nDr. Ahmed Hassan, "
                + "Egyptian Medical Syndicate No. [[123456]]\nDr Olena Kovalenko, ліцензія № [[123456]]\nSister "
                + "Mary Phiri, NMCZ Reg. No. [[12345]]\nDr. Carlos Gómez, Matrícula Profesional [[12345]]\n"
                + "SP-12 4471; ABC/12/345"),
        DetectorCase("an account's number after Acc. No., not an accident claim's; Sweden's giro, Nigeria's NUBAN",
            .usBankAccount, "Acc. no. [[12-3456-7890123-000]]; ACC 45012 claim; Bankgiro [[123-4567]]; NUBAN: "
                + "[[0123456789]]"),
        DetectorCase("a member's label before German -Nr. written onto it", .memberNumber,
            "Mitgliedsausweis-Nr.: [[004512]]; Haus-Nr. 12"),
        DetectorCase("staff numbers in Swedish, Polish, Turkish and Korean; police force and warrant numbers",
            .employeeNumber,
            "Medarbetarnummer: [[4471]]; Pracownik nr [[4471]]; Çalışan no: [[4471]]; 사원번호 [[4471]]\n"
                + "Force No. [[22871]]; warrant number [[4471]]; the force 12; a warrant 3"),
        DetectorCase("a british clock number", .employeeNumber, "Lisa Reyes-Goodwin, Clock No. [[40817]], Local 12"),
        DetectorCase("german staff number abbreviated", .employeeNumber, "Reto Bühlmann (Pers.-Nr. [[204-8813]])"),
        DetectorCase("a civil servant's personal number after P/No., but no page's", .employeeNumber,
            "Mr Otieno Were (P/No. [[2009117654]]) and P/No: [[48810]]; see p/no 12 and P. No. 3"),
        DetectorCase("a feminine spanish label, the swedish abbreviation and mongolian in latin letters",
            .employeeNumber,
            "Enfermera: Rocío Paredes, núm. de empleada [[HG-30417]]. Vi skriver om Karin Ek (anst.nr [[51290]]). "
                + "Bat-Erdene, ajiltny dugaar [[UB-22086]]; anst 2025 var lugnt."),
        DetectorCase("a union card", .memberNumber, "union card no. [[MUZ/KTW/04418]]"),
        DetectorCase(
            "members, policies, the insured and beneficiaries of the Balkans, Latvia, Estonia and Portugal",
            .memberNumber,
            "Članski broj: [[12345]]; broj člana [[4521]]; Biedra Nr. [[7788]]; Numri i anëtarësisë: [[3390]]\n"
                + "Polisa br. [[123456]]; Osiguranik br. [[55012]]; Kindlustuspoliis nr [[88123]]\n"
                + "Número de beneficiário: [[123456789]]; Polisa je istekla 2024."),
        DetectorCase(
            "a health plan's member number in a patient's record", .medicalRecordNumber,
            "MRN [[00418873]]   Member ID: [[XQW884120537]]\nDx: asthma, on salbutamol."),
        DetectorCase(
            "a health plan's further number, written without its label, in a patient's record", .medicalRecordNumber,
            "MRN [[00418873]]   Member ID: [[884120537]], dependant [[884120538]]\nDx: asthma, on salbutamol."),
        DetectorCase(
            "an insurer's number where two conditions are found", .medicalRecordNumber,
            "Diagnosen: Diabetes mellitus Typ 2, Hypertonie. Vers.-Nr. [[M418207733]]"),
        DetectorCase(
            "a member number where one sick day is mentioned", .memberNumber,
            "Local 1549 member # [[A-3302917]] was off with pneumonia on Monday."),
        DetectorCase(
            "a union's member in a clinical text", .memberNumber,
            "MRN 00418873. Union rep: Tun Naing, member no. [[MICS-YGN-2231]]\nDx: asthma."),
        DetectorCase("a swedish member number", .memberNumber, "Rehabärende: medlem nr [[8803-115742]] – styrelsen"),
        DetectorCase(
            "abbreviated staff labels before their word for number", .employeeNumber,
            "Směna B: Karel Dvořák (os. č. [[30981]]), os. číslo [[30995]]\nClaim form – Man No. [[2207114]], "
                + "man number: [[2207180]]. Vieram os 12345 sócios; the man no. 4 walked 20000 steps."),
        DetectorCase(
            "staff numbers after the labels of more languages", .employeeNumber,
            "Mitarbeiter-ID [[630518]]; NRP [[84051123]]; табельный номер [[630577]]; αριθμός μητρώου εργαζομένου "
                + "[[630590]]; 사번 [[2019-0417]]; 社員番号 [[K-63061]]; 工号 [[630633]]; works no. [[630641]]; PF No. "
                + "[[630658]]. The machine works 24000 hours."),
        DetectorCase(
            "member numbers after the labels of more languages, and a ticket that is none", .memberNumber,
            "Mem. No. [[40219]]; членский билет № [[55170]]; номер членського квитка [[55184]]; αριθμός μέλους "
                + "[[661203]]; 조합원 번호 [[770145]]; Mitgliedsausweis [[88102]]; jäsennumero [[310944]]; medlemskort "
                + "[[412087]]; lidmaatschapsnummer [[990215]]. Пассажирский билет № 73315; mem 51200 free.\n"
                + "Sister Ada Ilori (mbr [[207731]]) and Mitglied [[207745]] paid; dues ID [[207790]], dues 1200 due."),
        DetectorCase(
            "an Italian union card and registered member", .memberNumber,
            "Tessera FIOM n° [[0031452]]; iscritta n. [[48 907]] dal 2019; la tessera sanitaria scade nel 2027."),
        DetectorCase(
            "a member number with its union's initials between its numbers", .memberNumber,
            "Fiche d'adhésion : n° d'adhérent [[12-UGT-55031]], section 4. Dossier 2024-ABC-11 sans étiquette."),
        DetectorCase("thousands and a check digit", .employeeNumber, "Minha matrícula é [[10.447-3]], setor C"),
        DetectorCase("a quantity after a label is no record", .medicalRecordNumber, "Patient 98.600 mg total"),
        DetectorCase("a capital glued to the number", .medicalRecordNumber, "GMS card no. [[2716453K]]"),
        DetectorCase(
            "mine is, after the label", .employeeNumber, "they keep asking staff no. but mine is [[SG-44871]] and"),
        DetectorCase(
            "yours is, in norwegian", .memberNumber, "skriv medlemsnummer til kurslista, mitt er [[4471802]]"),
        DetectorCase("mine is, with no label before", .employeeNumber, "the price of mine is 12500 pesos"),
        DetectorCase(
            "a chat's answer that is the number alone, after a question with the label; not a form's field",
            .employeeNumber,
            "[09:14] Mert: sicil no neydi?\n[09:15] Elif: [[34871]]\nTama: what's your employee no?\nGrace: hmm\n"
                + "Tama: [[4417]]\nEmployee ID: [[HHC-558201]]\nHome address: 3318 W. Fullerton Ave\n"
                + "Staff no: [[5521]]\nRoom: 3318"),
        DetectorCase(
            "a label at the end of a compound", .memberNumber, "IG-Metall-Mitgliedsnummer [[0081 2274 391]] für"),
        DetectorCase("capitals and a period before the number", .medicalRecordNumber, "52 yrs (UHID [[APB.0029184]])"),
        DetectorCase("croatian staff number", .employeeNumber, "broj zaposlenika [[2210-07]], molim"),
        DetectorCase("hungarian member number", .memberNumber, "tagsági szám: [[VD-22841]]"),
        DetectorCase("spanish staff number after a verb", .employeeNumber, "Mi número de empleado es [[0053921]]"),
        DetectorCase(
            "turkish registry number", .employeeNumber, "Adı Soyadı: Emre Yıldırım   Sicil No: [[08813]]"),
        DetectorCase(
            "turkish registry number after 'its number' and 'my number'", .employeeNumber,
            "sicil numarası [[08813]]; rapor aldım, sicil numaram [[30417]]. Sipariş numarası 448120."),
        DetectorCase("indonesian staff number", .employeeNumber, "No. Induk Karyawan: [[SB-0419283]]"),
        DetectorCase("polish staff number", .employeeNumber, "Nr ewidencyjny: [[PL-30917]]"),
        DetectorCase("portuguese staff number", .employeeNumber, "(n.º mecanográfico [[10442]])"),
        DetectorCase("swedish member number", .memberNumber, "medlem i facket, medlemsnummer [[3728104]]"),
        DetectorCase("polish union card", .memberNumber, "nr legitymacji [[0417/2219]]"),
        DetectorCase("vietnamese health insurance card", .memberNumber, "Số thẻ BHYT: [[GD4797924187342]]"),
        DetectorCase("a staff code after ID outside a clinical text", .employeeNumber,
            "Supervisor: Daw Khin Lwin, ID [[GL-06-0099]], Viber +95 9 420 111 222"),
        DetectorCase("a code after ID in a clinical text is no staff number", .employeeNumber,
            "Patient ID PX-22999 seen today with asthma"),
        DetectorCase("a code after ID in a clinical text is the patient's record", .medicalRecordNumber,
            "Patient ID [[PX-22999]] seen today with asthma"),
        DetectorCase("finnish identity code with its check letter", .medicalRecordNumber,
            "vuode 2: Aino Virtanen, hetu [[120347-318N]], keuhkokuume, diabetes"),
        DetectorCase("italian tax code without a label", .medicalRecordNumber,
            "Paziente Giulia Bianchetti  C.F. [[BNCGLI74H52H501K]]  diabete tipo 2, ipertensione"),
        DetectorCase("italian tax code outside a clinical text", .medicalRecordNumber, "C.F. BNCGLI74H52H501K"),
        DetectorCase("estonian identity code", .medicalRecordNumber,
            "patsiendile Kadri Tamm (isikukood [[48811070238]]), diagnoos astma, diabetes"),
        DetectorCase("czech birth number", .medicalRecordNumber, "RČ: [[725921/0418]]   Dg.: diabetes"),
        DetectorCase("malay staff number", .employeeNumber, "No. Pekerja: [[E048817]]"),
        DetectorCase(
            "short clinical labels in capitals", .medicalRecordNumber,
            "I: Gregory Tan, 72M, UR [[0815562]]. HC [[3381-CH]], PhilHealth PIN [[19-050443218-6]]; NOF fracture"),
        DetectorCase(
            "but not Malaysia's ringgit", .medicalRecordNumber,
            "Ny. Sri Wahyuningsih paid RM 00124783, dengan diabetes melitus tipe 2"),
        DetectorCase(
            "a patient in Italian, a Medicare MBI split after its digits", .medicalRecordNumber,
            "Cod. paziente [[TO-2291834]]; Medicare MBI [[5EG4-TE7-MK29]]; dx: diabetes"),
        DetectorCase(
            "cards of Ukraine, Côte d'Ivoire and Kenya", .medicalRecordNumber,
            "ЕМК № [[ХРК-0641-2215]], n° CMU [[CI-0241-8830-17]], SHA no. [[CR7710428836-5]], asthma"),
        DetectorCase(
            "personal numbers in a clinical text", .medicalRecordNumber,
            "Personal No.: [[01008034567]]; CC [[1.020.784.331]]; Sal 4: Birgitta, [[19410627-3382]], "
                + "förmaksflimmer, astma"),
        DetectorCase(
            "a staff label before a phone's groups", .employeeNumber, "Payroll (0911 43 86 20) or Payroll [[4471]]"),
        DetectorCase("malay union member number", .memberNumber, "No. ahli kesatuan: [[KS-77210]]"),
        DetectorCase(
            "members in Catalan, Italian and Malay", .memberNumber,
            "Núm. d'afiliat: [[004512]] (CCOO); Tessera sindacale n. [[45127]]; Nombor keahlian: [[45128]]"),
        DetectorCase("latvian staff number", .employeeNumber, "Aizvietos: Jānis Ozols (darb. nr. [[LV-30415]])."),
        DetectorCase("spanish routing number", .usRoutingNumber, "Número de ruta: [[325170628]]"),
        DetectorCase("spanish checking account", .usBankAccount, "Cuenta de cheques: [[004417852296]]"),
        DetectorCase(
            "a current account, a NIB, an account after a bank's word, the Afrikaans, Russian and Tajik accounts",
            .usBankAccount,
            "Cuenta corriente [[04-0123456-78]]\nNIB: [[0040 0000 12345678101 23]]\nAkaun bank: [[562106123456]]\n"
                + "Rekeningnommer: [[62012345678]] (FNB)\nРасчётный счёт: [[40702810900000012345]]\n"
                + "Суратҳисоб: [[20202972300012345678]]\nСчёт № 45 от 12.03.2025"),
        DetectorCase(
            "a bank statement's account whole, the account shortened to A/C, the bank's adjective after the account",
            .usBankAccount,
            "RIB : [[10 006 0351234567891 23]]\nNuméro de compte : [[10005 00001 12345678901 23]]\nA/C No: "
                + "[[1234567890]]; my a/c [[123456789012]] at HDFC\nCompte bancaire n° [[01234567890]] clé 45\n"
                + "the A/C unit 12345678 broke; Carte bancaire 4716 2290 5518 3342"),
        DetectorCase(
            "accounts of other countries in groups, after their labels", .usBankAccount,
            "Kontonummer [[1234.56.78903]]; Reikningur [[0111-26-123456]]; konto [[1234 0001234567]]; RIB [[10005-"
                + "00001-12345678901-23]]; konto 12 maja, compte rendu 2024. Số tài khoản [[0071000123456]] "
                + "Vietcombank; Rekening [[1234567890]]; No. akaun: [[1234 5678 9012]]; điều khoản 12."),
        DetectorCase(
            "a bank's initials between the label and the account, groups after a first of four digits", .usBankAccount,
            "Rekening BCA [[123-456-7890]] a.n. Dewi; Account BDO [[0012-3456-7890]]; "
                + "rekening BCA no. [[5230 1187 42]]; cuenta BBVA [[0182 5566 01 0201234567]]."),
        DetectorCase("the Indonesian 'Rek' and the Vietnamese 'STK' before an account", .usBankAccount,
            "Rek BCA [[8410372956]] a.n. Rina; Vietcombank STK [[0011004827193]] – chủ TK"),
        DetectorCase("a Polish client's number, though 'numer' is a phone's word", .memberNumber,
            "Numer klienta: [[60218473]]"),
        DetectorCase("an aside with a number between a label and its colon", .usRoutingNumber,
            "Routing number (9 digits): [[322071788]]"),
        DetectorCase(
            "accounts in Italian, Czech with its bank's code, Hungarian, Swahili, Thai, Arabic and Hebrew; CLABE, CBU",
            .usBankAccount,
            "Conto corrente n. [[000012345678]]; Číslo účtu: [[19-2000145399/0800]]; "
                + "Számlaszám: [[11773016-11111018-00000000]]; Akaunti namba: [[0123456789012]]; "
                + "เลขที่บัญชี [[123-4-56789-0]]; CLABE: [[002180700912345678]]; CBU: [[0170099220000067797370]]\n"
                + "رقم الحساب: [[0123456789]]\nמספר חשבון: [[12-345-678901]]"),
        DetectorCase(
            "a bank's name between the label and the account", .usBankAccount,
            "Account: Meezan Bank [[0101-0102345678]]; Account Bank Alfalah [[1234-5678901234]]; "
                + "Contact Bank Manager 0300-1234567"),
        DetectorCase("tagalog my after a label", .employeeNumber, "di ko ma-open sa portal. emp no ko [[10-4471]]"),
        DetectorCase(
            "mexico's payroll number, not the payroll's year", .employeeNumber,
            "Trabajadora: Ana López, No. de nómina [[004512]]; la nómina 2025 se paga el viernes"),
        DetectorCase("vietnamese staff code", .employeeNumber, "Mã nhân viên: [[NV-02718]]; tổ SMT line 2"),
        DetectorCase(
            "vietnamese staff code after mã NV, but Nevada's postcode", .employeeNumber,
            "Trần Văn Hùng, mã NV [[004512]], phòng kế toán; 1200 Main St, Las Vegas, NV 89101"),
        DetectorCase("vietnamese union card", .memberNumber, "số thẻ đoàn viên công đoàn: [[CĐ-0194352]]."),
        DetectorCase("czech membership card", .memberNumber, "doloží členský průkaz č. [[KV-118402]]."),
        DetectorCase("croatian union card", .memberNumber, "Članica Sindikata, br. iskaznice [[SP-0092281]]"),
        DetectorCase("japanese staff number", .employeeNumber, "Fujimoto Kenta (shain bangō [[TS-208841]]), mendan"),
        DetectorCase(
            "a member number with a thousands point", .memberNumber,
            "gracias!! afiliado [[112.845]], ya le escribo"),
        DetectorCase("kenyan HIV clinic number", .medicalRecordNumber,
            "Client: Wanjiru Kamau   CCC No: [[13939-04512]]   on TLD, viral load suppressed, HIV"),
        DetectorCase(
            "a national number where two illnesses are named with a patient's word", .medicalRecordNumber,
            "Patient: Jan Nowak, PESEL [[85031204579]], grypa, astma\nHi HR, off sick with flu and a migraine."),
        DetectorCase(
            "swedish pnr", .medicalRecordNumber, "Pat. Linnéa Håkansson, pnr [[19870412-2384]], astma, diabetes"),
        DetectorCase("irish PPSN", .medicalRecordNumber, "MRN [[00874412]], PPSN [[7654321TA]] on file."),
        DetectorCase("Pag-IBIG MID", .memberNumber, "Pag-IBIG MID: [[1211-4456-7790]]"),
        DetectorCase("swahili member number", .memberNumber, "(namba ya mwanachama [[CWH/DSM/04512]]) haijalipwa"),
        DetectorCase(
            "japan's insurance card in latin letters, an antenatal card, russian and serbian cards",
            .medicalRecordNumber,
            "hokensho kigo-bango [[06139214-3871]]; ANC No. [[KWH/ANC/0612/25]]; МЕДИЦИНСКОЙ КАРТЫ № [[4471/25]]; "
                + "бр. здр. књижице [[0047 1182 55]]; Loxonin 60 mg, asthma; Karlovo nám. 18/44, 674 01 Třebíč"),
        DetectorCase(
            "sri lanka's national numbers, old and new, in a patient's record", .medicalRecordNumber,
            "Patient: NIC [[198113402761]], NIC [[836542187V]]; diabetes, asthma"),
        DetectorCase(
            "customers', clubs' and members' numbers of many languages", .memberNumber,
            "Customer no. [[C-10447]]; Kundenr.: [[NM-220914]]; club no. [[RSK-0912]]; félagsnúmer [[UMFM-0771]]; "
                + "členské číslo [[ZO-04127]]; 회원번호 [[GS-2024-01873]]; N° carte syndicale : [[UGTA/BL/25-0882]]"),
        DetectorCase(
            "a union's initials between a member's label and the number", .memberNumber,
            "Nº afiliada CCOO: [[50-0219347]], ficha sindical CTM [[S-0419]], Union membership (FTZ&GSEU) No: "
                + "[[FTZ/4471/19]]"),
        DetectorCase(
            "a transcript's customer, and a club's season, are no labels", .memberNumber,
            "Customer: 0932 607 4418 but call my husband\nBowling Club – 2025/26 membership renewal"),
        DetectorCase("a call centre agent", .employeeNumber, "led by Renee Castillo, agent ID [[FC2291]]."),
        DetectorCase("a patient's ID in a clinical text", .medicalRecordNumber,
            "Patient: Thabo Mokoena, ID [[8503125800081]], Discovery medical aid; hypertension"),
        DetectorCase("an ID beside one illness and no patient's word is no record", .medicalRecordNumber,
            "New member: Grace Wanjiku, ID 31450987, joins the savings group. Her father is at home after a stroke."),
        DetectorCase("an ID beside one illness and a record's own label is one", .medicalRecordNumber,
            "Vahitna: Oksana Hnatyshyn, ID [[29451877]], karta No. [[LV-ZK-11873]]; hestatsiinyi diabet"),
        DetectorCase("a specimen's ID is no record", .medicalRecordNumber, "Specimen ID 0048817326, glucose, HbA1c"),
        DetectorCase("an ID outside a clinical text", .medicalRecordNumber, "Thabo Mokoena, ID 8503125800081, shift B"),
        DetectorCase("kazakh IIN and a card after №", .medicalRecordNumber,
            "JSN: [[870314450218]], karta № [[SMQ-TB-2023-0417]], tuberculosis"),
        DetectorCase("spanish membership number", .memberNumber, "Tu número de afiliación es [[28/004517]]."),
        DetectorCase("indonesian old member number", .memberNumber, "No. anggota lama: [[KSP-0093127]]"),
        DetectorCase("an identity number with a check digit after ID in a form's fields", .medicalRecordNumber,
            "Patient: Johanna Pretorius   ID [[6203150118085]]   DOB 15 March 1962, type 2 diabetes."),
        DetectorCase("a worker's ID by their role", .employeeNumber,
            "moi rider ID [[ALA-77312]]; driver ID [[BRC-0419]]; nr ewid. [[F-2231]]"),
        DetectorCase("a roster's numbers of the labelled one's shape", .employeeNumber,
            "Supervisor: Lwin, staff ID [[GL-06-0031]]\nCutting: Win ([[GL-06-0114]]), Min ([[GL-06-0129]]), order KX-06-0001"),
        DetectorCase("an Italian abbreviated label and plain numbers of the same start", .employeeNumber,
            "Ruggiero (matr. [[0417]]) pranzo, Osei (matr. [[0422]]) cena; Bianchi ([[0431]]), tavolo 0388, 04170"),
        DetectorCase("letters and three digits after a staff label, and the roster after", .employeeNumber,
            "Mon: Lee Ha-na (staff no. [[CF-014]]), Park Joon ([[CF-031]])"),
        DetectorCase(
            "a label in brackets", .medicalRecordNumber,
            "Card (CNIC): [[35201-5528143-7]]. Dx: diabetic, on metformin"),
        DetectorCase("a health insurance's number", .medicalRecordNumber, "Health insurance no. [[3-2290417755]]"),
        DetectorCase("a colaborador's number", .employeeNumber, "sou o n.º de colaborador [[PT-05512]], do armazém"),
        DetectorCase("the employee's number in hindi, swahili and malay", .employeeNumber,
            "मैं सुनीता शर्मा, कर्मचारी संख्या [[44812]]। Mimi ni Neema, namba ya mfanyakazi [[7731]]. Nama saya Siti, "
                + "no. pekerja [[20331]]; bilik 2031."),
        DetectorCase("a patient's processo", .medicalRecordNumber,
            "Doente com tuberculose pulmonar, processo n.º [[CSV-2025/0413]]"),
        DetectorCase("a patient's processo with no sign before its number", .medicalRecordNumber,
            "Paciente: José Carlos Almeida, processo [[55120943]]. Diagnóstico: AVC isquémico."),
        DetectorCase("a Czech birth number after r. č. in a clinical text", .medicalRecordNumber,
            "Propouštíme pacienta s diabetes mellitus, r. č. [[610312/1187]], bytem Brno"),
        DetectorCase(
            "national numbers in a patient's record are its record numbers, one opening with a birth date",
            .medicalRecordNumber,
            "rijksregisternr. [[85.07.30-033.28]], n° AVS [[756.4821.9037.19]], ИИН [[690711300483]], "
                + "JSHSHIR [[40705790260129]]; Datum 12.03.2024 - 14 Uhr; Diagnose: Asthma, arterielle Hypertonie"),
        DetectorCase("a staff number and a member's card in Ukrainian", .employeeNumber,
            "табельний № [[08-3317]]; Членський квиток № 041187"),
        DetectorCase("Greece's AMKA in Greek letters", .medicalRecordNumber, "53 ετών, ΑΜΚΑ [[17037204512]], Πνευμονία"),
        DetectorCase(
            "a greek register number, a russian insurance policy, a romanian observation sheet", .medicalRecordNumber,
            "Αρ. Μητρώου [[2025/3345]]; полис ОМС [[7755 4410 2233 8899]]; FO nr. [[18842/2025]]"),
        DetectorCase(
            "France's NIR in its seven groups, Australia's Medicare with the holder's digit", .medicalRecordNumber,
            "NIR [[2 52 09 33 063 112 45]]. Medicare [[2950 12345 1]]; UR [[1-234-567]]"),
        DetectorCase(
            "record numbers after their labels in Chinese, Japanese and Korean", .medicalRecordNumber,
            "门诊号：[[MZ20250611]]，诊断：哮喘。住院號：[[0048817]]。カルテ番号：[[K-10472]]　診断：胃炎。환자번호 [[2025-0731]], "
                + "진단: 천식. 등록번호 [[55201877]] 진단명: 고혈압."),
        DetectorCase(
            "Korea's registration number outside a clinical text", .medicalRecordNumber,
            "회원 등록번호: 20241187, 다음 주 모임에서 뵙겠습니다."),
        DetectorCase(
            "record numbers after Vietnamese and Polish labels of two words", .medicalRecordNumber,
            "Mã y tế: [[KH-2024-118830]]; mã bệnh nhân [[BN0042177]]; số bệnh án [[25.004.118]]; "
                + "Số hồ sơ: [[HS-88127]]. Chẩn đoán: sốt xuất huyết.\nSkierowanie: nr historii choroby [[8841/2025]], nr księgi głównej "
                + "[[3317/25]]. Rozpoznanie: astma oskrzelowa."),
        DetectorCase(
            "a Vietnamese file number outside a clinical text", .medicalRecordNumber,
            "Số hồ sơ xin visa: 2025-44817, nộp vào tuần sau."),
        DetectorCase(
            "Vietnamese health costs and a count of patients, with no code word before them, are no record numbers",
            .medicalRecordNumber,
            "Chi phí y tế 1.250.000 đồng đã thanh toán. Tổng số bệnh nhân 1250 trong tháng. Chẩn đoán: viêm phổi."),
        DetectorCase("a union's book and a Spanish card", .memberNumber,
            "ILWU Local 142 book # [[142-08817]]; carné [[SNTT-22019]]; legitymacja nr [[KZ/0418/2009]]"),
    ]

    @Test("finds exactly the marked spans", arguments: cases)
    func findsMarkedSpans(_ testCase: DetectorCase) {
        testCase.expectMarkedFound()
    }
}
