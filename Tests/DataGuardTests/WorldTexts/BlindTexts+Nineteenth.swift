extension BlindTexts {
    /// A nineteenth set of clinical texts, written blind to DataGuard's rules: discharge summaries, OPD slips,
    /// pharmacy labels, lab reports, telehealth chats and referral letters (South, Southeast and East Asia in
    /// Latin script, Morocco, Oman, Ghana, Mozambique, Brazil, Mexico).
    static let nineteenthClinical: [String] = [
        #"""
        DISCHARGE SUMMARY – Department of Gastroenterology, Nizam Care Multispeciality Hospital, Hyderabad
        Name: Mr. [[PERSON:Venkata Ramana Reddy Gaddam]]   Age/Sex: 52/M   UHID: [[MEDICAL_RECORD_NUMBER:NCH.0018842731]]   IP No.: [[MEDICAL_RECORD_NUMBER:IP/25/07714]]
        ABHA No.: [[MEDICAL_RECORD_NUMBER:91-4471-2209-3385]]   Address: [[STREET_ADDRESS:H.No. 8-2-293/82/A/411, Road No. 12, Banjara Hills, Hyderabad – 500034]]
        DOA: [[DATE:11-02-2025]]   DOD: [[DATE:17-02-2025]].
        Diagnosis: [[HEALTH_CONDITION:acute necrotising pancreatitis]] secondary to [[HEALTH_CONDITION:alcohol use disorder]]; [[HEALTH_CONDITION:type 2 diabetes mellitus]].
        Discharge meds: Tab. [[HEALTH_CONDITION:Pan-D]] 40 mg OD before breakfast, Cap. [[HEALTH_CONDITION:Creon]] 25000 with meals, Inj. [[HEALTH_CONDITION:Human Mixtard]] 30/70 14 U–0–10 U.
        Review in GE OPD on [[DATE:03/03/2025]]. Attendant: wife Smt. [[PERSON:Padmavathi]], [[PHONE_NUMBER:+91 94402 17365]].
        Consultant: Dr. [[PERSON:K. Srinivasa Rao]], MD, DM (Gastro)
        """#,
        #"""
        OPD SLIP – Al-Noor Family Clinic, Gulberg III, Lahore      Date: [[DATE:18-09-2024]]
        Patient: [[PERSON:Rukhsana Bibi]] w/o [[PERSON:Muhammad Aslam]]   Age 47 F   MR# [[MEDICAL_RECORD_NUMBER:ANF-24-118307]]   Sehat Card (CNIC): [[MEDICAL_RECORD_NUMBER:35202-4417732-8]]
        Address: [[STREET_ADDRESS:House No. 27, Street 9, Mohallah Ghaziabad, Walton Road, Lahore Cantt]]   Mob: [[PHONE_NUMBER:0321-4471803]]
        C/O burning micturition x 5 days with low-grade fever. Known [[HEALTH_CONDITION:diabetic]] on [[HEALTH_CONDITION:Glucophage]] 500 BD.
        Urine D/R: pus cells ++. Imp: [[HEALTH_CONDITION:acute cystitis]].
        Rx: Tab [[HEALTH_CONDITION:Ciproxin]] 500 mg BD x 5 days, [[HEALTH_CONDITION:Panadol]] 1 g SOS, plenty of fluids. F/U with urine culture report.
        Son [[PERSON:Bilal]] will collect the report: [[PHONE_NUMBER:+92 300 8814926]]. Dr. [[PERSON:Sadia Tariq Chaudhry]], MBBS, FCPS (Family Medicine)
        """#,
        #"""
        NIRAPOD PHARMACY – Agrabad C/A, Chattogram – dispensed [[DATE:09.03.2025]]
        Patient: [[PERSON:Mst. Shahnaz Parvin]], 38 F   Hospital Reg. No. [[MEDICAL_RECORD_NUMBER:CMCH/OPD/25/047713]]   Prescriber: Dr. [[PERSON:A.K.M. Mahbubul Alam]]
        1) [[HEALTH_CONDITION:Thyrox]] 50 mcg – 1+0+0, empty stomach, for [[HEALTH_CONDITION:hypothyroidism]]. Do not take with [[HEALTH_CONDITION:Calbo-D]]; keep a 4-hour gap.
        2) [[HEALTH_CONDITION:Sergel]] 20 mg – 1+0+1 before meals, 14 days, for [[HEALTH_CONDITION:GERD]].   3) [[HEALTH_CONDITION:Folison]] 5 mg – 0+1+0 after meals.
        Home delivery: [[STREET_ADDRESS:House 14/B, Road 3, Block K, Halishahar Housing Estate, Chattogram 4216]]
        Phone: [[PHONE_NUMBER:01819-447318]]; husband [[PERSON:Md. Rafiqul Islam]] [[PHONE_NUMBER:+880 1712 604 288]]
        """#,
        #"""
        HILL CAPITAL DIAGNOSTICS (PVT) LTD, Kandy – LABORATORY REPORT
        Patient: Mrs. [[PERSON:W. M. Kumari Dissanayake]]   Age: 63 Y   Lab Ref. No. [[MEDICAL_RECORD_NUMBER:KDY-250314-0228]]   Referred by: Dr. [[PERSON:Nimal Jayawardena]]
        Collected: [[DATE:14/03/2025]] 07.40 a.m.   Reported: [[DATE:14/03/2025]] 02.15 p.m.
        HbA1c 9.2 % (H) – consistent with poorly controlled [[HEALTH_CONDITION:diabetes mellitus]]. Serum creatinine 1.8 mg/dL (H), eGFR 29 – [[HEALTH_CONDITION:CKD stage 4]].
        Medication stated on request form: [[HEALTH_CONDITION:Gliclazide]] 80 mg bd, [[HEALTH_CONDITION:Atorvastatin]] 20 mg nocte, [[HEALTH_CONDITION:Eltroxin]] 50 mcg mane.
        Address on file: [[STREET_ADDRESS:No. 22/4, Pushpadana Mawatha, Katugastota]]. Results also sent by SMS to son [[PERSON:Chaminda]], [[PHONE_NUMBER:077 418 2296]].
        Checked by: [[PERSON:R. M. S. Bandara]], MLT   Consultant Pathologist: Dr. [[PERSON:Dilrukshi Senanayake]]
        """#,
        #"""
        Telemedicine chat log – Sewa Health Nepal, Pokhara hub – [[DATE:2081 Falgun 12]] ([[DATE:24 Feb 2025]])
        [10:02] Patient: namaste doctor, my name is [[PERSON:Sunita Gurung]], patient ID [[MEDICAL_RECORD_NUMBER:SHN-PKR-0047719]], age 29
        [10:03] Dr. [[PERSON:Prakash Adhikari]]: Namaste [[PERSON:Sunita]] ji. What is the problem today?
        [10:05] Patient: 7 months pregnant, 2 days headache and swelling in feet, BP at health post was 150/100. i take [[HEALTH_CONDITION:iron folic acid]] daily
        [10:06] Dr. [[PERSON:Adhikari]]: This may be [[HEALTH_CONDITION:pre-eclampsia]]. Please go today to the maternity ward in Pokhara, do not wait.
        [10:08] Patient: my husband [[PERSON:Ramesh]] is in Qatar, his brother will take me, his number [[PHONE_NUMBER:9856 047 218]]
        [10:09] Dr. [[PERSON:Adhikari]]: OK, ward informed. Address [[STREET_ADDRESS:Budhibazar Tole, Ward No. 26, Pokhara-26, Kaski]]? Line: [[PHONE_NUMBER:+977-61-531447]]
        """#,
        #"""
        SURAT RUJUKAN – Puskesmas Depok III, Kabupaten Sleman
        Kepada Yth. dokter Sp.PD, Poli Penyakit Dalam RSUD Sleman. Mohon pemeriksaan dan penanganan lebih lanjut pasien:
        Nama: Ny. [[PERSON:Sri Wahyuningsih]], 56 th, No. RM [[MEDICAL_RECORD_NUMBER:00.12.47.83]], No. Kartu BPJS Kesehatan [[MEDICAL_RECORD_NUMBER:0001374829160]]
        Alamat: [[STREET_ADDRESS:Jl. Kaliurang Km 6,5, Gg. Sidomukti No. 14, RT 05/RW 12, Condongcatur, Depok, Sleman 55283]], HP [[PHONE_NUMBER:0812-2745-6631]]
        Diagnosa: [[HEALTH_CONDITION:hipertensi grade II]] tidak terkontrol, [[HEALTH_CONDITION:suspek gagal jantung]].
        Terapi: [[HEALTH_CONDITION:amlodipin]] 10 mg 1x1, [[HEALTH_CONDITION:kaptopril]] 25 mg 3x1.
        Keluarga yang dapat dihubungi: anak, [[PERSON:Dimas Aji Saputra]], [[PHONE_NUMBER:+62 857-2918-4403]].
        Sleman, [[DATE:21 Januari 2025]]. Dokter pemeriksa, dr. [[PERSON:Bagus Prasetyo Nugroho]]
        """#,
        #"""
        GIẤY RA VIỆN – Bệnh viện Đa khoa Thanh Xuân
        Họ tên người bệnh: [[PERSON:Nguyễn Thị Thu Hằng]]   Ngày sinh: [[DATE_OF_BIRTH:17/08/1971]]   Giới: Nữ
        Số thẻ BHYT: [[MEDICAL_RECORD_NUMBER:HN4010124478316]]   Mã lưu trữ: [[MEDICAL_RECORD_NUMBER:RV25-003118]]
        Địa chỉ: [[STREET_ADDRESS:Số 47, ngõ 102 Trường Chinh, P. Phương Mai, Q. Đống Đa, Hà Nội]]   ĐT: [[PHONE_NUMBER:0913 274 816]]
        Vào viện ngày [[DATE:03 tháng 3 năm 2025]], ra viện ngày [[DATE:10 tháng 3 năm 2025]].
        Chẩn đoán: [[HEALTH_CONDITION:Viêm phổi cộng đồng]]; [[HEALTH_CONDITION:Đái tháo đường típ 2]].
        Điều trị: [[HEALTH_CONDITION:Ceftriaxon]] 2 g/ngày x 7 ngày; tiếp tục [[HEALTH_CONDITION:Diamicron MR]] 60 mg sáng. Tái khám ngày [[DATE:24/3/2025]].
        Người nhà: con trai [[PERSON:Lê Minh Khoa]], [[PHONE_NUMBER:+84 98 615 4022]]. Trưởng khoa: BS.CKII [[PERSON:Phạm Văn Đức]]
        """#,
        #"""
        NIMMAN CARE PHARMACY, Chiang Mai – tel. [[PHONE_NUMBER:053-894-117]] – label printed [[DATE:14 Mar 2568]]
        Patient: Khun [[PERSON:Siriporn Wongsawat]]   HN [[MEDICAL_RECORD_NUMBER:68-0041277]]   Known [[HEALTH_CONDITION:sulfa allergy]]
        [[HEALTH_CONDITION:Amoxicillin]] 500 mg – 1 capsule 3 times a day after meals until finished (7 days), for [[HEALTH_CONDITION:acute sinusitis]].
        [[HEALTH_CONDITION:Cetirizine]] 10 mg – 1 tablet at bedtime, may cause drowsiness. Do not drive.
        Grab delivery to [[STREET_ADDRESS:88/12 Moo 3, T. Suthep, A. Mueang Chiang Mai, Chiang Mai 50200]], call [[PHONE_NUMBER:089-614-2273]] (LINE: [[PHONE_NUMBER:+66 89 614 2273]])
        Pharmacist: Phg. [[PERSON:Natthaphon Chaiyasit]]
        """#,
        #"""
        SHŌKAIJŌ (letter of referral) – Tanimachi Naika Clinic, Osaka – [[DATE:R7.3.14]]
        To: Dr. [[PERSON:Fujimoto Kenji]], Department of Cardiology, Osaka Minami Medical Center
        Patient: [[PERSON:YAMAGUCHI Haruto]], male, born [[DATE_OF_BIRTH:S38.6.2]], clinic ID [[MEDICAL_RECORD_NUMBER:0004417]], hoken-shō kigō/bangō [[MEDICAL_RECORD_NUMBER:47-1182]]
        [[STREET_ADDRESS:2-14-7 Tanimachi, Chuo-ku, Osaka 540-0012]]; tel. [[PHONE_NUMBER:06-6941-2287]], keitai [[PHONE_NUMBER:090-4417-2093]]
        Thank you for your kindness. [[PERSON:Yamaguchi]]-san has had exertional chest tightness for 3 weeks; ECG shows ST depression V4–6. Suspected [[HEALTH_CONDITION:effort angina]].
        Background: [[HEALTH_CONDITION:dyslipidaemia]] on [[HEALTH_CONDITION:Crestor]] 2.5 mg, [[HEALTH_CONDITION:hyperuricaemia]] on [[HEALTH_CONDITION:Feburic]] 20 mg.
        Started [[HEALTH_CONDITION:Bayaspirin]] 100 mg.
        Sincerely, [[PERSON:Ishida Ryōko]], MD
        """#,
        #"""
        LABORATORY REPORT – Yeonhui Internal Medicine Clinic, Seoul
        Patient: [[PERSON:KIM Seo-yeon]]   Chart No. [[MEDICAL_RECORD_NUMBER:2025-004718]]   F/41   DOB [[DATE_OF_BIRTH:1983.11.27]]   Health insurance no. [[MEDICAL_RECORD_NUMBER:5-1147029384]]
        Address: [[STREET_ADDRESS:31, Yeonhui-ro 12-gil, Seodaemun-gu, Seoul 03722]]   Mobile: [[PHONE_NUMBER:010-4827-3391]]
        Sample collected [[DATE:2025.02.19]] (fasting). Ferritin 6 ng/mL (L), Hb 9.4 g/dL (L), MCV 71 fL – [[HEALTH_CONDITION:iron deficiency anaemia]].
        H. pylori IgG positive – [[HEALTH_CONDITION:Helicobacter pylori infection]]. Suggest [[HEALTH_CONDITION:Feroba-You SR]] 256 mg daily; eradication after gastroscopy.
        Reported by: [[PERSON:Park Ji-hoon]], MT   Confirmed: Dr. [[PERSON:Choi Eun-ji]]   Clinic tel. [[PHONE_NUMBER:02-336-8127]]
        """#,
        #"""
        Clinique Al Wifaq – Service de diabétologie – Casablanca, le [[DATE:12 mars 2025]]
        Compte rendu de consultation – Mme [[PERSON:Fatima-Zahra El Amrani]], née le [[DATE_OF_BIRTH:04/05/1968]], dossier n° [[MEDICAL_RECORD_NUMBER:CAS-68-22417]]
        Immatriculation AMO/CNSS : [[MEDICAL_RECORD_NUMBER:118 447 302]]. Adresse : [[STREET_ADDRESS:23, rue Ibnou Mounir, quartier Maârif, 20330 Casablanca]]
        GSM [[PHONE_NUMBER:06 61 47 29 08]], fixe [[PHONE_NUMBER:+212 5 22 98 14 37]]. Suivi d'un [[HEALTH_CONDITION:diabète de type 2]] compliqué de [[HEALTH_CONDITION:rétinopathie diabétique]].
        HbA1c 8,7 %. Jeûne du Ramadan déconseillé cette année. Traitement : [[HEALTH_CONDITION:Janumet]] 50/1000 mg matin et soir, [[HEALTH_CONDITION:Lantus]] 18 UI au coucher.
        Dr [[PERSON:Youssef Benkirane]], endocrinologue. Copie au Dr [[PERSON:Naïma Ouazzani Touhami]], médecin traitant.
        """#,
        #"""
        DISCHARGE NOTE – Al Khuwair Medical Centre, Muscat
        Patient: [[PERSON:Salim bin Hamad bin Nasser Al Harthy]]   Civil No. [[MEDICAL_RECORD_NUMBER:09174428]]   MRN [[MEDICAL_RECORD_NUMBER:AKM-0552183]]
        Address: [[STREET_ADDRESS:House 1412, Way 2731, Al Khuwair 33, Bawshar, Muscat]]   GSM [[PHONE_NUMBER:+968 9912 4407]]
        Admitted [[DATE:02/01/2025]] with [[HEALTH_CONDITION:diabetic foot infection]] (L hallux); debridement [[DATE:04/01/2025]]. Background: [[HEALTH_CONDITION:peripheral arterial disease]].
        Discharge meds: [[HEALTH_CONDITION:clindamycin]] 300 mg QID x 10 days, [[HEALTH_CONDITION:Plavix]] 75 mg OD, [[HEALTH_CONDITION:NovoMix 30]] 20 U BD.
        Dressings at Bawshar Health Centre on alternate days. Son [[PERSON:Hamad]] will drive him: [[PHONE_NUMBER:9548 2216]]. Discharging physician: Dr [[PERSON:Aisha Al Balushi]]
        """#,
        #"""
        OPD CONTINUATION SHEET – Asafo Polyclinic, Kumasi   Date: [[DATE:06/05/2025]]
        Name: [[PERSON:Akosua Serwaa Boateng]]   Folder No.: [[MEDICAL_RECORD_NUMBER:ASP/0418/22]]   NHIS No.: [[MEDICAL_RECORD_NUMBER:07114823]]   DOB: [[DATE_OF_BIRTH:14-08-1994]]
        Res.: [[STREET_ADDRESS:AK-547-2210, Plot 14, Asokwa, Kumasi]]   Tel: [[PHONE_NUMBER:024 418 3327]] / [[PHONE_NUMBER:+233 20 771 4082]]
        c/o fever, chills, joint pains x 3/7. UPT negative. mRDT positive – [[HEALTH_CONDITION:uncomplicated malaria]].
        Rx: [[HEALTH_CONDITION:Coartem]] 80/480 BD x 3/7, [[HEALTH_CONDITION:paracetamol]] 1 g tds x 3/7. Known [[HEALTH_CONDITION:asthmatic]] – continue [[HEALTH_CONDITION:Ventolin]] inhaler PRN.
        Review if not better in 48 h. Seen by [[PERSON:Kwabena Ofori-Atta]], PA; supervised by Dr. [[PERSON:Efua Mensah]]
        """#,
        #"""
        GUIA DE TRANSFERÊNCIA – Centro de Saúde do Alto-Maé → Hospital Central de Maputo, Serviço de Medicina
        Doente: [[PERSON:Celestino Armando Muianga]], 34 anos, NID [[MEDICAL_RECORD_NUMBER:1101010401/2019/00512]], processo n.º [[MEDICAL_RECORD_NUMBER:CSAM-2025/1187]]
        Residência: [[STREET_ADDRESS:Av. Guerra Popular, n.º 1142, 3.º andar, flat 6, Maputo]]. Contacto: [[PHONE_NUMBER:+258 84 417 2290]] / irmã [[PERSON:Judite]] [[PHONE_NUMBER:82 330 6715]]
        Antecedentes: [[HEALTH_CONDITION:HIV]] em TARV há 6 anos ([[HEALTH_CONDITION:TLD]]).
        Tosse, febre e perda de peso há 3 semanas; GeneXpert positivo – [[HEALTH_CONDITION:tuberculose pulmonar]].
        Iniciou [[HEALTH_CONDITION:rifampicina]] + [[HEALTH_CONDITION:isoniazida]] + [[HEALTH_CONDITION:pirazinamida]] + [[HEALTH_CONDITION:etambutol]] a [[DATE:17/04/2025]].
        Agora com dispneia, SpO2 88 %.
        Maputo, [[DATE:22 de Abril de 2025]]. Técnica de Medicina Geral: [[PERSON:Ilda Tembe]]
        """#,
        #"""
        RELATÓRIO MÉDICO – UBS Vila Ipiranga, Porto Alegre – RS
        Paciente: [[PERSON:Gabriela Fagundes dos Santos]]   Data de nasc.: [[DATE_OF_BIRTH:02/09/1990]]
        Cartão SUS: [[MEDICAL_RECORD_NUMBER:702 4017 3358 8213]]   Prontuário [[MEDICAL_RECORD_NUMBER:118.447]]
        Endereço: [[STREET_ADDRESS:Rua Dr. Barcelos, 1874, ap. 302, bairro Tristeza, CEP 91910-251, Porto Alegre/RS]]   Fone: [[PHONE_NUMBER:(51) 99876-4412]]
        Diagnóstico: [[HEALTH_CONDITION:transtorno de ansiedade generalizada]] (CID-10 F41.1) e [[HEALTH_CONDITION:enxaqueca sem aura]].
        Uso contínuo: [[HEALTH_CONDITION:sertralina]] 50 mg 1 cp pela manhã; [[HEALTH_CONDITION:propranolol]] 40 mg de 12/12 h. Retorno em [[DATE:15/07/2025]].
        Porto Alegre, [[DATE:10 de junho de 2025]]. Dra. [[PERSON:Luiza Brandão Pacheco]], médica de família
        """#,
        #"""
        NOTA MÉDICA – UMF No. 28, IMSS, Monterrey, N.L.   Fecha: [[DATE:27/ene/2025]]
        Derechohabiente: [[PERSON:José Guadalupe Treviño Garza]]   NSS: [[MEDICAL_RECORD_NUMBER:4308 71 2291 3]]   Tel. cel. [[PHONE_NUMBER:81 2093 4416]]
        Domicilio: [[STREET_ADDRESS:Calle Padre Mier 1420 Pte., Col. Obispado, C.P. 64060, Monterrey, N.L.]]
        S: Masculino 53 a., control de [[HEALTH_CONDITION:diabetes mellitus tipo 2]] e [[HEALTH_CONDITION:hipertensión arterial sistémica]]. Refiere hormigueo en ambos pies.
        O: TA 148/92, glucosa capilar 212 mg/dl.
        A: [[HEALTH_CONDITION:neuropatía diabética periférica]]. P: [[HEALTH_CONDITION:metformina]] 850 mg c/12 h, [[HEALTH_CONDITION:telmisartán]] 40 mg c/24 h.
        Se agrega [[HEALTH_CONDITION:pregabalina]] 75 mg en la noche. Próxima cita [[DATE:24 de febrero]]. Dra. [[PERSON:Perla Cantú Villarreal]], matrícula [[EMPLOYEE_NUMBER:99194417]]
        """#,
    ]

    /// A nineteenth set of everyday texts, written blind to DataGuard's rules: WhatsApp and SMS chats, union forms,
    /// delivery tickets, payroll queries, tenancy letters, classified ads, rosters, HR notes, support transcripts
    /// and email signatures (Kenya, Uganda, Zambia, Angola, Portugal, Brazil, Guatemala, Malaysia, Philippines,
    /// Pakistan, Bangladesh, Vietnam, Japan, Korea, Hong Kong, Qatar, Nepal, Algeria, India).
    static let nineteenthEveryday: [String] = [
        #"""
        [[DATE:12/04/2025]], 14:21 - [[PERSON:wanjiru]]: hi [[PERSON:otieno]] the parcel from kampala imefika?
        14:23 - [[PERSON:otieno]]: bado. the bus office on river road says they need the receiver's id and phone
        14:24 - [[PERSON:wanjiru]]: ok use my no [[PHONE_NUMBER:0722 418 337]]. sender is my cousin [[PERSON:nakato]], her ugandan line [[PHONE_NUMBER:+256 772 604 118]]
        14:26 - [[PERSON:otieno]]: sawa. should i bring it to the old house? [[STREET_ADDRESS:hse 14, muthithi road, westlands]]
        14:27 - [[PERSON:wanjiru]]: no i moved, bring to [[STREET_ADDRESS:apt b7, kilimani heights, argwings kodhek rd]]. fare nitatuma mpesa from [[PHONE_NUMBER:0711-604-992]]
        14:28 - [[PERSON:otieno]]: 👍 tell mama [[PERSON:njeri]] i'll pass by saturday
        """#,
        #"""
        MINEWORKERS' UNION – MEMBERSHIP APPLICATION (Nkana Branch, Kitwe)
        Surname: [[PERSON:MWANZA]]   Other names: [[PERSON:Chanda Kelvin]]   Date of birth: [[DATE_OF_BIRTH:3rd June 1986]]
        Man No.: [[EMPLOYEE_NUMBER:0448213]]   Department: Underground – Mindola Shaft   Union No.: [[MEMBER_NUMBER:MUZ/NK/25/07192]]
        Residential address: [[STREET_ADDRESS:House No. 2214, Chimwemwe Township, Kitwe]]   Postal: [[STREET_ADDRESS:P.O. Box 21770, Kitwe]]
        Cell: [[PHONE_NUMBER:0966 417 230]] / [[PHONE_NUMBER:+260 97 7440 128]]   Beneficiary: [[PERSON:Mutinta Mwanza]] (wife)
        Signed [[DATE:14/02/2025]]   Branch Secretary: [[PERSON:Bwalya Musonda]]
        """#,
        #"""
        GUIA DE ENTREGA – Kambas Express, Luanda – n.º 25-004471
        Destinatário: [[PERSON:Domingas Nzinga Manuel]]   Tel.: [[PHONE_NUMBER:+244 923 417 682]] / [[PHONE_NUMBER:912-330-448]]
        Endereço: [[STREET_ADDRESS:Rua Comandante Che Guevara, n.º 118, Prédio 3, 5.º andar, porta B, Maianga, Luanda]]
        Referência: em frente à padaria. Se ausente, entregar ao vizinho Sr. [[PERSON:Adão Kiala]] (porta C).
        Remetente: [[PERSON:Edson Cassoma]], Benguela, [[PHONE_NUMBER:934 118 270]]   Data prevista: sexta-feira, [[DATE:16/05/2025]]
        Estafeta: [[PERSON:Nelo]]   Recebido por: ______________
        """#,
        #"""
        Assunto: Recibo de vencimento de março – horas extra em falta
        Boa tarde, D.ª [[PERSON:Graça]], sou o [[PERSON:Wellington Souza Ribeiro]], n.º de colaborador [[EMPLOYEE_NUMBER:PT-07714]], operador de armazém em Gaia.
        No recibo de [[DATE:31/03/2025]] faltam as 14 horas extra dos sábados [[DATE:8 de março]] e [[DATE:22 de março]]; o chefe de turno, Sr. [[PERSON:Rui Teixeira]], confirma.
        Peço também que atualizem a minha morada para [[STREET_ADDRESS:Rua de Costa Cabral, 812, 2.º Esq., 4200-222 Porto]].
        Telemóvel: [[PHONE_NUMBER:936 204 518]] (o número brasileiro [[PHONE_NUMBER:+55 31 99612-0473]] já não uso).
        Cumprimentos, [[PERSON:Wellington S. Ribeiro]] – [[EMAIL_ADDRESS:wellington.ribeiro88@gmail.com]]
        """#,
        #"""
        SE VENDE moto Honda XR150L 2021, papeles al día, 28 000 km. Q 14,500 negociable.
        Se puede ver en [[STREET_ADDRESS:4a. Avenida 12-37, zona 1, Quetzaltenango]] de lunes a sábado.
        Llamar o WhatsApp a Don [[PERSON:Érick Chay]] al [[PHONE_NUMBER:5814-2207]] o a su hija [[PERSON:Yesenia]] al [[PHONE_NUMBER:+502 4417 3096]].
        Publicado el [[DATE:3 de marzo de 2025]]. También recibo carro pequeño como parte de pago.
        """#,
        #"""
        NOTICE OF RENT REVISION – [[DATE:1 April 2025]]
        To: Encik [[PERSON:Mohd Faizal bin Abdul Rahman]], [[STREET_ADDRESS:No. 18, Jalan SS 2/64, 47300 Petaling Jaya, Selangor]]
        Further to clause 4(b) of the tenancy agreement dated [[DATE:15 June 2023]], the rental will be revised from RM 1,800 to RM 1,950 w.e.f. [[DATE:1 July 2025]].
        Kindly bank in to the same account and WhatsApp the slip to my agent Ms [[PERSON:Kavitha a/p Subramaniam]] at [[PHONE_NUMBER:012-418 7732]].
        For repairs, please contact Mr [[PERSON:Lim Wei Jie]] (contractor) at [[PHONE_NUMBER:+60 16-337 2904]].
        Yours sincerely, [[PERSON:Tan Mei Ling]] (landlord), tel. [[PHONE_NUMBER:03-7874 2216]]
        """#,
        #"""
        Chat transcript – KonekFiber Customer Care – [[DATE:May 19, 2025]]
        Agent [[PERSON:Reymart]]: Good afternoon! May I have the account holder's full name and installation address?
        Customer: [[PERSON:Ma. Cristina Villanueva-Abellana]], [[STREET_ADDRESS:Purok 5, Blk 3 Lot 9, Ecoland Subd., Brgy. Matina Crossing, Davao City 8000]]
        Agent [[PERSON:Reymart]]: Thank you, ma'am. What's your registered mobile number?
        Customer: [[PHONE_NUMBER:0932 607 4418]] but pls call my husband [[PERSON:Jun]] on [[PHONE_NUMBER:+63 998 214 3307]], he's at home. no internet since [[DATE:May 17]]
        Agent [[PERSON:Reymart]]: A technician is scheduled Wednesday, [[DATE:May 21]], 8AM–12NN. Reference no. KF-0519-22741.
        """#,
        #"""
        sms – [[DATE:08-11-2024]]
        rider: aoa [[PERSON:sana]] baji, tcs se [[PERSON:imran]] bol raha hun, aap ka parcel hai, ghar pe koi hai?
        [[PERSON:sana]]: walaikum salam, mein office mein hun. [[STREET_ADDRESS:house r-214, block 13-d, gulshan-e-iqbal, karachi]] pe ammi hain, landline [[PHONE_NUMBER:021-34981177]]
        rider: landline nahi lag raha baji
        [[PERSON:sana]]: acha mere bhai [[PERSON:hamza]] ko call karo [[PHONE_NUMBER:0333 2174806]]. ya [[STREET_ADDRESS:flat 5, 2nd floor, saima arcade, university road]] pe drop kar do
        rider: ok 20 min mein pohanch jata hun. cod 3450 ready rakhein
        """#,
        #"""
        To: HR & Payroll, Meghna Knit Composite Ltd., Kashimpur, Gazipur
        Subject: Wrong overtime in February salary – Card No. [[EMPLOYEE_NUMBER:MK-11847]]
        Sir, I am [[PERSON:Mst. Rokeya Begum]], Sewing Operator, Line 14, joined on [[DATE:05/08/2019]]. The payslip shows 22 OT hours but my punch card shows 41.
        Line chief [[PERSON:Md. Jahangir Alam]] can confirm. My bKash number changed: please pay to [[PHONE_NUMBER:01917-448302]] (old [[PHONE_NUMBER:01556-204117]] closed on [[DATE:20 Feb 2025]]).
        Present address: [[STREET_ADDRESS:C/O Abdul Karim, House 42, Konabari Bazar Road, Gazipur-1751]]
        Union representative [[PERSON:Shirin Akter]] (member no. [[MEMBER_NUMBER:GSF-KB-0931]]) is copied. Thank you.
        """#,
        #"""
        CHO THUÊ PHÒNG TRỌ – Q. Bình Thạnh, TP.HCM
        Phòng 25 m², có gác lửng, máy lạnh, WC riêng, giờ giấc tự do. Giá 4,2 triệu/tháng, cọc 1 tháng.
        Địa chỉ: [[STREET_ADDRESS:Hẻm 118/27 Bạch Đằng, Phường 24, Quận Bình Thạnh]].
        Liên hệ chị [[PERSON:Trần Ngọc Bích]]: [[PHONE_NUMBER:090.387.4412]] (Zalo) hoặc anh [[PERSON:Khánh]] [[PHONE_NUMBER:0938-604-117]].
        Trống từ [[DATE:15/4/2025]]. Ưu tiên sinh viên nữ, không nuôi thú cưng.
        """#,
        #"""
        Thank you for the samples – we will share feedback after the tasting on [[DATE:28 May]]. cc: [[PERSON:Sasaki Daisuke]] (Osaka branch)
        Best regards,
        [[PERSON:TAKAHASHI Misaki]] (Ms.)
        Export Sales, Kurashiki Denim Works Co., Ltd. – Tokyo Office
        [[STREET_ADDRESS:Kudan Minami Bldg. 5F, 2-4-11 Kudan-Minami]]
        [[STREET_ADDRESS:Chiyoda-ku, Tokyo 102-0074]]
        Tel. [[PHONE_NUMBER:+81-3-5214-7729]] | Mobile [[PHONE_NUMBER:080-3941-2276]] | [[EMAIL_ADDRESS:m.takahashi@kurashiki-dw.co.jp]]
        """#,
        #"""
        Haeundae Beach Café – staff schedule, week of [[DATE:2025.07.14]]
        Mon–Tue opening 07:00–15:00: [[PERSON:Lee Da-eun]] (staff no. [[EMPLOYEE_NUMBER:HB-017]]), [[PERSON:Jung Min-su]] ([[EMPLOYEE_NUMBER:HB-022]])
        Wed–Fri closing 15:00–23:00: [[PERSON:Oh Ha-neul]] ([[EMPLOYEE_NUMBER:HB-025]]), [[PERSON:Kang Yu-jin]] (new, no. pending)
        Sat [[DATE:7/19]] fireworks night – everyone in. Manager [[PERSON:Yoon Jae-hyuk]], cell [[PHONE_NUMBER:010-7731-2048]].
        Shift swaps via KakaoTalk to the owner, [[PERSON:Bae Sun-hee]]. Uniform pickup at [[STREET_ADDRESS:22, Gunam-ro 24beon-gil, Haeundae-gu, Busan 48093]]
        Store tel. [[PHONE_NUMBER:051-742-6630]]
        """#,
        #"""
        Re: Tenancy of [[STREET_ADDRESS:Flat 17C, Block 2, Fu Yan Mansion, 38 Shau Kei Wan Road, Hong Kong]]
        Dear Mr [[PERSON:WONG Chi-keung]] and Ms [[PERSON:LAU Siu-fan]],
        The current tenancy expires on [[DATE:31 August 2025]]. The landlord, Madam [[PERSON:HO Wai-ling]], agrees to renew for two years at HK$16,800 per month.
        Please sign at our office, [[STREET_ADDRESS:Shop 6, G/F, 112 King's Road, North Point]], before [[DATE:15 July]].
        Any questions, call [[PERSON:Jacky Leung]] on [[PHONE_NUMBER:9234 7718]] or the office on [[PHONE_NUMBER:+852 2561 0487]].
        Yours faithfully, [[PERSON:Cecilia Ng]], Leasing Officer
        """#,
        #"""
        HR NOTE – Al Sadd Facilities Services W.L.L., Doha – [[DATE:09/03/2025]]
        Employee: [[PERSON:Bir Bahadur Gurung]]   Staff ID [[EMPLOYEE_NUMBER:ASF-21904]]   Nationality: Nepal   Position: Cleaner (Camp B)
        Annual leave [[DATE:20/04/2025]] – [[DATE:19/05/2025]] to attend his daughter's wedding in Syangja; approved by supervisor [[PERSON:Rafeeq Kunhimoideen]].
        Qatar mobile [[PHONE_NUMBER:+974 5512 3487]] will be off. Home contact: wife [[PERSON:Mina Kumari Gurung]], [[PHONE_NUMBER:+977 980-4417263]].
        Accommodation: [[STREET_ADDRESS:Building 42, Street 870, Zone 56, Al Aziziya]] – keep bed no. 14 reserved.
        Ticket booked by [[PERSON:Joanna Dsouza]], HR Assistant.
        """#,
        #"""
        À LOUER – F3 meublé, Bab Ezzouar (Alger), proche tramway et USTHB. 55 000 DA/mois, 6 mois d'avance.
        Adresse pour la visite : [[STREET_ADDRESS:Cité 1200 Logements, Bât. 14, porte 7, 16311 Bab Ezzouar, Alger]]
        Contacter M. [[PERSON:Karim Hadjadj]] au [[PHONE_NUMBER:0555 41 27 83]] ou son frère [[PERSON:Sofiane]] au [[PHONE_NUMBER:+213 661 30 44 18]] (après 17h).
        Libre à partir du [[DATE:1er septembre]]. Pas d'agence. Courriel : [[EMAIL_ADDRESS:k.hadjadj.dz@yahoo.fr]]
        """#,
        #"""
        TAMIL NADU AUTO & TRANSPORT WORKERS' FEDERATION – MEMBERSHIP FORM (Chennai North)
        Name: [[PERSON:R. Saravanan]]   Father's name: [[PERSON:Ramasamy]]   Date of birth: [[DATE_OF_BIRTH:21.07.1981]]
        Employer / depot: Tondiarpet depot   Staff No.: [[EMPLOYEE_NUMBER:TDP/C/4417]]
        Address: [[STREET_ADDRESS:Old No. 12, New No. 27, 3rd Street, Kalyanapuram, Vyasarpadi, Chennai – 600039]]
        Mobile: [[PHONE_NUMBER:98410 27736]]   Alt.: [[PHONE_NUMBER:044-2551 8804]]   Nominee: [[PERSON:S. Malarvizhi]] (wife)
        Member No.: [[MEMBER_NUMBER:TNATWF/CN/11832]]   Enrolled on [[DATE:1st May 2025]] by [[PERSON:K. Anbarasan]], unit secretary
        """#,
    ]
}
