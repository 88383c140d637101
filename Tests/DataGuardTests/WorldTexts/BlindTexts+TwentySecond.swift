extension BlindTexts {
    /// A twenty-second set of clinical texts, written blind to DataGuard's rules: discharge notes, referrals, handovers
    /// and pharmacy notes (USA, Italy, Poland, Canada, Greece, Argentina, Nigeria, Romania).
    static let twentySecondClinical: [String] = [
        #"""
        Cook County Health – Discharge Summary, Internal Medicine
        Patient: [[PERSON:Marquita L. Ellison]]   MRN [[MEDICAL_RECORD_NUMBER:004817263]]   DOB [[DATE_OF_BIRTH:08/14/1971]]
        Medicare MBI [[MEDICAL_RECORD_NUMBER:5EG4-TE7-MK29]]   Address: [[STREET_ADDRESS:7420 S. Phillips Ave, Apt 2B, Chicago, IL 60649]]   Cell [[PHONE_NUMBER:(773) 555-0162]]
        Admitted [[DATE:03/02/2025]] with [[HEALTH_CONDITION:DKA]] in setting of missed [[HEALTH_CONDITION:insulin]] doses; discharged [[DATE:03/06/2025]].
        Comorbid [[HEALTH_CONDITION:CKD stage 3a]], [[HEALTH_CONDITION:hypertension]]. D/c meds: [[HEALTH_CONDITION:Lantus]] 22 units qHS, [[HEALTH_CONDITION:Humalog]] per scale, [[HEALTH_CONDITION:lisinopril]] 10 mg.
        Pt is a CTA bus operator; work note given through [[DATE:3/13]]. F/u with PCP Dr. [[PERSON:Anand Subramaniam]] in 1 wk.
        Sister [[PERSON:Denise]] to pick up at 2 pm, [[PHONE_NUMBER:773-555-0187]].
        """#,
        #"""
        ASL Roma 1 – Ospedale San Filippo Neri, UOC Cardiologia – Lettera di dimissione
        Sig. [[PERSON:Gianfranco Della Rocca]], nato a Frosinone il [[DATE_OF_BIRTH:22/09/1948]], C.F. [[MEDICAL_RECORD_NUMBER:DLLGFR48P22D810K]]
        Residente in [[STREET_ADDRESS:Via della Balduina 118, int. 7, 00136 Roma]] – cell. [[PHONE_NUMBER:338 412 7759]]
        Ricoverato dal [[DATE:11/02/2025]] al [[DATE:18/02/2025]] per [[HEALTH_CONDITION:scompenso cardiaco acuto]] in [[HEALTH_CONDITION:fibrillazione atriale permanente]].
        Terapia alla dimissione: [[HEALTH_CONDITION:Entresto]] 49/51 mg x 2, [[HEALTH_CONDITION:Lasix]] 25 mg, [[HEALTH_CONDITION:Eliquis]] 5 mg x 2.
        Controllo ambulatoriale il [[DATE:4 marzo]]. Per informazioni: reparto [[PHONE_NUMBER:06 3306 2241]]. Dr.ssa [[PERSON:Chiara Pellegrini]]
        """#,
        #"""
        Skierowanie do poradni endokrynologicznej
        Pacjentka: [[PERSON:Halina Wróblewska]], PESEL [[MEDICAL_RECORD_NUMBER:58110413788]]
        Adres: [[STREET_ADDRESS:ul. Zamojskiego 41/12, 30-523 Kraków]], tel. [[PHONE_NUMBER:+48 601 274 389]]
        Rozpoznanie: [[HEALTH_CONDITION:wole guzkowe tarczycy]]; w USG z dnia [[DATE:14.01.2025]] guzek płata prawego 18 mm.
        Leczona z powodu [[HEALTH_CONDITION:nadciśnienia tętniczego]] – [[HEALTH_CONDITION:Prestarium]] 5 mg. Proszę o dalszą diagnostykę (BACC).
        Kraków, [[DATE:20 stycznia 2025]] r.   lek. [[PERSON:Tomasz Gąsiorowski]], specjalista medycyny rodzinnej
        """#,
        #"""
        Bayview Village Pharmacy – pharmacist documentation
        Pt: [[PERSON:Deepa Raghunathan]]   DOB [[DATE_OF_BIRTH:1983-05-27]]   OHIP [[MEDICAL_RECORD_NUMBER:5584-203-917-KT]]
        [[DATE:2025-03-11]]: new Rx from Dr. [[PERSON:Okonkwo]] for [[HEALTH_CONDITION:Ozempic]] 0.25 mg weekly. Not ODB-covered; billed to Sun Life, cert. [[MEDICAL_RECORD_NUMBER:0048817265]].
        Also on [[HEALTH_CONDITION:metformin]] 500 mg bid for [[HEALTH_CONDITION:type 2 diabetes]]; counselled on pen technique and slow titration.
        Pen on backorder – called pt at [[PHONE_NUMBER:416-555-0193]], left msg. Delivery to [[STREET_ADDRESS:2287 Bayview Ave, Unit 14, North York, ON M2L 1A3]] Thursday.
        RPh [[PERSON:Marc-André Tremblay]]
        """#,
        #"""
        Παράδοση βάρδιας – Β΄ Παθολογική Κλινική, [[DATE:15/03/2025]], πρωινή
        Κλίνη 4: [[PERSON:Σταυρούλα Παπαδημητρίου]], 53 ετών, ΑΜΚΑ [[MEDICAL_RECORD_NUMBER:17037204512]]. [[HEALTH_CONDITION:Πνευμονία]] δεξιά, σε [[HEALTH_CONDITION:Augmentin]] IV, πύρεξε 38,2 τη νύχτα.
        Κλίνη 5: κ. [[PERSON:Θανάσης Μαυρίδης]], [[HEALTH_CONDITION:ΣΔ τύπου 2]] με [[HEALTH_CONDITION:έλκος άκρου ποδός]]· σάκχαρα 240–310, αυξήθηκε η [[HEALTH_CONDITION:Lantus]] στις 18 μον.
        Η κόρη του, [[PERSON:Ελένη]], θα τηλεφωνήσει μετά τις 10 – κινητό [[PHONE_NUMBER:694 718 2206]]. Σταθερό κλινικής [[PHONE_NUMBER:213 204 1537]].
        Παρέδωσε: [[PERSON:Μ. Αλεξίου]] – Παρέλαβε: [[PERSON:Ντίνα Κωστοπούλου]]
        """#,
        #"""
        Hospital General de Agudos "Dr. Cosme Argerich" – Epicrisis
        Paciente: [[PERSON:Rocío Belén Sosa]]   DNI [[MEDICAL_RECORD_NUMBER:38.472.915]]   HC N° [[MEDICAL_RECORD_NUMBER:612.904]]
        F. de nac.: [[DATE_OF_BIRTH:03/11/1994]]   Domicilio: [[STREET_ADDRESS:Av. Almirante Brown 1137, 4° "B", C1159 CABA]]   Cel.: [[PHONE_NUMBER:(011) 15-4387-2210]]
        Ingresó el [[DATE:2 de febrero de 2025]] por [[HEALTH_CONDITION:apendicitis aguda]]; se realizó [[HEALTH_CONDITION:apendicectomía laparoscópica]] sin complicaciones.
        Alta el [[DATE:4/2/25]] con [[HEALTH_CONDITION:Ibupirac]] 400 mg c/8 h y [[HEALTH_CONDITION:Buscapina]] SOS. Obra social OSECAC, afiliada N° [[MEDICAL_RECORD_NUMBER:150-38472915-00]].
        Control por consultorio externo con el Dr. [[PERSON:Iñaki Ferreyra]] en 7 días.
        """#,
        #"""
        Ajeromi General Hospital, Dept. of Family Medicine – REFERRAL LETTER   [[DATE:17th March, 2025]]
        To: The Consultant Nephrologist, LUTH, Idi-Araba. Re: Mr. [[PERSON:Adewale Oluwaseun Bakare]], 52 yrs, Hosp. No. [[MEDICAL_RECORD_NUMBER:AGH/24/08817]], NHIA No. [[MEDICAL_RECORD_NUMBER:22071984530]]
        of [[STREET_ADDRESS:14 Olorunsogo Street, off Cemetery Road, Ajegunle, Lagos]]; Tel [[PHONE_NUMBER:0803 417 2296]].
        Known [[HEALTH_CONDITION:hypertensive]] x 9 years on [[HEALTH_CONDITION:Amlodipine]] 10 mg and [[HEALTH_CONDITION:Moduretic]]; serum creatinine 3.4 mg/dL, eGFR 21.
        Kindly review ?[[HEALTH_CONDITION:CKD stage 4]]. His wife, Mrs [[PERSON:Funmilayo Bakare]], can be reached on [[PHONE_NUMBER:08126639014]].
        Thank you. Dr. [[PERSON:Chinedu Eze]], MBBS, FWACP
        """#,
        #"""
        Farmacia Sfântul Luca, Cluj-Napoca – notă eliberare rețetă compensată
        Pacientă: [[PERSON:Ileana Mureșan]], CNP [[MEDICAL_RECORD_NUMBER:2670321120839]], [[STREET_ADDRESS:Str. Observatorului nr. 102, bl. C4, ap. 17, Cluj-Napoca]]
        Rețetă din [[DATE:21.03.2025]], medic de familie dr. [[PERSON:Sorin Pop]]: [[HEALTH_CONDITION:Sortis]] 20 mg, [[HEALTH_CONDITION:Concor]] 5 mg, [[HEALTH_CONDITION:Siofor]] 1000.
        Diagnostic: [[HEALTH_CONDITION:cardiopatie ischemică]], [[HEALTH_CONDITION:diabet zaharat tip 2]]. [[HEALTH_CONDITION:Concor]] lipsă din stoc – comandat, sosește luni.
        Pacienta anunțată telefonic la [[PHONE_NUMBER:0744 519 306]]; ridică fiul, [[PERSON:Vlad]]. Farmacist: [[PERSON:Andreea Crișan]]
        """#,
    ]

    /// A twenty-second set of everyday texts, written blind to DataGuard's rules: union and HR forms, emails, chats,
    /// tickets and landlord messages (USA, UK, Ireland, Australia, Portugal, Egypt, Turkey, Ukraine).
    static let twentySecondEveryday: [String] = [
        #"""
        AFSCME Local 2620 – Step 1 Grievance Form
        Grievant: [[PERSON:Luz Marina Ocampo]]   Employee ID: [[EMPLOYEE_NUMBER:E0471926]]   Union member #: [[MEMBER_NUMBER:2620-118457]]
        Classification: Eligibility Worker II, Dept. of Human Assistance   Home: [[STREET_ADDRESS:5831 Fruitridge Rd, Apt 9, Sacramento, CA 95820]]
        Personal email: [[EMAIL_ADDRESS:luzocampo.sac@gmail.com]]   Cell: [[PHONE_NUMBER:916-555-0174]]
        On [[DATE:02/18/2025]] supervisor [[PERSON:Greg Hollister]] denied FMLA leave for her son's [[HEALTH_CONDITION:asthma]] appointments.
        Steward: [[PERSON:Terrence Bowman]] ([[EMAIL_ADDRESS:tbowman@afscme2620.org]])   Date filed: [[DATE:02/24/2025]]
        """#,
        #"""
        From: [[PERSON:Harriet Cole]] <[[EMAIL_ADDRESS:harriet@colelettings.co.uk]]>
        To: [[EMAIL_ADDRESS:sam.okafor88@outlook.com]]   Subject: Boiler engineer – [[STREET_ADDRESS:Flat 2, 37 Harrow Rd]]
        Hi [[PERSON:Sam]], the Gas Safe engineer ([[PERSON:Kev]] from Hartley Heating) is booked for Tuesday [[DATE:8 April]], some time between 8 and 12.
        If that's no good, ring him direct on [[PHONE_NUMBER:07700 900 418]]. April's rent came through on [[DATE:1/4]], thanks.
        Kind regards,
        [[PERSON:Harriet Cole]] | Cole Lettings | [[PHONE_NUMBER:0113 496 0718]] | [[STREET_ADDRESS:12 Call Lane, Leeds LS1 6DT]]
        """#,
        #"""
        [[PERSON:niamh]]: anyone take in a parcel for me? tracking says left w neighbour yesterday
        [[PERSON:ciarán]]: ya got it here, addressed to [[PERSON:N. Kavanagh]], [[STREET_ADDRESS:14 Kylemore Ave, Ballyfermot, Dublin 10, D10 X2T9]]
        [[PERSON:niamh]]: thats me!! deadly thanks, will call over after work
        [[PERSON:ciarán]]: grand, if no answer text [[PHONE_NUMBER:087 316 4402]], [[PERSON:sinéad]] will be in
        [[PERSON:paddy w]]: courier left one of mine at the wrong door too, it's my [[HEALTH_CONDITION:Ventolin]] 😩 ring [[PHONE_NUMBER:085 902 3371]] if u see it
        """#,
        #"""
        NSW Health – ICT Service Desk ticket INC0841273
        Raised by: [[PERSON:Bronwyn McAllister]] (StaffLink ID [[EMPLOYEE_NUMBER:60418327]]), Enrolled Nurse, Wagga Wagga Base Hospital
        Issue: account locked after 5 failed logins from [[IP_ADDRESS:10.142.38.207]] and an unknown address [[IP_ADDRESS:203.45.118.62]] on [[DATE:14/03/2025]].
        Contact: mob [[PHONE_NUMBER:0412 736 905]], work email [[EMAIL_ADDRESS:bronwyn.mcallister@health.nsw.gov.au]]
        Home address on file (token delivery): [[STREET_ADDRESS:27 Fitzmaurice St, Wagga Wagga NSW 2650]]
        Assigned to: [[PERSON:Jayden Nguyen]], L2 Identity & Access
        """#,
        #"""
        SMS [[DATE:12/03/2025]] 09:14 – de [[PHONE_NUMBER:+351 912 448 307]]
        Bom dia D. [[PERSON:Fátima]], fala o [[PERSON:Joaquim Albuquerque]], senhorio do [[STREET_ADDRESS:Rua de Cedofeita 288, 3.º Esq., 4050-174 Porto]].
        O canalizador, Sr. [[PERSON:Rui]], passa amanhã às 10h para ver a fuga na casa de banho. Se não puder, ligue-lhe: [[PHONE_NUMBER:22 208 5519]].
        A renda de abril pode ser paga até [[DATE:8 de abril]], peço desculpa pelo incómodo.
        Cumprimentos, [[PERSON:J. Albuquerque]]
        """#,
        #"""
        Chat – order #EG-7719024
        [[PERSON:mostafa]]: ana ta7t el beit, 3omara 12 wala 14? el address maktoob "[[STREET_ADDRESS:12 Shari3 Mohamed Mazhar, Zamalek, Cairo]]"
        [[PERSON:yasmin]]: 12, el dor el talet, sha2a 6. kalemni [[PHONE_NUMBER:0100 482 7751]] law el bawab mesh mawgood
        [[PERSON:mostafa]]: tamam. el order fih [[HEALTH_CONDITION:Glucophage]] w [[HEALTH_CONDITION:Concor]] mn el saydaleya, el pharmacist 3ayez esm el doctor
        [[PERSON:yasmin]]: dr [[PERSON:Hany Abdel-Meguid]], el roshetta bta3et mama [[PERSON:Nadia Fahmy]]
        [[PERSON:mostafa]]: ok 5 minutes
        """#,
        #"""
        Konu: Mart aidatı ve su kaçağı – Moda Apt. yönetimi
        Merhaba [[PERSON:Serkan]] Bey,
        Mart aidatını [[DATE:05.03.2025]] tarihinde kredi kartımla ödedim ([[CREDIT_CARD:4379 6501 2248 7330]]), dekont ekte.
        Daire 9'daki kaçak için [[PERSON:Mehmet]] usta Cumartesi gelebilirmiş; adres: [[STREET_ADDRESS:Caferağa Mah. Moda Cad. No: 142 D: 9, 34710 Kadıköy/İstanbul]]
        Saygılarımla,
        [[PERSON:Elif Şahin Kaya]] – [[PHONE_NUMBER:0532 418 77 06]] – [[EMAIL_ADDRESS:elif.sahinkaya@hotmail.com]]
        """#,
        #"""
        Заява про вступ до профспілки – ППО КНП «Міська лікарня № 8», м. Львів
        Я, [[PERSON:Олена Богданівна Ковальчук]], дата народження [[DATE_OF_BIRTH:12.07.1990]], табельний № [[EMPLOYEE_NUMBER:08-3317]],
        проживаю за адресою: [[STREET_ADDRESS:вул. Городоцька, 174, кв. 52, м. Львів, 79022]], тел. [[PHONE_NUMBER:+380 67 412 58 03]],
        прошу прийняти мене до членів профспілки з [[DATE:1 квітня 2025]] р. та утримувати членські внески із заробітної плати.
        Членський квиток № [[MEMBER_NUMBER:041187]] (заповнює профком). Ел. пошта: [[EMAIL_ADDRESS:olena.kovalchuk90@ukr.net]]
        [[DATE:24.03.2025]]   Підпис ________   Голова профкому [[PERSON:Ігор Степаненко]]
        """#,
    ]
}
