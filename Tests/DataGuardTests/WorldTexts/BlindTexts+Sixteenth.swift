extension BlindTexts {
    /// A sixteenth set of clinical texts, written blind to DataGuard's rules at the end of the round.
    static let sixteenthClinical: [String] = [
        #"""
        DISCHARGE SUMMARY – Ward 7B, St Aldhelm's Hospital
        Patient: [[PERSON:Margaret Ellison-Hughes]]   DOB: [[DATE_OF_BIRTH:14/03/1948]]   NHS No: [[MEDICAL_RECORD_NUMBER:485 777 3456]]
        Admitted [[DATE:2 February 2024]] with [[HEALTH_CONDITION:community-acquired pneumonia]]; background of [[HEALTH_CONDITION:COPD]] and [[HEALTH_CONDITION:atrial fibrillation]].
        Discharged [[DATE:9 Feb]] on [[HEALTH_CONDITION:amoxicillin]] 500 mg TDS to complete 7 days; continue [[HEALTH_CONDITION:apixaban]] 5 mg BD.
        GP: Dr [[PERSON:Okonjo]], Meadowbank Surgery. Daughter ([[PERSON:Claire]]) to collect, tel [[PHONE_NUMBER:07700 900418]].
        Summary by Dr [[PERSON:R. Patel]], FY2.
        """#,
        #"""
        Sehr geehrte Frau Kollegin [[PERSON:Brandstätter]],
        wir berichten über Herrn [[PERSON:Jürgen von der Heide]], geb. [[DATE_OF_BIRTH:07.11.1961]], wohnhaft [[STREET_ADDRESS:Lindenstraße 42, 50674 Köln]],
        Versichertennr. [[MEDICAL_RECORD_NUMBER:K123456789]], der sich am [[DATE:18.04.2024]] mit einem [[HEALTH_CONDITION:NSTEMI]] vorstellte.
        Bekannt: [[HEALTH_CONDITION:Diabetes mellitus Typ 2]], eingestellt auf [[HEALTH_CONDITION:Metformin]] 1000 mg 1-0-1.
        Neu angesetzt: [[HEALTH_CONDITION:ASS]] 100 mg, [[HEALTH_CONDITION:Ticagrelor]] 90 mg 1-0-1, [[HEALTH_CONDITION:Atorvastatin]] 40 mg 0-0-1.
        Mit freundlichen Grüßen, Dr. med. [[PERSON:Anke Wittenberg]], Oberärztin Kardiologie
        """#,
        #"""
        Compte rendu de consultation – Service de rhumatologie
        Mme [[PERSON:Nathalie Dubois-Carré]], née le [[DATE_OF_BIRTH:3 juin 1975]], n° de sécurité sociale [[MEDICAL_RECORD_NUMBER:2 75 06 69 123 456 78]],
        adressée par le Dr [[PERSON:Lefebvre]] pour une [[HEALTH_CONDITION:polyarthrite rhumatoïde]] évoluant depuis deux ans.
        Traitement actuel : [[HEALTH_CONDITION:méthotrexate]] 15 mg/semaine, [[HEALTH_CONDITION:Speciafoldine]] 5 mg le lendemain.
        Prochain rendez-vous le [[DATE:12/09/2024]]. Joignable au [[PHONE_NUMBER:06 12 34 56 78]] ou [[EMAIL_ADDRESS:n.duboiscarre@orange.fr]].
        """#,
        #"""
        Nota de evolución – Consulta externa, Clínica Familiar No. 12
        Paciente: [[PERSON:José Luis Hernández Ramírez]], NSS [[MEDICAL_RECORD_NUMBER:12348567890]], fecha de nacimiento [[DATE_OF_BIRTH:22/08/1985]].
        Acude por descontrol de [[HEALTH_CONDITION:hipertensión arterial sistémica]].
        Se ajusta [[HEALTH_CONDITION:losartán]] a 100 mg/día y se agrega [[HEALTH_CONDITION:clortalidona]] 12.5 mg.
        Cita de control el [[DATE:15 de julio]]. Esposa ([[PERSON:Lupita]]) tel. [[PHONE_NUMBER:55 4321 8765]].
        Elaboró: Dra. [[PERSON:Gabriela Ochoa]], MF.
        """#,
        #"""
        Referral letter – Sunrise Multispeciality Clinic, Pune
        To Dr [[PERSON:Meenakshi Iyer]], Consultant Endocrinologist
        Kindly see Mr [[PERSON:Rakesh Kulkarni]], 52 yrs, UHID [[MEDICAL_RECORD_NUMBER:SMC/2024/118734]], ABHA [[MEDICAL_RECORD_NUMBER:91-4417-2203-6658]],
        a known case of [[HEALTH_CONDITION:type 2 diabetes]] with [[HEALTH_CONDITION:diabetic nephropathy]], HbA1c 9.8% on [[DATE:04-05-2024]].
        Currently on [[HEALTH_CONDITION:Glycomet]] GP 2 BD and [[HEALTH_CONDITION:Janumet]] 50/500 OD.
        Patient's mobile: [[PHONE_NUMBER:+91 98220 45617]]. Regards, Dr [[PERSON:S. Deshpande]]
        """#,
        #"""
        LAB RESULT – Mainland Diagnostics, Yaba
        Name: [[PERSON:Chukwuemeka Adeyemi-Okafor]]  Hosp. No: [[MEDICAL_RECORD_NUMBER:LUTH/24/07731]]  Age/Sex: 34/M
        Sample received [[DATE:11th March 2024]], 09:40. Malaria parasite: ++ ([[HEALTH_CONDITION:Plasmodium falciparum malaria]]).
        Widal: not significant. Advised [[HEALTH_CONDITION:Coartem]] 80/480, 1 tab BD x 3 days.
        Requesting doctor: Dr [[PERSON:Funmilayo Bakare]]. Result sent by SMS to [[PHONE_NUMBER:0803 456 7821]].
        """#,
        #"""
        Skierowanie do poradni neurologicznej
        Pacjentka: [[PERSON:Agnieszka Wróblewska]], PESEL [[MEDICAL_RECORD_NUMBER:85071412345]]
        adres: [[STREET_ADDRESS:ul. Kościuszki 17/4, 30-105 Kraków]], tel. [[PHONE_NUMBER:601 234 567]]
        Rozpoznanie: [[HEALTH_CONDITION:migrena bez aury]], nawracające napady od kilku lat.
        Dotychczas [[HEALTH_CONDITION:sumatryptan]] 50 mg doraźnie, bez poprawy; proszę o rozważenie profilaktyki.
        Data: [[DATE:21.05.2024]]   lek. [[PERSON:Tomasz Nowicki]]
        """#,
        #"""
        Lettera di dimissione – U.O. Ortopedia
        Si dimette in data [[DATE:3 ottobre 2024]] la sig.ra [[PERSON:Giuseppina De Luca]], nata il [[DATE_OF_BIRTH:19/01/1942]],
        codice fiscale [[MEDICAL_RECORD_NUMBER:DLCGPP42A59F839X]], ricoverata per [[HEALTH_CONDITION:frattura del collo del femore]] destro.
        Terapia domiciliare: [[HEALTH_CONDITION:Clexane]] 4000 UI sc/die per 30 giorni, [[HEALTH_CONDITION:paracetamolo]] 1 g al bisogno.
        Controllo ambulatoriale il [[DATE:17/10]]. Il figlio [[PERSON:Marco]] è reperibile al [[PHONE_NUMBER:+39 333 812 4490]].
        """#,
        #"""
        Telehealth chat – Riverbend Family Medicine
        [10:02] Dr. [[PERSON:Kim]]: Hi [[PERSON:Tyler]], can you confirm your date of birth?
        [10:02] Patient: [[DATE_OF_BIRTH:4/17/1996]]
        [10:03] Dr. [[PERSON:Kim]]: Thanks. Your [[HEALTH_CONDITION:ADHD]] refill of [[HEALTH_CONDITION:Adderall XR]] 20 mg is due. Any palpitations?
        [10:04] Patient: nope. also my insurance changed, new member ID [[MEMBER_NUMBER:XKW884213907]]
        [10:05] Dr. [[PERSON:Kim]]: Got it, sending to the pharmacy at [[STREET_ADDRESS:1120 N Elm St, Greensboro, NC 27401]].
        """#,
        #"""
        Walk-in clinic note – [[DATE:Jan 16, 2025]]
        Pt [[PERSON:Émilie Tremblay-Gagnon]], OHIP [[MEDICAL_RECORD_NUMBER:4567-123-456-AB]], DOB [[DATE_OF_BIRTH:1989-07-02]]
        Presents w/ urinary sx x 2 days; dipstick +nitrites. Imp: [[HEALTH_CONDITION:uncomplicated UTI]].
        Rx [[HEALTH_CONDITION:nitrofurantoin]] ([[HEALTH_CONDITION:Macrobid]]) 100 mg BID x 5 d. Hx [[HEALTH_CONDITION:penicillin allergy]] noted.
        Copy to family MD Dr. [[PERSON:Sarah Whitfield]]; pt prefers texts at [[PHONE_NUMBER:416-555-0142]].
        """#,
        #"""
        Journalanteckning, vårdcentralen Björkhagen, [[DATE:2024-03-27]]
        Patient: [[PERSON:Erik Lindqvist]], personnummer [[MEDICAL_RECORD_NUMBER:19780512-4471]]
        Söker för försämring sedan tre veckor. Känd [[HEALTH_CONDITION:astma]], använder [[HEALTH_CONDITION:Symbicort]] 160/4,5 två gånger dagligen.
        Bedömning: [[HEALTH_CONDITION:astmaexacerbation]]; ordineras [[HEALTH_CONDITION:prednisolon]] 30 mg i 5 dagar.
        Hustrun [[PERSON:Karin]] nås på [[PHONE_NUMBER:070-123 45 67]]. /[[PERSON:Ingrid Sjöberg]], distriktsläkare
        """#,
        #"""
        Prontuário – UBS Vila Mariana
        Paciente: [[PERSON:Ana Cláudia dos Santos]], Cartão SUS [[MEDICAL_RECORD_NUMBER:898 0012 3456 7890]], nasc. [[DATE_OF_BIRTH:30/09/1990]]
        Retorno com curva glicêmica; confirmado [[HEALTH_CONDITION:diabetes gestacional]] em [[DATE:12/06]].
        Orientada dieta; iniciada [[HEALTH_CONDITION:insulina NPH]] 10 UI à noite. Mantém [[HEALTH_CONDITION:sulfato ferroso]].
        Endereço: [[STREET_ADDRESS:rua Domingos de Morais, 1520, apto 32, 04010-100 São Paulo]]. Cel: [[PHONE_NUMBER:(11) 98765-4321]]
        Enf. [[PERSON:Rosângela]] / Dra. [[PERSON:Beatriz Nogueira]]
        """#,
        #"""
        Clinic note – Barangay Health Center, Quezon City
        Pt: [[PERSON:Maria Lourdes Santos-Villanueva]] ("[[PERSON:Lulu]]"), PhilHealth No. [[MEDICAL_RECORD_NUMBER:12-345678901-2]]
        CC: follow-up for [[HEALTH_CONDITION:pulmonary tuberculosis]], 3rd month of DOTS.
        Meds: [[HEALTH_CONDITION:Myrin-P Forte]] 3 tabs OD. Weight up 1.5 kg since [[DATE:March 4]].
        Her kuya [[PERSON:Jun-jun]] will bring her back on [[DATE:04/18/2024]]. Contact: [[PHONE_NUMBER:0917 555 2314]]
        — Nurse [[PERSON:Aileen Cruz]]
        """#,
        #"""
        EPİKRİZ – Dahiliye Servisi
        Hasta: [[PERSON:Mehmet Yılmaz]], T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:12345678950]], Doğum tarihi: [[DATE_OF_BIRTH:05.02.1958]]
        Yatış: [[DATE:14 Ağustos 2024]], Tanı: [[HEALTH_CONDITION:akut pankreatit]], eşlik eden [[HEALTH_CONDITION:kolelitiazis]].
        Taburculukta: [[HEALTH_CONDITION:Nexium]] 40 mg 1x1, [[HEALTH_CONDITION:Kreon]] 25000 yemeklerle.
        Kızı [[PERSON:Elif Yılmaz Demir]]: [[PHONE_NUMBER:0532 418 76 90]]. Uzm. Dr. [[PERSON:Serkan Aydın]]
        """#,
        #"""
        Care visit notes – Tuesday [[DATE:3rd Sept]]
        Visit to Mr [[PERSON:Harold Bishop]] at [[STREET_ADDRESS:27 Sycamore Close, Leeds LS8 2QT]]. He was not himself today, didnt know my name,
        I think is his [[HEALTH_CONDITION:dementia]] getting worse. I give him [[HEALTH_CONDITION:donepezil]] from dosette box 8pm and [[HEALTH_CONDITION:Movicol]] sachet.
        His son [[PERSON:Gary]] not answer phone ([[PHONE_NUMBER:07911 234567]]) so I left message.
        Please can office tell GP. Signed [[PERSON:Katarzyna W.]] staff no [[EMPLOYEE_NUMBER:CW0318]]
        """#,
        #"""
        Pharmacy dispensing note – [[DATE:22/07/2024]]
        Customer: [[PERSON:Darren O'Sullivan]], Medicare [[MEDICAL_RECORD_NUMBER:2951 47382 1]]
        Script from Dr [[PERSON:Ng]] for [[HEALTH_CONDITION:Endone]] 5 mg x 20; patient also on [[HEALTH_CONDITION:Lyrica]] for [[HEALTH_CONDITION:sciatica]].
        Checked SafeScript – OK. Delivery to [[STREET_ADDRESS:14/3 Wattle Grove, Fremantle WA 6160]], ph [[PHONE_NUMBER:0412 345 678]].
        Pharmacist: [[PERSON:Priya Raman]]
        """#,
    ]

    /// A sixteenth set of everyday texts, written blind to DataGuard's rules at the end of the round.
    static let sixteenthEveryday: [String] = [
        #"""
        DIRECT DEPOSIT AUTHORIZATION – Payroll Dept.
        Employee: [[PERSON:Latoya M. Jenkins]]   Employee ID: [[EMPLOYEE_NUMBER:E-204719]]
        SSN: [[US_SSN:512-48-7730]]
        Bank: First Midwest Credit Union   Routing #: [[US_ROUTING_NUMBER:071000013]]   Checking acct #: [[US_BANK_ACCOUNT:4820019375]]
        Home address: [[STREET_ADDRESS:2217 W Addison St, Apt 3, Chicago, IL 60618]]
        Signed [[DATE:06/03/2024]]
        """#,
        #"""
        Ticket INC-55821 – VPN drops every 10 min
        Raised by: [[PERSON:Siobhán Ní Bhriain]] (staff no. [[EMPLOYEE_NUMBER:IE-40932]]), Finance, Galway office
        Her laptop gets [[IP_ADDRESS:10.14.22.187]] on the LAN but the tunnel keeps re-handshaking with [[IP_ADDRESS:185.42.117.9]].
        Also tried from her home router [[IP_ADDRESS:192.168.1.54]], same thing. Mobile if you need her: [[PHONE_NUMBER:087 912 3344]]
        Assigned to [[PERSON:Ciarán]] – [[PERSON:Dec]] says it started after the [[DATE:14th of May]] patch.
        """#,
        #"""
        Dear Comrade [[PERSON:Adaeze Nwosu]],
        This is to confirm your membership of the Ikeja branch with No. [[MEMBER_NUMBER:MHWUN/LAG/04418]], effective [[DATE:1st July 2024]].
        Your check-off dues will be deducted monthly from your salary under staff number [[EMPLOYEE_NUMBER:LASUTH/NS/2207]].
        Kindly confirm your address, [[STREET_ADDRESS:14 Adeniyi Jones Avenue, Ikeja, Lagos]], and phone [[PHONE_NUMBER:0809 112 4567]] at the secretariat.
        Yours in solidarity, Comrade [[PERSON:Babatunde Olaleye]], Branch Secretary
        """#,
        #"""
        Subject: Damaged sofa – order 88-21934
        Hi, my name is [[PERSON:Gurpreet Sandhu]] and your delivery crew dropped off a torn sectional on [[DATE:Nov. 2]].
        I've called three times and was told by [[PERSON:Kevin]] that someone would come by – nobody did.
        Please send the replacement to [[STREET_ADDRESS:4512 Kingsway, Unit 1106, Burnaby, BC V5H 2A9]] or call me at [[PHONE_NUMBER:604-555-0187]].
        The card charged was [[CREDIT_CARD:4520 8811 0932 7714]] – I will dispute it if this isn't fixed by Friday.
        [[PERSON:G. Sandhu]]
        """#,
        #"""
        Dear Mrs [[PERSON:van Wyk]],
        Please excuse [[PERSON:Thabo]] from PE this week – he has a [[HEALTH_CONDITION:sprained ankle]] from rugby on Saturday [[DATE:9 March]].
        The doctor says no running for two weeks and he's on [[HEALTH_CONDITION:Voltaren]] till it settles.
        If you need me I'm on [[PHONE_NUMBER:082 447 1903]] or at work on [[PHONE_NUMBER:021 689 4420]].
        Thanks, [[PERSON:Nomvula Mokoena]] (mom of [[PERSON:Thabo Mokoena]], Gr 7B)
        """#,
        #"""
        Kedves [[PERSON:Péter]], a bérszámfejtési határidő továbbra is [[DATE:június 28.]]
        Üdvözlettel:
        [[PERSON:Kovácsné Szabó Erzsébet]]
        bérszámfejtési csoportvezető | törzsszám: [[EMPLOYEE_NUMBER:HU-7731]]
        Tel.: [[PHONE_NUMBER:+36 1 456 7890]] | Mobil: [[PHONE_NUMBER:+36 30 123 4567]] | [[EMAIL_ADDRESS:kovacsne.erzsebet@ceg-pelda.hu]]
        Cím: [[STREET_ADDRESS:1054 Budapest, Báthory utca 20.]]
        """#,
        #"""
        Către: Departamentul Resurse Umane
        Subsemnata [[PERSON:Ioana-Maria Popescu]], marca [[EMPLOYEE_NUMBER:10427]], angajată în funcția de contabil,
        vă rog să-mi aprobați concediul de odihnă în perioada [[DATE:15.07.2024]] – [[DATE:26.07.2024]].
        Înlocuitor pe perioada concediului: dl. [[PERSON:Radu Ionescu]].
        Domiciliu: [[STREET_ADDRESS:Str. Mihai Eminescu nr. 7, bl. A2, ap. 14, Cluj-Napoca]], tel. [[PHONE_NUMBER:0744 123 456]]
        Data: [[DATE:28 iunie 2024]]        Semnătura
        """#,
        #"""
        G'day [[PERSON:Shazza]],
        Just a heads up – we've moved! New place is [[STREET_ADDRESS:6/21 Banksia Pde, Coolangatta QLD 4225]].
        Landline's gone so it's just my mobile [[PHONE_NUMBER:0423 118 905]] or [[PERSON:Macca]]'s [[PHONE_NUMBER:+61 407 552 310]].
        Housewarming's the arvo of Sat [[DATE:12 Oct]], BYO. [[PERSON:Kylie]] and the kids are coming too.
        Cheers, [[PERSON:Bec]]
        """#,
        #"""
        Pak [[PERSON:Budi]], ini data untuk pendaftaran koperasi ya:
        Nama: [[PERSON:Siti Nurhaliza Rahmawati]]
        No. anggota lama: [[MEMBER_NUMBER:KSP-0093127]]
        Alamat: [[STREET_ADDRESS:Jl. Kenanga No. 23, RT 04/RW 07, Kel. Sukajadi, Bandung 40162]]
        HP/WA: [[PHONE_NUMBER:0812-2345-6789]], email [[EMAIL_ADDRESS:siti.rahma88@gmail.com]]
        Makasih pak 🙏
        """#,
        #"""
        Chào anh [[PERSON:Tuấn]],
        Em gửi lại thông tin giao hàng: người nhận [[PERSON:Nguyễn Thị Thu Hà]], số điện thoại [[PHONE_NUMBER:0903 456 789]],
        địa chỉ [[STREET_ADDRESS:số 12 ngõ 45 phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội]].
        Anh giao giúp em trước ngày [[DATE:20/11]] nhé, vì hôm đó là sinh nhật mẹ em.
        Cảm ơn anh! – [[PERSON:Linh]]
        """#,
        #"""
        Habari Mama [[PERSON:Wanjiru]],
        Mkutano wa chama chetu utafanyika Jumamosi tarehe [[DATE:12 Oktoba]] saa nne asubuhi.
        Tafadhali leta kadi yako ya uanachama (namba [[MEMBER_NUMBER:CH-2031]]) na mchango wa mwezi.
        Kwa maswali mpigie mweka hazina Bw. [[PERSON:Otieno]] kwa [[PHONE_NUMBER:0722 345 678]] au M-Pesa [[PHONE_NUMBER:+254 733 918 204]].
        Asante, [[PERSON:Grace Achieng]], katibu
        """#,
        #"""
        [[PERSON:Priya]] beta, pls send ur documents for the flat registration today itself
        Registration is on [[DATE:5th Dec]] at sub-registrar office, 11 am. [[PERSON:Sharma]] uncle will come as witness
        Flat address for the form: [[STREET_ADDRESS:B-504, Shanti Heights, Sector 21, Kharghar, Navi Mumbai 410210]]
        Call [[PERSON:Ramesh]] bhaiya on [[PHONE_NUMBER:98201 33476]] if any doubt. Papa ka number [[PHONE_NUMBER:+91 99300 12854]]
        - Mummy
        """#,
        #"""
        [[PERSON:Giorgo]] kalimera! o [[PERSON:Nikos Papadopoulos]] zitaei to tilefono sou gia to ergo
        tou edosa to [[PHONE_NUMBER:694 512 3378]], ok?
        episis to rantevou me ton logisti einai stis [[DATE:14/2]] stis 11, sto grafeio [[STREET_ADDRESS:Ermou 56, Athina 105 63]]
        fere kai tin taftotita sou, kai pes stin [[PERSON:Eleni]] na min argisei
        """#,
        #"""
        Privet, [[PERSON:Lena]]! Eto [[PERSON:Dima Sokolov]] iz 5-go pod"ezda.
        Nash sosed [[PERSON:Ivan Petrovich]] v bol'nitse s [[HEALTH_CONDITION:insul'tom]], nado kormit' ego kota do [[DATE:25 marta]].
        Klyuchi u menya, kvartira na [[STREET_ADDRESS:ul. Lenina, d. 14, kv. 37]].
        Zvoni: [[PHONE_NUMBER:+7 916 123-45-67]]
        """#,
        #"""
        CARDMEMBER DISPUTE FORM
        Cardholder name: [[PERSON:Robert Alvarez]] (goes by [[PERSON:Bobby]])
        Card number: [[CREDIT_CARD:5425 2334 3010 9903]]   Transaction date: [[DATE:08/14/2024]]   Amount: $312.40
        Merchant: Sunshine Vacation Rentals LLC – charged twice, second charge not authorized.
        Refund to checking: routing [[US_ROUTING_NUMBER:122105155]], account [[US_BANK_ACCOUNT:000123456789]]
        Phone: [[PHONE_NUMBER:(480) 555-0193]]   Email: [[EMAIL_ADDRESS:ralvarez.az@yahoo.com]]
        """#,
        #"""
        Estimada [[PERSON:Carmen]]:
        Te confirmo el alta como afiliada a la sección sindical. Tu número de afiliación es [[MEMBER_NUMBER:28/004517]].
        Para la reclamación de las horas extra necesitamos tu número de empleado ([[EMPLOYEE_NUMBER:0078215]]) y las nóminas desde el [[DATE:1 de enero]].
        Puedes traerlas a la sede de [[STREET_ADDRESS:calle de Fuencarral 64, 2º izq., 28004 Madrid]] o enviarlas a [[EMAIL_ADDRESS:juridico.seccion@ejemplo-sindicato.es]].
        Un saludo, [[PERSON:Paco Jiménez-Olmedo]] – delegado, [[PHONE_NUMBER:612 34 56 78]]
        """#,
    ]
}
