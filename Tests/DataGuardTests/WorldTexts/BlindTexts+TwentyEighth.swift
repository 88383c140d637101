extension BlindTexts {
    /// A twenty-eighth set of clinical texts, written blind to DataGuard's rules: discharge letters, referrals, lab,
    /// radiology, dental, physio, mental-health, maternity, pharmacy, pre-auth, ambulance, telehealth and handover
    /// notes (NO, CZ, HU, HR, RS, GR, PT, CA-QC, CL, JM, VN, JP, KE, US, AU, ET).
    static let twentyEighthClinical: [String] = [
        #"""
        EPIKRISE – Medisinsk avdeling, seksjon for hjertesykdommer, Mjøssykehuset Gjøvik
        Pasient: [[PERSON:Torbjørn Aasgaard Lien]]   F.nr. [[MEDICAL_RECORD_NUMBER:170358 42721]]
        Adresse: [[STREET_ADDRESS:Storgata 14 B, leil. H0302]]
                 [[STREET_ADDRESS:2815 Gjøvik]]
        Tlf. [[PHONE_NUMBER:+47 915 62 048]]   Pårørende: kona [[PERSON:Ingunn Lien]], [[PHONE_NUMBER:61 17 42 90]]
        Innlagt [[DATE:02.03.2025]], utskrevet [[DATE:07.03.2025]].
        Diagnoser: [[HEALTH_CONDITION:NSTEMI]]; [[HEALTH_CONDITION:diabetes mellitus type 2]];
        [[HEALTH_CONDITION:hyperlipidemi]].
        Forløp: Brystsmerter i hvile, troponin T stigende til 412 ng/L. Koronar angiografi [[DATE:03.03]] viste
        [[HEALTH_CONDITION:signifikant stenose i proksimale LAD]], behandlet med PCI og ett medikamentavgivende stent.
        Ukomplisert forløp, mobilisert dag 2. Røykeslutt anbefalt, henvist til hjerterehabilitering.
        Medisiner ved utreise: [[HEALTH_CONDITION:Albyl-E]] 75 mg x 1, [[HEALTH_CONDITION:Brilique]] 90 mg x 2 i 12 mnd,
        [[HEALTH_CONDITION:Lipitor]] 80 mg x 1, [[HEALTH_CONDITION:Selo-Zok]] 50 mg x 1,
        [[HEALTH_CONDITION:Metformin]] 1 g x 2 (uendret).
        Kontroll hos fastlege [[PERSON:Hege Strand Myhre]] om 1–2 uker.
        Poliklinisk time [[DATE:12. juni 2025]] kl. 10.15.
        Med vennlig hilsen
        [[PERSON:Arvid Kolstad]], overlege
        """#,
        #"""
        Oddělení klinické biochemie, Nemocnice Třebíč – výsledkový list
        Pacientka: [[PERSON:Jarmila Dvořáková]]   r. č. [[MEDICAL_RECORD_NUMBER:715923/0419]]   ZP: VZP
        Bydliště: [[STREET_ADDRESS:Karlovo nám. 18/44, 674 01 Třebíč]]   tel. [[PHONE_NUMBER:+420 731 284 556]]
        Odesílající lékař: MUDr. [[PERSON:Petr Novotný]], praktický lékař, tel. [[PHONE_NUMBER:568 841 207]]
        Odběr [[DATE:18. 2. 2025]] v 7:20, příjem do laboratoře 8:05
        Glukóza 9,4 mmol/l ↑   HbA1c 71 mmol/mol ↑   LDL-cholesterol 4,2 mmol/l ↑   kreatinin 88 µmol/l
        Závěr: [[HEALTH_CONDITION:nekompenzovaný diabetes mellitus 2. typu]], [[HEALTH_CONDITION:hypercholesterolémie]].
        Užívá [[HEALTH_CONDITION:Siofor]] 850 mg 2× denně; zvážit přidání [[HEALTH_CONDITION:Jardiance]]
        a [[HEALTH_CONDITION:atorvastatinu]]. Kontrolní odběr za 3 měsíce (kolem [[DATE:20. 5. 2025]]).
        Vidovala: RNDr. [[PERSON:Hana Procházková]], Ph.D.
        """#,
        #"""
        MELLKAS CT LELET – Mecsekalja Diagnosztikai Központ, Pécs
        Beteg neve: [[PERSON:Szabóné Kovács Erzsébet]]   Szül.: [[DATE_OF_BIRTH:1951. 09. 23.]]
        TAJ: [[MEDICAL_RECORD_NUMBER:045 218 738]]   Lakcím: [[STREET_ADDRESS:7624 Pécs, Rókus u. 11. 2. em. 4.]]
        Tel.: [[PHONE_NUMBER:+36 30 512 4478]]   Beutaló orvos: dr. [[PERSON:Horváth Gergely]] (tüdőgyógyászat)
        Vizsgálat napja: [[DATE:2025. március 11.]]
        Klinikai kérdés: 6 hete tartó köhögés, fogyás; ismert [[HEALTH_CONDITION:COPD]], 40 csomagév.
        Lelet: a jobb felső lebenyben 23 mm-es, spikulált szélű képlet;
        [[HEALTH_CONDITION:mediastinalis lymphadenopathia]].
        Vélemény: [[HEALTH_CONDITION:tüdődaganat gyanúja]] (Lung-RADS 4B). Bronchoszkópia és PET-CT javasolt.
        Jelenlegi gyógyszerei: [[HEALTH_CONDITION:Spiriva]], szükség esetén [[HEALTH_CONDITION:Berodual]].
        Leletező orvos: dr. [[PERSON:Varga-Tóth Judit]] radiológus szakorvos
        """#,
        #"""
        Fizioterapijski nalaz – Poliklinika Sustipan, Split
        Pacijent: [[PERSON:Ante Jurić-Bašić]], rođen [[DATE_OF_BIRTH:4. 11. 1963.]]
        MBO [[MEDICAL_RECORD_NUMBER:148203957]]   OIB [[MEDICAL_RECORD_NUMBER:69182734053]]
        Adresa: [[STREET_ADDRESS:Ulica Ruđera Boškovića 22, 21000 Split]], mob. [[PHONE_NUMBER:091 334 7180]]
        Uputnica: dr. [[PERSON:Marina Radić]], [[DATE:27. 1. 2025.]]
        Stanje nakon [[HEALTH_CONDITION:TEP lijevog kuka]] ([[DATE:9. 1. 2025.]]).
        Anamneza: [[HEALTH_CONDITION:koksartroza]] desno, [[HEALTH_CONDITION:arterijska hipertenzija]],
        uzima [[HEALTH_CONDITION:Prilen]] 5 mg.
        Status: hod uz dvije podlaktične štake, fleksija kuka 80°, Trendelenburg pozitivan, ožiljak uredan.
        Plan: 10 terapija – jačanje abduktora, trening hoda, hidroterapija. Sljedeći termin [[DATE:3. 2.]] u 9 h.
        Fizioterapeutkinja: [[PERSON:Ivana Perković]], bacc. physioth., tel. [[PHONE_NUMBER:021 456 782]]
        """#,
        #"""
        АПОТЕКА „ЗВЕЗДАРА”, [[STREET_ADDRESS:Булевар краља Александра 320, Београд]], [[PHONE_NUMBER:011/2418-337]]
        [[PERSON:Милица Стојановић]]   ЛБО [[MEDICAL_RECORD_NUMBER:10448273019]]   Издато: [[DATE:14.04.2025.]]
        [[HEALTH_CONDITION:Бисопролол]] 5 mg – 1 таблета ујутру; [[HEALTH_CONDITION:Ксарелто]] 20 mg – 1 уз вечеру.
        За [[HEALTH_CONDITION:атријалну фибрилацију]]; без [[HEALTH_CONDITION:Бруфена]]! Др [[PERSON:Дејан Миловановић]]
        """#,
        #"""
        Οδοντιατρικό Κέντρο Αμπελοκήπων – Καρτέλα ασθενούς
        Ονοματεπώνυμο: [[PERSON:Παναγιώτα Κωνσταντοπούλου]] / [[PERSON:Panagiota Konstantopoulou]]
        Ημ. γέννησης: [[DATE_OF_BIRTH:08/07/1972]]   ΑΜΚΑ: [[MEDICAL_RECORD_NUMBER:08077203159]]
        Διεύθυνση: [[STREET_ADDRESS:Λεωφ. Αλεξάνδρας 112, 4ος όροφος, 114 71 Αθήνα]]
        Κιν.: [[PHONE_NUMBER:694 518 2273]]
        Ιστορικό: [[HEALTH_CONDITION:οστεοπόρωση]], παίρνει [[HEALTH_CONDITION:Fosamax]] 70 mg/εβδ. από το 2019·
        [[HEALTH_CONDITION:αλλεργία στην πενικιλίνη]].
        [[DATE:17/03/2025]]: έντονος πόνος στο 46 – [[HEALTH_CONDITION:περιακρορριζικό απόστημα]].
        Όχι εξαγωγή λόγω κινδύνου [[HEALTH_CONDITION:οστεονέκρωσης της γνάθου]]· έναρξη ενδοδοντικής θεραπείας.
        Συνταγή: [[HEALTH_CONDITION:Dalacin C]] 300 mg x 3 για 7 ημέρες.
        Επόμενο ραντεβού Τετάρτη [[DATE:26 Μαρτίου]], 18:30.
        Οδοντίατρος: [[PERSON:Σταύρος Νικολαΐδης]], τηλ. ιατρείου [[PHONE_NUMBER:210 642 7318]]
        """#,
        #"""
        Teleconsulta – USF Ribeira Nova, Porto – [[DATE:9 de abril de 2025]]
        Utente: [[PERSON:Maria do Rosário Teixeira Lopes]], n.º de utente SNS [[MEDICAL_RECORD_NUMBER:283 104 967]]
        [10:02] Dr.ª [[PERSON:Inês Carvalhal]]: Bom dia, D. [[PERSON:Rosário]]. Como vai a tensão com o
        [[HEALTH_CONDITION:Coversyl]]?
        [10:04] [[PERSON:Maria do Rosário]]: bom dia sra. doutora, anda nos 14/9 mas tenho uma tosse seca
        [10:05] Dr.ª [[PERSON:Inês Carvalhal]]: A tosse é um efeito conhecido desse medicamento. Vamos trocar para
        [[HEALTH_CONDITION:losartan]] 50 mg, continua a ser para a [[HEALTH_CONDITION:hipertensão]].
        [10:06] [[PERSON:Maria do Rosário]]: e a receita? o meu telemóvel agora é o [[PHONE_NUMBER:936 218 404]]
        [10:07] Dr.ª [[PERSON:Inês Carvalhal]]: Envio por SMS. Mantenha a [[HEALTH_CONDITION:metformina]] como estava.
        [10:08] [[PERSON:Maria do Rosário]]: obrigada. a morada é a mesma,
        [[STREET_ADDRESS:Rua de Cedofeita, 412, 3.º Esq., 4050-174 Porto]]
        """#,
        #"""
        CLSC Rosemont – Note d'évolution, santé mentale adulte
        Usagère : [[PERSON:Geneviève Thibodeau-Lacasse]]   NAM : [[MEDICAL_RECORD_NUMBER:THIG 9153 2714]]
        DDN : [[DATE_OF_BIRTH:1991-03-27]]   Cell. : [[PHONE_NUMBER:514 555-0187]]
        Adresse : [[STREET_ADDRESS:5870, 2e Avenue, app. 3, Montréal (Québec) H1Y 2Z6]]
        Rencontre du [[DATE:2025-04-22]] (45 min, en personne).
        Suivi pour [[HEALTH_CONDITION:trouble dépressif majeur]], épisode récurrent, et
        [[HEALTH_CONDITION:trouble d'anxiété généralisée]]. Sous [[HEALTH_CONDITION:Cipralex]] 15 mg depuis janvier,
        prescrit par la Dre [[PERSON:Nadia Belhumeur]] (GMF Masson).
        Humeur « un peu mieux », sommeil 6 h/nuit, nie idées suicidaires.
        Rupture avec son conjoint [[PERSON:Maxime]] en mars; habite seule avec sa fille [[PERSON:Léa]] (6 ans),
        garde partagée.
        Plan : poursuivre TCC aux 2 semaines; réévaluer avec la Dre [[PERSON:Belhumeur]] si PHQ-9 > 15.
        Prochain rendez-vous le [[DATE:6 mai]] à 13 h 30.
        [[PERSON:Étienne Gravel-Ouellet]], t.s., poste 4412
        """#,
        #"""
        SOLICITUD DE AUTORIZACIÓN PREVIA – Isapre Cordillera Salud
        Beneficiaria: [[PERSON:Camila Andrea Fuenzalida Riquelme]]   RUT [[MEDICAL_RECORD_NUMBER:17.028.455-0]]
        N.º de afiliado: [[MEDICAL_RECORD_NUMBER:CS-4471920-03]]   Fecha de nacimiento: [[DATE_OF_BIRTH:02-11-1989]]
        Domicilio: [[STREET_ADDRESS:Av. Irarrázaval 2941, depto. 1204, Ñuñoa, Santiago]]
        Cel.: [[PHONE_NUMBER:+56 9 8412 3367]]
        Diagnóstico: [[HEALTH_CONDITION:colelitiasis sintomática]], [[HEALTH_CONDITION:cólicos biliares]] a repetición
        desde el [[DATE:14 de enero]]. Antecedentes: [[HEALTH_CONDITION:hipotiroidismo]] en tratamiento con
        [[HEALTH_CONDITION:Eutirox]] 75 µg; alergia a [[HEALTH_CONDITION:ketorolaco]].
        Prestación solicitada: colecistectomía laparoscópica, Clínica Los Andes, fecha programada [[DATE:19/06/2025]].
        Médico tratante: Dr. [[PERSON:Felipe Echeverría Vial]], cirugía digestiva, fono [[PHONE_NUMBER:(2) 2754 8120]].
        """#,
        #"""
        Dear Dr [[PERSON:Chin-Yee]],
        Re: Mr [[PERSON:Desmond Aloysius McKenzie]], DOB [[DATE_OF_BIRTH:14th August 1956]]
        UHWI No. [[MEDICAL_RECORD_NUMBER:UH-0871432]]   NHF card no. [[MEDICAL_RECORD_NUMBER:4471 0923 3816]]
        Address: [[STREET_ADDRESS:Lot 27, Red Hills Road, Kingston 19]]
        Tel: [[PHONE_NUMBER:(876) 924-3318]], cell [[PHONE_NUMBER:876-881-4052]]
        I would be grateful if you would see this 68-year-old retired JUTC driver with
        [[HEALTH_CONDITION:poorly controlled hypertension]] (BP 178/104 on [[DATE:2 May]]) despite
        [[HEALTH_CONDITION:amlodipine]] 10 mg and [[HEALTH_CONDITION:HCTZ]] 25 mg, and new
        [[HEALTH_CONDITION:proteinuria]] (ACR 52 mg/mmol, eGFR 48). He also has [[HEALTH_CONDITION:gout]],
        two flares this year, on [[HEALTH_CONDITION:allopurinol]] 100 mg.
        FHx: brother on dialysis for [[HEALTH_CONDITION:ESRD]].
        ?[[HEALTH_CONDITION:hypertensive nephropathy]] – grateful for your assessment and advice re: an ACE inhibitor.
        His daughter [[PERSON:Shanique]] usually accompanies him, tel [[PHONE_NUMBER:1-876-390-2271]].
        Yours sincerely,
        Dr [[PERSON:Marcia Henry-Bailey]], MBBS, DM (Fam Med)
        Hope Pastures Family Practice, [[STREET_ADDRESS:14 Hope Boulevard, Kingston 6]] (P.O. Box 412, Kingston 6)
        """#,
        #"""
        GIẤY RA VIỆN – Bệnh viện Đa khoa Hòa Bình Sài Gòn
        Họ tên người bệnh: [[PERSON:Nguyễn Thị Thu Hương]]   Ngày sinh: [[DATE_OF_BIRTH:12/08/1978]]   Giới: Nữ
        Mã y tế: [[MEDICAL_RECORD_NUMBER:24.015.873]]   Số thẻ BHYT: [[MEDICAL_RECORD_NUMBER:GD4797920314558]]
        Địa chỉ: [[STREET_ADDRESS:Số 48/12 đường Trần Quang Diệu, Phường 14, Quận 3, TP. Hồ Chí Minh]]
        Điện thoại: [[PHONE_NUMBER:0908 412 735]]
        Vào viện: [[DATE:03/04/2025]]   Ra viện: [[DATE:ngày 10 tháng 4 năm 2025]]
        Chẩn đoán: [[HEALTH_CONDITION:sốt xuất huyết Dengue có dấu hiệu cảnh báo]];
        bệnh kèm: [[HEALTH_CONDITION:thiếu máu thiếu sắt]].
        Điều trị: truyền dịch, [[HEALTH_CONDITION:Paracetamol]] 500 mg, [[HEALTH_CONDITION:Ferrovit]] 1 viên/ngày.
        Tiểu cầu lúc ra viện 142 G/L. Lời dặn: tái khám sau 1 tuần, không dùng [[HEALTH_CONDITION:Aspirin]]
        hay [[HEALTH_CONDITION:Ibuprofen]].
        Người nhà: chồng [[PERSON:Trần Văn Lộc]], ĐT [[PHONE_NUMBER:+84 91 327 6604]]
        Bác sĩ điều trị: BS.CKI [[PERSON:Lê Minh Khoa]]
        """#,
        #"""
        診療情報提供書（紹介状）　[[DATE:令和7年5月8日]]
        紹介先：北区総合病院 消化器内科　[[PERSON:小野寺 隆]] 先生
        患者氏名：[[PERSON:佐々木 美穂]]（[[PERSON:ササキ ミホ]] / [[PERSON:Miho Sasaki]]）　女
        生年月日：[[DATE_OF_BIRTH:昭和58年11月3日]]　患者ID：[[MEDICAL_RECORD_NUMBER:0048217]]
        被保険者証 記号・番号：[[MEDICAL_RECORD_NUMBER:2741・1083]]
        住所：[[STREET_ADDRESS:〒114-0023 東京都北区滝野川3丁目21-8 ハイツ滝野川202号]]　電話：[[PHONE_NUMBER:090-4718-2265]]
        傷病名：[[HEALTH_CONDITION:潰瘍性大腸炎]]の疑い、[[HEALTH_CONDITION:鉄欠乏性貧血]]
        経過：[[DATE:4月12日]]頃より1日6回程度の血便と腹痛あり。Hb 9.1 g/dL。
        [[HEALTH_CONDITION:フェロミア]]50mg、[[HEALTH_CONDITION:ビオフェルミン]]を処方中。大腸内視鏡検査を含め、精査加療をお願い申し上げます。
        紹介元：たきのがわ内科クリニック　院長 [[PERSON:森田 健一]]　TEL [[PHONE_NUMBER:03-3916-5520]]
        """#,
        #"""
        MCH/ANC CLINIC – Kahawa West Health Centre, Nairobi – ANC visit 4, [[DATE:16/05/2025]]
        Client: [[PERSON:Wanjiru Njeri Kamau]], 27 yrs, G2P1+0   ANC No. [[MEDICAL_RECORD_NUMBER:KWH/ANC/0612/25]]
        SHA No. [[MEDICAL_RECORD_NUMBER:SHA-1048-2291-73]]
        Residence: [[STREET_ADDRESS:Kamiti Rd, Plot 118, Kahawa West, Nairobi]]
        Tel [[PHONE_NUMBER:0722 418 305]]. LMP [[DATE:03/10/2024]], EDD [[DATE:10/07/2025]], GA 32+1/52.
        BP 146/96, repeat 148/98. Urine protein ++. Mild pedal oedema, c/o frontal headache since last night.
        Imp: [[HEALTH_CONDITION:pre-eclampsia]] w/o severe features. Hx [[HEALTH_CONDITION:anaemia]] in 1st pregnancy.
        Plan: start [[HEALTH_CONDITION:methyldopa]] 250 mg TDS, cont. [[HEALTH_CONDITION:IFAS]];
        ref. to KNH labour ward today.
        Husband [[PERSON:Otieno Ochieng]] informed on [[PHONE_NUMBER:+254 733 590 214]]; he will escort her.
        Seen by [[PERSON:Grace Chebet]], RM/RN
        """#,
        #"""
        PRIOR AUTHORIZATION REQUEST – specialty drug, medical benefit – submitted [[DATE:06/03/2025]] via portal
        Member: [[PERSON:Tamika R. Holloway]]   DOB: [[DATE_OF_BIRTH:09/22/1984]]
        Member ID: [[MEDICAL_RECORD_NUMBER:XKP884210375]]
        Group #: 0047192   Requesting facility MRN: [[MEDICAL_RECORD_NUMBER:E3318407]]
        Address: [[STREET_ADDRESS:2217 N Fairfield Ave, Apt 3F]]
                 [[STREET_ADDRESS:Chicago, IL 60647]]
        Phone: [[PHONE_NUMBER:(773) 555-0142]]   Email: [[EMAIL_ADDRESS:tamika.holloway84@gmail.com]]
        Prescriber: [[PERSON:Rajesh Subramaniam]], MD (Rheumatology), NPI 1487305521
        Office: [[PHONE_NUMBER:312.555.0198]]
        Requested: [[HEALTH_CONDITION:Humira]] ([[HEALTH_CONDITION:adalimumab]]) 40 mg SC every other week
        Diagnosis: [[HEALTH_CONDITION:psoriatic arthritis]] with [[HEALTH_CONDITION:plaque psoriasis]], ~8% BSA
        Prior therapies: [[HEALTH_CONDITION:methotrexate]] 20 mg weekly x 6 months, stopped for
        [[HEALTH_CONDITION:transaminitis]]; [[HEALTH_CONDITION:sulfasalazine]] 1 g BID – inadequate response.
        QuantiFERON-TB Gold negative on [[DATE:05/12/2025]]; HBsAg negative.
        Questions: [[PERSON:Brianna Kowalski]], prior auth coordinator, [[PHONE_NUMBER:312-555-0176 ext. 204]]
        """#,
        #"""
        PATIENT CARE RECORD – Case 25-0417-3381   Date [[DATE:17/04/2025]]   Disp 14:52  Scene 15:03  Hosp 15:44
        Pt: [[PERSON:Dorothy Anne Whitlam]]  F  DOB [[DATE_OF_BIRTH:03/02/1941]]
        Medicare [[MEDICAL_RECORD_NUMBER:2953 41822 1]]
        Location: [[STREET_ADDRESS:Unit 6/41 Sunshine Pde, Miami QLD 4220]] (home, 1st floor, no lift)
        Caller: neighbour [[PERSON:Kev Barlow]], [[PHONE_NUMBER:0491 570 158]]
        HPC: found on floor by neighbour, ?LOC, c/o L hip pain, unable to weight bear. L leg shortened and externally
        rotated. ?[[HEALTH_CONDITION:#NOF]]
        PMHx: [[HEALTH_CONDITION:AF]], [[HEALTH_CONDITION:T2DM]], [[HEALTH_CONDITION:osteoporosis]].
        Meds: [[HEALTH_CONDITION:Eliquis]] 2.5 BD, [[HEALTH_CONDITION:Diabex XR]] 1 g,
        [[HEALTH_CONDITION:Prolia]] 6/12ly.
        Obs: HR 104 irreg, BP 152/88, RR 20, SpO2 96% RA, BGL 11.2, GCS 15, pain 8/10.
        Mx: [[HEALTH_CONDITION:methoxyflurane]] 3 mL inh, IV 18G L ACF, [[HEALTH_CONDITION:fentanyl]] 25 mcg IV x2,
        scoop + vac mattress. Transported to GCUH ED, handover to triage RN.
        NOK: son [[PERSON:Greg Whitlam]], [[PHONE_NUMBER:+61 491 571 266]] – notified by crew.
        Crew: [[PERSON:Tahnee O'Rourke]] (ACP) / [[PERSON:Liam Nguyen]] (graduate paramedic)
        """#,
        #"""
        Nursing handover – Medical Ward B, Entoto Referral Hospital, Addis Ababa
        Night → day, [[DATE:Ginbot 12, 2017 E.C.]] ([[DATE:20 May 2025]])
        Bed 3: W/ro [[PERSON:Tigist Alemayehu]], 46 F, MRN [[MEDICAL_RECORD_NUMBER:0427715]].
          [[HEALTH_CONDITION:DKA]] resolving, insulin drip off 02:00, now SC [[HEALTH_CONDITION:NPH]] 20 IU BID.
          Known [[HEALTH_CONDITION:T1DM]] x 12 yrs.
          Sister [[PERSON:Meseret]] at bedside, phone [[PHONE_NUMBER:0911 42 37 68]].
        Bed 5: Ato [[PERSON:Getachew Bekele Woldemariam]], 63 M, MRN [[MEDICAL_RECORD_NUMBER:0391220]].
          [[HEALTH_CONDITION:CHF]] NYHA III – [[HEALTH_CONDITION:furosemide]] 40 mg IV BID, I/O −1.2 L overnight.
          On [[HEALTH_CONDITION:RHZE]] for [[HEALTH_CONDITION:smear-positive PTB]] since [[DATE:Miyazia 25]];
          keep in isolation room.
          Son [[PERSON:Dawit Getachew]] wants a call before discharge: [[PHONE_NUMBER:+251 912 60 44 18]],
          home [[STREET_ADDRESS:Bole Sub-city, Woreda 03, House No. 1147, Addis Ababa]].
        Bed 6: empty – transfer from ED expected.
        Handed over by Sr. [[PERSON:Hiwot Tesfaye]] to Br. [[PERSON:Abebe Girma]]
        """#,
    ]

    /// A twenty-eighth set of everyday texts, written blind to DataGuard's rules: HR forms and letters, a tenancy
    /// letter, school messages, chats, call and chat transcripts, an ad, an IT ticket, a sign-up list, a delivery
    /// note, an e-mail, a web form and an invoice (US, GB, ZA, NG, TT, PH, AU, TH, ID, EE, LV, LT, DK, SE, IS, KR, SK,
    /// SI, BG, ES-CT, PE, CO).
    static let twentyEighthEveryday: [String] = [
        #"""
        NEW HIRE PACKET – Direct Deposit Authorization & Payroll Setup (Cedar Ridge Logistics, Inc.)
        Employee name: [[PERSON:Marcus J. Delgado]]   Employee ID: [[EMPLOYEE_NUMBER:CRL-118406]]
        Start date: [[DATE:07/14/2025]]   Date of birth: [[DATE_OF_BIRTH:February 9, 1993]]
        SSN: [[US_SSN:521-84-3307]]
        Home address: [[STREET_ADDRESS:4410 Maple Grove Ct, Unit B, Indianapolis, IN 46254]]
        Personal email: [[EMAIL_ADDRESS:mdelgado.93@outlook.com]]   Cell: [[PHONE_NUMBER:317-555-0163]]
        Bank: Hoosier Valley Credit Union   Account type: [x] checking  [ ] savings
        Routing number: [[US_ROUTING_NUMBER:071900728]]   Account number: [[US_BANK_ACCOUNT:4400218837165]]
        Deposit: 100% of net pay. Voided check attached: yes.
        Emergency contact: [[PERSON:Alicia Delgado]] (spouse), [[PHONE_NUMBER:(317) 555-0119]]
        Signature: [[PERSON:Marcus Delgado]]   Date: [[DATE:7/10/25]]
        HR use only – keyed by [[PERSON:Denise Oyelaran]] (#[[EMPLOYEE_NUMBER:CRL-100231]]) on [[DATE:July 11, 2025]]
        """#,
        #"""
        [[DATE:3 June 2025]]
        Ms [[PERSON:Oluwaseun Adeyemi-Clarke]] and Mr [[PERSON:Rhys Pritchard]]
        [[STREET_ADDRESS:Flat 2B, 17 Cathays Terrace]]
        [[STREET_ADDRESS:Cardiff CF24 4HS]]
        Dear Ms [[PERSON:Adeyemi-Clarke]] and Mr [[PERSON:Pritchard]],
        Re: rent review – assured shorthold tenancy, ref. TSL/0448
        As allowed under clause 4.2 of your agreement, the rent will change from £895 to £945 per calendar month
        from [[DATE:1st September 2025]]. Your deposit remains protected with the Tenancy Deposit Scheme.
        Our contractor, [[PERSON:Gareth Price]], will carry out the annual gas safety check on Tuesday [[DATE:17 June]]
        between 9am and 1pm. If that does not suit, please let me know.
        Kind regards,
        [[PERSON:Fiona MacLeod]]
        Lettings Manager | Taff Side Lettings Ltd
        [[STREET_ADDRESS:Unit 4, 112 Crwys Road, Cardiff CF24 4NR]]
        T [[PHONE_NUMBER:029 2018 0447]] | M [[PHONE_NUMBER:07700 900482]]
        [[EMAIL_ADDRESS:fiona.macleod@taffsidelettings.co.uk]]
        """#,
        #"""
        Dear Grade 5B parents and guardians,
        The Kirstenbosch outing is on Friday [[DATE:23 May]]; indemnity forms must be back by [[DATE:19/05/2025]].
        Mrs [[PERSON:Dlamini]], we still need [[PERSON:Lwazi]]'s medical aid details, and please pack his
        [[HEALTH_CONDITION:asthma]] pump ([[HEALTH_CONDITION:Asthavent]]). [[PERSON:Chloé van der Merwe]]'s mom:
        does she still carry an [[HEALTH_CONDITION:EpiPen]] for her [[HEALTH_CONDITION:peanut allergy]]?
        Lift club: the bus will collect at [[STREET_ADDRESS:22 Kloof Nek Road, Tamboerskloof, Cape Town, 8001]].
        Kind regards, [[PERSON:Nomvula Mthembu]] (class teacher) | [[PHONE_NUMBER:082 555 0914]]
        [[EMAIL_ADDRESS:n.mthembu@kloofprep.co.za]]
        ---
        Reply from [[PERSON:Thandeka Dlamini]], Tue [[DATE:13 May]] 19:42: Discovery Health, member no.
        [[MEMBER_NUMBER:384172905]], main member [[PERSON:Sipho Dlamini]]. Spare pump is in his bag. Thanks!
        """#,
        #"""
        Live chat – Zenbridge Bank card services – [[DATE:14/02/2025]] 21:07 WAT
        Agent [[PERSON:Ifeoma]]: Good evening, you're chatting with [[PERSON:Ifeoma]]. How may I help you?
        Customer: Good evening. I'm [[PERSON:Chukwuemeka Babatunde Okafor]]. The ATM on Allen Avenue took my card.
        Agent: So sorry, sir. Kindly confirm the card number and your registered phone number.
        Customer: card is [[CREDIT_CARD:5399 8301 2247 6615]], phone [[PHONE_NUMBER:0803 412 7790]]
        Agent: For verification, your NIN and date of birth?
        Customer: NIN [[MEMBER_NUMBER:70431852960]], born [[DATE_OF_BIRTH:21 October 1987]]
        Agent: Thank you, Mr [[PERSON:Okafor]]. The card is now blocked. Shall we deliver the replacement to
        [[STREET_ADDRESS:Plot 15, Adeniyi Jones Avenue, Ikeja, Lagos]]?
        Customer: No, my office please: [[STREET_ADDRESS:3rd Floor, 27 Broad Street, Lagos Island, Lagos]]. Or my wife
        [[PERSON:Adaeze]] can receive it, her line is [[PHONE_NUMBER:+234 809 554 2316]].
        Agent: Done. Confirmation is on its way to [[EMAIL_ADDRESS:emeka.okafor@yahoo.com]].
        """#,
        #"""
        FOR SALE: 2014 Nissan Tiida, auto, PDE plates, 98,000 km, new tyres, TT$42,000 neg. Serious enquiries only.
        Call/WhatsApp [[PERSON:Ravi Persad]] [[PHONE_NUMBER:(868) 732-4419]] / [[PHONE_NUMBER:1-868-662-0815]] after 4pm
        Viewing at [[STREET_ADDRESS:LP 44 Maingot Street, Curepe]] on Saturday [[DATE:7th June]], or Chaguanas by appt.
        Email: [[EMAIL_ADDRESS:rpersad.tt@gmail.com]]
        """#,
        #"""
        [9:41 am] [[PERSON:mae]]: guys deadline ng requirements for the sss salary loan is friday [[DATE:june 13]] ha
        [9:42 am] [[PERSON:paolo]]: noted. ate [[PERSON:mae]] pa-check if tama sss ko, [[MEMBER_NUMBER:34-5827619-3]]
        [9:43 am] [[PERSON:mae]]: tama yan. philhealth mo kulang pa, [[MEMBER_NUMBER:12-050348291-7]] ba?
        [9:44 am] [[PERSON:paolo]]: yes po. address ko still [[STREET_ADDRESS:unit 1207 tower 2, 33rd st., bgc, taguig]]
        [9:46 am] [[PERSON:joanna reyes]]: hi hr, can't submit today, admitted si mama for [[HEALTH_CONDITION:dengue]]
        [9:47 am] [[PERSON:mae]]: ay ingat! monday [[DATE:june 16]] na lang. text me [[PHONE_NUMBER:0917 555 2048]]
        [9:48 am] [[PERSON:joanna reyes]]: salamat ate. emp no. ko pala [[EMPLOYEE_NUMBER:2019-0457]] for the leave form
        """#,
        #"""
        INC0048817 | P2 | Opened [[DATE:2025-03-18]] 09:12 AEDT | Assignment group: APAC Service Desk (Sydney)
        Caller: [[PERSON:Siriporn Chaiyasit]], Bangkok office, staff no. [[EMPLOYEE_NUMBER:TH-20784]]
        Email: [[EMAIL_ADDRESS:siriporn.c@harbourfreight-apac.com]]   Mobile: [[PHONE_NUMBER:081-734-2290]]
        Description: since this morning I cannot open SAP. VPN connects and gives me [[IP_ADDRESS:10.42.18.77]],
        but ping to the gateway [[IP_ADDRESS:172.16.40.12]] times out. Same for my colleague
        [[PERSON:Wahyu Pratama Nugroho]] in Jakarta ([[EMAIL_ADDRESS:wahyu.nugroho@harbourfreight-apac.com]],
        public IP [[IP_ADDRESS:103.28.54.119]]).
        Work notes:
        [[DATE:18/03]] 09:40 [[PERSON:Jarrah Whitfield]] (L1): split-tunnel profile pushed on [[DATE:17 March]]
        dropped the SAP routes. Rolled back for both users.
        [[DATE:18/03]] 10:05 Bangkok OK. Jakarta still down – office router [[IP_ADDRESS:103.28.54.1]] losing packets.
        Escalated to Network; contact [[PERSON:Bec Doherty]] on [[PHONE_NUMBER:(02) 9130 4471]].
        Replacement router to be couriered to [[STREET_ADDRESS:Menara Kuningan Lt. 12, Jl. H.R. Rasuna Said Kav. 5]],
        [[STREET_ADDRESS:Jakarta Selatan 12940]], attn. [[PERSON:Wahyu]] ([[PHONE_NUMBER:+62 812-8830-4176]]).
        """#,
        #"""
        Riga–Tallinn Coastal Relay 2025 – team "Pärnu Gulls" – entries close [[DATE:31 May 2025]]
        1. [[PERSON:Kadri Tamm]] (EE), born [[DATE_OF_BIRTH:14.08.1990]], ID code [[MEMBER_NUMBER:49008142721]]
           [[PHONE_NUMBER:+372 5123 4478]], [[EMAIL_ADDRESS:kadri.tamm@gmail.com]]
        2. [[PERSON:Mārtiņš Bērziņš]] (LV), personas kods [[MEMBER_NUMBER:150889-12348]]
           club no. [[MEMBER_NUMBER:RSK-0912]], [[PHONE_NUMBER:+371 26 418 733]]
        3. [[PERSON:Rūta Kazlauskaitė]] (LT), asmens kodas [[MEMBER_NUMBER:48812095225]]
           [[PHONE_NUMBER:8 612 44907]], [[EMAIL_ADDRESS:ruta.kaz@inbox.lt]]
        4. [[PERSON:Andres Ilves-Kask]] (EE), [[PHONE_NUMBER:5538 1190]] – vegetarian meals;
           [[HEALTH_CONDITION:type 1 diabetes]], carries [[HEALTH_CONDITION:insulin]] and glucose gel
        Captain's postal address: [[STREET_ADDRESS:Rüütli 28-5, 80010 Pärnu]], Estonia
        Invoice to: [[STREET_ADDRESS:Brīvības iela 144-17, Rīga, LV-1012]], Latvia (attn. [[PERSON:M. Bērziņš]])
        """#,
        #"""
        FØLGESEDDEL – Nordhavn Møbler ApS, [[STREET_ADDRESS:Sundkrogsgade 9, 2150 Nordhavn]]
        Ordre 40172 – afsendt [[DATE:12.05.2025]] – levering torsdag [[DATE:15. maj]] kl. 8–12
        Modtager: [[PERSON:Linnéa Håkansson]]
                  [[STREET_ADDRESS:Föreningsgatan 37 B, lgh 1102]]
                  [[STREET_ADDRESS:211 52 Malmö]]
                  Sverige
        Tlf.: [[PHONE_NUMBER:+46 70-412 83 56]]   Kundenr.: [[MEMBER_NUMBER:NM-220914]]
        Indhold: 1 × spisebord eg 200 cm, 6 × stol "Ravn" sort
        Chauffør: [[PERSON:Mads Kjærgaard-Holm]], [[PHONE_NUMBER:22 48 61 07]]
        Kundens bemærkning: "Ring min sambo [[PERSON:Johan]] på [[PHONE_NUMBER:073-318 22 90]] om ingen öppnar.
        Portkoden kommer per sms."
        """#,
        #"""
        Frá: [[PERSON:Hrafnhildur Jónsdóttir]] <[[EMAIL_ADDRESS:hrafnhildur.jons@simnet.is]]>
        Til: [[EMAIL_ADDRESS:skrifstofa@umfmosfell.is]]
        Dags.: [[DATE:4. september 2025]]
        Efni: Skráning í sundæfingar
        Góðan dag,
        ég vil skrá son minn, [[PERSON:Ara Steinsson]] (kt. [[MEMBER_NUMBER:230714-2150]]), í sundæfingar í vetur,
        þriðjudaga og fimmtudaga kl. 16.30. Hann er með [[HEALTH_CONDITION:flogaveiki]] og tekur lyfið
        [[HEALTH_CONDITION:Keppra]] kvölds og morgna, svo þjálfarinn þarf að vita af því.
        Faðir hans, [[PERSON:Steinn Ragnarsson]], sækir hann oftast.
        Ég er sjálf skráð í félagið, félagsnúmer [[MEMBER_NUMBER:UMFM-0771]].
        Kveðja,
        [[PERSON:Hrafnhildur Jónsdóttir]]
        [[STREET_ADDRESS:Þverholt 18, íbúð 302]]
        [[STREET_ADDRESS:270 Mosfellsbær]]
        GSM [[PHONE_NUMBER:+354 862 4175]]
        """#,
        #"""
        [온라인 회원가입 신청서] 접수: [[DATE:2025.06.02]] 14:27 / 접속 IP: [[IP_ADDRESS:211.234.118.57]]
        성명: [[PERSON:김서연]] (영문: [[PERSON:KIM SEOYEON]])
        생년월일: [[DATE_OF_BIRTH:1988년 4월 17일]]   주민등록번호: [[MEMBER_NUMBER:880417-2153610]]
        휴대전화: [[PHONE_NUMBER:010-4827-3391]]   이메일: [[EMAIL_ADDRESS:seoyeon.kim88@naver.com]]
        주소: [[STREET_ADDRESS:서울특별시 마포구 월드컵북로 396, 103동 804호 (03925)]]
        신청 프로그램: 평일 저녁 요가 (3개월)   추천인: [[PERSON:박준호]] 회원
        건강 특이사항: [[HEALTH_CONDITION:허리디스크]] 수술 이력, [[HEALTH_CONDITION:갑각류 알레르기]]
        회원번호(자동 부여): [[MEMBER_NUMBER:MP-2025-061834]]
        """#,
        #"""
        skupina "chalupa 🏔" – piatok [[DATE:14. 3. 2025]]
        [18:02] [[PERSON:zuzka]]: ahojte, kto ide zajtra na chalupu? beriem auto
        [18:04] [[PERSON:marek]]: ja, ale [[PERSON:peťo]] nejde, má [[HEALTH_CONDITION:angínu]]
        [18:04] [[PERSON:marek]]: berie [[HEALTH_CONDITION:augmentin]] a leží doma
        [18:05] [[PERSON:zuzka]]: škoda. vyzdvihnem ťa na [[STREET_ADDRESS:miletičova 27, 821 08 bratislava]]?
        [18:05] [[PERSON:marek]]: hej, o ôsmej. mám nové číslo [[PHONE_NUMBER:0905 318 442]]
        [18:08] [[PERSON:zuzka]]: ok. chatár chce na rezerváciu rodné číslo, [[PERSON:marek]] pošli svoje
        [18:09] [[PERSON:marek]]: [[MEMBER_NUMBER:880304/1280]]
        [18:10] [[PERSON:zuzka]]: vďaka. kľúče má teta [[PERSON:oľga]], tel [[PHONE_NUMBER:+421 41 562 8830]]
        [18:11] [[PERSON:lucia horváthová]]: ja prídem vlakom do žiliny, zoberte ma o desiatej pri stanici pls
        """#,
        #"""
        Spoštovani starši učencev 5. b,
        šola v naravi v Fiesi bo od [[DATE:12. 5. 2025]] do [[DATE:16. 5. 2025]].
        Prijavnico vrnite do [[DATE:30. aprila]].
        Lep pozdrav, [[PERSON:Mojca Zupančič]], razredničarka
        ---
        Odgovor (eAsistent, [[DATE:28. 4. 2025]], 20:14):
        Pozdravljeni, prijavljam hčer [[PERSON:Nežo Kranjc]], EMŠO [[MEMBER_NUMBER:1801014505012]],
        številka kartice zdravstvenega zavarovanja [[MEMBER_NUMBER:027418356]].
        Ima [[HEALTH_CONDITION:celiakijo]], zato potrebuje brezglutensko prehrano;
        ob [[HEALTH_CONDITION:migreni]] sme vzeti [[HEALTH_CONDITION:Lekadol]] 500 mg.
        Naslov: [[STREET_ADDRESS:Trubarjeva cesta 41, 1000 Ljubljana]].
        Dosegljiva sem na [[PHONE_NUMBER:041 238 775]], oče [[PERSON:Rok Kranjc]] na [[PHONE_NUMBER:+386 31 604 912]].
        Lep pozdrav, [[PERSON:Tina Kranjc Novak]]
        """#,
        #"""
        „Тракия Лоджистик“ ЕООД, [[STREET_ADDRESS:бул. „Източен“ 42, 4017 Пловдив]]
        СЛУЖЕБНА БЕЛЕЖКА № 118 / [[DATE:22.04.2025]] г.
        Настоящата се издава на [[PERSON:Десислава Петрова Георгиева]], ЕГН [[MEMBER_NUMBER:8605234179]],
        служебен № [[EMPLOYEE_NUMBER:ТЛ-0347]], с постоянен адрес
        [[STREET_ADDRESS:гр. Пловдив, ж.к. „Тракия“, бл. 112, вх. Б, ет. 4, ап. 11]],
        в уверение на това, че работи в дружеството като „Старши счетоводител“ от [[DATE:01.09.2016]] г.
        по безсрочен трудов договор. Бележката се издава, за да послужи пред банка.
        Управител: [[PERSON:Николай Стоянов]]   Гл. счетоводител: [[PERSON:Мария Ангелова]]
        За справки: [[PERSON:Пламена Иванова]], [[PHONE_NUMBER:032 64 71 28]], [[PHONE_NUMBER:+359 888 412 570]]
        """#,
        #"""
        FACTURA SIMPLIFICADA T-2025/00418 – Bicicletes Gràcia SL
        [[STREET_ADDRESS:carrer de Verdi, 71, 08012 Barcelona]]
        Data: [[DATE:27/05/2025]]   Client: [[PERSON:Jordi Puigdomènech i Serra]]   DNI: [[MEMBER_NUMBER:46218503A]]
        Telèfon: [[PHONE_NUMBER:+34 639 204 817]]   Correu: [[EMAIL_ADDRESS:jpuigdomenech@correu.cat]]
        Soci del Club Ciclista Montseny núm. [[MEMBER_NUMBER:CCM-1187]] (10 % de descompte)
        Concepte: revisió completa, cadena i pastilles de fre ........ 128,00 € (IVA inclòs)
        Pagament amb targeta VISA [[CREDIT_CARD:4539 1780 2664 1387]], autorització 604118
        Lliurament a domicili: [[STREET_ADDRESS:passeig de Sant Joan, 142, 3r 1a, 08037 Barcelona]]
        Us ha atès: [[PERSON:Núria Vilaseca]]. Gràcies per la vostra visita!
        """#,
        #"""
        Transcripción de llamada – Aerovía Andina, atención al cliente – [[DATE:3 de julio de 2025]], 16:42
        Agente: Buenas tardes, le habla [[PERSON:Yuliana Restrepo]], ¿con quién tengo el gusto?
        Cliente: Con [[PERSON:Renzo Huamán Quispe]], llamo desde Lima por el vuelo a Bogotá del [[DATE:10 de julio]].
        Agente: Con gusto, señor [[PERSON:Huamán]]. ¿Me regala su número de documento y de viajero frecuente?
        Cliente: DNI [[MEMBER_NUMBER:45218037]], y el de viajero frecuente es [[MEMBER_NUMBER:AV 7720 4418 91]].
        Agente: Listo. Veo la reserva a su nombre y de [[PERSON:Milagros Ccori Mamani]].
        Cliente: Es mi esposa. Usa silla de ruedas por su [[HEALTH_CONDITION:esclerosis múltiple]]; pedimos asistencia.
        Agente: Queda registrada. ¿Un teléfono de contacto?
        Cliente: Mi celular [[PHONE_NUMBER:+51 984 227 130]], o el fijo de la casa [[PHONE_NUMBER:(01) 427-3190]],
        [[STREET_ADDRESS:Jr. Ica 418, dpto. 201, Cercado de Lima]]. En Bogotá nos quedamos donde mi cuñado
        [[PERSON:Andrés Felipe Rodríguez]], [[STREET_ADDRESS:Calle 63 # 9-45, apto 502, Chapinero, Bogotá]],
        cel. [[PHONE_NUMBER:310 482 7719]].
        Agente: Perfecto. La confirmación le llega a su correo.
        Cliente: Es [[EMAIL_ADDRESS:renzo.huaman@hotmail.com]]. Muchas gracias, señorita [[PERSON:Yuliana]].
        """#,
    ]
}
