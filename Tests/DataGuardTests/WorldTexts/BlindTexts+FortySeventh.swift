extension BlindTexts {
    /// A forty-seventh set of clinical texts, written blind to DataGuard's rules.
    static let fortySeventhClinical: [String] = [
        #"""
        ACC45 INJURY CLAIM - TREATMENT PROVIDER COPY
        Provider: Frankton Family Doctors, Hamilton   Lodged electronically: [[DATE:3 February 2025]]
        ACC claim number: [[MEDICAL_RECORD_NUMBER:10047 83926]]
        Patient: [[PERSON:Hemi Rawiri Ngata]]   NHI: [[MEDICAL_RECORD_NUMBER:ZKM4821]]   IRD: [[NATIONAL_ID:123-765-044]]
        DOB: [[DATE_OF_BIRTH:22/09/1988]]   Ethnicity: NZ Māori (Ngāti Maniapoto)
        Address: [[STREET_ADDRESS:14 Totara Crescent, Frankton, Hamilton 3204]]
        Mobile: [[PHONE_NUMBER:021 584 3927]]   Email: [[EMAIL_ADDRESS:hemi.ngata88@xtra.co.nz]]
        Employer: Kōwhai Joinery Ltd, [[STREET_ADDRESS:7 Kahikatea Drive, Te Rapa, Hamilton 3200]]
        Employer contact (H&S): [[PERSON:Sandra Whyte]] [[PHONE_NUMBER:07 849 2210]]   Staff no: [[EMPLOYEE_NUMBER:KJ-0112]]
        Accident date: [[DATE:03/02/2025]] ~10:40   Scene: workplace (factory floor)
        How it happened: feeding rimu boards through spindle moulder, left hand slipped against guard edge.
        Diagnosis (Read): [[HEALTH_CONDITION:laceration left index finger]] (S61.0); [[HEALTH_CONDITION:partial flexor tendon injury]] ?FDS - refer
        Treatment today: irrigated, digital block with [[HEALTH_CONDITION:lidocaine]] 1%, 4 x 4/0 nylon sutures,
          [[HEALTH_CONDITION:Boostrix]] given (last tetanus >10 yrs), [[HEALTH_CONDITION:flucloxacillin]] 500 mg qid x 5 days.
          Hx: [[HEALTH_CONDITION:gout]] on [[HEALTH_CONDITION:allopurinol]] 300 mg - no other meds.
        Referral: Hand therapy, [[PERSON:Aroha Tipene]] (Waikato Hand Therapy) - splint in flexion, review [[DATE:06/02/2025]]
        Work capacity: fully unfit [[DATE:03/02/2025]] - [[DATE:16/02/2025]]; then selected duties
          (no use of left hand, office/stores only) to [[DATE:02/03/2025]]
        Practitioner: Dr [[PERSON:Priya Raman]]   MCNZ: [[EMPLOYEE_NUMBER:48217]]   ACC provider ID: [[EMPLOYEE_NUMBER:J84Q21]]
        Patient declaration: Ka whakaae ahau - I authorise ACC to collect my health information.
        Signed: [[PERSON:H. R. Ngata]]   [[DATE:03/02/2025]]
        Whānau contact: [[PERSON:Moana Ngata]] (partner) [[PHONE_NUMBER:027 309 6618]]
        """#,
        #"""
        WORKSAFE VICTORIA - CERTIFICATE OF CAPACITY (first certificate)
        Worker: [[PERSON:Daniel Kostopoulos]]   DOB: [[DATE_OF_BIRTH:11/07/1979]]
        Address: [[STREET_ADDRESS:42 Ballarat Road, Footscray VIC 3011]]   Mob: [[PHONE_NUMBER:0491 570 156]]
        Claim no: [[MEDICAL_RECORD_NUMBER:VWA-25-0183447]]   Medicare: [[MEDICAL_RECORD_NUMBER:2847 39159 1]]
        Employer: Westgate Cold Storage Pty Ltd, [[STREET_ADDRESS:9 Somerville Road, Yarraville VIC 3013]]
        Employee no: [[EMPLOYEE_NUMBER:WCS-00917]]   RTW coordinator: [[PERSON:Michelle Tran]] [[PHONE_NUMBER:(03) 7010 4482]]
          [[EMAIL_ADDRESS:m.tran@westgatecold.com.au]]
        Date of injury: [[DATE:14 January 2025]]   First examined: [[DATE:15 January 2025]]
        Mechanism: lifting 25 kg cartons off a pallet in the -20C freezer room, felt "pop" in low back.
        Diagnosis: [[HEALTH_CONDITION:L4/5 disc prolapse]] with [[HEALTH_CONDITION:left L5 radiculopathy]] (MRI [[DATE:17/01/2025]], Footscray Imaging)
        Also noted: [[HEALTH_CONDITION:adjustment disorder with anxious mood]] - K10 = 27, referred to psychologist
        Clinical findings: SLR L 40 deg, EHL 4/5, reflexes preserved, no red flags.
        Capacity [[DATE:20/01/2025]] to [[DATE:03/02/2025]]: capacity for suitable employment
          - max 4 hrs/day, 4 days/wk; no lifting >5 kg; no freezer work; sit/stand as needed
        Treatment plan: [[HEALTH_CONDITION:celecoxib]] 200 mg daily, [[HEALTH_CONDITION:pregabalin]] 75 mg nocte,
          [[HEALTH_CONDITION:paracetamol]] 1 g qid; physio x2/wk with [[PERSON:Liam O'Sullivan]], Barkly Physio.
        Medical practitioner: Dr [[PERSON:Fiona McAllister]]   AHPRA: [[EMPLOYEE_NUMBER:MED0001847263]]
          Provider no: [[EMPLOYEE_NUMBER:2947183K]]
        Practice: [[STREET_ADDRESS:Suite 3, 118 Barkly Street, Footscray VIC 3011]]   Ph: [[PHONE_NUMBER:(03) 7010 3391]]
        Next review: [[DATE:03/02/2025]]
        Worker declaration: I consent to my treating practitioner discussing my RTW with my employer/agent.
        Signature: [[PERSON:D. Kostopoulos]]   Interpreter not required (Greek spoken at home; wife [[PERSON:Eleni]] attended).
        """#,
        #"""
        SHREE GANESH TEXTILES PVT LTD - OCCUPATIONAL HEALTH CENTRE, BHIWANDI
        FORM 33 - CERTIFICATE OF FITNESS / PERIODICAL MEDICAL EXAMINATION
        Name: [[PERSON:Ramesh Kumar Yadav]] / [[PERSON:रमेश कुमार यादव]]
        Father's name: [[PERSON:Shiv Prasad Yadav]]   Sex: M
        DOB: [[DATE_OF_BIRTH:05-08-1986]]   Emp. code: [[EMPLOYEE_NUMBER:SGT/WV/2291]]
        Aadhaar: [[NATIONAL_ID:5384 7162 0939]]   ESIC IP No.: [[MEMBER_NUMBER:3412065871]]
        Address: [[STREET_ADDRESS:Room 14, Chawl No. 3, Kamatghar, Bhiwandi, Dist. Thane 421302]]
        Mobile: [[PHONE_NUMBER:+91 98220 47316]]
        Department: Weaving shed (noise 92 dB(A), cotton dust)   Date of exam: [[DATE:18.03.2025]]
        Findings:
         - Audiometry: bilateral 4 kHz notch -> [[HEALTH_CONDITION:noise-induced hearing loss]], mild
         - Spirometry: FEV1/FVC 0.68, Monday chest tightness -> [[HEALTH_CONDITION:byssinosis]] grade 1/2
         - BP 148/94, repeat 150/96 -> [[HEALTH_CONDITION:stage 1 hypertension]] (new)
         - Smoker, 8 bidi/day
        Advice: [[HEALTH_CONDITION:Amlodipine]] 5 mg OD; [[HEALTH_CONDITION:Salbutamol]] inhaler SOS; ear muffs compulsory.
        मरीज़ को समझाया गया: कान में रुई नहीं, ईयर-मफ़ पहनें; बीड़ी बंद करें; हर सोमवार [[HEALTH_CONDITION:सीने में जकड़न]] हो तो OHC आएँ।
        Opinion: FIT for employment in packing section only (not weaving) for 3 months.
        Re-examination due: [[DATE:18.06.2025]]   (Previous PME [[DATE:20.03.2024]]: fit, hearing normal)
        Emergency contact: wife [[PERSON:Sunita Yadav]], [[PHONE_NUMBER:+91 70455 18293]]
        Certifying Surgeon / FMO: Dr [[PERSON:Anjali S. Deshmukh]], MMC Reg. No. [[EMPLOYEE_NUMBER:2009/03/1478]]
        Copy to HR: Mr. [[PERSON:Vinod Patil]] <[[EMAIL_ADDRESS:hr.bhiwandi@shreeganeshtex.in]]>, ph [[PHONE_NUMBER:02522 248 317]]
        Worker's thumb impression / signature: [[PERSON:R. K. Yadav]]
        """#,
        #"""
        LAKMINI MEDICAL CENTRE - KIRIBATHGODA
        MEDICAL CERTIFICATE / වෛද්‍ය සහතිකය / மருத்துவச் சான்றிதழ்
        Name of patient: [[PERSON:W. A. Chamari Dilrukshi Perera]]
        NIC No: [[NATIONAL_ID:199267803415]]   Age: 32 yrs   OPD No: [[MEDICAL_RECORD_NUMBER:LMC/OPD/25/04418]]
        Address: [[STREET_ADDRESS:No. 45/2, Temple Road, Kiribathgoda, Kelaniya 11600]]
        Employer: Ceylon Fresh Garments (Pvt) Ltd, Biyagama BOI Zone
        Employee No: [[EMPLOYEE_NUMBER:CFG-7731]]   EPF No: [[MEMBER_NUMBER:BG/04417]]
        Nature of illness: [[HEALTH_CONDITION:Dengue fever]] (NS1 Ag positive on [[DATE:09/04/2025]])
          with [[HEALTH_CONDITION:thrombocytopenia]] - platelets 78,000/uL, HCT 41%
        Treatment: [[HEALTH_CONDITION:Paracetamol]] 500 mg 2 tabs 6-hourly only. Avoid [[HEALTH_CONDITION:ibuprofen]] /
          [[HEALTH_CONDITION:diclofenac]]. Oral fluids 2.5 L/day, daily FBC.
        රෝගියාට [[HEALTH_CONDITION:ඩෙංගු උණ]] බැවින් දින 10 ක විවේකයක් නිර්දේශ කරමි.
        Recommended leave: [[DATE:08/04/2025]] to [[DATE:17/04/2025]] (10 days) inclusive.
        Fit to resume duty from [[DATE:18/04/2025]] subject to platelet count >150,000.
        குறிப்பு: இரத்தப் பரிசோதனை [[DATE:12/04/2025]] அன்று மீண்டும் செய்ய வேண்டும்.
        Contact person: husband, [[PERSON:Kasun Madushanka]] - [[PHONE_NUMBER:077 418 2906]]
        Patient mobile: [[PHONE_NUMBER:071 563 0284]]
        Issued on: [[DATE:10/04/2025]]
        Dr [[PERSON:M. R. Fathima Rizna]], MBBS (Colombo)   SLMC Reg. No. [[EMPLOYEE_NUMBER:24817]]
        Clinic: [[STREET_ADDRESS:No. 212, Kandy Road, Kiribathgoda 11600]]   Tel: [[PHONE_NUMBER:011 291 7734]]
        (Rubber stamp and signature)
        """#,
        #"""
        PERKESO - BORANG 34: LAPORAN KEMALANGAN PEKERJAAN
        Nama Pekerja: [[PERSON:Muhammad Hafiz bin Zulkifli]]
        No. K/P: [[NATIONAL_ID:910427-10-5283]]   Tarikh Lahir: [[DATE_OF_BIRTH:27/04/1991]]
        Alamat: [[STREET_ADDRESS:No. 23, Jalan Sepadu 4/2, Taman Sepadu, 41200 Klang, Selangor]]
        No. Tel: [[PHONE_NUMBER:012-487 3391]]
        Majikan: Syarikat Logistik Pantai Timur Sdn Bhd   No. Pekerja: [[EMPLOYEE_NUMBER:LPT-0518]]
        Tarikh & masa kemalangan: [[DATE:27 Februari 2025]], 3.15 ptg
        Tempat: Gudang, [[STREET_ADDRESS:Lot 12, Jalan Perigi Nanas 6/1, Pulau Indah, 42920 Pelabuhan Klang]]
        Cara kemalangan: Terjatuh dari belakang lori (~1.2 m) semasa memunggah kotak, mendarat atas tangan kanan.
        Kecederaan: [[HEALTH_CONDITION:patah tulang pergelangan tangan kanan]]; [[HEALTH_CONDITION:luka lecet]] lutut kiri.
        Saksi: [[PERSON:Lim Wei Jie]] (penyelia) - [[PHONE_NUMBER:016-338 5120]]
        --- Clinic notes (Klinik Setia Pulau Indah) ---
        Dx: [[HEALTH_CONDITION:closed distal radius fracture]], Colles type, R. Neurovascular intact.
        Closed reduction under haematoma block ([[HEALTH_CONDITION:lignocaine]] 2% 8 ml), below-elbow POP.
        Rx: [[HEALTH_CONDITION:Arcoxia]] 90 mg OD x 5/7, [[HEALTH_CONDITION:Tramadol]] 50 mg PRN, [[HEALTH_CONDITION:Omeprazole]] 20 mg OD.
        MC: [[DATE:27/02/2025]] hingga [[DATE:13/03/2025]] (15 hari).
        Rujukan: HTAR Klang, Klinik Ortopedik, No. RN [[MEDICAL_RECORD_NUMBER:HTAR/RN/25/031884]], temujanji [[DATE:06/03/2025]].
        Doktor: Dr [[PERSON:Kavitha a/p Subramaniam]], MMC [[EMPLOYEE_NUMBER:58214]]
        Diisi oleh: [[PERSON:Nurul Aina binti Rosli]] (HR), [[EMAIL_ADDRESS:nurul.aina@lptimur.com.my]], [[DATE:28/02/2025]]
        Nota HR: isteri pekerja, Pn. [[PERSON:Siti Rohana]], dimaklumkan melalui [[PHONE_NUMBER:019-274 6603]].
        """#,
        #"""
        長時間労働者に対する面接指導結果報告書・就業上の措置に係る意見書
        事業場名: 株式会社ミナトデザイン（従業員38名）
        対象者: [[PERSON:佐々木 健太]]（ササキ ケンタ）　社員番号: [[EMPLOYEE_NUMBER:MD-0342]]
        生年月日: [[DATE_OF_BIRTH:1990年3月8日]]　所属: 制作部 グラフィック課
        住所: [[STREET_ADDRESS:〒143-0023 東京都大田区山王2丁目14-7 サンハイツ大森302]]
        連絡先: [[PHONE_NUMBER:090-4827-3316]]　緊急連絡先: 妻 [[PERSON:佐々木 麻衣]] [[PHONE_NUMBER:080-2291-6604]]
        保険証 記号・番号: [[MEDICAL_RECORD_NUMBER:3120 0457・218]]
        面接日: [[DATE:2025年5月21日]]　場所: 本社会議室B
        時間外・休日労働: 3月 98時間、4月 104時間
        自覚症状: [[HEALTH_CONDITION:入眠困難]]、早朝覚醒、[[HEALTH_CONDITION:緊張型頭痛]]、食欲低下、集中困難
        既往歴: [[HEALTH_CONDITION:気管支喘息]]（小児期）、現在は[[HEALTH_CONDITION:フルタイド]]吸入を時々使用
        ストレスチェック（[[DATE:2025年4月]]実施）: 高ストレス者
        所見: 抑うつ気分あり。[[HEALTH_CONDITION:適応障害]]の疑い。希死念慮なし。
        主治医処方: [[HEALTH_CONDITION:ゾルピデム]] 5mg 就寝前（城南メンタルクリニック）
        意見: 時間外労働を月45時間以内に制限、深夜業（22時以降）は禁止、[[DATE:2025年6月]]末まで出張禁止。
        紹介: 城南メンタルクリニック 院長 [[PERSON:田村 美香]] 先生 宛て 紹介状作成
        次回面談: [[DATE:2025年6月18日]]
        産業医: [[PERSON:岡本 誠]]（日本医師会認定産業医 第[[EMPLOYEE_NUMBER:0812457]]号）
        人事担当: [[PERSON:中島 彩]]（[[EMAIL_ADDRESS:a.nakajima@minato-design.co.jp]] / 内線 214）
        本人同意: 上記意見を人事部に提供することに同意します。　署名 [[PERSON:佐々木健太]]　[[DATE:2025年5月21日]]
        """#,
        #"""
        산업재해보상보험 요양급여신청서 (근로복지공단 안산지사 제출)
        재해자 성명: [[PERSON:박지훈]] (PARK JIHOON)
        주민등록번호: [[NATIONAL_ID:840517-1083211]]
        주소: [[STREET_ADDRESS:(15610) 경기도 안산시 단원구 원시로 118, 3동 402호]]
        휴대전화: [[PHONE_NUMBER:010-4721-8836]]
        사업장: (주)대성정밀 (반월국가산업단지)   사번: [[EMPLOYEE_NUMBER:DS-20170418]]
        재해발생일시: [[DATE:2025년 2월 11일]] 14시 20분
        재해경위: 프레스 금형 교체 중 안전블록 미설치 상태에서 상형이 하강하여 오른손이 끼임.
        상병명: [[HEALTH_CONDITION:우측 제2,3수지 압궤손상]]
                [[HEALTH_CONDITION:우측 제3수지 원위지골 개방성 골절]] (S62.63)
        진료기관: 안산한사랑병원 정형외과   등록번호: [[MEDICAL_RECORD_NUMBER:2025-004187]]
        주치의 소견: [[DATE:2025.02.11]] 변연절제술 및 K-강선 고정술 시행.
          [[HEALTH_CONDITION:세파졸린]] 1g 정주, [[HEALTH_CONDITION:파상풍 톡소이드]] 접종, 진통제 [[HEALTH_CONDITION:트라마돌]].
          기저질환: [[HEALTH_CONDITION:고지혈증]] ([[HEALTH_CONDITION:아토르바스타틴]] 10mg 복용 중)
        요양예정기간: [[DATE:2025.02.11]] ~ [[DATE:2025.04.10]] (입원 5일, 통원 8주)
        재활계획: 작업치료 주 3회, 담당 작업치료사 [[PERSON:이서연]]
        담당의사: [[PERSON:김민재]] (정형외과 전문의, 면허번호 제[[EMPLOYEE_NUMBER:98214]]호)
        보호자: 배우자 [[PERSON:최유진]] [[PHONE_NUMBER:010-9385-2217]]
        휴업급여 수령계좌: 국민은행 [[US_BANK_ACCOUNT:482101-04-317295]] (예금주 [[PERSON:박지훈]])
        사업주 확인: 대표 [[PERSON:윤상철]] (인) / 안전관리자 [[PERSON:한도윤]] [[PHONE_NUMBER:031-494-2870]]
        신청일: [[DATE:2025년 2월 14일]]
        """#,
        #"""
        İŞYERİ HEKİMİ MUAYENE NOTU VE İSTİRAHAT RAPORU
        İşyeri: Özkan Mobilya San. ve Tic. Ltd. Şti.
          [[STREET_ADDRESS:Masko Mobilya Kenti 4. Blok No: 17, İkitelli OSB, 34306 Başakşehir/İstanbul]]
        Çalışan: [[PERSON:Mehmet Ali Karataş]]   T.C. Kimlik No: [[NATIONAL_ID:38472910510]]
        Doğum tarihi: [[DATE_OF_BIRTH:14.06.1983]]   SGK Sicil No: [[NATIONAL_ID:3412 8051 0927 441]]
        Personel No: [[EMPLOYEE_NUMBER:OZM-118]]   Görevi: CNC operatörü / montaj
        Adres: [[STREET_ADDRESS:Ziya Gökalp Mah. Süleyman Demirel Blv. No: 42 D: 9, 34490 Başakşehir/İstanbul]]
        Tel: [[PHONE_NUMBER:0532 418 27 65]]
        Muayene tarihi: [[DATE:03.03.2025]]
        Şikayet: 3 haftadır sağ omuzda ağrı, kolunu baş üstüne kaldıramıyor, gece ağrısı var.
        Özgeçmiş: [[HEALTH_CONDITION:Tip 2 diyabet]] ([[HEALTH_CONDITION:metformin]] 1000 mg 2x1)
        Muayene: Neer ve Hawkins testleri pozitif, kas gücü 4/5.
        Tanı: [[HEALTH_CONDITION:sağ omuz rotator manşet tendiniti]] (M75.1),
              [[HEALTH_CONDITION:subakromiyal sıkışma sendromu]]
        Tedavi: [[HEALTH_CONDITION:naproksen sodyum]] 550 mg 2x1 tok, [[HEALTH_CONDITION:tiyokolşikozid]] 4 mg 2x1, soğuk uygulama.
        İstirahat: [[DATE:03.03.2025]] - [[DATE:09.03.2025]] tarihleri arası 7 (yedi) gün.
        FTR sevki: 10 seans fizik tedavi; fizyoterapist [[PERSON:Elif Yıldırım]] ile randevu [[DATE:10.03.2025]].
        İşe dönüşte: 4 hafta baş üstü çalışma ve 10 kg üzeri kaldırma yasak.
        İşyeri hekimi: Dr. [[PERSON:Zeynep Aydoğan]]   İşyeri Hekimliği Belge No: [[EMPLOYEE_NUMBER:İH-34-07218]]
          Diploma Tescil No: [[EMPLOYEE_NUMBER:112584]]   Tel: [[PHONE_NUMBER:0212 671 84 30]]
        İK bilgilendirildi: [[PERSON:Burak Özkan]] - [[EMAIL_ADDRESS:burak.ozkan@ozkanmobilya.com.tr]]
        """#,
        #"""
        ΒΙΒΛΙΟ ΥΠΟΔΕΙΞΕΩΝ ΙΑΤΡΟΥ ΕΡΓΑΣΙΑΣ - ΚΑΤΑΧΩΡΙΣΗ
        Επιχείρηση: Αρτοποιείο «Χρυσό Στάχυ» Ο.Ε., Ηράκλειο
        Εργαζόμενος: [[PERSON:Νικόλαος Παπαδάκης]]   Ειδικότητα: αρτοποιός (νυχτερινή βάρδια)
        Ημ. γέννησης: [[DATE_OF_BIRTH:12/03/1985]]   ΑΜΚΑ: [[NATIONAL_ID:12038504416]]   ΑΦΜ: [[NATIONAL_ID:138745020]]
        Διεύθυνση: [[STREET_ADDRESS:Λεωφ. Κνωσού 227, 714 09 Ηράκλειο Κρήτης]]
        Κινητό: [[PHONE_NUMBER:694 518 3207]]
        Ημερομηνία εξέτασης: [[DATE:17/10/2024]]
        Ιστορικό: βήχας και συριγμός κατά τη βάρδια εδώ και 6 μήνες, βελτίωση τις Κυριακές.
          Γνωστή [[HEALTH_CONDITION:αλλεργική ρινίτιδα]] από το 2019.
        Ευρήματα: PEF πτώση 24% στο τέλος βάρδιας, specific IgE αλεύρου σίτου θετικό.
        Εκτίμηση: πιθανό [[HEALTH_CONDITION:επαγγελματικό άσθμα]] (baker's asthma).
        Αγωγή από πνευμονολόγο: [[HEALTH_CONDITION:Symbicort]] 160/4,5 2x2, [[HEALTH_CONDITION:σαλβουταμόλη]] επί δύσπνοιας,
          [[HEALTH_CONDITION:μοντελουκάστη]] 10 mg το βράδυ.
        Υποδείξεις προς εργοδότη: μετακίνηση στη συσκευασία, μάσκα FFP3, τοπικός απαγωγός στο ζυμωτήριο.
        Παραπομπή: ΠΑΓΝΗ, Πνευμονολογική Κλινική, αρ. φακέλου [[MEDICAL_RECORD_NUMBER:ΠΑΓΝΗ-24-118306]]
        Άδεια ασθενείας: από [[DATE:18/10/2024]] έως [[DATE:25/10/2024]] (γνωμάτευση στον e-ΕΦΚΑ).
        Επανεξέταση: [[DATE:15/11/2024]]   Προηγούμενη εξέταση: [[DATE:14/11/2023]] - χωρίς ευρήματα
        Οικογενειακός ιατρός: Δρ. [[PERSON:Ιωάννης Τζανάκης]], [[PHONE_NUMBER:2810 221 674]]
        Ιατρός Εργασίας: [[PERSON:Ελένη Μαυρογιάννη]], Αρ. Μητρώου ΙΣΗ [[EMPLOYEE_NUMBER:8842]]
          [[EMAIL_ADDRESS:e.mavrogianni@iatrosergasias-her.gr]] - [[PHONE_NUMBER:2810 342 915]]
        Έλαβα γνώση (εργοδότης): [[PERSON:Γεώργιος Φραγκιαδάκης]]   Υπογραφή εργαζομένου: [[PERSON:Ν. Παπαδάκης]]
        """#,
        #"""
        CERTIFICATO MEDICO DI INFORTUNIO SUL LAVORO - PRIMO CERTIFICATO (INAIL)
        N. certificato: [[MEDICAL_RECORD_NUMBER:2025/118473625]]   Pronto Soccorso, P.O. Maresca, Torre del Greco
        Lavoratore: [[PERSON:Giuseppe Esposito]]   Codice fiscale: [[NATIONAL_ID:SPSGPP81H14F839C]]
        Nato a Napoli il [[DATE_OF_BIRTH:14/06/1981]]
        Residenza: [[STREET_ADDRESS:Via Domenico Fontana 118, 80128 Napoli (NA)]]
        Tel.: [[PHONE_NUMBER:+39 338 472 1965]]   PEC: [[EMAIL_ADDRESS:giuseppe.esposito81@pec.it]]
        Tessera sanitaria: [[MEDICAL_RECORD_NUMBER:80380000500037418226]]
        Datore di lavoro: Caseificio Vesuviano s.r.l., [[STREET_ADDRESS:Via Nazionale 204, 80059 Torre del Greco (NA)]]
        Matricola: [[EMPLOYEE_NUMBER:CV-0447]]   Mansione: casaro
        Data e ora dell'evento: [[DATE:6 maggio 2025]], ore 07:30
        Descrizione: durante la filatura della mozzarella, fuoriuscita di vapore dalla filatrice sull'avambraccio destro.
        Diagnosi: [[HEALTH_CONDITION:ustione di II grado superficiale avambraccio destro]] (circa 3% SC);
                  [[HEALTH_CONDITION:ustione di I grado dorso mano destra]]
        Terapia: detersione, medicazione con [[HEALTH_CONDITION:sulfadiazina argentica]] ([[HEALTH_CONDITION:Sofargen]]),
          [[HEALTH_CONDITION:paracetamolo]] 1 g al bisogno; anamnesi: [[HEALTH_CONDITION:ipertensione arteriosa]] in [[HEALTH_CONDITION:ramipril]].
        Prognosi: giorni 15 s.c., dal [[DATE:06/05/2025]] al [[DATE:20/05/2025]].
        Medicazioni successive c/o ambulatorio del medico competente dell'azienda, dott. [[PERSON:Marco De Luca]].
        Medico certificatore: dott.ssa [[PERSON:Chiara Russo]], iscr. Ordine dei Medici di Napoli n. [[EMPLOYEE_NUMBER:31847]]
        Firma del lavoratore per presa visione: [[PERSON:Esposito Giuseppe]]   Data: [[DATE:06/05/2025]]
        """#,
        #"""
        ARBODIENST GEZOND WERK B.V. - PROBLEEMANALYSE (Wet verbetering poortwachter)
        Dossiernummer: [[MEDICAL_RECORD_NUMBER:GW-2025-00873]]
        Werknemer: [[PERSON:Sanne de Vries-Bakker]]   Geboortedatum: [[DATE_OF_BIRTH:23-11-1979]]
        BSN: [[NATIONAL_ID:308521675]]   Personeelsnummer: [[EMPLOYEE_NUMBER:00417]]
        Adres: [[STREET_ADDRESS:Kastanjelaan 12, 3721 BC Bilthoven]]   Tel.: [[PHONE_NUMBER:06 41827365]]
        Werkgever: Bakkerij Van der Meulen V.O.F., [[STREET_ADDRESS:Dorpsstraat 38, 3732 HJ De Bilt]] (filiaalleiding)
        Eerste ziektedag: [[DATE:13 januari 2025]]   Spreekuur: [[DATE:24 februari 2025]] (week 6)
        -- Medisch deel, NIET voor werkgever --
        Klachten: [[HEALTH_CONDITION:burn-out]] na langdurige onderbezetting en mantelzorg; [[HEALTH_CONDITION:slaapproblemen]],
          concentratieverlies. Behandeling bij POH-GGZ; huisarts dr. [[PERSON:M. Hoekstra]].
        Medicatie: [[HEALTH_CONDITION:sertraline]] 50 mg sinds [[DATE:februari 2025]]; [[HEALTH_CONDITION:levothyroxine]] 75 mcg
          i.v.m. [[HEALTH_CONDITION:hypothyreoïdie]].
        -- Deel voor werkgever --
        Benutbare mogelijkheden: beperkt in piektijdsdruk en vroege diensten (vóór 7.00 uur); geen beperking in tillen.
        Advies: start re-integratie in eigen werk, 2 x 2 uur per week vanaf [[DATE:3 maart 2025]], opbouw per 2 weken.
        Prognose: gedeeltelijk herstel binnen 3 maanden verwacht.
        Casemanager: [[PERSON:Joost Verhagen]] - [[EMAIL_ADDRESS:j.verhagen@gezondwerk-arbo.nl]] - [[PHONE_NUMBER:030 287 4410]]
        Leidinggevende: [[PERSON:Pieter van der Meulen]], [[PHONE_NUMBER:030 220 18 46]]
        Bedrijfsarts: [[PERSON:R.A. Smit]], BIG-nummer [[EMPLOYEE_NUMBER:39018274601]]
        Volgend consult: [[DATE:24-03-2025]]   Besproken met werknemer op [[DATE:24-02-2025]], akkoord.
        """#,
        #"""
        SYKMELDING - del A (kopi til arbeidstaker)
        Pasient: [[PERSON:Ingrid Marie Solberg]]
        Fødselsnummer: [[NATIONAL_ID:140379 42015]]
        Adresse: [[STREET_ADDRESS:Kirkeveien 64B, 0364 Oslo]]   Tlf: [[PHONE_NUMBER:+47 412 38 765]]
        Arbeidsgiver: Fjordlys Regnskap AS (8 ansatte)   Stilling: regnskapsfører 100 %
        Nærmeste leder: [[PERSON:Tor Espen Bakke]], [[EMAIL_ADDRESS:tor.espen@fjordlysregnskap.no]]
        Diagnose (ICPC-2): L83 [[HEALTH_CONDITION:Nakkesyndrom]]; bidiagnose P02 [[HEALTH_CONDITION:Akutt stressreaksjon]]
        Mulighet for arbeid:
          100 % sykmeldt [[DATE:05.05.2025]] - [[DATE:18.05.2025]]
          50 % gradert [[DATE:19.05.2025]] - [[DATE:01.06.2025]]
        Medisinske årsaker: sterke nakkesmerter med utstråling til høyre arm, [[HEALTH_CONDITION:spenningshodepine]].
        Behandling: [[HEALTH_CONDITION:Paracet]] 1 g x 3, [[HEALTH_CONDITION:Ibux]] 400 mg ved behov, fysioterapi.
        Melding til arbeidsgiver: hev/senk-pult og stor skjerm; unngå kveldsarbeid i MVA-perioden.
        --- Fysioterapinotat [[DATE:12.05.2025]] ---
        Funn: nedsatt rotasjon hø. 45 grader, ømme trapezius. Øvelser + manuell beh., 2 t/uke.
        Fysioterapeut: [[PERSON:Ole-Petter Haugen]], Majorstuen Fysioterapi, HPR-nr. [[EMPLOYEE_NUMBER:9184437]]
        Lege: [[PERSON:Kari Nordahl Lunde]], spesialist i allmennmedisin, HPR-nr. [[EMPLOYEE_NUMBER:4827719]]
        Legekontor: Majorstua legesenter, [[STREET_ADDRESS:Bogstadveien 51, 0366 Oslo]], tlf. [[PHONE_NUMBER:22 46 81 90]]
        Tidligere: sykmeldt [[DATE:mars 2024]] for [[HEALTH_CONDITION:lumbago]].
        Dato: [[DATE:5. mai 2025]]   Neste kontroll: [[DATE:16.05.2025]]
        """#,
        #"""
        PAMPA ART S.A. - DENUNCIA DE ACCIDENTE DE TRABAJO / EVOLUCIÓN KINÉSICA
        N° de siniestro: [[MEDICAL_RECORD_NUMBER:SIN-2025-0047182]]
        Trabajador: [[PERSON:Lucas Martín Fernández]]
        DNI: [[NATIONAL_ID:31.847.205]]   CUIL: [[NATIONAL_ID:20-31847205-0]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:02/09/1985]]
        Domicilio: [[STREET_ADDRESS:Av. Ricardo Balbín 2457, piso 3 "B", B1650 San Martín, Provincia de Buenos Aires]]
        Tel.: [[PHONE_NUMBER:+54 9 11 4827-3165]]   Obra social, N° afiliado: [[MEMBER_NUMBER:61-048273-1/00]]
        Empleador: Metalúrgica Los Andes S.R.L.   Legajo: [[EMPLOYEE_NUMBER:0873]]
        Fecha y hora del accidente: [[DATE:19/03/2025]], 10:15 h - en el lugar de trabajo
        Testigo: [[PERSON:Hernán Quiroga]], compañero de sector, [[PHONE_NUMBER:+54 9 11 6213-0487]]
        Relato: al bajar de la plataforma de carga pisó un perfil de hierro y se dobló el pie izquierdo.
        Diagnóstico: [[HEALTH_CONDITION:esguince de tobillo izquierdo grado II]]; [[HEALTH_CONDITION:contusión de rodilla izquierda]]
        Tratamiento: bota walker 3 semanas, [[HEALTH_CONDITION:ibuprofeno]] 600 mg c/8 h,
          [[HEALTH_CONDITION:enoxaparina]] 40 mg SC/día mientras dure la inmovilización.
        Médico tratante: Dr. [[PERSON:Santiago Ruiz Díaz]], M.P. [[EMPLOYEE_NUMBER:448217]]
        ILT desde [[DATE:19/03/2025]]; alta estimada [[DATE:25/04/2025]].
        -- Kinesiología, sesión 6/10, [[DATE:07/04/2025]] --
        Edema leve perimaleolar, dorsiflexión 10°, marcha con leve claudicación. Propiocepción en bosu,
        fortalecimiento de peroneos, crioterapia. Refiere dolor 3/10. Buena adherencia.
        Lic. [[PERSON:Romina Acosta]], kinesióloga, M.N. [[EMPLOYEE_NUMBER:12847]]
        Contacto de la empresa (RR.HH.): [[PERSON:Verónica Paz]] - [[EMAIL_ADDRESS:vpaz@metlosandes.com.ar]] - [[PHONE_NUMBER:(011) 4752-9031]]
        """#,
        #"""
        IPS REHABILITAR DEL VALLE - HISTORIA CLÍNICA DE FISIOTERAPIA
        Historia N°: [[MEDICAL_RECORD_NUMBER:HC-2025-07731]]
        Paciente: [[PERSON:Yuliana Andrea Cárdenas Mosquera]]   C.C. [[NATIONAL_ID:1.144.082.376]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:27 de agosto de 1992]]
        Dirección: [[STREET_ADDRESS:Calle 44 # 8A-15, barrio El Troncal, Cali, Valle del Cauca]]
        Celular: [[PHONE_NUMBER:315 482 7091]]   Acudiente: su mamá, doña [[PERSON:Esperanza Mosquera]], [[PHONE_NUMBER:318 620 4415]]
        Empresa: Confecciones La Ceiba S.A.S. - operaria de máquina plana (8 años)
        Siniestro ARL: [[MEDICAL_RECORD_NUMBER:ARL-VC-2025-118347]]   EPS afiliación N° [[MEMBER_NUMBER:EPS-76-0048219]]
        Diagnóstico: [[HEALTH_CONDITION:síndrome de túnel carpiano bilateral]] (G56.0), origen laboral en calificación;
          [[HEALTH_CONDITION:tenosinovitis de De Quervain]] derecha. Antecedentes: [[HEALTH_CONDITION:hipotiroidismo]] ([[HEALTH_CONDITION:levotiroxina]] 50 mcg).
        Sesión 4/10 - [[DATE:14/05/2025]]
        S: refiere [[HEALTH_CONDITION:parestesias nocturnas]] en 1.°-3.er dedo, peor después de turnos de 10 h.
        O: Phalen + a los 30 s bilateral, Tinel + derecho, Finkelstein + derecho. Fuerza de agarre D 16 kg / I 21 kg.
        A: leve mejoría del dolor (EVA 6 -> 4).
        P: ultrasonido terapéutico, deslizamientos neurales, férula nocturna en posición neutra.
        Medicación (médico laboral): [[HEALTH_CONDITION:naproxeno]] 250 mg c/12 h por 7 días; [[HEALTH_CONDITION:complejo B]] oral.
        Incapacidad: 5 días, del [[DATE:14/05/2025]] al [[DATE:18/05/2025]].
        Recomendación a la empresa: pausas activas cada hora, rotación a revisión de calidad.
        Fisioterapeuta: [[PERSON:Jhon Fredy Ospina]], tarjeta profesional [[EMPLOYEE_NUMBER:FT-76-2847]]
        Médica laboral: Dra. [[PERSON:Marcela Rengifo]], registro [[EMPLOYEE_NUMBER:76-118734]]
        Próxima sesión: [[DATE:16/05/2025]]
        """#,
        #"""
        AFYA KAZINI VIRTUAL CLINIC - TELEHEALTH TRANSCRIPT (auto-generated, reviewed)
        Date: [[DATE:8 July 2025]], 19:05 EAT   Platform log: client IP [[IP_ADDRESS:197.232.61.48]]
        Clinician: Dr [[PERSON:Wanjiru Kamau]] (KMPDC reg. [[EMPLOYEE_NUMBER:A10482]])
        Client: [[PERSON:Brian Otieno Odhiambo]]   DOB [[DATE_OF_BIRTH:14/02/1994]]   ID No. [[NATIONAL_ID:31847260]]
        SHA member no. [[MEMBER_NUMBER:SHA-04-2284719]]   Employer: Mwangaza Hardware Ltd, Staff No [[EMPLOYEE_NUMBER:MH/114]]
        Address: [[STREET_ADDRESS:P.O. Box 4183-01000, Thika]]   Mobile: [[PHONE_NUMBER:0722 418 093]]
        DR: Habari [[PERSON:Brian]], unanisikia vizuri?
        CLIENT: Nzuri daktari. Ni hii mkono, nilijikata na mabati kazini [[DATE:5th July]], nikashonwa Thika Level 5.
        DR: Sawa. Ionyeshe kwa camera... iko nyekundu na kuna usaha kidogo. Homa?
        CLIENT: Jana usiku nilikuwa na baridi. Na ile dawa ya pumu bado natumia.
        DR: OK - you have [[HEALTH_CONDITION:asthma]], on [[HEALTH_CONDITION:Ventolin]]. Any allergies?
        CLIENT: Yes, [[HEALTH_CONDITION:penicillin allergy]], I got a rash as a child.
        DR: Then this looks like a [[HEALTH_CONDITION:wound infection]] with early [[HEALTH_CONDITION:cellulitis]]. I'll prescribe
            [[HEALTH_CONDITION:clindamycin]] 300 mg four times a day for 7 days and [[HEALTH_CONDITION:paracetamol]] for pain.
            If the redness spreads up the arm, go to casualty immediately.
        CLIENT: Sawa. Na sick off? Boss Mr [[PERSON:Kariuki]] anataka barua.
        DR: Off duty [[DATE:9/7/2025]] to [[DATE:11/7/2025]]. I'll e-mail the certificate to [[EMAIL_ADDRESS:b.otieno94@gmail.com]].
            The e-prescription goes to Makongeni Chemist - they will call you on 0722.
        CLIENT: Asante. Wife yangu [[PERSON:Akinyi]] atachukua dawa, number yake ni [[PHONE_NUMBER:0741 560 228]].
        DR: Pona haraka. Review in 48 hours on this platform.
        [Reviewed and signed: Dr [[PERSON:W. Kamau]], [[DATE:08/07/2025]] 19:31]
        """#,
        #"""
        COIDA - FIRST MEDICAL REPORT (W.Cl.4) / MEDICAL AID CLAIM
        COID claim no: [[MEDICAL_RECORD_NUMBER:CC/25/0048137]]   Date of accident: [[DATE:22 March 2025]]
        Employee: [[PERSON:Sipho Mandla Dlamini]]   ID number: [[NATIONAL_ID:8604155123087]]
        Date of birth: [[DATE_OF_BIRTH:1986-04-15]]
        Residential address: [[STREET_ADDRESS:14 Jacaranda Street, Kwa-Thema, Springs, 1575]]
        Cell: [[PHONE_NUMBER:082 418 3906]]
        Employer: Ekhaya Bricks (Pty) Ltd, Springs   Clock no: [[EMPLOYEE_NUMBER:EB-2291]]
        Medical aid: Ubuntu Health, member no [[MEMBER_NUMBER:UH 8847 2013]], dependant code 00
        Mechanism: a pallet of pavers fell from the forklift tines onto his right foot (safety boot worn).
        Diagnosis: [[HEALTH_CONDITION:fracture of the right 5th metatarsal]] (S92.3); [[HEALTH_CONDITION:crush injury right foot]]
        Treatment: X-ray, moon boot, crutches. [[HEALTH_CONDITION:Voltaren]] 50 mg tds, [[HEALTH_CONDITION:Tramacet]] 1-2 tabs 6-hourly.
        Chronic: [[HEALTH_CONDITION:HIV]] on [[HEALTH_CONDITION:TLD]] (stable, VL suppressed) - not work related.
        Isiguli sitshelwe ukuthi singabeki isisindo onyaweni olulimele amasonto ayisithupha.
        Off duty: [[DATE:22/03/2025]] to [[DATE:04/05/2025]]; light duty thereafter if union on X-ray.
        Physiotherapy: [[PERSON:Annelie van Wyk]] (physiotherapist), practice no. [[EMPLOYEE_NUMBER:0728934]],
          HPCSA [[EMPLOYEE_NUMBER:PT 0118472]] - from week 4.
        Doctor: Dr [[PERSON:Thabo Nkosi]], HPCSA [[EMPLOYEE_NUMBER:MP 0612847]], practice no. [[EMPLOYEE_NUMBER:1472583]]
        Practice: [[STREET_ADDRESS:Shop 6, Springs Medical Mall, 32 Third Avenue, Springs, 1559]], tel. [[PHONE_NUMBER:011 812 4470]]
        Werkgewer se nota: Mnr. [[PERSON:Dlamini]] se salaris word vir die eerste 3 maande deur die maatskappy betaal.
        HR: [[PERSON:Marietjie Botha]] - [[EMAIL_ADDRESS:marietjie@ekhayabricks.co.za]]   Date: [[DATE:24/03/2025]]
        """#,
    ]
    /// A forty-seventh set of everyday texts, written blind to DataGuard's rules.
    static let fortySeventhEveryday: [String] = [
        #"""
        From: [[PERSON:Chiamaka Okafor]] <[[EMAIL_ADDRESS:chiamaka.okafor@lagosprintworks.ng]]>
        To: Payroll <[[EMAIL_ADDRESS:payroll@lagosprintworks.ng]]>
        Date: [[DATE:31 March 2025]], 09:12
        Subject: Wrong deduction on March salary - Staff ID [[EMPLOYEE_NUMBER:LPW/0217]]

        Good morning Sir,
        My March pay entered my GTBank account [[US_BANK_ACCOUNT:0124837695]] yesterday but it is short by N42,500.
        The payslip shows "NHF arrears" but I already submitted my NHF number [[MEMBER_NUMBER:NHF-02184736]] in January.
        Also my pension is still going to the old PFA. My RSA PIN is [[MEMBER_NUMBER:PEN100482719364]].
        For the tax office update, my NIN is [[NATIONAL_ID:48271936054]] and TIN [[NATIONAL_ID:21847390-0001]].
        Abeg help me check before the [[DATE:5th of April]], rent is due. Thank you.
        [[PERSON:Chiamaka]] - [[PHONE_NUMBER:0806 214 7739]]

        ---- Reply ----
        From: [[PERSON:Adebayo Ogunleye]] <[[EMAIL_ADDRESS:a.ogunleye@lagosprintworks.ng]]>
        Date: [[DATE:31/03/2025]], 14:40
        Dear [[PERSON:Chiamaka]],
        You are correct. The NHF arrears line was applied to you by mistake instead of [[PERSON:Chinedu Okafor]]
        (Staff ID [[EMPLOYEE_NUMBER:LPW/0291]]) in Finishing - same surname, my apologies.
        The N42,500 will be refunded as a supplementary payment on [[DATE:03/04/2025]].
        The PFA change is approved; first remittance to the new PFA will be for [[DATE:April 2025]].
        If anything is still off, see me at HR, [[STREET_ADDRESS:Plot 14, Oba Akran Avenue, Ikeja Industrial Estate, Ikeja, Lagos]].
        E ku ise o.
        [[PERSON:Adebayo Ogunleye]], Payroll & Benefits Officer - [[PHONE_NUMBER:0803 471 2958]]
        """#,
        #"""
        WhatsApp chat export - "Naivas Kabarak Night Shift" (personal group)
        [[DATE:12/06/2025]], 07:14 - [[PERSON:kevo]]: wasee nani anaweza kunishikia shift ya friday night? nina harusi ya cousin
        [[DATE:12/06/2025]], 07:16 - [[PERSON:njeri w]]: mimi siwezi, niko day wiki hii
        [[DATE:12/06/2025]], 07:21 - [[PERSON:mercy]] cashier: [[PERSON:kevo]] nitakushikia but unishikie yangu ya [[DATE:21st june]]
        [[DATE:12/06/2025]], 07:22 - [[PERSON:kevo]]: deal [[PERSON:mercy]] 🙏 nitaambia [[PERSON:kiprotich]]
        [[DATE:12/06/2025]], 07:30 - [[PERSON:Kiprotich]] Supervisor: Ok. Swap approved. [[PERSON:Kevo]] staff no [[EMPLOYEE_NUMBER:NKB-0448]], [[PERSON:Mercy]] [[EMPLOYEE_NUMBER:NKB-0512]]. Indikeni kwa roster book.
        [[DATE:12/06/2025]], 07:31 - [[PERSON:mercy]] cashier: sawa boss
        [[DATE:12/06/2025]], 08:02 - [[PERSON:njeri w]]: btw mtu ako na number ya [[PERSON:otieno]] wa stores? simu yangu ilipotea
        [[DATE:12/06/2025]], 08:03 - [[PERSON:kevo]]: [[PHONE_NUMBER:0712 483 906]]
        [[DATE:12/06/2025]], 08:05 - [[PERSON:njeri w]]: asante. pia mtu anitumie 500 kwa mpesa [[PHONE_NUMBER:0798 330 146]] nitarudisha end month 😅
        [[DATE:12/06/2025]], 08:40 - [[PERSON:mercy]] cashier: [[PERSON:njeri]] nimetuma. mama yangu ako na [[HEALTH_CONDITION:malaria]] nilikuwa hospitali Rift Valley Gen usiku wote
        [[DATE:12/06/2025]], 08:41 - [[PERSON:njeri w]]: pole sana [[PERSON:mercy]], apone haraka 🙏
        [[DATE:12/06/2025]], 09:15 - [[PERSON:Kiprotich]] Supervisor: Reminder: HR wanataka KRA PIN na NSSF number za wale hawajaleta. [[PERSON:Kevo]] yako bado.
        [[DATE:12/06/2025]], 09:20 - [[PERSON:kevo]]: KRA PIN [[NATIONAL_ID:A014827396K]], NSSF [[MEMBER_NUMBER:2048173395]]
        [[DATE:12/06/2025]], 09:21 - [[PERSON:Kiprotich]] Supervisor: usitume hapa kwa group next time 😂 tuma kwa [[EMAIL_ADDRESS:hr.kabarak@naivas-branch.co.ke]]
        [[DATE:12/06/2025]], 09:22 - [[PERSON:kevo]]: sorry boss, nimeelewa
        """#,
        #"""
        MZANSI PRINT & COPY CC - TAX INVOICE
        [[STREET_ADDRESS:Shop 4, Musgrave Centre, 115 Musgrave Road, Berea, Durban, 4001]]   Tel [[PHONE_NUMBER:031 201 5530]]   VAT reg 4820193746
        Invoice no: INV-2025-0613      Date: [[DATE:04/06/2025]]      Due: [[DATE:04/07/2025]]
        Bill to: Mr [[PERSON:Pieter Jansen van Rensburg]] t/a JvR Plumbing
          [[STREET_ADDRESS:27 Umgeni Road, Greyville, Durban, 4001]]
          Cell [[PHONE_NUMBER:083 617 2094]]   Customer acc. [[MEMBER_NUMBER:CUST-00418]]
          Email [[EMAIL_ADDRESS:pieter.jvr@telkomsa.net]]
        Deliver to: site office, [[STREET_ADDRESS:9 Sandile Thusi Road, Morningside, Durban, 4001]] (ask for [[PERSON:Sizwe]], [[PHONE_NUMBER:061 403 7729]])
        Qty  Description                                   Excl. VAT
        500  Business cards, 350gsm matt, double-sided       R  640.00
          2  Pull-up banners 850 x 2000 mm                    R1 780.00
          1  Vehicle magnet sign set (bakkie)                 R  950.00
                                                 Subtotal    R3 370.00
                                                 VAT 15%     R  505.50
                                                 TOTAL       R3 875.50
        Deposit R1 000.00 received [[DATE:30/05/2025]] - balance due R2 875.50.
        Credit account application on file: ID no. [[NATIONAL_ID:7301025801080]], approved [[DATE:12 May 2025]].
        Banking details: Mzansi Print & Copy CC, FNB Musgrave, branch 250655, cheque acc. [[US_BANK_ACCOUNT:62841739025]]
        Reference: INV-2025-0613 / JvR. Proof of payment to [[EMAIL_ADDRESS:accounts@mzansiprint.co.za]]
        Queries: [[PERSON:Nomvula Zulu]] [[PHONE_NUMBER:072 845 3318]]
        Note from [[PERSON:Nomvula]]: [[PERSON:Pieter]] - ons het die banner proof op [[DATE:2 Junie]] gestuur, ngiyabonga for the quick OK!
        Ngiyabonga for your business. Goods remain our property until paid in full.
        """#,
        #"""
        FIETSENWINKEL DE SPAAK - PERSONEELSFORMULIER NIEUWE MEDEWERKER
        (graag volledig invullen en samen met kopie ID inleveren bij [[PERSON:Femke]])
        Voornamen: [[PERSON:Thomas Jan]]          Achternaam: [[PERSON:Visser]]
        Roepnaam: [[PERSON:Tom]]
        Geboortedatum: [[DATE_OF_BIRTH:07-05-1998]]     Geboorteplaats: Amersfoort
        BSN: [[NATIONAL_ID:187450924]]
        Identiteitsbewijs: paspoort, nr. [[NATIONAL_ID:NXK4R8P27]], geldig t/m [[DATE:11-02-2031]]
        Adres: [[STREET_ADDRESS:Oudegracht 211-bis, 3511 NK Utrecht]]
        Telefoon: [[PHONE_NUMBER:06-38475120]]     E-mail: [[EMAIL_ADDRESS:thomasvisser98@ziggo.nl]]
        IBAN (salaris): [[IBAN_CODE:NL70 RABO 0347 8129 56]]   t.n.v. [[PERSON:T.J. Visser]]
        Loonheffingskorting toepassen: ja / nee
        Noodcontact: [[PERSON:Marjolein Visser]] (moeder), [[PHONE_NUMBER:0318 64 27 19]]
        Medische bijzonderheden (vrijwillig): [[HEALTH_CONDITION:epilepsie]], goed ingesteld op [[HEALTH_CONDITION:levetiracetam]];
          laatste aanval [[DATE:maart 2021]]. Bij aanval: 112 bellen als het langer dan 5 min duurt.
        Rijbewijs B: ja, nr. [[NATIONAL_ID:5281736490]]
        -- In te vullen door werkgever --
        Datum in dienst: [[DATE:1 juli 2025]]     Personeelsnummer: [[EMPLOYEE_NUMBER:2025-014]]
        Functie: fietsenmaker, 32 uur, proeftijd 1 maand
        Pensioen: PFZW? nee - PME, deelnemersnr. [[MEMBER_NUMBER:7748219]]
        Vorige werkgever: Bikerepair Zeist (referentie via [[PERSON:Ahmed El Amrani]], [[PHONE_NUMBER:030 699 31 84]])
        Paraaf werkgever: [[PERSON:F. de Groot]]   Datum: [[DATE:18-06-2025]]
        Handtekening medewerker: [[PERSON:T.J. Visser]]
        """#,
        #"""
        Fra: [[PERSON:Sindre Aas]] <[[EMAIL_ADDRESS:sindre.aas@bergenfiskvilt.no]]>
        Til: [[PERSON:Hanne Fossum]] <[[EMAIL_ADDRESS:lonn@bergenfiskvilt.no]]>
        Dato: [[DATE:16. juni 2025]]
        Emne: Lønnsslipp juni - feriepenger og trekk

        Hei [[PERSON:Hanne]]!
        Jeg ser at feriepengene på slippen er beregnet av 10,2 % og ikke 12 % - men jeg er født [[DATE_OF_BIRTH:02.06.1988]] og har
        ikke fylt 60, så det stemmer nok. Men to andre ting:
        1) Jeg har nytt kontonummer: [[US_BANK_ACCOUNT:1207.50.33263]] (gammelt i Sparebanken Vest er avsluttet).
        2) Egenmeldingsdagene [[DATE:14.04.2025]]-[[DATE:16.04.2025]] ([[HEALTH_CONDITION:influensa]]) er trukket som ferie?
        Fødselsnummer hvis du trenger det til skattekortet: [[NATIONAL_ID:020688 51060]]. Ansattnr. [[EMPLOYEE_NUMBER:1047]].
        Fagforeningskontingent (Fellesforbundet, medlemsnr. [[MEMBER_NUMBER:4418273]]) skal fortsatt trekkes.
        Mvh [[PERSON:Sindre]], mob. [[PHONE_NUMBER:917 42 806]]

        Svar fra [[PERSON:Hanne Fossum]], [[DATE:17.06.2025]]:
        Hei [[PERSON:Sindre]] - kontonummeret er oppdatert fra [[DATE:juli 2025]]. Egenmeldingen var feilført, du får 3 dager
        tilbakeført på neste lønn. Og siden du deler vakt med [[PERSON:Aslak Nygård]]: han har bedt om at
        lønnen hans går til [[IBAN_CODE:NO30 9710 2814 553]] - kan du be ham bekrefte det til meg?
        Hilsen [[PERSON:Hanne]], lønn og personal, Bergen Fisk & Vilt AS
        [[STREET_ADDRESS:Strandkaien 8, 5013 Bergen]] - tlf. [[PHONE_NUMBER:55 31 84 27]]
        """#,
        #"""
        FERRAMENTA COLOMBO s.n.c. di [[PERSON:Luca]] e [[PERSON:Andrea Colombo]]
        [[STREET_ADDRESS:Corso Giuseppe Garibaldi 42, 20025 Legnano (MI)]] - tel. [[PHONE_NUMBER:0331 548 217]] - P.IVA 07418290157
        FATTURA N. 118/2025 del [[DATE:22/07/2025]]
        Cliente: [[PERSON:Francesca Bianchi]]
        Codice fiscale: [[NATIONAL_ID:BNCFNC87D52F205H]]
        Indirizzo: [[STREET_ADDRESS:Via Alessandro Volta 9, scala B, int. 4, 20025 Legnano (MI)]]
        Tel.: [[PHONE_NUMBER:347 215 8804]] - e-mail: [[EMAIL_ADDRESS:francesca.bianchi87@libero.it]]
        Cod. cliente: [[MEMBER_NUMBER:CLI-2291]]
        Descrizione                                     Q.tà   Prezzo    Importo
        Silicone sanitario bianco 280 ml                   4    6,90      27,60
        Tasselli nylon 8 mm (conf. 100)                    1    9,50       9,50
        Rubinetto lavabo monocomando                       1   74,00      74,00
        Manodopera installazione (sig. [[PERSON:Colombo A.]])      1 h   35,00      35,00
                                                          Imponibile    146,10
                                                          IVA 22%        32,14
                                                          TOTALE €      178,24
        Pagamento: bonifico entro 30 gg, IBAN [[IBAN_CODE:IT11 X030 6909 6061 0000 0138 472]]
        Garanzia rubinetto: 2 anni dal [[DATE:18/07/2025]]; installatore [[PERSON:Andrea Colombo]], cell. [[PHONE_NUMBER:+39 340 118 2276]].
        Acconto ricevuto il [[DATE:15 luglio 2025]]: € 50,00 (contanti)
        Note: consegna effettuata il [[DATE:18/07/2025]], ritirata dal marito sig. [[PERSON:Davide Rinaldi]].
        Per assistenza in garanzia chiamare [[PERSON:Luca]] al [[PHONE_NUMBER:+39 335 604 7129]] o scrivere a [[EMAIL_ADDRESS:luca@ferramentacolombo.it]]
        Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72 - l'originale è nel cassetto fiscale.
        """#,
        #"""
        ΒΙΒΛΙΟΠΩΛΕΙΟ «Ο ΗΛΙΟΣ» - [[STREET_ADDRESS:Τσιμισκή 94, 546 22 Θεσσαλονίκη]]
        Θεσσαλονίκη, [[DATE:3 Ιουνίου 2025]]

        ΣΥΣΤΑΤΙΚΗ ΕΠΙΣΤΟΛΗ
        Προς κάθε ενδιαφερόμενο,
        Βεβαιώνω ότι η κα [[PERSON:Κατερίνα Δημητρίου]] (Α.Δ.Τ. [[NATIONAL_ID:ΑΚ 482193]]) εργάστηκε στο βιβλιοπωλείο μας
        ως υπάλληλος πωλήσεων από [[DATE:1η Μαρτίου 2019]] έως [[DATE:31 Μαΐου 2025]], αρ. μητρώου [[EMPLOYEE_NUMBER:ΒΗ-027]].
        Ήταν υπεύθυνη για το παιδικό τμήμα, τις παραγγελίες από εκδότες και το e-shop.
        Είναι συνεπής, ευγενική με τους πελάτες και ιδιαίτερα οργανωτική. Αποχωρεί με δική της επιθυμία,
        λόγω μετακόμισης στην Αθήνα. Θα την προσλαμβάναμε ξανά χωρίς δεύτερη σκέψη.
        Για οποιαδήποτε πληροφορία, μπορείτε να επικοινωνήσετε μαζί μου.
        [[PERSON:Σταύρος Αναγνωστόπουλος]], ιδιοκτήτης
        Τηλ. [[PHONE_NUMBER:2310 274 118]] - Κιν. [[PHONE_NUMBER:697 418 2530]] - [[EMAIL_ADDRESS:stavros@vivliopoleio-ilios.gr]]

        --- Συνοδευτικό e-mail προς [[EMAIL_ADDRESS:katerina.dimitriou@gmail.com]], [[DATE:03/06/2025]] ---
        [[PERSON:Κατερίνα]] μου, σου επισυνάπτω τη συστατική (και μια αγγλική μετάφραση για την εταιρεία στο Μαρούσι).
        Η εκκαθάριση (αποζημίωση άδειας + δώρο) πιστώθηκε σήμερα στον λογαριασμό σου [[IBAN_CODE:GR31 0172 0410 0005 0410 4839 217]].
        Η βεβαίωση αποδοχών θα σταλεί στο [[STREET_ADDRESS:Αγίου Δημητρίου 156, 546 35 Θεσσαλονίκη]] μέχρι [[DATE:30/06/2025]].
        Την Ε6 αποχώρησης την υπέβαλε ο λογιστής μας, [[PERSON:Π. Καραγιάννης]] ([[PHONE_NUMBER:2310 553 906]]), με ΑΜΚΑ [[NATIONAL_ID:27089103629]] -
        έλεγξέ το στο ΕΡΓΑΝΗ. Για απορίες: κα [[PERSON:Ρένα Παπαδοπούλου]], [[EMAIL_ADDRESS:logistirio@vivliopoleio-ilios.gr]].
        Καλή αρχή! [[PERSON:Σταύρος]]
        """#,
        #"""
        ANADOLU KAHVE EVİ - MÜŞTERİ DESTEK TALEBİ #TK-48217
        Açılış: [[DATE:17 Nisan 2025]] 22:48   Sipariş tarihi: [[DATE:13.04.2025]]   Kanal: web formu   Durum: Çözüldü
        Müşteri: [[PERSON:Ayşe Demir Çelik]]   Müşteri No: [[MEMBER_NUMBER:MUS-204817]]
        E-posta: [[EMAIL_ADDRESS:aysedemircelik@hotmail.com]]   Tel: [[PHONE_NUMBER:0 (535) 721 84 16]]
        Teslimat adresi: [[STREET_ADDRESS:Caferağa Mah. Moda Cad. No: 58 Daire 6, 34710 Kadıköy/İstanbul]]
        Mesaj (müşteri):
        "Merhaba, 2 kg Türk kahvesi siparişim için kartımdan iki kez çekim yapıldı. Kart numaram
        [[CREDIT_CARD:4539 2742 4339 4114]], ekstrede 2 x 640 TL görünüyor. Ayrıca kargo [[DATE:15.04.2025]]'te gelmesi gerekiyordu,
        hâlâ gelmedi. Kuryeniz [[PERSON:Hasan]] Bey'i [[PHONE_NUMBER:0555 318 27 40]] numarasından aradım, açmıyor."
        Yanıt (temsilci [[PERSON:Emre Kılıç]], [[DATE:18.04.2025]] 09:15):
        "Sayın [[PERSON:Ayşe]] Hanım, kart numaranızı güvenliğiniz için buraya yazmamanızı rica ederiz; kaydı maskeledik.
        Mükerrer çekim tespit edildi. İade kartınıza 3-7 iş günü içinde yansıyacak. Kartınız kapalıysa
        IBAN'a iade yapabiliriz, e-arşiv fatura için T.C. kimlik numaranız ([[NATIONAL_ID:52103684762]]) sistemde kayıtlı."
        Müşteri ([[DATE:18.04.2025]] 10:02): "Kart kapandı, IBAN: [[IBAN_CODE:TR03 0006 4000 0011 2340 0987 65]], hesap sahibi [[PERSON:Ayşe Demir Çelik]]."
        Yanıt ([[PERSON:Emre Kılıç]], [[DATE:18.04.2025]] 11:30): "İade talimatı verildi. Kargo Kadıköy şubesinde bekliyormuş,
        [[DATE:19.04.2025]] sabahı kapınızda olacak. Gönderiye not: eşiniz [[PERSON:Kerem Çelik]] teslim alabilir.
        Gecikme için 1 paket Dibek kahvesi hediye ettik. İyi günler dileriz."
        Dahili not: müşterinin ev telefonu da kayıtlı [[PHONE_NUMBER:0216 345 72 19]]; tekrar arama gerekmiyor.
        """#,
        #"""
        件名: 【納品のご案内】7月4日(金) 鮮魚納品について / 請求書送付
        株式会社浜松水産 営業部 [[PERSON:小林 翔太]] <[[EMAIL_ADDRESS:s.kobayashi@hamamatsu-suisan.co.jp]]>
        宛先: 居酒屋はなび 店主 [[PERSON:松本 由美子]] 様 <[[EMAIL_ADDRESS:hanabi.umeda@docomo.ne.jp]]>
        送信日時: [[DATE:2025年7月2日]] 17:42

        [[PERSON:松本]]様
        いつもお世話になっております。浜松水産の[[PERSON:小林]]です。
        [[DATE:7月4日]]（金）の納品は、10時〜11時の間にお伺いします。
        納品先: [[STREET_ADDRESS:〒530-0012 大阪府大阪市北区芝田1丁目7-3 梅田第5ビル1F]]
        お客様コード: [[MEMBER_NUMBER:C-10482]]
        ・真鯛 3尾、ハマチ 1本、剣先イカ 2kg（前日に[[PHONE_NUMBER:06-6372-4819]]へ確認のお電話をします）
        当日は新人ドライバーの[[PERSON:木村]]が伺いますので、不在の場合は携帯[[PHONE_NUMBER:080-3917-2264]]にご連絡させていただきます。
        6月分のご請求書（¥184,320）を添付しました。お支払期限は[[DATE:2025年7月31日]]です。
        お振込先: 三井住友銀行 梅田支店 普通 [[US_BANK_ACCOUNT:7482913]] カ）ハママツスイサン
        ※先日お電話でお伺いした法人カード（[[CREDIT_CARD:3782 557656 06839]]）での決済は、弊社では取り扱いがございません。
        　お手数ですがお振込でお願いいたします。
        また、アルバイトの[[PERSON:ケンタ]]さんが[[HEALTH_CONDITION:甲殻類アレルギー]]とのことでしたので、エビの仕込みは別容器にいたします。
        追伸: 先日の[[HEALTH_CONDITION:ぎっくり腰]]はその後いかがでしょうか。どうぞご無理なさらず。
        今後ともよろしくお願いいたします。
        ―――――――――――――
        株式会社浜松水産 営業部 [[PERSON:小林 翔太]]
        [[STREET_ADDRESS:〒554-0041 大阪府大阪市此花区北港白津2丁目1-46]] TEL [[PHONE_NUMBER:06-6468-3317]]
        """#,
        #"""
        카카오톡 대화 - 카페 모래알 (1:1)
        [[DATE:2025년 8월 10일]] 일요일
        [[PERSON:이하은]] 오후 9:12  사장님 늦게 죄송해요ㅠ 7월 급여가 아직 안 들어와서요
        [[PERSON:정민호]] 오후 9:20  어 [[PERSON:하은]]씨 미안ㅠㅠ 계좌가 바뀌었다고 했었지? 다시 보내줘
        [[PERSON:이하은]] 오후 9:21  카카오뱅크 [[US_BANK_ACCOUNT:3333-08-4827193]] 예금주 [[PERSON:이하은]] 이에요
        [[PERSON:정민호]] 오후 9:23  ㅇㅋ 내일 오전에 주휴수당 포함해서 보낼게. 그리고 4대보험 신고해야 돼서 주민번호 필요해
        [[PERSON:이하은]] 오후 9:24  [[NATIONAL_ID:910213-2048158]] 요! 주소도 바뀌었어요 [[STREET_ADDRESS:서울특별시 마포구 와우산로21길 19-3, 2층]]
        [[PERSON:정민호]] 오후 9:26  고마워. 아 그리고 보건증 만료 [[DATE:2025.09.30]] 이던데 갱신 꼭 해줘
        [[PERSON:이하은]] 오후 9:27  넵!! 그리고 혹시 토요일 오픈 [[PERSON:민지]]랑 바꿔도 될까요? 지난주에 [[HEALTH_CONDITION:장염]]이라 병원 갔는데 재진이 토요일이라서요
        [[PERSON:정민호]] 오후 9:30  괜찮아. [[PERSON:민지]]한테 직접 확인받고 단톡에 올려줘. 몸은 좀 괜찮아?
        [[PERSON:이하은]] 오후 9:31  네 [[HEALTH_CONDITION:정장제]]랑 [[HEALTH_CONDITION:스멕타]] 먹고 많이 나아졌어요
        [[DATE:2025년 8월 11일]] 월요일
        [[PERSON:정민호]] 오전 10:05  입금했어. 명세서는 메일로 보냄 → [[EMAIL_ADDRESS:haeun.lee91@naver.com]]
        [[PERSON:이하은]] 오전 10:07  확인했어요 감사합니다!! 🙇‍♀️
        [[PERSON:정민호]] 오전 10:09  그리고 새로 들어온 [[PERSON:박서준]]씨 번호 [[PHONE_NUMBER:010-5538-2716]] 이니까 마감 인수인계 부탁해
        [[PERSON:이하은]] 오전 10:10  넵 제가 연락할게요
        [[PERSON:정민호]] 오전 10:11  가게 번호 바뀐 것도 알려줘 [[PHONE_NUMBER:02-334-8127]]
        """#,
        #"""
        WhatsApp - Gupta Distributors (Jaipur) / Sharma General Store
        [[DATE:03/09/2025]], 10:02 am - [[PERSON:Rakesh Sharma]]: [[PERSON:Imran]] bhai namaste. kal ka maal nahi aaya abhi tak
        [[DATE:03/09/2025]], 10:05 am - [[PERSON:Imran Qureshi]]: namaste [[PERSON:Sharma ji]] 🙏 sorry, driver [[PERSON:sonu]] ko [[HEALTH_CONDITION:dengue]] ho gaya, 2 din se chutti pe hai
        [[DATE:03/09/2025]], 10:06 am - [[PERSON:Imran Qureshi]]: aaj dopahar tak naya ladka [[PERSON:pappu]] le aayega, uska no. [[PHONE_NUMBER:+91 77370 28419]]
        [[DATE:03/09/2025]], 10:08 am - [[PERSON:Rakesh Sharma]]: theek hai. address yaad dila dena usko - [[STREET_ADDRESS:Shop No. 7, Gopalpura Bypass Road, near Triveni Nagar, Jaipur, Rajasthan 302018]]
        [[DATE:03/09/2025]], 10:09 am - [[PERSON:Rakesh Sharma]]: aur list me add karo: 20 peti biscuit, 10 bori atta 10kg, 5 tin sarson tel
        [[DATE:03/09/2025]], 10:15 am - [[PERSON:Imran Qureshi]]: done. bill no. GD/2025/3381, customer code [[MEMBER_NUMBER:JPR-RT-0482]]
        [[DATE:03/09/2025]], 10:16 am - [[PERSON:Imran Qureshi]]: credit limit badhane ke liye company ko aapka PAN chahiye tha
        [[DATE:03/09/2025]], 10:20 am - [[PERSON:Rakesh Sharma]]: PAN [[NATIONAL_ID:BQRPS4827K]]. Aadhaar bhi chahiye kya? [[NATIONAL_ID:7120 5938 4614]]
        [[DATE:03/09/2025]], 10:21 am - [[PERSON:Imran Qureshi]]: PAN kaafi hai bhai, aadhaar mat bhejo whatsapp pe 😅
        [[DATE:03/09/2025]], 10:24 am - [[PERSON:Rakesh Sharma]]: ok. pichla payment NEFT kar diya tha [[DATE:28 Aug]] ko, A/c [[US_BANK_ACCOUNT:50100248173926]] me. check karo
        [[DATE:03/09/2025]], 10:31 am - [[PERSON:Imran Qureshi]]: haan aa gaya ₹38,460. Accounts wali [[PERSON:Neha]] madam ki mail aayegi [[EMAIL_ADDRESS:neha.accounts@guptadistributors.in]] se
        [[DATE:03/09/2025]], 01:47 pm - [[PERSON:Rakesh Sharma]]: maal aa gaya. 2 peti biscuit damaged hai, photo bhej raha hu
        [[DATE:03/09/2025]], 01:52 pm - [[PERSON:Imran Qureshi]]: replace kar denge next trip [[DATE:06/09/2025]]. [[PERSON:sonu]] ke liye dua karna 🙏
        [[DATE:03/09/2025]], 01:53 pm - [[PERSON:Rakesh Sharma]]: zaroor. mera dusra no. save kar lo [[PHONE_NUMBER:98290 41736]]
        """#,
        #"""
        From: [[PERSON:Karen Whitfield]] <[[EMAIL_ADDRESS:karen@harboursideplumbing.com.au]]>
        To: [[PERSON:Jessica Nguyen]] <[[EMAIL_ADDRESS:jess.nguyen.apprentice@gmail.com]]>
        Sent: Thursday, [[DATE:26 June 2025]] 3:05 PM
        Subject: Welcome to Harbourside Plumbing - paperwork before Monday

        Hi [[PERSON:Jess]],
        Great to have you on board as our new 2nd-year apprentice! You start [[DATE:7 July 2025]], 6:30am at the yard,
        [[STREET_ADDRESS:12 Kingsford Smith Drive, Hamilton QLD 4007]] - ask for [[PERSON:Dave Brennan]], he'll be your supervisor.
        I've pre-filled what you gave us at interview; please check and reply:
         - Address: [[STREET_ADDRESS:3/27 Moreton Street, New Farm QLD 4005]]
         - Mobile: [[PHONE_NUMBER:0491 570 313]]
         - QLD driver licence: [[NATIONAL_ID:087 412 593]]
         - TFN: [[NATIONAL_ID:465 218 301]] (on the TFN declaration, sign page 2)
         - Super: Coastal Super, member no. [[MEMBER_NUMBER:40918273]]
         - Bank: BSB 064-158, acct [[US_BANK_ACCOUNT:1048 2736]]
         - Emergency contact: [[PERSON:Rob Nguyen]] (dad) [[PHONE_NUMBER:0491 571 266]]
        Your employee ID is [[EMPLOYEE_NUMBER:HBP-044]] - use it on timesheets in the app.
        You mentioned your [[HEALTH_CONDITION:bee sting anaphylaxis]]. Please bring your [[HEALTH_CONDITION:EpiPen]] every day; we'll note it
        on the first-aid plan and brief the crew. Our first aider is [[PERSON:Tama Rewiti]].
        Payroll runs fortnightly on Wednesdays, first pay [[DATE:16 July 2025]].
        Cheers,
        [[PERSON:Karen Whitfield]] | Office Manager | Harbourside Plumbing Pty Ltd
        P [[PHONE_NUMBER:(07) 5550 1843]] | M [[PHONE_NUMBER:0491 572 549]]
        """#,
        #"""
        From: [[PERSON:Sophie Tan]] <[[EMAIL_ADDRESS:sophie.tan@kiwitalentrecruit.co.nz]]>
        To: [[EMAIL_ADDRESS:josh@flatwhitecollective.co.nz]]
        Date: [[DATE:12 August 2025]]
        Subject: Reference check - [[PERSON:Mere Tawhai]] (candidate ref KT-5521)
        Kia ora [[PERSON:Josh]], [[PERSON:Mere]] has given your name as referee for a supervisor role in Dunedin. Could you
        confirm dates, role and whether you'd re-employ? Happy to call - [[PHONE_NUMBER:03 477 2190]] or [[PHONE_NUMBER:027 555 0148]].

        Reply - [[DATE:14 August 2025]]
        To whom it may concern,
        [[PERSON:Mere Tawhai]] (employee no. [[EMPLOYEE_NUMBER:FWC-017]]) worked at Flat White Collective from [[DATE:March 2022]]
        to [[DATE:July 2025]], first as barista and, from [[DATE:1 October 2023]], as shift lead.
        She opened the café on her own three mornings a week, trained five new staff and ran our
        Monday stocktake. Customers loved her; she remembered regulars' orders and names.
        Her attendance was excellent - the only extended absence was two weeks with [[HEALTH_CONDITION:glandular fever]] in
        [[DATE:May 2024]], and she kept in touch throughout. She left only because her whānau moved south.
        I would re-employ [[PERSON:Mere]] without hesitation.
        Ngā mihi,
        [[PERSON:Josh Pemberton]], Owner, Flat White Collective
        [[STREET_ADDRESS:118 Cuba Street, Te Aro, Wellington 6011]]
        [[PHONE_NUMBER:022 418 7350]] | [[EMAIL_ADDRESS:josh@flatwhitecollective.co.nz]]
        P.S. Her last payslip went to the old address - if you're in touch, her new one is
        [[STREET_ADDRESS:42 Queens Drive, St Kilda, Dunedin 9012]], yes? Payroll (my partner [[PERSON:Lena Pemberton]]) needs to know.
        """#,
        #"""
        Asunto: RECLAMO - Orden de servicio N° 4827 - heladera no enfría
        De: [[PERSON:María Laura Giménez]] <[[EMAIL_ADDRESS:mlgimenez@hotmail.com.ar]]>
        Para: Service Frío Sur <[[EMAIL_ADDRESS:reclamos@friosur.com.ar]]>
        Fecha: [[DATE:14/08/2025]] 08:37

        Buenos días. El martes [[DATE:12 de agosto]] vino su técnico [[PERSON:Gustavo]] a cambiar el termostato de mi
        heladera Gafa. Le pagué $ 185.000 con la Visa [[CREDIT_CARD:4921 8685 9119 3360]] y a las pocas horas dejó de enfriar otra vez.
        Es urgente: tengo guardada la [[HEALTH_CONDITION:insulina]] de mi papá, que es [[HEALTH_CONDITION:diabético tipo 1]], y la tuve
        que llevar a lo de mi vecina. Datos para la factura y el reclamo:
        Nombre: [[PERSON:María Laura Giménez]] - DNI [[NATIONAL_ID:35.021.984]] - CUIL [[NATIONAL_ID:27-35021984-1]]
        Domicilio: [[STREET_ADDRESS:Calle 47 N° 1183, 1° "A", B1900 La Plata, Buenos Aires]]
        Cel.: [[PHONE_NUMBER:+54 9 221 548-3217]]   N° de cliente: [[MEMBER_NUMBER:CLI-00871]]
        Si no pueden venir hoy, quiero la devolución a mi CBU [[US_BANK_ACCOUNT:0140024701402481739506]].
        Saludos, [[PERSON:María Laura]]

        ---
        De: [[PERSON:Diego Sosa]] <[[EMAIL_ADDRESS:dsosa@friosur.com.ar]]>   Fecha: [[DATE:14/08/2025]] 10:12
        Hola [[PERSON:María Laura]], disculpá las molestias. Revisamos la orden: el repuesto vino fallado de fábrica.
        Hoy entre las 14 y las 16 h pasa [[PERSON:Gustavo Ferreyra]] con un termostato nuevo, sin cargo.
        Te dejo su celular por cualquier cosa: [[PHONE_NUMBER:221 15-603-4712]].
        Si el problema sigue, hacemos la devolución completa a la cuenta que nos pasaste dentro de las 72 h.
        Atte., [[PERSON:Diego Sosa]] - Service Frío Sur - [[STREET_ADDRESS:Diagonal 74 N° 2215, B1900 La Plata]] - [[PHONE_NUMBER:(0221) 421-7384]]
        """#,
        #"""
        WhatsApp - Panadería La Espiga (Laureles) <-> Harinas del Oriente
        [[DATE:21/10/2025]] 5:48 a. m. - [[PERSON:Álvaro Restrepo]]: buenos días don [[PERSON:Jairo]], hoy si llega la harina? nos quedan 2 bultos nomás
        [[DATE:21/10/2025]] 6:10 a. m. - [[PERSON:Jairo Montoya]]: buenos días [[PERSON:Álvaro]], sí señor, 20 bultos de 50 kg y 5 de salvado. Antes de las 9
        [[DATE:21/10/2025]] 6:11 a. m. - [[PERSON:Jairo Montoya]]: le va el muchacho nuevo, [[PERSON:Brayan]], porque a [[PERSON:Wilmer]] lo tumbaron en la moto el sábado, tiene [[HEALTH_CONDITION:fractura de clavícula]]
        [[DATE:21/10/2025]] 6:12 a. m. - [[PERSON:Álvaro Restrepo]]: uy qué pesar, saludes a [[PERSON:Wilmer]]. la dirección es la misma [[STREET_ADDRESS:Carrera 70 # 45-12, Laureles, Medellín]], por la puerta de atrás
        [[DATE:21/10/2025]] 6:15 a. m. - [[PERSON:Jairo Montoya]]: listo. Le mando la factura electrónica a [[EMAIL_ADDRESS:panaderialaespiga70@gmail.com]], a nombre suyo con el NIT [[NATIONAL_ID:71.284.935-8]]?
        [[DATE:21/10/2025]] 6:16 a. m. - [[PERSON:Álvaro Restrepo]]: sí, persona natural. cédula [[NATIONAL_ID:71.284.935]] dv 8
        [[DATE:21/10/2025]] 9:03 a. m. - [[PERSON:Álvaro Restrepo]]: ya llegó [[PERSON:Brayan]], todo bien. le pago por transferencia, me confirma la cuenta?
        [[DATE:21/10/2025]] 9:05 a. m. - [[PERSON:Jairo Montoya]]: Bancolombia ahorros [[US_BANK_ACCOUNT:245-718293-04]] a nombre de [[PERSON:Jairo Alberto Montoya Gil]], o Nequi [[PHONE_NUMBER:300 481 2736]]
        [[DATE:21/10/2025]] 9:07 a. m. - [[PERSON:Álvaro Restrepo]]: listo, van $2.870.000. Ahí le mando pantallazo
        [[DATE:21/10/2025]] 9:30 a. m. - [[PERSON:Jairo Montoya]]: recibido, mil gracias. el [[DATE:28 de octubre]] hay alza de precio, le aviso
        [[DATE:21/10/2025]] 9:31 a. m. - [[PERSON:Álvaro Restrepo]]: hágame el favor y me avisa. otra cosa, mi señora [[PERSON:Luz Dary]] va a manejar los pedidos desde la otra semana, el cel de ella [[PHONE_NUMBER:311 742 0583]]
        [[DATE:21/10/2025]] 9:33 a. m. - [[PERSON:Jairo Montoya]]: anotado 👍
        """#,
        #"""
        From: HR - Kedai Runcit & Kopitiam Seri Murni Sdn Bhd <[[EMAIL_ADDRESS:hr@serimurni.com.my]]>
        To: [[PERSON:Nishantha Bandara]] <[[EMAIL_ADDRESS:nishantha.b.lk@gmail.com]]>
        Cc: [[PERSON:Tan Mei Ling]] <[[EMAIL_ADDRESS:meiling.tan@serimurni.com.my]]>
        Date: [[DATE:2 September 2025]]
        Subject: Onboarding & payroll details / Maklumat gaji pekerja baru

        Hi [[PERSON:Nishantha]],
        Welcome to Seri Murni! As discussed with Encik [[PERSON:Razak]], you will start at our Jalan Ipoh outlet on [[DATE:8 September 2025]].
        Please verify the details below and reply by Friday lah, so we can register you with KWSP/PERKESO:
         - Full name (as passport): [[PERSON:Hettiarachchige Nishantha Bandara]]
         - Passport no.: [[NATIONAL_ID:N8472913]] (Sri Lanka), work permit expiry [[DATE:31/08/2027]]
         - DOB: [[DATE_OF_BIRTH:19/11/1993]]
         - Address in KL: [[STREET_ADDRESS:No. 8-3, Jalan Ipoh Kecil, Chow Kit, 50350 Kuala Lumpur]]
         - Phone: [[PHONE_NUMBER:011-2847 6190]]   Sri Lanka contact: [[PERSON:Kumari Bandara]] (mother) [[PHONE_NUMBER:+94 77 512 4038]]
         - Maybank savings a/c: [[US_BANK_ACCOUNT:1642 8837 2019]]
         - KWSP member no.: [[MEMBER_NUMBER:21847390]] (we will apply if not yet)
         - Staff ID: [[EMPLOYEE_NUMBER:SM-2025-031]]
        Food handlers must have the typhoid injection - please bring your [[HEALTH_CONDITION:typhoid vaccine]] card.
        Your medical check at Klinik Chow Kit on [[DATE:4/9/2025]] noted [[HEALTH_CONDITION:latent TB]] - Dr said OK to work, but
        please keep the appointment at Institut Perubatan Respiratori on [[DATE:15/9/2025]].
        Shift swaps go through your supervisor, [[PERSON:Muthu]] ([[PHONE_NUMBER:012-630 4481]]).
        Terima kasih,
        [[PERSON:Nor Azlina Hamzah]], HR Executive - [[PHONE_NUMBER:03-4043 7725]]
        [[STREET_ADDRESS:No. 142, Jalan Ipoh, 51200 Kuala Lumpur]]
        """#,
    ]
}
