extension BlindTexts {
    /// A third set of clinical texts, written blind to DataGuard's rules after the second set had been scored.
    static let thirdClinical: [String] = [
        #"""
        Referral — Lakeview Family Medicine, Columbus OH
        Re: [[PERSON:Darnell Whitaker]], DOB [[DATE_OF_BIRTH:03/17/1968]], MRN [[MEDICAL_RECORD_NUMBER:LFM-00483921]]
        Dear colleague, I'd appreciate your opinion on this 57 y/o male w/ poorly controlled [[HEALTH_CONDITION:T2DM]] (A1c 9.4%)
        and new-onset [[HEALTH_CONDITION:peripheral neuropathy]] in both feet. Current meds: [[HEALTH_CONDITION:Metformin ER]] 1000 mg BID,
        [[HEALTH_CONDITION:lisinopril]] 20 mg qd. Pt prefers calls to his cell [[PHONE_NUMBER:+1 (614) 273-8841]].
        Sincerely, [[PERSON:Karen Liu]], MD
        """#,
        #"""
        DISCHARGE SUMMARY — Ward 7B
        Name: [[PERSON:Gwendolyn Parry]]   NHS No: [[MEDICAL_RECORD_NUMBER:485 777 3201]]
        Admitted [[DATE:14/09/2025]], LOS 5 days.
        Dx: [[HEALTH_CONDITION:infective exacerbation of COPD]]; background [[HEALTH_CONDITION:AF]] on [[HEALTH_CONDITION:apixaban]] 5mg bd.
        TTO: [[HEALTH_CONDITION:prednisolone]] 30mg od x5/7, [[HEALTH_CONDITION:Trelegy Ellipta]] 1 puff od.
        GP to recheck U&Es in 1/52. NOK daughter, mob [[PHONE_NUMBER:+44 7723 418 905]].
        """#,
        #"""
        Certificate of Fitness for Work
        I examined [[PERSON:Ciarán Ó Dálaigh]] of [[STREET_ADDRESS:14 Glenview Park, Tallaght, Dublin 24, D24 X6P2]] on [[DATE:6 October 2025]].
        He has [[HEALTH_CONDITION:plantar fasciitis]] and is unfit for work involving prolonged standing until [[DATE:27/10/2025]] inclusive.
        He is taking [[HEALTH_CONDITION:naproxen]] 500mg twice daily; orthotics referral sent (TUH chart no. [[MEDICAL_RECORD_NUMBER:0772194]]).
        Dr [[PERSON:Aoife Brennan]], Glenview Medical Centre, tel [[PHONE_NUMBER:+353 1 462 3318]]
        """#,
        #"""
        Hi, this is [[PERSON:Marie-Josée Tremblay]] (DOB [[DATE_OF_BIRTH:1979-11-02]]), could you please refill my [[HEALTH_CONDITION:Eltroxin]] 100 mcg
        and my [[HEALTH_CONDITION:sertraline]] 50mg? Dr. [[PERSON:Anand Gill]] at Westdale Clinic (chart # [[MEDICAL_RECORD_NUMBER:WD-118204]]) ok'd 3 more months.
        Please charge the copay to my Mastercard [[CREDIT_CARD:5224 1609 3078 5515]]. I'll pick up Thursday after work.
        Call [[PHONE_NUMBER:+1 905-528-4417]] if any issue. Merci!
        """#,
        #"""
        PHYSIO PROGRESS NOTE
        Client: [[PERSON:Jarrah Mitchell]]   UR No. [[MEDICAL_RECORD_NUMBER:00482917]]   D.O.B. [[DATE_OF_BIRTH:22/07/1991]]
        Session 4 of 8 ([[DATE:Tue 30 Sep 2025]]). WorkCover claim — [[HEALTH_CONDITION:rotator cuff tendinopathy]] R shoulder after lifting at depot.
        Pain 4/10 (was 7/10). Still taking [[HEALTH_CONDITION:Panadeine Forte]] nocte, advised to taper. AROM flex 150°. Hx [[HEALTH_CONDITION:GORD]], nil else.
        Plan: cont. theraband ex's, graded RTW. Employer RTW coordinator ph [[PHONE_NUMBER:+61 3 9585 2241]].
        """#,
        #"""
        Subject: Your lab reports are ready — MediLink Diagnostics
        To: [[EMAIL_ADDRESS:venkatesh.iyer82@gmail.com]]
        Dear Mr. [[PERSON:Venkatesh Iyer]], reports for the sample collected on [[DATE:08-10-2025]] are ready. UHID: [[MEDICAL_RECORD_NUMBER:MDL2025-0093417]]
        HbA1c 7.9% (high), in line with your known [[HEALTH_CONDITION:diabetes mellitus]]. TSH normal. Vitamin D3 14 ng/mL, suggestive of [[HEALTH_CONDITION:vitamin D deficiency]].
        Kindly share with your consultant Dr. [[PERSON:Shalini Menon]]. For home sample collection call [[PHONE_NUMBER:+91 98450 37216]].
        """#,
        #"""
        INCIDENT / INJURY REPORT — Mandaue plant
        Employee: [[PERSON:Rodel B. Villanueva]]   Emp No.: [[EMPLOYEE_NUMBER:CEB-20417]]   Date of incident: [[DATE:September 26, 2025]], approx 2:40 PM
        Nature of injury: [[HEALTH_CONDITION:laceration]] L forearm approx 4 cm from box cutter, 6 sutures at ER (hosp. record [[MEDICAL_RECORD_NUMBER:25-118406]]).
        Given [[HEALTH_CONDITION:cefalexin]] 500mg QID x 7 days. Advised light duty 1 week.
        PhilHealth No.: [[MEMBER_NUMBER:12-050317294-6]]   Contact: [[PHONE_NUMBER:+63 917 548 2031]]
        Reported by: Safety Officer, 2nd shift
        """#,
        #"""
        Counselling note — outpatient mental health clinic, Kingston
        Client [[PERSON:Shanique Campbell]], file no. [[MEDICAL_RECORD_NUMBER:KPH/PSY/04418]], seen [[DATE:2 Oct 2025]].
        Presents w/ [[HEALTH_CONDITION:insomnia]] x 2 months since job loss. PHQ-9 = 17, moderately severe [[HEALTH_CONDITION:depression]]. Denies SI/HI.
        Started [[HEALTH_CONDITION:fluoxetine]] 20mg mane; referred for CBT. PMHx [[HEALTH_CONDITION:sickle cell trait]].
        Next appt [[DATE:16/10/2025]]; mother to accompany.
        """#,
        #"""
        Dental treatment note — Rosebank practice
        Pt: [[PERSON:Pieter van der Merwe]]   File: [[MEDICAL_RECORD_NUMBER:RB-DNT-3381]]   Medical aid member no. [[MEMBER_NUMBER:184402773]]
        [[DATE:2025/10/13]] — c/o severe pain 36, dx [[HEALTH_CONDITION:irreversible pulpitis]]; RCT started under LA.
        Rx [[HEALTH_CONDITION:amoxicillin]] 500mg tds x5d. Med hx: [[HEALTH_CONDITION:hypertension]], controlled.
        Recall 2/52 to complete obturation. Cell [[PHONE_NUMBER:+27 82 614 3390]].
        """#,
        #"""
        INFORME DE ALTA — Servicio de Traumatología
        Paciente: [[PERSON:Lucía Fernández Ortega]]   NHC: [[MEDICAL_RECORD_NUMBER:2210438]]   Fecha de nacimiento: [[DATE_OF_BIRTH:05/03/1984]]
        Ingreso: [[DATE:21/09/2025]]. Alta: [[DATE:25/09/2025]].
        Diagnóstico principal: [[HEALTH_CONDITION:fractura bimaleolar de tobillo]] izquierdo, intervenida mediante osteosíntesis.
        Antecedentes: [[HEALTH_CONDITION:hipotiroidismo]] en tratamiento con [[HEALTH_CONDITION:Eutirox]] 75 mcg.
        Tratamiento al alta: [[HEALTH_CONDITION:enoxaparina]] 40 mg/24 h s.c. durante 30 días; analgesia si dolor.
        """#,
        #"""
        Certificat médical d'arrêt de travail
        Je soussignée, médecin généraliste, certifie avoir examiné ce jour, [[DATE:3 octobre 2025]], M. [[PERSON:Karim Benali]], né le [[DATE_OF_BIRTH:17/06/1977]],
        qui présente une [[HEALTH_CONDITION:lombosciatique droite]] justifiant un arrêt de travail jusqu'au [[DATE:17/10/2025]] inclus.
        Traitement : [[HEALTH_CONDITION:Doliprane]] 1 g x3/j, [[HEALTH_CONDITION:kétoprofène]] LP 100 mg.
        N° IPP : [[MEDICAL_RECORD_NUMBER:40087215]] — Cabinet : [[PHONE_NUMBER:+33 3 20 57 41 96]]
        """#,
        #"""
        shift handover 4W 1900 — rn [[PERSON:tasha greene]] to oncoming
        rm 412a [[PERSON:harold jenkins]] 82M mrn [[MEDICAL_RECORD_NUMBER:00739124]] — [[HEALTH_CONDITION:chf]] exac, [[HEALTH_CONDITION:lasix]] 40 iv bid, strict i/o, 2L nc. daughter wants a call if any change
        rm 415 [[PERSON:rosa delgado]] 67F mrn [[MEDICAL_RECORD_NUMBER:00812556]] — pod2 lap chole, [[HEALTH_CONDITION:uti]] on abx, fsbs ac/hs ([[HEALTH_CONDITION:iddm]])
        rm 418 [[PERSON:kwame osei]] 45M mrn [[MEDICAL_RECORD_NUMBER:00790348]] — [[HEALTH_CONDITION:etoh withdrawal]], ciwa 9 @1800, high fall risk
        """#,
        #"""
        Verwijsbrief huisarts
        Geachte collega, hierbij verwijs ik mevr. [[PERSON:Sanne de Vries]], geb. [[DATE_OF_BIRTH:11-02-1986]], patiëntnummer [[MEDICAL_RECORD_NUMBER:HA-0038817]], naar uw polikliniek cardiologie.
        Zij heeft sinds enkele weken [[HEALTH_CONDITION:hartkloppingen]]; het ECG past bij [[HEALTH_CONDITION:paroxismaal atriumfibrilleren]].
        Medicatie: [[HEALTH_CONDITION:metoprolol]] 50 mg 1dd. Bereikbaar op [[PHONE_NUMBER:+31 6 28 41 75 09]].
        Met collegiale groet, [[PERSON:J.P. Bakker]], huisarts
        """#,
        #"""
        OSHA 301 Incident Report — Case No. 2025-041
        Employee: [[PERSON:Luis Alberto Ramírez]]   Employee ID: [[EMPLOYEE_NUMBER:E-0071842]]   DOB: [[DATE_OF_BIRTH:08/29/1990]]
        Home address: [[STREET_ADDRESS:4418 Pecan Grove Dr, San Antonio, TX 78222]]
        Date of injury: [[DATE:10/01/2025]]. Slipped on wet dock plate; seen in ER for [[HEALTH_CONDITION:left wrist sprain]] and mild [[HEALTH_CONDITION:concussion]] (MRN [[MEDICAL_RECORD_NUMBER:MH8830214]]).
        Rx [[HEALTH_CONDITION:meloxicam]] 15 mg daily. Supervisor notified same shift.
        """#,
    ]

    /// A third set of everyday texts, written the same way.
    static let thirdEveryday: [String] = [
        #"""
        From: [[EMAIL_ADDRESS:bev.okonkwo@hotmail.co.uk]]
        Dear [[PERSON:Gareth Hughes]], I want to raise a formal grievance about the new rota at the depot. My membership number is [[MEMBER_NUMBER:60418273]].
        Since [[DATE:1 September 2025]] I've been put on back-to-back lates with no consultation, and my manager [[PERSON:Craig Dunmore]] refused my swap request.
        I can meet any weekday after 3pm. Mobile [[PHONE_NUMBER:+44 7723 905 184]], or write to [[STREET_ADDRESS:41 Larkspur Close, Wolverhampton WV10 9RT]].
        Thanks, [[PERSON:Beverley Okonkwo]]
        """#,
        #"""
        hi this is [[PERSON:Tamika Rhodes]], local 1549 member #[[MEMBER_NUMBER:A-3302917]], employee # [[EMPLOYEE_NUMBER:0412873]].
        my FMLA leave to care for my mom starts [[DATE:Nov 3, 2025]] and HR is saying I have to re-certify every 30 days?? her surgery is for [[HEALTH_CONDITION:breast cancer]], it's not going to be 30 days.
        my steward [[PERSON:Dennis Ocampo]] said to email you. also can dues come off my Discover [[CREDIT_CARD:6011 0048 7219 3368]] while I'm unpaid?
        cell [[PHONE_NUMBER:+1 (718) 346-2290]], personal email [[EMAIL_ADDRESS:tamika.rhodes77@gmail.com]]
        """#,
        #"""
        [08:14] can someone send me [[PERSON:barry nguyen]]'s mobile, need to swap sat nightfill
        [08:15] [[PHONE_NUMBER:0412 667 903]]
        [08:15] he moved btw, new place is [[STREET_ADDRESS:17 ocean st, maroubra nsw 2035]] if ur dropping the keys
        [08:17] legend. also union dues came out twice this fortnight, my member no is [[MEMBER_NUMBER:NSW0448127]] if anyone knows who to ask
        [08:20] email [[PERSON:sharon papadopoulos]] on [[EMAIL_ADDRESS:s.papadopoulos@bigpond.com]] she sorted mine in a day
        """#,
        #"""
        Hi [[PERSON:Olivia Kaminski]], the pension transfer for employee # [[EMPLOYEE_NUMBER:558210]] has been processed and will show on the [[DATE:October 24]] pay stub.
        Thanks again for your patience.

        [[PERSON:Navdeep Sandhu]] | Payroll & Benefits Coordinator, Corporate Services
        [[STREET_ADDRESS:41 Queen St E, Brampton, ON L6V 1A2]]
        T: [[PHONE_NUMBER:+1 905-874-2311]] | M: [[PHONE_NUMBER:+1 647-382-9054]] | [[EMAIL_ADDRESS:navdeep.sandhu@peelcivic.ca]]
        """#,
        #"""
        DIRECT DEPOSIT AUTHORIZATION — County Human Resources
        Employee name: [[PERSON:Gabriela Soto-Jiménez]]   Employee #: [[EMPLOYEE_NUMBER:M0093417]]
        SSN: [[US_SSN:527-84-3106]]   Date of birth: [[DATE_OF_BIRTH:04/11/1987]]
        Bank: Desert Sun Credit Union   Routing no.: [[US_ROUTING_NUMBER:322270411]]   Account no.: [[US_BANK_ACCOUNT:4402187736]]   [x] Checking
        Home address: [[STREET_ADDRESS:3310 W Thunderbird Rd, Apt 214, Phoenix, AZ 85053]]
        Signature: G. Soto-Jiménez   Date: [[DATE:10/06/2025]]
        """#,
        #"""
        Open Enrollment 2026 — Dependent Verification
        Subscriber: [[PERSON:Kevin O'Malley]], Member ID [[MEMBER_NUMBER:XJH884210573]], Employee No. [[EMPLOYEE_NUMBER:20-55817]]
        Spouse: [[PERSON:Renee O'Malley]], DOB [[DATE_OF_BIRTH:02/14/1985]], SSN [[US_SSN:318-46-9027]]
        Child: [[PERSON:Aiden O'Malley]], DOB [[DATE_OF_BIRTH:09/30/2016]], SSN [[US_SSN:318-72-1154]]
        Plan: PPO 500 + dental, effective [[DATE:January 1, 2026]]. HSA contributions to acct [[US_BANK_ACCOUNT:7730015829]], routing [[US_ROUTING_NUMBER:211078643]].
        Questions: [[EMAIL_ADDRESS:komalley.ind@outlook.com]]
        """#,
        #"""
        Ticket INC0048213 — VPN not connecting
        Raised by: [[PERSON:Aishwarya Kulkarni]] (Emp ID [[EMPLOYEE_NUMBER:PNQ-118294]]), Pune office
        Since morning getting "TLS handshake failed" on FortiClient. Laptop IP is [[IP_ADDRESS:192.168.1.37]], gateway shows [[IP_ADDRESS:103.214.62.18]].
        Tried from Jio hotspot also, public IP [[IP_ADDRESS:49.36.185.221]], same error. Please call on [[PHONE_NUMBER:+91 99230 48175]], urgent, client demo at 3.
        Assigned to: [[PERSON:Rohit Deshmukh]] (L2 Network)
        """#,
        #"""
        Hi [[PERSON:Siobhán Kavanagh]], just confirming the tenancy at [[STREET_ADDRESS:Apt 6, Rathmore House, 22 Clonliffe Road, Drumcondra, Dublin 3, D03 KX59]]
        begins [[DATE:1 November 2025]]. The deposit of €1,850 is due by [[DATE:24 October]]. The RTB registration will be in both names, yours and [[PERSON:Eoin Kavanagh]]'s.
        Any problems ring me on [[PHONE_NUMBER:+353 86 219 4403]] or email [[EMAIL_ADDRESS:dmoriarty.lettings@eircom.net]].
        Regards, [[PERSON:Declan Moriarty]]
        """#,
        #"""
        DELIVERY NOTE  DN-77183
        Deliver to: [[PERSON:Nomvula Dlamini]]
        [[STREET_ADDRESS:14 Jacaranda Crescent, Lynnwood Glen, Pretoria, 0081]]
        Contact: [[PHONE_NUMBER:+27 72 381 6604]] / alt [[PHONE_NUMBER:+27 12 348 9017]]
        Delivery window: [[DATE:Thursday 16 October 2025]], 08:00–12:00. Gate code at guardhouse, beware of dogs.
        Driver: [[PERSON:Sipho Mthembu]]
        """#,
        #"""
        Hej! Jag heter [[PERSON:Elin Johansson]] och är medlem i facket, medlemsnummer [[MEMBER_NUMBER:3728104]].
        Min chef [[PERSON:Mats Lindqvist]] har nekat min ansökan om föräldraledighet från [[DATE:1 december 2025]] till [[DATE:28 februari 2026]] med hänvisning till bemanningen.
        Kan någon från avdelningen ringa mig på [[PHONE_NUMBER:+46 70 418 62 93]] eller mejla [[EMAIL_ADDRESS:elin.johansson88@telia.com]]?
        Adress: [[STREET_ADDRESS:Södra Vägen 38, 412 54 Göteborg]]
        Mvh [[PERSON:Elin Johansson]]
        """#,
        #"""
        PERSONEL BİLGİ FORMU
        Adı Soyadı: [[PERSON:Emre Yıldırım]]   Sicil No: [[EMPLOYEE_NUMBER:08813]]   Doğum Tarihi: [[DATE_OF_BIRTH:14.05.1992]]
        Adres: [[STREET_ADDRESS:Bağdat Caddesi No: 247 Daire 9, 34728 Kadıköy/İstanbul]]
        Cep Tel: [[PHONE_NUMBER:+90 532 418 77 06]]   E-posta: [[EMAIL_ADDRESS:emre.yildirim92@gmail.com]]
        İşe Başlama Tarihi: [[DATE:03.11.2025]]
        Acil durumda aranacak kişi: [[PERSON:Zeynep Yıldırım]] (eşi) [[PHONE_NUMBER:+90 541 206 33 18]]
        """#,
        #"""
        ate [[PERSON:joy mercado]] pa-send naman ng payslip ko for sept, di ko ma-open sa portal. emp no ko [[EMPLOYEE_NUMBER:10-4471]]
        pag nag-call si hr pakisabi naka sick leave ako until [[DATE:oct 10]], may [[HEALTH_CONDITION:dengue]] ako 😩 admitted pa
        eto muna number ko [[PHONE_NUMBER:+63 926 331 0874]] kasi nawala yung phone ko sa ospital
        salamat po — [[PERSON:jerome castillo]]
        """#,
        #"""
        Good morning Sir/Madam,
        My name is [[PERSON:Andre McKenzie]], union member no. [[MEMBER_NUMBER:JCS-20931]]. I teach at a high school in St. Andrew and my application for
        study leave from [[DATE:January 5, 2026]] was refused by the principal, Mrs [[PERSON:Claudette Brown]], without any reason given in writing.
        I would be grateful for the union's assistance. I can be reached at [[PHONE_NUMBER:+1 876-557-2048]] or [[EMAIL_ADDRESS:andremckenzie.ja@yahoo.com]].
        Address: [[STREET_ADDRESS:12 Hope Boulevard, Kingston 6]]
        Respectfully, [[PERSON:Andre McKenzie]]
        """#,
        #"""
        Buenos días, soy [[PERSON:Javier Moreno Ruiz]], afiliado nº [[MEMBER_NUMBER:28-0417763]] de la sección sindical del hospital.
        Quería consultar lo de la reducción de jornada por cuidado de mi hija, que tiene [[HEALTH_CONDITION:diabetes tipo 1]]; RRHH dice que necesitan un informe nuevo.
        Mi número de empleado es [[EMPLOYEE_NUMBER:0053921]]. Móvil [[PHONE_NUMBER:+34 655 23 71 48]], correo [[EMAIL_ADDRESS:javi.moreno.ruiz@gmail.com]].
        Un saludo y gracias.
        """#,
        #"""
        Hello, I am [[PERSON:Camille Rousseau]], staff nurse on Ward 12, assignment number [[EMPLOYEE_NUMBER:21784409]].
        I moved on [[DATE:20/09/2025]] and my new address is [[STREET_ADDRESS:Flat 3, 58 Coldharbour Lane, London SE5 9PR]] but my payslips still go to the old one.
        Also please note my French mobile [[PHONE_NUMBER:+33 6 72 14 58 09]] is not in use anymore, use [[PHONE_NUMBER:+44 7946 302 718]] instead.
        Merci beaucoup!
        """#,
        #"""
        Ticket #58213 — corporate card blocked after travel
        User: [[PERSON:Brandon Kessler]], emp ID [[EMPLOYEE_NUMBER:004417]], [[EMAIL_ADDRESS:brandon.kessler@tridentfreight.com]]
        My corporate Amex [[CREDIT_CARD:3782 910473 62156]] was declined at the hotel in Denver on [[DATE:10/08/2025]], and the expense portal locked me out after logins from [[IP_ADDRESS:73.214.90.166]].
        I had to use my own Visa [[CREDIT_CARD:4916 8273 0514 2094]] ($612.40). Please reimburse to checking [[US_BANK_ACCOUNT:000123887465]], routing [[US_ROUTING_NUMBER:044000736]].
        Call [[PHONE_NUMBER:+1 (216) 781-5530]] if you need receipts.
        """#,
    ]
}
