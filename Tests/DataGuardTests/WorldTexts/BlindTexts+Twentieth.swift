extension BlindTexts {
    /// A twentieth set of clinical texts, written blind to DataGuard's rules: discharge letters, handovers, pharmacy,
    /// lab, dental, physio, OH, ambulance, mental-health and care-home notes (USA, UK, Canada, Southern/Eastern Europe,
    /// Baltics).
    static let twentiethClinical: [String] = [
        #"""
        DISCHARGE SUMMARY – Lakeshore County Hospital, Dept. of Internal Medicine
        Patient: [[PERSON:Darnell T. Washington]]   DOB [[DATE_OF_BIRTH:04/17/1958]]   MRN [[MEDICAL_RECORD_NUMBER:E4471902]]   Medicaid ID [[MEDICAL_RECORD_NUMBER:918273645012]]
        Address: [[STREET_ADDRESS:3312 Mayfield Rd Apt 2B, Cleveland Heights, OH 44118]]   Ph [[PHONE_NUMBER:(216) 555-0148]]
        Admitted [[DATE:03/02/2025]] for [[HEALTH_CONDITION:acute on chronic systolic heart failure]] (EF 25%); diuresed 6 L with IV [[HEALTH_CONDITION:Lasix]].
        Comorbid: [[HEALTH_CONDITION:T2DM]], [[HEALTH_CONDITION:COPD]], ex-smoker. Discharged [[DATE:03/07/2025]] on [[HEALTH_CONDITION:Entresto]] 24/26 mg BID, [[HEALTH_CONDITION:Jardiance]] 10 mg, [[HEALTH_CONDITION:torsemide]] 20 mg daily.
        Pt is a city bus operator (transit union member) – off-work note given through [[DATE:3/21]]; FMLA paperwork faxed to employer.
        Follow-up with PCP Dr. [[PERSON:Anjali Mehta-Rosen]] within 7 days; HF clinic [[PHONE_NUMBER:216.555.0192]]. Dictated by [[PERSON:K. O'Rourke]], PA-C
        """#,
        #"""
        Handover – Ward 27 (Acute Medicine), late → night, Fri [[DATE:14th Feb]]
        Bay A bed 3: [[PERSON:Doreen Pickersgill]], 91, hosp no. [[MEDICAL_RECORD_NUMBER:J4418273]], NHS no. [[MEDICAL_RECORD_NUMBER:999 104 2287]]. [[HEALTH_CONDITION:UTI]] → [[HEALTH_CONDITION:delirium]], on IV [[HEALTH_CONDITION:gent]], level due 22:00.
          DNACPR in place. Son [[PERSON:Keith]] is NOK – [[PHONE_NUMBER:07700 900417]] – wants a call if she's moved wards.
        Bay A bed 5: Mr [[PERSON:Faisal Hussain]], 54, [[HEALTH_CONDITION:DKA]] resolving, off FRIII since 16:00, back on [[HEALTH_CONDITION:Lantus]] 22 units + [[HEALTH_CONDITION:NovoRapid]] with meals.
        Side room 2: [[PERSON:Rose McAllister]] (likes to be called [[PERSON:Rosie]]) – [[HEALTH_CONDITION:C. diff]], barrier nursing, stool chart pls. Lives alone at [[STREET_ADDRESS:4 Tinshill Lane, Cookridge, Leeds LS16 7AP]].
        Bed 8 empty – admission from AMU, ?[[HEALTH_CONDITION:PE]].
        Handed over by [[PERSON:Bex Hollins]] RN to [[PERSON:Olumide]] (agency), ext 64412.
        """#,
        #"""
        PRESIDIO OSPEDALIERO VOMERO-ARENELLA – U.O.C. Cardiologia
        Lettera di dimissione – Sig.ra [[PERSON:Esposito Carmela]], nata a Napoli il [[DATE_OF_BIRTH:21/03/1951]]
        C.F. [[MEDICAL_RECORD_NUMBER:SPSCML51C61F839X]]   Tessera sanitaria n. [[MEDICAL_RECORD_NUMBER:80380000900123456789]]   Cartella n. [[MEDICAL_RECORD_NUMBER:2025/004417]]
        Residente in [[STREET_ADDRESS:Via Foria 118, sc. B, int. 9, 80137 Napoli]] – recapito della figlia [[PERSON:Assunta]]: [[PHONE_NUMBER:333.471.2208]]
        Ricoverata dal [[DATE:2 marzo 2025]] all'[[DATE:11.III.2025]] per [[HEALTH_CONDITION:fibrillazione atriale ad elevata risposta ventricolare]] in [[HEALTH_CONDITION:cardiopatia ipertensiva]].
        Terapia alla dimissione: [[HEALTH_CONDITION:Eliquis]] 5 mg 1 cp x 2, [[HEALTH_CONDITION:bisoprololo]] 2,5 mg, [[HEALTH_CONDITION:Lasix]] 25 mg al mattino.
        Controllo ambulatoriale il [[DATE:7/4]] ore 10:00. Il medico: dott. [[PERSON:Raffaele De Luca Tamajo]]
        """#,
        #"""
        ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ – Κέντρο Υγείας Καλαμαριάς
        Ασθενής: [[PERSON:Γεώργιος Παπαδόγιαννης]] του [[PERSON:Νικολάου]], ΑΜΚΑ [[MEDICAL_RECORD_NUMBER:12056401573]]
        Ημ. γέννησης: [[DATE_OF_BIRTH:12/05/1964]]   Διεύθυνση: [[STREET_ADDRESS:Κομνηνών 27, 551 33 Καλαμαριά]]
        Τηλ. [[PHONE_NUMBER:2310 447 812]], κιν. [[PHONE_NUMBER:694 118 2270]]
        Παραπέμπεται στο Διαβητολογικό Ιατρείο για αρρύθμιστο [[HEALTH_CONDITION:σακχαρώδη διαβήτη τύπου 2]] (HbA1c 9,4% στις [[DATE:18 Φεβρουαρίου 2025]]).
        Λαμβάνει [[HEALTH_CONDITION:Glucophage]] 1000 x2 και [[HEALTH_CONDITION:Januvia]] 100. Συνυπάρχει [[HEALTH_CONDITION:διαβητική νευροπάθεια]] άκρων ποδών.
        Η ιατρός: Δρ. [[PERSON:Ελένη Χατζηδημητρίου]], Γενική Ιατρός – [[DATE:24.02.2025]]
        """#,
        #"""
        INEM – Relatório de ocorrência n.º 25-118847 – [[DATE:14/06/2025]]
        Vítima: [[PERSON:Maria da Conceição Ferreira Lopes]], 78 anos, n.º utente SNS [[MEDICAL_RECORD_NUMBER:284 019 337]]
        Local: [[STREET_ADDRESS:Rua de Cedofeita, 412, 2.º Esq., 4050-174 Porto]] – chamada pelo vizinho, Sr. [[PERSON:Joaquim]] ([[PHONE_NUMBER:22 208 4471]])
        Encontrada no chão da cozinha, consciente, GCS 14. Dor na anca direita, membro encurtado; suspeita de [[HEALTH_CONDITION:fratura do colo do fémur]].
        Antecedentes: [[HEALTH_CONDITION:HTA]], [[HEALTH_CONDITION:FA]] hipocoagulada com [[HEALTH_CONDITION:Varfine]]; [[HEALTH_CONDITION:osteoporose]].
        Analgesia com [[HEALTH_CONDITION:paracetamol]] 1 g EV. Transporte ao SU. Filha avisada: [[PHONE_NUMBER:+351 936 118 204]].
        Tripulação: TAE [[PERSON:Rui Pinto]] / TAE [[PERSON:Sónia Mendes Vaz]]
        """#,
        #"""
        Centro de Salud Mental Infanto-Juvenil – nota de evolución, [[DATE:lunes 20 de enero]]
        Paciente: [[PERSON:Adrián Gómez de la Serna Ruiz]], 15 años, NHC [[MEDICAL_RECORD_NUMBER:3018842]], TSI [[MEDICAL_RECORD_NUMBER:GMRZ100213918015]]
        Acude con su madre, [[PERSON:Pilar]]. Refiere mejoría del ánimo; sin ideación autolítica desde la última cita del [[DATE:16-12-2024]].
        Dx: [[HEALTH_CONDITION:episodio depresivo moderado]]; [[HEALTH_CONDITION:TDAH]] de base. Mantiene [[HEALTH_CONDITION:sertralina]] 50 mg y [[HEALTH_CONDITION:Concerta]] 36 mg.
        Contacto madre: [[PHONE_NUMBER:612 44 80 19]]. Domicilio: [[STREET_ADDRESS:C/ Marcelo Usera 57, 4º izda., 28026 Madrid]].
        Próxima revisión en 4 semanas. Psiquiatra: Dra. [[PERSON:Itziar Etxeberria]]
        """#,
        #"""
        FIȘĂ DE APTITUDINE – Medicina Muncii, Cabinet Dr. [[PERSON:Ioana Stănescu-Popa]], tel. [[PHONE_NUMBER:0264 595 118]]
        Angajat: [[PERSON:Bogdan-Mihai Țurcanu]], CNP [[MEDICAL_RECORD_NUMBER:1850914120031]], marca [[EMPLOYEE_NUMBER:00731]]
        Angajator: SC Transilvania Logistic SRL, post: stivuitorist.
        Domiciliu: [[STREET_ADDRESS:Str. Observatorului nr. 34, bl. C2, sc. 1, ap. 12, Cluj-Napoca 400347]], mobil [[PHONE_NUMBER:0744 218 903]]
        Examen periodic din [[DATE:12.05.2025]]: TA 150/95; cunoscut cu [[HEALTH_CONDITION:hipertensiune arterială gr. I]], tratat cu [[HEALTH_CONDITION:Prestarium]] 5 mg.
        Audiogramă: [[HEALTH_CONDITION:hipoacuzie neurosenzorială bilaterală]] ușoară.
        Concluzie: APT CONDIȚIONAT – purtare obligatorie antifoane; reevaluare în [[DATE:noiembrie 2025]].
        """#,
        #"""
        Stomatološka ordinacija dr. [[PERSON:Tomislav Barić]], [[STREET_ADDRESS:Ilica 187, 10000 Zagreb]], tel. [[PHONE_NUMBER:01/3778-214]]
        Pacijentica: [[PERSON:Ana-Marija Kovačević Horvat]], rođ. [[DATE_OF_BIRTH:07. 08. 1992.]], MBO [[MEDICAL_RECORD_NUMBER:178 204 519]]
        [[DATE:3. 4. 2025.]] – bol kod zuba 47 na hladno i toplo, [[HEALTH_CONDITION:pulpitis acuta]]. Trepanacija, [[HEALTH_CONDITION:Ledermix]] ulošak.
        Napomena: [[HEALTH_CONDITION:trudnoća]] 22. tj., alergija na [[HEALTH_CONDITION:penicilin]] – propisan [[HEALTH_CONDITION:Klimicin]] 300 mg,
        po dogovoru s ginekologom dr. [[PERSON:Jurić]].
        Kontrola [[DATE:10.04.]] u 8:30. Mob. pacijentice [[PHONE_NUMBER:091 552 7403]]
        """#,
        #"""
        ЛАБОРАТОРИЈА „БИОМЕДИКА“ – Извештај бр. 25-04471
        Пацијент: [[PERSON:Милица Јовановић]], рођ. [[DATE_OF_BIRTH:14.09.1987.]], ЛБО [[MEDICAL_RECORD_NUMBER:10234567891]], бр. здр. књижице [[MEDICAL_RECORD_NUMBER:0047 1182 55]]
        Адреса: [[STREET_ADDRESS:Булевар краља Александра 212/5, 11000 Београд]], тел. [[PHONE_NUMBER:064/318-22-07]]
        Узорак узет [[DATE:17. марта 2025.]]; упутио: др [[PERSON:Драган Петровић]].
        Налаз: феритин 6 ng/ml (↓), Hb 98 g/l – одговара [[HEALTH_CONDITION:сидеропенијској анемији]]. Позитиван anti-tTG IgA – сумња на [[HEALTH_CONDITION:целијакију]].
        Препорука: гастроентеролог; наставити [[HEALTH_CONDITION:Ferrum Lek]] до контроле.
        Оверио: др [[PERSON:Снежана Илић]], спец. клиничке биохемије
        """#,
        #"""
        Napsugár Idősek Otthona – ápolási napló, [[DATE:2025. január 9.]], éjszakai műszak
        Lakó: [[PERSON:Szabóné Kiss Erzsébet]] ([[PERSON:Erzsike]] néni), 2. emelet 214., TAJ [[MEDICAL_RECORD_NUMBER:044 218 377]]
        02:10 – zavart, a folyosón keresi a férjét (néhai [[PERSON:Lajos]]). [[HEALTH_CONDITION:Demencia]] ismert, esti [[HEALTH_CONDITION:Tiaprid]] beadva 21:00-kor.
        04:30 – vércukor 3,6 mmol/l, [[HEALTH_CONDITION:inzulinos cukorbetegség]] miatt dextróz gél + keksz; 05:00-kor 6,2.
        Reggel értesítendő a fia: [[PERSON:Szabó Gergely]], [[PHONE_NUMBER:+36 30 412 8871]]; háziorvos: dr. [[PERSON:Fekete András]] ([[PHONE_NUMBER:06-1-355-2041]]).
        Átadta: [[PERSON:Tóth Boglárka]] ápoló → [[PERSON:Molnár Zsuzsa]]
        """#,
        #"""
        SKIEROWANIE do Poradni Neurologicznej
        Pacjent: [[PERSON:Wojciech Brzęczyszczykiewicz]], PESEL [[MEDICAL_RECORD_NUMBER:76031204518]]
        Adres: [[STREET_ADDRESS:os. Kalinowe 14/27, 31-812 Kraków]], tel. [[PHONE_NUMBER:12 644 18 20]], kom. [[PHONE_NUMBER:+48 601 227 915]]
        Rozpoznanie: [[HEALTH_CONDITION:migrena z aurą]] (G43.1); od [[DATE:grudnia 2024]] napady 6–8/mies., nieskuteczne [[HEALTH_CONDITION:Sumamigren]] i [[HEALTH_CONDITION:Ketonal]].
        W wywiadzie [[HEALTH_CONDITION:przetrwały otwór owalny]] – proszę o ocenę wskazań do profilaktyki.
        Data: [[DATE:27.02.2025]] r.   lek. [[PERSON:Agnieszka Wróbel-Kasprzak]], specjalista medycyny rodzinnej
        """#,
        #"""
        Rehabilitace – zpráva pro praktického lékaře
        Pacient: [[PERSON:Jiří Dvořáček]], č. pojištěnce [[MEDICAL_RECORD_NUMBER:680415/0412]], pojišťovna 111
        Bydliště: [[STREET_ADDRESS:Vinohradská 1874/92, 130 00 Praha 3]], tel. [[PHONE_NUMBER:+420 603 418 227]]
        Stav po [[HEALTH_CONDITION:totální endoprotéze kolenního kloubu vpravo]] ([[DATE:12. 3. 2025]]), dosud 10 ošetření.
        Flexe 95°, chůze o 1 francouzské holi. Analgetika: [[HEALTH_CONDITION:Novalgin]] dle potřeby. Doporučuji dalších 10 sezení a lázně.
        V Praze dne [[DATE:30. dubna 2025]]   Mgr. [[PERSON:Kateřina Šťastná]], fyzioterapeutka
        """#,
        #"""
        PHARMACIST NOTE – Bloor West Village Pharmacy, [[DATE:2025-01-22]]
        Pt: [[PERSON:Oksana Kovalenko]] ([[PERSON:Оксана Коваленко]]), DOB [[DATE_OF_BIRTH:1979-06-03]], OHIP [[MEDICAL_RECORD_NUMBER:4829-174-553-KT]]
        Newcomer from Kharkiv; brought Ukrainian Rx for [[HEALTH_CONDITION:Concor]] 5 mg and [[HEALTH_CONDITION:Eutirox]] 100 mcg. Cdn equivalents: [[HEALTH_CONDITION:bisoprolol]] 5 mg, [[HEALTH_CONDITION:Synthroid]] 100 mcg.
        Dx per pt: [[HEALTH_CONDITION:HTN]], [[HEALTH_CONDITION:hypothyroidism post thyroidectomy]]. 30-day emergency supply; faxed Dr. [[PERSON:Halyna Shevchuk]] (walk-in) for ongoing Rx.
        Daughter [[PERSON:Sofiia]] translated; reach pt at [[PHONE_NUMBER:647-555-0193]] or [[PHONE_NUMBER:+380 67 418 2203]] (still active).
        Address on file: [[STREET_ADDRESS:88 Runnymede Rd, Unit 1104, Toronto ON M6S 2Y4]]. RPh [[PERSON:Marc-André Tremblay]]
        """#,
        #"""
        Psichikos sveikatos centras – konsultacijos įrašas, [[DATE:2025-03-18]]
        Pacientė: [[PERSON:Rūta Kazlauskienė]], a. k. [[MEDICAL_RECORD_NUMBER:48702150334]], gim. [[DATE_OF_BIRTH:1987 m. vasario 15 d.]]
        Gyv.: [[STREET_ADDRESS:Žirmūnų g. 68-41, LT-09124 Vilnius]], tel. [[PHONE_NUMBER:+370 612 44871]]
        Skundai: [[HEALTH_CONDITION:nemiga]], [[HEALTH_CONDITION:nerimas]], [[HEALTH_CONDITION:panikos priepuoliai]] darbe. Dg.: [[HEALTH_CONDITION:panikos sutrikimas]] (F41.0); gretutinė [[HEALTH_CONDITION:migrena]].
        Skirta: [[HEALTH_CONDITION:escitalopramas]] 10 mg ryte, [[HEALTH_CONDITION:hidroksizinas]] 25 mg prireikus. Rekomenduota KET, psichologė [[PERSON:Inga Petrauskaitė]].
        Kontrolė [[DATE:balandžio 15 d.]] Gydytoja psichiatrė [[PERSON:Aušra Vaitkevičiūtė]]
        """#,
    ]

    /// A twentieth set of everyday texts, written blind to DataGuard's rules: union forms, payroll, chats, landlord and
    /// school notes, classifieds, delivery notes, CVs and e-mails (USA, UK, Ireland, Oceania, Caribbean, Singapore,
    /// Europe).
    static let twentiethEveryday: [String] = [
        #"""
        GRIEVANCE FORM – Step 1 – County & Municipal Workers Union, Local 2291
        Grievant: [[PERSON:LaToya M. Jenkins]]   Member ID: [[MEMBER_NUMBER:2291-048817]]   Employee #: [[EMPLOYEE_NUMBER:E0193374]]
        Dept: Sanitation, Garage 9   Title: Sanitation Worker   Home: [[STREET_ADDRESS:1420 Grand Concourse, Apt 6F, Bronx, NY 10456]]
        Cell: [[PHONE_NUMBER:347-555-0128]]   Personal email: [[EMAIL_ADDRESS:ltjenkins77@gmail.com]]
        Date of incident: [[DATE:Feb. 11, 2025]]. Supervisor [[PERSON:R. Castellano]] denied FMLA leave to care for my son [[PERSON:Jamal]] after his [[HEALTH_CONDITION:asthma]] hospitalization, and marked me AWOL.
        Remedy sought: rescind AWOL, restore 3 days' pay. Shop steward: [[PERSON:Tito]] ([[PERSON:Hector Alvarado]]). Filed [[DATE:2/14/25]].
        """#,
        #"""
        From: [[PERSON:Brenda Kowalski]] <[[EMAIL_ADDRESS:bkowalski.teach@yahoo.com]]>
        To: District Payroll Office   Subject: direct deposit change – [[DATE:Jan 31]] check went to old acct
        Hi, my paycheck for [[DATE:January 31]] was sent to my closed account. Please update to checking acct [[US_BANK_ACCOUNT:004471182093]], routing [[US_ROUTING_NUMBER:071904711]].
        The form also asked for my SSN: [[US_SSN:402-61-8837]], employee ID [[EMPLOYEE_NUMBER:T-208417]]. Could [[PERSON:Bill]] re-issue the check before [[DATE:2/14]]? Rent is due.
        Thanks so much,
        [[PERSON:Brenda Kowalski]] | 4th Grade, Whitman Elementary | Education Assoc. member #[[MEMBER_NUMBER:IEA-558201]]
        cell [[PHONE_NUMBER:(309) 555-0177]]
        """#,
        #"""
        [[STREET_ADDRESS:Flat 2/1, 57 Hyndland Road]]
        [[STREET_ADDRESS:Glasgow G12 9UX]]
        [[DATE:3rd March 2025]]
        Dear Mr [[PERSON:Okafor]] and Ms [[PERSON:Lindqvist]],
        I write as your landlord to give notice that from [[DATE:1 June 2025]] the rent for the flat will rise to £1,050 per month.
        The gas safety check is booked for Tues [[DATE:18/3]]; the engineer ([[PERSON:Craig]]) will ring ahead from [[PHONE_NUMBER:0141 496 0733]].
        Yours sincerely, [[PERSON:Morag Lennox]] – mob [[PHONE_NUMBER:07700 900 812]], [[EMAIL_ADDRESS:morag.lennox@btinternet.com]]
        """#,
        #"""
        Dear Ms [[PERSON:Ní Bhriain]],
        [[PERSON:Cian]] was off [[DATE:Thurs 6th]] and [[DATE:Fri 7th]] with a [[HEALTH_CONDITION:chest infection]], the doctor put him on [[HEALTH_CONDITION:Klacid]] for the week.
        He has his [[HEALTH_CONDITION:Ventalin]] inhaler in his bag now, please let him use it before PE.
        His granny [[PERSON:Bridie]] will collect him on Wednesdays from now on.
        Any problems ring me on [[PHONE_NUMBER:085 731 2290]] or his dad [[PERSON:Declan]] on [[PHONE_NUMBER:+353 87 440 1186]].
        Thanks, [[PERSON:Siobhán Kavanagh]] ([[PERSON:Cian]]'s mam), [[STREET_ADDRESS:14 Cluain Ard, Ballincollig, Co. Cork P31 X2F8]]
        """#,
        #"""
        Slack – #depot-rosters
        [[PERSON:jess.nguyen]]  9:02 AM  anyone able to cover my sat arvo shift [[DATE:22/3]]? sister's wedding 🙏
        [[PERSON:bazza]]  9:05 AM  can do if someone grabs my sun [[DATE:23rd]] early
        [[PERSON:Priya Raman]] (she/her)  9:07 AM  I'll take the sun. [[PERSON:jess]] pls put it in the app, my staff no is [[EMPLOYEE_NUMBER:P071184]]
        [[PERSON:jess.nguyen]]  9:08 AM  legend. [[PERSON:baz]] yours is [[EMPLOYEE_NUMBER:P066230]] right? also the union want member nos for the EBA vote, mine's [[MEMBER_NUMBER:NSW-448812]]
        [[PERSON:bazza]]  9:10 AM  ye. if the app plays up ring [[PERSON:Shazza]] in rostering [[PHONE_NUMBER:(02) 5550 1427]] or her mob [[PHONE_NUMBER:0491 570 118]]
        """#,
        #"""
        CURRICULUM VITAE – [[PERSON:Tama Rāwiri Ngata-Hughes]]
        [[STREET_ADDRESS:27B Kowhai Street, Northcote, Christchurch 8052]] | [[PHONE_NUMBER:021 455 0917]] | [[EMAIL_ADDRESS:tama.ngatahughes@xtra.co.nz]]
        Date of birth: [[DATE_OF_BIRTH:9 Sept 1991]]
        Senior Arborist, Ōtautahi Tree Care, [[DATE:Mar 2019]] – present: crew lead (6), storm response, traffic management.
        Health: [[HEALTH_CONDITION:Type 1 diabetes]], well managed (pump) – full clearance for climbing and chainsaw work.
        Referees: [[PERSON:Hemi Walker]], Operations Manager – [[PHONE_NUMBER:(03) 377 4120]]; [[PERSON:Jo-Anne Baxter]], former supervisor – [[EMAIL_ADDRESS:jbaxter@fastmail.com]]
        """#,
        #"""
        WhatsApp – Dunrobin Close Neighbourhood Watch 🇯🇲
        7:41 pm – Miss [[PERSON:Pearl]]: evenin all. anybody see mi grandson [[PERSON:Kemar]]? him lef school from 3 an nuh reach home yet
        7:43 pm – [[PERSON:Dwayne]] (Block C): mi see him by di taxi stand a Half Way Tree bout 5, him seh him a go by him fren [[PERSON:Shanique]] yard
        7:45 pm – Miss [[PERSON:Pearl]]: Lawd. him have [[HEALTH_CONDITION:sickle cell]] an nuh tek him [[HEALTH_CONDITION:folic acid]] dis mawnin. anybody have di girl number?
        7:46 pm – [[PERSON:T. Grant]]: a [[PERSON:Shanique Bailey]] dat? she live [[STREET_ADDRESS:14 Cassia Park Rd, Kingston 10]]. her mada number [[PHONE_NUMBER:876-555-0163]]
        7:52 pm – Miss [[PERSON:Pearl]]: bless unu. if anybody see him call mi [[PHONE_NUMBER:(876) 555 0119]] or mi daughter [[PERSON:Sharon]] [[PHONE_NUMBER:1876 555 0190]]
        8:20 pm – Miss [[PERSON:Pearl]]: him reach! tank yuh Jesus an tank unu 🙏
        """#,
        #"""
        Live chat transcript – Orchid Rewards helpdesk (case 0419-2207)
        Agent ([[PERSON:Wei Ling]]): Hi, this is [[PERSON:Wei Ling]]. May I have your name and Orchid Rewards number?
        Customer: [[PERSON:Rajesh s/o Muthusamy]]. card no. [[MEMBER_NUMBER:OR 7731 0048 2295]]
        Agent ([[PERSON:Wei Ling]]): Thanks Mr [[PERSON:Rajesh]]. The points from [[DATE:12 Apr]] are still pending. Can confirm your mobile?
        Customer: [[PHONE_NUMBER:+65 9123 4471]], home [[PHONE_NUMBER:6455 0182]]. pls update address also: [[STREET_ADDRESS:Blk 412 Bedok North Ave 2 #08-115, Singapore 460412]]
        Customer: the double charge was on my Visa [[CREDIT_CARD:4539 1488 0343 6467]], can refund or not?
        Agent ([[PERSON:Wei Ling]]): Noted, refund will be processed in 5–7 working days.
        """#,
        #"""
        FORMULAIRE D'ADHÉSION / MEMBERSHIP APPLICATION – Syndicat des cols bleus municipaux
        Nom / Name: [[PERSON:Tremblay-Ouellet, Geneviève]]   Date de naissance / DOB: [[DATE_OF_BIRTH:1986-11-02]]
        Adresse: [[STREET_ADDRESS:245, rue Laurier, app. 3]]
                 [[STREET_ADDRESS:Gatineau (Québec) J8X 3W5]]
        Tél. rés.: [[PHONE_NUMBER:819 555-0146]]   Cell.: [[PHONE_NUMBER:1-819-555-0182]]   Courriel: [[EMAIL_ADDRESS:gen.tremblayouellet@videotron.ca]]
        Matricule d'employé·e: [[EMPLOYEE_NUMBER:VG-004183]]   Service: Travaux publics
        N° de membre (réservé au syndicat): [[MEMBER_NUMBER:SCB-11827]]   Signé à Gatineau le [[DATE:14 janvier 2025]]
        """#,
        #"""
        Продам дитячий велосипед Belt 16", стан ідеальний. 2500 грн, торг.
        Самовивіз: [[STREET_ADDRESS:вул. Січових Стрільців, 37, кв. 12, Київ, 04053]] або відправлю Новою Поштою.
        Дзвоніть [[PHONE_NUMBER:067 418 22 03]] ([[PERSON:Олена Василівна]]) або Viber [[PHONE_NUMBER:+380 (50) 331-45-18]], чоловік [[PERSON:Тарас]].
        Оплата на картку [[CREDIT_CARD:5375 4141 0418 2208]] після огляду.
        Також віддам небулайзер – залишився після [[HEALTH_CONDITION:бронхіту]] доньки.
        Оголошення від [[DATE:12.03.2025]]. Після 21:00 не турбувати.
        """#,
        #"""
        PAVADZĪME Nr. RL-25/0418 – SIA "Mēbeļu Nams"
        Datums: [[DATE:2025. gada 7. aprīlis]]
        Saņēmējs: [[PERSON:Jānis Bērziņš]], [[STREET_ADDRESS:Brīvības iela 112 – 15, Rīga, LV-1001]]
        Tālr.: [[PHONE_NUMBER:+371 2915 4470]], papildu [[PHONE_NUMBER:67 221 483]]
        Prece: dīvāns "Sigulda", 1 gab.; piegāde uz 3. stāvu, lifta nav.
        Piezīme kurjeram: ja nav mājās, zvanīt kaimiņienei – [[PERSON:Inese Ozola]], dz. 14.
        Preci izsniedza: [[PERSON:A. Kalniņš]]   Preci saņēma: ____________
        """#,
        #"""
        Teema: Re: puhkuseavaldus juuli
        Tere [[PERSON:Kadri]]!
        Kinnitan, et olen puhkusel [[DATE:7. juulist]] kuni [[DATE:18. juulini]]. Töötaja nr [[EMPLOYEE_NUMBER:TT-1043]].
        Asendajaks jääb [[PERSON:Mart Tamm]] ([[EMAIL_ADDRESS:mart.tamm@tartupagar.ee]], [[PHONE_NUMBER:5812 4409]]).
        Lugupidamisega
        [[PERSON:Liis-Marie Kask]]
        Raamatupidaja | Tartu Pagar OÜ | [[STREET_ADDRESS:Riia tn 18-4, 50405 Tartu]]
        tel [[PHONE_NUMBER:+372 5341 2289]] | [[EMAIL_ADDRESS:liis-marie.kask@tartupagar.ee]]
        """#,
        #"""
        Základná organizácia odborového zväzu pri Nemocnici Košice-Šaca – potvrdenie o členstve
        Vážená pani [[PERSON:Zuzana Horváthová]],
        potvrdzujeme, že ste od [[DATE:1. 9. 2019]] členkou našej základnej organizácie, členské číslo [[MEMBER_NUMBER:ZO-04127]], osobné číslo [[EMPLOYEE_NUMBER:KE-22871]].
        Vaša žiadosť o príspevok zo sociálneho fondu na kúpeľný pobyt po [[HEALTH_CONDITION:operácii platničky]] bola schválená.
        Korešpondenčná adresa: [[STREET_ADDRESS:Hlavná 48, 040 01 Košice]].
        V Košiciach [[DATE:20. marca 2025]]   Mgr. [[PERSON:Peter Kováč]], predseda ZO, [[PHONE_NUMBER:0905 118 442]]
        """#,
        #"""
        WhatsApp – "Condominio [[STREET_ADDRESS:Via Gioberti 41]]"
        [09:12] [[PERSON:franca]] (int. 7): buongiorno a tutti, [[DATE:giovedì 15]] l'idraulico chiude l'acqua dalle 9 alle 12
        [09:15] [[PHONE_NUMBER:+39 347 118 2290]]: scusate chi è?
        [09:16] [[PERSON:franca]] (int. 7): sono [[PERSON:Franca Albanese]] 😅 salvatemi in rubrica
        [09:20] [[PERSON:beppe]]: ok grazie. la sig.ra [[PERSON:Cerutti]] del piano terra è al CTO per una [[HEALTH_CONDITION:frattura del femore]], qualcuno le ritira la posta?
        [09:22] [[PERSON:giuli_b]]: poverina! il figlio [[PERSON:Massimo]] ha lasciato il numero [[PHONE_NUMBER:011 562 4471]] se serve
        [09:30] amministratore [[PERSON:Rossi]]: vi ricordo l'assemblea del [[DATE:28/11]] alle 18
        """#,
    ]
}
