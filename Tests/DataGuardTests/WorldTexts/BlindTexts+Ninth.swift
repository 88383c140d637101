extension BlindTexts {
    /// A ninth set of clinical texts, written blind to DataGuard's rules after the eighth set had been scored.
    static let ninthClinical: [String] = [
        #"""
        DISCHARGE SUMMARY – Riverbend Medical Center, Burlington VT
        Patient: [[PERSON:Harlan T. Whitcomb]]   MRN: [[MEDICAL_RECORD_NUMBER:RB-00471963]]   DOB: [[DATE_OF_BIRTH:03/14/1952]]
        Admitted [[DATE:11/02/2024]] with [[HEALTH_CONDITION:community-acquired pneumonia]]; course complicated by new [[HEALTH_CONDITION:atrial fibrillation]] with rapid rate on day 2.
        Discharged on [[HEALTH_CONDITION:apixaban]] 5 mg BID and [[HEALTH_CONDITION:metoprolol succinate]] 50 mg daily; finish [[HEALTH_CONDITION:amoxicillin-clavulanate]] x 3 more days.
        Follow-up with PCP in 1 week. Echo ordered, EF pending. Room 4 West, bed 12.
        """#,
        #"""
        Lunenburg Family Pharmacy – consult note, [[DATE:2024-09-18]]
        Pt [[PERSON:Colleen MacIsaac]], NS Health Card [[MEDICAL_RECORD_NUMBER:0012 345 678]], called re: new Rx for [[HEALTH_CONDITION:Synthroid]] 88 mcg.
        She is also on [[HEALTH_CONDITION:warfarin]] for a past [[HEALTH_CONDITION:DVT]] — counselled on spacing from calcium & iron, INR check booked at clinic.
        Callback number [[PHONE_NUMBER:902-555-0193]]. Blister pack #7 ready Friday; co-pay $4.50. — R.Ph. [[PERSON:D. Boudreau]]
        """#,
        #"""
        HOJA DE REFERENCIA – IMSS UMF No. 34, Zapopan, Jal.
        Paciente: [[PERSON:María Guadalupe Esparza Treviño]]   NSS: [[MEDICAL_RECORD_NUMBER:0418 76 5432 9]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:22/07/1968]]   Fecha de envío: [[DATE:5 de marzo de 2025]]
        Dx: [[HEALTH_CONDITION:diabetes mellitus tipo 2]] descontrolada, probable [[HEALTH_CONDITION:retinopatía diabética]]. Tx actual: [[HEALTH_CONDITION:metformina]] 850 mg c/12h, [[HEALTH_CONDITION:insulina glargina]] 20 UI.
        Se envía a Oftalmología, HGZ 89. Glucosa capilar 287 mg/dL. Tel. de contacto: [[PHONE_NUMBER:33 3612 4587]]
        """#,
        #"""
        Laboratorio Clínico – Hospital Pasteur, Montevideo
        Usuario: [[PERSON:Gonzalo Ferreira Olivera]]   C.I. [[MEDICAL_RECORD_NUMBER:4.382.107-6]]   Muestra extraída el [[DATE:14/10/2024]]
        Hemoglobina 9,8 g/dL, ferritina 6 ng/mL: compatible con [[HEALTH_CONDITION:anemia ferropénica]]. Solicitado por la Dra. [[PERSON:Sosa]].
        Paciente refiere toma de [[HEALTH_CONDITION:omeprazol]] 20 mg desde hace 2 años. Resultados remitidos a policlínica Colón; orden N.º 55721.
        """#,
        #"""
        Ward 7B handover, night shift — Queen Elizabeth University Hospital, Glasgow
        Bed 14: [[PERSON:Morag Lindsay]], 81, CHI [[MEDICAL_RECORD_NUMBER:1203438716]]. Admitted [[DATE:21/01]] with [[HEALTH_CONDITION:NSTEMI]], now on [[HEALTH_CONDITION:ticagrelor]] + [[HEALTH_CONDITION:aspirin]].
        Bit of [[HEALTH_CONDITION:delirium]] after 2am, pulled her cannula — re-sited, FY1 aware. Daughter [[PERSON:Fiona]] wants a call in the morning, mobile [[PHONE_NUMBER:07700 900482]].
        NEWS 3 at 06:00. Cardiology review pending, TBC whether angio Thursday.
        """#,
        #"""
        Ballymote Medical Centre, Co. Sligo
        Re: [[PERSON:Pádraig Ó Conchúir]], DOB [[DATE_OF_BIRTH:09/11/1979]], GMS card no. [[MEDICAL_RECORD_NUMBER:2716453K]]
        Dear Dr [[PERSON:Ní Bhriain]], I would be grateful if you could see this man with a 4-month history of [[HEALTH_CONDITION:lower back pain]] radiating to the left leg, ?[[HEALTH_CONDITION:L5 radiculopathy]].
        No improvement on [[HEALTH_CONDITION:naproxen]] or [[HEALTH_CONDITION:Lyrica]] 75 mg. He works as a lorry driver and is anxious about his licence.
        Yours sincerely, Dr [[PERSON:Aoife Keane]]
        """#,
        #"""
        INFORME D'ALTA – Servei de Medicina Interna, Hospital Comarcal de l'Alt Ter (Ripoll)
        Pacient: [[PERSON:Jordi Puigvert i Casals]] · CIP: [[MEDICAL_RECORD_NUMBER:PUCA0620518004]] · NHC [[MEDICAL_RECORD_NUMBER:2290417]]
        Ingrés: [[DATE:3 de febrer de 2025]] · Alta: [[DATE:11 de febrer de 2025]]
        Diagnòstic principal: [[HEALTH_CONDITION:insuficiència cardíaca descompensada]]. Antecedents de [[HEALTH_CONDITION:MPOC]] (GOLD 2).
        Tractament a l'alta: [[HEALTH_CONDITION:furosemida]] 40 mg/dia, [[HEALTH_CONDITION:Spiriva]] 1 inhalació/dia. Control a l'ABS Ripoll en 7 dies.
        """#,
        #"""
        Arbeitsunfähigkeitsbescheinigung – Gemeinschaftspraxis am Südplatz, Leipzig
        Versicherte: [[PERSON:Katrin Schwabe]], geb. [[DATE_OF_BIRTH:17.04.1988]], Versicherten-Nr. [[MEDICAL_RECORD_NUMBER:K482907315]], Kasse: AOK Plus
        arbeitsunfähig seit [[DATE:02.12.2024]], voraussichtlich bis einschließlich [[DATE:06.12.2024]] – Erstbescheinigung
        Diagnose: J06.9 [[HEALTH_CONDITION:akute Infektion der oberen Atemwege]]; Empfehlung: [[HEALTH_CONDITION:Ibuprofen]] 400 bei Bedarf, viel trinken.
        Betriebsstätten-Nr. 731234500, Arzt-Nr. 112358801.
        """#,
        #"""
        Bericht via MijnGezondheid.net – [[DATE:8 januari 2025]]
        Beste dokter [[PERSON:Van der Heijden]], ik ben [[PERSON:Sanne Kuipers]] (BSN [[MEDICAL_RECORD_NUMBER:238 471 901]]). Sinds de kerst heb ik weer last van mijn [[HEALTH_CONDITION:migraine]], bijna 3x per week.
        De [[HEALTH_CONDITION:sumatriptan]] helpt niet meer zo goed. Mag ik iets anders proberen, of moet ik langskomen?
        Ik ben overdag bereikbaar op [[PHONE_NUMBER:06-41827390]]. Groetjes, [[PERSON:Sanne]]
        """#,
        #"""
        Sjúkraþjálfun Reykjavíkur – physiotherapy progress note
        Skjólstæðingur: [[PERSON:Guðrún Hallgrímsdóttir]], kt. [[MEDICAL_RECORD_NUMBER:150790-3249]]
        Session 6 of 12, [[DATE:19. mars 2025]]. Rehab after [[HEALTH_CONDITION:ACL rupture]] (right knee), reconstruction at Landspítali in January.
        ROM 0–125°, quad lag resolved. Still mild [[HEALTH_CONDITION:patellofemoral pain]] on stairs. Progressing to single-leg squats, 3×10.
        Next appointment booked; client reachable at [[PHONE_NUMBER:862 4417]].
        """#,
        #"""
        Gabinet Stomatologiczny „Uśmiech” – karta wizyty z dnia [[DATE:12.06.2024]]
        Pacjent: [[PERSON:Tomasz Wróblewski]], PESEL [[MEDICAL_RECORD_NUMBER:85031204579]]
        Rozpoznanie: [[HEALTH_CONDITION:próchnica głęboka]] zęba 36, odwracalne [[HEALTH_CONDITION:zapalenie miazgi]]. Znieczulenie: [[HEALTH_CONDITION:Ubistesin]] 1,7 ml.
        Pacjent przyjmuje [[HEALTH_CONDITION:acenokumarol]] – INR 2,4 z dnia [[DATE:10.06]]. Kontrola za 3 tygodnie. Tel. [[PHONE_NUMBER:+48 601 234 875]]
        """#,
        #"""
        Gebe İzlem Notu – Kadın Doğum Polikliniği, Ege Tıp Merkezi, İzmir
        Hasta: [[PERSON:Elif Karakaya]]   T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:31856204718]]   SAT: [[DATE:04.08.2025]]
        G2P1, 28+3 hafta. OGTT sonucu [[HEALTH_CONDITION:gestasyonel diyabet]] ile uyumlu; diyet ve kan şekeri takibi önerildi.
        Hafif [[HEALTH_CONDITION:anemi]] mevcut, [[HEALTH_CONDITION:Ferro Sanol]] devam. Eşi [[PERSON:Murat Karakaya]] bilgilendirildi, tel: [[PHONE_NUMBER:0532 418 77 05]]
        """#,
        #"""
        Butabika National Referral Hospital – ward review note
        IP No. [[MEDICAL_RECORD_NUMBER:BNRH/IP/2024/06613]]. Pt [[PERSON:Ssemakula Ronald]], 27M, brought in by brother [[PERSON:Kato]] on [[DATE:2nd September 2024]].
        Working dx: [[HEALTH_CONDITION:acute psychotic episode]], r/o [[HEALTH_CONDITION:cannabis-induced psychosis]]. Started [[HEALTH_CONDITION:haloperidol]] 5 mg bd and [[HEALTH_CONDITION:benzhexol]] 2 mg.
        Sleeping better, less agitated. Brother's line [[PHONE_NUMBER:0772 481 906]]. Plan: family psychoeducation Friday, review by consultant.
        """#,
        #"""
        Kaveri Multispeciality Hospital, Coimbatore – Dept. of Radiology, USG Abdomen
        Name: Mrs. [[PERSON:Lakshmi Venkataraman]]   Age/Sex: 46/F   UHID: [[MEDICAL_RECORD_NUMBER:KMC2024-118735]]
        Ref. by: Dr. [[PERSON:R. Subramaniam]]   Date: [[DATE:17-01-2025]]   Report no. R/USG/4471
        Impression: Multiple calculi in gall bladder, largest 14 mm — [[HEALTH_CONDITION:cholelithiasis]]. Grade I [[HEALTH_CONDITION:fatty liver]]. CBD normal (5 mm).
        Patient on [[HEALTH_CONDITION:Pan-D]] for 3 months as per history. Kindly correlate clinically.
        """#,
        #"""
        Sangyōi mendan kiroku – Tōyō Seimitsu K.K., Kawasaki kōjō
        Shain: [[PERSON:Fujimoto Kenta]] (shain bangō [[EMPLOYEE_NUMBER:TS-208841]]), mendan-bi [[DATE:2025-05-22]]
        Overtime 94 h last month. Reports [[HEALTH_CONDITION:insomnia]]; PHQ-9 = 16.
        Iken: suspected [[HEALTH_CONDITION:tekiō shōgai]] — refer to Kawasaki Mental Clinic; currently taking [[HEALTH_CONDITION:Myslee]] 5 mg from own clinic.
        Shūgyō sochi: no overtime for 1 month, re-interview in June. Copy to jinji-bu (HR).
        """#,
        #"""
        Home Care Visit Note – BlueCare Community Nursing, Toowoomba
        Client: [[PERSON:Desmond Pryor]]   Medicare: [[MEDICAL_RECORD_NUMBER:2953 61847 2]]   Visit: Tue [[DATE:14/01/2025]]
        Address: [[STREET_ADDRESS:27 Herries Lane, Harristown QLD 4350]]
        Wound review L lower leg — [[HEALTH_CONDITION:venous leg ulcer]] 3.2 x 2.1 cm, less exudate. Dressed with Aquacel Ag + compression.
        BGL 9.4 before lunch; reminded re [[HEALTH_CONDITION:Jardiance]] with breakfast. Wife [[PERSON:Noreen]] managing well. Next visit Friday.
        """#,
    ]

    /// A ninth set of everyday texts, written blind to DataGuard's rules after the eighth set had been scored.
    static let ninthEveryday: [String] = [
        #"""
        From: [[EMAIL_ADDRESS:dana.okonkwo@pdxtransitworkers.org]]
        To: steward team, ATU Local 757
        Subject: Step 1 grievance – [[PERSON:Rick Halvorsen]], Powell Garage
        He's member #[[MEMBER_NUMBER:757-04418]], operator badge [[EMPLOYEE_NUMBER:31672]], and was written up on [[DATE:Oct 3]] for a late pull-out caused by a bus defect, not by him.
        We're filing under Article 12. Please don't forward outside the Local. Call me at [[PHONE_NUMBER:503-555-0127]] — [[PERSON:Dana]]
        """#,
        #"""
        Best regards,
        [[PERSON:Park Ji-hoon]] | Senior Procurement Manager
        Hanseong Logistics Co., Ltd. · [[STREET_ADDRESS:152 Teheran-ro, Gangnam-gu, Seoul 06236]], 12th floor
        M [[PHONE_NUMBER:+82 10-4821-7730]] | T [[PHONE_NUMBER:+82 2-3458-0190]] | E [[EMAIL_ADDRESS:jihoon.park@hanseonglogis.co.kr]]
        This e-mail and any attachment (PO-2025-0418) are confidential. Please consider the environment before printing.
        """#,
        #"""
        Shift Swap Request – Prairie Harvest Foods, Moose Jaw plant
        Requesting employee: [[PERSON:Brittany Lindgren]], Emp # [[EMPLOYEE_NUMBER:004512]], Line 3 packaging
        Covering employee: [[PERSON:Jaspreet Gill]], Emp # [[EMPLOYEE_NUMBER:004877]]
        Shifts to swap: Sat [[DATE:Feb 15]], 7:00–15:30 ⇄ Sun [[DATE:Feb 23]], 7:00–15:30
        Reason: my kid's hockey tournament in Swift Current. Both of us stay under 40 hrs that week. Supervisor approval: ________
        """#,
        #"""
        A: Dirección de Recursos Humanos, Empresa Provincial de Transporte, Camagüey
        Yo, [[PERSON:Yanelis Ramírez Cabrera]], No. de trabajador [[EMPLOYEE_NUMBER:0834]], solicito licencia no retribuida del [[DATE:10 de junio]] al [[DATE:24 de junio]] para atender a mi madre en Holguín.
        Dirección particular: [[STREET_ADDRESS:Calle República No. 412 e/ Finlay y Padre Olallo, Camagüey]]
        Teléfono: [[PHONE_NUMBER:+53 5 284 1167]]. Afiliada a la sección sindical, carné [[MEMBER_NUMBER:SNTT-22019]].
        """#,
        #"""
        Oi [[PERSON:Fernanda]], tudo bem?
        Veio errado meu holerite de março: não entraram as 12 horas extras do dia [[DATE:18/03]] nem o adicional noturno.
        Minha matrícula é [[EMPLOYEE_NUMBER:10.447-3]], setor Expedição, turno C. Se precisar te mando o print do ponto.
        Dá pra corrigir na folha de abril? Meu zap é [[PHONE_NUMBER:(11) 98734-2210]]. Valeu! [[PERSON:Rodrigo Batista]]
        """#,
        #"""
        [[STREET_ADDRESS:Flat 2, 41 Ravenhill Avenue, Belfast BT6 8LD]]
        [[DATE:7 November 2024]]
        Dear Mr [[PERSON:Maguire]],
        I am writing again about the damp and black mould in the back bedroom, first reported on [[DATE:12 September]]. The extractor fan still doesn't work and my son's [[HEALTH_CONDITION:asthma]] has got worse.
        Please contact me on [[PHONE_NUMBER:07821 334 906]] to arrange access, otherwise I will contact the Housing Executive.
        Yours sincerely, [[PERSON:Siobhan Devlin]]
        """#,
        #"""
        Objet : Adhésion et permanence juridique – section CGT Forges de Saint-Nazaire
        Bonjour Mme [[PERSON:Lefebvre]],
        Je vous confirme l'adhésion de [[PERSON:Karim Benali]] (n° d'adhérent [[MEMBER_NUMBER:44-CGT-08172]], matricule [[EMPLOYEE_NUMBER:FSN 2291]]) à compter du [[DATE:1er octobre 2024]].
        La permanence juridique aura lieu le jeudi [[DATE:17 octobre]] à 14h, salle B. Pour toute question : [[EMAIL_ADDRESS:cgt.forges-stnazaire@orange.fr]]
        Syndicalement, [[PERSON:Nathalie Guérin]], secrétaire de section
        """#,
        #"""
        Modulo di iscrizione – Corso "Sicurezza sul lavoro – Rischio alto" (16 ore), Aula Volta
        Cognome e nome: [[PERSON:Colombo Alessandra]]   Matricola: [[EMPLOYEE_NUMBER:MI-07734]]   Reparto: Magazzino Rho
        Sessioni: martedì [[DATE:8 aprile]] e mercoledì [[DATE:9 aprile 2025]], 9:00–17:00
        E-mail aziendale: [[EMAIL_ADDRESS:a.colombo@logisticanord.it]]   Costo a carico dell'azienda (€ 320,00)
        Firma del responsabile: ____________
        """#,
        #"""
        Protokoll, medlemsmöte Kommunal, klubben Sundsvalls hemtjänst, [[DATE:2025-02-06]]
        Närvarande: [[PERSON:Annika Berglund]] (ordf.), [[PERSON:Mikael Sjögren]] (sekr.), 14 medlemmar.
        § 3 Rehabärende: medlem nr [[MEMBER_NUMBER:8803-115742]] – styrelsen stöder begäran om anpassade arbetstider.
        § 4 Nästa möte [[DATE:6 mars]] kl. 17.30. Justeras av [[PERSON:Leila Haddad]].
        """#,
        #"""
        Töötaja andmete muutmise avaldus / Change of employee details
        Nimi: [[PERSON:Kristjan Tamm]]   Töötaja nr: [[EMPLOYEE_NUMBER:EE-10392]]   Ametiühingu liikmenumber: [[MEMBER_NUMBER:ITAL-5520]]
        Uus aadress: [[STREET_ADDRESS:Pärnu mnt 118-24, 11313 Tallinn]]
        Uus telefon: [[PHONE_NUMBER:+372 5384 2197]]   Kehtib alates: [[DATE:01.03.2025]]
        Osakond: Tarkvaraarendus (tiim Lõuna). Allkiri / kuupäev: ______
        """#,
        #"""
        Obrazac za pritužbu – Odjel ljudskih resursa, Jadran Logistika d.o.o., Rijeka
        Podnositeljica: [[PERSON:Ivana Horvat]], matični broj zaposlenika [[EMPLOYEE_NUMBER:RI-4471]], skladište 2
        Članica Sindikata prometa, br. iskaznice [[MEMBER_NUMBER:SP-0092281]]
        Opis: Dana [[DATE:14. siječnja 2025]]. voditelj smjene [[PERSON:Dario Kovačević]] mi je pred kolegama prijetio otkazom zbog bolovanja.
        Kontakt: [[EMAIL_ADDRESS:ivana.horvat.ri@gmail.com]]
        """#,
        #"""
        Raport incident SSM nr. 27/2024 – Fabrica de mobilă Carpați, Sibiu
        Data incidentului: [[DATE:23.05.2024]], ora 10:40, hala de debitare
        Accidentat: [[PERSON:Ionuț Popescu]], marca [[EMPLOYEE_NUMBER:2387]], operator CNC; membru de sindicat, legitimație nr. [[MEMBER_NUMBER:SLS-11406]]
        Descriere: [[HEALTH_CONDITION:plagă tăiată]] la indexul stâng, mănușile Kevlar nu erau purtate. Prim ajutor acordat la cabinetul medical.
        Martor: [[PERSON:Gheorghe Dumitrescu]], marca [[EMPLOYEE_NUMBER:1942]].
        """#,
        #"""
        NUMSA – Ekurhuleni Region, Grievance Form (Stage 2)
        Member: [[PERSON:Sipho Mahlangu]]   Membership No.: [[MEMBER_NUMBER:NUM/GT/558201]]   Clock No.: [[EMPLOYEE_NUMBER:77314]]
        Employer: Vaal Steel Fabricators (Pty) Ltd, Vanderbijlpark
        Grievance: short-paid R1 240,00 standby allowance for [[DATE:12 April 2025]] and [[DATE:13 April 2025]]; payslip ref 2025/04.
        Shop steward: [[PERSON:Thandeka Nkosi]], cell [[PHONE_NUMBER:082 517 3390]]
        """#,
        #"""
        [9:14 PM] [[PERSON:jomar]]: pre pa-cover naman ako bukas sa night shift, may sakit si bunso 😩
        [9:15 PM] [[PERSON:kat reyes]]: sige ako na. ano emp id mo para sa swap form?
        [9:15 PM] [[PERSON:jomar]]: [[EMPLOYEE_NUMBER:PH-22-01873]]. akin na lang yung sat mo sa [[DATE:nov 30]] hehe
        [9:16 PM] [[PERSON:kat reyes]]: deal. text mo ko [[PHONE_NUMBER:0917 552 3048]] pag naka-file na kay TL
        """#,
        #"""
        Objet : Demande de congé annuel – [[PERSON:Aminata Diop]], matricule [[EMPLOYEE_NUMBER:SN-0417-B]]
        Bonjour,
        Je sollicite 15 jours de congé du [[DATE:2 août 2025]] au [[DATE:16 août 2025]] pour le Magal de Touba et des affaires familiales à Kaolack.
        Pendant mon absence, [[PERSON:Ousmane Faye]] assurera l'intérim au guichet. Je reste joignable au [[PHONE_NUMBER:+221 77 438 21 06]].
        Cordialement, [[PERSON:Aminata]]
        """#,
        #"""
        Hi [[PERSON:Salote]],
        Just confirming I've put in for 3 days' special leave ([[DATE:18/06/2025]]–[[DATE:20/06/2025]]) for my momo's reguregu in Levuka.
        Staff no. [[EMPLOYEE_NUMBER:FJ104587]], FNA membership no. [[MEMBER_NUMBER:FNA-3921]] in case the Association asks.
        Vinaka vakalevu — [[PERSON:Mere Naivalu]] ([[PHONE_NUMBER:+679 927 4410]])
        """#,
    ]
}
