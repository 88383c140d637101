extension BlindTexts {
    /// A thirty-fourth set of clinical texts, written blind to DataGuard's rules.
    static let thirtyFourthClinical: [String] = [
        #"""
        Ballinasloe Family Practice
        [[STREET_ADDRESS:Main Street, Ballinasloe, Co. Galway, H53 W6C2]]
        Tel: [[PHONE_NUMBER:090 964 2187]]   Fax: [[PHONE_NUMBER:090 964 2190]]

        [[DATE:21 February 2024]]

        Dr. [[PERSON:Fionnuala Ní Bhriain]]
        Consultant Rheumatologist, Galway University Hospitals

        Re: [[PERSON:Séamus Ó Conghaile]], DOB [[DATE_OF_BIRTH:03/09/1967]]
        Address: [[STREET_ADDRESS:7 Dunlo Hill, Ballinasloe, Co. Galway, H53 K2P8]]
        PPSN: [[NATIONAL_ID:8254163DA]]   Mobile: [[PHONE_NUMBER:087 341 9926]]

        Dear [[PERSON:Fionnuala]],

        Thank you for seeing [[PERSON:Séamus]], a 56-year-old dairy farmer, who has had six months of painful,
        swollen small joints in both hands, worst first thing in the morning. His CRP was 38 on
        [[DATE:12/02/2024]] and rheumatoid factor came back positive, so I suspect early
        [[HEALTH_CONDITION:rheumatoid arthritis]]. Background of [[HEALTH_CONDITION:psoriasis]] (skin only until
        now) and [[HEALTH_CONDITION:hypertension]], for which he takes [[HEALTH_CONDITION:amlodipine]] 5 mg daily.
        I started [[HEALTH_CONDITION:naproxen]] 500 mg BD with [[HEALTH_CONDITION:omeprazole]] cover last week
        with partial relief.

        He is worried about managing the milking. His wife, [[PERSON:Bríd]], is happy to drive him to
        appointments. I would be grateful if you could see him at your earliest convenience.

        Yours sincerely,

        Dr. [[PERSON:Cathal Mac Donncha]]
        MICGP
        """#,
        #"""
        NHS Lothian — Royal Infirmary of Edinburgh
        IMMEDIATE DISCHARGE LETTER

        Patient: [[PERSON:MCALLISTER, Morag Jean]]        CHI: [[MEDICAL_RECORD_NUMBER:1507624512]]
        DOB: [[DATE_OF_BIRTH:15/07/1962]]                 Ward: 108 (Acute Medical Unit)
        Address: [[STREET_ADDRESS:Flat 2F1, 19 Marchmont Crescent, Edinburgh EH9 1HJ]]
        GP: Dr [[PERSON:Iain Rennie]], Bruntsfield Medical Practice, [[PHONE_NUMBER:0131 228 6081]]

        Admitted: [[DATE:04/03/2024]]        Discharged: [[DATE:09/03/2024]]
        Consultant: Dr [[PERSON:Priya Raghunathan]]

        Diagnosis: [[HEALTH_CONDITION:Community-acquired pneumonia]] (right lower lobe), CURB-65 score 2
        Secondary: [[HEALTH_CONDITION:Acute kidney injury]] (stage 1), resolved.
        Known [[HEALTH_CONDITION:COPD]] and [[HEALTH_CONDITION:type 2 diabetes]].

        Summary: Mrs [[PERSON:McAllister]] presented with three days of [[HEALTH_CONDITION:productive cough]]
        and [[HEALTH_CONDITION:breathlessness]]. CXR showed right lower lobe consolidation. Treated with IV
        [[HEALTH_CONDITION:amoxicillin]] and [[HEALTH_CONDITION:clarithromycin]], stepped down to oral
        [[HEALTH_CONDITION:doxycycline]] on day 3. [[HEALTH_CONDITION:Metformin]] was withheld during the
        [[HEALTH_CONDITION:AKI]] and restarted on [[DATE:08/03/2024]] once creatinine was back to baseline.

        Medications on discharge:
        - [[HEALTH_CONDITION:Doxycycline]] 100 mg OD for 2 further days
        - [[HEALTH_CONDITION:Metformin]] 500 mg BD
        - [[HEALTH_CONDITION:Tiotropium]] 18 mcg inhaled OD
        - [[HEALTH_CONDITION:Salbutamol]] 100 mcg PRN

        Follow-up: repeat CXR in 6 weeks via GP. Daughter ([[PERSON:Kirsty]], [[PHONE_NUMBER:07700 900417]]) will
        collect prescriptions from the pharmacy.

        Completed by Dr [[PERSON:Ewan Drummond]], FY1, on [[DATE:09/03/2024]] at 15:40.
        """#,
        #"""
        KINGSTON PUBLIC HOSPITAL — ACCIDENT & EMERGENCY
        Triage time: 02:40   Category: 2 (Orange)   Bay 6

        Name: [[PERSON:Delroy Augustus Whyte]]        Hosp. No.: [[MEDICAL_RECORD_NUMBER:KPH-0458217]]
        DOB: [[DATE_OF_BIRTH:22/11/1989]]   Sex: M   TRN: [[NATIONAL_ID:118-402-375]]
        Address: [[STREET_ADDRESS:14 Lyndhurst Road, Kingston 5, Jamaica]]
        Next of kin: [[PERSON:Marcia Whyte]] (mother)
        Tel: [[PHONE_NUMBER:876-927-4418]] / cell [[PHONE_NUMBER:876-381-2204]]

        HPC: 34 y/o male motorcyclist brought in by JCF officers after a collision near Half Way Tree at
        approx. 01:50 on [[DATE:17/06/2024]]. Helmet worn. Painful, deformed L wrist. No LOC, no vomiting.
        PMH: [[HEALTH_CONDITION:sickle cell trait]], [[HEALTH_CONDITION:asthma]] (uses
        [[HEALTH_CONDITION:salbutamol]] inhaler PRN). NKDA.
        O/E: GCS 15/15. Dinner-fork deformity L wrist, NV intact distally.
        [[HEALTH_CONDITION:Abrasions]] to L forearm and knee.
        X-ray: [[HEALTH_CONDITION:Colles fracture]] of the left distal radius, displaced.
        Plan: [[HEALTH_CONDITION:morphine]] 4 mg IV given 02:55; closed reduction under regional block; POP
        backslab; ortho review in fracture clinic Monday. Police report no. 2024/KSA/1187 noted on chart.

        Seen by: Dr. [[PERSON:Tamika Reid-Campbell]] (SHO)  /  Nurse [[PERSON:Shevaun Gordon]]
        """#,
        #"""
        KORLE BU TEACHING HOSPITAL — DEPARTMENT OF LABORATORY MEDICINE, ACCRA
        Lab enquiries: [[PHONE_NUMBER:+233 30 267 4401]]

        Patient: [[PERSON:AMPONSAH, Akosua Serwaa]]      Folder No.: [[MEDICAL_RECORD_NUMBER:KBTH/24/118734]]
        Ghana Card: [[NATIONAL_ID:GHA-712450983-6]]           NHIS No.: [[MEMBER_NUMBER:60418827]]
        DOB: [[DATE_OF_BIRTH:09-04-1994]]     Clinic: Antenatal Clinic B (24/40, G2P1)
        Requesting clinician: Dr. [[PERSON:Kwame Boateng-Asante]]
        Collected: [[DATE:28-05-2024]] 08:15    Reported: [[DATE:28-05-2024]] 14:02

        HAEMATOLOGY
        Haemoglobin        8.9 g/dL    (L)   [11.0 – 15.0]
        MCV                68 fL       (L)   [80 – 100]
        Platelets          212 x10^9/L       [150 – 400]
        Sickling test      NEGATIVE

        PARASITOLOGY
        Malaria RDT        POSITIVE
        Blood film         Ring forms seen, parasitaemia ~1.2%

        SEROLOGY
        HBsAg / HIV 1+2 / VDRL      Non-reactive

        Comment: [[HEALTH_CONDITION:Microcytic anaemia]], most likely [[HEALTH_CONDITION:iron deficiency]].
        [[HEALTH_CONDITION:P. falciparum malaria]] confirmed on film — please treat per national guidelines for
        the second trimester ([[HEALTH_CONDITION:artemether-lumefantrine]]).
        Results phoned to Midwife [[PERSON:Efua Quaye]] on [[DATE:28-05-2024]] at 14:10.

        Verified by: [[PERSON:Emmanuel Tetteh-Mensah]], Biomedical Scientist (Staff ID [[EMPLOYEE_NUMBER:KB-04417]])
        """#,
        #"""
        صيدلية النور — El Nour Pharmacy, Heliopolis
        Pharmacist intervention note

        Date: [[DATE:14/01/2024]]
        Patient: [[PERSON:Mohamed Abdel-Rahman Soliman]]   ([[PERSON:محمد عبد الرحمن سليمان]])
        National ID: [[NATIONAL_ID:28503120104537]]
        Mobile: [[PHONE_NUMBER:+20 10 2345 6781]]
        Address: [[STREET_ADDRESS:18 El Merghany St., Heliopolis, Cairo 11341]]
        Prescriber: Dr. [[PERSON:Hany Fawzy]], Ain Shams University Hospitals

        Prescription presented for [[HEALTH_CONDITION:clopidogrel]] 75 mg once daily and
        [[HEALTH_CONDITION:omeprazole]] 40 mg once daily after a recent stent for
        [[HEALTH_CONDITION:unstable angina]]. Interaction flagged: [[HEALTH_CONDITION:omeprazole]] reduces
        activation of [[HEALTH_CONDITION:clopidogrel]]. Called Dr. [[PERSON:Fawzy]]'s clinic on
        [[PHONE_NUMBER:02 2482 9315]] at 11:20; agreed to switch to [[HEALTH_CONDITION:pantoprazole]] 40 mg.
        Also takes [[HEALTH_CONDITION:atorvastatin]] 40 mg, [[HEALTH_CONDITION:bisoprolol]] 5 mg and
        [[HEALTH_CONDITION:metformin]] 1 g twice daily for [[HEALTH_CONDITION:type 2 diabetes]].
        Counselled on bleeding signs and to avoid over-the-counter [[HEALTH_CONDITION:ibuprofen]].

        ملاحظة: تم إبلاغ المريض بتغيير الدواء، وزوجته السيدة [[PERSON:منى حسن]] ستستلم الدواء يوم [[DATE:15/01/2024]].

        Pharmacist on duty: Dr. [[PERSON:Nadia Girgis]] (shift 09:00–17:00, counter 2)
        """#,
        #"""
        ΦΥΣΙΚΟΘΕΡΑΠΕΥΤΗΡΙΟ «ΚΙΝΗΣΗ» — Physiotherapy progress note
        [[STREET_ADDRESS:Λεωφ. Κηφισίας 220, 152 31 Χαλάνδρι]]  |  Τηλ. [[PHONE_NUMBER:210 681 4472]]

        Ασθενής / Patient: [[PERSON:ΠΑΠΑΔΟΠΟΥΛΟΥ Ελένη]]
        Ημ. γέννησης: [[DATE_OF_BIRTH:12/03/1978]]     ΑΜΚΑ: [[NATIONAL_ID:12037801847]]
        Κινητό: [[PHONE_NUMBER:694 512 3387]]
        Παραπομπή από: Δρ. [[PERSON:Γιώργος Καραγιάννης]], ορθοπαιδικός

        Session 6 of 10 — [[DATE:19/04/2024]]
        Diagnosis: right [[HEALTH_CONDITION:frozen shoulder]] ([[HEALTH_CONDITION:adhesive capsulitis]]) after
        prolonged sling immobilisation for a [[HEALTH_CONDITION:proximal humerus fracture]] in January.
        Also [[HEALTH_CONDITION:hypothyroidism]], on [[HEALTH_CONDITION:levothyroxine]] 75 mcg.
        Subjective: night-time discomfort NRS 4/10 (was 7/10). Still struggles with hair-washing.
        Objective: active flexion 125°, abduction 95°, ER 25°. Passive ranges slightly better.
        Treatment: mobilisations grade III–IV, pendulum and wand exercises, TENS 15 min, home programme.
        Plan: continue 2x/week; review with Dr. [[PERSON:Καραγιάννης]] after session 10 (booked [[DATE:21/05/2024]]).

        Η ασθενής ενημερώθηκε για το πρόγραμμα ασκήσεων στο σπίτι.
        Φυσικοθεραπευτής: [[PERSON:Νίκος Σταυρόπουλος]]
        """#,
        #"""
        AVIZ MEDICAL DE RELUARE A ACTIVITĂȚII
        Cabinet Medicina Muncii MedLucru SRL
        [[STREET_ADDRESS:Str. Mihai Eminescu nr. 14, ap. 3, 400014 Cluj-Napoca]]  |  Tel. [[PHONE_NUMBER:0264 591 207]]

        Angajat: [[PERSON:POPESCU Andrei-Mihai]]
        CNP: [[NATIONAL_ID:1850716125781]]        Marca: [[EMPLOYEE_NUMBER:004512]]
        Angajator: Transilvania Logistic SRL, depozit Jucu — operator stivuitor
        Domiciliu: [[STREET_ADDRESS:Str. Fabricii nr. 22, bl. C4, sc. 2, ap. 15, 400620 Cluj-Napoca]]
        Telefon: [[PHONE_NUMBER:0745 218 903]]

        Concediu medical: [[DATE:05.02.2024]] – [[DATE:08.03.2024]]
        Diagnostic: [[HEALTH_CONDITION:hernie de disc lombară L4–L5]] ([[HEALTH_CONDITION:lumbar disc herniation]]),
        tratată conservator. Tratament curent: [[HEALTH_CONDITION:pregabalin]] 75 mg de două ori pe zi,
        [[HEALTH_CONDITION:diclofenac]] gel local.

        Aviz: APT CONDIȚIONAT pentru reluarea activității de la [[DATE:11.03.2024]].
        Restricții 6 săptămâni: fără ridicare de greutăți peste 10 kg, maximum 4 ore/tură pe stivuitor,
        pauză de 10 minute la fiecare 2 ore. Reevaluare pe [[DATE:22.04.2024]].

        Issued at the request of the employer's HR officer, Mrs. [[PERSON:Gabriela Vasile]].

        Dr. [[PERSON:Ioana Stănescu]], medic primar medicina muncii
        Data: [[DATE:07.03.2024]]
        """#,
        #"""
        Raportti / Nursing handover — Osasto 4B, Tampereen yliopistollinen sairaala
        Yövuoro → aamuvuoro, [[DATE:12.10.2024]] klo 06.45

        Huone 412, paikka 2
        Potilas: [[PERSON:Virtanen, Aino Marjatta]]   Hetu: [[NATIONAL_ID:150385-2470]]
        Syntynyt [[DATE_OF_BIRTH:15.3.1985]]
        Omainen: puoliso [[PERSON:Mikko Virtanen]], p. [[PHONE_NUMBER:040 718 2265]]

        Dg: [[HEALTH_CONDITION:akuutti haimatulehdus]] ([[HEALTH_CONDITION:acute pancreatitis]]), syynä
        [[HEALTH_CONDITION:sappikivet]] ([[HEALTH_CONDITION:gallstones]]) UÄ:ssä. Taustalla
        [[HEALTH_CONDITION:astma]] ja [[HEALTH_CONDITION:masennus]]; kotilääkkeinä [[HEALTH_CONDITION:sertraliini]]
        50 mg ja [[HEALTH_CONDITION:budesonidi-formoteroli]] inhal.

        Yö: kipu NRS 6 → 3 after [[HEALTH_CONDITION:oxycodone]] 5 mg s.c. at 02.10. IV-nesteet 125 ml/h jatkuu.
        Verensokeri 7.8. No nausea since 03.00. Nukkui n. 3 h.
        Labrat otettu 06.00 (CRP, amylaasi, lipaasi, PVK).

        To do: kirurgin kierto n. klo 9 — ERCP / kolekystektomia discussion. Syömättä siihen asti.
        Potilas toivoo, että tytär [[PERSON:Emma]] soitetaan ennen toimenpidettä: [[PHONE_NUMBER:050 392 6614]].

        Raportoi: sh [[PERSON:Jussi Lehtonen]] → vastaanottaa: sh [[PERSON:Hanna Korhonen]]
        """#,
        #"""
        PRÉVENTA asbl — Service externe de prévention et de protection au travail
        Rapport de consultation — visite de pré-reprise du travail

        Date de la visite : [[DATE:26/06/2024]]
        Travailleuse : [[PERSON:DUBOIS-LAMBERT, Sophie]]
        N° registre national : [[NATIONAL_ID:85.07.30-284.68]]
        Date de naissance : [[DATE_OF_BIRTH:30/07/1985]]
        Adresse : [[STREET_ADDRESS:Rue des Tanneurs 58, boîte 3, 1000 Bruxelles]]
        GSM : [[PHONE_NUMBER:+32 478 21 56 09]]
        Employeur : Brasserie Saint-Géry SA (Anderlecht) — n° de personnel [[EMPLOYEE_NUMBER:20-7731]]
        Mutualité : n° d'affiliée [[MEMBER_NUMBER:301-4478215-62]]

        Anamnèse : incapacité de travail du [[DATE:02/04/2024]] au [[DATE:23/06/2024]] pour un
        [[HEALTH_CONDITION:épisode dépressif majeur]] avec [[HEALTH_CONDITION:trouble anxieux généralisé]],
        suivie par le Dr [[PERSON:Olivier Peeters]] (psychiatre). Traitement actuel :
        [[HEALTH_CONDITION:escitalopram]] 15 mg/j, [[HEALTH_CONDITION:mirtazapine]] 15 mg le soir. Sommeil amélioré.

        Conclusions : apte à reprendre son poste de gestionnaire de commandes, avec reprise progressive
        (mi-temps médical pendant 4 semaines, pas de travail de nuit). Prochaine évaluation le [[DATE:29/07/2024]].
        Copie à Mme [[PERSON:Leen Vermeulen]], conseillère en prévention, avec l'accord de la travailleuse.

        Dr [[PERSON:Marc Van den Broeck]], médecin du travail
        """#,
        #"""
        HOSPITAL DEL SALVADOR — EPICRISIS
        Servicio de Medicina Interna, sala 3, cama 14

        Nombre: [[PERSON:Rodrigo Andrés Fuentealba Quezada]]      RUT: [[NATIONAL_ID:14.587.392-4]]
        Ficha clínica: [[MEDICAL_RECORD_NUMBER:0917734]]          Previsión: FONASA tramo B
        Fecha de nacimiento: [[DATE_OF_BIRTH:02/08/1971]]
        Domicilio: [[STREET_ADDRESS:Pasaje Los Aromos 1452, Villa Los Jardines, La Florida, Santiago]]
        Teléfono: [[PHONE_NUMBER:+56 9 7634 1290]]

        Fecha de ingreso: [[DATE:11/08/2024]]      Fecha de egreso: [[DATE:19/08/2024]]
        Médico tratante: Dra. [[PERSON:Constanza Muñoz Errázuriz]]

        Diagnósticos de egreso:
        1. [[HEALTH_CONDITION:Insuficiencia cardíaca descompensada]] (FEVI 30%)
        2. [[HEALTH_CONDITION:Fibrilación auricular]] de respuesta ventricular rápida
        3. [[HEALTH_CONDITION:Hipertensión arterial crónica]]
        4. [[HEALTH_CONDITION:Enfermedad renal crónica etapa 3a]]

        Evolución: ingresa por [[HEALTH_CONDITION:disnea]] progresiva y
        [[HEALTH_CONDITION:edema de extremidades inferiores]]. Se maneja con [[HEALTH_CONDITION:furosemida]]
        endovenosa, con balance negativo de 6 litros.
        Se inicia [[HEALTH_CONDITION:apixabán]] y control de frecuencia con [[HEALTH_CONDITION:bisoprolol]].

        Indicaciones: [[HEALTH_CONDITION:furosemida]] 40 mg c/12 h, [[HEALTH_CONDITION:espironolactona]] 25 mg/día,
        [[HEALTH_CONDITION:enalapril]] 5 mg c/12 h, [[HEALTH_CONDITION:bisoprolol]] 2,5 mg/día,
        [[HEALTH_CONDITION:apixabán]] 5 mg c/12 h. Control en policlínico de cardiología el [[DATE:02/09/2024]].
        Su hija, [[PERSON:Javiera Fuentealba]], recibió las indicaciones por escrito.
        """#,
        #"""
        HOSPITAL TENGKU AMPUAN RAHIMAH, KLANG — Emergency & Trauma Department
        Date: [[DATE:03/07/2024]]   Zone: Yellow   Time seen: 21:35   RN: [[MEDICAL_RECORD_NUMBER:HTAR-2024-0388154]]

        Name: [[PERSON:MUHAMMAD HAZIQ BIN ROSLAN]]        IC No.: [[NATIONAL_ID:870412-10-5523]]
        DOB: [[DATE_OF_BIRTH:12/04/1987]]      Sex: Male
        Address: [[STREET_ADDRESS:No. 23, Jalan Sungai Jati 3/KS7, Taman Sri Andalas, 41200 Klang, Selangor]]
        Tel: [[PHONE_NUMBER:012-347 6610]] (self)
             [[PHONE_NUMBER:016-228 9054]] (wife, [[PERSON:Nurul Ain binti Zakaria]])
        Employer: port logistics company, crane operator (staff no. [[EMPLOYEE_NUMBER:WP-11802]])

        c/o [[HEALTH_CONDITION:fever]] x 4 days, [[HEALTH_CONDITION:myalgia]], [[HEALTH_CONDITION:retro-orbital pain]],
        1 episode of [[HEALTH_CONDITION:vomiting]] today. No bleeding tendency.
        PMHx: [[HEALTH_CONDITION:G6PD deficiency]]. No regular meds. Allergy: [[HEALTH_CONDITION:sulfonamides]] (rash).
        O/E: T 38.6, BP 112/70, PR 104, CRT < 2s. Abdomen soft, non-tender. No hepatomegaly.
        Ix: Hb 15.1, HCT 46%, WBC 2.8, Plt 89. NS1 Ag positive.
        Imp: [[HEALTH_CONDITION:Dengue fever]], febrile phase, no warning signs.
        Plan: admit medical ward, IV NS 1.5 ml/kg/h, strict I/O chart, 6-hourly HCT,
        [[HEALTH_CONDITION:paracetamol]] 1 g QID PRN. Avoid [[HEALTH_CONDITION:NSAIDs]].
        Notification form sent to PKD Klang.

        MO: Dr. [[PERSON:Tan Wei Ling]] / Dr. [[PERSON:Saravanan a/l Muthusamy]]
        """#,
        #"""
        DHULIKHEL HOSPITAL — Kathmandu University Hospital
        Outpatient Problem List (updated [[DATE:2081/03/15]] B.S. = [[DATE:29/06/2024]] A.D.)

        Patient: [[PERSON:Sita Kumari Shrestha]]        Hospital No.: [[MEDICAL_RECORD_NUMBER:DH-781245]]
        Age/Sex: 58/F     DOB: [[DATE_OF_BIRTH:1966-02-14]]
        Citizenship No.: [[NATIONAL_ID:27-01-74-05123]]
        Address: [[STREET_ADDRESS:Ward No. 6, Banepa Municipality, Kavrepalanchok, Bagmati Province]]
        Phone: [[PHONE_NUMBER:9841-236570]] (son, [[PERSON:Bikash Shrestha]])
        Health Insurance Board ID: [[MEMBER_NUMBER:31-0457-8822]]

        Active problems
        1. [[HEALTH_CONDITION:Type 2 diabetes mellitus]] (since 2012) — [[HEALTH_CONDITION:metformin]] 1 g BD,
           [[HEALTH_CONDITION:glimepiride]] 2 mg OD
        2. [[HEALTH_CONDITION:Hypertension]] — [[HEALTH_CONDITION:amlodipine]] 10 mg OD
        3. [[HEALTH_CONDITION:Diabetic peripheral neuropathy]] — [[HEALTH_CONDITION:pregabalin]] 75 mg HS
        4. [[HEALTH_CONDITION:Chronic obstructive pulmonary disease]] (biomass smoke, indoor kitchen) —
           [[HEALTH_CONDITION:tiotropium]] inhaler
        5. [[HEALTH_CONDITION:Bilateral senile cataract]] — awaiting surgery at Tilganga Institute of Ophthalmology

        Resolved / past
        - [[HEALTH_CONDITION:Pulmonary tuberculosis]], treated 2008–2009 under DOTS, completed
        - Hysterectomy 2015 for [[HEALTH_CONDITION:uterine fibroids]]

        Next review: [[DATE:27/09/2024]] with Dr. [[PERSON:Rajendra Prasad Koirala]], OPD room 12.
        """#,
        #"""
        한빛대학교병원 진단검사의학과 — LABORATORY REPORT
        Hanbit University Hospital, Department of Laboratory Medicine

        등록번호 (Reg. No.): [[MEDICAL_RECORD_NUMBER:40218836]]     성명: [[PERSON:김지현]] / [[PERSON:KIM Ji-hyun]]
        주민등록번호: [[NATIONAL_ID:850315-2734511]]     생년월일: [[DATE_OF_BIRTH:1985-03-15]]   성별: F
        주소: [[STREET_ADDRESS:서울특별시 송파구 올림픽로35길 104, 302동 1105호 (05551)]]
        연락처: [[PHONE_NUMBER:010-4821-7736]]
        의뢰의: [[PERSON:박성민]] (내분비내과)
        검체 채취: [[DATE:2024-09-23]] 07:52    보고: [[DATE:2024-09-23]] 11:30

        Test                   Result     Unit      Reference
        TSH                    0.01       mIU/L     0.4–4.0     ▼
        Free T4                3.42       ng/dL     0.9–1.7     ▲
        TSH receptor Ab        12.6       IU/L      <1.75       ▲
        Anti-TPO Ab            88         IU/mL     <34         ▲

        Interpretation: consistent with [[HEALTH_CONDITION:Graves' disease]] ([[HEALTH_CONDITION:hyperthyroidism]]).
        Patient currently on [[HEALTH_CONDITION:methimazole]] 10 mg (started [[DATE:2024-09-09]]) and
        [[HEALTH_CONDITION:propranolol]] 20 mg TID for [[HEALTH_CONDITION:palpitations]].
        Critical value (FT4) notified to [[PERSON:박성민]] 교수 via EMR message at 11:34.
        Verified by [[PERSON:이수진]] (임상병리사, 사번 [[EMPLOYEE_NUMBER:H-20931]])
        """#,
        #"""
        ISBAR handover — Ward 7 (Medical), Waikato Hospital, [[DATE:28/02/2024]] 1900
        I: [[PERSON:Hemi Tamatea Walker]], 67M, NHI [[MEDICAL_RECORD_NUMBER:ZKP4172]], DOB [[DATE_OF_BIRTH:05/11/1956]]
        Address: [[STREET_ADDRESS:14 Kowhai Street, Frankton, Hamilton 3204]]
        NOK: wife [[PERSON:Aroha]], [[PHONE_NUMBER:021 448 3916]]

        S: Day 2 of admission with [[HEALTH_CONDITION:cellulitis]] R lower leg,
        on IV [[HEALTH_CONDITION:flucloxacillin]] 2 g 6-hourly.
        B: [[HEALTH_CONDITION:Gout]] (on [[HEALTH_CONDITION:allopurinol]] 300 mg), [[HEALTH_CONDITION:T2DM]] on
        [[HEALTH_CONDITION:insulin glargine]] 24 units nocte + [[HEALTH_CONDITION:metformin]]. Ex-smoker, lives with
        wife, mobilises with frame. Seen by Dr [[PERSON:Sarah Fong]] (reg) this afternoon.
        A: Obs stable, T 37.6 at 1600. Erythema margin marked with pen — receding ~2 cm since morning.
        BGLs 11–14, one [[HEALTH_CONDITION:hypoglycaemic episode]] (3.6) at 1130 treated with juice.
        Pain 3/10 with [[HEALTH_CONDITION:paracetamol]].
        R: Continue IV abx until review tomorrow; if still improving switch to oral
        [[HEALTH_CONDITION:flucloxacillin]]. BGL at 2200 & 0300. Whānau hui booked [[DATE:01/03/2024]] at 1000 with
        social worker [[PERSON:Mereana Te Huia]] re home supports. Heels pink but blanching — keep offloaded.

        Handed over by RN [[PERSON:Jessica Pereira]] → RN [[PERSON:Tomasi Fifita]]
        """#,
        #"""
        TSEUNG KWAN O HOSPITAL — DISCHARGE SUMMARY (出院摘要)
        Hospital No.: [[MEDICAL_RECORD_NUMBER:HN24018852-7]]     Specialty: Surgery, Ward 7C, Bed 21

        Name: [[PERSON:WONG Siu Ming, Kelvin]] ([[PERSON:黃兆明]])     HKID: [[NATIONAL_ID:K482915(8)]]
        Sex/Age: M/72      DOB: [[DATE_OF_BIRTH:18-09-1951]]
        Address: [[STREET_ADDRESS:Flat 12B, Block 3, Ocean Shores, 88 O King Road, Tseung Kwan O, New Territories]]
        Contact: [[PHONE_NUMBER:9123 4578]] (daughter, Ms. [[PERSON:Wong Wing Yee, Winnie]])

        Admission: [[DATE:05-05-2024]] (via A&E)     Discharge: [[DATE:10-05-2024]]
        Principal diagnosis: [[HEALTH_CONDITION:Acute calculous cholecystitis]]
        Other diagnoses: [[HEALTH_CONDITION:Atrial fibrillation]] on [[HEALTH_CONDITION:warfarin]];
        [[HEALTH_CONDITION:benign prostatic hyperplasia]]
        Procedure: Laparoscopic cholecystectomy on [[DATE:07-05-2024]], after INR reversal with
        [[HEALTH_CONDITION:vitamin K]].

        Course: Presented with [[HEALTH_CONDITION:RUQ pain]] and [[HEALTH_CONDITION:fever]]. USG showed
        [[HEALTH_CONDITION:gallstones]] with a thickened GB wall. IV [[HEALTH_CONDITION:Augmentin]], then operated.
        Uneventful recovery. [[HEALTH_CONDITION:Warfarin]] resumed POD1 with [[HEALTH_CONDITION:enoxaparin]]
        bridging until INR ≥ 2.0 (INR 1.8 on [[DATE:09-05-2024]]).

        Discharge medications: [[HEALTH_CONDITION:warfarin]] 3 mg daily, [[HEALTH_CONDITION:tamsulosin]] 0.4 mg nocte,
        [[HEALTH_CONDITION:paracetamol]] 500 mg QID PRN.
        Follow-up: SOPC Surgery in 6 weeks; Anticoagulation clinic [[DATE:13-05-2024]].
        MO: Dr. [[PERSON:Leung Ka Ho]]
        """#,
    ]

    /// A thirty-fourth set of everyday texts, written blind to DataGuard's rules.
    static let thirtyFourthEveryday: [String] = [
        #"""
        hiya can u help me write a formal grievance?? im so fed up. im a care assistant at Glan Tâf care home
        in pontypridd and my manager [[PERSON:sian prothero]] keeps changing my shifts with like 2 hrs notice.
        on [[DATE:14th march]] she put me on a double (7am-10pm) then docked my pay when i went home early cos of
        my [[HEALTH_CONDITION:migraines]], i have a letter from my gp about it. my details r:

        name: [[PERSON:rhiannon bevan-jones]]
        staff no: [[EMPLOYEE_NUMBER:GT-2281]]
        ni number: [[NATIONAL_ID:JT 48 29 17 B]]
        addr: [[STREET_ADDRESS:22 Heol y Nant, Trallwn, Pontypridd CF37 4DL]]
        mob [[PHONE_NUMBER:07700 900482]]

        my union rep is [[PERSON:gareth]] from unison, he said put it in writing within 3 months of the
        [[DATE:14/03]]. the rota co-ordinator [[PERSON:dafydd]] said it wasnt his call either. can u make it sound
        proper but not too angry lol. oh and mention i take [[HEALTH_CONDITION:propranolol]] for the
        [[HEALTH_CONDITION:migraines]] so back to back doubles r a real problem. ta x
        """#,
        #"""
        Group: "Tanty Merle 80th 🎉"

        [[PERSON:Kezia Ramdass]] (9:14 pm): Allyuh, reminder — Tanty [[PERSON:Merle]] birthday lime is
        Saturday [[DATE:27th July]] by the house, [[STREET_ADDRESS:41 Eastern Main Road, Tunapuna]]. Reach by 4 eh
        [[PERSON:Darren]] (9:15 pm): who bringing the pelau?? not me again
        [[PERSON:Kezia Ramdass]] (9:17 pm): Auntie [[PERSON:Indira]] doing pelau and macaroni pie. [[PERSON:Darren]]
        you on drinks
        [[PERSON:Vishal Maharaj]] (9:20 pm): I go pick up Tanty from Mt Hope after she dialysis, she does finish
        by 1
        [[PERSON:Kezia Ramdass]] (9:21 pm): ok good. remember she have [[HEALTH_CONDITION:diabetes]] so no sweet
        drink for she, and not too much salt cause of the [[HEALTH_CONDITION:kidney failure]]
        [[PERSON:Darren]] (9:24 pm): ok ok. Send me Uncle [[PERSON:Clive]] number, I going by him for the tent
        [[PERSON:Vishal Maharaj]] (9:25 pm): [[PHONE_NUMBER:1-868-763-4402]] he cell. Or the house
        [[PHONE_NUMBER:1-868-662-1193]]
        [[PERSON:Kezia Ramdass]] (9:31 pm): Also [[PERSON:Kimberly]] say she coming from NY on [[DATE:25 July]],
        flight land 10pm
        [[PERSON:darren]] (9:33 pm): 🙌🏾 big family ting. ah go carry the cooler
        """#,
        #"""
        From: [[PERSON:Brian Ssekandi]] <[[EMAIL_ADDRESS:b.ssekandi@kampalacoffee.co.ug]]>
        To: Payroll <[[EMAIL_ADDRESS:payroll@kampalacoffee.co.ug]]>
        Cc: [[PERSON:Harriet Nabukenya]] <[[EMAIL_ADDRESS:hnabukenya@gmail.com]]>
        Date: Mon, [[DATE:8 Apr 2024]] 10:42 +0300
        Subject: Salary advance + change of mobile money number

        Dear Payroll Team,

        Kindly note that my MTN Mobile Money number has changed from [[PHONE_NUMBER:0772 418 903]] to
        [[PHONE_NUMBER:+256 701 562 334]], effective this month. Please update my record
        (Employee No. [[EMPLOYEE_NUMBER:KCE/0617]], NIN [[NATIONAL_ID:CM85012104XHKA]]).

        I also request a salary advance of UGX 600,000 to clear my wife's bill at Mengo Hospital. She was
        admitted on [[DATE:3rd April]] with [[HEALTH_CONDITION:severe malaria]] and is now recovering at home.
        The discharge form is attached. [[PERSON:Harriet]] (copied) is my wife and next of kin.

        The deduction can be spread over three months starting from May payroll.

        Kind regards,
        [[PERSON:Brian Ssekandi]]
        Warehouse Supervisor, Kampala Coffee Exporters Ltd
        [[STREET_ADDRESS:Plot 14, Nakawa Industrial Area, P.O. Box 7721, Kampala]]
        Tel: [[PHONE_NUMBER:+256 414 235 870]]
        """#,
        #"""
        STEWARD NOTES — Grievance meeting
        National Engineering Workers' Union, Bulawayo Branch        Grievance ref: BYO-G-24/031

        Member: [[PERSON:MOYO, Tendai Blessing]]          Union membership no.: [[MEMBER_NUMBER:NEWU-088142]]
        Works no.: [[EMPLOYEE_NUMBER:3307-B]]                       National ID: [[NATIONAL_ID:08-723415 K 21]]
        Home: [[STREET_ADDRESS:1147 Nketa 6, Bulawayo]]     Cell: [[PHONE_NUMBER:+263 77 241 6093]]
        Meeting: [[DATE:12/09/2024]], 14:00, HR boardroom

        Present: [[PERSON:T. Moyo]] (member); [[PERSON:Nomsa Dube]] (shop steward, me); Mr. [[PERSON:Farai Chikwanha]]
        (HR officer); Mr. [[PERSON:Pieter van der Merwe]] (production manager)

        Issue: Member got a final written warning on [[DATE:02/09/2024]] for "absence without leave" from
        [[DATE:26/08/2024]] to [[DATE:28/08/2024]]. He says he phoned supervisor [[PERSON:Sibusiso Ncube]] at 06:10 on
        [[DATE:26/08]] to report he was taken to Mpilo Hospital with a suspected [[HEALTH_CONDITION:TB relapse]].
        Clinic card shows he was restarted on [[HEALTH_CONDITION:rifampicin]]/[[HEALTH_CONDITION:isoniazid]].
        HR says no medical certificate was received within 48 hrs.

        Steward position: clause 12.4 of the CBA allows late submission where hospitalisation is proven.
        Asked for warning to be withdrawn and days treated as sick leave. HR to respond by [[DATE:19/09/2024]].

        Next: get copy of Mpilo admission record; call [[PERSON:Tendai]]'s wife [[PERSON:Rutendo]] on
        [[PHONE_NUMBER:+263 71 902 3348]] to confirm the times.
        — [[PERSON:N. Dube]]
        """#,
        #"""
        HR Service Desk — Ticket #HRSD-118402
        Category: Leave & Attendance > Sick leave extension        Priority: Medium
        Opened: [[DATE:05/11/2024]] 09:12 by [[PERSON:Lina Haddad]] (HR Business Partner)

        Employee: [[PERSON:Omar Khaled Al-Masri]]  |  Employee ID: [[EMPLOYEE_NUMBER:AMN-20457]]
        National No.: [[NATIONAL_ID:9871023456]]  |  Mobile: [[PHONE_NUMBER:+962 79 561 2840]]
        Department: Customer Care, Amman HQ (Shmeisani), floor 4

        Description:
        [[PERSON:Omar]] submitted a report from Dr. [[PERSON:Rana Obeidat]] (Khalidi Hospital) recommending 14 more
        days of sick leave, [[DATE:06/11/2024]] to [[DATE:19/11/2024]], after ureteroscopy for
        [[HEALTH_CONDITION:kidney stones]]. He is on [[HEALTH_CONDITION:tamsulosin]] and
        [[HEALTH_CONDITION:diclofenac]] and cannot sit for long periods.
        He also asks that salary be paid to his new Arab Bank account from December payroll:
        IBAN [[IBAN_CODE:JO66 ARAB 1180 0000 0011 8206 5745 00]]

        ملاحظة من الموظف: أرجو عدم مشاركة التقرير الطبي مع فريق العمل.

        Internal notes
        11:40 – [[PERSON:Yousef]] (Payroll): IBAN matches stamped bank letter. Approved for December run.
        12:05 – [[PERSON:Lina]]: Sick leave uploaded, line manager [[PERSON:Dana Saleh]] informed. Closing ticket.
        """#,
        #"""
        From: [[PERSON:Noa Ben-David]] <[[EMAIL_ADDRESS:noa.bendavid@tikshoret-plus.co.il]]>
        To: HR <[[EMAIL_ADDRESS:hr@tikshoret-plus.co.il]]>
        Subject: בקשה לחופשה / Leave request – miluim + shiva

        שלום [[PERSON:מיכל]],

        Sorry for the short notice, I need to request leave for two things:

        1. Reserve duty (מילואים) — I got a Tzav 8 call-up for [[DATE:17/03/2024]] until [[DATE:04/04/2024]].
           The certificate is attached.
        2. My grandfather, [[PERSON:Yitzhak Rosenthal]] z"l, passed away last night. The funeral is tomorrow,
           [[DATE:11/03/2024]], and we are sitting shiva at my parents' home,
           [[STREET_ADDRESS:Rehov HaNasi 45, apt 6, Haifa 3463402]], until [[DATE:18/03]]. Yes, it overlaps with
           the miluim, it's a mess.

        For the form: ת.ז. [[NATIONAL_ID:034567891]], employee no. [[EMPLOYEE_NUMBER:7731]].
        While I'm away my partner [[PERSON:Amit Levi-Cohen]] can be reached on [[PHONE_NUMBER:052-613-4480]].

        תודה רבה,
        [[PERSON:נועה בן-דוד]]
        [[PERSON:Noa Ben-David]] | QA Team Lead | Tikshoret Plus Ltd.
        Tel: [[PHONE_NUMBER:+972 3 765 2210 ext. 214]] | Mobile: [[PHONE_NUMBER:+972 54 889 1307]]
        """#,
        #"""
        [[PERSON:Kovácsné Szabó Katalin]]
        Bérbeadó / Landlord
        [[STREET_ADDRESS:1137 Budapest, Pozsonyi út 38. III. em. 2.]]
        Tel.: [[PHONE_NUMBER:+36 30 512 8847]]

        Címzett / To: Mr. [[PERSON:Daniel O'Connor]]
        [[STREET_ADDRESS:1066 Budapest, Teréz körút 24. 4. em. 11.]]

        Budapest, [[DATE:2024. június 3.]]

        Tárgy / Re: Bérleti díj emelése / Rent increase

        Dear Mr. [[PERSON:O'Connor]],

        A [[DATE:2022. szeptember 1.]] napján kötött bérleti szerződés 5. pontja alapján értesítem, hogy
        [[DATE:2024. július 1.]]-től a havi bérleti díj 260 000 Ft-ról 285 000 Ft-ra emelkedik.
        (In short: under clause 5 of our lease the rent rises to HUF 285,000 from [[DATE:1 July]].)

        Please continue to pay by the 5th of each month to my OTP account:
        IBAN [[IBAN_CODE:HU79 1177 3016 2048 3915 0000 0000]], közlemény: "Teréz 4/11 bérleti díj".

        For your employer's housing allowance form you asked for my tax number: adóazonosító jel
        [[NATIONAL_ID:8391047261]].

        The boiler was serviced on [[DATE:15 May]] by [[PERSON:Tamás]] from Fűtés-Szerviz Kft.; next check is due
        in a year. If anything breaks, please call me rather than email.

        Üdvözlettel / Kind regards,
        [[PERSON:Kovácsné Szabó Katalin]]
        """#,
        #"""
        Ticket PAY-24-0912-047 | Status: In progress | Priority: Normal
        Requester: [[PERSON:Lucia Horváthová]] (osobné číslo [[EMPLOYEE_NUMBER:051274]])
        Assigned to: Payroll – [[PERSON:Peter Kováč]]
        Created: [[DATE:12.09.2024]] 07:58

        Dobrý deň [[PERSON:Peter]],
        my August payslip (výplatná páska) is missing the night-shift allowance for 4 shifts,
        [[DATE:05.08.2024]]–[[DATE:08.08.2024]], and the days [[DATE:19.08.2024]]–[[DATE:23.08.2024]] show as unpaid
        absence. I was on PN — MUDr. [[PERSON:Mária Šimková]] sent the ePN electronically, the diagnosis was
        [[HEALTH_CONDITION:akútna bronchitída]] and she prescribed [[HEALTH_CONDITION:Augmentin]].

        Please also change my salary account from October:
        IBAN: [[IBAN_CODE:SK44 0900 0000 0050 2847 1936]]
        Rodné číslo (the bank form asks for it): [[NATIONAL_ID:865218/4475]]
        Kontakt: [[PHONE_NUMBER:+421 905 318 442]], [[EMAIL_ADDRESS:lucia.horvathova@kovohuty-vychod.sk]]
        Ďakujem, [[PERSON:Lucia]]

        — Reply from [[PERSON:Peter Kováč]], 10:15:
        Ahoj [[PERSON:Lucia]], the ePN is visible in the Sociálna poisťovňa portal, so the sick days will be
        corrected in the September run (first 3 days at 25 %, then 55 %). Night allowance: supervisor
        [[PERSON:Juraj Baláž]] has to confirm the shifts in the attendance system first. Account change noted.
        """#,
        #"""
        ŽIVOTOPIS / CURRICULUM VITAE

        [[PERSON:Ivana Marković Kuzmić]]
        [[STREET_ADDRESS:Ilica 145, 10000 Zagreb, Hrvatska]]
        Mob: [[PHONE_NUMBER:+385 91 534 7210]]  |  E-mail: [[EMAIL_ADDRESS:ivana.markovic.kuzmic@gmail.com]]
        Datum rođenja: [[DATE_OF_BIRTH:23. 06. 1991.]]  |  OIB: [[NATIONAL_ID:69472815301]]
        Vozačka dozvola: B kategorija

        PROFIL
        Koordinatorica logistike s 8 godina iskustva u distribuciji hrane i planiranju transporta.
        Fluent in English and German (B2), SAP MM, Excel (Power Query).

        RADNO ISKUSTVO
        2019 – danas   Koordinatorica otpreme, Podravka d.d., Koprivnica / Zagreb
                       - planning 40+ daily routes, cutting empty kilometres by 12 %
        2016 – 2019    Referentica u skladištu, Konzum, Zagreb

        OBRAZOVANJE
        2010 – 2015    Ekonomski fakultet, Sveučilište u Zagrebu — mag. oec.

        REFERENCE
        [[PERSON:Zoran Babić]], voditelj skladišta — [[PHONE_NUMBER:+385 48 651 234]]
        [[PERSON:Martina Horvat]], HR — [[EMAIL_ADDRESS:martina.horvat@logistika-primjer.hr]]
        """#,
        #"""
        ZAPISNIK / MINUTES — Sednica sindikalnog odbora
        Samostalni sindikat, fabrika nameštaja "Novi Dom" d.o.o., Kragujevac
        Datum: [[DATE:14.05.2024]], 16:00, sala 3

        Prisutni: [[PERSON:Dragan Petrović]] (predsednik), [[PERSON:Jelena Stojanović]] (zapisničar),
        [[PERSON:Miloš Đorđević]], [[PERSON:Snežana Ilić]], [[PERSON:Aleksandar „Aca“ Nikolić]];
        gost: [[PERSON:Marija Kostić]] (HR)
        Odsutni: [[PERSON:Vesna Janković]] (opravdano)

        1. Povreda na radu — [[PERSON:Zoran Lazić]], radni broj [[EMPLOYEE_NUMBER:4471]],
           JMBG [[NATIONAL_ID:1203985720012]].
           Dana [[DATE:29.04.2024]] pala mu je paleta na nogu u hali za završnu obradu:
           [[HEALTH_CONDITION:prelom metatarzalne kosti]] leve noge. Poslodavac nije podneo izveštaj o povredi
           na radu u roku. Zaključak: [[PERSON:Miloš]] i [[PERSON:Marija Kostić]] da do [[DATE:20.05.2024]] obezbede
           kopiju izveštaja za RFZO.
        2. Fond solidarnosti — jednoglasno odobreno 30.000 RSD [[PERSON:Snežani Ilić]] za lečenje sina
           [[PERSON:Luke]] ([[HEALTH_CONDITION:dijabetes tip 1]], potrebni senzori za insulinsku pumpu).
        3. Razno — [[PERSON:Aca]] traži da se klima u sali 3 popravi pre leta.

        Sledeća sednica: [[DATE:11.06.2024]] u 16:00.
        Zapisnik vodila: [[PERSON:Jelena Stojanović]]
        """#,
        #"""
        АТ «Дніпро Кредит Банк» / JSC Dnipro Credit Bank
        Відділення №14, [[STREET_ADDRESS:просп. Свободи, 9, м. Львів, 79008]]
        Гаряча лінія: [[PHONE_NUMBER:0 800 500 450]]

        Вих. № 14/2281-К від [[DATE:23.07.2024]]

        Кому: [[PERSON:Коваленко Оксана Петрівна]]
        Адреса: [[STREET_ADDRESS:вул. Шевченка, 17, кв. 42, м. Львів, 79005]]
        РНОКПП: [[NATIONAL_ID:3187204565]]      Тел.: [[PHONE_NUMBER:+380 67 412 8830]]

        Шановна пані [[PERSON:Оксано]]! / Dear Ms. [[PERSON:Kovalenko]],

        Повідомляємо, що [[DATE:22.07.2024]] о 23:47 за Вашою карткою [[CREDIT_CARD:4149 4958 3172 0467]] було
        зафіксовано спробу оплати на суму 18 400 грн в інтернет-магазині за межами України. З метою безпеки
        картку заблоковано. We blocked the card after a suspicious online payment attempt.

        Кошти на Вашому рахунку [[IBAN_CODE:UA25 3052 9900 0002 6207 6831 4509 2]] у безпеці. Нову картку можна
        отримати у відділенні з паспортом після [[DATE:29.07.2024]]. Якщо операцію здійснювали Ви, зателефонуйте
        на гарячу лінію.

        З повагою,
        [[PERSON:Андрій Мельник]], менеджер з обслуговування клієнтів
        """#,
        #"""
        GRIEVANCE FORM — Retail & Service Workers' Union, Kaunas branch            Form no. KN-2024-118

        1. MEMBER NAME: [[PERSON:JANKAUSKIENĖ, RASA]]
        2. UNION MEMBERSHIP NO.: [[MEMBER_NUMBER:LPS-0472913]]
        3. ASMENS KODAS: [[NATIONAL_ID:48204150326]]
        4. EMPLOYER / STORE: PrekėsPlius UAB, store no. 112, [[STREET_ADDRESS:Savanorių pr. 255, Kaunas]]
        5. EMPLOYEE NO.: [[EMPLOYEE_NUMBER:112-00871]]
        6. HOME ADDRESS: [[STREET_ADDRESS:VYTAUTO PR. 31-14, LT-44352 KAUNAS]]
        7. PHONE: [[PHONE_NUMBER:+370 612 48395]]     EMAIL: [[EMAIL_ADDRESS:rasa.jank@inbox.lt]]
        8. DATE(S) OF INCIDENT: [[DATE:2024-10-03]], [[DATE:2024-10-07]]
        9. SUPERVISOR: [[PERSON:MINDAUGAS PETRAUSKAS]] (STORE MANAGER)
        10. DESCRIPTION:
        Management refused my request for a chair at checkout no. 4, despite a note from my doctor
        ([[HEALTH_CONDITION:varicose veins]], 3 weeks after treatment). On [[DATE:2024-10-07]] I was told I
        would be moved to night shelving if I "could not stand like everyone else". My colleague
        [[PERSON:GIEDRĖ BALČIŪNAITĖ]] was present and heard this.
        11. REMEDY SOUGHT: chair at checkout as per medical note; written apology; no change of shifts.

        Member signature: [[PERSON:R. Jankauskienė]]     Steward: [[PERSON:Tomas Žukauskas]]
        Received: [[DATE:2024-10-09]]
        """#,
        #"""
        Gruppechat: "Blågårdsgade 🏠"

        [[PERSON:Mads]]: hej alle, husk at udlejer kommer og kigger på fugtskaden torsdag d. [[DATE:16/5]] kl 10
        [[PERSON:Freja]]: jeg er på arbejde, kan en af jer være hjemme?
        [[PERSON:Ahmad]]: jeg kan godt. btw var hos lægen i går, det er [[HEALTH_CONDITION:astma]] 🙄 så den
        skimmel skal væk asap
        [[PERSON:Freja]]: åh nej 😟 fik du noget medicin?
        [[PERSON:Ahmad]]: ja [[HEALTH_CONDITION:ventoline]] og noget [[HEALTH_CONDITION:pulmicort]]
        [[PERSON:Mads]]: jeg skriver til ham nu. [[PERSON:Henrik Sørensen]] ikke? [[PHONE_NUMBER:28 41 77 03]]
        [[PERSON:Sofie]]: ja det er ham. kontrakten står i mit navn, så hvis han skal bruge cpr er det
        [[NATIONAL_ID:070495-1836]]
        [[PERSON:Sofie]]: og adressen er [[STREET_ADDRESS:Blågårdsgade 12, 3. th., 2200 København N]] hvis nogen spørger
        [[PERSON:Freja]]: tak [[PERSON:sofie]] ❤️
        [[PERSON:Mads]]: og husk at overføre husleje andel til [[PERSON:sofie]] inden d. [[DATE:1/6]]
        [[PERSON:Sofie]]: [[IBAN_CODE:DK37 3000 4071 8934 52]] 🙏 (eller mobilepay [[PHONE_NUMBER:+45 31 62 90 17]])
        """#,
        #"""
        Von: [[PERSON:Reto Brunner]] <[[EMAIL_ADDRESS:reto.brunner@bluewin.ch]]>
        An: Personaldienst Alpina Logistik AG <[[EMAIL_ADDRESS:personal@alpina-logistik.ch]]>
        Betreff: Unfallmeldung & Lohnkonto – Pers.-Nr. [[EMPLOYEE_NUMBER:30-5518]]

        Grüezi Frau [[PERSON:Keller]]

        Wie telefonisch besprochen, hier die Angaben für die Unfallmeldung an die SUVA (Nichtberufsunfall):

        - Name: [[PERSON:Brunner, Reto Andreas]]
        - Geburtsdatum: [[DATE_OF_BIRTH:04.11.1979]]
        - AHV-Nr.: [[NATIONAL_ID:756.4839.2716.02]]
        - Adresse: [[STREET_ADDRESS:Rosenbergstrasse 31, 9000 St. Gallen]]
        - Unfall: Samstag, [[DATE:20.01.2024]], ca. 14:30, Skipiste Flumserberg
        - Diagnose gemäss Dr. med. [[PERSON:Beatrice Imhof]]: [[HEALTH_CONDITION:VKB-Ruptur]] rechts mit
          [[HEALTH_CONDITION:Meniskusläsion]]

        Ich bin voraussichtlich bis [[DATE:15.03.2024]] zu 100 % arbeitsunfähig; das Arztzeugnis liegt bei.
        Zurzeit nehme ich [[HEALTH_CONDITION:Ibuprofen]] und [[HEALTH_CONDITION:Xarelto]] (Thromboseprophylaxe).

        Ab nächstem Monat bitte den Lohn auf mein neues Konto überweisen:
        IBAN [[IBAN_CODE:CH04 0070 0110 0047 8263 9]] (Zürcher Kantonalbank)

        Freundliche Grüsse
        [[PERSON:Reto Brunner]]
        Disponent, Alpina Logistik AG
        Tel. [[PHONE_NUMBER:+41 71 222 48 90]] | Mobile [[PHONE_NUMBER:+41 79 614 23 58]]
        """#,
        #"""
        Grup WhatsApp: Admin Produksi Line 3 — PT Sinar Tekstil

        [[PERSON:Wulan Sari]]: Pak [[PERSON:Hendra]], maaf mau izin, anak saya [[PERSON:Rizky]] dirawat di
        RS Hasan Sadikin sejak kemarin, kena [[HEALTH_CONDITION:DBD]] ([[HEALTH_CONDITION:demam berdarah]]).
        sy harus jaga di RS 🙏
        [[PERSON:Hendra]] (HRD): Semoga cepat sembuh ya Bu. Tolong kirim surat dokter + data utk klaim BPJS
        [[PERSON:Wulan Sari]]: NIK [[NATIONAL_ID:3273014506880002]], No. BPJS Kesehatan [[MEMBER_NUMBER:0001428837165]]
        (anak: [[MEMBER_NUMBER:0001428837190]])
        [[PERSON:Wulan Sari]]: alamat [[STREET_ADDRESS:Jl. Cibadak No. 87 RT 03/RW 05, Astanaanyar, Bandung 40241]]
        [[PERSON:Hendra]] (HRD): ID karyawan?
        [[PERSON:Wulan Sari]]: [[EMPLOYEE_NUMBER:STB-1147]], masuk RS tgl [[DATE:21/02/2024]]
        [[PERSON:Hendra]] (HRD): ok, cuti [[DATE:22/02]] – [[DATE:24/02]] sy input dulu.
        Nanti Bu [[PERSON:Dewi]] dari payroll hubungi ibu di [[PHONE_NUMBER:0812-2047-3381]] ya
        [[PERSON:Wulan Sari]]: siap pak, makasih banyak
        [[PERSON:dewi]] payroll: bu [[PERSON:wulan]], rekening gaji tetap BCA yg lama kan?
        [[PERSON:Wulan Sari]]: iya bu [[PERSON:dewi]], tetap. nanti surat dokter sy foto jam 5 sore
        """#,
        #"""
        ok so im filling the direct deposit form for my new job at the warehouse (Gulf Coast Fulfillment in
        houston) and my english for paperwork is not great, can you check if i put everything right?? gracias

        nombre: [[PERSON:Yesenia Carolina Ospina Restrepo]]
        SSN: [[US_SSN:529-74-2086]]
        DOB: [[DATE_OF_BIRTH:07/19/1990]]
        address: [[STREET_ADDRESS:8420 Bellaire Blvd Apt 214, Houston, TX 77036]]
        phone [[PHONE_NUMBER:(713) 555-0148]] (my cel)
        routing # [[US_ROUTING_NUMBER:311076480]]
        account # [[US_BANK_ACCOUNT:48821907735]] checking, 100%
        employee id from the agency: [[EMPLOYEE_NUMBER:GCF-77310]], start date [[DATE:03/04/2024]]

        also the health plan card came, member ID [[MEMBER_NUMBER:XGH884213907]], is that what i put for my
        daughter [[PERSON:Valentina]] too? she has [[HEALTH_CONDITION:asthma]] and takes
        [[HEALTH_CONDITION:montelukast]] every night so i need it working before her appointment.
        la verdad no entiendo lo de "allocation %".

        and my supervisor [[PERSON:travis boudreaux]] says the uniform store needs a card for the boots deposit ($45),
        is it safe to send [[CREDIT_CARD:5376 1042 8831 9754]] exp 09/27 by email to them?? my cousin [[PERSON:Marisol]]
        says never do that lol
        """#,
    ]
}
