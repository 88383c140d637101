extension BlindTexts {
    /// A seventh set of clinical texts, written blind to DataGuard's rules after the sixth set had been scored.
    static let seventhClinical: [String] = [
        #"""
        Bayou City Endocrine Associates · Katy, Texas
        RE: [[PERSON:Darnell Whitfield]]   DOB: [[DATE_OF_BIRTH:04/17/1962]]   MRN: [[MEDICAL_RECORD_NUMBER:00-4471-938]]
        Dear colleague, thank you for referring Mr. [[PERSON:Whitfield]], whom I saw on [[DATE:March 3, 2025]].
        His [[HEALTH_CONDITION:type 2 diabetes]] remains poorly controlled (A1c 9.1%, up from 8.4 in October), so I have added [[HEALTH_CONDITION:Ozempic]] 0.25 mg weekly to his [[HEALTH_CONDITION:metformin]] 1000 mg BID.
        He drives a route truck for H-E-B and asked about driving safety; we reviewed sick-day rules.
        Follow-up in 12 weeks. Our nurse line is [[PHONE_NUMBER:(281) 555-0148]].
        """#,
        #"""
        Penhallow General Hospital — Discharge Summary, Ward 7B (Bed 12)
        Patient: [[PERSON:Margaret Ellis-Trevan]]   NHS No: [[MEDICAL_RECORD_NUMBER:943 476 5919]]   Hosp No: [[MEDICAL_RECORD_NUMBER:PGH0087214]]
        Admitted [[DATE:14/02/2025]], discharged [[DATE:19/02/2025]]. CURB-65 score 2 on arrival.
        Diagnosis: [[HEALTH_CONDITION:community-acquired pneumonia]] on a background of [[HEALTH_CONDITION:COPD]].
        TTO: [[HEALTH_CONDITION:Doxycycline]] 100 mg OD for 5 more days; inhalers unchanged.
        GP action: please review chest X-ray in 6 weeks — Dr [[PERSON:Nkemelu]], Trelawney Surgery.
        """#,
        #"""
        Physiotherapie Lindenhof – Behandlungsnotiz
        Pat.: [[PERSON:Jürgen Pfeiffer-Altmann]], geb. [[DATE_OF_BIRTH:22.09.1958]], Versichertennr. [[MEDICAL_RECORD_NUMBER:M482615903]] (AOK Nordost)
        Verordnung: 6x KG nach Knie-TEP links bei [[HEALTH_CONDITION:Gonarthrose]], verordnet von Dr. [[PERSON:Schwarzkopf]].
        Befund am [[DATE:11. März 2025]]: Flexion 95°, Streckdefizit 5°, leichte Schwellung; nimmt [[HEALTH_CONDITION:Ibuprofen]] 600 bei Bedarf.
        Nächster Termin Do., 14:30 Uhr, Raum 2. Rückfragen: [[PHONE_NUMBER:030 4471 2286]]
        """#,
        #"""
        Avis d'arrêt de travail — Dr [[PERSON:Hélène Marchetti]], médecin généraliste, [[STREET_ADDRESS:14 rue des Tanneurs, 67000 Strasbourg]]
        Assuré : [[PERSON:Karim Benaïssa]], n° de sécurité sociale [[MEDICAL_RECORD_NUMBER:1 87 03 67 482 119 54]]
        Arrêt initial du [[DATE:17/03/2025]] au [[DATE:28/03/2025]] inclus, sorties autorisées de 10 h à 12 h.
        Motif : [[HEALTH_CONDITION:lombosciatique aiguë]] droite ; traitement par [[HEALTH_CONDITION:Doliprane]] 1 g x3/j et kiné.
        Employeur : Transports Kieffer & Fils, Illkirch.
        """#,
        #"""
        UBS Jardim Primavera – Pré-natal, consulta de [[DATE:05/03/2025]]
        Gestante: [[PERSON:Thaís Cristina Albuquerque]], 27 anos, Cartão SUS [[MEDICAL_RECORD_NUMBER:708 4021 9936 1157]]
        IG 28 semanas; PA 140/90, proteinúria 2+. Suspeita de [[HEALTH_CONDITION:pré-eclâmpsia]]; iniciada [[HEALTH_CONDITION:metildopa]] 250 mg 8/8h.
        Encaminhada à maternidade de referência; acompanhante: marido, [[PERSON:Wellington]] ([[PHONE_NUMBER:(81) 98834-2719]]).
        Endereço: [[STREET_ADDRESS:Rua Itapiruçu, 412, apto 203 – Boa Viagem, Recife – PE, 51020-140]]
        """#,
        #"""
        hi, this is [[PERSON:lakshmi iyer]] messaging for my father [[PERSON:R. Ramaswamy]], UHID [[MEDICAL_RECORD_NUMBER:BLR.0419.77352]]
        pls refill his monthly meds — [[HEALTH_CONDITION:Telma]] 40, [[HEALTH_CONDITION:Glycomet]] 500 and [[HEALTH_CONDITION:Ecosprin]] 75, qty 30 each
        he ran out on [[DATE:12th march]] bcoz of holi rush. order no 55812 from last month can be reused
        deliver to [[STREET_ADDRESS:No. 23, 4th Cross, 6th Block, Koramangala, Bengaluru 560095]]
        call me on [[PHONE_NUMBER:+91 98450 31762]] before coming, gate is locked after 9pm
        """#,
        #"""
        Good morning po, Doc! Si [[PERSON:Maricel Dizon]] po ito, mother of [[PERSON:Jhun-Jhun]] ([[PERSON:Juan Miguel Dizon]]), PhilHealth no. [[MEDICAL_RECORD_NUMBER:12-050183466-7]].
        Na-discharge po siya last [[DATE:March 8]] after [[HEALTH_CONDITION:dengue]], okay na po ang platelet (142 sa CBC) pero mainit ulit siya kagabi, 38.4.
        Pwede po ba ulit ang [[HEALTH_CONDITION:Biogesic]] every 4 hours? Nasa Mercury Drug po kami ngayon sa Marikina.
        Text lang po kayo sa [[PHONE_NUMBER:0917 846 2203]]. Salamat po!
        """#,
        #"""
        Kamiti Road Medical Centre — REFERRAL NOTE to the Medical Officer, Medical Outpatient Clinic
        Name: [[PERSON:Wanjiru Kamau]], F/44, OP No. [[MEDICAL_RECORD_NUMBER:KRMC-OP-55129]], SHA member no. [[MEDICAL_RECORD_NUMBER:48820173]]
        Dx: uncontrolled [[HEALTH_CONDITION:hypertension]] with suspected [[HEALTH_CONDITION:hypertensive retinopathy]]; BP 186/112 on 2 readings.
        Current Rx: [[HEALTH_CONDITION:Amlodipine]] 10mg OD. Kindly review and advise.
        Referred on [[DATE:18/03/2025]] by Clinical Officer [[PERSON:J. Otieno]], tel [[PHONE_NUMBER:0722 418 906]]
        """#,
        #"""
        Överrapportering avd 34, kvällspass [[DATE:12/3]]
        Sal 4 säng 2: [[PERSON:Birgitta Lundqvist]], [[MEDICAL_RECORD_NUMBER:19410627-3382]], inkom med [[HEALTH_CONDITION:förmaksflimmer]] och [[HEALTH_CONDITION:hjärtsvikt]].
        Fått [[HEALTH_CONDITION:Furix]] 40 mg iv kl 16, diures 900 ml. [[HEALTH_CONDITION:Eliquis]] insatt idag enligt ordination.
        Mobiliserad till stol, fallrisk — larmmatta på. NEWS 3.
        Dottern [[PERSON:Annika]] ringer ikväll, nås på [[PHONE_NUMBER:070-318 44 92]].
        """#,
        #"""
        Huisartsenpraktijk De Linde – labuitslag telefonisch doorgegeven
        Patiënt: mw. [[PERSON:E.J. van der Berg-Kuipers]], geb. [[DATE_OF_BIRTH:03-11-1979]], BSN [[MEDICAL_RECORD_NUMBER:183 204 517]]
        Bloedafname [[DATE:10-03-2025]]: TSH 8,4 mU/l, FT4 9 pmol/l → past bij [[HEALTH_CONDITION:hypothyreoïdie]].
        Gestart met [[HEALTH_CONDITION:levothyroxine]] 50 µg, controle over 6 weken bij Saltro.
        Pt. gebeld op [[PHONE_NUMBER:06-41729385]], akkoord met beleid.
        """#,
        #"""
        Studio Odontoiatrico Dott.ssa [[PERSON:Chiara Fabbri]] – [[STREET_ADDRESS:Via Saragozza 88, 40123 Bologna]]
        Paziente: [[PERSON:Lorenzo Gentile]], C.F. [[MEDICAL_RECORD_NUMBER:GNTLRN91C14A944T]]
        [[DATE:14 marzo 2025]]: [[HEALTH_CONDITION:pulpite irreversibile]] su 36, eseguita apertura camerale e medicazione.
        Prescritto [[HEALTH_CONDITION:Augmentin]] 1 g ogni 12 ore per 6 giorni e [[HEALTH_CONDITION:Brufen]] 600 al bisogno.
        Prossimo appuntamento tra una settimana per devitalizzazione; preventivo n. 2025/112 consegnato.
        """#,
        #"""
        Northside Community Mental Health – Progress note
        Client: [[PERSON:Jayden Whitehouse]]   Medicare: [[MEDICAL_RECORD_NUMBER:4127 58930 2]]   URN [[MEDICAL_RECORD_NUMBER:MH-0093381]]
        Session 4 of 10 under MHCP. Mood 4/10, sleeping ~5 hrs. [[HEALTH_CONDITION:Generalised anxiety disorder]] with [[HEALTH_CONDITION:panic attacks]] on shift at the Erskine Park warehouse.
        On [[HEALTH_CONDITION:sertraline]] 100 mg since [[DATE:6 January]]; tolerating well, no self-harm ideation.
        Safety plan reviewed; mum [[PERSON:Kerry]] is support person, ph [[PHONE_NUMBER:0412 558 913]].
        """#,
        #"""
        Referral — Family Medicine, Dr. [[PERSON:Priya Raghunathan]], Sydenham Street Health Team
        To: Gastroenterology, Kingston Health Sciences Centre
        Re: [[PERSON:Étienne Bouchard-Lyle]], DOB [[DATE_OF_BIRTH:1988-06-02]], OHIP [[MEDICAL_RECORD_NUMBER:5824-317-096-KT]]
        Six months of bowel symptoms despite diet changes; fecal calprotectin 610 µg/g. Query [[HEALTH_CONDITION:ulcerative colitis]]. Has been self-treating with [[HEALTH_CONDITION:Imodium]].
        Contact: [[PHONE_NUMBER:613-555-0187]], [[STREET_ADDRESS:77 Wolfe Lane, Apt 3, Kingston, ON K7K 3S1]]
        """#,
        #"""
        Karta informacyjna z leczenia szpitalnego – Oddział Chorób Wewnętrznych, Szpital Powiatowy
        Pacjent: [[PERSON:Zbigniew Wróblewski]], PESEL [[MEDICAL_RECORD_NUMBER:56031204718]], nr księgi głównej [[MEDICAL_RECORD_NUMBER:2025/01873]]
        Hospitalizowany od [[DATE:3.03.2025]] do [[DATE:10.03.2025]] z powodu zaostrzenia [[HEALTH_CONDITION:przewlekłej obturacyjnej choroby płuc]].
        Zalecenia: [[HEALTH_CONDITION:Berodual]] 2 dawki 3x dziennie, [[HEALTH_CONDITION:Encorton]] 20 mg – stopniowo odstawiać.
        Kontrola w poradni pulmonologicznej za 4 tygodnie, skierowanie nr 118/P.
        """#,
        #"""
        Al-Nour Specialized Hospital, Heliopolis — Outpatient Cardiology
        Patient: [[PERSON:Mohamed Abdel-Rahman Soliman]]   File No. [[MEDICAL_RECORD_NUMBER:HN-22-048193]]   National ID [[MEDICAL_RECORD_NUMBER:28104150102837]]
        Visit [[DATE:16/3/2025]]: known [[HEALTH_CONDITION:ischemic heart disease]], post-PCI 2022, stable on exertion, EF 50%.
        Continue [[HEALTH_CONDITION:Plavix]] 75 mg and [[HEALTH_CONDITION:Concor]] 5 mg; repeat lipid profile in 3 months.
        Son [[PERSON:Karim]] accompanied him, contact [[PHONE_NUMBER:+20 100 482 6619]].
        """#,
        #"""
        Hi Dr. [[PERSON:Ben-Ami]], it's [[PERSON:Noa Friedman]], teudat zehut [[MEDICAL_RECORD_NUMBER:038472915]], Maccabi member.
        My [[HEALTH_CONDITION:asthma]] flared after the reserve duty weeks, I'm using [[HEALTH_CONDITION:Ventolin]] 3–4 times a day.
        Can you renew [[HEALTH_CONDITION:Symbicort]] 160/4.5 so I can pick it up at the Super-Pharm on Bialik?
        Also need a sick note from [[DATE:16.3]] to [[DATE:19.3]] for the office. Best number: [[PHONE_NUMBER:052-734-1190]]
        """#,
    ]

    /// A seventh set of everyday texts, written blind to DataGuard's rules after the sixth set had been scored.
    static let seventhEveryday: [String] = [
        #"""
        Subject: Step 2 grievance – forced overtime, Line 4 (Grievance #2025-117)
        Brother [[PERSON:Hollis]], filing on behalf of [[PERSON:Tamika Reyes-Goodwin]], Clock No. [[EMPLOYEE_NUMBER:40817]], Local 2281 member [[MEMBER_NUMBER:2281-006384]].
        She was mandated a 12-hr shift on [[DATE:Feb 22]] with less than 24 hrs notice, in violation of Art. 14.3 of the CBA.
        Requesting remedy of 4 hrs pay at time-and-a-half. Reach me at [[PHONE_NUMBER:(330) 555-0192]] or [[EMAIL_ADDRESS:d.kowalczyk@local2281.org]]
        — [[PERSON:Dan Kowalczyk]], Committeeperson, Youngstown
        """#,
        #"""
        Payroll correction request – Puget Sound Cold Storage, Fife WA
        Name: [[PERSON:Minh-Thu Tran]]   Employee #: [[EMPLOYEE_NUMBER:PSC-20931]]   SSN: [[US_SSN:539-48-2761]]
        My [[DATE:3/14]] paycheck went to my old account. Please switch direct deposit to routing [[US_ROUTING_NUMBER:325180469]], checking [[US_BANK_ACCOUNT:4471928036]] effective next pay period.
        Also short-paid 6.25 hrs OT on check #88412. thx — [[PERSON:minh]]
        """#,
        #"""
        Formulaire d'accueil – Nouvel employé / Fromagerie Lac-Saint-Jean inc.
        Nom : [[PERSON:Gagnon-Tremblay]]   Prénom : [[PERSON:Maude]]   No d'employé : [[EMPLOYEE_NUMBER:QC-004127]]
        Date d'entrée en fonction : [[DATE:24 mars 2025]]   Poste : préposée à l'emballage, quart de soir
        Adresse : [[STREET_ADDRESS:1187, rue des Érables, app. 2, Alma (Québec) G8B 4K6]]   Cell. : [[PHONE_NUMBER:418 662-3059]]
        Syndicat : CSN, no de membre à venir. Casier no 58.
        """#,
        #"""
        Asunto: Corrección de nómina, quincena 5 – falta prima dominical
        Buen día Lic. [[PERSON:Arredondo]], le escribo porque en el recibo del [[DATE:15 de marzo]] no me pagaron los 2 domingos trabajados.
        Nombre: [[PERSON:José Guadalupe Ríos Cárdenas]], No. de empleado [[EMPLOYEE_NUMBER:MTY-18842]], ficha sindical CTM [[MEMBER_NUMBER:S-0419]], planta Apodaca.
        Adjunto las checadas de ambos domingos. Mi cel es [[PHONE_NUMBER:81 1764 3320]].
        """#,
        #"""
        [WhatsApp · Turno Noche Depósito Pacheco]
        [[PERSON:marcos gimenez]]: che alguien me cubre el [[DATE:22/3]]? es el cumple de mi vieja 🙏
        [[PERSON:Flor]]: yo puedo. pasale a RRHH mi legajo [[EMPLOYEE_NUMBER:30417]] y poné tu nro de afiliado que ahora lo piden
        [[PERSON:marcos]]: joya, gracias!! afiliado [[MEMBER_NUMBER:112.845]], ya le escribo a la jefa
        """#,
        #"""
        [[STREET_ADDRESS:Flat 3, 41 Ballybough Road, Dublin 3, D03 X2K7]]
        [[DATE:18 March 2025]]
        Dear Mr [[PERSON:Fennelly]],
        I'm writing again about the damp in the back bedroom, first reported to you on [[DATE:9 January]]. The mould has now reached the wardrobe and I will contact the RTB if it isn't addressed.
        Please ring me on [[PHONE_NUMBER:087 214 6638]] to arrange access. Regards, [[PERSON:Aoife Ní Bhriain]]
        """#,
        #"""
        SOLICITUD DE ABONO DE HORAS EXTRAORDINARIAS – Logística Ebro S.L., Zaragoza
        Trabajadora: [[PERSON:Nuria Pascual Ibáñez]]   Nº empleado: [[EMPLOYEE_NUMBER:000784]]   Nº afiliada CCOO: [[MEMBER_NUMBER:50-0219347]]
        Horas realizadas: [[DATE:8 de marzo]] (4 h, inventario) y [[DATE:15 de marzo]] (3,5 h, descarga contenedor MSKU 4471).
        Conforme jefe de turno: [[PERSON:Sergio Lahoz]]. Contacto: [[EMAIL_ADDRESS:npascual@logisticaebro.es]]
        """#,
        #"""
        Pedido de troca de turno – Loja Braga Nova Arcada
        Eu, [[PERSON:Rui Miguel Antunes]], n.º mecanográfico [[EMPLOYEE_NUMBER:58213]], solicito trocar o turno da manhã de [[DATE:27/03/2025]]
        com a colega [[PERSON:Sandra Lopes]] (n.º [[EMPLOYEE_NUMBER:60077]]), que fica com o meu turno da tarde de [[DATE:29/03]].
        Motivo: exame de condução às 10h. Tlm. [[PHONE_NUMBER:912 448 307]]
        """#,
        #"""
        Zápis z porady ZO OS KOVO Strojírny Prostějov
        Datum: [[DATE:13. 3. 2025]], zasedačka B, 14:00. Přítomni: Ing. [[PERSON:Petr Dvořák]] (předseda), [[PERSON:Lenka Horáková]], [[PERSON:M. Šťastný]]
        1) Nový člen: [[PERSON:Tomáš Kubíček]], os. č. [[EMPLOYEE_NUMBER:21457]], přidělen členský průkaz č. [[MEMBER_NUMBER:KOVO-0388]].
        2) Kolektivní smlouva 2025: požadavek navýšení mezd o 6,5 %, jednání s vedením do [[DATE:31. března]].
        """#,
        #"""
        Panaszbejelentő lap – belső panaszkezelés, Dunai Raktárház Kft.
        Bejelentő: [[PERSON:Kovácsné Szabó Erika]], törzsszám: [[EMPLOYEE_NUMBER:HU-7731]], műszakvezető: [[PERSON:Balogh Attila]]
        Esemény időpontja: [[DATE:2025. március 11.]], éjszakai műszak, 3-as csarnok
        Leírás: a targoncavezető többször kiabált velem a rakodásnál, a 14-es kapunál. Tanú: a teljes B brigád.
        Elérhetőség: [[PHONE_NUMBER:+36 30 482 1957]]
        """#,
        #"""
        Fișă de înscriere – Curs SSM / Prim ajutor, sesiunea din [[DATE:2 aprilie 2025]], sala 3, ora 9:00
        1. [[PERSON:Andreea Popescu]] – marca [[EMPLOYEE_NUMBER:4127]] – depozit
        2. [[PERSON:Ionuț Constantinescu]] – marca [[EMPLOYEE_NUMBER:3958]] – întreținere
        3. [[PERSON:Mihaela Dobre]] – marca [[EMPLOYEE_NUMBER:4410]] – recepție marfă
        Înscrieri până vineri la [[EMAIL_ADDRESS:resurse.umane@carpatlogistic.ro]] (max. 12 locuri)
        """#,
        #"""
        Saygılarımla,
        [[PERSON:Elif Yıldırım Aksoy]]
        İnsan Kaynakları Uzmanı | Ege Tekstil San. ve Tic. A.Ş.
        Sicil No: [[EMPLOYEE_NUMBER:TR-20614]] · Tel: [[PHONE_NUMBER:+90 232 418 77 05]] · Dahili 214 · [[EMAIL_ADDRESS:elif.aksoy@egetekstil.com.tr]]
        [[STREET_ADDRESS:Atatürk Organize Sanayi Bölgesi 10003 Sk. No:14, 35620 Çiğli/İzmir]]
        """#,
        #"""
        #vaktbytte-lager (Slack)
        [[PERSON:Sindre H.]]: kan noen ta kveldsvakta mi fredag [[DATE:21. mars]]? ansattnr [[EMPLOYEE_NUMBER:70213]] hvis lederen trenger det
        [[PERSON:Mette]]: jeg kan godt tage den 😊 mit medarbejdernr er [[EMPLOYEE_NUMBER:70388]]
        [[PERSON:Sindre H.]]: tusen takk!! btw Fagforbundet spør om medlemsnummer til kurslista, mitt er [[MEMBER_NUMBER:4471802]]
        """#,
        #"""
        NEW STAFF DATA FORM — Lekki Breweries Plc
        Surname: [[PERSON:Adebayo-Okonkwo]]   Other names: [[PERSON:Chiamaka Funmilayo]]
        Staff ID: [[EMPLOYEE_NUMBER:LBP/2025/0412]]   Resumption date: [[DATE:1st April, 2025]]
        Residential address: [[STREET_ADDRESS:14B Admiralty Way, Lekki Phase 1, Lagos]]   Mobile: [[PHONE_NUMBER:0803 517 2294]]
        Union: NUFBTE, membership no. [[MEMBER_NUMBER:NUF/LG/08813]] (to be confirmed by branch secretary)
        """#,
        #"""
        Hi [[PERSON:Thandeka]], my February payslip is short the night-shift allowance (R1 450) for 6 shifts.
        Details: [[PERSON:Sipho Mahlangu]], employee no. [[EMPLOYEE_NUMBER:EMP-55821]], Rosslyn plant, cost centre 4120.
        The NUMSA stop-order also came off twice (R186 x2) — my membership no. is [[MEMBER_NUMBER:NM 0738264]].
        Please correct before the [[DATE:25 March]] run. Cell [[PHONE_NUMBER:072 318 4406]]. Thanks, [[PERSON:Sipho]]
        """#,
        #"""
        ĐƠN XIN ĐỔI CA – Kính gửi: Phòng Nhân sự, Công ty TNHH Điện tử Sông Bé
        Tôi tên: [[PERSON:Nguyễn Thị Thu Hằng]], mã số nhân viên: [[EMPLOYEE_NUMBER:BD-031742]], tổ SMT line 2.
        Xin đổi ca đêm ngày [[DATE:25/03/2025]] với chị [[PERSON:Trần Ngọc Ánh]] (MSNV [[EMPLOYEE_NUMBER:BD-029915]]) vì con nhỏ ở nhà không có người trông.
        Số thẻ đoàn viên công đoàn: [[MEMBER_NUMBER:CĐ-2207]]. SĐT: [[PHONE_NUMBER:0908 372 145]]
        """#,
    ]
}
