extension BlindTexts {
    /// A fifteenth set of clinical texts, written blind to DataGuard's rules after the thirteenth set had been scored.
    static let fifteenthClinical: [String] = [
        #"""
        Emhana kartasy — Qalalyq emhana No. 4, Almaty
        Naukas: [[PERSON:Aigerim Nurlanqyzy Seitkali]], tugan kuni [[DATE_OF_BIRTH:14.03.1987]]
        JSN: [[MEDICAL_RECORD_NUMBER:870314450218]]
        Diagnoz: [[HEALTH_CONDITION:temir tapshylyq anemiasy]]; tagaiyndalgan: [[HEALTH_CONDITION:Sorbifer Durules]] 1 tabl. kunine 2 ret
        Kelesi qabyldau: [[DATE:02.05.2024]], dariger [[PERSON:Zhanat Omarov]], tel. [[PHONE_NUMBER:+7 701 482 1937]]
        """#,
        #"""
        TB dasturi — Samarqand viloyati ftiziatriya dispanseri
        Bemor: [[PERSON:Rustam Karimov]] (o'g'li [[PERSON:Jasur]] bilan keldi), karta № [[MEDICAL_RECORD_NUMBER:SMQ-TB-2023-0417]]
        Tashxis: [[HEALTH_CONDITION:o'pka sil kasalligi]], GeneXpert MTB+/RIF-
        Davolash: [[HEALTH_CONDITION:izoniazid]], [[HEALTH_CONDITION:rifampitsin]] — DOT hamshira [[PERSON:Dilnoza Yusupova]] nazoratida
        Boshlangan sana: [[DATE:11.09.2023]]; manzil: [[STREET_ADDRESS:Registon ko'chasi 27-uy, 14-xonadon]]
        Aloqa: [[PHONE_NUMBER:+998 90 312 45 67]]
        """#,
        #"""
        [14:02] [[PERSON:eka]]: gamarjoba ekimo, chemi deda [[PERSON:Nana Beridze]] ver sunteqavs ghamit
        [14:03] Dr [[PERSON:Lomidze]]: ra temperatura aqvs? ra tsamlebs svams?
        [14:05] [[PERSON:eka]]: 38.4, svams [[HEALTH_CONDITION:Enalapril]]-s da [[HEALTH_CONDITION:Metformin]]-s, aqvs [[HEALTH_CONDITION:shakriani diabeti]]
        [14:06] Dr [[PERSON:Lomidze]]: piradi nomeri momtsere, bmulshi chavtsert
        [14:07] [[PERSON:eka]]: [[MEDICAL_RECORD_NUMBER:01024057381]], dab. [[DATE_OF_BIRTH:19/06/1951]]
        """#,
        #"""
        Laboratorinių tyrimų atsakymas — Vilniaus universiteto ligoninė Santaros klinikos
        Pacientas: [[PERSON:Tomas Žukauskas]], a. k. [[MEDICAL_RECORD_NUMBER:38905121234]]
        Paėmimo data: [[DATE:2024-02-07]]
        TSH 7,8 mU/l (n. 0,4–4,0) — atitinka [[HEALTH_CONDITION:hipotireozę]]
        Rekomenduojama: [[HEALTH_CONDITION:Euthyrox]] 50 µg; kontrolė po 6 sav.
        Atsakinga gyd. [[PERSON:R. Petrauskienė]], tel. [[PHONE_NUMBER:+370 612 34567]]
        """#,
        #"""
        Otpusno pismo — Klinički centar Srbije, Klinika za kardiologiju
        Ime i prezime: [[PERSON:Dragana Milošević-Kovač]], JMBG [[MEDICAL_RECORD_NUMBER:2304965715034]]
        Primljena [[DATE:03.01.2024]]., otpuštena [[DATE:09.01.2024]].
        Dijagnoza: [[HEALTH_CONDITION:akutni infarkt miokarda bez ST elevacije]], [[HEALTH_CONDITION:hipertenzija]]
        Terapija: [[HEALTH_CONDITION:Brilique]] 90 mg 2x1, [[HEALTH_CONDITION:Concor]] 2,5 mg, [[HEALTH_CONDITION:atorvastatin]] 40 mg
        Kontrola kod dr [[PERSON:Jovanović]] za mesec dana; kontakt ćerke [[PERSON:Milica]]: [[PHONE_NUMBER:064 218 3390]]
        """#,
        #"""
        Obminna karta vahitnoi — Zhinocha konsultatsiia No. 2, Lviv
        Vahitna: [[PERSON:Oksana Petrivna Hnatyshyn]], [[DATE_OF_BIRTH:22.08.1995]] r.n.
        Deklaratsiia z likarem [[PERSON:Kovalchuk I.V.]], karta No. [[MEDICAL_RECORD_NUMBER:LV-ZhK2-11873]]
        Termin 28 tyzhniv; ochikuvana data polohiv [[DATE:15.05.2024]]
        Diahnoz: [[HEALTH_CONDITION:hestatsiinyi diabet]], pryznacheno dietu ta [[HEALTH_CONDITION:folievu kyslotu]]
        Cholovik [[PERSON:Andrii]] — [[PHONE_NUMBER:+380 67 904 1152]]
        """#,
        #"""
        Farmacia Familiei, Chișinău — bon de eliberare, rețetă compensată nr. 0048812
        Pacient: [[PERSON:Ion Ceban]], IDNP [[MEDICAL_RECORD_NUMBER:2002004123456]]
        Eliberat: [[HEALTH_CONDITION:Lisinopril]] 10 mg nr. 30, [[HEALTH_CONDITION:Indapamid]] 1,5 mg nr. 30
        Diagnostic (cod I10): [[HEALTH_CONDITION:hipertensiune arterială esențială]]
        Ridicat de fiica pacientului, [[PERSON:Cristina Ceban-Lungu]], tel. [[PHONE_NUMBER:069 418 227]]
        Farmacist: [[PERSON:Natalia Rusu]], [[DATE:12 martie 2024]]
        """#,
        #"""
        Lettre d'orientation — Centre de santé urbain, Casablanca
        Cher confrère, je vous adresse Mme [[PERSON:Fatima Zahra El Idrissi]], née le [[DATE_OF_BIRTH:05/11/1978]], CIN [[MEDICAL_RECORD_NUMBER:BE418273]].
        Motif : [[HEALTH_CONDITION:goitre multinodulaire]] avec dyspnée d'effort ; sous [[HEALTH_CONDITION:Lévothyrox]] 75 µg depuis 2019.
        Merci de la recevoir en consultation d'ORL. Tél. de la patiente : [[PHONE_NUMBER:06 61 23 48 90]]
        Dr [[PERSON:Karim Benjelloun]], médecin généraliste — le [[DATE:18/04/2024]]
        """#,
        #"""
        ART Clinic, General Hospital Ikeja — adherence counselling note
        Client: [[PERSON:Chiamaka Obi]] (prefers '[[PERSON:Amaka]]'), hospital no. [[MEDICAL_RECORD_NUMBER:GHI/ART/22/03918]]
        Dx: [[HEALTH_CONDITION:HIV-1 infection]], on [[HEALTH_CONDITION:TLD]] ([[HEALTH_CONDITION:tenofovir]]/[[HEALTH_CONDITION:lamivudine]]/[[HEALTH_CONDITION:dolutegravir]]) since [[DATE:14 Feb 2022]]
        Viral load [[DATE:3rd April]]: <50 copies/ml. Missed refill last month because of [[HEALTH_CONDITION:malaria]].
        Treatment supporter: sister [[PERSON:Ngozi]], [[PHONE_NUMBER:0803 417 2256]]
        Counsellor: [[PERSON:B. Adeyemi]], staff no. [[EMPLOYEE_NUMBER:LSHMB-20417]]
        """#,
        #"""
        Carnet de santé de l'enfant — District sanitaire de Pikine
        Enfant : [[PERSON:Awa Ndiaye]], née le [[DATE_OF_BIRTH:02/07/2022]], n° dossier [[MEDICAL_RECORD_NUMBER:PIK-2022-07-0561]]
        Mère : [[PERSON:Mariama Diallo]], tél. [[PHONE_NUMBER:77 654 32 10]]
        [[DATE:16/01/2024]] : fièvre 39,2, TDR positif → [[HEALTH_CONDITION:paludisme simple]], traité par [[HEALTH_CONDITION:Coartem]] 20/120 mg
        Vaccins : RR2 fait le [[DATE:04/01/2024]]. Prochain RDV avec l'ICP M. [[PERSON:Sarr]]
        """#,
        #"""
        HEALTH CLAIM FORM — Section B (Physician)
        Patient: [[PERSON:Devon A. Campbell]]   DOB: [[DATE_OF_BIRTH:09-Oct-1969]]
        Member ID: [[MEMBER_NUMBER:SGJ 4471-0092-01]]   NHF card: [[MEDICAL_RECORD_NUMBER:NHF 1188 2034 77]]
        Date of service: [[DATE:27-Mar-2024]]; Dx: [[HEALTH_CONDITION:type 2 diabetes mellitus]], [[HEALTH_CONDITION:diabetic foot ulcer]]
        Rx: [[HEALTH_CONDITION:Glucophage]] 850 mg bd, [[HEALTH_CONDITION:Augmentin]] 625 mg tds x 7/7
        Attending: Dr [[PERSON:Sharon Williams-Reid]], [[STREET_ADDRESS:12 Barbican Road, Kingston 6]], tel [[PHONE_NUMBER:(876) 927-4410]]
        """#,
        #"""
        Kat swen prenatal — Sant Sante Kafou, Pòtoprens
        Non: [[PERSON:Roseline Jean-Baptiste]], dat nesans [[DATE_OF_BIRTH:3 me 1998]], nimewo dosye [[MEDICAL_RECORD_NUMBER:KFU-PN-4420]]
        Adrès: [[STREET_ADDRESS:Ri Mirak #18, Kafou]]
        Vizit [[DATE:12 fevriye 2024]]: tansyon 150/95, [[HEALTH_CONDITION:preyeklanpsi]] sispèk, nou voye l lopital
        Medikaman: [[HEALTH_CONDITION:methyldopa]] 250 mg, [[HEALTH_CONDITION:asid folik]]
        Matwòn: [[PERSON:Lòlòt Pierre]] — [[PHONE_NUMBER:+509 3745 2186]]
        """#,
        #"""
        CWM Hospital Suva — NCD/Diabetes Clinic card
        Name: [[PERSON:Mere Tuilau]]   Hosp. No: [[MEDICAL_RECORD_NUMBER:CWM 0318842]]
        DOB: [[DATE_OF_BIRTH:11/05/1964]]   Address: [[STREET_ADDRESS:Lot 14 Ratu Mara Road, Samabula]]
        [[DATE:20/02/2024]] — HbA1c 9.1%, [[HEALTH_CONDITION:diabetic retinopathy]] noted; refer eye clinic
        Meds: [[HEALTH_CONDITION:metformin]] 1 g bd, [[HEALTH_CONDITION:glibenclamide]] 5 mg mane
        Next of kin: son [[PERSON:Sakiusa]] [[PHONE_NUMBER:927 3318]]
        """#,
        #"""
        Laboratory Report — Kathmandu
        Patient: [[PERSON:Sita Kumari Shrestha]]   Age/Sex: 34/F   Hosp. Reg. No.: [[MEDICAL_RECORD_NUMBER:KMH-080-11523]]
        Collected: [[DATE:2080-12-05]] BS ([[DATE:18 March 2024]] AD)
        Widal test: TO 1:320, TH 1:160 — suggestive of [[HEALTH_CONDITION:enteric fever]]
        Ref. by Dr [[PERSON:Prakash Adhikari]]; started on [[HEALTH_CONDITION:Azithromycin]] 500 mg
        Report verified by [[PERSON:R. Thapa]], lab technologist
        """#,
        #"""
        Hausarztpraxis Dr. med. [[PERSON:Weber]], [[STREET_ADDRESS:Kaiserstraße 41, 60329 Frankfurt am Main]]
        Überweisung an: Psychiatrische Institutsambulanz
        Patient: Herr [[PERSON:Arben Krasniqi]], geb. [[DATE_OF_BIRTH:17.12.1983]], Versichertennr. [[MEDICAL_RECORD_NUMBER:K837261945]]
        Diagnose: [[HEALTH_CONDITION:posttraumatische Belastungsstörung]] (F43.1), [[HEALTH_CONDITION:Schlafstörung]]
        Bisher [[HEALTH_CONDITION:Mirtazapin]] 15 mg z.N.; Dolmetscher (Albanisch) nötig, Bruder [[PERSON:Besnik]] unter [[PHONE_NUMBER:0176 48213390]]
        Frankfurt, [[DATE:08.04.2024]]
        """#,
        #"""
        Hoja de referencia — Puesto de Salud Chinchero, Cusco
        Paciente: [[PERSON:Juana Quispe Mamani]], 27 años, DNI [[MEDICAL_RECORD_NUMBER:45871236]], HC [[MEDICAL_RECORD_NUMBER:3381-CH]]
        Fecha: [[DATE:22/03/2024]]. Gestante de 32 semanas con [[HEALTH_CONDITION:anemia moderada]] y [[HEALTH_CONDITION:infección urinaria]]
        Se administró [[HEALTH_CONDITION:sulfato ferroso]] y [[HEALTH_CONDITION:cefalexina]]; se refiere al Hospital Regional
        Acompañante: esposo [[PERSON:Wilber Huamán]], cel. [[PHONE_NUMBER:984 215 703]]
        Obstetra responsable: Lic. [[PERSON:Rosa Ccahuana]]
        """#,
    ]

    /// A fifteenth set of everyday texts, written blind to DataGuard's rules after the thirteenth set had been scored.
    static let fifteenthEveryday: [String] = [
        #"""
        Remesas — comprobante de envío
        Remitente: [[PERSON:Karla Yesenia Maradiaga]], [[STREET_ADDRESS:C/ de la Oca 57, 3º B, 28025 Madrid]], tel. [[PHONE_NUMBER:+34 612 48 90 37]]
        Beneficiaria: Doña [[PERSON:Tránsito Maradiaga]], San Pedro Sula, Honduras — cel. [[PHONE_NUMBER:+504 9876-2314]]
        Importe: 250,00 EUR → 7.915,00 HNL. Código de cobro: 4471-902-338
        Fecha de envío: [[DATE:05/04/2024]]. Pagado con tarjeta [[CREDIT_CARD:4940 1903 2271 5586]]
        """#,
        #"""
        Sūdzība namu pārvaldniekam
        Iesniedzēja: [[PERSON:Ilze Bērziņa]], [[STREET_ADDRESS:Brīvības iela 112-34, Rīga, LV-1001]]
        Tālr. [[PHONE_NUMBER:+371 29 456 781]], e-pasts [[EMAIL_ADDRESS:ilze.berzina@inbox.lv]]
        Kopš [[DATE:15. janvāra]] dzīvoklī nav karstā ūdens. Kaimiņš [[PERSON:Jānis Ozols]] (dz. 36) var to apstiprināt.
        Lūdzu novērst bojājumu līdz [[DATE:2024. gada 1. februārim]].
        Rīgā, [[DATE:22.01.2024]]. Paraksts: [[PERSON:I. Bērziņa]]
        """#,
        #"""
        Hörmətli [[PERSON:Leyla]] xanım,
        oğlum [[PERSON:Murad Əliyev]] (5B sinfi) [[DATE:14 mart]] və [[DATE:15 mart]] tarixlərində xəstə olduğu üçün dərsə gələ bilməyib.
        Həkim [[HEALTH_CONDITION:angina]] diaqnozu qoyub, arayış əlavə olunur.
        Əlaqə: [[PHONE_NUMBER:+994 50 314 27 86]], [[EMAIL_ADDRESS:aliyev.rashad77@mail.ru]]
        Hörmətlə, [[PERSON:Rəşad Əliyev]]
        Bakı, [[STREET_ADDRESS:Nizami küçəsi 64, mənzil 12]]
        """#,
        #"""
        Objet : Candidature au poste de comptable — Réf. CPT-2024-07
        Madame, Monsieur, je me nomme [[PERSON:Ngo Biyong Christelle]], titulaire d'un BTS en comptabilité, domiciliée [[STREET_ADDRESS:BP 4127 Douala]].
        J'ai travaillé trois ans à la brasserie de Bonabéri (matricule [[EMPLOYEE_NUMBER:BDC-08812]]).
        Je suis disponible dès le [[DATE:1er juin 2024]]. Tél. : [[PHONE_NUMBER:+237 6 77 42 18 93]] — [[EMAIL_ADDRESS:christelle.ngobiyong@yahoo.fr]]
        Veuillez agréer mes salutations distinguées. [[PERSON:C. Ngo Biyong]]
        """#,
        #"""
        Oilfields Workers' Trade Union — Branch 14, San Fernando
        Dear Brother [[PERSON:Ramdeen]], your membership card no. [[MEMBER_NUMBER:OWTU-14-22871]] has been renewed.
        Your grievance on shift allowance (staff no. [[EMPLOYEE_NUMBER:HPC 30417]]) will be heard on Thursday [[DATE:16th May]].
        Please bring your payslips. Contact Comrade [[PERSON:Sharlene Mohammed]] at [[PHONE_NUMBER:(868) 652-4471]] or [[EMAIL_ADDRESS:s.mohammed@owtu-tt.org]]
        In solidarity, [[PERSON:Keston Ali]], Branch Secretary
        """#,
        #"""
        [9:14] [[PERSON:yohanna]]: manito ya te mandé la dirección pa que me traigas el colchón
        [9:14] [[PERSON:yohanna]]: [[STREET_ADDRESS:calle duarte #45, ensanche la fe, santo domingo]]
        [9:16] [[PERSON:frank]]: ok a qué número te llamo cuando llegue?
        [9:17] [[PERSON:yohanna]]: al [[PHONE_NUMBER:829-455-3107]] o al de mami [[PHONE_NUMBER:809 688 2214]]
        [9:20] [[PERSON:frank]]: dale, paso el sábado [[DATE:20 de abril]] temprano
        """#,
        #"""
        [[PERSON:Olena]]: Dobryi den, tse kurier? Ya [[PERSON:Olena Kravets]], posylka na [[STREET_ADDRESS:vul. Sadova 8, kv. 41, Vinnytsia, 21001]]
        [[PERSON:Taras]] (kurier): Tak, budu pislia 15:00. Domofon pratsiuie?
        [[PERSON:Olena]]: ni, zatelefonuite na [[PHONE_NUMBER:093 552 17 08]] abo sestri [[PERSON:Iri]] — [[PHONE_NUMBER:+380 50 771 2290]]
        [[PERSON:Taras]] (kurier): dobre. Oplata pry otrymanni?
        [[PERSON:Olena]]: ni, vzhe oplatyla [[DATE:18.03]]
        """#,
        #"""
        Irgenii medeelel — oršin suugchiin khüsnegt
        Ovog: [[PERSON:Batbayar]]   Ner: [[PERSON:Enkhjargal]]   Törsön ognoo: [[DATE_OF_BIRTH:1991.04.23]]
        Hayag: [[STREET_ADDRESS:Bayanzürkh düüreg, 3-r khoroo, 15-r bair, 42 toot, Ulaanbaatar]]
        Utas: [[PHONE_NUMBER:9911-4827]]; e-mail [[EMAIL_ADDRESS:enkhjargal.b@gmail.com]]
        Ajil olgogch: MIAT, ajiltny dugaar [[EMPLOYEE_NUMBER:MT-04419]]
        Ognoo: [[DATE:2024.05.02]]
        """#,
        #"""
        Ticket INC-558201 — VPN not connecting
        Raised by: [[PERSON:Nimal Perera]] (Finance, emp. no. [[EMPLOYEE_NUMBER:CB-7734]]), ext 2214
        VPN drops every 5 min since [[DATE:12/03/2024]]. Home router WAN IP [[IP_ADDRESS:112.134.88.201]], tunnel IP [[IP_ADDRESS:10.44.17.92]]
        Contact mobile: [[PHONE_NUMBER:077 341 8826]]
        Assigned to: [[PERSON:Tharindu]] (L2). Note from [[PERSON:Kumudini W.]]: same issue with fibre users in Kandy.
        """#,
        #"""
        Solicitud de depósito directo — Credit Union
        Nombre: [[PERSON:Edwin Otoniel Cux Tzoc]]   Número de Seguro Social: [[US_SSN:612-48-3097]]
        Número de ruta: [[US_ROUTING_NUMBER:322170032]]   Número de cuenta: [[US_BANK_ACCOUNT:4471093826]]
        Dirección: [[STREET_ADDRESS:1847 W Pico Blvd Apt 6, Los Angeles, CA 90015]]
        Empleador: empacadora de frutas, número de empleado [[EMPLOYEE_NUMBER:40982]]
        Firma: [[PERSON:E. Cux]]   Fecha: [[DATE:04/22/2024]]
        """#,
        #"""
        Disputa de cargo — formulario del cliente
        Titular: [[PERSON:Marisol Rivera Colón]]   Tarjeta: [[CREDIT_CARD:5412 7534 9018 2370]]
        Cargo no reconocido de $389.00 del [[DATE:3 de marzo de 2024]]; ese día estaba ingresada por [[HEALTH_CONDITION:neumonía]].
        Dirección: [[STREET_ADDRESS:Urb. Villa Carolina, Calle 512 Bloque 203 #14, Carolina, PR 00985]]
        Teléfono: [[PHONE_NUMBER:(787) 763-2281]]   Correo: [[EMAIL_ADDRESS:marisol.rc@gmail.com]]
        """#,
        #"""
        Sinu juht [[PERSON:Andrus]] saabub 3 min pärast. Toyota Prius, hall.
        [[PERSON:Andrus]]: tere, olen [[STREET_ADDRESS:Pärnu mnt 139]] ees, kas tulete?
        [[PERSON:Kadri]]: vabandust, tulen kohe. Kui ei leia, helista [[PHONE_NUMBER:+372 5123 4867]]
        Sõidu kviitung saadeti aadressile [[EMAIL_ADDRESS:kadri.tamm@gmail.com]] ([[DATE:7. märts]])
        """#,
        #"""
        Bonjour [[PERSON:Rania]],
        Suite à notre appel du [[DATE:9 avril]], voici les coordonnées de la famille [[PERSON:Al-Hamwi]] : M. [[PERSON:Khaled Al-Hamwi]], [[PHONE_NUMBER:+961 70 418 223]], [[STREET_ADDRESS:rue Mar Elias, imm. Salam, 3e étage, Beyrouth]].
        Sa fille [[PERSON:Lina]] (née le [[DATE_OF_BIRTH:12/09/2016]]) n'a plus de [[HEALTH_CONDITION:Ventolin]] pour son [[HEALTH_CONDITION:asthme]].
        --
        [[PERSON:Youssef Nasrallah]] | Travailleur social
        Tél. [[PHONE_NUMBER:+961 1 302 845]] | [[EMAIL_ADDRESS:y.nasrallah@amel-ngo.org]]
        """#,
        #"""
        COOPÉRATIVE AGRICOLE — Avis de paiement
        Membre : [[PERSON:Kouassi Yao Bertin]], n° adhérent [[MEMBER_NUMBER:CA-DAL-00872]]
        Livraison du [[DATE:28/02/2024]] : 640 kg de cacao, 960 000 FCFA versés sur Orange Money [[PHONE_NUMBER:07 08 45 21 33]]
        Pour toute réclamation, contacter le secrétaire [[PERSON:Koné Adama]] au [[PHONE_NUMBER:+225 05 44 17 62 09]]
        Daloa, le [[DATE:04/03/2024]]
        """#,
        #"""
        To: Customer Service, PNG Power
        From: [[PERSON:Michael Kaupa]], [[STREET_ADDRESS:Section 42 Lot 11, Gerehu Stage 2, Port Moresby]]
        Since [[DATE:2 April]] we have had no power on our line. My wife [[PERSON:Grace]] keeps her [[HEALTH_CONDITION:insulin]] in the fridge.
        Please send a crew urgently. Phone [[PHONE_NUMBER:7234 5518]] or email [[EMAIL_ADDRESS:mkaupa@gmail.com]]
        """#,
        #"""
        Daw [[PERSON:Khin Myat Noe]]: Ko [[PERSON:Zaw]], the water pump broke again?
        [[PERSON:Zaw Min Htet]]: yes aunty, since [[DATE:14/4]], no water on 3rd floor
        Daw [[PERSON:Khin Myat Noe]]: I will send U [[PERSON:Aung Ko]] tomorrow. Address is [[STREET_ADDRESS:No. 27, Bo Myat Tun Street, Pazundaung Tsp, Yangon]] right?
        [[PERSON:Zaw Min Htet]]: yes. he can call me [[PHONE_NUMBER:09 7865 42193]]
        """#,
    ]
}
