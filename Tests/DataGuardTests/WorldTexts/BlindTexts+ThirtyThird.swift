extension BlindTexts {
    /// A thirty-third set of clinical texts, written blind to DataGuard's rules.
    static let thirtyThirdClinical: [String] = [
        #"""
        MERCY VALLEY MEDICAL CENTER - EMERGENCY DEPT
        ED PROVIDER NOTE
        Pt name: [[PERSON:Tyler J. Brockman]]   MRN: [[MEDICAL_RECORD_NUMBER:MV00482917]]
        DOB: [[DATE_OF_BIRTH:03/14/1977]]   Sex: M
        Address: [[STREET_ADDRESS:2281 Harmon Ridge Rd, Apt 4B, Dayton, OH 45419]]
        Ph: [[PHONE_NUMBER:(937) 418-2273]]
        Insurance: Anthem BCBS PPO   Member ID: [[MEMBER_NUMBER:YRH884710236]]
        SSN (from registration): [[US_SSN:417-62-8835]]
        DOS: [[DATE:11/02/2025]]   Time seen: 22:15

        CC: chest pain x 3 hrs
        HPI: 48 yo M w/ hx [[HEALTH_CONDITION:HTN]], [[HEALTH_CONDITION:tobacco use disorder]] (1 ppd x 30 yrs)
        p/w substernal CP radiating to L arm, onset while carrying firewood, assoc diaphoresis + nausea.
        Took 1 [[HEALTH_CONDITION:aspirin]] 325 at home per wife. Denies prior cardiac w/u.
        Meds: [[HEALTH_CONDITION:lisinopril]] 20 mg daily, [[HEALTH_CONDITION:atorvastatin]] 40 mg qhs
        (admits poor compliance)
        Allergies: NKDA
        EKG 22:17: 1-2 mm STE II, III, aVF w/ reciprocal depression I/aVL.
        A/P: [[HEALTH_CONDITION:Inferior STEMI]]. Cath lab activated 22:21. [[HEALTH_CONDITION:Heparin]] 4000 u IV
        bolus, [[HEALTH_CONDITION:ticagrelor]] 180 mg PO load, nitrates held (RV involvement?).
        Interventional cards Dr. [[PERSON:Anand Venkataraman]] at bedside 22:40, pt to lab 22:52.
        Electronically signed: [[PERSON:Megan O'Rourke]], MD   23:05
        """#,
        #"""
        SRI VENKATESHWARA MULTISPECIALITY HOSPITAL, HYDERABAD
        DISCHARGE SUMMARY
        Name: Mrs. [[PERSON:K. Lakshmi Prasanna]]      Age/Sex: 52 Y / F
        UHID: [[MEDICAL_RECORD_NUMBER:SVH/2025/118473]]
        ABHA No: [[MEDICAL_RECORD_NUMBER:91-4827-3619-0552]]    Aadhaar: [[NATIONAL_ID:7348 1926 5035]]
        Address: [[STREET_ADDRESS:H.No. 8-3-214/7, Srinagar Colony, Ameerpet, Hyderabad - 500073]]
        Mobile: [[PHONE_NUMBER:+91 98480 27316]]
        DOA: [[DATE:12-09-2025]]     DOD: [[DATE:18-09-2025]]
        Consultant: Dr. [[PERSON:P. Srinivasa Rao]], MD (Gen Med)

        Final Diagnosis:
        1) [[HEALTH_CONDITION:Dengue fever with thrombocytopenia]] (NS1 Ag positive)
        2) [[HEALTH_CONDITION:Type 2 DM]] - uncontrolled (HbA1c 9.1)
        3) [[HEALTH_CONDITION:Hypothyroidism]]
        Course in hospital: Pt admitted with fever x 4 days, myalgia, vomiting. Platelet nadir 18,000 on
        day 3, 1 unit SDP transfused. Managed with IV fluids, s/c insulin sliding scale. No bleeding
        manifestations. Platelets 1.12 lakh at discharge.
        Discharge Medications:
        1. Tab [[HEALTH_CONDITION:Dolo 650]] SOS for fever (NOT to take any other painkillers)
        2. Tab [[HEALTH_CONDITION:Glycomet GP 2]]   1-0-1 before food
        3. Tab [[HEALTH_CONDITION:Thyronorm]] 50 mcg   1-0-0 empty stomach
        4. ORS / coconut water - plenty of oral fluids
        Review: Gen Med OPD on [[DATE:25-09-2025]] with CBP report.

        సహాయకులకు సూచనలు: జ్వరం మళ్ళీ వస్తే లేదా చిగుళ్ళ నుండి రక్తం వస్తే వెంటనే
        [[PHONE_NUMBER:040-2374 1180]] కు ఫోన్ చేయండి. కుటుంబ సభ్యులకు వివరించాం.
        देखभाल करने वाली [[PERSON:सुनीता देवी]] को बताया गया: डॉक्टर से पूछे बिना कोई दर्द निवारक दवा न दें।
        """#,
        #"""
        CLÍNICA FAMILIAR SANTA FE
        Dr. [[PERSON:Rodrigo Álvarez Peña]] — Medicina Interna
        [[STREET_ADDRESS:Av. Vasco de Quiroga 2150, Consultorio 312]]
        [[STREET_ADDRESS:Col. Lomas de Santa Fe, Álvaro Obregón, 01219 Ciudad de México]]
        Tel. [[PHONE_NUMBER:55 5292 4817]]

        RECETA MÉDICA                                   Fecha: [[DATE:4 de octubre de 2025]]
        Paciente: [[PERSON:Laura García Hernández]]        Edad: 40 años     Peso: 63 kg
        Fecha de nacimiento: [[DATE_OF_BIRTH:17/09/1985]]
        CURP: [[NATIONAL_ID:GAHL850917MDFRRR03]]     NSS: [[NATIONAL_ID:03856514728]]
        Dx: [[HEALTH_CONDITION:Infección de vías urinarias]] no complicada; [[HEALTH_CONDITION:migraña sin aura]]

        Rp.
        1. [[HEALTH_CONDITION:Nitrofurantoína]] 100 mg cáps. — tomar 1 cada 12 h por 5 días
        2. [[HEALTH_CONDITION:Fenazopiridina]] 100 mg tab. — 1 cada 8 h por 2 días (la orina se pinta de naranja,
           es normal)
        3. [[HEALTH_CONDITION:Naratriptán]] 2.5 mg — 1 tab al inicio de la crisis, máx. 2 en 24 h

        Indicaciones: abundantes líquidos, EGO de control el [[DATE:13/10/2025]]. Si hay fiebre o dolor lumbar
        acudir a urgencias.
        Dudas al correo [[EMAIL_ADDRESS:consultorio.alvarezpena@gmail.com]]
        """#,
        #"""
        Dr [[PERSON:Hélène Marchetti]]
        Médecin généraliste
        [[STREET_ADDRESS:27 rue Paul Bert, 69003 Lyon]]
        Tél. [[PHONE_NUMBER:04 78 62 19 45]] – MSSanté : [[EMAIL_ADDRESS:helene.marchetti@medecin.mssante.fr]]

                                                  Lyon, le [[DATE:21 octobre 2025]]
        Service de cardiologie – Clinique du Parc

        Cher confrère,

        Je vous adresse Mme [[PERSON:Sandrine Perrault]], née le [[DATE_OF_BIRTH:08/05/1979]]
        (NIR [[NATIONAL_ID:2 79 05 69 123 045 17]]), demeurant
        [[STREET_ADDRESS:5 impasse des Tilleuls, 69100 Villeurbanne]], tél. [[PHONE_NUMBER:06 71 84 29 03]],
        pour avis concernant des [[HEALTH_CONDITION:palpitations]] répétées depuis l'été, parfois accompagnées de
        malaise sans perte de connaissance.
        Antécédents : [[HEALTH_CONDITION:hypothyroïdie]] substituée, [[HEALTH_CONDITION:syndrome anxio-dépressif]]
        traité par [[HEALTH_CONDITION:escitalopram]] 10 mg, arrêté depuis.
        Traitement actuel : [[HEALTH_CONDITION:Levothyrox]] 75 µg/j.
        ECG récent : rythme sinusal, quelques ESV isolées. TSH à 0,08 mUI/L (surdosage probable,
        j'ai réduit à 62 µg). Je m'interroge sur une [[HEALTH_CONDITION:fibrillation atriale paroxystique]], d'autant
        que sa mère en était porteuse.
        Un Holter des 24 h vous paraîtrait-il utile ? La patiente est joignable le matin.
        Je vous remercie de votre avis et vous prie de croire, cher confrère, à mes sentiments les meilleurs.

        Dr [[PERSON:H. Marchetti]]
        """#,
        #"""
        Klinik Floridsdorf – 2. Medizinische Abteilung
        [[STREET_ADDRESS:Brünner Straße 68, 1210 Wien]]

        Wien, am [[DATE:05.11.2025]]
        Sehr geehrte Frau Kollegin,

        wir berichten über Ihren Patienten Herrn [[PERSON:Johann Pichlbauer]], geb. [[DATE_OF_BIRTH:17.03.1959]],
        SV-Nr. [[NATIONAL_ID:4823 170359]], wohnhaft [[STREET_ADDRESS:Leopoldauer Platz 12/3/9, 1210 Wien]],
        der sich vom [[DATE:27.10.2025]] bis [[DATE:05.11.2025]] in unserer stationären Behandlung befand.

        Diagnosen:
        - [[HEALTH_CONDITION:Infektexazerbierte COPD GOLD 3]], Gruppe E
        - [[HEALTH_CONDITION:Chronische Herzinsuffizienz]] (HFmrEF, EF 45 %)
        - [[HEALTH_CONDITION:Vorhofflimmern]], permanent, CHA2DS2-VASc 3

        Therapie bei Entlassung:
        [[HEALTH_CONDITION:Trimbow]] 87/5/9 µg        2 Hübe 1-0-1
        [[HEALTH_CONDITION:Eliquis]] 5 mg            1-0-1
        [[HEALTH_CONDITION:Bisoprolol]] 2,5 mg       1-0-0
        [[HEALTH_CONDITION:Furosemid]] 40 mg         1-0-0

        Kontrolle in der Lungenambulanz am [[DATE:19.11.2025]] um 09:30. Die Tochter,
        Frau [[PERSON:Sabine Kratochwil]], ist informiert und organisiert die Heimsauerstoff-Abklärung.

        Mit freundlichen Grüßen
        OA Dr. [[PERSON:Markus Hofstätter]]
        """#,
        #"""
        IKEJA MEDILAB DIAGNOSTICS LTD
        [[STREET_ADDRESS:14 Obafemi Awolowo Way, Ikeja, Lagos]]
        Tel: [[PHONE_NUMBER:0803 472 1195]]

        LABORATORY REPORT
        Patient: [[PERSON:ADEYEMI, Folasade Omolara]]    Sex: F    Age: 34 yrs    DOB: [[DATE_OF_BIRTH:22-Feb-1991]]
        Lab No: [[MEDICAL_RECORD_NUMBER:IML/25/004817]]     NHIA No: [[MEMBER_NUMBER:NHIA-LAG-0472918]]
        NIN: [[NATIONAL_ID:48291736054]]
        Referred by: Dr [[PERSON:C. Nwachukwu]] (Anchor Clinic, Ogba)
        Sample collected: [[DATE:03-Nov-2025]] 08:20      Reported: 15:45

        HAEMATOLOGY
        TEST              RESULT     UNITS       REF RANGE
        Haemoglobin       8.9  L     g/dL        12.0 - 15.5
        PCV               27   L     %           36 - 46
        MCV               68   L     fL          80 - 98
        WBC               9.8        x10^9/L     4.0 - 11.0
        Platelets         132  L     x10^9/L     150 - 400
        Hb GENOTYPE       AS

        PARASITOLOGY
        Malaria parasite (thick film): ++ P. falciparum trophozoites seen
        Widal: O 1:80, H 1:160

        COMMENT: Findings consistent with [[HEALTH_CONDITION:P. falciparum malaria]] and
        [[HEALTH_CONDITION:microcytic anaemia]]. Widal titres not
        diagnostic; [[HEALTH_CONDITION:typhoid fever]] unlikely on this result.
        Note [[HEALTH_CONDITION:sickle cell trait]] (AS) - counselling advised before pregnancy.
        Performed by: [[PERSON:Ibrahim Musa]], MLS
        Verified by: Dr [[PERSON:Ngozi Eze-Okonkwo]], Consultant Haematologist
        Copy e-mailed to patient: [[EMAIL_ADDRESS:folasade.adeyemi91@yahoo.com]]
        """#,
        #"""
        WARD 7B (ACUTE MEDICINE) – NIGHT → DAY HANDOVER   [[DATE:Sat 08/11/25]]
        NIC nights: [[PERSON:Chiamaka Obi]] RN   Handing over to: [[PERSON:Rhys Pritchard]] RN

        BAY 1
        Bed 1 – [[PERSON:Doreen Whitworth]] 87F  NHS [[MEDICAL_RECORD_NUMBER:485 721 9360]]
          DOB [[DATE_OF_BIRTH:02/06/1938]]
          S: adm [[DATE:06/11]] with [[HEALTH_CONDITION:UTI]] + [[HEALTH_CONDITION:delirium]].
          B: [[HEALTH_CONDITION:Alzheimer's]], lives alone w/ POC qds.
          A: more settled o/n, slept from 01:00, eating small amts.
          IV [[HEALTH_CONDITION:gentamicin]] – level due 10:00.
          R: high falls risk, low bed + sensor mat. NOK daughter [[PERSON:Janet]] [[PHONE_NUMBER:07700 918 442]]
          wants a call after ward round.
        Bed 2 – Mr [[PERSON:Arthur Penhaligon]] 79M  NHS [[MEDICAL_RECORD_NUMBER:401 938 5726]]
          [[HEALTH_CONDITION:CAP]] day 3, on [[HEALTH_CONDITION:co-amoxiclav]] + clari, 2L O2
          NC sats 94%. Grade 2 PU sacrum – TVN referral done. DNACPR in notes.
        Bed 3 – [[PERSON:Kwame Asante-Boateng]] 61M
          [[HEALTH_CONDITION:DKA]] resolving, VRII stopped 04:00, back on [[HEALTH_CONDITION:Lantus]] 22u +
          QDS BMs. For TTO today if DSN happy.
        Bed 4 – empty, bed manager aware.

        SIDE ROOM 2 – empty, deep clean done.

        Jobs: chase bloods bed 2, bleep med reg re bed 3 TTO.
        """#,
        #"""
        診療情報提供書

                                                          [[DATE:令和7年10月28日]]
        さくら総合病院　消化器内科
        [[PERSON:森田 健一]] 先生　御侍史

        紹介元：みどり台内科クリニック
        [[STREET_ADDRESS:〒263-0043 千葉県千葉市稲毛区小仲台2丁目5-14]]
        TEL [[PHONE_NUMBER:043-252-7718]]
        医師　[[PERSON:高橋 美和]]

        患者氏名：[[PERSON:佐々木 隆之]] 様　男
        生年月日：[[DATE_OF_BIRTH:昭和33年4月21日]]（67歳）
        住所：[[STREET_ADDRESS:千葉県千葉市稲毛区緑町1丁目18-3-205]]
        電話：[[PHONE_NUMBER:090-4728-3361]]
        被保険者証　記号・番号：[[MEMBER_NUMBER:7204・1183]]

        傷病名：[[HEALTH_CONDITION:肝細胞癌]]の疑い
        紹介目的：精査加療のお願い
        既往歴：[[HEALTH_CONDITION:C型慢性肝炎]]（10年以上前に治療、SVR達成）、[[HEALTH_CONDITION:2型糖尿病]]、
        [[HEALTH_CONDITION:高血圧症]]
        症状経過：定期フォロー中、[[DATE:令和7年10月20日]]の腹部エコーにて肝S6に約28mmの低エコー腫瘤を認めました。
        AFP 48.2 ng/mL、PIVKA-II 112 mAU/mLと上昇しております。自覚症状はありません。
        現処方：[[HEALTH_CONDITION:メトホルミン]]錠500mg 2錠 分2、[[HEALTH_CONDITION:アムロジピン]]錠5mg 1錠 分1、
        [[HEALTH_CONDITION:ウルソ]]錠100mg 3錠 分3
        ご多忙のところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。
        """#,
        #"""
        CAPS ADULTO II – JABAQUARA
        EVOLUÇÃO – ATENDIMENTO PSIQUIÁTRICO
        Data: [[DATE:10/11/2025]]
        Usuária: [[PERSON:Juliana Aparecida dos Santos]]     DN: [[DATE_OF_BIRTH:23/01/1996]]
        CNS: [[MEDICAL_RECORD_NUMBER:708 4021 9385 1138]]     CPF: [[NATIONAL_ID:418.273.906-03]]
        End.: [[STREET_ADDRESS:Rua Itacema, 214, casa 2, Vila Santa Catarina, São Paulo – SP, 04374-010]]
        Tel.: [[PHONE_NUMBER:(11) 98473-2016]]
        Contato familiar: mãe, [[PERSON:Marlene]] – [[PHONE_NUMBER:(11) 5562-1843]]

        S: Refere piora do humor há ~3 sem após ser demitida, insônia inicial, choro fácil, "sem vontade de nada".
        Ideação de morte passiva, nega plano ou tentativa. Nega uso de substâncias há 2 anos (hx de
        [[HEALTH_CONDITION:transtorno por uso de cocaína]], em remissão).
        O: Vígil, orientada, hipomímica, discurso lentificado, sem alterações sensoperceptivas.
        A: [[HEALTH_CONDITION:Episódio depressivo moderado]] em paciente com
        [[HEALTH_CONDITION:transtorno de ansiedade generalizada]]. Risco de suicídio: moderado.
        P: - Aumento [[HEALTH_CONDITION:sertralina]] 50 → 100 mg/dia
           - Manter [[HEALTH_CONDITION:clonazepam]] 0,5 mg à noite por no máx. 4 semanas
           - Plano de segurança revisado com a paciente e a mãe
           - Acolhimento semanal com psicóloga [[PERSON:Renata Kobayashi]]
           - Retorno [[DATE:24/11/2025]] em consulta médica
        Dra. [[PERSON:Beatriz Lemos Carvalho]] – Psiquiatra
        """#,
        #"""
        Bayside Sports & Spinal Physiotherapy
        [[STREET_ADDRESS:Shop 3, 112 Bay Street, Brighton VIC 3186]]    Ph [[PHONE_NUMBER:(03) 9592 4418]]

        INITIAL CONSULTATION – [[DATE:29/10/2025]]
        Client: [[PERSON:Lachlan McAllister]]   DOB [[DATE_OF_BIRTH:11/12/1989]]   Mob [[PHONE_NUMBER:0412 836 579]]
        Medicare: [[MEDICAL_RECORD_NUMBER:2847 19360 3]]  IRN 1
        Health fund: Bupa   Member no. [[MEMBER_NUMBER:71948326]]
        Referring GP: Dr [[PERSON:Priya Raghunathan]] (CDM plan, 5 sessions)

        S: R knee pain since [[DATE:Sat 18 Oct]] – twisting injury playing footy, felt a "pop", swelling w/in 2 hrs,
        couldn't continue. Now walking w/ limp, giving way x2 on stairs. Nil locking.
        Taking [[HEALTH_CONDITION:Nurofen]] 400mg tds.
        PMHx: [[HEALTH_CONDITION:L shoulder dislocation]] yrs ago, otherwise NAD.
        O: Mod effusion (sweep test 2+), ROM 5-110°, Lachman +ve soft endpoint, ant drawer +ve,
        McMurray's equivocal medially, MCL stable, quads lag 10°.
        A: Probable [[HEALTH_CONDITION:R ACL rupture]] ± [[HEALTH_CONDITION:medial meniscal tear]].
        P: MRI referral via GP, letter sent. Swap to [[HEALTH_CONDITION:Panadol Osteo]] – discuss NSAIDs w/ GP.
        Crutches PWB, quads sets/SLR/heel slides, ice. R/v [[DATE:5/11]] 7:30am.
        [[PERSON:Jess Huang]] (APAM), Physiotherapist
        """#,
        #"""
        Republic of the Philippines – Barangay Health Station, Brgy. San Isidro, Antipolo City
        CHILD IMMUNIZATION RECORD / TALAAN NG BAKUNA

        Pangalan ng bata: [[PERSON:Althea Mae R. Villanueva]]
        Petsa ng kapanganakan: [[DATE_OF_BIRTH:March 3, 2025]]     Kasarian: Babae
        Ina: [[PERSON:Rowena Ramos Villanueva]]
        Tirahan: [[STREET_ADDRESS:Blk 12 Lot 7, Phase 2, Sitio Maligaya, Brgy. San Isidro, Antipolo City, Rizal]]
        CP No.: [[PHONE_NUMBER:0917 482 3306]]
        PhilHealth No. (ina): [[MEMBER_NUMBER:19-025847361-8]]

        BAKUNA                     PETSA          LUGAR
        BCG                        [[DATE:03/03/2025]]     Lying-in
        Hepatitis B (birth)        [[DATE:03/03/2025]]     Lying-in
        Penta 1 / OPV 1 / PCV 1    [[DATE:04/14/2025]]     BHS
        Penta 2 / OPV 2 / PCV 2    [[DATE:05/12/2025]]     BHS
        Penta 3 / OPV 3 / PCV 3    [[DATE:06/16/2025]]     BHS (+ IPV)
        MMR 1                      sched [[DATE:12/03/2025]]

        Tala: Nagkaroon ng [[HEALTH_CONDITION:lagnat]] pagkatapos ng Penta 2, binigyan ng
        [[HEALTH_CONDITION:paracetamol]] drops, ok na kinabukasan. May [[HEALTH_CONDITION:G6PD deficiency]] sa newborn
        screening – bigyan si nanay ng listahan ng bawal na gamot at pagkain.
        BHW: [[PERSON:Merlita Cabrera]]        Midwife: [[PERSON:Joy Anne Dizon]], RM
        """#,
        #"""
        처 방 전
        교부일자 및 번호: [[DATE:2025년 11월 06일]] 제 00147 호
        환자 성명: [[PERSON:김서연]]          주민등록번호: [[NATIONAL_ID:790814-2165238]]
        주소: [[STREET_ADDRESS:서울특별시 서초구 반포대로28길 17, 302호]]
        연락처: [[PHONE_NUMBER:010-4827-3915]]
        의료기관: 푸른숲내과의원    전화 [[PHONE_NUMBER:02-3471-8826]]
        상병명: [[HEALTH_CONDITION:제2형 당뇨병]], [[HEALTH_CONDITION:고혈압]], [[HEALTH_CONDITION:이상지질혈증]]
        처방 의약품 명칭                 1회 투약량   1일 투여횟수   총 투약일수
        [[HEALTH_CONDITION:자누메트정]] 50/500mg            1정          2회          30일
        [[HEALTH_CONDITION:아모디핀정]] 5mg                 1정          1회          30일
        [[HEALTH_CONDITION:리피토정]] 10mg                  1정          1회          30일
        처방 의료인: [[PERSON:이준호]] (서명)

        --- 문자 메시지 ---
        [Web발신] [하나로약국] [[PERSON:김서연]]님, 처방약 조제가 완료되었습니다.
        [[HEALTH_CONDITION:자누메트]]는 식사 직후 드시고, 저혈당 증상(식은땀, 떨림) 있으면 사탕 드세요.
        문의 [[PHONE_NUMBER:02-587-3309]] 약사 [[PERSON:박민정]]
        """#,
        #"""
        SMILECARE DENTAL CLINIC
        [[STREET_ADDRESS:Kilimani Business Centre, 3rd Floor, Kirichwa Road, Nairobi]]
        Tel [[PHONE_NUMBER:0722 418 306]]

        DENTAL TREATMENT RECORD                                Date: [[DATE:30/10/2025]]
        Patient: [[PERSON:Wanjiru Njeri Kamau]]    ID No. [[NATIONAL_ID:28471936]]    DOB [[DATE_OF_BIRTH:14/07/1988]]
        SHA No: [[MEMBER_NUMBER:CR7294018365-3]]    Tel: [[PHONE_NUMBER:0733 902 415]]
        C/O: "Maumivu ya jino upande wa kushoto chini kwa siku 4, yanazidi usiku, siwezi kutafuna."
        MHx: [[HEALTH_CONDITION:Asthma]] – uses [[HEALTH_CONDITION:Ventolin]] inhaler prn (brought today).
        Allergy: [[HEALTH_CONDITION:penicillin]] (rash).
        Exam: 36 deep disto-occlusal caries, TTP +, cold test lingering >30s. PA x-ray: periapical radiolucency 36.
        Dx: [[HEALTH_CONDITION:Symptomatic apical periodontitis]] 36.
        Tx today: LA 2% [[HEALTH_CONDITION:lignocaine]] w/ adr 1:80,000 IANB; access, pulpectomy,
        canals located MB/ML/D, CaOH dressing, temp restoration.
        Rx: [[HEALTH_CONDITION:Clindamycin]] 300mg tds x 5/7; [[HEALTH_CONDITION:Paracetamol]] 1g tds x 3/7
        (avoid NSAIDs – asthma).
        Maelekezo kwa mgonjwa: Usile chakula kigumu upande huo kwa saa 24. Rudi baada ya wiki moja kwa
        hatua ya pili ya RCT. Ukivimba uso piga simu mara moja.
        Dentist: Dr [[PERSON:Brian Otieno]], BDS
        """#,
        #"""
        INTEGRATED SHIELD PLAN – INPATIENT CLAIM FORM
        PART A: TO BE COMPLETED BY THE POLICYHOLDER / INSURED

        1. INSURED PERSON
        Name (as in NRIC): [[PERSON:TAN WEI LING, JOANNE]]
        NRIC/FIN: [[NATIONAL_ID:S8237461B]]            Date of birth: [[DATE_OF_BIRTH:19/06/1982]]
        Policy no.: [[MEMBER_NUMBER:IS-4830291756]]
        Address: [[STREET_ADDRESS:Blk 415 Ang Mo Kio Avenue 10, #08-1142, Singapore 560415]]
        Mobile: [[PHONE_NUMBER:+65 9183 4427]]       Email: [[EMAIL_ADDRESS:joanne.tanwl@gmail.com]]

        2. POLICYHOLDER (if different from insured)
        Name: N.A. (same as insured)

        3. HOSPITALISATION DETAILS
        Admission date: [[DATE:02/09/2025]]         Discharge date: [[DATE:05/09/2025]]
        Diagnosis: [[HEALTH_CONDITION:Symptomatic gallstones]] with [[HEALTH_CONDITION:acute cholecystitis]]
        Attending doctor: Dr [[PERSON:Lim Boon Huat]]
        Have you had this condition or related symptoms before? [X] Yes  [ ] No
        If yes, give details: one episode of [[HEALTH_CONDITION:biliary colic]] in [[DATE:March 2024]],
        seen at polyclinic

        4. PAYOUT (direct credit)
        Bank: DBS     Account no.: [[US_BANK_ACCOUNT:072-481936-5]]
        Account holder name: [[PERSON:Tan Wei Ling]]

        I declare that the above is true and complete.
        Signature: (signed)                 Date: [[DATE:12 Sep 2025]]
        """#,
        #"""
        مستشفى الواحة التخصصي – قسم الطب النفسي – العيادات الخارجية
        ملاحظة متابعة
        التاريخ: [[DATE:2025/11/03]]
        اسم المريض: [[PERSON:خالد عبد الله المنصوري]]
        رقم الهوية الإماراتية: [[NATIONAL_ID:784-1983-4718265-5]]
        رقم الملف الطبي: [[MEDICAL_RECORD_NUMBER:00739182]]
        تاريخ الميلاد: [[DATE_OF_BIRTH:1983/02/11]]
        الهاتف: [[PHONE_NUMBER:+971 50 418 2736]]
        العنوان: [[STREET_ADDRESS:فيلا 27، شارع 14، حي المشرف، أبوظبي]]

        الشكوى: يراجع المريض لمتابعة [[HEALTH_CONDITION:اضطراب الوسواس القهري]] و[[HEALTH_CONDITION:الاكتئاب]].
        يذكر تحسناً جزئياً في الأفكار الوسواسية، لكن طقوس الغسل ما زالت تستغرق ساعتين يومياً. النوم متقطع.
        حضرت زوجته الجلسة وأكدت ذلك.
        الأدوية الحالية: [[HEALTH_CONDITION:فلوفوكسامين]] 200 ملغ ليلاً، [[HEALTH_CONDITION:أريبيبرازول]] 5 ملغ صباحاً.
        Dx: [[HEALTH_CONDITION:OCD]], [[HEALTH_CONDITION:MDD, recurrent, moderate]] – Y-BOCS 24 (prev 29)
        الخطة: رفع جرعة الدواء الثاني إلى 10 ملغ، إحالة للعلاج بالتعرض ومنع الاستجابة.
        موعد المتابعة [[DATE:2025/12/01]] مع د. [[PERSON:سامر حداد]].
        الطبيب المعالج: د. [[PERSON:ريم الشامسي]]
        """#,
        #"""
        NZOZ Przychodnia Rodzinna „Pod Wawelem”
        [[STREET_ADDRESS:ul. Długa 14/3, 31-147 Kraków]]     tel. [[PHONE_NUMBER:12 421 83 07]]

                                                        Kraków, [[DATE:7.11.2025]] r.
        SKIEROWANIE DO PORADNI KARDIOLOGICZNEJ

        Pacjent: [[PERSON:Zbigniew Kowalczyk]]
        PESEL: [[NATIONAL_ID:58112307315]]      ur. [[DATE_OF_BIRTH:23.11.1958]]
        Adres: [[STREET_ADDRESS:os. Centrum C 7/42, 31-929 Kraków]]
        Tel.: [[PHONE_NUMBER:+48 601 387 224]]

        Rozpoznanie: [[HEALTH_CONDITION:nadciśnienie tętnicze pierwotne]], oporne na leczenie;
        [[HEALTH_CONDITION:cukrzyca typu 2]]
        Uzasadnienie: mimo leczenia [[HEALTH_CONDITION:amlodypiną]] 10 mg, [[HEALTH_CONDITION:telmisartanem]] 80 mg
        i [[HEALTH_CONDITION:indapamidem]] 1,5 mg ciśnienie w domowych pomiarach ok. 165/100 mmHg.
        W badaniu echo z [[DATE:20.10.2025]] cechy [[HEALTH_CONDITION:przerostu lewej komory]] (IVS 14 mm).
        Proszę o konsultację i ew. diagnostykę w kierunku [[HEALTH_CONDITION:hiperaldosteronizmu]].

        Lekarz kierujący: lek. med. [[PERSON:Agnieszka Wróblewska-Nowak]], specjalista medycyny rodzinnej
        """#,
    ]

    /// A thirty-third set of everyday texts, written blind to DataGuard's rules.
    static let thirtyThirdEveryday: [String] = [
        #"""
        Lone Star Fabrication, Inc. — Human Resources
        [[STREET_ADDRESS:4100 Industrial Blvd, Suite 200, Fort Worth, TX 76106]]

        [[DATE:October 30, 2025]]

        [[PERSON:Marisol Quintanilla]]
        [[STREET_ADDRESS:1827 Crestline Dr]]
        [[STREET_ADDRESS:Arlington, TX 76012]]

        RE: Approval of FMLA leave — Employee ID [[EMPLOYEE_NUMBER:LSF-20817]]

        Dear Ms. [[PERSON:Quintanilla]]:

        Your request for intermittent FMLA leave to care for your son following his diagnosis of
        [[HEALTH_CONDITION:type 1 diabetes]] has been approved for the period [[DATE:November 3, 2025]] through
        [[DATE:May 1, 2026]]. The medical certification completed by Dr. [[PERSON:Karen Whitfield]]
        estimates up to 2 absences per month, 1-2 days each.

        Your group health coverage will continue during leave. Payroll has also processed the direct deposit
        change you submitted:
            Bank: First Prairie Credit Union
            Routing no.: [[US_ROUTING_NUMBER:114000527]]
            Account no.: [[US_BANK_ACCOUNT:5028317746]] (checking)
        Please also confirm that the SSN on file, [[US_SSN:532-71-4089]], matches your Social Security card; the
        W-2 mailed last January was returned as undeliverable.

        Questions: [[PERSON:Derek Lindqvist]], HR Generalist, [[PHONE_NUMBER:(817) 624-3390]] ext. 214,
        [[EMAIL_ADDRESS:dlindqvist@lonestarfab.com]]

        cc: Personnel file
        """#,
        #"""
        UNISON – Calder Valley Local Government Branch
        GRIEVANCE MEETING – NOTES (STAGE 1)
        Date: [[DATE:Tues 4th Nov 2025]], 2pm, Room 3.12 Civic Centre
        Member: [[PERSON:Sharon Mulholland]] (Refuse & Recycling, HGV driver)   Emp no. [[EMPLOYEE_NUMBER:00417283]]
        UNISON membership no. [[MEMBER_NUMBER:UNS-7718294]]
        Rep: [[PERSON:Gary Whitcombe]] (steward)
        Mgmt: [[PERSON:Alison Birch]] (Ops Manager), HR Adviser also present

        1. Grievance = failure to implement reasonable adjustments since member's return from sick leave
           ([[HEALTH_CONDITION:lumbar disc prolapse]], microdiscectomy in the summer). OH report dated
           [[DATE:18/08/25]] recommended no lifting >10kg, phased return 6 wks.
        2. [[PERSON:Sharon]] says supervisor [[PERSON:Dave Kershaw]] put her back on full loader duties
           from [[DATE:22 Sept]] and made comments in front of the crew about "skiving". Since then back pain worse, on
           [[HEALTH_CONDITION:naproxen]] + [[HEALTH_CONDITION:amitriptyline]] again, and now
           [[HEALTH_CONDITION:anxiety]] – GP fit note for 2 wks.
        3. [[PERSON:Alison Birch]] accepted OH advice "wasn't passed down" to depot. Supervisor denies the comments.
           HR to check rota records.
        4. Rep asked for: driving-only duties, written apology, sickness absence covered by fit note to be
           disregarded for triggers under the Attendance Policy.
        Outcome letter within 5 working days, i.e. by [[DATE:11/11/25]].
        Member contact: [[PHONE_NUMBER:07831 224 906]], [[STREET_ADDRESS:19 Larch Close, Sowerby Bridge HX6 2RJ]]
        """#,
        #"""
        DISTRIBUIDORA ANDINA S.A.S.
        FORMATO DE VINCULACIÓN Y DATOS PARA NÓMINA
        Fecha de diligenciamiento: [[DATE:15/10/2025]]

        DATOS DEL EMPLEADO
        Nombres y apellidos: [[PERSON:Andrés Felipe Castaño Restrepo]]
        Cédula de ciudadanía: [[NATIONAL_ID:1.020.458.731]] de Medellín
        Fecha de nacimiento: [[DATE_OF_BIRTH:09/02/1993]]
        Dirección: [[STREET_ADDRESS:Calle 45 # 78-32, apto 502, barrio Laureles, Medellín]]
        Celular: [[PHONE_NUMBER:310 482 7719]]     Correo: [[EMAIL_ADDRESS:andres.castano93@hotmail.com]]
        Cargo: Auxiliar de bodega          Código empleado: [[EMPLOYEE_NUMBER:DA-3318]]
        EPS: Sura     Fondo de pensiones: Protección     ARL: Positiva
        Cuenta para pago de nómina: Bancolombia – Ahorros No. [[US_BANK_ACCOUNT:245-918374-62]]

        CONTACTO DE EMERGENCIA
        [[PERSON:Luz Marina Restrepo]] (madre) – [[PHONE_NUMBER:(604) 412 8830]]

        ¿Tiene alguna condición de salud que la empresa deba conocer?  Sí  X   No __
        Cuál: [[HEALTH_CONDITION:epilepsia]] controlada con [[HEALTH_CONDITION:levetiracetam]]
        (última crisis hace 3 años)

        Firma del empleado: [[PERSON:Andrés F. Castaño R.]]
        Recibido por: [[PERSON:Natalia Ospina]] – Gestión Humana
        """#,
        #"""
        NOTICE OF TERMINATION
        (Residential Tenancies Acts 2004 to 2022)

        Date of service: [[DATE:3 November 2025]]
        To: [[PERSON:Ciara Donnelly]] and [[PERSON:Mark Feeney]] (tenants)
        Dwelling: [[STREET_ADDRESS:Apartment 14, Harbour View, 22 Quay Street, Galway H91 X2P7]]
        From: [[PERSON:Brendan Gilsenan]] (landlord)
        Landlord's address: [[STREET_ADDRESS:Ardnagreevagh, Moycullen, Co. Galway H91 DK84]]

        Your tenancy of the above dwelling, which commenced on [[DATE:1 September 2021]], will terminate on
        [[DATE:2 June 2026]]. The reason for termination is that the landlord intends to enter into an
        enforceable agreement to sell the dwelling within 9 months of the termination date.
        You have the whole of the 24 hours of the termination date to vacate. Any issue as to the validity of this
        notice must be referred to the RTB within 28 days from the date of receipt.

        Signed: [[PERSON:Brendan Gilsenan]]   Ph [[PHONE_NUMBER:086 214 7730]]
        Email: [[EMAIL_ADDRESS:bgilsenan.lettings@eircom.net]]
        Statutory declaration attached.

        ----
        From: [[PERSON:Ciara Donnelly]] <[[EMAIL_ADDRESS:ciaradonnelly88@gmail.com]]>
        Hi [[PERSON:Brendan]], got the notice, thanks for dropping it up in person. It'll be tough finding
        somewhere ground floor with [[PERSON:Mark]]'s [[HEALTH_CONDITION:MS]] so we may need the full time. For the
        deposit when we go: [[IBAN_CODE:IE04 AIBK 9311 5247 1830 96]] (joint acct). [[PERSON:Ciara]]
        """#,
        #"""
        Onderwerp: Schoolkamp groep 8 – betaling en medische gegevens
        Van: [[PERSON:Marloes de Vries]] <[[EMAIL_ADDRESS:m.devries@obsdewaterlelie.nl]]>
        Aan: ouders groep 8
        Datum: [[DATE:maandag 27 oktober 2025]] 16:42

        Beste ouders/verzorgers,
        Het schoolkamp naar Ameland is van [[DATE:woensdag 10 juni]] t/m [[DATE:vrijdag 12 juni 2026]]. De bijdrage is
        € 135,–. Graag overmaken vóór de kerstvakantie op [[IBAN_CODE:NL58 RABO 0384 7561 07]] t.n.v. Stichting
        Ouderraad De Waterlelie, o.v.v. naam kind + groep 8. Vul ook het medisch formulier in (bijlage).
        Groetjes, [[PERSON:Marloes]] (leerkracht groep 8)

        ----- Antwoord -----
        Van: [[PERSON:Fatima Bakker-El Amrani]] <[[EMAIL_ADDRESS:fatima.elamrani@ziggo.nl]]>
        Hoi [[PERSON:Marloes]],
        Formulier zit erbij. Kort samengevat voor [[PERSON:Sem]]:
        - [[HEALTH_CONDITION:ADHD]], neemt 's ochtends [[HEALTH_CONDITION:Medikinet]] 20 mg (ik geef de strip mee)
        - [[HEALTH_CONDITION:pinda-allergie]], noodmedicatie zit in het voorvakje van zijn rugzak
        - zorgverzekering Zilveren Kruis, polisnr [[MEMBER_NUMBER:184729301]], BSN [[NATIONAL_ID:274193863]]
        Noodnummer: [[PHONE_NUMBER:06-41827390]] (ik).
        Bijdrage is vanochtend overgemaakt vanaf [[IBAN_CODE:NL27INGB0007284913]].
        Groetjes
        """#,
        #"""
        WhatsApp Chat with Tim Keuangan & HRD
        [[DATE:28/10/25]] 19.02 - [[PERSON:Rina Kusumawati]]: Bu [[PERSON:Dewi]], maaf ganggu malem2 🙏 anak saya
        [[PERSON:Naufal]] kena [[HEALTH_CONDITION:DBD]], skrg dirawat di RS Hermina Pasteur
        Trombosit 42rb bu, td sore sempet 38rb. Besok saya izin ga masuk ya,
        surat dokter nyusul dari dokter anak
        [[DATE:28/10/25]] 19.08 - [[PERSON:Dewi Anggraini]]: Iya gpp bu. Skalian kirim data buat klaim asuransi kantor
        ya: NIK, no BPJS, no rek, alamat
        [[DATE:28/10/25]] 19.15 - [[PERSON:Rina K.]]: NIK [[NATIONAL_ID:3273014508900003]]
        BPJS Kesehatan [[MEMBER_NUMBER:0001837264519]]
        Rek BCA [[US_BANK_ACCOUNT:8410372956]] a.n. [[PERSON:Rina Kusumawati]]
        Alamat [[STREET_ADDRESS:Jl. Sukajadi No. 127, RT 04/RW 02, Kel. Pasteur, Kec. Sukajadi, Bandung 40161]]
        [[DATE:28/10/25]] 19.20 - [[PERSON:Dewi Anggraini]]: Oke siap, aku terusin ke Pak [[PERSON:Yudi]]. Nanti
        kuitansi RS di-email ke [[EMAIL_ADDRESS:hrd.klaim@sinarmandiri.co.id]] aja ya bu
        """#,
        #"""
        From: [[PERSON:Jean-François Lapointe]] <[[EMAIL_ADDRESS:jf.lapointe@groupeboreal.ca]]>
        Sent: Thursday, [[DATE:November 6, 2025]] 9:14 AM
        To: [[PERSON:Priya Chandrasekaran]] <[[EMAIL_ADDRESS:priya.c@groupeboreal.ca]]>
        Subject: FW: Accès VPN bloqué – nouvelle employée

        [[PERSON:Priya]], can you take a look? [[PERSON:Sophie]]'s laptop keeps locking her out, IT says it's logins
        from 2 different IPs. She starts Monday.

        ---------- Forwarded message ---------
        De : [[PERSON:Sophie Gagnon]] <[[EMAIL_ADDRESS:sophie.gagnon@groupeboreal.ca]]>
        Date : mer. [[DATE:5 nov. 2025]] à 17 h 48
        À : Service TI
        Objet : Accès VPN bloqué – nouvelle employée

        Bonjour,
        Je suis nouvelle (matricule [[EMPLOYEE_NUMBER:E-40718]]), je commence au bureau de Québec lundi. Mon accès
        VPN bloque depuis hier. Le message dit « tentative de connexion depuis [[IP_ADDRESS:142.118.37.204]] et
        [[IP_ADDRESS:207.96.211.58]] ». Le premier, c'est chez nous (Vidéotron), le deuxième je sais pas?!
        Mon cell : [[PHONE_NUMBER:418-655-2093]].
        Aussi, les RH m'ont demandé mon NAS pour la paie, est-ce que je peux l'envoyer par courriel? C'est
        [[NATIONAL_ID:538 192 048]].
        Merci!
        [[PERSON:Sophie]]
        Analyste, Finances

        ----
        Reply from [[PERSON:Priya]], [[DATE:Nov 6]] 9:40 AM:
        The [[IP_ADDRESS:207.96.211.58]] login is her phone hotspot, not an attack. Reset done.
        I told her NOT to email her SIN — please ask payroll to delete that message.
        """#,
        #"""
        Ticket #MY-CS-2025-448173 | Channel: Web chat | Priority: HIGH | Queue: Cards – Fraud
        Created: [[DATE:2025-11-01]] 23:47 MYT
        Customer: [[PERSON:Muhammad Hafiz bin Zulkifli]]
        IC No.: [[NATIONAL_ID:850712-14-5523]]
        Mobile: [[PHONE_NUMBER:+60 12-384 7291]]
        Email: [[EMAIL_ADDRESS:hafiz.zulkifli85@gmail.com]]
        Card: Visa Platinum [[CREDIT_CARD:4539 9936 3131 5858]]
        Session IP (customer): [[IP_ADDRESS:175.139.24.88]]
        IP on disputed txns: [[IP_ADDRESS:45.137.21.196]]

        Customer (verbatim): "Salam, saya tak buat transaction ni. 3 kali RM1,499 kat online store luar negara
        on [[DATE:1 Nov]]. Kad masih dengan saya. Tolong block sekarang!!"

        Agent notes ([[PERSON:Nurul Aina]], CS L1):
        - Verified via OTP + DOB ([[DATE_OF_BIRTH:12/07/1985]]). Card blocked 23:52.
        - Replacement card to be couriered to [[STREET_ADDRESS:No. 18, Jalan SS 2/55, 47300 Petaling Jaya, Selangor]]
        - Cust asks if minimum payment can be auto-debited from his Maybank savings [[US_BANK_ACCOUNT:5141 2730 8846]]
          – advised to set up via app.
        - Dispute form e-mailed. Escalated to Fraud team ([[PERSON:Lee Chee Keong]]).
        Follow-up callback: [[DATE:2025-11-03]] before 6pm.
        """#,
        #"""
        INCIDENT / INJURY REPORT FORM
        Southern Cross Cold Storage Pty Ltd – Laverton North site

        Date of incident: [[DATE:Mon 20/10/2025]]     Time: approx 6:40am     Location: Freezer dock 3
        Injured person: [[PERSON:Tevita Fifita]]       Emp ID: [[EMPLOYEE_NUMBER:SCC-10472]]     Role: Forklift operator
        DOB: [[DATE_OF_BIRTH:05/04/1996]]      Phone: [[PHONE_NUMBER:0438 215 907]]
        Home address: [[STREET_ADDRESS:7 Wattle Grove, Hoppers Crossing VIC 3029]]

        What happened: Pallet of frozen stock (approx 600kg) slid off the tines of FL-07 while another operator was
        reversing off the dock ramp and struck [[PERSON:Tevita]]'s left lower leg.
        Ramp surface iced up – defrost heater fault reported last week but not yet repaired.
        Injury: [[HEALTH_CONDITION:suspected fractured left tibia]], [[HEALTH_CONDITION:laceration]] approx 6cm to shin.
        First aid: [[PERSON:Kylie Brennan]] (FAO) – pressure dressing, splint. Ambulance called 6:44, paramedics gave
        [[HEALTH_CONDITION:Penthrox]], transported to Sunshine Hospital.
        Witnesses: [[PERSON:Rajdeep Singh]] (emp [[EMPLOYEE_NUMBER:SCC-10388]]) [[PHONE_NUMBER:0421 660 318]];
        one labour-hire worker (name on file)
        Supervisor: [[PERSON:Shane O'Donoghue]]     WorkSafe notified: Yes – same day 9:15am
        Next of kin notified: wife [[PERSON:Losana Fifita]] [[PHONE_NUMBER:0411 902 574]]
        Other: worker self-disclosed [[HEALTH_CONDITION:type 2 diabetes]] – wound healing risk, note for RTW plan.
        """#,
        #"""
        AKWAABA AGRO-PROCESSING LTD
        MINUTES OF THE MANAGEMENT COMMITTEE MEETING HELD ON [[DATE:THURSDAY, 16TH OCTOBER 2025]]
        AT THE BOARD ROOM, [[STREET_ADDRESS:NO. 12 LIBERATION ROAD, AIRPORT RESIDENTIAL AREA, ACCRA]]

        PRESENT:  Mr. [[PERSON:Kofi Asamoah-Mensah]] (MD – Chairman)
                  Mrs. [[PERSON:Abena Ofori]] (Head, Finance)
                  Mr. [[PERSON:Yaw Darko]] (Head, Operations)
                  Ms. [[PERSON:Efua Quaye]] (HR Manager – Secretary)
        APOLOGIES: None

        1. OPENING: Meeting opened at 10:05am with a prayer.
        2. STRICTLY CONFIDENTIAL – [[CONFIDENTIAL_TERM:PROJECT SANKOFA]]: The MD briefed members on the proposed
           acquisition of a shea butter processor in Tamale. Due diligence report expected within six weeks.
           Members reminded that [[CONFIDENTIAL_TERM:Sankofa]] is not to be discussed outside this committee.
        3. STAFF MATTERS
           a. Mr. [[PERSON:Isaac Tetteh]] (Staff ID [[EMPLOYEE_NUMBER:AAP-0271]]) on sick leave since
              [[DATE:29/09/2025]] following a [[HEALTH_CONDITION:stroke]]. HR to process his medical claim; Ghana Card
              no. [[NATIONAL_ID:GHA-718294035-6]] and hospital report received from his wife, Mrs.
              [[PERSON:Comfort Tetteh]].
        4. AOB: None.
        5. NEXT MEETING: [[DATE:13th November 2025]].
        Meeting closed at 12:20pm.
        Queries: Secretary, [[PHONE_NUMBER:024 418 2237]]

        ........................                        ........................
        [[PERSON:K. Asamoah-Mensah]] (Chairman)               [[PERSON:E. Quaye]] (Secretary)
        """#,
        #"""
        EGE TURİZM – REZERVASYON ONAYI
        Düzenlenme tarihi: [[DATE:02.11.2025]]

        Yolcu 1: [[PERSON:Elif Yıldırım]]   TCKN: [[NATIONAL_ID:38417256994]]   Doğum: [[DATE_OF_BIRTH:14.02.1990]]
        Yolcu 2: [[PERSON:Burak Yıldırım]]  TCKN: [[NATIONAL_ID:52981374694]]   Doğum: [[DATE_OF_BIRTH:30.07.1987]]
        Çocuk:   [[PERSON:Deniz Yıldırım]]   Doğum: [[DATE_OF_BIRTH:11.05.2019]]
        İletişim: [[PHONE_NUMBER:+90 532 418 27 63]]   [[EMAIL_ADDRESS:elif.yildirim90@hotmail.com]]
        Adres: [[STREET_ADDRESS:Bağdat Cad. No: 214 D: 9, Caddebostan, Kadıköy / İstanbul]]

        Uçuş:   İstanbul (SAW) → Bodrum (BJV)   [[DATE:18.06.2026]] 07:35
        Dönüş:  Bodrum (BJV) → İstanbul (SAW)   [[DATE:25.06.2026]] 21:10
        Otel:   Gümbet, 7 gece, Aile Odası, Her Şey Dahil

        Özel notlar:
        - Çocukta [[HEALTH_CONDITION:çölyak hastalığı]] var, otelden glutensiz menü rica edildi.
        - Yolcu 1 [[HEALTH_CONDITION:hamile]] (uçuş tarihinde 28. hafta) – havayolu için doktor raporu gerekli.
        Ödeme: Kredi kartı [[CREDIT_CARD:5412 7425 2473 0528]] ile 3 taksit, toplam 84.600 TL.
        """#,
        #"""
        [[PERSON:Reto Baumgartner]]
        [[STREET_ADDRESS:Langstrasse 112]]
        [[STREET_ADDRESS:8004 Zürich]]

                                                        EINSCHREIBEN
                                                        Immobilien Limmattal AG
                                                        Frau [[PERSON:C. Müller-Steiner]]
                                                        [[STREET_ADDRESS:Badenerstrasse 300]]
                                                        [[STREET_ADDRESS:8040 Zürich]]

        Zürich, [[DATE:31. Oktober 2025]]

        Kündigung Mietvertrag 3½-Zimmer-Wohnung, 2. OG links

        Sehr geehrte Frau [[PERSON:Müller-Steiner]]

        Hiermit kündigen wir, [[PERSON:Reto Baumgartner]] und [[PERSON:Anja Keller]], den obengenannten Mietvertrag
        fristgerecht per [[DATE:31. März 2026]].
        Nach meinem [[HEALTH_CONDITION:Bandscheibenvorfall]] im Sommer kann ich die Treppen ohne Lift kaum noch
        bewältigen, deshalb ziehen wir in eine Parterrewohnung.
        Bitte überweisen Sie das Mietzinsdepot nach der Wohnungsabnahme auf folgendes Konto:
        IBAN [[IBAN_CODE:CH68 0070 0110 0048 2193 6]], lautend auf [[PERSON:Reto Baumgartner]].
        Für die Abnahme erreichen Sie mich unter [[PHONE_NUMBER:079 384 21 56]] oder
        [[EMAIL_ADDRESS:reto.baumgartner@bluewin.ch]].
        Eine mögliche Nachmieterin würde die Wohnung gerne besichtigen.

        Freundliche Grüsse

        [[PERSON:Reto Baumgartner]]
        """#,
        #"""
        Da: [[PERSON:Giulia Bruni]] <[[EMAIL_ADDRESS:giulia.bruni81@libero.it]]>
        A: [[EMAIL_ADDRESS:segreteria@icpascoli-bologna.edu.it]]
        Data: lun [[DATE:3 nov 2025]], 08:12
        Oggetto: Domanda dieta speciale mensa – [[PERSON:MARTINI TOMMASO]], classe 2ªB

        Buongiorno,
        sono la mamma di [[PERSON:Tommaso Martini]] (classe 2ªB, plesso Don Milani). Come richiesto dalla
        segreteria invio i dati per la domanda di dieta speciale:
        - alunno: [[PERSON:Tommaso Martini]], nato a Bologna il [[DATE_OF_BIRTH:14/03/2018]],
          CF [[NATIONAL_ID:MRTTSS18C14A944Z]]
        - diagnosi: [[HEALTH_CONDITION:allergia alle proteine del latte vaccino]] e [[HEALTH_CONDITION:favismo]]
          (allego certificato della pediatra, dott.ssa [[PERSON:Paola Ferri]], del [[DATE:28/10/2025]])
        - genitore richiedente: [[PERSON:Giulia Bruni]], CF [[NATIONAL_ID:BRNGLI81E47A944J]]
        - residenza: [[STREET_ADDRESS:Via Saragozza 118, 40135 Bologna]]
        - cell.: [[PHONE_NUMBER:347 218 5590]]
        Resto a disposizione, grazie mille.
        Cordiali saluti
        [[PERSON:Giulia Bruni]]
        """#,
        #"""
        Директору ТОВ «Дніпро-Логістик»
        від менеджера з логістики [[PERSON:Коваленко Олени Петрівни]]

        ЗАЯВА
        Прошу внести зміни до моїх персональних даних у зв'язку зі зміною місця проживання:
        ПІБ: [[PERSON:Коваленко Олена Петрівна]]
        Табельний номер: [[EMPLOYEE_NUMBER:00418]]
        РНОКПП: [[NATIONAL_ID:3230715727]]
        Дата народження: [[DATE_OF_BIRTH:14.06.1988]]
        Нова адреса: [[STREET_ADDRESS:вул. Шевченка, 15, кв. 7, м. Дніпро, 49044]]
        Моб. тел.: [[PHONE_NUMBER:+380 67 482 19 35]]
        Рахунок для зарплати (IBAN): [[IBAN_CODE:UA593052990000026007015482917]]
        Також повідомляю, що з [[DATE:10.11.2025]] по [[DATE:21.11.2025]] перебуватиму на лікарняному у зв'язку
        з плановою операцією ([[HEALTH_CONDITION:жовчнокам'яна хвороба]]).
        [[DATE:04.11.2025]]                                   Підпис: [[PERSON:О. Коваленко]]

        --- Telegram ---
        [[PERSON:Марина Бондар]] (бухгалтерия): [[PERSON:Олена]], добрый день! Заявление получили. Больничный потом
        скиньте фото сюда или на [[EMAIL_ADDRESS:buh@dnipro-logistic.com.ua]]. Выздоравливайте! 🙂
        """#,
        #"""
        ST. CATHERINE PREPARATORY SCHOOL
        [[STREET_ADDRESS:14 Ellesmere Road, Kingston 10]]      Tel: [[PHONE_NUMBER:(876) 926-4418]]

        [[DATE:5th November 2025]]

        Dear Mrs. [[PERSON:Campbell]],
        Re: [[PERSON:Jaden Campbell]] – Grade 4B

        This is to inform you that [[PERSON:Jaden]] had an [[HEALTH_CONDITION:asthma attack]] during P.E. this morning.
        The school nurse, Nurse [[PERSON:Gayle Reid]], gave him his [[HEALTH_CONDITION:Ventolin]] inhaler and he settled
        after about 20 minutes. He rested in the sick bay and returned to class after lunch.
        Please update his medical form – we still need a copy of his NHF card ([[MEMBER_NUMBER:NHF 0718 3924 61]])
        and your TRN ([[NATIONAL_ID:118-472-953]]) for the PATH lunch programme.
        Reminder: Christmas term fees are due by [[DATE:November 30]]. Payments may be made to the school's NCB
        account [[US_BANK_ACCOUNT:354-018-271]].
        Yours sincerely,
        [[PERSON:Marcia Henry-Lewis]], Vice Principal

        ---- WhatsApp, 7:48 pm ----
        Good evening Miss, tank yuh fi di call. Mi did gi him di pump dis mawnin but it seem like it run out.
        Mi a go carry him go see di doctor tomorrow. Mi number change, new one is [[PHONE_NUMBER:876-384-2907]].
        Him daddy will pick him up Friday. – [[PERSON:Shanice Campbell]]
        """#,
        #"""
        Nhóm Zalo: Phòng Kho vận – Chi nhánh Hà Nội
        [[DATE:03/11/2025]]
        [[PERSON:Nguyễn Thị Thu Hằng]] 08:12: Cả nhà ơi, em [[PERSON:Minh Tuấn]] bên kho bị
        [[HEALTH_CONDITION:viêm ruột thừa]] cấp, tối qua đã mổ ở Bệnh viện Bạch Mai rồi, giờ ổn rồi nhé.
        [[PERSON:Lê Văn Quang]] 08:15: Trời, nhanh khỏe nha [[PERSON:Tuấn]]. Địa chỉ nhà [[PERSON:Tuấn]] là
        [[STREET_ADDRESS:Số 18 ngõ 42 phố Trần Duy Hưng, Trung Hòa, Cầu Giấy, Hà Nội]] đúng ko, chiều mình qua thăm.
        [[PERSON:Nguyễn Thị Thu Hằng]] 08:17: Đúng rồi a. Ai muốn góp thăm hỏi thì chuyển khoản cho em nhé:
        Vietcombank STK [[US_BANK_ACCOUNT:0011004827193]] – chủ TK [[PERSON:NGUYEN THI THU HANG]]
        [[PERSON:Phạm Hồng Nhung]] (HCNS) 09:02: Để làm hồ sơ BHXH cho bạn ấy, chị đã có sẵn:
        CCCD [[NATIONAL_ID:001092034857]], ngày sinh [[DATE_OF_BIRTH:21/07/1992]],
        số sổ BHXH [[MEMBER_NUMBER:0192837465]]
        – chỉ cần thêm giấy ra viện thôi.
        [[PERSON:Nguyễn Thị Thu Hằng]] 09:05: Dạ c, mẹ [[PERSON:Tuấn]] số [[PHONE_NUMBER:0912 384 507]],
        chị gọi cô hỏi nhé.
        Lần sau đừng gửi thông tin cá nhân vào nhóm nhé 😅
        """#,
    ]
}
