extension BlindTexts {
    /// A twenty-seventh set of clinical texts, written blind to DataGuard's rules: letters, handovers, labels, labs,
    /// imaging, dental, physio, mental health, pre-auth (IE, UK, NZ, CA, NL, ES, PL, RO, FI, EG, PK, MY, GH, US).
    static let twentySeventhClinical: [String] = [
        #"""
        St Colman's University Hospital, Galway – Cardiology Discharge Letter
        To: Dr [[PERSON:Fionnuala Keaveney]], The Square Medical Practice, Gort
        Patient: Mr [[PERSON:Séamus Ó Flaithbheartaigh]]   Hosp no [[MEDICAL_RECORD_NUMBER:G0774192]]
        DOB [[DATE_OF_BIRTH:02/11/1954]]   Address: [[STREET_ADDRESS:Cloonasee, Kilcolgan, Co. Galway H91 K2T7]]
        Tel [[PHONE_NUMBER:091 796 418]]
        Admitted [[DATE:14th March 2025]] via ED, chest pain and troponin rise: [[HEALTH_CONDITION:NSTEMI]].
        Angiogram [[DATE:16/03]]: [[HEALTH_CONDITION:single-vessel coronary artery disease]] (LAD), 1 × DES. LVEF 45%.
        Background: [[HEALTH_CONDITION:T2DM]], [[HEALTH_CONDITION:hypercholesterolaemia]], ex-smoker.
        Discharge meds: [[HEALTH_CONDITION:aspirin]] 75 mg, [[HEALTH_CONDITION:Brilique]] 90 mg bd for 12 months,
        [[HEALTH_CONDITION:atorvastatin]] 80 mg, [[HEALTH_CONDITION:bisoprolol]] 2.5 mg and
        [[HEALTH_CONDITION:Jardiance]] 10 mg. Cardiac rehab referral sent; OPD review in 6 weeks.
        Dictated by Dr [[PERSON:Conor Mac Lochlainn]], SpR, for Prof. [[PERSON:Orla Fahy]]. Typed [[DATE:19.03.25]]
        """#,
        #"""
        Dalmore Medical Centre, Dundee – Referral to Gastroenterology (SCI Gateway)
        Patient: Miss [[PERSON:Kirsty McAllister]]   CHI [[MEDICAL_RECORD_NUMBER:0703985523]]
        Born [[DATE_OF_BIRTH:7 March 1998]]   Mobile [[PHONE_NUMBER:07700 900 418]] (happy to be texted)
        [[STREET_ADDRESS:2/1, 47 Peddie Street]]
        [[STREET_ADDRESS:Dundee DD1 5LS]]
        Dear colleague, this 27-year-old student has had 8 months of bloating, loose stools and tiredness.
        Bloods [[DATE:2 Apr 2025]]: Hb 98, ferritin 4, tTG-IgA > 128 U/ml. [[HEALTH_CONDITION:Coeliac disease]] is
        very likely; she has [[HEALTH_CONDITION:iron deficiency anaemia]], on [[HEALTH_CONDITION:ferrous fumarate]].
        Also [[HEALTH_CONDITION:asthma]] ([[HEALTH_CONDITION:Symbicort]]). Mum [[PERSON:Lorraine]] has
        [[HEALTH_CONDITION:type 1 diabetes]]. Please see for OGD and duodenal biopsies; she is still eating gluten.
        Kind regards, Dr [[PERSON:Euan Strachan]], GP
        """#,
        #"""
        Ward 7 Medical – shift handover, PM → night, Tues [[DATE:8 July]]
        Rm 3 Bed 1: [[PERSON:Hemi Tūhoe-Walker]], 62, NHI [[MEDICAL_RECORD_NUMBER:ZKT4417]].
          [[HEALTH_CONDITION:Cellulitis L lower leg]], IV [[HEALTH_CONDITION:flucloxacillin]] 2 g q6h, margins marked.
          [[HEALTH_CONDITION:Gout]] R toe, on [[HEALTH_CONDITION:colchicine]]; ?hold [[HEALTH_CONDITION:allopurinol]]
        Rm 3 Bed 2: Mrs [[PERSON:Losana Fifita]], 71, NHI [[MEDICAL_RECORD_NUMBER:PRD8820]].
          [[HEALTH_CONDITION:CHF exacerbation]], 1.5 L fluid restriction, IV [[HEALTH_CONDITION:furosemide]] 40 mg bd.
          Tongan interpreter booked 1000; son [[PERSON:Sione]] on [[PHONE_NUMBER:021 448 9170]].
        Rm 5: [[PERSON:Bridget Kerr]], 45, NHI [[MEDICAL_RECORD_NUMBER:ALX2093]], [[HEALTH_CONDITION:pyelonephritis]],
          now on oral [[HEALTH_CONDITION:cefalexin]]. D/c tomorrow to her sister's place,
          [[STREET_ADDRESS:27 Raumati Road, Raumati Beach 5032]], landline [[PHONE_NUMBER:(04) 902 6613]].
        Handover from [[PERSON:Mere]] (RN) to [[PERSON:Jackson Liu]] (RN). Charge nurse ext 4471.
        """#,
        #"""
        Centre hospitalier régional de Rimouski – Imagerie médicale – TDM THORACIQUE
        Patiente : [[PERSON:Tremblay, Marie-Josée]]   n° dossier [[MEDICAL_RECORD_NUMBER:H-0184472]]
        RAMQ [[MEDICAL_RECORD_NUMBER:TREM 6255 1512]]   Née le [[DATE_OF_BIRTH:1962-05-15]]
        Adresse : [[STREET_ADDRESS:214, rue Saint-Germain Est, app. 3, Rimouski (Québec) G5L 1B4]]
        Requérante : Dre [[PERSON:Annie Gagnon-Bérubé]], GMF de la Mitis.   Examen du [[DATE:21 janvier 2025]]
        Indication : toux persistante, ancienne fumeuse. Suivi de [[HEALTH_CONDITION:MPOC]]
        sous [[HEALTH_CONDITION:Trelegy]].
        Constat : [[HEALTH_CONDITION:emphysème centrolobulaire]] aux apex. [[HEALTH_CONDITION:Nodule pulmonaire solide]]
        de 9 mm au lobe supérieur droit, absent à l'examen de [[DATE:mars 2023]].
        Opinion : Lung-RADS 4A, [[HEALTH_CONDITION:néoplasie pulmonaire]] à exclure. TEP-TDM suggérée.
        Radiologiste : Dr [[PERSON:Jean-François Ouellet]]. Résultat communiqué à la patiente
        au [[PHONE_NUMBER:418 723-5590]] le [[DATE:22/01/2025]].
        """#,
        #"""
        Apotheek De Wilhelminabrug – etiket en medicatiebeoordeling
        Dhr. [[PERSON:H.J. (Henk) van Dijk-Roelofs]]   geb. [[DATE_OF_BIRTH:09-08-1946]]
        patiëntnr. [[MEDICAL_RECORD_NUMBER:00418833]]   BSN [[MEDICAL_RECORD_NUMBER:188402937]]
        [[STREET_ADDRESS:Lange Nieuwstraat 71-bis, 3512 PK Utrecht]]
        [[HEALTH_CONDITION:ELIQUIS]] 5 mg – 2 x per dag 1 tablet, 's ochtends en 's avonds. Niet zonder overleg stoppen.
        Afgeleverd [[DATE:12-05-2025]], 56 st., voorschrijver dr. [[PERSON:S. Bakkali]] (huisarts).
        Notitie MBR: indicatie [[HEALTH_CONDITION:atriumfibrilleren]]; verder [[HEALTH_CONDITION:metoprolol]] 50 mg.
        Hij gebruikt [[HEALTH_CONDITION:Diclofenac]] van de buurman (!) tegen zijn [[HEALTH_CONDITION:artrose]].
        Advies: [[HEALTH_CONDITION:diclofenac]] stoppen, [[HEALTH_CONDITION:paracetamol]] 3 dd 1000 mg.
        Dochter [[PERSON:Ingrid]] gebeld op [[PHONE_NUMBER:06 41 88 20 17]], zij regelt de baxterrol.
        Apotheker [[PERSON:Rianne Kuipers]], tel. apotheek [[PHONE_NUMBER:030-231 44 60]]
        """#,
        #"""
        Hospital Universitario de Zorrotzaurre – Análisis Clínicos – Informe de resultados
        Paciente: [[PERSON:Arrieta Uriarte, Begoña]]   F. nac.: [[DATE_OF_BIRTH:12/04/1965]]
        NHC [[MEDICAL_RECORD_NUMBER:1048823]]   CIP [[MEDICAL_RECORD_NUMBER:ARUR650412917]]
        Domicilio: [[STREET_ADDRESS:C/ Iparraguirre 38, 4º izda., 48010 Bilbao]]
        Solicitante: Dr. [[PERSON:Ander Etxeberria]] (C.S. Indautxu)   Extracción: lunes [[DATE:5 de mayo de 2025]]
        Hemoglobina 10,1 g/dL (↓), VCM 74 fL, ferritina 6 ng/mL: [[HEALTH_CONDITION:anemia ferropénica]].
        TSH 6,8 µUI/mL con T4L normal: [[HEALTH_CONDITION:hipotiroidismo subclínico]].
        HbA1c 6,1 %: [[HEALTH_CONDITION:prediabetes]]. Toma [[HEALTH_CONDITION:omeprazol]] desde hace años;
        valorar [[HEALTH_CONDITION:Ferogradumet]] y control en 3 meses.
        Comunicado al [[PHONE_NUMBER:944 18 22 07]] (Dra. [[PERSON:Itziar Goikoetxea]]) el [[DATE:05/05/2025]].
        Facultativa responsable: Dra. [[PERSON:Miren Larrañaga]]
        """#,
        #"""
        Gabinet Stomatologiczny „Uśmiech” – karta wizyty
        Nr. pacjenta: [[MEDICAL_RECORD_NUMBER:UŚ/2023/0418]]   PESEL [[MEDICAL_RECORD_NUMBER:78061204538]]
        Pacjent: [[PERSON:Grzegorz Wiśniewski]], [[STREET_ADDRESS:ul. Ogarna 41/6, 80-826 Gdańsk]]
        tel. [[PHONE_NUMBER:601 227 418]]
        Wizyta [[DATE:17.06.2025]]: ból zęba 46 od 3 dni, nasilający się w nocy.
        Rozpoznanie: [[HEALTH_CONDITION:ostre zapalenie miazgi]] 46, [[HEALTH_CONDITION:próchnica wtórna]] 36 i 37.
        Wywiad: [[HEALTH_CONDITION:cukrzyca typu 2]] ([[HEALTH_CONDITION:Metformax]] 1000),
        [[HEALTH_CONDITION:migotanie przedsionków]] – przyjmuje [[HEALTH_CONDITION:Xarelto]] 20 mg;
        [[HEALTH_CONDITION:uczulenie na penicylinę]]. Wykonano: ekstyrpacja miazgi 46, opatrunek.
        Zalecono [[HEALTH_CONDITION:Ibuprom]] doraźnie. Następna wizyta [[DATE:24 czerwca]] godz. 16:30.
        Lek. dent. [[PERSON:Agnieszka Kamińska-Dudek]]
        """#,
        #"""
        SPITALUL CLINIC MUNICIPAL SOMEȘ – Secția Pneumologie – SCRISOARE MEDICALĂ
        Pacient: [[PERSON:Popescu Ion-Valentin]], CNP [[MEDICAL_RECORD_NUMBER:1590723125780]]
        nr. FO [[MEDICAL_RECORD_NUMBER:18842/2025]]
        Domiciliu: [[STREET_ADDRESS:Str. Memorandumului nr. 17, bl. B2, sc. 1, ap. 9, Cluj-Napoca, jud. Cluj]]
        Internat în perioada [[DATE:03.02.2025]] – [[DATE:11.02.2025]] cu diagnosticul:
        [[HEALTH_CONDITION:pneumonie comunitară lob inferior drept]], [[HEALTH_CONDITION:BPOC]] GOLD 3,
        [[HEALTH_CONDITION:insuficiență respiratorie acută]]. Comorbidități: [[HEALTH_CONDITION:HTA]] gr. II,
        [[HEALTH_CONDITION:fibrilație atrială permanentă]].
        La externare: [[HEALTH_CONDITION:Augmentin]] 1 g 2x/zi încă 5 zile, [[HEALTH_CONDITION:Spiolto Respimat]],
        [[HEALTH_CONDITION:Medrol]] 16 mg cu scădere treptată, [[HEALTH_CONDITION:Sintrom]] conform INR.
        Control la medicul de familie, dr. [[PERSON:Moldovan]]. Medic curant: Dr. [[PERSON:Andreea Sabău]]
        ([[PHONE_NUMBER:0264 597 852]]). Aparținător: fiica, [[PERSON:Raluca Popescu]], [[PHONE_NUMBER:0744 318 226]]
        """#,
        #"""
        Fysioterapia Harjun Liike Oy – hoitojakson yhteenveto lääkärille
        Asiakas: [[PERSON:Tuula Hämäläinen]], hetu [[MEDICAL_RECORD_NUMBER:120358-428X]]
        Osoite: [[STREET_ADDRESS:Kauppakatu 14 A 7, 40100 Jyväskylä]], puh. [[PHONE_NUMBER:050 418 2297]]
        Lähete: LT [[PERSON:Markku Rinne]] [[DATE:3.3.2025]], dg. [[HEALTH_CONDITION:jäätynyt olkapää]] (oik.)
        ja [[HEALTH_CONDITION:polven nivelrikko]] (vas.).
        Käynnit [[DATE:10.3.]]–[[DATE:28.4.2025]], yhteensä 8 kertaa: kotiharjoitteet, manuaalinen terapia, TENS.
        Abduktio 80° → 125°, yökipu vähentynyt. Käyttää [[HEALTH_CONDITION:Burana]] 400 mg tarvittaessa
        ja [[HEALTH_CONDITION:Panadol Forte]] iltaisin.
        Taustalla [[HEALTH_CONDITION:kilpirauhasen vajaatoiminta]] ([[HEALTH_CONDITION:Thyroxin]])
        ja [[HEALTH_CONDITION:tyypin 2 diabetes]]. Jatko: omatoiminen harjoittelu, kontrolli tarvittaessa.
        Ystävällisin terveisin [[PERSON:Ville Koskinen]], fysioterapeutti (AMK)
        """#,
        #"""
        مستشفى النيل التخصصي – قسم الباطنة
        تحويل إلى عيادة الغدد الصماء
        اسم المريض: [[PERSON:محمود عبد الرحمن السيد]]   رقم الملف: [[MEDICAL_RECORD_NUMBER:2025/07731]]
        الرقم القومي: [[MEDICAL_RECORD_NUMBER:26803150104471]]   تاريخ الميلاد: [[DATE_OF_BIRTH:15/03/1968]]
        العنوان: [[STREET_ADDRESS:١٤ شارع مصطفى النحاس، الحي السابع، مدينة نصر، القاهرة]]
        موبايل: [[PHONE_NUMBER:0100 418 2276]]
        التشخيص: [[HEALTH_CONDITION:سكري من النوع الثاني غير منضبط]] (HbA1c 10.2%)
        مع [[HEALTH_CONDITION:ارتفاع ضغط الدم]] و[[HEALTH_CONDITION:اعتلال الأعصاب الطرفية]].
        العلاج الحالي: [[HEALTH_CONDITION:جلوكوفاج]] 1000 مجم مرتين يوميًا، [[HEALTH_CONDITION:أماريل]] 3 مجم،
        [[HEALTH_CONDITION:كونكور]] 5 مجم. برجاء تقييم البدء بالإنسولين. تاريخ التحويل: [[DATE:٢٢ يونيو ٢٠٢٥]]
        د. [[PERSON:هبة الله فتحي]] – أخصائي الباطنة
        """#,
        #"""
        SHIFA-E-NOOR PHARMACY (24 hrs) – Ph: [[PHONE_NUMBER:042-3571 8820]]
        Patient: [[PERSON:Ayesha Tariq Butt]]   Age/Sex: 34/F   MR No: [[MEDICAL_RECORD_NUMBER:LHR-25-118204]]
        CNIC: [[MEDICAL_RECORD_NUMBER:35202-4471829-4]]   Cell: [[PHONE_NUMBER:0321-4417285]]
        Address: [[STREET_ADDRESS:House 45-B, Street 7, Block C, Gulberg III, Lahore]]
        Prescriber: Dr. [[PERSON:Kamran Qureshi]] (FCPS Med)   Date: [[DATE:09-Aug-2025]]
        Dx: [[HEALTH_CONDITION:enteric fever]] (Typhidot +ve), [[HEALTH_CONDITION:GERD]]
        1. Tab [[HEALTH_CONDITION:Azomax]] 500 mg – 1 tab daily × 7 days (ek goli roz, khaane ke baad)
        2. Cap [[HEALTH_CONDITION:Risek]] 40 mg – nihar munh / empty stomach × 14 days
        3. Tab [[HEALTH_CONDITION:Panadol]] 500 mg – bukhar 101 se zyada ho to, max 4 daily
        Dispensed by [[PERSON:Usman Ghani]], pharmacist. Rider: [[PERSON:Bilal]] ([[PHONE_NUMBER:0333 6204418]])
        """#,
        #"""
        Community Mental Health Clinic, Petaling Jaya – Initial Assessment (Intake)
        Name: [[PERSON:Nur Syafiqah binti Ahmad Zulkifli]]   IC: [[MEDICAL_RECORD_NUMBER:960514-10-5536]]
        RN: [[MEDICAL_RECORD_NUMBER:PJ/MH/25/0912]]   H/P: [[PHONE_NUMBER:+60 12-318 4470]]
        Address: [[STREET_ADDRESS:No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor]]
        Seen [[DATE:14/10/2025]], referred by Dr [[PERSON:Lim Wei Sheng]] (KK Kelana Jaya): low mood x 6/12.
        Lost her job in June. Poor sleep and appetite; PHQ-9 = 19. No self-harm plan. Denies alcohol or drugs.
        Past hx: [[HEALTH_CONDITION:postpartum depression]] after first child, on [[HEALTH_CONDITION:sertraline]] then.
        FHx: father – [[HEALTH_CONDITION:bipolar disorder]].
        Impression: [[HEALTH_CONDITION:major depressive disorder]], moderate–severe; r/o [[HEALTH_CONDITION:GAD]].
        Plan: [[HEALTH_CONDITION:escitalopram]] 10 mg ON, CBT with Ms [[PERSON:Kavitha Raman]], TCA 2/52.
        Emergency contact: husband [[PERSON:Mohd Hafiz]], [[PHONE_NUMBER:019-772 0815]]. MO: Dr [[PERSON:Tan Siew Ling]]
        """#,
        #"""
        PRE-AUTHORISATION REQUEST – Adinkra Health Insurance Ltd   Date of request: [[DATE:21 August 2025]]
        Provider: Ridge View Medical Centre, Accra   Folder No.: [[MEDICAL_RECORD_NUMBER:RVMC/0098/25]]
        Member: [[PERSON:Kwabena Owusu-Ansah]]   Member No.: [[MEDICAL_RECORD_NUMBER:AHI-0418-22917-01]]
        DOB: [[DATE_OF_BIRTH:04-02-1983]]   NHIS No.: [[MEDICAL_RECORD_NUMBER:11847302]]
        Employer: Volta Cement Works, staff ID [[EMPLOYEE_NUMBER:VCW-08812]]
        Residence: [[STREET_ADDRESS:H/No. 14, Osu Badu Street, Dzorwulu, Accra (GA-183-8164)]]
        Tel: [[PHONE_NUMBER:024 417 2290]]
        Clinical summary: 2-day hx of RIF pain, fever and vomiting; WBC 15.8; USS – non-compressible appendix.
        Diagnosis: [[HEALTH_CONDITION:acute appendicitis]]. Known [[HEALTH_CONDITION:sickle cell trait]].
        Procedure: [[HEALTH_CONDITION:laparoscopic appendicectomy]], est. 2 nights,
        IV [[HEALTH_CONDITION:ceftriaxone]] + [[HEALTH_CONDITION:metronidazole]].
        Requesting doctor: Dr [[PERSON:Efua Mensah-Bonsu]]   Direct line: [[PHONE_NUMBER:030 278 4417]]
        """#,
        #"""
        MERCY RIDGE REGIONAL MEDICAL CENTER – PATIENT FACE SHEET
        Patient: [[PERSON:HOLLOWAY, DeShawn M.]]   MRN: [[MEDICAL_RECORD_NUMBER:004418273]]
        Acct #: [[MEDICAL_RECORD_NUMBER:V00091827734]]   DOB: [[DATE_OF_BIRTH:11/23/1979]]   SSN: [[US_SSN:431-58-0274]]
        Address: [[STREET_ADDRESS:4127 Old Hickory Blvd, Apt 12C, Nashville, TN 37218]]
        Home: [[PHONE_NUMBER:(615) 555-0143]]   Cell: [[PHONE_NUMBER:615-555-0178]]
        Email: [[EMAIL_ADDRESS:dholloway79@gmail.com]]   Employer: Ryman Logistics, ID [[EMPLOYEE_NUMBER:RL-22817]]
        Admit: [[DATE:09/14/2025]] 02:37 via ED   Attending: [[PERSON:Rebecca Lindqvist]], MD
        Primary ins: Volunteer State Health Plan – Member ID [[MEDICAL_RECORD_NUMBER:ZGP884127019]]
        Admitting dx: [[HEALTH_CONDITION:diabetic ketoacidosis]]; hx [[HEALTH_CONDITION:type 1 DM]],
        [[HEALTH_CONDITION:depression]] on [[HEALTH_CONDITION:Wellbutrin XL]]. Allergies: [[HEALTH_CONDITION:sulfa]].
        Emergency contact: [[PERSON:Tanya Holloway]] (spouse) [[PHONE_NUMBER:615-555-0191]]
        Card on file for copays: [[CREDIT_CARD:3765 220841 77335]]
        """#,
    ]

    /// A twenty-seventh set of everyday texts, written blind to DataGuard's rules: bills, payroll/tax forms, CVs,
    /// leases, chats, forums, ads, HR (UK, US, IE, AU, ZA, NG, KE, IN, DE, FR, BR, CO, CZ, GR, UA, JP, ID, VN).
    static let twentySeventhEveryday: [String] = [
        #"""
        Northfield Energy – Your final bill
        Mr [[PERSON:Rhys Pemberton-Clarke]]
        [[STREET_ADDRESS:Flat 2B, 19 Alma Road]]
        [[STREET_ADDRESS:Southsea, Portsmouth PO4 0HT]]
        Account number: [[MEMBER_NUMBER:8501 2274 119]]   Date: [[DATE:3rd June 2025]]
        Dear Mr [[PERSON:Pemberton-Clarke]],
        Thanks for letting us know you moved out on [[DATE:28 May]]. Your final reading leaves you £63.18
        in credit, which we'll refund to the card ending 4471 within 10 working days. Your new home at
        [[STREET_ADDRESS:7 Hawthorn Close, Fareham PO16 7QJ]] is supplied by another company.
        Any questions, call [[PHONE_NUMBER:0330 088 4417]] or e-mail me at
        [[EMAIL_ADDRESS:gemma.watts@northfield-energy.co.uk]]. [[PERSON:Gemma Watts]], Customer Accounts Team
        """#,
        #"""
        Cascade Valley School District – Direct Deposit Authorization (Form PR-7)
        Employee name: [[PERSON:Marisol Q. Fuentes-Baker]]   Employee ID: [[EMPLOYEE_NUMBER:CVSD-104472]]
        SSN: [[US_SSN:529-71-3308]]   Date of birth: [[DATE_OF_BIRTH:April 9, 1986]]
        Home address: [[STREET_ADDRESS:2218 NE Alberta St, Portland, OR 97211]]
        Bank: Columbia Plains Bank   Routing number: [[US_ROUTING_NUMBER:071912347]]
        Account number: [[US_BANK_ACCOUNT:4471902835]]   Type: [x] Checking  [ ] Savings   Amount: 100% of net pay
        Effective pay date: [[DATE:10/31/2025]]. Attach a voided check.
        Signature: [[PERSON:M. Fuentes-Baker]]   Date signed: [[DATE:Oct 6, 2025]]
        Payroll use only – entered by [[PERSON:Dale Whitcomb]], ext. 2210
        ([[EMAIL_ADDRESS:dwhitcomb@cascadevalley.k12.or.us]])
        """#,
        #"""
        Scoil Bhríde N.S. – Notice to parents of 4th Class, Monday [[DATE:22nd September]]
        Dear Parents/Guardians,
        The 4th class trip to the Céide Fields is on Friday [[DATE:10 October]]. The bus leaves at 9.15 sharp.
        Please return the consent slip and €12 to Ms [[PERSON:Nic Giolla Phádraig]] by [[DATE:3/10]].
        If your child has [[HEALTH_CONDITION:asthma]] or a [[HEALTH_CONDITION:nut allergy]], please send in their
        [[HEALTH_CONDITION:Ventolin]] or [[HEALTH_CONDITION:EpiPen]] in a labelled bag.
        Parents who'd like to help can contact [[PERSON:Caoimhe Durkan]] (Parents' Association)
        on [[PHONE_NUMBER:087 641 2290]].
        Le meas,
        [[PERSON:Tomás Ó Ruairc]], Príomhoide / Principal
        Scoil Bhríde N.S., [[STREET_ADDRESS:Knock Road, Ballyhaunis, Co. Mayo F35 WK82]]
        Tel. [[PHONE_NUMBER:094 963 0418]] | [[EMAIL_ADDRESS:principal.scoilbhride@gmail.com]] | Roll No. 19447K
        """#,
        #"""
        From: [[PERSON:Chloe Tran]] <[[EMAIL_ADDRESS:chloe.tran@baysiderentals.com.au]]>
        To: [[EMAIL_ADDRESS:liamandpriya@outlook.com]]
        Subject: [[STREET_ADDRESS:3/58 Glenhuntly Rd]] – lease signed, bond details
        Hi [[PERSON:Liam]] and [[PERSON:Priya]],
        Great news – the lease for [[STREET_ADDRESS:Unit 3, 58 Glenhuntly Road, Elwood VIC 3184]] is fully signed,
        start date Sat [[DATE:1 Nov 2025]]. The bond of $2,780 is lodged with the RTBA, bond no.
        [[MEMBER_NUMBER:1102458836]]; rent is paid via DEFT with your tenant ref. [[MEMBER_NUMBER:3001 4471 8826]].
        Keys are at our office, [[STREET_ADDRESS:112 Ormond Road, Elwood]], from 9am – bring photo ID.
        Maintenance issues: call me on [[PHONE_NUMBER:0412 558 027]] or after hours [[PHONE_NUMBER:(03) 9531 7744]].
        Cheers,
        [[PERSON:Chloe]]
        """#,
        #"""
        CURRICULUM VITAE
        [[PERSON:Lerato Refilwe Mokoena]]
        [[STREET_ADDRESS:17 Jacaranda Street, Sunnyside, Pretoria 0002]] | [[PHONE_NUMBER:072 418 3390]]
        [[EMAIL_ADDRESS:lerato.mokoena.cv@gmail.com]]   ID number: [[MEMBER_NUMBER:9408120627084]]
        Date of birth: [[DATE_OF_BIRTH:12 August 1994]]   Driver's licence: Code 08   Languages: Setswana, English
        EXPERIENCE
        [[DATE:Mar 2021]] – present: Payroll Administrator, Marula Mining Services (Pty) Ltd, Rustenburg
          (employee no. [[EMPLOYEE_NUMBER:MMS07741]])
        [[DATE:Jan 2018]] – [[DATE:Feb 2021]]: Debtors Clerk, Tshwane Motor Spares
        EDUCATION: BCom Accounting, UNISA
        REFERENCES: Mr [[PERSON:Johan van der Merwe]], Finance Manager – [[PHONE_NUMBER:014 592 1187]];
          Ms [[PERSON:Nomvula Dlamini]], HR Officer – [[PHONE_NUMBER:+27 83 661 0452]]
        """#,
        #"""
        IKOYI TRUST BANK PLC – Lagos Island branch   [[DATE:15th July, 2025]]
        Mrs [[PERSON:Folasade Adebimpe Ogunleye]]
        [[STREET_ADDRESS:Plot 22, Adeola Odeku Street]]
        [[STREET_ADDRESS:Victoria Island, Lagos]]
        RE: RESTRICTION ON ACCOUNT NO. [[MEMBER_NUMBER:0123847719]] – BVN [[MEMBER_NUMBER:22184470391]]
        Dear Madam, following internet banking logins from IP address [[IP_ADDRESS:197.210.84.143]]
        on [[DATE:12/07/2025]] which you did not recognise, your savings account has been placed on
        Post-No-Debit. Please visit any branch with a valid ID (NIN on our records: [[MEMBER_NUMBER:48213097651]])
        or call [[PHONE_NUMBER:0700 225 5684]] / [[PHONE_NUMBER:+234 1 448 2210]].
        Yours faithfully,
        [[PERSON:Chukwuemeka Nwosu]], Relationship Manager (Staff ID [[EMPLOYEE_NUMBER:ITB-4471]])
        """#,
        #"""
        [[DATE:12/03/2025]], 19:42 - [[PERSON:wanjiru]]: mambo [[PERSON:otieno]] umefika? niko hapa gate ya kwanza
        19:43 - [[PERSON:otieno]]: bado kidogo, jam ya thika road ni mbaya sana
        19:45 - [[PERSON:wanjiru]]: sawa. landlord anataka deposit before 8
        19:45 - [[PERSON:wanjiru]]: tuma kwa mpesa yake [[PHONE_NUMBER:0722 418 906]] jina [[PERSON:joseph kamau]]
        19:45 - [[PERSON:wanjiru]]: ama ile line ingine [[PHONE_NUMBER:+254 733 620 118]]
        19:46 - [[PERSON:otieno]]: ok ntatuma 15k sai. nyumba ni [[STREET_ADDRESS:hse no 14 kamiti road zimmerman]]
        19:47 - [[PERSON:wanjiru]]: yes. pia anataka copy ya id yako, ni [[MEMBER_NUMBER:28417730]] ama?
        19:48 - [[PERSON:otieno]]: [[MEMBER_NUMBER:28417703]] 😂 umekosea
        19:49 - [[PERSON:wanjiru]]: sorry haha. na kra pin yangu for the lease ni [[MEMBER_NUMBER:A004417829Q]]
        19:53 - [[PERSON:otieno]]: done nimetuma 👍
        """#,
        #"""
        Subhiksha Health & Motor Insurance Co. Ltd. – Renewal acknowledgement
        Dear Mr. [[PERSON:Venkata Ramana Murthy Yalamanchili]],
        We have received ₹ 28,416 towards renewal of your Family Floater policy
        no. [[MEMBER_NUMBER:2311/44719826/00/000]], charged to your credit card [[CREDIT_CARD:4718 2210 9376 4402]]
        on [[DATE:02-Sep-2025]]. Policy period: [[DATE:05/09/2025]] to [[DATE:04/09/2026]].
        Insured: self, DOB [[DATE_OF_BIRTH:17/01/1971]]; spouse [[PERSON:Lakshmi Prasanna]],
        DOB [[DATE_OF_BIRTH:02/06/1975]]; son [[PERSON:Sai Kiran]], DOB [[DATE_OF_BIRTH:28/11/2003]].
        Declared pre-existing diseases: [[HEALTH_CONDITION:hypertension]] (self),
        [[HEALTH_CONDITION:hypothyroidism]] (spouse).
        PAN: [[MEMBER_NUMBER:AKRPY4471M]]   Registered mobile: [[PHONE_NUMBER:+91 98480 22176]]
        Address: [[STREET_ADDRESS:Flat 302, Sri Sai Residency, Road No. 12, Banjara Hills, Hyderabad 500034]]
        For claims call our toll-free number [[PHONE_NUMBER:1800 425 4471]].
        """#,
        #"""
        Finanzamt Gütersloh · Postfach 1209 · 33242 Gütersloh
        Frau
        [[PERSON:Svenja Oberländer-Kraus]]
        [[STREET_ADDRESS:Münsterstraße 14a]]
        [[STREET_ADDRESS:33330 Gütersloh]]
        Steuernummer: [[MEMBER_NUMBER:347/5120/4471]]   Identifikationsnummer: [[MEMBER_NUMBER:58 742 109 340]]
        Datum: [[DATE:18.09.2025]]   Bearbeiter: Herr [[PERSON:Brinkmann]], Tel. [[PHONE_NUMBER:05241 3071-214]]
        Erinnerung: Einkommensteuererklärung 2024
        Sehr geehrte Frau [[PERSON:Oberländer-Kraus]],
        Ihre Einkommensteuererklärung für 2024 liegt uns noch nicht vor. Bitte übermitteln Sie diese bis zum
        [[DATE:31. Oktober 2025]] über ELSTER, andernfalls kann ein Verspätungszuschlag festgesetzt werden.
        Mit freundlichen Grüßen, im Auftrag [[PERSON:Brinkmann]]
        """#,
        #"""
        Forum Conso-Entraide › Livraison › « Colis jamais livré, le transporteur ne répond plus »
        Message de [[PERSON:Nathalie L.]] – [[DATE:14/09/2025]] à 21:07
        Bonjour à tous, j'ai commandé un lave-linge le [[DATE:2 septembre]], livraison prévue le [[DATE:9/09]] au
        [[STREET_ADDRESS:5 bis allée des Tilleuls, 44300 Nantes]]. Le suivi indique « livré » mais rien reçu !
        Le livreur aurait fait signer un certain « [[PERSON:M. Leroux]] »… personne ne s'appelle
        comme ça dans l'immeuble. Le service client ne répond plus (n° client [[MEMBER_NUMBER:CL-0884172]]).
        Quelqu'un a eu le même souci ? Écrivez-moi en MP ou appelez le [[PHONE_NUMBER:07 81 44 20 96]].
        --
        [Journal de modération – [[PERSON:Karim Belkacem]]]
        IP de l'auteur : [[IP_ADDRESS:2a01:cb1d:84b:7e00:5d2f:9aa1:3c40:18e7]]
        """#,
        #"""
        VENDO geladeira Frost Free 375 L, inox, 3 anos de uso, funcionando perfeitamente. R$ 1.450,00.
        Retirada no endereço:
        [[STREET_ADDRESS:Rua Padre Chagas, 312, apto 804 – Moinhos de Vento, Porto Alegre – RS, 90570-080]]
        Falar com [[PERSON:Rafaela Cunha Vasconcelos]] pelo WhatsApp [[PHONE_NUMBER:(51) 99827-4417]]
        ou no fixo [[PHONE_NUMBER:(51) 3222-0418]].
        Pagamento via Pix (chave CPF [[MEMBER_NUMBER:418.207.339-80]]) ou em dinheiro. Não faço entrega.
        Disponível para visita até sábado, [[DATE:20/09]].
        Quem vier buscar, procure o porteiro, seu [[PERSON:Valdir]], que ele libera a subida do carrinho.
        """#,
        #"""
        [10:14 a. m.] [[PERSON:mafe]]: hola [[PERSON:juancho]] ya te paso los datos pa la mudanza
        [10:14 a. m.] [[PERSON:mafe]]: la direccion nueva es [[STREET_ADDRESS:cra 43a 18 sur 135 apto 1204 medellin]]
        [10:15 a. m.] [[PERSON:juancho]]: listo y el portero pide la cedula de los dos
        [10:16 a. m.] [[PERSON:mafe]]: la mia es [[MEMBER_NUMBER:1.036.442.718]]
        [10:16 a. m.] [[PERSON:mafe]]: y la de [[PERSON:sebas]] [[MEMBER_NUMBER:71 774 209]]
        [10:16 a. m.] [[PERSON:juancho]]: y a q numero te consigno lo del trasteo
        [10:17 a. m.] [[PERSON:mafe]]: nequi [[PHONE_NUMBER:312 557 0418]]
        [10:17 a. m.] [[PERSON:mafe]]: o bancolombia ahorros [[MEMBER_NUMBER:101-447183-22]]
        [10:18 a. m.] [[PERSON:juancho]]: el sabado [[DATE:27 de sept]] a las 7 sirve?
        [10:18 a. m.] [[PERSON:mafe]]: si perfecto, [[PERSON:sebas]] esta con [[HEALTH_CONDITION:dengue]]
        [10:19 a. m.] [[PERSON:mafe]]: asi q voy yo sola
        """#,
        #"""
        Energie Vltava a.s. – Vyúčtování dodávky elektřiny
        Vážená paní Ing. [[PERSON:Jana Procházková]],
        zákaznické číslo: [[MEMBER_NUMBER:400 218 7713]]   číslo smlouvy: [[MEMBER_NUMBER:EV-2023-0918842]]
        datum narození: [[DATE_OF_BIRTH:14. 3. 1981]]
        odběrné místo: [[STREET_ADDRESS:Slezská 1447/62, 130 00 Praha 3 – Vinohrady]]
        Datum vystavení: [[DATE:7. 10. 2025]]   Zúčtovací období: [[DATE:1. 10. 2024]] – [[DATE:30. 9. 2025]]
        Spotřeba 2 418 kWh, k doplatku 1 286 Kč. Částku uhraďte do [[DATE:21. října 2025]];
        jako variabilní symbol uveďte své zákaznické číslo. Nová výše záloh od [[DATE:listopadu 2025]]:
        1 450 Kč měsíčně. Máte dotaz? Volejte na [[PHONE_NUMBER:+420 800 447 182]].
        S pozdravem [[PERSON:Petr Vondráček]], zákaznické centrum
        """#,
        #"""
        ΑΙΤΗΣΗ – ΥΠΕΥΘΥΝΗ ΔΗΛΩΣΗ
        ΠΡΟΣ: Δήμο Πατρέων – Τμήμα Κοινωνικής Πολιτικής
        Όνομα: [[PERSON:Αικατερίνη]]   Επώνυμο: [[PERSON:Παπαδημητρίου]]   Όνομα πατέρα: [[PERSON:Νικόλαος]]
        Ημερομηνία γέννησης: [[DATE_OF_BIRTH:23/05/1987]]   Α.Δ.Τ.: [[MEMBER_NUMBER:ΑΚ 418203]]
        Α.Φ.Μ.: [[MEMBER_NUMBER:138447906]]   Α.Μ.Κ.Α.: [[MEMBER_NUMBER:23058704414]]
        Διεύθυνση: [[STREET_ADDRESS:Κορίνθου 214, 262 23 Πάτρα]]   Τηλ.: [[PHONE_NUMBER:2610 427 118]]
        Κιν.: [[PHONE_NUMBER:694 418 2207]]   Email: [[EMAIL_ADDRESS:k.papadimitriou87@yahoo.gr]]
        Με ατομική μου ευθύνη δηλώνω ότι ο γιος μου [[PERSON:Γεώργιος]] πάσχει από
        [[HEALTH_CONDITION:σακχαρώδη διαβήτη τύπου 1]] και αιτούμαι την ένταξή του στο πρόγραμμα
        δημιουργικής απασχόλησης με συνοδό.
        Πάτρα, [[DATE:8 Σεπτεμβρίου 2025]]   Η αιτούσα: [[PERSON:Αικατερίνη Παπαδημητρίου]]
        """#,
        #"""
        ТОВ «Дніпро-Агросервіс»
        НАКАЗ № 118-к від [[DATE:03.11.2025]]
        Про надання щорічної відпустки
        НАДАТИ [[PERSON:Коваленко Олені Петрівні]], бухгалтеру (табельний № [[EMPLOYEE_NUMBER:0447]],
        РНОКПП [[MEMBER_NUMBER:3184470921]]), щорічну основну відпустку тривалістю 14 календарних днів
        з [[DATE:17 листопада 2025]] р. по [[DATE:30 листопада 2025]] р.
        Підстава: заява [[PERSON:Коваленко О. П.]] від [[DATE:27.10.2025]].
        На час відпустки обов'язки покласти на [[PERSON:Гнатюк Тетяну Іванівну]] (таб. № [[EMPLOYEE_NUMBER:0512]]).
        Телефон працівниці для термінових питань: [[PHONE_NUMBER:+380 67 418 22 09]].
        Директор ________ [[PERSON:В. М. Шевчук]]
        З наказом ознайомлена: ________ [[PERSON:О. П. Коваленко]]
        """#,
        #"""
        【ご不在連絡票】ヤマブキ運輸
        [[PERSON:佐藤 美咲]] 様
        お届け先：[[STREET_ADDRESS:〒150-0012 東京都渋谷区広尾3丁目14-7 グランフォレスト広尾502号室]]
        お届け日時：[[DATE:2025年10月18日]]（土）14:20　ご不在のため持ち帰りました。
        ご依頼主：[[PERSON:佐藤 恵子]] 様（[[PHONE_NUMBER:0157-23-4418]]）　品名：食品（冷蔵）
        メンバーズ会員番号：[[MEMBER_NUMBER:8820-4417-3306]]
        再配達のご依頼は [[PHONE_NUMBER:0120-01-4471]]（自動受付・24時間）まで。
        担当ドライバー：[[PERSON:高橋]]（携帯 [[PHONE_NUMBER:090-4417-2283]]）
        """#,
        #"""
        Formulir Keluhan Pelanggan – TokoRaya
        Nama lengkap: [[PERSON:Dewi Anggraini Siregar]]   NIK: [[MEMBER_NUMBER:1271046503880002]]
        Alamat: [[STREET_ADDRESS:Jl. Sei Batang Hari No. 88, Kel. Babura, Kec. Medan Sunggal, Medan 20122]]
        No. HP: [[PHONE_NUMBER:0812-6044-1782]]   Email: [[EMAIL_ADDRESS:dewi.anggraini.s@gmail.com]]
        Isi keluhan: Saya tidak pernah bertransaksi pada [[DATE:23 Oktober 2025]] pukul 02.14 WIB,
        tetapi kartu kredit saya [[CREDIT_CARD:5264 7100 3318 4429]] ditagih Rp 4.870.000.
        Login dilakukan dari IP [[IP_ADDRESS:103.47.132.209]], bukan dari perangkat saya.
        Mohon akun diblokir dan dana dikembalikan.
        Catatan CS ([[PERSON:Rizky]]): tiket diteruskan ke tim fraud, [[DATE:24/10/2025]].
        """#,
        #"""
        CÔNG TY TNHH MAY MẶC PHƯƠNG NAM
        THÔNG BÁO ĐIỀU CHỈNH LƯƠNG
        Kính gửi: Chị [[PERSON:Nguyễn Thị Thu Hằng]]   Mã nhân viên: [[EMPLOYEE_NUMBER:PN-2019-0447]]
        Bộ phận: Kiểm phẩm   Số CCCD: [[MEMBER_NUMBER:079188004417]]   Ngày sinh: [[DATE_OF_BIRTH:12/08/1988]]
        Công ty xin thông báo mức lương mới của chị là 9.800.000 đồng/tháng,
        áp dụng từ [[DATE:ngày 1 tháng 12 năm 2025]].
        Lương được chuyển vào tài khoản Vietcombank số [[MEMBER_NUMBER:0071000447182]] vào ngày 5 hằng tháng.
        Mọi thắc mắc xin liên hệ phòng Nhân sự, anh [[PERSON:Trần Quốc Bảo]], ĐT [[PHONE_NUMBER:028 3756 4418]]
        hoặc [[PHONE_NUMBER:0903 447 182]].
        TP. Hồ Chí Minh, [[DATE:ngày 20 tháng 11 năm 2025]]
        Giám đốc: [[PERSON:Lê Văn Phúc]]
        """#,
    ]
}
