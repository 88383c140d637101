extension BlindTexts {
    /// A twenty-sixth set of clinical texts, written blind to DataGuard's rules: discharge summaries, lab and radiology
    /// reports, referrals, claims, a vaccination card, a telehealth transcript and a prescription (Jordan, Iran, Israel,
    /// Kuwait, US, Brazil, Kenya, Vietnam, Quebec, Indonesia, Czechia, Turkey).
    static let twentySixthClinical: [String] = [
        #"""
        مستشفى الرابية التخصصي – قسم الباطنية
        ملخص الخروج (Discharge Summary)
        اسم المريضة: [[PERSON:سلمى عبد الرحيم يوسف الخطيب]]   الرقم الوطني: [[MEDICAL_RECORD_NUMBER:9881023457]]   رقم الملف الطبي: [[MEDICAL_RECORD_NUMBER:RB-118905]]
        تاريخ الولادة: [[DATE_OF_BIRTH:17/03/1988]]   العنوان: [[STREET_ADDRESS:شارع وصفي التل، عمارة رقم 41، الطابق الثالث، تلاع العلي، عمّان]]
        تاريخ الدخول: [[DATE:09/01/2025]]   تاريخ الخروج: [[DATE:13/01/2025]]
        التشخيص: [[HEALTH_CONDITION:التهاب حاد في حويضة الكلية]] (acute pyelonephritis) عند حامل في الأسبوع 26، مع [[HEALTH_CONDITION:سكري الحمل]] (GDM).
        العلاج: [[HEALTH_CONDITION:Ceftriaxone]] 1 g IV مرة يومياً، ثم [[HEALTH_CONDITION:Zinnat]] 500 ملغ كل 12 ساعة لإكمال 10 أيام، و[[HEALTH_CONDITION:Insulatard]] 8 وحدات مساءً.
        المراجعة: عيادة النسائية والتوليد يوم الأحد [[DATE:19/01/2025]]. هاتف المريضة: [[PHONE_NUMBER:0795 884 213]]، زوجها [[PERSON:أحمد]]: [[PHONE_NUMBER:+962 77 610 4428]]
        للاستفسار: [[PHONE_NUMBER:06 5502200 فرعي 4312]] — د. [[PERSON:مهند الزعبي]]، مقيم أول
        """#,
        #"""
        آزمایشگاه پاتوبیولوژی نوین – شیراز
        نام و نام خانوادگی: [[PERSON:فرشته کاظمی‌نژاد]]   نام پدر: [[PERSON:غلامرضا]]   کد ملی: [[MEDICAL_RECORD_NUMBER:۲۲۸۰۴۱۷۷۳۹]]
        تاریخ تولد: [[DATE_OF_BIRTH:۱۳۶۲/۰۵/۲۱]]   شماره بیمه تأمین اجتماعی: [[MEDICAL_RECORD_NUMBER:۰۴۱۲۸۸۷۳۰۵]]   پزشک معالج: دکتر [[PERSON:بهرام شفیعی]]
        تاریخ پذیرش: [[DATE:۱۴۰۳/۰۹/۰۴]]   تاریخ جوابدهی: [[DATE:۶ آذر ۱۴۰۳]]
        HbA1c: ۸٫۹ ٪ (بالا)   FBS: ۱۸۴ mg/dL   TSH: ۲٫۱ mIU/L
        تفسیر: یافته‌ها مطرح‌کننده [[HEALTH_CONDITION:دیابت نوع ۲ کنترل‌نشده]] است؛ بیمار در حال مصرف [[HEALTH_CONDITION:متفورمین]] ۵۰۰ و [[HEALTH_CONDITION:گلی‌بنکلامید]] است.
        نشانی: [[STREET_ADDRESS:شیراز، خیابان قصرالدشت، کوچه ۲۳، پلاک ۱۴، واحد ۳، کد پستی ۷۱۸۵۶۴۳۹۱۲]]   همراه: [[PHONE_NUMBER:۰۹۱۷ ۳۱۲ ۴۸۰۶]]
        مسئول فنی: دکتر [[PERSON:لیلا رستگار]]
        """#,
        #"""
        מרפאת רחובות מרכז – הפניה לייעוץ קרדיולוגי
        תאריך: [[DATE:כ"ג באדר תשפ"ה]] ([[DATE:23.03.2025]])
        שם: [[PERSON:אברהם (אבי) בן-שושן]]   ת.ז. [[MEDICAL_RECORD_NUMBER:031482953]]   ת. לידה: [[DATE_OF_BIRTH:14.02.1956]]   קופה: מכבי
        כתובת: [[STREET_ADDRESS:רח' הרצל 118 דירה 9, רחובות 7630512]]   טל' בבית: [[PHONE_NUMBER:08-9461273]]   נייד: [[PHONE_NUMBER:052-7731840]]
        סיבת ההפניה: [[HEALTH_CONDITION:פרפור פרוזדורים]] (new onset AF) שהתגלה בא.ק.ג. ב-[[DATE:3.3.25]], דופק 112, ללא כאבים בחזה.
        רקע: [[HEALTH_CONDITION:יתר לחץ דם]], [[HEALTH_CONDITION:סוכרת סוג 2]]. טיפול: [[HEALTH_CONDITION:Eliquis]] 5 mg x2 (מ-[[DATE:4.3.25]]), [[HEALTH_CONDITION:קונקור]] 2.5 מ"ג, [[HEALTH_CONDITION:גלוקופאז']] 850 x2.
        מבוקש: אקו לב + הולטר 24 שעות. לתיאום – בתו [[PERSON:מורן]], [[PHONE_NUMBER:054-6628015]] (המטופל [[HEALTH_CONDITION:כבד שמיעה]]).
        בברכה, ד"ר [[PERSON:יעל גולדשטיין-עזרא]], רפואת משפחה
        """#,
        #"""
        شركة الخليج للتأمين التكافلي – نموذج مطالبة عن علاج خارج الشبكة
        اسم المؤمَّن عليه: [[PERSON:فهد ناصر سعود العجمي]]   الرقم المدني: [[MEDICAL_RECORD_NUMBER:٢٨٩٠٦١٤٠١٢٧٣]]   رقم الوثيقة: [[MEDICAL_RECORD_NUMBER:٠٠٤٨١٧٢/٢٠٢٥]]
        المريضة: الابنة [[PERSON:دانة]]، تاريخ الميلاد [[DATE_OF_BIRTH:٢٠١٧/١١/٠٢]]، رقم بطاقة العضوية [[MEDICAL_RECORD_NUMBER:٠٠٤٨١٧٢-٠٣]]
        العنوان: [[STREET_ADDRESS:الجابرية، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٧]]   نقال: [[PHONE_NUMBER:٩٩٨٧ ٤٢١٣]]
        تاريخ العلاج: [[DATE:١٨ فبراير ٢٠٢٥]] – مستشفى خاص في دبي أثناء السفر (out-of-network, emergency).
        التشخيص حسب التقرير المرفق: [[HEALTH_CONDITION:التهاب اللوزتين الحاد]] (acute tonsillitis) مع [[HEALTH_CONDITION:حمّى]]؛ وُصف لها [[HEALTH_CONDITION:أوجمنتين]] شراب و[[HEALTH_CONDITION:بنادول]] للأطفال.
        المبلغ المطالب به: ٣٨٥ درهماً إماراتياً (ما يعادل ٣٢٫١ د.ك)، يُحوَّل إلى الحساب المسجَّل لدى الشركة.
        التوقيع: [[PERSON:ف. العجمي]]   التاريخ: [[DATE:٢٠٢٥/٠٢/٢٤]]
        """#,
        #"""
        CLAIM APPEAL WORKSHEET – Badger State Orthopedics, [[STREET_ADDRESS:6630 University Ave, Middleton, WI 53562]]
        Patient: [[PERSON:KOWALSKI, DANA M]]   DOB [[DATE_OF_BIRTH:04/27/1979]]   SSN [[US_SSN:391-44-7820]]
        Payer: Northwoods Health Plan   Member ID [[MEDICAL_RECORD_NUMBER:XQW884120537]]   Group 00417   Acct # [[MEDICAL_RECORD_NUMBER:BSO-2210448]]
        Address on file: [[STREET_ADDRESS:2217 Monroe St Apt 3B, Madison, WI 53711]]   Home [[PHONE_NUMBER:(608) 271-0394]]
        DOS [[DATE:01/14/2025]] – CPT 29881, ICD-10 M23.221 [[HEALTH_CONDITION:derangement of posterior horn of medial meniscus, right knee]].
        Denied [[DATE:02/20/2025]], reason code 197 (precert absent). Precert WAS obtained by phone [[DATE:12/30/2024]], ref PA-77310, rep [[PERSON:Keisha]].
        Post-op meds for ref: [[HEALTH_CONDITION:oxycodone]] 5 mg #12, [[HEALTH_CONDITION:Celebrex]] 200 mg daily.
        Prepared by [[PERSON:Trevor Amundsen]], billing – [[PHONE_NUMBER:608-836-1150 ext. 2214]]
        """#,
        #"""
        LABORATÓRIO SÃO LUCAS – Resultado de exames
        Paciente: [[PERSON:Maria das Graças Nogueira de Albuquerque]]   Nasc.: [[DATE_OF_BIRTH:22/08/1964]]   CPF [[MEDICAL_RECORD_NUMBER:418.302.776-05]]
        Cartão SUS: [[MEDICAL_RECORD_NUMBER:708 2041 3395 6621]]   Convênio: Unimed, carteirinha [[MEDICAL_RECORD_NUMBER:0 037 418820041 00 7]]
        Endereço: [[STREET_ADDRESS:Rua Barão de Mesquita, 612, apto 304, Tijuca, Rio de Janeiro – RJ, 20540-004]]   Cel.: [[PHONE_NUMBER:(21) 99814-3307]]
        Coleta em [[DATE:11/03/2025]] às 07h20. Médico solicitante: Dr. [[PERSON:Rodrigo Pessanha]]
        Creatinina 2,1 mg/dL (↑) – TFGe 26 mL/min/1,73 m²; potássio 5,6 mEq/L (↑).
        Achados compatíveis com [[HEALTH_CONDITION:doença renal crônica estágio 4]]; paciente em uso de [[HEALTH_CONDITION:Losartana]] 50 mg e [[HEALTH_CONDITION:Aldactone]] – sugerimos reavaliação.
        Resultado liberado por [[PERSON:Fernanda Okamoto Ribeiro]], biomédica.
        """#,
        #"""
        KIAMBU LEVEL 5 HOSPITAL – DISCHARGE SUMMARY
        Name: [[PERSON:Wanjiru Njeri Kamau]]   IP No. [[MEDICAL_RECORD_NUMBER:KL5/IP/2025/00872]]   SHA No. [[MEDICAL_RECORD_NUMBER:CR4418207731-9]]
        Age 34 (DOB [[DATE_OF_BIRTH:12th June 1990]])   Address: [[STREET_ADDRESS:P.O. Box 1142-00900, Kiambu]]; lives in Ndumberi, near the AIC church
        Admitted [[DATE:02/04/2025]] – Discharged [[DATE:07/04/2025]]
        Dx: [[HEALTH_CONDITION:severe malaria]] (P. falciparum, 3% parasitaemia) with [[HEALTH_CONDITION:anaemia]], Hb 7.9 g/dl.
        Rx: IV [[HEALTH_CONDITION:artesunate]] x 3 doses → [[HEALTH_CONDITION:Coartem]] 4 tabs BD x 3 days; [[HEALTH_CONDITION:ferrous sulphate]] + [[HEALTH_CONDITION:folic acid]] x 1 month.
        Maelekezo: maliza dawa zote, lala ndani ya chandarua, rudi kliniki [[DATE:tarehe 21 Aprili]].
        NOK: [[PERSON:Peter Kamau Githinji]] (husband) [[PHONE_NUMBER:0722 418 306]]. Signed: Dr [[PERSON:A. Odhiambo]], MO
        """#,
        #"""
        PHIẾU TIÊM CHỦNG – Trạm Y tế phường Láng Hạ
        Họ tên trẻ: [[PERSON:Nguyễn Ngọc Bảo Châu]]   Ngày sinh: [[DATE_OF_BIRTH:09/10/2024]]   Mã đối tượng: [[MEDICAL_RECORD_NUMBER:01006240918532]]
        Họ tên mẹ: [[PERSON:Trần Thị Thu Hà]]   SĐT: [[PHONE_NUMBER:0912 468 305]]
        Địa chỉ: [[STREET_ADDRESS:Số 18, ngõ 42 Thái Thịnh, phường Láng Hạ, quận Đống Đa, Hà Nội]]
        [[DATE:09/12/2024]]: [[HEALTH_CONDITION:Infanrix Hexa]] mũi 1 (6 trong 1) + [[HEALTH_CONDITION:Rotarix]] liều 1 – phản ứng: [[HEALTH_CONDITION:sốt nhẹ]]
        [[DATE:13/01/2025]]: [[HEALTH_CONDITION:Infanrix Hexa]] mũi 2 + [[HEALTH_CONDITION:Prevenar 13]] mũi 1
        Lưu ý: bé có tiền sử [[HEALTH_CONDITION:dị ứng đạm sữa bò]], [[HEALTH_CONDITION:chàm sữa]]; hẹn mũi 3 ngày [[DATE:17/02/2025]].
        Cán bộ tiêm: [[PERSON:Lê Minh Phương]]
        """#,
        #"""
        Téléconsultation – Clinique médicale Saint-Roch (transcription automatique, révisée par la médecin)
        [[DATE:2025-02-11]] 14 h 05 – Patient : [[PERSON:Jean-François Tremblay-Gagnon]], NAM [[MEDICAL_RECORD_NUMBER:TREJ 8107 1422]], né le [[DATE_OF_BIRTH:14 juillet 1981]]
        Dre [[PERSON:Nadia Bouchard]] : Bonjour monsieur, vous êtes toujours au [[STREET_ADDRESS:455, rue de la Couronne, app. 6, Québec (Québec) G1K 6E9]]?
        Patient : Oui. Depuis samedi j'ai une [[HEALTH_CONDITION:toux]] pis de la [[HEALTH_CONDITION:fièvre]], 38,9, pis j'ai de la misère à respirer dans les marches.
        Dre [[PERSON:Bouchard]] : Avec votre [[HEALTH_CONDITION:asthme]], on ne niaise pas avec ça. Prenez-vous encore le [[HEALTH_CONDITION:Symbicort]]?
        Patient : Oui, deux fois par jour. Ma blonde [[PERSON:Catherine]] peut aller chercher la prescription à la pharmacie.
        Dre [[PERSON:Bouchard]] : Je soupçonne une [[HEALTH_CONDITION:pneumonie]]. Radiographie demain matin et [[HEALTH_CONDITION:amoxicilline]] 1 g TID. Je vous rappelle au [[PHONE_NUMBER:418 641-2207]]?
        Patient : Plutôt sur mon cell, [[PHONE_NUMBER:581-308-4419]].
        """#,
        #"""
        RS Mitra Harapan Surabaya – Instalasi Radiologi
        Hasil Pemeriksaan Foto Toraks PA
        Nama: Tn. [[PERSON:Bambang Sutrisno]]   No. RM: [[MEDICAL_RECORD_NUMBER:00-41-87-22]]   Tgl. lahir: [[DATE_OF_BIRTH:03-05-1971]]
        NIK: [[MEDICAL_RECORD_NUMBER:3578010305710004]]   No. BPJS: [[MEDICAL_RECORD_NUMBER:0001427739105]]
        Alamat: [[STREET_ADDRESS:Jl. Ngagel Jaya Selatan No. 27, RT 004/RW 06, Kel. Baratajaya, Kec. Gubeng, Surabaya 60284]]   HP: [[PHONE_NUMBER:0812-3304-7719]]
        Klinis: [[HEALTH_CONDITION:batuk]] > 3 minggu, berat badan turun, riwayat [[HEALTH_CONDITION:DM]].
        Kesan: infiltrat dan kavitas di lobus superior paru kanan, sesuai [[HEALTH_CONDITION:TB paru aktif]]. Saran: TCM sputum.
        Surabaya, [[DATE:17 Maret 2025]] – dr. [[PERSON:Retno Wulandari]], Sp.Rad.
        """#,
        #"""
        Žádanka o vyšetření – neurologie
        Odesílající: MUDr. [[PERSON:Jiří Novotný]], praktický lékař, [[STREET_ADDRESS:Vinohradská 1511/230, 100 00 Praha 10]], tel. [[PHONE_NUMBER:267 310 452]]
        Pacientka: [[PERSON:Hana Procházková]], r. č. [[MEDICAL_RECORD_NUMBER:785612/0415]], poj. 111
        Bytem: [[STREET_ADDRESS:Korunní 2569/108, 101 00 Praha 10 – Vinohrady]], mobil [[PHONE_NUMBER:+420 603 218 774]]
        Dg.: G43.1 [[HEALTH_CONDITION:migréna s aurou]], nově parestezie levé ruky trvající > 1 h (epizoda [[DATE:2. 3. 2025]]).
        Medikace: [[HEALTH_CONDITION:Sumatriptan]] 50 mg p. p., hormonální antikoncepce [[HEALTH_CONDITION:Belara]] – doporučeno vysadit.
        Prosím o vyšetření a MR mozku, vyloučit [[HEALTH_CONDITION:TIA]].
        V Praze dne [[DATE:5. 3. 2025]]
        """#,
        #"""
        E-REÇETE – 14 No'lu Aile Sağlığı Merkezi, Karşıyaka
        Reçete tarihi: [[DATE:19.02.2025]]   Reçete no: 3K7PL2Q   Tür: Normal
        Hasta: [[PERSON:Ayşe Gül Yıldırım Öztürk]]   T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:24817730530]]   Doğum tarihi: [[DATE_OF_BIRTH:07.09.1952]]
        Adres: [[STREET_ADDRESS:Cemal Gürsel Cad. No: 412 D: 5, Bostanlı Mah., 35590 Karşıyaka/İzmir]]   Tel: [[PHONE_NUMBER:0 (532) 417 22 09]]
        Tanı: [[HEALTH_CONDITION:Esansiyel hipertansiyon]] (I10), [[HEALTH_CONDITION:Osteoporoz]] (M81.0)
        1) [[HEALTH_CONDITION:Beloc Zok]] 50 mg – 1x1 sabah   2) [[HEALTH_CONDITION:Fosamax]] 70 mg – haftada 1, aç karnına   3) [[HEALTH_CONDITION:Devit-3]] damla – haftada 1
        Eczane notu: ilaçları kızı [[PERSON:Zeynep]] teslim aldı, SGK provizyonu alındı. Hekim: Dr. [[PERSON:Murat Kalkan]]
        """#,
    ]

    /// A twenty-sixth set of everyday texts, written blind to DataGuard's rules: a landlord chat, a utility notice,
    /// a school notice, a leave application, a lease, tenant and bank letters, a club roster, a group chat, a CV,
    /// an incident report and a payroll e-mail (UAE, Tunisia, Iraqi Kurdistan, Pakistan, Mauritania, Sweden,
    /// Catalonia, Peru, Ghana, India, Fiji, US).
    static let twentySixthEveryday: [String] = [
        #"""
        واتساب – [[PERSON:Khalid Al Muhairi]] (المالك)
        [10:42 am] [[PERSON:Maryam]]: السلام عليكم أخوي [[PERSON:خالد]]، الـ Ejari يبون العنوان كامل مثل ما هو في سند الملكية
        [10:44 am] [[PERSON:Khalid Al Muhairi]]: وعليكم السلام، [[STREET_ADDRESS:بناية الريم 2، شقة 1407، الطابق 14، شارع 25، البرشاء الأولى، دبي]]
        [10:46 am] [[PERSON:Maryam]]: تمام، والشيكات أكتبها باسم منو بالضبط؟
        [10:47 am] [[PERSON:Khalid Al Muhairi]]: باسم [[PERSON:خالد عبيد سالم المهيري]]، 4 شيكات، أول واحد بتاريخ [[DATE:1/3/2025]]
        [10:49 am] [[PERSON:Maryam]]: ok 👍 وحساب DEWA القديم [[MEMBER_NUMBER:2004718336]] بيتسكر؟
        [10:50 am] [[PERSON:Khalid Al Muhairi]]: إي، سكري عليه وافتحي واحد باسمج. حارس البناية [[PERSON:Ramesh]] يعطيج قراءة العداد، رقمه [[PHONE_NUMBER:055 218 4407]]
        [10:52 am] [[PERSON:Maryam]]: إن شاء الله. وهذا رقم زوجي [[PERSON:سيف]] لو ما رديت: [[PHONE_NUMBER:+971 50 663 1928]]
        """#,
        #"""
        الشركة التونسية للكهرباء والغاز – إقليم صفاقس الشمالية / STEG – District Sfax Nord
        إشعار بقطع التيار – Avis de coupure
        إلى السيدة: [[PERSON:منية بن صالح الطرابلسي]] (Mme [[PERSON:Mounia Ben Salah Trabelsi]])
        مرجع الحريف / Réf. client : [[MEMBER_NUMBER:412 718 033 6]]   العنوان: [[STREET_ADDRESS:نهج الحبيب ثامر عدد 27، الطابق الثاني، 3027 صفاقس]]
        نعلمكم أن فاتورة نوفمبر-ديسمبر بقيمة 184,620 د لم يتم خلاصها إلى غاية [[DATE:15/02/2025]]. À défaut de paiement avant le [[DATE:28 février 2025]], l'alimentation sera suspendue.
        للاستفسار: [[PHONE_NUMBER:74 221 500]]
        Réponse de la cliente (au dos) : خلّصت في البوسطة نهار [[DATE:20/02]], reçu n° 00471. Pour toute question appelez mon fils [[PERSON:Yassine]] au [[PHONE_NUMBER:+216 98 412 637]]. Merci.
        """#,
        #"""
        قوتابخانەی بنەڕەتیی ئاشتی – هەولێر
        ئاگادارکردنەوە بۆ دایک و باوکان – ڕێکەوت: [[DATE:١٦/٣/٢٠٢٥]]
        بەڕێز کاک [[PERSON:ئاراس محەمەد قادر]]، باوکی قوتابی [[PERSON:ڕێبین ئاراس]] (پۆلی ٤/ب)
        بەپێی ڕاپۆرتی دکتۆر [[PERSON:هێمن عوسمان]]، [[PERSON:ڕێبین]] تووشی [[HEALTH_CONDITION:سوورێژە]] بووە و دەبێت تا [[DATE:٢٠ی ئازار]] لە ماڵەوە بمێنێتەوە.
        ئەو منداڵانەی پۆلەکە کە ڤاکسینی MMR یان وەرنەگرتووە، با سەردانی بنکەی تەندروستی بکەن.
        پشووی نەورۆز لە [[DATE:٢٠ی ئازار]] تا [[DATE:٢٥ی ئازاری ٢٠٢٥]] دەبێت. نەورۆزتان پیرۆز بێت – ٢٧٢٥ی کوردی 🌸
        ژمارەی مۆبایلی تۆمارکراو: [[PHONE_NUMBER:٠٧٥٠ ٤٤٨ ٢١٣٦]]، ناونیشان: [[STREET_ADDRESS:گەڕەکی ئازادی، کۆڵانی ١٤، خانووی ٢٣، هەولێر]]. ئەگەر گۆڕاون ئاگادارمان بکەنەوە.
        بەڕێوەبەر: مامۆستا [[PERSON:شیلان عەبدوڵڵا]] – تەلەفۆنی قوتابخانە [[PHONE_NUMBER:٠٦٦ ٢٢٤ ٨٨١٠]]
        """#,
        #"""
        بخدمت جناب ایچ آر منیجر صاحب، چناب ویو ٹیکسٹائل ملز (پرائیویٹ) لمیٹڈ، فیصل آباد
        عنوان: درخواست برائے میڈیکل رخصت (Medical Leave Application)
        جناب عالی! گزارش ہے کہ میں [[PERSON:محمد عمران]] ولد [[PERSON:غلام حسین]]، ملازم نمبر [[EMPLOYEE_NUMBER:CVT-04172]]، ڈائنگ سیکشن میں بطور سپروائزر کام کر رہا ہوں۔
        [[DATE:8 مارچ 2025]] ([[DATE:7 رمضان المبارک 1446ھ]]) کو مجھے [[HEALTH_CONDITION:تیز بخار]] ہوا، ٹیسٹ کروانے پر [[HEALTH_CONDITION:ٹائیفائیڈ]] کی تشخیص ہوئی۔
        ڈاکٹر [[PERSON:شازیہ ملک]] نے [[HEALTH_CONDITION:Azomax]] اور [[HEALTH_CONDITION:Panadol]] تجویز کی ہیں اور ایک ہفتہ مکمل آرام کا مشورہ دیا ہے، میڈیکل سرٹیفکیٹ لف ہے۔
        لہٰذا [[DATE:9 مارچ]] سے [[DATE:15 مارچ 2025]] تک رخصت منظور فرمائی جائے۔ چھٹی کے دوران رابطہ: [[PHONE_NUMBER:0301-4478215]]
        پتہ: [[STREET_ADDRESS:مکان نمبر 27، گلی نمبر 4، محلہ اسلام پورہ، جھنگ روڈ، فیصل آباد]]
        العارض، [[PERSON:محمد عمران]] – مورخہ [[DATE:08-03-2025]]
        """#,
        #"""
        CONTRAT DE LOCATION À USAGE D'HABITATION (extrait)
        Entre : M. [[PERSON:Sidi Mohamed ould Cheikh Ahmed]], propriétaire, tél. [[PHONE_NUMBER:+222 46 41 22 07]]
        Et : Mme [[PERSON:Mariem mint Abdallahi Salem]], locataire, tél. [[PHONE_NUMBER:36 18 90 44]]
        Bien loué : villa de 3 pièces sise [[STREET_ADDRESS:Îlot K, lot n° 112, Tevragh Zeina, Nouakchott]], avec cour et château d'eau.
        Loyer mensuel : 45 000 MRU, payable avant le 5 de chaque mois ; caution de deux mois versée le [[DATE:28/12/2024]].
        Durée : un an à compter du [[DATE:1er janvier 2025]], renouvelable. Les factures SOMELEC (compteur client n° [[MEMBER_NUMBER:07-118-4420]]) sont à la charge de la locataire.
        Fait à Nouakchott le [[DATE:30 décembre 2024]]. Témoin : [[PERSON:Brahim ould Ely]]
        """#,
        #"""
        Ämne: Stambyte i trapphus B – er lägenhet 1203
        Hej [[PERSON:Linnéa]] och [[PERSON:Oskar]]!
        Stambytet hos er på [[STREET_ADDRESS:Södra Förstadsgatan 58 B, lgh 1203, 214 20 Malmö]] börjar måndag [[DATE:3 mars]] och tar ungefär sex veckor.
        Ert hyresgästnummer är [[MEMBER_NUMBER:330-58-1203]]; ange det om ni vill ha evakueringslägenhet – anmälan senast [[DATE:14/2]].
        [[PERSON:Oskar]] skrev i intresseanmälan att han har svår [[HEALTH_CONDITION:dammallergi]], så vi ställer in en luftrenare i ersättningslägenheten.
        Vänliga hälsningar
        [[PERSON:Göran Lindqvist]], förvaltare, Ribersborgs Fastigheter AB
        Tel [[PHONE_NUMBER:040-611 28 90]] | Mobil [[PHONE_NUMBER:070-418 22 63]] | [[EMAIL_ADDRESS:goran.lindqvist@ribersborgsfastigheter.se]]
        """#,
        #"""
        CLUB BÀSQUET SANT ANDREU – Llista de sòcies, sènior femení, temporada 2024-25
        Núm. sòcia | Nom | Mòbil | Observacions
        [[MEMBER_NUMBER:0412]] | [[PERSON:Núria Puigdomènech i Ferrer]] | [[PHONE_NUMBER:628 41 77 30]] | capitana
        [[MEMBER_NUMBER:0437]] | [[PERSON:Laia Vilaró Casals]] | [[PHONE_NUMBER:+34 654 218 009]] | baixa fins al [[DATE:15/01]] per [[HEALTH_CONDITION:esquinç de turmell]]
        [[MEMBER_NUMBER:0451]] | [[PERSON:Fatima Zahra El Amrani]] | [[PHONE_NUMBER:671.330.482]] | porta el [[HEALTH_CONDITION:Ventolin]] a la bossa ([[HEALTH_CONDITION:asma]])
        [[MEMBER_NUMBER:0460]] | [[PERSON:Mar Ortega-Soler]] | [[PHONE_NUMBER:93 345 12 86]] (casa) | nova, data naix. [[DATE_OF_BIRTH:02/11/2006]]
        Entrenadora: [[PERSON:Montse Rovira]] – [[EMAIL_ADDRESS:montse.rovira@cbsantandreu.cat]]. Quotes abans del [[DATE:31 d'octubre]].
        """#,
        #"""
        grupo "promo 2009 🦅 san agustín"
        [[PERSON:kathy]]: chicos ya tengo la lista para el almuerso del sabado [[DATE:22 de marzo]] 🎉
        [[PERSON:chino]]: yaaa y dnd es al final??
        [[PERSON:kathy]]: en la casa de [[PERSON:renzo]], [[STREET_ADDRESS:calle los pinos 245 dpto 302, urb. san antonio, miraflores]]
        [[PERSON:renzo]]: sii timbre 302. si se pierden llamen a mi flaca [[PERSON:vale]] al [[PHONE_NUMBER:987 214 630]] q yo voy a estar en la parrilla
        [[PERSON:chino]]: ya causa. ojo q [[PERSON:lucho]] no puede comer mariscos x su [[HEALTH_CONDITION:gota]] jaja, compren pollo tmb
        [[PERSON:kathy]]: yapeen la cuota de 40 soles al [[PHONE_NUMBER:954330718]] porfa, sale a nombre de [[PERSON:katherine quispe h.]]
        """#,
        #"""
        GOLDCOAST COMMERCIAL BANK PLC – Adum Branch, Kumasi                                   [[DATE:14th March 2025]]
        Mr [[PERSON:Kwabena Owusu-Ansah]]
        [[STREET_ADDRESS:House No. AK-039-4417, Ahodwo Roundabout Road]]
        [[STREET_ADDRESS:P. O. Box KS 1183, Kumasi]]
        Dear Sir, RE: CURRENT ACCOUNT NO. [[MEMBER_NUMBER:1041 0027 3381 501]] – DORMANCY NOTICE
        Your account has recorded no customer-initiated transaction since [[DATE:02/09/2023]]. Kindly visit the branch with your Ghana Card to update your KYC before [[DATE:30th April 2025]], or call our contact centre on [[PHONE_NUMBER:0302 217 880]].
        Our records show your mobile as [[PHONE_NUMBER:024 418 7790]]; if this has changed, please inform your Relationship Officer, [[PERSON:Abena Sarpong-Boateng]].
        Yours faithfully, [[PERSON:E. K. Mensah]], Branch Manager
        """#,
        #"""
        CURRICULUM VITAE – [[PERSON:Ananya Subramaniam Iyer]]
        [[STREET_ADDRESS:Flat 12B, Tower 3, Lakeview Enclave, Varthur Main Road, Bengaluru – 560087]] | [[PHONE_NUMBER:+91 98860 41273]] | [[EMAIL_ADDRESS:ananya.s.iyer92@gmail.com]]
        Objective: QA lead role in a product company where I can own test strategy end to end.
        Experience: Senior QA Engineer, Kaveri Softech Pvt. Ltd., Whitefield (2019 – present), Emp. ID [[EMPLOYEE_NUMBER:KST-110482]]; QA Analyst, Nimbus Infoways, Chennai (2014 – 2019)
        Education: B.E. (ECE), Government College of Engineering, Salem, 2014 – 8.4 CGPA
        Personal details: DOB [[DATE_OF_BIRTH:18-08-1992]]; Father's name: Shri [[PERSON:R. Subramaniam]]; Languages known: Tamil, English, Kannada, Hindi
        Permanent address: [[STREET_ADDRESS:No. 7/3, Sannathi Street, Srirangam, Tiruchirappalli – 620006]]
        Declaration: I hereby declare that the above information is true to the best of my knowledge. Place: Bengaluru   Date: [[DATE:04/03/2025]]
        """#,
        #"""
        INCIDENT REPORT – Coral Sun Resort, Denarau (Security & Front Office)   Report no. IR-25-0031
        Date/time of incident: [[DATE:Sat 8 Feb 2025]], approx. 2315 hrs
        Guest: Ms [[PERSON:Hannah Whitcombe]], Room 214, loyalty no. [[MEMBER_NUMBER:CSR-NZ-448172]], home [[STREET_ADDRESS:22 Te Awa Road, Mount Maunganui 3116, New Zealand]]
        Guest slipped on the wet pool deck and hit her head, small cut above left eyebrow. She told staff she has [[HEALTH_CONDITION:epilepsy]] and takes [[HEALTH_CONDITION:Keppra]].
        First aid by Night Supervisor [[PERSON:Sakiusa Ratuvou]] (staff no. [[EMPLOYEE_NUMBER:0877]]); ambulance called, taken to Nadi Hospital with partner Mr [[PERSON:Liam Whitcombe]], mob [[PHONE_NUMBER:+64 21 447 9012]].
        Witness: [[PERSON:Mereani Tuilau]], pool bar, [[PHONE_NUMBER:992 4810]].
        Reported by: [[PERSON:Vilisoni Naivalu]], Duty Manager. Follow-up call to guest [[DATE:9/2/25]]: 3 stitches, discharged, returning to resort.
        """#,
        #"""
        From: [[PERSON:Rosalind Ebanks]] <[[EMAIL_ADDRESS:rebanks@harborviewlogistics.com]]>
        To: Payroll <[[EMAIL_ADDRESS:payroll@harborviewlogistics.com]]>
        Subject: Direct deposit change + new mailing address
        Hi [[PERSON:Marcus]], starting with the [[DATE:April 11]] paycheck please send my pay to my new credit union checking account:
        routing [[US_ROUTING_NUMBER:291170354]], account [[US_BANK_ACCOUNT:4471023865]] (voided check attached). Employee ID [[EMPLOYEE_NUMBER:HVL-20931]].
        Also please update my address for the W-2: [[STREET_ADDRESS:1840 Riverside Dr., Unit 5, Jacksonville, FL 32204]].
        Thanks so much,
        [[PERSON:Roz Ebanks]]
        Dispatch Coordinator, Harborview Logistics | cell [[PHONE_NUMBER:904.381.2276]]
        """#,
    ]
}
