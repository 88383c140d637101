extension BlindTexts {
    /// A tenth set of clinical texts, written blind to DataGuard's rules after the ninth set had been scored.
    static let tenthClinical: [String] = [
        #"""
        DISCHARGE SUMMARY — Lagos University Teaching Hospital, Idi-Araba
        Patient: Mrs [[PERSON:Adaeze Okonkwo-Bello]]   Hosp. No: [[MEDICAL_RECORD_NUMBER:LUTH/2024/081337]]
        DOB: [[DATE_OF_BIRTH:14/02/1987]]   Admitted: [[DATE:03/09/2024]]   Discharged: [[DATE:11/09/2024]]
        Diagnosis: [[HEALTH_CONDITION:sickle cell crisis]] complicated by [[HEALTH_CONDITION:acute chest syndrome]]
        Discharge meds: [[HEALTH_CONDITION:hydroxyurea]] 500 mg daily, [[HEALTH_CONDITION:folic acid]] 5 mg daily, [[HEALTH_CONDITION:Paludrine]] 100 mg daily
        Next of kin: [[PERSON:Chinedu Bello]] (husband), [[PHONE_NUMBER:0803 512 7764]]
        Consultant: Dr [[PERSON:Folake Adeyemi]], Haematology
        """#,
        #"""
        REFERRAL NOTE — Kisumu County Referral Hospital to Kenyatta National Hospital
        To: Dr [[PERSON:Wanjiru Kamau]], Renal Unit
        Re: [[PERSON:Otieno Odhiambo]], 54M, IP No. [[MEDICAL_RECORD_NUMBER:1887452]], NHIF No. [[MEDICAL_RECORD_NUMBER:40917235]]
        Known [[HEALTH_CONDITION:hypertension]] and [[HEALTH_CONDITION:type 2 diabetes]] on [[HEALTH_CONDITION:metformin]] and [[HEALTH_CONDITION:amlodipine]]; creatinine rising since [[DATE:2nd July 2024]].
        Kindly review for [[HEALTH_CONDITION:chronic kidney disease]] stage 4 and plan for dialysis.
        Patient: [[PHONE_NUMBER:+254 722 418 903]]; daughter [[PERSON:Akinyi]]: [[PHONE_NUMBER:0711 205 664]]
        Dr [[PERSON:B. Mutua]], Medical Officer
        """#,
        #"""
        Ward C7 handover, night shift
        Bed 12: [[PERSON:Thandeka Mokoena]], 39F, folder [[MEDICAL_RECORD_NUMBER:GSH 0045821-7]], ID [[MEDICAL_RECORD_NUMBER:8503120456083]]
        Admitted with [[HEALTH_CONDITION:community-acquired pneumonia]], background [[HEALTH_CONDITION:HIV]] on [[HEALTH_CONDITION:TLD]], last CD4 done [[DATE:28/08/2024]].
        On IV [[HEALTH_CONDITION:ceftriaxone]] 1 g daily, sats 94% on 2 L nasal prongs. Dr [[PERSON:Naidoo]] to review bloods at 06:00.
        Sister [[PERSON:van der Merwe]] please phone family: brother [[PERSON:Sipho]] on [[PHONE_NUMBER:082 614 3390]].
        """#,
        #"""
        Centre Hospitalier National de Fann — Service de Neurologie, Dakar
        Ordonnance du [[DATE:7 octobre 2024]]
        Patient : M. [[PERSON:Mamadou Lamine Diallo]], né le [[DATE_OF_BIRTH:03/03/1958]], dossier n° [[MEDICAL_RECORD_NUMBER:FANN-NEU-24-03318]]
        Diagnostic : [[HEALTH_CONDITION:accident vasculaire cérébral ischémique]] sur [[HEALTH_CONDITION:HTA]]
        [[HEALTH_CONDITION:Aspégic]] 100 mg : 1 sachet par jour ; [[HEALTH_CONDITION:atorvastatine]] 40 mg le soir ; [[HEALTH_CONDITION:Amlor]] 10 mg le matin
        Personne à prévenir : [[PERSON:Awa Ndiaye]] (épouse) — [[PHONE_NUMBER:77 645 12 90]]
        """#,
        #"""
        Pharmacy dispensing note — Bengaluru
        Pt: [[PERSON:Lakshmi Venkataraman]] (F/62), UHID [[MEDICAL_RECORD_NUMBER:JYN.0000482913]], ABHA [[MEDICAL_RECORD_NUMBER:91-4271-8836-5502]]
        Rx from Dr [[PERSON:S. Raghunathan]] dated [[DATE:18-10-2024]] for [[HEALTH_CONDITION:T2DM]] with [[HEALTH_CONDITION:HTN]]:
        Tab [[HEALTH_CONDITION:Glycomet]] 500 1-0-1, Tab [[HEALTH_CONDITION:Telma]] 40 0-0-1, Tab [[HEALTH_CONDITION:Ecosprin]] 75 after lunch
        Pt reports [[HEALTH_CONDITION:Telma]] made her giddy earlier; advised BP check and review with doctor.
        Son [[PERSON:Karthik]] collected, mob [[PHONE_NUMBER:98450 27316]].
        """#,
        #"""
        [21:14] dr. [[PERSON:hina]]: bed 6 wali patient [[PERSON:rukhsana bibi]], MR no [[MEDICAL_RECORD_NUMBER:PIMS-24-118745]]
        [21:15] dr. [[PERSON:hina]]: [[HEALTH_CONDITION:dengue]] NS1 positive aya hai, platelets 38k
        [21:16] dr. [[PERSON:faraz]]: ok sirf [[HEALTH_CONDITION:panadol]] do, [[HEALTH_CONDITION:brufen]] bilkul nahi. attendant ka number?
        [21:17] dr. [[PERSON:hina]]: husband [[PERSON:asghar]] [[PHONE_NUMBER:0300-5127784]]
        [21:18] dr. [[PERSON:faraz]]: theek, subah [[PERSON:malik]] sahab ko bata dena
        """#,
        #"""
        SURAT KETERANGAN SAKIT — Klinik Pratama Sehat Sentosa
        Yang bertanda tangan di bawah ini, dr. [[PERSON:Ratna Sari Dewi]], menerangkan bahwa:
        Nama: [[PERSON:Budi Santoso]]   No. RM: [[MEDICAL_RECORD_NUMBER:00-48-71-22]]   No. BPJS: [[MEDICAL_RECORD_NUMBER:0001827364519]]
        Alamat: [[STREET_ADDRESS:Jl. Kaliurang Km 7 No. 15, Sleman, Yogyakarta 55581]]
        perlu beristirahat selama 3 hari karena [[HEALTH_CONDITION:demam tifoid]], mulai [[DATE:12 Agustus 2024]] s/d [[DATE:14 Agustus 2024]].
        Sleman, [[DATE:12 Agustus 2024]]
        """#,
        #"""
        GIẤY RA VIỆN — Bệnh viện Bạch Mai, Khoa Tiêu hóa
        Họ tên người bệnh: [[PERSON:Nguyễn Thị Thu Hương]]   Ngày sinh: [[DATE_OF_BIRTH:09/11/1971]]
        Mã y tế: [[MEDICAL_RECORD_NUMBER:24.018.552]]   Số thẻ BHYT: [[MEDICAL_RECORD_NUMBER:HN4010123456789]]
        Địa chỉ: [[STREET_ADDRESS:Số 18 ngõ 62 Trần Duy Hưng, Cầu Giấy, Hà Nội]]
        Vào viện: [[DATE:02/10/2024]] — Ra viện: [[DATE:09/10/2024]]
        Chẩn đoán: [[HEALTH_CONDITION:Viêm tụy cấp]] / [[HEALTH_CONDITION:Sỏi túi mật]]
        Bác sĩ điều trị: BS. [[PERSON:Lê Văn Thắng]]
        """#,
        #"""
        PHILHEALTH CLAIM FORM 2 (CF-2) — Part I excerpt
        Patient: [[PERSON:DELA CRUZ, MARIA TERESA R.]]   PIN: [[MEDICAL_RECORD_NUMBER:19-050812347-6]]
        Date admitted: [[DATE:08-14-2024]]   Date discharged: [[DATE:08-19-2024]]
        Final diagnosis: [[HEALTH_CONDITION:Community-acquired pneumonia]], moderate risk (J18.9); [[HEALTH_CONDITION:Bronchial asthma]]
        Meds: [[HEALTH_CONDITION:Ceftriaxone]] 2 g IV OD, [[HEALTH_CONDITION:Azithromycin]] 500 mg OD
        Attending: Dr. [[PERSON:Jose Antonio Villanueva]]   Patient contact: [[PHONE_NUMBER:0917 824 3310]]
        """#,
        #"""
        EPİKRİZ — Ankara Şehir Hastanesi, Kardiyoloji Servisi
        Hasta: [[PERSON:Ayşe Gülşen Yıldırım]]   T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:31846291048]]   Dosya No: [[MEDICAL_RECORD_NUMBER:2024-778145]]
        Doğum tarihi: [[DATE_OF_BIRTH:21.04.1955]]   Yatış: [[DATE:30.09.2024]]   Çıkış: [[DATE:06.10.2024]]
        Tanı: [[HEALTH_CONDITION:akut miyokard enfarktüsü]], [[HEALTH_CONDITION:atriyal fibrilasyon]]
        Taburcu tedavisi: [[HEALTH_CONDITION:Brilinta]] 90 mg 2x1, [[HEALTH_CONDITION:Eliquis]] 5 mg 2x1, [[HEALTH_CONDITION:Beloc Zok]] 50 mg 1x1
        Hasta yakını: [[PERSON:Emre Yıldırım]] (oğlu), [[PHONE_NUMBER:0532 418 76 29]]
        Sorumlu hekim: Uzm. Dr. [[PERSON:Murat Karaca]]
        """#,
        #"""
        Clinique Al Amal — Casablanca
        Compte rendu de consultation du [[DATE:19/11/2024]]
        Patiente : Mme [[PERSON:Fatima Zahra El Idrissi]], CIN [[MEDICAL_RECORD_NUMBER:BE482913]], n° d'immatriculation AMO [[MEDICAL_RECORD_NUMBER:128845371]]
        Adresse : [[STREET_ADDRESS:Résidence Anfa Park, Imm. 4, Apt 12, Bd Abdelmoumen, 20250 Casablanca]]
        Motif : [[HEALTH_CONDITION:hypothyroïdie]] suivie ; TSH normalisée sous [[HEALTH_CONDITION:Levothyrox]] 75 µg.
        Tél. : [[PHONE_NUMBER:06 61 42 83 17]] — Dr [[PERSON:Benjelloun]]
        """#,
        #"""
        Dear Dr [[PERSON:Nguyen]],
        Re: Mr [[PERSON:Liam O'Sullivan]], DOB [[DATE_OF_BIRTH:02/07/1984]], Medicare [[MEDICAL_RECORD_NUMBER:2953 41867 1]]
        [[STREET_ADDRESS:14/27 Beach Road, Coogee NSW 2034]]
        Thanks for seeing [[PERSON:Liam]] about his [[HEALTH_CONDITION:obstructive sleep apnoea]]. He has [[HEALTH_CONDITION:type 2 diabetes]] on [[HEALTH_CONDITION:Jardiance]] and [[HEALTH_CONDITION:Ozempic]].
        Last HbA1c 7.9% on [[DATE:12/08/2024]]. Mobile [[PHONE_NUMBER:0412 558 903]].
        Kind regards, Dr [[PERSON:Priya Raman]], Coogee Family Practice
        """#,
        #"""
        Handover — Ward 24, Auckland City Hospital, 0700
        [[PERSON:Hemi Te Rangi]], 67M, NHI [[MEDICAL_RECORD_NUMBER:ZKT4821]], bed 9
        Day 3 post [[HEALTH_CONDITION:NSTEMI]]; on [[HEALTH_CONDITION:ticagrelor]], [[HEALTH_CONDITION:aspirin]], [[HEALTH_CONDITION:atorvastatin]].
        Also [[HEALTH_CONDITION:gout]] — flared overnight, given [[HEALTH_CONDITION:colchicine]].
        Whānau: wife [[PERSON:Mere]] staying at [[STREET_ADDRESS:31 Kowhai Street, Māngere, Auckland 2022]], ph [[PHONE_NUMBER:021 384 7719]].
        Angio booked for Thursday [[DATE:14 November]].
        """#,
        #"""
        INSTITUTO MEXICANO DEL SEGURO SOCIAL — Nota de evolución, UMF 34
        Derechohabiente: [[PERSON:José Guadalupe Hernández Ríos]]   NSS: [[MEDICAL_RECORD_NUMBER:4318 75 6042 9]]
        CURP: [[MEDICAL_RECORD_NUMBER:HERG750312HJCRSD04]]   Fecha: [[DATE:27/09/2024]]
        Dx: [[HEALTH_CONDITION:diabetes mellitus tipo 2 descontrolada]] + [[HEALTH_CONDITION:neuropatía periférica]]
        Plan: [[HEALTH_CONDITION:metformina]] 850 mg c/12 h, [[HEALTH_CONDITION:pregabalina]] 75 mg por la noche. Cita con Dra. [[PERSON:Ramírez]] en 4 semanas.
        Tel. paciente: [[PHONE_NUMBER:33 1452 8870]]
        """#,
        #"""
        LABORATÓRIO — Resultado de Exames
        Paciente: [[PERSON:Ana Beatriz Gonçalves Lima]]   Nasc.: [[DATE_OF_BIRTH:17/05/1992]]
        Cartão SUS (CNS): [[MEDICAL_RECORD_NUMBER:702 4158 9637 2214]]   Prontuário: [[MEDICAL_RECORD_NUMBER:188.452-3]]
        Coleta: [[DATE:04/11/2024]]   Solicitante: Dr. [[PERSON:Ricardo Tavares]]
        Beta-hCG quantitativo: 1.842 mUI/mL — compatível com gestação inicial.
        Obs.: paciente em uso de [[HEALTH_CONDITION:Puran T4]] por [[HEALTH_CONDITION:hipotireoidismo]].
        """#,
        #"""
        Mensaje enviado desde el portal de pacientes
        De: [[PERSON:Martina Sosa]] <[[EMAIL_ADDRESS:martu.sosa88@gmail.com]]>
        Hola Dra. [[PERSON:Fernández]], desde el lunes [[DATE:21/10]] tengo otra vez la [[HEALTH_CONDITION:migraña con aura]] y el [[HEALTH_CONDITION:Migral]] ya no me hace nada.
        ¿Puedo pasar al [[HEALTH_CONDITION:sumatriptán]]? Mi HC es [[MEDICAL_RECORD_NUMBER:1.204.887]] y mi DNI [[MEDICAL_RECORD_NUMBER:33.618.204]].
        Cel. [[PHONE_NUMBER:+54 9 11 5938-2271]]. Gracias, [[PERSON:Martina]]
        """#,
    ]

    /// A tenth set of everyday texts, written blind to DataGuard's rules after the ninth set had been scored.
    static let tenthEveryday: [String] = [
        #"""
        [[PERSON:Kwame Asante-Boateng]]
        [[STREET_ADDRESS:House No. 12, Otublohum Road, East Legon, Accra (GA-183-8164)]]
        [[DATE:2nd December 2024]]
        Dear Ms [[PERSON:Efua Mensah]],
        NOTICE OF RENT REVIEW — your two-year advance on the chamber and hall expires on [[DATE:31st January 2025]]. The new rate will be GH₵ 1,800 per month.
        Kindly call me on [[PHONE_NUMBER:024 417 8832]] or WhatsApp [[PHONE_NUMBER:+233 20 915 3307]] before [[DATE:20th December]].
        Yours faithfully, [[PERSON:K. Asante-Boateng]] (Landlord)
        """#,
        #"""
        [[PERSON:juma]]: mambo [[PERSON:zawadi]], nimefika dar salama
        [[PERSON:zawadi]]: poa sana! kesho njoo kwa mama [[PERSON:salma]], anakaa [[STREET_ADDRESS:Mtaa wa Uhuru, Nyumba Na. 45, Kariakoo]]
        [[PERSON:juma]]: sawa. namba yake ni ipi?
        [[PERSON:zawadi]]: [[PHONE_NUMBER:0713 482 906]]. usisahau sherehe ni tarehe [[DATE:7/12]]
        [[PERSON:juma]]: nitakuja na [[PERSON:baraka]] pia
        """#,
        #"""
        Subject: Application for the post of Junior Accountant (Ref. HR/045/24)
        Dear Hiring Manager,
        My name is [[PERSON:Selamawit Bekele Haile]]; I hold a BA in Accounting from Addis Ababa University and currently work at Ethio Agro PLC (staff ID [[EMPLOYEE_NUMBER:EAL-2291]]).
        Address: [[STREET_ADDRESS:Bole Sub-City, Woreda 03, House No. 1127, Addis Ababa]]
        Mobile: [[PHONE_NUMBER:+251 912 66 40 18]]   Email: [[EMAIL_ADDRESS:selam.bekele.h@yahoo.com]]
        I am available for interview from [[DATE:16 January 2025]].
        Respectfully, [[PERSON:Selamawit Bekele]]
        """#,
        #"""
        To: The Manager, Card Division, Gulshan Branch
        Date: [[DATE:09/10/2024]]
        Subject: Disputed charge of BDT 18,450 on VISA card [[CREDIT_CARD:4570 2210 8834 6618]]
        Sir, I, [[PERSON:Md. Tanvir Hasan Chowdhury]], did not make the online purchase dated [[DATE:04/10/2024]] at 02:13 am. I blocked the card through the hotline the same night.
        Please reverse the charge. Address: [[STREET_ADDRESS:House 27, Road 11, Block C, Banani, Dhaka 1213]]
        Mobile: [[PHONE_NUMBER:01711-548392]]
        Sincerely, [[PERSON:Tanvir Hasan]]
        """#,
        #"""
        From: [[PERSON:Dilani Wickramasinghe]] <[[EMAIL_ADDRESS:dilani.w@ceylonmail.lk]]>
        To: HR Department
        Subject: Medical leave – EMP No. [[EMPLOYEE_NUMBER:CT/0458]]
        Dear Madam, I was diagnosed with [[HEALTH_CONDITION:dengue fever]] on [[DATE:14.06.2024]] and the doctor has advised rest until [[DATE:21.06.2024]].
        The medical certificate from Dr [[PERSON:Gunasekara]] is attached. My line manager Mr [[PERSON:Fernando]] is aware.
        Contact: [[PHONE_NUMBER:071 882 4310]]
        Thank you, [[PERSON:Dilani]]
        """#,
        #"""
        BORANG KEMAS KINI MAKLUMAT PEKERJA
        Nama: [[PERSON:Muhammad Hafiz bin Razali]]     No. Pekerja: [[EMPLOYEE_NUMBER:E048817]]
        Alamat baharu: [[STREET_ADDRESS:No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor]]
        No. telefon bimbit: [[PHONE_NUMBER:012-384 5561]]   E-mel: [[EMAIL_ADDRESS:hafiz.razali@gmail.com]]
        Waris: [[PERSON:Siti Khadijah binti Omar]] (isteri), [[PHONE_NUMBER:+60 19-227 4038]]
        No. ahli kesatuan: [[MEMBER_NUMBER:KS-77210]]
        Tarikh: [[DATE:15/08/2024]]
        """#,
        #"""
        Flash Express — Delivery slip
        Tracking: TH0148271936A
        Receiver: Khun [[PERSON:Supaporn Chaiyasit]]
        [[STREET_ADDRESS:99/45 Moo 3, Soi Ramintra 65, Tha Raeng, Bang Khen, Bangkok 10220]]
        Tel: [[PHONE_NUMBER:089-554-2167]]
        Note: fak wai kap yam na ka, khob khun ka — [[PERSON:Nok]] (sender)
        """#,
        #"""
        [[PERSON:Omar]]: ya [[PERSON:Mariam]], el sherka 3ayza el staff number beta3ek 3ashan el insurance
        [[PERSON:Mariam]]: bta3y [[EMPLOYEE_NUMBER:55127]], w [[PERSON:Youssef]] [[EMPLOYEE_NUMBER:55340]]
        [[PERSON:Omar]]: tamam. w el 3enwan el gedid?
        [[PERSON:Mariam]]: [[STREET_ADDRESS:12 Sharia El Nozha, Heliopolis, Cairo]]. kalemny 3ala [[PHONE_NUMBER:010 2284 6613]] law fi haga
        [[PERSON:Omar]]: 7ader, shokran
        """#,
        #"""
        Beyrouth, le [[DATE:14 janvier 2025]]
        Madame la Directrice,
        Je vous prie d'excuser l'absence de mon fils [[PERSON:Karim Haddad]], classe de CM2, du [[DATE:9 janvier]] au [[DATE:13 janvier]] :
        il avait une [[HEALTH_CONDITION:angine streptococcique]] et le Dr [[PERSON:Rizk]] lui a prescrit de l'[[HEALTH_CONDITION:Augmentin]].
        Pour me joindre : [[PHONE_NUMBER:03 418 227]] ou [[PHONE_NUMBER:+961 1 335 890]].
        Veuillez agréer, Madame, mes salutations distinguées. [[PERSON:Rania Haddad-Khoury]]
        """#,
        #"""
        Ticket #88213 — VPN access blocked
        Hi [[PERSON:Noa]], user [[PERSON:Eitan Ben-David]] (employee no. [[EMPLOYEE_NUMBER:30917]]) can't connect from home since [[DATE:3.11.2024]].
        His home router's public IP is [[IP_ADDRESS:84.229.17.203]]; the tunnel used to assign him [[IP_ADDRESS:10.8.0.57]].
        Please whitelist it and call him on [[PHONE_NUMBER:052-718-4469]] when done.
        Thanks, [[PERSON:Yossi]] — IT Helpdesk, Ramat Gan
        """#,
        #"""
        Fiji Teachers Association — Suva Branch
        [[DATE:18 September 2024]]
        Bula vinaka [[PERSON:Mere Naivalu]] (Member No. [[MEMBER_NUMBER:FTA-10462]]),
        Your annual subscription is now due. Please pay at the branch office, [[STREET_ADDRESS:Lot 14, Ratu Mara Road, Nabua, Suva]], before [[DATE:30 September]].
        Vinaka, Ratu [[PERSON:Sakiusa Tuivaga]], Branch Secretary, ph [[PHONE_NUMBER:+679 992 4518]]
        """#,
        #"""
        Hey [[PERSON:Bec]], can you update my details in the rostering system? New address:
        [[STREET_ADDRESS:Unit 6, 18 Hindmarsh Street]]
        [[STREET_ADDRESS:Fremantle WA 6160]]
        My staff no is [[EMPLOYEE_NUMBER:44721]] if you need it. Cheers
        --
        [[PERSON:Jarrah Whitfield]] | Senior Paramedic Educator
        m [[PHONE_NUMBER:0438 217 650]] | e [[EMAIL_ADDRESS:jarrah.whitfield@outlook.com.au]]
        """#,
        #"""
        Formulario de depósito directo — Rancho Valle Verde, Yakima WA
        Nombre del trabajador: [[PERSON:Rosa Elena Martínez Cruz]]
        Número de Seguro Social: [[US_SSN:532-71-8846]]
        Banco: Cascade Valley Credit Union — Número de ruta: [[US_ROUTING_NUMBER:325170628]]   Cuenta de cheques: [[US_BANK_ACCOUNT:004417852296]]
        Dirección: [[STREET_ADDRESS:1408 S 3rd Ave, Apt B, Yakima, WA 98902]]
        Tel.: [[PHONE_NUMBER:(509) 424-7813]]   Fecha: [[DATE:03/15/2024]]
        (mi hijo [[PERSON:Diego]] me ayudó a llenarlo)
        """#,
        #"""
        SINDICATO ÚNICO DE TRABAJADORES DE MINERA ANDINA — Secretaría de Defensa
        Lima, [[DATE:22 de noviembre de 2024]]
        Queja formal del afiliado [[PERSON:Wilfredo Quispe Mamani]], carné sindical n.º [[MEMBER_NUMBER:SUTMA-3187]], código de trabajador [[EMPLOYEE_NUMBER:MA-20931]].
        Se le descontaron los días [[DATE:4/11]] y [[DATE:5/11]] pese a contar con descanso médico por [[HEALTH_CONDITION:lumbalgia aguda]].
        Solicitamos reunión con el jefe de RR.HH., Sr. [[PERSON:Paredes]].
        Sra. [[PERSON:Rosario Huamán]], Secretaria de Defensa — [[PHONE_NUMBER:964 218 573]] — [[EMAIL_ADDRESS:rosario.huaman.sd@gmail.com]]
        """#,
        #"""
        [7:02 p. m.] [[PERSON:caro]]: gente, la reunión de padres del colegio es el jueves [[DATE:5 de septiembre]]
        [7:03 p. m.] [[PERSON:andrés felipe]]: listo. alguien tiene el cel de la profe [[PERSON:yolanda]]?
        [7:03 p. m.] [[PERSON:caro]]: [[PHONE_NUMBER:310 457 8821]]
        [7:05 p. m.] [[PERSON:mafe]]: yo no puedo, [[PERSON:samuel]] sigue con [[HEALTH_CONDITION:varicela]]
        [7:06 p. m.] [[PERSON:andrés felipe]]: que se mejore! yo te paso el acta, mi correo es [[EMAIL_ADDRESS:afelipe.rojas@hotmail.com]]
        """#,
        #"""
        Pedido entregue — Comprovante de entrega
        Destinatário: [[PERSON:Luiz Fernando Albuquerque]]
        Endereço: [[STREET_ADDRESS:Rua Padre Anchieta, 1284, apto 52 – Bigorrilho, Curitiba – PR, 80730-000]]
        Recebido por: Dona [[PERSON:Cida]] (portaria) em [[DATE:08/11/2024]] às 14h37
        Contato: [[PHONE_NUMBER:(41) 99812-4476]]
        Obs.: cliente pediu para não tocar a campainha.
        """#,
    ]
}
