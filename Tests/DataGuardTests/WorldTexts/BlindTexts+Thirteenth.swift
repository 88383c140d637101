extension BlindTexts {
    /// A thirteenth set of clinical texts, written blind to DataGuard's rules after the eleventh set had been scored.
    static let thirteenthClinical: [String] = [
        #"""
        DISCHARGE SUMMARY – Ward 7B, St Aldhelm's Hospital
        Patient: [[PERSON:Margaret O'Donnell-Hughes]]   DOB: [[DATE_OF_BIRTH:14/03/1941]]   NHS No: [[MEDICAL_RECORD_NUMBER:485 777 3456]]
        Admitted [[DATE:02/11/2024]] with [[HEALTH_CONDITION:community-acquired pneumonia]] on a background of [[HEALTH_CONDITION:COPD]] and [[HEALTH_CONDITION:atrial fibrillation]].
        Treated with IV [[HEALTH_CONDITION:co-amoxiclav]], stepped down to oral [[HEALTH_CONDITION:doxycycline]] 100 mg OD to complete 5 days. Continue [[HEALTH_CONDITION:apixaban]] 5 mg BD.
        Discharged [[DATE:09/11/2024]] to her daughter's home at [[STREET_ADDRESS:22 Pelham Rise, Lewes BN7 1HX]]. District nurse referral sent.
        GP (Dr [[PERSON:Anand]], Priory Surgery): please recheck U&E in one week. – [[PERSON:F. Castellanos]], FY2
        """#,
        #"""
        Centro de Salud Triana – Hoja de interconsulta a Oftalmología
        Estimado Dr. [[PERSON:Ruiz de la Fuente]]:
        Le remito a D.ª [[PERSON:Encarnación Villalba Pérez]], de 67 años, NHC [[MEDICAL_RECORD_NUMBER:0048213]], TSI [[MEDICAL_RECORD_NUMBER:VLPR560312004]],
        con [[HEALTH_CONDITION:diabetes mellitus tipo 2]] de larga evolución y sospecha de [[HEALTH_CONDITION:retinopatía diabética]] en el fondo de ojo del [[DATE:3 de febrero]].
        Tratamiento actual: [[HEALTH_CONDITION:metformina]] 850 mg/12 h y [[HEALTH_CONDITION:Trajenta]] 5 mg/día.
        Teléfono de contacto: [[PHONE_NUMBER:954 21 88 03]] (lo coge su hijo [[PERSON:Rafa]]).
        Un saludo, Dra. [[PERSON:Lucía Ibarra]]
        """#,
        #"""
        Übergabe Nacht → Früh, Station 4 Innere, [[DATE:18.01.]]
        Zi. 12/1 Hr. [[PERSON:Kowalczyk]] (Pat.-Nr. [[MEDICAL_RECORD_NUMBER:40028817]]): [[HEALTH_CONDITION:dekompensierte Herzinsuffizienz]], nachts 2x [[HEALTH_CONDITION:Furosemid]] 40 mg i.v., Bilanz -1,2 l.
        Zi. 14/2 Fr. [[PERSON:Brigitte von Hagen]], 84 J.: seit 3 Uhr [[HEALTH_CONDITION:Delir]], hat Zugang gezogen, [[HEALTH_CONDITION:Haloperidol]] 0,5 mg gegeben.
        Tochter [[PERSON:Sabine]] möchte vom Arzt zurückgerufen werden: [[PHONE_NUMBER:0171 4459203]].
        Zi. 15 Hr. [[PERSON:Yılmaz]] nüchtern für Gastroskopie, V.a. [[HEALTH_CONDITION:Ulcus duodeni]], [[HEALTH_CONDITION:Marcumar]] pausiert.
        Gez. [[PERSON:Jonas]] (Nachtdienst)
        """#,
        #"""
        Pharmacy intervention note – Riverside Family Pharmacy
        Pt: [[PERSON:DeShawn Whitaker]]  DOB [[DATE_OF_BIRTH:7/22/1986]]  Ins. member ID [[MEMBER_NUMBER:XZH884120553]]
        New Rx [[HEALTH_CONDITION:lisinopril]] 20 mg daily for [[HEALTH_CONDITION:hypertension]]. Profile shows [[HEALTH_CONDITION:angioedema]] on [[HEALTH_CONDITION:enalapril]] in 2019.
        Called prescriber Dr. [[PERSON:Feldman]] at [[PHONE_NUMBER:(614) 555-0187]] on [[DATE:10/03/2024]]; changed to [[HEALTH_CONDITION:amlodipine]] 5 mg.
        Pt notified by text to [[PHONE_NUMBER:614-555-0132]]. – [[PERSON:R. Castillo]], PharmD
        """#,
        #"""
        LABORATOIRE DE BIOLOGIE MÉDICALE DES TILLEULS – Compte rendu
        Patiente : Mme [[PERSON:Aurélie Dubois-Lefèvre]], née le [[DATE_OF_BIRTH:9 avril 1979]]
        N° de sécurité sociale : [[MEDICAL_RECORD_NUMBER:2 79 04 75 112 048 63]]
        Prélèvement du [[DATE:12/06/2024]] à 8 h 15 : TSH 7,8 mUI/L (N 0,4–4,0), T4 libre 9,1 pmol/L.
        Résultat compatible avec une [[HEALTH_CONDITION:hypothyroïdie]] insuffisamment substituée ; traitement en cours : [[HEALTH_CONDITION:Levothyrox]] 75 µg.
        Résultats transmis par messagerie sécurisée au Dr [[PERSON:Benali]] et à la patiente ([[EMAIL_ADDRESS:aurelie.dubois79@orange.fr]]).
        """#,
        #"""
        Community Mental Health – review note
        Client: [[PERSON:Jayden Tuilagi]] (prefers "[[PERSON:Jay]]"), 23, Medicare [[MEDICAL_RECORD_NUMBER:2951 48372 1]]
        Dx: [[HEALTH_CONDITION:major depressive disorder]], [[HEALTH_CONDITION:cannabis use disorder]]. On [[HEALTH_CONDITION:sertraline]] 100 mg mane since [[DATE:19 November]].
        Mood brighter, sleeping better, engaging well and back on shifts at the warehouse.
        Mum ([[PERSON:Leilani]]) attended, contact [[PHONE_NUMBER:0412 338 906]]. Next review with Dr [[PERSON:Huang]] on [[DATE:4 March]].
        – [[PERSON:Bec Nakamura]], clinical psychologist
        """#,
        #"""
        Gabinet Stomatologiczny „Uśmiech" – karta wizyty
        Pacjent: [[PERSON:Grzegorz Wiśniewski]], PESEL [[MEDICAL_RECORD_NUMBER:85071203457]], tel. [[PHONE_NUMBER:601 234 587]]
        Data wizyty: [[DATE:21.05.2024]]. Ząb 36: [[HEALTH_CONDITION:próchnica głęboka]], rozpoczęto leczenie kanałowe.
        W wywiadzie [[HEALTH_CONDITION:nadciśnienie tętnicze]], przyjmuje [[HEALTH_CONDITION:Prestarium]]; [[HEALTH_CONDITION:uczulenie na penicylinę]].
        Zalecono [[HEALTH_CONDITION:ibuprofen]] 400 mg doraźnie. Kolejna wizyta [[DATE:4 czerwca]] o 16:30.
        lek. dent. [[PERSON:Katarzyna Zielińska-Nowak]]
        """#,
        #"""
        Antenatal clinic note
        [[PERSON:Siobhán Ní Bhriain]], G2P1, 32+4/40, MRN [[MEDICAL_RECORD_NUMBER:H0923481]], EDD [[DATE:19/08/2025]]
        [[HEALTH_CONDITION:Gestational diabetes]] – fasting levels 5.6–6.1 on diet alone; commenced [[HEALTH_CONDITION:metformin]] 500 mg nocte.
        Previous LSCS in 2021 for [[HEALTH_CONDITION:breech presentation]]; keen for VBAC, discussed at length.
        Partner [[PERSON:Cathal]] on [[PHONE_NUMBER:087 441 2093]]. Growth scan booked for [[DATE:2 July]].
        Midwife [[PERSON:Orla Keane]], RM
        """#,
        #"""
        Ambulatorio vaccinale – registrazione
        Assistito: [[PERSON:Lorenzo Dell'Acqua]], nato il [[DATE_OF_BIRTH:02/09/2019]], C.F. [[MEDICAL_RECORD_NUMBER:DLLLNZ19P02F205X]]
        Dose di richiamo somministrata il [[DATE:16 ottobre 2024]], deltoide sinistro, lotto AB4471.
        Anamnesi: [[HEALTH_CONDITION:allergia alle proteine dell'uovo]], pregressa [[HEALTH_CONDITION:convulsione febbrile]] nel 2021; osservazione 30 minuti senza reazioni.
        Accompagnato dalla madre, sig.ra [[PERSON:Chiara Bonomi]], tel. [[PHONE_NUMBER:347 281 9036]].
        Prossimo appuntamento: [[DATE:18/10/2025]]. Vaccinatore: inf. [[PERSON:Davide Russo]]
        """#,
        #"""
        ED physician note – 02:40 – CTAS 2
        [[PERSON:Nathaniel Okafor-Brennan]], 44 M, OHIP [[MEDICAL_RECORD_NUMBER:5584-203-117-KT]], BIBA from [[STREET_ADDRESS:1187 Bathurst St, Apt 9, Toronto ON M5R 3H1]]
        ECG: ST elevation II, III, aVF → inferior [[HEALTH_CONDITION:STEMI]]. Hx [[HEALTH_CONDITION:type 2 diabetes]], [[HEALTH_CONDITION:hyperlipidemia]].
        Given [[HEALTH_CONDITION:ASA]] 325 mg chewed, [[HEALTH_CONDITION:ticagrelor]] 180 mg, [[HEALTH_CONDITION:heparin]] 4000 U IV.
        Cath lab activated, Dr [[PERSON:Tremblay]] en route. Wife [[PERSON:Marisol]] updated at [[PHONE_NUMBER:416-555-0142]].
        – [[PERSON:A. Mistry]], MD
        """#,
        #"""
        Wijkverpleging – verslag huisbezoek [[DATE:8 januari]]
        Cliënt: mevr. [[PERSON:G. van den Berg-Smit]] ("[[PERSON:Truus]]"), [[STREET_ADDRESS:Lindenlaan 14, 3581 KL Utrecht]], BSN [[MEDICAL_RECORD_NUMBER:231487563]]
        [[HEALTH_CONDITION:Decubitus]] graad 2 op stuit, wond schoon, verband gewisseld. [[HEALTH_CONDITION:Ulcus cruris]] links ongewijzigd.
        Pijnscore 6, krijgt [[HEALTH_CONDITION:paracetamol]] 1000 mg 3dd; huisarts dr. [[PERSON:Wolters]] gevraagd om [[HEALTH_CONDITION:tramadol]].
        Zoon [[PERSON:Ruud]] ([[PHONE_NUMBER:06-41827365]]) komt vanavond langs.
        [[PERSON:Fatima el Amrani]], wijkverpleegkundige
        """#,
        #"""
        Subject: question about my new tablets
        hi dr [[PERSON:patel]], it's [[PERSON:kim nguyen]] (dob [[DATE_OF_BIRTH:11/30/92]], chart # [[MEDICAL_RECORD_NUMBER:00482291]]).
        i started the [[HEALTH_CONDITION:topiramate]] for my [[HEALTH_CONDITION:migraines]] on [[DATE:march 14]], is it ok to take it with my [[HEALTH_CONDITION:sumatriptan]]?
        also my pharmacy switched me to a generic and the pills look different, just want to check.
        you can reach me at [[PHONE_NUMBER:503-555-0119]] or [[EMAIL_ADDRESS:kim.ng92@mailbox.org]], thanks!!
        """#,
        #"""
        RESUMO DE ALTA – Hospital Santa Clara, Recife
        Paciente: [[PERSON:João Pedro da Silva Albuquerque]] | Prontuário [[MEDICAL_RECORD_NUMBER:2024-118734]] | CNS [[MEDICAL_RECORD_NUMBER:898 0012 3456 7890]]
        Internado em [[DATE:03/07/2024]] por [[HEALTH_CONDITION:dengue com sinais de alarme]]; alta em [[DATE:08/07/2024]] com plaquetas em recuperação.
        Prescrição: [[HEALTH_CONDITION:dipirona]] 1 g até de 6/6 h se dor; evitar [[HEALTH_CONDITION:AAS]] e [[HEALTH_CONDITION:ibuprofeno]].
        Endereço: [[STREET_ADDRESS:Rua da Aurora, 1250, apto 302, Boa Vista, Recife – PE, 50050-000]]
        Retorno na UBS com Dra. [[PERSON:Fernanda Matos]]. Contato da mãe, D. [[PERSON:Rosângela]]: [[PHONE_NUMBER:(81) 99876-4321]].
        """#,
        #"""
        SEVK NOTU – Aile Sağlığı Merkezi, Çankaya
        Hasta: [[PERSON:Ayşe Nur Yıldırım]], T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:38291045672]], doğum tarihi: [[DATE_OF_BIRTH:17.09.1968]]
        Tanı: [[HEALTH_CONDITION:multinodüler guatr]], [[HEALTH_CONDITION:hipotiroidi]]. Kullandığı ilaçlar: [[HEALTH_CONDITION:Euthyrox]] 100 mcg, [[HEALTH_CONDITION:Beloc Zok]] 50 mg.
        [[DATE:4 Ekim 2024]] tarihli ultrasonda sol lobda 2,3 cm nodül izlendi; endokrinoloji değerlendirmesi rica olunur.
        Hastanın eşi [[PERSON:Kemal]] Bey, tel: [[PHONE_NUMBER:0532 614 08 27]]
        Dr. [[PERSON:Mehmet Emin Aksoy]] – [[PHONE_NUMBER:0 (312) 447 21 90]]
        """#,
        #"""
        Apotek – farmaceutisk anteckning
        Kund: [[PERSON:Linnéa Håkansson]], pnr [[MEDICAL_RECORD_NUMBER:19870412-2384]]
        Hämtar [[HEALTH_CONDITION:Waran]] 2,5 mg (för [[HEALTH_CONDITION:förmaksflimmer]]) samt nytt e-recept på [[HEALTH_CONDITION:flukonazol]] mot [[HEALTH_CONDITION:vaginal svampinfektion]].
        Risk för förhöjt PK(INR); senaste värde 3,1 den [[DATE:2 oktober]]. Ej expedierat.
        Kontaktat förskrivare dr [[PERSON:Nils Bergqvist]], vårdcentralen Gärdet, tel [[PHONE_NUMBER:08-123 456 78]]; byte till lokal behandling.
        /[[PERSON:Sara Lindgren]], leg. farmaceut
        """#,
        #"""
        PHIẾU KHÁM BỆNH – Phòng khám Đa khoa Minh An
        Bệnh nhân: [[PERSON:Nguyễn Thị Thu Hà]], sinh ngày [[DATE_OF_BIRTH:05/11/1990]], mã thẻ BHYT [[MEDICAL_RECORD_NUMBER:DN4790123456789]]
        Địa chỉ: [[STREET_ADDRESS:số 27 ngõ 54 Lê Thanh Nghị, Hai Bà Trưng, Hà Nội]]; SĐT [[PHONE_NUMBER:0912 345 678]]
        Chẩn đoán: [[HEALTH_CONDITION:viêm dạ dày]], [[HEALTH_CONDITION:nhiễm Helicobacter pylori]].
        Đơn thuốc: [[HEALTH_CONDITION:omeprazol]] 20 mg x 2 lần/ngày, [[HEALTH_CONDITION:amoxicilin]] 1 g, [[HEALTH_CONDITION:clarithromycin]] 500 mg trong 14 ngày.
        Hẹn tái khám ngày [[DATE:19/12]]. Bác sĩ: [[PERSON:Trần Quốc Bảo]]
        """#,
    ]

    /// A thirteenth set of everyday texts, written blind to DataGuard's rules after the eleventh set had been scored.
    static let thirteenthEveryday: [String] = [
        #"""
        Northern Care Workers' Union – Branch 14
        Dear Ms [[PERSON:Adeyemi-Cole]],
        Thank you for contacting us about the changes to your rota. Your membership number is [[MEMBER_NUMBER:NCW-0082215]] and we hold your staff number as [[EMPLOYEE_NUMBER:E448120]].
        Your representative, [[PERSON:Gary McAllister]], will attend the meeting with your manager on [[DATE:6 February]] at 2pm.
        You can reach [[PERSON:Gary]] on [[PHONE_NUMBER:07700 900461]] or [[EMAIL_ADDRESS:g.mcallister@ncwu-branch14.org.uk]].
        In solidarity, [[PERSON:Deborah Fairclough]], Branch Secretary
        """#,
        #"""
        SOLICITUD DE AFILIACIÓN – Federación de Trabajadores del Metal
        Nombre y apellidos: [[PERSON:María José Fernández de Castro]]   Fecha de nacimiento: [[DATE_OF_BIRTH:23/08/1985]]
        Domicilio: [[STREET_ADDRESS:C/ Alcalá 214, 3.º B, 28028 Madrid]]
        Móvil: [[PHONE_NUMBER:612 45 78 90]]   Correo: [[EMAIL_ADDRESS:mjfdezcastro@correo.es]]
        Empresa: Talleres Hermanos Soler S.L. – nº de trabajadora [[EMPLOYEE_NUMBER:40217]]
        Cuota domiciliada. Fecha de alta: [[DATE:1 de marzo de 2025]]. Nº de afiliada asignado: [[MEMBER_NUMBER:28-114593]]
        Delegado que tramita: [[PERSON:Iñaki Goikoetxea]]
        """#,
        #"""
        STEP 1 GRIEVANCE – Local 312
        Grievant: [[PERSON:Robert Kowalski]] ("[[PERSON:Bobby]]"), badge [[EMPLOYEE_NUMBER:71-4408]], member no. [[MEMBER_NUMBER:312-009873]]
        On [[DATE:January 17, 2025]], supervisor [[PERSON:Dana Whitfield]] bypassed the grievant for overtime by seniority and gave the shift to a junior employee ([[PERSON:T. Alvarez]]).
        Contract Article 14.3 violated. Remedy sought: 8 hours' pay at time-and-a-half.
        Steward: [[PERSON:Luis Ortega]], cell [[PHONE_NUMBER:(313) 555-0166]]. Filed [[DATE:1/21/25]].
        """#,
        #"""
        [Stationsgruppe 4B]
        [[PERSON:jana]]: hey leute, kann jemand am [[DATE:22.3.]] meinen frühdienst übernehmen? hab nen termin
        [[PERSON:Mehmet]]: ich kann 🙋 tauschst du dafür meinen spätdienst am [[DATE:29.3.]]?
        [[PERSON:jana]]: deal!! ich sag Frau [[PERSON:Krüger]] bescheid, die braucht beide pers.-nr.
        [[PERSON:jana]]: meine ist [[EMPLOYEE_NUMBER:004471]], deine?
        [[PERSON:Mehmet]]: [[EMPLOYEE_NUMBER:003958]] 👍
        """#,
        #"""
        Subject: Re: missing overtime on March payslip
        Hi [[PERSON:Priya]],
        Thanks for flagging this. I've checked with payroll and the 11.5 hours from the week of [[DATE:10 March]] were not approved in time, so they missed the cut-off.
        They will be added as back pay on [[DATE:25 April]] under your employee number [[EMPLOYEE_NUMBER:PX-20931]]. I've cc'd your line manager, [[PERSON:Hafiz bin Rahman]].
        Kind regards,
        [[PERSON:Helen Ashworth]] | HR Business Partner | [[PHONE_NUMBER:+44 161 496 0733]] | [[EMAIL_ADDRESS:helen.ashworth@brightwell-logistics.co.uk]]
        """#,
        #"""
        [[PERSON:lorna]]: uy [[PERSON:jun]], nasa bahay ka ba mamaya? ipapadala ko na yung package
        [[PERSON:lorna]]: [[STREET_ADDRESS:blk 12 lot 8 mabini st, brgy san isidro, antipolo]] pa rin ba address mo?
        [[PERSON:jun]]: oo ate, yun pa rin. text mo na lang ako sa [[PHONE_NUMBER:0917 845 2201]] pag nandito na yung rider
        [[PERSON:lorna]]: sige. wag mo kalimutan bday ni tita [[PERSON:baby]] sa [[DATE:ika-15 ng hunyo]] ha
        [[PERSON:jun]]: noted po 😅 sasabihan ko rin si kuya [[PERSON:rommel]]
        """#,
        #"""
        [[PERSON:Harold Finch-Bramley]]
        [[STREET_ADDRESS:27 Cotham Vale]]
        [[STREET_ADDRESS:Bristol BS6 6HR]]
        [[DATE:12 May 2025]]
        Dear Mr [[PERSON:Osei]] and Ms [[PERSON:Lindqvist]],
        Further to my call, I am giving you two months' notice of a rent increase for [[STREET_ADDRESS:Flat 2, 41 Marlborough Road, Bristol BS6 5EW]] from £1,250 to £1,320 per calendar month, effective [[DATE:1 August 2025]].
        If you wish to discuss this, please ring me on [[PHONE_NUMBER:0117 496 0281]].
        Yours sincerely, [[PERSON:H. Finch-Bramley]]
        """#,
        #"""
        Objet : sortie au musée du [[DATE:16 mai]] – absence de [[PERSON:Léo]]
        Bonjour Madame [[PERSON:Moreau]],
        [[PERSON:Léo]] ne pourra pas participer à la sortie : il a une [[HEALTH_CONDITION:otite]] et le médecin lui a prescrit de l'[[HEALTH_CONDITION:amoxicilline]] pour huit jours.
        Dois-je quand même payer les 12 € ? Son copain [[PERSON:Nathan Girard]] lui rapportera les devoirs.
        Bien cordialement,
        [[PERSON:Sandrine Petit-Jean]], maman de [[PERSON:Léo]] (CM1) – [[PHONE_NUMBER:06 12 34 56 78]]
        """#,
        #"""
        To: Customer Care – order AU-558213
        Hi, I'm writing (again) about my washing machine delivery. It was meant to arrive on [[DATE:3 Feb]] at [[STREET_ADDRESS:Unit 5/18 Gregory Tce, Spring Hill QLD 4000]] and nobody showed up.
        I rang on [[DATE:5 Feb]] and spoke to [[PERSON:Brendan]], who promised a call back within 24 hours. Nothing.
        I've taken two days off work for this. I'd like the $89 delivery fee refunded and a firm date.
        Please call me on [[PHONE_NUMBER:0433 912 557]] or email [[EMAIL_ADDRESS:meiling.chow@bigpond.com]].
        [[PERSON:Mei-Ling Chow]]
        """#,
        #"""
        Oggetto: richiesta prenotazione camera doppia
        Buongiorno, vorrei prenotare una camera doppia vista mare dal [[DATE:14 agosto]] al [[DATE:18 agosto]] per me e la mia compagna, [[PERSON:Giulia Marchetti]].
        A garanzia lascio la carta Visa [[CREDIT_CARD:4532 7781 0093 2243]], intestata a [[PERSON:Federico De Santis]].
        Arriveremo in serata, verso le 21. Se serve, il mio cellulare è [[PHONE_NUMBER:+39 333 918 4402]].
        Grazie, cordiali saluti
        [[PERSON:Federico De Santis]] – [[STREET_ADDRESS:Via Garibaldi 58, 10122 Torino]] – [[EMAIL_ADDRESS:fede.desantis@libero.it]]
        """#,
        #"""
        Hei [[PERSON:Lars]], takk for møtet i går – oppdatert tegningssett kommer innen [[DATE:28. april]].
        Med vennlig hilsen
        [[PERSON:Kari Nordby-Hansen]]
        Prosjektleder | Fjordbyen Eiendom AS
        Mob: [[PHONE_NUMBER:+47 915 48 273]] | [[EMAIL_ADDRESS:kari.nordby-hansen@fjordbyen.no]]
        Besøksadresse: [[STREET_ADDRESS:Dronning Eufemias gate 16, 0191 Oslo]]
        Fra: [[PERSON:Lars Øverby]] <[[EMAIL_ADDRESS:lars.overby@arkitektkontoret.no]]>
        """#,
        #"""
        INC0048213 | P3 | VPN disconnects every ~10 min
        Caller: [[PERSON:Tomasz Lewandowski]] (emp #[[EMPLOYEE_NUMBER:88127]]), Finance, 3rd floor
        Client IP [[IP_ADDRESS:10.24.113.57]], public egress [[IP_ADDRESS:203.0.113.18]]; tunnel logs show DPD timeouts to concentrator [[IP_ADDRESS:198.51.100.7]].
        Also seeing IPv6 [[IP_ADDRESS:2001:db8:4a2::1f]] on the Wi-Fi adapter – possible split-tunnel leak.
        Last occurrence [[DATE:2025-04-09]] 14:32 UTC. Reassigned to Network team, [[PERSON:Faisal al-Harbi]].
        Note from [[PERSON:Tomasz]]: desk phone broken, please call mobile [[PHONE_NUMBER:+48 512 660 914]].
        """#,
        #"""
        DIRECT DEPOSIT AUTHORIZATION FORM
        Employee name: [[PERSON:Carmen Delgado-Ruiz]]    Employee ID: [[EMPLOYEE_NUMBER:100-44872]]    SSN: [[US_SSN:512-38-7764]]
        Home address: [[STREET_ADDRESS:2207 W Elm Street, Apt 3C, Wichita, KS 67203]]
        Bank name: First Prairie Credit Union    Account type: Checking
        Routing number: [[US_ROUTING_NUMBER:101000187]]    Account number: [[US_BANK_ACCOUNT:004418823571]]
        Deposit: 100% of net pay.    Signature: [[PERSON:C. Delgado-Ruiz]]    Date: [[DATE:04/15/2025]]
        """#,
        #"""
        Secure message – card dispute
        hi, there's a charge of $412.60 from "SKYLINE TRVL" on [[DATE:June 2]] that i never made. my card is [[CREDIT_CARD:5312 6604 1187 3055]]
        i still have the card in my wallet so it wasnt lost. i already froze it in the app.
        name on the account is [[PERSON:Terrence Boateng]], billing address [[STREET_ADDRESS:88 Harbor View Dr, Unit 12, Tampa, FL 33602]]
        my wife [[PERSON:Akosua]] is an authorized user on the same card, she didnt make it either.
        best number is [[PHONE_NUMBER:813 555 0193]]. thanks
        """#,
        #"""
        [[PERSON:Petr]]: ahoj [[PERSON:Lenko]], posílám adresu na sobotní oslavu
        [[PERSON:Petr]]: [[STREET_ADDRESS:Křižíkova 148/34, 186 00 Praha 8]], zvoň na [[PERSON:Dvořákovi]]
        [[PERSON:Lenka]]: super, díky! takže [[DATE:14. června]] od šesti, že jo?
        [[PERSON:Petr]]: jj. kdyby něco, volej [[PHONE_NUMBER:+420 604 318 227]], [[PERSON:Ondra]] přijde taky
        [[PERSON:Lenka]]: 👍 vezmu s sebou i [[PERSON:Markétu Novotnou]]
        """#,
        #"""
        CHAMA CHA WAFANYAKAZI WA HUDUMA – Tawi la Kinondoni
        Ndugu Bi. [[PERSON:Amina Mwakyusa]],
        Tunakukumbusha kwamba michango yako ya uanachama (namba ya mwanachama [[MEMBER_NUMBER:CWH/DSM/04512]]) haijalipwa tangu [[DATE:1 Januari 2025]].
        Tafadhali lipa kabla ya tarehe [[DATE:30 Aprili 2025]] ili kuendelea kupata huduma za chama, ikiwemo msaada wa kisheria.
        Kwa maswali wasiliana na Katibu wa Tawi, Bw. [[PERSON:Juma Said Kipengele]], simu [[PHONE_NUMBER:0754 228 913]], barua pepe [[EMAIL_ADDRESS:juma.kipengele@chamahuduma.or.tz]].
        Ofisi: [[STREET_ADDRESS:S.L.P. 31478, Dar es Salaam]]
        """#,
    ]
}
