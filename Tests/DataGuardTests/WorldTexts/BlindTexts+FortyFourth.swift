extension BlindTexts {
    /// A forty-fourth set of clinical texts, written blind to DataGuard's rules.
    static let fortyFourthClinical: [String] = [
        #"""
        OCCUPATIONAL HEALTH & WELLBEING - TYNE AND WEAR HOSPITALS NHS FOUNDATION TRUST
        MANAGEMENT REFERRAL REPORT - MEDICAL IN CONFIDENCE
        Employee: [[PERSON:Gareth Llewellyn-Price]]   Assignment no: [[EMPLOYEE_NUMBER:20741683]]
        DOB: [[DATE_OF_BIRTH:03/11/1979]]   NI no: [[NATIONAL_ID:JT 48 22 71 C]]   OH file: [[MEDICAL_RECORD_NUMBER:OH-TW-19-05532]]
        Home: [[STREET_ADDRESS:14 Coquet Terrace, Heaton, Newcastle upon Tyne NE6 5LE]]   Mobile: [[PHONE_NUMBER:07700 900418]]
        Post: Theatre Porter (Band 3), Main Theatres. Referring manager: [[PERSON:Donna Whitfield]]
        ([[EMAIL_ADDRESS:donna.whitfield@twh-nhs.example.uk]])
        Assessed by: Dr [[PERSON:Priya Raghunathan]], Consultant Occupational Physician, GMC [[EMPLOYEE_NUMBER:7049218]]
        Date of assessment: [[DATE:14 May 2024]] (face to face, Occupational Health Suite, Level 2)

        1. Background. Absent since [[DATE:2 April 2024]] after a [[HEALTH_CONDITION:lumbar disc prolapse]] at L5/S1 with
        [[HEALTH_CONDITION:left-sided sciatica]]. Under the spinal team (Mr [[PERSON:Adebayo Okonkwo]]); MRI on [[DATE:19/04/2024]].
        Medication: [[HEALTH_CONDITION:naproxen]] 500 mg bd, [[HEALTH_CONDITION:lansoprazole]] 15 mg od, [[HEALTH_CONDITION:amitriptyline]] 10 mg nocte.
        He also told me about [[HEALTH_CONDITION:low mood]] and [[HEALTH_CONDITION:poor sleep]] since moving to half pay; PHQ-9 = 11.
        2. Opinion. Not fit for his substantive role today. Likely fit for adjusted duties from [[DATE:3 June 2024]]:
           - no pushing of beds or trolleys over 50 kg for six weeks; no on-call
           - phased return: 4 x 6-hour shifts in weeks 1-2, 4 x 7.5-hour shifts in weeks 3-4
           - temporary base in Sterile Services with a sit-stand option
        3. Equality Act 2010: the impairment has not yet lasted 12 months, but I would advise managing as if it may apply.
        4. Referred to staff physiotherapy ([[PERSON:Kirsty Moran]], HCPC [[EMPLOYEE_NUMBER:PH118392]]) and to the EAP for support with mood.
        Union representative present with consent: [[PERSON:Sandra Heslop]], UNISON steward, membership [[MEMBER_NUMBER:UN-4471902]].
        Review appointment: [[DATE:28/06/2024]] at 10:30. Consent to release this report given on [[DATE:14/05/2024]].
        [[PERSON:P. Raghunathan]] / typed by [[PERSON:L. Carr]], OH administrator
        """#,
        #"""
        DURCHGANGSARZTBERICHT (F 1000) - Unfallchirurgie, Klinikum Neukölln-Süd
        Unfallversicherungsträger: BG BAU   Az. BG: [[MEDICAL_RECORD_NUMBER:BGBAU-3-24-118745-K]]
        Versicherte/r: [[PERSON:Kowalczyk, Dariusz]]   geb. [[DATE_OF_BIRTH:17.08.1983]]
        Rentenvers.-Nr.: [[NATIONAL_ID:53 170883 K 047]]   Krankenkasse: AOK Nordost, Vers.-Nr. [[MEDICAL_RECORD_NUMBER:K834017265]]
        Anschrift: [[STREET_ADDRESS:Hermannstraße 211, Hinterhaus 3. OG, 12049 Berlin]]   Tel.: [[PHONE_NUMBER:0176 3318 4092]]
        Arbeitgeber: Spree-Hochbau GmbH, Personal-Nr. [[EMPLOYEE_NUMBER:PB-004471]]; Polier: Herr [[PERSON:Jens Radtke]] ([[PHONE_NUMBER:0151 2904 6633]])
        Unfalltag: [[DATE:06.05.2024]], 09:40 Uhr   Erstbehandlung: [[DATE:06.05.2024]], 10:55 Uhr
        Hergang (Angaben des Versicherten, übersetzt von Kollege [[PERSON:Paweł Zieliński]]):
        "Ich bin von der Leiter gefallen, etwa 2 m, und habe mich mit der linken Hand abgestützt."
        Befund: Schwellung und Fehlstellung distaler Unterarm li., DMS intakt, Prellmarke Hüfte li.
        Röntgen: [[HEALTH_CONDITION:distale Radiusfraktur links]] (AO 23-A2), [[HEALTH_CONDITION:Hüftprellung links]], kein Frakturhinweis Becken.
        Vorerkrankungen: [[HEALTH_CONDITION:arterielle Hypertonie]], Dauermedikation [[HEALTH_CONDITION:Ramipril]] 5 mg.
        Erstversorgung: Reposition in Bruchspaltanästhesie, Gipsschiene; [[HEALTH_CONDITION:Ibuprofen]] 600 mg 1-1-1,
        [[HEALTH_CONDITION:Metamizol]] 500 mg bei Bedarf, [[HEALTH_CONDITION:Enoxaparin]] 40 mg s.c. für 10 Tage.
        Tetanusschutz: [[HEALTH_CONDITION:Tetanus-Diphtherie-Impfstoff]] aufgefrischt ([[HEALTH_CONDITION:Td-pur]]).
        Arbeitsunfähig ab [[DATE:06.05.2024]] voraussichtlich bis [[DATE:16.06.2024]]. Besondere Heilbehandlung: ja.
        Wiedervorstellung D-Arzt-Sprechstunde: [[DATE:13.05.2024]]; ggf. operative Versorgung (winkelstabile Platte).
        Durchgangsarzt: Dr. med. [[PERSON:Henrike Baumgart-Sommer]], LANR [[EMPLOYEE_NUMBER:482917301]]
        Rückfragen: [[EMAIL_ADDRESS:h.baumgart@klinikum-nk-sued.example.de]]
        """#,
        #"""
        BRUNSWICK SPORTS & WORK PHYSIOTHERAPY
        WorkSafe Victoria - Allied Health Progress Report (physiotherapy)
        Worker: [[PERSON:Thi Hoa Nguyen]] ([[PERSON:Nguyễn Thị Hoa]])   DOB: [[DATE_OF_BIRTH:21/09/1988]]
        Claim no: [[MEDICAL_RECORD_NUMBER:24/0718833]]   Medicare: [[MEDICAL_RECORD_NUMBER:2953 71843 1]]
        Address: [[STREET_ADDRESS:Unit 4/27 Albion Street, Brunswick East VIC 3057]]   Mob: [[PHONE_NUMBER:0491 570 156]]
        Employer: Moreland Cold Storage Pty Ltd - picker/packer, staff ID [[EMPLOYEE_NUMBER:MCS-20388]]
        Return to work coordinator: [[PERSON:Bree Santangelo]], [[PHONE_NUMBER:(03) 7010 4482]], [[EMAIL_ADDRESS:bree.s@morelandcold.example.com.au]]
        Treating GP: Dr [[PERSON:Hamish Ferguson]], Sydney Rd Medical Centre
        Injury date: [[DATE:11/03/2024]]   Initial physio consult: [[DATE:18/03/2024]]   This report: [[DATE:29/04/2024]]
        Diagnosis: [[HEALTH_CONDITION:right lateral epicondylalgia]] with [[HEALTH_CONDITION:de Quervain's tenosynovitis]] (right), from
        repetitive lifting of 20 kg cartons in a -20 °C freezer room.
        Sessions to date: 8 of 10 approved. Interpreter (Vietnamese) [[PERSON:Lê Minh Tuấn]] attended sessions 1-3.
        Objective: pain-free grip R 14 kg (L 26 kg); PRTEE 48 -> 31; Finkelstein still positive.
        Medication per GP: [[HEALTH_CONDITION:paracetamol]] 1 g qid, topical [[HEALTH_CONDITION:diclofenac gel]]; she declined a
        [[HEALTH_CONDITION:corticosteroid injection]] because of her [[HEALTH_CONDITION:pregnancy]] (approx. 14 weeks).
        Capacity: modified duties - labelling station, no lifting > 5 kg with R arm, no freezer work, 6 h/day.
        Barriers: worker reports [[HEALTH_CONDITION:anxiety]] about job security; suggested EAP referral.
        Plan: 6 further sessions over 8 weeks (request attached); counterforce brace; graded loading program.
        Physiotherapist: [[PERSON:Oliver Tran-Whitlock]], APA member, AHPRA [[EMPLOYEE_NUMBER:PHY0001849273]]
        Direct mob [[PHONE_NUMBER:0491 570 313]] · next appt [[DATE:6 May 2024]] 7:45 am
        """#,
        #"""
        ESCARPMENT GENERAL HOSPITAL - EMERGENCY DEPARTMENT RECORD          Visit #: [[MEDICAL_RECORD_NUMBER:EGH-ED-240612-0387]]
        Patient: [[PERSON:SANDHU, Harpreet Kaur]]   DOB: [[DATE_OF_BIRTH:1985-02-27]]   Sex: F
        OHIP: [[MEDICAL_RECORD_NUMBER:4532-281-906-KT]]   MRN: [[MEDICAL_RECORD_NUMBER:H0093318]]
        Address: [[STREET_ADDRESS:118 Fennell Ave E, Hamilton, ON L9A 1S3]]   Tel: [[PHONE_NUMBER:905-555-0143]]
        Emergency contact: husband [[PERSON:Gurdeep Singh Sandhu]] [[PHONE_NUMBER:905-555-0172]] (ਪੰਜਾਬੀ preferred)
        Arrival: [[DATE:2024-06-12]] 03:14 by ambulance from Bayfront Steel - No. 2 Coke Plant (night shift)
        Triage CTAS 2. C/C: hot coal-tar splash to L forearm and neck, ~2 min before wash-down.
        Hx: [[HEALTH_CONDITION:gestational diabetes]] 2019 (resolved), [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:levothyroxine]] 75 mcg.
        Allergy: [[HEALTH_CONDITION:sulfa allergy]] (rash).
        Exam: [[HEALTH_CONDITION:partial-thickness burns]] L volar forearm and L lateral neck, est. 3% TBSA. No inhalation signs.
        Rx in ED: cool irrigation 20 min, [[HEALTH_CONDITION:hydromorphone]] 1 mg IV, [[HEALTH_CONDITION:ondansetron]] 4 mg IV,
        [[HEALTH_CONDITION:Tdap]] booster, non-adherent dressings. Plastic surgery consult: Dr [[PERSON:M. Bélanger]] - OP burns clinic.
        Dx: [[HEALTH_CONDITION:Chemical and thermal burn, left forearm and neck]] - WORK-RELATED.
        Discharge meds: [[HEALTH_CONDITION:acetaminophen]] 1 g q6h, [[HEALTH_CONDITION:ibuprofen]] 400 mg q8h prn.
        WSIB Form 8 completed; WSIB claim #: [[MEDICAL_RECORD_NUMBER:32 118 447]]   SIN (from patient): [[NATIONAL_ID:527 491 831]]
        Employer contact: [[PERSON:Rick Van der Meer]], H&S coordinator, [[EMAIL_ADDRESS:rvandermeer@bayfront-hsc.example.ca]]
        Union: USW Local 8821, steward [[PERSON:Angela DiNardo]] notified at 05:20 with patient's consent.
        Fitness: off work until burns clinic review [[DATE:2024-06-17]]; no heat or chemical exposure after return until cleared.
        Interpreter via phone (Punjabi) - patient says: "ਮੈਨੂੰ ਬਹੁਤ ਦਰਦ ਹੋ ਰਿਹਾ ਸੀ" (I was in a lot of pain).
        Physician: Dr [[PERSON:Olumide Ajayi]], CPSO [[EMPLOYEE_NUMBER:98214]]   RN: [[PERSON:Tessa MacLeod]]
        """#,
        #"""
        HOSPITAL MUNICIPAL DR. ARTUR RIBEIRO - PRONTO-SOCORRO ADULTO
        FICHA DE ATENDIMENTO DE URGÊNCIA    Nº BAU: [[MEDICAL_RECORD_NUMBER:2024-PS-0551873]]
        Paciente: [[PERSON:Josenildo Ferreira da Silva]]   Nasc.: [[DATE_OF_BIRTH:02/12/1990]]   Sexo: M
        CPF: [[NATIONAL_ID:382.517.904-41]]   NIT/PIS: [[NATIONAL_ID:128.45793.21-6]]   CNS: [[MEDICAL_RECORD_NUMBER:706 0034 1185 2293]]
        Endereço: [[STREET_ADDRESS:Rua Itaquera, 418, casa 2, Jardim Helena, São Paulo - SP, 08090-000]]
        Telefone: [[PHONE_NUMBER:(11) 97304-5581]]   Acompanhante: [[PERSON:Rosilene Santos]] (esposa) [[PHONE_NUMBER:(11) 96118-2047]]
        Entrada: [[DATE:21/05/2024]] 14h22 - trazido pelo SAMU da obra da Construtora Pinhal (Av. Marginal, canteiro 3)
        Queixa: "caiu a laje em cima do pé direito, doutor, tá doendo muito".
        Classificação de risco: LARANJA. Antecedentes: [[HEALTH_CONDITION:hipertensão arterial]] em uso de [[HEALTH_CONDITION:losartana]] 50 mg;
        nega [[HEALTH_CONDITION:diabetes]]. Etilismo social. Cartão vacinal incompleto.
        Exame: edema e equimose em antepé D, ferida corto-contusa 4 cm em dorso, sem exposição óssea.
        RX: [[HEALTH_CONDITION:fratura dos 2º e 3º metatarsos do pé direito]]; [[HEALTH_CONDITION:ferimento corto-contuso no dorso do pé]].
        Conduta: sutura com nylon 3-0, tala gessada suropodálica; [[HEALTH_CONDITION:dipirona]] 1 g EV, [[HEALTH_CONDITION:cetoprofeno]] 100 mg EV,
        [[HEALTH_CONDITION:vacina dT]] (dupla adulto) aplicada; [[HEALTH_CONDITION:cefalexina]] 500 mg 6/6h por 7 dias na alta.
        Acidente de trabalho típico - orientado a empresa a emitir CAT; CAT nº [[MEDICAL_RECORD_NUMBER:2024.087.441-19]] aberta pelo
        sindicato (Sintracon-SP, delegado [[PERSON:Edvaldo Nunes]], [[PHONE_NUMBER:(11) 95520-3317]]) em [[DATE:21/05/2024]].
        Matrícula na empresa: [[EMPLOYEE_NUMBER:CP-018832]]. Atestado: 30 dias de afastamento a partir de [[DATE:21/05/2024]]
        (CID S92.3 - autorizado pelo paciente constar no atestado).
        Retorno: ambulatório de ortopedia em [[DATE:04/06/2024]] com Dr. [[PERSON:Fábio Yamamoto]].
        Médico plantonista: Dra. [[PERSON:Luana Cristina Paiva]] - CRM-SP [[EMPLOYEE_NUMBER:148203]]
        Enfermeiro: [[PERSON:Wellington Moura]] - COREN-SP [[EMPLOYEE_NUMBER:512.774]]
        """#,
        #"""
        産業医面談記録（長時間労働者・高ストレス者面接指導）　※本人同意のうえ人事部へ意見のみ提供
        事業場：株式会社ミナトロジスティクス　東雲配送センター
        面談日：[[DATE:2024年6月4日]]（火）14:00〜14:50　　場所：健康管理室
        氏名：[[PERSON:佐々木 健太郎]]（[[PERSON:ささき けんたろう]]）　社員番号：[[EMPLOYEE_NUMBER:M-0731942]]
        生年月日：[[DATE_OF_BIRTH:1992年3月18日]]　所属：配車課　　上長：[[PERSON:高橋 美穂]] 課長
        健康保険証 記号・番号：[[MEDICAL_RECORD_NUMBER:1204・58731]]　　マイナンバーは取得しない（記載不要）
        住所：[[STREET_ADDRESS:〒135-0062 東京都江東区東雲1丁目9-14 コーポ東雲305号]]
        連絡先：[[PHONE_NUMBER:090-4418-7263]]　／　[[EMAIL_ADDRESS:k.sasaki@minato-logi.example.jp]]
        時間外労働：3月 96時間、4月 104時間、5月 88時間（勤怠記録より）
        主訴：「夜中に何度も目が覚める」「朝、出社前に動悸がする」。食欲低下、体重 −4kg（2か月）。
        既往：[[HEALTH_CONDITION:気管支喘息]]（小児期）、現在は [[HEALTH_CONDITION:シムビコート]] 頓用のみ。
        所見：抑うつ気分あり、希死念慮は否定。K6 = 15点。
        評価：[[HEALTH_CONDITION:適応障害]]の疑い、[[HEALTH_CONDITION:不眠症]]。
        外部受診：[[DATE:5月27日]]に心療内科（[[PERSON:森田 尚子]] 医師）受診済み、
        [[HEALTH_CONDITION:エスシタロプラム]]（[[HEALTH_CONDITION:レクサプロ]]）10mg、[[HEALTH_CONDITION:ゾルピデム]] 5mg 就寝前を処方されている。
        就業上の措置（意見）：
        　1. 時間外労働を月20時間以内に制限、深夜帯の配車当番を免除（[[DATE:2024年6月10日]]から3か月）
        　2. 7月上旬に再面談。主治医の意見書を本人経由で取得する。
        　3. 上長との調整面談には労働組合執行委員 [[PERSON:大野 隆]]（組合員番号 [[MEMBER_NUMBER:UA-22-04519]]）の同席を本人が希望。
        産業医：[[PERSON:石川 玲子]]（医籍登録番号 [[EMPLOYEE_NUMBER:第498217号]]）　記録者：保健師 [[PERSON:中村 あゆみ]]
        """#,
        #"""
        ESIC DISPENSARY - TIRUPPUR (ANUPPARPALAYAM)  |  PHARMACY DISPENSING RECORD / மருந்து வழங்கல் பதிவு
        Date: [[DATE:08-07-2024]]      OP Slip No: [[MEDICAL_RECORD_NUMBER:OP/TPR-2/24/19835]]
        Insured Person: [[PERSON:Murugesan Selvaraj]] / [[PERSON:முருகேசன் செல்வராஜ்]]   Age/Sex: 41/M
        ESIC IP No.: [[MEDICAL_RECORD_NUMBER:5102 4418 73]]   UAN (EPF): [[MEMBER_NUMBER:100 874 331 256]]
        Aadhaar: [[NATIONAL_ID:4821 7730 9165]] (seen, not copied to file)   DOB: [[DATE_OF_BIRTH:15-06-1983]]
        Address: [[STREET_ADDRESS:No. 27/3, Kamaraj Nagar 2nd Street, Anupparpalayam Pudur, Tiruppur - 641652, Tamil Nadu]]
        Mobile: [[PHONE_NUMBER:+91 94431 70286]]
        Employer: Sri Vinayaka Knit Processors - dyeing unit, Token No. [[EMPLOYEE_NUMBER:SVK/D/0412]]
        Prescriber: Dr [[PERSON:R. Kavitha]], IMO Gr. II (TNMC Reg. [[EMPLOYEE_NUMBER:88217]])
        Diagnosis on slip: [[HEALTH_CONDITION:occupational asthma]] ? dye/cotton dust; [[HEALTH_CONDITION:acute bronchitis]]; [[HEALTH_CONDITION:hand eczema]]
        Items dispensed:
          1. [[HEALTH_CONDITION:Salbutamol]] MDI 100 mcg - 1 inhaler - 2 puffs SOS
          2. [[HEALTH_CONDITION:Budesonide]] 200 mcg MDI + spacer - 2 puffs BD
          3. [[HEALTH_CONDITION:Amoxicillin]] 500 mg - 15 caps - TDS x 5 days
          4. [[HEALTH_CONDITION:Cetirizine]] 10 mg - 10 tabs - HS
          5. [[HEALTH_CONDITION:Betamethasone]] 0.1% cream - 1 tube - thin layer BD x 10 days
          6. [[HEALTH_CONDITION:Montelukast]] 10 mg - NOT IN STOCK - indent raised; patient bought outside
             (receipt Rs 186, paid by card [[CREDIT_CARD:4539 6639 2332 1464]], claim for reimbursement via branch office)
        Counselling (Tamil): inhaler technique shown; "மூச்சுத் திணறல் அதிகமானால் உடனே வரவும்".
        Medical certificate (Form 8) for 5 days' sickness benefit: [[DATE:08-07-2024]] to [[DATE:12-07-2024]].
        Referred to ESIC Hospital Tiruppur chest OPD on [[DATE:15-07-2024]] for spirometry.
        Wife [[PERSON:S. Lakshmi]] collected items on his behalf - ph [[PHONE_NUMBER:+91 98946 20137]].
        Pharmacist: [[PERSON:K. Anbarasan]], TNPC Reg. No. [[EMPLOYEE_NUMBER:TN/PH/31874]]   Signature: ________
        """#,
        #"""
        BOJANALA DISTRICT HOSPITAL, RUSTENBURG - CASUALTY / EMERGENCY UNIT
        Patient: [[PERSON:Tshepo Lucas Mokoena]]   ID no: [[NATIONAL_ID:880314 5721 089]]   DOB: [[DATE_OF_BIRTH:14 March 1988]]
        Hospital no: [[MEDICAL_RECORD_NUMBER:BDH 0418-2274]]   Medical aid: Bonitas, member no. [[MEMBER_NUMBER:BON 118 552 903]]
        Address: [[STREET_ADDRESS:Stand 2214, Extension 5, Boitekong, Rustenburg, 0300]]   Cell: [[PHONE_NUMBER:072 418 3305]]
        NOK: [[PERSON:Dimakatso Mokoena]] (wife) [[PHONE_NUMBER:083 661 0429]]
        Employer: Marikana Platinum Ltd, Shaft 4 - rock drill operator, company no. [[EMPLOYEE_NUMBER:MP-7721804]]
        Date/time: [[DATE:19/06/2024]] 11:05. Brought by mine ambulance. Shift supervisor [[PERSON:Pieter Labuschagne]] in attendance.
        HPI: caught between scraper winch rope and hanging wall at 09:30, ~1 h underground before surfacing.
        PMHx: [[HEALTH_CONDITION:HIV]] on [[HEALTH_CONDITION:TLD]] ([[HEALTH_CONDITION:tenofovir/lamivudine/dolutegravir]]), last VL suppressed;
        previous [[HEALTH_CONDITION:pulmonary TB]] 2019 (completed). Silica exposure 12 years.
        O/E: GCS 15, BP 104/62, HR 118. R lower leg deformed, skin intact, compartments soft. Chest: bruising R lat.
        Imaging: [[HEALTH_CONDITION:closed fracture right tibia and fibula (midshaft)]]; [[HEALTH_CONDITION:fractured right 7th and 8th ribs]], no pneumothorax.
        CXR incidental: nodular changes ?[[HEALTH_CONDITION:silicosis]] - for follow up at MBOD clinic.
        Rx: [[HEALTH_CONDITION:morphine]] 4 mg IV x2, [[HEALTH_CONDITION:tramadol]] 50 mg PO, IV fluids 1 L, long-leg POP backslab.
        Admit ortho (Dr [[PERSON:N. Ramaphosa-Khumalo]]) for IMN on [[DATE:20/06/2024]].
        COIDA: WCL.2 employer's report received; Rand Mutual claim ref [[MEDICAL_RECORD_NUMBER:RMA/24/0633918]]; First Medical Report W.CL.4 done.
        NUM shaft steward [[PERSON:Sipho Dlamini]] ([[PHONE_NUMBER:079 552 1187]]) asked about the accident report - told to get consent from patient.
        Patient (Setswana): "Ke kopa o leletse mosadi wa me." - wife phoned by sister [[PERSON:Grace Molefe]] at 11:40.
        Doctor: Dr [[PERSON:Anneke Swanepoel]], HPCSA MP [[EMPLOYEE_NUMBER:0794312]]   Signed [[DATE:19/06/2024]] 12:10
        """#,
        #"""
        INSTITUTO MEXICANO DEL SEGURO SOCIAL - HGZ No. 47, Urgencias / Servicio de Salud en el Trabajo
        ST-7 AVISO DE ATENCIÓN MÉDICA INICIAL Y CALIFICACIÓN DE PROBABLE ACCIDENTE DE TRABAJO
        Nombre del trabajador: [[PERSON:Jesús Alberto Hernández López]]
        NSS: [[NATIONAL_ID:12 84 90 1573 6]]   CURP: [[NATIONAL_ID:HELJ900415HDFRPS08]]   Fecha de nac.: [[DATE_OF_BIRTH:15/04/1990]]
        Domicilio: [[STREET_ADDRESS:Calle Oriente 172 No. 318, Col. Moctezuma 2a Sección, Venustiano Carranza, C.P. 15530, Ciudad de México]]
        Tel.: [[PHONE_NUMBER:55 4127 8830]]   Expediente: [[MEDICAL_RECORD_NUMBER:HGZ47-URG-24-07712]]
        Empresa: Troqueles y Estampados del Valle, S.A. de C.V. - operador de prensa, núm. de empleado [[EMPLOYEE_NUMBER:04417]]
        Fecha y hora del accidente: [[DATE:3 de julio de 2024]], 07:50 h   Atención inicial: [[DATE:03/07/2024]], 08:40 h
        Descripción (dicho del trabajador): "la prensa bajó sin que yo quitara la mano, el sensor estaba puenteado desde hace semanas".
        Testigo: [[PERSON:Ramón Ortiz Cuevas]], compañero de línea, tel. [[PHONE_NUMBER:55 3390 1462]].
        Exploración: [[HEALTH_CONDITION:amputación traumática de falange distal del dedo índice izquierdo]];
        [[HEALTH_CONDITION:herida por aplastamiento en dedo medio izquierdo]] con [[HEALTH_CONDITION:lesión del tendón extensor]].
        Antecedentes: [[HEALTH_CONDITION:asma]] controlada; alérgico a [[HEALTH_CONDITION:penicilina]].
        Tratamiento: regularización de muñón, tenorrafia; [[HEALTH_CONDITION:ketorolaco]] 30 mg IV, [[HEALTH_CONDITION:clindamicina]] 600 mg IV,
        [[HEALTH_CONDITION:toxoide tetánico]] 0.5 ml IM. Alta con [[HEALTH_CONDITION:paracetamol]] 500 mg c/8 h y [[HEALTH_CONDITION:clindamicina]] 300 mg c/6 h x 7 días.
        Incapacidad temporal (ST-2 / certificado de incapacidad): serie [[MEDICAL_RECORD_NUMBER:ZX 418837]], 21 días, del [[DATE:03/07/2024]] al [[DATE:23/07/2024]].
        Calificación: SÍ de trabajo (probable). Se notifica a la delegada sindical [[PERSON:Maricela Gutiérrez Bravo]] (Sección 12,
        credencial [[MEMBER_NUMBER:SNTMM-12-0887]]) a petición del trabajador.
        Contacto familiar: [[PERSON:Lucía López Sandoval]] (madre), [[PHONE_NUMBER:55 2218 0953]].
        Médico de urgencias: Dr. [[PERSON:Iván Salgado Rivas]], matrícula IMSS [[EMPLOYEE_NUMBER:99184427]], céd. prof. [[EMPLOYEE_NUMBER:7341182]]
        Médico de Salud en el Trabajo: Dra. [[PERSON:Claudia Ríos Medina]] - revisión [[DATE:10/07/2024]]
        """#,
        #"""
        SERVICE DE PRÉVENTION ET DE SANTÉ AU TRAVAIL INTERENTREPRISES - MÉTROPOLE LILLOISE
        FICHE DE VISITE - VISITE DE PRÉ-REPRISE (art. R. 4624-29 C. trav.)
        Salariée : Mme [[PERSON:Nadia Belkacem-Roussel]]   Née le : [[DATE_OF_BIRTH:12/07/1986]]
        N° de sécurité sociale : [[NATIONAL_ID:2 86 07 59 350 214 78]]   Dossier médical SPST : [[MEDICAL_RECORD_NUMBER:DMST-59-0044812]]
        Adresse : [[STREET_ADDRESS:12 bis rue des Tanneurs, Appt 4, 59000 Lille]]   Tél. : [[PHONE_NUMBER:06 39 98 41 27]]
        Employeur : Nordis Centre d'Appels SAS - téléconseillère, matricule [[EMPLOYEE_NUMBER:NCA-004718]]
        Date de la visite : [[DATE:17 juin 2024]]   Arrêt de travail en cours depuis le [[DATE:4 mars 2024]]
        Motif de l'arrêt (déclaré par la salariée, qui autorise sa mention) : [[HEALTH_CONDITION:syndrome d'épuisement professionnel]]
        avec [[HEALTH_CONDITION:trouble anxio-dépressif]] ; suivi par Dr [[PERSON:Hélène Vasseur]], psychiatre.
        Traitement : [[HEALTH_CONDITION:sertraline]] 100 mg/j, [[HEALTH_CONDITION:hydroxyzine]] 25 mg le soir si besoin.
        Antécédents : [[HEALTH_CONDITION:hernie discale L4-L5]] opérée en 2017 ; [[HEALTH_CONDITION:acouphènes]] bilatéraux (casque).
        Ressenti : « je ne peux plus entendre la sonnerie du casque sans avoir des palpitations ».
        Conclusions et préconisations (transmises à l'employeur sans diagnostic) :
         - reprise envisageable en temps partiel thérapeutique 50 % à compter du [[DATE:1er juillet 2024]] ;
         - affectation hors plateau d'appels entrants (back-office, traitement des courriels) pendant 3 mois ;
         - pas d'objectifs chiffrés individuels (DMT/AHT) pendant la reprise ; référent : M. [[PERSON:Julien Carpentier]], RH.
        Étude de poste programmée le [[DATE:25/06/2024]] avec l'ergonome [[PERSON:Sophie Delattre]].
        Mutuelle d'entreprise (info salariée pour prise en charge psychologue) : adhérente n° [[MEMBER_NUMBER:MHN 0071 3352 08]]
        Représentante CSE / déléguée syndicale SUD présente à la demande de la salariée : Mme [[PERSON:Karima Haddad]].
        Contact de la salariée par courriel : [[EMAIL_ADDRESS:nadia.belkacem86@courriel.example.fr]]
        Médecin du travail : Dr [[PERSON:Bertrand Lefebvre]] - RPPS [[EMPLOYEE_NUMBER:10101877432]]   Infirmière : [[PERSON:Claire Dumont]]
        Prochaine visite de reprise : [[DATE:01/07/2024]] à 9 h 15 - [[PHONE_NUMBER:01 99 00 27 43]] (ligne directe du Dr Lefebvre)
        """#,
        #"""
        ZIWA FLOWERS LTD - STAFF CLINIC & PHARMACY, NAIVASHA (South Lake Road)
        Dispensing register / Treatment card   Clinic no: [[MEDICAL_RECORD_NUMBER:ZF-CL-24-3310]]
        Date: [[DATE:12/08/2024]]   Time: 14:35
        Name: [[PERSON:Wanjiru Mary Kamau]]   ID No: [[NATIONAL_ID:28814403]]   DOB: [[DATE_OF_BIRTH:03/05/1993]]
        Staff no: [[EMPLOYEE_NUMBER:ZF/GH7/1187]] (Greenhouse 7, harvesting)   SHA member no: [[MEMBER_NUMBER:SHA-2024-0087-44192]]
        Address: [[STREET_ADDRESS:P.O. Box 1123-20117, Naivasha]], plot at Karagita estate   Tel: [[PHONE_NUMBER:0712 448 390]]
        Complaint: "nilikuwa nanyunyizia dawa, macho yanawasha na kichwa kinaniuma, nikatapika mara mbili."
        Sprayed in GH7 at 11:00 - re-entry interval not observed (per supervisor [[PERSON:Joseph Otieno]]).
        Findings: pinpoint pupils, excess salivation, HR 58, mild wheeze. Skin: erythema both forearms.
        Assessment: [[HEALTH_CONDITION:acute organophosphate poisoning (mild)]]; [[HEALTH_CONDITION:irritant contact dermatitis]]; also [[HEALTH_CONDITION:pregnancy]] at 22/40.
        Given: [[HEALTH_CONDITION:atropine]] 0.6 mg IV stat (x2); decontamination; O2 via nasal prongs.
        Referred by ambulance to Naivasha County Referral Hospital - note & empty container label sent.
        Dispensed at discharge from clinic (after return [[DATE:13/08/2024]]):
          [[HEALTH_CONDITION:Hydrocortisone]] 1% cream 15 g - apply BD x 7/7
          [[HEALTH_CONDITION:Chlorphenamine]] 4 mg - 1 tab nocte x 5/7 (safe in pregnancy - checked)
          [[HEALTH_CONDITION:Ferrous sulphate]] + [[HEALTH_CONDITION:folic acid]] - continue ANC supply
        Sick off: 7 days, [[DATE:12/08/2024]] - [[DATE:18/08/2024]]. Cholinesterase level to be repeated [[DATE:19/08/2024]].
        Work restriction: NO spraying / greenhouse re-entry during pregnancy - move to packhouse grading (per policy & KPAWU CBA).
        Shop steward informed with her consent: [[PERSON:Peter Njoroge Mwangi]] (KPAWU no. [[MEMBER_NUMBER:KPAWU/NKR/06631]]), [[PHONE_NUMBER:0722 905 116]].
        Husband: [[PERSON:Samuel Kariuki]] [[PHONE_NUMBER:0733 180 274]].
        Clinical officer: [[PERSON:Faith Chebet]] (COC reg. [[EMPLOYEE_NUMBER:RCO-12774]])   Pharm. tech: [[PERSON:Brian Ouma]] (PPB [[EMPLOYEE_NUMBER:PPB/PT/04418]])
        """#,
        #"""
        ORZECZENIE LEKARSKIE nr [[MEDICAL_RECORD_NUMBER:MP/1187/2024]]
        wydane w wyniku badania lekarskiego - profilaktyczne badanie okresowe (art. 229 § 2 Kodeksu pracy)
        Pracodawca: Bałtyk Logistyka Sp. z o.o., Centrum Dystrybucyjne Pruszcz Gdański
        Pan [[PERSON:Krzysztof Wiśniewski]]   PESEL: [[NATIONAL_ID:91041703157]]   data ur.: [[DATE_OF_BIRTH:17.04.1991]]
        zamieszkały: [[STREET_ADDRESS:ul. Długa 14 m. 3, 80-827 Gdańsk]]   tel. [[PHONE_NUMBER:+48 601 774 238]]
        nr ewid. pracownika: [[EMPLOYEE_NUMBER:BL-PG-02981]]   stanowisko: operator wózka widłowego (UDT), praca zmianowa
        Karta badania profilaktycznego: [[MEDICAL_RECORD_NUMBER:KBP-2024-06612]]   data badania: [[DATE:9 lipca 2024]]
        Wywiad (poufne, nie przekazywane pracodawcy): [[HEALTH_CONDITION:cukrzyca typu 1]] od 2009 r., pompa insulinowa;
        [[HEALTH_CONDITION:insulina aspart]] ([[HEALTH_CONDITION:NovoRapid]]) w pompie; epizod [[HEALTH_CONDITION:ciężkiej hipoglikemii]] w [[DATE:marcu 2024]]
        (utrata przytomności na nocnej zmianie, wezwane pogotowie - relacja kierownika zmiany p. [[PERSON:Adama Kaczmarka]]).
        Konsultacja diabetologiczna: dr [[PERSON:Ewa Zawadzka]], [[DATE:02.07.2024]] - zmiana ustawień pompy, sensor CGM z alarmem.
        Badanie: RR 128/82, ostrość wzroku OP 1,0 OL 1,0; [[HEALTH_CONDITION:retinopatia cukrzycowa]] nieobecna (okulista [[DATE:20.06.2024]]).
        Na podstawie badania orzekam, że wobec w/w pracownika:
          [x] brak przeciwwskazań zdrowotnych do wykonywania pracy na określonym stanowisku, z ograniczeniem:
              praca wyłącznie na zmianach I i II (bez zmiany nocnej), obowiązkowe noszenie CGM z alarmem, przerwa na posiłek.
        Termin następnego badania: [[DATE:07.2025]] (skrócony do 12 mies.).
        Pouczenie: od orzeczenia przysługuje odwołanie w terminie 7 dni do WOMP w Gdańsku.
        Pracownik prosi o przekazanie kopii przedstawicielowi NSZZ "Solidarność" - p. [[PERSON:Marta Lewandowska]],
        legitymacja członkowska nr [[MEMBER_NUMBER:SOL-GD-114572]], [[EMAIL_ADDRESS:m.lewandowska@solidarnosc-bl.example.pl]].
        Lekarz przeprowadzający badanie: lek. [[PERSON:Tomasz Grabowski]], specjalista medycyny pracy, PWZ [[EMPLOYEE_NUMBER:3471829]]
        Gdańsk, [[DATE:9 lipca 2024]]   Odebrałem [[DATE:09.07.2024]] - podpis pracownika: [[PERSON:K. Wiśniewski]]
        """#,
        #"""
        근로복지공단 안산병원 재활의학과 - 물리치료 경과기록지 (산재)
        환자명: [[PERSON:김도윤]] (KIM DO-YUN)   환자번호: [[MEDICAL_RECORD_NUMBER:24-0318874]]
        주민등록번호: [[NATIONAL_ID:850412-1725319]]   생년월일: [[DATE_OF_BIRTH:1985.04.12]]
        산재 재해자번호: [[MEDICAL_RECORD_NUMBER:2024-0412-88371]]   사업장: (주)대성정밀 반월공장 - 사번 [[EMPLOYEE_NUMBER:DS-110482]]
        주소: [[STREET_ADDRESS:(15588) 경기도 안산시 상록구 본오로 112, 203동 1504호]]
        연락처: [[PHONE_NUMBER:010-4823-7716]]   보호자: 배우자 [[PERSON:이수진]] [[PHONE_NUMBER:010-2291-5047]]
        재해일: [[DATE:2024년 3월 28일]]   치료 시작: [[DATE:2024년 5월 2일]]   본 기록: [[DATE:2024.06.20]] (20회차)
        진단명: [[HEALTH_CONDITION:우측 회전근개 부분파열]] (극상근), [[HEALTH_CONDITION:우측 어깨충돌증후군]]
          - 반복적 머리 위 작업(금형 교체, 하루 약 60회)로 인한 업무상 질병 승인 ([[DATE:2024.04.26]])
        투약(주치의 [[PERSON:박정훈]] 교수): [[HEALTH_CONDITION:세레콕시브]] 200mg 1일 1회, [[HEALTH_CONDITION:트라마돌]] 37.5mg/[[HEALTH_CONDITION:아세트아미노펜]] 325mg 필요시
        기타: [[HEALTH_CONDITION:고혈압]] ([[HEALTH_CONDITION:암로디핀]] 5mg 복용 중), 수면 중 통증으로 [[HEALTH_CONDITION:불면]] 호소
        S) "밤에 돌아눕기가 조금 편해졌어요. 선반 위 물건 꺼내는 건 아직 아파요."
        O) AROM 굴곡 150° (지난주 135°), 외전 140°, 외회전 60°. NRS 7 → 4. Hawkins (+), Empty can (+/-).
        A) 통증 및 가동범위 호전. 근력 약화 지속 (외회전 4-/5).
        P) 견갑 안정화 운동, 고무밴드 외회전 강화, ESWT 주 1회 × 4회 추가, 도수치료. 재평가 [[DATE:2024.07.18]].
        직장 복귀: 팔을 어깨 높이 위로 드는 작업 제한, 5kg 이상 중량물 취급 금지 권고 (4주).
          → 노동조합 산업안전부장 [[PERSON:정민호]] 님께 본인 동의 하에 권고사항 전달 ([[EMAIL_ADDRESS:mh.jung@dsunion.example.kr]])
        물리치료사: [[PERSON:한지은]] (면허번호 [[EMPLOYEE_NUMBER:제74219호]])   확인: 재활의학과 전문의 [[PERSON:오세영]]
        """#,
        #"""
        MUTUAL DE SEGURIDAD C.CH.C. - Agencia Puente Alto | Unidad de Salud Mental Laboral
        EVALUACIÓN PSICOLÓGICA - PROTOCOLO DE VIGILANCIA DE RIESGOS PSICOSOCIALES / DIEP
        Paciente: [[PERSON:Carolina Andrea Muñoz Tapia]]   RUT: [[NATIONAL_ID:15.482.736-6]]   Fecha nac.: [[DATE_OF_BIRTH:22-10-1983]]
        Ficha clínica: [[MEDICAL_RECORD_NUMBER:MS-PA-0094417]]   Siniestro N°: [[MEDICAL_RECORD_NUMBER:2024-1187342]]
        Domicilio: [[STREET_ADDRESS:Pasaje Los Aromos 2345, Villa Las Flores, Puente Alto, Región Metropolitana]]
        Celular: [[PHONE_NUMBER:+56 9 6418 2730]]   Correo: [[EMAIL_ADDRESS:caro.munoz.tapia@correo.example.cl]]
        Empleador: Supermercados Cordillera S.A., cajera - N° trabajador [[EMPLOYEE_NUMBER:SC-338120]]; jefa directa: Sra. [[PERSON:Patricia Oyarzún]]
        Fecha de evaluación: [[DATE:15 de julio de 2024]] (2ª sesión; 1ª el [[DATE:08/07/2024]])
        Motivo: DIEP presentada el [[DATE:01/07/2024]] por la trabajadora, acompañada de la dirigente sindical [[PERSON:Yasna Fuentes]]
        (Sindicato N°2, socia N° [[MEMBER_NUMBER:S2-01488]]). Relata hostigamiento reiterado por supervisor desde [[DATE:enero de 2024]].
        Relato: "me gritaba delante de los clientes, me contaba los minutos en el baño... ya no duermo, lloro antes de entrar".
        Antecedentes: [[HEALTH_CONDITION:hipotiroidismo]] ([[HEALTH_CONDITION:levotiroxina]] 50 mcg); sin hospitalizaciones psiquiátricas.
        Aplicación de instrumentos: BDI-II 31 (severo), BAI 27, GHQ-12 9/12.
        Impresión diagnóstica: [[HEALTH_CONDITION:trastorno adaptativo mixto con ansiedad y ánimo depresivo]] (F43.22);
        descartar [[HEALTH_CONDITION:episodio depresivo moderado]]. Riesgo suicida: bajo (sin plan ni intentos).
        Indicaciones del psiquiatra Dr. [[PERSON:Rodrigo Pizarro]] ([[DATE:10/07/2024]]): [[HEALTH_CONDITION:sertralina]] 50 mg/día,
        [[HEALTH_CONDITION:clonazepam]] 0,5 mg noche por 2 semanas. Reposo laboral (licencia tipo 6) hasta el [[DATE:31/07/2024]].
        Plan: psicoterapia semanal; evaluación de puesto de trabajo (EPT) por la Mutual; resolución de calificación por comité.
        Contacto de emergencia: [[PERSON:Luis Muñoz Rojas]] (padre) [[PHONE_NUMBER:+56 9 7320 5581]].
        Psicóloga: [[PERSON:Francisca Valdebenito Soto]] - Reg. Superintendencia de Salud N° [[EMPLOYEE_NUMBER:284517]]
        """#,
        #"""
        Te Whatu Ora - Lakes | Rotorua Hospital Emergency Department - ED Clinical Record & Discharge
        Patient: [[PERSON:Wiremu Tane Ngata]]   NHI: [[MEDICAL_RECORD_NUMBER:ZKM4621]]   DOB: [[DATE_OF_BIRTH:09/01/1981]]
        Address: [[STREET_ADDRESS:37 Rata Street, Murupara 3025]]   Ph: [[PHONE_NUMBER:021 044 7318]]
        Next of kin: [[PERSON:Hine Ngata]] (partner) [[PHONE_NUMBER:027 510 6624]]
        Arrived [[DATE:26/07/2024]] 13:20 via Westpac helicopter from Kaingaroa Forest skid site (Block 114).
        Occupation: tree feller, Pūtaiao Forestry Crew 3. Crew boss [[PERSON:Dion Rewiti]] [[PHONE_NUMBER:022 318 9047]].
        Mechanism: chainsaw kickback while delimbing; chaps worn but cut through at knee.
        PMH: [[HEALTH_CONDITION:type 2 diabetes]] on [[HEALTH_CONDITION:metformin]] 1 g BD; [[HEALTH_CONDITION:gout]] on [[HEALTH_CONDITION:allopurinol]] 300 mg; smoker 15/day.
        Exam: 9 cm ragged [[HEALTH_CONDITION:laceration left knee]] with [[HEALTH_CONDITION:partial patellar tendon laceration]]; NV intact.
        Also [[HEALTH_CONDITION:left ankle sprain]] from stumble. BSL 14.2.
        Treatment: [[HEALTH_CONDITION:fentanyl]] 50 mcg IN x2, [[HEALTH_CONDITION:cefazolin]] 2 g IV, [[HEALTH_CONDITION:Boostrix]] (tetanus) given,
        washout and repair in theatre by ortho registrar Dr [[PERSON:Amelia Fraser]] [[DATE:26/07/2024]] 17:40.
        Discharged [[DATE:28/07/2024]]: hinged knee brace locked 0-30°, crutches.
        Discharge meds: [[HEALTH_CONDITION:flucloxacillin]] 500 mg QID 5 days, [[HEALTH_CONDITION:paracetamol]] 1 g QID, [[HEALTH_CONDITION:oxycodone]] 5 mg PRN (10 caps).
        ACC45 lodged - claim no. [[MEDICAL_RECORD_NUMBER:10048372215]]; ACC18 medical certificate: fully unfit [[DATE:26/07/2024]] to [[DATE:23/08/2024]].
        IRD no. (for weekly compensation, given by patient): [[NATIONAL_ID:118-402-937]]   Employer ID for payroll: [[EMPLOYEE_NUMBER:PTF-0092]]
        FIRST Union organiser [[PERSON:Mere Tūhoe-Walker]] asked re WorkSafe notification - patient consented to her being told injury type only.
        Follow-up: fracture clinic [[DATE:5 August 2024]]; GP Dr [[PERSON:S. Patel]] (Murupara Medical) for wound check and diabetes review.
        ED SMO: Dr [[PERSON:Lucy Henare]], MCNZ [[EMPLOYEE_NUMBER:31882]]   Discharging RN: [[PERSON:Jordan Smith-Paewai]]
        """#,
        #"""
        ANTARCTIC STATION MEDICAL RECORD - CASEY STATION (Wilkes Land)          CONFIDENTIAL - MEDICAL IN CONFIDENCE
        Expeditioner: [[PERSON:Callum James Pritchard]]   DOB: [[DATE_OF_BIRTH:30/08/1976]]   Staff/Expeditioner no.: [[EMPLOYEE_NUMBER:AAD-W24-0117]]
        Role: diesel mechanic, winter party 2024.   Station medical file: [[MEDICAL_RECORD_NUMBER:CAS-MED-24-019]]
        Passport: [[NATIONAL_ID:PA8841720]]   Medicare: [[MEDICAL_RECORD_NUMBER:3081 44527 2]]
        Home address: [[STREET_ADDRESS:5 Secheron Road, Battery Point TAS 7004]]
        NOK: [[PERSON:Jessica Pritchard]] (wife) [[PHONE_NUMBER:0491 571 804]], [[EMAIL_ADDRESS:jess.pritchard@mailbox.example.com.au]]
        [[DATE:14 July 2024]] 16:10 - Presented after 3 h field traverse recovering a broken-down Hägglunds at -38 °C, wind 30 kn.
        Complaint: numb, white tips of L 2nd-4th fingers and R big toe; outer mitts lost briefly.
        Assessment: [[HEALTH_CONDITION:superficial frostbite]] L fingers 2-4, [[HEALTH_CONDITION:frostnip]] R hallux; core temp 35.6 °C - [[HEALTH_CONDITION:mild hypothermia]].
        Rx: rapid rewarming 38-39 °C water bath 30 min, [[HEALTH_CONDITION:ibuprofen]] 400 mg TDS, [[HEALTH_CONDITION:silver sulfadiazine]] 1% to blisters,
        [[HEALTH_CONDITION:tetanus-diphtheria vaccine]] (ADT booster) - last dose 2012. No [[HEALTH_CONDITION:alteplase]] indicated.
        [[DATE:16 July 2024]] - clear blisters forming, cap refill good. Off outdoor duties 14 days (SL informed).
        [[DATE:22 July 2024]] - welfare review: reports [[HEALTH_CONDITION:insomnia]], irritability, "everything feels flat since midwinter";
        PHQ-9 14 -> consistent with [[HEALTH_CONDITION:depressive symptoms]] of winter isolation; no suicidal ideation.
        Plan: sleep hygiene, light box 30 min each morning, [[HEALTH_CONDITION:melatonin]] 2 mg nocte; video consult booked with
        Polar Medicine Unit psychologist Dr [[PERSON:Anika Sørensen]] ([[EMAIL_ADDRESS:a.sorensen@polarmed.example.gov.au]]) for [[DATE:25/07/2024]].
        Consent: expeditioner agrees that Station Leader [[PERSON:Rhys Okafor-Bennett]] is told "off outdoor work, medical" only.
        CPSU delegate on station, [[PERSON:Tom Vavasour]] (CPSU member [[MEMBER_NUMBER:CPSU-TAS-208814]]), to attend fitness-for-duty review
        on [[DATE:29/07/2024]] at the expeditioner's request. NOK alternate no.: [[PHONE_NUMBER:(03) 6231 0974]].
        Station MO: Dr [[PERSON:Fiona Gallagher-Kerr]], AHPRA [[EMPLOYEE_NUMBER:MED0001588216]]
        """#,
    ]
    /// A forty-fourth set of everyday texts, written blind to DataGuard's rules.
    static let fortyFourthEveryday: [String] = [
        #"""
        TEAMSTERS LOCAL 7104 - STEP 1 GRIEVANCE FORM                         Grievance #: 2024-0388
        Grievant: [[PERSON:Latoya Denise Whitaker]]          Union member #: [[MEMBER_NUMBER:0710-448213]]
        Employer: Lakeshore Fulfillment LLC (Building CHI-4)  Employee ID: [[EMPLOYEE_NUMBER:LF-1187420]]
        Home address: [[STREET_ADDRESS:2247 W. Cermak Rd, Apt 3R, Chicago, IL 60608]]
        Phone: [[PHONE_NUMBER:(312) 555-0176]]   Personal email: [[EMAIL_ADDRESS:ldwhitaker77@mail.example.com]]
        Date of incident: [[DATE:March 18, 2024]]      Date filed: [[DATE:March 22, 2024]]
        Articles violated: Art. 14 (Discipline - Just Cause), Art. 22 (Leaves of Absence), Art. 31 (Non-Discrimination); ADA; FMLA.
        Statement of grievance:
        On [[DATE:3/18/24]] Sister [[PERSON:Whitaker]] received a final written warning for "excessive points" (9.5) from Operations Manager
        [[PERSON:Kyle Brandt]]. Six of those points were for absences between [[DATE:Feb 5]] and [[DATE:Feb 16, 2024]], which were covered
        by intermittent FMLA certified on [[DATE:01/09/2024]] for her [[HEALTH_CONDITION:type 1 diabetes]] and [[HEALTH_CONDITION:diabetic gastroparesis]].
        Her doctor's note (Dr [[PERSON:Anjali Mehta]], Near West Medical Group) also asked for a reasonable accommodation: two extra
        10-minute breaks per shift to check glucose and take [[HEALTH_CONDITION:insulin lispro]], and a stool at the pack station.
        HR rep [[PERSON:Megan O'Rourke]] replied by email on [[DATE:2/27/2024]] that "the building cannot accommodate extra breaks
        during peak." No interactive process meeting was ever held. Co-worker [[PERSON:Marcus Bell]] (ID [[EMPLOYEE_NUMBER:LF-1190036]]) witnessed
        her being told to "go home if you can't keep rate" on [[DATE:Feb 14]] when she had [[HEALTH_CONDITION:hypoglycemia]].
        Remedy sought: rescind the final warning; remove 6 points; restore 22.5 hrs of unpaid time at $21.40/hr (direct deposit,
        account [[US_BANK_ACCOUNT:4410 2287 6613]], routing 071000013); grant accommodation in writing; make whole in all ways.
        Grievant SSN (last step only, for back-pay processing): [[NATIONAL_ID:531-74-2289]]
        Dues check-off note: grievant's dues were double-charged to card [[CREDIT_CARD:4024 6327 2951 8179]] in February - refund requested separately.
        Steward: [[PERSON:Rosa Elena Castillo]]  [[PHONE_NUMBER:(773) 555-0148]]   Business Agent: [[PERSON:Darnell Hughes]]
        Received by (Employer): ____________________   Date: ____________   Step 1 meeting scheduled: [[DATE:April 2, 2024]] 10:00 AM
        """#,
        #"""
        From: [[PERSON:Siobhán Ní Bhriain]] <[[EMAIL_ADDRESS:siobhan.nibhriain@eircom.example.ie]]>
        To: Payroll & Attendance <payroll@corribfoods.example.ie>
        Cc: [[PERSON:Declan Fahy]] (SIPTU shop steward) <[[EMAIL_ADDRESS:dfahy.siptu@gmail.example.com]]>
        Date: Mon [[DATE:11 Mar 2024]] 08:12
        Subject: Sick cert + query on my February pay - staff no. [[EMPLOYEE_NUMBER:CF-30712]]

        A chara,

        Attaching my cert from Dr [[PERSON:Colm Ó Súilleabháin]] (Claregalway Medical Practice) - off from [[DATE:7 March]] to [[DATE:20 March 2024]]
        with [[HEALTH_CONDITION:labyrinthitis]]. I'm on [[HEALTH_CONDITION:prochlorperazine]] ([[HEALTH_CONDITION:Stemetil]]) and can't drive or stand at the line,
        the dizziness is awful. I also had the two days in Feb for my [[HEALTH_CONDITION:migraine]] which I self-certified.

        Now the pay problem: my payslip for w/e [[DATE:23/02/2024]] shows €0 statutory sick pay and a deduction of €214.60
        marked "absence". Under the Sick Leave Act I'm entitled to SSP for those days (I have well over 13 weeks service).
        Please correct and pay into my account [[IBAN_CODE:IE45 AIBK 9311 5277 0286 76]] as usual.
        My PPSN is [[NATIONAL_ID:7214583QA]] if you need it for the Illness Benefit form with the Department.

        Also, when I come back could I do early shifts only for a fortnight? [[PERSON:Aoife]] in Quality said she'd swap with me.
        [[PERSON:Declan]], can you raise it at the Thursday meeting with [[PERSON:Gerry Kilbane]] if I've no answer by then?

        Go raibh maith agat,
        [[PERSON:Siobhán Ní Bhriain]]
        Line 2 operative · [[STREET_ADDRESS:3 Cnoc na Coille, Baile Chláir, Co. na Gaillimhe H91 X2K7]]
        Mob [[PHONE_NUMBER:087 310 4468]] · SIPTU member no. [[MEMBER_NUMBER:SIP-0448192]]
        """#,
        #"""
        [Viber chat · BPO Workers Union - Eastwood chapter · hotline grievances]
        [[DATE:04/15/2024]]
        [[PERSON:joy ramos]]: hi sir [[PERSON:ren]], ask ko lang po about my SSS sickness benefit, di pa rin na-reimburse ng company 😢
        [[PERSON:ren delos santos]] (union rep): hello [[PERSON:joy]]! sige po, pa-send ng details para ma-follow up ko kay HR
        [[PERSON:joy ramos]]: full name [[PERSON:Joy Anne Ramos]], emp id [[EMPLOYEE_NUMBER:TSI-2019-08831]], team ni sir [[PERSON:Paolo]] (acct: telco inbound) · SSS no [[NATIONAL_ID:34-5718902-6]] · philhealth [[MEMBER_NUMBER:12-025517843-9]]
        [[PERSON:joy ramos]]: na-confine ako [[DATE:march 2]] to [[DATE:march 8]] sa Quirino Memorial, [[HEALTH_CONDITION:dengue]] po with [[HEALTH_CONDITION:low platelets]]. tapos after nun nagka [[HEALTH_CONDITION:UTI]] pa, niresetahan ng [[HEALTH_CONDITION:nitrofurantoin]] hahaha grabe
        [[PERSON:ren delos santos]] (union rep): ay naku, pagaling ka. nag-file ka ba ng SSS notification within 5 days?
        [[PERSON:joy ramos]]: opo, sent to HR via email [[DATE:march 4]] pa. kay ms. [[PERSON:cathy villanueva]], may reply pa nga sya
        [[PERSON:ren delos santos]] (union rep): ok good. eh ung pay? dapat advance ng employer ung benefit sa payroll
        [[PERSON:joy ramos]]: yun nga po, sa payslip [[DATE:march 31]] naka "LWOP" lahat, minus 9,450 pesos 😭 bdo acct ko [[US_BANK_ACCOUNT:0041 2209 7753]]. tsaka pinapa-fit to work cert pa ako sa company doctor bago bumalik pero wala silang slot till [[DATE:april 22]]
        [[PERSON:ren delos santos]] (union rep): noted. ililista ko sa grievance meeting sa [[DATE:april 18]]. pahingi ng number mo para sa call
        [[PERSON:joy ramos]]: [[PHONE_NUMBER:0917 805 4412]] po, or email [[EMAIL_ADDRESS:joyanne.ramos94@yahoo.example.com]]
        [[PERSON:joy ramos]]: address ko pala if kailangan sa form: [[STREET_ADDRESS:Blk 12 Lot 7 Sampaguita St., Brgy. Bagong Silangan, Quezon City 1119]]
        [[PERSON:ren delos santos]] (union rep): thanks. pag-IBIG MID mo din para sa calamity loan na sinabi mo before
        [[PERSON:joy ramos]]: [[MEMBER_NUMBER:1211-4408-7719]] po. birthday ko [[DATE_OF_BIRTH:nov 3 1994]] in case hanapin
        [[PERSON:ren delos santos]] (union rep): sige 👍 cc ko si atty. [[PERSON:mendoza]] ng federation. update kita tom
        """#,
        #"""
        NATIONAL UNION OF ELECTRICITY EMPLOYEES (NUEE) - IKEJA BRANCH
        Plot 14, Obafemi Awolowo Way, Ikeja, Lagos            Our Ref: NUEE/IKJ/GRV/24/061
        [[DATE:24th June 2024]]

        The Head, Human Resources & Payroll
        Eko Grid Distribution Plc, Lekki Phase 1, Lagos

        Dear Sir/Madam,
        RE: UNLAWFUL SALARY DEDUCTIONS AND NON-PAYMENT OF SICK LEAVE - COMRADE [[PERSON:ADEBAYO OLUWASEUN OKAFOR]]
        (STAFF NO. [[EMPLOYEE_NUMBER:EGD/TS/04417]]; NUEE REG. NO. [[MEMBER_NUMBER:NUEE/LAG/118836]])

        We write on behalf of the above-named member, a Lineman II at Ojodu undertaking, resident at
        [[STREET_ADDRESS:No. 7, Adeyemo Alakija Close, off Isheri Road, Ojodu-Berger, Lagos State]] (GSM: [[PHONE_NUMBER:0803 417 2286]]).
        1. Comrade [[PERSON:Okafor]] was admitted at Lagos State University Teaching Hospital from [[DATE:2nd April 2024]] to [[DATE:19th April 2024]]
           with [[HEALTH_CONDITION:typhoid fever]] complicated by [[HEALTH_CONDITION:intestinal perforation]], and was certified unfit until
           [[DATE:13th May 2024]] by Dr [[PERSON:Chinwe Obi-Eze]] (hospital no. [[MEDICAL_RECORD_NUMBER:LASUTH/24/088137]]). All medical certificates were submitted.
        2. Despite this, his April and May 2024 salaries (₦287,450.00 net monthly) were paid at 50%, and a further ₦61,200 was deducted
           as "unauthorised absence" by the payroll unit under Mr [[PERSON:Kunle Bamidele]].
        3. The CBA (Art. 9.3) provides 12 weeks' sick leave on full pay. The deductions are therefore unlawful.
        4. His pension contributions for the same months were not remitted to his RSA PIN [[MEMBER_NUMBER:PEN100418837265]].
        We demand that the shortfall of ₦348,650.00 be refunded to his salary account, Zenith Bank, NUBAN [[US_BANK_ACCOUNT:2208193746]],
        within 14 days, failing which we shall declare a trade dispute. His NIN [[NATIONAL_ID:48817350294]] is supplied for verification.
        Copy of his discharge summary (diagnosis: [[HEALTH_CONDITION:typhoid ileal perforation]], post-op [[HEALTH_CONDITION:ceftriaxone]] and [[HEALTH_CONDITION:metronidazole]]) is attached.

        Yours in the struggle,
        Comrade [[PERSON:Ifeoma Nwachukwu-Bello]]                Comrade [[PERSON:Musa Abdullahi Garba]]
        Branch Secretary ([[PHONE_NUMBER:0706 551 9023]])      Branch Chairman
        cc: Comrade [[PERSON:A. O. Okafor]] ([[EMAIL_ADDRESS:seun.okafor.lineman@mail.example.ng]])
        """#,
        #"""
        PLAN FÖR ARBETSANPASSNING OCH ÅTERGÅNG I ARBETE
        Medarbetare: [[PERSON:Elin Margareta Sjöberg]]   Personnummer: [[NATIONAL_ID:870923-4283]]   Anst.nr: [[EMPLOYEE_NUMBER:SDV-88214]]
        Arbetsplats: Sundsvalls kommun, Socialförvaltningen - handläggare försörjningsstöd
        Adress: [[STREET_ADDRESS:Storgatan 14 B, lgh 1102, 852 30 Sundsvall]]   Mobil: [[PHONE_NUMBER:070-174 06 52]]
        Närmaste chef: [[PERSON:Anders Nyström]]   HR-partner: [[PERSON:Leila Haddadi]]
        Facklig företrädare (Vision): [[PERSON:Johanna Berglund]], medl.nr [[MEMBER_NUMBER:V-2290417]]
        Företagshälsovård: Avonova, beteendevetare [[PERSON:Mikael Öhman]]
        Avstämningsmöte: [[DATE:2024-04-09]], med Försäkringskassans handläggare [[PERSON:Sara Lindqvist]] (ärende [[MEDICAL_RECORD_NUMBER:FK 24-118407-3]])

        1. Bakgrund (med hennes samtycke): sjukskriven 100 % sedan [[DATE:15 januari 2024]] för [[HEALTH_CONDITION:utmattningssyndrom]].
           Hon har även [[HEALTH_CONDITION:ADHD]], diagnostiserad 2021, och behandlas med [[HEALTH_CONDITION:metylfenidat]] ([[HEALTH_CONDITION:Concerta]] 36 mg).
           Läkarintyg från Dr [[PERSON:Karin Westerlund]], Vårdcentralen Haga, gäller t.o.m. [[DATE:2024-04-30]].
        2. Hennes egna ord: "Det öppna kontorslandskapet och telefontiden gör att jag tappar tråden. Jag vill tillbaka, men i en annan takt."
        3. Anpassningar som arbetsgivaren beviljar:
           - 25 % arbete från [[DATE:2024-05-02]], 50 % från [[DATE:2024-06-03]], 75 % från [[DATE:2024-08-19]]
           - eget rum / tyst arbetsplats, brusreducerande hörlurar (bekostas av arbetsgivaren)
           - ingen telefonjour de första 8 veckorna; ärendemängd max 20 akter
           - skriftliga mötesanteckningar efter varje arbetsmöte; fast veckoavstämning med chef måndagar 09.00
           - ledighet för KBT-behandling hos psykolog, tisdagar varannan vecka
        4. Uppföljning: [[DATE:2024-05-28]] och [[DATE:2024-06-25]]. Ansvarig för planen: [[PERSON:Anders Nyström]].
        [[PERSON:Elin]] önskar att kommunikation sker via privat e-post [[EMAIL_ADDRESS:elin.sjoberg87@post.example.se]] under sjukskrivningen.
        Underskrifter: [[PERSON:E. Sjöberg]] ___  [[PERSON:A. Nyström]] ___  [[PERSON:J. Berglund]] (Vision) ___   Sundsvall [[DATE:9 april 2024]]
        """#,
        #"""
        ACTA DE AUDIENCIA PREVIA - EXPEDIENTE DISCIPLINARIO N.º ED-2024/017
        Empresa: Transportes Urbanos del Turia, S.A. (Valencia) - Departamento de Relaciones Laborales
        Fecha y lugar: [[DATE:18 de abril de 2024]], 11:00 h, sala 2, cocheras de Sant Isidre
        Trabajador expedientado: D. [[PERSON:Vicente Llorens Ferrer]], conductor-perceptor, n.º de empleado [[EMPLOYEE_NUMBER:4417]]
        DNI: [[NATIONAL_ID:48219376Z]]   N.º afiliación Seguridad Social: [[NATIONAL_ID:46/10483377/45]]
        Domicilio: [[STREET_ADDRESS:C/ Pare Porta, 23, pta. 9, 46024 València]]   Tel.: [[PHONE_NUMBER:+34 622 418 903]]
        Asistentes: instructora D.ª [[PERSON:Amparo Soler Martí]]; secretario D. [[PERSON:Iván Ortega Ruiz]];
        delegada sindical CCOO D.ª [[PERSON:Rosa María Gimeno Vidal]] (afiliada n.º [[MEMBER_NUMBER:CCOO-PV-0774412]]); comité de empresa: D. [[PERSON:Kamal Bennani]].
        Hechos imputados: el [[DATE:2 de abril de 2024]], en la línea 19, el conductor detuvo el servicio 25 min sin aviso y
        se negó a realizar control de alcoholemia (resultado posterior en Policía Local: negativo).
        Manifestaciones del trabajador (literal): "Me mareé, vi borroso y paré para no matar a nadie. No tomé nada.
        Llevo desde febrero con la medicación nueva y lo avisé al mando."
        Aporta informe del Dr. [[PERSON:Salvador Esteve]], Centro de Salud Malva-rosa (SIP [[MEDICAL_RECORD_NUMBER:1489 2207 44]]), de [[DATE:05/02/2024]]:
        [[HEALTH_CONDITION:diabetes mellitus tipo 2]] con inicio de [[HEALTH_CONDITION:gliclazida]] y episodios de [[HEALTH_CONDITION:hipoglucemia]];
        además [[HEALTH_CONDITION:apnea obstructiva del sueño]] pendiente de CPAP.
        La delegada alega que el mando intermedio, D. [[PERSON:José Antonio Pastor]], recibió el aviso por WhatsApp el [[DATE:14/02/2024]]
        y no se solicitó valoración al servicio de prevención. Pide archivo del expediente y adaptación temporal del puesto
        (taquilla o tráfico) hasta revisión por el médico del trabajo.
        La instructora acuerda: suspender la propuesta de sanción (falta muy grave, 20 días de empleo y sueldo) y remitir a
        vigilancia de la salud; si hubiera sanción, no se descontará de la nómina de abril (cuenta [[IBAN_CODE:ES49 2100 0418 4588 4111 4728]]).
        Se entrega copia al interesado. Firmas: [[PERSON:V. Llorens]] · [[PERSON:A. Soler]] · [[PERSON:R. M. Gimeno]] · [[PERSON:I. Ortega]]
        """#,
        #"""
        [WhatsApp · Delegados SMATA planta Pacheco 🔧]
        — miércoles [[DATE:22 de mayo de 2024]] —
        07:58 - [[PERSON:Nico Ferreyra]]: buen día compañeros. el pibe de pintura que se lastimó ayer es [[PERSON:Matías Giménez]], legajo [[EMPLOYEE_NUMBER:58841]]
        08:01 - [[PERSON:Marce Quiroga]]: q le pasó? lo vi salir en la ambulancia de la ART
        08:03 - [[PERSON:Nico Ferreyra]]: levantó un paragolpes solo porque no había nadie en el puesto, [[HEALTH_CONDITION:hernia de disco]] L4-L5 dice la resonancia
        08:03 - [[PERSON:Nico Ferreyra]]: y encima ya venía con [[HEALTH_CONDITION:lumbalgia]] de marzo, tomaba [[HEALTH_CONDITION:diclofenac]] con [[HEALTH_CONDITION:pregabalina]]
        08:06 - [[PERSON:Gustavo "Tano" Russo]]: exacto. hay que hacer la denuncia nosotros. pasame los datos y la cargo hoy
        08:10 - [[PERSON:Nico Ferreyra]]: dni [[NATIONAL_ID:31.457.893]] cuil [[NATIONAL_ID:20-31457893-8]] nacido [[DATE_OF_BIRTH:09/11/1985]]
        08:10 - [[PERSON:Nico Ferreyra]]: vive en [[STREET_ADDRESS:Av. Hipólito Yrigoyen 2280, dpto 4, B1617 General Pacheco, Tigre, Bs. As.]]
        08:11 - [[PERSON:Nico Ferreyra]]: cel [[PHONE_NUMBER:11 5384-2197]]. la mujer [[PERSON:Romina]] [[PHONE_NUMBER:11 6021-7745]]
        08:20 - [[PERSON:Nico Ferreyra]]: nro de siniestro [[MEDICAL_RECORD_NUMBER:ART-2024-1188437]] en Prevención ART. el médico de la clínica es el dr [[PERSON:Sosa]]
        08:22 - [[PERSON:Marce Quiroga]]: otra cosa: en el recibo de abril le descontaron el presentismo por el día de la [[HEALTH_CONDITION:lumbalgia]] 🤬
        08:23 - [[PERSON:Marce Quiroga]]: le depositaron en la cbu [[US_BANK_ACCOUNT:0110599500000418832714]], le faltan como 48 lucas
        08:25 - [[PERSON:Gustavo "Tano" Russo]]: lo llevamos a la reunión con RRHH el jueves [[DATE:30/5]]. que lo vea la dra [[PERSON:Paula Iturbe]] del gremio antes
        08:26 - [[PERSON:Nico Ferreyra]]: dale. afiliado nro [[MEMBER_NUMBER:SM-0883412]] por si piden en la obra social
        08:31 - [[PERSON:Marce Quiroga]]: 👍 y que no firme nada q le de el supervisor [[PERSON:Benítez]]
        """#,
        #"""
        Van: [[PERSON:Fatima el Amrani]] <[[EMAIL_ADDRESS:f.elamrani@kpnmail.example.nl]]>
        Aan: verzuimloket@zorggroepvecht.example.nl
        Cc: [[PERSON:Ruud Hoekstra]] (FNV kaderlid) <[[EMAIL_ADDRESS:r.hoekstra@fnv-kader.example.nl]]>
        Datum: maandag [[DATE:3 juni 2024]] 21:47
        Onderwerp: Ziekmelding + reactie op gespreksverslag - personeelsnr. [[EMPLOYEE_NUMBER:ZGV-102847]]

        Beste [[PERSON:Marloes]],

        Hierbij meld ik me per [[DATE:4 juni 2024]] opnieuw ziek. Na het gesprek met de bedrijfsarts (dr. [[PERSON:P. Verbeek]], [[DATE:28 mei]]) was het
        advies om op te bouwen naar 3 x 4 uur, maar na twee diensten op de gesloten afdeling zat ik weer thuis met hartkloppingen.
        Ik vertel het zelf, omdat in jullie verslag staat dat ik "niet meewerk": ik heb een [[HEALTH_CONDITION:burn-out]] en sinds april ook een
        [[HEALTH_CONDITION:posttraumatische stressstoornis]] na het incident met de cliënt op [[DATE:12 maart]]. Ik gebruik [[HEALTH_CONDITION:paroxetine]] 20 mg
        en heb EMDR bij de GGZ (dossiernr. [[MEDICAL_RECORD_NUMBER:GGZ-UT-2024-77130]]).
        Wat ik vraag als redelijke aanpassing (Wet verbetering poortwachter, plan van aanpak):
         - re-integratie op een open woongroep of in de dagbesteding, niet op De Linde;
         - geen nachtdiensten en geen alleendiensten tot de evaluatie in [[DATE:september 2024]];
         - een vast aanspreekpunt in plaats van wisselende teamleiders.
        Verder klopt mijn loonstrook van mei niet: er is 70% doorbetaald i.p.v. 100% (eerste ziektejaar, cao Gehandicaptenzorg).
        Graag het verschil (€ 612,38 bruto) storten op [[IBAN_CODE:NL28 INGB 2490 3805 23]].
        Mijn BSN, voor het UWV-formulier waar [[PERSON:Ruud]] naar vroeg: [[NATIONAL_ID:237195847]]. Geboortedatum [[DATE_OF_BIRTH:02-02-1990]].

        Met vriendelijke groet,
        [[PERSON:Fatima el Amrani]]
        Persoonlijk begeleider, locatie Oud-Zuilen
        [[STREET_ADDRESS:Kanaalweg 41 bis, 3526 KL Utrecht]] · [[PHONE_NUMBER:06 4128 9935]] · FNV-lidnr. [[MEMBER_NUMBER:50187744]]
        """#,
        #"""
        FILCAMS CGIL Torino - Ufficio Vertenze
        Spett.le Logistica Po S.r.l., Ufficio Personale - Via dell'Industria 9, Settimo Torinese (TO)
        Raccomandata A/R anticipata via PEC                                  Torino, [[DATE:10 settembre 2024]]

        Oggetto: contestazione busta paga di agosto 2024 e trattamento economico infortunio INAIL
                 Lavoratrice: sig.ra [[PERSON:Giulia Ferraris]], matricola [[EMPLOYEE_NUMBER:000718]], magazziniera livello 4°

        Per conto e su mandato della sig.ra [[PERSON:Ferraris]] (nata a Torino il [[DATE_OF_BIRTH:23/03/1985]], C.F. [[NATIONAL_ID:FRRGLI85C63L219G]],
        residente in [[STREET_ADDRESS:Via Giuseppe Garibaldi 27, scala B, int. 6, 10122 Torino]], tel. [[PHONE_NUMBER:347 218 6604]]),
        iscritta alla scrivente con tessera n. [[MEMBER_NUMBER:TO-2024-0448719]], si contesta quanto segue.
        1) In data [[DATE:8 luglio 2024]] la lavoratrice ha subito un infortunio sul lavoro (caduta da scala del soppalco),
           con diagnosi di [[HEALTH_CONDITION:frattura bimalleolare della caviglia destra]] - certificato del P.S. dell'Ospedale CTO
           (Dr. [[PERSON:Marco Alciati]]) e pratica INAIL n. [[MEDICAL_RECORD_NUMBER:2024/TO/0883152]]; prognosi fino al [[DATE:30/09/2024]].
        2) Il CCNL prevede l'integrazione a carico del datore fino al 100% della retribuzione; nella busta paga di agosto risulta
           invece un "recupero anticipo INAIL" di € 874,20 e la mancata corresponsione della 14ª rata.
        3) Risulta inoltre trattenuta la giornata del [[DATE:5 agosto]] come "assenza ingiustificata", giorno in cui la lavoratrice era
           ricoverata per [[HEALTH_CONDITION:trombosi venosa profonda]] post-immobilizzazione (terapia con [[HEALTH_CONDITION:enoxaparina]], poi [[HEALTH_CONDITION:rivaroxaban]]).
        Si chiede pertanto la rettifica e il pagamento delle differenze sul conto corrente [[IBAN_CODE:IT83 X030 6909 6062 0531 3405 970]],
        nonché la visita del medico competente (Dr.ssa [[PERSON:Laura Bertola]]) prima del rientro con valutazione di mansioni senza scale.
        In mancanza di riscontro entro 15 giorni si procederà con tentativo di conciliazione presso l'Ispettorato.
        Distinti saluti.
        Il funzionario: [[PERSON:Davide Colombo]]  ([[EMAIL_ADDRESS:d.colombo@filcams-to.example.it]], [[PHONE_NUMBER:011 234 5517]])
        Per presa visione, la lavoratrice: [[PERSON:Giulia Ferraris]]
        """#,
        #"""
        شركة النيل للغزل والنسيج - مصنع العاشر من رمضان
        جدول الورديات - قسم التشطيب - الأسبوع من [[DATE:٧ يوليو ٢٠٢٤]] إلى [[DATE:١٣ يوليو ٢٠٢٤]]
        مشرف القسم: م. [[PERSON:هشام عبد الحميد]] - [[PHONE_NUMBER:0100 482 7716]]
        اللجنة النقابية (ممثل العمال): [[PERSON:سيد عبد الفتاح]] - رقم العضوية [[MEMBER_NUMBER:ن-ع/٢٢٠٤١٨]] - [[PHONE_NUMBER:0112 305 9948]]

        الرقم الوظيفي | الاسم | الوردية | الموبايل | ملاحظات
        [[EMPLOYEE_NUMBER:TX-3114]] | [[PERSON:أسماء رمضان علي]] | أ فقط | [[PHONE_NUMBER:0155 208 3361]] | [[HEALTH_CONDITION:حامل]] في الشهر السابع - ممنوع الوردية الليلية (قانون العمل)
        [[EMPLOYEE_NUMBER:TX-3129]] | [[PERSON:كريم حسن عبد الله]] | ب (٣م-١١م) | [[PHONE_NUMBER:0109 664 2170]] | بديل [[PERSON:وليد]] يوم [[DATE:١٠/٧]]
        [[EMPLOYEE_NUMBER:TX-3142]] | [[PERSON:وليد منصور فهمي]] | ج (١١م-٧ص) | [[PHONE_NUMBER:0114 870 5526]] | مريض [[HEALTH_CONDITION:سكر]] - ياخد [[HEALTH_CONDITION:إنسولين]]، استراحة وجبة ثابتة ٣ص
        [[EMPLOYEE_NUMBER:TX-3158]] | [[PERSON:نادية فؤاد شحاتة]] | إجازة مرضية | [[PHONE_NUMBER:0128 339 1047]] | بعد عملية [[HEALTH_CONDITION:الانزلاق الغضروفي]] - شهادة التأمين الصحي حتى [[DATE:٢٠٢٤/٧/٢٠]]
        [[EMPLOYEE_NUMBER:TX-3170]] | [[PERSON:مصطفى جمال]] | ج | [[PHONE_NUMBER:0150 774 6281]] | ممنوع ماكينة الكي بعد [[HEALTH_CONDITION:حرق]] في اليد اليمنى ([[DATE:٢٨ يونيو]])

        ملاحظات الموارد البشرية:
        - [[PERSON:نادية فؤاد]]: رقمها القومي [[NATIONAL_ID:28805120123457]] مطلوب لاستمارة التأمينات الاجتماعية رقم ١١٨.
        - رقم التأمين الاجتماعي لـ [[PERSON:مصطفى جمال]]: [[NATIONAL_ID:14827731]] - إصابة عمل، يصرف بدل العلاج على حسابه
          [[IBAN_CODE:EG48 0019 0005 0352 9271 2327 3685 1]] (بنك مصر).
        - شكوى من [[PERSON:أسماء رمضان]] بخصوص خصم يوم [[DATE:٣ يوليو]] رغم وجود تقرير طبي ([[HEALTH_CONDITION:ضغط الحمل]]) - تُحال للجنة النقابية.
        """#,
        #"""
        深圳市宏达精密电子有限公司 · SMT二车间 · 7月第3周排班表（[[DATE:2024年7月15日]]—[[DATE:7月21日]]）
        车间主任：[[PERSON:陈志强]]　手机 [[PHONE_NUMBER:138 2745 6610]]　　工会小组长：[[PERSON:刘慧敏]]（会员证号 [[MEMBER_NUMBER:GH-SZ-0418827]]）[[PHONE_NUMBER:159 1882 3047]]
        工号 | 姓名 | 班次 | 手机 | 备注
        [[EMPLOYEE_NUMBER:HD20200733]] | [[PERSON:李强]] | 夜班 20:00-08:00 | [[PHONE_NUMBER:186 6603 2197]] |
        [[EMPLOYEE_NUMBER:HD20210158]] | [[PERSON:张晓燕]] | 白班（调岗） | [[PHONE_NUMBER:135 9024 7718]] | [[HEALTH_CONDITION:怀孕]]7个月，按《女职工劳动保护特别规定》不安排夜班、不加班
        [[EMPLOYEE_NUMBER:HD20180926]] | [[PERSON:赵建国]] | 病假 | [[PHONE_NUMBER:139 2611 5084]] | [[HEALTH_CONDITION:腰椎间盘突出]]，医院证明至[[DATE:7月31日]]
        [[EMPLOYEE_NUMBER:HD20220311]] | [[PERSON:黄俊杰]] | 夜班 | [[PHONE_NUMBER:152 1877 3460]] | 替 [[PERSON:赵建国]]
        [[EMPLOYEE_NUMBER:HD20230604]] | [[PERSON:Nguyễn Văn Hùng]]（[[PERSON:阮文雄]]） | 白班 | [[PHONE_NUMBER:189 2205 9613]] | 越南籍，护照号 [[NATIONAL_ID:C7718342]]
        [[EMPLOYEE_NUMBER:HD20170285]] | [[PERSON:周美玲]] | 白班（轻岗） | [[PHONE_NUMBER:136 3109 4452]] | 工伤复工：[[HEALTH_CONDITION:右手腕管综合征]]术后，禁止回流焊上下料

        说明：
        1. [[PERSON:赵建国]]病假工资争议：6月工资条按最低工资80%发放，本人称应按医疗期全额，已交工会处理。
           身份证号 [[NATIONAL_ID:440304198805263714]]，住址 [[STREET_ADDRESS:广东省深圳市福田区华强北街道振兴路18号华发北小区7栋502]]。
        2. [[PERSON:周美玲]]工伤认定书编号 [[MEDICAL_RECORD_NUMBER:深人社工伤认字〔2024〕第03318号]]，每周二下午康复理疗（请假已批）。
           复查时服用[[HEALTH_CONDITION:布洛芬]]、[[HEALTH_CONDITION:甲钴胺]]，不得安排高温岗位。
        3. [[PERSON:李强]]反映 [[DATE:7月9日]]夜班后[[HEALTH_CONDITION:头晕]]、[[HEALTH_CONDITION:胸闷]]，厂医建议体检后再排连续夜班。
        """#,
        #"""
        Subject: Workplace Adjustment Request - Customer Service Officer, Tampines Hub branch
        From: [[PERSON:Kavitha d/o Rajendran]] <[[EMAIL_ADDRESS:kavitha.rajendran88@mail.example.sg]]>
        To: HR Business Partner [[PERSON:Jonathan Tan Wei Ming]] <[[EMAIL_ADDRESS:jonathan.tan@sglink-telecom.example.sg]]>
        Cc: [[PERSON:Muhammad Hafiz bin Osman]] (Union Branch Secretary, UWorkers)
        Date: [[DATE:19 Aug 2024]]

        Dear [[PERSON:Jonathan]],
        Following my talk with my supervisor Ms [[PERSON:Goh]] on [[DATE:12/08/2024]], I am putting my request in writing under the
        Tripartite Guidelines on Fair Employment Practices.
        Details: Employee no. [[EMPLOYEE_NUMBER:SGT-074418]] · NRIC [[NATIONAL_ID:S8834172D]] · DOB [[DATE_OF_BIRTH:04/02/1988]]
        Address: [[STREET_ADDRESS:Blk 412 Tampines Street 41, #08-223, Singapore 520412]] · HP [[PHONE_NUMBER:+65 8471 2036]]
        Since [[DATE:May 2024]] I have [[HEALTH_CONDITION:bilateral sensorineural hearing loss]] (moderate), after [[HEALTH_CONDITION:sudden hearing loss]] in the right ear
        treated with [[HEALTH_CONDITION:prednisolone]]. I now wear hearing aids. I was also diagnosed last year with [[HEALTH_CONDITION:autism spectrum disorder]] (Level 1),
        which I have not told colleagues about and would like kept confidential.
        Adjustments requested:
          1. Move me from voice queue to chat/email support, or provide a headset compatible with my hearing aids (Bluetooth streaming).
          2. Written summaries of team huddles; captions turned on for Teams meetings.
          3. A fixed desk at the quieter end of the floor instead of hot-desking.
        Supporting memo from Dr [[PERSON:Lim Siew Ling]] (ENT, patient ref [[MEDICAL_RECORD_NUMBER:SKH-ENT-24-118336]]) attached; audiologist [[PERSON:Priya Nair]].
        The hearing aids cost $3,980 after subsidy; I paid with my card [[CREDIT_CARD:5425 5604 8063 5811]] and would like to ask whether the
        company medical benefit (Great Eastern policy member [[MEMBER_NUMBER:GE-GHS-00718842]]) or union fund can reimburse part of it.
        I am happy to meet with [[PERSON:Hafiz]] present. My union membership no. is [[MEMBER_NUMBER:UW-2019-334107]].
        Thank you,
        [[PERSON:Kavitha Rajendran]]
        [Sent via HR self-service portal · session IP [[IP_ADDRESS:116.87.204.19]] · [[DATE:19/08/2024]] 22:41]
        """#,
        #"""
        DİSİPLİN KURULU TOPLANTI TUTANAĞI
        İşyeri: Marmara Otomotiv Yan Sanayi A.Ş. - Gebze Fabrikası        Toplantı No: DK-2024/09
        Tarih: [[DATE:12.03.2024]]  Saat: 14:00   Yer: İdari Bina, 1. kat toplantı salonu
        Hakkında işlem yapılan işçi: [[PERSON:Emre Yıldırım]]   Sicil No: [[EMPLOYEE_NUMBER:MOY-20817]]
        T.C. Kimlik No: [[NATIONAL_ID:38472510628]]   Doğum tarihi: [[DATE_OF_BIRTH:14.09.1992]]
        Adres: [[STREET_ADDRESS:Hacı Halil Mah. 1203 Sok. No: 8 Daire: 5, 41400 Gebze/Kocaeli]]   Cep: [[PHONE_NUMBER:0532 418 76 20]]
        Kurul: İK Müdürü [[PERSON:Serpil Aydın]] (Başkan), Üretim Şefi [[PERSON:Hakan Demirci]], İşveren vekili [[PERSON:Burak Özkan]],
        sendika temsilcisi (Birleşik Metal-İş) [[PERSON:Murat Kaya]] - üye no [[MEMBER_NUMBER:BMİ-41-077213]]
        Konu: [[DATE:26.02.2024]] ve [[DATE:04.03.2024]] tarihlerinde vardiyaya geç gelme ve pres hattında "uyuma" iddiası.
        İşçinin savunması (sözlü, aynen): "Uyumadım, nöbet geçirdim. [[HEALTH_CONDITION:Epilepsi]] hastasıyım, şefime daha önce söyledim.
        İlaç dozum değişti, sabahları sersem kalkıyorum."
        Sunulan belge: Kocaeli Şehir Hastanesi Nöroloji, Dr. [[PERSON:Zeynep Arslan]], [[DATE:01.03.2024]] tarihli rapor:
        [[HEALTH_CONDITION:jeneralize epilepsi]], [[HEALTH_CONDITION:levetirasetam]] 1000 mg/gün → 1500 mg/gün; [[HEALTH_CONDITION:valproik asit]] kesildi.
        Dosya no: [[MEDICAL_RECORD_NUMBER:KŞH-NRL-2024-004417]]. İK kayıtlarına göre işçi [[DATE:04.03.2024]] sabahı 05:52'de personel portalına
        [[IP_ADDRESS:88.241.17.203]] adresinden girip geç kalacağını bildirmiştir.
        Sendika temsilcisinin görüşü: İşçinin pres hattında çalıştırılması iş sağlığı ve güvenliği açısından risklidir; işyeri hekimi
        görüşü alınmadan disiplin cezası verilemez. Geç kalınan günler için ücret kesintisi (2 gün, toplam 1.684,40 TL) iade edilmelidir.
        Karar: 1) Disiplin cezası verilmemesine, 2) işyeri hekimi Dr. [[PERSON:Cem Uysal]] tarafından değerlendirme yapılana kadar işçinin
        kalite kontrol bölümünde, makine başı olmayan gündüz vardiyasında çalıştırılmasına, 3) kesilen ücretin Mart bordrosu ile
        [[IBAN_CODE:TR71 0006 2028 7521 7489 9947 47]] nolu hesaba iadesine oybirliğiyle karar verilmiştir.
        İmzalar: [[PERSON:S. Aydın]]  [[PERSON:H. Demirci]]  [[PERSON:B. Özkan]]  [[PERSON:M. Kaya]]   İşçi: [[PERSON:E. Yıldırım]]
        """#,
        #"""
        Bogotá D.C., [[DATE:5 de agosto de 2024]]

        Señores
        ARL Andina Seguros de Vida S.A. - Gerencia de Medicina Laboral
        Ciudad

        Referencia: DERECHO DE PETICIÓN (art. 23 C.P.) - Inconformidad con calificación de origen
        Siniestro N.º [[MEDICAL_RECORD_NUMBER:ARL-2024-00418873]]

        Yo, [[PERSON:Yolanda Patricia Cárdenas Rincón]], identificada con C.C. [[NATIONAL_ID:1.023.884.517]] de Bogotá, nacida el [[DATE_OF_BIRTH:30 de enero de 1984]],
        trabajadora de Confecciones La Sabana S.A.S. (operaria de máquina plana, código [[EMPLOYEE_NUMBER:CLS-1452]]), afiliada a la EPS Salud Total
        con carné N.º [[MEMBER_NUMBER:ST-52-1884017]], con el acompañamiento del sindicato SINTRATEXCOL (afiliada N.º [[MEMBER_NUMBER:STX-00931]]), respetuosamente:
        HECHOS
        1. Desde [[DATE:octubre de 2023]] presento dolor, hormigueo y pérdida de fuerza en ambas manos. El [[DATE:14 de marzo de 2024]] el
           Dr. [[PERSON:Andrés Felipe Muñoz]], fisiatra, confirmó por electromiografía [[HEALTH_CONDITION:síndrome del túnel carpiano bilateral]]
           y [[HEALTH_CONDITION:tenosinovitis de De Quervain derecha]]. Me formuló [[HEALTH_CONDITION:naproxeno]] y [[HEALTH_CONDITION:complejo B]], y uso férulas nocturnas.
        2. Llevo 11 años cosiendo 9 horas diarias con metas de 1.100 piezas; la ARL calificó el [[DATE:28/06/2024]] el origen como COMÚN,
           sin hacer análisis de puesto de trabajo.
        3. Tengo además [[HEALTH_CONDITION:hipotiroidismo]] controlado, que la ARL usó como causa sin soporte.
        PETICIONES
        1. Que se realice el estudio de puesto de trabajo y se recalifique el origen como LABORAL, o se remita a la Junta Regional.
        2. Que mientras tanto se ordenen restricciones: rotación de tareas y pausas activas cada hora.
        3. Que se reconozcan las incapacidades de [[DATE:abril de 2024]] no pagadas por el empleador (jefe de nómina: [[PERSON:Germán Ospina]]).
        Notificaciones: [[STREET_ADDRESS:Carrera 45 # 26-85, Apto 502, Barrio La Soledad, Bogotá D.C.]]; celular [[PHONE_NUMBER:+57 312 448 9061]];
        correo [[EMAIL_ADDRESS:yolacardenas84@correo.example.co]]. Apoderado sindical: Dr. [[PERSON:Hernán Quintero]], [[PHONE_NUMBER:+57 310 552 7184]]
        Atentamente,
        [[PERSON:Yolanda P. Cárdenas R.]]
        C.C. [[NATIONAL_ID:1.023.884.517]]
        """#,
        #"""
        LABOUR DEPARTMENT, GHANA - WORKMEN'S COMPENSATION ACT, 1987 (PNDCL 187)
        NOTICE OF ACCIDENT AND CLAIM FOR COMPENSATION (submitted through GAWU / TUC Tema District)
        PART A - WORKMAN
        Name: [[PERSON:Kwabena Asante Boateng]]        Sex: M      Date of birth: [[DATE_OF_BIRTH:11/02/1987]]
        Ghana Card PIN: [[NATIONAL_ID:GHA-718204935-6]]      SSNIT No.: [[NATIONAL_ID:C018702110043]]
        Residential address: [[STREET_ADDRESS:House No. C 127/4, Community 9, Tema, GT-018-4471]]     Phone: [[PHONE_NUMBER:024 418 7730]]
        Next of kin: [[PERSON:Akosua Mensah]] (wife) - [[PHONE_NUMBER:055 302 1968]]
        PART B - EMPLOYER: Golden Coast Cocoa Processing Ltd, Heavy Industrial Area, Tema. Staff ID: [[EMPLOYEE_NUMBER:GCC/PRD/2207]]
        Occupation: roaster machine operator. Monthly earnings: GH₵ 3,450.00
        PART C - ACCIDENT
        Date and time: [[DATE:27 February 2024]], approx. 02:15 (night shift)   Place: Roasting line 2
        How it happened: "The conveyor guard was removed for cleaning and not replaced. My right hand was drawn into the chain."
        Witnesses: [[PERSON:Yaw Owusu-Ansah]] (staff [[EMPLOYEE_NUMBER:GCC/PRD/1984]]); supervisor [[PERSON:Abena Darko]]
        PART D - MEDICAL (Tema General Hospital, folder no. [[MEDICAL_RECORD_NUMBER:TGH/24/05518]])
        Injuries: [[HEALTH_CONDITION:traumatic amputation of right ring finger at PIP joint]]; [[HEALTH_CONDITION:fracture of right 4th metacarpal]];
        [[HEALTH_CONDITION:degloving injury of right little finger]]. Treated with [[HEALTH_CONDITION:ceftriaxone]], [[HEALTH_CONDITION:tetanus toxoid]], [[HEALTH_CONDITION:tramadol]].
        Surgeon: Dr [[PERSON:Efua Quaye-Addo]] (MDC Reg. No. [[EMPLOYEE_NUMBER:MDC/RN/6617]]). Off duty from [[DATE:27/02/2024]] to [[DATE:07/05/2024]].
        Permanent incapacity assessed by Medical Board on [[DATE:22 May 2024]]: 12% (loss of use, dominant hand).
        Workman also reports [[HEALTH_CONDITION:nightmares]] and [[HEALTH_CONDITION:flashbacks]] since the accident - referred to psychiatric unit.
        PART E - PAYMENT: Compensation and periodic payments to GCB Bank, Tema Main branch, a/c no. [[US_BANK_ACCOUNT:1021130044718]]
        (account in the workman's own name).
        Declaration: I certify the above is true. Thumbprint/signature: [[PERSON:K. A. Boateng]]   Date: [[DATE:03/06/2024]]
        Union officer: [[PERSON:Seth Agbenyega]], GAWU member services, [[EMAIL_ADDRESS:s.agbenyega@gawu-tema.example.com.gh]]   GAWU member no. of claimant: [[MEMBER_NUMBER:GAWU/TM/08815]]
        """#,
        #"""
        ~ buku catatan pengurus PUK SPAMK-FSPMI PT Sinar Cikarang Komponen (tulisan tangan, disalin) ~
        Senin [[DATE:8/7/24]]
        - pagi, Bu [[PERSON:Ratna]] (QC, NIK kary. [[EMPLOYEE_NUMBER:SCK-11873]]) datang: upah lembur Juni kurang 14 jam. cek slip -> bener,
          HRD (Pak [[PERSON:Yusuf Hidayat]]) janji dibayar di gajian [[DATE:25 Juli]]. tagih!!
        - [[PERSON:Dedi Kurniawan]], operator press line 3 - kecelakaan kerja [[DATE:3 Juli 2024]], jari tengah kiri terjepit
          -> [[HEALTH_CONDITION:fraktur falang]] + [[HEALTH_CONDITION:luka robek]], dirawat RS Mitra Keluarga. dokter: dr. [[PERSON:Sari Wulandari]], Sp.OT
          KPJ BPJS TK: [[MEMBER_NUMBER:24011887453]]   NIK KTP: [[NATIONAL_ID:3216061204910007]]   lahir [[DATE_OF_BIRTH:12-04-1991]]
          alamat: [[STREET_ADDRESS:Perum Graha Asri Blok C5 No. 17, RT 004/RW 012, Jatireja, Cikarang Timur, Kab. Bekasi 17530]]
          hp/WA [[PHONE_NUMBER:0812-8834-1176]]. istri: [[PERSON:Nur Aisyah]] [[PHONE_NUMBER:0857-1420-9983]]
          !! perusahaan belum lapor JKK tahap I (lewat 2x24 jam). minta Pak [[PERSON:Hendra]] (K3) kirim hari ini.
          obat pulang: [[HEALTH_CONDITION:asam mefenamat]], [[HEALTH_CONDITION:cefadroxil]]. STMB (surat tidak mampu bekerja) s/d [[DATE:2 Agustus 2024]]
        Selasa [[DATE:9/7/24]]
        - [[PERSON:Siti Maesaroh]] (packing) - [[HEALTH_CONDITION:hamil]] 6 bln, minta tidak shift 3. sudah ada surat bidan [[PERSON:Eti]].
          mandor [[PERSON:Joko]] nolak, bilang "kalau nggak kuat ya resign". -> bawa ke LKS Bipartit [[DATE:16/7]].
        - [[PERSON:Agus Setiawan]] izin sakit 3 hari ([[HEALTH_CONDITION:tifus]]), surat dokter klinik ada, tapi dipotong absen.
          no. rek BRI utk pengembalian potongan: [[US_BANK_ACCOUNT:0418-01-027733-50-3]]. BPJS Kesehatan: [[MEDICAL_RECORD_NUMBER:0001884217359]]
        Rabu [[DATE:10/7/24]]
        - telp ke pengawas Disnaker (Ibu [[PERSON:Lestari]]) soal JKK [[PERSON:Dedi]] - dikasih no. pengaduan, tunggu.
        - rapat PUK jam 16.00 (4 orang). notulen kirim dari emailku [[EMAIL_ADDRESS:bambang.sptr72@mail.example.id]]
                                                                ttd. [[PERSON:Bambang S.]] (sekretaris PUK, KTA [[MEMBER_NUMBER:FSPMI-3216-004471]])
        """#,
    ]
}
