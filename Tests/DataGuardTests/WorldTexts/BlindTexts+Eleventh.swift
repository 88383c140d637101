extension BlindTexts {
    /// An eleventh set of clinical texts, written blind to DataGuard's rules after the tenth set had been written.
    static let eleventhClinical: [String] = [
        #"""
        EPIKRISE – Medisinsk avdeling, Haukeland universitetssjukehus
        Pasient: [[PERSON:Ingrid Solberg Haugen]], f. [[DATE_OF_BIRTH:04.11.1958]], fødselsnr. [[MEDICAL_RECORD_NUMBER:04115834127]]
        Innlagt [[DATE:12.02.2024]], utskrevet [[DATE:19.02.2024]].
        Hoveddiagnose: [[HEALTH_CONDITION:akutt hjerteinfarkt]] ([[HEALTH_CONDITION:NSTEMI]]). Bidiagnose: [[HEALTH_CONDITION:diabetes mellitus type 2]].
        Medikamenter ved utreise: [[HEALTH_CONDITION:Albyl-E]] 75 mg x 1, [[HEALTH_CONDITION:Brilique]] 90 mg x 2, [[HEALTH_CONDITION:Metformin]] 500 mg x 2.
        Kontroll hos fastlege [[PERSON:Torbjørn Lie]] innen to uker. Pårørende: datter [[PERSON:Kari]], tlf. [[PHONE_NUMBER:+47 912 34 567]].
        Signert: overlege dr. [[PERSON:Eirik Nygård]]
        """#,
        #"""
        Remiss till Reumatologmottagningen, Sahlgrenska Universitetssjukhuset
        Avsändare: Vårdcentralen Majorna, leg. läkare [[PERSON:Anna-Karin Bergström]], tel. [[PHONE_NUMBER:031-345 67 89]]
        Patient: [[PERSON:Mikael Öhman]], personnummer [[MEDICAL_RECORD_NUMBER:19670822-4471]]
        Adress: [[STREET_ADDRESS:Karl Johansgatan 41, 414 59 Göteborg]]
        Frågeställning: [[HEALTH_CONDITION:reumatoid artrit]]? Besvär sedan [[DATE:3 januari]]. Står på [[HEALTH_CONDITION:Alvedon]] 1 g vid behov och [[HEALTH_CONDITION:Naproxen]] sedan [[DATE:15/1]].
        Patienten nås bäst på [[PHONE_NUMBER:070-412 88 93]].
        """#,
        #"""
        Raportti yövuorolle, osasto 4B, TAYS – klo 21.30
        Huone 412, vuode 2: [[PERSON:Aino Virtanen]], hetu [[MEDICAL_RECORD_NUMBER:120347-318N]], [[HEALTH_CONDITION:lonkkamurtuma]] leikattu [[DATE:8.5.]]
        Kipuun [[HEALTH_CONDITION:Panadol]] 1 g x 3 ja tarvittaessa [[HEALTH_CONDITION:Oxynorm]] 5 mg. Iltapäivällä [[HEALTH_CONDITION:delirium]]-epäily, seurataan.
        Huone 414: [[PERSON:Pertti Mäkelä]], [[HEALTH_CONDITION:keuhkokuume]], [[HEALTH_CONDITION:Zinacef]] iv. Poika [[PERSON:Jari]] soittaa aamulla, [[PHONE_NUMBER:040 728 1934]].
        Raportin antoi sh [[PERSON:Laura Heikkinen]], vastaanotti [[PERSON:Mikko]].
        """#,
        #"""
        Apteegi märge – Benu Apteek, Tartu
        Retsept patsiendile [[PERSON:Kadri Tamm]] (isikukood [[MEDICAL_RECORD_NUMBER:48811070238]]), välja kirjutanud dr [[PERSON:Rein Saar]] [[DATE:14.03.2024]].
        Ravim: [[HEALTH_CONDITION:Euthyrox]] 50 mcg, 100 tk. Diagnoos retseptil: [[HEALTH_CONDITION:hüpotüreoos]].
        Patsient küsis, kas võib samaaegselt võtta [[HEALTH_CONDITION:Ibumetin]]. Soovitasin konsulteerida perearstiga.
        Tagasihelistamine: [[PHONE_NUMBER:+372 5384 2217]], e-post [[EMAIL_ADDRESS:kadri.tamm@mail.ee]]
        """#,
        #"""
        Karta informacyjna leczenia szpitalnego – Oddział Chorób Wewnętrznych, Szpital Wojewódzki w Rzeszowie
        Pacjent: [[PERSON:Stanisław Wójcik]], ur. [[DATE_OF_BIRTH:17.06.1951]], PESEL [[MEDICAL_RECORD_NUMBER:51061703857]]
        Adres: [[STREET_ADDRESS:ul. Piłsudskiego 18/4, 35-074 Rzeszów]]
        Rozpoznanie: [[HEALTH_CONDITION:zaostrzenie POChP]], [[HEALTH_CONDITION:nadciśnienie tętnicze]]. Hospitalizowany od [[DATE:2 kwietnia 2024]] do [[DATE:9 kwietnia 2024]].
        Zalecenia: [[HEALTH_CONDITION:Berodual]] 2 wdechy 3 x dziennie, [[HEALTH_CONDITION:Polpril]] 5 mg rano. Kontrola w poradni pulmonologicznej.
        Lekarz prowadzący: lek. med. [[PERSON:Agnieszka Dudek]]
        """#,
        #"""
        Laboratorní nález – Oddělení klinické biochemie, FN Motol
        Jméno: [[PERSON:Jana Procházková]]   RČ: [[MEDICAL_RECORD_NUMBER:725921/0418]]   Pojišťovna: 111
        Odběr: [[DATE:21. 5. 2024]] 07:45   Odesílající lékař: MUDr. [[PERSON:Tomáš Kučera]]
        Glykovaný hemoglobin 58 mmol/mol, TSH 6,8 mIU/l (zvýšeno).
        Závěr: nález odpovídá neuspokojivě kompenzovanému [[HEALTH_CONDITION:diabetu 2. typu]], suspektní [[HEALTH_CONDITION:subklinická hypotyreóza]].
        Dotazy: laboratoř, tel. [[PHONE_NUMBER:224 433 671]]
        """#,
        #"""
        Tisztelt Kolléga!
        [[PERSON:Kovács Éva]] (szül. [[DATE_OF_BIRTH:1979. 08. 23.]], TAJ: [[MEDICAL_RECORD_NUMBER:044 812 567]]) betegemet kardiológiai kivizsgálásra küldöm.
        Panaszai: [[HEALTH_CONDITION:palpitáció]], terheléses [[HEALTH_CONDITION:nehézlégzés]]; [[DATE:március 4]]-én az EKG-n [[HEALTH_CONDITION:pitvarfibrilláció]] igazolódott.
        Jelenleg szedett gyógyszerek: [[HEALTH_CONDITION:Concor]] 5 mg, [[HEALTH_CONDITION:Xarelto]] 20 mg.
        Lakcím: [[STREET_ADDRESS:1137 Budapest, Pozsonyi út 27. II/5.]]  Tel.: [[PHONE_NUMBER:+36 30 482 1196]]
        Üdvözlettel: Dr. [[PERSON:Szabó Gergely]] háziorvos
        """#,
        #"""
        UPUTNICA – specijalističko-konzilijarna zdravstvena zaštita
        Osiguranik: [[PERSON:Ivana Marić]], MBO [[MEDICAL_RECORD_NUMBER:176543219]], datum rođenja [[DATE_OF_BIRTH:02.09.1990.]]
        Adresa: [[STREET_ADDRESS:Ulica grada Vukovara 112, 10000 Zagreb]]
        Dijagnoza: [[HEALTH_CONDITION:lumbalni bolni sindrom]], [[HEALTH_CONDITION:hernija diska L5-S1]]
        Terapija: [[HEALTH_CONDITION:Voltaren]] 75 mg, [[HEALTH_CONDITION:Normabel]] 2 mg navečer. Upućuje se fizijatru, KB Dubrava.
        Izdao: dr. med. [[PERSON:Damir Horvat]], [[DATE:16.04.2024.]]
        """#,
        #"""
        SCRISOARE MEDICALĂ
        Pacienta [[PERSON:Elena Popescu]], CNP [[MEDICAL_RECORD_NUMBER:2850614400217]], domiciliată în [[STREET_ADDRESS:Str. Mihai Eminescu nr. 23, bl. B4, ap. 12, Iași]],
        a fost internată în Spitalul Clinic Județean de Urgență Iași în perioada [[DATE:03.06.2024]] – [[DATE:10.06.2024]] cu diagnosticul: [[HEALTH_CONDITION:pielonefrită acută dreaptă]].
        Tratament la externare: [[HEALTH_CONDITION:Ciprinol]] 500 mg 2x/zi 7 zile, [[HEALTH_CONDITION:Algocalmin]] la nevoie.
        Revine la control pe [[DATE:24 iunie]]. Telefon aparținător (soț, [[PERSON:Andrei]]): [[PHONE_NUMBER:0722 318 447]]
        Medic curant: Dr. [[PERSON:Raluca Ionescu]]
        """#,
        #"""
        Ypenthymisi rantevou: Kyria [[PERSON:Papadopoulou Maria]], to rantevou sas sto Kardiologiko Iatreio tou Nosokomeiou Evangelismos einai tin Triti [[DATE:18/06]] stis 10:30.
        AMKA: [[MEDICAL_RECORD_NUMBER:12076501234]]. Parakaloume na fernete to vivliario ygeias kai ti lista farmakon (p.ch. [[HEALTH_CONDITION:Sintrom]], [[HEALTH_CONDITION:Lasix]]).
        Gia akyrosi kaleste sto [[PHONE_NUMBER:213 204 1000]] i steilte email ston iatro sas, [[EMAIL_ADDRESS:n.karagiannis@evangelismos.gr]].
        Iatros: Dr. [[PERSON:Nikolaos Karagiannis]]
        """#,
        #"""
        Bericht via het patiëntenportaal – [[DATE:7 mei 2024]]
        Van: [[PERSON:Sanne de Vries]] (BSN [[MEDICAL_RECORD_NUMBER:231847596]], patiëntnummer [[MEDICAL_RECORD_NUMBER:7740213]])
        Beste dokter [[PERSON:Bakker]], sinds ik met de [[HEALTH_CONDITION:Sertraline]] ben begonnen heb ik veel last van [[HEALTH_CONDITION:misselijkheid]] en [[HEALTH_CONDITION:slapeloosheid]]. Mag ik de dosis verlagen naar 25 mg?
        Mijn [[HEALTH_CONDITION:migraine]] is wel iets minder. U kunt me bellen op [[PHONE_NUMBER:06-41827395]], liefst na 16.00 uur.
        Met vriendelijke groet, [[PERSON:Sanne]]
        """#,
        #"""
        AVIS D'ARRÊT DE TRAVAIL – volet 3 destiné à l'employeur
        Assuré(e) : [[PERSON:Camille Lefèvre]], n° de sécurité sociale [[MEDICAL_RECORD_NUMBER:2 84 07 69 123 456 78]]
        Adresse : [[STREET_ADDRESS:14 rue des Capucins, 69001 Lyon]]
        Arrêt initial du [[DATE:11/03/2024]] au [[DATE:22/03/2024]] inclus. Sorties autorisées de 10h à 12h et de 16h à 18h.
        Employeur : Transports Martin SARL, matricule salarié [[EMPLOYEE_NUMBER:TM-00781]]
        Médecin : Dr [[PERSON:Olivier Garnier]], tél. [[PHONE_NUMBER:04 78 29 41 63]]
        """#,
        #"""
        [08:12] dott.ssa [[PERSON:Ferri]]: buongiorno, il sig. [[PERSON:Russo]] del letto 7 stanotte ha avuto [[HEALTH_CONDITION:febbre]] a 38,9
        [08:13] dott.ssa [[PERSON:Ferri]]: emocolture fatte, sospetta [[HEALTH_CONDITION:sepsi]] da CVC. Gli ho iniziato [[HEALTH_CONDITION:Tazocin]] 4,5 g ogni 8 ore
        [08:15] [[PERSON:marco]]: ok, è quello con la [[HEALTH_CONDITION:leucemia mieloide acuta]]? CF [[MEDICAL_RECORD_NUMBER:RSSGPP58L12F839K]] giusto?
        [08:16] dott.ssa [[PERSON:Ferri]]: sì, [[PERSON:Giuseppe Russo]], cartella [[MEDICAL_RECORD_NUMBER:2024/018834]]. la moglie chiede di essere chiamata al [[PHONE_NUMBER:347 218 9034]]
        [08:17] [[PERSON:marco]]: ci penso io. passo alle 9 con [[PERSON:Chiara]]
        """#,
        #"""
        PATIENT REGISTRATION & INSURANCE FORM – Lakeside Family Medicine, Columbus OH
        Name: [[PERSON:Derek J. Whitman]]   DOB: [[DATE_OF_BIRTH:09/14/1982]]   SSN: [[US_SSN:512-48-7730]]
        Address: [[STREET_ADDRESS:4418 Maple Ridge Dr, Apt 2C, Columbus, OH 43214]]   Cell: [[PHONE_NUMBER:(614) 555-0187]]
        Primary insurance: Aetna PPO, Member ID [[MEDICAL_RECORD_NUMBER:W284619073]], Group 0081342. MRN [[MEDICAL_RECORD_NUMBER:LFM-0093381]]
        Current medications: [[HEALTH_CONDITION:Lipitor]] 20 mg, [[HEALTH_CONDITION:lisinopril]] 10 mg. Allergies: [[HEALTH_CONDITION:penicillin]]
        Copay card on file: Visa [[CREDIT_CARD:4716 2290 5518 3342]], exp 08/27
        Emergency contact: [[PERSON:Laura Whitman]] (spouse) [[PHONE_NUMBER:614-555-0129]]
        """#,
        #"""
        Occupational Health Note – Hamilton Steelworks, Health Services
        Employee: [[PERSON:Raj Sandhu]], employee #[[EMPLOYEE_NUMBER:E-204718]], OHIP [[MEDICAL_RECORD_NUMBER:4829-517-306-KT]]
        Seen [[DATE:June 3, 2024]] following report of [[HEALTH_CONDITION:low back strain]] on the loading dock on [[DATE:May 30]].
        Hx of [[HEALTH_CONDITION:type 1 diabetes]], on [[HEALTH_CONDITION:insulin glargine]]; glucose checks on shift within range.
        Modified duties x 2 weeks: no lifting >10 kg. Reviewed with supervisor [[PERSON:Monique Tremblay]].
        Follow-up booked; worker reachable at [[PHONE_NUMBER:905-555-0163]]. – [[PERSON:K. Osei]], RN (OHN)
        """#,
        #"""
        Yakkyoku memo – Sakura Yakkyoku Shinjuku-ten
        Kanja: [[PERSON:Tanaka Yuki]]-sama, seinengappi [[DATE_OF_BIRTH:1988-04-22]], hokensho kigo-bango [[MEDICAL_RECORD_NUMBER:06139214-3871]]
        Shohosen: [[HEALTH_CONDITION:Loxonin]] 60 mg 1-nichi 3-kai, [[HEALTH_CONDITION:Mucosta]] 100 mg. Byomei: [[HEALTH_CONDITION:henzutsu]] ([[HEALTH_CONDITION:migraine]]).
        [[DATE:5-gatsu 20-nichi]] ni denwa ari: [[HEALTH_CONDITION:ien]] no keireki ga aru tame, i ni yasashii kusuri o kibou.
        Renrakusaki: [[PHONE_NUMBER:090-4418-2763]]. Tanto yakuzaishi: [[PERSON:Mori]]
        """#,
    ]

    /// An eleventh set of everyday texts, written blind to DataGuard's rules after the tenth set had been written.
    static let eleventhEveryday: [String] = [
        #"""
        Til udlejer [[PERSON:Henrik Mølgaard]]
        Vedr. lejemålet [[STREET_ADDRESS:Jægersborggade 14, 3. tv., 2200 København N]]
        Jeg opsiger hermed mit lejemål til fraflytning [[DATE:31. august 2024]]. Depositum bedes overført til min konto, når syn er afholdt.
        Synet kan aftales på tlf. [[PHONE_NUMBER:28 91 47 32]] eller [[EMAIL_ADDRESS:sofie.kjaer@gmail.com]]. Min nye adresse er:
        [[STREET_ADDRESS:Vestergade 7, st.]]
        [[STREET_ADDRESS:8000 Aarhus C]]
        Venlig hilsen [[PERSON:Sofie Kjær]], [[DATE:12. maj 2024]]
        """#,
        #"""
        Sæl [[PERSON:Guðrún]],
        takk fyrir fundinn í gær. Ég sendi samninginn í pósti á [[STREET_ADDRESS:Laugavegi 88, 101 Reykjavík]] fyrir [[DATE:15. október]]. Ef eitthvað vantar, hringdu bara í mig.
        Kveðja,
        [[PERSON:Þórður Sigurðsson]] | verkefnastjóri | Brú ehf.
        s. [[PHONE_NUMBER:862 4417]] | [[PHONE_NUMBER:+354 510 3300]] | [[EMAIL_ADDRESS:thordur@bru.is]]
        """#,
        #"""
        Iesniegums personāla daļai – atvaļinājuma pieteikums
        Darbinieks: [[PERSON:Laura Bērziņa]], darbinieka nr. [[EMPLOYEE_NUMBER:LV-31872]], nodaļa: loģistika
        Lūdzu piešķirt ikgadējo apmaksāto atvaļinājumu no [[DATE:2024. gada 15. jūlija]] līdz [[DATE:28. jūlijam]].
        Aizvietos: [[PERSON:Jānis Ozols]] (darb. nr. [[EMPLOYEE_NUMBER:LV-30415]]).
        Kontakti atvaļinājuma laikā: [[PHONE_NUMBER:+371 2614 8835]], [[EMAIL_ADDRESS:laura.berzina@inbox.lv]]
        Rīgā, [[DATE:03.06.2024]]   Paraksts: ____
        """#,
        #"""
        PRAŠYMAS ĮSTOTI Į LIETUVOS ŠVIETIMO DARBUOTOJŲ PROFESINĘ SĄJUNGĄ
        Vardas, pavardė: [[PERSON:Rūta Kazlauskienė]]
        Gimimo data: [[DATE_OF_BIRTH:1986-02-19]]   Darbovietė: Vilniaus Žirmūnų gimnazija
        Adresas: [[STREET_ADDRESS:Žirmūnų g. 68-15, LT-09124 Vilnius]]   Tel.: [[PHONE_NUMBER:+370 612 48 307]]
        Sutinku, kad nario mokestis (1 % atlyginimo) būtų išskaičiuojamas iš darbo užmokesčio.
        Suteiktas nario Nr.: [[MEMBER_NUMBER:LŠDPS-0045219]]   Data: [[DATE:2024-09-02]]
        """#,
        #"""
        Tiket #IT-58213 – Nefunguje VPN z domu
        Nahlásil: [[PERSON:Martin Kováčik]] ([[EMAIL_ADDRESS:martin.kovacik@tatrasoft.sk]]), osobné číslo [[EMPLOYEE_NUMBER:20931]]
        Popis: od pondelka [[DATE:10. 6.]] sa neviem pripojiť na VPN. Moja verejná IP je [[IP_ADDRESS:178.143.52.207]], notebook má doma adresu [[IP_ADDRESS:192.168.1.34]].
        Riešiteľ [[PERSON:Zuzka]]: na firewalle bola IP [[IP_ADDRESS:178.143.52.207]] zablokovaná po 5 neúspešných pokusoch, odblokované.
        Ak problém pretrváva, volajte [[PHONE_NUMBER:0905 318 442]].
        """#,
        #"""
        Betreff: Lohnzettel Mai – Überstunden fehlen
        Liebe Frau [[PERSON:Gruber]],
        auf meinem Lohnzettel für Mai (Personalnr. [[EMPLOYEE_NUMBER:004718]]) fehlen die 12 Überstunden vom [[DATE:17. Mai]] und [[DATE:18. Mai]]. Die Stunden hat Herr [[PERSON:Pichler]] bereits freigegeben.
        Könnten Sie das bitte mit der Juni-Abrechnung korrigieren? Ich bin unter [[PHONE_NUMBER:0664 382 19 05]] erreichbar.
        Danke und liebe Grüße
        [[PERSON:Florian Steiner]], Lager Wels
        """#,
        #"""
        Lieferschein Nr. 2024-118734 – Möbelhaus Zürichsee AG
        Lieferadresse: [[PERSON:Reto Baumann]]
        [[STREET_ADDRESS:Bahnhofstrasse 21]]
        [[STREET_ADDRESS:8703 Erlenbach ZH]]
        Liefertermin: Donnerstag, [[DATE:27. Juni 2024]], Zeitfenster 8–12 Uhr. Bitte Lift reservieren (3. Stock).
        Kontakt vor Ort: [[PHONE_NUMBER:079 412 38 66]] (Frau [[PERSON:Baumann]]). Montage: 1 Sofa, 1 Sideboard.
        """#,
        #"""
        An die ver.di-Betriebsgruppe, Klinikum Nord – Beschwerde nach § 84 BetrVG
        Ich, [[PERSON:Melanie Krüger]] (Personalnummer [[EMPLOYEE_NUMBER:7731204]], ver.di-Mitgliedsnr. [[MEMBER_NUMBER:1004582317]]), beschwere mich über die wiederholte kurzfristige Änderung meines Dienstplans.
        Am [[DATE:02.07.2024]] und [[DATE:09.07.2024]] wurde ich jeweils am Vorabend von der Stationsleitung, Herrn [[PERSON:Dietrich]], in den Nachtdienst umgeplant.
        Bitte um ein Gespräch; erreichbar unter [[PHONE_NUMBER:0171 4829315]] oder privat [[EMAIL_ADDRESS:m.krueger84@web.de]].
        [[STREET_ADDRESS:Lindenstraße 5a, 22047 Hamburg]], den [[DATE:11. Juli 2024]]
        """#,
        #"""
        Poštovani gospodine [[PERSON:Nikoliću]],
        obaveštavam Vas da od [[DATE:8. oktobra]] curi voda iz plafona u kupatilu našeg stana, [[STREET_ADDRESS:Bulevar oslobođenja 76, stan 14, 21000 Novi Sad]].
        Komšija iznad nas, [[PERSON:Goran Ilić]], kaže da kod njega nema kvara. Molim Vas da pošaljete majstora što pre.
        Moj broj je [[PHONE_NUMBER:064 217 3389]], a supruga [[PERSON:Jelena]] je kod kuće posle 15h: [[PHONE_NUMBER:+381 63 842 1170]].
        S poštovanjem, [[PERSON:Milan Todorović]]
        """#,
        #"""
        Zadeva: Prijava na delovno mesto računovodja (oglas na MojeDelo, [[DATE:3. 4. 2024]])
        Spoštovani g. [[PERSON:Kranjc]],
        z veseljem se prijavljam na razpisano delovno mesto. Imam sedem let izkušenj v računovodstvu, nazadnje v podjetju Petrol d.d.
        Osebni podatki: [[PERSON:Nina Zupančič]], rojena [[DATE_OF_BIRTH:21. 11. 1991]], [[STREET_ADDRESS:Celovška cesta 150, 1000 Ljubljana]]
        Tel.: [[PHONE_NUMBER:041 583 926]], e-pošta: [[EMAIL_ADDRESS:nina.zupancic@siol.net]]
        Lep pozdrav, [[PERSON:Nina Zupančič]]
        """#,
        #"""
        [[PERSON:ivo]]: [[PERSON:nasko]], imash li telefona na hazyaikata?
        [[PERSON:nasko]]: da, gospozha [[PERSON:Dimitrova]] - [[PHONE_NUMBER:0888 412 759]]. kazva che naemat e do [[DATE:5-ti mart]]
        [[PERSON:ivo]]: mersi. az sym na [[STREET_ADDRESS:ul. Graf Ignatiev 34, et. 3]], ako iska da mine
        [[PERSON:nasko]]: ok. a [[PERSON:mariya]] kak e sled operatsiyata za [[HEALTH_CONDITION:apandisit]]?
        [[PERSON:ivo]]: po-dobre e, piye [[HEALTH_CONDITION:Analgin]] za bolkata
        [[PERSON:nasko]]: pozdravi ya ot men
        """#,
        #"""
        Asunto: Reclamación de cargo no reconocido – tarjeta terminada en 8841
        Estimados señores:
        Soy [[PERSON:Lucía Fernández Ortega]], titular de la tarjeta Visa [[CREDIT_CARD:4940 1923 5567 8841]]. El [[DATE:22/04/2024]] aparece un cargo de 349,90 € de "ELECTRO-ONLINE SL" que no he realizado.
        Ya he bloqueado la tarjeta desde la app. Solicito la anulación del cargo y el envío de una nueva tarjeta a [[STREET_ADDRESS:C/ Ruzafa 27, 4.º B, 46004 Valencia]].
        Contacto: [[PHONE_NUMBER:612 48 93 07]] · [[EMAIL_ADDRESS:lucia.fernandez.o@gmail.com]]
        Atentamente, [[PERSON:Lucía Fernández]]
        """#,
        #"""
        [[PERSON:Siobhán]]: lads, who's bringing what for [[PERSON:ciarán]]'s 40th on the [[DATE:14th of September]]?
        [[PERSON:Declan]]: I'll do the barbecue. send the address again?
        [[PERSON:Siobhán]]: [[STREET_ADDRESS:22 Ardmore Park, Bray, Co. Wicklow A98 K2F7]] – ring [[PERSON:Aoife]] on [[PHONE_NUMBER:087 341 2290]] if the gate is locked
        [[PERSON:aoife]]: yep! and no nuts in anything pls, [[PERSON:ciarán]]'s [[HEALTH_CONDITION:nut allergy]] is serious
        [[PERSON:Declan]]: noted. I'll bring [[PERSON:Niamh]] too
        """#,
        #"""
        DIRECT DEPOSIT AUTHORIZATION – Payroll Dept., Greenfield Logistics Inc.
        Employee name: [[PERSON:Tanisha R. Coleman]]   Employee ID: [[EMPLOYEE_NUMBER:GL-58213]]
        SSN: [[US_SSN:431-67-2095]]   Home address: [[STREET_ADDRESS:1907 Oakwood Ave, Memphis, TN 38104]]
        Bank: First Horizon Bank   Routing no.: [[US_ROUTING_NUMBER:084001724]]   Checking acct no.: [[US_BANK_ACCOUNT:2047719386]]
        Deposit 100% of net pay starting with the pay period ending [[DATE:07/19/2024]].
        Signature: [[PERSON:Tanisha Coleman]]   Date: [[DATE:07/08/2024]]   Phone: [[PHONE_NUMBER:901-555-0174]]
        """#,
        #"""
        Objet : Absence de [[PERSON:Léa]] – groupe 302
        Bonjour Madame [[PERSON:Gagnon]],
        Ma fille [[PERSON:Léa Bouchard-Roy]] sera absente du lundi [[DATE:18 novembre]] au [[DATE:20 novembre]] inclusivement : elle fait une [[HEALTH_CONDITION:otite]] et le médecin lui a prescrit de l'[[HEALTH_CONDITION:amoxicilline]].
        Pourriez-vous transmettre les devoirs à son adresse : [[EMAIL_ADDRESS:lea.bouchardroy@eleves.csdm.qc.ca]]?
        Vous pouvez me joindre au [[PHONE_NUMBER:514 555-0138]].
        Merci, [[PERSON:Isabelle Roy]]
        """#,
        #"""
        [KakaoTalk · Seoul–Taipei project]
        [[PERSON:Kim Min-jun]]: [[PERSON:Wei-ting]], please whitelist our office IP [[IP_ADDRESS:211.234.10.58]] on the Taipei server before Friday [[DATE:9/13]]
        [[PERSON:Lin Wei-ting]]: ok, done. also add [[PERSON:Zhang Hao]] from Shenzhen? his IP is [[IP_ADDRESS:113.88.146.21]]
        [[PERSON:Kim Min-jun]]: yes. his email is [[EMAIL_ADDRESS:zhang.hao@sz-hardware.cn]], mobile [[PHONE_NUMBER:+86 138 2741 5096]]
        [[PERSON:Lin Wei-ting]]: added. my staff no is [[EMPLOYEE_NUMBER:TW20871]] if IT asks who approved
        [[PERSON:Kim Min-jun]]: gomawoyo! call me at [[PHONE_NUMBER:010-4827-3361]] if anything breaks
        """#,
    ]
}
