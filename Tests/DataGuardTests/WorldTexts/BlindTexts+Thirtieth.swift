extension BlindTexts {
    /// A thirtieth set of clinical texts, written blind to DataGuard's rules: ED notes, clinic letters, fit notes,
    /// home-care, lab, imaging, pharmacy, OH and handover notes (US, CA, GB, AU, NZ, KE, GH, IN, SG, DE, TR, HU, RO,
    /// CZ, UA, GR, FI, CL, BR).
    static let thirtiethClinical: [String] = [
        #"""
        EMERGENCY DEPARTMENT PROVIDER NOTE – Bayou Crest Medical Center, Houston TX
        Pt: [[PERSON:Delroy A. Whitfield]]  DOB [[DATE_OF_BIRTH:03/22/1971]]  MRN [[MEDICAL_RECORD_NUMBER:BC-00729184]]
        Arrived [[DATE:11/08/2024]] 02:14 by EMS. Ins: BlueStar PPO, member ID [[MEDICAL_RECORD_NUMBER:XJH884210537]]
        CC: chest pressure x 3 h radiating to L jaw, diaphoretic, nauseated.
        PMH: [[HEALTH_CONDITION:HTN]], [[HEALTH_CONDITION:HLD]], [[HEALTH_CONDITION:T2DM]]. 30 pk-yr smoker, quit 2019.
        Home meds: [[HEALTH_CONDITION:Jardiance]] 10 mg daily.
        ECG: 2 mm STE II, III, aVF, reciprocal in I/aVL. Trop I 1.84. Imp: [[HEALTH_CONDITION:inferior STEMI]].
        Given [[HEALTH_CONDITION:ASA]] 324 mg chewed, [[HEALTH_CONDITION:heparin]] 4000 U IV and
        [[HEALTH_CONDITION:Brilinta]] 180 mg. Cath lab activated 02:31, Dr [[PERSON:Okonkwo-Reyes]] (IC) accepting.
        Home: [[STREET_ADDRESS:7716 Wild Plum Ln, Apt 12B, Pasadena, TX 77505]]
        Wife [[PERSON:Charlene]] at bedside, cell [[PHONE_NUMBER:(281) 604-3398]].
        Signed: [[PERSON:Kaitlyn Broussard]], PA-C / attending Dr [[PERSON:Miguel Sáenz]]
        """#,
        #"""
        Lakeshore Endocrine & Metabolism Clinic
        [[STREET_ADDRESS:2200 Lake Shore Blvd W, Suite 410]]
        [[STREET_ADDRESS:Toronto ON  M8V 1A4]]
        [[DATE:January 14, 2025]]
        Dr. [[PERSON:Harpreet Sandhu]], Brampton Family Health Team
        Re: [[PERSON:Geneviève Tremblay-Osei]], DOB [[DATE_OF_BIRTH:1989-10-02]]
        OHIP [[MEDICAL_RECORD_NUMBER:4582-017-390-KT]]
        Thank you for referring this 35-year-old with new [[HEALTH_CONDITION:Graves' disease]] (TSH < 0.01, TRAb 8.2).
        She has lost 6 kg and has palpitations and a fine tremor; no eye signs. I started
        [[HEALTH_CONDITION:methimazole]] 20 mg daily and [[HEALTH_CONDITION:propranolol]] 20 mg tid prn; she knows to
        stop it and get a CBC if she has a fever or sore throat. She takes [[HEALTH_CONDITION:Alesse]] and hopes to
        conceive next year, so we will revisit [[HEALTH_CONDITION:PTU]] vs RAI before then. Labs and follow-up
        on [[DATE:Feb 25]]. New contact details: [[PHONE_NUMBER:647-318-2290]],
        [[STREET_ADDRESS:88 Harbord St, Unit 3, Toronto ON M5S 1G5]].
        Sincerely, [[PERSON:Ananya Raghunathan]], MD FRCPC
        """#,
        #"""
        Statement of Fitness for Work – for social security or Statutory Sick Pay
        Patient's name: Mr [[PERSON:Kwabena Asante-Holloway]]   DOB: [[DATE_OF_BIRTH:09/12/1982]]
        NHS No: [[MEDICAL_RECORD_NUMBER:485 762 0197]]
        I assessed your case on: [[DATE:17 March 2025]]
        because of: [[HEALTH_CONDITION:acute lumbar disc prolapse]] with [[HEALTH_CONDITION:L sciatica]]
        I advise you that: you may be fit for work taking into account the following advice –
        amended duties, altered hours. No lifting over 5 kg, sit/stand at will. He takes [[HEALTH_CONDITION:naproxen]]
        and [[HEALTH_CONDITION:amitriptyline]] 10 mg at night, so please avoid forklift work and night shifts.
        This will be the case from [[DATE:17/03/2025]] to [[DATE:13/04/2025]]. I will not need to assess you again.
        Employer ref. (at patient's request): Tŷ Gwyn Logistics, payroll no. [[EMPLOYEE_NUMBER:TG-55021]]
        Doctor: Dr [[PERSON:Rhiannon Pillai]], Mill Lane Medical Practice
        [[STREET_ADDRESS:14 Mill Lane, Cardiff CF10 1FL]]   Tel [[PHONE_NUMBER:029 2048 7715]]
        """#,
        #"""
        Bluewater Home Care – community nursing visit [[DATE:Tues 18/2]] 0930–1015, RN [[PERSON:Bec Kowalski]]
        Client: [[PERSON:Dorothy McAlister]], DOB [[DATE_OF_BIRTH:2 Aug 1938]]
        Medicare [[MEDICAL_RECORD_NUMBER:4291 73859 1]]
        Address: [[STREET_ADDRESS:Unit 4/27 Memorial Ave, Maroochydore QLD 4558]] (key safe, code with coordinator)
        [[HEALTH_CONDITION:Venous leg ulcer]] L gaiter 3.1 x 2.4 cm, sloughy; silver dressing + 2-layer compression.
        BGL 14.2 – known [[HEALTH_CONDITION:T2DM]]; Webster-pak shows Mon evening [[HEALTH_CONDITION:Diabex XR]] and
        [[HEALTH_CONDITION:Eliquis]] missed. Rang GP Dr [[PERSON:Anand Pillay]], [[PHONE_NUMBER:(07) 5443 2810]]:
        med review booked [[DATE:20 Feb]]. Son [[PERSON:Craig]] aware, mob [[PHONE_NUMBER:0412 338 905]].
        """#,
        #"""
        Paediatric Outpatients – Te Whatu Ora Waikato, Hamilton
        [[DATE:5 June 2025]]
        Dr [[PERSON:Sione Fifita]], Fairfield Medical Centre
        [[STREET_ADDRESS:41 Clarkin Road, Fairfield, Hamilton 3214]]
        Re: [[PERSON:Mereana Te Huia-Walker]], DOB [[DATE_OF_BIRTH:14/11/2018]], NHI [[MEDICAL_RECORD_NUMBER:ZKT4180]]
        Kia ora [[PERSON:Sione]], I saw [[PERSON:Mereana]] today with her mum, [[PERSON:Hinemoa]]. Her
        [[HEALTH_CONDITION:asthma]] has been poorly controlled since winter began, with three ED visits, the last
        on [[DATE:22 May]]. She also has [[HEALTH_CONDITION:atopic eczema]] and a [[HEALTH_CONDITION:peanut allergy]].
        I have stepped her up to [[HEALTH_CONDITION:Seretide]] 50/25 two puffs bd
        via spacer, with [[HEALTH_CONDITION:Ventolin]] as reliever. The house is damp; Healthy Homes referral done.
        Home: [[STREET_ADDRESS:17B Tawa Street, Nawton, Hamilton 3200]]; mum's mobile [[PHONE_NUMBER:021 447 3092]].
        Ngā mihi, Dr [[PERSON:Caroline Bryce]], Consultant Paediatrician
        """#,
        #"""
        DISCHARGE SUMMARY – Ruaraka Mission Hospital, P.O. Box 40518-00100, Nairobi
        Name: [[PERSON:Wanjiru Njeri Kamau]]   Age/Sex: 34/F   IP No.: [[MEDICAL_RECORD_NUMBER:RMH/IP/2025/0884]]
        SHA No.: [[MEDICAL_RECORD_NUMBER:CR7140382615-2]]   Adm: [[DATE:12/03/2025]]   Disch: [[DATE:19/03/2025]]
        Residence: [[STREET_ADDRESS:House No. 14, Mwiki Road, Kasarani, Nairobi]]   Tel: [[PHONE_NUMBER:0722 418 360]]
        Dx: [[HEALTH_CONDITION:severe pre-eclampsia]] at 36/40, emergency C/S on [[DATE:13/03]];
            [[HEALTH_CONDITION:post-partum anaemia]] (Hb 7.9).
        Rx: [[HEALTH_CONDITION:MgSO4]] (Zuspan), [[HEALTH_CONDITION:nifedipine]] 20 mg bd, 1 unit packed cells.
        TTO: [[HEALTH_CONDITION:methyldopa]] 250 mg tds, [[HEALTH_CONDITION:Ranferon-12]] 10 ml od. Baby girl well.
        Maagizo: arudi kliniki [[DATE:26 Machi]] kupima BP.
        Mume: [[PERSON:Peter Kamau Mwangi]], [[PHONE_NUMBER:+254 733 601 274]]
        Dr [[PERSON:Achieng' Otieno]], MO Obs/Gyn
        """#,
        #"""
        KORLE VIEW DIAGNOSTIC LABORATORY
        [[STREET_ADDRESS:No. 12 Guggisberg Avenue, Korle Bu, Accra]]   Tel [[PHONE_NUMBER:030 266 4817]]
        Patient: [[PERSON:Kofi Mensah Boateng]]   Sex: M   DOB: [[DATE_OF_BIRTH:04-Jan-1996]]
        NHIS No.: [[MEDICAL_RECORD_NUMBER:04819326]]   Requested by: Dr [[PERSON:Akosua Fordjour]], Legon Polyclinic
        Collected: [[DATE:27/02/2025]] 08:40
        Film: [[HEALTH_CONDITION:P. falciparum malaria]], parasitaemia 2+.
        Plt 98 – [[HEALTH_CONDITION:thrombocytopenia]]. Hb electrophoresis AS – [[HEALTH_CONDITION:sickle cell trait]].
        Comment: took [[HEALTH_CONDITION:Coartem]] from a chemical shop 2 days ago, stopped after 3 doses.
        Result phoned to [[PHONE_NUMBER:024 388 1207]]. Verified by: [[PERSON:Ebenezer Quaye-Darko]], MLS
        """#,
        #"""
        Saraswati Cancer Centre, Parel, Mumbai – Dept. of Medical Oncology – OPD summary [[DATE:08-04-2025]]
        Name: Mrs. [[PERSON:Meenakshi Iyer Raghavan]]   52/F   UHID: [[MEDICAL_RECORD_NUMBER:SCC2024/117386]]
        ABHA No.: [[MEDICAL_RECORD_NUMBER:91-4827-3305-6619]]   Mob: [[PHONE_NUMBER:+91 98201 47736]]
        Address: [[STREET_ADDRESS:B-704, Shanti Kunj CHS, Sion-Trombay Road, Chembur, Mumbai 400071]]
        Dx: [[HEALTH_CONDITION:Ca left breast]] – [[HEALTH_CONDITION:IDC grade 2]], ER/PR+, HER2 3+, cT2N1M0 (IIB).
        Plan: neoadjuvant TCHP x 6 – [[HEALTH_CONDITION:docetaxel]], [[HEALTH_CONDITION:carboplatin]],
        [[HEALTH_CONDITION:trastuzumab]] (biosimilar [[HEALTH_CONDITION:Hertraz]]) and [[HEALTH_CONDITION:pertuzumab]].
        C1D1 on [[DATE:15/4/25]]; 2D echo EF 62 %.
        [[HEALTH_CONDITION:Hypothyroid]] – continue [[HEALTH_CONDITION:Thyronorm]] 50 mcg OD.
        Dr. [[PERSON:Farhan Qureshi]], MD DM, Consultant Medical Oncologist
        """#,
        #"""
        Cardiology Specialist Outpatient Clinic – Kallang General Hospital, [[DATE:21 Oct 2024]]
        Dear Dr [[PERSON:Lim Wei Ling]],
        Re: Mr [[PERSON:Tan Boon Huat]], NRIC [[MEDICAL_RECORD_NUMBER:S6914207I]], DOB [[DATE_OF_BIRTH:07/03/1969]]
        Thank you for referring Mr [[PERSON:Tan]], a 55-year-old taxi driver with [[HEALTH_CONDITION:HFrEF]] (LVEF 30 %)
        after an [[HEALTH_CONDITION:anterior MI]] in 2022; he remains NYHA II. I have switched
        [[HEALTH_CONDITION:valsartan]] to [[HEALTH_CONDITION:Entresto]] 50 mg bd and added
        [[HEALTH_CONDITION:Forxiga]] 10 mg om. Please continue [[HEALTH_CONDITION:bisoprolol]] and
        [[HEALTH_CONDITION:spironolactone]], and check U/E in 2 weeks.
        He also has untreated [[HEALTH_CONDITION:OSA]]; I have referred him for a sleep study.
        His daughter, Ms [[PERSON:Tan Hui Min]] ([[PHONE_NUMBER:+65 9127 4403]]), manages his medicines. Home:
        [[STREET_ADDRESS:Blk 512 Bedok North Ave 3, #08-214, Singapore 460512]].
        Yours sincerely, Dr [[PERSON:Rajesh s/o Subramaniam]], Senior Consultant
        """#,
        #"""
        Klinik für Neurologie, Städtisches Klinikum Duisburg-Nord – Arztbrief vom [[DATE:11.02.2025]]
        Sehr geehrter Herr Kollege [[PERSON:Brandtner]],
        wir berichten über Frau [[PERSON:Ayşe Yıldırım]], geb. [[DATE_OF_BIRTH:19.05.1963]],
        KVNR [[MEDICAL_RECORD_NUMBER:T482073162]], wohnhaft [[STREET_ADDRESS:Weseler Str. 214, 47169 Duisburg]],
        in stationärer Behandlung vom [[DATE:03.02.]] bis [[DATE:11.02.2025]].
        Diagnosen: [[HEALTH_CONDITION:ischämischer Schlaganfall im Mediastromgebiet links]] (NIHSS 6),
        [[HEALTH_CONDITION:Vorhofflimmern]], [[HEALTH_CONDITION:Diabetes mellitus Typ 2]].
        Therapie: Lyse mit [[HEALTH_CONDITION:Alteplase]]; ab Tag 4 [[HEALTH_CONDITION:Apixaban]] 5 mg 1-0-1,
        [[HEALTH_CONDITION:Atorvastatin]] 80 mg 0-0-1. Bei Entlassung leichte Wortfindungsstörungen, Armparese rechts.
        Die Tochter, Frau [[PERSON:Elif Yıldırım-Koç]], übersetzt: [[PHONE_NUMBER:0203 48 21 96]],
        in der Türkei [[PHONE_NUMBER:+90 532 417 28 06]]. Im Sommer wohnt die Patientin in
        [[STREET_ADDRESS:Kıbrıs Şehitleri Cad. No: 58 D: 4, 35220 Alsancak/İzmir]].
        Mit freundlichen kollegialen Grüßen
        Prof. Dr. [[PERSON:Katharina Wendeborn]]
        """#,
        #"""
        Szent Anna Patika – [[DATE:2025. 03. 08.]]
        [[HEALTH_CONDITION:Xarelto]] 20 mg filmtabletta – napi 1x1, este, étkezés közben
        Beteg: [[PERSON:Szabó Erzsébet]], szül. [[DATE_OF_BIRTH:1955. november 19.]], román állampolgár
        CNP [[MEDICAL_RECORD_NUMBER:2551119051237]], [[STREET_ADDRESS:Str. Republicii nr. 27, ap. 6, 410159 Oradea]]
        Orvos: dr. [[PERSON:Kovács-Ferenczi Péter]]. Javallat: [[HEALTH_CONDITION:pitvarfibrilláció]].
        Mellé [[HEALTH_CONDITION:Aspirin]] és [[HEALTH_CONDITION:Nurofen]] tilos!
        Beteg telefonja (RO): [[PHONE_NUMBER:+40 745 218 390]]
        Kiadta: [[PERSON:Nagy Boglárka]], [[STREET_ADDRESS:Piac u. 44., 4025 Debrecen]], [[PHONE_NUMBER:(52) 418-206]]
        """#,
        #"""
        Lékařský posudek o zdravotní způsobilosti k práci – vstupní prohlídka
        Poskytovatel: MUDr. [[PERSON:Jitka Procházková]], pracovnělékařské služby
        [[STREET_ADDRESS:Nádražní 1127/18, 702 00 Ostrava]], tel. [[PHONE_NUMBER:596 118 402]]
        Posuzovaná osoba: [[PERSON:Oleksandr Hnatiuk]] ([[PERSON:Олександр Гнатюк]]), nar. [[DATE_OF_BIRTH:11. 6. 1990]]
        č. pojištěnce [[MEDICAL_RECORD_NUMBER:9006110718]]
        Bydliště v ČR: [[STREET_ADDRESS:Hlavní třída 45, 708 00 Ostrava-Poruba]]
        Na Ukrajině: [[STREET_ADDRESS:вул. Шевченка, 12, кв. 7, м. Тернопіль, 46001]]
        Zaměstnavatel: Hutní montáže a.s., os. č. [[EMPLOYEE_NUMBER:HM-20731]]; svářeč, kategorie práce 3.
        Anamnéza: st. p. [[HEALTH_CONDITION:zlomenině levého bérce]] (2021), [[HEALTH_CONDITION:arteriální hypertenze]]
        na [[HEALTH_CONDITION:Prestarium Neo]] 5 mg. Audiometrie a spirometrie v normě.
        Závěr: zdravotně způsobilý s podmínkou používání chráničů sluchu; kontrola TK za 3 měsíce.
        Vydáno [[DATE:14. 1. 2025]]. Kontakt: [[PHONE_NUMBER:+420 731 508 226]], ukr. [[PHONE_NUMBER:+380 67 314 2958]]
        """#,
        #"""
        ΔΙΑΓΝΩΣΤΙΚΟ ΚΕΝΤΡΟ «ΑΣΚΛΗΠΙΟΣ»
        [[STREET_ADDRESS:Λεωφ. Κηφισίας 214, 115 26 Αθήνα]] – τηλ. [[PHONE_NUMBER:210 698 4127]]
        Ασθενής: [[PERSON:Παπαδοπούλου Γεωργία]]   Ημ. γέννησης: [[DATE_OF_BIRTH:12/07/1963]]
        ΑΜΚΑ: [[MEDICAL_RECORD_NUMBER:12076304810]]   Κιν.: [[PHONE_NUMBER:694 512 3378]]
        Παραπέμπων ιατρός: [[PERSON:Δ. Κωνσταντίνου]], ρευματολόγος   Ημ. εξέτασης: [[DATE:4 Μαρτίου 2025]]
        Εξέταση: μέτρηση οστικής πυκνότητας (DXA) οσφυϊκής μοίρας και ισχίων.
        Ιστορικό: [[HEALTH_CONDITION:ρευματοειδής αρθρίτιδα]] υπό [[HEALTH_CONDITION:μεθοτρεξάτη]],
        χρόνια λήψη [[HEALTH_CONDITION:Medrol]] 4 mg. Ευρήματα: T-score L1–L4 −2,8, αυχένας μηριαίου −2,3.
        Συμπέρασμα: [[HEALTH_CONDITION:οστεοπόρωση]] οσφυϊκής μοίρας, [[HEALTH_CONDITION:οστεοπενία]] ισχίου.
        Συνιστάται έναρξη θεραπείας (π.χ. [[HEALTH_CONDITION:Prolia]]). Ο ακτινολόγος: [[PERSON:Νικόλαος Σταυρίδης]]
        """#,
        #"""
        Viesti Kalevan terveysasemalle [[DATE:12.11.2024]] klo 21.47
        Lähettäjä: [[PERSON:Väinö Härkönen]], hetu [[MEDICAL_RECORD_NUMBER:030586-117X]]
        Hei! [[HEALTH_CONDITION:Maxalt]] 10 mg -resepti loppuu ensi viikolla, voisiko sen uusia?
        [[HEALTH_CONDITION:Migreeni]] on pahentunut, ja lääkäri [[PERSON:Salminen]] mainitsi viimeksi
        estolääkkeen ([[HEALTH_CONDITION:Propral]]).
        Olin poissa töistä [[DATE:11.11.]] alkaen [[HEALTH_CONDITION:vatsataudin]] takia ja tarvitsen todistuksen.
        Uusi osoite: [[STREET_ADDRESS:Insinöörinkatu 38 C 41, 33720 Tampere]], puh. [[PHONE_NUMBER:050 371 2284]]
        t. [[PERSON:Väinö]]
        Vastaus [[DATE:13.11.2024]]: resepti uusittu, todistus OmaKannassa. Terveisin sh [[PERSON:Riikka Lahtinen]]
        """#,
        #"""
        Entrega de turno – Medicina Interna, Hospital Clínico del Sur – [[DATE:lunes 7 de julio]], noche→día
        Cama 301: Sr. [[PERSON:Hernán Sepúlveda Fuentealba]], 74 a., RUT [[MEDICAL_RECORD_NUMBER:9.174.522-4]]
        [[HEALTH_CONDITION:NAC]] + [[HEALTH_CONDITION:EPOC]], O2 2 L, [[HEALTH_CONDITION:ceftriaxona]] día 3. Afebril.
        Cama 302: Sra. [[PERSON:Marisol Cárcamo Vidal]], RUT [[MEDICAL_RECORD_NUMBER:14.382.907-3]]
        [[HEALTH_CONDITION:DM2]] descompensada, HGT 312 (04:00): [[HEALTH_CONDITION:insulina cristalina]] 6 UI.
        La hija, [[PERSON:Javiera]], pide que la llamen: [[PHONE_NUMBER:+56 9 8741 2036]].
        Cama 305: [[PERSON:Benjamín Oyarzún]], 19 a., [[HEALTH_CONDITION:crisis asmática]]. Alta hoy.
        Domicilio: [[STREET_ADDRESS:Pasaje Los Copihues 1482, Villa Los Héroes, Talcahuano]].
        Entrega: EU [[PERSON:Constanza Riquelme]] → EU [[PERSON:Tomás Araya]]
        """#,
        #"""
        CADERNETA DA GESTANTE – consulta de pré-natal – UBS Jardim Aurora, São Paulo/SP
        Gestante: [[PERSON:Thaís Cristina dos Santos Ribeiro]]   DN: [[DATE_OF_BIRTH:23/08/1997]]
        CNS: [[MEDICAL_RECORD_NUMBER:700 4182 9316 5201]]   CPF: [[MEDICAL_RECORD_NUMBER:318.462.057-35]]
        Endereço: [[STREET_ADDRESS:Rua Anhanguera, 512, casa 2, Jardim Aurora, 08215-340 São Paulo/SP]]
        Tel.: [[PHONE_NUMBER:(11) 97428-3361]]
        Consulta [[DATE:14/05/2025]]: IG 28s3d pela DUM ([[DATE:24/10/2024]]). G2P1A0. PA 142/92, proteinúria 1+.
        Impressão: [[HEALTH_CONDITION:DMG]] em dieta; suspeita de [[HEALTH_CONDITION:pré-eclâmpsia]].
        Em uso de [[HEALTH_CONDITION:sulfato ferroso]] e [[HEALTH_CONDITION:ácido fólico]]; iniciadas
        [[HEALTH_CONDITION:metildopa]] 250 mg 8/8h e [[HEALTH_CONDITION:AAS]] 100 mg à noite. Retorno [[DATE:21/05]].
        Enf.ª [[PERSON:Luana Aparecida Moreira]] / Dr. [[PERSON:Felipe Nakamura]], medicina de família
        """#,
    ]

    /// A thirtieth set of everyday texts, written blind to DataGuard's rules: payroll disputes, help-desk tickets,
    /// grievances, injury reports, disciplinary minutes, shift chats, leave requests, tenancy and utility letters,
    /// customer-service chats (US, EE, IE, ZA, NG, PH, FR, BE, NL, CH, AT, IT, PT, MX, CO, ES, AR, PL, LT, NO, SE, DK,
    /// UA).
    static let thirtiethEveryday: [String] = [
        #"""
        To: Payroll Services <[[EMAIL_ADDRESS:payroll@midwaycoldstorage.com]]>
        From: [[PERSON:Tamika Renee Holloway]] <[[EMAIL_ADDRESS:tamika.holloway84@gmail.com]]>
        Date: [[DATE:Fri, Sep 12, 2025]]
        Subject: Direct deposit went to my OLD account – employee #[[EMPLOYEE_NUMBER:40217]]
        Hi, my pay for the period ending [[DATE:9/6/2025]] never showed up. I gave the new direct deposit form to
        [[PERSON:Greg Sobczak]] on [[DATE:August 28]], switching from Chase to First Lakeview Credit Union.
        Old: routing [[US_ROUTING_NUMBER:071005018]], acct [[US_BANK_ACCOUNT:884102735509]] (closed, will bounce).
        New: routing [[US_ROUTING_NUMBER:071921053]], checking [[US_BANK_ACCOUNT:000418836027]].
        Also 6.5 h of OT on [[DATE:9/1]] (Labor Day, double time) are missing from the stub.
        If you need it for the form, my SSN is [[US_SSN:341-58-2976]].
        Please call me at [[PHONE_NUMBER:(773) 426-8815]] or mail a paper check to
        [[STREET_ADDRESS:4418 S. Kedzie Ave, Apt 2R, Chicago, IL 60632]].
        Thanks, [[PERSON:Tamika]] (Teamsters Local 710, card no. [[MEMBER_NUMBER:710-33819]])
        """#,
        #"""
        Ticket #HD-88213 · Urgent · Opened [[DATE:2025-02-03]] 14:22 EET · Assignee: [[PERSON:Kristjan Tamm]]
        Requester: [[PERSON:Brittany Okafor]] <[[EMAIL_ADDRESS:b.okafor@peachtreefamilydental.com]]>, Atlanta GA
        "Since this morning none of our front-desk PCs can log in to the booking portal ('access denied – geo-block').
        Office IP [[IP_ADDRESS:73.184.22.157]], backup line [[IP_ADDRESS:2601:5c2:4302:1a80::3f]]. Nothing changed here.
        Also, January was charged twice to card [[CREDIT_CARD:4508 0371 6254 9381]].
        Please call me, [[PHONE_NUMBER:404-881-2297 ext. 12]]."
        Internal note: WAF on edge node [[IP_ADDRESS:185.31.44.208]] blocked US ranges after CDN update, fixed 14:51.
        --
        [[PERSON:Kristjan Tamm]] | Support Engineer, Pilveraamat OÜ | [[PHONE_NUMBER:+372 5811 4403]]
        [[STREET_ADDRESS:Narva mnt 7D, 10117 Tallinn]], Estonia
        """#,
        #"""
        GRIEVANCE RECORD – Stage 1 – Irish Retail & Services Union, Cork Branch – lodged [[DATE:12/06/2025]]
        Member: [[PERSON:Caoimhe Ní Bhriain]] (Night Porter)   Membership no. [[MEMBER_NUMBER:C-447120]]
        Employer: Harbourside Hotels Ltd   Staff no.: [[EMPLOYEE_NUMBER:HH-0932]]   PPSN [[MEMBER_NUMBER:4817326U]]
        Home: [[STREET_ADDRESS:22 Ard na Gréine, Ballincollig, Co. Cork P31 K2F8]]  Mob: [[PHONE_NUMBER:085 176 4093]]
        From [[DATE:1 June 2025]] her night premium (€2.10/h) was removed without notice, and duty manager
        [[PERSON:Rory Twomey]] told her to "take it up with head office". She was then rostered six nights in a row
        although her [[HEALTH_CONDITION:epilepsy]] has been on file since her pre-employment medical.
        Remedy sought: premium restored with back pay; compliant roster; meeting within 7 days.
        Rep: [[PERSON:Declan Ó Murchú]], [[EMAIL_ADDRESS:d.omurchu@irsu.ie]]
        """#,
        #"""
        EMPLOYER'S REPORT OF AN ACCIDENT (W.Cl.2) – Highveld Steel Fabricators (Pty) Ltd, Vanderbijlpark
        Employee: [[PERSON:Sipho Bongani Dlamini]], clock no. [[EMPLOYEE_NUMBER:HS-1187]]
        ID number: [[MEMBER_NUMBER:7804155124082]]   Cell: [[PHONE_NUMBER:072 419 3356]]
        Address: [[STREET_ADDRESS:2281 Moshoeshoe Street, Zone 7, Sebokeng, 1983]]
        Accident: [[DATE:Thursday, 6 March 2025]], 10:40, bay 3 – sling slipped, left hand crushed against roller.
        Injury: [[HEALTH_CONDITION:fractured left 4th and 5th metacarpals]]. Booked off until [[DATE:2025-04-07]].
        Witness: [[PERSON:Thabo Mokoena]].
        Reported by: [[PERSON:Andries Botha]], Production Supervisor, [[PHONE_NUMBER:016 981 4420]]
        """#,
        #"""
        MINUTES OF DISCIPLINARY HEARING – Lekki Bottling Co. Ltd – [[DATE:Tuesday 14th January, 2025]], 11:00 a.m.
        Present: Mrs [[PERSON:Funmilayo Adeyemi-Bankole]] (HR, Chair); Mr [[PERSON:Chukwuemeka Nwosu]] (Line Manager);
        Comrade [[PERSON:Ibrahim Tanko Lawal]] (NUFBTE branch secretary); and the employee,
        Mr [[PERSON:Babatunde Akinwale]], Staff ID [[EMPLOYEE_NUMBER:LBC/OPS/0734]].
        1. Allegation: absent without leave from [[DATE:2 December 2024]] to [[DATE:6 December 2024]].
        2. Response: admitted at Ikorodu General Hospital with [[HEALTH_CONDITION:typhoid fever]]; his wife called the
           supervisor from [[PHONE_NUMBER:0809 221 4470]]. Sick note submitted only on [[DATE:20/12/2024]].
        3. Union cited 11 years' clean service. Resolution: verbal warning; absence regularised as sick leave.
        New address: [[STREET_ADDRESS:14 Ogunlana Drive, Surulere, Lagos]].
        Minutes: [[PERSON:Blessing Eze]]
        """#,
        #"""
        viber – team ni tl [[PERSON:macky]], [[DATE:sat oct 18]]
        [10:02 PM] [[PERSON:rhea mae]]: sino pwede swap sun 6am-3pm? ob check up ko, may [[HEALTH_CONDITION:gdm]] daw 😢
        [10:04 PM] [[PERSON:jp]]: ako na te [[PERSON:rhea]], sayo na lang tuesday night ko
        [10:06 PM] [[PERSON:macky]]: ok approved, file nyo sa wfm portal before 12mn with emp id
        [10:07 PM] [[PERSON:jp]]: [[EMPLOYEE_NUMBER:20-118473]] [[PERSON:john paul dizon]]
        [10:07 PM] [[PERSON:rhea mae]]: [[EMPLOYEE_NUMBER:21-130256]] po, [[PERSON:rhea mae bautista]]
        [10:10 PM] [[PERSON:jp]]: sir wala pa rin sss ko since [[DATE:july 15]] 😤 sss [[MEMBER_NUMBER:34-7218049-6]]
        [10:11 PM] [[PERSON:macky]]: text mo si kuya [[PERSON:ben]] ng payroll, [[PHONE_NUMBER:0917 552 0384]]
        """#,
        #"""
        Objet : demande de congé de proche aidant
        Madame [[PERSON:Lefebvre]],
        Je soussigné [[PERSON:Mathieu Delacroix-Benhamou]], technicien (matricule [[EMPLOYEE_NUMBER:RH-07781]]),
        sollicite un congé de proche aidant du [[DATE:3 novembre 2025]] au [[DATE:28 novembre 2025]] inclus, afin
        d'accompagner mon père, M. [[PERSON:Henri Delacroix]], qui commence une chimiothérapie pour un
        [[HEALTH_CONDITION:lymphome non hodgkinien]]. Ci-joint l'attestation du Dr [[PERSON:Sabrina Hadj-Ali]].
        N° de sécurité sociale : [[MEMBER_NUMBER:1 85 03 75 114 208 74]]
        Adresse : [[STREET_ADDRESS:Résidence Les Érables, bât. C, 14 rue Paul-Bert, 69200 Vénissieux]]
        Tél. : [[PHONE_NUMBER:06 48 12 70 35]] – courriel : [[EMAIL_ADDRESS:m.delacroix.b@free.fr]]
        Veuillez agréer, Madame, l'expression de mes salutations distinguées.
        Vénissieux, le [[DATE:6 octobre 2025]]   [[PERSON:Mathieu Delacroix-Benhamou]]
        """#,
        #"""
        [[PERSON:Bram Vermeulen]]
        [[STREET_ADDRESS:Lange Nieuwstraat 56 bus 4]]
        [[STREET_ADDRESS:2000 Antwerpen]]
        Aangetekend aan mevr. [[PERSON:A. de Vries-Kok]], [[STREET_ADDRESS:Van Baerlestraat 118-2, 1071 BB Amsterdam]]
        Antwerpen, [[DATE:17 februari 2025]]
        Geachte mevrouw, hierbij zeg ik de huur op met ingang van [[DATE:1 mei 2025]].
        De boiler die ik op [[DATE:8 januari]] defect meldde, is nog altijd niet hersteld.
        Rijksregisternr. voor het formulier: [[MEMBER_NUMBER:83.09.14-127.95]].
        Gsm [[PHONE_NUMBER:+32 486 21 47 93]], e-mail [[EMAIL_ADDRESS:bram.vermeulen83@telenet.be]].
        Met vriendelijke groeten, [[PERSON:Bram]]
        """#,
        #"""
        From: [[PERSON:Florian Gruber]] <[[EMAIL_ADDRESS:florian.gruber@alpentech.at]]>
        To: HR Shared Services <[[EMAIL_ADDRESS:hr.services@alpentech-group.ch]]>
        Sent: [[DATE:Monday, 24 March 2025]] 08:12
        Subject: Overtime not paid in February (Pers.-Nr. [[EMPLOYEE_NUMBER:AT-31874]])
        Dear Ms [[PERSON:Baumann]], my February payslip shows 0 overtime hours, but the time system logged 23.5 h,
        incl. the weekend of [[DATE:15 Feb]] at the Linz plant. My SV number: [[MEMBER_NUMBER:4823 140387]].
        [[PERSON:Florian Gruber]] | Service Technician, AlpenTech Austria GmbH | M [[PHONE_NUMBER:+43 676 512 84 09]]
        ----- Reply -----
        Dear Mr [[PERSON:Gruber]], Hr. [[PERSON:Leitner]] approved the hours only on [[DATE:3 March]];
        they will be paid with the March salary.
        [[PERSON:Corinne Baumann-Frey]] | HR Shared Services | AlpenTech Group AG
        [[STREET_ADDRESS:Hardturmstrasse 161, 8005 Zürich]] | T [[PHONE_NUMBER:+41 44 578 12 60]]
        """#,
        #"""
        Spett.le Logistica Padana S.r.l. – Ufficio Paghe, [[STREET_ADDRESS:via dell'Artigianato 12, 26900 Lodi]]
        Oggetto: contestazione busta paga di [[DATE:settembre 2025]]
        Il sottoscritto [[PERSON:Giuseppe Russo]], nato a Milano il [[DATE_OF_BIRTH:14/07/1982]],
        C.F. [[MEMBER_NUMBER:RSSGPP82L14F205Q]], matricola [[EMPLOYEE_NUMBER:00318]], contesta quanto segue:
        1) le 14 ore di straordinario notturno del [[DATE:12 settembre]] e del [[DATE:13 settembre]] non sono pagate;
        2) dal [[DATE:22/09]] al [[DATE:26/09]] risulto assente ingiustificato, ma ero in malattia per
           [[HEALTH_CONDITION:lombosciatalgia]] (certificato della dott.ssa [[PERSON:Elena Carraro]]);
        3) la trattenuta sindacale è stata applicata due volte (tessera n. [[MEMBER_NUMBER:LO-58213]]).
        Recapiti: [[STREET_ADDRESS:via Roma 41, int. 3, 26855 Lodi Vecchio (LO)]], [[PHONE_NUMBER:+39 348 720 1934]]
        Lodi, [[DATE:3 ottobre 2025]]   In fede, [[PERSON:Giuseppe Russo]]
        """#,
        #"""
        AquaNorte – aviso de corte de água, [[DATE:9 de junho de 2025]] – cliente n.º [[MEMBER_NUMBER:300184729]]
        Exmo. Sr. [[PERSON:Joaquim Manuel Pereira da Costa]], [[STREET_ADDRESS:Rua Brito Capelo, 218, 2.º Esq.]],
        [[STREET_ADDRESS:4450-072 Matosinhos]] – faturas em atraso (87,42 €); corte a partir de [[DATE:7 de julho]].
        Resposta de [[EMAIL_ADDRESS:jm.pcosta@sapo.pt]]: a minha mulher teve um [[HEALTH_CONDITION:AVC]], pago hoje.
        """#,
        #"""
        Chat VuelaSur – atención al cliente (agente en Bogotá) – [[DATE:15/08/2025]] 19:42
        Agente [[PERSON:Laura Catalina Gómez]]: Buenas noches, bienvenida a VuelaSur. ¿En qué le ayudo?
        Cliente: Soy [[PERSON:Rosa Hernández Vargas]]; me cobraron doble el vuelo GDL–BOG del [[DATE:2 de septiembre]].
        Agente: Lamento la molestia, señora [[PERSON:Hernández]]. ¿Su código de reserva?
        Cliente: K7QP2M. La app no me deja pagar, ahí va la tarjeta: [[CREDIT_CARD:5528 1409 3077 2146]], vence 11/27.
        Agente: Por seguridad no comparta datos de tarjeta aquí 🙏. El cargo duplicado se reversa en 5 a 10 días hábiles.
        Cliente: Gracias. Mi mamá, [[PERSON:Guadalupe Vargas Ruiz]], necesita silla de ruedas por su
        [[HEALTH_CONDITION:artritis reumatoide]]. Mi cel: [[PHONE_NUMBER:+52 33 1492 8057]].
        CURP para la factura: [[MEMBER_NUMBER:HEVR870512MJCRRS08]]
        Dirección fiscal: [[STREET_ADDRESS:Av. Hidalgo 1843, Col. Ladrón de Guevara, 44600 Guadalajara, Jal.]]
        Agente: Listo. Para la factura escriba a [[EMAIL_ADDRESS:facturacion.mx@vuelasur.com]]. Oficina en Bogotá:
        [[STREET_ADDRESS:Carrera 7 # 71-52, Torre B, piso 9, Bogotá]], tel. [[PHONE_NUMBER:(601) 745 2290]]
        """#,
        #"""
        ACTA DE REUNIÓN – expediente disciplinario – Hotel Marina Alta (Dénia), [[DATE:25 de agosto de 2025]], 10:30 h
        Asistentes: D.ª [[PERSON:Pilar Esteve Climent]] (RR. HH.), D. [[PERSON:Vicent Ferrer Mas]] (jefe de cocina),
        D. [[PERSON:Joaquín Sanz Orts]] (delegado sindical) y el trabajador D. [[PERSON:Facundo Gastón Giménez]],
        n.º de empleado [[EMPLOYEE_NUMBER:HML-2241]], NIE [[MEMBER_NUMBER:Y4827301Y]],
        DNI argentino [[MEMBER_NUMBER:29.715.384]].
        Hechos: el [[DATE:16/08]] abandonó el puesto en pleno servicio de cenas tras discutir con el jefe de cocina.
        El Sr. [[PERSON:Giménez]] explica que sufrió un [[HEALTH_CONDITION:ataque de pánico]]; aporta informe de
        urgencias y la pauta de [[HEALTH_CONDITION:lorazepam]] de su médica. Acuerdo: archivo sin sanción.
        Domicilio: [[STREET_ADDRESS:C/ Marqués de Campo, 38, 2.º B, 03700 Dénia (Alicante)]]
        Móvil: [[PHONE_NUMBER:622 418 937]]. Contacto de emergencia: su hermana [[PERSON:Camila]], en Rosario,
        [[PHONE_NUMBER:+54 9 341 557-2208]].
        """#,
        #"""
        PROTOKÓŁ ustalenia okoliczności i przyczyn wypadku przy pracy nr 7/2025
        Pracodawca: ZPD „Podlasie” Sp. z o.o., [[STREET_ADDRESS:ul. Sejneńska 14, 16-400 Suwałki]]
        Poszkodowany: [[PERSON:Žydrūnas Kazlauskas]], ur. [[DATE_OF_BIRTH:15.04.1988]], obywatel Litwy
        asmens kodas [[MEMBER_NUMBER:38804150626]], nr ewid. [[EMPLOYEE_NUMBER:ZPD-0412]]
        Adres: [[STREET_ADDRESS:Vilniaus g. 23-5, LT-67120 Lazdijai]], Litwa, tel. [[PHONE_NUMBER:+370 612 48337]]
        Wypadek: [[DATE:3 lutego 2025]] r., godz. 13:20 – przy usuwaniu zakleszczonej deski dłoń wciągnięta przez rolkę.
        Rozpoznanie: [[HEALTH_CONDITION:urazowa amputacja paliczka dystalnego palca II ręki prawej]].
        Świadek: [[PERSON:Marek Wasilewski]].
        Zespół powypadkowy: [[PERSON:Krzysztof Ołdak]] (BHP), [[PERSON:Jolanta Żukowska]] (SIP).
        Sporządzono [[DATE:10.02.2025]].
        """#,
        #"""
        vaktbytte resepsjonen – [[DATE:fre 14.03]]
        [21:03] [[PERSON:ingrid]]: kan noen ta morgenvakta mi søndag? gutten har [[HEALTH_CONDITION:ørebetennelse]]
        [21:05] [[PERSON:mattias]]: jag tar den om du tar mitt kvällspass på onsdag 🙂
        [21:07] [[PERSON:geir]]: ok, send ansattnr. [[PERSON:mattias]], lønn trenger personnummeret ditt også
        [21:08] [[PERSON:mattias]]: [[EMPLOYEE_NUMBER:BRG-1302]], personnummer [[MEMBER_NUMBER:840312-2354]]
        [21:10] [[PERSON:sofie]]: jeg er syg resten af ugen, [[HEALTH_CONDITION:lungebetændelse]] 🤒
        [21:10] [[PERSON:sofie]]: ring på mit danske nr [[PHONE_NUMBER:+45 28 14 73 90]] hvis noget
        [21:12] [[PERSON:ingrid]]: ny adresse til lønn: [[STREET_ADDRESS:kalfarveien 31, 5018 bergen]]
        [21:12] [[PERSON:ingrid]]: og nytt nr [[PHONE_NUMBER:412 07 663]]
        """#,
        #"""
        До ТОВ «Енергозбут-Київ», відділ по роботі зі споживачами
        Від: [[PERSON:Коваленко Оксани Петрівни]], РНОКПП [[MEMBER_NUMBER:3381046176]]
        Адреса: [[STREET_ADDRESS:м. Київ, вул. Драгоманова, 31-Б, кв. 142, 02068]]
        Тел.: [[PHONE_NUMBER:+380 (67) 418-22-09]], e-mail: [[EMAIL_ADDRESS:oksana.kovalenko92@ukr.net]]
        Особовий рахунок: [[MEMBER_NUMBER:2100318847]]
        ЗАЯВА
        Прошу здійснити перерахунок плати за електроенергію за [[DATE:січень 2025 року]], оскільки з [[DATE:27.12.2024]]
        по [[DATE:19.01.2025]] у будинку щодня вимикали світло понад 12 годин.
        Рахунок від [[DATE:05.02.2025]] я оплатила карткою [[CREDIT_CARD:4539 7281 0436 5125]], але кошти списано двічі.
        Прошу також врахувати, що зі мною проживає батько, [[PERSON:Петро Іванович Коваленко]], який має
        [[HEALTH_CONDITION:хронічне обструктивне захворювання легень]] і користується кисневим концентратором.
        [[DATE:10 лютого 2025 р.]]   Підпис: [[PERSON:О. П. Коваленко]]
        """#,
    ]
}
