extension BlindTexts {
    /// A twenty-fourth set of clinical texts, written blind to DataGuard's rules: GP notes, discharge letters, receitas,
    /// labs, dental, radiology, pharmacy, immunisation, telehealth, mental-health notes, claims and referrals
    /// (Sweden, Greece, Portugal, Hungary, Czechia, Romania, Turkey, Ghana, Kenya, Japan, Korea, Quebec, Ohio, Indonesia).
    static let twentyFourthClinical: [String] = [
        #"""
        Journalanteckning – Vårdcentralen Gränby, Uppsala
        Patient: [[PERSON:Ingrid Lindqvist Åberg]], pnr [[MEDICAL_RECORD_NUMBER:19560314-2380]]
        Adress: [[STREET_ADDRESS:Salabacksgatan 41 lgh 1102, 754 31 Uppsala]], tfn [[PHONE_NUMBER:070-318 44 92]]
        Besök [[DATE:2025-02-11]], dr [[PERSON:Henrik Sjöberg]]. Sökorsak: tilltagande andfåddhet, svullna ben sedan jul.
        Bed: Känt [[HEALTH_CONDITION:förmaksflimmer]], står på [[HEALTH_CONDITION:Eliquis]] 5 mg x 2. NT-proBNP 2 140. Trol. [[HEALTH_CONDITION:hjärtsvikt]].
        Åtg: [[HEALTH_CONDITION:Furix]] 40 mg 1x1, remiss UCG. Ny kontroll hos distriktssköterska [[PERSON:Lena]] [[DATE:18/2]].
        Dottern [[PERSON:Karin Åberg]] närvarande, nås på [[PHONE_NUMBER:018-24 61 07]].
        """#,
        #"""
        ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΑΡΙΣΑΣ – Β΄ ΠΑΘΟΛΟΓΙΚΗ ΚΛΙΝΙΚΗ – ΕΞΙΤΗΡΙΟ
        Ασθενής: [[PERSON:Παναγιώτα Καραγιάννη]], ημ. γέννησης [[DATE_OF_BIRTH:04/09/1948]], ΑΜΚΑ [[MEDICAL_RECORD_NUMBER:04094802461]]
        Διεύθυνση: [[STREET_ADDRESS:Παπαναστασίου 27, 413 34 Λάρισα]], τηλ. [[PHONE_NUMBER:2410 537 219]], κιν. [[PHONE_NUMBER:694 771 3820]]
        Εισαγωγή [[DATE:12 Μαρτίου 2025]], έξοδος [[DATE:19 Μαρτίου 2025]]. Διάγνωση: [[HEALTH_CONDITION:πνευμονία κοινότητας]] σε έδαφος [[HEALTH_CONDITION:σακχαρώδους διαβήτη τύπου 2]].
        Αγωγή εξόδου: [[HEALTH_CONDITION:Augmentin]] 1 g x 2 για 5 ημέρες, [[HEALTH_CONDITION:Glucophage]] 850 mg x 2, [[HEALTH_CONDITION:Depon]] επί πυρετού.
        Επανεξέταση στα τακτικά εξωτερικά ιατρεία στις [[DATE:2/4]]. Συνοδός: ο γιος της, [[PERSON:Δημήτρης]].
        Ο θεράπων ιατρός, [[PERSON:Αθανάσιος Μπαλτάς]], Επιμελητής Α΄
        """#,
        #"""
        RECEITA MÉDICA – Renovação | USF Ribeira Nova, ACES Lisboa Central
        Utente: [[PERSON:Maria da Conceição Brás Figueiredo]]   N.º utente SNS [[MEDICAL_RECORD_NUMBER:284 517 093]]   Data nasc. [[DATE_OF_BIRTH:22-07-1951]]
        Morada: [[STREET_ADDRESS:Rua dos Lagares, n.º 17, 2.º Esq., 1100-328 Lisboa]]   Contacto [[PHONE_NUMBER:218 864 172]] / [[PHONE_NUMBER:+351 936 204 118]]
        1. [[HEALTH_CONDITION:Sinvastatina]] 20 mg, 60 comp. – 1 ao jantar
        2. [[HEALTH_CONDITION:Atenolol]] 50 mg, 56 comp. – 1 de manhã
        3. [[HEALTH_CONDITION:Voltaren Emulgel]] – SOS, nos joelhos, pela [[HEALTH_CONDITION:gonartrose]]
        Problemas ativos: [[HEALTH_CONDITION:hipertensão arterial]], [[HEALTH_CONDITION:dislipidemia]]. Receita válida até [[DATE:15/10/2025]].
        Médico: [[PERSON:Rui Pedro Vasconcelos]]. Lisboa, [[DATE:15 de abril de 2025]]
        """#,
        #"""
        LABORATÓRIUMI LELET – Szent Margit Szakrendelő, Budapest
        Név: [[PERSON:Szabóné Kovács Erzsébet]]   Szül.: [[DATE_OF_BIRTH:1963. 05. 28.]]   TAJ: [[MEDICAL_RECORD_NUMBER:042 518 730]]
        Lakcím: [[STREET_ADDRESS:1036 Budapest, Lajos utca 64. 3. em. 12.]]   Tel.: [[PHONE_NUMBER:+36 1 388 4120]], [[PHONE_NUMBER:06-30/417-2298]]
        Mintavétel: [[DATE:2025. március 4.]]   Beküldő orvos: dr. [[PERSON:Tóth Gergely]] háziorvos
        HbA1c 8,4 % (↑), éhgyomri glükóz 9,6 mmol/l (↑), eGFR 52 ml/perc (↓) – [[HEALTH_CONDITION:rosszul beállított 2-es típusú cukorbetegség]], [[HEALTH_CONDITION:krónikus vesebetegség]] 3a.
        Jelenlegi gyógyszerek: [[HEALTH_CONDITION:Meforal]] 2 x 1000 mg, [[HEALTH_CONDITION:Jardiance]] 10 mg.
        Validálta: dr. [[PERSON:Horváth-Bíró Anikó]], laboratóriumi szakorvos
        """#,
        #"""
        Zubní karta – MUDr. [[PERSON:Petra Nováková]], praktický zubní lékař, [[STREET_ADDRESS:Masarykova 412/18, 602 00 Brno]]
        Pacient: [[PERSON:Jiří Dvořák]], r. č. [[MEDICAL_RECORD_NUMBER:780612/4425]], poj. 111, tel. [[PHONE_NUMBER:603 218 447]]
        [[DATE:14. 1. 2025]]: bolest 46 při skousnutí, otok gingivy vestibulárně. Dg.: [[HEALTH_CONDITION:periapikální absces]] 46, [[HEALTH_CONDITION:zubní kaz]] 47.
        Anamnéza: [[HEALTH_CONDITION:alergie na penicilin]], [[HEALTH_CONDITION:astma]] – [[HEALTH_CONDITION:Ventolin]] dle potřeby.
        Th.: trepanace 46, předepsán [[HEALTH_CONDITION:Dalacin C]] 300 mg à 8 h a [[HEALTH_CONDITION:Ibalgin]] 400 při bolesti.
        Kontrola [[DATE:21. ledna]] v 7:30. Zapsala sestra [[PERSON:Bohdana Křížová]].
        """#,
        #"""
        BULETIN DE INVESTIGAȚIE IMAGISTICĂ – CT TORACE NATIV
        Pacient: [[PERSON:Ionescu-Vlad Mărioara]]   CNP [[MEDICAL_RECORD_NUMBER:2610719125805]]   FO nr. [[MEDICAL_RECORD_NUMBER:18442/2025]]
        Domiciliu: [[STREET_ADDRESS:Str. Avram Iancu nr. 9, bl. C4, sc. B, ap. 31, Cluj-Napoca, jud. Cluj]]
        Trimisă de dr. [[PERSON:Sorin Mureșan]] pentru tuse persistentă și [[HEALTH_CONDITION:hemoptizie]]. Data examinării: [[DATE:07.05.2025]].
        Concluzii: opacitate nodulară 22 mm lob superior drept, suspectă de [[HEALTH_CONDITION:neoplasm bronhopulmonar]]; [[HEALTH_CONDITION:emfizem centrilobular]].
        Se recomandă bronhoscopie. Fiica pacientei, [[PERSON:Raluca]], a fost informată la [[PHONE_NUMBER:0745 318 266]].
        Medic radiolog: dr. [[PERSON:Andreea Pop]]. Secretariat: [[PHONE_NUMBER:0264 597 310]].
        """#,
        #"""
        YENİ ŞİFA ECZANESİ – Kadıköy | E-reçete No: 2F7K9MQ | [[DATE:21.11.2024]]
        Hasta: [[PERSON:Ayşe Gül Yıldırım]]   T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:38294017510]]
        [[HEALTH_CONDITION:Coraspin]] 100 mg – günde 1 kez, tok karnına
        [[HEALTH_CONDITION:Beloc Zok]] 50 mg – sabah 1 tablet
        [[HEALTH_CONDITION:Lansor]] 30 mg – kahvaltıdan yarım saat önce
        Tanı: [[HEALTH_CONDITION:koroner arter hastalığı]]. Reçeteyi yazan: Uzm. Dr. [[PERSON:Murat Çelikkaya]]
        Teslimat: [[STREET_ADDRESS:Caferağa Mah. Moda Cad. No: 84 D: 6, 34710 Kadıköy/İstanbul]] – oğlu [[PERSON:Emre]] [[PHONE_NUMBER:0532 418 73 06]]
        """#,
        #"""
        CHILD HEALTH RECORD – Immunisation page
        Child: [[PERSON:Nana Ama Serwaa Owusu]]   Date of birth: [[DATE_OF_BIRTH:03/02/2024]]   CWC Reg. No. [[MEDICAL_RECORD_NUMBER:KMA/ASW/0417/24]]
        Mother: [[PERSON:Akosua Boatemaa]]   NHIS No. [[MEDICAL_RECORD_NUMBER:27418853]]   Tel. [[PHONE_NUMBER:024 418 9073]]
        Residence: [[STREET_ADDRESS:H/No. 12, Block H, Asawase, Kumasi (AK-182-4407)]]
        BCG, OPV0, Hep B birth dose: [[DATE:05/02/2024]]   Penta 1, PCV 1, Rota 1: [[DATE:18/03/2024]]
        Penta 3 delayed – child had [[HEALTH_CONDITION:malaria]], treated with [[HEALTH_CONDITION:Coartem]]; given [[DATE:29/07/2024]].
        Measles-Rubella 1 and Yellow Fever: [[DATE:05/11/2024]]. Next: MR 2 at 18 months.
        Nurse: [[PERSON:Comfort Adjei-Mensah]], CHN, Asawase CWC
        """#,
        #"""
        Telehealth session log – [[DATE:9 Jan 2025]] 19:42 EAT – patient connected from [[IP_ADDRESS:197.232.61.148]]
        Patient: [[PERSON:Wanjiru Kamau Njoroge]], 34F, ID no. [[MEDICAL_RECORD_NUMBER:27481106]], SHA no. [[MEDICAL_RECORD_NUMBER:SHA-0471-8829-36]], tel [[PHONE_NUMBER:0722 814 306]]
        Dr [[PERSON:Otieno]]: Habari [[PERSON:Wanjiru]], tell me what's been going on.
        Pt: since Sunday it burns when I pass urine, and I get fever at night. I'm 14 weeks pregnant.
        Dr: That sounds like a [[HEALTH_CONDITION:urinary tract infection]]. Any medicine you react to?
        Pt: yes, [[HEALTH_CONDITION:Septrin]] gives me a rash.
        Dr: Okay. I'm sending [[HEALTH_CONDITION:amoxicillin]] 500 mg three times a day for 7 days, plus [[HEALTH_CONDITION:paracetamol]]. Do a urine culture first.
        Pt: can the rider bring it to [[STREET_ADDRESS:Hse 14, Muthithi Gardens, Muthithi Rd, Westlands, Nairobi]]?
        Dr: Yes. Follow-up call Monday [[DATE:13 Jan]]. Coded: [[HEALTH_CONDITION:UTI in pregnancy]].
        """#,
        #"""
        お薬手帳 記録 ― さくら調剤薬局 本郷店
        調剤日：[[DATE:令和7年3月12日]]
        患者名：[[PERSON:山口 美智子]] 様（[[DATE_OF_BIRTH:昭和23年8月5日]]生）　被保険者証 記号・番号 [[MEDICAL_RECORD_NUMBER:文京 1042・387]]
        住所：[[STREET_ADDRESS:〒113-0033 東京都文京区本郷3丁目14-7 メゾン本郷302号]]　電話 [[PHONE_NUMBER:03-3814-2276]]
        処方医：本郷三丁目内科クリニック [[PERSON:佐藤 健一]] 先生
        ① [[HEALTH_CONDITION:アムロジピン]]錠5mg　1日1回 朝食後 28日分（[[HEALTH_CONDITION:高血圧症]]）
        ② [[HEALTH_CONDITION:ロキソニン]]テープ100mg　腰に1日1枚（[[HEALTH_CONDITION:腰部脊柱管狭窄症]]）
        薬剤師：[[PERSON:中村 陽介]]　次回来局予定 [[DATE:4月9日]]
        """#,
        #"""
        정신건강의학과 경과기록 – 마음숲의원
        환자: [[PERSON:김서연]] (여/29)   등록번호 [[MEDICAL_RECORD_NUMBER:2024-007731]]   주민등록번호 [[MEDICAL_RECORD_NUMBER:960417-2384918]]
        주소: [[STREET_ADDRESS:서울특별시 마포구 월드컵북로12길 34, 502호 (03967)]]   연락처 [[PHONE_NUMBER:010-4817-2290]]
        [[DATE:2025년 4월 2일]] 내원. 2주 전부터 [[HEALTH_CONDITION:불면]], 식욕 저하, 출근길 가슴 두근거림 호소.
        평가: [[HEALTH_CONDITION:주요우울장애]], [[HEALTH_CONDITION:공황장애]] 의심. PHQ-9 19점, 자살사고 부인.
        처방: [[HEALTH_CONDITION:렉사프로]] 5mg 1일 1회, [[HEALTH_CONDITION:자낙스]] 0.25mg 필요시.
        보호자(어머니 [[PERSON:박미경]]) 연락처 [[PHONE_NUMBER:031-726-4418]]. 다음 예약 [[DATE:4월 16일]].
        담당의: [[PERSON:이준호]]
        """#,
        #"""
        Demande de règlement – soins paramédicaux | Boréale Vie, assurance collective
        Participant : [[PERSON:Jean-François Bouchard]]   N° de certificat : [[MEDICAL_RECORD_NUMBER:BV-00482917-01]]   Matricule employé : [[EMPLOYEE_NUMBER:77412]]
        Adresse : [[STREET_ADDRESS:2235, rue Saint-Hubert, app. 4, Montréal (Québec) H2L 3Z6]]   Tél. : [[PHONE_NUMBER:514 527-8813]]
        Personne ayant reçu les soins : conjointe, [[PERSON:Marie-Ève Tremblay]], née le [[DATE_OF_BIRTH:15 décembre 1965]], RAMQ [[MEDICAL_RECORD_NUMBER:TREM 6562 1514]]
        Soins : 6 traitements de physiothérapie du [[DATE:7 avril]] au [[DATE:12 mai 2025]] pour une [[HEALTH_CONDITION:tendinite de la coiffe des rotateurs]] à l'épaule droite.
        Professionnelle : [[PERSON:Geneviève Lacasse-Roy]], pht, Clinique Physio Plateau, [[PHONE_NUMBER:514 845-2290, poste 104]]
        Montant réclamé : 540,00 $. Dépôt direct au compte déjà inscrit. Signature : [[PERSON:J.-F. Bouchard]]
        """#,
        #"""
        BEHAVIORAL HEALTH INTAKE – Maumee Valley Counseling Center, Toledo OH
        Client: [[PERSON:Dustin Ray Kowalski]]   DOB [[DATE_OF_BIRTH:09/23/1991]]   MRN [[MEDICAL_RECORD_NUMBER:MVC-0048813]]   SSN [[US_SSN:412-68-3097]]
        Address: [[STREET_ADDRESS:2218 Glenwood Ave Apt 3B, Toledo, OH 43620]]   Cell [[PHONE_NUMBER:(419) 386-4402]]
        Intake [[DATE:3/14/2025]]. Referred by PCP Dr. [[PERSON:Anita Sorensen]] after ER visit [[DATE:3/2]] for [[HEALTH_CONDITION:alcohol withdrawal]].
        Reports ~12 beers/day since layoff in Nov; low mood, poor sleep. Dx: [[HEALTH_CONDITION:alcohol use disorder, severe]]; [[HEALTH_CONDITION:major depressive disorder, recurrent, moderate]].
        Plan: IOP 3x/wk, start [[HEALTH_CONDITION:naltrexone]] 50 mg daily, continue [[HEALTH_CONDITION:sertraline]] 100 mg. Safety plan reviewed, denies SI.
        Emergency contact: sister [[PERSON:Jolene Kowalski-Hart]], [[PHONE_NUMBER:419-872-3315]]. Ohio Medicaid ID [[MEDICAL_RECORD_NUMBER:104827736512]].
        Clinician: [[PERSON:Marcus Whitfield]], LISW-S
        """#,
        #"""
        SURAT RUJUKAN – Puskesmas Kecamatan Pasar Minggu, Jakarta Selatan
        Kepada Yth. dr. [[PERSON:Bambang Hartono]], Sp.PD, RSUD Pasar Minggu
        Mohon pemeriksaan lebih lanjut: Ny. [[PERSON:Sri Wahyuningsih]], tgl. lahir [[DATE_OF_BIRTH:17-08-1970]], No. BPJS [[MEDICAL_RECORD_NUMBER:0001427730918]], NIK [[MEDICAL_RECORD_NUMBER:3174055708700004]]
        Alamat: [[STREET_ADDRESS:Jl. Harsono RM No. 27, RT 004/RW 02, Kel. Ragunan, Kec. Pasar Minggu, Jakarta Selatan 12550]], HP [[PHONE_NUMBER:0812-9047-3381]]
        Diagnosa: [[HEALTH_CONDITION:hipertensi tidak terkontrol]], suspek [[HEALTH_CONDITION:gagal jantung kongestif]]; TD 182/104 mmHg, sesak saat berbaring.
        Terapi sementara: [[HEALTH_CONDITION:Amlodipin]] 10 mg 1x1, [[HEALTH_CONDITION:Furosemid]] 40 mg pagi.
        Jakarta, [[DATE:5 Mei 2025]]. Dokter pemeriksa, dr. [[PERSON:Rina Anggraini]]
        """#,
    ]

    /// A twenty-fourth set of everyday texts, written blind to DataGuard's rules: school notices, rent and utility
    /// letters, chats, ads, HR letters, a police report, a church roster, a CV, a signature, an invoice, a club form
    /// (Belgium, Denmark, Poland, Tanzania, Ethiopia, Trinidad, Samoan NZ, Philippines, Vietnam, Japan, Alabama,
    /// Australia, Botswana, Netherlands).
    static let twentyFourthEveryday: [String] = [
        #"""
        Basisschool De Regenboog – mededeling aan de ouders van het 3de leerjaar, [[DATE:maandag 17 maart 2025]]
        Beste ouders, in de klas van juf [[PERSON:Liesbeth]] werden [[HEALTH_CONDITION:hoofdluizen]] vastgesteld. Gelieve de haren van uw kind deze week te controleren.
        Op woensdag [[DATE:26 maart]] gaan we op uitstap naar het Provinciaal Domein; vertrek om 8.30 u aan de schoolpoort.
        Strookje terugbezorgen ten laatste [[DATE:21/03]]:
        Naam leerling: [[PERSON:Mats Vandenbroucke]]   Ouder: [[PERSON:Sofie De Meulenaere]]
        Adres: [[STREET_ADDRESS:Hoogstraat 112 bus 2, 8800 Roeselare]]   GSM: [[PHONE_NUMBER:0486 72 19 04]]
        Allergieën / medicatie: [[HEALTH_CONDITION:notenallergie]], [[HEALTH_CONDITION:EpiPen]] zit in de boekentas
        Directeur [[PERSON:Koen Vanhaecke]] – [[EMAIL_ADDRESS:directie@bs-deregenboog-rsl.be]]
        """#,
        #"""
        Boligselskabet Fjordhuse – varsel om huslejestigning
        Lejere: [[PERSON:Mads Kjærgaard Pedersen]] og [[PERSON:Amalie Juhl]]
        [[STREET_ADDRESS:Vestergade 19, 3. tv.]]
        [[STREET_ADDRESS:8000 Aarhus C]]
        Lejemålsnr. [[MEMBER_NUMBER:104-2237-09]]                                    Aarhus, den [[DATE:28. februar 2025]]
        Huslejen for jeres lejlighed stiger fra kr. 7.450 til kr. 7.690 pr. måned med virkning fra [[DATE:1. juni 2025]].
        Spørgsmål rettes til ejendomsfunktionær [[PERSON:Bo Thygesen]], tlf. [[PHONE_NUMBER:86 12 44 70]] (hverdage kl. 8–10) eller [[EMAIL_ADDRESS:bo.thygesen@fjordhuse.dk]].
        """#,
        #"""
        messenger – [[DATE:czw 12.06]]
        [[PERSON:gosia]]: hej [[PERSON:kuba]] paczka przyszla do ciebie czy do mnie??
        [[PERSON:kuba]]: do mnie, paczkomat na [[STREET_ADDRESS:grochowskiej 207, 04-077 warszawa]] kod odbioru 481227
        [[PERSON:gosia]]: odbierzesz? ja dzis znowu na rehabilitacje, ta [[HEALTH_CONDITION:rwa kulszowa]] mnie wykonczy
        [[PERSON:kuba]]: jasne. aha mama dzwonila ze ma nowy numer [[PHONE_NUMBER:601 447 293]], zapisz sobie
        [[PERSON:gosia]]: dzieki!! i przypomnij [[PERSON:wojtkowi]] ze urodziny babci [[PERSON:Heli]] w sobote [[DATE:14 czerwca]]
        [[PERSON:kuba]]: 👍
        """#,
        #"""
        TANGAZO – NYUMBA YA KUPANGISHA, SINZA MORI
        Vyumba 2 vya kulala, sebule, jiko, choo ndani, maji na umeme wa LUKU. Kodi Tsh 350,000 kwa mwezi, malipo ya miezi 6 kabla.
        Mahali: [[STREET_ADDRESS:Mtaa wa Mori, Kitalu Na. 47, Sinza, Ubungo, Dar es Salaam]] (karibu na kanisani).
        Inapatikana kuanzia [[DATE:1 Agosti 2025]]. Kuangalia: kila Jumamosi saa 4 asubuhi.
        Piga au WhatsApp Mzee [[PERSON:Juma Salum Kisanga]] – [[PHONE_NUMBER:0713 442 860]] au [[PHONE_NUMBER:+255 784 219 037]].
        Hakuna madalali tafadhali.
        """#,
        #"""
        Abyssinia Coffee Exporters PLC – [[STREET_ADDRESS:P.O. Box 40218, Addis Ababa]] – Tel. [[PHONE_NUMBER:+251 11 552 7340]]
        Ref: HR/0417/2017   Date: [[DATE:Tir 14, 2017 E.C.]] ([[DATE:22 January 2025]])
        To: W/ro [[PERSON:Tigist Alemu Bekele]], Employee ID [[EMPLOYEE_NUMBER:ACE-1183]], [[STREET_ADDRESS:Bole Sub-City, Woreda 03, House No. 1127, Addis Ababa]]
        Subject: Confirmation of permanent employment
        Following the successful completion of your probation period, we are pleased to confirm you as Quality Control Officer effective [[DATE:1 February 2025]].
        Your supervisor remains Ato [[PERSON:Dawit Gebremedhin]]. Please update your bank details with [[PERSON:Hirut Tesfaye]] in Payroll ([[PHONE_NUMBER:0911 43 86 20]]).
        Sincerely, [[PERSON:Yonas Haile Mariam]], HR Manager
        """#,
        #"""
        STATION DIARY EXTRACT – St. Joseph Police Station – Report SJ-0392-25
        Date/time reported: [[DATE:Sunday 16th February 2025]], 11:40 hrs
        Complainant: [[PERSON:Kimberly-Ann Ramdeen-Joseph]], 38 yrs, teacher, of [[STREET_ADDRESS:LP 27 Upper Pole Street, Maracas, St. Joseph]], cell [[PHONE_NUMBER:1-868-778-4410]]
        States that between 9:00 pm on [[DATE:15/02/2025]] and 6:30 am next morning her motor car PDK 4471, parked outside her home, was broken into
        and a laptop and a purse containing her national ID card no. [[MEMBER_NUMBER:19860412037]] and two bank cards were stolen.
        Witness: neighbour [[PERSON:Rajesh "Bunny" Maharaj]], [[PHONE_NUMBER:(868) 662-9017]], saw a grey Tiida leaving around 3 am.
        Report taken by PC [[PERSON:Akeem Charles]], Reg. No. [[EMPLOYEE_NUMBER:18842]]. Complainant advised to cancel cards.
        """#,
        #"""
        EFKS Māngere – Aso Sā roster / Sunday roster, Oketopa 2025
        [[DATE:5 Oketopa]] – Faitau Tusi Paia: [[PERSON:Tavita Leaupepe]]; pese: Aufaipese Tamaitai (leader [[PERSON:Sina Faleolo-Tuiasosopo]])
        [[DATE:12 Oketopa]] – White Sunday / Lotu Tamaiti. Practice every night from [[DATE:6 Oct]] at the hall, [[STREET_ADDRESS:41 Idlewild Road, Māngere Bridge, Auckland 2022]]
        [[DATE:19 Oketopa]] – Faitau: [[PERSON:Losa Pele]]; to'ona'i hosted by the [[PERSON:Aumua]] aiga
        [[DATE:26 Oketopa]] – Faitau: [[PERSON:Ioane Sapolu Jr]]. Fa'amalie atu – [[PERSON:Mele]] is off the roster, still recovering from her [[HEALTH_CONDITION:hip replacement]].
        Fesili? Call faletua [[PERSON:Fa'amoe Lauina]] on [[PHONE_NUMBER:021 447 6093]] or text Tiakono [[PERSON:Peni]] on [[PHONE_NUMBER:027-318 2246]].
        """#,
        #"""
        CURRICULUM VITAE
        [[PERSON:MA. CRISTINA "TINA" DELA PEÑA SALVADOR]]
        [[STREET_ADDRESS:Purok 3, Brgy. Tagbac, Sta. Barbara, Iloilo 5002]] | [[PHONE_NUMBER:+63 998 214 7736]] | [[EMAIL_ADDRESS:tinadlpsalvador@yahoo.com]]
        Date of Birth: [[DATE_OF_BIRTH:March 9, 1996]] | Civil Status: Single | SSS No.: [[MEMBER_NUMBER:07-3841926-5]] | PhilHealth No.: [[MEMBER_NUMBER:12-050418237-4]]
        EXPERIENCE: Caregiver, private household, Dubai (2022–present); Staff Nurse, medical ward, provincial hospital, Iloilo (2018–2022)
        EDUCATION: BS Nursing, 2017 – passed the Nurse Licensure Exam on the first take
        REFERENCE: [[PERSON:Gemma Villanueva-Tupas]], RN, former Chief Nurse – [[PHONE_NUMBER:(033) 321-2841 loc. 214]]
        Available to start: [[DATE:15 July 2025]]
        """#,
        #"""
        zalo – nhóm "phòng 1204 sunrise"
        [[PERSON:Hằng]]: mn ơi ai lấy giúp t đơn shopee vs, shipper giao tới [[STREET_ADDRESS:số 18 ngõ 102 trường chinh, p. phương mai, q. đống đa, hà nội]] mà t đang ở viện
        [[PERSON:Tuấn béo]]: lấy rồi nha, để trên bàn. m ở viện làm gì đấy
        [[PERSON:Hằng]]: mẹ t bị [[HEALTH_CONDITION:sốt xuất huyết]], nằm viện từ hôm [[DATE:12/7]] 😢
        [[PERSON:Linh Chi]]: trời ơi, cần gì ko t mang cháo qua cho. phòng số mấy
        [[PERSON:Hằng]]: khoa truyền nhiễm p.305, gọi số mẹ t [[PHONE_NUMBER:0912 447 308]] nhé, máy t sắp hết pin
        [[PERSON:Tuấn béo]]: à tiền điện tháng này 1tr2, mn chuyển cho chị [[PERSON:Nguyễn Thị Thu Trang]] chủ nhà trước [[DATE:ngày 20]] nha
        """#,
        #"""
        お世話になっております。お見積書を添付いたしますので、[[DATE:6月20日（金）]]までにご確認いただけますと幸いです。
        ――――――――――――――――――
        株式会社みなと物流　営業部 第二課
        [[PERSON:渡辺 さくら]]（[[PERSON:Sakura Watanabe]]）
        [[STREET_ADDRESS:〒541-0053 大阪府大阪市中央区本町2-5-7 本町センタービル8F]]
        TEL：[[PHONE_NUMBER:06-6262-4418]]（代表）　携帯：[[PHONE_NUMBER:080-3971-2265]]
        Mail：[[EMAIL_ADDRESS:s.watanabe@minato-butsuryu.co.jp]]
        """#,
        #"""
        INVOICE #2025-0318 — Dale's Plumbing & Drain, LLC — [[STREET_ADDRESS:PO Box 1142, Opelika, AL 36803]] — [[PHONE_NUMBER:(334) 745-2208]]
        Bill to: [[PERSON:Loretta Mae Simmons]], [[STREET_ADDRESS:418 Ridgecrest Dr, Auburn, AL 36830]]   Customer acct [[MEMBER_NUMBER:C-10447]]
        Service date [[DATE:03/18/2025]]: replaced 40-gal water heater, new drain pan & expansion tank. Parts $812.40, labor 3.5 hrs $297.50.
        TOTAL DUE $1,109.90 by [[DATE:April 17, 2025]].
        Pay by check or ACH — routing [[US_ROUTING_NUMBER:062004183]], account [[US_BANK_ACCOUNT:4401827736]].
        Card payments by phone only, ask for [[PERSON:Tammy]] in the office. Thank y'all for your business! — [[PERSON:Dale Whitlock Jr.]]
        """#,
        #"""
        Cessnock District Bowling Club – 2025/26 membership renewal
        Member: [[PERSON:Beverley J. O'Halloran]]   Member no. [[MEMBER_NUMBER:004187]]   Renewal due [[DATE:30/06/2025]]
        Postal: [[STREET_ADDRESS:PO Box 318, Kurri Kurri NSW 2327]]   Home: [[STREET_ADDRESS:7 Lang St, Kurri Kurri NSW 2327]]
        Ph [[PHONE_NUMBER:(02) 4937 1180]]   Mob [[PHONE_NUMBER:0412 883 047]]   Email [[EMAIL_ADDRESS:bev.ohalloran46@bigpond.com]]
        Pennant side: Women's Grade 3, skip [[PERSON:Marj Pettit]]. Medical info for greenkeeper/first aid: [[HEALTH_CONDITION:angina]], [[HEALTH_CONDITION:Anginine]] in handbag.
        Payment: Visa [[CREDIT_CARD:4564 8120 3377 1906]] exp 09/27 – $95 full bowling membership.
        Signed [[PERSON:B. O'Halloran]]  [[DATE:2 June 2025]]
        """#,
        #"""
        TSHOLOFELO PROPERTY MANAGEMENT (PTY) LTD – NOTICE OF RENT ARREARS                 [[DATE:11 April 2025]]
        Mr [[PERSON:Kagiso T. Sebina]]
        [[STREET_ADDRESS:P O Box 2715, Mogoditshane]]
        Lease no.: [[MEMBER_NUMBER:TPM/L/0448]]   Premises: [[STREET_ADDRESS:Plot 28417, Block 8, Gaborone]]   Omang: [[MEMBER_NUMBER:417211508]]
        Dumela Rra, our records show arrears of P 4,650.00 (March and April). Unless paid in full by [[DATE:25/04/2025]], we will refer the matter to the Rent Tribunal.
        If you have already paid, send proof to [[EMAIL_ADDRESS:accounts@tsholofelo-pm.co.bw]] or call [[PHONE_NUMBER:+267 391 2207]] / SMS [[PHONE_NUMBER:71 648 820]].
        [[PERSON:Boitumelo Kgosietsile]], Accounts Officer
        """#,
        #"""
        FlexWerk Noord B.V. – [[STREET_ADDRESS:Postbus 1187, 9701 BD Groningen]]
        Aan: [[PERSON:Małgorzata Wiśniewska-de Vries]], [[STREET_ADDRESS:Damsterdiep 214a, 9713 EE Groningen]]
        Groningen, [[DATE:3 juli 2025]]
        Betreft: verlenging arbeidsovereenkomst – personeelsnummer [[EMPLOYEE_NUMBER:FWN-52290]]
        Beste [[PERSON:Gosia]], met plezier bevestigen wij de verlenging van je contract als orderpicker in Hoogezand tot en met [[DATE:31 december 2025]].
        Je BSN [[MEMBER_NUMBER:204718351]] en de loonheffingskorting blijven ongewijzigd. Vragen? Bel je consulent [[PERSON:Sander Hofstede]], [[PHONE_NUMBER:050 - 318 44 72]], of mail [[EMAIL_ADDRESS:s.hofstede@flexwerknoord.nl]].
        Met vriendelijke groet, [[PERSON:Ilse Bouma-Zijlstra]], HR-adviseur
        """#,
    ]
}
