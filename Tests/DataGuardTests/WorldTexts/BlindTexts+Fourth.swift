extension BlindTexts {
    /// A fourth set of clinical texts, written blind to DataGuard's rules after the third set had been scored.
    static let fourthClinical: [String] = [
        #"""
        Dear Dr [[PERSON:Venkatesh Iyer]],
        Kindly see Mrs [[PERSON:Lakshmi Subramanian]], 58 yrs, UHID [[MEDICAL_RECORD_NUMBER:MAA-2231-0478]], DOB [[DATE_OF_BIRTH:14/03/1967]], k/c/o [[HEALTH_CONDITION:type 2 diabetes]] on [[HEALTH_CONDITION:Glycomet]] 500 BD, now with [[HEALTH_CONDITION:non-healing ulcer]] left heel x 3 wks.
        Residence: [[STREET_ADDRESS:No. 12, 4th Cross Street, Besant Nagar, Chennai 600090]]. Attender (son) mobile [[PHONE_NUMBER:+91 98401 22763]].
        Pls do the needful.
        Regards, Dr [[PERSON:Farhana Qureshi]], MBBS
        """#,
        #"""
        Handover F. Medical Ward — night shift [[DATE:12/06/2025]]
        Bed 7: Mrs [[PERSON:Adaeze Okonkwo]], hosp no [[MEDICAL_RECORD_NUMBER:LUTH/24/08813]], [[HEALTH_CONDITION:severe malaria]] day 2, on IV [[HEALTH_CONDITION:artesunate]], temp settling. Husband [[PERSON:Chidi]] on [[PHONE_NUMBER:0803 441 2907]].
        Bed 9: Mr [[PERSON:Babatunde Adeyemi]], [[HEALTH_CONDITION:sickle cell crisis]], pain score 6/10 after [[HEALTH_CONDITION:pentazocine]]. pls review fluids by 6am.
        Handed over by Nurse [[PERSON:Folake Ogunleye]] to Nurse [[PERSON:Ifeoma Eze]].
        """#,
        #"""
        DISCHARGE SUMMARY
        Patient: [[PERSON:Wanjiru Kamau]]   DOB [[DATE_OF_BIRTH:17/09/1983]]   IP No: [[MEDICAL_RECORD_NUMBER:KNH-IP-0937712]]   NHIF No: [[MEDICAL_RECORD_NUMBER:4418 2093]]
        Admitted [[DATE:3rd March 2025]], discharged [[DATE:11th March 2025]].
        Diagnosis: [[HEALTH_CONDITION:community-acquired pneumonia]]; [[HEALTH_CONDITION:HIV]] on [[HEALTH_CONDITION:TLD]], VL suppressed.
        Discharge meds: [[HEALTH_CONDITION:Augmentin]] 625mg TDS x 5/7. Review MOPC in 2 wks. Next of kin [[PERSON:Njeri Kamau]], [[PHONE_NUMBER:0722 618 304]].
        """#,
        #"""
        MEDICAL CERTIFICATE
        I, Dr [[PERSON:Thandeka Mokoena]], examined Mr [[PERSON:Sipho Dlamini]] (employee no. [[EMPLOYEE_NUMBER:SA-118204]]) on [[DATE:2025-04-22]] and found him unfit for duty from [[DATE:22 April 2025]] to [[DATE:25 April 2025]] inclusive owing to [[HEALTH_CONDITION:acute gastroenteritis]].
        Practice: [[STREET_ADDRESS:14 Jan Smuts Avenue, Rosebank, Johannesburg, 2196]] · Tel [[PHONE_NUMBER:011 447 2310]] · [[EMAIL_ADDRESS:dr.t.mokoena@telkomsa.net]]
        Signed: ______________
        """#,
        #"""
        Olá Dra. [[PERSON:Camila Rezende]], aqui é a [[PERSON:Luana Ferreira da Silva]], prontuário [[MEDICAL_RECORD_NUMBER:0048213-7]].
        Desde que comecei o [[HEALTH_CONDITION:Puran T4]] 50mcg pro [[HEALTH_CONDITION:hipotireoidismo]] estou com [[HEALTH_CONDITION:palpitação]] e [[HEALTH_CONDITION:insônia]], é normal??
        Meu cartão SUS é [[MEDICAL_RECORD_NUMBER:708 4032 1195 6620]] caso precise pra renovar a receita.
        Podem me ligar no [[PHONE_NUMBER:(11) 97214-3380]] depois das 18h ou mandar email pra [[EMAIL_ADDRESS:luana.fsilva@hotmail.com]]. Obrigada!
        """#,
        #"""
        Farmacia — Solicitud de resurtido
        Paciente: [[PERSON:José Luis Hernández Ortega]]  Fecha de nac.: [[DATE_OF_BIRTH:07/11/1959]]
        NSS (IMSS): [[MEDICAL_RECORD_NUMBER:4309 59 1127-3]]
        Medicamento: [[HEALTH_CONDITION:Losartán]] 50 mg y [[HEALTH_CONDITION:Metformina]] 850 mg, para [[HEALTH_CONDITION:hipertensión]] y [[HEALTH_CONDITION:diabetes]].
        Entregar en [[STREET_ADDRESS:Calle Morelos 218, Col. Centro, 44100 Guadalajara, Jal.]] — tel. [[PHONE_NUMBER:33 3614 2278]]
        """#,
        #"""
        Fisioterapia — Hoja de evolución
        Paciente: [[PERSON:Nuria Castellví Puig]]  NHC: [[MEDICAL_RECORD_NUMBER:118 442 07]]
        Sesión 4 (martes [[DATE:6 de mayo]]): [[HEALTH_CONDITION:tendinopatía del supraespinoso]] dcho., mejora del balance articular. Sigue con [[HEALTH_CONDITION:Enantyum]] a demanda.
        Próxima cita el [[DATE:13/05/2025]]. Si no puede venir, avisar al [[PHONE_NUMBER:93 418 27 65]].
        Fisio: [[PERSON:Iker Etxeberria]]
        """#,
        #"""
        Überweisung an: Orthopädie, Dr. med. [[PERSON:Jürgen Wöhrle]]
        Patientin: [[PERSON:Anna-Lena Schäfer]], geb. [[DATE_OF_BIRTH:02.09.1988]]
        Versichertennr.: [[MEDICAL_RECORD_NUMBER:K418803921]]
        Diagnose: V.a. [[HEALTH_CONDITION:Bandscheibenvorfall]] L5/S1, [[HEALTH_CONDITION:Lumboischialgie]] li. Bisher [[HEALTH_CONDITION:Ibuprofen]] 600 ohne Besserung.
        Anschrift: [[STREET_ADDRESS:Gneisenaustraße 41, 10961 Berlin]], Tel. [[PHONE_NUMBER:0176 2298 4415]]
        """#,
        #"""
        Good pm Dra. [[PERSON:Reyes]], si [[PERSON:marites]] po ito, daughter of [[PERSON:Remedios Santos]] (PhilHealth [[MEDICAL_RECORD_NUMBER:01-025538791-4]]).
        Na-discharge po si mama last [[DATE:June 3]] pero yung [[HEALTH_CONDITION:COPD]] niya parang lumalala ulit, may [[HEALTH_CONDITION:ubo]] pa at [[HEALTH_CONDITION:hirap huminga]] pag gabi. Tuloy pa po ba ang [[HEALTH_CONDITION:Seretide]]?
        Pwede po pa-text sa [[PHONE_NUMBER:0917 845 3021]]. Salamat po!
        """#,
        #"""
        Occupational Health Follow-up
        Employee: [[PERSON:Takahashi Yūko]] (社員番号 [[EMPLOYEE_NUMBER:SL-048812]])
        Seen [[DATE:2025年4月18日]] by 産業医 Dr [[PERSON:Mori Kenji]]. Findings: [[HEALTH_CONDITION:adjustment disorder]] with [[HEALTH_CONDITION:insomnia]]; currently taking [[HEALTH_CONDITION:Rozerem]].
        Recommendation: overtime limited to 20 h/month until review on [[DATE:16 May 2025]].
        Queries to Dr [[PERSON:Mori]]: [[EMAIL_ADDRESS:k.mori@sanyo-logi.co.jp]]
        """#,
        #"""
        Dental notes [[DATE:14/02/2025]]
        Pt: [[PERSON:Gareth Pritchard]], NHS no. [[MEDICAL_RECORD_NUMBER:463 118 0277]], DOB [[DATE_OF_BIRTH:30/07/1979]]
        C/O [[HEALTH_CONDITION:toothache]] LR6 x 4 days. Dx [[HEALTH_CONDITION:irreversible pulpitis]] LR6. MH: [[HEALTH_CONDITION:asthma]] (uses [[HEALTH_CONDITION:Ventolin]] PRN), known [[HEALTH_CONDITION:penicillin allergy]].
        Tx: extirpation under LA, temp dressing. Rebook for RCT, pt to ring back on [[PHONE_NUMBER:07700 914 362]].
        Seen by [[PERSON:Priya Raman]] (dentist), nurse [[PERSON:Kerry]].
        """#,
        #"""
        Gentile dott.ssa [[PERSON:Chiara Benedetti]],
        le invio la sig.ra [[PERSON:Rosaria Esposito]], nata il [[DATE_OF_BIRTH:19 gennaio 1951]], tessera sanitaria n. [[MEDICAL_RECORD_NUMBER:80380001200345671234]], per valutazione cardiologica: [[HEALTH_CONDITION:fibrillazione atriale]] di nuova insorgenza, in terapia con [[HEALTH_CONDITION:Eliquis]] 5 mg dal [[DATE:02/04/2025]].
        Residente in [[STREET_ADDRESS:Via Toledo 256, 80134 Napoli]], cell. della figlia [[PHONE_NUMBER:339 712 4486]].
        Cordiali saluti,
        dott. [[PERSON:Marco Ruggiero]] — [[EMAIL_ADDRESS:m.ruggiero.mmg@libero.it]]
        """#,
        #"""
        Refill request to Dr. [[PERSON:Harpreet Gill]]
        Patient: [[PERSON:Margaret O'Rourke]], DOB [[DATE_OF_BIRTH:1946-08-23]], OHIP [[MEDICAL_RECORD_NUMBER:5584-402-917-KT]]
        Rx: [[HEALTH_CONDITION:Synthroid]] 88 mcg, [[HEALTH_CONDITION:Crestor]] 10 mg. Last filled [[DATE:Jan 9, 2025]], 90-day supply. Pt reports no side effects.
        Pt asked us to bill the Mastercard on file, [[CREDIT_CARD:5425 1193 0462 8872]].
        Call back: pharmacist [[PERSON:Tomasz Wiśniewski]], [[PHONE_NUMBER:(905) 873-2261]] ext. 2
        """#,
        #"""
        Meddelande via 1177 till vårdcentralen
        Från: [[PERSON:Elin Lindqvist]]
        Hej, jag har fortfarande [[HEALTH_CONDITION:urinvägsinfektion]] trots [[HEALTH_CONDITION:Selexid]] i fem dagar, och nu har jag fått [[HEALTH_CONDITION:feber]] också. Kan någon ringa mig på [[PHONE_NUMBER:070-412 88 19]]?
        Min son [[PERSON:Oskar]] svarar om jag inte hör.
        Mvh [[PERSON:Elin]]
        """#,
        #"""
        ED Discharge [[DATE:15/03/2025]]
        Name: [[PERSON:Liam Nguyen]]  DOB [[DATE_OF_BIRTH:4 Nov 2009]]  URN [[MEDICAL_RECORD_NUMBER:00731854]]  Medicare [[MEDICAL_RECORD_NUMBER:2953 81764 1]]
        Fell off bike: [[HEALTH_CONDITION:undisplaced fracture of the right distal radius]], [[HEALTH_CONDITION:abrasions]] to both knees. Backslab applied.
        Analgesia: [[HEALTH_CONDITION:Panadeine]] 2 tabs QID PRN. Fracture clinic on [[DATE:18 March]] at 0900.
        GP: Dr [[PERSON:Sarah McAllister]], [[STREET_ADDRESS:42 Beaufort St, Mount Lawley WA 6050]]. Mum [[PERSON:Hoa]] mob [[PHONE_NUMBER:0412 557 083]].
        """#,
    ]

    /// A fourth set of everyday texts, written blind to DataGuard's rules after the third set had been scored.
    static let fourthEveryday: [String] = [
        #"""
        From: [[PERSON:Denise Washington]] <[[EMAIL_ADDRESS:dwashington.steward@gmail.com]]>
        Hi [[PERSON:Ray]], filing a Step 1 grievance for [[PERSON:Marcus Bell]] (Local 1199 member #[[MEMBER_NUMBER:1199-447302]], employee ID [[EMPLOYEE_NUMBER:E0082715]]) - he got written up on [[DATE:10/14/2024]] for a missed shift while he was out on approved FMLA leave. Witness is [[PERSON:Tanya Brooks]], member #[[MEMBER_NUMBER:1199-510876]].
        Meeting w/ management is set for [[DATE:Oct 28]]. [[PERSON:Marcus]]'s cell is [[PHONE_NUMBER:(718) 362-0143]] if you need him.
        In solidarity,
        [[PERSON:Denise]]
        """#,
        #"""
        DIRECT DEPOSIT / PAYROLL CHANGE FORM
        Employee name: [[PERSON:Kimberly A. Ruiz]]   Employee #: [[EMPLOYEE_NUMBER:204417]]   SSN: [[US_SSN:412-68-3057]]
        Routing: [[US_ROUTING_NUMBER:322271643]]   Checking acct: [[US_BANK_ACCOUNT:7640183925]]   Savings acct (10%): [[US_BANK_ACCOUNT:7640183941]]
        Union dues: UFCW member no. [[MEMBER_NUMBER:0087-31562]]   Beneficiary: [[PERSON:Daniel Ruiz]] (spouse), SSN [[US_SSN:529-14-7780]]
        Home address: [[STREET_ADDRESS:2291 Alder Creek Dr, Sacramento, CA 95833]]
        Signature: [[PERSON:K. Ruiz]]    Date: [[DATE:03/02/2025]]
        """#,
        #"""
        [[STREET_ADDRESS:Flat 3, 17 Leeson Park, Ranelagh, Dublin 6, D06 K2X8]]
        [[DATE:4 February 2025]]
        Dear Ms [[PERSON:Siobhán Ní Bhriain]],
        As your landlord, I am writing to let you know the rent for the above property will be reviewed from [[DATE:1 May 2025]], in line with the RPZ rules.
        Please contact me on [[PHONE_NUMBER:087 914 2238]] or [[EMAIL_ADDRESS:padraig.mcgrath@eircom.net]] with any questions.
        Yours sincerely,
        [[PERSON:Pádraig Mac Graith]]
        """#,
        #"""
        Madame, Monsieur,
        Je vous prie d'excuser l'absence de mon fils [[PERSON:Théo Dubois-Lefèvre]] (CM2, classe de Mme [[PERSON:Garnier]]) du lundi [[DATE:17 mars]] au mercredi [[DATE:19 mars]] : il avait une [[HEALTH_CONDITION:gastro]].
        Je reste joignable au [[PHONE_NUMBER:06 12 48 73 90]] ou par mail ([[EMAIL_ADDRESS:emilie.dubois74@orange.fr]]).
        Cordialement,
        [[PERSON:Émilie Dubois]]
        """#,
        #"""
        Bezorgbericht
        Pakket voor [[PERSON:J. van der Berg-Visser]], [[STREET_ADDRESS:Prinsengracht 412-II, 1016 JK Amsterdam]]
        Niet thuis op zaterdag [[DATE:8 maart]]; afgegeven bij de buren op nr. 414 (fam. [[PERSON:Bakker]]).
        Ontvanger tel. [[PHONE_NUMBER:+31 6 2817 4490]], e-mail [[EMAIL_ADDRESS:jvdberg.visser@ziggo.nl]]
        Bezorger: [[PERSON:Youssef]]
        """#,
        #"""
        Dzień dobry Pani [[PERSON:Agnieszko]],
        w załączniku przesyłam wniosek urlopowy na dni [[DATE:14.07.2025]]–[[DATE:25.07.2025]]. Nr ewidencyjny: [[EMPLOYEE_NUMBER:PL-30917]].
        Proszę też o zmianę adresu na [[STREET_ADDRESS:ul. Głogowska 148/12, 60-243 Poznań]] i telefonu na [[PHONE_NUMBER:601 238 447]], mail prywatny: [[EMAIL_ADDRESS:k.wojcik83@wp.pl]].
        Jestem członkiem NSZZ Solidarność, nr legitymacji [[MEMBER_NUMBER:0417/2219]] – proszę o potrącanie składki z pensji.
        Pozdrawiam,
        [[PERSON:Krzysztof Wójcik]]
        """#,
        #"""
        S pozdravem
        Ing. [[PERSON:Tereza Dvořáková]]
        vedoucí nákupu | Stavby Brno s.r.o.
        [[STREET_ADDRESS:Křenová 67, 602 00 Brno]]
        tel.: [[PHONE_NUMBER:+420 543 211 908]] | mob.: [[PHONE_NUMBER:777 315 640]]
        [[EMAIL_ADDRESS:tereza.dvorakova@stavbybrno.cz]]
        """#,
        #"""
        [09:14] [[PERSON:Elif]]: günaydın, [[PERSON:burak]] bugün gelmiyor, [[HEALTH_CONDITION:grip]] olmuş
        [09:15] [[PERSON:Mert]]: tamam izin formunu ben doldururum, sicil no neydi?
        [09:15] [[PERSON:Elif]]: [[EMPLOYEE_NUMBER:34871]]
        [09:16] [[PERSON:Mert]]: müşteriyi de ben ararım, numarası?
        [09:16] [[PERSON:Elif]]: [[PERSON:Ayşe Yıldırım]] hanım, [[PHONE_NUMBER:0532 418 27 63]]. toplantı [[DATE:12 Mart]]'a ertelendi bu arada
        [09:17] [[PERSON:Mert]]: ok sağol 👍
        """#,
        #"""
        Dear Sir/Madam,
        I was charged twice (€84,50) at a supermarket in Patras on [[DATE:21/01/2025]] with my Visa [[CREDIT_CARD:4916 3382 0175 4420]]. Please refund one of them.
        I also got an alert about a login from [[IP_ADDRESS:41.202.219.77]] which was not me!!
        You can reach me at [[PHONE_NUMBER:+30 694 512 3387]] or by post at [[STREET_ADDRESS:Korinthou 112, 262 21 Patra]].
        Ευχαριστώ,
        [[PERSON:Dimitris Papadopoulos]]
        """#,
        #"""
        Order #88213 — rider note
        Customer: [[PERSON:Mohamed Abdel-Rahman]]
        Address: [[STREET_ADDRESS:12 Sharia El Nozha, Apt 7, Heliopolis, Cairo]]
        Rider [[PERSON:Karim]]: called [[PHONE_NUMBER:+20 100 482 7716]] twice and the landline [[PHONE_NUMBER:02 2418 5530]], no answer. left it with the bawab 3am [[PERSON:Sayed]], he said customer's wife [[PERSON:Nour]] will pick up.
        """#,
        #"""
        Chị [[PERSON:Hằng]] ơi, lương tháng 2 của em bị thiếu phụ cấp ca đêm ạ.
        Em là [[PERSON:Nguyễn Văn Phúc]], mã NV [[EMPLOYEE_NUMBER:VN2207815]], tổ đóng gói xưởng 3, mã đoàn viên công đoàn [[MEMBER_NUMBER:CD-118402]].
        Chị check giúp em với, có gì gọi em số [[PHONE_NUMBER:0903 614 258]] hoặc mail [[EMAIL_ADDRESS:nvphuc.9x@gmail.com]] nhé. Em cảm ơn chị!
        """#,
        #"""
        안녕하세요 [[PERSON:김지훈]] 회원님,
        회원번호 [[MEMBER_NUMBER:GS-2024-01873]] 의 PT 이용권이 [[DATE:2025년 3월 31일]]에 만료됩니다.
        연장을 원하시면 담당 트레이너 [[PERSON:박서연]] ([[PHONE_NUMBER:010-4827-3316]]) 에게 연락 주세요.
        감사합니다.
        """#,
        #"""
        che [[PERSON:flor]] me pasás el número de socio de [[PERSON:Nacho]] para pagar la cuota del club?
        — sí, es [[MEMBER_NUMBER:48213]], a nombre de [[PERSON:Ignacio Fernández Rossi]]
        — dale gracias. y el cel de su vieja? para avisarle lo del micro
        — [[PHONE_NUMBER:+54 9 11 3482-9061]], se llama [[PERSON:Graciela]]
        """#,
        #"""
        Kia ora [[PERSON:Aroha]],
        Just updating my details for the union – new address is [[STREET_ADDRESS:27 Kowhai Street, Te Awamutu 3800]] and my mobile is now [[PHONE_NUMBER:021 448 9302]].
        Membership no. [[MEMBER_NUMBER:NZ-771204]]. Personal email is [[EMAIL_ADDRESS:wiremu.parata@xtra.co.nz]] now, not the work one.
        Ngā mihi,
        [[PERSON:Wiremu Tāne Parata]]
        """#,
        #"""
        Olá [[PERSON:Rui]], o portátil da [[PERSON:Inês Carvalho]] (n.º mecanográfico [[EMPLOYEE_NUMBER:10442]]) não entra na VPN.
        Último login a partir do IP [[IP_ADDRESS:85.243.17.109]] em [[DATE:27/02/2025]], depois tentou de [[IP_ADDRESS:2001:818:e2c4:1a00::7]] e bloqueou.
        Ela está em teletrabalho na [[STREET_ADDRESS:Rua de Cedofeita 318, 4050-174 Porto]]; liga-lhe para o [[PHONE_NUMBER:912 407 633]].
        Abraço,
        [[PERSON:Tiago]]
        """#,
    ]
}
