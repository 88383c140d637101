extension BlindTexts {
    /// A forty-third set of clinical texts, written blind to DataGuard's rules.
    static let fortyThirdClinical: [String] = [
        #"""
        RIVERSIDE MEDICAL PRACTICE
        [[STREET_ADDRESS:14 Cranbrook Road, Ilford, Essex IG1 4PU]]
        Tel: [[PHONE_NUMBER:020 8554 7123]]   Fax: [[PHONE_NUMBER:020 8554 7190]]
        [[DATE:12 March 2024]]

        Dr [[PERSON:N. Okafor]], Consultant Rheumatologist, King George Hospital, Goodmayes

        Dear Dr [[PERSON:Okafor]],
        Re: Mrs [[PERSON:Margaret Ellen Doyle]], DOB [[DATE_OF_BIRTH:02/11/1949]]
        NHS No [[MEMBER_NUMBER:612 309 8748]]   Hosp No [[MEDICAL_RECORD_NUMBER:KGH4471902]]
        [[STREET_ADDRESS:Flat 3, 27 Wanstead Park Avenue, London E12 5EN]]
        Mobile [[PHONE_NUMBER:07700 914 362]]   Daughter ([[PERSON:Claire]]): [[PHONE_NUMBER:07812 336 509]]

        Thank you for seeing this 74-year-old retired school cook with a six-week history of bilateral
        shoulder and hip girdle stiffness, worse in the mornings. ESR 68, CRP 41. I suspect
        [[HEALTH_CONDITION:polymyalgia rheumatica]], but since [[DATE:4 March]] she also reports new right-sided
        headaches and jaw pain on chewing, so I have started [[HEALTH_CONDITION:prednisolone]] 40 mg today pending
        your urgent review for [[HEALTH_CONDITION:giant cell arteritis]]. No visual disturbance so far.

        Past history: [[HEALTH_CONDITION:type 2 diabetes]], [[HEALTH_CONDITION:osteoarthritis]] of both knees,
        [[HEALTH_CONDITION:atrial fibrillation]] (on [[HEALTH_CONDITION:apixaban]] 5 mg bd).
        Other medication: [[HEALTH_CONDITION:metformin]] 500 mg bd, [[HEALTH_CONDITION:bisoprolol]] 2.5 mg od,
        [[HEALTH_CONDITION:Adcal-D3]] two daily. I have added [[HEALTH_CONDITION:alendronic acid]] 70 mg weekly and
        [[HEALTH_CONDITION:omeprazole]] 20 mg for gastric protection while she is on steroids.
        She lives alone; her neighbour Mr [[PERSON:Rajesh Patel]] drives her to appointments.

        Yours sincerely,
        Dr [[PERSON:Thomas Whitfield]] MRCGP   GMC No [[EMPLOYEE_NUMBER:7034518]]
        [[EMAIL_ADDRESS:thomas.whitfield1@nhs.net]]
        """#,
        #"""
        ST. VINCENT'S UNIVERSITY HOSPITAL - EMERGENCY DEPARTMENT - ED CLINICAL RECORD
        Attendance: Sat [[DATE:18/05/2024]]   Triage 23:47   MTS category 2 (orange)
        Name: [[PERSON:Ciarán Ó Murchú]]   DOB: [[DATE_OF_BIRTH:21-09-1996]]
        MRN: [[MEDICAL_RECORD_NUMBER:SVUH 2219834]]
        PPSN: [[NATIONAL_ID:8371624I]]   Laya Healthcare member no: [[MEMBER_NUMBER:LH 5567 2094 01]]
        Address: [[STREET_ADDRESS:Apt 12, Merrion Court, Ballsbridge, Dublin 4, D04 X2K7]]
        NOK: partner [[PERSON:Aoife Brennan]] [[PHONE_NUMBER:087 315 4482]]
        GP: Dr [[PERSON:Paul Hegarty]], Ranelagh, [[PHONE_NUMBER:(01) 497 6621]]

        PC: fall from e-scooter approx 23:10, no helmet. Brief LOC per partner. Vomited x2 in taxi.
        O/E: GCS 14 (E4 V4 M6), boggy swelling L parietal, 4 cm [[HEALTH_CONDITION:laceration]] L forearm.
        Smells of alcohol, reports 5 pints.
        PMH: [[HEALTH_CONDITION:asthma]] - [[HEALTH_CONDITION:Ventolin]] prn, [[HEALTH_CONDITION:Seretide]] 250 bd.
        [[HEALTH_CONDITION:ADHD]] - on [[HEALTH_CONDITION:Concerta]] 36 mg mane. [[HEALTH_CONDITION:Penicillin allergy]]
        (rash). Not anticoagulated.
        CT brain (NICE criteria met): small L parietal [[HEALTH_CONDITION:extradural haematoma]] 6 mm, no midline shift;
        undisplaced [[HEALTH_CONDITION:skull fracture]]. D/w neurosurgery Beaumont, Dr [[PERSON:Fitzgerald]]: observe,
        repeat CT at 6 h, transfer if GCS drops.
        Wound irrigated, 6 x 4/0 sutures. Tetanus: [[HEALTH_CONDITION:Boostrix]] 0.5 ml IM.
        Analgesia: [[HEALTH_CONDITION:paracetamol]] 1 g IV, [[HEALTH_CONDITION:ondansetron]] 4 mg IV.
        Admitted under surgical team (Mr [[PERSON:D. Kavanagh]]) for neuro obs.
        Partner updated by phone 01:20 on [[DATE:19/05/2024]].
        ED Reg: Dr [[PERSON:Sinéad Mac Giolla Phádraig]]   MCRN [[EMPLOYEE_NUMBER:412786]]   bleep 4471
        """#,
        #"""
        Viber chat - Botika ng Barangay Loyola Heights (pharmacy line [[PHONE_NUMBER:0917 845 2219]])
        [[DATE:4/7/24]], 09:12 - Botika Loyola: Good morning po Ma'am [[PERSON:Rosario]]! Ready na po refill ni
        Sir [[PERSON:Eduardo]]: [[HEALTH_CONDITION:Losartan]] 50mg #30, [[HEALTH_CONDITION:Amlodipine]] 5mg #30,
        [[HEALTH_CONDITION:Metformin]] 500mg #60
        [[DATE:4/7/24]], 09:13 - Botika Loyola: Pakidala po senior ID at PhilHealth ID para sa 20% discount
        [[DATE:4/7/24]], 09:40 - [[PERSON:Rosario Villanueva]]: ok thank u. philhealth nya
        [[MEMBER_NUMBER:19-050284137-6]]
        [[DATE:4/7/24]], 09:41 - [[PERSON:Rosario Villanueva]]: pwede ba anak ko kumuha, si [[PERSON:Jomar]]?
        nasa work ako hanggang 6
        [[DATE:4/7/24]], 09:45 - Botika Loyola: Pwede po basta may authorization letter + ID nya + reseta ni
        Dr [[PERSON:Santos]]
        [[DATE:4/7/24]], 09:46 - Botika Loyola: Note din po, yung [[HEALTH_CONDITION:Insulin glargine]] out of stock pa,
        baka [[DATE:April 10]] pa dumating
        [[DATE:4/7/24]], 10:02 - [[PERSON:Rosario Villanueva]]: hala 12 units na lang sa pen nya. may
        [[HEALTH_CONDITION:diabetes]] at [[HEALTH_CONDITION:CKD]] sya eh
        [[DATE:4/7/24]], 10:05 - Botika Loyola: Try nyo po Mercury sa Katipunan, or tawag kay Doc
        [[PHONE_NUMBER:(02) 8426 1170]]
        [[DATE:4/7/24]], 10:06 - [[PERSON:Rosario Villanueva]]: sige. for delivery next time:
        [[STREET_ADDRESS:23 Esteban Abada St., Loyola Heights, Quezon City 1108]]
        [[DATE:4/7/24]], 10:06 - [[PERSON:Rosario Villanueva]]: cp ni [[PERSON:jomar]] [[PHONE_NUMBER:0998 301 6652]]
        [[DATE:4/8/24]], 17:31 - Botika Loyola: Ma'am dumating na [[HEALTH_CONDITION:Lantus]] (2 pens), reserved under
        [[PERSON:E. Villanueva]] po
        [[DATE:4/8/24]], 17:45 - [[PERSON:Rosario Villanueva]]: salamat [[PERSON:kath]]!! pupunta si [[PERSON:jomar]]
          mamaya
        """#,
        #"""
        MINISTRY OF HEALTH - MOTHER AND CHILD HEALTH HANDBOOK (ANC RECORD)
        Facility: Mbagathi County Referral Hospital, Nairobi   ANC No: [[MEDICAL_RECORD_NUMBER:MBG/ANC/0874/24]]
        Name of mother: [[PERSON:Wanjiru Grace Kamau]]   Age: 27   DOB: [[DATE_OF_BIRTH:14.02.1997]]
        National ID No: [[NATIONAL_ID:31847206]]   NHIF No: [[MEMBER_NUMBER:4482917]]
        Residence: [[STREET_ADDRESS:House 118, Kibera Drive, Olympic Estate, Nairobi]]
        Husband/partner: [[PERSON:Peter Mwangi Njoroge]]   Tel: [[PHONE_NUMBER:0722 481 093]]
        Mother's tel: [[PHONE_NUMBER:+254 711 306 528]]
        Gravida 3 Para 1+1   LMP: [[DATE:03/10/2023]]   EDD: [[DATE:09/07/2024]]
        Previous pregnancies: 2019 SVD live female ([[PERSON:Njeri]]); 2021 [[HEALTH_CONDITION:miscarriage]] (10 wks).
        Profile: Hb 9.8 g/dl, O Rh+, VDRL non-reactive, HBsAg negative.
        HIV: known [[HEALTH_CONDITION:HIV]] on [[HEALTH_CONDITION:TLD]] since 2020, CCC No
        [[MEDICAL_RECORD_NUMBER:13939-04521]], viral load LDL on [[DATE:12/01/2024]].
        Td2 given [[DATE:15/01/2024]].

        Visit 4 - [[DATE:22/04/2024]] - 29 weeks: BP 142/94 and 146/96, proteinuria ++, pedal oedema.
        Impression: [[HEALTH_CONDITION:pre-eclampsia]] without severe features;
        [[HEALTH_CONDITION:anaemia in pregnancy]].
        Rx: [[HEALTH_CONDITION:Methyldopa]] 250 mg tds, [[HEALTH_CONDITION:IFAS]] 1 tab od,
        [[HEALTH_CONDITION:Calcium carbonate]] 1.5 g daily.
        Referred to Kenyatta National Hospital maternity for review; escorted by [[PERSON:Peter]].
        Next visit: [[DATE:06/05/2024]] or earlier if headache, blurred vision or reduced fetal movements.
        Seen by: [[PERSON:S. Atieno]], Nurse/Midwife, NCK Reg. [[EMPLOYEE_NUMBER:NCK/RM/48217]]
        """#,
        #"""
        医療法人 さくら歯科クリニック世田谷　診療録（歯科）
        患者氏名：[[PERSON:高橋 美咲]]（[[PERSON:タカハシ ミサキ]]）様　女
        生年月日：[[DATE_OF_BIRTH:平成4年8月19日]]（32歳）　カルテ番号：[[MEDICAL_RECORD_NUMBER:SK-0031852]]
        被保険者証 記号・番号：[[MEMBER_NUMBER:1204・5587]]（枝番 01）
        住所：[[STREET_ADDRESS:〒154-0023 東京都世田谷区若林3丁目12-8 コーポ若林201]]
        電話：[[PHONE_NUMBER:090-4521-7836]]
        既往歴：[[HEALTH_CONDITION:気管支喘息]]（小児期）、[[HEALTH_CONDITION:花粉症]]
        アレルギー：[[HEALTH_CONDITION:ペニシリン系抗菌薬]]で発疹
        服用中：[[HEALTH_CONDITION:ビラノア]]錠20mg（[[HEALTH_CONDITION:ビラスチン]]）、[[HEALTH_CONDITION:ヤーズ]]配合錠

        [[DATE:2024年6月3日]] 初診。右下奥歯の冷水痛・咬合痛。
          #47 C3（[[HEALTH_CONDITION:深在性う蝕]]）、[[HEALTH_CONDITION:急性化膿性歯髄炎]]。#38 [[HEALTH_CONDITION:水平埋伏智歯]]。
          浸麻 [[HEALTH_CONDITION:キシロカイン]] 1.8ml、抜髄。[[HEALTH_CONDITION:カロナール]]錠200mg 2錠 頓用 5回分。
          担当医：[[PERSON:中村 健一]]（歯科医籍登録番号 [[EMPLOYEE_NUMBER:第154327号]]）　DH：[[PERSON:佐藤]]
        [[DATE:2024年6月10日]] 根管拡大・貼薬。疼痛消失。
        [[DATE:2024年6月24日]] 根管充填。#38抜歯は大学病院口腔外科 [[PERSON:山本]]先生宛に紹介状作成。
        [[DATE:2024年7月1日]] 本人より電話（勤務先 [[PHONE_NUMBER:03-3414-2290]]）：抜歯日は[[DATE:7月18日]]に決定とのこと。
        緊急連絡先：母 [[PERSON:高橋 恵子]]　[[PHONE_NUMBER:0466-28-5137]]
        """#,
        #"""
        NSW Health - Western Sydney LHD | Mental Health Acute Care Team
        CRISIS ASSESSMENT - HOME VISIT            Date: Tuesday [[DATE:9 July 2024]]
        Client: [[PERSON:Joshua Liam Pereira]]   DOB [[DATE_OF_BIRTH:30/01/2003]]
        MRN [[MEDICAL_RECORD_NUMBER:WSL 08837146]]   Medicare: [[MEMBER_NUMBER:2951 73647 1]] IRN 2
        Address: [[STREET_ADDRESS:7/41 Hassall Street, Parramatta NSW 2150]]   Mob [[PHONE_NUMBER:0412 907 335]]
        Referrer: mother [[PERSON:Lorraine Pereira]] [[PHONE_NUMBER:0438 221 604]] via Mental Health Line
        [[PHONE_NUMBER:1800 011 511]]

        Reason: mother rang 14:20 after [[PERSON:Josh]] texted "i cant do this anymore sorry mum", not answering phone.
        Seen 15:45; Police (Sen Cst [[PERSON:Harrison]], Parramatta PAC) present at door, then waited outside.
        Background: [[HEALTH_CONDITION:major depressive disorder]] dx 2021, [[HEALTH_CONDITION:cannabis use disorder]],
        previous [[HEALTH_CONDITION:overdose]] on [[DATE:14/11/2022]] (Westmead ED).
        Meds: [[HEALTH_CONDITION:sertraline]] 150 mg mane (stopped ~3 weeks ago), [[HEALTH_CONDITION:quetiapine]] 25 mg
        nocte prn.
        MSE: dishevelled, poor eye contact, flat affect. Hopeless after break-up with gf ([[PERSON:Mia]]) and losing
        job on [[DATE:28 June]]. Admits plan to overdose on stockpiled tablets; ~40 tabs found in drawer, removed with
        consent and handed to mother. No psychotic features. No homicidal ideation.
        Impression: [[HEALTH_CONDITION:severe depressive episode]] with [[HEALTH_CONDITION:suicidal ideation]] and plan.
        Risk: HIGH (acute).
        Plan: voluntary admission Cumberland Hospital - bed confirmed by NUM [[PERSON:Priya Raman]] 17:10.
        Ambulance transport. GP Dr [[PERSON:Wong]] ([[PHONE_NUMBER:(02) 9635 4418]]) to receive summary.
        Clinician: [[PERSON:Ben Costa]], CNC   AHPRA [[EMPLOYEE_NUMBER:NMW0001873456]]
        """#,
        #"""
        DRK Rettungsdienst Region Hannover - Übergabeprotokoll an ZNA
        Einsatz-Nr. 24-118734   Datum: [[DATE:17.02.2024]]   Alarm 06:52   Übergabe 07:31
        Patient: [[PERSON:Krüger, Heinz-Dieter]]   geb. [[DATE_OF_BIRTH:05.08.1941]]
        Anschrift: [[STREET_ADDRESS:Podbielskistraße 214, 30177 Hannover]]
        Kasse: AOK Niedersachsen, Vers.-Nr. [[MEMBER_NUMBER:M482103756]]
        Angehörige: Ehefrau [[PERSON:Ingrid Krüger]], Tel. [[PHONE_NUMBER:0511 6984 221]]; Sohn [[PERSON:Markus]]
        [[PHONE_NUMBER:0172 4418093]]
        Hausarzt: Dr. med. [[PERSON:Yilmaz]], Hannover-List

        Situation: 82 J., beim Frühstück plötzlich Sprachstörung und Schwäche rechts, zuletzt gesund gesehen 06:30.
        A: frei. B: AF 18/min, SpO2 93 % -> 2 l O2. C: RR 186/102, HF 112 arrhythmisch, EKG
        [[HEALTH_CONDITION:Vorhofflimmern]] (neu?). D: GCS 13, FAST positiv, [[HEALTH_CONDITION:Hemiparese]] re.,
        [[HEALTH_CONDITION:Aphasie]], BZ 164 mg/dl. E: 36,8 °C, kein Trauma.
        Verdacht: [[HEALTH_CONDITION:akuter ischämischer Schlaganfall]] li. Hemisphäre - Stroke Unit vorangemeldet.
        Vorerkrankungen: [[HEALTH_CONDITION:arterielle Hypertonie]], [[HEALTH_CONDITION:Diabetes mellitus Typ 2]],
        Z.n. [[HEALTH_CONDITION:Myokardinfarkt]] 2016, [[HEALTH_CONDITION:Prostatakarzinom]] (2019, bestrahlt).
        Medikation lt. Plan der Ehefrau: [[HEALTH_CONDITION:ASS]] 100, [[HEALTH_CONDITION:Ramipril]] 5 mg,
        [[HEALTH_CONDITION:Metoprolol]] 47,5 mg, [[HEALTH_CONDITION:Sitagliptin]] 100 mg. Keine Antikoagulation.
        Allergie: [[HEALTH_CONDITION:Kontrastmittelallergie]] (Urtikaria 2016).
        Maßnahmen: Zugang li. Handrücken, Oberkörper 30°, Monitoring, keine RR-Senkung.
        Übergabe an: Dr. [[PERSON:Annika Vogt]] (Neurologie), Pflege [[PERSON:Jonas Weber]].
        NotSan: [[PERSON:Selin Arslan]] (Pers.-Nr. [[EMPLOYEE_NUMBER:RD-H 20417]]), NEF: Dr. [[PERSON:F. Brandt]]
        Rückfragen Wache: [[PHONE_NUMBER:0511 2209 4700]]
        """#,
        #"""
        NATIONAL IMMUNIZATION MANAGEMENT SYSTEM (NIMS) - GOVERNMENT OF PAKISTAN
        INTERNATIONAL CERTIFICATE OF VACCINATION - Hajj 1445 AH
        Name: [[PERSON:Khadija Bano Qureshi]]  /  [[PERSON:خدیجہ بانو قریشی]]
        CNIC: [[NATIONAL_ID:42101-6718294-6]]   Passport No: [[NATIONAL_ID:AB4418732]]
        Date of Birth: [[DATE_OF_BIRTH:03-04-1961]]   Nationality: Pakistani
        Address: [[STREET_ADDRESS:Flat B-12, Al-Noor Terrace, Block 13-D, Gulshan-e-Iqbal, Karachi 75300]]
        Mobile: [[PHONE_NUMBER:0300-2718493]]
        Mahram: son [[PERSON:Usman Qureshi]] (CNIC [[NATIONAL_ID:42101-9034512-3]])

        Vaccinations:
        1. [[HEALTH_CONDITION:Meningococcal ACWY]] ([[HEALTH_CONDITION:Menactra]]) - [[DATE:14-04-2024]] - Lot U7218AA
        2. [[HEALTH_CONDITION:bOPV]] (oral polio) - [[DATE:14-04-2024]] - Lot 4P2817
        3. [[HEALTH_CONDITION:Sinopharm BBIBP-CorV]] - [[DATE:02-07-2021]] and [[DATE:30-07-2021]];
           booster [[HEALTH_CONDITION:Pfizer-BioNTech]] on [[DATE:11-01-2022]]
        Pre-vaccination screening: [[HEALTH_CONDITION:hypertension]] on [[HEALTH_CONDITION:amlodipine]];
        [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:levothyroxine]]. Afebrile, fit to vaccinate.
        Vaccinator: [[PERSON:Shazia Parveen]] (EPI code [[EMPLOYEE_NUMBER:KHI-EPI-0392]])
        Verifying officer: Dr [[PERSON:Kamran Ahmed Siddiqui]], PMDC [[EMPLOYEE_NUMBER:21457-S]]
        Certificate issued: [[DATE:15-04-2024]]
        نوٹ: سعودی عرب پہنچنے پر یہ سرٹیفکیٹ اپنے پاس رکھیں۔ رابطہ: [[PHONE_NUMBER:021-99215740]]
        """#,
        #"""
        ONTARIO DISABILITY SUPPORT PROGRAM
        HEALTH STATUS AND ACTIVITIES OF DAILY LIVING REPORT - Section 2 (completed by health care professional)
        Applicant: [[PERSON:Marie-Ève Tremblay-Lavoie]]   Date of birth: [[DATE_OF_BIRTH:1979-06-22]]
        ODSP Member ID: [[MEMBER_NUMBER:482 771 905]]   SIN: [[NATIONAL_ID:546 128 737]]
        Health card: [[MEMBER_NUMBER:6814-205-735-KT]]
        Address: [[STREET_ADDRESS:88 Rideau Terrace, Unit 4, Ottawa ON K1M 2C3]]   Tel: [[PHONE_NUMBER:613-749-2281]]
        Completed by: Dr [[PERSON:Samuel Osei-Bonsu]], family physician, CPSO [[EMPLOYEE_NUMBER:98214]]
        Clinic tel [[PHONE_NUMBER:(613) 744-2892]]   fax [[PHONE_NUMBER:(613) 744-5561]]
        Patient known to me since [[DATE:March 3, 2016]].

        Diagnoses:
        1. [[HEALTH_CONDITION:Multiple sclerosis]], now secondary progressive (neurologist Dr [[PERSON:Lévesque]], TOH)
        2. [[HEALTH_CONDITION:Optic neuritis]] left eye 2017 with residual reduced acuity
        3. [[HEALTH_CONDITION:Neurogenic bladder]]
        4. [[HEALTH_CONDITION:Generalized anxiety disorder]]
        Current medications: [[HEALTH_CONDITION:ocrelizumab]] 600 mg IV every 6 months (last [[DATE:April 18, 2024]]),
        [[HEALTH_CONDITION:baclofen]] 20 mg tid, [[HEALTH_CONDITION:oxybutynin]] 5 mg bid,
        [[HEALTH_CONDITION:escitalopram]] 15 mg daily.
        Function: walks about 50 m with forearm crutches, wheelchair outdoors; four falls since
        [[DATE:January 12, 2024]].
        Cannot sit more than 30 minutes; severe fatigue by early afternoon. Unable to continue work as a dental
        hygienist; last day worked [[DATE:2023-10-27]].
        Prognosis: impairment is continuous, expected to last more than one year, and progressive.
        Signature: [[PERSON:S. Osei-Bonsu]], MD   Date: [[DATE:2024-05-09]]
        ODSP caseworker: [[PERSON:Jennifer Clarke]] - [[EMAIL_ADDRESS:jennifer.clarke@ontario.ca]]
        """#,
        #"""
        Zorgcentrum De Linde, Utrecht - Rapportage afdeling Kastanje (psychogeriatrie)
        Cliënt: mevrouw [[PERSON:Wilhelmina van den Berg-Smit]] ("[[PERSON:Mien]]")   geb. [[DATE_OF_BIRTH:19-03-1936]]
        BSN: [[NATIONAL_ID:264813571]]   Cliëntnr: [[MEDICAL_RECORD_NUMBER:DL-20931]]
        Zorgverzekeraar: Zilveren Kruis, polisnr [[MEMBER_NUMBER:184630275]]
        Diagnoses: [[HEALTH_CONDITION:ziekte van Alzheimer]], [[HEALTH_CONDITION:hartfalen]],
        [[HEALTH_CONDITION:chronische nierschade]] (eGFR 38)
        Eerste contactpersoon: dochter [[PERSON:Ellen de Wit]], [[PHONE_NUMBER:06-41872093]],
        [[EMAIL_ADDRESS:ellen.dewit74@ziggo.nl]]
        Tweede contactpersoon: zoon [[PERSON:Pieter van den Berg]], [[STREET_ADDRESS:Kerkstraat 18, 3581 RA Utrecht]],
        [[PHONE_NUMBER:030 251 7746]]

        [[DATE:14-10-2024]] 07:45 (EVV [[PERSON:Fatima]]): Mevr. onrustig wakker, wil naar huis "want [[PERSON:Kees]]
        komt eten".
        Afgeleid met koffie, daarna rustig. Medicatie ingenomen: [[HEALTH_CONDITION:donepezil]] 10 mg,
        [[HEALTH_CONDITION:metoprolol]] 50 mg, [[HEALTH_CONDITION:furosemide]] 40 mg.
        [[DATE:14-10-2024]] 13:20 ([[PERSON:Bram]], VZ): Gevonden op de grond naast toilet. Pijn li heup.
        Beoordeling SO dr. [[PERSON:Hendriks]] 15:00: loopt, forse [[HEALTH_CONDITION:kneuzing]] li heup.
        [[HEALTH_CONDITION:paracetamol]] 1 g 3dd gedurende 5 dagen. Valincident gemeld in MIC. Dochter gebeld 15:30.
        [[DATE:15-10-2024]] 02:10 (nacht, [[PERSON:Sanne]]): Mevr. roepend, bed nat. Verschoond. Urine troebel, T 38,1.
        [[DATE:15-10-2024]] 09:30 (SO): stick positief, [[HEALTH_CONDITION:urineweginfectie]]. I.v.m. nierfunctie start
        [[HEALTH_CONDITION:fosfomycine]] 3 g eenmalig. Vocht stimuleren, lijst bijhouden.
        [[DATE:16-10-2024]] 11:00 ([[PERSON:Fatima]]): Dochter op bezoek, wil overleg over niet-reanimeren.
        MDO gepland [[DATE:23 oktober]] 14:00.
        """#,
        #"""
        eSanjeevani OPD - Teleconsultation transcript (copied by hub doctor for referral note)
        Consultation ID: ESJ-UP-24-8837125   Date: [[DATE:19-08-2024]]
        Patient: [[PERSON:Sunita Devi]]  W/o [[PERSON:Ramesh Kumar Yadav]]   Age/Sex: 34/F
        Aadhaar: [[NATIONAL_ID:5827 1946 0387]]   PM-JAY ID: [[MEMBER_NUMBER:PMJ7RX4K2TQ]]
        Address: [[STREET_ADDRESS:H.No. 112, Ward 7, Shivpuri Colony, near Hanuman Mandir, Mahoba, UP 210427]]
        Mobile: [[PHONE_NUMBER:+91 94153 27816]]
        Spoke: Ayushman Arogya Mandir Kulpahar, CHO [[PERSON:Pooja Tiwari]] ([[PHONE_NUMBER:70079 41236]])
        Hub doctor: Dr [[PERSON:Arvind Mehrotra]], MD (Medicine), UPMC Reg. [[EMPLOYEE_NUMBER:UPMC-48217]]

        [11:02] CHO: Sir patient ko 4 din se bukhar hai, thand lagke, body pain. Ghar mein pati ko
                [[HEALTH_CONDITION:TB]] hai, dawai chal rahi hai.
        [11:03] Dr: Temp? BP? Pregnancy status?
        [11:04] CHO: 102.4 F, BP 100/70, pulse 108. LMP [[DATE:02/08/2024]], UPT negative. Malaria RDT Pv positive sir.
        [11:05] Dr: OK, [[HEALTH_CONDITION:vivax malaria]]. Start [[HEALTH_CONDITION:chloroquine]] 3 days
                (600-600-300 mg), then [[HEALTH_CONDITION:primaquine]] 15 mg daily x 14 days after G6PD test.
                [[HEALTH_CONDITION:Paracetamol]] 500 SOS.
        [11:06] CHO: Sir inko [[HEALTH_CONDITION:hypothyroid]] bhi hai, [[HEALTH_CONDITION:Thyronorm]] 50 le rahi hain.
        [11:07] Dr: Continue. Fluids zyada. Vomiting, jaundice ya confusion ho to District Hospital Mahoba refer karo.
        [11:09] Patient (via CHO): doctor sahab mere bete [[PERSON:Golu]] ko bhi kal se halka bukhar hai
        [11:10] Dr: Bachche ka alag consult banao. Naam, age?
        [11:10] CHO: [[PERSON:Aarav Yadav]], 6 yrs, DOB [[DATE_OF_BIRTH:14/11/2017]]. RDT kar rahe hain.
        [11:22] CHO: [[PERSON:Aarav]] RDT negative sir.
        [11:23] Dr: CBC, ORS, paracetamol syrup. Dono ka follow-up [[DATE:22-08-2024]]. [[PERSON:Sunita]] ji ka
                husband ka sputum report bhi dikhana.
        """#,
        #"""
        SECRETARIA MUNICIPAL DE SAÚDE DO RECIFE - USF Alto do Mandu
        CADERNETA DA CRIANÇA - Registro de puericultura
        Criança: [[PERSON:Helena Vitória Santos Oliveira]]   Nascimento: [[DATE_OF_BIRTH:08/01/2024]]   Sexo: F
        CNS: [[MEMBER_NUMBER:898 0047 3215 6071]]   Prontuário: [[MEDICAL_RECORD_NUMBER:USF-AM 2024/0193]]
        Mãe: [[PERSON:Jéssica Santos da Silva]], CPF [[NATIONAL_ID:418.305.729-97]], cel.
        [[PHONE_NUMBER:(81) 99847-2215]]
        Pai: [[PERSON:Rodrigo Oliveira]]
        Endereço: [[STREET_ADDRESS:Rua Guilherme Salazar, 1187, casa B, Alto do Mandu, Recife - PE, 52071-310]]
        Parto cesáreo, 38 semanas, 2.890 g, Apgar 8/9. Teste do pezinho em [[DATE:13/01/2024]]: normal.

        [[DATE:15/02/2024]] - 1 mês: 3.950 g. Aleitamento materno exclusivo. [[HEALTH_CONDITION:Dermatite de fraldas]]:
          pomada de [[HEALTH_CONDITION:óxido de zinco]].
        [[DATE:10/04/2024]] - 3 meses: 5.600 g. Vacinas em dia. Tosse e chiado há 2 dias:
          [[HEALTH_CONDITION:bronquiolite]] leve, lavagem nasal e sinais de alerta explicados.
        [[DATE:12/07/2024]] - 6 meses: 6.900 g. Início da introdução alimentar. [[HEALTH_CONDITION:Sulfato ferroso]]
          1 mg/kg/dia profilático.
        [[DATE:09/10/2024]] - 9 meses: 7.450 g (queda de percentil). [[HEALTH_CONDITION:Diarreia aguda]] há 3 dias com
          [[HEALTH_CONDITION:desidratação leve]]. SRO + [[HEALTH_CONDITION:zinco]] 10 mg/dia por 10 dias.
          Encaminhada à nutricionista do NASF, [[PERSON:Luana Ferreira]]. Visita domiciliar
          pela ACS Dona [[PERSON:Cida]].
        Enf. [[PERSON:Marcos Antônio Lima]] - COREN-PE [[EMPLOYEE_NUMBER:482.117]]
        Dra. [[PERSON:Beatriz Cavalcanti]] - CRM-PE [[EMPLOYEE_NUMBER:21874]]
        Contato da unidade: [[PHONE_NUMBER:(81) 3355-7102]]
        """#,
        #"""
        NZOZ Przychodnia Rodzinna "Zdrowie", [[STREET_ADDRESS:ul. Szlak 77, 31-153 Kraków]], tel.
        [[PHONE_NUMBER:12 633 48 20]]
        SKIEROWANIE DO PORADNI KARDIOLOGICZNEJ (e-skierowanie)
        Pacjentka: [[PERSON:Bożena Wiśniewska]]   PESEL: [[NATIONAL_ID:58071403183]]
        Data urodzenia: [[DATE_OF_BIRTH:14.07.1958]]
        Adres: [[STREET_ADDRESS:os. Centrum B 12/34, 31-927 Kraków]]   tel. [[PHONE_NUMBER:601 284 773]]
        Rozpoznanie: I48 [[HEALTH_CONDITION:migotanie przedsionków]] napadowe; I11
        [[HEALTH_CONDITION:nadciśnienie tętnicze]]

        Uzasadnienie: pacjentka zgłosiła się [[DATE:3 czerwca 2024 r.]] z kołataniem serca od 2 tyg. EKG: AF 128/min.
        Włączono [[HEALTH_CONDITION:bisoprolol]] 5 mg i [[HEALTH_CONDITION:apiksaban]] 5 mg 2x dz. (CHA2DS2-VASc 3).
        Dotychczas: [[HEALTH_CONDITION:perindopryl]] 5 mg, [[HEALTH_CONDITION:indapamid]] 1,5 mg,
        [[HEALTH_CONDITION:atorwastatyna]] 20 mg; [[HEALTH_CONDITION:cukrzyca typu 2]] - [[HEALTH_CONDITION:metformina]]
        1000 mg 2x dz.
        W badaniach TSH 0,08 - rozpoznano [[HEALTH_CONDITION:nadczynność tarczycy]], włączono
        [[HEALTH_CONDITION:tiamazol]] 10 mg.
        Proszę o echo serca, Holter EKG i ocenę wskazań do kardiowersji lub ablacji.
        Kontakt z córką: [[PERSON:Agnieszka Nowak]], [[PHONE_NUMBER:+48 512 906 318]],
        [[EMAIL_ADDRESS:a.nowak.krk@wp.pl]]
        Lekarz kierujący: lek. med. [[PERSON:Tomasz Zieliński]], specjalista medycyny rodzinnej, NPWZ
        [[EMPLOYEE_NUMBER:9124587]]
        Kraków, [[DATE:05.06.2024]]
        Adnotacja rejestracji: termin [[DATE:12 sierpnia 2024]], godz. 10:30, dr [[PERSON:Kowalczyk]].
        Pacjentka powiadomiona SMS-em [[DATE:06.06]].
        """#,
        #"""
        Rashid Hospital - Emergency Department, Dubai Health
        ED PHYSICIAN NOTE
        Patient: [[PERSON:Mohammed Saeed Al Mansoori]]  /  [[PERSON:محمد سعيد المنصوري]]
        MRN: [[MEDICAL_RECORD_NUMBER:RH-00784512]]   Emirates ID: [[NATIONAL_ID:784-1986-0421573-5]]
        DOB: [[DATE_OF_BIRTH:17/03/1986]]   Insurance: Thiqa card no. [[MEMBER_NUMBER:1-002-0458-73216-01]]
        Mobile: [[PHONE_NUMBER:050 418 2276]]   Address: [[STREET_ADDRESS:Villa 23, Street 14b, Al Barsha 2, Dubai]]
        Arrival: [[DATE:22/08/2024]] 14:05 by DCAS ambulance from Al Qudra cycle track.

        HPI: 38M cyclist, fell at ~35 km/h onto R shoulder, helmet on. ~2 h heat exposure (44 °C). Pump site came off.
        PMH: [[HEALTH_CONDITION:type 1 diabetes]] on [[HEALTH_CONDITION:insulin aspart]] via pump;
        [[HEALTH_CONDITION:sickle cell trait]]. NKDA.
        Exam: deformity R clavicle, abrasions R flank. HR 118, T 39.1. CBG 412 mg/dl, ketones 3.8 mmol/l.
        X-ray: displaced midshaft fracture R clavicle. VBG pH 7.21, HCO3 12.
        Dx: 1. [[HEALTH_CONDITION:diabetic ketoacidosis]]  2. [[HEALTH_CONDITION:R clavicle fracture]]
            3. [[HEALTH_CONDITION:heat exhaustion]]
        Mx: IV fluids, fixed-rate [[HEALTH_CONDITION:insulin]] infusion 0.1 u/kg/h,
        [[HEALTH_CONDITION:potassium chloride]] per protocol, [[HEALTH_CONDITION:morphine]] 4 mg IV, broad arm sling.
        Ortho (Dr [[PERSON:Rajeev Menon]]): conservative. Admit MICU under Dr [[PERSON:Fatima Al Hashimi]].
        Wife [[PERSON:Maryam]] ([[PHONE_NUMBER:+971 55 739 0418]]) informed 15:10.
        ملاحظة: تم إبلاغ الزوجة السيدة [[PERSON:مريم]] بحالة المريض وسيتم نقله إلى العناية المركزة.
        Dr [[PERSON:Omar Khalil]], EM Resident, DHA licence [[EMPLOYEE_NUMBER:DHA-P-0187342]]
        """#,
        #"""
        SỞ Y TẾ TP. HỒ CHÍ MINH - BỆNH VIỆN NHI ĐỒNG 1
        GIẤY RA VIỆN
        Họ tên người bệnh: [[PERSON:NGUYỄN HOÀNG BẢO AN]]   Tuổi: 7   Giới: Nam
        Ngày sinh: [[DATE_OF_BIRTH:25/05/2017]]   Số lưu trữ: [[MEDICAL_RECORD_NUMBER:24.118.0453]]
        Số thẻ BHYT: [[MEMBER_NUMBER:HS4797922458301]]
        Địa chỉ: [[STREET_ADDRESS:Số 48/12 Đường Trần Quang Diệu, Phường 14, Quận 3, TP. Hồ Chí Minh]]
        Mẹ: [[PERSON:Hoàng Thị Thu Trang]] - CCCD [[NATIONAL_ID:079189004732]] - ĐT [[PHONE_NUMBER:0903 218 647]]
        Cha: [[PERSON:Nguyễn Văn Hùng]] - ĐT [[PHONE_NUMBER:0938 774 105]]
        Vào viện: 21 giờ 15, ngày [[DATE:12/09/2024]]   Ra viện: 10 giờ 00, ngày [[DATE:18/09/2024]]
        Chẩn đoán: [[HEALTH_CONDITION:Sốt xuất huyết Dengue có dấu hiệu cảnh báo]] (A97.1);
        [[HEALTH_CONDITION:tràn dịch màng phổi]] lượng ít. Tiểu cầu thấp nhất 18.000/mm3 ngày [[DATE:15/09/2024]].
        Tiền sử: [[HEALTH_CONDITION:hen phế quản]], dùng [[HEALTH_CONDITION:Budesonide]] khí dung khi lên cơn.
        Điều trị: bù dịch theo phác đồ, hạ sốt [[HEALTH_CONDITION:Paracetamol]] 15 mg/kg.
        Tái khám ngày [[DATE:25/09/2024]] tại phòng khám số 9.
        Trưởng khoa: BS.CKII [[PERSON:Lê Văn Phúc]]   Bác sĩ điều trị: ThS.BS [[PERSON:Trần Ngọc Mai]]

        Tin nhắn Zalo ngày [[DATE:19/9]]:
        - BS: Chào chị [[PERSON:Trang]], bé [[PERSON:An]] hôm nay ăn uống được không? Nếu bé đau bụng, nôn, chảy máu cam
          thì đưa vào viện ngay hoặc gọi [[PHONE_NUMBER:028 3927 1119]].
        - Mẹ: Dạ bé ổn rồi ạ, cảm ơn chị [[PERSON:Mai]]. Bé còn hơi ho, em cho xịt
          [[HEALTH_CONDITION:Ventolin]] theo đơn cũ được không chị?
        """#,
        #"""
        1177 - Meddelande från Psykiatri Nordväst, Sollentuna
        Ämne: Angående din medicinering
        Från: [[PERSON:Karin Lindqvist]], sjuksköterska   Skickat: [[DATE:2024-11-05]] 10:14
        Till: [[PERSON:Oskar Nilsson]] ([[NATIONAL_ID:870415-2373]])

        Hej [[PERSON:Oskar]]!
        Doktor [[PERSON:Eriksson]] har tittat på dina prover från [[DATE:29 oktober]]. Litiumvärdet var 1,3 mmol/l,
        lite för högt, så [[HEALTH_CONDITION:Lithionit]] sänks till 1 tablett morgon och 1 kväll.
        Behöver du något smärtstillande så ta [[HEALTH_CONDITION:Alvedon]]. Nytt prov [[DATE:12 november]] på VC
        Tureberg.
        Vänliga hälsningar, [[PERSON:Karin]], leg. sjuksköterska, tel [[PHONE_NUMBER:08-123 495 60]]

        --- Svar från [[PERSON:Oskar]] [[DATE:2024-11-05]] 21:47 ---
        Hej [[PERSON:Karin]], tack. Har mått sämre sen [[DATE:1 nov]], sover 3-4 h per natt och pratar jättemycket
        enligt min sambo [[PERSON:Elin]]. Hon tycker jag är "uppe i varv". Kan jag höja [[HEALTH_CONDITION:Quetiapin]]
        själv?
        /[[PERSON:Oskar]] [[PHONE_NUMBER:070-318 44 92]]

        --- Journalanteckning, Psykiatrisk akutmottagning, [[DATE:2024-11-06]] 09:30 ---
        Läkare: [[PERSON:Ahmed Yousef]], ST-läkare. Pat kommer med sambo efter telefonkontakt.
        Bedömning: [[HEALTH_CONDITION:hypomani]] vid känd [[HEALTH_CONDITION:bipolär sjukdom typ 1]]. Inga suicidtankar,
        ingen psykos. Övrigt: [[HEALTH_CONDITION:hypotyreos]], står på [[HEALTH_CONDITION:Levaxin]] 100 µg.
        Plan: [[HEALTH_CONDITION:Quetiapin]] höjs till 300 mg till natten. Sjukskrivning t.o.m. [[DATE:2024-11-20]].
        Återbesök hos dr [[PERSON:Eriksson]] [[DATE:13/11]].
        Adress: [[STREET_ADDRESS:Malmvägen 9 lgh 1103, 191 60 Sollentuna]]
        """#,
    ]

    /// A forty-third set of everyday texts, written blind to DataGuard's rules.
    static let fortyThirdEveryday: [String] = [
        #"""
        From: [[PERSON:Denise Holloway]] <[[EMAIL_ADDRESS:denise.holloway@jfs.ohio.gov]]>
        To: [[PERSON:Luis Ortega]] <[[EMAIL_ADDRESS:luisortega.cle@gmail.com]]>
        Date: [[DATE:June 4, 2024]] 2:37 PM
        Subject: RE: SNAP renewal - case 1048827315

        Mr. [[PERSON:Ortega]],
        Thank you for the documents. I still need the last 30 days of paystubs for your wife and a utility bill for
        [[STREET_ADDRESS:3418 W 105th St, Cleveland, OH 44111]]. Your interview is rescheduled to [[DATE:06/12/2024]] at
        10:30 AM by phone; I will call [[PHONE_NUMBER:(216) 941-3307]]. Please also confirm [[PERSON:Sofia]]'s SSN - the
        number on the application ([[NATIONAL_ID:298-64-1173]]) does not match SSA records. Your son [[PERSON:Mateo]]
        (DOB [[DATE_OF_BIRTH:02/19/2015]]) stays active on Medicaid ID [[MEMBER_NUMBER:104873926511]] through
        [[DATE:07/31/2024]].

        [[PERSON:Denise Holloway]] | Case Manager II
        Cuyahoga County Job and Family Services
        Phone [[PHONE_NUMBER:216-987-7000]] ext. 4471 | Fax [[PHONE_NUMBER:216-987-8390]] | Worker ID
        [[EMPLOYEE_NUMBER:CJ4471]]

        On Mon, [[DATE:Jun 3, 2024]] at 9:14 AM [[PERSON:Luis Ortega]] <[[EMAIL_ADDRESS:luisortega.cle@gmail.com]]>
        wrote:
        > Hi Ms [[PERSON:Holloway]], attached are my paystubs and the letter from my doctor. I cant work full time since
        > my back surgery ([[HEALTH_CONDITION:herniated disc]] L4-L5, operated [[DATE:March 18]]), I'm on
        > [[HEALTH_CONDITION:gabapentin]] now. My SSN is [[NATIONAL_ID:412-77-9036]], my wife is
        > [[PERSON:Sofia Ortega]]. We have 2 kids, [[PERSON:Mateo]] and [[PERSON:Valentina]] (4). Call me anytime.
        > Gracias,
        > [[PERSON:Luis]]
        """#,
        #"""
        From: [[PERSON:Nomvula Dlamini]] <[[EMAIL_ADDRESS:nomvula.dlamini85@gmail.com]]>
        To: JOSHCO Customer Care <[[EMAIL_ADDRESS:customercare@joshco.co.za]]>
        Date: [[DATE:15 July 2024]]
        Subject: URGENT - burst geyser and damp in Unit 4B, still not fixed!!

        Dear Sir/Madam
        I am [[PERSON:Nomvula Dlamini]], ID [[NATIONAL_ID:8509270214085]], tenant at
        [[STREET_ADDRESS:Unit 4B, Block C, Bothlabela Village, 7 Mosetlha Street, Kliptown, Soweto, 1811]].
        On [[DATE:2 July]] the geyser burst and water came through the ceiling into the bedroom. I logged calls on
        [[DATE:03/07/2024]], [[DATE:08/07/2024]] and [[DATE:11/07/2024]]. Your caretaker Mr [[PERSON:Mokoena]] came on
        the 8th and said the plumber will come "now now" but nobody came. The walls are black with mould now. My son
        [[PERSON:Sipho]] (9) has [[HEALTH_CONDITION:asthma]] and is using his [[HEALTH_CONDITION:Asthavent]] pump 4
        times a day, the sister at Chiawelo clinic says the damp is making it worse. My mother (78) sleeps in the lounge
        because of her [[HEALTH_CONDITION:arthritis]] she cant climb to the other room. Mrs [[PERSON:Van Wyk]] in 4A
        also has water damage.
        If this is not fixed by [[DATE:19 July 2024]] I will go to the Rental Housing Tribunal.
        Attached: photos and a letter from Dr [[PERSON:P. Naidoo]].
        Ngiyabonga
        [[PERSON:Nomvula]]
        Cell [[PHONE_NUMBER:072 418 6635]] / WhatsApp [[PHONE_NUMBER:+27 81 447 2019]]

        ----- Reply -----
        Date: [[DATE:16/07/2024]]
        Dear Ms [[PERSON:Dlamini]], we apologise. Technician [[PERSON:Thabo Nkosi]] will attend on Wednesday
        [[DATE:17 July]] between 08:00 and 12:00. Please ensure someone is home. Queries: [[PHONE_NUMBER:011 406 7300]].
        Regards, [[PERSON:Lerato Mahlangu]], Customer Care
        """#,
        #"""
        Collège Jean Moulin - [[STREET_ADDRESS:12 rue des Écoles, 69100 Villeurbanne]]
        Tél. [[PHONE_NUMBER:04 78 84 21 36]] - [[EMAIL_ADDRESS:ce.0691234x@ac-lyon.fr]]
        Villeurbanne, le [[DATE:14 novembre 2024]]
        Objet : absences répétées de votre enfant

        Madame, Monsieur [[PERSON:Benali]],
        Nous constatons que votre fille [[PERSON:Inès Benali]], née le [[DATE_OF_BIRTH:03/05/2011]], élève de 4e B, a
        cumulé 14 demi-journées d'absence non justifiées entre le [[DATE:2 septembre]] et le [[DATE:8 novembre 2024]].
        Nous vous invitons à un entretien le mardi [[DATE:19 novembre]] à 17 h avec Mme [[PERSON:Lefèvre]], CPE,
        M. [[PERSON:Garnier]], professeur principal, et Mme [[PERSON:Claire Dumas]], infirmière scolaire.
        [[PERSON:Jean-Marc Rousseau]], Principal

        ---- Courriel reçu le [[DATE:15/11/2024]] ----
        De : [[PERSON:Samira Benali]] <[[EMAIL_ADDRESS:samira.benali69@orange.fr]]>
        Bonjour Monsieur le Principal,
        Je suis désolée. [[PERSON:Inès]] a une [[HEALTH_CONDITION:maladie de Crohn]] diagnostiquée cet été à l'HFME,
        elle a eu des poussées et une hospitalisation du [[DATE:23/09]] au [[DATE:27/09]]. Elle prend du
        [[HEALTH_CONDITION:Pentasa]] et de l'[[HEALTH_CONDITION:azathioprine]] ([[HEALTH_CONDITION:Imurel]]) et elle a
        honte d'aller aux toilettes au collège. Je n'ai pas envoyé les certificats, pardon. Le Dr [[PERSON:Moreau]] peut
        faire un PAI.
        Je serai là mardi. Mon portable : [[PHONE_NUMBER:06 72 41 88 05]]. Son père, [[PERSON:Karim]], travaille de nuit
        ([[PHONE_NUMBER:07 81 22 39 60]]).
        Cordialement,
        [[PERSON:Samira Benali]]
        [[STREET_ADDRESS:45 avenue Roger Salengro, bât. C, 69100 Villeurbanne]]
        """#,
        #"""
        Al Comune di Bologna - Settore Entrate, Ufficio TARI
        PEC: [[EMAIL_ADDRESS:protocollogenerale@pec.comune.bologna.it]]
        Oggetto: istanza di annullamento in autotutela - avviso di accertamento TARI 2022 n. 2024/ACC/118734

        Il sottoscritto [[PERSON:Giuseppe Rossi]], nato a Milano il [[DATE_OF_BIRTH:14/12/1962]],
        C.F. [[NATIONAL_ID:RSSGPP62T14F205W]], residente in [[STREET_ADDRESS:Via Mascarella 58, 40126 Bologna (BO)]],
        tel. [[PHONE_NUMBER:338 412 9076]], e-mail [[EMAIL_ADDRESS:giuseppe.rossi62@libero.it]]
        PREMESSO
        - che in data [[DATE:28 marzo 2024]] ha ricevuto l'avviso relativo all'immobile di
          [[STREET_ADDRESS:Via Mascarella 58]] calcolato su 4 occupanti;
        - che dal [[DATE:1° gennaio 2022]] vi risiedono solo 2 persone, avendo il figlio [[PERSON:Luca Rossi]]
          trasferito la residenza a Torino e la suocera, sig.ra [[PERSON:Maria Bianchi]] (C.F.
          [[NATIONAL_ID:BNCMRA38A62A944V]]), essendo ricoverata stabilmente presso la RSA Villa Serena dal
          [[DATE:10/01/2022]] per [[HEALTH_CONDITION:demenza di Alzheimer]];
        CHIEDE
        l'annullamento dell'avviso e il rimborso di € 184,00 versati il [[DATE:15/04/2024]] sul conto
        IBAN [[IBAN_CODE:IT78R0306916702100000071385]] intestato al sottoscritto.
        Allegati: carta d'identità n. [[NATIONAL_ID:CA48217KL]], certificato della RSA.
        Bologna, [[DATE:02/05/2024]]                                   In fede, [[PERSON:Giuseppe Rossi]]

        Risposta del [[DATE:20/05/2024]]:
        Gentile sig. [[PERSON:Rossi]], la pratica è assegnata alla dott.ssa [[PERSON:Francesca Ricci]] (matricola
        [[EMPLOYEE_NUMBER:BO-041872]]), tel. [[PHONE_NUMBER:051 219 3470]]. Il rimborso sarà disposto entro 90 giorni.
        """#,
        #"""
        Asunto: Queja por cobro excesivo de luz - CFE, servicio 482 180 301 527
        Para: [[EMAIL_ADDRESS:quejas.cdmx@profeco.gob.mx]]

        Nombre: [[PERSON:María Hernández García]]
        CURP: [[NATIONAL_ID:HEGM850723MDFRRR06]]
        Domicilio: [[STREET_ADDRESS:Calle Emiliano Zapata 214, int. 3, Col. Santa María la Ribera, Alcaldía Cuauhtémoc,
        C.P. 06400, Ciudad de México]]
        Teléfono: [[PHONE_NUMBER:55 4187 2290]]   Correo: [[EMAIL_ADDRESS:lupita.hdz85@hotmail.com]]

        Hechos:
        El recibo del bimestre con fecha límite [[DATE:18/06/2024]] llegó por $9,842.00, cuando siempre pago entre $380
        y $450. En la casa vivimos mi mamá, la Sra. [[PERSON:Josefina García Ortiz]] (79 años), y yo. Mi mamá tiene
        [[HEALTH_CONDITION:EPOC]] y usa concentrador de oxígeno en la noche, además de [[HEALTH_CONDITION:Spiriva]],
        pero eso no explica semejante cobro.
        El [[DATE:3 de junio de 2024]] fui a la oficina de CFE San Cosme; me atendió el Lic. [[PERSON:Ramiro Salinas]] y
        dijo que el medidor "está bien". Para que no nos corten pagué $450 en línea con la tarjeta
        [[CREDIT_CARD:5224 6139 0857 1028]].
        El contrato está a nombre de mi hermano [[PERSON:Luis Hernández García]] (CURP
        [[NATIONAL_ID:HEGL820114HDFRNS04]], tel. [[PHONE_NUMBER:+52 1 33 1846 7720]]), que vive en Guadalajara y me
        autorizó a presentar la queja.
        Ciudad de México, a [[DATE:20 de junio de 2024]]

        Respuesta: Estimada [[PERSON:María]]: su queja quedó registrada. Audiencia de conciliación el
        [[DATE:15 de julio de 2024]] a las 11:00 h con la conciliadora Lic. [[PERSON:Adriana Ruiz Mejía]].
        """#,
        #"""
        [[PERSON:CHUKWUEMEKA OBINNA EZE]]
        [[STREET_ADDRESS:Flat 6, Block 14, Federal Housing Estate, Trans-Ekulu, Enugu]]
        [[PHONE_NUMBER:0806 517 2394]] | [[PHONE_NUMBER:+234 902 488 1160]] | [[EMAIL_ADDRESS:emeka.eze.acct@gmail.com]]
        Date of Birth: [[DATE_OF_BIRTH:9th October 1993]]   State of Origin: Anambra   Marital status: Married
        NIN: [[NATIONAL_ID:72044815936]]   IPPIS No: [[EMPLOYEE_NUMBER:418273]]

        CAREER OBJECTIVE
        Chartered accountant seeking the post of Principal Accountant at the Federal Medical Centre, Owerri.
        PROFESSIONAL MEMBERSHIP: Institute of Chartered Accountants of Nigeria, member no.
        [[MEMBER_NUMBER:ICAN/M/048217]]
        EXPERIENCE
        2019 - date  Accountant II, Federal Ministry of Works, Enugu field office
        2016 - 2019  Accounts Officer, Peace Mass Transit Ltd
        EDUCATION: B.Sc. Accountancy, University of Nigeria Nsukka (Second Class Upper)
        DISABILITY DECLARATION: [[HEALTH_CONDITION:partial hearing loss]] in left ear (uses a hearing aid). I kindly
        request to be seated in front during the written test.
        NEXT OF KIN: [[PERSON:Adaeze Eze]] (wife) - [[PHONE_NUMBER:0813 227 0945]]
        SALARY ACCOUNT (for IPPIS transfer): GTBank [[US_BANK_ACCOUNT:0123847561]]
        REFEREES
        1. Dr. [[PERSON:Ngozi Okonkwo]], Senior Lecturer, UNN - [[PHONE_NUMBER:0803 338 4417]],
           [[EMAIL_ADDRESS:ngozi.okonkwo@unn.edu.ng]]
        2. Alhaji [[PERSON:Musa Bello]], Director of Finance (rtd.) - [[PHONE_NUMBER:0816 440 9921]]
        3. Mrs [[PERSON:Funmilayo Adebayo]], Branch Manager - [[EMAIL_ADDRESS:funmi.adebayo@yahoo.com]]
        Dated this [[DATE:21st day of August, 2024]]
        Signed: [[PERSON:C. O. Eze]]
        """#,
        #"""
        ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ - Αστυνομικό Τμήμα Εξαρχείων
        ΔΗΛΩΣΗ ΚΛΟΠΗΣ
        Στην Αθήνα σήμερα [[DATE:12 Μαρτίου 2024]], ημέρα Τρίτη, ώρα 10:15, εμφανίστηκε η:
        [[PERSON:Παπαδοπούλου Ελένη]] του [[PERSON:Γεωργίου]], γεν. [[DATE_OF_BIRTH:12/06/1978]] στην Πάτρα,
        ΑΔΤ [[NATIONAL_ID:ΑΚ 482173]], ΑΦΜ [[NATIONAL_ID:137058294]], ΑΜΚΑ [[NATIONAL_ID:12067803416]],
        κάτοικος [[STREET_ADDRESS:Θεμιστοκλέους 34, 106 78 Αθήνα]], τηλ. [[PHONE_NUMBER:694 512 8837]],
        email [[EMAIL_ADDRESS:e.papadopoulou78@yahoo.gr]]
        και δήλωσε: Στις [[DATE:11/03/2024]] περίπου 19:30 στο μετρό Ομόνοια μου έκλεψαν την τσάντα με το πορτοφόλι:
        ταυτότητα, δίπλωμα οδήγησης αρ. [[NATIONAL_ID:207184935]], κάρτα Visa [[CREDIT_CARD:4539 7812 0463 5715]]
        (ήδη ακυρωμένη) και τα φάρμακά μου ([[HEALTH_CONDITION:Euthyrox]], [[HEALTH_CONDITION:Ventolin]]).
        Μάρτυρας: [[PERSON:Δημήτρης Κωνσταντίνου]], τηλ. [[PHONE_NUMBER:210 3821 447]]
        Ο ανακριτικός υπάλληλος: Αρχιφύλακας [[PERSON:Νικόλαος Αθανασίου]] (Α.Μ. [[EMPLOYEE_NUMBER:224817]])

        --- E-mail to insurer, [[DATE:13 March 2024]] ---
        Dear Mr [[PERSON:Hughes]],
        please find attached the police report for my claim (policy TRV-88213). The bag also had my asthma
        inhaler and thyroid tablets, receipts attached. Please pay the claim to IBAN
        [[IBAN_CODE:GR90 0260 3410 0005 4871 2093 017]]. You can call me on [[PHONE_NUMBER:+30 694 512 8837]].
        Best regards, [[PERSON:Eleni Papadopoulou]]
        """#,
        #"""
        마포구립서강도서관 회원가입 신청서
        성명: [[PERSON:김서연]]   영문: [[PERSON:KIM SEOYEON]]
        생년월일: [[DATE_OF_BIRTH:1995년 6월 12일]]   주민등록번호: [[NATIONAL_ID:950612-2148734]]
        주소: [[STREET_ADDRESS:(04066) 서울특별시 마포구 와우산로29길 14, 302호 (서교동)]]
        휴대전화: [[PHONE_NUMBER:010-4827-3915]]   이메일: [[EMAIL_ADDRESS:seoyeon.kim95@naver.com]]
        회원번호: [[MEMBER_NUMBER:MP2024-0031877]]
        가족회원(자녀): [[PERSON:이하준]] (생년월일 [[DATE_OF_BIRTH:2019.03.08]])
        비상연락처: 어머니 [[PERSON:최미경]] [[PHONE_NUMBER:02-336-1842]]
        장애인 등록: 예 ([[HEALTH_CONDITION:청각장애]]) → 책나래 택배대출 서비스 신청
        신청일: [[DATE:2024. 9. 2.]]   접수: [[PERSON:박지훈]] 사서

        [카카오톡 알림톡]
        [[DATE:2024년 9월 5일]] 오후 2:14 서강도서관: [[PERSON:김서연]] 회원님, 예약하신 도서가 도착했습니다.
        [[DATE:9월 12일]]까지 대출하지 않으면 예약이 취소됩니다.
        [[DATE:2024년 9월 5일]] 오후 3:02 [[PERSON:김서연]]: 감사합니다~ 남편 [[PERSON:이준호]]가 대신 찾으러 가도 되나요?
        남편 번호는 [[PHONE_NUMBER:010-7734-2056]]이에요
        [[DATE:2024년 9월 5일]] 오후 3:10 서강도서관: 네, 회원증([[MEMBER_NUMBER:MP2024-0031877]])과 위임장 지참해 주세요.
        """#,
        #"""
        From: [[PERSON:Aroha Ngata]] <[[EMAIL_ADDRESS:aroha.ngata@xtra.co.nz]]>
        To: Animal Services <[[EMAIL_ADDRESS:animal.services@wcc.govt.nz]]>
        Sent: Friday, [[DATE:8 March 2024]] 7:52 a.m.
        Subject: Re: Service request 24/118734 - barking dog, Karori

        Kia ora [[PERSON:Hemi]],
        Thanks for ringing back. It's still happening - the dog at
        [[STREET_ADDRESS:27 Campbell Street, Karori, Wellington 6012]] barked from 5.40am till 8 again on Wed and Thu. I
        work night shifts at the hospital and I get [[HEALTH_CONDITION:migraines]]; my GP Dr [[PERSON:Sarah Lim]] has
        just put me on [[HEALTH_CONDITION:amitriptyline]] because I'm not sleeping. The owner,
        [[PERSON:Bruce Whitaker]], told me to "get earplugs". His partner [[PERSON:Kylie]] is nicer but says the dog is
        [[PERSON:Bruce]]'s. I've kept a log since [[DATE:12/02/24]], attached.
        Ngā mihi,
        [[PERSON:Aroha]]
        [[STREET_ADDRESS:25 Campbell Street, Karori, Wellington 6012]]
        [[PHONE_NUMBER:021 447 9832]]

        On Thu, [[DATE:7 Mar 2024]] at 4:15 PM, [[PERSON:Hemi Walker]] <[[EMAIL_ADDRESS:hemi.walker@wcc.govt.nz]]>
        wrote:
        > Kia ora [[PERSON:Aroha]],
        > I visited the property on [[DATE:5 March]] and left a barking dog notice with Mr [[PERSON:Whitaker]]. If the
        > barking continues we can issue an abatement notice, but we need a second complainant - your neighbour
        > Mrs [[PERSON:Doreen Fraser]] at no. 29 said she would write to us.
        > [[PERSON:Hemi Walker]] | Animal Control Officer | Wellington City Council |
        > [[PHONE_NUMBER:04 499 4444]] ext 8127
        """#,
        #"""
        Od: Ing. [[PERSON:Pavel Novotný]] <[[EMAIL_ADDRESS:pavel.novotny@seznam.cz]]>
        Komu: [[PERSON:Tereza Dvořáková]] <[[EMAIL_ADDRESS:tereza.dvorakova91@gmail.com]]>
        Datum: [[DATE:3. 9. 2024]] 18:22
        Předmět: Byt [[STREET_ADDRESS:Cejl 62, 602 00 Brno]] - dlužné nájemné

        Dobrý den paní [[PERSON:Dvořáková]],
        nájem za srpen (14 500 Kč) mi stále nepřišel. Podle smlouvy (nájemce [[PERSON:Tereza Dvořáková]], r. č.
        [[NATIONAL_ID:915623/4186]], nar. [[DATE_OF_BIRTH:23. 6. 1991]]) je splatný do 5. dne v měsíci. Posílejte prosím
        na účet [[US_BANK_ACCOUNT:2741836058/0300]] (IBAN [[IBAN_CODE:CZ42 0300 0000 0027 4183 6058]]).
        S pozdravem [[PERSON:Pavel Novotný]], tel. [[PHONE_NUMBER:+420 777 214 508]]

        > Dne [[DATE:4. 9. 2024]] v 7:55 [[PERSON:Tereza Dvořáková]] napsal(a):
        > Dobrý den pane [[PERSON:Novotný]], omlouvám se, v srpnu jsem byla skoro 3 týdny v nemocnici u sv. Anny
        > ([[HEALTH_CONDITION:zánět slepého střeva]] s komplikacemi, pak [[HEALTH_CONDITION:absces]]). Peníze pošlu do
        > [[DATE:10. září]], posílám propouštěcí zprávu (č. [[MEDICAL_RECORD_NUMBER:FNUSA 2024/118734]]).
        > Plíseň v koupelně je zase horší, prosím o opravu.

        SMS:
        [[DATE:12.09.2024]] 09:14 [[PERSON:Pavel Novotný]]: Platba dorazila, díky. Ve čtvrtek přijde instalatér
        p. [[PERSON:Kratochvíl]], tel [[PHONE_NUMBER:603 418 227]].
        [[DATE:12.09.2024]] 09:20 [[PERSON:Tereza]]: Super, děkuji. Klíče nechám u sousedky paní [[PERSON:Horákové]]
        ve 2. patře, já budu na kontrole v nemocnici.
        """#,
        #"""
        WhatsApp Chat with عيلة الحاج 👨‍👩‍👧
        [[DATE:17/03/2024]], 10:05 - [[PERSON:أحمد]]: يا جماعة أنا رايح مكتب التأمينات في مدينة نصر بكرة عشان معاش ماما
        [[DATE:17/03/2024]], 10:06 - [[PERSON:أحمد]]: محتاج صورة بطاقتها، الرقم القومي [[NATIONAL_ID:25403170102348]]
          صح؟
        [[DATE:17/03/2024]], 10:09 - [[PERSON:Mona]]: aywa sa7. w raqam el ta2meenat bta3 baba
        [[MEMBER_NUMBER:1184736215]]
        [[DATE:17/03/2024]], 10:09 - [[PERSON:Mona]]: w el ra2am el qawmy bta3 baba allah yar7amo
        [[NATIONAL_ID:25011150100573]]
        [[DATE:17/03/2024]], 10:11 - [[PERSON:أحمد]]: شهادة الوفاة مكتوب فيها [[DATE:٥ يناير ٢٠٢٤]] صح
        [[DATE:17/03/2024]], 10:14 - [[PERSON:Karim Zaki]]: انا ممكن اجي معاك، بس ماما مش هتقدر تنزل، رجليها ورمت من
        [[HEALTH_CONDITION:السكر]] و[[HEALTH_CONDITION:الضغط]]
        [[DATE:17/03/2024]], 10:15 - [[PERSON:Mona]]: el doctor [[PERSON:Hesham]] 2al tekammel el
          [[HEALTH_CONDITION:Glucophage]] w el [[HEALTH_CONDITION:Concor]] 5 mg, w hya 5alset el dawa
        [[DATE:17/03/2024]], 10:16 - [[PERSON:أحمد]]: هجيب الدوا وانا راجع. عنوانها للاستمارة:
        [[STREET_ADDRESS:١٢ شارع مكرم عبيد، الحي السابع، مدينة نصر، القاهرة]]
        [[DATE:17/03/2024]], 10:17 - [[PERSON:Karim Zaki]]: تليفون البيت [[PHONE_NUMBER:02 2274 1863]] وموبايلها
        [[PHONE_NUMBER:0100 482 7731]]
        [[DATE:17/03/2024]], 10:20 - [[PERSON:Mona]]: w el ma3ash yenzel 3ala hesabha fel Banque Misr, IBAN
        [[IBAN_CODE:EG160037011200000001847362051]]
        [[DATE:18/03/2024]], 13:42 - [[PERSON:أحمد]]: خلصت. الموظفة أستاذة [[PERSON:سماح]] قالت المعاش هيتصرف من أول
          أبريل
        [[DATE:18/03/2024]], 13:43 - [[PERSON:Mona]]: el7amdulillah ❤️ shokran ya [[PERSON:7amada]]
        """#,
        #"""
        HOF VAN ASSISEN VAN DE PROVINCIE ANTWERPEN - Griffie
        Oproeping als jurylid
        Aan de heer [[PERSON:Koen Janssens]]
        [[STREET_ADDRESS:Kerkstraat 112 bus 3
        2060 Antwerpen]]
        Rijksregisternummer: [[NATIONAL_ID:74.09.18-233.68]]
        Antwerpen, [[DATE:4 april 2024]]

        Mijnheer,
        U werd door loting aangewezen als jurylid. U wordt verzocht te verschijnen op maandag [[DATE:13 mei 2024]]
        om 9 uur in het Justitiepaleis. Bent u verhinderd, meld dit met bewijsstukken vóór [[DATE:26 april 2024]].
        Vergoeding: vul het bijgevoegde formulier in met uw rekeningnummer.
        Griffier: [[PERSON:An De Smet]] - [[PHONE_NUMBER:03 257 91 00]] -
        [[EMAIL_ADDRESS:assisen.antwerpen@just.fgov.be]]

        Van: [[PERSON:Koen Janssens]] <[[EMAIL_ADDRESS:koen.janssens74@telenet.be]]>
        Datum: [[DATE:9 april 2024]]
        Geachte mevrouw [[PERSON:De Smet]],
        Ik vraag vrijstelling. Sinds [[DATE:15/01/2024]] word ik behandeld voor een
        [[HEALTH_CONDITION:non-Hodgkinlymfoom]] met [[HEALTH_CONDITION:R-CHOP]] in het UZA (dr. [[PERSON:Peeters]]); de
        volgende kuur valt op [[DATE:14 mei]]. Attest in bijlage. Mijn echtgenote [[PERSON:Els]] kan dit bevestigen:
        [[PHONE_NUMBER:0478 21 44 93]].
        Voor het geval dat: IBAN [[IBAN_CODE:BE71 0631 8472 0569]].
        Met vriendelijke groeten, [[PERSON:Koen Janssens]], [[PHONE_NUMBER:+32 3 448 71 20]]

        Antwoord griffie, [[DATE:16.04.2024]]:
        Geachte heer [[PERSON:Janssens]], de voorzitter, mevr. [[PERSON:L. Wouters]], heeft u vrijgesteld. Beterschap.
        """#,
        #"""
        В Отделение Социального фонда России по г. Санкт-Петербургу и Ленинградской области
        ЗАЯВЛЕНИЕ о назначении страховой пенсии по инвалидности
        Заявитель: [[PERSON:Смирнова Галина Петровна]]
        Дата рождения: [[DATE_OF_BIRTH:04.02.1966]], место рождения: г. Ленинград
        СНИЛС: [[NATIONAL_ID:138-425-097 67]]   ИНН: [[NATIONAL_ID:780451836285]]
        Паспорт: серия и номер [[NATIONAL_ID:40 11 582736]], выдан ТП № 42 отдела УФМС [[DATE:15.03.2011]]
        Адрес регистрации: [[STREET_ADDRESS:194044, г. Санкт-Петербург, Лесной пр., д. 37, корп. 2, кв. 118]]
        Телефон: [[PHONE_NUMBER:+7 (921) 438-27-16]], эл. почта: [[EMAIL_ADDRESS:g.smirnova66@mail.ru]]

        Прошу назначить мне страховую пенсию по инвалидности. Инвалидность II группы установлена
        [[DATE:22 июля 2024 г.]] вследствие [[HEALTH_CONDITION:ишемического инсульта]] с
        [[HEALTH_CONDITION:правосторонним гемипарезом]] и [[HEALTH_CONDITION:моторной афазией]] (выписка ГБУЗ «Городская
        больница № 2», история болезни № [[MEDICAL_RECORD_NUMBER:11873/24]]).
        Последнее место работы: ГБОУ школа № 98, учитель начальных классов, табельный № [[EMPLOYEE_NUMBER:00417]].
        Пенсию прошу перечислять на счёт [[US_BANK_ACCOUNT:40817810855031829461]] в ПАО Сбербанк
        (карта «Мир» [[CREDIT_CARD:2202 2041 8837 1520]]).
        Представитель по доверенности: дочь [[PERSON:Ковалёва Анна Сергеевна]], тел. [[PHONE_NUMBER:8 (812) 553-19-40]]
        Дата: [[DATE:05.08.2024]]          Подпись: [[PERSON:Смирнова Г.П.]]
        Заявление принято специалистом [[PERSON:Егоровой О.В.]] [[DATE:06.08.2024]]
        """#,
        #"""
        FC Wiedikon - Anmeldung Juniorinnen & Junioren, Saison 2024/25
        Kind: [[PERSON:Luca Meier]]   Geburtsdatum: [[DATE_OF_BIRTH:07.11.2015]]   Nationalität: CH/IT
        AHV-Nr. (für J+S): [[NATIONAL_ID:756.3819.0472.51]]
        Adresse: [[STREET_ADDRESS:Birmensdorferstrasse 214, 8003 Zürich]]
        Erziehungsberechtigte: [[PERSON:Sandra Meier-Conti]], Tel. [[PHONE_NUMBER:079 482 17 35]],
        [[EMAIL_ADDRESS:sandra.meier-conti@bluewin.ch]]
        Notfallkontakt: [[PERSON:Marco Conti]] (Grossvater), [[PHONE_NUMBER:044 461 22 08]]
        Krankenkasse: Helsana, Versicherten-Nr. [[MEMBER_NUMBER:4821930-7]]
        Gesundheit: [[HEALTH_CONDITION:Anstrengungsasthma]] - [[HEALTH_CONDITION:Ventolin]] immer in der Sporttasche;
        [[HEALTH_CONDITION:Erdnussallergie]] - [[HEALTH_CONDITION:EpiPen]] Junior liegt bei.
        Geschwister im Verein: [[PERSON:Giulia Meier]], geb. [[DATE_OF_BIRTH:02.03.2012]], AHV
        [[NATIONAL_ID:756.9022.1746.85]]
        Mitgliederbeitrag CHF 320 pro Kind: Lastschrift ab IBAN [[IBAN_CODE:CH85 0070 0110 0045 8291 3]];
        Materialshop bitte über Kreditkarte [[CREDIT_CARD:5408 3726 1945 0281]] belasten.
        Ort/Datum: Zürich, [[DATE:18.08.2024]]   Unterschrift: [[PERSON:S. Meier-Conti]]

        Antwort vom [[DATE:20.08.2024]]:
        Grüezi Frau [[PERSON:Meier]]
        [[PERSON:Luca]] trainiert bei den E-Junioren mit [[PERSON:Dario Keller]] ([[PHONE_NUMBER:076 318 44 09]]), Di/Do
        ab [[DATE:27. August]]. Mitgliedsnummern: [[PERSON:Luca]] [[MEMBER_NUMBER:FCW-J-24118]], [[PERSON:Giulia]]
        [[MEMBER_NUMBER:FCW-J-24119]].
        Sportliche Grüsse, [[PERSON:Urs Frei]], Juniorenobmann
        """#,
        #"""
        [[PERSON:Akosua Serwaa Boateng]]
        [[STREET_ADDRESS:H/No. 14, Okomfo Anokye Road, Bantama, Kumasi]]
        Digital address: [[STREET_ADDRESS:AK-039-5028]]
        [[DATE:12th September 2024]]

        The District Electoral Officer
        Electoral Commission of Ghana, Bantama District Office, Kumasi

        Dear Sir/Madam,
        REQUEST FOR CORRECTION OF PARTICULARS AND PROXY VOTING
        I, [[PERSON:Akosua Serwaa Boateng]], holder of Ghana Card No. [[NATIONAL_ID:GHA-712043859-4]] and Voter ID No.
        [[NATIONAL_ID:6418027315]], wish to report that during the exhibition on [[DATE:27/08/2024]] my name appeared as
        "[[PERSON:Akosua Serwa Boatang]]" with date of birth [[DATE_OF_BIRTH:03/07/1985]] instead of
        [[DATE_OF_BIRTH:07/03/1985]]. I also apply for proxy voting for my father, Opanin [[PERSON:Kwame Boateng]]
        (Voter ID [[NATIONAL_ID:5207713046]]), aged 81, who is bedridden after a [[HEALTH_CONDITION:stroke]]. Attached
        is a medical report from Komfo Anokye Teaching Hospital (Folder No. [[MEDICAL_RECORD_NUMBER:KATH/24/031877]])
        signed by Dr [[PERSON:Yaw Asante]], and a copy of his NHIS card No. [[MEMBER_NUMBER:47810392]]. My brother
        [[PERSON:Kofi Boateng]] will be the proxy.
        You can reach me on [[PHONE_NUMBER:024 418 7720]] or [[EMAIL_ADDRESS:akosua.boateng85@yahoo.com]].
        Yours faithfully,
        (Sgd) [[PERSON:A. S. Boateng]]

        SMS from EC GHANA, [[DATE:19/09/2024]]: Dear [[PERSON:AKOSUA]], your correction request EC/BTM/CR/0419 is
        approved. Proxy for [[PERSON:KWAME BOATENG]] approved. Enquiries: DEO Mr [[PERSON:Ibrahim Alhassan]]
        [[PHONE_NUMBER:0322 024 519]]
        """#,
        #"""
        Chat WhatsApp dengan Pak RT [[PERSON:Budi]] ([[PHONE_NUMBER:+62 813-1427-5590]])
        [[DATE:05/02/24]] 19.02 - [[PERSON:Dewi Lestari]]: Assalamualaikum pak RT, maaf ganggu malam2
        [[DATE:05/02/24]] 19.03 - [[PERSON:Dewi Lestari]]: sy mau minta surat pengantar domisili utk BPJS & SD anak
        [[DATE:05/02/24]] 19.10 - Pak RT [[PERSON:Budi]]: waalaikumsalam bu [[PERSON:dewi]]. boleh, kirim KTP & KK ya
        [[DATE:05/02/24]] 19.14 - [[PERSON:Dewi Lestari]]: NIK sy [[NATIONAL_ID:3174056104900003]], no KK
          [[NATIONAL_ID:3174051203150021]] alamat
          [[STREET_ADDRESS:Jl. Tebet Barat Dalam VI No. 17, RT 008/RW 004, Tebet Barat, Jakarta Selatan 12810]]
        [[DATE:05/02/24]] 19.15 - [[PERSON:Dewi Lestari]]: suami [[PERSON:Agus Santoso]] NIK
          [[NATIONAL_ID:3174050911870007]], anak [[PERSON:Nayla Putri Santoso]] lahir [[DATE_OF_BIRTH:14-08-2017]]
        [[DATE:05/02/24]] 19.20 - Pak RT [[PERSON:Budi]]: ok bu. besok ambil di rumah sy jam 7 ya
        [[DATE:05/02/24]] 19.24 - [[PERSON:Dewi Lestari]]: oh iya pak, ibu mertua sy bu [[PERSON:Sumarni]] kan habis
          [[HEALTH_CONDITION:stroke]], BPJS nya no [[MEMBER_NUMBER:0001482937165]] nunggak 3 bln. obat
          [[HEALTH_CONDITION:amlodipin]] nya jg habis
        [[DATE:05/02/24]] 19.30 - Pak RT [[PERSON:Budi]]: urus ke kelurahan aja bu, ketemu bu [[PERSON:Yanti]] bagian
          kesra, wa nya [[PHONE_NUMBER:0812-8847-3021]]. bisa dibantu pindah ke PBI
        [[DATE:06/02/24]] 07.05 - [[PERSON:Dewi Lestari]]: pak sy sdh di depan ya, sama [[PERSON:nayla]]
        [[DATE:06/02/24]] 07.06 - Pak RT [[PERSON:Budi]]: sdh sy tanda tangan. jgn lupa cap RW ke pak [[PERSON:Hendra]]
        [[DATE:06/02/24]] 07.07 - [[PERSON:Dewi Lestari]]: siap makasih pak 🙏 no hp sy [[PHONE_NUMBER:0857-1904-2268]]
        kalo perlu
        """#,
    ]
}
