extension BlindTexts {
    /// A thirty-second set of clinical texts, written blind to DataGuard's rules.
    static let thirtySecondClinical: [String] = [
        #"""
        CHRISTCHURCH HOSPITAL – EMERGENCY DEPARTMENT
        ED CLINICAL RECORD
        Pt: [[PERSON:Aroha Tipene-Walker]]   NHI: [[MEDICAL_RECORD_NUMBER:ZHT4826]]   DOB: [[DATE_OF_BIRTH:09/02/1994]]
        Address: [[STREET_ADDRESS:14 Kowhai Street, Riccarton, Christchurch 8011]]
        NOK: [[PERSON:Mere Tipene]] (mother) [[PHONE_NUMBER:021 487 2290]]
        Arrived [[DATE:17/08/2025]] 02:40 via St John. Triage cat 3.
        PC: SOB + wheeze x 2/7, worse overnight, using reliever q1h.
        PMHx: [[HEALTH_CONDITION:asthma]] since childhood (1x ICU adm age 12), [[HEALTH_CONDITION:eczema]].
        Smoker ~5/day.
        Meds: [[HEALTH_CONDITION:Symbicort]] 200/6 2 puffs BD, [[HEALTH_CONDITION:salbutamol]] PRN. NKDA.
        O/E: RR 28, SpO2 91% RA, HR 118, T 37.9. Speaking in phrases. Widespread exp wheeze, no focal signs.
        Imp: acute severe exacerbation of [[HEALTH_CONDITION:asthma]] ?viral trigger.
        Plan: b2b nebs [[HEALTH_CONDITION:salbutamol]] 5mg + [[HEALTH_CONDITION:ipratropium]] 500mcg x3,
        [[HEALTH_CONDITION:prednisone]] 40mg PO stat, CXR, VBG, r/v 1h.
        04:10 much improved, RR 20, SpO2 96% RA, minimal wheeze. CXR NAD.
        Admit to short stay for obs. [[HEALTH_CONDITION:Pred]] 40mg OD x5/7. Smoking cessation referral offered,
        pt keen.
        GP Dr [[PERSON:Hemi Parata]] (Riccarton Medical Centre) to be notified on discharge.
        [[PERSON:S. Lindqvist]], ED Registrar
        """#,
        #"""
        Ballinamore Medical Practice
        [[STREET_ADDRESS:Main Street, Mallow, Co. Cork P51 K2F8]]
        Tel: [[PHONE_NUMBER:(022) 21873]]   Fax: [[PHONE_NUMBER:(022) 21874]]

        [[DATE:3 March 2025]]
        Dr [[PERSON:Niamh Gallagher]]
        Consultant Rheumatologist, Rheumatology Outpatients, Cork University Hospital

        Re: [[PERSON:Pádraig Ó Súilleabháin]], DOB [[DATE_OF_BIRTH:22/11/1968]]
        [[STREET_ADDRESS:22 Castle Road, Mallow, Co. Cork P51 X7D4]]
        PPSN [[NATIONAL_ID:6834215B]]   GMS card no. [[MEDICAL_RECORD_NUMBER:C48217365]]
        Mobile [[PHONE_NUMBER:087 418 2265]]

        Dear [[PERSON:Niamh]],
        Thank you for seeing this 56-year-old farmer with a four-month history of symmetrical small-joint pain
        in both hands and morning stiffness lasting over an hour. CRP 34, RF positive, anti-CCP pending.
        I suspect early [[HEALTH_CONDITION:rheumatoid arthritis]]. He also has [[HEALTH_CONDITION:type 2 diabetes]]
        (HbA1c 58) and [[HEALTH_CONDITION:hypertension]].
        Current medication: [[HEALTH_CONDITION:metformin]] 1 g BD, [[HEALTH_CONDITION:ramipril]] 5 mg OD,
        [[HEALTH_CONDITION:naproxen]] 500 mg BD (started [[DATE:14/02/2025]], partial relief only).
        I would be grateful for your assessment and consideration of DMARD therapy. He is happy to be contacted
        directly on the mobile above and can travel at short notice.
        Yours sincerely,
        Dr [[PERSON:Ciarán Brennan]] MICGP
        """#,
        #"""
        LYNNWOOD RIDGE PRIVATE HOSPITAL — DISCHARGE SUMMARY
        Patient: [[PERSON:Thabo Mokoena]]          ID No: [[NATIONAL_ID:8204175124080]]
        Date of birth: [[DATE_OF_BIRTH:1982-04-17]]    Hosp No: [[MEDICAL_RECORD_NUMBER:LRP-0419873]]
        Medical aid: Discovery Health – Classic Comprehensive   Member no: [[MEDICAL_RECORD_NUMBER:198374625]]   Dep: 00
        Admitted: [[DATE:2025-06-02]]   Discharged: [[DATE:2025-06-07]]   Attending: Dr [[PERSON:R. Naidoo]] (Physician)

        DIAGNOSES
        1. [[HEALTH_CONDITION:Community-acquired pneumonia]], right lower lobe (CURB-65: 1)
        2. [[HEALTH_CONDITION:HIV]] on ART – VL < 50 copies/mL on [[DATE:2025-01-15]], CD4 412

        COURSE
        IV [[HEALTH_CONDITION:ceftriaxone]] 2 g daily + oral [[HEALTH_CONDITION:azithromycin]] 500 mg daily x 3 days.
        Afebrile from day 3, stepped down to oral [[HEALTH_CONDITION:amoxicillin-clavulanate]] on day 4.
        Sputum GeneXpert negative x 2. Sats 97% on room air at discharge.

        DISCHARGE MEDICATION
        - [[HEALTH_CONDITION:Augmentin]] 875/125 mg bd for 5 more days
        - [[HEALTH_CONDITION:TLD]] 1 tablet daily – continue, no interruption during admission
        - [[HEALTH_CONDITION:Paracetamol]] 1 g 6-hourly prn

        FOLLOW-UP: GP Dr [[PERSON:L. van der Merwe]] within 1 week; repeat CXR in 6 weeks.
        Patient contact: [[PHONE_NUMBER:082 417 3390]] / [[STREET_ADDRESS:17 Jacaranda Ave, Lynnwood, Pretoria 0081]]
        """#,
        #"""
        [Virtual Care Session — transcript export]
        Session ID: VC-2025-118842   Date: [[DATE:2025-11-04]]   Client IP: [[IP_ADDRESS:99.231.48.17]]
        Patient: [[PERSON:Madison Tremblay]] | OHIP: [[MEDICAL_RECORD_NUMBER:6182-045-739-KT]]
        DOB: [[DATE_OF_BIRTH:1990-07-12]]
        Clinician: Dr. [[PERSON:Farhan Qureshi]], MD CCFP

        [19:02] [[PERSON:Madison T.]]: hi, I've had burning when I pee since Saturday and now a dull ache
        in my right lower back
        [19:03] Dr. [[PERSON:Qureshi]]: Sorry to hear that. Any fever, chills, nausea? Could you be pregnant?
        [19:04] [[PERSON:Madison T.]]: no fever, 37.4 this morning. not pregnant, on [[HEALTH_CONDITION:Alesse]].
        allergic to [[HEALTH_CONDITION:Septra]] btw
        [19:05] Dr. [[PERSON:Qureshi]]: Thanks, noted. Any previous kidney problems or infections like this?
        [19:05] [[PERSON:Madison T.]]: had one in 2023 I think
        [19:06] Dr. [[PERSON:Qureshi]]: This sounds like a [[HEALTH_CONDITION:urinary tract infection]]. Because of
        the back pain I want to rule out a kidney infection, so please drop a urine sample at the lab tomorrow
        morning. I'm sending [[HEALTH_CONDITION:nitrofurantoin]] 100 mg twice daily for 5 days to your pharmacy.
        [19:07] [[PERSON:Madison T.]]: the one on Queen St W pls. my cell is [[PHONE_NUMBER:647-382-1947]] if they
        need it
        [19:08] Dr. [[PERSON:Qureshi]]: Done. Lab requisition sent to [[EMAIL_ADDRESS:madi.tremblay90@outlook.com]].
        If you get a fever over 38.5, vomiting or worse back pain, go to the ED.
        [19:08] [[PERSON:Madison T.]]: ok thank you!!
        """#,
        #"""
        POLYCLINIC PHARMACY — MEDICATION COUNSELLING RECORD
        Date: [[DATE:21 Jan 2025]]
        Name: [[PERSON:Tan Wei Ling]]   NRIC: [[NATIONAL_ID:S7834126B]]
        Case no: [[MEDICAL_RECORD_NUMBER:CP25-0081937]]
        Address: [[STREET_ADDRESS:Blk 312 Clementi Ave 4, #08-215, Singapore 120312]]   HP: [[PHONE_NUMBER:9748 2216]]
        Dx: [[HEALTH_CONDITION:T2DM]], [[HEALTH_CONDITION:HLD]], [[HEALTH_CONDITION:CKD stage 3a]] (eGFR 52)
        New Rx: [[HEALTH_CONDITION:empagliflozin]] 10mg OM (added by Dr [[PERSON:Goh Boon Kiat]])
        Cont: [[HEALTH_CONDITION:metformin]] 500mg BD (reduced from 850mg BD), [[HEALTH_CONDITION:atorvastatin]] 20mg ON
        Counselled: genital hygiene, hydration, withhold on sick days (vomiting/diarrhoea), sick-day leaflet given.
        Pt asked about taking bitter gourd capsules – advised to inform doctor, monitor CBG.
        Daughter [[PERSON:Lim Hui Min]] present, will assist with weekly pillbox.
        Contact [[PHONE_NUMBER:+65 8261 0475]].
        Next TCU [[DATE:15/04/2025]] with HbA1c, RP.
        Pharmacist: [[PERSON:Nur Aisyah bte Rahman]]
        """#,
        #"""
        FAKULTNÍ NEMOCNICE — INTERNÍ KLINIKA
        PROPOUŠTĚCÍ ZPRÁVA
        Pacientka: [[PERSON:Jana Dvořáková]]   RČ: [[NATIONAL_ID:715618/4123]]   Pojišťovna: 111
        Bydliště: [[STREET_ADDRESS:Nádražní 1184/22, 702 00 Ostrava]]   Tel.: [[PHONE_NUMBER:+420 603 281 447]]
        Hospitalizace: [[DATE:12. 5. 2025]] – [[DATE:19. 5. 2025]]
        Č. chorobopisu: [[MEDICAL_RECORD_NUMBER:2025/041877]]

        Dg.: [[HEALTH_CONDITION:Plicní embolie]] bilat., hemodynamicky stabilní (I26.9)
             [[HEALTH_CONDITION:Hluboká žilní trombóza]] v. poplitea l. sin.
             [[HEALTH_CONDITION:Obezita]] II. st. (BMI 37)

        Anamnéza: 3 dny progredující námahová dušnost, otok a bolest LDK. Před 6 týdny artroskopie menisku,
        užívá kombinovanou hormonální antikoncepci.
        Terapie za hosp.: [[HEALTH_CONDITION:enoxaparin]] 1 mg/kg s.c. á 12 h,
        poté převedena na [[HEALTH_CONDITION:apixaban]].
        Doporučení: [[HEALTH_CONDITION:Eliquis]] 5 mg 1-0-1 nejméně 3 měsíce, vysadit kombinovanou antikoncepci.
        Kontrola v angiologické ambulanci [[DATE:23. 6. 2025]], zvážit vyšetření trombofilních stavů.

        Praktický lékař: MUDr. [[PERSON:Petr Svoboda]], [[STREET_ADDRESS:Hlavní tř. 35, 708 00 Ostrava-Poruba]]
        Vypracovala: MUDr. [[PERSON:Tereza Horáková]], sekundární lékařka
        """#,
        #"""
        ΚΕΝΤΡΟ ΥΓΕΙΑΣ — ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ
        Ημερομηνία: [[DATE:08/10/2025]]
        Ασθενής: [[PERSON:Γεώργιος Παπαδόπουλος]] του [[PERSON:Δημητρίου]]
        Ημ. γέννησης: [[DATE_OF_BIRTH:14/07/1983]]   ΑΜΚΑ: [[NATIONAL_ID:14078302817]]   ΑΦΜ: [[NATIONAL_ID:128473956]]
        Διεύθυνση: [[STREET_ADDRESS:Εγνατίας 112, 546 30 Θεσσαλονίκη]]   Κιν.: [[PHONE_NUMBER:694 512 3378]]
        Προς: Καρδιολογική Κλινική

        Άνδρας 42 ετών με προκάρδιο άλγος κατά την κόπωση από 3 εβδομάδες, υποχωρεί με την ανάπαυση.
        Ιστορικό: [[HEALTH_CONDITION:αρτηριακή υπέρταση]], [[HEALTH_CONDITION:δυσλιπιδαιμία]], καπνιστής 20 π/έτη.
        ΗΚΓ ηρεμίας: φλεβοκομβικός ρυθμός, χωρίς ισχαιμικές αλλοιώσεις.
        Αγωγή: [[HEALTH_CONDITION:Amlodipine]] 5 mg 1x1, [[HEALTH_CONDITION:Rosuvastatin]] 10 mg 1x1.
        Πιθανή διάγνωση: [[HEALTH_CONDITION:σταθερή στηθάγχη]].
        Παρακαλώ για δοκιμασία κοπώσεως και καρδιολογική εκτίμηση.

        Η ιατρός
        [[PERSON:Ελένη Κωνσταντινίδου]], Γενική Ιατρός
        """#,
        #"""
        UNIDADE BÁSICA DE SAÚDE VILA MARIANA
        ATESTADO MÉDICO

        Atesto, para os devidos fins, que a Sra. [[PERSON:Luana Cristina Ferreira dos Santos]],
        CPF [[NATIONAL_ID:528.193.746-46]], Cartão Nacional de Saúde nº [[MEDICAL_RECORD_NUMBER:702 4083 1956 2217]],
        residente à [[STREET_ADDRESS:Rua Domingos de Morais, 1508, apto 72 – Vila Mariana, São Paulo – SP, 04010-100]],
        telefone [[PHONE_NUMBER:(11) 98472-3316]], foi atendida nesta unidade em [[DATE:27/05/2025]], devendo permanecer
        afastada de suas atividades laborais por 3 (três) dias a partir desta data, por motivo de doença.
        CID-10: J11.1 ([[HEALTH_CONDITION:influenza]]) — a paciente autorizou a informação do CID.
        Prescrição: [[HEALTH_CONDITION:dipirona]] 500 mg de 6/6h se dor ou febre; [[HEALTH_CONDITION:oseltamivir]]
        75 mg de 12/12h por 5 dias.

        São Paulo, [[DATE:27 de maio de 2025]].

        Dr. [[PERSON:Rafael Mendes Albuquerque]]
        Médico de Família e Comunidade
        Contato da unidade: [[PHONE_NUMBER:(11) 5084-2713]]
        """#,
        #"""
        مركز النيل للأشعة التشخيصية
        تقرير أشعة مقطعية على البطن والحوض بالصبغة
        اسم المريض: [[PERSON:محمود عبد الرحمن السيد]]     السن: 33 سنة
        الرقم القومي: [[NATIONAL_ID:29205140104385]]     رقم الملف: [[MEDICAL_RECORD_NUMBER:NR-2025-07731]]
        تاريخ الفحص: [[DATE:2025/09/18]]     الطبيب المحول: د. [[PERSON:هشام فؤاد]]
        الموبايل: [[PHONE_NUMBER:0100 228 4771]]

        الدواعي: ألم بالجانب الأيمن أسفل البطن مع ارتفاع في درجة الحرارة منذ يومين.
        النتائج:
        - الزائدة الدودية متضخمة (قطرها 11 مم) مع ارتشاح بالدهون المحيطة، ولا يوجد تجمع سائل.
        - الكبد طبيعي الحجم مع انخفاض في الكثافة يتفق مع [[HEALTH_CONDITION:الكبد الدهني]].
        - جسم عالي الكثافة 4 مم بالكلية اليسرى دون تمدد بالحالب.
        - الطحال والبنكرياس والمرارة بحالة طبيعية.
        الانطباع:
        1. [[HEALTH_CONDITION:التهاب الزائدة الدودية الحاد]] غير المضاعف.
        2. [[HEALTH_CONDITION:حصوة بالكلية اليسرى]] غير معوقة.
        يرجى المتابعة مع الجراح المعالج.
        د. [[PERSON:نجلاء عبد العزيز]] — استشاري الأشعة التشخيصية
        """#,
        #"""
        โรงพยาบาลสามเสนเวช — ห้องปฏิบัติการเทคนิคการแพทย์
        รายงานผลการตรวจทางห้องปฏิบัติการ
        ชื่อ-สกุล: นาง[[PERSON:สุภาพร แก้วมณี]]   HN: [[MEDICAL_RECORD_NUMBER:64-018273]]   เพศ: หญิง
        เลขประจำตัวประชาชน: [[NATIONAL_ID:1-1037-02845-61-2]]   วันเกิด: [[DATE_OF_BIRTH:03/11/2531]]  อายุ 37 ปี
        ที่อยู่: [[STREET_ADDRESS:88/12 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400]]
        โทร [[PHONE_NUMBER:089-412-7730]]
        แพทย์ผู้สั่ง: นพ.[[PERSON:ธนวัฒน์ ศรีสุข]]   วันที่เก็บสิ่งส่งตรวจ: [[DATE:14/08/2568]] เวลา 07:45
        ข้อมูลทางคลินิก: ใจสั่น น้ำหนักลด 5 กก. ใน 2 เดือน สงสัย [[HEALTH_CONDITION:Graves' disease]]

        รายการตรวจ            ผล          ค่าอ้างอิง         หน่วย
        TSH                   <0.01  L    0.27 - 4.20        µIU/mL
        Free T4               3.85   H    0.93 - 1.70        ng/dL
        Free T3               9.10   H    2.00 - 4.40        pg/mL
        TRAb                  12.4   H    < 1.75             IU/L
        WBC                   6.8         4.0 - 10.0         x10^3/µL
        ALT                   38          0 - 33             U/L

        หมายเหตุ: แจ้งผลค่าวิกฤตแก่แพทย์ทางโทรศัพท์แล้ว
        ผู้รายงานผล: [[PERSON:กมลวรรณ ทองดี]]   ผู้ตรวจสอบ: [[PERSON:ปิยะพงษ์ อินทร์แก้ว]]
        """#,
        #"""
        미소드림치과의원 — 진료기록부
        환자명: [[PERSON:김서연]]   주민등록번호: [[NATIONAL_ID:790521-2473811]]   차트번호: [[MEDICAL_RECORD_NUMBER:D-20418]]
        연락처: [[PHONE_NUMBER:010-4827-3916]]
        주소: [[STREET_ADDRESS:서울특별시 마포구 성산로 128, 105동 1203호 (03972)]]
        내원일: [[DATE:2025.03.11]]
        C.C.) 하악 좌측 어금니 씹을 때 통증, 찬물에 시림 (2주)
        P.H.) [[HEALTH_CONDITION:고혈압]] – [[HEALTH_CONDITION:암로디핀]] 5mg 복용 중, [[HEALTH_CONDITION:페니실린]] 알레르기
        #36 O/Cl) 원심 인접면 우식, 타진 (+), 냉 자극 후 통증 30초 이상 지속
        X-ray) 치수에 근접한 [[HEALTH_CONDITION:치아우식증]]
        Dx) #36 [[HEALTH_CONDITION:비가역적 치수염]]
        Tx) 2% [[HEALTH_CONDITION:리도카인]] (1:100,000 epi) 1.8cc 침윤마취, 발수 및 근관 확대, 임시 충전
        Med) [[HEALTH_CONDITION:클린다마이신]] 150mg tid 3일 ([[HEALTH_CONDITION:페니실린]] 알레르기로 대체),
        [[HEALTH_CONDITION:이부프로펜]] 400mg prn
        다음 예약: [[DATE:2025.03.18]] 14:30 근관충전
        담당의: [[PERSON:박준혁]] / 치위생사: [[PERSON:이하늘]]
        """#,
        #"""
        Городская поликлиника № 11, г. Алматы
        Үйге шақыру бойынша педиатр қарауы / Осмотр педиатра на дому
        Дата: [[DATE:05.02.2025]]   № амб. карты: [[MEDICAL_RECORD_NUMBER:11-048273]]
        Ребёнок: [[PERSON:Сейткали Айша Нурлановна]], дата рождения [[DATE_OF_BIRTH:19.03.2016]],
        ИИН [[NATIONAL_ID:160319602150]]
        Мать: [[PERSON:Сейткали Динара Маратовна]], тел. [[PHONE_NUMBER:+7 701 482 1936]]
        Адрес: [[STREET_ADDRESS:г. Алматы, мкр. Аксай-4, д. 87, кв. 44]]
        Жалобы: температура до 38,9 °С в течение 2 суток, кашель, насморк, снижение аппетита.
        Анамнез: привита по календарю; в 2023 г. перенесла [[HEALTH_CONDITION:ветряную оспу]].
        Аллергоанамнез не отягощён.
        Объективно: состояние средней тяжести. Зев гиперемирован, миндалины без налётов.
        В лёгких дыхание жёсткое, хрипов нет. ЧДД 24, ЧСС 112, SpO2 98%.
        Диагноз: [[HEALTH_CONDITION:ОРВИ]], [[HEALTH_CONDITION:острый ринофарингит]].
        Назначено: [[HEALTH_CONDITION:парацетамол]] 250 мг при t > 38,5 °С, не чаще 4 раз в сутки; обильное питьё;
        промывание носа солевым раствором; [[HEALTH_CONDITION:Називин]] 0,025% по 1 капле 2 раза в день 5 дней.
        Справка в школу с [[DATE:05.02.2025]]. Повторный осмотр [[DATE:08.02.2025]].
        Участковый педиатр: [[PERSON:Ким Елена Викторовна]]
        """#,
        #"""
        KLINIKI YA AFYA YA MAMA NA MTOTO – KAUNTI YA KISUMU
        Kadi ya Mahudhurio ya Kliniki ya Wajawazito (ANC)
        Jina la mama: [[PERSON:Akinyi Grace Odhiambo]]   Namba ya ANC: [[MEDICAL_RECORD_NUMBER:ANC/KSM/2025/0418]]
        Kitambulisho: [[NATIONAL_ID:28471936]]   SHA: [[MEDICAL_RECORD_NUMBER:SHA-7720193846]]
        Umri: 27   Tarehe ya kuzaliwa: [[DATE_OF_BIRTH:11/06/1998]]   Simu: [[PHONE_NUMBER:0722 418 903]]
        Anwani: [[STREET_ADDRESS:S.L.P. 4127-40100, Kisumu]]   Kijiji: Nyalenda B
        Mume/Mwenzi: [[PERSON:Brian Ouma]]   Simu: [[PHONE_NUMBER:+254 733 610 284]]
        G3 P2+0   LMP: [[DATE:02/03/2025]]   EDD: [[DATE:07/12/2025]]

        Ziara ya 3 – [[DATE:18/07/2025]]: Umri wa mimba wiki 19+6. BP 128/84, Hb 9.8 g/dL, uzito 64 kg.
        Vipimo vya damu: vyote hasi (negative). Mtoto anacheza vizuri, mapigo ya moyo 148/dak.
        Tathmini: [[HEALTH_CONDITION:upungufu wa damu]] ([[HEALTH_CONDITION:anaemia]]) wa wastani.
        Dawa: [[HEALTH_CONDITION:Ferrous sulphate]] 200 mg mara 2 kwa siku, [[HEALTH_CONDITION:folic acid]]
        5 mg kila siku, [[HEALTH_CONDITION:Fansidar]] (IPTp) dozi ya pili imetolewa leo. Chandarua kimetolewa.
        Ushauri: kula mboga za majani, maharagwe na ini; kurudi mara moja kama kuna damu au maumivu makali.
        Ziara ijayo: [[DATE:15/08/2025]]
        Mhudumu: Nurse [[PERSON:Mary Wanjiku]], RN
        """#,
        #"""
        आरोग्य मेडिकल एंड जनरल स्टोर, गोमती नगर, लखनऊ
        फार्मासिस्ट टिप्पणी / दवा वितरण पर्ची
        दिनांक: [[DATE:12-09-2025]]
        मरीज़ का नाम: [[PERSON:सुनीता देवी वर्मा]]   आयु: 58 वर्ष
        पता: [[STREET_ADDRESS:मकान नं. 27, विभूति खंड, गोमती नगर, लखनऊ 226010]]
        मोबाइल: [[PHONE_NUMBER:+91 98390 41726]]
        आधार: [[NATIONAL_ID:7392 5184 0626]]   ABHA संख्या: [[MEDICAL_RECORD_NUMBER:91-4827-3615-0942]]
        डॉक्टर: डॉ. [[PERSON:अनिल कुमार श्रीवास्तव]] (MD मेडिसिन)
        निदान (पर्चे अनुसार): [[HEALTH_CONDITION:मधुमेह]], [[HEALTH_CONDITION:उच्च रक्तचाप]]
        दी गई दवाइयाँ:
        1. [[HEALTH_CONDITION:Glimepiride]] 1 mg + [[HEALTH_CONDITION:Metformin]] 500 mg — सुबह नाश्ते से पहले,
        30 गोलियाँ
        2. [[HEALTH_CONDITION:Telmisartan]] 40 mg — रात को 1, 30 गोलियाँ
        3. [[HEALTH_CONDITION:Atorvastatin]] 10 mg — रात को 1, 30 गोलियाँ
        टिप्पणी: मरीज़ ने बताया कि पिछले हफ़्ते दो बार चक्कर और पसीना आया — शुगर कम होने के लक्षण।
        डॉक्टर से फ़ोन पर बात की ([[PHONE_NUMBER:0522 471 3380]]); [[HEALTH_CONDITION:ग्लिमेपिराइड]] की
        खुराक पर पुनर्विचार हेतु सलाह दी।
        बेटे [[PERSON:राहुल]] को ग्लूकोमीटर इस्तेमाल करना समझाया।
        फार्मासिस्ट: [[PERSON:मोहम्मद इरफ़ान]]
        """#,
        #"""
        Mielenterveys- ja päihdepalvelut, psykiatrian poliklinikka
        HOITOKÄYNTI — psykiatrinen sairaanhoitaja
        Potilas: [[PERSON:Aino Marjatta Korhonen]]   Hetu: [[NATIONAL_ID:140387-274R]]
        Osoite: [[STREET_ADDRESS:Mannerheimintie 84 B 12, 00250 Helsinki]]   Puh. [[PHONE_NUMBER:040 718 2264]]
        Käyntipäivä: [[DATE:2.10.2025]]
        Tulosyy: seurantakäynti, [[HEALTH_CONDITION:keskivaikea masennustila]] (F32.1),
        [[HEALTH_CONDITION:yleistynyt ahdistuneisuushäiriö]] (F41.1).
        Nykytila: Kuvaa mielialaa "vähän paremmaksi kuin elokuussa". Nukkuu 6–7 h, heräilee aamuyöllä.
        Ruokahalu palautunut. Osa-aikatyössä (50 %) [[DATE:1.9.2025]] alkaen. Itsetuhoisia ajatuksia tai
        suunnitelmia ei ole.
        BDI-21: 19 (edellinen 27).
        Lääkitys: [[HEALTH_CONDITION:essitalopraami]] 15 mg 1x1, ei haittavaikutuksia;
        [[HEALTH_CONDITION:Ketipinor]] 25 mg tarvittaessa nukahtamiseen, käyttää n. 2 x/vko.
        Suunnitelma: lääkitys jatkuu, LL [[PERSON:Mikko Salminen]] arvioi annoksen [[DATE:16.10.2025]].
        Omainen: puoliso [[PERSON:Juha Korhonen]] tietää hoidosta, potilaan luvalla
        yhteystieto [[PHONE_NUMBER:050 392 4418]].
        Kirjaaja: [[PERSON:Sanna Heikkilä]], psykiatrinen sairaanhoitaja
        """#,
        #"""
        מרכז רפואי שער הצפון
        זימון לתור
        תאריך: [[DATE:22/07/2025]]
        לכבוד
        גב' [[PERSON:אורית בן-דוד]]
        [[STREET_ADDRESS:רחוב הרצל 47, דירה 6]]
        [[STREET_ADDRESS:חיפה 3303117]]
        ת.ז.: [[NATIONAL_ID:315284695]]   מס' תיק: [[MEDICAL_RECORD_NUMBER:2318477]]

        הנדון: תור למרפאת אנדוקרינולוגיה
        שלום רב,
        נקבע לך תור אצל ד"ר [[PERSON:יעקב מזרחי]] ביום ראשון, [[DATE:10/08/2025]], בשעה 09:15, במרפאות החוץ,
        בניין B קומה 2.
        סיבת ההפניה: [[HEALTH_CONDITION:תת-פעילות של בלוטת התריס]] ובירור קשרית בבלוטה.
        נא להביא: הפניה (טופס 17) מקופת החולים, תוצאות בדיקות דם אחרונות (TSH, FT4) ורשימת תרופות.
        אם את נוטלת [[HEALTH_CONDITION:אלטרוקסין]], יש ליטול את המנה כרגיל בבוקר התור.
        תזכורת תישלח לטלפון [[PHONE_NUMBER:052-738-4419]] יומיים לפני התור.
        לביטול או שינוי: [[PHONE_NUMBER:04-854-2710]], א'-ה' 08:00-15:00.
        בברכה,
        מוקד זימון תורים
        """#,
    ]

    /// A thirty-second set of everyday texts, written blind to DataGuard's rules.
    static let thirtySecondEveryday: [String] = [
        #"""
        Pennine Valley Logistics Ltd
        [[STREET_ADDRESS:Unit 4, Parkway Industrial Estate, Sheffield S9 3BL]]

        [[DATE:14 October 2025]]
        PRIVATE & CONFIDENTIAL
        Mr [[PERSON:Daniel Okafor-Hughes]]
        [[STREET_ADDRESS:41 Beaconsfield Road]]
        [[STREET_ADDRESS:Sheffield S11 8YU]]
        Payroll no: [[EMPLOYEE_NUMBER:PVL-00734]]     NI number: [[NATIONAL_ID:JT 48 21 73 B]]

        Dear [[PERSON:Daniel]],
        Re: Return to work on phased hours
        Following your meeting with [[PERSON:Karen Whitfield]] (Occupational Health) on [[DATE:9 October 2025]],
        I am pleased to confirm your return to work from Monday [[DATE:20 October 2025]] on a phased basis: four-hour
        shifts for two weeks, then six hours, returning to full contracted hours from [[DATE:17 November 2025]].
        The adjustments recommended after your [[HEALTH_CONDITION:lumbar disc prolapse]] will be in place, and you will
        not be asked to carry out manual handling above 10 kg until your next review. Statutory Sick Pay for
        [[DATE:2 September 2025]] to [[DATE:19 October 2025]] will appear on your October payslip.
        If you have any questions, please contact me on [[PHONE_NUMBER:0114 496 0732]] or at
        [[EMAIL_ADDRESS:j.marsden@penninevalley-logistics.co.uk]].

        Yours sincerely,
        [[PERSON:Joanne Marsden]]
        HR Business Partner
        """#,
        #"""
        LONE STAR PEDIATRIC THERAPY, PLLC
        EMPLOYEE DIRECT DEPOSIT AUTHORIZATION

        Employee name: [[PERSON:Brittany A. Castellanos]]          Employee ID: [[EMPLOYEE_NUMBER:E-20417]]
        SSN: [[US_SSN:518-74-2093]]          Date of birth: [[DATE_OF_BIRTH:03/27/1991]]
        Home address: [[STREET_ADDRESS:1842 Willow Creek Dr, Plano, TX 75024]]
        Phone: [[PHONE_NUMBER:(469) 382-7716]]     Email: [[EMAIL_ADDRESS:bcastellanos91@yahoo.com]]

        ACCOUNT 1 (primary)    [x] Checking   [ ] Savings
        Bank name: Frontier Community Credit Union
        Routing number (9 digits): [[US_ROUTING_NUMBER:322071788]]
        Account number: [[US_BANK_ACCOUNT:4410382917]]
        Amount: [x] Remaining net pay

        ACCOUNT 2              [ ] Checking   [x] Savings
        Routing number: [[US_ROUTING_NUMBER:111900866]]     Account number: [[US_BANK_ACCOUNT:000738215564]]
        Amount: $150.00 per pay period

        I authorize Lone Star Pediatric Therapy, PLLC to deposit my pay into the account(s) above and, if necessary,
        to debit entries made in error. Please attach a voided check for each account.
        Signature: [[PERSON:Brittany A. Castellanos]]          Date: [[DATE:08/04/2025]]
        For payroll use only — entered by: [[PERSON:D. Whitaker]]   Effective pay date: [[DATE:08/22/2025]]
        """#,
        #"""
        RESIDENTIAL TENANCY AGREEMENT (NSW) — PART A: PARTICULARS
        Agreement made on: [[DATE:28 June 2025]]
        Landlord: [[PERSON:Georgios Kourakis]]
        Landlord's address for service: [[STREET_ADDRESS:PO Box 612, Rockdale NSW 2216]]
        Landlord's agent: Inner West Property Co. — contact [[PERSON:Priya Raman]], [[PHONE_NUMBER:(02) 9560 4418]],
        [[EMAIL_ADDRESS:priya@innerwestproperty.com.au]]
        Tenant 1: [[PERSON:Liam O'Connor]]   Phone: [[PHONE_NUMBER:0412 758 330]]   Email:
        [[EMAIL_ADDRESS:liam.oconnor@outlook.com]]
        Tenant 2: [[PERSON:Mei Chen]]   Phone: [[PHONE_NUMBER:0433 190 264]]
        Residential premises: [[STREET_ADDRESS:3/27 Albert Street, Marrickville NSW 2204]]
        Included: one car space (no. 3), dishwasher, blinds.
        Term: 12 months, starting on [[DATE:5 July 2025]] and ending on [[DATE:4 July 2026]]
        Rent: $780 per week, payable fortnightly in advance via the agent's online rent portal.
        Rental bond: $3,120, to be lodged with NSW Fair Trading.
        Maximum number of occupants: 2
        Urgent repairs — nominated tradespeople:
          Electrical: [[PERSON:Dave Pemberton]] [[PHONE_NUMBER:0400 615 972]]
          Plumbing: Sparrow Plumbing [[PHONE_NUMBER:1300 772 769]]
        The tenant agrees to keep the premises free of pets unless the landlord consents in writing.
        """#,
        #"""
        [Live chat — PrimeTrust Bank customer care]
        [10:14] Agent [[PERSON:Tobi]]: Good morning, thank you for contacting PrimeTrust Bank. How may I help you today?
        [10:15] Customer: Good morning. Someone used my debit card for two online payments last night I did not make.
        [10:15] Agent [[PERSON:Tobi]]: So sorry about that, ma. Kindly confirm your full name and customer ID.
        [10:16] Customer: [[PERSON:Folasade Adebayo-Williams]], customer ID [[MEMBER_NUMBER:20184736]]
        [10:17] Customer: the card is [[CREDIT_CARD:5399 8317 2046 5182]], exp 09/27
        [10:17] Agent [[PERSON:Tobi]]: Please do not share your full card number or CVV on chat, ma. I have now
        blocked the card ending 5182.
        [10:18] Customer: ok sorry. The payments were on [[DATE:12/03/2025]], ₦45,000 and ₦38,500 to an online store.
        [10:19] Agent [[PERSON:Tobi]]: Noted. To log the dispute I need your NIN and a phone number we can reach you on.
        [10:20] Customer: NIN [[NATIONAL_ID:48392017564]], phone [[PHONE_NUMBER:0806 412 7793]]
        [10:20] Customer: deliver the new card to my office please:
        [[STREET_ADDRESS:Plot 14, Adeola Odeku Street, Victoria Island, Lagos]]
        [10:22] Agent [[PERSON:Tobi]]: Dispute logged, ref DSP-8830214. The replacement card will be delivered within
        5 working days, and a confirmation will go to [[EMAIL_ADDRESS:folasade.aw@yahoo.co.uk]]. Anything else, ma?
        [10:22] Customer: No, thank you [[PERSON:Tobi]].
        """#,
        #"""
        [[PERSON:Jessa Mae Villanueva]]: Hi po! Available pa po ba yung rice cooker na 1.8L?
        Kusina Deals PH: Hello po! Yes po, available pa. ₱1,450 + SF. COD or GCash po?
        [[PERSON:Jessa Mae Villanueva]]: COD na lang po. Eto po details ko:
        Name: [[PERSON:Jessa Mae Villanueva]]
        CP#: [[PHONE_NUMBER:0917 482 3391]]
        Address: [[STREET_ADDRESS:Blk 7 Lot 22, Mabini St., Brgy. San Isidro, Antipolo City, Rizal 1870]]
        Landmark: tapat ng sari-sari store na kulay green, malapit sa chapel
        Kusina Deals PH: Noted po ate! Ship out po bukas, ETA [[DATE:06/17/2025]] or [[DATE:06/18/2025]].
        [[PERSON:Jessa Mae Villanueva]]: Sige po. Kung wala ako sa bahay, kapatid ko po si
        [[PERSON:Carlo]] ang tatanggap, [[PHONE_NUMBER:0928 316 5507]] number niya.
        Kusina Deals PH: Okay po, ilalagay ko po sa notes ng rider. Send ko po tracking
        number pag na-pickup na. Salamat po!
        """#,
        #"""
        CLUB DEPORTIVO Y SOCIAL LOS AROMOS
        FICHA DE INSCRIPCIÓN DE SOCIO/A
        N° de socio: [[MEMBER_NUMBER:2025-0318]]          Fecha de inscripción: [[DATE:03-03-2025]]
        Nombre completo: [[PERSON:Camila Fernanda Rojas Muñoz]]
        RUT: [[NATIONAL_ID:16.482.937-5]]          Fecha de nacimiento: [[DATE_OF_BIRTH:22-08-1986]]
        Dirección: [[STREET_ADDRESS:Av. Irarrázaval 3120, depto. 504, Ñuñoa, Santiago]]
        Celular: [[PHONE_NUMBER:+56 9 8765 4321]]     Correo: [[EMAIL_ADDRESS:camila.rojas.m@gmail.com]]
        Disciplina: [x] Natación adultos (ma-ju 19:30)   [ ] Tenis   [ ] Básquetbol
        Carga familiar: [[PERSON:Tomás Ignacio Pérez Rojas]], RUT [[NATIONAL_ID:24.731.508-K]], nac.
        [[DATE_OF_BIRTH:11-01-2015]]
        Contacto de emergencia: [[PERSON:Andrés Pérez]] (cónyuge) [[PHONE_NUMBER:+56 9 6120 3398]]
        ¿Tiene alguna condición de salud que el club deba conocer? [[HEALTH_CONDITION:Asma]] leve, uso
        [[HEALTH_CONDITION:salbutamol]] antes de nadar.
        Cuota mensual: $28.000 (grupo familiar), pago mediante PAC.
        Firma del socio/a: ______________          Recibido por: [[PERSON:Patricio Leiva]], secretaría
        """#,
        #"""
        ESCUELA PRIMARIA "JUSTO SIERRA" — TURNO MATUTINO
        CIRCULAR No. 7/2025-2026
        Zapopan, Jal., a [[DATE:15 de septiembre de 2025]]

        Estimados padres de familia de 4º "B":
        Les informamos que el [[DATE:26 de septiembre]] realizaremos una visita al Museo de Ciencias Ambientales.
        La salida será a las 8:00 y el regreso a las 13:30 aprox. Cuota de recuperación: $180.00 (transporte y entrada).
        Los alumnos deberán llevar uniforme deportivo, gorra, agua y lunch. Favor de entregar el talón firmado
        a más tardar el [[DATE:22 de septiembre]].
        Atentamente,
        Mtra. [[PERSON:Guadalupe Hernández Ruiz]], Directora — [[EMAIL_ADDRESS:direccion.justosierra@gmail.com]]

        - - - - - - - - - - - - - - - - ✂ TALÓN - - - - - - - - - - - - - - - -
        Nombre del alumno(a): [[PERSON:Sofía Ramírez Ortega]]      CURP: [[NATIONAL_ID:RAOS140903MJCMRFA7]]
        Nombre del padre/madre/tutor: [[PERSON:Verónica Ortega Castañeda]]
        Teléfono de contacto: [[PHONE_NUMBER:33 1847 2265]]      Tel. de emergencia: [[PHONE_NUMBER:33 3612 0947]]
        ¿Alergias o padecimientos? [[HEALTH_CONDITION:Epilepsia]], toma [[HEALTH_CONDITION:levetiracetam]] en la mañana.
        Autorizo a mi hijo(a) a asistir a la visita.     Firma: ______________
        """#,
        #"""
        CENTRALE SYNDICALE DES EMPLOYÉS — RÉGIONALE DE LIÈGE
        BULLETIN D'AFFILIATION
        N° d'affilié : [[MEMBER_NUMBER:LG-0482217]]
        Nom : [[PERSON:Lambert]]          Prénom : [[PERSON:Mathieu]]
        Né le : [[DATE_OF_BIRTH:14/09/1986]] à Seraing
        N° de registre national : [[NATIONAL_ID:86.09.14-217.68]]
        Adresse : [[STREET_ADDRESS:Rue de la Station 48, boîte 3]]
        Code postal / Localité : [[STREET_ADDRESS:4000 Liège]]
        GSM : [[PHONE_NUMBER:0476 38 21 54]]     E-mail : [[EMAIL_ADDRESS:mathieu.lambert86@skynet.be]]
        Employeur : Logistique Meuse SA, [[STREET_ADDRESS:Rue du Canal 112, 4400 Flémalle]]
        Matricule chez l'employeur : [[EMPLOYEE_NUMBER:004217]]     Régime : temps plein
        Affiliation antérieure à une autre organisation : non
        Cotisation mensuelle : 17,85 € par domiciliation

        MANDAT DE DOMICILIATION EUROPÉENNE SEPA
        Titulaire du compte : [[PERSON:Mathieu Lambert]]
        IBAN : [[IBAN_CODE:BE95 7310 4472 5358]]     BIC : KREDBEBB
        Fait à Liège, le [[DATE:02/06/2025]]          Signature :
        Délégué ayant reçu le bulletin : [[PERSON:Nadia Bensaïd]]
        """#,
        #"""
        Elektrotechnik Gruber e.U.
        [[STREET_ADDRESS:Hauptstraße 17, 4020 Linz]] · Tel. [[PHONE_NUMBER:+43 732 771 904]] ·
        [[EMAIL_ADDRESS:office@elektro-gruber.at]]

        Frau
        [[PERSON:Sabine Huber]]
        [[STREET_ADDRESS:Wiener Straße 231/4/12]]
        [[STREET_ADDRESS:4030 Linz]]

        RECHNUNG Nr. 2025-0614                                        Linz, am [[DATE:18.07.2025]]
        Kundennummer: [[MEMBER_NUMBER:K-10387]]     Leistungsdatum: [[DATE:14.07.2025]]
        Auftrag: Tausch FI-Schutzschalter und 2 Steckdosen Küche, Fehlersuche E-Herd

        Pos. Bezeichnung                        Menge    Einzelpreis      Gesamt
        1    Arbeitszeit Techniker              2,5 h       68,00 €     170,00 €
        2    FI-Schalter 40A/30mA 4-polig       1 Stk       79,90 €      79,90 €
        3    Schuko-Steckdose UP weiß           2 Stk        8,40 €      16,80 €
        4    Anfahrtspauschale Linz             1           35,00 €      35,00 €
                                                           Netto        301,70 €
                                                           20 % USt      60,34 €
                                                           Gesamt       362,04 €

        Zahlbar binnen 14 Tagen ohne Abzug auf IBAN [[IBAN_CODE:AT49 2011 1826 1947 3802]] (Erste Bank).
        Ihr Techniker: [[PERSON:Florian Gruber]] — bei Fragen erreichen Sie mich unter [[PHONE_NUMBER:0664 218 4470]].
        Vielen Dank für Ihren Auftrag!
        """#,
        #"""
        CURRICULUM VITAE

        [[PERSON:Giulia Ferrara]]
        Nata a Roma il [[DATE_OF_BIRTH:8 aprile 1992]] — C.F. [[NATIONAL_ID:FRRGLI92D48H501Z]]
        Residenza: [[STREET_ADDRESS:Via Gregorio VII 186, 00165 Roma]]
        Cell. [[PHONE_NUMBER:+39 347 218 5504]] · [[EMAIL_ADDRESS:giulia.ferrara92@libero.it]]

        ESPERIENZE PROFESSIONALI
        2021 – oggi       Project Manager, Studio Tecnico Belli & Associati, Roma
                          Coordinamento cantieri di ristrutturazione, gestione budget fino a 2 M€
        2017 – 2021       Geometra, Comune di Fiumicino — Ufficio Edilizia privata
        ISTRUZIONE
        2016              Laurea triennale in Ingegneria Civile, Università di Roma Tor Vergata (105/110)
        LINGUE            Inglese B2, Spagnolo A2
        COMPETENZE        AutoCAD, Revit, Primus, MS Project — Patente B, automunita
        REFERENZE         Ing. [[PERSON:Marco Belli]] – [[PHONE_NUMBER:06 3972 1148]]

        Autorizzo il trattamento dei dati personali ai sensi del Reg. UE 2016/679 e del D.Lgs. 196/2003.
        Roma, [[DATE:10 settembre 2025]]
        """#,
        #"""
        Od: [[PERSON:Katarzyna Wiśniewska]] <[[EMAIL_ADDRESS:k.wisniewska88@wp.pl]]>
        Do: Reklamacje Bank Nadwiślański <[[EMAIL_ADDRESS:reklamacje@banknadwislanski.pl]]>
        Data: [[DATE:4 listopada 2025]], 22:17
        Temat: Nieautoryzowane logowanie – prośba o pilną blokadę

        Dzień dobry,
        dziś o 21:48 dostałam SMS z powiadomieniem o logowaniu do bankowości internetowej z adresu IP
        [[IP_ADDRESS:185.34.72.118]] (lokalizacja: Amsterdam). W tym czasie byłam w domu w Krakowie, a moje ostatnie
        logowanie było z adresu [[IP_ADDRESS:83.24.117.209]].
        Proszę o natychmiastową blokadę dostępu i kontakt telefoniczny.
        Moje dane:
        Imię i nazwisko: [[PERSON:Katarzyna Wiśniewska]]
        PESEL: [[NATIONAL_ID:88112304784]]
        Numer klienta: [[MEMBER_NUMBER:60218473]]
        Rachunek: [[IBAN_CODE:PL35 1140 2004 0000 0039 7182 6350]]
        Adres: [[STREET_ADDRESS:ul. Długa 27/14, 31-146 Kraków]]
        Tel.: [[PHONE_NUMBER:+48 601 382 917]]

        Z poważaniem
        [[PERSON:Katarzyna Wiśniewska]]
        """#,
        #"""
        Konu: İşe giriş evrakları – eksik belgeler

        Sayın [[PERSON:Emre Yıldırım]],
        [[DATE:1 Eylül 2025]] tarihinde başlayacağınız pozisyon için özlük dosyanızı hazırlıyoruz.
        Sistemdeki bilgileriniz:
        Sicil No: [[EMPLOYEE_NUMBER:24-1187]]
        T.C. Kimlik No: [[NATIONAL_ID:38471620922]]
        Doğum Tarihi: [[DATE_OF_BIRTH:07.02.1995]]
        Maaş Hesabı IBAN: [[IBAN_CODE:TR51 0006 4000 0001 1248 1739 50]]
        Adres: [[STREET_ADDRESS:Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul]]
        Eksik belgeler: işe giriş sağlık raporu, adli sicil kaydı, diploma fotokopisi ve 2 adet vesikalık fotoğraf.
        Lütfen belgeleri en geç [[DATE:25.08.2025]] tarihine kadar tarafımıza iletiniz.

        Saygılarımla,
        --
        [[PERSON:Zeynep Aksoy]]
        İnsan Kaynakları Uzmanı
        Anadolu Yapı Malzemeleri A.Ş.
        [[STREET_ADDRESS:Organize Sanayi Bölgesi 3. Cadde No: 12, 41400 Gebze/Kocaeli]]
        T: [[PHONE_NUMBER:+90 262 751 44 80]] (Dahili 215) | M: [[PHONE_NUMBER:+90 532 418 27 93]]
        [[EMAIL_ADDRESS:zeynep.aksoy@anadoluyapi.com.tr]]
        """#,
        #"""
        フィットネスクラブ アクティブ24 渋谷店
        入会申込書
        会員番号：[[MEMBER_NUMBER:SB-250731]]　　申込日：[[DATE:2025年7月31日]]
        フリガナ：[[PERSON:ナカムラ　ユウキ]]
        氏名：[[PERSON:中村　優希]]
        生年月日：[[DATE_OF_BIRTH:平成8年5月19日]]（29歳）　性別：女
        住所：[[STREET_ADDRESS:〒150-0002 東京都渋谷区渋谷2-14-7 メゾン渋谷302]]
        電話番号：[[PHONE_NUMBER:090-4827-1563]]
        メール：[[EMAIL_ADDRESS:yuki.nakamura0519@docomo.ne.jp]]
        緊急連絡先：[[PERSON:中村　和子]]（母）　[[PHONE_NUMBER:0422-51-3307]]
        プラン：マスター会員（全日）　月額 9,800円（税込）
        お支払い方法：クレジットカード（VISA）
        カード番号：[[CREDIT_CARD:4921 8836 1054 7306]]　有効期限：08/28
        本人確認書類：運転免許証（確認済）
        健康状態：通院中の疾患　☑あり → [[HEALTH_CONDITION:気管支喘息]]（[[HEALTH_CONDITION:シムビコート]]使用中）
        受付担当：[[PERSON:佐藤]]
        """#,
        #"""
        【微信聊天记录】
        [[PERSON:王秀兰]]（房东）：[[PERSON:明轩]]，合同我打印好了，你把身份证号和紧急联系人发我一下，周六过来签。
        [[PERSON:李明轩]]：好的阿姨。身份证号 [[NATIONAL_ID:320583199107263518]]
        [[PERSON:李明轩]]：紧急联系人：我爸 [[PERSON:李建国]]，[[PHONE_NUMBER:139 1567 2804]]
        [[PERSON:王秀兰]]：收到。房子地址再跟你确认下：[[STREET_ADDRESS:上海市徐汇区漕溪北路88弄5号1203室]]，押一付三，月租6800。
        [[PERSON:李明轩]]：对的。起租日是[[DATE:2025年10月1日]]吧？
        [[PERSON:王秀兰]]：对，[[DATE:10月1日]]到[[DATE:2026年9月30日]]，一年。你手机号还是[[PHONE_NUMBER:138 2716 4409]]吧？合同上写这个。
        [[PERSON:李明轩]]：是的。我邮箱 [[EMAIL_ADDRESS:lmx_0726@163.com]]，电子版麻烦发我一份
        [[PERSON:王秀兰]]：好。周六（[[DATE:9月27日]]）上午十点，带上身份证原件。
        [[PERSON:李明轩]]：好的，谢谢阿姨！
        """#,
        #"""
        CÔNG TY TNHH DỆT MAY HƯNG PHÁT
        PHIẾU THÔNG TIN NHÂN SỰ
        Mã nhân viên: [[EMPLOYEE_NUMBER:HP-03185]]          Bộ phận: Kế toán
        Họ và tên: [[PERSON:Nguyễn Thị Thu Hà]]
        Ngày sinh: [[DATE_OF_BIRTH:23/06/1995]]     Giới tính: Nữ     Nơi sinh: Nam Định
        Số CCCD: [[NATIONAL_ID:036195012347]]     Ngày cấp: [[DATE:15/04/2021]]     Nơi cấp: Cục CS QLHC về TTXH
        Mã số BHXH: [[NATIONAL_ID:3621478905]]     Mã số thuế cá nhân: [[NATIONAL_ID:8471920365]]
        Địa chỉ thường trú: [[STREET_ADDRESS:Xóm 4, xã Hải Thanh, huyện Hải Hậu, tỉnh Nam Định]]
        Chỗ ở hiện tại: [[STREET_ADDRESS:Số 18 ngõ 42 Trần Duy Hưng, Trung Hòa, Cầu Giấy, Hà Nội]]
        Điện thoại: [[PHONE_NUMBER:0903 718 264]]     Email: [[EMAIL_ADDRESS:thuha.nguyen95@gmail.com]]
        Người liên hệ khi khẩn cấp: [[PERSON:Trần Văn Đức]] (chồng) – [[PHONE_NUMBER:0987 205 611]]
        Ngày vào làm: [[DATE:02/01/2024]]
        Tôi cam đoan những thông tin trên là đúng sự thật.
        Hà Nội, ngày [[DATE:10 tháng 3 năm 2025]]
        Người khai (ký, ghi rõ họ tên): [[PERSON:Nguyễn Thị Thu Hà]]
        """#,
        #"""
        کرایہ نامہ
        یہ کرایہ نامہ آج مورخہ [[DATE:5 جنوری 2025]] کو فریقین کے درمیان طے پایا:
        مالک مکان (فریق اول): [[PERSON:محمد اسلم چوہدری]] ولد [[PERSON:غلام رسول]]،
        شناختی کارڈ نمبر [[NATIONAL_ID:35202-8194637-5]]، ساکن
        [[STREET_ADDRESS:مکان نمبر 112، بلاک C، ماڈل ٹاؤن، لاہور]]
        کرایہ دار (فریق دوم): [[PERSON:عائشہ ناز]] زوجہ [[PERSON:عمران علی]]،
        شناختی کارڈ نمبر [[NATIONAL_ID:35202-4718293-2]]، موبائل [[PHONE_NUMBER:0321-6084417]]
        کرایہ پر دیا گیا مکان: [[STREET_ADDRESS:مکان نمبر 27، گلی نمبر 5، جوہر ٹاؤن بلاک R-2، لاہور]]
        شرائط:
        1۔ ماہانہ کرایہ 65,000 روپے ہوگا جو ہر ماہ کی 5 تاریخ تک ادا کیا جائے گا۔
        2۔ کرایہ مالک مکان کے بینک اکاؤنٹ IBAN [[IBAN_CODE:PK23MEZN0002180104738261]] میں جمع کرایا جائے گا۔
        3۔ زرِ ضمانت 130,000 روپے ہوگا جو مکان خالی کرنے پر واپس کیا جائے گا۔
        4۔ معاہدے کی مدت گیارہ ماہ ہوگی، یعنی [[DATE:5 جنوری 2025]] سے [[DATE:4 دسمبر 2025]] تک۔
        5۔ بجلی، گیس اور پانی کے بل کرایہ دار ادا کرے گا۔
        گواہان:
        1۔ [[PERSON:طارق محمود]]، شناختی کارڈ نمبر [[NATIONAL_ID:35201-2276519-1]]
        2۔ [[PERSON:سلمیٰ بی بی]]، موبائل [[PHONE_NUMBER:0333-9152760]]
        مالک مکان سے رابطہ: [[PHONE_NUMBER:042-35884120]]
        """#,
    ]
}
