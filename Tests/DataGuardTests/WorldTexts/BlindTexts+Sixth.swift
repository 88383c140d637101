extension BlindTexts {
    /// A sixth set of clinical texts, written blind to DataGuard's rules after the fifth set had been scored.
    static let sixthClinical: [String] = [
        #"""
        NHS Grampian – Diabetes Outpatients, Aberdeen Royal Infirmary
        Re: [[PERSON:Morag Cruickshank]], DOB [[DATE_OF_BIRTH:14/03/1958]], CHI [[MEDICAL_RECORD_NUMBER:1403584417]]
        [[STREET_ADDRESS:27 Mid Stocket Road, Aberdeen AB15 5JX]]
        Dear Dr [[PERSON:Farquharson]], I reviewed Mrs [[PERSON:Cruickshank]] in clinic on [[DATE:9 October 2024]]. Her [[HEALTH_CONDITION:type 2 diabetes]] remains poorly controlled (HbA1c 71 mmol/mol) and she now describes [[HEALTH_CONDITION:peripheral neuropathy]] in both feet.
        I have started [[HEALTH_CONDITION:Ozempic]] 0.25 mg weekly alongside her [[HEALTH_CONDITION:metformin]] 1 g BD. She is keen to avoid [[HEALTH_CONDITION:insulin]]. Review in Clinic 4B after 12 weeks.
        Yours sincerely, Dr [[PERSON:Iain MacLeod]], Consultant Diabetologist — secretary [[PHONE_NUMBER:01224 552918]]
        """#,
        #"""
        Ysbyty Gwynedd, Bangor – Crynodeb Rhyddhau / Discharge Summary
        Claf / Patient: [[PERSON:Gwenllian Pritchard]], DOB [[DATE_OF_BIRTH:02.11.1941]], NHS No. [[MEDICAL_RECORD_NUMBER:648 213 7750]], Hosp. No. [[MEDICAL_RECORD_NUMBER:G0418822]]
        Admitted [[DATE:17/06/2024]] with [[HEALTH_CONDITION:community-acquired pneumonia]] on a background of [[HEALTH_CONDITION:COPD]] and [[HEALTH_CONDITION:atrial fibrillation]]; discharged [[DATE:24/06/2024]] home to [[STREET_ADDRESS:5 Ffordd Caergybi, Llangefni LL77 7PQ]].
        TTO: [[HEALTH_CONDITION:doxycycline]] 100 mg OD for 3 more days, [[HEALTH_CONDITION:apixaban]] 5 mg BD, [[HEALTH_CONDITION:Trelegy Ellipta]] one inhalation daily.
        Mae Mrs [[PERSON:Pritchard]] yn siarad Cymraeg yn bennaf – please arrange a Welsh-speaking district nurse. Ward Alaw, ext. 4471.
        GP: Dr [[PERSON:Rhodri ap Iorwerth]], Meddygfa'r Bont, Llangefni.
        """#,
        #"""
        KPH Medical Ward 3 – night report to day staff, Tues [[DATE:12th March]]
        Bed 14: Mr [[PERSON:Desmond Bailey-Whyte]], 67, docket # [[MEDICAL_RECORD_NUMBER:KPH-0098341]], NHF card [[MEDICAL_RECORD_NUMBER:3004722810]]. In with [[HEALTH_CONDITION:hyperglycaemic crisis]] + infected [[HEALTH_CONDITION:diabetic foot ulcer]]; on [[HEALTH_CONDITION:Actrapid]] sliding scale, CBG 14.2 at 6am.
        Bed 15: miss [[PERSON:shanice]], 19 – [[HEALTH_CONDITION:sickle cell disease]] in [[HEALTH_CONDITION:vaso-occlusive crisis]], pain 7/10, got [[HEALTH_CONDITION:morphine]] 5mg @ 5:30. Mummy seh she nah eat since yesterday.
        Her sister [[PERSON:Tameka]] keep calling fi update – [[PHONE_NUMBER:876-459-2207]]. Day nurse [[PERSON:P. Grant]] taking over, Sister [[PERSON:Ebanks]] aware.
        """#,
        #"""
        Referral: Adabraka Polyclinic → Korle Bu Teaching Hospital, Renal Unit
        Patient: [[PERSON:Kwabena Ofori Mensah]], M, 44 yrs, NHIS No. [[MEDICAL_RECORD_NUMBER:07283345]], Ghana Card [[MEDICAL_RECORD_NUMBER:GHA-718230459-6]]
        Known [[HEALTH_CONDITION:hypertension]] x 6 yrs on [[HEALTH_CONDITION:nifedipine]] 20 mg bd; now [[HEALTH_CONDITION:proteinuria]] 3+, creatinine 212 µmol/L. Treated for [[HEALTH_CONDITION:malaria]] with [[HEALTH_CONDITION:Coartem]] on [[DATE:3rd August 2024]].
        Kindly review for possible [[HEALTH_CONDITION:CKD]]. Residence: [[STREET_ADDRESS:H/No. 14 Nii Tackie Tawiah Street, Kokomlemle, Accra]]
        Dr [[PERSON:Akosua Bempah]], MO — [[PHONE_NUMBER:024 468 1390]], [[EMAIL_ADDRESS:a.bempah@adabrakapoly.gh]]
        """#,
        #"""
        Mulago ISS Clinic – follow-up visit, [[DATE:21/05/2024]]
        Client: [[PERSON:Sarah Nakato Ssempijja]], ART No. [[MEDICAL_RECORD_NUMBER:ISS/2016/04417]], NIN [[MEDICAL_RECORD_NUMBER:CF85031104XKTL]]
        Dx [[HEALTH_CONDITION:HIV-1]] 2016. Stable on [[HEALTH_CONDITION:tenofovir]]/[[HEALTH_CONDITION:lamivudine]]/[[HEALTH_CONDITION:dolutegravir]], VL <50 copies/mL. Today c/o [[HEALTH_CONDITION:vaginal candidiasis]]; given [[HEALTH_CONDITION:fluconazole]] 150 mg stat.
        Next refill [[DATE:20 August 2024]] (3-month MMD). Tel on file [[PHONE_NUMBER:+256 772 418 036]]; she has shifted to Kawempe, new address not yet given.
        Counsellor: [[PERSON:Okello J.]]
        """#,
        #"""
        Farmasi Klinik Kesihatan Seksyen 7, Shah Alam – Nota Pendispensan
        Pesakit: [[PERSON:Nurul Ain binti Kamarudin]], No. KP [[MEDICAL_RECORD_NUMBER:870915-10-5528]], No. RN [[MEDICAL_RECORD_NUMBER:KKS7/0231178]]
        Diagnosis: [[HEALTH_CONDITION:Diabetes Mellitus jenis 2]], [[HEALTH_CONDITION:darah tinggi]]. Ubat untuk 2 bulan: [[HEALTH_CONDITION:Metformin]] 500mg BD, [[HEALTH_CONDITION:Amlodipine]] 10mg OD, [[HEALTH_CONDITION:Atorvastatin]] 20mg ON.
        Pesakit mengadu [[HEALTH_CONDITION:cirit-birit]] lepas makan [[HEALTH_CONDITION:Metformin]] – dah nasihat ambil selepas makan. Temujanji seterusnya: [[DATE:14 Januari 2025]].
        Tel pesakit: [[PHONE_NUMBER:012-774 3381]]. Ahli farmasi: [[PERSON:Tan Mei Ling]]
        """#,
        #"""
        Fountain House Lahore – Psychiatric Intake
        Name: [[PERSON:Muhammad Usman Qureshi]] s/o [[PERSON:Abdul Rasheed Qureshi]] | CNIC [[MEDICAL_RECORD_NUMBER:35202-4419873-7]] | MR# [[MEDICAL_RECORD_NUMBER:FH-24-01876]] | DOB [[DATE_OF_BIRTH:08-02-1996]]
        Brought by elder brother [[PERSON:Hamza]] ([[PHONE_NUMBER:0321-4470912]]). 4 months of low mood, [[HEALTH_CONDITION:insomnia]] and [[HEALTH_CONDITION:panic attacks]] since losing his job at a textile mill in Faisalabad.
        Was given [[HEALTH_CONDITION:Xanax]] 0.5 mg by a local GP, taking it "whenever tension hoti hai".
        Provisional Dx: [[HEALTH_CONDITION:moderate depressive episode]] with [[HEALTH_CONDITION:panic disorder]]. Start [[HEALTH_CONDITION:escitalopram]] 5 mg, taper [[HEALTH_CONDITION:Xanax]] over 4 weeks.
        Address: [[STREET_ADDRESS:House 112, Street 9, Block C, Faisal Town, Lahore]]
        """#,
        #"""
        Hospital Clínico San Borja Arriarán – Epicrisis
        Paciente: [[PERSON:Catalina Fuentealba Riquelme]], RUT [[MEDICAL_RECORD_NUMBER:16.482.903-K]], Ficha N° [[MEDICAL_RECORD_NUMBER:2019-448201]], previsión Fonasa tramo B.
        Ingreso [[DATE:03-09-2024]], egreso [[DATE:07-09-2024]]. Diagnóstico: [[HEALTH_CONDITION:colecistitis aguda litiásica]]; se realizó colecistectomía laparoscópica sin incidentes.
        Indicaciones al alta: [[HEALTH_CONDITION:Ketoprofeno]] 100 mg c/12 h por 5 días, [[HEALTH_CONDITION:Omeprazol]] 20 mg. Control en policlínico de Cirugía con Dr. [[PERSON:Ignacio Valdebenito]].
        Domicilio: [[STREET_ADDRESS:Pasaje Los Aromos 1342, Maipú, Santiago]]. Fono: [[PHONE_NUMBER:+56 9 8412 7703]].
        """#,
        #"""
        Mensaje portal pacientes – Clínica del Country, Bogotá
        buenas tardes dra [[PERSON:valencia]], le escribe [[PERSON:juan sebastián ospina]], CC [[MEDICAL_RECORD_NUMBER:1.020.784.331]], afiliado a Sanitas EPS.
        desde el [[DATE:15 de octubre]] sigo con la [[HEALTH_CONDITION:migraña]] casi todos los dias y el [[HEALTH_CONDITION:Naratriptán]] ya no me hace efecto, tambien tengo [[HEALTH_CONDITION:náuseas]]. hoy me tomé 2 [[HEALTH_CONDITION:Dolex]] y nada.
        puedo pedir cita antes del puente festivo? mi cel es [[PHONE_NUMBER:310 562 8847]] o al correo [[EMAIL_ADDRESS:jsospina92@hotmail.com]]. mil gracias
        """#,
        #"""
        Certificado de Incapacidade Temporária – USF Ramalde, Porto
        Utente: [[PERSON:Maria da Conceição Figueiredo Lopes]], N.º de utente SNS [[MEDICAL_RECORD_NUMBER:284 917 306]]
        Diagnóstico: [[HEALTH_CONDITION:lombociatalgia]] esquerda por [[HEALTH_CONDITION:hérnia discal L5-S1]]. Incapacidade de [[DATE:11/11/2024]] a [[DATE:25/11/2024]] (15 dias), doença natural.
        Medicação: [[HEALTH_CONDITION:Ben-u-ron]] 1 g de 8/8h, [[HEALTH_CONDITION:Voltaren]] 75 mg, [[HEALTH_CONDITION:tiocolquicósido]] 4 mg.
        Morada: [[STREET_ADDRESS:Rua de Serralves 418, 3.º Esq., 4150-706 Porto]]
        Médica de família: Dra. [[PERSON:Inês Carvalhal]] — tel. [[PHONE_NUMBER:22 834 1190]]
        """#,
        #"""
        AZ Sint-Jan Brugge – Laboratorium Klinische Biologie – resultaatnota
        Patiënt: [[PERSON:Pieter-Jan Vandenbroucke]], ° [[DATE_OF_BIRTH:22/07/1979]], rijksregisternr. [[MEDICAL_RECORD_NUMBER:79.07.22-341.56]], dossiernr. [[MEDICAL_RECORD_NUMBER:0004518832]]
        Staalname [[DATE:5 februari 2025]]: TSH 0,08 mU/L (laag), vrij T4 31 pmol/L (hoog) – past bij [[HEALTH_CONDITION:hyperthyreoïdie]].
        Patiënt neemt [[HEALTH_CONDITION:L-Thyroxine Christiaens]] 125 µg sinds de operatie voor [[HEALTH_CONDITION:struma]] – overdosering? Graag contact met huisarts dr. [[PERSON:An Desmet]], [[PHONE_NUMBER:050 45 21 87]].
        Validatie: apr. biol. [[PERSON:K. Verhaeghe]]
        """#,
        #"""
        Arbeitsmedizinisches Gutachten – Betriebsärztlicher Dienst, Stahlwerk Linz
        Untersuchte Person: Herr [[PERSON:Florian Gschwandtner]], SV-Nr. [[MEDICAL_RECORD_NUMBER:4127 180385]], Personalnr. [[EMPLOYEE_NUMBER:VA-55013]]
        Befund vom [[DATE:28.01.2025]]: [[HEALTH_CONDITION:Lärmschwerhörigkeit]] beidseits (Hörverlust 45 dB bei 4 kHz), zusätzlich [[HEALTH_CONDITION:Kontaktekzem]] an beiden Händen.
        Empfehlung: weiterhin tauglich für Hochofen 5 mit Gehörschutz; [[HEALTH_CONDITION:Advantan]] Creme 2x täglich. Nachuntersuchung in 12 Monaten.
        Dr. [[PERSON:Elisabeth Haider-Pölzl]], Arbeitsmedizinerin, Tel. [[PHONE_NUMBER:+43 732 6585 2241]]
        """#,
        #"""
        Zdravstveni dom Ljubljana Šiška – Napotnica
        Pacient: [[PERSON:Matej Kovačič]], roj. [[DATE_OF_BIRTH:3. 4. 1972]], št. zavarovane osebe (ZZZS): [[MEDICAL_RECORD_NUMBER:027519384]]
        Napoten h kardiologu zaradi [[HEALTH_CONDITION:angine pektoris]] ob naporu in [[HEALTH_CONDITION:hiperlipidemije]]. Redna terapija: [[HEALTH_CONDITION:Sorvasta]] 20 mg, [[HEALTH_CONDITION:Aspirin protect]] 100 mg.
        Stopnja nujnosti: hitro. Datum: [[DATE:16. 10. 2024]].
        Naslov: [[STREET_ADDRESS:Celovška cesta 112, 1000 Ljubljana]], GSM [[PHONE_NUMBER:041 338 902]]
        Izbrani zdravnik: dr. [[PERSON:Špela Zupančič]], dr. med.
        """#,
        #"""
        Heilsugæslan Hlíðum – Læknabréf
        Sjúklingur: [[PERSON:Sigríður Þórhallsdóttir]], kt. [[MEDICAL_RECORD_NUMBER:120568-3419]]
        Komudagur [[DATE:7. mars 2025]]. Greining: [[HEALTH_CONDITION:þunglyndi]] og [[HEALTH_CONDITION:kvíði]]; byrjað á [[HEALTH_CONDITION:Sertral]] 50 mg. Hefur áður notað [[HEALTH_CONDITION:Imovane]] vegna [[HEALTH_CONDITION:svefnleysis]].
        Heimilisfang: [[STREET_ADDRESS:Barmahlíð 23, 105 Reykjavík]]. Sími [[PHONE_NUMBER:862 4417]].
        Læknir: [[PERSON:Gunnar Bjarni Einarsson]]
        """#,
        #"""
        CIUSSS du Centre-Sud-de-l'Île-de-Montréal – Hôpital Notre-Dame, résumé de congé
        Patiente : [[PERSON:Geneviève Tremblay-Gagnon]], née le [[DATE_OF_BIRTH:1978-06-12]], RAMQ [[MEDICAL_RECORD_NUMBER:TREG 7856 1214]], dossier [[MEDICAL_RECORD_NUMBER:ND-0347719]]
        Admise le [[DATE:2 décembre 2024]] pour [[HEALTH_CONDITION:pyélonéphrite aiguë]]; antécédents de [[HEALTH_CONDITION:lupus érythémateux disséminé]] sous [[HEALTH_CONDITION:Plaquenil]]. Congé le [[DATE:6 décembre 2024]] avec [[HEALTH_CONDITION:Cipro]] 500 mg BID x 7 jours.
        Suivi avec son médecin de famille, Dre [[PERSON:Marie-Ève Bouchard]], GMF du Plateau — [[PHONE_NUMBER:514 527-3390]] poste 214.
        Adresse : [[STREET_ADDRESS:4520, rue De Lanaudière, Montréal (Québec) H2J 3P4]]
        """#,
        #"""
        Iatreio Gynaikologias – Dr [[PERSON:Niki Stavridou]], [[STREET_ADDRESS:Egnatias 128, 546 22 Thessaloniki]]
        Referral (English copy for the insurer) – [[DATE:19/02/2025]]
        Patient: [[PERSON:Eleftheria Papadopoulou]], born [[DATE_OF_BIRTH:24/09/1991]], AMKA [[MEDICAL_RECORD_NUMBER:24099102486]]
        Diagnosis: [[HEALTH_CONDITION:polycystic ovary syndrome]] with [[HEALTH_CONDITION:iron-deficiency anaemia]] (Hb 9.8 g/dL). Currently on [[HEALTH_CONDITION:Glucophage]] 850 mg bd and [[HEALTH_CONDITION:Ferrum Hausmann]].
        Please assess for [[HEALTH_CONDITION:insulin resistance]]. Me ektimisi, [[PERSON:N. Stavridou]] — [[PHONE_NUMBER:2310 251 844]], [[EMAIL_ADDRESS:n.stavridou.gyn@otenet.gr]]
        """#,
    ]

    /// A sixth set of everyday texts, written blind to DataGuard's rules after the fifth set had been scored.
    static let sixthEveryday: [String] = [
        #"""
        From: [[PERSON:Mwila Chanda]] <[[EMAIL_ADDRESS:mwilachanda77@gmail.com]]>
        Subject: Grievance – unpaid underground allowance, Nkana North shaft
        Dear Comrade [[PERSON:Bwalya]], I write on behalf of our member [[PERSON:Joseph Mulenga Phiri]], union card no. [[MEMBER_NUMBER:MUZ/KTW/04418]], company no. [[EMPLOYEE_NUMBER:118372]], who has not been paid the K1,450 underground allowance since [[DATE:1st February 2025]].
        Copies of his payslips (periods 02 and 03) are attached. Kindly table this at Friday's branch meeting in Kitwe; you can reach me on [[PHONE_NUMBER:+260 977 451 208]].
        In solidarity,
        [[PERSON:Mwila Chanda]], Shop Steward – membership no. [[MEMBER_NUMBER:MUZ/KTW/01957]]
        """#,
        #"""
        Lanka Stitchcraft (Pvt) Ltd, Katunayake EPZ – Change of Personal Details Form
        Employee name: [[PERSON:W. A. Dilani Perera]]   Emp. No: [[EMPLOYEE_NUMBER:KTY-2231]]   Line: Sewing 6B
        New address: [[STREET_ADDRESS:No. 47/2, Temple Road, Kochchikade, Negombo]]   Mobile: [[PHONE_NUMBER:077 318 4402]]
        Emergency contact: [[PERSON:Ruwan Kumara]] (husband) – [[PHONE_NUMBER:071 552 0931]]
        Union membership (FTZ&GSEU) No: [[MEMBER_NUMBER:FTZ/4471/19]]   Effective from: [[DATE:01.04.2025]]
        Checked by: [[PERSON:S. Jayawardena]], HR Executive
        """#,
        #"""
        Subject: Payroll correction – Gazipur unit, ticket PR-5521
        Dear [[PERSON:Farhana]] apa,
        Overtime for [[PERSON:Md. Rafiqul Islam]] (ID [[EMPLOYEE_NUMBER:GZP-07731]]) was entered as 14 hrs instead of 41 hrs for the week starting [[DATE:9 March]]. Please add Tk 3,075 in the April salary run. His mobile: [[PHONE_NUMBER:01712-448391]].
        Also [[PERSON:Sharmin Akter]], card no. [[EMPLOYEE_NUMBER:GZP-08102]], is on maternity leave from [[DATE:15/04/2025]] – pls stop her attendance bonus.
        Regards,
        [[PERSON:Tanvir Hasan]], Payroll Officer, Ext. 219
        """#,
        #"""
        [09:14] [[PERSON:Lucía Benítez]]: che alguien sabe si el legajo de [[PERSON:nico]] es el [[EMPLOYEE_NUMBER:40771]]?? RRHH me lo pide para el reintegro de la obra social
        [09:15] [[PERSON:Martín Godoy]]: noo, el de [[PERSON:nico ferreyra]] es [[EMPLOYEE_NUMBER:40717]], el [[EMPLOYEE_NUMBER:40771]] es el mío jaja
        [09:17] [[PERSON:Lucía Benítez]]: uh sorry 🙈 y tu nro de afiliado a Comercio?
        [09:18] [[PERSON:Martín Godoy]]: [[MEMBER_NUMBER:117-552309]]. pasame el form y lo firmo, hoy estoy en el depósito de Barracas
        [09:20] [[PERSON:Lucía Benítez]]: dale, te lo mando a [[EMAIL_ADDRESS:mgodoy@distribuidoralaplata.com.ar]]. la reunión con el delegado es el jueves [[DATE:12/6]]
        """#,
        #"""
        Saludos cordiales,
        [[PERSON:Rosa Elvira Quispe Huamán]]
        Analista de Planillas | Minera Andes Sur S.A.C. | Código de trabajador: [[EMPLOYEE_NUMBER:MAS-003184]]
        [[STREET_ADDRESS:Av. Javier Prado Este 2465, Of. 702, San Borja, Lima 15036]]
        Cel.: [[PHONE_NUMBER:+51 984 217 653]] | Central: [[PHONE_NUMBER:(01) 612-4400]] anexo 3120 | [[EMAIL_ADDRESS:rquispe@andessur.com.pe]]
        Antes de imprimir este correo piense en el medio ambiente. Certificación ISO 45001:2018.
        """#,
        #"""
        Luxembourg, le [[DATE:18 mars 2025]]
        Objet : Résiliation du contrat de bail – [[STREET_ADDRESS:27, rue de Hollerich, L-1741 Luxembourg]]
        Madame [[PERSON:Weber]], Monsieur [[PERSON:Schmit]],
        Je vous informe que je quitterai le logement du 2e étage le [[DATE:30 juin 2025]], conformément au préavis de trois mois. La garantie locative de 2 400 € pourra être restituée après l'état des lieux.
        Vous pouvez me joindre au [[PHONE_NUMBER:+352 621 447 893]] ou par e-mail : [[EMAIL_ADDRESS:claude.reuter@pt.lu]].
        Mat beschte Gréiss – [[PERSON:Claude Reuter]]
        """#,
        #"""
        Schichttausch-Gesuch – Verteilzentrum Suhr, KW 14
        Ich, [[PERSON:Reto Bühlmann]] (Pers.-Nr. [[EMPLOYEE_NUMBER:204-8813]]), übernehme die Frühschicht von [[PERSON:Aylin Demir]] (Pers.-Nr. [[EMPLOYEE_NUMBER:204-9147]]) am [[DATE:2. April]]; sie übernimmt dafür meine Spätschicht vom [[DATE:4. April]].
        Isch so abgsproche mit em [[PERSON:Köbi]] vo de Disposition, merci vielmal! Bi Frage: [[PHONE_NUMBER:079 412 58 36]]
        Visum Teamleiter: [[PERSON:M. Zürcher]]   Datum: [[DATE:27.03.2025]]
        """#,
        #"""
        Profesinės sąjungos „Solidarumas“ Kauno skyriaus posėdžio protokolas Nr. 7
        Data: [[DATE:2025 m. vasario 13 d.]] Dalyvavo: pirmininkė [[PERSON:Rasa Jankauskienė]], sekretorius [[PERSON:Tomas Petrauskas]], nariai [[PERSON:V. Kazlauskas]] (nario Nr. [[MEMBER_NUMBER:LPS-02214]]) ir [[PERSON:Eglė Stankevičiūtė]] (nario Nr. [[MEMBER_NUMBER:LPS-03390]]).
        Svarstyta: darbuotojos (tabelio Nr. [[EMPLOYEE_NUMBER:T-5517]]) atleidimas be įspėjimo. Nutarta kreiptis į Valstybinę darbo inspekciją iki [[DATE:kovo 1 d.]]
        Kitas posėdis – [[DATE:2025-03-20]], 17 val., [[STREET_ADDRESS:Laisvės al. 86, LT-44250 Kaunas]].
        """#,
        #"""
        Külastajate register – Ülemiste City, [[STREET_ADDRESS:Valukoja 8, 11415 Tallinn]], vastuvõtt B
        [[DATE:05.03.2025]] 09:12 — [[PERSON:Kadri Tamm]], Telia Eesti AS; võõrustaja [[PERSON:Mart Kask]] (töötaja nr [[EMPLOYEE_NUMBER:40318]])
        [[DATE:05.03.2025]] 10:40 — [[PERSON:Jānis Bērziņš]], SIA Baltfreight (Rīga), tel. [[PHONE_NUMBER:+371 2914 5530]]; võõrustaja [[PERSON:Liis Saar]] (töötaja nr [[EMPLOYEE_NUMBER:40522]])
        [[DATE:06.03.2025]] 08:55 — kuller DPD, pakk nr 0048 7712 33, allkirjastas [[PERSON:L. Saar]]
        """#,
        #"""
        Sťažnosť – Dopravný podnik Bratislava, a.s.
        Meno a priezvisko: [[PERSON:Zuzana Hrušovská]]   Dátum narodenia: [[DATE_OF_BIRTH:11. 9. 1983]]
        Adresa: [[STREET_ADDRESS:Miletičova 41, 821 09 Bratislava]]   Tel.: [[PHONE_NUMBER:0905 318 447]]   E-mail: [[EMAIL_ADDRESS:zuzka.hrusovska@azet.sk]]
        Dňa [[DATE:14. 2. 2025]] o 7:45 vodič linky 39 (ev. č. vozidla 1817) odmietol zastaviť na zastávke Trnavské mýto, hoci som stlačila tlačidlo. Služobné číslo vodiča podľa preukazu: [[EMPLOYEE_NUMBER:04522]].
        Žiadam o písomné vyjadrenie do 30 dní.
        """#,
        #"""
        Formular kërkese për leje vjetore – Shqiponja Logistics sh.p.k., Durrës
        Punonjësi: [[PERSON:Erion Hoxha]]   Nr. i punonjësit: [[EMPLOYEE_NUMBER:SHL-1042]]   Departamenti: Magazina
        Periudha e lejes: nga [[DATE:21 korrik 2025]] deri më [[DATE:4 gusht 2025]] (10 ditë pune)
        Adresa gjatë lejes: [[STREET_ADDRESS:Rruga Taulantia, Pallati 12, Shk. 3, Durrës]]   Cel: [[PHONE_NUMBER:+355 69 412 7738]]
        Zëvendësuesi: [[PERSON:Blerina Kola]] (Nr. [[EMPLOYEE_NUMBER:SHL-0987]])   Miratuar: [[PERSON:A. Dervishi]], Burime Njerëzore
        """#,
        #"""
        Għażiż [[PERSON:Charlene]],
        Grazzi for the call. As agreed, here are [[PERSON:Joseph Camilleri]]'s details for the GWU legal office: membership no. [[MEMBER_NUMBER:GWU 0348817]], employee no. [[EMPLOYEE_NUMBER:MFT-22716]] (straddle carrier driver at the Freeport), suspended without pay on [[DATE:3 February 2025]].
        Home: [[STREET_ADDRESS:Flat 4, 112, Triq il-Kbira, Żurrieq ZRQ 1304]]. Mob: [[PHONE_NUMBER:7944 2183]].
        Saħħa,
        [[PERSON:Roderick Azzopardi]] – shop steward, GWU membership no. [[MEMBER_NUMBER:GWU 0219054]]
        """#,
        #"""
        Objet : Rectification de la paie de février – Usine Tanger Med
        Bonjour Mme [[PERSON:Bennani]],
        Suite à la réclamation de M. [[PERSON:Youssef El Amrani]], matricule [[EMPLOYEE_NUMBER:TM-30418]], les heures de nuit du [[DATE:10/02/2025]] au [[DATE:16/02/2025]] n'ont pas été majorées (+50 %). Montant à régulariser : 1 236,40 MAD sur la paie de mars.
        Merci de vérifier aussi le dossier de Mlle [[PERSON:Salma Ouazzani]], matricule [[EMPLOYEE_NUMBER:TM-31177]] (prime d'ancienneté).
        Cordialement, [[PERSON:Hicham Tazi]] – Service Paie, tél. [[PHONE_NUMBER:05 39 34 61 20]], [[EMAIL_ADDRESS:h.tazi@renotek-maroc.ma]]
        """#,
        #"""
        Thiès, le [[DATE:12 mai 2025]]
        À l'attention de M. le Secrétaire général, Syndicat Unitaire des Enseignants de Thiès
        Je soussignée [[PERSON:Aïssatou Ndiaye Diop]], professeure au Lycée Malick Sy, carte de membre n° [[MEMBER_NUMBER:SUET-TH-2291]], matricule de solde [[EMPLOYEE_NUMBER:618 442/K]], sollicite l'appui du syndicat pour mes rappels d'indemnités non versés depuis janvier.
        Joignable au [[PHONE_NUMBER:+221 77 645 18 32]] ou [[EMAIL_ADDRESS:aissatou.ndiayediop@yahoo.fr]]. Adresse : [[STREET_ADDRESS:Cité Ballabey, Villa n° 217, Thiès]].
        Veuillez agréer mes salutations militantes. — [[PERSON:A. N. Diop]]
        """#,
        #"""
        [[PERSON:dean]]: hey [[PERSON:kainoa]] u still need somebody fo sat graveyard at Pier 1? i can take um if you take my day shift [[DATE:Dec 24]] 😅
        [[PERSON:Kainoa Kahananui]]: shoots brah!! lemme tell auntie [[PERSON:Leilani]] in dispatch. my badge stay [[EMPLOYEE_NUMBER:MTS-4471]]
        [[PERSON:dean]]: k mine [[EMPLOYEE_NUMBER:MTS-3906]]. ILWU Local 142 book # [[MEMBER_NUMBER:142-08817]] if she like know
        [[PERSON:Kainoa Kahananui]]: mahalo!! call me [[PHONE_NUMBER:808-941-3307]] if anything, I stay Kalihi till pau hana
        """#,
        #"""
        Minutes – IBEW Local 130 general membership meeting, [[DATE:March 11, 2025]], called to order 7:02 pm
        Present: Bro. [[PERSON:Curtis Thibodeaux]] (presiding), Sis. [[PERSON:Marisol Rivera Santiago]] (rec. sec.), 38 members.
        New members sworn in: [[PERSON:Remy Boudreaux]] (card #[[MEMBER_NUMBER:130-447821]]) and [[PERSON:Yadiel Cruz Ortiz]] (card #[[MEMBER_NUMBER:130-447836]]), who came over from Bayamón, PR – Sis. [[PERSON:Rivera]] welcomed him with "bienvenido, y'all".
        Grievance 25-07 vs. Crescent Grid Services: member's employee ID [[EMPLOYEE_NUMBER:CGS-10293]], call-out pay denied on [[DATE:Feb. 22]]. Referred to the BM.
        Next meeting at the hall, [[STREET_ADDRESS:3200 Ridgelake Dr, Suite 110, Metairie, LA 70002]]. Mais, laissez les bons temps rouler. Adjourned 8:15 pm.
        """#,
    ]
}
