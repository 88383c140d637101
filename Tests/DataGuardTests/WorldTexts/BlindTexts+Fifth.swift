extension BlindTexts {
    /// A fifth set of clinical texts, written blind to DataGuard's rules after the fourth set had been scored.
    static let fifthClinical: [String] = [
        #"""
        DISCHARGE SUMMARY – Ward 7B, Northgate General Hospital
        Patient: [[PERSON:Margaret Ellison]]   DOB: [[DATE_OF_BIRTH:14/02/1941]]   NHS No: [[MEDICAL_RECORD_NUMBER:485 221 9036]]
        Admitted [[DATE:03/06/2025]] with [[HEALTH_CONDITION:community-acquired pneumonia]] on a background of [[HEALTH_CONDITION:COPD]].
        Treated with IV [[HEALTH_CONDITION:co-amoxiclav]], stepped down to oral on day 3. Continue [[HEALTH_CONDITION:Apixaban]] 5 mg BD; CURB-65 score 2 on arrival.
        GP: Dr [[PERSON:R. Okafor]], Millbrook Surgery. Daughter collecting at 14:00, contact [[PHONE_NUMBER:07700 900 418]].
        Follow-up chest X-ray in 6 weeks. Discharged [[DATE:11 June 2025]].
        """#,
        #"""
        Cher confrère,
        J'ai revu en consultation le [[DATE:12 mai 2025]] Mme [[PERSON:Sandrine Lefebvre-Morel]], née le [[DATE_OF_BIRTH:27/09/1968]], n° de sécurité sociale [[MEDICAL_RECORD_NUMBER:2 68 09 69 123 456 78]].
        Elle présente un [[HEALTH_CONDITION:diabète de type 2]] déséquilibré (HbA1c 8,4 %) et une [[HEALTH_CONDITION:hypertension artérielle]] bien contrôlée sous [[HEALTH_CONDITION:Coversyl]] 5 mg.
        J'ajoute [[HEALTH_CONDITION:Ozempic]] 0,25 mg par semaine et je maintiens la [[HEALTH_CONDITION:metformine]] 1000 mg matin et soir.
        Prochain rendez-vous fin juillet, bilan lipidique à faire au laboratoire Biolyon de Villeurbanne.
        Bien confraternellement, Dr [[PERSON:Éric Vasseur]] – Endocrinologie, secrétariat [[PHONE_NUMBER:04 78 92 31 40]]
        """#,
        #"""
        Sehr geehrte Frau Kollegin [[PERSON:Brandauer]],
        wir überweisen Herrn [[PERSON:Klaus-Dieter Wendt]], geb. [[DATE_OF_BIRTH:03.11.1957]], Versichertennr. [[MEDICAL_RECORD_NUMBER:W418307725]] (AOK Nordost), zur kardiologischen Abklärung.
        Seit Mitte März belastungsabhängige [[HEALTH_CONDITION:Angina pectoris]], bekannter [[HEALTH_CONDITION:Bluthochdruck]].
        Aktuelle Medikation: [[HEALTH_CONDITION:Ramipril]] 5 mg 1-0-0, [[HEALTH_CONDITION:Atorvastatin]] 40 mg 0-0-1.
        Belastungs-EKG vom [[DATE:22.05.2025]] auffällig (ST-Senkung ab 75 W). Rückfragen gern unter [[PHONE_NUMBER:030 4482 1937]].
        Mit kollegialen Grüßen, [[PERSON:M. Hoffstetter]], Hausarztpraxis am Schillerpark
        """#,
        #"""
        Karta informacyjna leczenia szpitalnego – Oddział Chorób Wewnętrznych, Szpital Miejski w Toruniu
        Pacjentka: [[PERSON:Halina Wróblewska]], PESEL [[MEDICAL_RECORD_NUMBER:52071408426]], sala 14, łóżko 3
        Przyjęta [[DATE:2 czerwca 2025]] z powodu zaostrzenia [[HEALTH_CONDITION:niewydolności serca]]; w wywiadzie [[HEALTH_CONDITION:nadciśnienie tętnicze]] i [[HEALTH_CONDITION:cukrzyca typu 2]].
        Zalecenia: [[HEALTH_CONDITION:Bisocard]] 2,5 mg rano, [[HEALTH_CONDITION:furosemid]] 40 mg; kontrola w Poradni Kardiologicznej za 4 tygodnie.
        Lekarz prowadzący: lek. [[PERSON:Tomasz Kaczmarek]]. Informacja dla rodziny: syn [[PERSON:Paweł]], tel. [[PHONE_NUMBER:+48 601 274 339]].
        """#,
        #"""
        ASL Roma 2 – Referto esami ematochimici
        Paziente: [[PERSON:Giulia Bianchetti]]  C.F. [[MEDICAL_RECORD_NUMBER:BNCGLI74H52H501K]]  nata il [[DATE_OF_BIRTH:12/06/1974]]
        Data prelievo: [[DATE:09/06/2025]] – accettazione n. 250609-0147, sportello 4
        TSH 6,8 mUI/L (v.n. 0,4–4,0), FT4 nella norma: quadro compatibile con [[HEALTH_CONDITION:ipotiroidismo subclinico]].
        Si consiglia controllo tra 8 settimane e valutazione con il medico curante, dott.ssa [[PERSON:Lucia Ferraresi]]; in caso di [[HEALTH_CONDITION:ansia]] o [[HEALTH_CONDITION:palpitazioni]] non iniziare [[HEALTH_CONDITION:Eutirox]] senza indicazione.
        Per info: [[PHONE_NUMBER:06 5170 3382]], dal lunedì al venerdì 8:00–13:00.
        """#,
        #"""
        Hi, this is a repeat script request for [[PERSON:Darren Pickering]] (DOB [[DATE_OF_BIRTH:08/03/1979]]), Medicare no. [[MEDICAL_RECORD_NUMBER:2953 61847 1]].
        He's run out of [[HEALTH_CONDITION:Seretide]] 250/50 and has 1 repeat left on the [[HEALTH_CONDITION:Ventolin]]; his [[HEALTH_CONDITION:asthma]] has been flaring with the smoke from the burn-offs.
        Can Dr [[PERSON:Nguyen]] send the eScript to the Priceline on Parramatta Rd or ring me on [[PHONE_NUMBER:0413 772 905]]?
        Thanks, [[PERSON:Kylie]] (wife) – [[STREET_ADDRESS:14 Cavendish St, Stanmore NSW 2048]]
        """#,
        #"""
        Sri Venkateswara Multispeciality Hospital, Hyderabad – Discharge Summary (Bill No. 25/11482)
        Name: Mr. [[PERSON:Ramesh Kumar Reddy]]   Age/Sex: 58/M   UHID: [[MEDICAL_RECORD_NUMBER:SVMH-24-0087315]]
        Diagnosis: [[HEALTH_CONDITION:Acute inferior wall MI]]; [[HEALTH_CONDITION:Type 2 DM]]. PTCA to RCA done on [[DATE:28-05-2025]].
        Discharge meds: Tab. [[HEALTH_CONDITION:Ecosprin]] 75 mg OD, Tab. [[HEALTH_CONDITION:Brilinta]] 90 mg BD, Tab. [[HEALTH_CONDITION:Rosuvas]] 20 mg HS.
        Review in Cardiology OPD after 1 week with Dr. [[PERSON:S. Lakshmi Narayanan]]. Attendant (son), mob. [[PHONE_NUMBER:+91 98490 31276]].
        Address: [[STREET_ADDRESS:H.No. 8-2-293/A, Road No. 12, Banjara Hills, Hyderabad 500034]]
        """#,
        #"""
        Dear Consultant,
        RE: Mrs [[PERSON:Chiamaka Obi-Nwosu]] (F, 34 yrs), Hospital No. [[MEDICAL_RECORD_NUMBER:IFHC/22/048173]], NHIS No. [[MEDICAL_RECORD_NUMBER:10248837-01]]
        Kindly see this trader, G3P2, at 31 weeks gestation, with [[HEALTH_CONDITION:pre-eclampsia]] (BP 162/108, proteinuria 2+).
        She has received [[HEALTH_CONDITION:magnesium sulphate]] loading dose and oral [[HEALTH_CONDITION:nifedipine]] at our facility this morning, [[DATE:14th June 2025]].
        Her husband, Mr [[PERSON:Emeka Obi]], can be reached on [[PHONE_NUMBER:0803 417 2296]]; they live at [[STREET_ADDRESS:22 Ajayi Akinwale Close, Surulere, Lagos]].
        Yours faithfully, Dr [[PERSON:Folake Adebayo-Smith]], Medical Officer, Ikeja Family Health Clinic
        """#,
        #"""
        Läkarintyg för sjukpenning – Vårdcentralen Gripen, Karlstad
        Patient: [[PERSON:Linnea Åberg]], personnummer [[MEDICAL_RECORD_NUMBER:19860417-2746]]
        Diagnos: [[HEALTH_CONDITION:utmattningssyndrom]] (F43.8A) samt [[HEALTH_CONDITION:sömnstörning]]. Behandlas med [[HEALTH_CONDITION:Sertralin]] 50 mg och samtalsterapi.
        Nedsatt arbetsförmåga med 50 % från [[DATE:2 juni 2025]] till och med [[DATE:29 juni 2025]].
        Intygsutfärdare: leg. läkare [[PERSON:Johan Lindqvist]], tfn [[PHONE_NUMBER:054-61 42 80]]
        """#,
        #"""
        hoi, ik ben [[PERSON:sanne de vries]] (geb. [[DATE_OF_BIRTH:19-08-1992]], BSN [[MEDICAL_RECORD_NUMBER:2318.47.622]])
        mijn [[HEALTH_CONDITION:migraine]] is weer erg sinds vorige week, de [[HEALTH_CONDITION:sumatriptan]] helpt maar half
        kan ik een afspraak bij dokter [[PERSON:Bakker]] krijgen? liefst niet op woensdag, dan werk ik bij de Jumbo
        ik ben ook bijna door mijn [[HEALTH_CONDITION:Microgynon]] heen, kan de herhaling naar de apotheek op het Stationsplein?
        bel maar op [[PHONE_NUMBER:06-41827733]] als het niet via de app kan. groetjes
        """#,
        #"""
        IMSS – Unidad de Medicina Familiar No. 28, Monterrey
        Derechohabiente: [[PERSON:José Luis Garza Treviño]]   NSS: [[MEDICAL_RECORD_NUMBER:4318 79 0512 6]]   Consultorio 7, turno vespertino
        Resultados del [[DATE:5 de junio de 2025]]: glucosa en ayuno 186 mg/dL, HbA1c 9.1 %, creatinina 1.4 mg/dL.
        Se confirma [[HEALTH_CONDITION:diabetes mellitus tipo 2]] descontrolada con [[HEALTH_CONDITION:enfermedad renal crónica]] estadio 3a; se ajusta [[HEALTH_CONDITION:metformina]] y se inicia [[HEALTH_CONDITION:Jardiance]] 10 mg.
        Cita de control el [[DATE:3 de julio]]; llamar al [[PHONE_NUMBER:81 8342 1907]] para confirmar. Elaboró: Dra. [[PERSON:Mariana Saldívar]]
        """#,
        #"""
        Endorsement 7PM–7AM, Ward 3 (Medicine), Bed 12
        Pt: [[PERSON:Rodolfo Villanueva]], 67/M, Hosp. No. [[MEDICAL_RECORD_NUMBER:2025-063318]], PhilHealth PIN [[MEDICAL_RECORD_NUMBER:19-050443218-6]]
        Dx: [[HEALTH_CONDITION:CAP-MR]] t/c [[HEALTH_CONDITION:pulmonary TB]]; s/p [[HEALTH_CONDITION:stroke]] 2019. On [[HEALTH_CONDITION:ceftriaxone]] 2g IV OD (day 4).
        Medyo nag-desaturate kanina 2am, SpO2 89%, nilagyan ng O2 2 Lpm via nasal cannula, ok na ngayon 95%.
        Pls follow up sputum GeneXpert, pinadala na sa lab. Watcher: anak na si [[PERSON:Maricel]], [[PHONE_NUMBER:0917 823 4410]].
        Endorsed by: [[PERSON:jhen]] RN to [[PERSON:Arvin T.]] RN
        """#,
        #"""
        Fysioterapiakäynti [[DATE:11.6.2025]] – Fysioterapia Liike Oy, Tampere
        Asiakas: [[PERSON:Aleksi Heikkinen]], hetu [[MEDICAL_RECORD_NUMBER:140377-315F]]
        Syy: [[HEALTH_CONDITION:lannerangan välilevytyrä]] oikealla, säteilykipua polveen asti; lääkitys [[HEALTH_CONDITION:Burana]] 600 mg tarvittaessa ja [[HEALTH_CONDITION:Lyrica]] 75 mg iltaisin.
        Kipu VAS 6/10, istuminen yli 20 min pahentaa. Ohjattu 3 kotiharjoitusta (10 toistoa x 3).
        Seuraava käynti [[DATE:25.6.]] klo 14.15. Fysioterapeutti [[PERSON:Noora Salo]], p. [[PHONE_NUMBER:040 718 2294]]
        """#,
        #"""
        SICK OFF / CHETI CHA UGONJWA – Nyali Community Health Centre
        This is to certify that [[PERSON:Wanjiru Kamau]] (NHIF No. [[MEDICAL_RECORD_NUMBER:5402 8817]]) was seen at this facility on [[DATE:16/06/2025]] with [[HEALTH_CONDITION:malaria]] na [[HEALTH_CONDITION:homa kali]].
        Ametibiwa kwa [[HEALTH_CONDITION:Coartem]] na [[HEALTH_CONDITION:Panadol]]; apumzike nyumbani kwa siku 3, arudi kazini tarehe [[DATE:19/06/2025]].
        Employer: Bamburi Logistics Ltd, payroll dept. Tafadhali wasiliana nasi kwa [[PHONE_NUMBER:0722 418 930]] kwa maswali.
        Clinical Officer: [[PERSON:Otieno J.]], [[STREET_ADDRESS:P.O. Box 84217-80100, Mombasa]]
        """#,
        #"""
        Svar på blodprøver – Lægerne i Vesterbro
        Til: [[PERSON:Mette Kjærgaard]], CPR-nr. [[MEDICAL_RECORD_NUMBER:120574-2281]]
        Dine blodprøver fra [[DATE:4. juni]] viser lavt jern (ferritin 9 µg/l) og let [[HEALTH_CONDITION:blodmangel]] (hæmoglobin 6,8 mmol/l).
        Du skal starte på [[HEALTH_CONDITION:ferrosulfat]] 100 mg dagligt; tag det ikke samtidig med din [[HEALTH_CONDITION:Omeprazol]]. Din [[HEALTH_CONDITION:stofskiftesygdom]] er fortsat velreguleret.
        Ny blodprøve om 3 måneder. Har du spørgsmål, så ring på [[PHONE_NUMBER:33 21 48 09]] mellem kl. 8 og 9.
        Venlig hilsen [[PERSON:Anders Holm]], praktiserende læge, [[STREET_ADDRESS:Istedgade 142, 1650 København V]]
        """#,
        #"""
        Encaminhamento – UBS Vila Mariana, São Paulo
        Paciente: [[PERSON:Ana Cláudia Ribeiro dos Santos]], DN [[DATE_OF_BIRTH:22/01/1983]], Cartão SUS [[MEDICAL_RECORD_NUMBER:706 4018 2293 5517]]
        Encaminho à Reumatologia por suspeita de [[HEALTH_CONDITION:artrite reumatoide]]: dor e rigidez matinal em mãos há 4 meses, FR positivo, VHS 48.
        Em uso de [[HEALTH_CONDITION:prednisona]] 10 mg/dia; antecedente de [[HEALTH_CONDITION:hipotireoidismo]] em uso de [[HEALTH_CONDITION:Puran T4]] 50 mcg.
        Contato: [[PHONE_NUMBER:(11) 98734-2210]]; [[STREET_ADDRESS:Rua Domingos de Morais, 1874, apto 52 – Vila Mariana, São Paulo – SP, 04010-200]]
        São Paulo, [[DATE:10 de junho de 2025]]. Dr. [[PERSON:Felipe Amaral]]
        """#,
    ]

    /// A fifth set of everyday texts, written blind to DataGuard's rules after the fourth set had been scored.
    static let fifthEveryday: [String] = [
        #"""
        Subject: Formal grievance – roster changes, Cork depot
        Dear Ms [[PERSON:Hegarty]],
        I am writing on behalf of our member [[PERSON:Declan Ó Súilleabháin]] (SIPTU membership no. [[MEMBER_NUMBER:0417736]], staff no. [[EMPLOYEE_NUMBER:CK-20581]]), who was moved to the night roster from [[DATE:2 June]] without the four weeks' notice set out in the 2019 agreement.
        We request a meeting under Stage 2 of the grievance procedure before [[DATE:20 June 2025]].
        Kind regards,
        [[PERSON:Aoife Brennan]], Sector Organiser | [[PHONE_NUMBER:087 214 6630]] | [[EMAIL_ADDRESS:abrennan@unionmail.ie]]
        """#,
        #"""
        PAYROLL AMENDMENT FORM – Khanyisa Freight (Pty) Ltd
        Employee: [[PERSON:Thabo Mokoena]]   Employee no.: [[EMPLOYEE_NUMBER:KF004721]]   Cost centre: 3150 – Durban Yard
        Change: new banking details effective [[DATE:25 June 2025]] (branch code 470010); medical aid dependant added – daughter [[PERSON:Lerato]].
        Union deduction: NUMSA member no. [[MEMBER_NUMBER:NU-3382915]] at 1% of basic.
        After hours: [[PHONE_NUMBER:082 557 3014]] / home [[STREET_ADDRESS:17 Jacaranda Crescent, Umbilo, Durban 4001]]
        Approved: [[PERSON:R. Naidoo]] (HR Officer) – signed [[DATE:16/06/2025]]
        """#,
        #"""
        Formulaire de demande de congé – Service des ressources humaines
        Nom : [[PERSON:Geneviève Tremblay]]   N° de matricule : [[EMPLOYEE_NUMBER:0087341]]   Poste : technicienne en comptabilité
        Type de congé : parental, du [[DATE:4 août 2025]] au [[DATE:30 janvier 2026]] (RQAP)
        Syndicat : SCFP section locale 1450, n° d'adhérent [[MEMBER_NUMBER:145-20917]]
        Adresse pendant le congé : [[STREET_ADDRESS:2281, rue Beaubien Est, app. 3, Montréal (Québec) H2G 1M8]]
        Téléphone : [[PHONE_NUMBER:514 555-0193]] – Courriel : [[EMAIL_ADDRESS:gen.tremblay@videotron.ca]]
        """#,
        #"""
        DIRECT DEPOSIT AUTHORIZATION – Lakeshore Builders Inc.
        Employee: [[PERSON:Marcus J. Whitfield]]   Employee ID: [[EMPLOYEE_NUMBER:LB-10482]]   SSN: [[US_SSN:512-68-3390]]
        Bank: First Prairie Credit Union   Routing #: [[US_ROUTING_NUMBER:071923103]]   Checking acct #: [[US_BANK_ACCOUNT:4471920385]]
        Deposit 100% of net pay starting with the pay period ending [[DATE:06/27/2025]]. IUOE Local 150 dues (member no. [[MEMBER_NUMBER:150-338172]]) are still deducted first.
        Questions: [[PERSON:Denise Kowalczyk]], Payroll | [[PHONE_NUMBER:(312) 555-0147]] | [[EMAIL_ADDRESS:dkowalczyk@lakeshorebuilders.com]]
        """#,
        #"""
        [[PERSON:Wei Ling]]: eh anyone know how to submit MC on the new portal ah? it keep asking staff no. but mine is [[EMPLOYEE_NUMBER:SG-44871]] and it say invalid lor
        [[PERSON:Rahim]]: u try without the SG lah. also ask HR, they the one settle mine last week
        [[PERSON:Priya]]: yup just key in [[EMPLOYEE_NUMBER:44871]]. the NTUC rebate one also need member no. like [[MEMBER_NUMBER:M1048827]] hor
        [[PERSON:Wei Ling]]: ok thanks!! team lunch fri at Lau Pa Sat 12.30, [[PERSON:jason]] paying
        [[PERSON:jason]]: siao ah. ok la but everybody must come, call my hp [[PHONE_NUMBER:9684 2231]] if lost
        """#,
        #"""
        Kia ora [[PERSON:Hemi]],
        Any chance you could swap my Sat [[DATE:21 June]] late (2pm–10:30pm) for your Tues [[DATE:24 June]] early? Whānau thing up in Whangārei.
        I've okayed it with [[PERSON:Sarah P.]] at the service desk. My payroll no. is [[EMPLOYEE_NUMBER:77310]] and yours is [[EMPLOYEE_NUMBER:77452]] I think?
        Text me on [[PHONE_NUMBER:021 448 3907]] – cheers, [[PERSON:Tama]] (Deli, Te Rapa store)
        """#,
        #"""
        HOJA DE RECLAMACIÓN – Comunidad de Madrid
        Reclamante: [[PERSON:Lucía Fernández Ortega]], con domicilio en [[STREET_ADDRESS:C/ Alcalá 318, 4º B, 28027 Madrid]], tel. [[PHONE_NUMBER:612 48 93 07]]
        Establecimiento: Electro Hogar Ventas, S.L. (pedido nº 2025-004718, ticket 88213)
        Hechos: el [[DATE:3 de mayo]] compré una lavadora Balay de 8 kg; llegó rota y, pese a cargarla en mi tarjeta [[CREDIT_CARD:4548 8120 3377 6153]], no me devuelven los 459,00 €.
        Soy socia de la OCU, n.º de socio [[MEMBER_NUMBER:0734521]]. Me atendió el Sr. [[PERSON:Ruiz]] el [[DATE:12/05/2025]].
        Solicito la devolución íntegra del importe.
        """#,
        #"""
        Zápis z porady oddělení logistiky – [[DATE:10. 6. 2025]], zasedačka 2.14
        Přítomni: Ing. [[PERSON:Petr Dvořák]], [[PERSON:Jana Nováková]], [[PERSON:M. Procházka]]
        1) Nový docházkový systém od [[DATE:1. července]] – přihlašuje se osobním číslem (např. os. č. [[EMPLOYEE_NUMBER:20471]]).
        2) OS KOVO žádá seznam členů pro srážky ze mzdy – p. [[PERSON:Procházka]] doloží členský průkaz č. [[MEMBER_NUMBER:KV-118402]].
        3) Objednávka palet č. OBJ-2025/331 – 240 ks, dodání v 27. týdnu.
        Zapsala: [[PERSON:J. Nováková]], tel. [[PHONE_NUMBER:+420 737 218 904]]
        """#,
        #"""
        Emne: Lokal lønnsforhandling 2025
        Hei alle sammen,
        Vi i Fagforbundet avd. 240 minner om medlemsmøte torsdag [[DATE:19. juni]] kl. 18.00 i kantina.
        Husk å sjekke at medlemsnummeret står riktig på lønnsslippen – mitt er [[MEMBER_NUMBER:4120387]] og ansattnummer [[EMPLOYEE_NUMBER:71024]], og begge var feil i mai.
        Spørsmål kan sendes til meg eller [[PERSON:Kari Nordby]] ([[PHONE_NUMBER:922 41 708]]).
        Hilsen [[PERSON:Ole Martin Haugen]], tillitsvalgt, [[EMAIL_ADDRESS:olemartin.haugen@avd240.no]]
        """#,
        #"""
        İZİN TALEP FORMU
        Adı Soyadı: [[PERSON:Elif Şahin Yıldırım]]   Sicil No: [[EMPLOYEE_NUMBER:18724]]   Birim: Satın Alma
        İzin türü: yıllık izin – [[DATE:14.07.2025]] ile [[DATE:25.07.2025]] arası (10 iş günü)
        İzin süresince adres: [[STREET_ADDRESS:Atatürk Cad. No: 47 D: 6, 35220 Alsancak/İzmir]]   Cep: [[PHONE_NUMBER:0532 418 77 20]]
        Vekalet edecek personel: [[PERSON:Murat Kaya]] (sicil no [[EMPLOYEE_NUMBER:19031]])
        Sendika üye no: [[MEMBER_NUMBER:TM-0655182]]
        """#,
        #"""
        AVIZ DE ÎNSOȚIRE A MĂRFII nr. 004512 / [[DATE:17.06.2025]]
        Furnizor: Agroteh Distribuție SRL, Pașcani
        Destinatar: Ferma Pomicolă Vlădeni, [[STREET_ADDRESS:Str. Morilor nr. 12, sat Vlădeni, jud. Iași, 707566]]
        Produse: 40 saci îngrășământ NPK 15-15-15, 2 role folie agricolă 6 m
        Delegat: [[PERSON:Ionuț Popescu]], marca [[EMPLOYEE_NUMBER:4413]], tel. [[PHONE_NUMBER:0744 318 562]]
        Am primit marfa: [[PERSON:Maria Ciobanu]] ........ semnătura
        """#,
        #"""
        Tárgy: Bérszámfejtési adatváltozás – [[PERSON:Kovács Eszter]]
        Kedves [[PERSON:Zsófi]]!
        Kérlek, a júliusi bérszámfejtésnél vedd figyelembe, hogy [[PERSON:Eszter]] (törzsszám: [[EMPLOYEE_NUMBER:100482]]) [[DATE:2025. július 1.]] napjától heti 30 órás részmunkaidőben dolgozik.
        Új lakcíme: [[STREET_ADDRESS:1117 Budapest, Bartók Béla út 64. 3/12.]], telefonszáma [[PHONE_NUMBER:+36 30 412 7789]].
        A szakszervezeti tagdíjat (VDSZ, tagsági szám: [[MEMBER_NUMBER:VD-22841]]) továbbra is vonjuk le.
        Üdv, [[PERSON:Szabó Gergely]], HR
        """#,
        #"""
        Zamjena smjene – zahtjev
        Ja, [[PERSON:Ivana Horvat]], broj zaposlenika [[EMPLOYEE_NUMBER:2210-07]], molim zamjenu noćne smjene [[DATE:28. lipnja 2025.]] s kolegom [[PERSON:Markom Babićem]] (br. zaposlenika [[EMPLOYEE_NUMBER:2214-31]]).
        Ja ću odraditi njegovu jutarnju smjenu [[DATE:1. srpnja]]. Odjel: skladište Sesvete, voditelj smjene [[PERSON:D. Jurić]].
        Kontakt: [[PHONE_NUMBER:091 553 2087]]
        Potpis: ____  Zagreb, [[DATE:16. 6. 2025.]]
        """#,
        #"""
        [[PERSON:Dewi]]: guys, form klaim lembur bulan ini harus isi ID karyawan ya, punyaku [[EMPLOYEE_NUMBER:KRY-2019-0431]]
        [[PERSON:Bayu]]: oke. btw nomor anggota koperasi jg ditanya, aku lupa punyaku
        [[PERSON:Dewi]]: cek kartu koperasi aja bay, punyaku [[MEMBER_NUMBER:KOP-0872]] gitu formatnya
        Pak [[PERSON:Hendra]]: paling lambat dikumpul Jumat [[DATE:20 Juni]] ke mbak [[PERSON:Rina]] di lantai 3 ya. yg belum, WA saya di [[PHONE_NUMBER:0812-8834-1907]]
        """#,
        #"""
        Kính gửi anh [[PERSON:Nguyễn Văn Hùng]],
        Phòng Nhân sự xác nhận đã nhận đơn xin nghỉ phép của anh từ ngày [[DATE:07/07/2025]] đến ngày [[DATE:11/07/2025]].
        Mã nhân viên: [[EMPLOYEE_NUMBER:NV-02718]]; số thẻ đoàn viên công đoàn: [[MEMBER_NUMBER:CĐ-0194352]].
        Người nhận bàn giao công việc: chị [[PERSON:Trần Thị Mai]] (máy lẻ 214).
        Mọi thắc mắc xin liên hệ [[PHONE_NUMBER:028 3822 4719]] hoặc [[EMAIL_ADDRESS:nhansu@vietphatlogistics.vn]].
        Trân trọng, [[PERSON:Lê Minh Châu]] – Trưởng phòng Nhân sự
        """#,
        #"""
        Betreff: Mutation Mitgliederdaten
        Grüezi mitenand
        Ich bin umgezogen, bitte die Adresse ändern: neu [[STREET_ADDRESS:Seestrasse 214, 8820 Wädenswil]] (vorher Zürich).
        Mitgliedsnummer [[MEMBER_NUMBER:7703 4418]], Arbeitgeber Hügli Bau AG, Personalnummer [[EMPLOYEE_NUMBER:P-30517]].
        Der Beitrag soll ab [[DATE:1. Juli 2025]] wieder direkt vom Lohn abgezogen werden.
        Natel: [[PHONE_NUMBER:079 412 88 30]]
        Freundliche Grüsse, [[PERSON:Reto Gisler]]
        """#,
    ]
}
