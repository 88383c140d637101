extension BlindTexts {
    /// A twenty-ninth set of clinical texts, written blind to DataGuard's rules: discharge, dental, pharmacy, sick
    /// notes, telehealth, pathology, psychiatry, ambulance, portal, OH, imaging, physio, ANC, referral (GB-SCT, GB-WLS,
    /// CA, MX, AR, BR, NL, AT, PL, UA, RU, KZ, IL, EG, SG, MY, UG, LK, IN).
    static let twentyNinthClinical: [String] = [
        #"""
        NHS Lothian – Royal Infirmary of Edinburgh – Immediate Discharge Letter, Ward 108 (Acute Medicine)
        Patient: Mrs [[PERSON:Morag Ailsa McCrindle]]   CHI [[MEDICAL_RECORD_NUMBER:1403570728]]
        DOB [[DATE_OF_BIRTH:14/03/1957]]   Tel. [[PHONE_NUMBER:0131 447 2819]]
        Address: [[STREET_ADDRESS:2F1, 17 Marchmont Crescent]]
                 [[STREET_ADDRESS:Edinburgh EH9 1HN]]
        GP: Dr [[PERSON:Iain Strachan]], Bruntsfield Medical Practice
        Admitted [[DATE:02/05/2025]] via ED with [[HEALTH_CONDITION:community-acquired pneumonia]], CURB-65 2.
        Background: [[HEALTH_CONDITION:COPD]], [[HEALTH_CONDITION:AF]] on [[HEALTH_CONDITION:apixaban]] 5 mg bd,
        [[HEALTH_CONDITION:osteoporosis]] on [[HEALTH_CONDITION:alendronic acid]] weekly.
        Rx: IV [[HEALTH_CONDITION:amoxicillin]] + PO [[HEALTH_CONDITION:clarithromycin]], stepped down to
        [[HEALTH_CONDITION:doxycycline]] on day 3. New inhaler: [[HEALTH_CONDITION:Trelegy Ellipta]] 1 puff od.
        Discharged [[DATE:7th May 2025]]. GP to arrange repeat CXR in 6/52 (around [[DATE:18 June]]).
        NOK: nephew [[PERSON:Callum Baird]], mob. [[PHONE_NUMBER:07831 442 906]].
        Dr [[PERSON:Eilidh Munro]], FY2, bleep 2214
        """#,
        #"""
        Deintyddfa'r Stryd Fawr / High Street Dental Practice, Caernarfon – nodiadau clinigol
        Claf: [[PERSON:Gwenllian Haf Pritchard]]   Dyddiad geni: [[DATE_OF_BIRTH:02.11.1993]]
        NHS No. [[MEDICAL_RECORD_NUMBER:485 729 1630]]   Ffôn symudol: [[PHONE_NUMBER:07947 318 052]]
        Cyfeiriad: [[STREET_ADDRESS:Fflat 2, 9 Ffordd Bangor, Caernarfon LL55 1AS]]
        Dydd Llun [[DATE:9 Mehefin]]: 24/40, bleeding gums on brushing for 6 weeks.
        Dx: [[HEALTH_CONDITION:pregnancy gingivitis]], BPE 2/2/2 – 2/3/2. No caries.
        MH: [[HEALTH_CONDITION:asthma]] – [[HEALTH_CONDITION:Clenil Modulite]] 100 2 puffs bd.
        Scale & polish, OHI in Welsh at pt's request. [[HEALTH_CONDITION:Corsodyl]] 0.2% for 2 weeks only.
        Recall after the baby: [[DATE:Rhagfyr 2025]]. – [[PERSON:Rhodri Llewelyn-Evans]] BDS
        """#,
        #"""
        Pharmacie Gosselin & Nadeau – note au dossier du [[DATE:2025-02-11]]
        Patiente : [[PERSON:Marie-Josée Lafontaine]], RAMQ [[MEDICAL_RECORD_NUMBER:LAFM 5861 0412]]
        Nouvelle ordonnance de la Dre [[PERSON:Nathalie Bérubé]] : [[HEALTH_CONDITION:Ozempic]] 0,25 mg SC 1 fois/sem.
        pour [[HEALTH_CONDITION:diabète de type 2]]; prend aussi [[HEALTH_CONDITION:Eliquis]] 5 mg BID.
        Livraison jeudi au [[STREET_ADDRESS:4520, rue Saint-Denis, app. 3, Montréal (Québec)  H2J 2L3]].
        Pharmacien : [[PERSON:Étienne Gosselin]]
        """#,
        #"""
        INSTITUTO MEXICANO DEL SEGURO SOCIAL – UMF No. 48, Guadalajara, Jal.
        CONSTANCIA PARA EL PATRÓN – incapacidad temporal por enfermedad general, folio LM 482216
        Asegurada: [[PERSON:Rocío Hernández Vargas]]   NSS: [[MEDICAL_RECORD_NUMBER:32 14 89 6203 1]]
        CURP: [[MEDICAL_RECORD_NUMBER:HEVR890614MJCRRC04]]   Fecha de nacimiento: [[DATE_OF_BIRTH:14/06/1989]]
        Domicilio: [[STREET_ADDRESS:Calle Juan Manuel 1187, depto. 2, Col. Santa Tere, C.P. 44600, Guadalajara, Jal.]]
        Cel.: [[PHONE_NUMBER:33 1290 4478]]   Núm. de empleada: [[EMPLOYEE_NUMBER:TB-06215]]
        Diagnóstico: [[HEALTH_CONDITION:dengue sin signos de alarma]].
        Días de incapacidad: 5, del [[DATE:14 de agosto de 2025]] al [[DATE:18 de agosto de 2025]].
        Tratamiento: [[HEALTH_CONDITION:paracetamol]] 500 mg c/8 h; evitar [[HEALTH_CONDITION:ácido acetilsalicílico]].
        Informes: [[PHONE_NUMBER:33 3617 0060 ext. 31452]].   Dra. [[PERSON:Adriana Solís Tapia]], médica familiar
        """#,
        #"""
        Teleconsulta – Sanatorio del Cerro, Córdoba – chat, martes [[DATE:22/04/2025]]
        [09:12] [[PERSON:Florencia Di Pietro]]: buen día, tengo fiebre desde el domingo y me arde al hacer pis
        [09:13] Dra. [[PERSON:Luciana Ferreyra]]: hola [[PERSON:Florencia]]! ¿me confirmás DNI y fecha de nacimiento?
        [09:14] [[PERSON:Florencia Di Pietro]]: DNI [[MEDICAL_RECORD_NUMBER:34.518.207]], nací el
        [[DATE_OF_BIRTH:3 de febrero de 1989]]
        [09:16] Dra. [[PERSON:Ferreyra]]: ¿dolor de cintura, vómitos? ¿podés estar embarazada? ¿alergias?
        [09:17] [[PERSON:Florencia Di Pietro]]: no, no y no. soy [[HEALTH_CONDITION:alérgica a la penicilina]]
        [09:19] Dra. [[PERSON:Ferreyra]]: es una [[HEALTH_CONDITION:cistitis aguda no complicada]]. te receto
        [[HEALTH_CONDITION:nitrofurantoína]] 100 mg c/6 h por 5 días y [[HEALTH_CONDITION:Buscapina]] si hay dolor.
        [09:20] [[PERSON:Florencia Di Pietro]]: mandala a [[STREET_ADDRESS:Bv. San Juan 845, 6º B, X5000 Córdoba]]
        [09:21] Dra. [[PERSON:Ferreyra]]: dale. si sigue la fiebre en 48 h llamá al [[PHONE_NUMBER:+54 9 351 612-4470]]
        """#,
        #"""
        LABORATÓRIO DE ANATOMIA PATOLÓGICA DO RECIFE – LAUDO Nº AP-25-031877
        Paciente: [[PERSON:Maria das Graças Albuquerque Lins]]   Nasc.: [[DATE_OF_BIRTH:09/10/1964]]
        CPF: [[MEDICAL_RECORD_NUMBER:318.506.472-08]]   CNS: [[MEDICAL_RECORD_NUMBER:708 5031 7249 0012]]
        Endereço: [[STREET_ADDRESS:Rua do Futuro, 312, apto 1102 – Graças, Recife – PE, 52050-010]]
        Tel.: [[PHONE_NUMBER:(81) 99874-3120]]   Médico solicitante: Dr. [[PERSON:Heitor Cavalcanti]]
        Material: biópsia dirigida de colo uterino (colposcopia), coletada em [[DATE:28/03/2025]].
        Citologia de [[DATE:janeiro/2025]]: [[HEALTH_CONDITION:HSIL]]; usa [[HEALTH_CONDITION:losartana]].
        Microscopia: epitélio escamoso com atipias em toda a espessura, coilócitos.
        DIAGNÓSTICO: [[HEALTH_CONDITION:neoplasia intraepitelial cervical grau 3 (NIC III)]],
        associada a [[HEALTH_CONDITION:infecção por HPV]]. Margens não avaliáveis.
        Liberado em [[DATE:4 de abril de 2025]] – Dra. [[PERSON:Tainá Rocha Valadares]], médica patologista
        """#,
        #"""
        GGZ Amstelland-Oost – verslag psychiatrisch vervolgconsult, woensdag [[DATE:14 mei 2025]]
        Cliënt: dhr. [[PERSON:Sven-Jan Kuipers]], geb. [[DATE_OF_BIRTH:22-08-1979]],
        BSN [[MEDICAL_RECORD_NUMBER:3041.87.525]]
        Adres: [[STREET_ADDRESS:Van Ostadestraat 214-2]]
               [[STREET_ADDRESS:1073 TN  Amsterdam]]
        Tel. [[PHONE_NUMBER:06 - 41 87 23 05]]
        Bekend met [[HEALTH_CONDITION:bipolaire stoornis type I]], stabiel op [[HEALTH_CONDITION:lithium]] 800 mg.
        Sinds ca. 3 weken [[HEALTH_CONDITION:hypomane episode]]: slaapt 3-4 uur, koopdrang, versneld spreken.
        Geen psychotische kenmerken, geen suïcidaliteit. Ziekte-inzicht redelijk.
        Beleid: [[HEALTH_CONDITION:quetiapine]] 100 mg a.n., zo nodig 200 mg; lithiumspiegel en TSH op [[DATE:19/5]].
        Partner [[PERSON:Marloes Visser]] ingelicht met toestemming, tel. [[PHONE_NUMBER:020-6751438]].
        dr. [[PERSON:Anouar el Idrissi]], psychiater
        """#,
        #"""
        Rettungsdienst – Übergabe Schockraum Klinik Ottakring, NEF 12, [[DATE:11.06.2025]] 06:52
        Pat.: [[PERSON:Ernst Hubmayer]], geb. [[DATE_OF_BIRTH:14.08.1963]], SVNR [[MEDICAL_RECORD_NUMBER:1281 140863]]
        Einsatzort: [[STREET_ADDRESS:Ottakringer Straße 120/4/9, 1160 Wien]] (3. Stock, kein Lift)
        S: [[HEALTH_CONDITION:Dyspnoe]] seit 03:00, Orthopnoe, Beinödeme bds. A: [[HEALTH_CONDITION:Penicillinallergie]]
        M: [[HEALTH_CONDITION:Lixiana]] 60, [[HEALTH_CONDITION:Concor]] 5, [[HEALTH_CONDITION:Torasemid]] 10 (pausiert)
        P: [[HEALTH_CONDITION:Herzinsuffizienz]] (HFrEF), [[HEALTH_CONDITION:Diabetes mellitus Typ 2]].
        SpO2 86 % → 93 % unter 8 l O2, RR 172/98, HF 118 arrh., EKG: [[HEALTH_CONDITION:VHF]] tachykard.
        Maßnahmen: O2, [[HEALTH_CONDITION:Furosemid]] 40 mg i.v., [[HEALTH_CONDITION:Nitrolingual]] 0,4 mg s.l.
        VD: [[HEALTH_CONDITION:akut dekompensierte Herzinsuffizienz]].
        Ehefrau [[PERSON:Hermine]] kommt nach, Tel. [[PHONE_NUMBER:0664 / 218 43 90]].
        Übergabe an OA Dr. [[PERSON:Kerschbaumer]] – NFS [[PERSON:Lukas Grabner]]
        """#,
        #"""
        Portal pacjenta „MójMedyk” – wiadomość z [[DATE:7.10.2025]], 21:14
        Od: [[PERSON:Agnieszka Wróblewska-Kaczmarek]], PESEL [[MEDICAL_RECORD_NUMBER:74061204868]]
        Do: lek. [[PERSON:Tomasz Górecki]], POZ Przychodnia Zabłocie
        Dzień dobry, od wizyty [[DATE:30 września]] biorę [[HEALTH_CONDITION:Euthyrox N 50]],
        ale dalej mam [[HEALTH_CONDITION:kołatanie serca]] w nocy. Czy mogę dostać skierowanie na holter?
        Nowy adres: [[STREET_ADDRESS:ul. Józefińska 17/4, 30-529 Kraków]], tel. [[PHONE_NUMBER:+48 603 418 227]].
        ---
        Odpowiedź z [[DATE:8.10.2025]] – pielęgniarka [[PERSON:Halina Nowicka]]:
        Pani [[PERSON:Agnieszko]], skierowanie na Holter EKG jest w systemie, termin [[DATE:16 października]] o 8:00.
        TSH z [[DATE:06.10]] wynosi 0,21 mIU/l – możliwe [[HEALTH_CONDITION:przedawkowanie lewotyroksyny]].
        Prosimy nie zmieniać dawek do kontroli. Rejestracja: [[PHONE_NUMBER:12 656 30 41]].
        """#,
        #"""
        ВИПИСКА З МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО № 4127/25 – кардіологічне відділення, м. Львів
        Пацієнт: [[PERSON:Гнатюк Ярослав Богданович]], дата народження [[DATE_OF_BIRTH:04.09.1961]]
        РНОКПП [[MEDICAL_RECORD_NUMBER:2252707139]]
        Адреса: [[STREET_ADDRESS:вул. Городоцька, буд. 172, кв. 45, м. Львів, 79022]]
        Тел.: [[PHONE_NUMBER:+380 67 314 28 95]], дружина [[PERSON:Леся]] — [[PHONE_NUMBER:(032) 255-41-07]]
        Перебував на лікуванні з [[DATE:12.05.2025]] по [[DATE:23.05.2025]].
        Діагноз: [[HEALTH_CONDITION:гострий Q-інфаркт міокарда нижньої стінки лівого шлуночка]].
        Супутній: [[HEALTH_CONDITION:гіпертонічна хвороба III стадії]], [[HEALTH_CONDITION:цукровий діабет 2 типу]].
        Рекомендовано: [[HEALTH_CONDITION:тикагрелор]] 90 мг двічі на добу 12 міс.,
        [[HEALTH_CONDITION:аторвастатин]] 80 мг, [[HEALTH_CONDITION:бісопролол]] 2,5 мг.
        Лікуючий лікар: [[PERSON:Ткачук О. В.]]
        """#,
        #"""
        ООО «Медцентр „Профосмотр-Север“», г. Москва
        ЗАКЛЮЧЕНИЕ предварительного медицинского осмотра № 2025/3318 от [[DATE:17 марта 2025 г.]]
        Ф. И. О.: [[PERSON:Жаксылыкова Айгерим Серикбаевна]], дата рождения [[DATE_OF_BIRTH:21.02.1987]]
        ИИН (Республика Казахстан): [[MEDICAL_RECORD_NUMBER:870221403181]]
        СНИЛС: [[MEDICAL_RECORD_NUMBER:148-302-917 58]]
        Адрес регистрации: [[STREET_ADDRESS:050059, г. Алматы, мкр. Самал-2, д. 58, кв. 17]]
        Адрес пребывания: [[STREET_ADDRESS:123182, г. Москва, ул. Щукинская, д. 26, корп. 2, кв. 84]]
        Тел.: [[PHONE_NUMBER:+7 701 528 14 63]], [[PHONE_NUMBER:8 (916) 402-73-18]]
        Оператор склада, табельный № [[EMPLOYEE_NUMBER:00471]]
        Выявлено: [[HEALTH_CONDITION:миопия средней степени]] обоих глаз (коррекция очками).
        Противопоказания к работе не выявлены. Председатель врачебной комиссии [[PERSON:Белоусов Г. А.]]
        """#,
        #"""
        מכון הדימות – דו"ח בדיקת CT בטן ואגן עם חומר ניגוד
        שם המטופל: [[PERSON:יוסף בן-עמי]]   ת"ז [[MEDICAL_RECORD_NUMBER:034187260]]
        תאריך לידה: [[DATE_OF_BIRTH:17/06/1958]]   טלפון: [[PHONE_NUMBER:052-6418273]]
        כתובת: [[STREET_ADDRESS:רחוב הנביאים 33, דירה 5, חיפה 3310401]]
        תאריך הבדיקה: [[DATE:3.4.2025]]   רופאה מפנה: ד"ר [[PERSON:מיכל רוזנטל]]
        רקע: [[HEALTH_CONDITION:כאבי בטן]] בשמאל למטה וחום מזה 3 ימים. [[HEALTH_CONDITION:סוכרת סוג 2]];
        [[HEALTH_CONDITION:מטפורמין]] הופסק 48 שעות לפני הבדיקה.
        ממצאים: עיבוי דופן הסיגמה עם סטרנדינג של השומן סביב, ריבוי דיברטיקולות. ללא אוויר חופשי, ללא מורסה.
        סיכום: [[HEALTH_CONDITION:דיברטיקוליטיס חריפה לא מסובכת]] של הסיגמה.
        רופא מפענח: ד"ר [[PERSON:אלכסנדר גורביץ']]
        """#,
        #"""
        صيدلية النور – سجل صرف الأدوية – [[DATE:١٥ يناير ٢٠٢٥]]
        المريض: [[PERSON:محمود عبد الفتاح السيد]]، الرقم القومي [[MEDICAL_RECORD_NUMBER:25811030104175]]
        روشتة د. [[PERSON:هالة منصور]]: [[HEALTH_CONDITION:جلوكوفاج]] 1000 مجم مرتين يومياً،
        [[HEALTH_CONDITION:كونكور]] 5 مجم صباحاً
        ملاحظة: لديه [[HEALTH_CONDITION:حساسية من السلفا]].
        استلم الأدوية ابنه [[PERSON:كريم]]، موبايل [[PHONE_NUMBER:0100 482 7316]]
        الصيدلي: د. [[PERSON:مينا رفعت جرجس]]
        """#,
        #"""
        PHYSIOTHERAPY NOTE – Tanjong Pagar Sports & Spine Clinic – session 6, [[DATE:12/02/25]]
        Pt: Mr [[PERSON:Muhammad Hafiz bin Rosli]], 37/M, MyKad [[MEDICAL_RECORD_NUMBER:870514-01-5527]]
        HP (MY) [[PHONE_NUMBER:+60 12-718 4426]]   HP (SG) [[PHONE_NUMBER:8123 4417]]
        Home: [[STREET_ADDRESS:No. 27, Jalan Kenanga 3/5, Taman Johor Jaya, 81100 Johor Bahru, Johor]]
        Weekday stay: [[STREET_ADDRESS:Blk 418 Bedok North Ave 2, #07-1234, Singapore 460418]]
        Ref. by Dr [[PERSON:Clara Yeo Hui Min]]: [[HEALTH_CONDITION:R ACL reconstruction]] on [[DATE:2 Jan 2025]].
        S: pain 2/10, stairs OK with rail. Still taking [[HEALTH_CONDITION:Arcoxia]] 90 mg prn.
        O: ROM 0–115°, quads lag 5°, mild effusion. Single-leg squat poor control.
        P: progress CKC, bike 15 min, no pivoting till 4/12. MC extended to [[DATE:16 Feb]] for site work.
        Supervisor Mr [[PERSON:Tan]] may call – pt consents. PT: [[PERSON:Priya d/o Raman]]
        """#,
        #"""
        ANC VISIT 3 – Nakulabye Health Centre III, Kampala – [[DATE:14/03/2025]]
        Client: [[PERSON:Nakato Brenda Ssemwogerere]], 24 yrs, G2P1, NIN [[MEDICAL_RECORD_NUMBER:CF01052104HB7K]]
        Residence: [[STREET_ADDRESS:Kisasi village, Kyanja parish, Nakawa division]]
        Post: [[STREET_ADDRESS:P.O. Box 21774, Kampala]]   Tel. [[PHONE_NUMBER:0772 418 936]]
        LNMP [[DATE:27/08/2024]], EDD [[DATE:03/06/2025]], GA 28+3. BP 142/94, urine protein ++, pedal oedema.
        Imp: ?[[HEALTH_CONDITION:pre-eclampsia]]; [[HEALTH_CONDITION:anaemia in pregnancy]] (Hb 9.6).
        Started [[HEALTH_CONDITION:methyldopa]] 250 mg tds, [[HEALTH_CONDITION:ferrous sulphate]]; ref. Kawempe NRH.
        Husband [[PERSON:Kato Isaac]], [[PHONE_NUMBER:+256 701 552 083]]. Midwife: Sr. [[PERSON:Namubiru Prossy]]
        """#,
        #"""
        Dr [[PERSON:Chandrika Wijesekera]] MBBS, MD, FRCP – Consultant Nephrologist
        [[STREET_ADDRESS:No. 14/2, Ward Place, Colombo 07]] | [[PHONE_NUMBER:+94 11 269 4173]]
        [[DATE:21st July 2025]]
        Dr [[PERSON:S. Ramanathan]], Renal Transplant Unit, Chennai
        Re: Mr [[PERSON:Kasun Tharanga Jayawardena]], DOB [[DATE_OF_BIRTH:14.05.1981]]
        NIC [[MEDICAL_RECORD_NUMBER:198113402761]], [[STREET_ADDRESS:No. 58, Temple Road, Kurunegala 60000]]
        He has [[HEALTH_CONDITION:CKD stage 5]] due to [[HEALTH_CONDITION:IgA nephropathy]], on haemodialysis since
        [[DATE:March 2024]], with [[HEALTH_CONDITION:renal anaemia]] on [[HEALTH_CONDITION:Eprex]] 4000 IU twice weekly.
        Donor: his sister Mrs [[PERSON:Dilhani Perera]], NIC [[MEDICAL_RECORD_NUMBER:836542187V]], blood group O+.
        In India they will stay at [[STREET_ADDRESS:Flat 3B, Srinivasa Apartments, 12 Dr Radhakrishnan Salai]],
        [[STREET_ADDRESS:Mylapore, Chennai 600004]]; Indian mobile [[PHONE_NUMBER:+91 98402 17735]].
        Kind regards, [[PERSON:C. Wijesekera]]
        """#,
    ]

    /// A twenty-ninth set of everyday texts, written blind to DataGuard's rules: union and HR letters, utility,
    /// payroll, courier, club, listing, help-desk, sign-up, tenancy, chats and signatures (IE, CA, US, DO, ES, CU,
    /// BE, FR, MA, DE, CH, IT, MT, RO, TR, IR, PK, BD, CN, TW, ZW, GH, TZ, NZ).
    static let twentyNinthEveryday: [String] = [
        #"""
        Fórsa – Cork Local Government Branch
        [[DATE:3 September 2025]]
        Ms [[PERSON:Caoimhe Ní Bhriain]]
        [[STREET_ADDRESS:Apartment 12, Block B, The Maltings]]
        [[STREET_ADDRESS:Ballyvolane, Cork T23 K8F2]]
        Membership no. [[MEMBER_NUMBER:F0418273]]   PPSN (for the tax-relief form): [[MEMBER_NUMBER:7048315G]]
        Dear [[PERSON:Caoimhe]],
        Re: your grievance on the re-grading of Clerical Officer posts (staff no. [[EMPLOYEE_NUMBER:CCC-22917]])
        The stage 2 hearing is fixed for Tuesday [[DATE:16 September]] at 10.30 in County Hall.
        I will attend with you; [[PERSON:Seán Ó Riordáin]] has agreed to come as a witness.
        Please ring me beforehand on [[PHONE_NUMBER:021 425 1190]] or [[PHONE_NUMBER:+353 87 663 0214]].
        Is mise le meas,
        [[PERSON:Dónal Mac Cárthaigh]], Branch Organiser
        """#,
        #"""
        Lakeshore Hydro & Water – Account transfer confirmation, [[DATE:August 14, 2025]]
        [[PERSON:Devon O'Rourke-Singh]]
        [[STREET_ADDRESS:Unit 1407 – 88 Charles Street East]]
        [[STREET_ADDRESS:Toronto ON  M4Y 0B6]]
        Customer number: [[MEMBER_NUMBER:30-4471-8826]]
        Dear Mr. [[PERSON:O'Rourke-Singh]], we closed your account for [[STREET_ADDRESS:221 Bathurst St., Apt. 3]]
        on [[DATE:July 31, 2025]] and opened service at your new address effective [[DATE:August 1]].
        Paperless billing will go to [[EMAIL_ADDRESS:devon.orourke.singh@outlook.com]].
        Questions? Call us at [[PHONE_NUMBER:1-888-555-0143]], Monday to Friday, 8 a.m. to 6 p.m.
        """#,
        #"""
        From: [[PERSON:Yudelka Almonte Reyes]] <[[EMAIL_ADDRESS:yudelka.almonte@gmail.com]]>
        Sent: Monday, [[DATE:October 6, 2025]] 7:42 AM
        To: Payroll – Grand Concourse Rehab & Nursing
        Subject: direct deposit change – Emp. ID [[EMPLOYEE_NUMBER:BX-204713]]
        Hi [[PERSON:Sharon]], my check on [[DATE:10/3]] went to my old account again. Please update to:
        Fordham Community CU – routing [[US_ROUTING_NUMBER:026407182]], checking [[US_BANK_ACCOUNT:4418093721]]
        SSN for verification: [[US_SSN:146-72-3980]]
        New address: [[STREET_ADDRESS:2350 Grand Concourse, Apt 5F]]
                     [[STREET_ADDRESS:Bronx, NY 10458]]
        For the life-insurance beneficiary form, my mom: [[PERSON:Altagracia Reyes de Almonte]],
        cédula [[MEMBER_NUMBER:031-0472958-1]], [[STREET_ADDRESS:Calle Restauración #48, Los Pepines, Santiago 51000]],
        República Dominicana, tel. [[PHONE_NUMBER:809-582-4416]].
        Thanks!! [[PERSON:Yudelka]] – cell [[PHONE_NUMBER:(347) 612-0859]]
        """#,
        #"""
        ENVÍOS CARIBE EXPRESS – Lavapiés, Madrid – hoja de envío nº 2025-11-07/0193 – [[DATE:7/11/2025]]
        REMITENTE: [[PERSON:Yaimara Castellanos Rivero]]   NIE [[MEMBER_NUMBER:Y4186235L]]
        [[STREET_ADDRESS:C/ del Ave María, 31, 2º izda., 28012 Madrid]]   Tel. [[PHONE_NUMBER:+34 641 27 83 90]]
        DESTINATARIO: [[PERSON:Orestes Castellanos Peña]]   Carné de identidad [[MEMBER_NUMBER:52031408267]]
        [[STREET_ADDRESS:Calle 23 No. 1054, apto. 6, e/ 12 y 14, Vedado, Plaza de la Revolución]]
        [[STREET_ADDRESS:La Habana, CP 10400]]
        Tel. [[PHONE_NUMBER:+53 5 284 1137]] / fijo [[PHONE_NUMBER:7 832 4490]]
        Contenido (12 kg): aseo, leche en polvo, [[HEALTH_CONDITION:losartán]] y [[HEALTH_CONDITION:glibenclamida]].
        Si no hay nadie, entregar a la vecina [[PERSON:Migdalia]] del apto. 5.
        Pagado con tarjeta [[CREDIT_CARD:4532 0187 4419 6024]]. Entrega estimada: [[DATE:28 de noviembre]].
        """#,
        #"""
        Royal Volley Club Tournaisien – section jeunes – stage de Pâques du [[DATE:07/04]] au [[DATE:11/04]]
        Bonjour à tous, inscrites U13 : [[PERSON:Lina Vandermeulen]] (licence [[MEMBER_NUMBER:VB-22871]]),
        [[PERSON:Maëlle Hennion]] et [[PERSON:Chloé Dupuis-Lefebvre]] (licence FR en cours).
        Pour l'assurance, il manque le numéro national de [[PERSON:Lina]] : [[MEMBER_NUMBER:12.05.09-138.05]].
        La maman de [[PERSON:Chloé]], Mme [[PERSON:Sandrine Dupuis]], [[STREET_ADDRESS:27 rue Gambetta, 59000 Lille]],
        fera le covoiturage depuis la France : [[PHONE_NUMBER:+33 6 48 21 90 37]].
        [[PERSON:Maëlle]] a un [[HEALTH_CONDITION:asthme d'effort]] : sa [[HEALTH_CONDITION:Ventolin]] dans le sac !
        Rendez-vous à la salle, [[STREET_ADDRESS:Rue du Follet 21, 7540 Kain]], à 9 h.
        [[PERSON:Jean-Philippe Delcourt]], coordinateur – [[PHONE_NUMBER:0472 18 44 09]]
        """#,
        #"""
        À vendre – réfrigérateur Samsung 400 L, très bon état, 3 200 DH (déménagement). Libre dès le [[DATE:15 juin]].
        [[STREET_ADDRESS:Résidence Al Yasmine, imm. 4, appt 12, rue Ibnou Mounir, Maârif, 20330 Casablanca]]
        للبيع: ثلاجة سامسونج 400 لتر، حالة ممتازة، 3200 درهم. للاتصال: [[PERSON:يوسف العمراني]]
        [[PHONE_NUMBER:06 61 28 47 93]] – واتساب [[PHONE_NUMBER:+212 7 70 41 25 88]]
        """#,
        #"""
        Ticket INC-0087341 | Kategorie: VPN/Netzlaufwerk | Priorität 2 – hoch
        Erstellt [[DATE:24.02.2025]] 08:17 von [[PERSON:Jürgen Weißenbach]] (Pers.-Nr. [[EMPLOYEE_NUMBER:100482]])
        Tel. [[PHONE_NUMBER:+49 711 93 44 218]], mobil [[PHONE_NUMBER:0151 2274 9031]]
        E-Mail [[EMAIL_ADDRESS:juergen.weissenbach@kessler-praezision.de]]
        Beschreibung: Seit dem Update kein Zugriff auf \\zh-fs02\konstruktion (Standort Zürich).
        Client-IP intern [[IP_ADDRESS:10.42.17.233]], öffentliche IP laut Portal [[IP_ADDRESS:91.64.203.118]],
        IPv6 [[IP_ADDRESS:2a02:8070:a18b:4c00::1f3]].
        Update [[DATE:24.2.25]] 09:02 – [[PERSON:Reto Bachmann]], IT Zürich, [[PHONE_NUMBER:+41 44 512 38 70]]:
        Regel am Gateway [[IP_ADDRESS:195.141.88.4]] ergänzt, bitte neu verbinden.
        Geht wieder. Kollegin [[PERSON:Svenja Öztürk]] (IP [[IP_ADDRESS:10.42.17.58]]) hat dasselbe Problem.
        Vor-Ort-Termin Di [[DATE:4. März]], [[STREET_ADDRESS:Hardturmstrasse 161, 8005 Zürich]], 3. OG.
        """#,
        #"""
        From: People Team – Valletta Bay Gaming Ltd <[[EMAIL_ADDRESS:people@vbgaming.com.mt]]>
        To: [[PERSON:Salvatore Grasso]] <[[EMAIL_ADDRESS:salvo.grasso91@libero.it]]>
        Date: Tue, [[DATE:2 Sep 2025]]   Subject: Welcome aboard – first day [[DATE:15 September]]
        Ciao [[PERSON:Salvatore]], we are happy to confirm your start as Customer Support Agent.
        Your employee number is [[EMPLOYEE_NUMBER:VBG-3381]]. Please bring your carta d'identità and your
        codice fiscale ([[MEMBER_NUMBER:GRSSVT91P12C351G]]) for the Jobsplus registration.
        We still have your address as [[STREET_ADDRESS:Via Vittorio Emanuele II 214, 95124 Catania CT]].
        The flat booked for your first month: [[STREET_ADDRESS:Flat 5, Dolphin Court, Triq it-Torri]],
        [[STREET_ADDRESS:Tas-Sliema SLM 1602]].
        Your buddy is [[PERSON:Graziella Camilleri]], [[PHONE_NUMBER:+356 7942 1186]];
        reception [[PHONE_NUMBER:2137 6600]].
        Kind regards, [[PERSON:Ramona Zammit Borg]], HR Business Partner
        """#,
        #"""
        Către: Sindicatul Liber „Solidaritatea” – Filiala Cluj
        Subsemnata [[PERSON:Ioana-Mădălina Crișan]], CNP [[MEMBER_NUMBER:2800719123451]], domiciliată în
        [[STREET_ADDRESS:str. Observatorului nr. 34, bl. C2, sc. 1, et. 3, ap. 12]]
        [[STREET_ADDRESS:400487 Cluj-Napoca, jud. Cluj]]
        angajată la SC Transilvania Textil SRL, marca [[EMPLOYEE_NUMBER:4127]],
        vă aduc la cunoștință că în data de [[DATE:12.06.2025]] șeful de tură, dl [[PERSON:Vasile Pop]], a refuzat
        să-mi accepte certificatul de concediu medical pentru [[HEALTH_CONDITION:sindrom de tunel carpian]] și m-a
        amenințat cu desfacerea contractului. Solicit sprijinul sindicatului.
        Telefon: [[PHONE_NUMBER:0744 381 926]], e-mail: [[EMAIL_ADDRESS:ioana.crisan80@yahoo.ro]]
        Data: [[DATE:16 iunie 2025]]   Semnătura: [[PERSON:I. M. Crișan]]
        """#,
        #"""
        Üyelik başvurusu – FitKampüs Kadıköy – [[DATE:03.03.2025]] 23:48, IP [[IP_ADDRESS:88.241.17.204]]
        Ad Soyad: [[PERSON:Elif Nur Kaya Demirtaş]]   Doğum tarihi: [[DATE_OF_BIRTH:19/11/1996]]
        T.C. Kimlik No: [[MEMBER_NUMBER:38457120910]]   Cep: [[PHONE_NUMBER:0532 418 77 06]]
        E-posta: [[EMAIL_ADDRESS:elifnur.kaya@hotmail.com.tr]]
        Adres: [[STREET_ADDRESS:Caferağa Mah. Moda Cad. No: 112 D: 7, 34710 Kadıköy/İstanbul]]
        Acil durum: [[PERSON:Murat Demirtaş]] (eşi), [[PHONE_NUMBER:+90 (216) 338 41 29]]
        Sağlık beyanı: [[HEALTH_CONDITION:bel fıtığı]] (L4-L5), ara sıra [[HEALTH_CONDITION:Arveles]] kullanıyor.
        Ödeme: 12 ay peşin, kart [[CREDIT_CARD:5400 6103 8827 1190]], SKT 08/28
        """#,
        #"""
        اطلاعیه تمدید قرارداد اجاره
        موجر: آقای [[PERSON:حسین رضایی‌نژاد]]   کد ملی: [[MEMBER_NUMBER:۰۰۷۳۱۵۸۶۲۳]]
        مستأجر: خانم [[PERSON:نگار سلطانی]]   کد ملی: [[MEMBER_NUMBER:1284509370]]
        نشانی: [[STREET_ADDRESS:تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۸، طبقه سوم، واحد ۷]]
        [[STREET_ADDRESS:کد پستی ۱۵۹۸۷۴۳۶۱۱]]
        خانم [[PERSON:سلطانی]] گرامی، قرارداد فعلی در [[DATE:۳۱ شهریور ۱۴۰۴]] به پایان می‌رسد.
        قرارداد جدید از [[DATE:۱ مهر ۱۴۰۴]] با افزایش ۲۵ درصد اجاره‌بها پیشنهاد می‌شود.
        لطفاً پاسخ دهید: همراه [[PHONE_NUMBER:۰۹۱۲ ۳۴۸ ۷۲۱۵]] یا تلفن ثابت [[PHONE_NUMBER:021-88742013]].
        امضا: [[PERSON:ح. رضایی‌نژاد]]، [[DATE:۱۴۰۴/۰۶/۱۰]]
        """#,
        #"""
        whatsapp – "Night Shift Team B 🌙" – [[DATE:11/07/2025]]
        [11:42 pm] [[PERSON:hamza]]: bhai kal 8 baje wali shift koi le lega? ammi ki [[HEALTH_CONDITION:dialysis]] hai
        [11:44 pm] [[PERSON:ayesha r]]: main le leti hoon, lekin sunday wali tum lo
        [11:44 pm] [[PERSON:hamza]]: done! shukriya 🙏 sir [[PERSON:waqas]] ko bata deta hoon
        [11:47 pm] [[PERSON:Waqas Bhatti]] (TL): ٹھیک ہے، دونوں اپنے ایمپلائی نمبر بھیج دیں
        [11:48 pm] [[PERSON:hamza]]: [[EMPLOYEE_NUMBER:LHR-CC-3318]]
        [11:48 pm] [[PERSON:ayesha r]]: [[EMPLOYEE_NUMBER:LHR-CC-3402]]. HR ne medical claim ke liye CNIC manga tha:
        [[MEMBER_NUMBER:35202-7741083-4]]
        [11:50 pm] [[PERSON:Waqas Bhatti]] (TL): CNIC group mein mat bhejo yaar 😅 email karo
        [11:51 pm] [[PERSON:hamza]]: naya address: [[STREET_ADDRESS:House 27, Street 9, Block C, Faisal Town, Lahore]]
        [11:53 pm] [[PERSON:عائشہ]]: میرا نمبر بھی بدل گیا ہے، نیا نمبر [[PHONE_NUMBER:0321-4418972]] ہے
        """#,
        #"""
        দ্রুত কুরিয়ার: প্রিয় [[PERSON:তানজিলা আক্তার]], আপনার পার্সেল (DK-5518-0327) [[DATE:১৮ আগস্ট]] বিকেলে পৌঁছাবে।
        ঠিকানা: [[STREET_ADDRESS:বাড়ি ৪৫, রোড ১২/এ, ধানমন্ডি, ঢাকা ১২০৯]]। ক্যাশ অন ডেলিভারি: ৳১,৮৫০
        ডেলিভারিম্যান: [[PERSON:মো. রফিকুল ইসলাম]], মোবাইল [[PHONE_NUMBER:০১৭১১-৪৮২৯৩৬]]
        Reply: pls deliver to [[STREET_ADDRESS:Level 7, Kazi Tower, 27 Kemal Ataturk Avenue, Banani, Dhaka 1213]]
        """#,
        #"""
        微信聊天记录 [[DATE:2025年3月8日]]
        [14:02] [[PERSON:林佩君]]：嗨[[PERSON:小周]]，鳳梨酥寄出了！海關要收件人身分證號，是這個嗎？
        [[MEMBER_NUMBER:310104198706234010]]
        [14:05] [[PERSON:周浩然]]：对的。地址：[[STREET_ADDRESS:上海市徐汇区漕溪北路398号2号楼1502室，200030]]
        [14:05] [[PERSON:周浩然]]：手机 [[PHONE_NUMBER:138 1762 4509]]
        [14:08] [[PERSON:林佩君]]：好～寄件人寫我的：[[STREET_ADDRESS:臺北市大安區復興南路一段219巷7號3樓]]
        [14:08] [[PERSON:林佩君]]：電話 [[PHONE_NUMBER:0912-384-716]]，身分證字號 [[MEMBER_NUMBER:A227415839]]
        [14:10] [[PERSON:Zhou Haoran]]: xiexie [[PERSON:Peijun]] jie! shurufa huai le 😂 yingwen dizhi:
        [[STREET_ADDRESS:Cáoxī Běi Lù 398 Hào, 2 Hào Lóu 1502 Shì, Xúhuì Qū, Shànghǎi 200030]]
        [14:11] [[PERSON:林佩君]]：預計 [[DATE:3月12日]] 到，記得接電話喔！
        """#,
        #"""
        From: [[PERSON:Tendai Mukarakate]] <[[EMAIL_ADDRESS:t.mukarakate@msasalodge.co.zw]]>
        To: [[PERSON:Akosua Boateng]] <[[EMAIL_ADDRESS:akosua.boateng@pahn.org]]>
        Date: [[DATE:19 May 2025]]   Subject: Invoice MSL-0525-114 – regional workshop
        Dear [[PERSON:Akosua]], attached is the invoice for 6 rooms, [[DATE:12 May]]–[[DATE:16 May]].
        The deposit was charged to card [[CREDIT_CARD:4187 5520 9134 7762]]; the balance is due by [[DATE:31/05/2025]].
        Mr [[PERSON:Baraka Kimaro]] left on [[DATE:14 May]] ([[HEALTH_CONDITION:malaria]]), so two nights are credited.
        [[PERSON:Tendai Mukarakate]] | Msasa Lodge | [[STREET_ADDRESS:14 Kingsmead Road, Borrowdale, Harare]]
        [[PHONE_NUMBER:+263 242 885 417]] | [[PHONE_NUMBER:0772 314 906]]
        > Thanks [[PERSON:Tendai]], forwarding to [[PERSON:Neema]] in Dar for payment.
        > [[PERSON:Akosua Boateng]] | [[STREET_ADDRESS:12 Mensah Sarbah Road, East Legon, Accra]]
        > GhanaPost GPS [[STREET_ADDRESS:GA-414-2376]] | [[PHONE_NUMBER:+233 24 418 7720]]
        >> Asante, nimepokea. [[PERSON:Neema Mwakalinga]], Finance | [[STREET_ADDRESS:P.O. Box 31205, Dar es Salaam]]
        >> [[PHONE_NUMBER:+255 754 287 113]]
        """#,
        #"""
        messenger – freshchoice rototuna crew – sat [[DATE:22/2]]
        [6:05 am] [[PERSON:mere]]: kia ora team, anyone keen to swap my sun close for a weekday? whānau thing in gizzy
        [6:11 am] [[PERSON:josh t]]: i can do sun if u take my wed [[DATE:26th]] 7-3
        [6:20 am] [[PERSON:Anahera]] (duty mgr): approved. [[PERSON:josh]] ur staff no is [[EMPLOYEE_NUMBER:40812]]?
        [6:22 am] [[PERSON:josh t]]: yep. new address pls: [[STREET_ADDRESS:2/17 Te Aroha Street, Hamilton 3214]]
        [6:25 am] [[PERSON:mere]]: if u need me ring nan's landline [[PHONE_NUMBER:(06) 862 7419]]
        [6:26 am] [[PERSON:mere]]: im at [[STREET_ADDRESS:823 Wharekopae Road, RD 1, Gisborne 4071]]
        """#,
    ]
}
