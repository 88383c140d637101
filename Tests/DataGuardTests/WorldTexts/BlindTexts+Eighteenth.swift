extension BlindTexts {
    /// An eighteenth set of clinical texts, written blind to DataGuard's rules: GPs, nurses, pharmacists, physios,
    /// dentists, radiologists, OH doctors (Europe, Nigeria, India, SA, Australia, PH).
    static let eighteenthClinical: [String] = [
        #"""
        Southmead Road Surgery – routine referral to Rheumatology, North Bristol NHS Trust (practice code L81049)
        Re: Mrs [[PERSON:Philippa Ashworth-Keane]]   DOB [[DATE_OF_BIRTH:23.06.1967]]   NHS [[MEDICAL_RECORD_NUMBER:943 476 5919]]
        [[STREET_ADDRESS:18 Cotham Vale, Bristol BS6 6HS]]   home [[PHONE_NUMBER:0117 496 0832]]   mob [[PHONE_NUMBER:07700 900 266]]
        Dear colleague, thank you for seeing this lady with a 4-month history of [[HEALTH_CONDITION:bilateral hand synovitis]] and morning stiffness > 1 h.
        Anti-CCP strongly positive on [[DATE:19 Aug]]; likely early [[HEALTH_CONDITION:rheumatoid arthritis]]. Started [[HEALTH_CONDITION:prednisolone]] 10 mg od and [[HEALTH_CONDITION:Adcal-D3]].
        PMH: [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:levothyroxine]] 75 mcg. Yours sincerely, Dr [[PERSON:Tom Iredale]]
        """#,
        #"""
        Nursing handover – St Brendan's Ward, night to day, Sun [[DATE:12/01]]
        Bed 6: [[PERSON:Pádraig Ó Súilleabháin]], 78, MRN [[MEDICAL_RECORD_NUMBER:0482716]]. Day 2 post [[HEALTH_CONDITION:right hemicolectomy]]. PCA [[HEALTH_CONDITION:morphine]] stopped 04:00.
        Bed 7: Mrs [[PERSON:Noreen Fitzgerald]], [[HEALTH_CONDITION:CAP]] on IV [[HEALTH_CONDITION:Tazocin]], sats 94% on 2 L. Known [[HEALTH_CONDITION:type 1 diabetes]], sliding scale overnight.
        Daughter [[PERSON:Aisling]] asked to be rung before the ward round – [[PHONE_NUMBER:086 204 7715]].
        Bed 9: empty, admission from ED expected. Nurse in charge today [[PERSON:Sadhbh Walsh]], bleep 418, ward phone [[PHONE_NUMBER:(021) 492 2000 ext. 3318]].
        """#,
        #"""
        Hôpital de Hautepierre – Service de pneumologie
        Compte rendu d'hospitalisation de Mme [[PERSON:Céline Vautrin-Lebœuf]], née le [[DATE_OF_BIRTH:14 février 1959]], IPP [[MEDICAL_RECORD_NUMBER:800 412 337]],
        domiciliée [[STREET_ADDRESS:12, rue des Tanneurs, 67000 Strasbourg]], tél. [[PHONE_NUMBER:03.88.41.27.65]].
        Hospitalisée du [[DATE:03/03/2025]] au [[DATE:09/03/2025]] pour [[HEALTH_CONDITION:exacerbation de BPCO]] sur [[HEALTH_CONDITION:surinfection bronchique]].
        Sortie sous [[HEALTH_CONDITION:Ultibro]] 1 inhalation/j et [[HEALTH_CONDITION:Augmentin]] 1 g x 3 jusqu'au [[DATE:14 mars]].
        Médecin traitant : Dr [[PERSON:Marc-Antoine Heitz]], Illkirch. Rédigé par le Dr [[PERSON:Lucie N'Guessan]], interne.
        """#,
        #"""
        Kinesitherapie – verslag aan de huisarts
        Patiënt: [[PERSON:Joke Verhaeghe]], °[[DATE_OF_BIRTH:30/07/1985]], rijksregisternr. [[MEDICAL_RECORD_NUMBER:85.07.30-033.28]]
        Adres: [[STREET_ADDRESS:Kerkstraat 14 bus 3, 9050 Gentbrugge]] – gsm [[PHONE_NUMBER:0475 12 34 56]]
        Voorschrift dr. [[PERSON:Van den Bossche]] d.d. [[DATE:4 september]]: 18 sessies voor [[HEALTH_CONDITION:capsulitis adhesiva]] links, bij gekende [[HEALTH_CONDITION:diabetes type 1]].
        Na 9 sessies: abductie 95° → 130°, nachtpijn verminderd. Neemt nog [[HEALTH_CONDITION:Dafalgan]] 1 g 's avonds.
        Volgende evaluatie dinsdag [[DATE:15 oktober]]. Collegiale groeten, [[PERSON:Wout De Clercq]], praktijk Ter Linden, [[PHONE_NUMBER:09 231 44 80]]
        """#,
        #"""
        MVZ Labor Spreebogen – Befundbericht (Auftragsnr. 2502170448)
        Einsender: Praxis Dr. [[PERSON:Henrike Albers]], Tel. [[PHONE_NUMBER:030 / 61 20 48 73]]
        Patient: [[PERSON:Kowalczyk, Bernd]], geb. [[DATE_OF_BIRTH:02.12.1974]], [[STREET_ADDRESS:Bergmannstr. 61, Whg. 5, 10961 Berlin]], Vers.-Nr. [[MEDICAL_RECORD_NUMBER:M418207733]]
        Probeneingang [[DATE:17.02.2025]]: TSH 9,8 mU/l (↑), fT4 0,7 ng/dl (↓) – vereinbar mit [[HEALTH_CONDITION:manifester Hypothyreose]].
        TPO-AK deutlich positiv, V. a. [[HEALTH_CONDITION:Hashimoto-Thyreoiditis]]. Empfehlung: [[HEALTH_CONDITION:L-Thyroxin]] 50 µg, Kontrolle in 6 Wochen.
        Validiert: Dr. med. [[PERSON:Ulrike Sendler]], Fachärztin für Laboratoriumsmedizin
        """#,
        #"""
        Journalnotat – Tannlegene på Grünerløkka
        Pasient: [[PERSON:Sigrid Haugland-Eide]], f.nr. [[MEDICAL_RECORD_NUMBER:14038841239]], [[STREET_ADDRESS:Thorvald Meyers gate 12, 0555 Oslo]], tlf. [[PHONE_NUMBER:924 17 385]]
        [[DATE:6. mai]]: Akutt time, smerter 36 i tre døgn. Diagnose: [[HEALTH_CONDITION:irreversibel pulpitt]] 36.
        Bruker [[HEALTH_CONDITION:Marevan]] pga. [[HEALTH_CONDITION:mekanisk aortaklaff]]; INR 2,6 i dag. Rotbehandling påbegynt, innlegg med [[HEALTH_CONDITION:Ledermix]].
        Anbefalt [[HEALTH_CONDITION:Paracet]] ved behov, ikke [[HEALTH_CONDITION:Ibux]]. Ny time [[DATE:20.05]] kl. 08.30.
        Tannlege [[PERSON:Øyvind Brekke]]
        """#,
        #"""
        Certificat médical d'aptitude au travail
        Je soussignée certifie avoir examiné ce jour, [[DATE:27 janvier 2025]], M. [[PERSON:Loïc Berset]], né le [[DATE_OF_BIRTH:11.04.1990]], n° AVS [[MEDICAL_RECORD_NUMBER:756.4821.9037.19]],
        domicilié [[STREET_ADDRESS:chemin des Vignes 7, 1009 Pully]], menuisier chez Menuiserie Rochat SA, case postale 212, 1001 Lausanne.
        Suite à une [[HEALTH_CONDITION:entorse du genou droit]], incapacité de travail 100 % du [[DATE:06.01.2025]] au [[DATE:26.01.2025]].
        Reprise à 50 % dès le [[DATE:27.01.2025]], sans port de charges > 10 kg ni travail sur échelle.
        Dr [[PERSON:Anne-Sophie Chappuis]], médecine générale, [[STREET_ADDRESS:avenue de la Gare 18, 1003 Lausanne]], tél. [[PHONE_NUMBER:021 314 55 02]]
        """#,
        #"""
        REFERTO RISONANZA MAGNETICA RACHIDE LOMBOSACRALE
        Paziente: [[PERSON:Ferraris Alessandro]]   Data di nascita: [[DATE_OF_BIRTH:08/11/1979]]   Cod. paziente [[MEDICAL_RECORD_NUMBER:TO-2291834]]
        Esame eseguito il [[DATE:12 aprile 2025]] su richiesta del dott. [[PERSON:Gianluca Morra]] per [[HEALTH_CONDITION:lombosciatalgia sinistra]].
        Reperto: [[HEALTH_CONDITION:ernia discale L4-L5]] paramediana sinistra con impronta sulla radice L5; [[HEALTH_CONDITION:discopatia degenerativa]] L5-S1.
        Riferita terapia con [[HEALTH_CONDITION:Brufen]] 600 e [[HEALTH_CONDITION:Muscoril]] senza beneficio.
        Il medico radiologo: dott.ssa [[PERSON:Chiara Bellotti]] – Centro Diagnostico Dora, [[STREET_ADDRESS:via Nizza 152, 10126 Torino]], tel. [[PHONE_NUMBER:011 436 2290]]
        """#,
        #"""
        Farmacia Triana 24 h – nota de dispensación, [[DATE:3 de febrero]]
        Paciente: [[PERSON:Encarnación Molina Zurita]], CIP [[MEDICAL_RECORD_NUMBER:AN0418276531]]
        Su hija [[PERSON:Rocío]] recoge el [[HEALTH_CONDITION:Sintrom]] 4 mg y pregunta si puede darle [[HEALTH_CONDITION:Nolotil]] para la [[HEALTH_CONDITION:artrosis de rodilla]].
        Se desaconsejan AINE; se indica [[HEALTH_CONDITION:paracetamol]] 1 g/8 h y se avisa al centro de salud (Dra. [[PERSON:Olmedo]]).
        Entrega a domicilio: [[STREET_ADDRESS:avda. de la Constitución 45, 3º 2ª, 41001 Sevilla]], tel. [[PHONE_NUMBER:954 21 38 76]] / [[PHONE_NUMBER:655 30 18 42]].
        Farmacéutica: [[PERSON:M.ª José Carrasco]]
        """#,
        #"""
        Henvisning til hukommelsesklinik – Lægehuset Nørrebro
        Pt.: [[PERSON:Knud Erik Søndergaard]], CPR [[MEDICAL_RECORD_NUMBER:120441-1373]]
        [[STREET_ADDRESS:Nørrebrogade 44, 2. th.]]
        [[STREET_ADDRESS:2200 København N]]
        Tlf. [[PHONE_NUMBER:+45 31 42 67 89]], hustru [[PERSON:Grethe]] [[PHONE_NUMBER:35 81 22 04]]
        Tiltagende glemsomhed siden foråret, MMSE 22/30 d. [[DATE:8/10-2024]]. Mistanke om [[HEALTH_CONDITION:Alzheimers sygdom]].
        Kendt [[HEALTH_CONDITION:hypertension]] i beh. med [[HEALTH_CONDITION:Enalapril]] 10 mg. Venlig hilsen, [[PERSON:Mette Holm Vestergaard]], praktiserende læge
        """#,
        #"""
        Occupational health consultation – summary for the employee (Arbodienst Grachtengordel B.V.)
        Dear [[PERSON:Zsófia]], thank you for coming in on [[DATE:21 November]]. File no. [[MEDICAL_RECORD_NUMBER:AG-88412]], employee no. [[EMPLOYEE_NUMBER:NL-20417]].
        As discussed, your symptoms fit [[HEALTH_CONDITION:burnout]] with [[HEALTH_CONDITION:insomnia]]; your GP has started [[HEALTH_CONDITION:mirtazapine]] 15 mg.
        My advice to your employer (Mr [[PERSON:de Groot]]) will only say: partially fit, 50 %, mornings, from [[DATE:2 December 2024]] – no diagnosis.
        Your details as registered: [[PERSON:Zsófia Kertész-Nagy]], [[STREET_ADDRESS:Keizersgracht 312-III, 1016 EZ Amsterdam]], mobile [[PHONE_NUMBER:+36 20 418 7733]].
        Kind regards, drs. [[PERSON:Maarten van der Linden]], bedrijfsarts – [[PHONE_NUMBER:+31 (0)20 624 1187]]
        """#,
        #"""
        DISCHARGE SUMMARY – Maitama Specialist Clinic, P.M.B. 5090, Garki, Abuja
        Name: [[PERSON:Ngozi Chiamaka Eze-Okonkwo]]   Hosp. No. [[MEDICAL_RECORD_NUMBER:MSC/HA/25/01187]]   NHIA No. [[MEDICAL_RECORD_NUMBER:NHIA-0451-882310]]
        Address: [[STREET_ADDRESS:Flat 4, Block C, 27 Aminu Kano Crescent, Wuse II, Abuja]]
        Admitted [[DATE:28/01/2025]] with [[HEALTH_CONDITION:vaso-occlusive crisis]] on a background of [[HEALTH_CONDITION:sickle cell anaemia]] (HbSS).
        Managed with IV fluids, [[HEALTH_CONDITION:pentazocine]] and [[HEALTH_CONDITION:folic acid]]; started [[HEALTH_CONDITION:hydroxyurea]] 500 mg daily. Discharged [[DATE:Feb 3rd]].
        NOK: husband, Mr [[PERSON:Obinna Eze]] – [[PHONE_NUMBER:+234 803 555 2107]]. Dr [[PERSON:Aminu Bello-Yusuf]], Registrar
        """#,
        #"""
        PHYSIOTHERAPY PROGRESS NOTE – session 8/12, [[DATE:14-Nov-2024]]
        Pt: Mrs. [[PERSON:Lakshmi Venkataraman]], 61/F, OP No. [[MEDICAL_RECORD_NUMBER:KPC-24-06613]]
        Dx: [[HEALTH_CONDITION:cervical spondylosis]] with [[HEALTH_CONDITION:C6 radiculopathy]]. IFT, cervical traction 7 kg, isometrics. VAS 7 → 4.
        Taking [[HEALTH_CONDITION:Zerodol-SP]] SOS and [[HEALTH_CONDITION:Pregabid]] 75 HS as advised by Dr. [[PERSON:Harish Gowda]].
        Home visits at [[STREET_ADDRESS:No. 42, 4th Cross, 6th Block, Koramangala, Bengaluru 560095]]. Son [[PERSON:Karthik]]: [[PHONE_NUMBER:98450 61732]], landline [[PHONE_NUMBER:080-2553 4471]].
        PT: [[PERSON:Divya Nair]], MPT
        """#,
        #"""
        RADIOLOGY REPORT – Dreyer, Mahlangu & Partners Inc., PO Box 2218, Menlo Park, 0102
        Patient: [[PERSON:Johanna Pretorius]]   ID [[MEDICAL_RECORD_NUMBER:6203150118085]]   DOB [[DATE_OF_BIRTH:15 March 1962]]   Ref. Dr [[PERSON:S. Naidoo]]
        Exam [[DATE:2025-03-04]]: bilateral mammogram and targeted ultrasound. Known [[HEALTH_CONDITION:hypertension]] on [[HEALTH_CONDITION:Pharmapress]].
        14 mm spiculated mass right breast, 10 o'clock. Impression: BI-RADS 5 – [[HEALTH_CONDITION:probable right breast carcinoma]].
        Core biopsy booked for Thursday [[DATE:6 March]]. Patient informed; cell [[PHONE_NUMBER:082 519 3307]]. Rooms: [[PHONE_NUMBER:012 460 8821]].
        Dr [[PERSON:Marelize Dreyer]], Radiologist
        """#,
        #"""
        ISBAR handover – Ward 4 North, Thurs [[DATE:20/3]]
        I: [[PERSON:Graham Tuckwell]], 84, URN [[MEDICAL_RECORD_NUMBER:00583127]], bed 12. S: fall at home [[DATE:18 March]], [[HEALTH_CONDITION:#NOF]] (L), day 1 post ORIF.
        B: [[HEALTH_CONDITION:Parkinson's disease]] – [[HEALTH_CONDITION:Sinemet]] 100/25 strictly 0600/1000/1400/1800; [[HEALTH_CONDITION:CKD stage 3]]; [[HEALTH_CONDITION:Endep]] 10 nocte.
        A: ?[[HEALTH_CONDITION:delirium]] overnight, pulled IDC, no harm. Obs stable.
        R: meds ON TIME please. Wife [[PERSON:Beryl]] rings every morning, ph [[PHONE_NUMBER:(03) 9857 4412]]; home is [[STREET_ADDRESS:9 Hopetoun St, Camberwell VIC 3124]].
        RN [[PERSON:Shannon Mai]] → RN [[PERSON:Josh Teo]]
        """#,
        #"""
        Rx log – Sampaguita Drugstore, Katipunan branch – [[DATE:12 Feb 2025]] (senior citizen, 20% disc.)
        Customer: [[PERSON:Feliciano Dimaculangan Jr.]]  Rx from Dra. [[PERSON:Rowena Tiongson-Lacson]] for [[HEALTH_CONDITION:HPN]] and [[HEALTH_CONDITION:DM2]]:
        [[HEALTH_CONDITION:Losartan]] 50 mg #30, [[HEALTH_CONDITION:Amlodipine]] 5 mg #30, [[HEALTH_CONDITION:Metformin]] 500 mg #60.
        Granddaughter [[PERSON:Kate]] bought only 15 tabs of [[HEALTH_CONDITION:metformin]], will return on [[DATE:Feb 20]] for the rest. Advised to take with meals.
        Deliver to [[STREET_ADDRESS:Blk 7 Lot 22, Ilang-Ilang St., Brgy. Pansol, Quezon City 1108]]. Mobile: [[PHONE_NUMBER:0917 884 2031]]
        Pharmacist on duty: [[PERSON:Jhun-Rey Macaraeg]], RPh
        """#,
    ]

    /// An eighteenth set of everyday texts, written blind to DataGuard's rules: union forms, chats, tickets, rosters,
    /// letters and ads from Europe, the Americas, Africa and Oceania.
    static let eighteenthEveryday: [String] = [
        #"""
        Join online – application received [[DATE:07/04/2025]]
        Full name: [[PERSON:Mihaela-Cristina Dumitrescu]]   Date of birth: [[DATE_OF_BIRTH:19/09/1988]]
        Home address: [[STREET_ADDRESS:Flat 3, 41 Moss Lane]]
                      [[STREET_ADDRESS:Manchester M16 7BJ]]
        Employer: Brookfield Care Homes Ltd   Job title: Senior Carer   Payroll no.: [[EMPLOYEE_NUMBER:BCH004417]]
        Mobile: [[PHONE_NUMBER:07723 418 559]]   Next of kin: [[PERSON:Florin Dumitrescu]] (brother, Iași), [[PHONE_NUMBER:+40 722 418 903]]
        Membership number (office use only): [[MEMBER_NUMBER:10472288]]
        """#,
        #"""
        HR FILE NOTE – return-to-work meeting, Limerick distribution centre, [[DATE:4 Feb 2025]]
        Employee: [[PERSON:Darragh Ó Conchúir]], staff no. [[EMPLOYEE_NUMBER:LK-30418]], Warehouse Operative
        Present: [[PERSON:Niamh Costigan]] (HR), [[PERSON:Eoin]] (shift lead), SIPTU rep [[PERSON:Marian Hogan]].
        Absent [[DATE:13/01/2025]]–[[DATE:31/01/2025]]; GP cert states [[HEALTH_CONDITION:labyrinthitis]], still taking [[HEALTH_CONDITION:Stemetil]] as needed.
        Agreed: no forklift or reach-truck work until cleared by OH; phased return over two weeks.
        Updated contact: [[PHONE_NUMBER:087-221 4490]], [[STREET_ADDRESS:6 Ashgrove Lawn, Castletroy, Limerick V94 X7P2]].
        """#,
        #"""
        Formulaire de contact – Mutuelle Horizon Santé – envoyé le [[DATE:02/06/2025]] à 22:41 depuis [[IP_ADDRESS:90.112.47.203]]
        Civilité : Mme   Nom : [[PERSON:GARNIER-ROUSSEL]]   Prénom : [[PERSON:Élodie]]
        N° adhérent : [[MEMBER_NUMBER:HZ-00718842]]   Date de naissance : [[DATE_OF_BIRTH:24/12/1983]]
        Adresse : [[STREET_ADDRESS:appt 12, 7 avenue Jean-Jaurès, 69007 Lyon]]   Tél : [[PHONE_NUMBER:06 71 28 44 09]]   Courriel : [[EMAIL_ADDRESS:elodie.garnier.r@laposte.net]]
        Message : bonjour, je n'ai toujours pas été remboursée de la séance d'ostéo du [[DATE:12 mai]] ni des lunettes de ma fille [[PERSON:Inès]].
        merci de me rappeler après 18h.
        """#,
        #"""
        whatsapp – bezorging do [[DATE:5 juni]]
        [18:02] [[PERSON:ruud]]: hoi is dit [[PERSON:anouk]]? ik ben de bezorger, sta voor de deur maar er doet niemand open
        [18:03] [[PERSON:anouk]]: o sorry ben nog op werk!! kan je het bij de buren afgeven? nr 219, mevrouw [[PERSON:bakker]]
        [18:03] [[PERSON:ruud]]: adres is toch [[STREET_ADDRESS:oudegracht 221 bis, 3511 nk utrecht]]?
        [18:04] [[PERSON:anouk]]: ja klopt. anders mijn vriend [[PERSON:thijs]] bellen [[PHONE_NUMBER:06-28417790]]
        [18:06] [[PERSON:ruud]]: afgegeven bij 219 👍 fijne avond
        """#,
        #"""
        An den Betriebsrat der Spedition Hölzl GmbH, z. H. Frau [[PERSON:Renate Wimmer]]
        Ich, [[PERSON:Dragan Marković]], Personalnummer [[EMPLOYEE_NUMBER:4471-09]], vida-Mitgliedsnummer [[MEMBER_NUMBER:0288 1173]],
        beschwere mich über die Dienstplanänderung vom [[DATE:3. März 2025]]. Trotz meiner [[HEALTH_CONDITION:Bandscheibenprotrusion]] (Attest liegt seit [[DATE:14. Jänner]] vor)
        wurde ich wieder für Schwerlast-Touren eingeteilt. Mein Vorgesetzter, Herr [[PERSON:Pichler]], meinte, „wer nicht kann, soll gehen“.
        Ich ersuche um ein Gespräch: [[PHONE_NUMBER:+43 664 381 22 07]], [[STREET_ADDRESS:Favoritenstraße 112/3/14, 1100 Wien]].
        Wien, am [[DATE:10.03.2025]]   [[PERSON:D. Marković]]
        """#,
        #"""
        Myydään lastenrattaat (Emmaljunga), hyvä kunto, 120 €. Myös turvakaukalo 40 €.
        Nouto [[STREET_ADDRESS:Hämeenkatu 21 B 14, 33200 Tampere]] tai sovitaan Hervannassa.
        Soita tai tekstaa [[PHONE_NUMBER:040 718 2235]] / [[PERSON:Jussi Mäkeläinen]]. Ei postitusta.
        Ilmoitus voimassa [[DATE:30.4.]] asti.
        """#,
        #"""
        TURNI SALA – Ristorante Il Glicine – settimana dal [[DATE:7 luglio]] al [[DATE:13 luglio]]
        Lun–Mer: [[PERSON:Martina Ruggiero]] (matr. [[EMPLOYEE_NUMBER:0417]]) pranzo, [[PERSON:Kevin Osei]] (matr. [[EMPLOYEE_NUMBER:0422]]) cena
        Gio: chiuso. Ven–Dom: tutti, tranne [[PERSON:Ciro]] in malattia ([[HEALTH_CONDITION:tendinite]] al polso) fino al [[DATE:12/7]].
        Per i cambi turno scrivete a [[PERSON:Sabrina]] al [[PHONE_NUMBER:347 218 9031]], non al fisso del locale.
        Le divise lavate si riportano a casa sua, [[STREET_ADDRESS:viale Monza 140, 20127 Milano]].
        """#,
        #"""
        Ticket #CS-2025-040117 | Channel: e-mail | Priority: high
        From: [[PERSON:Ximena Ávalos Treviño]] <[[EMAIL_ADDRESS:ximena.avalos.t@hotmail.com]]>
        Hello, I ordered the noise-cancelling headphones on [[DATE:March 28]] and they never arrived at [[STREET_ADDRESS:Av. Chapultepec Sur 480, int. 7, Col. Americana, 44160 Guadalajara, Jal.]]
        Tracking says "delivered, signed [[PERSON:J. Ramírez]]" but nobody of that name lives here. My card [[CREDIT_CARD:5491 8302 0714 6627]] was charged twice.
        Please call [[PHONE_NUMBER:+52 33 3615 2290]] (office) or WhatsApp [[PHONE_NUMBER:33 1845 7702]].
        Agent note ([[PERSON:Daniel K.]]): escalated to carrier claims; refund of duplicate charge approved [[DATE:04/02]].
        """#,
        #"""
        SMS EntregaJá: Olá [[PERSON:Bruna]], a sua encomenda n.º 7719-004 será entregue amanhã, quinta-feira, [[DATE:22 de maio]], entre as 9h e as 13h.
        Morada: [[STREET_ADDRESS:Av. Almirante Reis, 88, 4.º Dto., 1150-020 Lisboa]].
        Se não estiver, deixamos no vizinho do r/c, Sr. [[PERSON:Fernando Alves]], ou na Papelaria Aurora, na Praça do Chile.
        Estafeta: [[PERSON:Hugo]], [[PHONE_NUMBER:912 604 381]].
        Resposta: obrigada! se for preciso liguem para o meu número do Brasil, [[PHONE_NUMBER:+55 11 98734-2210]]
        """#,
        #"""
        Seño [[PERSON:Mariela]]:
        Le aviso que [[PERSON:Thiago]] faltó desde el [[DATE:9/6]] hasta el [[DATE:13/6]] porque tuvo [[HEALTH_CONDITION:varicela]]; adjunto el certificado de la Dra. [[PERSON:Sosa]].
        Todavía toma [[HEALTH_CONDITION:loratadina]] por la picazón. Avisen a las familias de 2º B por si hay hermanitos chicos.
        Nos mudamos, el nuevo domicilio es [[STREET_ADDRESS:Av. Rivadavia 4521, 3º B, C1424CEB CABA]].
        Mi cel es [[PHONE_NUMBER:15-4471-2290]] y el de mi marido [[PHONE_NUMBER:11 5832-0146]].
        Saludos, [[PERSON:Verónica Iturralde]] (mamá de [[PERSON:Thiago Benítez]])
        """#,
        #"""
        Thanks for the quick turnaround – I'll confirm the shipping dates by Friday [[DATE:16 May]].
        Best regards,
        [[PERSON:Sigríður Þórhallsdóttir]]
        Logistics Coordinator | Norðurljós Seafood ehf.
        [[STREET_ADDRESS:Grandagarður 14]]
        [[STREET_ADDRESS:101 Reykjavík]]
        Iceland
        Tel. [[PHONE_NUMBER:+354 551 2345]] | Mobile [[PHONE_NUMBER:862 4471]] | [[EMAIL_ADDRESS:sigridur@nordurljos-seafood.is]]
        """#,
        #"""
        DEKLARACJA CZŁONKOWSKA – Organizacja Zakładowa przy Zakładach Mleczarskich „Mazowsze”
        Imię i nazwisko: [[PERSON:Katarzyna Zielińska-Majewska]]   Data urodzenia: [[DATE_OF_BIRTH:3 listopada 1979]]
        Nr ewidencyjny pracownika: [[EMPLOYEE_NUMBER:ZM/0877]]
        Adres zamieszkania: [[STREET_ADDRESS:ul. Piotrkowska 118 m. 7, 90-006 Łódź]], tel. [[PHONE_NUMBER:+48 42 631 18 20]], kom. [[PHONE_NUMBER:505 118 442]]
        Wyrażam zgodę na potrącanie składki z wynagrodzenia od [[DATE:1 października 2025]].
        Nr legitymacji (wypełnia komisja): [[MEMBER_NUMBER:OZ-2291/25]]   Podpis: [[PERSON:K. Zielińska-Majewska]]
        """#,
        #"""
        Hi [[PERSON:Lukas]], this is [[PERSON:Eleftheria Konstantinidou]], your landlady 🙂 Welcome to Thessaloniki!
        The flat is at [[STREET_ADDRESS:Odos Tsimiski 71, 3rd floor, 546 22 Thessaloniki]], I will send the key box code on the day.
        Contract starts [[DATE:1/10/2025]] and the first rent is due on [[DATE:5 October]].
        If something breaks call my husband [[PERSON:Stavros]] at [[PHONE_NUMBER:697 412 8830]] or me at [[PHONE_NUMBER:+30 2310 245 118]].
        Please keep the heating receipts for the building manager, Mr [[PERSON:Papazoglou]].
        """#,
        #"""
        UMHLANGA FRESH MARKET – TILL ROSTER, week of [[DATE:14 April]]
        Mon–Wed 07:00–15:00: [[PERSON:Thandiwe Ngcobo]] (#[[EMPLOYEE_NUMBER:0331]]), [[PERSON:Pieter-Jan Swanepoel]] (#[[EMPLOYEE_NUMBER:0418]])
        Mon–Wed 13:00–21:00: [[PERSON:Ayesha Moosa]] (#[[EMPLOYEE_NUMBER:0290]]), [[PERSON:Sbu]] (#[[EMPLOYEE_NUMBER:0502]])
        Good Friday [[DATE:18/04]]: store closes 14:00. [[PERSON:Ayesha]] on leave from [[DATE:22 April]].
        Swaps must be approved by Mrs [[PERSON:Govender]], cell [[PHONE_NUMBER:083 447 2190]]. SACCAWU shop steward: [[PERSON:Lungile]].
        """#,
        #"""
        [8:14 PM] [[PERSON:jomar]]: guys anyone driving to the pasig site tomorrow? my car is coding
        [8:15 PM] [[PERSON:tin tin]]: me, i'll pass by [[STREET_ADDRESS:12 mabini st, brgy malanday, marikina]] around 6:30
        [8:15 PM] [[PERSON:jomar]]: thanks! how about ate [[PERSON:len]]?
        [8:17 PM] [[PERSON:len]]: not coming in, i have [[HEALTH_CONDITION:uti]], on [[HEALTH_CONDITION:co-amoxiclav]] until [[DATE:june 7]]
        [8:18 PM] [[PERSON:tin tin]]: get well ate! just text boss [[PERSON:arnold]] at [[PHONE_NUMBER:0918 220 4417]]
        [8:19 PM] [[PERSON:jomar]]: put your employee no. on the sick leave form, it's [[EMPLOYEE_NUMBER:ph-20931]] right?
        """#,
        #"""
        FOR SALE – kids' bunk beds, rimu, solid as. $250 ono, mattresses included if wanted.
        Pick up from [[STREET_ADDRESS:14 Britannia Street, Petone, Lower Hutt 5012]] after 5pm weekdays, or all day Sat [[DATE:14 June]].
        Txt [[PERSON:Aroha]] on [[PHONE_NUMBER:022 619 4870]] or ring the landline [[PHONE_NUMBER:(04) 568 2291]]. No time wasters pls.
        Also free to a good home: 2 hens, ask for [[PERSON:Mikaere]].
        """#,
    ]
}
