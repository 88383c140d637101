extension BlindTexts {
    /// A forty-first set of clinical texts, written blind to DataGuard's rules.
    static let fortyFirstClinical: [String] = [
        #"""
        LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA - APIN ADULT ART CLINIC
        CLINIC VISIT NOTE (Refill + Review)
        Date of visit: [[DATE:14/05/2024]]
        Name: [[PERSON:OKONKWO, Chiamaka Gift]]   Sex: F   Age: 34
        Hosp. No: [[MEDICAL_RECORD_NUMBER:LUTH/24/117503]]   ART No: [[MEDICAL_RECORD_NUMBER:APIN-LUTH-08821]]
        DOB: [[DATE_OF_BIRTH:02/11/1989]]   Phone: [[PHONE_NUMBER:0806 551 2930]]
        Address: [[STREET_ADDRESS:Flat 3, Block C, Jakande Estate, Isolo, Lagos]]
        Treatment supporter: [[PERSON:Nkechi Okonkwo]] (sister) - [[PHONE_NUMBER:0907 332 1468]]
        Diagnosis: [[HEALTH_CONDITION:HIV-1 infection]], WHO stage 2 at enrolment ([[DATE:June 2017]]);
        ART start [[DATE:03/07/2017]]
        Regimen: [[HEALTH_CONDITION:TLD]]
                 ([[HEALTH_CONDITION:Tenofovir]]/[[HEALTH_CONDITION:Lamivudine]]/[[HEALTH_CONDITION:Dolutegravir]])
        since [[DATE:Jan 2020]], switched from [[HEALTH_CONDITION:Efavirenz]]-based regimen.
        Last VL: <50 copies/ml ([[DATE:11/01/2024]]) - suppressed. CD4 612.
        Complaints today: none. Mild headache last week, resolved.
        O/E: Wt 61 kg, BP 118/76. No lymphadenopathy, no oral thrush. TB screen negative.
        Comorbid: [[HEALTH_CONDITION:Hepatitis B]] co-infection (HBsAg +), [[HEALTH_CONDITION:iron deficiency anaemia]]
        Plan:
         - Refill [[HEALTH_CONDITION:TLD]] x 3 months (MMD); [[HEALTH_CONDITION:Cotrimoxazole]] 960 mg daily
         - [[HEALTH_CONDITION:Ferrous sulphate]] 200 mg bd
        Pt says: "Doctor, I dey take am every night, no wahala." Pill count adherence >95%.
        NHIA enrollee no: [[MEMBER_NUMBER:NHIA/LAG/0412277/02]] (employer: Lagos State Civil Service)
        Next appointment: [[DATE:13/08/2024]]
        Clinician: Dr [[PERSON:Folasade Adebayo-Williams]]   MDCN Reg. No: [[EMPLOYEE_NUMBER:MDCN/R/41278]]
        Adherence counsellor: Mrs. [[PERSON:Halima Yusuf]] - [[EMAIL_ADDRESS:halima.yusuf@luth.gov.ng]]
        """#,
        #"""
        KENYATTA NATIONAL HOSPITAL - DEPARTMENT OF OBSTETRICS & GYNAECOLOGY, WARD 1D
        DISCHARGE SUMMARY
        Name: [[PERSON:WANJIRU Mercy Njeri]]        IP No: [[MEDICAL_RECORD_NUMBER:2024-031877]]
        Age: 27 yrs   DOB: [[DATE_OF_BIRTH:09.03.1997]]   OP No: [[MEDICAL_RECORD_NUMBER:KNH/OP/88120394]]
        SHA No: [[MEMBER_NUMBER:SHA-0712-4488-2091]]   ID No: [[NATIONAL_ID:33418207]]
        Residence: [[STREET_ADDRESS:Kayole Junction, Hse No. 14B, Spine Road, Nairobi]]
        Tel: [[PHONE_NUMBER:0722 418 905]]
        NOK: [[PERSON:Brian Otieno Ouma]] (husband) [[PHONE_NUMBER:+254 733 602 117]]
        Date of admission: [[DATE:21/04/2024]]     Date of discharge: [[DATE:26/04/2024]]
        Diagnosis:
          1. [[HEALTH_CONDITION:Severe pre-eclampsia]] at 36/40
          2. Emergency C/S on [[DATE:22/04/2024]] - live female, 2.6 kg, APGAR 8/10
          3. [[HEALTH_CONDITION:Postpartum haemorrhage]] (1.2 L)
        Course: Received [[HEALTH_CONDITION:Magnesium sulphate]] (Zuspan regimen) x 24 hrs,
        [[HEALTH_CONDITION:oxytocin]] infusion and [[HEALTH_CONDITION:tranexamic acid]]. Transfused 2 units whole blood
        on [[DATE:23/04]]. BP controlled on [[HEALTH_CONDITION:Nifedipine]] and [[HEALTH_CONDITION:Methyldopa]]. Wound
        clean and dry.
        Discharge medications:
          - [[HEALTH_CONDITION:Nifedipine]] retard 20 mg bd x 2/52
          - [[HEALTH_CONDITION:Paracetamol]] 1 g tds x 5/7
          - [[HEALTH_CONDITION:Ferrous sulphate]] + [[HEALTH_CONDITION:folic acid]] once daily
        Review: MCH/FP clinic KNH on [[DATE:03/05/2024]]; wound review at Kayole II Sub-County Hospital
        on [[DATE:30/04/2024]].
        Maelekezo: Rudi hospitali haraka ukiona kichwa kuuma sana, kuona giza au kutoka damu nyingi.
        Discharged by: Dr [[PERSON:K. M. Mutua]] (Registrar, Obs/Gyn)   KMPDC Reg: [[EMPLOYEE_NUMBER:A11924]]
        Consultant: Prof. [[PERSON:Esther Chebet Kiprono]]   Nurse i/c: Sr. [[PERSON:Rose Akinyi]]
        """#,
        #"""
        REPUBULIKA Y'U RWANDA - MINISANTE
        CENTRE DE SANTÉ DE KIMIRONKO - FICHE DE TRANSFERT / REFERRAL FORM
        Date: [[DATE:08/02/2024]]    Heure: 14h20    Vers: CHUK - Service de Pédiatrie
        Nom de l'enfant: [[PERSON:IRADUKUNDA Kevine]]   Sexe: F
        Date de naissance: [[DATE_OF_BIRTH:17/09/2021]]   N° dossier: [[MEDICAL_RECORD_NUMBER:CSK/2021/04417]]
        Mère: [[PERSON:MUKAMANA Claudine]], ID: [[NATIONAL_ID:1 1994 7 0045821 1 32]]
        Père: [[PERSON:HABIMANA Jean Pierre]], Tél: [[PHONE_NUMBER:0788 412 306]]
        Mutuelle de santé N°: [[MEMBER_NUMBER:0102-07-03-00412-05]] (catégorie 2)
        Aderesi: [[STREET_ADDRESS:KG 11 Ave, No. 27, Kibagabaga, Kimironko, Gasabo]]
        Motif de transfert: [[HEALTH_CONDITION:Malnutrition aiguë sévère]] avec complications
        Signes: oedèmes bilatéraux ++, MUAC 10,8 cm, P/T < -3 z, échec du test d'appétit
        Diagnostic associé: [[HEALTH_CONDITION:pneumonie]]; suspicion de [[HEALTH_CONDITION:tuberculose]] pédiatrique
        (contact: grand-père [[PERSON:Kayitare Emmanuel]] sous traitement TB depuis [[DATE:12/12/2023]])
        Traitement reçu: [[HEALTH_CONDITION:Amoxicilline]] 250 mg (1re dose 13h30), [[HEALTH_CONDITION:ReSoMal]] 50 ml,
        [[HEALTH_CONDITION:Vitamine A]] 200 000 UI le [[DATE:08/02/2024]]
        Statut VIH de la mère: négatif (testée le [[DATE:05/01/2024]])
        Umujyanama w'ubuzima (CHW): [[PERSON:Uwimana Solange]], [[PHONE_NUMBER:0722 019 845]]
        Transport: ambulance SAMU, accompagnée par l'infirmier [[PERSON:NSENGIYUMVA Eric]]
        Infirmière titulaire: [[PERSON:MUREKATETE Alice]], NCNM Reg. No [[EMPLOYEE_NUMBER:RN/A1/2016/0781]]
        E-mail: [[EMAIL_ADDRESS:alice.murekatete@cskimironko.rw]]   Tél. service: [[PHONE_NUMBER:+250 788 530 114]]
        Please send counter-referral to CS Kimironko after discharge. Murakoze.
        """#,
        #"""
        ቅዱስ ጳውሎስ ሆስፒታል ሚሊኒየም ሜዲካል ኮሌጅ - ላቦራቶሪ
        ST. PAUL'S HOSPITAL MILLENNIUM MEDICAL COLLEGE - CLINICAL CHEMISTRY LABORATORY
        LABORATORY RESULT REPORT
        የታካሚ ስም / Patient: [[PERSON:ሀብታሙ ገብረመድህን ተስፋዬ]] ([[PERSON:Habtamu Gebremedhin Tesfaye]])
        ካርድ ቁጥር / Card No: [[MEDICAL_RECORD_NUMBER:SPH-331029]]    Age/Sex: 58 / M
        የትውልድ ቀን / DOB: [[DATE_OF_BIRTH:12/04/1958 ዓ.ም.]]   Phone: [[PHONE_NUMBER:+251 92 334 1807]]
        አድራሻ / Address: [[STREET_ADDRESS:ጉለሌ ክ/ከተማ ወረዳ 09 የቤት ቁጥር 512]]
        EHIS / CBHI ID: [[MEMBER_NUMBER:EHIS-AA-GL-09-11842]]
        Requested by: Dr [[PERSON:Selamawit Kebede]] (Internal Medicine - Renal Clinic)
        Sample collected: [[DATE:ግንቦት 6 ቀን 2016 ዓ.ም.]] ([[DATE:14/05/2024]]) 08:15
        Reported: [[DATE:14/05/2024]] 13:40
        Clinical info: [[HEALTH_CONDITION:Chronic kidney disease]] stage 4, [[HEALTH_CONDITION:hypertension]],
        on [[HEALTH_CONDITION:furosemide]] and [[HEALTH_CONDITION:nifedipine]]
        Test                 Result      Unit            Reference
        Creatinine           4.8  H      mg/dL           0.7 - 1.3
        BUN                  86   H      mg/dL           7 - 20
        Potassium            6.1  H      mmol/L          3.5 - 5.1
        Sodium               132  L      mmol/L          135 - 145
        Hemoglobin           8.4  L      g/dL            13 - 17
        eGFR (CKD-EPI)       12          mL/min/1.73m2
        HBsAg / HCV Ab       Negative / Negative
        Comment: Critical K+ phoned to ward nurse [[PERSON:Meron Alemayehu]] at 13:45 ([[PHONE_NUMBER:0911 48 27 63]]).
        Picture consistent with [[HEALTH_CONDITION:anaemia of chronic kidney disease]]; suggest iron studies.
        ማሳሰቢያ: ውጤቱን ለሐኪምዎ ያሳዩ። ቀጣይ ቀጠሮ [[DATE:ግንቦት 20 ቀን 2016]]።
        Performed by: [[PERSON:Dawit Girma]] (Medical Laboratory Technologist), Lic. No [[EMPLOYEE_NUMBER:MLT/AA/04512]]
        Verified by: [[PERSON:Tsion Assefa]], Laboratory Head - [[EMAIL_ADDRESS:tsion.assefa@sphmmc.edu.et]]
        """#,
        #"""
        RÉPUBLIQUE DE CÔTE D'IVOIRE - MINISTÈRE DE LA SANTÉ
        CSU COM ABOBO-AVOCATIER - CARNET DE SANTÉ DE LA MÈRE - CONSULTATION PRÉNATALE (CPN)
        Nom et prénoms : [[PERSON:KOUASSI Affoué Marie-Josée]]
        Née le : [[DATE_OF_BIRTH:23/06/1998]] à Daoukro     Profession : couturière
        N° CPN : [[MEDICAL_RECORD_NUMBER:CPN/ABA/2024/0318]]    N° CMU : [[MEMBER_NUMBER:CMU 0412 7719 8823]]
        Domicile : [[STREET_ADDRESS:Abobo Avocatier, lot 147, îlot 12]], derrière la pharmacie Sainte Rita
        Contact : [[PHONE_NUMBER:07 08 45 12 96]]
                  / conjoint M. [[PERSON:KONAN Yao Serge]] [[PHONE_NUMBER:05 44 78 03 21]]
        G3 P2 (2 enfants vivants)   DDR : [[DATE:12/11/2023]]   DPA : [[DATE:18/08/2024]]
        Antécédents : [[HEALTH_CONDITION:trait drépanocytaire AS]] ; césarienne le [[DATE:04/03/2021]] pour dystocie
        CPN1 [[DATE:15/01/2024]] : TA 110/70, poids 61 kg. Test VIH : négatif. TPHA : négatif. Groupe O Rh+.
             Hb 9,8 g/dl → [[HEALTH_CONDITION:anémie]] légère.
        CPN2 [[DATE:12/03/2024]] : HU 24 cm, BCF +. TPI1 : [[HEALTH_CONDITION:Sulfadoxine-pyriméthamine]] 3 cp en
             présence de la sage-femme. VAT2 fait. [[HEALTH_CONDITION:Sulfate ferreux]] +
             [[HEALTH_CONDITION:acide folique]] remis.
        CPN3 [[DATE:14/05/2024]] : TA 145/95 ! Albuminurie ++ → suspicion de [[HEALTH_CONDITION:prééclampsie]].
             [[HEALTH_CONDITION:Méthyldopa]] 250 mg x 3/j. Référée au CHU de Cocody le jour même.
        MILDA remise le [[DATE:15/01/2024]].
        Sage-femme : Mme [[PERSON:N'GUESSAN Adjoua Pélagie]], matricule [[EMPLOYEE_NUMBER:287 441-K]]
        Prochain RDV : [[DATE:28 mai 2024]] à 8h00. Venir avec le carnet et la carte CMU.
        Personne à prévenir : Tantie [[PERSON:Akissi]] ([[PHONE_NUMBER:01 02 33 87 54]])
        """#,
        #"""
        CLINIQUES UNIVERSITAIRES DE KINSHASA - MÉDECINE INTERNE, SALLE 4
        REMISE-REPRISE DE SERVICE (nuit → jour) du [[DATE:19/03/2024]]
        Infirmier sortant : [[PERSON:MBUYI Kalala Patrick]]   Infirmière entrante : [[PERSON:NSIMBA Mavungu Grâce]]
        Lit 2 - [[PERSON:LUKUSA Tshibangu Jean-Claude]], 46 ans, dossier [[MEDICAL_RECORD_NUMBER:CUK/MI/24-0891]]
           Dx : [[HEALTH_CONDITION:Paludisme grave]] forme neurologique + [[HEALTH_CONDITION:insuffisance rénale aiguë]]
           [[HEALTH_CONDITION:Artésunate]] IV 3e dose faite à 02h. GCS 12/15 (était 9). Diurèse 600 ml/12h.
           Épouse : Mama [[PERSON:Odette Kabedi]], [[PHONE_NUMBER:+243 81 552 3094]]
        Lit 5 - Mme [[PERSON:BAHATI Neema]], 31 ans, dossier [[MEDICAL_RECORD_NUMBER:CUK/MI/24-0903]]
           Dx : [[HEALTH_CONDITION:Drépanocytose SS]] en crise vaso-occlusive.
           [[HEALTH_CONDITION:Morphine]] 5 mg SC à 23h et 04h. EVA 7 → 4. Hydratation 3 L/24h.
        Lit 7 - [[PERSON:MAKIESE Dieudonné]], 63 ans, dossier [[MEDICAL_RECORD_NUMBER:CUK/MI/24-0877]]
           Dx : [[HEALTH_CONDITION:AVC ischémique]] le [[DATE:15/03]], [[HEALTH_CONDITION:HTA]],
                [[HEALTH_CONDITION:diabète type 2]]
           [[HEALTH_CONDITION:Amlodipine]] 10 mg ; [[HEALTH_CONDITION:Mixtard]] 20 UI le matin. Glycémie 06h : 2,1 g/l.
           [[HEALTH_CONDITION:Escarre sacrée]] stade 2 : pansement fait, retournement toutes les 2 h.
           Le fils [[PERSON:Papy Makiese]] ([[PHONE_NUMBER:0998 214 603]]) doit apporter la carte MUSECKIN
           n° [[MEMBER_NUMBER:MSK-0045127]] pour la prise en charge.
        Lit 9 - Sortie prévue : [[PERSON:KASONGO Ilunga Berthe]], [[MEDICAL_RECORD_NUMBER:CUK/MI/24-0860]],
           [[HEALTH_CONDITION:pneumonie]] guérie.
           Sortie avec [[HEALTH_CONDITION:Amoxicilline-acide clavulanique]] 1 g x 2/j x 5 j.
           Domicile : [[STREET_ADDRESS:Avenue Kasa-Vubu n° 112, Quartier Matonge, Kalamu, Kinshasa]]
           Facture à régulariser à la caisse avant 10h.
        Admissions de la nuit : aucune. Décès : aucun.
        Médecin de garde : Dr [[PERSON:Ngalula Mbombo]] au [[PHONE_NUMBER:099 812 4470]]
           - à appeler si le lit 2 convulse.
        """#,
        #"""
        Cabinet de Médecine Générale - Dr [[PERSON:Naima EL AMRANI]]
        Lauréate de la Faculté de Médecine de Rabat - INPE : [[EMPLOYEE_NUMBER:091234567]]
        [[STREET_ADDRESS:45, Bd Mohammed V, 2ème étage, appt 7, Casablanca 20250]]
        Tél : [[PHONE_NUMBER:05 22 48 31 70]] - GSM : [[PHONE_NUMBER:06 61 23 45 98]]
        E-mail : [[EMAIL_ADDRESS:dr.elamrani.cabinet@gmail.com]]
                                                                  Casablanca, le [[DATE:22/04/2024]]
        ORDONNANCE
        Mme [[PERSON:BENNANI Khadija]], née le [[DATE_OF_BIRTH:03/02/1972]]
        Dossier n° [[MEDICAL_RECORD_NUMBER:EA-2019-0734]]
        CIN : [[NATIONAL_ID:BE384712]]    N° d'immatriculation AMO-CNSS : [[MEMBER_NUMBER:112847593]]
        1) [[HEALTH_CONDITION:Glucophage]] 850 mg : 1 cp matin et soir au milieu des repas - QSP 3 mois
        2) [[HEALTH_CONDITION:Amaryl]] 2 mg : 1 cp le matin avant le petit-déjeuner - QSP 3 mois
        3) [[HEALTH_CONDITION:Coversyl]] 5 mg : 1 cp par jour - QSP 3 mois
        4) [[HEALTH_CONDITION:Tahor]] 20 mg : 1 cp le soir - QSP 3 mois
        Diagnostic (pour la feuille de soins AMO) : [[HEALTH_CONDITION:diabète de type 2]], [[HEALTH_CONDITION:HTA]],
        [[HEALTH_CONDITION:dyslipidémie]]
        Bilan à faire avant le prochain rendez-vous : HbA1c, créatinine, bilan lipidique, fond d'œil.
        Prochain contrôle : [[DATE:22 juillet 2024]]
        Accompagnée de sa fille [[PERSON:Salma Bennani]] ([[PHONE_NUMBER:+212 6 70 11 42 85]])
        ---
        السيدة [[PERSON:خديجة بناني]]
        ملاحظة: الدوا ديال السكر خاصو يتشرب مع الماكلة، ماشي على الريق. إلا حسيتي بالدوخة أو العرق البارد،
        كولي شي حاجة حلوة وعيطي ليا على [[PHONE_NUMBER:0661234598]].
        الموعد الجاي: [[DATE:22 يوليوز 2024]] - جيبي معاك التحاليل.
        Signature et cachet : Dr [[PERSON:N. El Amrani]]
        """#,
        #"""
        تطبيق "شفاء أونلاين" - محادثة استشارة طبية
        المريضة: [[PERSON:منى عبد الحميد السيد]] | رقم الملف: [[MEDICAL_RECORD_NUMBER:SHF-EG-2024-557812]]
        تاريخ الميلاد: [[DATE_OF_BIRTH:14/07/1990]] | الموبايل: [[PHONE_NUMBER:010 2345 6781]]
        الرقم القومي: [[NATIONAL_ID:29007140101263]]
        الطبيب: د. [[PERSON:أحمد فاروق الشناوي]] - استشاري باطنة وجهاز هضمي
        رقم القيد بالنقابة: [[EMPLOYEE_NUMBER:184523]]
        التاريخ: [[DATE:٣ مارس ٢٠٢٤]]
        [20:14] [[PERSON:منى]]: مساء الخير يا دكتور، عندي حرقان في المعدة من أسبوعين ومش قادرة أنام
        [20:16] د. [[PERSON:أحمد]]: مساء النور. الحرقان بيزيد بعد الأكل؟ فيه ترجيع دم أو براز أسود؟
        [20:17] [[PERSON:منى]]: بيزيد بعد الأكل وبالليل، لا مفيش دم. باخد [[HEALTH_CONDITION:بروفين]] كتير للصداع
        [20:19] د. [[PERSON:أحمد]]: غالبًا [[HEALTH_CONDITION:التهاب في المعدة]] من المسكنات، ولازم نستبعد
           [[HEALTH_CONDITION:جرثومة المعدة]]
        [20:20] د. [[PERSON:أحمد]]: وقفي [[HEALTH_CONDITION:البروفين]] خالص. هكتبلك [[HEALTH_CONDITION:نيكسيوم]] ٤٠ مجم
           قبل الفطار بنص ساعة لمدة شهر
        [20:23] د. [[PERSON:أحمد]]: أيوه، تحليل [[HEALTH_CONDITION:H. pylori]] في البراز (Stool Ag) وصورة دم كاملة.
        [20:25] [[PERSON:منى]]: تمام. العنوان للتوصيل:
           [[STREET_ADDRESS:٢٧ شارع مكرم عبيد، الدور الرابع، شقة ١٢، مدينة نصر، القاهرة]]
        [20:26] د. [[PERSON:أحمد]]: الروشتة اتبعتت للصيدلية وهيكلموكي على [[PHONE_NUMBER:01023456781]]
        [20:27] [[PERSON:منى]]: جوزي [[PERSON:كريم]] هو اللي هيستلم، رقمه [[PHONE_NUMBER:0112 998 4430]]
        [20:28] [[PERSON:منى]]: ورقم كارت التأمين بتاعي من الشغل [[MEMBER_NUMBER:MN-0034-7712-90]]
        [20:29] [[PERSON:منى]]: الدفع مش راضي يعدي، ده رقم الكارت ميزة [[CREDIT_CARD:5078 0312 9945 1287]] صح كده؟
        [20:29] د. [[PERSON:أحمد]]: ماتبعتيش رقم الكارت في الشات تاني! ادفعي من صفحة الدفع بس.
        [20:30] د. [[PERSON:أحمد]]: لو حصل ترجيع دم أو دوخة شديدة روحي طوارئ. المتابعة [[DATE:١٧ مارس]] إن شاء الله.
        --- ملخص الاستشارة / Consultation summary ---
        Provisional Dx: [[HEALTH_CONDITION:NSAID-induced gastritis]]; r/o [[HEALTH_CONDITION:peptic ulcer]]
        Rx: [[HEALTH_CONDITION:Esomeprazole]] 40 mg OD x 4 weeks; [[HEALTH_CONDITION:Paracetamol]] PRN for headache
        Summary e-mailed to [[EMAIL_ADDRESS:mona.abdelhamid90@yahoo.com]]
        """#,
        #"""
        STAR HEALTH AND ALLIED INSURANCE CO. LTD. - REQUEST FOR CASHLESS HOSPITALISATION (PRE-AUTHORISATION)
        Hospital: Sahyadri Super Speciality Hospital, Deccan Gymkhana, Pune
        Name of patient: [[PERSON:KULKARNI SHRIKANT VASUDEV]]      Gender: M    Age: 61
        Date of birth: [[DATE_OF_BIRTH:05-Aug-1962]]
        Policy No.: [[MEMBER_NUMBER:P/151117/01/2024/004518]]    Member ID: [[MEMBER_NUMBER:STAR-MH-00918827-01]]
        Policy holder: [[PERSON:Anjali Shrikant Kulkarni]] (spouse)
        Contact no.: [[PHONE_NUMBER:+91 98220 41763]]   Alternate: [[PHONE_NUMBER:020 2567 3381]]
        E-mail: [[EMAIL_ADDRESS:shrikant.kulkarni62@rediffmail.com]]
        Address: [[STREET_ADDRESS:B-302, Shreeyash Apartments, Karve Nagar, Pune 411052]]
        PAN: [[NATIONAL_ID:AKLPK4821F]]   Aadhaar: [[NATIONAL_ID:4821 7730 1946]]
        IP Registration No.: [[MEDICAL_RECORD_NUMBER:SSH/IP/24/118093]]   UHID: [[MEDICAL_RECORD_NUMBER:SSH00741562]]
        Date of admission: [[DATE:11/06/2024]]   Time: 22:40   Emergency: Yes
        Treating doctor: Dr. [[PERSON:Meenal Deshpande]], MD DM (Cardiology)
        MMC Reg. No.: [[EMPLOYEE_NUMBER:2009/03/1742]]
        Presenting complaints: Chest pain radiating to left arm x 3 hrs, profuse sweating
        Provisional diagnosis: [[HEALTH_CONDITION:Acute anterior wall STEMI]]   ICD-10: I21.0
        Past history: [[HEALTH_CONDITION:Type 2 DM]] x 10 yrs on [[HEALTH_CONDITION:Metformin]];
        [[HEALTH_CONDITION:Hypertension]] on [[HEALTH_CONDITION:Telmisartan]]; no prior [[HEALTH_CONDITION:IHD]]
        Proposed line of treatment: Primary PTCA with DES to LAD
        Expected length of stay: 5 days (ICCU 2, ward 3)   Estimated cost: ₹ 3,45,000
        Declaration by patient / representative:
        मैं घोषणा करती हूँ कि ऊपर दी गई जानकारी मेरी जानकारी के अनुसार सत्य है।
        Name: [[PERSON:Anjali S. Kulkarni]]   Relation: पत्नी   Signature: ______   Date: [[DATE:12/06/2024]]
        Hospital authorised signatory: [[PERSON:Rahul Jadhav]] (TPA desk), emp. code [[EMPLOYEE_NUMBER:SSH-4417]]
        E-mail: [[EMAIL_ADDRESS:rahul.jadhav@sahyadrihospitals.com]]
        """#,
        #"""
        ঢাকা মেডিকেল কলেজ হাসপাতাল - বহির্বিভাগ (মেডিসিন)
        DHAKA MEDICAL COLLEGE HOSPITAL - OUTDOOR TICKET
        টিকেট নং / Reg. No: [[MEDICAL_RECORD_NUMBER:OPD-240612-04187]]     রুম নং: 104
        তারিখ: [[DATE:১২/০৬/২০২৪]]
        রোগীর নাম: [[PERSON:মোছাঃ রাশিদা বেগম]]   বয়স: ৪৫   লিঙ্গ: মহিলা
        স্বামী: [[PERSON:মোঃ আব্দুল করিম]]
        ঠিকানা: [[STREET_ADDRESS:বাসা ১৪/২, রোড ৫, মোহাম্মদপুর হাউজিং, ঢাকা-১২০৭]]
        মোবাইল: [[PHONE_NUMBER:০১৭১১-৫৪৮২৯৩]]    NID: [[NATIONAL_ID:4617228905]]
        সাথে: ছেলে [[PERSON:রাকিব হাসান]] ([[PHONE_NUMBER:01915-338201]])
        C/C: Polyuria, polydipsia x 2 months; burning sensation of both feet
        O/E: BP 150/90 mmHg, Pulse 88/min, Wt 72 kg.  RBS: 16.8 mmol/L
        Dx: [[HEALTH_CONDITION:Type 2 Diabetes Mellitus]] (newly detected)
            with [[HEALTH_CONDITION:peripheral neuropathy]];
            [[HEALTH_CONDITION:HTN]]
        Rx:
         1. Tab. [[HEALTH_CONDITION:Comet]] 500 mg      ১+০+১ (খাবারের পরে)
         2. Tab. [[HEALTH_CONDITION:Osartil]] 50 mg     ১+০+০
         3. Cap. [[HEALTH_CONDITION:Pregaba]] 75 mg     ০+০+১
         4. Tab. [[HEALTH_CONDITION:Rosuva]] 10 mg      ০+০+১
        Adv: FBS, 2HABF, HbA1c, S. creatinine, lipid profile, urine R/E
        উপদেশ: মিষ্টি খাবার বাদ দিন, প্রতিদিন ৩০ মিনিট হাঁটবেন। পায়ে ক্ষত হলে সাথে সাথে আসবেন।
        ৩ সপ্তাহ পর রিপোর্ট সহ দেখা করবেন: [[DATE:০৩/০৭/২০২৪]]
        Dr. [[PERSON:Md. Tanvir Hasan]], MBBS, FCPS (Medicine)    BMDC Reg. No: [[EMPLOYEE_NUMBER:A-58217]]
        Medical Officer, OPD Medicine - [[EMAIL_ADDRESS:tanvir.hasan.dmc@gmail.com]]
        """#,
        #"""
        QUEZON CITY HEALTH DEPARTMENT - BAGONG SILANGAN HEALTH CENTER
        NTP TB-DOTS TREATMENT CARD (follow-up entry)
        TB Case No.: [[MEDICAL_RECORD_NUMBER:QC-BS-2024-0147]]   Date registered: [[DATE:January 22, 2024]]
        Name: [[PERSON:DELA CRUZ, Rolando Jr. Mendoza]]    Age: 38   Sex: M
        Birthday: [[DATE_OF_BIRTH:March 3, 1986]]
        Address: [[STREET_ADDRESS:Blk 12 Lot 7, Phase 2, Sitio Bakal, Brgy. Bagong Silangan, Quezon City]]
        Contact: [[PHONE_NUMBER:0917 845 2201]]   PhilHealth PIN: [[MEMBER_NUMBER:12-050318876-4]]
        Treatment partner: [[PERSON:Marites Dela Cruz]] (asawa) - [[PHONE_NUMBER:0999 312 4457]]
        Dx: [[HEALTH_CONDITION:Pulmonary TB]], bacteriologically confirmed
            (Xpert: MTB detected, Rif resistance not detected)
        Regimen: 2HRZE/4HR - [[HEALTH_CONDITION:Isoniazid]], [[HEALTH_CONDITION:Rifampicin]],
        [[HEALTH_CONDITION:Pyrazinamide]], [[HEALTH_CONDITION:Ethambutol]] FDC 4 tabs OD
        Other: [[HEALTH_CONDITION:Type 2 DM]] on [[HEALTH_CONDITION:Metformin]]; smoker 15 pack-years
        [[DATE:05/20/2024]] - Month 4 follow-up
        S: Wala na daw ubo. Pero may pangangati sa balat minsan at parang lumalabo yung mata pag hapon.
           Naka-miss ng 2 doses last week kasi umuwi sa Bulacan para sa libing ng tatay niya.
        O: Wt 58 kg (from 51 kg). BP 120/80. No jaundice.
        A: [[HEALTH_CONDITION:PTB]], continuation phase, improving. Itchiness - r/o [[HEALTH_CONDITION:drug rash]].
           Blurred vision - [[HEALTH_CONDITION:presbyopia]] vs [[HEALTH_CONDITION:diabetic retinopathy]]
        P: Continue 2FDC (HR) 4 tabs OD; [[HEALTH_CONDITION:Cetirizine]] 10 mg PRN
           Referred to QC General Hospital Ophtha OPD on [[DATE:May 27, 2024]]
           Sputum smear F/U (month 5) on [[DATE:June 20, 2024]]
           Sinabihan si Kuya [[PERSON:Rolly]] na i-text agad si Nurse [[PERSON:Joy]] kung may lagnat o paninilaw.
        Nurse: [[PERSON:Joy Anne B. Villanueva]], RN   PRC Lic. No.: [[EMPLOYEE_NUMBER:0781234]]
        Physician: Dr. [[PERSON:Ramon T. Aquino]]   PRC Lic. No.: [[EMPLOYEE_NUMBER:0112457]]
        """#,
        #"""
        SỞ Y TẾ TP. HỒ CHÍ MINH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        BỆNH VIỆN NHÂN DÂN 115                       Độc lập - Tự do - Hạnh phúc
        Khoa: Nội Thần kinh
        Số lưu trữ: [[MEDICAL_RECORD_NUMBER:24.115.08832]]    Mã y tế: [[MEDICAL_RECORD_NUMBER:240054713]]
                                        GIẤY RA VIỆN
        - Họ tên người bệnh: [[PERSON:NGUYỄN VĂN THÀNH]]    Ngày sinh: [[DATE_OF_BIRTH:12/03/1957]]    Giới: Nam
        - Dân tộc: Kinh    Nghề nghiệp: Hưu trí
        - Mã số BHYT: [[MEMBER_NUMBER:HT2797920456331]]   giá trị từ [[DATE:01/01/2024]] đến [[DATE:31/12/2024]]
        - Số CCCD: [[NATIONAL_ID:079057004812]]
        - Địa chỉ: [[STREET_ADDRESS:Số 48/12 Đường Sư Vạn Hạnh, Phường 12, Quận 10, TP. Hồ Chí Minh]]
        - Vào viện lúc: 09 giờ 15 phút, [[DATE:ngày 02 tháng 04 năm 2024]]
        - Ra viện lúc: 15 giờ 00 phút, [[DATE:ngày 11 tháng 04 năm 2024]]
        - Chẩn đoán: [[HEALTH_CONDITION:Nhồi máu não]] bán cầu trái (I63.5); [[HEALTH_CONDITION:Tăng huyết áp]] (I10);
          [[HEALTH_CONDITION:Rung nhĩ]] (I48)
        - Phương pháp điều trị: Kháng đông, hạ áp, phục hồi chức năng. Không tiêu sợi huyết (đến muộn > 4,5 giờ).
        - Thuốc ra viện: [[HEALTH_CONDITION:Rivaroxaban]] 15 mg x 1 viên/ngày;
          [[HEALTH_CONDITION:Amlodipin]] 5 mg x 1 viên/ngày;
          [[HEALTH_CONDITION:Atorvastatin]] 40 mg x 1 viên buổi tối.
        - Ghi chú: Tái khám ngày [[DATE:25/04/2024]] tại phòng khám Thần kinh số 3. Tập vật lý trị liệu tại nhà.
          Người nhà: con trai [[PERSON:Nguyễn Minh Tuấn]], ĐT [[PHONE_NUMBER:0903 812 447]];
          con dâu [[PERSON:Trần Thị Thu Hà]], ĐT [[PHONE_NUMBER:0938 226 519]],
          email [[EMAIL_ADDRESS:thuha.tran84@gmail.com]]
                                                 TP. HCM, [[DATE:ngày 11 tháng 4 năm 2024]]
        Trưởng khoa                                  Bác sĩ điều trị
        BSCKII. [[PERSON:Lê Hoàng Phúc]]                    ThS.BS. [[PERSON:Phạm Thị Ngọc Lan]]
        CCHN số: [[EMPLOYEE_NUMBER:001284/HCM-CCHN]]              CCHN số: [[EMPLOYEE_NUMBER:004517/HCM-CCHN]]
        """#,
        #"""
        [WhatsApp] RSUD Dr. Soetomo - Layanan Pendaftaran Online
        [[DATE:Senin, 6 Mei 2024]] 07.02
        Yth. Ibu [[PERSON:SITI NURHALIZA RAHMAWATI]]
        No. RM: [[MEDICAL_RECORD_NUMBER:12.44.87.09]]     No. Kartu BPJS: [[MEMBER_NUMBER:0001234567891]]
        Poli: Penyakit Dalam - Endokrin, dr. [[PERSON:Hermawan Susanto]], Sp.PD-KEMD
        Jadwal: [[DATE:Rabu, 8 Mei 2024]], jam 09.00 WIB. No. antrian: B-027
        Mohon membawa surat rujukan dari Puskesmas Mulyorejo (berlaku s/d [[DATE:30/05/2024]]), KTP asli dan kartu BPJS.
        Konfirmasi dengan membalas YA.
        ---
        07.15 - Pasien: YA. Mohon maaf, ini anak pasien, [[PERSON:Dimas]]. Ibu saya sdh tdk kuat jalan jauh, apakah
        boleh saya yg ambil obat [[HEALTH_CONDITION:insulin]] nya? NIK ibu [[NATIONAL_ID:3578094507620003]]
        07.21 - RSUD: Baik Bapak. Pengambilan obat PRB boleh diwakilkan dgn membawa fotokopi KTP pasien dan KTP
        pengambil. Diagnosis di rujukan: [[HEALTH_CONDITION:DM tipe 2]] dgn [[HEALTH_CONDITION:nefropati diabetik]].
        Obat bulan lalu: [[HEALTH_CONDITION:Novorapid]] 3x8 unit, [[HEALTH_CONDITION:Lantus]] 0-0-14 unit,
        [[HEALTH_CONDITION:Candesartan]] 8 mg.
        07.24 - Pasien: Siap. Sekalian update alamat ya, ibu skrg tinggal di rumah saya:
        [[STREET_ADDRESS:Jl. Mulyorejo Utara No. 41, RT 03/RW 05, Kel. Mulyorejo, Kec. Mulyorejo, Surabaya 60115]]
        No HP saya [[PHONE_NUMBER:0812-3345-9081]], nama lengkap [[PERSON:Dimas Aryo Prakoso]].
        Tgl lahir ibu [[DATE_OF_BIRTH:05-07-1962]]. Email utk hasil lab: [[EMAIL_ADDRESS:dimas.prakoso88@gmail.com]]
        07.30 - RSUD: Data sdh kami perbarui. Jika ada kendala hubungi [[PHONE_NUMBER:031-5501078]] (jam kerja).
        ---
        [[DATE:8 Mei 2024]] 11.47 - RSUD: Hasil lab Ibu [[PERSON:Siti Nurhaliza]]: HbA1c 9,1%, kreatinin 1,9 mg/dL.
        dr. [[PERSON:Hermawan]] menaikkan dosis [[HEALTH_CONDITION:Lantus]] jadi 18 unit,
        ditambah [[HEALTH_CONDITION:Linagliptin]] 5 mg.
        Curiga [[HEALTH_CONDITION:retinopati diabetik]], dirujuk ke Poli Mata tgl [[DATE:15 Mei 2024]]
        (dr. [[PERSON:Ratna Wulandari]], Sp.M). Kontrol Poli Endokrin berikutnya [[DATE:5 Juni 2024]].
        """#,
        #"""
        โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดู่ อ.เมือง จ.เชียงราย
        แบบฟอร์มส่งต่อผู้ป่วย (ใบส่งตัว)
        วันที่ [[DATE:14 มีนาคม 2567]]   เวลา 11.20 น.
        ส่งต่อไปยัง: โรงพยาบาลเชียงรายประชานุเคราะห์ - แผนกอายุรกรรม
        ชื่อผู้ป่วย: นาง[[PERSON:บัวคำ ใจดี]]   อายุ 67 ปี   วันเกิด: [[DATE_OF_BIRTH:2 ก.พ. 2500]]
        HN: [[MEDICAL_RECORD_NUMBER:0041287]]   เลขประจำตัวประชาชน: [[NATIONAL_ID:3 5701 00234 56 9]]
        สิทธิการรักษา: บัตรทอง (UC)
        ที่อยู่: [[STREET_ADDRESS:บ้านเลขที่ 88 หมู่ 5 ต.บ้านดู่ อ.เมือง จ.เชียงราย 57100]]
        โทร: [[PHONE_NUMBER:08 9554 2173]]
        ผู้ดูแล: บุตรสาว นางสาว[[PERSON:สุภาวดี ใจดี]] โทร [[PHONE_NUMBER:081-772-4096]]
        อาการสำคัญ: เหนื่อยหอบ ขาบวม 2 สัปดาห์ นอนราบไม่ได้
        ประวัติ: [[HEALTH_CONDITION:โรคความดันโลหิตสูง]] และ[[HEALTH_CONDITION:เบาหวาน]] 10 ปี รับยาที่ รพ.สต.
        ยาที่ใช้: [[HEALTH_CONDITION:Metformin]] 500 mg 1x2, [[HEALTH_CONDITION:Enalapril]] 5 mg 1x1,
                 [[HEALTH_CONDITION:HCTZ]] 25 mg 1x1
        ตรวจร่างกาย: BP 168/98, PR 108, RR 26, O2 sat 91% RA, crepitation both lungs, pitting edema 2+
        การวินิจฉัยเบื้องต้น: [[HEALTH_CONDITION:Congestive heart failure]] R/O [[HEALTH_CONDITION:ACS]]
        การรักษาก่อนส่ง: [[HEALTH_CONDITION:Furosemide]] 40 mg IV เวลา 10.30 น., O2 cannula 3 LPM
        เหตุผลที่ส่งต่อ: เกินศักยภาพ ต้องการ echocardiogram และแพทย์เฉพาะทาง
        ผู้ส่ง: นาง[[PERSON:ศิริพร คำมา]] พยาบาลวิชาชีพชำนาญการ
        เลขที่ใบอนุญาตประกอบวิชาชีพ [[EMPLOYEE_NUMBER:4511098765]]
        ติดต่อกลับ: [[PHONE_NUMBER:053-702-118]]   อีเมล [[EMAIL_ADDRESS:siriporn.k@rpst-bandu.go.th]]
        ผลการรักษา (ตอบกลับจาก รพ.): [[DATE:20 มี.ค. 67]] D/C dx [[HEALTH_CONDITION:HFrEF]] EF 30%,
        เพิ่มยา [[HEALTH_CONDITION:Spironolactone]] 25 mg, [[HEALTH_CONDITION:Carvedilol]] 6.25 mg
        - นพ.[[PERSON:ธนากร วงศ์ใหญ่]]
        """#,
        #"""
        INSTITUTO MEXICANO DEL SEGURO SOCIAL
        HOSPITAL GENERAL DE ZONA No. 1 "Dr. Carlos Mac Gregor Sánchez Navarro" - CIRUGÍA GENERAL
        NOTA DE EGRESO
        Nombre: [[PERSON:HERNÁNDEZ LÓPEZ, María Guadalupe]]
        NSS: [[NATIONAL_ID:3709 82 1457 3]]     CURP: [[NATIONAL_ID:HELG820915MDFRPD04]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:15/09/1982]]   Edad: 41 años
        Domicilio: [[STREET_ADDRESS:Calle Fresno 214, Int. 3, Col. Santa María la Ribera, Alcaldía Cuauhtémoc,
        C.P. 06400, CDMX]]
        Tel.: [[PHONE_NUMBER:55 4127 8830]]
        Familiar responsable: [[PERSON:José Luis Ramírez Ortega]] (esposo) - [[PHONE_NUMBER:55 1093 2278]]
        Expediente: [[MEDICAL_RECORD_NUMBER:HGZ1-2024-018745]]   Cama: 412-B
        Fecha de ingreso: [[DATE:02/05/2024]]   Fecha de egreso: [[DATE:06/05/2024]]
        Diagnóstico de ingreso: [[HEALTH_CONDITION:Colecistitis aguda litiásica]]
        Diagnóstico de egreso: [[HEALTH_CONDITION:Colecistitis crónica litiásica agudizada]];
                               [[HEALTH_CONDITION:obesidad grado I]]
        Procedimiento: Colecistectomía laparoscópica el [[DATE:03/05/2024]], sin complicaciones.
        Resumen: Ingresa por dolor en hipocondrio derecho, Murphy +, leucocitosis 14,800. USG con lito de 2 cm.
        Evolución favorable, tolera vía oral, herida limpia.
        Indicaciones de egreso:
         - Dieta blanda baja en grasas
         - [[HEALTH_CONDITION:Paracetamol]] 1 g VO c/8 h por 5 días;
           [[HEALTH_CONDITION:Ketorolaco]] 10 mg VO c/8 h por 3 días
         - [[HEALTH_CONDITION:Omeprazol]] 20 mg VO c/24 h
         - Retiro de puntos en UMF No. 3 el [[DATE:13 de mayo de 2024]]
         - Cita a consulta externa de Cirugía el [[DATE:27/05/2024]] a las 10:30
         - Incapacidad temporal del [[DATE:02/05/2024]] al [[DATE:20/05/2024]]
        Médico que elabora: Dra. [[PERSON:Ana Sofía Villarreal Treviño]], R3 Cirugía General
        Matrícula: [[EMPLOYEE_NUMBER:99154872]]
        Médico adscrito: Dr. [[PERSON:Ernesto Salinas Gómez]]   Matrícula: [[EMPLOYEE_NUMBER:11283094]]
        """#,
        #"""
        RECEITUÁRIO DE CONTROLE ESPECIAL
        IDENTIFICAÇÃO DO EMITENTE
        Nome: Dra. [[PERSON:Juliana Martins Carvalho]]   CRM-SP [[EMPLOYEE_NUMBER:148.233]]
        Endereço: [[STREET_ADDRESS:Rua Teodoro Sampaio, 1020, sala 84, Pinheiros, São Paulo - SP, CEP 05406-050]]
        Telefone: [[PHONE_NUMBER:(11) 3061-4478]]
        Paciente: [[PERSON:Rafael Augusto Nogueira Lima]]
        Endereço: [[STREET_ADDRESS:Av. Jabaquara, 2311, apto 142, bloco B, Saúde, São Paulo - SP, 04045-004]]
        CPF: [[NATIONAL_ID:318.742.998-03]]   Cartão SUS (CNS): [[MEMBER_NUMBER:708 4051 9923 3311]]
        Prontuário: [[MEDICAL_RECORD_NUMBER:TC-2024-00418]]
        Prescrição - uso oral:
        1) [[HEALTH_CONDITION:Sertralina]] 50 mg ------------------------ 60 comprimidos
           Tomar 1 comprimido pela manhã por 30 dias; depois 2 comprimidos pela manhã.
        2) [[HEALTH_CONDITION:Clonazepam]] 0,5 mg ----------------------- 30 comprimidos
           Tomar 1 comprimido à noite se insônia. Não associar com álcool.
        CID-10: F32.1 ([[HEALTH_CONDITION:episódio depressivo moderado]]);
                F41.1 ([[HEALTH_CONDITION:ansiedade generalizada]])
        São Paulo, [[DATE:17 de abril de 2024]]
        IDENTIFICAÇÃO DO COMPRADOR
        Nome: [[PERSON:Patrícia Nogueira Lima]]   RG: [[NATIONAL_ID:34.556.120-8]]   Órgão emissor: SSP-SP
        Endereço: [[STREET_ADDRESS:Av. Jabaquara, 2311, apto 142, Saúde, São Paulo]]
        Telefone: [[PHONE_NUMBER:(11) 98472-3305]]
        IDENTIFICAÇÃO DO FORNECEDOR
        Drogaria São Paulo - Loja 1187. Farmacêutico: [[PERSON:Thiago Ramos]], CRF-SP [[EMPLOYEE_NUMBER:71.402]]
        Data: [[DATE:18/04/2024]]
        --- mensagem da teleconsulta ([[DATE:17/04]], 19:42) ---
        Dra. [[PERSON:Juliana]]: [[PERSON:Rafael]], enviei a receita digital para
        [[EMAIL_ADDRESS:rafa.nlima@hotmail.com]]. Retorno em 4 semanas ([[DATE:15/05/2024]]). Se tiver pensamentos de se
        machucar, me ligue no [[PHONE_NUMBER:(11) 99128-6604]] ou procure o pronto-socorro.
        """#,
    ]

    /// A forty-first set of everyday texts, written blind to DataGuard's rules.
    static let fortyFirstEveryday: [String] = [
        #"""
        Abusua Fund 🇬🇭
        12/04/24, 07:02 - [[PERSON:kofi osei]]: Good morning family 🙏 Reminder: Maame's one-year remembrance is
        [[DATE:Saturday 27th April]] at the family house, [[STREET_ADDRESS:Hse No. B/47, Asafo Road, Adum, Kumasi]]
        12/04/24, 07:05 - [[PERSON:Abena Twum]]: Amen. Me da mo ase bro. Please how much per head?
        12/04/24, 07:09 - [[PERSON:kofi osei]]: GH₵ 500 each. MoMo to [[PHONE_NUMBER:024 455 8120]] (name:
           [[PERSON:Kofi Osei Bonsu]]) or Ecobank acct [[US_BANK_ACCOUNT:1441002735819]], Adum branch
        12/04/24, 07:15 - [[PERSON:nana yaw]]: Will send Friday. Auntie [[PERSON:Adwoa]]'s BP is high again oo, they've
           put her on [[HEALTH_CONDITION:amlodipine]] now
        12/04/24, 07:20 - [[PERSON:nana yaw]]: Komfo Anokye. Doctor said [[HEALTH_CONDITION:hypertension]] plus early
           [[HEALTH_CONDITION:kidney disease]]. Her NHIS had expired, I renewed it today, membership no.
           [[MEMBER_NUMBER:04871192]]
        12/04/24, 07:25 - [[PERSON:nana yaw]]: Her son [[PERSON:Kwame Boateng]] - [[PHONE_NUMBER:+233 20 811 4476]].
           Call him before you go
        12/04/24, 08:10 - [[PERSON:Abena Twum]]: Sent ✅ Ref 3918227104. [[PERSON:Kofi]] pls confirm
        12/04/24, 08:30 - [[PERSON:kofi osei]]: For the cloth: Sister [[PERSON:Ama Serwaa]] (Kejetia) -
           [[PHONE_NUMBER:055 902 3318]]. Black and red, 6 yards each, pay her directly
        12/04/24, 09:02 - [[PERSON:yaa pokua]]: Morning all. [[PERSON:Kofi]], bank needs Maame's Ghana Card for the
           estate letter
        12/04/24, 09:05 - [[PERSON:kofi osei]]: [[NATIONAL_ID:GHA-714238956-3]]. Her date of birth on it is
           [[DATE_OF_BIRTH:14/02/1949]]
        13/04/24, 19:45 - [[PERSON:nana yaw]]: Update: Auntie [[PERSON:Adwoa]] discharged. Review on [[DATE:2nd May]].
           She's also on [[HEALTH_CONDITION:furosemide]], so plenty toilet trips 😂 Thanks for the prayers
        """#,
        #"""
        From: [[PERSON:Okello Denis]] <[[EMAIL_ADDRESS:denis.okello@umeme.co.ug]]>
        To: [[PERSON:Nakato Sarah]] <[[EMAIL_ADDRESS:sarah.nakato@umeme.co.ug]]>
        Date: [[DATE:Mon, 15 Jul 2024]] 08:12
        Subject: Application for sick leave - [[PERSON:Okello Denis]], Staff No. [[EMPLOYEE_NUMBER:UMC/04418]]
        Dear Madam [[PERSON:Nakato]],
        I am writing to request sick leave from [[DATE:15th July 2024]] to [[DATE:26th July 2024]] (10 working days).
        On [[DATE:12th July]] I was admitted at Mengo Hospital and diagnosed with [[HEALTH_CONDITION:typhoid fever]] and
        [[HEALTH_CONDITION:malaria]]. I was discharged on Saturday on [[HEALTH_CONDITION:ciprofloxacin]] and
        [[HEALTH_CONDITION:Coartem]], and the doctor recommended two weeks' rest. Attached is the medical form signed by
        Dr. [[PERSON:Ssemwogerere Paul]] (UMDPC Reg. No. [[EMPLOYEE_NUMBER:UMDPC 7743]]).
        During my absence, my colleague [[PERSON:Akello Grace]] (Staff No. [[EMPLOYEE_NUMBER:UMC/05127]]) will handle
        the Kawempe metering complaints. I can be reached on [[PHONE_NUMBER:0772 418 093]] or
        [[PHONE_NUMBER:0701 224 517]].
        For the medical refund, my Jubilee cover number is [[MEMBER_NUMBER:JHI/UMC/2291-01]] and the refund can go to my
        Stanbic account [[US_BANK_ACCOUNT:9030011842563]].
        While recovering I will be staying at my sister [[PERSON:Namubiru Juliet]]'s home:
        [[STREET_ADDRESS:Plot 23, Kiwanuka Close,
        Ntinda, Kampala]]
        Yours faithfully,
        [[PERSON:Okello Denis]]
        Metering Technician, Kampala North
        Staff No. [[EMPLOYEE_NUMBER:UMC/04418]] | NIN: [[NATIONAL_ID:CM89024101KLXE]]
        ---
        From: [[PERSON:Nakato Sarah]]   Date: [[DATE:15/07/2024]] 10:40
        Dear [[PERSON:Denis]], sorry for the illness and quick recovery. Leave approved until [[DATE:26/07/2024]].
        Please bring the original discharge form when you resume on [[DATE:Monday 29th July]].
        Kind regards,
        [[PERSON:Sarah Nakato]] | HR Business Partner | [[PHONE_NUMBER:+256 312 360 600]] | Ext 2291
        """#,
        #"""
        KIKUNDI CHA MAENDELEO KINONDONI 💪
        03/06/2024, 18:20 - Mama [[PERSON:Rehema]]: Habari zenu wanachama. Kikao cha mwezi ni
           [[DATE:Jumamosi tarehe 15/06]] saa 10 jioni nyumbani kwa Mzee [[PERSON:Salim]],
           [[STREET_ADDRESS:Mtaa wa Kilimani, Nyumba Na. 27, Magomeni Mapipa, Dar es Salaam]]
        03/06/2024, 18:24 - [[PERSON:juma mkali]]: Sawa mwenyekiti. Michango tutume wapi?
        03/06/2024, 18:26 - Mama [[PERSON:Rehema]]: Kwa mweka hazina [[PERSON:Neema Mushi]], M-Pesa
           [[PHONE_NUMBER:0754 318 220]], au CRDB akaunti [[US_BANK_ACCOUNT:0152447183300]] (jina la kikundi)
        03/06/2024, 18:31 - [[PERSON:neema mushi]]: Nimepokea kutoka kwa [[PERSON:Halima]] 50,000 na [[PERSON:Bakari]]
           50,000. Asanteni 🙏
        03/06/2024, 18:40 - [[PERSON:zainabu]]: Jamani Mzee [[PERSON:Salim]] amelazwa Mwananyamala tangu jana, wanasema
           ni [[HEALTH_CONDITION:kiharusi]] 😢 kikao kitahamishwa?
        03/06/2024, 18:45 - [[PERSON:zainabu]]: Mwanae [[PERSON:Hamisi Salim]] yupo naye, namba
           [[PHONE_NUMBER:+255 713 442 096]]. Kadi yake ya NHIF imeisha muda, namba ya uanachama
           [[MEMBER_NUMBER:104458723]]. Tuchange tumlipie?
        03/06/2024, 18:50 - Mama [[PERSON:Rehema]]: Ndiyo. Kikao tunahamishia kwangu
           [[STREET_ADDRESS:Kinondoni B, Mtaa wa Ufipa, Nyumba Na. 9]]
        03/06/2024, 19:02 - [[PERSON:baraka]] 🇹🇿: Mimi naomba mkopo wa 500,000 kwa ajili ya ada ya shule. NIDA yangu
           [[NATIONAL_ID:19850412-11101-00023-21]], mdhamini ni [[PERSON:Juma Mkali]]
        04/06/2024, 08:15 - [[PERSON:hamisi salim]]: Asanteni sana wanakikundi. Mzee amepata nafuu kidogo, anaongea.
           Daktari ameanza [[HEALTH_CONDITION:aspirin]] na dawa za [[HEALTH_CONDITION:presha]]. Mungu awabariki 🙏
        """#,
        #"""
        CONTRAT DE BAIL À USAGE D'HABITATION
        Entre les soussignés :
        M. [[PERSON:Mamadou Lamine FALL]], né le [[DATE_OF_BIRTH:11 février 1968]] à Thiès, titulaire de la CNI
        n° [[NATIONAL_ID:1 761 1968 01234]], demeurant à la [[STREET_ADDRESS:Cité Keur Gorgui, Villa n° 112, Dakar]],
        tél. [[PHONE_NUMBER:77 548 21 09]], ci-après dénommé « le Bailleur »,
        Et
        Mme [[PERSON:Ndèye Coumba NDIAYE]], née le [[DATE_OF_BIRTH:02/09/1991]] à Kaolack, CNI n°
        [[NATIONAL_ID:2 751 1991 04417]], enseignante, matricule de solde [[EMPLOYEE_NUMBER:611 485/J]], tél.
        [[PHONE_NUMBER:+221 76 312 40 88]], e-mail [[EMAIL_ADDRESS:coumba.ndiaye91@yahoo.fr]], ci-après dénommée « la
        Locataire »,
        Il a été convenu ce qui suit :
        Article 1 - Objet : Le Bailleur donne en location un appartement F3 situé
        [[STREET_ADDRESS:Immeuble Diarra, rez-de-chaussée, porte 2,
        Rue 10 x Boulevard de la Gueule Tapée,
        Fass Delorme, Dakar]]
        Article 2 - Durée : un (1) an à compter du [[DATE:1er mars 2024]], renouvelable par tacite reconduction.
        Article 3 - Loyer : 185 000 FCFA par mois, payable avant le 5 de chaque mois, par virement sur le compte du
        Bailleur à la CBAO, IBAN [[IBAN_CODE:SN55 SN08 1015 2003 6147 8520 0194]], ou par Wave au
        [[PHONE_NUMBER:77 548 21 09]].
        Article 4 - Caution : deux (2) mois de loyer, soit 370 000 FCFA, versés le [[DATE:26/02/2024]].
        Article 5 - Conditions particulières : la Locataire est autorisée à installer une rampe d'accès pour son père,
        M. [[PERSON:Abdoulaye Ndiaye]], hémiplégique à la suite d'un [[HEALTH_CONDITION:AVC]] survenu le
        [[DATE:9 novembre 2023]].
        Article 6 - En cas de litige, les parties s'engagent à rechercher une solution amiable avant toute action.
        Fait à Dakar, le [[DATE:24 février 2024]], en deux exemplaires originaux.
        Le Bailleur                                   La Locataire
        [[PERSON:M. L. Fall]]                                   [[PERSON:N. C. Ndiaye]]
        Témoin : [[PERSON:Ousmane Sarr]], agent immobilier, Immobilière Teranga - [[PHONE_NUMBER:33 824 17 60]]
        """#,
        #"""
        ASSOCIATION DES RESSORTISSANTS DE BANGANGTÉ À DOUALA (ARBAD)
        PROCÈS-VERBAL DE LA RÉUNION MENSUELLE DU [[DATE:DIMANCHE 9 JUIN 2024]]
        Lieu : domicile du Président, [[STREET_ADDRESS:Immeuble Ngassa, 2e étage, Rue Njo-Njo, Bonapriso, Douala]]
        Présents : 31 membres sur 38. Absents excusés : [[PERSON:TCHOUPO Jean-Marie]],
           Mme [[PERSON:NANA épouse KAMGA Odile]].
        Président de séance : M. [[PERSON:FOTSO Emmanuel]] (membre n° [[MEMBER_NUMBER:ARBAD-0012]])
        Secrétaire de séance : Mme [[PERSON:MBOUOMBOUO Clarisse]] (membre n° [[MEMBER_NUMBER:ARBAD-0019]])
        1. Lecture et adoption du PV du [[DATE:12 mai 2024]] : adopté sans amendement.
        2. Tontine : bénéficiaire du mois, M. [[PERSON:YOUMBI Serge]] (n° [[MEMBER_NUMBER:ARBAD-0027]]) : 1 550 000 FCFA
           virés sur son compte Afriland First Bank, IBAN [[IBAN_CODE:CM43 1000 5000 1204 4715 8300 172]].
        3. Cas sociaux :
           - Décès du père de Mme [[PERSON:KAMGA Odile]] le [[DATE:28 mai 2024]] à Bangangté.
             Aide de 200 000 FCFA votée.
           - M. [[PERSON:TCHOUPO Jean-Marie]] hospitalisé à l'hôpital Laquintinie pour
             [[HEALTH_CONDITION:fracture du fémur]] après un accident de moto. Visite des membres le
             [[DATE:mardi 11 juin]].
           - Mami [[PERSON:Pauline]] talk say her pikin get [[HEALTH_CONDITION:typhoïde]] again,
             e dey for Bonassama hospital.
        4. Prêts : demande de M. [[PERSON:NJIKE Armand]] (n° [[MEMBER_NUMBER:ARBAD-0031]]) de 500 000 FCFA accordée,
           avalisée par M. [[PERSON:FOTSO Emmanuel]]. CNI de l'emprunteur : [[NATIONAL_ID:112438765]].
        5. Divers : le trésorier M. [[PERSON:NGASSA Hervé]] rappelle que les cotisations se font par Orange Money
           au [[PHONE_NUMBER:6 99 48 21 07]] ou MTN MoMo au [[PHONE_NUMBER:+237 677 30 18 44]].
        Prochaine réunion : [[DATE:dimanche 14 juillet 2024]] chez M. [[PERSON:YOUMBI Serge]],
        [[STREET_ADDRESS:Logpom, carrefour Bassong, maison n° 45, Douala]]
        La séance est levée à 18h30.
        La Secrétaire                        Le Président
        [[PERSON:C. Mbouombouo]]                       [[PERSON:E. Fotso]]
        """#,
        #"""
        De : [[PERSON:Yacine BOUDIAF]] <[[EMAIL_ADDRESS:y.boudiaf@sonelgaz.dz]]>
        À : Mme [[PERSON:Samia HAMIDI]] - Service du personnel <[[EMAIL_ADDRESS:s.hamidi@sonelgaz.dz]]>
        Date : [[DATE:dim. 18 févr. 2024]] 09:17
        Objet : Arrêt de travail + changement de domiciliation du salaire
        Bonjour Madame [[PERSON:Hamidi]],
        Je vous transmets ci-joint le certificat d'arrêt de travail établi par le Dr [[PERSON:Karim MEZIANE]]
        (CHU Mustapha) pour la période du [[DATE:18/02/2024]] au [[DATE:03/03/2024]], suite à une
        [[HEALTH_CONDITION:hernie discale L5-S1]]. Je suis sous [[HEALTH_CONDITION:Diclofénac]] et
        [[HEALTH_CONDITION:Thiocolchicoside]], avec des séances de kiné.
        Le dossier CNAS sera déposé par mon frère [[PERSON:Amine Boudiaf]].
        N° de sécurité sociale : [[NATIONAL_ID:871245003859]]
        Par ailleurs, merci de virer mon salaire désormais sur mon compte CCP n° [[US_BANK_ACCOUNT:0017845231 clé 62]]
        (RIP [[US_BANK_ACCOUNT:00799999001784523162]]) au lieu du compte BADR.
        Nouvelle adresse :
        [[STREET_ADDRESS:Cité 1200 Logements, Bt 14, Porte 3,
        Bab Ezzouar, Alger]]
        Cordialement,
        [[PERSON:Yacine Boudiaf]]
        Technicien supérieur - Direction de distribution d'Alger
        Matricule [[EMPLOYEE_NUMBER:SDA-16-08834]] | [[PHONE_NUMBER:0555 47 18 92]]
        NIN [[NATIONAL_ID:109870234001560007]]
        ---
        Réponse - [[DATE:18/02/2024]] 11:02
        السلام عليكم سي [[PERSON:ياسين]]، لا باس عليك إن شاء الله.
        وصلتنا الشهادة الطبية. ملف CNAS لازم يتودع قبل [[DATE:25 فيفري]]،
        وخوك [[PERSON:أمين]] يجيب نسخة من بطاقة التعريف.
        تغيير الحساب الجاري يبدا من أجرة شهر مارس.
        [[PERSON:سامية حميدي]] - مصلحة المستخدمين - [[PHONE_NUMBER:023 92 41 18]]
        """#,
        #"""
        Mme [[PERSON:Amel BEN SALAH épouse TRABELSI]]
        [[STREET_ADDRESS:12, rue Ibn Khaldoun, Résidence Yasmine, appt B4,
        2037 Ennasr II, Ariana]]
        Tél. : [[PHONE_NUMBER:+216 98 412 736]] / [[PHONE_NUMBER:71 756 210]]
        E-mail : [[EMAIL_ADDRESS:amel.bensalah.trabelsi@gnet.tn]]
                                               À l'attention de Monsieur le Directeur de l'agence BIAT Ennasr II
                                               Ariana, le [[DATE:5 mars 2024]]
        Objet : Ordre de virement permanent
        Monsieur le Directeur,
        Je soussignée, Mme [[PERSON:Amel BEN SALAH]], titulaire de la CIN n° [[NATIONAL_ID:08412736]] délivrée le
        [[DATE:14/06/2016]] à Tunis, titulaire du compte n° [[US_BANK_ACCOUNT:08 037 0001234567891 24]] (IBAN
        [[IBAN_CODE:TN76 0803 7000 1234 5678 9124]]), vous prie de bien vouloir virer mensuellement, à compter du
        [[DATE:1er avril 2024]] et jusqu'au [[DATE:31 décembre 2024]], la somme de 850,000 DT au profit de :
        Bénéficiaire : M. [[PERSON:Ahmed TRABELSI]] (mon fils, étudiant à l'ENIS, Sfax)
        IBAN : [[IBAN_CODE:TN69 1070 5012 3456 7890 1234]] - STB agence Sfax Bab Bhar
        Motif : frais d'études et de soins (suivi de son [[HEALTH_CONDITION:diabète de type 1]];
        l'[[HEALTH_CONDITION:insuline]] [[HEALTH_CONDITION:Tresiba]] n'est pas remboursée par la CNAM).
        En cas d'insuffisance de provision, je vous autorise à débiter ma carte Visa Classic
        n° [[CREDIT_CARD:4539 1488 0343 6434]] pour le complément.
        Veuillez agréer, Monsieur le Directeur, mes salutations distinguées.
        Signature : [[PERSON:A. Ben Salah]]
        الإمضاء مع التعريف بالإمضاء - بلدية أريانة، عدد 2024/1187، بتاريخ [[DATE:04/03/2024]]
        ------------------------------------------------------------
        Cadre réservé à la banque
        Reçu par : [[PERSON:Sonia GHARBI]], chargée de clientèle - matricule [[EMPLOYEE_NUMBER:BIAT-11407]]
        Le : [[DATE:05/03/2024]]   Contrôle signature : OK   Visa du chef d'agence : [[PERSON:Mourad JLASSI]]
        Remarque : cliente informée des frais (2,500 DT par virement).
        Contact : [[EMAIL_ADDRESS:sonia.gharbi@biat.com.tn]]
        """#,
        #"""
        HOËRSKOOL WATERKLOOF / WATERKLOOF HIGH SCHOOL
        Grade 10 Geography Excursion - Drakensberg, [[DATE:16 August 2024]] to [[DATE:19 August 2024]]
        INDEMNITY & MEDICAL INFORMATION FORM (return to the class teacher by [[DATE:2 August 2024]])
        Learner: [[PERSON:VAN DER MERWE, Liezl]]    Grade: 10C
        Date of birth: [[DATE_OF_BIRTH:2008-11-23]]   ID no.: [[NATIONAL_ID:0811230154080]]
        Parent/guardian 1: Mrs [[PERSON:Annelie van der Merwe]]   Cell: [[PHONE_NUMBER:082 447 1930]]
        ID no.: [[NATIONAL_ID:7705120145088]]   E-mail: [[EMAIL_ADDRESS:annelie.vdm@telkomsa.net]]
        Parent/guardian 2: Mr [[PERSON:Thabo Mokoena]] (stepfather)   Cell: [[PHONE_NUMBER:+27 73 218 6645]]
        Work: [[PHONE_NUMBER:012 346 8800]]
        Home address: [[STREET_ADDRESS:14 Jacaranda Crescent, Waterkloof Ridge, Pretoria, 0181]]
        Medical aid: Discovery Health - Classic Comprehensive   Member no.: [[MEMBER_NUMBER:183446712]]
        Main member: [[PERSON:A. van der Merwe]]   Dependant code: 02
        Family doctor: Dr [[PERSON:R. Naidoo]], Brooklyn   Tel: [[PHONE_NUMBER:012 460 1124]]
        Chronic conditions: [[HEALTH_CONDITION:asthma]] (mild, exercise-induced); [[HEALTH_CONDITION:coeliac disease]]
        Allergies: [[HEALTH_CONDITION:penicillin allergy]] (rash); [[HEALTH_CONDITION:bee sting allergy]]
                   - carries an [[HEALTH_CONDITION:EpiPen]]
        Medication: [[HEALTH_CONDITION:Ventolin]] inhaler when needed; [[HEALTH_CONDITION:Budesonide]] 200 mcg at night
        Other: "[[PERSON:Liezl]] gets carsick on long bus trips, please let her sit in front.
                She may take [[HEALTH_CONDITION:Valoid]]."
        Hierdie vorm moet deur die ouer onderteken word. / This form must be signed by the parent.
        Signed: [[PERSON:A. van der Merwe]]   Date: [[DATE:29/07/2024]]
        Payment of R2 450: FNB, account name Waterkloof High School, account no. [[US_BANK_ACCOUNT:62085541907]],
        branch code 250655, reference LVDMERWE10C
        Teacher in charge: Mnr. [[PERSON:Pieter Botha]] - [[EMAIL_ADDRESS:p.botha@waterkloofhs.co.za]]
                           - [[PHONE_NUMBER:076 551 0492]]
        """#,
        #"""
        INDUS TEXTILE MILLS (PVT.) LTD. - FAISALABAD
        EMPLOYEE ON-BOARDING / PERSONAL INFORMATION FORM
        Employee code: [[EMPLOYEE_NUMBER:ITM-FSD-2024-0317]]   Date of joining: [[DATE:01-07-2024]]
        Full name (as per CNIC): [[PERSON:MUHAMMAD USMAN TARIQ]]      Father's name: [[PERSON:TARIQ MEHMOOD]]
        نام: [[PERSON:محمد عثمان طارق]]   ولدیت: [[PERSON:طارق محمود]]
        CNIC no.: [[NATIONAL_ID:33100-4827195-3]]   Issue: [[DATE:14-02-2019]]   Expiry: [[DATE:14-02-2029]]
        Date of birth: [[DATE_OF_BIRTH:23-09-1996]]   Blood group: B+   Marital status: Married
        Present address: [[STREET_ADDRESS:House No. 214-B, Street 7, Peoples Colony No. 1, Faisalabad]]
        Permanent address: [[STREET_ADDRESS:Mohallah Islampura, Gali No. 3, Chak Jhumra, District Faisalabad]]
        Mobile: [[PHONE_NUMBER:0300-6741193]]   Landline: [[PHONE_NUMBER:041-8714402]]
        Personal email: [[EMAIL_ADDRESS:usman.tariq96@gmail.com]]
        Emergency contact: [[PERSON:Ayesha Usman]] (wife) - [[PHONE_NUMBER:0321-7730418]]
        Salary account: Meezan Bank, Susan Road branch, A/C [[US_BANK_ACCOUNT:0108-0104218843]]
        IBAN: [[IBAN_CODE:PK79 MEZN 0001 0801 0421 8843]]
        Health declaration - any chronic illness? Yes: [[HEALTH_CONDITION:Hepatitis C]], treated with
        [[HEALTH_CONDITION:Sofosbuvir]] + [[HEALTH_CONDITION:Daclatasvir]]; SVR confirmed on [[DATE:10-03-2022]].
        Dependants for group health insurance (State Life policy [[MEMBER_NUMBER:GH-2024-77120]]):
         1. [[PERSON:Ayesha Usman]] - wife - DOB [[DATE_OF_BIRTH:11-05-1999]] - CNIC [[NATIONAL_ID:33100-6612078-4]]
         2. [[PERSON:Muhammad Hashir]] - son - DOB [[DATE_OF_BIRTH:02-01-2023]] - B-Form [[NATIONAL_ID:33100-0981234-5]]
            (son has [[HEALTH_CONDITION:thalassemia minor]], declared)
        اقرار: میں تصدیق کرتا ہوں کہ اوپر دی گئی تمام معلومات درست ہیں۔
        دستخط: ______      Verified by HR: [[PERSON:Sana Javed]] ([[EMPLOYEE_NUMBER:ITM-HR-0042]])
                                           Date: [[DATE:01-07-2024]]
        """#,
        #"""
        Viber: Thamel Hostel Batch 2066 🇳🇵
        21/07/2024 09:14 [[PERSON:prakash shrestha]]: Sathi haru, [[PERSON:bikash]] lai hijo Kalanki ma bike accident
           bhayo 😞 Bir Hospital ma bharna cha. Left leg [[HEALTH_CONDITION:fracture]] ra halka
           [[HEALTH_CONDITION:head injury]] bhanya cha.
        21/07/2024 09:20 [[PERSON:prakash shrestha]]: Operation aaja. B- blood chahiyo 2 pint. Kasai sanga cha?
        21/07/2024 09:25 [[PERSON:अनिता]]: म B- हो। म ११ बजे आउँछु। कसलाई सम्पर्क गर्ने?
        21/07/2024 09:27 [[PERSON:prakash shrestha]]: [[PERSON:Bikash]] ko didi [[PERSON:Sabina Tamang]] -
           [[PHONE_NUMBER:9841 552 307]]. Ward 5, bed 12.
        21/07/2024 10:02 [[PERSON:Sujata G.]]: Paisa collect garam na. Ma eSewa gardinchu. Kun number ma?
        21/07/2024 10:05 [[PERSON:prakash shrestha]]: eSewa/Khalti: [[PHONE_NUMBER:9803 214 670]] ([[PERSON:Sabina]]).
           Bank bhaye NIC Asia a/c [[US_BANK_ACCOUNT:2870123456017001]], naam [[PERSON:Sabina Tamang]]
        21/07/2024 10:30 [[PERSON:Ramesh]] Dai: 5000 pathaye ✅. [[PERSON:Bikash]] lai [[HEALTH_CONDITION:diabetes]] pani
           cha ni, doctor lai bhannu hai
        22/07/2024 08:10 [[PERSON:prakash shrestha]]: Update: operation successful 🙏 Plate halyo. Discharge
           [[DATE:Saturday, 27 July]] holā. Ghar ma bhetna:
           [[STREET_ADDRESS:Kalimati-13, Tahachal Marg, Ghar No. 221, Kathmandu]]
        22/07/2024 08:15 [[PERSON:Sujata G.]]: [[PERSON:Bikash]] ko health insurance card cha? Bima le cover garchha.
        22/07/2024 08:20 [[PERSON:prakash shrestha]]: Cha, Swasthya Bima no. [[MEMBER_NUMBER:904417823]]. Nagarikta no.
           [[NATIONAL_ID:27-01-75-04418]] - [[PERSON:Sabina]] didi le claim garchhin
        22/07/2024 08:22 [[PERSON:Ramesh]] Dai: Office ko HR lai email garne bhaye
           [[EMAIL_ADDRESS:bikash.gurung.ktm@gmail.com]] bata garnu
        22/07/2024 08:40 [[PERSON:Sujata G.]]: Ma [[DATE:२०८१ साउन ८]] (Wednesday) ghar janchhu. Kasko saath aune? 🙋‍♀️
        """#,
        #"""
        Residensi Harmoni Cheras - Penduduk Blok C 🏢
        15/05/2024, 20:11 - Kak [[PERSON:Yah]]: Assalamualaikum semua. Air dipotong [[DATE:Jumaat 17/5]] 9pg-5ptg ye 🚱
        15/05/2024, 20:13 - [[PERSON:Jason Lim]]: noted thx kak. btw who took my Shopee parcel at guardhouse?? name
           [[PERSON:LIM WEI JIAN]], address
           [[STREET_ADDRESS:C-08-05, Residensi Harmoni, Jalan Cheras Hartamas, 43200 Cheras, Selangor]] 😤
        15/05/2024, 20:40 - Aunty [[PERSON:Mary]]: Anyone knows clinic open late? My hubby [[HEALTH_CONDITION:gout]]
           attack again, cannot walk
        15/05/2024, 20:42 - Kak [[PERSON:Yah]]: Klinik Dr Chong tutup 10pm. Kalau teruk pergi terus Hospital Canselor
           Tuanku Muhriz la aunty
        15/05/2024, 20:45 - Dr [[PERSON:Priya]] (C-03): Aunty, give him [[HEALTH_CONDITION:colchicine]] if still have
           from last time, and lots of water. No [[HEALTH_CONDITION:aspirin]] ya. If fever, go A&E
        15/05/2024, 21:30 - Aunty [[PERSON:Mary]]: Aiyo I paste wrong thing just now, pls ignore
           [[CREDIT_CARD:5196 0312 4478 9903]] 🙈
        15/05/2024, 21:31 - [[PERSON:Jason Lim]]: aunty delete for everyone!! and call the bank to block
        16/05/2024, 09:02 - Pn. [[PERSON:Rosnah]] (JMB): Peringatan: Yuran penyelenggaraan Mei perlu dibayar sebelum
           [[DATE:31 Mei 2024]]. Maybank a/c [[US_BANK_ACCOUNT:5621 4400 8173]] (JMB Residensi Harmoni). Resit ke
           [[EMAIL_ADDRESS:rosnah.jmb.harmoni@gmail.com]] atau WhatsApp [[PHONE_NUMBER:012-384 7761]]
        16/05/2024, 10:05 - Guard [[PERSON:Ravi]]: Jumpa IC di lobi: [[PERSON:MOHD HAFIZ BIN ABDULLAH]], no.
           [[NATIONAL_ID:880412-14-5523]]. Sila ambil di guardhouse 👮
        16/05/2024, 10:07 - [[PERSON:faizal]]: Itu abang ipar I, nanti I ambil. Thanks [[PERSON:Ravi]]!
        16/05/2024, 11:30 - [[PERSON:faizal]]: Salam, isteri saya selamat bersalin semalam di Hospital Putrajaya 🥰 baby
           girl [[PERSON:Nur Aisyah Humaira]], lahir [[DATE_OF_BIRTH:15 Mei 2024]] jam 3.12 pagi. Tapi baby kena
           [[HEALTH_CONDITION:jaundis]] sikit
        16/05/2024, 11:32 - Kak [[PERSON:Yah]]: Alhamdulillah! Tahniah [[PERSON:Faizal]] & [[PERSON:Ain]] 🎉 jaundis
           biasa tu, jemur pagi2
        """#,
        #"""
        Viber - မိသားစု Group 👨‍👩‍👧‍👦
        12/08/2024, 08:15 - Ko [[PERSON:Zaw Min]]: မင်္ဂလာနံနက်ခင်းပါ။ မေမေ ဆေးရုံတက်ရပြီ။
           [[HEALTH_CONDITION:သွေးလွန်တုပ်ကွေး]] ([[HEALTH_CONDITION:dengue]]) တဲ့
        12/08/2024, 08:17 - Ma [[PERSON:Thida]] (SG): ဟာ! ဘယ်ဆေးရုံလဲ? Platelet ဘယ်လောက်လဲ?
        12/08/2024, 08:20 - Ko [[PERSON:Zaw Min]]: Yangon General Hospital, Ward 7, bed 22. Platelet 48,000. Daw
           [[PERSON:Khin Myint]] ကို drip ချိတ်ထားတယ်။ Dr. [[PERSON:Myo Thant]] က ၃ ရက်လောက် စောင့်ကြည့်မယ်တဲ့
        12/08/2024, 08:22 - Ma [[PERSON:Thida]] (SG): ငွေ လွှဲပေးမယ်။ KBZPay နံပါတ် ပို့ပေး
        12/08/2024, 08:23 - Ko [[PERSON:Zaw Min]]: KBZPay [[PHONE_NUMBER:09 797 412 558]] ([[PERSON:Zaw Min Htet]]). KBZ
           Bank a/c [[US_BANK_ACCOUNT:02730102700411951]] လည်းရတယ်
        12/08/2024, 08:25 - Ma [[PERSON:Thida]] (SG): ဆေးရုံက NRC လိုတယ်ဆို မေမေ့ NRC က
           [[NATIONAL_ID:12/BaHaNa(N)045781]] နော်
        12/08/2024, 08:30 - U [[PERSON:Aung Kyaw]] (ဖေဖေ): ငါ ဆေးရုံမှာ ရှိတယ်။ ငါ့ [[HEALTH_CONDITION:ဆီးချို]] ဆေး
           [[HEALTH_CONDITION:Metformin]] ကုန်နေပြီ၊ သားရေ ဝယ်ခဲ့ပါ
        12/08/2024, 09:05 - Ma [[PERSON:Thida]] (SG): Sent 500,000 Ks ✅ My SG number if urgent:
           [[PHONE_NUMBER:+65 9123 4871]]
        12/08/2024, 18:40 - Ko [[PERSON:Zaw Min]]: Update: Platelet 62,000 ပြန်တက်လာပြီ 🙏 Dr. [[PERSON:Myo Thant]] says
           Mum also has [[HEALTH_CONDITION:hypertension]] - started [[HEALTH_CONDITION:amlodipine]]. Discharge maybe
           [[DATE:15th August]].
        12/08/2024, 18:42 - Ma [[PERSON:Thida]] (SG): Thank God. Discharge ပြီးရင် အိမ်ကို ပို့မယ်၊ လိပ်စာ
           [[STREET_ADDRESS:No. 45, Bo Aung Kyaw Street, 3rd floor, Kyauktada Township, Yangon]] ပဲလား?
        12/08/2024, 18:44 - Ko [[PERSON:Zaw Min]]: ဟုတ်တယ်။ Hospital reg no. [[MEDICAL_RECORD_NUMBER:YGH/24/M7-1187]]
           ဆိုတာ မှတ်ထားပါ
        13/08/2024, 07:30 - Daw [[PERSON:Khin Myint]]: သားသမီးတို့ အားလုံး ကျေးဇူးပဲ။ မေမေ နေကောင်းလာပြီ ❤️
        13/08/2024, 07:35 - Ma [[PERSON:Thida]] (SG): 🥹🙏 Love you Mum. Email me the bills:
           [[EMAIL_ADDRESS:thida.zaw.sg@gmail.com]]
        """#,
        #"""
        HOJA DE VIDA
        [[PERSON:LAURA MARCELA GÓMEZ RESTREPO]]
        C.C. [[NATIONAL_ID:1.037.624.518]] de Envigado
        Fecha de nacimiento: [[DATE_OF_BIRTH:4 de febrero de 1994]] - Medellín, Antioquia
        Dirección: [[STREET_ADDRESS:Calle 10 Sur # 43A-27, Apto 1203, El Poblado, Medellín]]
        Celular: [[PHONE_NUMBER:+57 312 784 5520]] | Fijo: [[PHONE_NUMBER:(604) 448 2107]]
        Correo: [[EMAIL_ADDRESS:lauramgomezr@gmail.com]]
        Registro RETHUS / Tarjeta profesional: [[EMPLOYEE_NUMBER:TP 05-1123-16]]
        PERFIL PROFESIONAL
        Enfermera profesional con 7 años de experiencia en UCI adulto; manejo de pacientes con
        [[HEALTH_CONDITION:COVID-19]], [[HEALTH_CONDITION:sepsis]] y
        [[HEALTH_CONDITION:síndrome de dificultad respiratoria aguda]]. Certificación ACLS vigente.
        EXPERIENCIA LABORAL
        Clínica Las Américas AUNA - Enfermera jefe UCI                [[DATE:marzo de 2019]] - actual
           Jefe inmediato: [[PERSON:Carlos Andrés Mejía]], Coordinador UCI - [[PHONE_NUMBER:604 342 1010]] ext. 4412
        Hospital Pablo Tobón Uribe - Enfermera asistencial           [[DATE:enero de 2017]] - [[DATE:febrero de 2019]]
           Jefe inmediata: [[PERSON:Beatriz Elena Zapata]] - [[EMAIL_ADDRESS:bezapata@hptu.org.co]]
        FORMACIÓN
        Especialización en Enfermería en Cuidado Crítico - Universidad CES, grado [[DATE:30 de noviembre de 2021]]
        Enfermería - Universidad de Antioquia, grado [[DATE:12 de diciembre de 2016]]
        REFERENCIAS PERSONALES
        [[PERSON:Juan Esteban Restrepo Ochoa]] - Ingeniero civil - [[PHONE_NUMBER:300 215 6689]]
        [[PERSON:Diana Patricia Ríos]] - Docente - [[PHONE_NUMBER:315 902 4471]]
        DATOS ADICIONALES
        Licencia de conducción: [[NATIONAL_ID:1037624518]] (categoría B1)
        Cuenta para nómina: Bancolombia ahorros n° [[US_BANK_ACCOUNT:245-187331-06]]
        EPS: Sura. Fondo de pensiones: Protección.
        Declaro que la información aquí consignada es veraz.
        Medellín, [[DATE:3 de junio de 2024]]
        [[PERSON:Laura M. Gómez R.]]
        """#,
        #"""
        Consorcio [[STREET_ADDRESS:Av. Rivadavia 5120]] 🏢
        10/9/24, 19:02 - [[PERSON:Gustavo]] Adm.: Buenas tardes vecinos. Las expensas de septiembre vencen el
           [[DATE:15/09]]. Transferir a CBU [[US_BANK_ACCOUNT:0170099140000045128935]] (BBVA) - alias
           CONSORCIO.RIVA.5120. Mandar comprobante a [[EMAIL_ADDRESS:gustavo.fernandez.adm@gmail.com]]
        10/9/24, 19:15 - [[PERSON:Nico]] 7A: che alguien tiene el número de un plomero? se me inunda el baño 😩
        10/9/24, 19:16 - [[PERSON:Marta]] 4°B: [[PERSON:Rubén]], plomero matriculado: [[PHONE_NUMBER:11 5834-2291]].
           Decile que vas de parte mía
        10/9/24, 19:30 - [[PERSON:Silvia Rosenthal]]: Vecinos, les aviso que mi papá, Don [[PERSON:Jacobo]], está
           internado en el Hospital Durand con [[HEALTH_CONDITION:neumonía]]. Si ven correspondencia a nombre de
           [[PERSON:Jacobo Rosenthal]] en el 2°A, por favor guárdenla 🙏
        10/9/24, 19:41 - [[PERSON:Silvia Rosenthal]]: Gracias. Otra cosa: si alguien pasa por la farmacia de Rivadavia y
           Acoyte, hay que retirar el [[HEALTH_CONDITION:Enalapril]] y la [[HEALTH_CONDITION:Levotiroxina]] de papá. Va
           con la credencial PAMI [[MEMBER_NUMBER:15041287390700]] y el DNI [[NATIONAL_ID:4.512.338]]
        11/9/24, 08:05 - [[PERSON:Caro]] del 3°C: Yo voy hoy [[PERSON:Silvia]], pasame foto de la credencial 👍
        11/9/24, 08:06 - [[PERSON:Silvia Rosenthal]]: Sos un sol [[PERSON:Caro]] ❤️ te la paso por privado. Mi cel por
           las dudas [[PHONE_NUMBER:+54 9 11 6203-4471]]
        11/9/24, 08:20 - [[PERSON:Gustavo]] Adm.: Recordatorio: asamblea ordinaria el [[DATE:jueves 26/09]] a las 19 h
           en el SUM. Nueva dirección de la administración:
           [[STREET_ADDRESS:Av. Corrientes 4320, piso 3, of. 12, CABA (C1195AAT)]]
        11/9/24, 09:12 - [[PERSON:Nico]] 7A: si llega un paquete de Mercado Libre para [[PERSON:Nicolás Bianchi]], me lo
           guardan? gracias!!
        """#,
        #"""
        MUNICIPALIDAD DE PUENTE ALTO
        Dirección de Desarrollo Comunitario (DIDECO) - Departamento Social
                                                            Puente Alto, [[DATE:22 de abril de 2024]]
        ORD. N° 1.284
        A:   Sra. [[PERSON:Marisol Andrea Fuentes Caro]]
             RUT [[NATIONAL_ID:13.842.617-3]]
             [[STREET_ADDRESS:Pasaje Los Aromos 0472, Villa Las Araucarias,
             Puente Alto]]
        DE:  [[PERSON:Claudia Bustos Henríquez]], Asistente Social
        REF.: Responde solicitud de ayuda social ingresada el [[DATE:3 de abril de 2024]]
        De nuestra consideración:
        Junto con saludar, informo a usted que su solicitud de apoyo para su hijo
        [[PERSON:Benjamín Ignacio Soto Fuentes]], RUT [[NATIONAL_ID:24.118.593-1]], diagnosticado con
        [[HEALTH_CONDITION:Trastorno del Espectro Autista]] y [[HEALTH_CONDITION:epilepsia refractaria]], ha sido
        APROBADA por el Comité de Ayudas Sociales en sesión del [[DATE:18 de abril de 2024]]. El beneficio comprende:
         - Aporte mensual para la compra de [[HEALTH_CONDITION:Levetiracetam]] y [[HEALTH_CONDITION:Clobazam]]
           por tres meses.
         - Pasajes de traslado a controles en el Hospital Dr. Sótero del Río.
        El aporte se depositará en su CuentaRUT de BancoEstado n° [[US_BANK_ACCOUNT:13842617]]
        a partir del [[DATE:2 de mayo]].
        Se solicita presentar, a más tardar el [[DATE:10 de mayo de 2024]], el certificado del neurólogo tratante,
        Dr. [[PERSON:Rodrigo Paredes]], y la credencial FONASA vigente.
        Para consultas comuníquese al [[PHONE_NUMBER:+56 2 2731 6240]]
        o al correo [[EMAIL_ADDRESS:cbustos@mpuentealto.cl]].
        Su teléfono registrado es [[PHONE_NUMBER:+56 9 6241 7783]]; si cambió, favor actualizarlo.
        La Presidenta de la Junta de Vecinos N° 14, Sra. [[PERSON:Gladys Morales]] ([[PHONE_NUMBER:9 8812 4430]]),
        podrá orientarla en la entrega de documentos.
        Saluda atentamente a usted,
        [[PERSON:CLAUDIA BUSTOS HENRÍQUEZ]]
        Asistente Social - Funcionaria código [[EMPLOYEE_NUMBER:PA-04417]]
        c.c.: Archivo DIDECO; Junta de Vecinos Villa Las Araucarias
        """#,
        #"""
        I.E.P. "SAN JUAN BOSCO" - SANTIAGO DE SURCO
        AGENDA ESCOLAR - COMUNICACIÓN CON LA FAMILIA
        Fecha: [[DATE:martes 14 de mayo de 2024]]
        Estimada profesora [[PERSON:Rocío Salazar]]:
        Por medio de la presente justifico la inasistencia de mi menor hijo [[PERSON:Mateo Quispe Huamán]],
        del 3er grado "B", los días [[DATE:lunes 13]] y [[DATE:martes 14 de mayo]], debido a que presentó
        [[HEALTH_CONDITION:faringoamigdalitis aguda]] con fiebre alta. Adjunto la receta del
        Dr. [[PERSON:Víctor Mendoza]] (CMP [[EMPLOYEE_NUMBER:045812]]) del Policlínico EsSalud. Le indicaron
        [[HEALTH_CONDITION:azitromicina]] por 5 días y [[HEALTH_CONDITION:ibuprofeno]] si tiene fiebre.
        Su número de autogenerado EsSalud es [[MEMBER_NUMBER:1605130QUHMA002]] por si lo piden en tópico.
        Atentamente,
        [[PERSON:Yolanda Huamán Ccori]]
        DNI [[NATIONAL_ID:41827365]]    Cel. [[PHONE_NUMBER:987 654 312]]
        Dirección: [[STREET_ADDRESS:Jr. Los Geranios 345, Urb. Las Gardenias, Santiago de Surco, Lima 33]]
        --- Respuesta de la tutora ([[DATE:14/05/2024]]) ---
        Sra. [[PERSON:Yolanda]], recibido. Que se mejore [[PERSON:Mateo]] 🙏.
        Le envío las tareas a [[EMAIL_ADDRESS:yolanda.huaman.c@gmail.com]].
        Prof. [[PERSON:Rocío Salazar V.]]
        --- WhatsApp [[DATE:15/05/24]] ---
        10:12 - Olva Courier: Hola [[PERSON:Yolanda Huamán]], su pedido de Inkafarma (orden 88412093) llegará hoy entre
           11:00 y 13:00 a [[STREET_ADDRESS:Jr. Los Geranios 345, Urb. Las Gardenias, Surco]]. Repartidor:
           [[PERSON:Jhon Cárdenas]] [[PHONE_NUMBER:+51 944 218 507]]. Pago contra entrega por Yape.
        10:15 - [[PERSON:Yolanda]]: Gracias. Si no estoy, déjelo con mi esposo [[PERSON:Wilber Quispe]], DNI
           [[NATIONAL_ID:40918273]]
        11:55 - [[PERSON:Yolanda]]: Ya le yapeé al [[PHONE_NUMBER:944 218 507]]. Gracias joven!
        """#,
    ]
}
