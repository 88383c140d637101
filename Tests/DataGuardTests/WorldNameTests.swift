import DataGuard
import Testing

@Suite("Names of other countries, and the places and firms that are not names")
struct WorldNameTests {
    static let cases: [DetectorCase] = [
        DetectorCase(
            "the short forms people go by, in lower case after a chat's cue too, and Hawaiian given names", .person,
            "hey [[montse]] can you cover friday? [[Kasia]] i [[Tomek]] przyjdą o 10. [[Саша]] сказал, что опоздает.\n"
                + "Kedves [[Zsófi]]!\nthanks [[kainoa]]!\n[[Kainoa Makoa]] called about his claim. [[Honza]] má "
                + "dovolenou do pátku."),
        DetectorCase(
            "the patient of Nordic and Estonian forms, and a given name after it that is a relative or a greeting "
                + "elsewhere", .person,
            "Patsient: [[Mari Tamm]], tel 5123\nPasient: [[Ola Nordmann]], f. 01.05.1980\nSjúklingur: [[Jón "
                + "Sigurðsson]]"),
        DetectorCase("a lower-case given name mentioned in a chat, not a handle or an address", .person,
            "@[[priyanka]] pls send the roster to hr@acme.co.za; cc @[[tomás]], @priyanka_m, @team, @acme.com"),
        DetectorCase(
            "South Asian given names the lists lack, a child of another's name in Malaysia and India, a firm's Pvt",
            .person,
            "Ask [[Priyanka Lakshmanan]] or [[Senthil]]. Ms [[Kavitha a/p Subramaniam]], [[Ravi s/o Muthu]] came. "
                + "Kaveri Softech Pvt Ltd replied."),
        DetectorCase("the French Monsieur before a full name is no initial of it", .person,
            "Le patient M. [[Koffi Kouassi]], né le 12/04/1968. M. [[Jean Dupont]] a appelé. [[Jean M. Dupont]] "
                + "aussi."),
        DetectorCase(
            "a state named after its town is no one", .person, "[[Chidi Okafor]] from Lagos State and Ogun State"),
        DetectorCase(
            "a German article or possessive opening a sentence before a noun is no name, nor is it a name's part",
            .person,
            "Der Zug hat wieder Verspätung. Das Wetter ist schön. Meine Tante wohnt in Köln. Der Bus fährt nicht.\n"
                + "Meine Kollegin [[Anna Schmidt]] hat angerufen. Eine Frau namens [[Petra Lang]] rief an.\n"
                + "Please ask [[Una Kelly]]. [[Uma Thurman]] called."),
        DetectorCase(
            "the author of a sign, test or scale as Romance languages name them is no one; a person's test is theirs",
            .person,
            "Signo de Murphy positivo. Escala de Braden 14. Se realiza maniobra de Epley. Une IRM lombaire.\n"
                + "La prueba de [[María Gómez]] fue ayer. El test de [[Ana]] salió bien.\n"
                + "Dra. [[Escala de la Fuente]]."),
        DetectorCase(
            "a town after 'lives in' of the Nordic and other languages is no one, a town that is a surname too",
            .person,
            "Tanta mia bor i Bergen. Meine Tante wohnt in Essen. [[Rosa Lima]] lives with [[Maria Lopez]]."),
        DetectorCase("a place after the Swahili 'lives (in)' is no one", .person,
            "Mgonjwa: Bi. [[Amina Juma]], anaishi Sinza Mori, Dar es Salaam."),
        DetectorCase("given names and surnames of West and Central Africa", .person,
            "Salut [[Fatou]], [[Ousmane]] arrive demain. Monsieur [[Kouassi Kouadio]] a appelé. Mme [[Akissi "
                + "N'Guessan]], tél 07 08 12 34 56. Ask [[Oluwaseun Adeyemi]] to call [[Chiamaka]]. [[Seydou "
                + "Ouédraogo]] et [[Aminata Sawadogo]] sont là."),
        DetectorCase(
            "a surname first after a patient's or a name's label in Cyrillic letters, the given name in no list",
            .person,
            "Пациент: [[Иванов Рустам]]\nПІБ: [[Коваленко Олена]]\nНауқас: [[Сейткали Айгерим]]\n"
                + "Өвчтөн: [[Батбаяр Нарантуяа]]\nИме: [[Марко Петровић]]"),
        DetectorCase(
            "a Zulu weekday after its prefix, thanks very much, a Swahili teacher's title, a Portuguese month with its "
                + "cedilla, a Kyrgyz elder brother, Amman's quarter", .person,
            "Stokvel ngoSonto e-Soweto. Siyabonga kakhulu. Mama [[Dlamini]] uthe akekho.\n"
                + "Habari Mwalimu [[Juma]]! Referente ao mês de Março.\nЭртең саат 10до. [[Азамат]] байке да келет.\n"
                + "Marhaba [[Abu Khaled]], the rent for the Jabal Amman flat is due."),
        DetectorCase(
            "titles of Zulu elders, Malay teachers and sisters, French notaries; a French greeting, jobs' titles, a "
                + "water utility, a sentence's first word before a name with its form of address", .person,
            "[09:17] Gogo [[Khumalo]]: eish, send again\n[09:20] [[Nomsa]]: ok\n[09:21] Gogo [[Khumalo]]: thanks\n"
                + "Salam Kak [[Siti]], Cikgu [[Rahman]] minta hadir. Chère Madame [[Rakotomalala]], Maître "
                + "[[Andrianaivo]] vous attend.\nAtte. Ing. [[Marvin Alvarado]], Gerente de Operaciones, Distribuidora "
                + "La Ceiba\nBorehole to be repaired by Lusaka Water. Кечээ [[Айгүл]] эже менен сүйлөштүм."),
        DetectorCase(
            "a Serbian manager's title, a signer after Samoan thanks; a Greek weekday before a date, a heading's note",
            .person,
            "[12.04. 18:30] [[Jelena]]: Upravnik [[Zoran]], 064 123 4567\nFa'afetai,\n[[Mele]]\n"
                + "Θα απουσιάσω έως την Παρασκευή 18/4 λόγω γρίπης.\nNota de Evolução\nDoente: [[Ana Lopes]]"),
        DetectorCase(
            "a form of address of Kyrgyz and Kazakh in its cases after a name; a lower-case name before a reporting "
                + "verb of Czech, Polish or Russian", .person,
            "[[Бакыт]] агайга рахмат. Эртең [[Айгүл]] эжеге барам. [[Марат]] ағайға сәлем айт.\n"
                + "[[honza]] říkal, že přijde. [[kasia]] pisała wczoraj. [[дима]] сказал что придёт. ok, sagt er"),
        DetectorCase(
            "a Luxembourgish greeting, a Malay elder brother's title, a signature after thanks in Spanish, tomorrow "
                + "opening a sentence", .person,
            "Moien [[Jang]], merci, [[Claudine]]\nAbg [[Faiz]] outstation. tq\n"
                + "Mañana no va porque tiene fiebre. Gracias,\n[[Yaneth]]"),
        DetectorCase(
            "an unlisted first name after a patient's label, a surname's particles in capitals with the surname",
            .person,
            "Paciente: [[Yusimí Hernández Pérez]], 45 años\nPatient: [[Hawre Abdullah Karim]] (M, 52)\n"
                + "Nombre del paciente: [[ROSARIO ALMONTE DE LA CRUZ]], cédula\nEMPLOYEE: [[KEITH LE]]\n"
                + "Звонила [[Олегу Петровичу]]"),
        DetectorCase(
            "public bodies and courts are no people", .person,
            "Expediente del Juzgado de Familia; Lusaka City Council; Prefeitura de Maputo; [[Karla Mejía]]"),
        DetectorCase("a date's label that is a given name too heads its field at a line's start", .person,
            "Referat\nDato: 14. april 2025\nSted: Aarhus\nReferent: [[Mette Holm]]\nNæste møde\nDato: 12/05/2025"),
        DetectorCase("a greeting of two words, the second a greeting too, greets no one", .person,
            "Bula Vinaka, I'm [[Josefa Ratu]] from Nadi. Bula [[Josefa]]!"),
        DetectorCase(
            "swahili titles and south asian honorifics around a name, a feast's greeting and an interjection", .person,
            "Asanteni, Mwenyekiti [[Baraka]]\nRegards, [[Kamran]] Bhai\nEid Mubarak everyone!\n"
                + "Che, el viernes hay paro."),
        DetectorCase(
            "muhammad shortened opens the name, Austria's magister is a title, a dotted label after a gap no initial",
            .person,
            "Name: [[Md. Rafiqul Islam]], [[Mohd. Faizal bin Ahmad]]; Mag. [[Katharina Huber]]\n"
                + "Nombre: [[Andrés Felipe Gómez]]   C.C. 1.020.456.789 de Bogotá"),
        DetectorCase(
            "thai names after a name's label or a glued title, not the words such titles open", .person,
            "ชื่อ: นางสาว[[มาลี ศรีสุข]]   โทร 089-123-4567\nผู้ป่วย คุณ[[สมชาย ใจดี]] อายุ 54 ปี\n"
                + "นาย[[สมศักดิ์ รักไทย]] โทร 081-234-5678\nชื่อ-นามสกุล: นาง[[สมพร แก้วมณี]]\n"
                + "นายจ้างต้องจ่าย ค่าจ้างตามกฎหมาย; ผู้ป่วยมีไข้ 3 วัน"),
        DetectorCase(
            "a Turkish name without the case ending after its apostrophe, and an acronym with one is no name", .person,
            "Toplantıda [[Ayşe Demir]]'e bilgi verildi; [[Mehmet Kaya]]'nın raporu ve [[Elif Şahin]]'den gelen "
                + "dilekçe SGK'ya, ödeme IBAN'a."),
        DetectorCase(
            "cyrillic and greek initials, and a patronymic in the accusative", .person,
            "Директор ________ [[В. М. Шевчук]]\nпокласти на [[Гнатюк Тетяну Іванівну]] (таб. № 0512). "
                + "Υπογραφή: [[Μ. Αλεξίου]]"),
        DetectorCase(
            "a name before its job's title, and after a CV's heading", .person,
            "Please call or SMS us.\n[[Boitumelo Kgosietsile]], Accounts Officer\nAccounts Payable, Finance Officer\n"
                + "CURRICULUM VITAE\n[[Lerato Refilwe Mokoena]]\n17 Jacaranda Street, Sunnyside"),
        DetectorCase(
            "names after an elder's, a director's and a consultant's title and the Portuguese seu", .person,
            "Directeur [[Koen Vanhaecke]] – mail. Bel je consulent [[Sander Hofstede]], 050 318 44 72. "
                + "WhatsApp Mzee [[Juma Salum Kisanga]] – 0713 442 860. Procure o porteiro, seu [[Valdir]], que ele"),
        DetectorCase(
            "greetings, labels, resorts, trades and saints' towns are no names", .person,
            "Dumela Rra, our records show arrears. Coral Sun Resort, Denarau. INVOICE — Dale's Plumbing & Drain. "
                + "Purok 3, Brgy. Tagbac, Sta. Barbara, Iloilo 5002"),
        DetectorCase(
            "vietnamese words that fold to names are none, the names they fold to still are", .person,
            "Chào anh [[Tuấn]],\nPhòng 25 m², có gác lửng. Giá 4,2 triệu/tháng. Liên hệ chị [[Trần Ngọc Hân]]. "
                + "Trân trọng."),
        DetectorCase(
            "clinics, a pharmacy, a plant, care and service desks and a tower are no names", .person,
            "Derivado al Sanatorio del Cerro. Centre Hospitalier National de Fann. Sakura Yakkyoku Shinjuku-ten. "
                + "Bệnh viện Đa khoa tỉnh. Balkan Gas Processing Plant. CedarNet Customer Care, Ridge Car Service, "
                + "Kazi Tower."),
        DetectorCase(
            "a company after its legal form in capitals, and a therapist's title before a name", .person,
            "Divisi Teknologi Informasi, PT Sinar Abadi. Công ty TNHH Hòa Phát gửi anh hợp đồng. "
                + "Seen by PT [[Maria Lopez]] today."),
        DetectorCase(
            "a greek title in lower case; a turkish letter's to whom it may concern; a swahili church", .person,
            "Αγαπητή κυρία [[Παπαδοπούλου]], σας ενημερώνουμε.\nSayın Yetkili,\nukumbi wa Kanisa la Mtakatifu Petro, "
                + "Moshi."),
        DetectorCase("finnish name", .person, "New rota: [[Aino Virtanen]] starts Monday."),
        DetectorCase(
            "no person in a condition named after one the Romance way", .person,
            "Sigue con tendinitis de De Quervain en la muñeca y enfermedad de Kienböck desde 2021; malattia di Still. "
                + "Ayer habló con el hermano de [[Juan Pérez]]."),
        DetectorCase(
            "a letter hyphened to a word is no name, even after a relative", .person,
            "Leave requested for his wife's C-section next week, then an X-ray."),
        DetectorCase(
            "a hospital or a school named after a person, after a preposition of place, is no name", .person,
            "She was seen at Charlotte Maxeke hospital on Monday; her son goes to Nelson Mandela school. Fax [[Jane "
                + "Doe]] hospital records to the union office."),
        DetectorCase(
            "a vietnamese hospital's department is no name, the given name Khoa is", .person,
            "Nơi điều trị: Khoa Nội, Bệnh viện Chợ Rẫy; chuyển sang Khoa Tim mạch ngày 3/4. "
                + "Bác sĩ [[Lê Đăng Khoa]] trực đêm."),
        DetectorCase(
            "vietnamese weekdays named by their numbers are no names, the same words after a title are", .person,
            "Hẹn khám lại vào thứ Hai, hoặc Thứ Sáu nếu bận; Anh [[Hai]] sẽ đến vào thứ Bảy cùng chị "
                + "[[Nguyễn Thị Năm]]."),
        DetectorCase(
            "no person in a condition named after one", .person,
            "Ortho list: Osgood Schlatter disease in a boy of 13, Gardner syndrome in the family, a Cameron lesion on "
                + "endoscopy. [[Peter Grover]] phoned about his Ramsay Hunt syndrome; [[Mary Jones]] disease "
                + "management lead; Dr. [[Gardner]] reviews on Friday."),
        DetectorCase("name after a german title", .person, "Sehr geehrter Herr [[Jürgen Brandtner]],"),
        DetectorCase("names after the dutch and scandinavian titles, not the titles", .person,
            "Meneer [[Pieter de Vries]] woont hier. Fru [[Ingrid Johansson]], Storgatan 5. Frk. [[Hansen]] kommer."),
        DetectorCase("name after a danish greeting", .person, "Kære [[Mette Kjærgaard]]\nVi har registreret"),
        DetectorCase("turkish name with dotless i", .person, "GP letter re [[Fatma Aydın]]: she reports pain."),
        DetectorCase("lower-case name in a chat", .person, "can u ask [[mehmet öztürk]] to ring me back?"),
        DetectorCase("lower-case name after fyi", .person, "fyi [[dorota]] moved to Warsaw"),
        DetectorCase("country", .person, "the new manager from Germany shouted at them"),
        DetectorCase("town of two words", .person, "Cheers from São Paulo, everyone."),
        DetectorCase("firm with a foreign word", .person, "Deutsche Bahn and Hellenic Rail send reps."),
        DetectorCase("foreign pronoun at a sentence start", .person, "Bitte rufen Sie an. Sie haben Zeit."),
        DetectorCase("polish capitals of latin extended-a", .person, "Kontakt: [[Łukasz Żak]], tel. 601 234 567"),
        DetectorCase("vietnamese letters inside a name", .person, "Kính gửi Mr [[Nguyễn Văn Phúc]],"),
        DetectorCase("a Vietnamese given name after Văn or Thị that opens English sentences", .person,
            "Patient: [[Nguyễn Văn An]], 45 tuổi. Bệnh nhân [[Trần Thị An]] đến khám."),
        DetectorCase("a Vietnamese given name after Van or Thi without their marks, but not after a Dutch name",
            .person, "Contact: [[Nguyen Van An]] (0912 345 678). [[Pieter]] van An called."),
        DetectorCase("a signature in lower case after a closing of any language, on its line too", .person,
            "ok see you then.\nSaludos, [[juan]]\nPozdrawiam,\n[[marek]]\nThanks,\n[[dorota]]"),
        DetectorCase("a signature in lower case after a closing in lower case, with an initial or not", .person,
            "on behalf of the exec board, sincerely, [[l. fontaine]]\nregards,\n[[dana]]\nbest, the team\nthanks, a. "
                + "lot of people came"),
        DetectorCase("Slavic verbs that open a sentence are no name, nor a scale's author before the score", .person,
            "Powiedz Tomkowi, że spotkanie jest jutro. Zavolej Petrovi. Braden 18, Norton: 12. [[Braden Smith]] "
                + "called."),
        DetectorCase("a role's word before of and the body it leads, a town after an institution's of", .person,
            "Stage 2 Hearing with Head of Service; the Dean of Students agreed. Mr [[King]] of Finance called. "
                + "Delegada: [[Carmen Ruiz]]. Juzgado de lo Social nº 3 de Valencia."),
        DetectorCase("festivals, phone makers and landmarks are no one; clergy's titles before a name", .person,
            "Ramadan Mubarak! Diwali Mela on Saturday at Alexandra Palace; Petronas Towers lit up. Bought a Samsung "
                + "Galaxy and a Huawei Mate. Pfarrer [[Weber]] lädt ein; Imam [[Yusuf]] spoke. [[Justin Day]] "
                + "called."),
        DetectorCase("a French letter's dear, a polite your, offices and community houses are no one", .person,
            "Cher Monsieur [[Dubois]], votre dossier. Gentile Sig. [[Rossi]], la Sua Richiesta di Ferie è stata "
                + "approvata. Distinti saluti, Ufficio Personale, [[Giulia Bianchi]]. Möte i Folkets Hus."),
        DetectorCase("a name in no list after a request's ask, tell, remind or ring", .person,
            "Ask [[Aibek]] to bring the forms. Tell [[Nkechi]] the shift moved. Remind [[Tendai]] tomorrow. Ask "
                + "Questions later; Ring Road."),
        DetectorCase("a lower-case name after telling or asking in other languages, and the a or article it takes",
            .person,
            "fala com o [[joão]] sobre a escala; dis à [[fatou]] de m'appeler; sag [[jonas]] bitte bescheid; zeg "
                + "tegen [[sanne]] dat het doorgaat; spør [[ingrid]] om vakta; fråga [[erik]] om schemat; mwambie "
                + "[[juma]] aje kesho; sabihin mo kay [[jose]]; tanya bu [[ratna]] soal gaji. sag bitte; com o tempo"),
        DetectorCase("a Spanish or Portuguese weekday after its article is no one", .person,
            "Junta de Vecinos el Domingo; reunião no Sábado. Llamó [[Rosa Huamán]]."),
        DetectorCase("a country before the word of its identity number, and German Herrn", .person,
            "Customer [[Ahmed Al-Farsi]], Oman ID 12345678. Erzählen Sie Herrn [[Müller]] davon."),
        DetectorCase("a lower-case letter of latin extended-a is no capital", .person, "zapisane przez żonę"),
        DetectorCase("a doctor's title in lower case", .person, "kan ik een afspraak bij dokter [[Bakker]] krijgen"),
        DetectorCase("a vietnamese form of address", .person, "Kính gửi anh [[Trần Minh Tuấn]],"),
        DetectorCase("a lower-case title before a product", .person, "open the ms Word file from Microsoft"),
        DetectorCase("a form's surname label", .person, "Nazwisko: [[Kowalska]]"),
        DetectorCase("a town with its state, and a state", .person, "Endocrine Associates · Katy, Texas"),
        DetectorCase("a town with its province in brackets", .person, "app. 2, Alma (Québec) G8B 4K6"),
        DetectorCase("a town with its state's code", .person, "Riverside Methodist Hospital, Columbus OH: Discharge"),
        DetectorCase("a firm named after its kind", .person, "Laboratório Joaquim Chaves, Relatório de análises"),
        DetectorCase("a state that is a given name", .person, "Yesterday [[Georgia]] called about her shift."),
        DetectorCase("a lower-case name after is", .person, "the landlord is [[callum reid]], his number"),
        DetectorCase("a lower-case name after a title", .person, "shift handover, rn [[tasha greene]] to 4W"),
        DetectorCase("an english word after is", .person, "the cost is minimal and it is done"),
        DetectorCase(
            "a function word of another language opening a sentence", .person,
            "Elle présente une toux. Til udlejer [[Henrik Mølgaard]]. Yang bertanda tangan di bawah ini"),
        DetectorCase("the same word as a name set apart", .person, "[[Gia]], can you call me?"),
        DetectorCase("a double-barrelled surname", .person, "Ma fille [[Léa Bouchard-Roy]] sera absente lundi"),
        DetectorCase("a double-barrelled firm alone", .person, "The member works as a line cook at Johnson-Lee now."),
        DetectorCase("a double-barrelled place", .person, "Ferme à Lac-Saint-Jean, près de Sint-Jan Brugge"),
        DetectorCase("a name and an English word joined", .person, "Na-discharge na si lola kahapon"),
        DetectorCase("a town that is a surname, before a postcode", .person, "at 58B Green Lanes, London N16 9BS"),
        DetectorCase(
            "the town of an address after its street, and a country that is a given name after a preposition",
            .person,
            "Dr [[Sharon Williams-Reid]], 12 Barbican Road, Kingston 6\nIn India they will stay with us; he flies "
                + "to India on Friday.\nElle fera le covoiturage depuis la France : merci [[India]] !"),
        DetectorCase("a name after a relative's word, and a relative's word that is a surname or a priest's title",
            .person,
            "Can someone check on Auntie [[Mele]]? My cousin [[Folau]] will come. Mume: [[Brian Ouma]]   Simu: 0722 "
                + "418 903. Calle 12 e/ Finlay y Padre Olallo, Camagüey"),
        DetectorCase("an initial before an Irish particle and surname; the Swahili copula is none", .person,
            "Members present: [[J. Okafor]], [[R. Ó Súilleabháin]], [[M. Ní Bhriain]]. Mimi ni [[Neema]], namba 7731."),
        DetectorCase("a list of names, each with an aside in brackets", .person,
            "Attendees: [[Wanjiru Kamau]] (Shop 3), [[Chayton Redcloud]] (Shop 12), [[Ifeoma Obi]] (Shop 14). Call "
                + "[[Ana Lima]] (ext. 4412), Payroll Team."),
        DetectorCase("a country that is a given name, before a part of an organization", .person,
            "Our Brazil office and Kenya office will join; the Jordan team too. Ask [[Jordan]] about [[Kenya]]'s "
                + "office."),
        DetectorCase("a frequent given name set apart after a greeting", .person, "hi [[carol]], gas engineer booked"),
        DetectorCase("an english word after a greeting", .person, "hi team, the rota is out"),
        DetectorCase("a given name that is an english word too, after a greeting", .person,
            "Hi [[Lea]], the rota is out. Bonjour [[Will]], merci. Hi Team, thanks."),
        DetectorCase("a lower-case name after to, ring and msg, but not a hospital's or an e-mail's", .person,
            "i spoke to [[brendan]] on monday, ring [[siobhan]] on 087 123 4567 or msg [[farida]]; "
                + "admitted to cleveland clinic, sent to bridget_malone88@example.org"),
        DetectorCase("a spanish signing-off and a union office after comrade are no names", .person,
            "Atte.\nDear Comrade Chairman,\nthe branch met; Comrade Treasurer spoke."),
        DetectorCase("a town after saint and a hyphen is no name", .person, "Il habite Saint-Étienne depuis mai."),
        DetectorCase("the portuguese do inside a name", .person,
            "Utente: [[Maria do Carmo Ferreira]]; a vizinha [[Ana do Nascimento]] ligou."),
        DetectorCase("a name alone on its line after a closing of another language", .person,
            "Ngā mihi,\n[[Mere]]\n\nAbraços,\n[[Iracema]]\n\nSaludos,\nEquipo de RRHH"),
        DetectorCase("a short lower-case given name with its surname", .person, "hi dr [[patel]], it's [[kim nguyen]]"),
        DetectorCase("a nickname in quotes", .person,
            "Grievant: [[Robert Kowalski]] (\"[[Bobby]]\"), Client: [[Jayden Tuilagi]] (prefers \"[[Jay]]\")"),
        DetectorCase(
            "speakers with the time after the name", .person,
            "[[priya]] 09:41: vpn keeps dropping\n[[kev]] 09:43: try the backup"),
        DetectorCase(
            "a speaker after a WhatsApp date and time", .person,
            "14/03/2024, 19:02 - [[Chidi]]: guys mama's fine\n14/03/2024, 19:09 - [[Emeka]]: ok"),
        DetectorCase("a union brother's title", .person, "Present: Bro. [[Curtis Thibodeaux]] (presiding)"),
        DetectorCase("institutions and estates that open their names", .person,
            "Hospital del Salvador, Klinik Pratama, Col. Jardines del Moral, Comunidad de Madrid"),
        DetectorCase("a firm's site after its name", .person, "grievance – [[Rick Halvorsen]], Powell Garage yard"),
        DetectorCase("a word in no list opening a sentence of another language with 'is' or 'was'", .person,
            "Bijdrage is vanochtend overgemaakt. Formulier was gisteren klaar. [[Thabo]] is off sick today."),
        DetectorCase("Indonesia's hospitals and health centres before their names", .person,
            "anak saya dirawat di RS Hermina Pasteur, lalu ke RSUD Kota Bandung dan Puskesmas Cimahi. Pak [[Yudi]]"),
        DetectorCase("a saint's name of two words, a sports clinic and partners after an ampersand", .person,
            "Arrived 02:40 via St John. Seen at Ste Justine; Bayside Sports & Spinal Physiotherapy; Studio Tecnico "
                + "Belli & Associati; [[Jill St John]] called."),
        DetectorCase("a hospital named after a saint, in a signature under a role", .person,
            "Regards,\n[[Shreya Iyer]], MD\nOccupational Health Physician\nSt. Mary's Hospital | Ph: (02) 9555 0142\n"
                + "Consultant Physician\nSt. Thomas' Hospital"),
        DetectorCase("a job title after a comma", .person, "In solidarity, [[Deborah Fairclough]], Branch Secretary"),
        DetectorCase("a surname that is a site word", .person, "Questions can go to [[Aimee Branch]] at the office"),
        DetectorCase(
            "a field's value written surname first is one name; a list of names is several", .person,
            "Paciente: [[Martínez Oyarzábal, Lucía Belén]]\nWitnesses: [[Ana Lima]], [[Bruno Costa]]\n"
                + "Nama: [[Nurul Aisyah binti Ahmad]]\nPatient: [[Dela Cruz, Juan Miguel S.]]  Case No.: 2025-045512\n"
                + "Beteg: [[Kovács Istvánné]], szül.: 1951.03.14."),
        DetectorCase(
            "initials after the name", .person,
            "Deklaratsiia z likarem [[Kovalchuk I.V.]], karta No. 12; врач [[Кузнецов Д. А.]]; [[Sarah P.]] called; "
                + "in Conference Room B. Please\nOlá pessoal! A assembleia será no dia 20; fale com a [[Fernanda]]."),
        DetectorCase(
            "a German label's abbreviation, a letter glued to an age, clinical shorthand", .person,
            "Patient: Herr [[Klaus-Dieter Schmitt]], Pat.-Nr. 40018823\nClient: J.R., 34M. Dx: Bipolar I disorder"),
        DetectorCase("a contraction and a firm's word", .person, "I've written to Midwest Credit about it."),
        DetectorCase("a name after a greeting", .person, "Hey [[Bec]], can you update my details?"),
        DetectorCase("an english word after a greeting", .person, "Hello World, this is a test."),
        DetectorCase("a lower-case name after a greeting", .person, "mambo [[amani]], nimefika salama"),
        DetectorCase("a relative named after the kin word", .person, "please phone his brother [[Sipho]] tonight"),
        DetectorCase("a lower-case relative", .person, "husband [[imran]] will come at six"),
        DetectorCase("a lower-case name after a title and its period", .person, "ask dr. [[hina]] about bed 6"),
        DetectorCase(
            "speakers of a timed chat", .person,
            "[08:15] [[marco]]: ok, arrivo\n[08:16] dott.ssa [[Ferri]]: grazie\n[08:17] [[marco]]: passo alle 9"),
        DetectorCase("a speaker after a bare time and a title", .person, "21:14 dr. [[hina]]: bed 6 wali patient"),
        DetectorCase(
            "speakers whose names are months in lower case", .person,
            "[[lorna]]: uy [[jun]], nasa bahay ka ba?\n[[jun]]: oo ate\n[[lorna]]: sige\n[[jun]]: noted po"),
        DetectorCase(
            "a month is no speaker in a list of months", .person, "Jun: 12 shifts\nJul: 10 shifts\nJun: 4 more"),
        DetectorCase(
            "a speaker with an initial", .person,
            "[07:14] [[priya d]]: ill do it\n[07:15] [[kev]]: deal\n[07:16] [[priya d]]: ta"),
        DetectorCase(
            "speakers by their handles, and the roles of a Russian chat no speakers", .person,
            "[09:14] [[nokuthula]]: im off sick today\n[09:15] [[sipho_m]]: shame, feel better\n[09:16] [[thandi.k]]: "
                + "will cover\nСупервайзер: Коллеги, кто готов?\nОператор: я\nСупервайзер: Спасибо"),
        DetectorCase(
            "speakers before the time of their messages", .person,
            "[[bazza]]  9:05 AM  can do if someone grabs my sun early\n[[nico]]  9:08 AM  legend\n"
                + "[[bazza]]  9:10 AM  ye, ring rostering"),
        DetectorCase(
            "speakers on their own lines after a time in brackets, surname first, a unit after them", .person,
            "[10:14 AM] [[Whitfield, Dana]]\ncan you send me the list of who's on the pilot?\n"
                + "[10:15 AM] [[Okafor, Ngozi]] (Parks)\nsure\n[10:16] Meeting started\n[10:17 AM] Build Failed"),
        DetectorCase(
            "a mail's recipients surname first, apart by semicolons; a department is none", .person,
            "To: [[Okafor, Ngozi]]; [[Quintero, Marisol]]; [[Eze, Chidi]]\n"
                + "> Cc: [[Abernathy, Kevin]]; Parks, Recreation; [[Haddad, Rania]]\nSubject: Pilot list"),
        DetectorCase(
            "an HR role and a form's headings are no names", .person,
            "[[Helen Ashworth]] | HR Business Partner\nChecked by: [[S. Jayawardena]], HR Executive\n"
                + "Kia ora, I was ticketed.\nAvis : apte avec aménagement\n"
                + "Karta informacyjna leczenia szpitalnego"),
        DetectorCase("the German title before a name", .person, "Sehr geehrter Hr. [[Jensen]],"),
        DetectorCase(
            "a name joined by and to a name", .person,
            "Witnesses: Oom [[Piet]] and [[Lindiwe]]. Called [[Dana Hancock]] and Johannesburg, then [[Ana]] and "
                + "March."),
        DetectorCase(
            "a timetable is no chat", .person, "Arrival  9:00 AM  coffee in the lobby\nKeynote  9:30 AM  main hall"),
        DetectorCase(
            "speakers taking turns, and a later mention", .person,
            "[[juma]]: mambo [[zawadi]]\n[[zawadi]]: poa sana!\n[[juma]]: sawa, kesho"),
        DetectorCase(
            "the labels of a form are no speakers", .person,
            "Paciente: estable\nPlan: alta mañana\nMedicación: igual\nPlan: revisar"),
        DetectorCase(
            "a writer's own lines", .person, "[[flor]]: che me pasás?\nyo: sí!!\n[[nico]]: dale\n[[flor]]: genial"),
        DetectorCase(
            "a Vietnamese chat's roles of two words and its writer's 'Bạn'", .person,
            "[09:12] Chủ nhà: Chào em, cô gửi hợp đồng nhé.\n[09:20] Bạn: dạ cô, em là [[Nguyễn Ngọc Minh Thư]]\n"
                + "[09:25] Chủ nhà: Ok em.\n[09:26] Bạn: dạ.\n[09:31] Khách hàng: gọi chú [[Tùng]] nhé"),
        DetectorCase(
            "a Vietnamese name in capitals, its given names after THI or VAN whatever else they are", .person,
            "chủ TK [[NGUYEN THI THU HANG]]; Account name: [[NGUYEN VAN MINH]]; gặp [[Nguyen Thi Lan]] hôm qua"),
        DetectorCase(
            "a surname with letters beyond ASCII before given names, not the city of Hồ Chí Minh", .person,
            "Bác sĩ: [[Trần Quốc Bảo]]. Liên hệ chị [[Trần Ngọc Bích]]. НАДАТИ [[Коваленко Олені Петрівні]], "
                + "бухгалтеру. Văn phòng tại TP. Hồ Chí Minh; ở Hồ Chí Minh."),
        DetectorCase(
            "the writer's own lines as the other turns", .person,
            "[[flor]]: che me pasás?\nyo: sí!!\n[[flor]]: genial"),
        DetectorCase(
            "a name before a time of day", .person, "[[nico]] 9:43 PM: same here\n[[maddie]] 9:50 PM: pls check"),
        DetectorCase("czech names in the accusative", .person, "Zavolejte prosím [[Markétu Novotnou]] z účtárny."),
        DetectorCase("croatian names in the instrumental", .person, "Razgovarao sam s [[Markom Babićem]] jučer."),
        DetectorCase("polish names in the genitive", .person, "W sprawie [[Piotra Kowalskiego]] i [[Jana Nowaka]]."),
        DetectorCase("a finnish surname in the genitive", .person, "Tämä on [[Liisa Virtasen]] puhelin."),
        DetectorCase("russian names spelt in latin letters", .person,
            "Referred by [[Yekaterina Smirnova]] and [[Dmitriy Kuznetsov]]; seen with [[Evgenii Volkov]]."),
        DetectorCase("georgian, armenian and greek names", .person,
            "Members: [[Giorgi Beridze]], [[Hovhannes Sargsyan]], [[Georgios Papadopoulos]]."),
        DetectorCase("a kazakh patronymic", .person, "Shift lead [[Aigerim Nurlanovna]] approved the swap."),
        DetectorCase(
            "greek surnames by their endings", .person,
            "Ασθενής: [[Σταμάτης Καλογερόπουλος]], ιατρός [[Ελένη Μαυρίδου]]. Του Ιουλίου στην Αθήνα."),
        DetectorCase("a town with a surname's shape", .person, "Pracoval ve Strojírny Prostějov dva roky."),
        DetectorCase("words of a form that end like a case", .person, "Periyodik Muayene Formu, Ufficio Risorse Umane"),
        DetectorCase("a month of another language before a year", .person, "Masraf Beyan Formu, Ekim 2024"),
        DetectorCase("names in cyrillic letters, in the dative", .person,
            "Пациент: [[Ержанов Даурен Серикович]]. Выдано [[Ержанову Даурену Сериковичу]]."),
        DetectorCase("a verb of another language that opens a sentence before a name", .person,
            "Звонила [[Олега Петровича]]. Aloitettiin [[Liisa Virtasen]] kanssa."),
        DetectorCase("a firm's form and a word in cyrillic capitals", .person, "ООО Ромашка, ИНН 7701234567"),
        DetectorCase("a greek and a bulgarian name", .person, "Ο ασθενής [[Γιώργος Παπαδόπουλος]], [[Стоян Райчев]]"),
        DetectorCase("a speaker with a role in brackets", .person,
            "[18:42] [[arman]] (kur'er): ya u doma\n[18:45] [[arman]] (kur'er): nabral\n[18:47] [[aigul]]: seichas"),
        DetectorCase("a form of address after the name", .person,
            "mame, [[Gulzhan]] apai. Ezen: [[Ganbold]] akh, ask [[Tanaka]] san; the Botany Bay site"),
        DetectorCase("initials of two letters", .person, "shifokor: [[Sh. Rahimova]]. Emchilsen: [[Ts. Munkhzul]]."),
        DetectorCase("a given name after the Romance preposition a", .person,
            "scrivete a [[Sabrina]] al 347 218 9031; nata a Modena il 23/08; a Grant program"),
        DetectorCase("a town that is a given name after a preposition of place", .person,
            "declined at the hotel in Denver on 10/08/2025; the meeting with [[Denver]] on Monday; Cheers, [[Madison]]"),
        DetectorCase("a medicine's brand after its form or before its dose", .person,
            "on Tab. Telma 40 OD; Beloc Zok 47.5 mg 1-0-0; seen by [[Maria Lopez]] 34 years"),
        DetectorCase("a surname in capitals after a form's label", .person,
            "Civilité : Mme   Nom : [[GARNIER-ROUSSEL]]   Prénom : [[Élodie]]; Status: URGENT"),
        DetectorCase("trades, shops and trusts that open or close a firm's name", .person,
            "chez Menuiserie Rochat SA; praktijk Ter Linden; North Bristol NHS Trust; na Papelaria Aurora; "
                + "Dr [[Anna Smith]] MD Clinic; custodian at Ellis LLC and"),
        DetectorCase("lower-case names after lower-case titles, friends and bosses", .person,
            "nr 219, mevrouw [[bakker]]; mijn vriend [[thijs]] bellen; text boss [[arnold]]; ask the boss today"),
        DetectorCase("a name before at and a phone", .person,
            "dispatcher [[Oybek]] at 718-555-0132; meet at Heathrow at 10:30; the office in Leeds on 0113 496 0000; "
                + "MedStar on 2023-11-27; I'm on 082 447 1903"),
        DetectorCase("lower-case titles that fold to English words", .person,
            "Vážený pán [[Kováč]], Poštovani gospodine [[Petroviću]], Supervisor: Daw [[Khin Sandar Lwin]]"),
        DetectorCase("a signature's name over a job title", .person,
            "Best regards,\n[[Sigríður Þórhallsdóttir]]\nLogistics Coordinator | Norðurljós Seafood ehf."),
        DetectorCase("a surname in capitals before the given name", .person,
            "Patient: [[SATO Haruki]], male. Dear Mr [[CHAN Tai-man]] and Ms [[LEUNG Wing-yee]],"),
        DetectorCase("letters before a capitalized word are no name", .person,
            "To: HR Department. Contact: IT Support"),
        DetectorCase("a workplace after a comma and a title", .person,
            "To: Dr. [[Kenji Morita]], Department of Surgery"),
        DetectorCase("a column of a form ends a name", .person,
            "Confirmed: Dr. [[Han Ji-woo]]   Clinic tel. 02-555-0142"),
        DetectorCase("initials before a name", .person, "Patient: Mrs. [[K. D. Nirmala Fernando]]   Age: 58"),
        DetectorCase("a vietnamese name by its middle name", .person, "Họ tên: [[Trần Thị Mai Lan]]   Mã BN: 77"),
        DetectorCase("a town after a firm's name", .person, "Lanka Lab Services Ltd, Kandy – report"),
        DetectorCase("titles of Latin America and Central Europe, one letter with its period, a title's second part",
                     .person, "Buen día Lic. [[Arredondo]]; Spoštovani g. [[Kranjc]], p. [[Procházka]] doloží; "
                         + "Dr. med. [[Weber]], gospozha [[Dimitrova]]; see p. Table 3"),
        DetectorCase("a site word that is a surname too ends a site's name unless a given name opens it", .person,
                     "Cost centre: 3150 – Durban Yard; To: Suva Branch; ask [[Aimee Branch]]"),
        DetectorCase("patients, pharmacists and secretaries of many forms; two spaces before the next field", .person,
                     "Pacient: [[Ion Ceban]]\nFarmacist: [[Natalia Rusu]]\nBranch Secretary: [[Bwalya Musonda]]\n"
                         + "Nama: Ny. [[Sri Wahyuningsih]]\nEmployee: [[Sipho Mthembu]]  Company no. RB-0047713\n"
                         + "at 8AM–12NN. Reference no. KF-0519"),
        DetectorCase("a Turkish neighbourhood and health insurers of Spanish names are no people", .person,
                     "Bostanlı Mah. 12; afiliada a Salud Andina; plan de Salud Borinquen; ask [[Ana Torres]]"),
        DetectorCase("a greeting opening a run is no part of the name", .person,
                     "Oi [[Fernanda]], tudo bem? Olá [[Fernanda Lima]]! Namaste [[Sunita]] ji."),
        DetectorCase("a relative opening a sentence, in English or a Nordic definite form", .person,
                     "Wife [[Beryl]] rings every morning. Dottern [[Annika]] ringer ikväll; Hustrun [[Karin]] nås"),
        DetectorCase("a brand before its dose is no name", .person,
                     "Meds: Myrin-P Forte 3 tabs OD; Telma 40 OD; Panadeine Forte prn; [[Jan Kowalski]] od wtorku"),
        DetectorCase("a place ending in a word that is a surname too, unless a given name opens it", .person,
                     "the depot at Trafford Park, near Buangkok Green; ask [[Jenny Park]] or [[Sarah Green]]"),
        DetectorCase("the town a letter is dated in, but not a person with her age", .person,
                     "Thiès, le 12 mai 2025\nObjet : congé\nWarszawa, 12.03.2025\n[[Maria Kowalska]], 34, nurse"),
        DetectorCase("an Indian title", .person, "Attendant: wife Smt. [[Lakshmi]], phone on file"),
        DetectorCase("a nickname in quotes inside a name is part of it", .person,
            "Our member, [[Robert \"Bobby\" Jones]], was suspended; [[Oluwaseun “Seun” Bakare]]; "
                + "She said \"Hello\" [[Mary]] and left."),
        DetectorCase("ranks and offices shortened before a name", .person,
            "written up by Supt. [[Gary Pruitt]]; Lt. [[Dana Ruiz]] and Cpl [[Amos Reed]]; Insp. [[Kaur]]"),
        DetectorCase("the Spanish title Don before a given name, but not the English given name", .person,
            "Saludos a Don [[Joaquín Pérez]]. Don [[Ernesto]] llamó. [[Don Hancock]] and [[Don Thomas]] will attend"),
        DetectorCase("a neighbourhood after Urb. and a town after an address are no names", .person,
            "Urb. Villa Carolina, Calle 12 #8, Carolina, PR 00985; Av. Pajaritos 1234, Maipú, Santiago"),
        DetectorCase("a firm's unit after a comma", .person, "Note – Hamilton Steelworks, Health Services"),
        DetectorCase("a surname with its particles after a title", .person,
            "Dear Mrs [[van Rensburg]], and Sister [[van der Walt]]; Dr. [[de la Peña]] agreed"),
        DetectorCase("initials before particles", .person, "Pakket voor [[K. van den Heuvel-Smit]], Utrecht"),
        DetectorCase(
            "a French article after a title is no particle", .person, "Madame la Directrice, M. le Secrétaire"),
        DetectorCase("a short Dutch surname that is an English word, after its particle", .person,
            "Ontslagbrief: mevrouw [[Anja de Wit]] werd opgenomen; [[Kees van Dam]] belde. Met [[Anna]] de Vision "
                + "besproken."),
        DetectorCase("the Filipino title Gng. before a name", .person, "Si Gng. [[Maricel Dela Cruz]] ay may sakit."),
        DetectorCase("I'm opens no name", .person, "Salam, I'm [[Yusuf Demir]], working at the Istanbul branch."),
        DetectorCase("the Nordic and Dutch to and from of a letter, and a Vietnamese office", .person,
            "Hej\nTil: [[Mette Kjærgaard]]\nFra: [[Lars Holm]]\nAan: [[Pieter de Vries]]\nKính gửi: Phòng Nhân sự, "
                + "[[Nguyễn Trọng Nhân]]"),
        DetectorCase("an e-mail header's sender of another language, named in the address after the name", .person,
            "Onderwerp: Schoolkamp\nVan: [[Marloes de Vries]] <m.devries@obsdewaterlelie.nl>\nAan: ouders groep 8\n"
                + "Von: [[Jonas Becker]] <j.becker@example.de>\nBetreff: Urlaub\nVon: Personalabteilung\n"
                + "----- Antwoord -----\nVan: [[Fatima Bakker-El Amrani]] <fatima.elamrani@ziggo.nl>\nOnderwerp: Re: "
                + "Schoolkamp\nSparrow Plumbing <info@sparrow.com>; [[Kwabena Asante]] <k.asante@example.com>"),
        DetectorCase("a mail's sender surname first before their address, as a reply quotes them", .person,
            "On Mon, Nov 30, 2026 at 9:14 AM [[Whitfield, Dana]] <dwhitfield@county.gov> wrote:\n"
                + "> From: [[Whitfield, Dana Marie]] <dwhitfield@county.gov>\nTeam, Payroll <payroll.team@county.gov>\n"
                + "Parks, Recreation <parks@county.gov>"),
        DetectorCase("the Swahili labels for name and patient", .person,
            "Jina: [[Neema Mwakyusa]], Simu: 0754 123 456\nMgonjwa: [[Juma Hassan]], miaka 40"),
        DetectorCase("a surname with its particles after a label, its given name after a comma", .person,
            "Patient: [[van Dijk, Anna]]\nName: [[de la Cruz, Juan]]\nPatiënt: [[de Boer]], J."),
        DetectorCase("a list of full names after a label, each its own, beside one written surname first", .person,
            "Present: [[Maria Lopez]], [[Ana Ruiz]]\nWitnesses: [[Rosa Delgado-Ibarra]], [[Kwame Mensah]]\n"
                + "Patient: [[Dela Cruz, Juan Miguel]]"),
        DetectorCase("a surname in capitals and the given name after it; a form's next label two spaces on", .person,
            "Nom : [[DURAND Claire]]   N° dossier : 2025-004518\nPaciente: [[María López]]  Historia clínica: 784512"),
        DetectorCase("a Vietnamese name surname first whose given name no list holds, after a greeting", .person,
            "Xin chào chị [[Lan]], em là [[Phạm Minh Tuấn]], số điện thoại 0912 345 678. G'day [[Shane]], hi [[Xin]]"),
        DetectorCase("closings, and words of other languages that given-name lists hold, are no names", .person,
            "Ngā mihi nui,\n[[Mereana Tawhiri]]\nVielen Dank, liebe Grüße aus Graz\nÜberweisung an die Kadın "
                + "Hastalıkları ve Doğum Kliniği. Damu ilipimwa tena saa nne.\n[[Bohdan]] (sklad): Tak, zaraz będę. "
                + "Molim te, javi mi se sutra.\nKontor: Tallinn (meeskond Lõuna)"),
        DetectorCase("a field's label before its date is no name, a chat's speaker before words still is", .person,
            "Vastuvõtt: 03.02.2025. Alta: 07.02.2025.\nLab done. Sana: 2025-yil 3-mart. Next week. [[Omar]]: shokran "
                + "ya doktor"),
        DetectorCase("lower-case names before a phone, and before an age and sex", .person,
            "bed 7 [[maria gonzalez]] 58F admitted overnight, bed 9 [[peter novak]] 71M\npls call my sister "
                + "[[fatima rahman]], 07911 123456 after 6. sign-up: [[lucia ferreira santos]], 11 98765-4321\n"
                + "ask for the manager on 0161 496 0000, mi numero es 55 1234 5678, ito po number ko 0917 123 4567"),
        DetectorCase(
            "lower-case names before a comma and the label of an identifier or a date of birth", .person,
            "le escribe [[juan sebastián ospina]], CC 1.020.784.331, afiliado. sign-up: [[juliana ferreira santos]], "
                + "born 22/07/1995\npacjent: [[zbigniew wróblewski]], pesel 56031204718. the report, born 22/07/1995"),
        DetectorCase(
            "lower-case names after an introduction of another language, with a particle, after a closing's comma",
            .person,
            "bonjour c'est [[mamadou diallo]], je serai en retard. hallo, hier ist [[jürgen schneider]] vom "
                + "betriebsrat. ako si [[jomar dela cruz]] from team tala\nthanks, [[danielle okafor]] | 0312 948 "
                + "2276\n"
                + "thanks, german mobile numbers work. ik ben [[sanne]] de vries"),
        DetectorCase(
            "a name of two words in a list of names, but not a title or a firm after a name and its comma", .person,
            "Present: [[Lerato Dlamini]], [[Sipho Zulu]] and [[Ayanda Khumalo]]. Team: [[Magdalena Wójcik]], "
                + "[[Oksana Kovalenko]], [[Aigerim Seitkali]].\nOnaylayan: [[Burak Aydın]], Bölge Müdürü.\n"
                + "Mit freundlichen Grüßen, Dr. med. [[Anke Wittenberg]], Oberärztin Kardiologie"),
        DetectorCase(
            "the Nordic signature after a slash, and a name alone after a Nordic closing and its comma", .person,
            "Kan du ta mitt pass på fredag? Tack! /[[Bosse]]\nHilsen,\n[[Kari]]\nFiles in /Users/Admin and the "
                + "and/Or clause\n/Applications\nDone. /Templates"),
        DetectorCase("a Spanish dateline, and towns after Spanish and Vietnamese words of place", .person,
            "Santiago, 3 de marzo de 2025\nEstimada Sra. [[Pérez]]:\nTe escribo desde Santiago porque el vuelo se "
                + "retrasó. Tôi đang ở Nam Định với gia đình. Hẹn gặp tại Đà Nẵng nhé."),
        DetectorCase("a function word opening a reply after a speaker's label is no name", .person,
            "Paciente: Sí doctor, ya le mando la foto.\nAgente: Con gusto, señor [[Quispe]].\nPaciente: [[Rosa "
                + "Mamani]], 54 años"),
        DetectorCase(
            "Vietnamese hospitals, firms, districts and cities named after their nouns are no names", .person,
            "Chuyển bệnh nhân [[Lê Thị Hoa]] đến Bệnh viện Chợ Rẫy. Công ty Minh Phát thông báo. Nhà ở quận Tân Bình, "
                + "Thành phố Hồ Chí Minh; gặp tại phòng khám Đa khoa Hồng Đức. Con học ở trường Lê Quý Đôn, gần "
                + "phường Bến Thành. Cháu cảm ơn bác ạ. Cháu [[Nguyễn Văn Nam]] đã đến."),
        DetectorCase("a heading or a time that ends in a month is no name, a name that ends in one still is", .person,
            "Betreff: Abrechnung Juli – Zuschläge fehlen. Seit Anfang März habe ich Schmerzen. Chị [[Lê Thị Mai]] "
                + "gọi lại; [[Tran Mai]] will cover."),
        DetectorCase("quarters of towns, branches and lodges are no names, people named North or West still are",
            .person,
            "Oficina en Col. Roma Norte; kantor Jakarta Selatan; Membership form (Chennai North branch). Visit our "
                + "Gulshan Branch or stay at Msasa Lodge. [[Oliver North]] met [[Kanye West]]."),
        DetectorCase("departments named by their specialty and hospitals named after doctors are no names", .person,
            "Lettera di dimissione – U.O. Neurologia. Referred to Gastroenterology. Hospital Dr. Ernesto Torres "
                + "Galdames, Servicio de Urgencia. Seen by Dr. [[Ana Ruiz]] and [[R. Smith]]."),
        DetectorCase("the Arabic article inside a surname, which opens no name", .person,
            "Shift swap with [[Karim El Haddouchi]]; Mme [[Nour El Houda Bennis]] agreed. We flew to El Paso on Monday."),
        DetectorCase("a word before an address label is no name, a given name before a verb still is", .person,
            "Üyelik kaydı güncellendi.\nYeni adres: Kordon Boyu Cd. No:7 D:2\nEski adres: Şair Eşref Blv. No:40. "
                + "[[Yeni]] called the office on Friday."),
        DetectorCase("full names in capitals, and headings, places, doses and firms in capitals that are none", .person,
            "Lab result for [[KOWALCZYK, ANNA]] (MRN 7734-2219-0). Patient Name: [[JOHN SMITH]]. RESULTS FOR [[ANNA "
                + "KOWALCZYK]] WERE SENT. [[SMITH, Jolanta]] called. ROSE GARDEN PARTY. PARIS, FRANCE. BRANDON MARSH "
                + "DRIVE. CHRISTIAN BROTHERS UNIVERSITY. CEFTRIAXONE 2 G IV OD. HANN ER MEÐ FLOGAVEIKI OG TEKUR LYFIÐ. "
                + "SANTO DOMINGO, REPÚBLICA DOMINICANA. MILLER, KNOX AND SCHULTZ. EMPLOYEE: [[DUSTIN WILLIAMS]] TO: "
                + "HR. I WILL CALL [[DANA HANCOCK]]. SALIM KA. HR PAKISABI NAKA SICK."),
        DetectorCase("a chain of hospitals, a staff number's label and a colleague's word are no names", .person,
            "She was admitted to Apollo Hospitals. Working as Helper (Emp Code 100457). Kolega [[Piotr Wiśniewski]] "
                + "jest chory."),
        DetectorCase("a double surname whose second part opens with a letter beyond ASCII", .person,
            "Dr. [[Katharina Bergmann-Özkan]] und Frau [[Ayşe Yılmaz-Çelik]] kommen am Montag."),
        DetectorCase("a frequent given name that is an english word after the article of another language", .person,
            "Olá, sou a [[Maria da Conceição Ferreira]], moro no Porto. He drove a John Deere tractor."),
        DetectorCase("makers of AI tools, a health system and a weather alert are no names", .person,
            "Our pilot with Microsoft ends soon; I asked ChatGPT and Gemini. She was admitted to Kaiser Permanente. "
                + "Weather alert: Winter Storm Warning until Monday. Scanned by Mimecast Security."),
        DetectorCase("a surname that is an english word, opening a sentence that reports what the person said", .person,
            "The room was booked. [[Burns]] also mentioned he has been unwell. [[Golden]] said she would call. "
                + "Payroll told her to wait. Sales said the numbers were late."),
        DetectorCase("messaging apps are no names, nor part of the name after them", .person,
            "My WhatsApp is 0712 345678. Call/WhatsApp [[Ravi Persad]] (868) 732-4419. Find us on Facebook."),
        DetectorCase("rooms, halls and buildings named after people, and colleagues greeted, are no names", .person,
            "Liebe Kolleginnen und Kollegen, wir treffen uns im Großen Saal. Sehr geehrte Frau Kollegin "
                + "[[Brandstätter]], danke. Reunión en Sala Bolívar; réunion Salle Jean Moulin; Cari colleghi. The "
                + "council meets at Cosatu House. Karakia by Whaea [[Aroha]]. [[Tom House]] called."),
        DetectorCase("a surname in capitals with its particles before a comma and the given names", .person,
            "RESULTS — PATIENT: [[DE LA CRUZ, JUAN CARLOS]]   SEX: M. Employee: [[VAN DER BERG, Pieter]]   ID: 44812. "
                + "Dear MS. [[NGUYEN THI HUONG]], your appointment is confirmed. VI RICORDO L'ASSEMBLEA DEL 28/11."),
        DetectorCase("a place after a firm's word and 'of' is no name, a person after a relative's word still is",
            .person, "Bank of America called; Bank of Jordan too. Daughter of [[Grace Lee]] and friends of [[Mary "
                + "Smith]] wrote."),
        DetectorCase("a person's label with an aside in brackets before its colon", .person,
            "Signed: ____  Name (print): [[Thabo Mokoena]]   Date: 12 Nov 2026. Name (in full): [[Lindiwe Nkosi]]"),
        DetectorCase("a lower-case given name in the possessive before a relative's word", .person,
            "lol [[kwame]]'s wife had the baby. the doctor's wife came. [[mark]]'s son too, not the bill's father."),
        DetectorCase("a lower-case given name before a reporting verb, a department's 'from' or an honorific", .person,
            "[[marcus]] said the supervisor wrote him up. [[maria lopez]] said the same. kev: [[tomás]] from "
                + "networks will look at it. the data from payroll says otherwise; rose from the chair. haan ji, ok "
                + "ji. rider: [[imran]] bhaiya, parcel hai."),
        DetectorCase("lower-case names after 'or', a lower-case title and a chat's short thanks", .person,
            "ask [[keisha]] or [[dmitri]] to cover sat? or maybe not. sir [[imran]] ko bata do. thx — [[minh]]. "
                + "asi q voy yo sola. pa-check if tama sss ko. ciao, si chiama [[giulia]]; domani si farà la "
                + "riunione, la festa si terrà il 12 maggio."),
        DetectorCase("holiday wishes, shops named after people and 'signed' of other languages are no names",
            .person, "Joyeux Noël à toute l'équipe ! Buon Natale a tutti. Signé : [[Aurélie Dubois]]. "
                + "Firmado: [[Carmen Ruiz Ortega]]. I picked up extra shifts at Kroger and Walgreens."),
        DetectorCase("a surname in capitals before a comma and two given names, and a pharmacy named after people",
            .person, "Name: [[ABDULLAHI, Musa Ibrahim]]     Hosp No: KTH/2024/0045821. Rx for Ms [[Nomsa Dlamini]]; "
                + "collect at Chris Hani Baragwanath pharmacy."),
        DetectorCase("a known town after a postcode is no name, a name after a year still is", .person,
            "Sede: 00184 Roma. Ufficio: 10117 Berlin. On May 14, 2024 [[Elizabeth]] was called in; on 06-26-2025 "
                + "[[Tyler]] was too."),
        DetectorCase("a signer on the closing's line, a surname in capitals and a given name in no list after a label",
            .person, "Sincerely, [[Ishida Ryōko]], MD. Patient: [[THEVARAJAH, Kalaivani]]   DOB: 1979-03-02. Caller: "
                + "[[Siriporn Chaiyasit]], Bangkok office. Thanks, Best Buy team. Employee: ACME, Inc. was billed."),
        DetectorCase("a park or a green after 'at' or a preposition of place names the place", .person,
            "Start at Grant Park, then walk in Forest Hill. [[Jenny Park]] called; talk to [[Sarah Green]]."),
        DetectorCase("a clock's AM or PM before a name is no surname in capitals", .person,
            "On Tue, Mar 4, 2025 at 10:12 AM [[Rahul Verma]] <rahul.verma@example.in> wrote: call at 9 PM; "
                + "Mr [[WONG Chi-keung]] came."),
        DetectorCase("an attending or consultant's label, and a royal hospital named short", .person,
            "Attending: [[Okafor]], [[Chidi]] MD. Consultant: [[Aisling Byrne]]. UR number 1234567 (Royal Melbourne); "
                + "transferred to Royal Free."),
        DetectorCase("greek titles shortened, and a greeting to a group", .person,
            "Χαίρετε, ο κ. [[Παπαδάκης]] θα λείπει. Επικοινωνήστε με την κα [[Γεωργίου]]. Hoi allemaal, [[Bram]] is "
                + "ziek. Oi pessoal! Hallo zusammen."),
        DetectorCase("a lower-case given name after a role at work, in brackets too", .person,
            "my supervisor [[darnell]] keeps scheduling me. my manager ([[kevin]] o'neil) said no. the manager "
                + "approved it; supervisor training starts monday."),
        DetectorCase("a word in no list, in the possessive before a relative's word", .person,
            "Referral: [[Sipho]]'s mother, complaining of chest tightness. [[Aroha]]'s dad came. The Board's father "
                + "figure. Tell [[Sipho]] to call."),
        DetectorCase("Welsh names with 'ap' or 'ferch', and a surgery named with the Welsh article", .person,
            "GP: Dr [[Rhodri ap Iorwerth]], Meddygfa'r Bont, Llangefni. Present: [[Siân ferch Owain]] and [[Iolo ab "
                + "Gwilym]]; Swyddfa'r Post closed."),
        DetectorCase("a Hungarian married name, the husband's name with '-né'", .person,
            "Bérlő: Kovácsné, telefonon. Beteg: [[Nagy Jánosné]], szül. 1956. Üdvözlettel: [[Szabó Lászlóné]]"),
        DetectorCase("the regards of other languages before the signer", .person,
            "Děkuji.\nS pozdravem,\n[[Dvořáková]]\n\nPagarbiai,\n[[Petrauskienė]]\n\nSaygılarımla,\n[[Yıldırım]]\n\n"
                + "Üdvözlettel,\n[[Kertész]]"),
        DetectorCase("a name after the label 'name' of other languages, and the Turkish 'Adı' no name", .person,
            "Nimi: [[Kyösti]]\nIsim: [[Oğuzhan]]\nNombre: [[Yurixa]]\nAdı Soyadı: [[Elif Şahin Yıldırım]]\n"
                + "Adı: [[Mehmet]]   Soyadı: [[Demir]]"),
        DetectorCase("a service desk's transcript: its roles and the replies after them are no names", .person,
            "Agente: Buenas tardes, le habla [[Yuliana Restrepo]], ¿con quién tengo el gusto?\nCliente: Con [[Ramiro "
                + "Huamán]].\nAgente: Con gusto, señor [[Huamán]]. ¿Me regala su número?\nCliente: Claro.\n"
                + "Agente: Listo.\nFrom: [[Eta Mistry]]"),
        DetectorCase("an elementary school named after a person is no one", .person,
            "He works as a custodian at Lincoln Elementary; Principal [[Dana Ortiz]] of Roosevelt Elementary called."),
        DetectorCase("a caller who names themself before 'here', a Tagalog marker or an 'I am' before a name",
            .person,
            "G'day [[Shazza]], [[Bazza]] here. Click Here. Kumusta po! Si [[Jomar]] po ito. Sono [[Chiara Esposito]]. "
                + "hola, soy la [[vicky]]; soy la mejor. [[Kay Adams]] and [[Sina Faleolo]] came."),
        DetectorCase("a Nguni noun prefix glued to a name, which keeps its capital", .person,
            "Ngiyabonga, ngu[[Thabo Mokoena]]. Ngikhuluma no[[Zanele]] namhlanje; u[[Sipho]] uthe uzofika. "
                + "uMama uyagula. An iPhone from eBay, eThekwini, noReply. Umhlangano ngo-12 kuOktoba."),
        DetectorCase("initials after a greeting or a title, thanks before them, Dutch pronouns", .person,
            "Bonjour [[M. Dupont]], votre dossier est prêt. Merci [[M. Lefèvre]], à bientôt. Liebe [[A. Weber]], "
                + "danke. Hij belde gisteren; Zij komt morgen. Vitamin D. Levels are low."),
        DetectorCase("a signature and its date, which no town's dateline is", .person,
            "Pharmacist: [[Natalia Rusu]], 12 March 2024\n[[Jan Rusu]], 12 martie 2024\nKraków, 4 marca 2025\n"
                + "San Pedro, 12 de marzo de 2025"),
        DetectorCase("signs, tests and scales named after their authors, and who is still named before them", .person,
            "Murphy's sign negative; Braden scale 18; Romberg test normal; Valsalva manoeuvre done. Delivered by "
                + "Ventouse. Have [[Maria]] sign here. Dr. [[Weber]] test results came. [[Anna Weber]] test results."),
        DetectorCase("a hospital's unit, a doctor's surgery and a benefit named with a given name are no one", .person,
            "Transferred to Rosie Maternity Unit. GP: Parkside Surgery, Dr [[Okoye]]. Centrelink Carer Payment. "
                + "Practice Manager [[Ana Ruiz]] called. Dott. [[Marco Bianchi]], iscrizione Ordine dei Medici di "
                + "Roma."),
        DetectorCase("a street word that opens a run and is no given name makes it a street", .person,
            "Smile Bright Dental, Calle Mayor. We walked down Via Roma. [[Shari Hernandez]] called."),
    ]

    @Test("names of many traditions, and what is no name", arguments: cases)
    func person(_ testCase: DetectorCase) { testCase.expectMarkedFound() }
}
