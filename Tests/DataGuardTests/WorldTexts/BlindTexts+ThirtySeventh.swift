extension BlindTexts {
    /// A thirty-seventh set of clinical texts, written blind to DataGuard's rules.
    static let thirtySeventhClinical: [String] = [
        #"""
        FEDERAL MEDICAL CENTRE, EBUTE-METTA - DEPARTMENT OF INTERNAL MEDICINE
        DISCHARGE SUMMARY
        Patient: [[PERSON:ADEYEMI, Olufunke Bisola]] (Mrs)   Hosp. No: [[MEDICAL_RECORD_NUMBER:FMCE/MED/2024/08817]]
        DOB: [[DATE_OF_BIRTH:17/06/1971]]   NIN: [[NATIONAL_ID:41725938061]]
        NHIA No: [[MEMBER_NUMBER:NHIA-LA-0093412-01]]
        Address: [[STREET_ADDRESS:No. 23, Akinwunmi Street, off Herbert Macaulay Way, Yaba, Lagos]]
        Phone: [[PHONE_NUMBER:0803 412 7765]]
        Next of kin: husband, Mr [[PERSON:Tunde Adeyemi]] ([[PHONE_NUMBER:0812 660 3481]])
        Admitted: [[DATE:2nd March 2024]]   Discharged: [[DATE:9th March 2024]]
        Diagnoses:
          1. [[HEALTH_CONDITION:Hypertensive urgency]]
          2. [[HEALTH_CONDITION:Type 2 diabetes mellitus]], poorly controlled (HbA1c 10.2%)
          3. [[HEALTH_CONDITION:Diabetic foot ulcer]], left hallux, Wagner grade 2
        Summary: Presented with severe headache and BP 210/120 mmHg. No chest pain, no focal deficit.
        Started on IV [[HEALTH_CONDITION:labetalol]], then oral agents. Wound debrided on the ward.
        Discharge medications:
          [[HEALTH_CONDITION:Amlodipine]] 10mg daily; [[HEALTH_CONDITION:Lisinopril]] 20mg daily
          [[HEALTH_CONDITION:Metformin]] 1g bd; [[HEALTH_CONDITION:Insulin glargine]] 14 units nocte
          [[HEALTH_CONDITION:Ciprofloxacin]] 500mg bd x 7 days
        Follow-up: MOPD on [[DATE:23/03/2024]] with Dr [[PERSON:C. O. Nwachukwu]] (Consultant Physician).
        Daily dressing at PHC Yaba; Nurse [[PERSON:Blessing Etim]] informed on [[PHONE_NUMBER:+234 706 118 2094]].
        Signed: Dr [[PERSON:Ibrahim Musa Danjuma]] (Senior Registrar)
        Email: [[EMAIL_ADDRESS:i.danjuma@fmcebutemetta.gov.ng]]
        """#,
        #"""
        CENTRE DE SANTÉ LIBERTÉ 6 - Service de Pédiatrie
        ORDONNANCE
        Dakar, le [[DATE:3 avril 2024]]
        Dr [[PERSON:Aminata Ndiaye Sow]], pédiatre
        Patient : [[PERSON:Moussa DIOP]], né le [[DATE_OF_BIRTH:14/08/2019]] (4 ans), poids 15 kg
        Dossier n° [[MEDICAL_RECORD_NUMBER:CSL6-PED-24-0671]]
        Mère : Mme [[PERSON:Fatou Bintou Diallo]], CNI n° [[NATIONAL_ID:2 751 1991 02318]]
        Adresse : [[STREET_ADDRESS:Villa n° 4127, Sicap Liberté 6, Dakar]]
        Tél. : [[PHONE_NUMBER:77 645 32 18]] / [[PHONE_NUMBER:+221 70 812 44 03]]
        Prise en charge : IPM n° [[MEMBER_NUMBER:IPM-SONA 0045821]] (assuré : M. [[PERSON:Ibrahima Diop]])
        Diagnostic : [[HEALTH_CONDITION:paludisme simple]] (TDR positif),
                     [[HEALTH_CONDITION:anémie modérée]] (Hb 8,9 g/dl)
        1) [[HEALTH_CONDITION:Artéméther-luméfantrine]] ([[HEALTH_CONDITION:Coartem]] 20/120 mg) :
           1 cp matin et soir pendant 3 jours, à prendre avec du lait
        2) [[HEALTH_CONDITION:Paracétamol]] sirop 2,4 % : 7,5 ml toutes les 6 heures si fièvre
        3) [[HEALTH_CONDITION:Sulfate ferreux]] + [[HEALTH_CONDITION:acide folique]] sirop : 5 ml/jour pendant 2 mois
        4) Moustiquaire imprégnée, SRO si diarrhée
        Contrôle le [[DATE:10/04/2024]] ou avant si vomissements ou convulsions.
        Bul fàtte jox ko garab yi ci waxtu yi. (Ne pas oublier les prises.)
        Signature et cachet : Dr [[PERSON:A. N. Sow]] - [[PHONE_NUMBER:33 867 21 40]]
        """#,
        #"""
        የየካ ጤና ጣቢያ - YEKA HEALTH CENTRE, ADDIS ABABA
        የሪፈራል ቅጽ / REFERRAL FORM
        ቀን: [[DATE:መጋቢት 18 ቀን 2016 ዓ.ም.]] ([[DATE:27/03/2024]] G.C.)
        ወደ: ጥቁር አንበሳ ስፔሻላይዝድ ሆስፒታል - Internal Medicine OPD (Nephrology)
        የታካሚ ስም: ወ/ሮ [[PERSON:ትዕግስት አለሙ በቀለ]]  /  Name: [[PERSON:Tigist Alemu Bekele]]
        ዕድሜ: 49   ጾታ: ሴት   የትውልድ ቀን: [[DATE_OF_BIRTH:ጥር 5 ቀን 1967 ዓ.ም.]]
        MRN: [[MEDICAL_RECORD_NUMBER:YHC-0045187]]   Fayda ID: [[NATIONAL_ID:4512 8830 2176]]
        CBHI member no: [[MEMBER_NUMBER:CBHI-AA-YK-07-03341]]
        አድራሻ: [[STREET_ADDRESS:የካ ክ/ከተማ፣ ወረዳ 07፣ የቤት ቁጥር 1124]]
        ስልክ: [[PHONE_NUMBER:0911 47 23 86]] / [[PHONE_NUMBER:+251 922 305 114]]
        ባለቤት: አቶ [[PERSON:ደረጀ ታደሰ]] - ስልክ [[PHONE_NUMBER:0913 60 81 27]]
        ምርመራ (Diagnosis): [[HEALTH_CONDITION:የስኳር በሽታ]] ([[HEALTH_CONDITION:DM type 2]]) for 9 years,
          [[HEALTH_CONDITION:chronic kidney disease]] stage 3b suspected
        Findings: BP 160/100, creatinine 2.4 mg/dL, urine protein +++, bilateral leg oedema.
        የሚወስዱት መድሃኒት: [[HEALTH_CONDITION:Metformin]] 500mg በቀን 2 ጊዜ, [[HEALTH_CONDITION:Enalapril]] 5mg በቀን 1 ጊዜ
        [[HEALTH_CONDITION:Metformin]] stopped today because of low eGFR.
        የሪፈራል ምክንያት: for nephrology evaluation and renal ultrasound.
        ሪፈር ያደረገው: ዶ/ር [[PERSON:ዮሐንስ ገብረመድህን]] (GP) - Dr [[PERSON:Yohannes Gebremedhin]]
        ስልክ: [[PHONE_NUMBER:011 645 78 90]]   Email: [[EMAIL_ADDRESS:yohannes.gmedhin@gmail.com]]
        """#,
        #"""
        LABORATOIRE D'ANALYSES MÉDICALES AL AMAL - مختبر الأمل للتحاليل الطبية
        [[STREET_ADDRESS:47, Boulevard Zerktouni, 3ème étage, 20040 Casablanca]] - Tél : [[PHONE_NUMBER:05 22 47 81 36]]
        Patiente : Mme [[PERSON:EL AMRANI Khadija]]   المريضة: [[PERSON:خديجة العمراني]]
        Née le : [[DATE_OF_BIRTH:22/11/1968]]   CIN : [[NATIONAL_ID:BE487213]]
        N° dossier : [[MEDICAL_RECORD_NUMBER:AMAL-24-031187]]   CNOPS n° affiliation : [[MEMBER_NUMBER:M 0874 1152]]
        Prescripteur : Dr [[PERSON:Benjelloun Youssef]], endocrinologue
        Prélèvement : [[DATE:14/03/2024]] à 08h15   Édition : [[DATE:15 mars 2024]]
        BIOCHIMIE
          Glycémie à jeun ........ 1,86 g/L   (0,70 - 1,10)   H
          HbA1c .................. 8,9 %      (< 6,5)         H
          Créatinine ............. 9,1 mg/L   (5,0 - 11,0)
        HORMONOLOGIE
          TSH us ................. 6,8 mUI/L  (0,4 - 4,0)     H
          T4 libre ............... 0,9 ng/dL  (0,8 - 1,8)
        Conclusion : équilibre glycémique insuffisant ([[HEALTH_CONDITION:diabète de type 2]]) ;
        [[HEALTH_CONDITION:hypothyroïdie infraclinique]] à confirmer. Sous [[HEALTH_CONDITION:Glucophage]] 850 mg x 2.
        ملاحظة: [[HEALTH_CONDITION:السكري]] غير متوازن، يرجى مراجعة الطبيب المعالج قبل [[DATE:30 مارس 2024]]
        Résultats envoyés à : [[EMAIL_ADDRESS:k.elamrani68@gmail.com]] - WhatsApp : [[PHONE_NUMBER:+212 661-238457]]
        Fils (contact) : [[PERSON:Mehdi El Amrani]], [[PHONE_NUMBER:06 70 14 92 38]]
        Biologiste responsable : Dr [[PERSON:Salma Tazi]]
        """#,
        #"""
        Sisehaiguste osakond, IV korrus - õendusalane üleandmine, öövahetus [[DATE:12.03.2024]]
        Palat 412
        1) [[PERSON:Tamm, Mari-Liis]], sünd. [[DATE_OF_BIRTH:03.09.1952]], isikukood [[NATIONAL_ID:45209030216]]
           Haiguslugu nr [[MEDICAL_RECORD_NUMBER:HL-2024-118734]]
           Dg: [[HEALTH_CONDITION:kodade virvendus]], [[HEALTH_CONDITION:krooniline südamepuudulikkus]] NYHA III
           Ravi: [[HEALTH_CONDITION:Xarelto]] 20 mg õhtul, [[HEALTH_CONDITION:furosemiid]] 40 mg i/v hommikul.
           Diurees ööga 1800 ml, kaal hommikul 71,4 kg. Öösel rahutu, küsis tütart.
           Tütar [[PERSON:Kadri Tamm]], tel [[PHONE_NUMBER:+372 5382 1147]] - palus helistada pärast visiiti.
        2) [[PERSON:Ivanov, Sergei]], sünd. [[DATE_OF_BIRTH:21.01.1968]], IK [[NATIONAL_ID:36801210346]]
           Dg: [[HEALTH_CONDITION:alkoholi võõrutussündroom]], [[HEALTH_CONDITION:maksatsirroos]]
           CIWA kell 02.00 oli 14, manustatud [[HEALTH_CONDITION:diasepaam]] 10 mg p/o, kell 05.00 CIWA 8.
           Räägib vene keelt, eesti keelest saab vähe aru.
           Elukoht: [[STREET_ADDRESS:Sõpruse pst 201-45, 13419 Tallinn]]
           Kontakt: abikaasa [[PERSON:Olga Ivanova]], [[PHONE_NUMBER:5647 2290]]
        Palat 414
        3) [[PERSON:Kask, Jüri]] - stabiilne, väljakirjutamine [[DATE:13. märtsil 2024]], transport tellitud.
           Perearst dr [[PERSON:Liis Org]], saatekiri saadetud.
        Üleandja: õde [[PERSON:Liina Saar]] (töötaja nr [[EMPLOYEE_NUMBER:T-40817]])
        Vastuvõtja: õde [[PERSON:Kristjan Mägi]] (töötaja nr [[EMPLOYEE_NUMBER:T-41290]])
        """#,
        #"""
        КЛИНИКА ЗА ЕНДОКРИНОЛОГИЈУ, ДИЈАБЕТЕС И БОЛЕСТИ МЕТАБОЛИЗМА
        ОТПУСНА ЛИСТА бр. [[MEDICAL_RECORD_NUMBER:2024/ЕНД-03318]]
        Пацијент: [[PERSON:ПЕТРОВИЋ Драгана]], рођ. [[DATE_OF_BIRTH:07.04.1979.]]
        ЈМБГ: [[NATIONAL_ID:0704979805028]]   ЛБО: [[MEMBER_NUMBER:10238847512]]
        Адреса: [[STREET_ADDRESS:Булевар ослобођења 112/14, 21000 Нови Сад]]
        Телефон: [[PHONE_NUMBER:064/218-3375]]
        Хоспитализована од [[DATE:11.03.2024.]] до [[DATE:18.03.2024.]]
        Дијагноза: [[HEALTH_CONDITION:Базедовљева болест]] (Е05.0),
                   [[HEALTH_CONDITION:ендокрина орбитопатија]] благог степена
        Тиреотоксична криза искључена.
        Анамнеза: губитак 7 kg за два месеца, палпитације, тремор руку.
        Терапија при отпусту:
          [[HEALTH_CONDITION:Тиамазол]] 20 mg дневно (2 x 10 mg)
          [[HEALTH_CONDITION:Пропранолол]] 40 mg 2 x 1
        Контрола: [[DATE:2. април 2024.]] код др [[PERSON:Милан Јовановић]], амбуланта 3.
        Napomena za izabranog lekara (dr [[PERSON:Ana Kovačević]], DZ Novi Sad): molimo kontrolu KKS
        za 10 dana zbog terapije [[HEALTH_CONDITION:tiamazolom]]; pacijentkinja ima i [[HEALTH_CONDITION:astmu]].
        Suprug [[PERSON:Nenad Petrović]], tel. [[PHONE_NUMBER:+381 63 774 1029]]
        Одељење: [[PHONE_NUMBER:+381 21 484 3319]]
        Лекар: др [[PERSON:Јелена Николић]], специјалиста интерне медицине
        """#,
        #"""
        БОЛНИЧЕН ЛИСТ № Е20240871125 (първичен)
        Издаден на: [[DATE:18.03.2024 г.]]
        Осигурено лице: [[PERSON:Георги Димитров Костадинов]]
        ЕГН: [[NATIONAL_ID:7802146320]]   Дата на раждане: [[DATE_OF_BIRTH:14.02.1978]]
        Постоянен адрес: [[STREET_ADDRESS:гр. Пловдив 4000, ул. „Капитан Райчо“ № 56, ет. 4, ап. 11]]
        Тел.: [[PHONE_NUMBER:0888 412 736]]   E-mail: [[EMAIL_ADDRESS:g.kostadinov78@abv.bg]]
        Осигурител: „Марица Логистик“ ЕООД - служебен № [[EMPLOYEE_NUMBER:00471]]
        Амбулаторен лист № [[MEDICAL_RECORD_NUMBER:2403180041]]
        Диагноза: [[HEALTH_CONDITION:Лумбална дискова херния L4-L5]] (МКБ M51.1)
                  с [[HEALTH_CONDITION:радикулопатия]] вдясно
        Отпуск от [[DATE:18.03.2024]] до [[DATE:01.04.2024]] вкл. - 15 календарни дни
        Режим: домашен-амбулаторен. Явяване на преглед: [[DATE:01.04.2024]]
        Лечение: [[HEALTH_CONDITION:Диклофенак]] 75 мг 1 x 1 амп. за 5 дни,
                 [[HEALTH_CONDITION:Мидокалм]] 150 мг 2 x 1
        Обезщетение от НОИ по сметка: [[IBAN_CODE:BG49 UBBS 8002 1047 1839 25]]
        Издал: д-р [[PERSON:Петя Иванова Стоянова]], ОПЛ, тел. [[PHONE_NUMBER:+359 32 64 18 77]]
        Лицето е уведомило работодателя по телефона на [[DATE:18 март 2024]] (г-жа [[PERSON:Радева]], ЧР).
        """#,
        #"""
        ՇՏԱՊ ԲՈՒԺՕԳՆՈՒԹՅԱՆ ԿԱՆՉԻ ՔԱՐՏ № [[MEDICAL_RECORD_NUMBER:ՇԲ-24-04417]]
        Ամսաթիվ: [[DATE:22.02.2024]], կանչն ընդունվել է 21:47, տեղում 21:58
        Հասցե: [[STREET_ADDRESS:ք. Երևան, Կոմիտասի պող. 48, բն. 27]]
        Հիվանդ: [[PERSON:Սարգսյան Արմեն Գագիկի]], ծնվ. [[DATE_OF_BIRTH:03.10.1956]]
        Անձնագիր: [[NATIONAL_ID:AN0478125]]   ՀԾՀ: [[NATIONAL_ID:3110560124]]
        Կանչող: դուստրը՝ [[PERSON:Լուսինե Սարգսյան]], հեռ. [[PHONE_NUMBER:+374 91 47 82 15]]
        Տան հեռ.: [[PHONE_NUMBER:010 27 45 81]]
        Գանգատներ: կրծքավանդակի ցավ 40 րոպե, սառը քրտինք, սրտխառնոց
        Օբյեկտիվ: ԶՃ 90/60, ՍԿՀ 112, SpO2 92%, մաշկը գունատ
        ԷՍԳ: ST բարձրացում II, III, aVF - [[HEALTH_CONDITION:ստորին պատի սուր միոկարդի ինֆարկտ]]
        Անամնեզ: [[HEALTH_CONDITION:զարկերակային հիպերտենզիա]], [[HEALTH_CONDITION:շաքարային դիաբետ 2 տ.]]
        Ընդունում է [[HEALTH_CONDITION:Մետֆորմին]] և [[HEALTH_CONDITION:Լոզարտան]]
        Տրված է: [[HEALTH_CONDITION:Ասպիրին]] 300 մգ, [[HEALTH_CONDITION:Կլոպիդոգրել]] 600 մգ,
                 [[HEALTH_CONDITION:Հեպարին]] 5000 ՄՄ ն/ե
        Տեղափոխվել է Սրտաբանության կենտրոն, հանձնվել է 22:31 - cath lab, Dr [[PERSON:Vardanyan]]
        Բրիգադ № 12: բժիշկ [[PERSON:Հ. Մկրտչյան]], բուժքույր [[PERSON:Անի Պետրոսյան]]
        Վարորդ՝ [[PERSON:Սամվել]], աշխ. համար [[EMPLOYEE_NUMBER:0412]]
        """#,
        #"""
        СОНГИНОХАЙРХАН ДҮҮРГИЙН ЭРҮҮЛ МЭНДИЙН ТӨВ - ЭМИЙН ЖОР
        Өвчтөн: [[PERSON:Батбаярын Сарангэрэл]] ([[PERSON:Б. Сарангэрэл]]), эм, 31 настай
        Регистрийн дугаар: [[NATIONAL_ID:УБ92071418]]
        Төрсөн огноо: [[DATE_OF_BIRTH:1992.07.14]]
        ЭМД-ын дугаар: [[MEMBER_NUMBER:ЭМД 0418 2271]]   Картын дугаар: [[MEDICAL_RECORD_NUMBER:СХД-24-11873]]
        Хаяг: [[STREET_ADDRESS:Улаанбаатар, Сонгинохайрхан дүүрэг, 20-р хороо, 3-р хороолол, 14-р байр, 56 тоот]]
        Утас: [[PHONE_NUMBER:9911 4582]], [[PHONE_NUMBER:+976 8812 0367]]
        Онош: [[HEALTH_CONDITION:Уушгины хатгаа]] (J18.9), [[HEALTH_CONDITION:төмөр дутлын цус багадалт]]
        Rp:
          1. [[HEALTH_CONDITION:Амоксициллин]] 500 мг - өдөрт 3 удаа, 7 хоног
          2. [[HEALTH_CONDITION:Парацетамол]] 500 мг - халуун 38.5-аас дээш үед, өдөрт 4-өөс ихгүй
          3. [[HEALTH_CONDITION:Төмрийн сульфат]] 200 мг - өдөрт 1 удаа, хоолны дараа, 1 сар
        Олгосон: [[DATE:2024 оны 3 сарын 11]]
        Эмч: [[PERSON:Д. Ганбат]]   Утас: [[PHONE_NUMBER:7011-2254]]
        Эм олгосон: эм зүйч [[PERSON:Цэрэндоржийн Оюунчимэг]], [[DATE:2024.03.11]]
        Хадгалах: 25°C-ээс доош, хүүхдэд хүрэхгүй газар.
        Хяналтын үзлэг: [[DATE:2024.03.18]]
        """#,
        #"""
        [Viber] Shwe Gon Clinic - OPD staff
        [[DATE:14/03/2024]]
        Ma [[PERSON:Thida Win]]: Ko [[PERSON:Zaw Min Htet]], bed 5 Daw [[PERSON:Khin Myat Noe]] BP 170/100 ပြန်တက်နေတယ်
        Ko [[PERSON:Zaw Min Htet]]: [[HEALTH_CONDITION:Amlodipine]] ပေးပြီးပြီလား?
        Ma [[PERSON:Thida Win]]: 10mg ပေးပြီးပြီ.
        She also has [[HEALTH_CONDITION:ဆီးချို]] ([[HEALTH_CONDITION:DM]]) for 10 yrs
        Dr [[PERSON:Aung Ko Ko]]: check RBS pls. reg no [[MEDICAL_RECORD_NUMBER:SGC-0314-227]]
        Ma [[PERSON:Thida Win]]: RBS 342 mg/dl. also c/o blurred vision
        Dr [[PERSON:Aung Ko Ko]]: start [[HEALTH_CONDITION:Actrapid]] sliding scale, recheck 2 hrly
        U [[PERSON:Tun Tun]] (pharmacy): [[HEALTH_CONDITION:Actrapid]] only 2 vials left,
        ordering now [[PHONE_NUMBER:+95 1 651 228]]
        Ko [[PERSON:Zaw Min Htet]]: for the insurance form - NRC [[NATIONAL_ID:12/BaHaNa(N)045817]]
        DOB [[DATE_OF_BIRTH:5.8.1961]]
        address [[STREET_ADDRESS:No. 47, Thirimingalar Street, Ward 5, Hlaing Township, Yangon]]
        Daughter Ma [[PERSON:Su Su Hlaing]] ဖုန်း [[PHONE_NUMBER:09 421 087 336]]
        Dr [[PERSON:Aung Ko Ko]]: dx [[HEALTH_CONDITION:hypertensive urgency]] + [[HEALTH_CONDITION:uncontrolled DM]].
        if no improvement by tomorrow refer YGH. email summary to [[EMAIL_ADDRESS:aungkoko.md@gmail.com]]
        Ma [[PERSON:Thida Win]]: ok ဆရာ. ကျေးဇူးပါ
        [[DATE:15/03/2024]]
        Ko [[PERSON:Zaw Min Htet]]: bed 5 RBS 186 this morning, BP 150/90. daughter asking discharge date
        Dr [[PERSON:Aung Ko Ko]]: tomorrow [[DATE:16.3.2024]] if stable. switch to [[HEALTH_CONDITION:Mixtard]] 30/70 bd
        """#,
        #"""
        SHREE PASHUPATI DIAGNOSTIC CENTRE PVT. LTD.
        [[STREET_ADDRESS:Chabahil-7, Ring Road, Kathmandu 44600]] | Tel: [[PHONE_NUMBER:01-4481275]]
        Patient Name: Mrs. [[PERSON:Sunita Kumari Shrestha]]        Age/Sex: 47 Y / F
        Lab No: [[MEDICAL_RECORD_NUMBER:PDC-2080-12-04471]]
        Reg. Date: [[DATE:2080/12/02]] B.S. ([[DATE:15/03/2024]] A.D.)   Report Date: [[DATE:16/03/2024]]
        Ref. By: Dr. [[PERSON:R. K. Adhikari]], MBBS, MD (Internal Medicine)
        Citizenship No.: [[NATIONAL_ID:27-01-72-04518]]   HIB No.: [[MEMBER_NUMBER:2031148876]]
        Contact: [[PHONE_NUMBER:+977 984-1287365]]
        HAEMATOLOGY
          Haemoglobin ........ 9.2 g/dL      (12.0 - 15.0)   L
          MCV ................ 71 fL         (80 - 100)      L
          Serum Ferritin ..... 6.8 ng/mL     (15 - 150)      L
        THYROID FUNCTION TEST
          TSH ................ 12.4 µIU/mL   (0.35 - 5.5)    H
          FT4 ................ 0.61 ng/dL    (0.89 - 1.76)   L
        Impression: [[HEALTH_CONDITION:iron deficiency anaemia]]; [[HEALTH_CONDITION:primary hypothyroidism]].
        Current medicine (as per requisition): [[HEALTH_CONDITION:Ferrous sulphate]] 200mg OD.
        रिपोर्ट सम्बन्धी जानकारीका लागि: [[PHONE_NUMBER:९८५१०४७७२१]]  मिति: [[DATE:२०८० चैत ३]]
        Report e-mailed to: [[EMAIL_ADDRESS:sunita.shrestha47@yahoo.com]]
        Lab Technologist: [[PERSON:Bikash Tamang]]     Pathologist: Dr. [[PERSON:Anjana Pokharel]]
        """#,
        #"""
        COMMUNITY MENTAL HEALTH TEAM - GALWAY WEST
        Outpatient review - clinical note
        Client: [[PERSON:Caoimhe Ní Fhlaithearta]]   DOB: [[DATE_OF_BIRTH:09/02/1994]]
        MRN: [[MEDICAL_RECORD_NUMBER:GUH-0784152]]   PPSN: [[NATIONAL_ID:8254716SA]]
        Health insurance: VHI, member no. [[MEMBER_NUMBER:0118 4477 23]]
        Address: [[STREET_ADDRESS:Apt 6, Teach na Mara, 14 Bóthar na Trá, Salthill, Galway H91 F2K7]]
        Mobile: [[PHONE_NUMBER:087 314 9256]]
        Date of review: Tuesday [[DATE:19 March 2024]]
        Seen by: Dr [[PERSON:Seán Ó Conghaile]] (Consultant Psychiatrist), CNS [[PERSON:Niamh Breathnach]]
        Background: [[HEALTH_CONDITION:recurrent depressive disorder]],
        [[HEALTH_CONDITION:generalised anxiety disorder]].
        One admission to the acute unit in [[DATE:November 2021]].
        MSE: kempt, good rapport, mood "grand, not great", reactive affect. No psychotic features.
        Denies suicidal ideation or self-harm since last review. Sleep improved.
        Medication: [[HEALTH_CONDITION:Sertraline]] 150mg mane; [[HEALTH_CONDITION:Propranolol]] 10mg PRN.
        [[HEALTH_CONDITION:Zopiclone]] stopped since last review, no rebound insomnia.
        Social: working part-time in a café in Salthill; partner [[PERSON:Darragh]] supportive.
        Mam, [[PERSON:Máire Ní Fhlaithearta]], is emergency contact: [[PHONE_NUMBER:+353 91 524 883]].
        Plan: continue current dose; CBT with [[PERSON:Oisín Mac Giolla Phádraig]] (psychology) fortnightly;
        review in 6/52 on [[DATE:30/04/2024]]. Copy to GP, Dr [[PERSON:Fionnuala Mac Cárthaigh]].
        """#,
        #"""
        EPIKRISE - Medisinsk avdeling, Sørlandet sykehus Arendal
        Pasient: [[PERSON:Haugen, Ingrid Marie]]   f. [[DATE_OF_BIRTH:14.07.1958]]
        Fødselsnr.: [[NATIONAL_ID:14075834560]]   Journalnr.: [[MEDICAL_RECORD_NUMBER:SSHF-2024-0884731]]
        Adresse: [[STREET_ADDRESS:Tyholmsveien 27B, 4836 Arendal]]
        Tlf.: [[PHONE_NUMBER:+47 913 48 271]]
        Innlagt: [[DATE:4. mars 2024]]   Utskrevet: [[DATE:11.03.2024]]
        Diagnoser:
          [[HEALTH_CONDITION:Lungebetennelse]] (J18.9)
          [[HEALTH_CONDITION:KOLS]] med akutt forverrelse, GOLD 3 (J44.1)
          [[HEALTH_CONDITION:Hypertensjon]] (I10)
        Sykehistorie: Innlagt med feber, økende tung pust og gulgrønt ekspektorat i fem dager.
        Behandling: [[HEALTH_CONDITION:Benzylpenicillin]] i.v. i tre døgn,
        deretter [[HEALTH_CONDITION:Apocillin]] 1 g x 4 p.o.
        [[HEALTH_CONDITION:Prednisolon]] 30 mg x 1 i fem dager. Ikke behov for NIV.
        Medisiner ved utreise: [[HEALTH_CONDITION:Spiriva Respimat]], [[HEALTH_CONDITION:Symbicort]] 160/4,5 2 x 2,
        [[HEALTH_CONDITION:Albyl-E]] 75 mg, [[HEALTH_CONDITION:Amlodipin]] 5 mg.
        Pårørende: sønn [[PERSON:Eirik Haugen]], tlf. [[PHONE_NUMBER:412 77 309]]
        Fastlege: [[PERSON:Kari Nordvik]], Arendal legesenter. Kontroll hos fastlege om 2 uker.
        Lege: [[PERSON:Ole-Martin Berge]], LIS   Overlege: [[PERSON:Astrid Solheim]]
        """#,
        #"""
        ATTESTATION MÉDICALE - INVALIDITÉ DE COURTE DURÉE (assurance collective)
        Employée : [[PERSON:Geneviève Tremblay-Lavoie]]   Date de naissance : [[DATE_OF_BIRTH:1985-03-12]]
        NAS : [[NATIONAL_ID:287 514 368]]   No d'assurance maladie (RAMQ) : [[MEMBER_NUMBER:TREG 8553 1214]]
        No de certificat (assureur) : [[MEMBER_NUMBER:DJ-7741-0283-01]]
        Employeur : Groupe Boréal Transport inc. - matricule [[EMPLOYEE_NUMBER:BT-004817]]
        Adresse : [[STREET_ADDRESS:2187, rue Beaubien Est, app. 4
        Montréal (Québec)  H2G 1M3]]
        Tél. : [[PHONE_NUMBER:514 729-4418]]   Cell. : [[PHONE_NUMBER:438-882-1057]]
        Dossier clinique : [[MEDICAL_RECORD_NUMBER:GMF-PP-0087412]]
        Diagnostic : [[HEALTH_CONDITION:trouble d'adaptation avec anxiété]] et [[HEALTH_CONDITION:insomnie]] secondaire
        Début des symptômes : [[DATE:février 2024]]
        Arrêt de travail du [[DATE:4 mars 2024]] au [[DATE:14 avril 2024]] inclusivement
        Retour progressif prévu à compter du [[DATE:15 avril 2024]] (3 jours/semaine pendant 3 semaines)
        Traitement : [[HEALTH_CONDITION:escitalopram]] 10 mg die; [[HEALTH_CONDITION:trazodone]] 25 mg HS au besoin;
        psychothérapie hebdomadaire avec [[PERSON:Mélanie Gagnon]], ps.
        Limitations : pas de conduite de véhicule lourd pendant l'ajustement de la médication.
        Médecin traitant : Dre [[PERSON:Isabelle Bouchard]], GMF de la Petite-Patrie
        Tél. : [[PHONE_NUMBER:(514) 273-9185]] poste 2   Courriel : [[EMAIL_ADDRESS:dre.bouchard@gmfpetitepatrie.qc.ca]]
        Signé à Montréal le [[DATE:8 mars 2024]]
        """#,
        #"""
        KSA EMERGENCY MEDICAL SERVICE - PATIENT CARE REPORT
        PCR No: [[MEDICAL_RECORD_NUMBER:EMS-KGN-24-03119]]   Date: [[DATE:16/03/2024]]   Call rec'd 0614hrs
        Pickup: [[STREET_ADDRESS:Lot 42, Paradise Street, Waterhouse, Kingston 11]]
        Patient: [[PERSON:Marcia Campbell]], F, DOB [[DATE_OF_BIRTH:02/12/1949]]
        TRN: [[NATIONAL_ID:117-482-930]]   NHF card: [[MEMBER_NUMBER:0442 1187 30]]
        Caller: grandson [[PERSON:Andre Campbell]] ("[[PERSON:Dre]]"), [[PHONE_NUMBER:(876) 388-2471]]
        C/C: found on bedroom floor, R-sided weakness, slurred speech since approx 0500hrs.
        Grandson states "she seh she cyaan move di han' from she wake up".
        Hx: [[HEALTH_CONDITION:hypertension]], [[HEALTH_CONDITION:diabetes]], previous [[HEALTH_CONDITION:TIA]] in 2021.
        Meds: [[HEALTH_CONDITION:Nifedipine]] retard 20mg, [[HEALTH_CONDITION:Glibenclamide]] 5mg,
        [[HEALTH_CONDITION:Aspirin]] 81mg
        Vitals: BP 196/108, HR 88 irreg, RR 20, SpO2 95% RA, CBG 14.2 mmol/L, GCS 13 (E3V4M6)
        Impression: [[HEALTH_CONDITION:acute stroke]], FAST positive. No trauma noted.
        Tx: O2 via NC 2L, position of comfort, IV access R AC. No aspirin given en route.
        Transported to KPH A&E; handover to Nurse [[PERSON:Sharon Brown-Williams]] at 0712hrs.
        Crew: EMT [[PERSON:D. Thompson]] ([[EMPLOYEE_NUMBER:JFB-2217]]),
              EMT [[PERSON:Kemar Reid]] ([[EMPLOYEE_NUMBER:JFB-3048]])
        Daughter (in Brooklyn) notified: [[PERSON:Sandra Campbell-Lewis]] [[PHONE_NUMBER:+1 718 604 2291]]
        Family doctor: Dr [[PERSON:Patel]], Half Way Tree, [[PHONE_NUMBER:1-876-924-5530]]
        """#,
        #"""
        CWM HOSPITAL PHARMACY - SUVA
        DISPENSING LABELS
        Patient: [[PERSON:Mereani Tuilau Vunibola]]   Hosp No: [[MEDICAL_RECORD_NUMBER:CWM-0917-4482]]
        DOB: [[DATE_OF_BIRTH:21/09/1966]]   Tel: [[PHONE_NUMBER:+679 927 4416]]
        Address: [[STREET_ADDRESS:Lot 18, Ratu Dovi Road, Nadera, Nasinu]]
        [[HEALTH_CONDITION:METFORMIN]] 500mg TABS - Take ONE tablet TWO times a day with food. Qty 60
          Gunuva e dua na tablet vakarua e na dua na siga, ni oti na kana.
        [[HEALTH_CONDITION:ENALAPRIL]] 10mg TABS - Take ONE tablet in the MORNING. Qty 30
        [[HEALTH_CONDITION:SIMVASTATIN]] 20mg TABS - Take ONE tablet at NIGHT. Qty 30
        Dispensed: [[DATE:19/03/2024]] by [[PERSON:S. Naidu]] (Pharm Tech)   Prescriber: Dr [[PERSON:Josaia Nawalowalo]]
        ----- message, Diabetes Hub to Pharmacy, [[DATE:19 March 2024]] -----
        Bula vinaka. Sr [[PERSON:Losana]] here. Pls note Ms [[PERSON:Vunibola]] had
        [[HEALTH_CONDITION:diabetic foot sepsis]] last year, daughter [[PERSON:Ana]] collects meds,
        her no. is [[PHONE_NUMBER:836 2209]].
        Also we have a transfer from TTM Hospital Apia: [[PERSON:Sefo Leiataua Faleolo]],
        DOB [[DATE_OF_BIRTH:03/05/1958]], on [[HEALTH_CONDITION:warfarin]] 5mg
        for [[HEALTH_CONDITION:atrial fibrillation]].
        TTM patient no [[MEDICAL_RECORD_NUMBER:TTM-558201]].
        Contact in Suva: nephew [[PERSON:Tavita Faleolo]], [[PHONE_NUMBER:+679 701 5538]]
        In Samoa: wife [[PERSON:Lagi Faleolo]], [[PHONE_NUMBER:+685 77 21904]]
        Vinaka - [[PERSON:Losana Tikoisuva]], [[EMAIL_ADDRESS:losana.tikoisuva@health.gov.fj]]
        """#,
    ]

    /// A thirty-seventh set of everyday texts, written blind to DataGuard's rules.
    static let thirtySeventhEveryday: [String] = [
        #"""
        Osu Badu Court - Tenants (WhatsApp)
        -- [[DATE:12 March 2024]] --
        08:14 - Auntie [[PERSON:Akos]]: Good morning all. GWCL water bill for Feb is out, GH₵ 412.60
        08:15 - Auntie [[PERSON:Akos]]: Each flat pays GH₵ 68.80. MoMo to [[PHONE_NUMBER:024 418 7723]]
        08:15 - Auntie [[PERSON:Akos]]: name on MoMo: [[PERSON:Akosua Boatemaa Asante]]
        08:21 - [[PERSON:Kwame B]]: Noted auntie, I go send by evening
        08:40 - [[PERSON:Efua Mensah]]: Please I dey travel go Kumasi, my brother [[PERSON:Yaw]] go pay for me
        08:41 - [[PERSON:Efua Mensah]]: his number [[PHONE_NUMBER:+233 20 771 4590]]
        08:52 - [[PERSON:Kwame B]]: @[[PERSON:Efua]] hope your mum dey better from the [[HEALTH_CONDITION:malaria]]?
        08:55 - [[PERSON:Efua Mensah]]: She's better oo, discharged from Ridge, still on [[HEALTH_CONDITION:Coartem]]
        09:30 - Auntie [[PERSON:Akos]]: Landlord Nana [[PERSON:Kofi Owusu-Ansah]] says the new tenancy agreement
        needs everybody's Ghana Card number. Mine is [[NATIONAL_ID:GHA-718204553-6]]
        09:32 - [[PERSON:Kwame B]]: Mine [[NATIONAL_ID:GHA-722610984-1]]. Email for the agreement:
        [[EMAIL_ADDRESS:kwame.boakye.gh@gmail.com]]
        09:35 - Auntie [[PERSON:Akos]]: Address to put is
        [[STREET_ADDRESS:H/No. 14, 2nd Mango Close, Dzorwulu, Accra (GA-183-4527)]]
        09:36 - Auntie [[PERSON:Akos]]: Agreement starts [[DATE:1st April 2024]], two years
        10:02 - [[PERSON:Efua Mensah]]: Thank you auntie. Nana's office line is [[PHONE_NUMBER:030 277 4185]] right?
        10:04 - Auntie [[PERSON:Akos]]: Yes. Or call his son [[PERSON:Kojo]] on [[PHONE_NUMBER:055 902 1137]]
        -- [[DATE:13 March 2024]] --
        07:50 - [[PERSON:Yaw Mensah]]: Paid for [[PERSON:Efua]]. Ref 4471 2209 from [[PHONE_NUMBER:0244 903 118]]
        """#,
        #"""
        SYNDICAT NATIONAL DES TRAVAILLEURS DES PORTS ET DE LA MANUTENTION - Section du Littoral
        [[STREET_ADDRESS:Immeuble Kamga, 128 rue Njo-Njo, Bonapriso, Douala]]
        Tél. : [[PHONE_NUMBER:+237 233 42 18 77]] / [[PHONE_NUMBER:6 77 41 28 93]]
        Douala, le [[DATE:18 mars 2024]]
        À Monsieur le Directeur des Ressources Humaines, SOCAMAR Logistique S.A.
        Objet : Réclamation - licenciement abusif de M. [[PERSON:NGONO ESSOMBA Jean-Paul]],
                matricule [[EMPLOYEE_NUMBER:SL-0417-22]]
        Monsieur le Directeur,
        Notre syndicat porte à votre connaissance la réclamation de son adhérent M. [[PERSON:NGONO ESSOMBA Jean-Paul]]
        (carte syndicale n° [[MEMBER_NUMBER:SYN-DLA-08812]]), titulaire de la CNI n° [[NATIONAL_ID:112847536]],
        immatriculé à la CNPS sous le n° [[NATIONAL_ID:184-0271455-Q]].
        Victime d'un accident de travail le [[DATE:15 janvier 2024]] ([[HEALTH_CONDITION:fracture du poignet droit]]),
        il était en arrêt maladie selon le certificat du Dr [[PERSON:Mbarga]]. Il a pourtant été mis à pied le
        [[DATE:02/02/2024]], puis licencié par lettre du [[DATE:26 février 2024]], en violation du Code du travail.
        Nous demandons :
          - sa réintégration immédiate ;
          - le paiement des salaires de février et mars sur son compte
            n° [[US_BANK_ACCOUNT:10005 00012 04718293051 27]] ;
          - une réunion de conciliation avant le [[DATE:5 avril 2024]].
        Contact de l'intéressé : [[PHONE_NUMBER:699 14 52 80]], [[EMAIL_ADDRESS:jpngono.essomba@yahoo.fr]]
        Domicile : [[STREET_ADDRESS:Quartier Bépanda, rue 3.041, porte 17, Douala]]
        Veuillez agréer, Monsieur le Directeur, l'expression de nos salutations distinguées.
        La Secrétaire générale de section, [[PERSON:EKANI Pauline Marthe]]
        Copies : Inspection du travail du Littoral ; M. [[PERSON:Tchoumi Alain]], délégué du personnel
        """#,
        #"""
        De : [[PERSON:Ons Ben Salah]] <[[EMAIL_ADDRESS:ons.bensalah@medtex-tunisie.com.tn]]>
        À : [[PERSON:Mohamed Amine Trabelsi]] <[[EMAIL_ADDRESS:m.trabelsi@medtex-tunisie.com.tn]]>
        Cc : [[EMAIL_ADDRESS:paie@medtex-tunisie.com.tn]]
        Date : lundi [[DATE:11 mars 2024]] 09:47
        Objet : Mise à jour de ton dossier - RIB, adresse et congé maladie
        Bonjour Si [[PERSON:Amine]],
        Suite à ton mail du [[DATE:07/03/2024]], j'ai mis à jour ton dossier (matricule [[EMPLOYEE_NUMBER:MX-2217]]) :
          - Nouvelle adresse : [[STREET_ADDRESS:Résidence Yasmine, Bloc B, App. 12, 27 rue de l'Artisanat,
            2035 Charguia II, Tunis]]
          - RIB (BIAT) : [[US_BANK_ACCOUNT:08 006 0120410873219 41]]
          - CIN : [[NATIONAL_ID:09847215]]   N° CNSS : [[NATIONAL_ID:1204873-05]]
          - Date de naissance corrigée : [[DATE_OF_BIRTH:23/09/1990]]
          - GSM : [[PHONE_NUMBER:+216 98 417 250]]
        Pour ton congé maladie du [[DATE:12 février 2024]] au [[DATE:16 février 2024]], le certificat du
        Dr [[PERSON:Hichem Gharbi]] ([[HEALTH_CONDITION:sinusite aiguë]]) est bien reçu. Pense à déposer le bulletin
        de soins à la CNAM avec ton identifiant assuré social [[MEMBER_NUMBER:1 08476521 02]].
        La visite médicale annuelle est prévue le [[DATE:28/03/2024]] chez le médecin du travail.
        بالتوفيق،
        [[PERSON:Ons Ben Salah]] | Responsable RH - [[PERSON:أنس بن صالح]]
        Medtex Tunisie S.A. | [[STREET_ADDRESS:Zone industrielle, 14 rue de l'Énergie, 2013 Ben Arous]]
        Tél. : [[PHONE_NUMBER:71 940 388]] poste 214 | GSM : [[PHONE_NUMBER:22 614 093]]
        """#,
        #"""
        DZĪVOJAMĀS TELPAS ĪRES LĪGUMA PIELIKUMS Nr. 1 - Līdzēju dati
        Līgums noslēgts Rīgā, [[DATE:2024. gada 1. martā]]
        Izīrētājs: [[PERSON:Jānis Bērziņš]], personas kods [[NATIONAL_ID:170672-10848]]
          tālr. [[PHONE_NUMBER:+371 29 418 733]], e-pasts [[EMAIL_ADDRESS:janis.berzins@apollo.lv]]
        Īrnieks 1: [[PERSON:Anna Kalniņa]], p.k. [[NATIONAL_ID:051195-12701]], dzim. [[DATE_OF_BIRTH:05.11.1995]]
        Īrnieks 2: [[PERSON:Dmitrijs Kozlovs]], p.k. [[NATIONAL_ID:327841-20156]]
        Īrējamais objekts: [[STREET_ADDRESS:Brīvības iela 118-24, Rīga, LV-1001]]
        Īrnieka 1 deklarētā adrese: [[STREET_ADDRESS:Rīgas iela 7, Valmiera, LV-4201]]
        Īres maksa: EUR 520 mēnesī, maksājama līdz katra mēneša 5. datumam uz kontu
          [[IBAN_CODE:LV28 HABA 0551 0387 4412 6]] (saņēmējs [[PERSON:J. Bērziņš]])
        Drošības nauda EUR 520 samaksāta [[DATE:28.02.2024]].
        Īrnieku kontakti: [[EMAIL_ADDRESS:anna.kalnina95@inbox.lv]]; tālr. [[PHONE_NUMBER:2654 1180]]
          [[PERSON:D. Kozlovs]]: [[PHONE_NUMBER:+371 20 335 816]]
        Ārkārtas kontakts: māte [[PERSON:Ilze Kalniņa]], [[PHONE_NUMBER:+371 26 077 491]]
        Mājdzīvnieki: nav. Skaitītāju rādījumi: AŪ 00412, KŪ 00231, elektrība 18 774 kWh.
        Līgums ir spēkā līdz [[DATE:2025. gada 28. februārim]].
        Paraksti: ______ [[PERSON:J. Bērziņš]]  ______ [[PERSON:A. Kalniņa]]  ______ [[PERSON:D. Kozlovs]]
        """#,
        #"""
        AB „Baltijos taupomasis bankas“ - SĄSKAITOS ATIDARYMO PRAŠYMAS (fizinis asmuo)
        Vardas, pavardė: [[PERSON:Rūta Petrauskienė]]
        Asmens kodas: [[NATIONAL_ID:48807150457]]   Gimimo data: [[DATE_OF_BIRTH:1988-07-15]]
        Asmens tapatybės kortelė Nr. [[NATIONAL_ID:21847395]], galioja iki [[DATE:2029-04-11]]
        Gyvenamoji vieta: [[STREET_ADDRESS:Savanorių pr. 174-52, LT-03153 Vilnius]]
        Korespondencijos adresas: [[STREET_ADDRESS:Laisvės al. 41-3, LT-44239 Kaunas]]
        Tel.: [[PHONE_NUMBER:+370 612 48 377]]; [[PHONE_NUMBER:8 687 20415]]
        El. paštas: [[EMAIL_ADDRESS:ruta.petrauskiene@gmail.com]]
        Darbovietė: UAB „Vilniaus grindys“, tabelio Nr. [[EMPLOYEE_NUMBER:VG-0388]]
        Atidaroma sąskaita: [[IBAN_CODE:LT44 7300 0101 4728 5519]]
        Esama sąskaita kitame banke (lėšų pervedimui): [[IBAN_CODE:LT12 7044 0600 0818 2274]]
        Kortelė, į kurią grąžinti aptarnavimo mokestį: [[CREDIT_CARD:5168 7420 1139 4057]]
        Įgaliotinis: sutuoktinis [[PERSON:Tomas Petrauskas]], a. k. [[NATIONAL_ID:38602234416]]
        Prašymas pateiktas internetu [[DATE:2024 m. kovo 12 d.]], IP adresas [[IP_ADDRESS:88.119.42.207]]
        Tapatybė patvirtinta skyriuje [[DATE:2024-03-14]].
        Priėmė: vyr. konsultantė [[PERSON:Jurgita Vaitkutė]], darb. Nr. [[EMPLOYEE_NUMBER:BTB-11472]]
        Kliento parašas: ____________  [[PERSON:R. Petrauskienė]]
        """#,
        #"""
        grupa: recepcija smjene (hotel)
        [[PERSON:ivana]]: ljudi jel mi moze netko uzeti subotu [[DATE:23.3.]]? jutarnja 7-15
        [[PERSON:mare]]: a zasto
        [[PERSON:ivana]]: svadba od sestricne u splitu, zaboravila sam se javit na vrijeme
        [[PERSON:jura]]: ja mogu ako ti meni uzmes nedjelju [[DATE:31.3.]] popodne
        [[PERSON:ivana]]: dogovoreno [[PERSON:jurice]] ♥
        [[PERSON:ivana]]: gospodjo [[PERSON:Kovač]], saljem zamjenu:
        [[PERSON:Ivana Horvat]] (os. br. [[EMPLOYEE_NUMBER:1187]])
        <-> [[PERSON:Juraj Babić]] (os. br. [[EMPLOYEE_NUMBER:1203]]), [[DATE:23.03.2024.]] i [[DATE:31.03.2024.]]
        [[PERSON:Sanja Kovač]]: ok odobreno, upisite u raspored. [[PERSON:jura]] jesi ti ok, bio si na bolovanju zbog
        [[HEALTH_CONDITION:upale pluća]] prosli tjedan?
        [[PERSON:jura]]: ma jesam sefice, doktorica me otpisala jucer
        [[PERSON:mare]]: usput, novi broj mi je [[PHONE_NUMBER:098 741 2290]], stari vise ne radi
        [[PERSON:tea]] (racunovodstvo): [[PERSON:ivek]] posalji mi oib i iban za putne troskove pls
        [[PERSON:ivana]]: oib [[NATIONAL_ID:48291730562]], iban [[IBAN_CODE:HR16 2402 0061 1004 7725 3]]
        [[PERSON:mare]]: ajme ne salji oib u grupu hahah
        [[PERSON:ivana]]: upsss prekasno
        [[PERSON:jura]]: skupljamo za poklon za [[PERSON:maju]], saljite na
        [[STREET_ADDRESS:Vukovarska 58, 21000 Split]]
        [[PERSON:jura]]: ili revolut [[PHONE_NUMBER:+385 91 562 3048]]
        [[PERSON:tea]]: hvala [[PERSON:ivek]], sredjeno
        """#,
        #"""
        JU OŠ „Kovačići“ Sarajevo - eDnevnik, poruka razrednici
        Poštovana nastavnice [[PERSON:Selma Hadžić]],
        Molim Vas da opravdate izostanak moje kćerke [[PERSON:Lejle Mujić]], učenice VI-2 razreda,
        od [[DATE:11.03.2024.]] do [[DATE:15.03.2024.]] godine.
        [[PERSON:Lejla]] je imala [[HEALTH_CONDITION:streptokoknu anginu]]
        i još pije [[HEALTH_CONDITION:amoksicilin]] do petka.
        U prilogu je ljekarsko uvjerenje dr. [[PERSON:Amire Begović]] iz Doma zdravlja Novo Sarajevo
        (karton br. [[MEDICAL_RECORD_NUMBER:NS-18-22741]]).
        Ljekarka preporučuje da [[PERSON:Lejla]] ne ide na tjelesni do [[DATE:29.03.2024.]] godine.
        Za školsko osiguranje, podaci učenice:
          JMBG: [[NATIONAL_ID:0403012175024]], datum rođenja: [[DATE_OF_BIRTH:04.03.2012.]]
        S poštovanjem,
        [[PERSON:Edina Mujić]] (majka)
        Adresa: [[STREET_ADDRESS:Ulica Zmaja od Bosne 47/3, 71000 Sarajevo]]
        Tel: [[PHONE_NUMBER:061/284-917]], e-mail: [[EMAIL_ADDRESS:edina.mujic@bih.net.ba]]
        Otac: [[PERSON:Adnan Mujić]], [[PHONE_NUMBER:+387 62 418 330]]
        Sarajevo, [[DATE:18. mart 2024.]]
        ---
        Odgovor: Poštovana gđo [[PERSON:Mujić]], izostanak je opravdan. Zadaću iz matematike [[PERSON:Lejla]] može
        preuzeti od [[PERSON:Kenane]] iz klupe. Pozdrav, [[PERSON:Selma H.]]
        """#,
        #"""
        PROCESVERBAL I MBLEDHJES SË ASAMBLESË SË BANORËVE
        Pallati 118, Shkalla 2 - [[STREET_ADDRESS:Rruga e Kavajës, Pallati 118, Shkalla 2, Tiranë 1001]]
        Data: [[DATE:14 mars 2024]], ora 18:30, ambienti i katit përdhe
        Të pranishëm: [[PERSON:Arben Hoxha]] (kryetar), [[PERSON:Elira Dervishi]] (sekretare), [[PERSON:Gjergj Marku]],
        [[PERSON:Mirela Kola]], z. [[PERSON:Fatmir Shehu]], znj. [[PERSON:Lindita Çaushi]]
        Mungojnë: znj. [[PERSON:Drita Leka]] (e shtruar në spital me [[HEALTH_CONDITION:kolecistit akut]])
        Rendi i ditës: 1. Riparimi i ashensorit; 2. Kuotat e papaguara; 3. Kamerat e sigurisë.
        1. Oferta e firmës "Lift Service" sh.p.k. - 240 000 lekë.
           Kontakt z. [[PERSON:Ilir Çela]], [[PHONE_NUMBER:069 42 17 385]].
           Miratohet me 5 vota pro, 1 abstenim.
        2. Ap. 7 ([[PERSON:Besnik Gjoni]]) ka detyrim 18 000 lekë që nga [[DATE:tetor 2023]]. I dërgohet njoftim.
           Pagesat bëhen në llogarinë e pallatit: [[IBAN_CODE:AL47 2121 1009 0000 0002 3569 8741]]
        3. Përgjegjës për kamerat caktohet [[PERSON:Gjergj Marku]], NID [[NATIONAL_ID:I50715031V]];
           regjistrimet ruhen 30 ditë.
        Kontakt i kryetarit: [[PHONE_NUMBER:+355 68 204 7719]]; sekretaria: [[EMAIL_ADDRESS:elira.dervishi@gmail.com]]
        Mbledhja e ardhshme: [[DATE:11 prill 2024]], ora 18:30.
        Firmat: [[PERSON:A. Hoxha]] ________   [[PERSON:E. Dervishi]] ________
        """#,
        #"""
        "Bakı Ekspres Kuryer" MMC - TƏHVİL-TƏSLİM QƏBZİ № BEK-240318-0417
        Tarix: [[DATE:18.03.2024]]
        Göndərən: [[PERSON:Əliyev Rauf Kamal oğlu]], tel. [[PHONE_NUMBER:+994 50 318 42 77]]
        Göndərənin ünvanı: [[STREET_ADDRESS:Nizami küç. 142, mənzil 21, Bakı AZ1010]]
        Alan: [[PERSON:Məmmədova Günel Elçin qızı]]
        Çatdırılma ünvanı: [[STREET_ADDRESS:Xətai r-nu, Babək pr. 38A, blok 2, mənzil 67, Bakı AZ1025]]
        Əlaqə: [[PHONE_NUMBER:055 712 09 84]], ev: [[PHONE_NUMBER:(012) 490 33 18]]
        E-poçt: [[EMAIL_ADDRESS:gunel.mammadova@mail.ru]]
        Alanın şəxsiyyət vəsiqəsi: [[NATIONAL_ID:AZE14827735]], FİN: [[NATIONAL_ID:5HK2D7P]]
        Bağlama: 1 qutu, 3,2 kq - kitablar və dərmanlar
          ([[HEALTH_CONDITION:Concor]] 5 mq x 3, [[HEALTH_CONDITION:Glucophage]] 1000 mq x 2)
        Ödəniş: 12,50 AZN, nağd, alan tərəfindən.
        Qeyd: Alan evdə olmasa, qonşu [[PERSON:Səbinə]] xanıma (mənzil 68) təhvil verilsin.
        Примечание: звонить за час, домофон не работает.
        Kuryer: [[PERSON:Hüseynov Elvin]], işçi nömrəsi [[EMPLOYEE_NUMBER:BEK-K-0291]], [[PHONE_NUMBER:070 455 21 63]]
        Təhvil aldım: [[PERSON:G. Məmmədova]], [[DATE:19.03.2024]], imza ________
        """#,
        #"""
        Telegram - Admin Team PP Office
        [[PERSON:sreymom]]: bong [[PERSON:dara]], tmr [[DATE:22/03/2024]] can u cover front desk? ខ្ញុំមានណាត់ជួបពេទ្យ
        [[PERSON:dara]]: ok no problem oun. what time?
        [[PERSON:sreymom]]: 8-12 only. check-up at Calmette for my [[HEALTH_CONDITION:ជំងឺក្រពេញទីរ៉ូអ៊ីត]]
        [[PERSON:sreymom]]: still on [[HEALTH_CONDITION:carbimazole]] huhu
        [[PERSON:Visal Chea HR]]: [[PERSON:sreymom]] pls send leave form + ID no for NSSF claim
        [[PERSON:sreymom]]: ID [[NATIONAL_ID:010487215]], NSSF [[NATIONAL_ID:12-2019-004187]]
        [[PERSON:sreymom]]: DOB [[DATE_OF_BIRTH:14-02-1996]]
        [[PERSON:sreymom]]: staff no [[EMPLOYEE_NUMBER:PPO-0317]]
        [[PERSON:Visal Chea HR]]: thx. u changed payroll bank right? new ABA acc?
        [[PERSON:sreymom]]: yes bong ABA [[US_BANK_ACCOUNT:001 427 918]]
        [[PERSON:Visal Chea HR]]: address on form still old one. pls confirm new:
        [[PERSON:sreymom]]: [[STREET_ADDRESS:ផ្ទះលេខ ៤៥ ផ្លូវ ៣៦០ សង្កាត់បឹងកេងកង ១ ខណ្ឌបឹងកេងកង ភ្នំពេញ]]
        [[PERSON:piseth]]: guys who ordered lunch? delivery guy calling [[PHONE_NUMBER:012 748 336]]
        [[PERSON:dara]]: me me. tell him office is
        [[STREET_ADDRESS:#27B, St. 271, Sangkat Tuek L'ak 3, Khan Toul Kork, Phnom Penh]]
        [[PERSON:dara]]: pay w company card ok? [[CREDIT_CARD:4532 0174 8829 1637]] exp 09/26
        [[PERSON:Visal Chea HR]]: [[PERSON:dara]]!! dont post card no here pls
        [[PERSON:piseth]]: ok bong, he said 10 min
        [[PERSON:Visal Chea HR]]: [[PERSON:sreymom]] also email the scan to me
        [[EMAIL_ADDRESS:visal.chea@mekongadmin.com.kh]]
        [[PERSON:sreymom]]: ok bong. phone low batt, if urgent call my husband [[PERSON:Rithy]]
        [[PHONE_NUMBER:+855 17 552 904]]
        [[PERSON:sreymom]]: អរគុណបង
        """#,
        #"""
        From: [[PERSON:Dilani Wickramasinghe]] <[[EMAIL_ADDRESS:dilani.w@lankaprime.lk]]>
        To: [[PERSON:Mohamed Rizwan]] <[[EMAIL_ADDRESS:rizwan.m@lankaprime.lk]]>
        Date: [[DATE:20 March 2024]]
        Subject: EPF/ETF nomination and address update
        Dear [[PERSON:Rizwan]],
        Thank you for sending the documents. We have updated your file (Emp. No. [[EMPLOYEE_NUMBER:LP/ACC/0472]]):
          NIC: [[NATIONAL_ID:199012304518]] (old NIC [[NATIONAL_ID:901234518V]])
          EPF No.: [[MEMBER_NUMBER:0042187]]
          Address: [[STREET_ADDRESS:No. 45/2, Kandy Road, Kiribathgoda 11600]]
          Mobile: [[PHONE_NUMBER:+94 77 418 2290]]
          Nominee: [[PERSON:Fathima Rinosa]] (spouse), DOB [[DATE_OF_BIRTH:03/06/1993]]
          Salary account: Commercial Bank, Kiribathgoda branch, A/C [[US_BANK_ACCOUNT:8012547733]]
        Regarding your medical leave on [[DATE:14 March 2024]] and [[DATE:15 March 2024]]: the certificate from
        Dr. [[PERSON:K. A. Jayasuriya]] mentions [[HEALTH_CONDITION:dengue fever]]; please send the platelet report.
        Hope you are feeling better. ස්තූතියි / நன்றி
        Best regards,
        [[PERSON:Dilani Wickramasinghe]]
        Senior Executive - Human Resources
        Lanka Prime Logistics (Pvt) Ltd
        [[STREET_ADDRESS:No. 218, Galle Road, Colombo 03]]
        T: [[PHONE_NUMBER:011 2 574 831]] | M: [[PHONE_NUMBER:071 604 5512]]
        """#,
        #"""
        ACV-CSC Metea - Regio Gent-Eeklo
        [[STREET_ADDRESS:Koningin Astridlaan 112, 9000 Gent]]
        Gent, [[DATE:19 maart 2024]]
        Aan: HR-dienst, Vandevelde Staalbouw NV, [[STREET_ADDRESS:Industrieweg 34, 9032 Wondelgem]]
        Betreft: klacht i.v.m. ontslag tijdens arbeidsongeschiktheid - ons lid [[PERSON:Kevin De Smet]]
        Lidnummer: [[MEMBER_NUMBER:4471 8825 02]]   Rijksregisternr.: [[NATIONAL_ID:87.04.12-253.78]]
        Personeelsnummer: [[EMPLOYEE_NUMBER:VDS-00318]]
        Geachte mevrouw [[PERSON:Claes]],
        Wij contacteren u namens onze aangeslotene, de heer [[PERSON:De Smet]], wonende te
        [[STREET_ADDRESS:Sint-Pietersnieuwstraat 88 bus 2, 9000 Gent]].
        Dhr. [[PERSON:De Smet]] was arbeidsongeschikt van [[DATE:5 februari 2024]] tot [[DATE:3 maart 2024]] wegens een
        [[HEALTH_CONDITION:lumbale hernia]] (attest dr. [[PERSON:Wouters]]). Op [[DATE:4 maart 2024]] ontving hij een
        aangetekende brief met zijn ontslag, zonder voorafgaand gesprek.
        Wij vragen een overleg binnen de 14 dagen en, bij gebrek aan akkoord, de betaling van een
        verbrekingsvergoeding op zijn rekening [[IBAN_CODE:BE64 0018 4421 7752]].
        Copie pour information : CSC Bruxelles, Monsieur [[PERSON:Jean-Luc Dubois]], secrétaire permanent.
        Met vriendelijke groeten,
        [[PERSON:Lotte Verstraete]], vakbondssecretaris
        T [[PHONE_NUMBER:09 265 43 18]] - GSM [[PHONE_NUMBER:+32 476 21 88 04]]
        [[EMAIL_ADDRESS:lotte.verstraete@acv-csc.be]]
        """#,
        #"""
        LEJEKONTRAKT - BILAG 1: LEJERS OPLYSNINGER
        Udlejer: Ejendomsselskabet Søbakken ApS, kontaktperson [[PERSON:Søren Bech]], tlf. [[PHONE_NUMBER:70 20 41 18]]
        Lejer 1: [[PERSON:Mette Kjærgaard Nielsen]], CPR-nr. [[NATIONAL_ID:120391-1428]]
        Lejer 2: [[PERSON:Rasmus Holm]], CPR-nr. [[NATIONAL_ID:030789-2217]]
        Lejemålets adresse: [[STREET_ADDRESS:Jægersborggade 41, 3. tv.
        2200 København N]]
        Tidligere adresse: [[STREET_ADDRESS:Vestergade 12, 1. sal, 8000 Aarhus C]]
        Tlf.: [[PHONE_NUMBER:+45 28 41 73 06]] / [[PHONE_NUMBER:31 74 22 95]]
        E-mail: [[EMAIL_ADDRESS:mette.kn@hotmail.dk]], [[EMAIL_ADDRESS:rasmusholm89@gmail.com]]
        Overtagelsesdato: [[DATE:1. april 2024]]
        Depositum (3 mdr., kr. 34.500) indbetalt [[DATE:15.03.2024]]
        fra reg.nr./konto [[US_BANK_ACCOUNT:2211-6270448193]]
        Konto til tilbagebetaling af depositum: [[IBAN_CODE:DK25 2211 6270 4481 93]]
        Særlige vilkår (§ 11): Lejer 1 har servicehund pga. [[HEALTH_CONDITION:epilepsi]]; dette accepteres af udlejer.
        Fødselsdato lejer 1 (til kreditvurdering): [[DATE_OF_BIRTH:12.03.1991]]
        Indflytningssyn aftalt [[DATE:28. marts 2024]] kl. 16
        med vicevært [[PERSON:Jens-Ole]] ([[PHONE_NUMBER:22 58 19 04]])
        Underskrevet digitalt med MitID i København, den [[DATE:18. marts 2024]], IP [[IP_ADDRESS:87.61.118.204]]
        ________ [[PERSON:M. K. Nielsen]]   ________ [[PERSON:R. Holm]]   ________ for udlejer [[PERSON:S. Bech]]
        """#,
        #"""
        Frá: [[PERSON:Guðrún Sigurðardóttir]] <[[EMAIL_ADDRESS:gudrun.sig@simnet.is]]>
        Til: [[PERSON:Helga Björk Ólafsdóttir]], umsjónarkennari 4. bekkjar
        Dagsetning: [[DATE:12. mars 2024]]
        Efni: Veikindi - [[PERSON:Jón Ari]]
        Sæl [[PERSON:Helga]],
        [[PERSON:Jón Ari]] verður ekki í skólanum á morgun og fimmtudag.
        Hann greindist með [[HEALTH_CONDITION:inflúensu]] í gær á heilsugæslunni hjá [[PERSON:Kristjáni]] lækni.
        Hann fær [[HEALTH_CONDITION:Tamiflu]] í fimm daga og [[HEALTH_CONDITION:Paratabs]] við hita.
        Hann er líka með [[HEALTH_CONDITION:astma]], svo hann má ekki fara í sund fyrr en honum batnar alveg.
        Vinsamlegast sendið heimavinnuna á netfangið mitt eða með [[PERSON:Gunna]] nágranna okkar.
        Heimilisfang ef senda þarf bækur: [[STREET_ADDRESS:Hagamelur 38, 107 Reykjavík]]
        Kennitala [[PERSON:Jóns Ara]] vegna skráningar: [[NATIONAL_ID:150814-3240]]
        (fæddur [[DATE_OF_BIRTH:15. ágúst 2014]])
        Sími: [[PHONE_NUMBER:862 4471]] (ég), [[PHONE_NUMBER:+354 695 1208]] ([[PERSON:Einar]], pabbi hans)
        Kveðja, [[PERSON:Guðrún]]
        ---
        Sæl [[PERSON:Guðrún]], takk fyrir að láta vita. Ég sendi verkefnin heim með [[PERSON:Gunna]].
        Láttu mig vita hvort hann kemur á mánudaginn [[DATE:18. mars]]. Góðan bata!
        Kv. [[PERSON:Helga Björk]]
        """#,
        #"""
        Whānau Ora Navigator Team - Hui Minutes
        Date: Wednesday [[DATE:20 March 2024]], 10am
        Venue: Boardroom, [[STREET_ADDRESS:Level 2, 48 Victoria Street, Hamilton Central, Hamilton 3204]]
        Present: [[PERSON:Aroha Ngata]] (chair), [[PERSON:Wiremu Te Rangi]], [[PERSON:Mere Parata-Walker]],
        [[PERSON:Tama Hēnare]], [[PERSON:Jess O'Connor]] (minutes)
        Apologies: [[PERSON:Hinemoa Poutama]] (tangihanga in Gisborne)
        Karakia timatanga: [[PERSON:Wiremu]]
        1. Minutes of [[DATE:6 March 2024]] accepted. Moved [[PERSON:Tama]] / seconded [[PERSON:Mere]].
        2. Staff wellbeing: [[PERSON:Tama]] back on light duties after [[HEALTH_CONDITION:ACL tear]];
           no lifting until May.
        3. Whānau case (consent on file): kuia [[PERSON:Ngaire Tāwhiri]], NHI [[MEDICAL_RECORD_NUMBER:ZKT4417]],
           needs transport to Waikato Hospital renal unit 3x weekly ([[HEALTH_CONDITION:end-stage kidney disease]]).
           Lives at [[STREET_ADDRESS:17 Kōwhai Place, Ngāruawāhia 3720]];
           moko [[PERSON:Rāwiri]] on [[PHONE_NUMBER:021 448 7302]].
           Action: [[PERSON:Mere]] to apply for NASC review before [[DATE:5 April 2024]].
        4. Payroll: IRD number for new starter [[PERSON:Jess]] needs correcting to [[NATIONAL_ID:118-427-394]];
           [[PERSON:Wiremu]]'s employee no. [[EMPLOYEE_NUMBER:WON-1142]] missing from the March timesheet.
        5. Koha for the hui at the marae to go to account [[US_BANK_ACCOUNT:12-3141-0458721-00]].
        Next hui: [[DATE:3 April 2024]]. Karakia whakamutunga: [[PERSON:Aroha]].
        Chair: [[EMAIL_ADDRESS:aroha.ngata@teawanavigators.org.nz]], [[PHONE_NUMBER:07 839 2215]]
        """#,
        #"""
        Gwoup WhatsApp: Fanmi Jean-Baptiste
        [[DATE:15/03/2024]]
        07:02 - Tatie [[PERSON:Mimose]]: Bonjou fanmi. Grann [[PERSON:Elifèt]] te fè yon kriz
        [[HEALTH_CONDITION:tansyon]] yè swa
        07:05 - [[PERSON:Ti Jo]]: Mezanmi! Kisa doktè a di?
        07:09 - Tatie [[PERSON:Mimose]]: Dr [[PERSON:Pierre-Louis]] nan Lopital Bernard Mevs wè l.
        Li ba l [[HEALTH_CONDITION:Amlodipin]] ak [[HEALTH_CONDITION:Aspirin]].
        Nimewo dosye a se [[MEDICAL_RECORD_NUMBER:BM-24-07813]]
        07:15 - [[PERSON:Nadège]]: M ap voye kòb pou medikaman yo. Se sou MonCash ou ye toujou?
        07:16 - Tatie [[PERSON:Mimose]]: Wi, [[PHONE_NUMBER:+509 3714-8826]], non: [[PERSON:Mimose Jean-Baptiste]]
        07:20 - [[PERSON:Ti Jo]]: M nan Miami, m ap voye yon kolis. Ki adrès pou m mete?
        07:22 - Tatie [[PERSON:Mimose]]: [[STREET_ADDRESS:18, Rue Lamarre, Delmas 31, Port-au-Prince HT6120]]
        07:23 - Tatie [[PERSON:Mimose]]: mete nimewo lakay la tou: [[PHONE_NUMBER:2813-4407]]
        07:31 - [[PERSON:Nadège]]: Pou papye asirans lan m bezwen NIF li ak dat nesans li
        07:35 - Tatie [[PERSON:Mimose]]: NIF [[NATIONAL_ID:003-418-772-5]], li fèt [[DATE_OF_BIRTH:2 fevriye 1941]]
        07:36 - Tatie [[PERSON:Mimose]]: kat asirans li: [[MEMBER_NUMBER:AIC-0078412]]
        07:40 - [[PERSON:Ti Jo]]: Pa bliye li gen [[HEALTH_CONDITION:dyabèt]] tou, fòk yo tcheke sik li
        07:44 - [[PERSON:Nadège]]: M voye tout bagay bay asirans lan, kopi nan [[EMAIL_ADDRESS:nadege.jb@gmail.com]]
        09:40 - Tatie [[PERSON:Mimose]]: Kontwòl la se [[DATE:22 mas 2024]] a 10è. [[PERSON:Wilner]] ap mennen l.
        09:41 - [[PERSON:Ti Jo]]: Bondye bon. Bo grann pou mwen
        """#,
    ]
}
