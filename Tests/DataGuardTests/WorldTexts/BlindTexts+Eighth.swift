extension BlindTexts {
    /// An eighth set of clinical texts, written blind to DataGuard's rules after the seventh set had been scored.
    static let eighthClinical: [String] = [
        #"""
        Riverside Methodist Hospital, Columbus OH: Discharge Summary
        Patient: [[PERSON:Darlene K. Hostetler]]   MRN: [[MEDICAL_RECORD_NUMBER:00418827]]   DOB: [[DATE_OF_BIRTH:03/14/1958]]
        Admitted [[DATE:09/02/2024]] with [[HEALTH_CONDITION:community-acquired pneumonia]]; background of [[HEALTH_CONDITION:COPD]] (FEV1 48% predicted).
        Discharged on [[HEALTH_CONDITION:Augmentin]] 875 mg BID x 5 days and home O2 at 2 L via nasal cannula.
        Follow up with Dr. [[PERSON:Okafor]], Pulmonary Clinic Suite 300, within 7 days. Questions: call [[PHONE_NUMBER:614-555-0182]].
        """#,
        #"""
        IMSS, Unidad de Medicina Familiar No. 28, Guadalajara
        Nota de consulta, [[DATE:12 de agosto de 2024]]. Paciente: [[PERSON:María Guadalupe Rentería Ochoa]], NSS [[MEDICAL_RECORD_NUMBER:04876213594]].
        Acude a control de [[HEALTH_CONDITION:diabetes mellitus tipo 2]] e [[HEALTH_CONDITION:hipertensión arterial]]; glucosa en ayuno 168 mg/dL, TA 142/88.
        Se ajusta [[HEALTH_CONDITION:metformina]] 850 mg c/12 h y se agrega [[HEALTH_CONDITION:losartán]] 50 mg al día.
        Cita en 30 días, consultorio 7, turno vespertino. Pasar a Trabajo Social por el programa DiabetIMSS.
        """#,
        #"""
        Epikrise, Hjertemedicinsk Afdeling, Aarhus Universitetshospital
        Patient: [[PERSON:Jens Peter Kjærgaard]], CPR-nr. [[MEDICAL_RECORD_NUMBER:140372-1183]]
        Indlagt [[DATE:3. oktober 2024]] med nyopdaget [[HEALTH_CONDITION:atrieflimren]]; farmakologisk konverteret til sinusrytme.
        Opstartet [[HEALTH_CONDITION:Eliquis]] 5 mg x 2 dgl. og [[HEALTH_CONDITION:Metoprolol]] 50 mg x 1. CHA2DS2-VASc 2.
        Kontrol i ambulatoriet om 6 uger. Egen læge: [[PERSON:Mette Holm]], tlf. [[PHONE_NUMBER:86 12 44 90]].
        """#,
        #"""
        Tárgy: kontroll áthelyezése
        Tisztelt Doktor Úr! [[PERSON:Kovácsné Szabó Erzsébet]] vagyok (TAJ: [[MEDICAL_RECORD_NUMBER:044 318 926]]), a kontrollom [[DATE:2024. november 4.]] lenne a Belgyógyászati Klinikán.
        A [[HEALTH_CONDITION:Klacid]] kúrát befejeztem, de a [[HEALTH_CONDITION:hörghurut]] nem múlt el, és még mindig 38 fok körül van a lázam.
        Át tudnánk tenni a jövő hétre, vagy kérhetek addig új receptet? Telefonon elér: [[PHONE_NUMBER:+36 30 482 1975]].
        Köszönettel: [[PERSON:Kovácsné]]
        """#,
        #"""
        Hospitali ya Rufaa ya Mkoa Sekou Toure, Mwanza: Ripoti ya zamu ya usiku, Wodi 3
        Mgonjwa: [[PERSON:Rehema Juma Mwakalinga]], namba ya faili [[MEDICAL_RECORD_NUMBER:SKT/2024/08815]], kitanda 12.
        Amelazwa tarehe [[DATE:17/09/2024]] kwa [[HEALTH_CONDITION:malaria kali]] na [[HEALTH_CONDITION:upungufu wa damu]]; Hb 6.8 g/dL.
        Anapewa [[HEALTH_CONDITION:artesunate]] kwa mshipa, dozi ya tatu saa 8 usiku. Damu unit 1 imeagizwa.
        Ndugu yake [[PERSON:Baraka]] anapatikana kwa simu [[PHONE_NUMBER:0754 318 662]].
        """#,
        #"""
        Referral: Apollo Clinic, Koramangala, Bengaluru
        Dear Dr. [[PERSON:Ramaswamy]], kindly see Mr. [[PERSON:Suresh Gowda]], 52 yrs (UHID [[MEDICAL_RECORD_NUMBER:APB.0029184]], ABHA no. [[MEDICAL_RECORD_NUMBER:91-4402-7735-1186]]),
        a known case of [[HEALTH_CONDITION:type 2 diabetes]] on [[HEALTH_CONDITION:Glycomet]] 500 BD and [[HEALTH_CONDITION:Jardiance]] 10 OD,
        now presenting with a non-healing [[HEALTH_CONDITION:diabetic foot ulcer]] over the left heel; HbA1c 9.2%. Kindly advise regarding debridement.
        Patient's attender can be reached on [[PHONE_NUMBER:+91 98450 27316]]. Thanking you.
        """#,
        #"""
        Outpatient Letter, Evangelismos General Hospital, Rheumatology Department, Athens
        Re: [[PERSON:Eleni Papadopoulou]], AMKA [[MEDICAL_RECORD_NUMBER:22088102463]], seen on [[DATE:8 November 2024]].
        Diagnosis: seropositive [[HEALTH_CONDITION:rheumatoid arthritis]], DAS28 4.6. Continue [[HEALTH_CONDITION:methotrexate]] 15 mg weekly with [[HEALTH_CONDITION:folic acid]].
        Start [[HEALTH_CONDITION:Medrol]] 4 mg daily for 4 weeks; bloods (FBC, LFTs) every month via the e-prescription system.
        Next review in January at the Ypsilantou outpatient wing. Secretary: [[PHONE_NUMBER:210 720 1845]].
        """#,
        #"""
        Pharmacie Al Amal, Maârif, Casablanca : note de délivrance
        Ordonnance du Dr [[PERSON:Benkirane]] pour Mme [[PERSON:Fatima Zahra El Idrissi]], n° d'immatriculation CNSS [[MEDICAL_RECORD_NUMBER:118452093]].
        Délivré le [[DATE:21/10/2024]] : [[HEALTH_CONDITION:Glucophage]] 1000 mg, 2 boîtes ; [[HEALTH_CONDITION:Amlor]] 5 mg, 1 boîte.
        [[HEALTH_CONDITION:Doliprane]] en rupture, remplacé par [[HEALTH_CONDITION:paracétamol]] générique (Cooper Pharma), 3 boîtes.
        Feuille de soins AMO tamponnée. Rappeler la patiente au [[PHONE_NUMBER:06 61 48 27 35]] au retour du stock.
        """#,
        #"""
        Physio progress note, Bayside Sports Physio, Brighton VIC
        Client: [[PERSON:Liam O'Sullivan]], DOB [[DATE_OF_BIRTH:9/11/1994]], Medicare [[MEDICAL_RECORD_NUMBER:2953 41870 1]] (IRN 2)
        S: R [[HEALTH_CONDITION:knee pain]] since footy on Sat, worse on stairs. O: Lachman neg, McMurray +ve medial, ROM 0–110°.
        A: likely [[HEALTH_CONDITION:medial meniscus tear]]. P: referred for MRI, [[HEALTH_CONDITION:Nurofen]] PRN, review Tue [[DATE:19 Nov]].
        GP: Dr [[PERSON:Anh Nguyen]], Hampton Medical Centre, ph [[PHONE_NUMBER:(03) 9598 4410]]
        """#,
        #"""
        Raportti iltavuoroon, osasto 4B, Tampereen yliopistollinen sairaala
        Potilas [[PERSON:Aino Lehtonen]], hetu [[MEDICAL_RECORD_NUMBER:070249-356T]], huone 12, vuode 2.
        Leikattu [[DATE:5.11.2024]] ([[HEALTH_CONDITION:lonkkamurtuma]]). Kipuun [[HEALTH_CONDITION:Oxynorm]] 5 mg tarvittaessa, viimeksi klo 14.30.
        Yöllä ollut [[HEALTH_CONDITION:sekavuutta]], huomioi kaatumisriski. Nesteet 1500 ml/vrk.
        Tytär [[PERSON:Riikka]] soittaa illalla, numero [[PHONE_NUMBER:040 718 2293]].
        """#,
        #"""
        Farmacia Cruz Verde, Providencia: nota de despacho
        Paciente: [[PERSON:Javiera Soto Muñoz]], RUT [[MEDICAL_RECORD_NUMBER:16.482.377-K]], previsión FONASA tramo B.
        Receta retenida del Dr. [[PERSON:Andrés Fuenzalida]] ([[DATE:02/12/2024]]): [[HEALTH_CONDITION:sertralina]] 50 mg x 30 comp.
        Diagnóstico indicado: [[HEALTH_CONDITION:trastorno de ansiedad generalizada]]. Se ofrece bioequivalente, paciente acepta.
        Retira el saldo el lunes. Fono contacto [[PHONE_NUMBER:+56 9 7431 2265]].
        """#,
        #"""
        Rozhodnutí o dočasné pracovní neschopnosti (eNeschopenka)
        Pojištěnec: [[PERSON:Tomáš Dvořák]], číslo pojištěnce [[MEDICAL_RECORD_NUMBER:8403125517]], zdravotní pojišťovna VZP (111).
        PN od [[DATE:11. 11. 2024]], dg. J06.9: [[HEALTH_CONDITION:akutní infekce horních cest dýchacích]]. Vycházky povoleny 10–12 a 15–17 h.
        Ošetřující lékař: MUDr. [[PERSON:Hana Procházková]], praktický lékař, [[STREET_ADDRESS:Vinohradská 112, 130 00 Praha 3]]
        """#,
        #"""
        Rotunda Hospital, Antenatal Clinic note, [[DATE:28/10/2024]]
        [[PERSON:Siobhán Ní Bhriain]], MRN [[MEDICAL_RECORD_NUMBER:1204477]], G2 P1, 32+3 weeks. BP 148/96, urinalysis protein ++.
        Impression: [[HEALTH_CONDITION:pre-eclampsia]]; admitted to Day Ward for monitoring, CTG reactive.
        Commenced [[HEALTH_CONDITION:labetalol]] 100 mg TDS. Partner [[PERSON:Cathal]] informed on [[PHONE_NUMBER:087 219 4403]].
        Reviewed by Dr [[PERSON:Moloney]], SpR.
        """#,
        #"""
        IMH Outpatient Review, Buangkok Green
        Pt [[PERSON:Tan Wei Ling]] (NRIC [[MEDICAL_RECORD_NUMBER:S8234417J]]), 42F, f/u for [[HEALTH_CONDITION:major depressive disorder]].
        Mood better since [[HEALTH_CONDITION:escitalopram]] increased to 15mg; sleep still ~4h/night, denies SI. Husband [[PERSON:Kelvin]] accompanied.
        Plan: add [[HEALTH_CONDITION:mirtazapine]] 7.5mg ON, PHQ-9 today 14. TCU 6/52.
        To reschedule, pt may call clinic B at [[PHONE_NUMBER:6389 2714]].
        """#,
        #"""
        Occupational Health Unit, Lagos University Teaching Hospital, Idi-Araba
        Pre-employment medical for Mr [[PERSON:Chukwuemeka Obi]], Hosp. No. [[MEDICAL_RECORD_NUMBER:LUTH/OHU/24/3310]], NHIA ID [[MEDICAL_RECORD_NUMBER:NHIA-7719-2046-55]].
        Findings: BP 150/98, newly detected [[HEALTH_CONDITION:hypertension]]; FBS 5.1 mmol/L; HBsAg negative; audiometry normal.
        Fit for offshore duty subject to BP control. Started [[HEALTH_CONDITION:amlodipine]] 5 mg daily.
        Review on [[DATE:4th December 2024]]. Employer ref. PEM-0921.
        """#,
        #"""
        Laboratório Joaquim Chaves, Relatório de Análises Clínicas
        Utente: [[PERSON:Rui Miguel Carvalho Pinto]], n.º de utente SNS [[MEDICAL_RECORD_NUMBER:283114906]], data de nasc. [[DATE_OF_BIRTH:17-03-1979]]
        Colheita em [[DATE:25-11-2024]]. TSH 7,8 mUI/L (ref. 0,4–4,0); T4 livre 0,82 ng/dL.
        Resultado compatível com [[HEALTH_CONDITION:hipotiroidismo subclínico]]. Sem terapêutica prévia com [[HEALTH_CONDITION:levotiroxina]].
        Médica requisitante: Dra. [[PERSON:Inês Valente]], USF Ramalde, Porto.
        """#,
    ]

    /// An eighth set of everyday texts, written blind to DataGuard's rules after the seventh set had been scored.
    static let eighthEveryday: [String] = [
        #"""
        From: [[EMAIL_ADDRESS:tjwhitfield@bellsouth.net]]
        To: Steward, CWA Local 3204
        Subject: Grievance, denied overtime, Macon garage
        Brother [[PERSON:Ray]], I'm filing on the OT that got handed to a junior tech on [[DATE:Oct 12]]. My CWA member # is [[MEMBER_NUMBER:3204-117685]] and my employee ID is [[EMPLOYEE_NUMBER:AT4471]].
        Call me after 5 at [[PHONE_NUMBER:(478) 555-0139]]. Thanks, [[PERSON:Tommy Whitfield]]
        """#,
        #"""
        Personal Information Change, Form HR-114 (rev. 2023)
        Employee name: [[PERSON:Marie-Ève Tremblay]]   Employee no.: [[EMPLOYEE_NUMBER:E0093182]]
        New address: [[STREET_ADDRESS:1450 rue Sainte-Catherine O, app. 607, Montréal QC H3G 1R2]]
        Effective date: [[DATE:2024-12-01]]   Cell: [[PHONE_NUMBER:514-555-0174]]
        Union dues: CUPE Local 4400, member # [[MEMBER_NUMBER:440-22871]]
        Manager approval: [[PERSON:B. Singh]] (signed)
        """#,
        #"""
        Solicitud de vacaciones, Recursos Humanos, Banco Industrial, zona 4
        Nombre: [[PERSON:Ana Lucía Chacón Pérez]]   Código de empleado: [[EMPLOYEE_NUMBER:BI-20571]]
        Solicito 10 días hábiles del [[DATE:16 de diciembre]] al [[DATE:30 de diciembre de 2024]] para viajar a Quetzaltenango con mi familia.
        Jefe inmediato: Lic. [[PERSON:Otto Morales]]. Celular: [[PHONE_NUMBER:5128-4407]]
        """#,
        #"""
        Assunto: correção na folha de outubro
        Oi [[PERSON:Patrícia]], no meu holerite de outubro o adicional noturno veio zerado (deveriam ser 22 horas). Matrícula [[EMPLOYEE_NUMBER:0048127]], setor de expedição.
        Também descontaram a mensalidade do sindicato duas vezes; sou associado, carteirinha nº [[MEMBER_NUMBER:SM-55210]] do Sindicato dos Metalúrgicos do ABC.
        Dá pra acertar na folha de novembro? Abs, [[PERSON:Gilberto Nascimento]], ramal 2314, cel [[PHONE_NUMBER:(11) 98762-4401]]
        """#,
        #"""
        chat grupo "Urgencias noche, Clínica del Country"
        yo: hola mija será q me cambias el turno del sábado [[DATE:7 de dic]]?? te cubro cualquier noche de la otra semana 🙏
        [[PERSON:caro]]: dale pero avisale a doña [[PERSON:Marlen]] q se pone brava si no
        yo: listo. pa el formato piden código, el mío es [[EMPLOYEE_NUMBER:CLS-3381]], y el tuyo?
        [[PERSON:caro]]: [[EMPLOYEE_NUMBER:CLS-2907]] jaja ya ni me acordaba
        """#,
        #"""
        Thanks all, minutes to follow by Friday.
        [[PERSON:Gareth Llewellyn]]
        Branch Secretary, UNISON Cardiff & Vale Health Branch
        Membership no. [[MEMBER_NUMBER:1843620]] | Staff no. [[EMPLOYEE_NUMBER:CV0418823]]
        [[STREET_ADDRESS:Unit 4, Maes y Coed Road, Cardiff CF14 4XP]] | Mob: [[PHONE_NUMBER:07700 914 552]] | [[EMAIL_ADDRESS:gareth.llewellyn@cardiffvaleunison.org.uk]]
        """#,
        #"""
        Objet : humidité persistante, appartement 2e étage
        Madame [[PERSON:Vandenberghe]],
        Je vous signale à nouveau les moisissures dans la salle de bain de mon logement situé [[STREET_ADDRESS:rue de la Victoire 58, 1060 Saint-Gilles]] (courrier déjà envoyé le [[DATE:3 septembre 2024]]).
        Le loyer de 840 € a été versé comme chaque mois. Merci de faire passer un technicien avant le [[DATE:15 décembre]].
        Cordialement, [[PERSON:Karim Ait Benali]], GSM [[PHONE_NUMBER:0476 52 18 93]]
        """#,
        #"""
        Protokoll der Betriebsratssitzung vom [[DATE:19.11.2024]], Werk Ingolstadt, Raum B 2.14
        Anwesend: [[PERSON:S. Hofmann]] (Vorsitz), [[PERSON:Yusuf Demir]], [[PERSON:Claudia Brenner]]; entschuldigt: [[PERSON:K. Mayer]]
        TOP 3: Beschwerde von Kollegin [[PERSON:Lena Wirth]], Personalnummer [[EMPLOYEE_NUMBER:60418872]], zur Schichtplanung KW 49; wird an die Personalabteilung weitergeleitet.
        TOP 4: IG-Metall-Mitgliedsnummer [[MEMBER_NUMBER:0081 2274 391]] für den Rechtsschutzantrag nachgereicht.
        """#,
        #"""
        Wniosek o urlop wypoczynkowy
        Imię i nazwisko: [[PERSON:Katarzyna Wiśniewska-Nowak]], nr ewidencyjny: [[EMPLOYEE_NUMBER:PL-77315]], Dział Logistyki
        Proszę o udzielenie 5 dni urlopu w terminie od [[DATE:23.12.2024]] do [[DATE:31.12.2024]].
        Zastępstwo: [[PERSON:Marek Zieliński]]. Do wiadomości: NSZZ „Solidarność”, nr legitymacji [[MEMBER_NUMBER:S/0457/2291]].
        Poznań, [[DATE:2 grudnia 2024]] r.
        """#,
        #"""
        Formular de reclamație, Primăria Sectorului 3 București
        Subsemnatul [[PERSON:Ionuț-Alexandru Popescu]], domiciliat în [[STREET_ADDRESS:Str. Matei Basarab nr. 41, bl. 12, ap. 7, București 030671]], reclam faptul că gunoiul nu a mai fost ridicat din [[DATE:28 octombrie]].
        Telefon: [[PHONE_NUMBER:0722 415 630]], e-mail: [[EMAIL_ADDRESS:ionut.popescu84@yahoo.ro]]
        Nr. înregistrare 18442, depus la ghișeul 5.
        """#,
        #"""
        Grupa „Magacin, druga smena”
        [[PERSON:Dragana]]: ljudi, sindikat traži broj članske karte za paketiće za decu do petka
        [[PERSON:Miloš]]: moj je [[MEMBER_NUMBER:SS-0912-447]], a evidencioni broj [[EMPLOYEE_NUMBER:4418]] ako treba
        [[PERSON:Dragana]]: hvala! i javi [[PERSON:Jeleni]] da pošalje svoj, rok je [[DATE:20. decembar]]
        """#,
        #"""
        Masraf Beyan Formu, Ekim 2024
        Personel: [[PERSON:Elif Yıldırım]]   Sicil No: [[EMPLOYEE_NUMBER:TR-20417]]   Departman: Satış / İzmir, dahili 214
        [[DATE:14.10.2024]] Ankara müşteri ziyareti: uçak bileti 2.350 TL, taksi 480 TL, otel (1 gece) 3.100 TL. Toplam 5.930 TL.
        Onaylayan: [[PERSON:Burak Aydın]], Bölge Müdürü. Ödeme kayıtlı IBAN'a yapılacaktır.
        """#,
        #"""
        To: The Branch Secretary, KUDHEIHA Nairobi
        Dear Sir, I write on behalf of myself, [[PERSON:Grace Wanjiru Kamau]], payroll no. [[EMPLOYEE_NUMBER:HK/0772]], member no. [[MEMBER_NUMBER:KUD-118-3349]],
        regarding deductions of KSh 4,500 made without notice since [[DATE:1st August 2024]] by the Serena housekeeping management.
        Kindly reach me on [[PHONE_NUMBER:0722 518 904]] or [[STREET_ADDRESS:P.O. Box 41872-00100, Nairobi]].
        """#,
        #"""
        hi ma'am [[PERSON:Joy]], pa-file po sana ng SL ko kahapon [[DATE:Nov 25]], nilagnat po kasi ako. emp id ko po [[EMPLOYEE_NUMBER:10-55821]]
        attached na po yung med cert from Mercury Drug clinic. pls pa-approve na lang po sa Workday 🙏
        also ma'am nagbago na po number ko: [[PHONE_NUMBER:0917 845 2216]]
        - [[PERSON:jomar dela cruz]], Team Tala, night shift
        """#,
        #"""
        Kính gửi: Phòng Nhân sự, Công ty TNHH Điện tử Minh Long
        Tôi tên là [[PERSON:Nguyễn Thị Thu Hằng]], mã nhân viên [[EMPLOYEE_NUMBER:NV-02817]], bộ phận QC, ca 2.
        Tôi xin nghỉ phép từ ngày [[DATE:06/01/2025]] đến ngày [[DATE:10/01/2025]] để về quê ở Nam Định lo việc gia đình.
        Số điện thoại liên hệ: [[PHONE_NUMBER:0912 486 735]]. Trân trọng.
        """#,
        #"""
        To: Wellington City Council, Parking Services
        Re: infringement notice PN 40917736
        Kia ora, I was ticketed on [[DATE:2 November]] while parked outside my home at [[STREET_ADDRESS:17 Aro Street, Aro Valley, Wellington 6021]]. I hold a valid resident permit (RP-5520).
        I was on call at Wellington Hospital that night; my PSA membership number is [[MEMBER_NUMBER:0466213]] and my Te Whatu Ora staff ID is [[EMPLOYEE_NUMBER:TWO-339102]] if you need to verify.
        Ngā mihi, [[PERSON:Aroha Tipene]] ([[PHONE_NUMBER:021 448 730]])
        """#,
    ]
}
