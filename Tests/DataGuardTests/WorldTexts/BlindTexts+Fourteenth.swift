extension BlindTexts {
    /// A fourteenth set of clinical texts, written blind to DataGuard's rules after the thirteenth set had been scored.
    static let fourteenthClinical: [String] = [
        #"""
        OCCUPATIONAL HEALTH REPORT — confidential to employee and HR (consent recorded)
        Employee: [[PERSON:Gareth Pryce-Owen]], Refuse Collection Operative, payroll no. [[EMPLOYEE_NUMBER:PR-448120]]
        DOB [[DATE_OF_BIRTH:12/09/1971]]   NHS no. [[MEDICAL_RECORD_NUMBER:485 777 3456]]
        Seen [[DATE:14 March 2024]] following referral by his line manager [[PERSON:Sandra Whitlock]].
        Mr [[PERSON:Pryce-Owen]] reports low back pain since a lifting incident in January; his GP has diagnosed [[HEALTH_CONDITION:sciatica]] and prescribed [[HEALTH_CONDITION:naproxen]] and [[HEALTH_CONDITION:amitriptyline]] 10 mg at night.
        Opinion: fit for amended duties (no lifting over 10 kg, no rear-loader work) for 4 weeks; telephone review on [[PHONE_NUMBER:07700 900418]].
        His GMB rep [[PERSON:Dave Kinsella]] attended at his request.
        """#,
        #"""
        MEDICAL REVIEW OFFICER VERIFICATION — DOT 49 CFR Part 40
        Donor: [[PERSON:Luis A. Carranza]]   SSN: [[US_SSN:431-72-9085]]   Employee ID: [[EMPLOYEE_NUMBER:TX-20931]]
        Employer: Lone Star Freight Lines (Teamsters bargaining unit)   Collection date: [[DATE:06/11/2024]]   Specimen ID 0048817326 (split)
        Lab result: non-negative, [[HEALTH_CONDITION:amphetamine]]. Donor disclosed a current prescription for [[HEALTH_CONDITION:Adderall XR]] 20 mg for [[HEALTH_CONDITION:ADHD]], confirmed with prescriber Dr [[PERSON:Meredith Tan]] at [[PHONE_NUMBER:(210) 555-0187]].
        Verified result: NEGATIVE. No safety-concern letter issued.
        MRO: [[PERSON:J. Whitfield]], DO — signed [[DATE:06/14/2024]]
        """#,
        #"""
        MUTUA COLABORADORA — INFORME DE ASISTENCIA POR ACCIDENTE DE TRABAJO
        Trabajadora: [[PERSON:María del Carmen Ruiz de la Fuente]]   DNI [[MEDICAL_RECORD_NUMBER:48291736K]]
        Nº afiliación S.S.: [[MEDICAL_RECORD_NUMBER:28/10457823/61]]   Fecha nac.: [[DATE_OF_BIRTH:03/05/1986]]
        Empresa: Limpiezas Levante S.L. (contrata de limpieza hospitalaria). Delegada de CCOO presente: [[PERSON:Toñi Bermúdez]].
        Accidente el [[DATE:22/01/2025]] al resbalar en suelo mojado. Dx: [[HEALTH_CONDITION:esguince de tobillo grado II]]; se pauta [[HEALTH_CONDITION:ibuprofeno]] 600 mg/8 h y [[HEALTH_CONDITION:enoxaparina]] profiláctica.
        Baja médica con revisión el [[DATE:5 de febrero]]. Teléfono de contacto: [[PHONE_NUMBER:612 48 90 33]].
        Médico: Dr. [[PERSON:Íñigo Aranburu]]
        """#,
        #"""
        Betriebsärztlicher Dienst – Vorsorgebescheinigung nach ArbMedVV
        Beschäftigter: [[PERSON:Jörg-Uwe Schimanski]], geb. [[DATE_OF_BIRTH:17.08.1968]], Personalnr. [[EMPLOYEE_NUMBER:004417]]
        Krankenversichertennr.: [[MEDICAL_RECORD_NUMBER:K482910375]]   Tätigkeit: Gießerei, Lärmbereich. Untersuchung am [[DATE:09.04.2024]].
        Befund: beginnende [[HEALTH_CONDITION:Lärmschwerhörigkeit]] beidseits, außerdem bekannte [[HEALTH_CONDITION:Hypertonie]] unter [[HEALTH_CONDITION:Ramipril]] 5 mg.
        Empfehlung: Gehörschutz konsequent tragen, Nachuntersuchung in 12 Monaten. Der Betriebsrat (Hr. [[PERSON:Demir]]) erhält nur die Bescheinigung ohne Diagnosen.
        Dr. med. [[PERSON:Annegret von Thadden]], Fachärztin für Arbeitsmedizin
        """#,
        #"""
        Service de prévention et de santé au travail — Visite de reprise
        Salarié : M. [[PERSON:Karim Benali-Fournier]], conducteur de bus, matricule [[EMPLOYEE_NUMBER:RT-30872]]
        N° de sécurité sociale : [[MEDICAL_RECORD_NUMBER:1 79 04 69 123 456 78]]
        Arrêt du [[DATE:12 février]] au [[DATE:30 avril 2024]] pour [[HEALTH_CONDITION:syndrome anxio-dépressif]] après une agression en service.
        Traitement en cours : [[HEALTH_CONDITION:sertraline]] 50 mg ; suivi psychologique par Mme [[PERSON:Lemaire]].
        Avis : apte avec aménagement — pas de service de nuit pendant trois mois. Copie au délégué syndical CGT, [[PERSON:Patrice Ohana]], à la demande du salarié.
        Dr [[PERSON:Hélène Marchetti]], médecin du travail — [[PHONE_NUMBER:04 72 18 55 90]]
        """#,
        #"""
        WORKPLACE INJURY — INITIAL CONSULT (WorkCover certificate issued)
        Patient: [[PERSON:Tayla Nguyen]]  DOB [[DATE_OF_BIRTH:29/11/1994]]  Medicare [[MEDICAL_RECORD_NUMBER:2953 71840 2]]
        Employer: distribution centre, order picker, staff no. [[EMPLOYEE_NUMBER:88213]]. Claim ref WC-2024-556102.
        Injury [[DATE:18/07/2024]]: right wrist caught in a roller conveyor. X-ray: [[HEALTH_CONDITION:undisplaced distal radius fracture]]. Backslab applied, [[HEALTH_CONDITION:Panadeine Forte]] prn.
        Unfit for work until [[DATE:1/08/2024]], then one-handed suitable duties. Her HSR [[PERSON:Mick O'Sullivan]] (UWU) rang; patient happy for him to receive the certificate.
        Dr [[PERSON:Priya Raman]], [[STREET_ADDRESS:41 Logan Road, Woolloongabba QLD 4102]]
        """#,
        #"""
        EAP counselling — session note 3 of 6 (confidential, not shared with employer)
        Client: [[PERSON:Siobhán Ní Bhriain]], staff nurse, HSE employee no. [[EMPLOYEE_NUMBER:10482267]]
        Session Tuesday [[DATE:8 October]], 45 min by video. Work-related stress after roster changes on the ward and an ongoing INMO grievance.
        Screening consistent with [[HEALTH_CONDITION:moderate depression]]; GP Dr [[PERSON:Fergal Hanratty]] started [[HEALTH_CONDITION:escitalopram]] last month.
        Client describes [[HEALTH_CONDITION:panic attacks]] before night shifts. Discussed boundaries and talking to her rep, [[PERSON:Aoife]].
        Next session [[DATE:22/10]]. Contact preference: mobile [[PHONE_NUMBER:087 614 2290]].
        """#,
        #"""
        STAFF IMMUNISATION RECORD — Employee Health Cell, District Hospital, Pune
        Name: Ms. [[PERSON:Kavitha Subramaniam]]   Emp. Code [[EMPLOYEE_NUMBER:SGH/N/2291]]   UHID [[MEDICAL_RECORD_NUMBER:PUN2023004518]]
        [[HEALTH_CONDITION:Engerix-B]]: dose 1 [[DATE:04-01-2023]], dose 2 [[DATE:03-02-2023]], dose 3 [[DATE:05-07-2023]]; anti-HBs 148 mIU/mL (protective).
        [[HEALTH_CONDITION:Typbar-TCV]] given [[DATE:11-09-2023]].
        Needlestick on [[DATE:19-03-2024]]; source patient negative, no PEP needed. Known [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:Thyronorm]] 50 mcg.
        Verified by Sr. [[PERSON:Mercy Joseph]]; nurses' union rep informed of the needlestick as per policy.
        """#,
        #"""
        STAFF CLINIC — port workers' health record
        Name: [[PERSON:Omondi Juma Otieno]]   Staff No. [[EMPLOYEE_NUMBER:KPA/07731]]   NHIF No. [[MEDICAL_RECORD_NUMBER:R-3318842]]
        ID No. [[MEDICAL_RECORD_NUMBER:27745019]]   DOB [[DATE_OF_BIRTH:14/02/1979]]
        Visit [[DATE:3rd June 2024]]: crane operator feeling unwell on shift, BP 168/104. Dx [[HEALTH_CONDITION:essential hypertension]], [[HEALTH_CONDITION:type 2 diabetes]] (HbA1c 8.9%).
        Started [[HEALTH_CONDITION:amlodipine]] 5 mg OD and [[HEALTH_CONDITION:metformin]] 500 mg BD. Off crane duty 2 weeks; union shop steward [[PERSON:Mwanaisha]] notified with consent.
        Review [[DATE:17/06/2024]] — call [[PHONE_NUMBER:0722 418 906]].
        """#,
        #"""
        RETURN-TO-WORK CLEARANCE — Company Clinic, Cebu site
        Employee: [[PERSON:Ma. Cristina Villanueva]] ("[[PERSON:Tin]]")   Employee ID [[EMPLOYEE_NUMBER:CEB-104592]]   PhilHealth No. [[MEDICAL_RECORD_NUMBER:12-050318447-9]]
        Confined from [[DATE:May 2, 2024]] to [[DATE:May 7, 2024]] for [[HEALTH_CONDITION:dengue fever]]; platelet count now normal.
        Cleared to return [[DATE:May 13]] on day shift only for two weeks, no overtime. Take-home meds: [[HEALTH_CONDITION:paracetamol]] as needed.
        Union officer [[PERSON:Rodel Magsaysay]] asked that her sick-leave deductions be reversed; forwarded to HR.
        Clinic physician: Dr. [[PERSON:Arnel Dizon]], [[PHONE_NUMBER:0917 552 3841]]
        """#,
        #"""
        ERGONOMIC ASSESSMENT — workstation review requested under article 19 of the collective agreement
        Worker: [[PERSON:Nadine Tremblay-Okoro]], call-centre agent, employee # [[EMPLOYEE_NUMBER:550917]]
        OHIP [[MEDICAL_RECORD_NUMBER:4826-193-557-KT]]   Assessed [[DATE:2024-10-02]] by [[PERSON:Greg Halvorsen]], Kinesiologist
        History: [[HEALTH_CONDITION:right lateral epicondylitis]] and [[HEALTH_CONDITION:carpal tunnel syndrome]], managed by her physician with [[HEALTH_CONDITION:diclofenac gel]].
        Recommendations: vertical mouse, forearm support, chair lowered 4 cm, micro-breaks every hour.
        CUPE steward [[PERSON:Beth]] to follow up with supervisor [[PERSON:Dhillon]] about scheduling the breaks.
        """#,
        #"""
        ZAŚWIADCZENIE LEKARSKIE — badanie okresowe (medycyna pracy)
        Pracownica: [[PERSON:Agnieszka Wróblewska-Kot]], PESEL [[MEDICAL_RECORD_NUMBER:86052314728]], nr ewid. [[EMPLOYEE_NUMBER:M-2207]]
        Stanowisko: operator wózka widłowego. Data badania: [[DATE:14.05.2024]].
        Rozpoznanie: [[HEALTH_CONDITION:padaczka]] w wywiadzie, leczona [[HEALTH_CONDITION:lewetyracetamem]]; ostatni napad ponad 2 lata temu.
        Orzeczenie: brak przeciwwskazań, z ograniczeniem — bez pracy na wysokości. Następne badanie do [[DATE:14.05.2025]].
        Przewodniczący „Solidarności” w zakładzie, p. [[PERSON:Zbigniew Kaczmarek]], otrzymał kopię na prośbę pracownicy.
        lek. med. [[PERSON:Tomasz Lis]], tel. [[PHONE_NUMBER:+48 601 224 873]]
        """#,
        #"""
        İŞYERİ HEKİMLİĞİ — Periyodik Muayene Formu
        Çalışan: [[PERSON:Mehmet Ali Yıldırım]]   T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:38291047562]]
        Sicil No: [[EMPLOYEE_NUMBER:TK-11490]]   Doğum tarihi: [[DATE_OF_BIRTH:02.03.1975]]
        Muayene tarihi [[DATE:21.11.2024]]. Tekstil fabrikası, boyahane. Tanı: [[HEALTH_CONDITION:mesleki astım]]; [[HEALTH_CONDITION:salbutamol]] ve [[HEALTH_CONDITION:budesonid]] kullanıyor.
        Öneri: boyahaneden kuru bölüme geçici görevlendirme. Sendika temsilcisi [[PERSON:Ayşe Korkmaz]] bilgilendirildi.
        İşyeri hekimi Dr. [[PERSON:Serkan Aydın]] — [[PHONE_NUMBER:0532 418 77 90]]
        """#,
        #"""
        ACC45 injury consult note — urgent care
        Patient [[PERSON:Wiremu Tane Parata]], NHI [[MEDICAL_RECORD_NUMBER:ZKT4821]], DOB [[DATE_OF_BIRTH:7/04/1983]]
        Seasonal orchard hand, employed through a labour contractor. Injury [[DATE:26 Feb 2025]] — fell from a ladder while picking.
        Findings: [[HEALTH_CONDITION:fractured left clavicle]], abrasions. Sling; [[HEALTH_CONDITION:ibuprofen]] and [[HEALTH_CONDITION:codeine]] for 5 days.
        Off work 3 weeks. E tū organiser [[PERSON:Hana]] is helping with weekly compensation; partner [[PERSON:Mere]] can be reached on [[PHONE_NUMBER:021 448 3302]].
        Dr [[PERSON:Callum McKenzie-Rua]]
        """#,
        #"""
        MINE HEALTH SERVICES — Certificate of Fitness
        Employee: [[PERSON:Sipho Mthembu]]  Company no. [[EMPLOYEE_NUMBER:RB-0047713]]  ID no. [[MEDICAL_RECORD_NUMBER:8105125832086]]
        Examined [[DATE:11 September 2024]]: chest X-ray reviewed. History of [[HEALTH_CONDITION:pulmonary TB]] treated 2021; now [[HEALTH_CONDITION:silicosis]] on ILO reading.
        Also on [[HEALTH_CONDITION:TLD]] for [[HEALTH_CONDITION:HIV]], virally suppressed.
        Outcome: fit with restrictions — no underground dust exposure; referred for compensation. NUM branch secretary [[PERSON:Thandeka Dlamini]] to assist with the claim.
        OMP: Dr [[PERSON:Riaan van der Merwe]], [[PHONE_NUMBER:014 592 3310]]
        """#,
        #"""
        STAFF CLINIC — MEDICAL CERTIFICATE OF UNFITNESS FOR DUTY
        Name: Mr [[PERSON:Adebayo Oluwaseun Ogunleye]], ward attendant, Staff No. [[EMPLOYEE_NUMBER:FMC/AB/3391]], Hosp. No. [[MEDICAL_RECORD_NUMBER:FMCA-018872]]
        Seen [[DATE:15/08/2024]]; rapid test positive, diagnosis [[HEALTH_CONDITION:uncomplicated malaria]]; [[HEALTH_CONDITION:sickle cell trait]] noted.
        Treated with [[HEALTH_CONDITION:artemether-lumefantrine]] ([[HEALTH_CONDITION:Coartem]]) and [[HEALTH_CONDITION:paracetamol]].
        Unfit for duty from [[DATE:15/08/2024]] to [[DATE:19/08/2024]] inclusive. Copy to JOHESU chairman, Comrade [[PERSON:Emeka Nwosu]], at the officer's request.
        Dr [[PERSON:Folake Adeyemi-Bello]], [[PHONE_NUMBER:0803 412 7765]]
        """#,
    ]

    /// A fourteenth set of everyday texts, written blind to DataGuard's rules after the thirteenth set had been scored.
    static let fourteenthEveryday: [String] = [
        #"""
        Dear Ms [[PERSON:Hargreaves]],
        FORMAL GRIEVANCE — [[PERSON:Kelly-Anne Morris]], Cleaner, payroll no. [[EMPLOYEE_NUMBER:00731842]]
        I am writing as [[PERSON:Kelly-Anne]]'s UNISON steward about unpaid travel time between sites from [[DATE:1 September]] to [[DATE:30 November 2024]].
        Her supervisor, [[PERSON:Barry]], told her the hours "won't be paid because it's not on the rota". We ask for a stage 1 meeting within 7 days.
        Please reply to me at [[EMAIL_ADDRESS:jo.oseimensah@gmail.com]] or [[PHONE_NUMBER:07911 483206]].
        [[PERSON:Josephine Osei-Mensah]], Branch Steward (member no. [[MEMBER_NUMBER:1287704]])
        """#,
        #"""
        MEMBERSHIP APPLICATION & DUES AUTHORIZATION — Home Care Workers Local 2170
        Name: [[PERSON:DeShawn Whitaker]]   Date of birth: [[DATE_OF_BIRTH:02/17/1990]]   Employee ID: [[EMPLOYEE_NUMBER:HHC-558201]]
        Home address: [[STREET_ADDRESS:3318 W. Fullerton Ave, Apt 2R, Chicago, IL 60647]]   Cell: [[PHONE_NUMBER:(773) 555-0142]]
        Dues by bank draft: Routing [[US_ROUTING_NUMBER:071904821]]   Account [[US_BANK_ACCOUNT:5829017443]] (checking)
        One-time initiation fee $25 charged to card [[CREDIT_CARD:4539 1764 0238 8151]], exp 08/27
        Signed [[DATE:03/04/2025]]   Witnessed by organizer [[PERSON:Rosa Quintanilla]]
        """#,
        #"""
        WhatsApp — Night Shift Pickers DC2 👷
        [07:12] [[PERSON:kev]]: anyone swap my sat [[DATE:15 march]] late? lads christening
        [07:14] [[PERSON:priya d]]: ill do it if u take my tue early, mum's got [[HEALTH_CONDITION:dialysis]] that arvo
        [07:15] [[PERSON:kev]]: deal 👍 ill tell [[PERSON:shaz]] on the desk
        [07:21] [[PERSON:marek]]: btw Unite are challenging the bradford factor stage 1s, ring [[PERSON:tony]] on [[PHONE_NUMBER:07843 229017]] if u got one
        [07:22] [[PERSON:priya d]]: got mine for the days i was off with [[HEALTH_CONDITION:covid]] 🙄
        [07:23] [[PERSON:marek]]: thats exactly what he wants, send him ur clock no. too
        """#,
        #"""
        SINDICATO DOS TRABALHADORES — Pedido de alteração de quotização
        Sócio n.º [[MEMBER_NUMBER:204771]]   Nome: [[PERSON:Ana Rita Gonçalves dos Santos]]
        Morada: [[STREET_ADDRESS:Rua de Cedofeita, 412, 3.º Esq., 4050-174 Porto]]
        Telemóvel: [[PHONE_NUMBER:912 345 078]]   Email: [[EMAIL_ADDRESS:anarita.gsantos@sapo.pt]]
        Pedido: passar do desconto no vencimento para débito direto a partir de [[DATE:1 de julho de 2024]], por mudança de entidade patronal (novo n.º mecanográfico [[EMPLOYEE_NUMBER:30918]]).
        Assinatura: [[PERSON:Ana Rita G. Santos]]   Data: [[DATE:18/06/2024]]
        """#,
        #"""
        Oggetto: contestazione disciplinare ai sensi dell'art. 7 L. 300/1970
        Gentile Sig. [[PERSON:Salvatore Esposito]], matricola [[EMPLOYEE_NUMBER:MI-07745]],
        Le contestiamo l'assenza ingiustificata del [[DATE:14 ottobre 2024]] dal turno delle 6:00 presso il magazzino di Lodi.
        Potrà presentare giustificazioni entro 5 giorni, anche assistito dalla rappresentante sindacale, sig.ra [[PERSON:Giulia Bassi]].
        Risulta che il [[DATE:15/10]] Lei abbia comunicato telefonicamente un ricovero per [[HEALTH_CONDITION:colica renale]]: La preghiamo di inviare il certificato.
        Ufficio Risorse Umane — dott. [[PERSON:Marco Ferrante]], [[PHONE_NUMBER:02 8745 3310]]
        """#,
        #"""
        Ruilverzoek dienst — thuiszorgteam Utrecht-Oost
        Van: [[PERSON:Femke de Vries-Bakker]] (pers.nr. [[EMPLOYEE_NUMBER:118342]])
        Ruilen met: [[PERSON:Youssef El Amrani]] (pers.nr. [[EMPLOYEE_NUMBER:120577]])
        Mijn avonddienst van vrijdag [[DATE:7 juni]] tegen zijn vroege dienst van zaterdag [[DATE:8 juni]]. Reden: afspraak bij de bedrijfsarts i.v.m. mijn [[HEALTH_CONDITION:hernia]].
        Akkoord planner: [[PERSON:Sanne]]. FNV-kaderlid [[PERSON:Pieter van den Berg]] in cc.
        Bereikbaar op [[PHONE_NUMBER:06-41827390]].
        """#,
        #"""
        Hej [[PERSON:Lena]]!
        Jag är skyddsombud för Kommunal i hemtjänsten och skriver om [[PERSON:Ahmed Hassan]] (anst.nr [[EMPLOYEE_NUMBER:45820]]) som skadade ryggen vid en förflyttning den [[DATE:3 mars]].
        Arbetsskadeanmälan är gjord. Han har [[HEALTH_CONDITION:lumbago]] och är sjukskriven till [[DATE:2024-03-24]].
        Vi kräver att en taklyft installeras hos brukaren innan han kommer tillbaka.
        Hälsningar, [[PERSON:Birgitta Sjöberg-Lind]], medlemsnr [[MEMBER_NUMBER:7704312]], tfn [[PHONE_NUMBER:070-382 16 54]]
        """#,
        #"""
        ACTA DE ASAMBLEA — Sección 14, sindicato de trabajadores de la maquila
        Ciudad Juárez, Chih., a [[DATE:9 de noviembre de 2024]].
        Asistentes: [[PERSON:Guadalupe Hernández Soto]] (secretaria general), [[PERSON:José Luis Ramírez]], [[PERSON:Brenda Carrasco]] y [[PERSON:Ramiro Alvarado]] «el [[PERSON:Güero]]».
        Acuerdos: 1) exigir el pago del reparto de utilidades; 2) apoyar a la compañera [[PERSON:Brenda]] en su queja por despido durante su incapacidad por [[HEALTH_CONDITION:embarazo de alto riesgo]].
        NSS de la compañera para el trámite ante el IMSS: [[MEDICAL_RECORD_NUMBER:4315 87 2290 3]]. Contacto: [[PHONE_NUMBER:656 218 4470]].
        """#,
        #"""
        Protokoll der Betriebsratssitzung vom [[DATE:05.03.2025]]
        Anwesend: [[PERSON:Heike Brandt]] (Vorsitz), [[PERSON:Ömer Çelik]], [[PERSON:Lutz Meier-Hoffmann]], [[PERSON:Katja]] (Protokoll); entschuldigt: [[PERSON:Rainer Vogt]].
        TOP 3: BEM-Verfahren für Kollegen [[PERSON:Wojciech Nowak]], Personalnr. [[EMPLOYEE_NUMBER:70215]], nach sechs Wochen AU wegen [[HEALTH_CONDITION:Bandscheibenvorfall]]. Der BR stimmt einem leidensgerechten Arbeitsplatz im Versand zu.
        TOP 4: Beschwerden zur Schichtplanung KW 12 — Rückfragen an IG-Metall-Vertrauensmann [[PERSON:Gerd]] unter [[PHONE_NUMBER:0561 7093412]].
        Nächste Sitzung: [[DATE:19.03.2025]].
        """#,
        #"""
        BARGAINING COMMITTEE MINUTES — transit operators' local
        Date: [[DATE:January 22, 2025]]   Present: [[PERSON:Colin MacIsaac]] (chair), [[PERSON:Amélie Robichaud]], [[PERSON:Tunde Bakare]], [[PERSON:Sharon]] (national rep); employer: [[PERSON:R. Pettipas]], [[PERSON:Linda Chow]].
        1. Washroom access on routes: [[PERSON:Tunde]] tabled survey data from 140 operators; two members with [[HEALTH_CONDITION:Crohn's disease]] were disciplined for late relief — names withheld.
        2. Wages: employer at 2.5%, union holding at 4.75%.
        Action: [[PERSON:Amélie]] to circulate revised language from [[EMAIL_ADDRESS:arobichaud.local2204@gmail.com]] before [[DATE:Jan 29]].
        """#,
        #"""
        #riders-syd (Slack)
        [[PERSON:jas.k]] 9:41 PM: app deactivated me again, "unusual activity" — been riding 3 yrs 😤
        [[PERSON:nico]] 9:43 PM: same thing happened to [[PERSON:benny]] last month. TWU guy got it reversed, his number's [[PHONE_NUMBER:0412 558 903]]
        [[PERSON:jas.k]] 9:44 PM: legend. rider ID [[EMPLOYEE_NUMBER:R-2281947]] if anyone from the union's lurking lol
        [[PERSON:maddie]] 9:50 PM: pls come to the meeting thurs [[DATE:14/11]] in Redfern, [[PERSON:Sarah]] from TWU will be there
        [[PERSON:nico]] 9:52 PM: can't, still on crutches from the [[HEALTH_CONDITION:broken ankle]] 🙃
        """#,
        #"""
        Subject: Salary deduction for "unauthorised breaks" — request for review
        Dear [[PERSON:Rohit]] sir, I write for myself and [[PERSON:Sneha Kulkarni]] (Emp ID [[EMPLOYEE_NUMBER:TPB-44107]]) about the ₹3,200 deducted from our October salary.
        Both of us took breaks advised by our doctors — I have [[HEALTH_CONDITION:IBS]] and [[PERSON:Sneha]] is on [[HEALTH_CONDITION:insulin]] for [[HEALTH_CONDITION:gestational diabetes]]. Certificates were submitted on [[DATE:04-09-2024]].
        If this is not resolved we will take it to the union.
        Regards,
        [[PERSON:Arjun Menon]] | Senior Associate, Voice Process | Emp ID [[EMPLOYEE_NUMBER:TPB-39822]]
        Mob: [[PHONE_NUMBER:+91 98450 31776]] | [[EMAIL_ADDRESS:arjun.menon@tpbglobal.in]]
        """#,
        #"""
        Good pm po Ma'am [[PERSON:Joy]], si [[PERSON:Jerome Bautista]] po ito from Line 3 (ID [[EMPLOYEE_NUMBER:EPZ-2210458]]).
        Kulang po sweldo ko for the [[DATE:Aug 16]] to [[DATE:Aug 31]] cutoff, hindi nabayaran yung 12 hrs OT at night diff.
        Wala rin pong PhilHealth deduction na reflected, PhilHealth no. ko po [[MEDICAL_RECORD_NUMBER:02-251847361-4]].
        Sabi po ni Ka [[PERSON:Nestor]] ng union i-email ko daw kayo pero wala pa pong sagot.
        Pwede po ako tawagan sa [[PHONE_NUMBER:0928 613 4402]]. Salamat po!
        """#,
        #"""
        FARM WORKERS' UNION — Complaint form
        Complainant: [[PERSON:Nomvula Jacobs]]   Membership no. [[MEMBER_NUMBER:WC-09217]]   Cell: [[PHONE_NUMBER:072 318 4456]]
        Address: [[STREET_ADDRESS:14 Protea Street, Hexvallei, De Doorns, 6875]]
        On [[DATE:2 February 2025]] the supervisor, [[PERSON:Koos]], made workers spray the vines without masks. Afterwards she and [[PERSON:Sannie Fortuin]] had [[HEALTH_CONDITION:pesticide poisoning]] and went to the clinic; the farm deducted R450 for the day.
        Witnesses: Oom [[PERSON:Piet]] and [[PERSON:Lindiwe]].
        Statement taken by organiser [[PERSON:Karel Swartbooi]]
        """#,
        #"""
        Teams — Depot drivers
        [[PERSON:Tama Herewini]] 05:48: rostering put me on the split shift again after my [[HEALTH_CONDITION:sleep apnoea]] letter said no starts before 6 👎
        [[PERSON:Grace Liu]] 05:50: send it to [[PERSON:Fiona]] in HR and cc the union delegate, put your employee no. in the subject
        [[PERSON:Tama Herewini]] 05:52: done — [[EMPLOYEE_NUMBER:D4417]]
        [[PERSON:Grace Liu]] 05:53: btw your swap for Sat [[DATE:22 March]] with [[PERSON:Raj]] got approved
        [[PERSON:Sione Taufa]] 06:01: delegate here, ring me on [[PHONE_NUMBER:027 519 8834]] before 9
        """#,
        #"""
        Protected Disclosure — submitted via online portal
        Submitted [[DATE:19/02/2025]] 23:14 from IP [[IP_ADDRESS:86.44.172.19]]
        Reporter: [[PERSON:Declan Ó Murchú]], care assistant, staff no. [[EMPLOYEE_NUMBER:NH-2093]] (identity to be kept confidential)
        Residents' [[HEALTH_CONDITION:warfarin]] doses were signed as given on nights when no nurse was on shift; the night manager, [[PERSON:Tracey Dunne]], told staff to "tidy up the MAR sheets".
        I raised this with my SIPTU organiser [[PERSON:Niamh Kearney]] on [[DATE:3 February]].
        Reply to: [[EMAIL_ADDRESS:declan.omurchu@eircom.net]] / [[PHONE_NUMBER:086 771 4039]]
        """#,
    ]
}
