extension BlindTexts {
    /// A twenty-fifth set of clinical texts, written blind to DataGuard's rules: OPD slips, lab and radiology reports,
    /// discharge summaries, pharmacy labels, claims and vaccination records in Urdu, Persian, Arabic, Hebrew and
    /// Arabic–French (Pakistan, Iran, Iraq, Israel, Algeria), and in English from South Asia and the diaspora
    /// (UK, India, Bangladesh, Canada, Nepal/Qatar).
    static let twentyFifthClinical: [String] = [
        #"""
        الشفاء فیملی کلینک، جی ٹی روڈ، مریدکے — او پی ڈی پرچی
        تاریخ: [[DATE:14-01-2025]]     ایم آر نمبر: [[MEDICAL_RECORD_NUMBER:MK-25-00418]]
        مریض: [[PERSON:محمد عرفان]] ولد [[PERSON:غلام رسول]]، عمر 58 سال، شناختی کارڈ [[MEDICAL_RECORD_NUMBER:35401-6738215-9]]
        پتہ: [[STREET_ADDRESS:مکان نمبر 14، گلی نمبر 3، محلہ اسلام پورہ، مریدکے، تحصیل مریدکے، ضلع شیخوپورہ]]   موبائل: [[PHONE_NUMBER:0300-4127785]]
        شکایت: تین دن سے چکر اور سر درد، BP 170/100۔ پرانے [[HEALTH_CONDITION:شوگر]] اور [[HEALTH_CONDITION:بلڈ پریشر]] کے مریض ہیں، دوائی باقاعدہ نہیں لیتے۔
        Rx: Tab [[HEALTH_CONDITION:Glucophage]] 500 mg صبح شام کھانے کے بعد، Tab [[HEALTH_CONDITION:Norvasc]] 5 mg رات کو، Tab [[HEALTH_CONDITION:Panadol]] ضرورت پڑنے پر
        HbA1c اور گردوں کا ٹیسٹ کروائیں، دو ہفتے بعد [[DATE:28 جنوری]] کو دوبارہ چیک اپ۔
        ڈاکٹر [[PERSON:ثمینہ کوثر]]، ایم بی بی ایس — کلینک فون [[PHONE_NUMBER:042-37981450]]
        """#,
        #"""
        آزمایشگاه تشخیص طبی پارسیان — برگهٔ جواب آزمایش
        نام بیمار: خانم [[PERSON:مریم احمدی‌نژاد]] فرزند [[PERSON:حسین]]   کد ملی: [[MEDICAL_RECORD_NUMBER:۰۰۷۳۸۴۱۲۵۰]]   شمارهٔ پذیرش: [[MEDICAL_RECORD_NUMBER:۱۴۰۳۰۸۱۲۰۴۷]]
        تاریخ تولد: [[DATE_OF_BIRTH:۱۳۶۴/۰۵/۲۲]]   تاریخ پذیرش: [[DATE:۱۴۰۳/۰۸/۱۲]]   تاریخ جوابدهی: [[DATE:۱۴۰۳/۰۸/۱۴]]
        بیمه: تأمین اجتماعی، شمارهٔ بیمه [[MEDICAL_RECORD_NUMBER:۴۱۲۸۸۰۳۷۱۹]]   تلفن همراه: [[PHONE_NUMBER:۰۹۱۲ ۳۸۴ ۷۱۲۹]]
        نشانی: [[STREET_ADDRESS:تهران، خیابان شریعتی، کوچهٔ نسترن، پلاک ۱۲، طبقهٔ سوم، واحد ۷، کد پستی ۱۹۱۳۸-۴۵۶۷۲]]
        TSH: ۱۱٫۲ mIU/L (بالا)   Free T4: ۰٫۶ ng/dL (پایین)   Anti-TPO: مثبت   فریتین: ۹ ng/mL
        تفسیر: یافته‌ها به نفع [[HEALTH_CONDITION:کم‌کاری تیروئید]] ناشی از [[HEALTH_CONDITION:Hashimoto]] و [[HEALTH_CONDITION:کمبود آهن]] است.
        پزشک معالج: دکتر [[PERSON:بهرام صالحی]]   مسئول فنی: دکتر [[PERSON:نسرین قاسمی‌فر]]   تلفن آزمایشگاه: [[PHONE_NUMBER:۰۲۱-۲۲۸۷۴۵۱۰]]
        """#,
        #"""
        مستشفى الرافدين التعليمي – ردهة الباطنية / الطابق الثاني
        ملخص خروج المريض (Discharge Summary)
        الاسم الرباعي: [[PERSON:علي حسين كاظم الجبوري]]   رقم الملف: [[MEDICAL_RECORD_NUMBER:٢٠٢٥/٣٤٨٧]]   البطاقة الوطنية: [[MEDICAL_RECORD_NUMBER:١٩٨٤٠٣٢٧٥٥١٢]]
        العنوان: [[STREET_ADDRESS:بغداد – الكرخ، حي العامل، محلة ٨٢٤، زقاق ١٩، دار ٧]]   هاتف: [[PHONE_NUMBER:٠٧٧٠ ٤٨٢ ١٩٣٥]]
        تاريخ الدخول: [[DATE:٢٠٢٥/٢/١١]]   تاريخ الخروج: [[DATE:٢٠٢٥/٢/١٦]]
        التشخيص: [[HEALTH_CONDITION:احتشاء عضلة القلب الحاد]] (NSTEMI) على خلفية [[HEALTH_CONDITION:داء السكري النوع الثاني]].
        العلاج عند الخروج: [[HEALTH_CONDITION:Aspirin]] 100 mg، [[HEALTH_CONDITION:Plavix]] 75 mg، [[HEALTH_CONDITION:Atorvastatin]] 40 mg، [[HEALTH_CONDITION:Amaryl]] 2 mg صباحاً.
        مراجعة استشارية القلب بعد أسبوعين. يرجى الاتصال بابنه [[PERSON:مصطفى]] على [[PHONE_NUMBER:+964 781 350 2277]] عند الحاجة.
        الطبيب المقيم: د. [[PERSON:زينب عبد الأمير الساعدي]]
        """#,
        #"""
        מדבקת ניפוק – בית מרקחת הדקל, ירושלים   טל' [[PHONE_NUMBER:02-5863311]]
        מטופל: [[PERSON:אברג'ל יוסף]]   ת.ז. [[MEDICAL_RECORD_NUMBER:031847262]]   ת. לידה [[DATE_OF_BIRTH:17/09/1956]]
        [[HEALTH_CONDITION:גלוקומין]] 850 מ"ג – 60 טבליות. ליטול טבליה אחת פעמיים ביום, בארוחת בוקר ובארוחת ערב, לטיפול ב[[HEALTH_CONDITION:סוכרת]].
        [[HEALTH_CONDITION:Jardiance]] 10 mg – 30 טבליות, פעם ביום בבוקר. יש להקפיד על שתייה מרובה.
        רופאה מרשמת: ד"ר [[PERSON:מיכל רוזנבלום-חדד]]   ניפוק: [[DATE:23.02.2025]] ([[DATE:כ"ה בשבט תשפ"ה]])   ניפוק הבא לא לפני [[DATE:20.03.2025]]
        משלוח עד הבית: [[STREET_ADDRESS:שד' גולדה מאיר 118, כניסה ב', דירה 14, ירושלים 9723123]] – לתאם עם הבת [[PERSON:אורלי]] [[PHONE_NUMBER:054-3327018]]
        רוקחת: [[PERSON:ניקול עזרא]]
        """#,
        #"""
        Cabinet de radiologie et d'imagerie médicale — Dr [[PERSON:Amel Benkhelifa]], Sétif
        تقرير الفحص بالصدى / Compte rendu d'échographie abdominale
        المريضة: [[PERSON:بوعزيز فاطمة الزهراء]] زوجة [[PERSON:مباركي]]، تاريخ الميلاد: [[DATE_OF_BIRTH:03/11/1971]]، رقم الضمان الاجتماعي: [[MEDICAL_RECORD_NUMBER:71 1234 0458 36]]
        العنوان: [[STREET_ADDRESS:حي 1014 مسكن، عمارة 22، الطابق 3، رقم 9، سطيف]]   الهاتف: [[PHONE_NUMBER:0661 48 20 37]]
        موجهة من طرف الدكتور [[PERSON:Rachid Ouali]] pour suspicion de [[HEALTH_CONDITION:colique hépatique]].
        Résultat : vésicule biliaire distendue, siège de multiples calculs (le plus grand 14 mm) — [[HEALTH_CONDITION:lithiase vésiculaire]]. Foie de taille normale, [[HEALTH_CONDITION:stéatose hépatique]] grade I.
        الخلاصة: [[HEALTH_CONDITION:حصوات في المرارة]] دون علامات التهاب. يُنصح باستشارة جراحية.
        سطيف في [[DATE:17 مارس 2025]]
        """#,
        #"""
        Horton Park Medical Practice – letter to patient re Ramadan fasting and diabetes
        Mrs [[PERSON:Nasreen Akhtar]] w/o [[PERSON:Mohammed Aslam]]   DOB [[DATE_OF_BIRTH:02/04/1968]]   NHS No. [[MEDICAL_RECORD_NUMBER:485 772 1093]]
        [[STREET_ADDRESS:27 Lidget Place, Little Horton, Bradford BD7 1QH]]   Tel [[PHONE_NUMBER:01274 578 203]]
        Dear Mrs [[PERSON:Akhtar]], following our review on [[DATE:10 February]] (with a Pahari-Pothwari interpreter), your HbA1c was 71.
        If you fast this Ramadan, please take [[HEALTH_CONDITION:gliclazide]] 80 mg only at iftar, not at suhoor, and keep [[HEALTH_CONDITION:metformin]] 500 mg with the two meals.
        Break the fast if your sugar drops below 4 or you feel shaky – this is allowed for people with [[HEALTH_CONDITION:type 2 diabetes]].
        Your son [[PERSON:Imran]] asked for copies by email: [[EMAIL_ADDRESS:imran.aslam84@gmail.com]]. Any questions, ring our diabetes nurse [[PERSON:Rukhsana Bi]] on [[PHONE_NUMBER:07700 900 418]].
        Dr [[PERSON:Owen Pickles]]
        """#,
        #"""
        HEALTH INSURANCE CLAIM FORM – PART B (to be filled by the hospital)
        Policy No.: [[MEDICAL_RECORD_NUMBER:2811/03417752/00/000]]   TPA ID card: [[MEDICAL_RECORD_NUMBER:MDI-88412907]]   Intimated on: [[DATE:05-09-2024]]
        Insured: Mr. [[PERSON:Syed Mujtaba Hussaini]] S/o [[PERSON:Syed Abdul Qadeer]], M/34, DOB [[DATE_OF_BIRTH:17-07-1990]], Emp. code (group policy) [[EMPLOYEE_NUMBER:HYD-40732]]
        Aadhaar: [[MEDICAL_RECORD_NUMBER:7342 0918 6650]]   Address: [[STREET_ADDRESS:H.No. 12-2-417/B, Gudimalkapur, Mehdipatnam, Hyderabad – 500028]]   Mobile: [[PHONE_NUMBER:+91 98480 31276]]
        Hospital IP No.: [[MEDICAL_RECORD_NUMBER:IP/24/11762]]   DOA [[DATE:04/09/2024]]   DOD [[DATE:09/09/2024]]
        Diagnosis: [[HEALTH_CONDITION:Dengue fever, NS1 positive]] with [[HEALTH_CONDITION:thrombocytopenia]] (nadir 18,000/cmm). Line of treatment: medical, IV fluids, 2 units SDP.
        Discharge medicines: [[HEALTH_CONDITION:Dolo 650]] SOS, [[HEALTH_CONDITION:Caripill]] 1 TDS x 5 days. Amount claimed: Rs. 86,450/-.
        Treating doctor: Dr. [[PERSON:K. Lavanya Reddy]], MD (Gen. Med.)   Contact: [[PHONE_NUMBER:040-2351 8842]]
        """#,
        #"""
        Dr. [[PERSON:Farhana Yasmin Chowdhury]], MBBS, FCPS (Medicine) | Chamber: Shapla Diagnostic, Mirpur-10 | Serial: [[PHONE_NUMBER:01711-408532]]
        Date: [[DATE:14.02.25]]   ID: [[MEDICAL_RECORD_NUMBER:SD-25-07731]]   Pt: [[PERSON:Md. Rafiqul Islam Bhuiyan]], 47 y/M
        Address: [[STREET_ADDRESS:House 23, Road 7, Block C, Section 11, Pallabi, Dhaka-1216]]   Mob: [[PHONE_NUMBER:+880 1819-227406]]
        C/C: burning epigastric pain 3 months, worse at night. BP 150/95. Dx: [[HEALTH_CONDITION:GERD]], [[HEALTH_CONDITION:hypertension]] (newly detected)
        Rx  1. Cap. [[HEALTH_CONDITION:Seclo]] 20 mg   1+0+1   khabar 30 min age — 1 mash
            2. Tab. [[HEALTH_CONDITION:Bizoran]] 5/20   0+0+1   cholbe
            3. Tab. [[HEALTH_CONDITION:Motigut]] 10 mg   1+1+1   khabar age — 14 din
        Adv: tel-mosla kom khaben, rater khabar ghumer 2 ghonta age. CBC, S. creatinine, lipid profile. 1 mash por dekhaben ([[DATE:16.03.25]]).
        """#,
        #"""
        MARKHAM ROAD IMAGING – ULTRASOUND REPORT
        Patient: [[PERSON:THEVARAJAH, Kalaivani]]   DOB: [[DATE_OF_BIRTH:1979-06-21]]   HCN: [[MEDICAL_RECORD_NUMBER:5184-227-907-KT]]   Chart: [[MEDICAL_RECORD_NUMBER:MRI-0048812]]
        Address: [[STREET_ADDRESS:Unit 1407, 3880 Lawrence Ave E, Scarborough ON M1G 1R4]]   Tel: [[PHONE_NUMBER:416-289-4471]]
        Referring: Dr. [[PERSON:Arun Sivakumar]], fax [[PHONE_NUMBER:(416) 431-7720]]   Exam date: [[DATE:2025-01-08]]
        Hx: heavy menstrual bleeding, [[HEALTH_CONDITION:iron deficiency anaemia]] on [[HEALTH_CONDITION:FeraMAX]]. Pelvic US, transabdominal and transvaginal.
        Findings: uterus enlarged, 11.8 cm; two intramural fibroids, 4.1 cm and 2.6 cm. Ovaries unremarkable.
        Impression: [[HEALTH_CONDITION:uterine leiomyomata]]. Suggest gynaecology referral.
        Note: patient prefers Tamil; husband [[PERSON:Sivanesan Murugesu]] interpreted, cell [[PHONE_NUMBER:(647) 832-0195]].
        Reported by: Dr. [[PERSON:Priya Menon]], FRCPC
        """#,
        #"""
        PRE-DEPARTURE MEDICAL & VACCINATION RECORD – Himal Health Screening Centre, Kathmandu (employment: Qatar)
        Name: [[PERSON:Bishnu Bahadur Thapa Magar]]   S/o [[PERSON:Dil Bahadur Thapa Magar]]   DOB: [[DATE_OF_BIRTH:2052/04/18]] B.S. ([[DATE_OF_BIRTH:03 Aug 1995]])
        Citizenship cert. no.: [[MEDICAL_RECORD_NUMBER:45-01-73-08812]]   Passport: [[MEDICAL_RECORD_NUMBER:PA0912847]]   Medical ref.: [[MEDICAL_RECORD_NUMBER:HHS/25/031147]]
        Perm. address: [[STREET_ADDRESS:Ward No. 7, Galyang Municipality, Syangja District, Gandaki Province]]   Mobile: [[PHONE_NUMBER:+977 984-6217730]]
        CXR normal. HIV, HBsAg, anti-HCV non-reactive. Stool R/E: [[HEALTH_CONDITION:hookworm infestation]], given [[HEALTH_CONDITION:Albendazole]] 400 mg stat on [[DATE:2081/09/27]] B.S.
        Vaccination: [[HEALTH_CONDITION:Hepatitis B vaccine]] dose 1 [[DATE:12-12-2024]], dose 2 [[DATE:11-01-2025]], dose 3 due [[DATE:12-06-2025]] (to be given in Doha).
        [[HEALTH_CONDITION:Td]] booster [[DATE:11-01-2025]]. Status: FIT for employment abroad.
        Emergency contact: wife [[PERSON:Sunita Thapa Magar]], [[PHONE_NUMBER:063-420715]]. Examined by Dr. [[PERSON:Sarita Koirala]]
        """#,
    ]

    /// A twenty-fifth set of everyday texts, written blind to DataGuard's rules: salary certificates, rental
    /// agreements, chats, police complaints and school e-mails in Arabic, Dari, Urdu and Hebrew (Qatar, Afghanistan,
    /// Syria/Oman, Pakistan, Israel), and romanized chats, ads, HR letters and agreements in English from South Asia and
    /// the diaspora (Pakistan, UK, Oman, Bangladesh, India).
    static let twentyFifthEveryday: [String] = [
        #"""
        إلى من يهمه الأمر — شهادة راتب
        تشهد شركة الخليج للمقاولات والصيانة ذ.م.م، ص.ب 22145، الدوحة، بأن السيد/ [[PERSON:عثمان عبد الرحيم محمد أحمد]]، سوداني الجنسية،
        حامل البطاقة الشخصية القطرية رقم [[MEMBER_NUMBER:28773601245]]، يعمل لدينا بوظيفة محاسب أول منذ [[DATE:1 مارس 2016]]، الرقم الوظيفي [[EMPLOYEE_NUMBER:GCM-0734]]،
        ويتقاضى راتباً إجمالياً قدره 14,500 ريال قطري شهرياً يُحوَّل إلى حسابه رقم [[MEMBER_NUMBER:QA14DOHB000004127728190011204]].
        أُعطيت هذه الشهادة بناءً على طلبه لتقديمها إلى سفارة جمهورية السودان دون أدنى مسؤولية على الشركة.
        للاستفسار: إدارة الموارد البشرية، هاتف [[PHONE_NUMBER:+974 4436 2180]]، البريد [[EMAIL_ADDRESS:hr@gulfcm-qa.com]]
        حُررت بتاريخ [[DATE:٢٠٢٥/٠٤/٠٨]]
        [[PERSON:نورة سالم المري]] — مدير الموارد البشرية
        """#,
        #"""
        قرارداد کرایهٔ منزل
        موجر: حاجی [[PERSON:غلام سخی]] فرزند [[PERSON:محمد نبی]]، نمبر تذکره [[MEMBER_NUMBER:۱۴۰۰-۰۱۰۱-۲۷۸۴۵]]، شماره تماس [[PHONE_NUMBER:۰۷۹۹ ۴۱۲ ۳۷۸]]
        مستأجر: [[PERSON:فریدون احمدزی]] فرزند [[PERSON:عبدالقیوم]]، نمبر تذکره [[MEMBER_NUMBER:۱۳۹۸-۰۱۰۱-۶۰۳۱۹]]، شماره تماس [[PHONE_NUMBER:+93 78 530 2291]]
        موقعیت: [[STREET_ADDRESS:کابل، ناحیهٔ سوم، کارتهٔ سه، سرک دوم، کوچهٔ مسجد جامع، خانهٔ نمبر ۱۴، منزل دوم]]
        مدت: یک سال از [[DATE:۱ حمل ۱۴۰۴]] الی [[DATE:۳۰ حوت ۱۴۰۴]]. کرایهٔ ماهوار ۱۲٬۰۰۰ افغانی، پیش‌پرداخت سه ماه.
        پول آب و برق به عهدهٔ مستأجر؛ ترمیمات اساسی به عهدهٔ موجر.
        شاهدان: [[PERSON:محمد داوود]] و [[PERSON:نقیب‌الله صافی]]
        تاریخ عقد قرارداد: [[DATE:۲۵ حوت ۱۴۰۳]]
        """#,
        #"""
        [١٠:١٢ ص] [[PERSON:أبو سامر]]: مرحبا، معك المندوب من محل الهدى للأدوات الكهربائية، الطلب باسم [[PERSON:رهف]]
        [١٠:١٣ ص] [[PERSON:رهف]]: أهلين، أنا برا سوريا، بمسقط. الغسالة لبيت أهلي بـ[[STREET_ADDRESS:دمشق، ركن الدين، شارع أسد الدين، بناية الحلبي، طابق تالت]]
        [١٠:١٤ ص] [[PERSON:رهف]]: اتصل بأبي [[PERSON:محمود الشامي]] على [[PHONE_NUMBER:٠٩٤٤ ٢١٨ ٥٣٧]] أو الأرضي [[PHONE_NUMBER:011 5129846]]، الكهربا بتجي ع ساعتين بس
        [١٠:١٥ ص] [[PERSON:أبو سامر]]: تمام. منوصل بكرة الخميس [[DATE:١٧ نيسان]] بين ١١ و ١ الظهر إن شاء الله
        [١٠:١٦ ص] [[PERSON:رهف]]: الله يعطيك العافية. وإذا ما رد أبي، أمي [[PERSON:أم وسيم]] رقمها [[PHONE_NUMBER:+963 933 604 172]]
        [١٠:١٦ ص] [[PERSON:رهف]]: وديرو بالكن الدرج ضيق 😅 وأبي عنده [[HEALTH_CONDITION:ديسك]] لا تخلوه يشيل شي
        [١٠:١٧ ص] [[PERSON:أبو سامر]]: ولا يهمك أختي 👍
        """#,
        #"""
        بخدمت جناب ایس ایچ او صاحب، تھانہ گلبرگ، لاہور
        عنوان: درخواست برائے اندراج مقدمہ — موٹر سائیکل چوری
        جناب عالی! گزارش ہے کہ سائل [[PERSON:محمد ثاقب]] ولد [[PERSON:محمد اشرف]]، شناختی کارڈ نمبر [[MEMBER_NUMBER:35202-8841376-3]]، ساکن [[STREET_ADDRESS:مکان نمبر 45-B، گلی نمبر 7، بلاک E، گلبرگ III، لاہور]] کا ہوں۔
        مورخہ [[DATE:22-03-2025]] بوقت تقریباً 9 بجے رات میری موٹر سائیکل ہونڈا CD-70 گھر کے باہر سے چوری ہو گئی۔
        ہمسائے [[PERSON:رانا عبدالغفور]] نے دو نامعلوم افراد کو موٹر سائیکل لے کر بھاگتے دیکھا۔
        استدعا ہے کہ مقدمہ درج کر کے قانونی کارروائی کی جائے۔
        العارض: [[PERSON:محمد ثاقب]]، موبائل [[PHONE_NUMBER:0321-4097263]]، تاریخ [[DATE:23 مارچ 2025]]
        """#,
        #"""
        מאת: [[PERSON:שירן מזרחי-כהן]] <[[EMAIL_ADDRESS:shiran.mc@walla.co.il]]>
        אל: [[PERSON:רותם]], מחנכת כיתה ד'3
        נושא: הטיול השנתי ב-[[DATE:6.5]] – [[PERSON:נועם]]
        שלום [[PERSON:רותם]], לקראת הטיול רציתי להזכיר ש[[PERSON:נועם]] עם [[HEALTH_CONDITION:אלרגיה לבוטנים]], וה[[HEALTH_CONDITION:אפיפן]] יהיה בתיק הקטן שלו.
        אם יש בעיה אפשר להשיג אותי בנייד [[PHONE_NUMBER:050-7731842]], ואם אני לא עונה – את סבתא [[PERSON:אסתר]] ב-[[PHONE_NUMBER:08-9462017]].
        חוץ מזה עברנו דירה, הכתובת החדשה לטפסים: [[STREET_ADDRESS:רחוב הרצל 56, דירה 9, רחובות 7620425]].
        תודה רבה,
        [[PERSON:שירן]]
        """#,
        #"""
        [9:41 pm] [[PERSON:Saima Aslam]]: Ammi ki report aa gayi 😟 HbA1c 9.1 hai. Dr [[PERSON:Naheed Qureshi]] keh rahi hain [[HEALTH_CONDITION:sugar]] bilkul control mein nahi, ab [[HEALTH_CONDITION:insulin]] lagani paregi
        [9:43 pm] [[PERSON:Faizan]]: ya Allah. [[HEALTH_CONDITION:Lantus]] wali? main kal office se wapsi pe le aunga
        [9:44 pm] [[PERSON:Saima Aslam]]: haan 10 units raat ko, aur [[HEALTH_CONDITION:Galvus Met]] chalti rahegi. Follow up [[DATE:15 tareekh]] ko hai
        [9:46 pm] [[PERSON:Faizan]]: [[PERSON:Usman]] bhai kal 3 baje aa jana, Ammi ko eye specialist ke paas le jana hai, meri meeting hai
        [9:47 pm] [[PERSON:Usman]]: theek hai. clinic ka address bhejo
        [9:48 pm] [[PERSON:Faizan]]: [[STREET_ADDRESS:Plot 32-C, 2nd floor, Khayaban-e-Shamsheer, Phase V, DHA, Karachi]] — reception [[PHONE_NUMBER:0334-2719054]]
        [9:49 pm] [[PERSON:Saima Aslam]]: aur purani reports le jana, [[HEALTH_CONDITION:diabetic retinopathy]] ka check hai
        """#,
        #"""
        MATRIMONIAL – Proposal invited for our daughter
        Sunni Muslim Arain family, originally from Faisalabad, settled in Birmingham since 1978.
        [[PERSON:Hira Bashir]] d/o [[PERSON:Bashir Ahmed]], born [[DATE_OF_BIRTH:14th March 1996]], 5'4", pharmacist (MPharm), works in Solihull, prays and wears hijab.
        Looking for an educated, practising professional aged 29–34 from a respectable UK-based family; caste no bar.
        Contact her mother Mrs [[PERSON:Shamim Bashir]] on [[PHONE_NUMBER:0121 496 0735]] (evenings) or brother [[PERSON:Adeel]] on [[PHONE_NUMBER:+44 7700 900 582]].
        Or email [[EMAIL_ADDRESS:bashirfamily.rishta@outlook.com]] with biodata and a recent photo. Serious enquiries only please.
        """#,
        #"""
        Ref: AHT/HR/NOC/2025/118                                   Date: [[DATE:19 May 2025]]
        TO WHOM IT MAY CONCERN – NO OBJECTION CERTIFICATE
        This is to certify that Mr. [[PERSON:Anil Kumar Pillai]] s/o [[PERSON:Gopinathan Pillai]], Indian national, holder of Oman Resident Card No. [[MEMBER_NUMBER:118427305]]
        and Indian passport No. [[MEMBER_NUMBER:V4187720]], is employed with Al Hamra Trading LLC, P.O. Box 1204, PC 112, Ruwi, as Store Supervisor (Emp. No. [[EMPLOYEE_NUMBER:AHT-2208]]) since [[DATE:02/11/2014]].
        The company has no objection to his travelling to India on annual leave from [[DATE:05/06/2025]] to [[DATE:04/07/2025]] to attend his daughter's wedding.
        His address in India: [[STREET_ADDRESS:Kizhakkethil House, Vallikunnam P.O., Mavelikara Taluk, Alappuzha District, Kerala 690501]]; contact in Oman [[PHONE_NUMBER:+968 9213 4478]].
        For Al Hamra Trading LLC – [[PERSON:Khalid bin Saif Al Rawahi]], HR Manager, [[PHONE_NUMBER:2470 3316]], [[EMAIL_ADDRESS:hr@alhamratrading.om]]
        """#,
        #"""
        Trip DH-88213 · Bike · Dhanmondi → Uttara · [[DATE:12 Oct]], 6:05 PM
        Rider [[PERSON:Shohag]]: Apa ami Dhanmondi 27 er mor e achi, apnar location ta thik moto ashche na
        Customer [[PERSON:Tasnim]]: bhaiya [[STREET_ADDRESS:House 54, Road 9/A, Dhanmondi R/A, Dhaka 1209]], shamne ekta pharmacy ache. 2 min e namchi
        Rider [[PERSON:Shohag]]: ok apa. amar number [[PHONE_NUMBER:01912-448301]], call diyen
        Customer [[PERSON:Tasnim]]: drop ta [[STREET_ADDRESS:House 33, Road 18, Sector 7, Uttara, Dhaka 1230]] hobe, amar khalammar basa. payment cash e dibo
        System: Fare 286 Tk paid in cash. Receipt sent to [[EMAIL_ADDRESS:tasnim.rahman97@yahoo.com]]. Thank you, [[PERSON:Tasnim Rahman]]!
        """#,
        #"""
        RENT AGREEMENT (11 months) — executed at Noida on [[DATE:1st April 2025]]
        LESSOR: Sh. [[PERSON:Ramesh Chand Tyagi]] S/o Late Sh. [[PERSON:Hukam Singh Tyagi]], R/o [[STREET_ADDRESS:Village & P.O. Sorkha, Sector 115, Noida, Distt. Gautam Buddh Nagar, U.P. 201304]], Aadhaar [[MEMBER_NUMBER:5829 1047 3367]]
        LESSEE: Ms. [[PERSON:Ananya Mukherjee]] D/o Sh. [[PERSON:Sudipto Mukherjee]], permanent R/o [[STREET_ADDRESS:12/3B, Bose Para Lane, Behala, Kolkata 700034]], PAN [[MEMBER_NUMBER:BQHPM4417K]]
        Premises: [[STREET_ADDRESS:Flat No. 1204, 12th Floor, Tower C, Gulmohar Residency, Sector 137, Noida 201305]]
        Monthly rent Rs. 24,000/- payable by the 5th of each month to the Lessor's savings A/c No. [[MEMBER_NUMBER:30418827615]]; security deposit Rs. 48,000/- (refundable).
        Tenancy from [[DATE:01.04.2025]] to [[DATE:28.02.2026]]; electricity as per sub-meter, society maintenance payable by the Lessee.
        Witnesses: 1. [[PERSON:Vikas Bhati]], [[PHONE_NUMBER:98110 47326]]   2. [[PERSON:Rohini Sen]], [[PHONE_NUMBER:+91-120-4238871]]
        """#,
    ]
}
