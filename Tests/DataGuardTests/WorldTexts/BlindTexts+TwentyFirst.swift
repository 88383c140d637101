extension BlindTexts {
    /// A twenty-first set of clinical texts, written blind to DataGuard's rules: GP notes, discharges, telehealth, Rx,
    /// vaccination, maternity, oncology, home care, claims and school nurses (Latin America, MENA, Africa,
    /// Caucasus/Central Asia).
    static let twentyFirstClinical: [String] = [
        #"""
        Consultorio de Clínica Médica – Villa Crespo – evolución del [[DATE:11/03/25]]
        Pcte: [[PERSON:Dolores Paz Echeverría]], 58 a., DNI [[MEDICAL_RECORD_NUMBER:17.845.302]], OSDE afiliado n° [[MEDICAL_RECORD_NUMBER:61 098432 7 01]]
        Dom.: [[STREET_ADDRESS:Av. Corrientes 5240, 7° "C", C1414AJN CABA]] – cel. [[PHONE_NUMBER:+54 9 11 5823-4410]], fijo [[PHONE_NUMBER:4857-2216]]
        MC: control de [[HEALTH_CONDITION:HTA]] y [[HEALTH_CONDITION:DBT2]]. TA 150/95. Refiere que dejó el [[HEALTH_CONDITION:Enalapril]] por [[HEALTH_CONDITION:tos seca]].
        Se rota a [[HEALTH_CONDITION:losartán]] 50 mg/día; sigue con [[HEALTH_CONDITION:Glucophage]] 850 c/12 h. Pedir HbA1c y perfil lipídico.
        La acompaña su hija [[PERSON:Luz]], que pide turno para ella también el [[DATE:25 de marzo]] (cel. [[PHONE_NUMBER:15-3344-7788]]).
        Control en 30 días. Dra. [[PERSON:Mirta S. Ibarra]], M.N.
        """#,
        #"""
        EPICRISIS – Hospital Dr. Gustavo Fricke, Servicio de Medicina Interna
        Nombre: [[PERSON:Juan Ignacio Soto Larraín]]   RUT: [[MEDICAL_RECORD_NUMBER:9.874.215-K]]   Previsión: FONASA B   Ficha: [[MEDICAL_RECORD_NUMBER:0418273]]
        Domicilio: [[STREET_ADDRESS:Pasaje Los Aromos 1432, Villa Dulce, Viña del Mar]]   Fono: [[PHONE_NUMBER:9 8765 4312]]
        Ingreso: [[DATE:02-ene-2025]]   Egreso: [[DATE:09-ene-2025]]
        Dg. de egreso: [[HEALTH_CONDITION:Neumonía adquirida en la comunidad]] CURB-65 2; [[HEALTH_CONDITION:EPOC]] GOLD 3; [[HEALTH_CONDITION:tabaquismo activo]].
        Tratamiento: [[HEALTH_CONDITION:ceftriaxona]] 2 g/día ev x 7 días; alta con [[HEALTH_CONDITION:Berodual]] 2 puff c/6 h y [[HEALTH_CONDITION:prednisona]] 40 mg x 5 días.
        Control en CESFAM Las Palmas el lunes [[DATE:20 de enero]]. Contacto: esposa, Sra. [[PERSON:Carmen Gloria Pizarro]], [[PHONE_NUMBER:+56 9 9123 0487]]
        Médico tratante: Dr. [[PERSON:Felipe Araya M.]]
        """#,
        #"""
        Teleconsulta – EPS Salud Andina – transcripción automática, [[DATE:14 de agosto de 2024]]
        Médica: Buenas tardes, ¿hablo con [[PERSON:Yesenia Morales Quintero]]? ¿Me confirma su cédula?
        Paciente: Sí doctora, [[MEDICAL_RECORD_NUMBER:1.036.482.997]] de Medellín. Nací el [[DATE_OF_BIRTH:3 de junio del 91]].
        Médica: Listo. ¿Cómo sigue de la [[HEALTH_CONDITION:migraña]]? ¿Le sirvió el [[HEALTH_CONDITION:Sumatriptán]]?
        Paciente: Un poquito, pero me da [[HEALTH_CONDITION:náuseas]]. Ah, y me mudé: ahora vivo en la [[STREET_ADDRESS:Cra. 43A # 18 Sur-135, apto 1204, El Poblado]] y el celular nuevo es [[PHONE_NUMBER:310 457 8821]].
        Médica: Anotado. Le formulo [[HEALTH_CONDITION:propranolol]] 40 mg como preventivo y le envío la fórmula al correo [[EMAIL_ADDRESS:yesemq91@gmail.com]].
        Médica: Soy la Dra. [[PERSON:Catalina Restrepo]]; control por video en un mes, le escribe mi auxiliar [[PERSON:Yuri]].
        """#,
        #"""
        FORMULARIO DE RECLAMACIÓN / CLAIM FORM – Plan de Salud Borinquen (Medicare Advantage)
        Asegurado / Member: [[PERSON:Héctor Luis Rivera Santiago]]   ID: [[MEDICAL_RECORD_NUMBER:BRQ 884102733-01]]   SSN: [[US_SSN:584-31-2207]]
        Fecha de nac. / DOB: [[DATE_OF_BIRTH:09/17/1952]]   Dirección: [[STREET_ADDRESS:Urb. Villa Carolina, Calle 45 Bloque 12 #8, Carolina, PR 00985]]
        Tel. [[PHONE_NUMBER:(787) 762-4418]] / cel. [[PHONE_NUMBER:939-481-2270]]
        Servicio: [[HEALTH_CONDITION:cateterismo cardíaco]] el [[DATE:2/4/2025]], Dx [[HEALTH_CONDITION:angina inestable]] (I20.0); médico: Dr. [[PERSON:Ramón E. Colón Vélez]]
        Medicamentos al alta: [[HEALTH_CONDITION:Plavix]] 75 mg, [[HEALTH_CONDITION:atorvastatina]] 80 mg, [[HEALTH_CONDITION:nitroglicerina]] SL PRN.
        Reembolso por depósito directo: ruta [[US_ROUTING_NUMBER:021583412]], cuenta de cheques [[US_BANK_ACCOUNT:0307 4418 2291]]
        Firma: [[PERSON:H. L. Rivera]]   Fecha: [[DATE:3 de abril de 2025]]
        """#,
        #"""
        Dr. [[PERSON:Nadia Bennani]] – Médecin généraliste – [[STREET_ADDRESS:45, Bd Zerktouni, 3e étage, Casablanca]] – Tél. [[PHONE_NUMBER:0522-48-33-10]]
        Casablanca, le [[DATE:17/02/2025]] – الدار البيضاء في [[DATE:18 شعبان 1446]]
        ORDONNANCE – M. [[PERSON:Youssef Ait Oumghar]] / السيد [[PERSON:يوسف آيت أومغار]]   N° immatriculation AMO : [[MEDICAL_RECORD_NUMBER:117 482 093]]
        1) [[HEALTH_CONDITION:Amoxicilline]] 1 g : 1 cp matin et soir pendant 8 jours
        2) [[HEALTH_CONDITION:Doliprane]] 1000 : si fièvre, max 3/j
        3) [[HEALTH_CONDITION:Rhinathiol]] sirop : 3 c. à soupe par jour
        Diagnostic (pour la mutuelle) : [[HEALTH_CONDITION:sinusite aiguë maxillaire]]. Revoir si persistance au-delà du [[DATE:28/02]].
        Patient joignable au [[PHONE_NUMBER:06 61 27 48 90]] ; sa femme [[PERSON:Khadija]] au [[PHONE_NUMBER:+212 6 70 11 42 35]].
        """#,
        #"""
        مستشفى الدمرداش الجامعي – قسم الباطنة – ملخص خروج
        الاسم: [[PERSON:محمود عبد الرحمن السيد الشرقاوي]]   الرقم القومي: [[MEDICAL_RECORD_NUMBER:26811040102837]]   رقم الملف: [[MEDICAL_RECORD_NUMBER:ط/2025/3318]]
        العنوان: [[STREET_ADDRESS:١٤ شارع الخليفة المأمون، الدور الثالث، شقة ٧، مصر الجديدة، القاهرة]]   موبايل: [[PHONE_NUMBER:0101 482 7739]]
        تاريخ الدخول: [[DATE:٢٠٢٥/١/١٢]]   تاريخ الخروج: [[DATE:٢٠٢٥/١/١٩]]
        التشخيص: [[HEALTH_CONDITION:حماض كيتوني سكري]] (DKA) على [[HEALTH_CONDITION:سكر من النوع الأول]]، مع [[HEALTH_CONDITION:التهاب في المسالك البولية]].
        العلاج عند الخروج: [[HEALTH_CONDITION:Mixtard 30/70]] ٢٨ وحدة صباحًا و١٤ مساءً، [[HEALTH_CONDITION:Augmentin]] ١ جم كل ١٢ ساعة لمدة ٥ أيام.
        Follow-up: diabetes OPD on [[DATE:2 Feb]]. Son Mr [[PERSON:Karim Mahmoud]] – [[PHONE_NUMBER:+20 122 391 4480]]
        الطبيب المعالج: د. [[PERSON:رانيا فؤاد عبد العزيز]]
        """#,
        #"""
        כרטיס חיסונים – טיפת חלב רמת גן
        שם הילדה: [[PERSON:נועה בן־דוד]]   ת"ז: [[MEDICAL_RECORD_NUMBER:345872196]]   תאריך לידה: [[DATE_OF_BIRTH:ט"ו בשבט תשפ"ד]] ([[DATE_OF_BIRTH:25.01.2024]])
        כתובת: [[STREET_ADDRESS:רחוב ביאליק 38 דירה 11, רמת גן]]   טלפון אמא ([[PERSON:מיכל]]): [[PHONE_NUMBER:052-384-1176]]
        [[DATE:25.03.2024]] – [[HEALTH_CONDITION:מחומש]] מנה 1 + [[HEALTH_CONDITION:Prevenar 13]] – אחות [[PERSON:שרית אלמוג]]
        [[DATE:27.05.2024]] – [[HEALTH_CONDITION:מחומש]] מנה 2 + [[HEALTH_CONDITION:רוטה]] – אחות [[PERSON:שרית]]
        Note: low-grade fever after dose 2, mother gave [[HEALTH_CONDITION:Acamol]] syrup. Father [[PERSON:Avi Ben-David]], [[PHONE_NUMBER:+972-54-778-1203]]
        Next: [[HEALTH_CONDITION:MMRV]] at 12 months, around [[DATE:25/01/2025]].
        """#,
        #"""
        پرونده مراقبت بارداری – مرکز بهداشت شهید بهشتی، شیراز
        نام مادر: [[PERSON:زهرا رضایی‌نژاد]]   کد ملی: [[MEDICAL_RECORD_NUMBER:۲۲۸۰۴۱۷۶۵۳]]   شماره پرونده: [[MEDICAL_RECORD_NUMBER:۱۴۰۳-۰۸۷۷]]
        تاریخ تولد: [[DATE_OF_BIRTH:۱۳۷۴/۰۵/۲۱]]   تلفن همراه: [[PHONE_NUMBER:۰۹۱۷ ۳۱۴ ۲۲۰۸]]
        نشانی: [[STREET_ADDRESS:شیراز، خیابان زند، کوچه ۱۲، پلاک ۴۷، طبقه دوم]]
        LMP: [[DATE:۱۴۰۳/۰۴/۱۰]] – EDD: [[DATE:۱۴۰۴/۰۱/۱۷]] (≈ [[DATE:6 April 2025]]). G2P1، سابقه [[HEALTH_CONDITION:سزارین]] قبلی.
        ویزیت [[DATE:۱۵ مهر ۱۴۰۳]]: هفته ۱۴، فشار ۱۱۰/۷۰، [[HEALTH_CONDITION:کم‌خونی فقر آهن]] خفیف – [[HEALTH_CONDITION:فروس سولفات]] و [[HEALTH_CONDITION:فولیک اسید]] ادامه.
        همسر: [[PERSON:علی‌اکبر مرادی]] – [[PHONE_NUMBER:071-3623 4417]]. ماما: خانم [[PERSON:فاطمه کاظمی]]
        """#,
        #"""
        Dokuz Eylül Üniversitesi Hastanesi – Tıbbi Onkoloji Polikliniği, İzmir
        Sayın Dr. [[PERSON:Emre Kocabaş]] (Aile Hekimi, Karşıyaka),
        Hastanız [[PERSON:Bahar Yıldırım Öztürk]] (T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:38417260954]], Protokol No: [[MEDICAL_RECORD_NUMBER:2025/044817]]), [[DATE:12.03.2025]] tarihli biyopsi ile [[HEALTH_CONDITION:sol meme invaziv duktal karsinom]] (ER+, HER2−) tanısı almıştır.
        PET-BT'de [[HEALTH_CONDITION:aksiller lenf nodu metastazı]] izlenmiş, uzak metastaz saptanmamıştır.
        Tümör konseyi kararıyla [[DATE:7 Nisan 2025]] itibarıyla neoadjuvan [[HEALTH_CONDITION:AC-T kemoterapisi]] başlanacak; öncesinde [[HEALTH_CONDITION:port kateter takılması]] planlanmıştır.
        Hasta [[HEALTH_CONDITION:Hashimoto tiroiditi]] nedeniyle [[HEALTH_CONDITION:Euthyrox]] 50 mcg kullanmaktadır.
        İletişim: [[STREET_ADDRESS:Bostanlı Mah. Cemal Gürsel Cad. No: 412 D: 9, 35590 Karşıyaka/İzmir]], [[PHONE_NUMBER:0532 418 22 91]]; eşi [[PERSON:Deniz]] [[PHONE_NUMBER:+90 542 307 61 18]].
        Saygılarımla, Doç. Dr. [[PERSON:Selin Aydoğdu]]
        """#,
        #"""
        HOME-BASED CARE VISIT LOG – Kibera Palliative Outreach
        Client: [[PERSON:Grace Wanjiru Kamau]], 52 yrs, SHA no. [[MEDICAL_RECORD_NUMBER:CR7710428836-5]]
        Home: [[STREET_ADDRESS:Laini Saba village, behind AIC church, plot 14B]]; postal: [[STREET_ADDRESS:P.O. Box 10229-00100, Nairobi]]
        [[DATE:3/2/2025]]: Wound dressing done. Pain 6/10, anatumia [[HEALTH_CONDITION:morphine]] oral 10 mg kila saa 4. Ana [[HEALTH_CONDITION:saratani ya shingo ya kizazi]] stage IV.
        [[DATE:6/2/2025]]: Hali si nzuri, hajala tangu jana. Binti yake [[PERSON:Akinyi]] anasema [[HEALTH_CONDITION:anatapika]] sana. Advised [[HEALTH_CONDITION:metoclopramide]]; called Dr [[PERSON:Otieno]].
        [[DATE:8/2/2025]]: Vomiting settled. Family asked about hospice bed – referred to Nairobi Hospice.
        CHV: [[PERSON:Faith Njeri]], [[PHONE_NUMBER:0722 418 339]]. Family contact: son [[PERSON:Brian]], [[PHONE_NUMBER:+254 733 201 884]].
        """#,
        #"""
        Infirmerie – Lycée Sainte-Marie de Cocody – fiche de passage du jeudi [[DATE:6 mars 2025]]
        Élève : [[PERSON:KOUASSI Affoué Marie-Grâce]], 4e B, née le [[DATE_OF_BIRTH:21/11/2011]], n° CMU [[MEDICAL_RECORD_NUMBER:CI-0241-8830-17]]
        Motif : [[HEALTH_CONDITION:crise d'asthme]] modérée pendant le sport. 2 bouffées de [[HEALTH_CONDITION:Ventoline]] (son propre inhalateur), amélioration en 15 min.
        Antécédents : [[HEALTH_CONDITION:asthme]] connu, [[HEALTH_CONDITION:drépanocytose AS]]. Allergie à la [[HEALTH_CONDITION:pénicilline]].
        Parents prévenus : Mme [[PERSON:Yao Adjoua]] (mère), [[PHONE_NUMBER:07 07 48 21 36]] ; M. [[PERSON:Kouassi N'Guessan Jean]], [[PHONE_NUMBER:+225 05 44 18 90 27]].
        Domicile : [[STREET_ADDRESS:Cocody Angré 7e tranche, îlot 42, villa 214, Abidjan]]. La maman passe la chercher à 12 h.
        Infirmière : Sr [[PERSON:Bernadette Koné]]
        """#,
        #"""
        Yekatit 12 Hospital Medical College – TB/HIV clinic – follow-up note
        Pt: [[PERSON:Tigist Alemayehu Bekele]], 34/F, MRN [[MEDICAL_RECORD_NUMBER:Y12-087714]], ART no. [[MEDICAL_RECORD_NUMBER:AA-0214-5517]]
        Address: [[STREET_ADDRESS:Arada Sub-city, Woreda 08, House No. 1123, Addis Ababa]]   Tel: [[PHONE_NUMBER:0911 23 45 67]]
        Visit [[DATE:ጥቅምት 12 ቀን 2017 ዓ.ም.]] ([[DATE:22 Oct 2024]]). Known [[HEALTH_CONDITION:HIV]] on [[HEALTH_CONDITION:TLD]], VL undetectable.
        Completed intensive phase for [[HEALTH_CONDITION:PTB]] (smear +ve); now on continuation phase [[HEALTH_CONDITION:RH]].
        C/o tingling of both feet → ?[[HEALTH_CONDITION:INH neuropathy]]; add [[HEALTH_CONDITION:pyridoxine]] 50 mg daily.
        Treatment supporter: husband [[PERSON:Dawit]] ([[PERSON:ዳዊት]]), [[PHONE_NUMBER:+251 912 804 331]]. Next appt [[DATE:ኅዳር 10]].
        Dr [[PERSON:Hiwot Tesfaye]]
        """#,
        #"""
        ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО № [[MEDICAL_RECORD_NUMBER:4471/25]]
        Городская клиническая больница №7, г. Алматы
        Ф.И.О.: [[PERSON:Ахметова Динара Серикбаевна]]   ИИН: [[MEDICAL_RECORD_NUMBER:870314450218]]   Дата рождения: [[DATE_OF_BIRTH:14.03.1987]]
        Адрес: [[STREET_ADDRESS:мкр. Самал-2, д. 58, кв. 37, г. Алматы]]   Тел.: [[PHONE_NUMBER:+7 701 234 56 78]], [[PHONE_NUMBER:8 (727) 261-44-08]]
        Находилась на лечении с [[DATE:03.02.2025]] по [[DATE:12.02.2025]] с диагнозом: [[HEALTH_CONDITION:Острый калькулёзный холецистит]].
        [[DATE:04.02.2025]] проведена [[HEALTH_CONDITION:лапароскопическая холецистэктомия]]. Сопутствующий: [[HEALTH_CONDITION:аутоиммунный тиреоидит]].
        Рекомендовано: [[HEALTH_CONDITION:Урсосан]] 250 мг 2 р/сут 1 мес., [[HEALTH_CONDITION:Но-шпа]] при болях. Больничный лист до [[DATE:19 февраля]].
        Лечащий врач: [[PERSON:Жумабеков Е. К.]]   Зав. отделением: [[PERSON:Ким Виктория Александровна]]
        """#,
        #"""
        ფორმა IV-100/ა – ცნობა ჯანმრთელობის მდგომარეობის შესახებ
        პაციენტი: [[PERSON:ნინო გელაშვილი]] ([[PERSON:Nino Gelashvili]])   პირადი ნომერი: [[MEDICAL_RECORD_NUMBER:01024057318]]
        დაბადების თარიღი: [[DATE_OF_BIRTH:07.09.1979]]   მისამართი: [[STREET_ADDRESS:ილია ჭავჭავაძის გამზ. 37, ბ. 12, 0179 თბილისი]]   ტელ.: [[PHONE_NUMBER:599 12 34 56]]
        დიაგნოზი: [[HEALTH_CONDITION:არტერიული ჰიპერტენზია]] II ხარისხი; [[HEALTH_CONDITION:შაქრიანი დიაბეტი ტიპი 2]].
        მკურნალობა: [[HEALTH_CONDITION:Metformin]] 1000 მგ, [[HEALTH_CONDITION:Lorista]] 50 მგ.
        Referred to cardiology for echo on [[DATE:20/05/2025]]. Husband [[PERSON:Giorgi]] asked for an English copy – [[EMAIL_ADDRESS:g.gelashvili79@gmail.com]], [[PHONE_NUMBER:+995 555 48 17 22]].
        ექიმი: [[PERSON:თამარ ბერიძე]]   თარიღი: [[DATE:12 მაისი, 2025]]
        """#,
    ]

    /// A twenty-first set of everyday texts, written blind to DataGuard's rules: applications, leases, payroll, unions,
    /// chats, complaints, couriers, sign-ups, incident reports, newsletters and email threads (Latin America, MENA,
    /// Africa, Caucasus/Central Asia).
    static let twentyFirstEveryday: [String] = [
        #"""
        Asunto: Postulación – Asistente de Almacén (Ref. AA-2025-07)
        Estimados señores de Recursos Humanos de Distribuidora Inca Sur S.A.C.:
        Mi nombre es [[PERSON:Jhonatan Quispe Huamaní]], nací el [[DATE_OF_BIRTH:22 de octubre de 1997]] en Cusco y postulo al puesto publicado el [[DATE:5/7]].
        Trabajé 3 años en Almacenes Rímac (código de trabajador [[EMPLOYEE_NUMBER:AR-10472]]); mi jefa, la Sra. [[PERSON:Rosa Mamani]], puede dar referencias al [[PHONE_NUMBER:(01) 433-2210 anexo 118]].
        Vivo en [[STREET_ADDRESS:Jr. Huallaga 742, Dpto. 302, Cercado de Lima]], a 20 minutos de su local.
        Adjunto CV y certificado de estudios. Celular: [[PHONE_NUMBER:987 654 321]] · correo: [[EMAIL_ADDRESS:jhona.quispe97@outlook.com]]
        Atentamente, [[PERSON:Jhonatan Q. H.]]
        """#,
        #"""
        CONTRATO DE ALQUILER (extracto) – Santo Domingo, D.N., [[DATE:15 de enero de 2025]]
        ENTRE: la señora [[PERSON:Altagracia Mercedes Peña de Jiménez]], dominicana, mayor de edad, domiciliada en [[STREET_ADDRESS:Calle Padre Billini #58, Zona Colonial]], LA PROPIETARIA;
        y el señor [[PERSON:Wilkin Rafael Almonte]], dominicano, chofer, en lo adelante EL INQUILINO.
        PRIMERO: LA PROPIETARIA alquila el apartamento 3-B del [[STREET_ADDRESS:Residencial Don Pedro III, Calle 8 No. 14, Ensanche Naco, Santo Domingo]].
        SEGUNDO: El precio es de RD$28,000.00 mensuales, pagaderos el día cinco (5) de cada mes, a partir del [[DATE:5 de febrero de 2025]].
        Garante solidaria: [[PERSON:Yokasta Almonte]], Tel. [[PHONE_NUMBER:829-331-2784]]. Notificaciones a LA PROPIETARIA: [[PHONE_NUMBER:809 682 4417]].
        Firmado: [[PERSON:A. M. Peña de Jiménez]] / [[PERSON:W. R. Almonte]] – Notario actuante: Lic. [[PERSON:Ramón Antonio Féliz]]
        """#,
        #"""
        From: [[PERSON:Maritza Delgado]] <[[EMAIL_ADDRESS:mdelgado@sunshinelogistics.com]]>
        To: [[PERSON:Yorman Alexander Briceño]] <[[EMAIL_ADDRESS:yorman.briceno88@gmail.com]]>
        Date: Mon, [[DATE:3 Mar 2025]] 09:12
        Subject: RE: cambio de cuenta para depósito directo – Emp. ID [[EMPLOYEE_NUMBER:SL-00873]]
        Hola [[PERSON:Yorman]], recibimos tu formulario. Nuevos datos: routing [[US_ROUTING_NUMBER:267088454]], checking [[US_BANK_ACCOUNT:898104471662]].
        Ojo: el SSN que pusiste en el W-4 ([[US_SSN:612-48-0937]]) no coincide con el de la copia de tu tarjeta, que termina distinto. ¿Me lo confirmas?
        El cambio aplica desde el pago del [[DATE:14 de marzo]]. Cualquier duda: [[PHONE_NUMBER:(305) 446-2289]] ext. 204, o pasa por la oficina, pregunta por [[PERSON:Marisol]].
        Saludos, [[PERSON:Maritza]]
        """#,
        #"""
        HOJA PARROQUIAL – Parroquia del Sagrado Corazón, El Vedado – domingo [[DATE:9 de febrero]]
        Oremos por los enfermos: [[PERSON:Caridad Fonseca]] ([[HEALTH_CONDITION:operada de la cadera]]), el hermano [[PERSON:Ángel]] de la calle 25, y [[PERSON:Nieves Rodríguez]], que sigue en [[HEALTH_CONDITION:diálisis]].
        Los donativos de [[HEALTH_CONDITION:Enalapril]] y [[HEALTH_CONDITION:Duralgina]] llegados de Miami se reparten el miércoles; traer la receta.
        Catequesis con la Sra. [[PERSON:Mayelín]] en [[STREET_ADDRESS:Calle 23 No. 1057 e/ 12 y 14, apto. 4, Vedado, La Habana]], teléfono [[PHONE_NUMBER:7 832 4415]].
        El P. [[PERSON:Osvaldo]] está de viaje hasta el [[DATE:20/2]]; urgencias al diácono [[PERSON:Reinaldo Pérez]], [[PHONE_NUMBER:+53 5 283 4471]], o a [[PERSON:Yunior]] al [[PHONE_NUMBER:54192207]].
        ¡Felicidades a [[PERSON:Concepción]] («[[PERSON:Conchita]]») por sus 90 años!
        """#,
        #"""
        BULLETIN D'ADHÉSION / استمارة الانخراط – UGTA, section syndicale Sonelgaz Distribution, Blida
        Nom / اللقب : [[PERSON:BENAÏSSA]] – [[PERSON:بن عيسى]]   Prénom / الاسم : [[PERSON:Fatima-Zohra]] – [[PERSON:فاطمة الزهراء]]
        Née le [[DATE_OF_BIRTH:02/05/1986]] à Boufarik   Matricule : [[EMPLOYEE_NUMBER:SD-09-4471]]   N° carte syndicale : [[MEMBER_NUMBER:UGTA/BL/25-0882]]
        Adresse : [[STREET_ADDRESS:Cité 1200 Logements, Bât. 14, Porte 3, Ouled Yaïch, 09000 Blida]]   Tél : [[PHONE_NUMBER:0661 23 45 67]] / [[PHONE_NUMBER:025 41 88 02]]
        Cotisation mensuelle : 300 DA, prélevée sur salaire à compter de [[DATE:mars 2025]].
        Parrainée par : [[PERSON:Mohamed Larbi Bouzid]] (carte n° [[MEMBER_NUMBER:UGTA/BL/19-0417]])
        Fait à Blida le [[DATE:24/02/2025]] الموافق لـ [[DATE:25 شعبان 1446]]   Signature : [[PERSON:F.Z. Benaïssa]]
        """#,
        #"""
        groupe « Équipe caisse – Monoprix Lac 2 »
        [21:04] [[PERSON:sami]]: ya jme3a chkoun ynajem yebdel m3aya nhar [[DATE:15/3]]? 3andi 3ors 5ouya
        [21:06] [[PERSON:Rym B.]]: ena najem ama 3tini el a7ad [[DATE:23/3]] ?
        [21:06] [[PERSON:sami]]: ok mrigel, merci ya [[PERSON:rym]] ❤️
        [21:08] Chef de caisse: ba3thou el matricule fel groupe bech n9ayed
        [21:09] [[PERSON:Rym B.]]: [[EMPLOYEE_NUMBER:MP-2291]] / [[PERSON:sami]]: [[EMPLOYEE_NUMBER:mp 3318]]
        [21:11] [[PERSON:houssem]]: w ena ghodwa mani jey, [[HEALTH_CONDITION:angine]] w 3andi certificat mta3 dr [[PERSON:ben romdhane]]. numrou el jdid [[PHONE_NUMBER:98 123 456]]
        [21:12] Chef de caisse: سلامتك يا [[PERSON:حسام]]، ارتاح
        """#,
        #"""
        To: CedarNet Customer Care   Date: [[DATE:18/11/2024]]   Subject: شكوى – internet down for a week!!
        Dear CedarNet, I'm [[PERSON:Rana Haddad Khoury]]. My home internet has been down since Tuesday [[DATE:12 November]].
        Address: [[STREET_ADDRESS:Bldg. Abou Jaoudeh, 3rd floor, Rue Mar Elias, facing Pharmacie Mazloum, Achrafieh, Beirut]]
        Your technician [[PERSON:Jad]] came on [[DATE:14/11]] and said the problem is from your side. Still I was charged $45 on my card [[CREDIT_CARD:4539 8821 0417 6626]],
        and your portal shows a login from [[IP_ADDRESS:185.89.214.37]] that was NOT me.
        Call me on [[PHONE_NUMBER:03/418 226]] or my husband [[PERSON:Elie]] on [[PHONE_NUMBER:+961 70 418 223]]; the landline [[PHONE_NUMBER:01-335 412]] is dead obviously 🙄
        مع الشكر، [[PERSON:رنا حداد خوري]]
        """#,
        #"""
        SMS Dakar Express Livraison – [[DATE:14/05/2025]]
        Bonjour [[PERSON:Mame Diarra Ndiaye]], votre colis (réf. DEX-558120) sera livré aujourd'hui entre 15h et 18h.
        Adresse : [[STREET_ADDRESS:Sicap Liberté 6, villa n° 6512, derrière la grande mosquée, Dakar]]. Livreur : [[PERSON:Modou Fall]] – [[PHONE_NUMBER:77 645 12 90]]
        [15:40] Livreur : Salamaleikoum, maa ngi ci kanam kër gi, kan moo fi nekk ?
        [15:42] Client : waaw, sama rakk [[PERSON:Cheikh]] dina la ubbil, mangi ci bureau. Sinon appelle mon mari [[PERSON:Serigne Mbaye Sarr]] au [[PHONE_NUMBER:+221 78 118 44 07]].
        [15:55] Livreur : Colis remis à [[PERSON:Cheikh Ndiaye]], signature ok. Jërëjëf !
        """#,
        #"""
        INCIDENT REPORT – Galil Plastics Ltd., Karmiel plant – Form HS-3
        Date of incident: [[DATE:10.06.2025]] ([[DATE:י"ד בסיוון תשפ"ה]]), 14:20. Injured employee: [[PERSON:Yosef Mizrahi]] ([[PERSON:יוסף מזרחי]]), emp. no. [[EMPLOYEE_NUMBER:4471-KR]], machine operator, line 3.
        While clearing a jam on injection moulder #5 his left hand was caught: [[HEALTH_CONDITION:crush injury to the left index finger]] with a deep [[HEALTH_CONDITION:laceration]].
        First aid by shift leader [[PERSON:Olga Shapiro]]; taken by MDA ambulance to Galilee Medical Center, Nahariya.
        Witnesses: [[PERSON:Ahmad Kh.]] (emp. [[EMPLOYEE_NUMBER:3318-KR]]) and [[PERSON:Tzachi]] from maintenance.
        Karmiel police notified; officer [[PERSON:Daniel Peretz]], [[PHONE_NUMBER:04-9087412]]. Wife [[PERSON:Sigal]] informed at [[PHONE_NUMBER:050-7781203]].
        Report by: [[PERSON:Miriam Ben-Ami]], Safety Officer, [[DATE:11/06/2025]].
        """#,
        #"""
        ACHIMOTA OLD STUDENTS '98 YEAR GROUP – HEALTH WALK & BBQ, SAT [[DATE:26 APRIL]] – SIGN-UP LIST
        1. [[PERSON:Kwabena Asante-Darko]] – [[PHONE_NUMBER:024 412 3344]] – member no. [[MEMBER_NUMBER:AOSA-98-0117]] – T-shirt XL
        2. [[PERSON:Abena Serwaa Boateng]] – [[PHONE_NUMBER:0501234567]] – [[MEMBER_NUMBER:AOSA-98-0342]] – M, bringing her husband [[PERSON:Kofi]]
        3. [[PERSON:Sunday Okyere]] – [[PHONE_NUMBER:+233 20 881 4402]] – dues not yet paid – L
        4. [[PERSON:Blessing Adjei]] – [[PHONE_NUMBER:055 730 1188]] – [[MEMBER_NUMBER:AOSA-98-0291]] – can't walk far (recent [[HEALTH_CONDITION:knee replacement]]), will man the desk
        5. [[PERSON:Nana Yaw Oppong]] – [[EMAIL_ADDRESS:nanayaw.oppong@yahoo.co.uk]] – pick-up from [[STREET_ADDRESS:H/No. 14 Ablade Road, Kanda Estates, Accra – GA-081-2270]]
        MoMo for payment: [[PHONE_NUMBER:0244 118 907]] ([[PERSON:Efua]], treasurer). Deadline [[DATE:20/04]].
        """#,
        #"""
        From: [[PERSON:Tendai Moyo]] <[[EMAIL_ADDRESS:tendai.moyo@zimgrain.co.zw]]>
        Sent: Thursday, [[DATE:13 March 2025]] 08:47   To: [[PERSON:Precious Ncube]] <[[EMAIL_ADDRESS:pncube@gmail.com]]>
        Subject: FW: Staff transfer – [[PERSON:Gift Chikwanha]] (EC [[EMPLOYEE_NUMBER:ZG-2291]])
        [[PERSON:Precious]], see below from Kampala. Can he use the company flat at [[STREET_ADDRESS:Flat 3, 14 Fife Avenue, Harare]] until he finds a place?
        -----Original Message-----
        From: [[PERSON:Okello Patrick]] <[[EMAIL_ADDRESS:p.okello@eagrain.co.ug]]>   Sent: [[DATE:12 March 2025]] 17:03
        [[PERSON:Gift]] will report to Harare on [[DATE:1 April]]. He has [[HEALTH_CONDITION:asthma]], please note for the site medical.
        His Zim line will be [[PHONE_NUMBER:+263 77 214 5580]]; until then use [[PHONE_NUMBER:+256 772 418 905]]. Regards, [[PERSON:Patrick]]
        """#,
        #"""
        Telegram · «Смена – колл-центр Nur Aloqa»
        Супервайзер: Коллеги, на [[DATE:8 марта]] нужны 2 человека в вечернюю смену. Кто готов?
        Оператор 14 ([[PERSON:Дилноза]]): Men chiqaman, lekin [[DATE:9-mart]] kuni dam olishim kerak.
        Оператор 07: я не могу, у меня [[HEALTH_CONDITION:ангина]], справка до [[DATE:10.03]]
        [[PERSON:akmal_t]]: men ham bo'shman 👍 tabel raqamim [[EMPLOYEE_NUMBER:NA-0418]]
        Супервайзер: Спасибо, [[PERSON:Акмаль]] и [[PERSON:Дилноза]]. [[PERSON:Дилноза Рахимова]], ваш табельный [[EMPLOYEE_NUMBER:NA-0392]]?
        Оператор 14 ([[PERSON:Дилноза]]): да. И поменяйте номер в базе: [[PHONE_NUMBER:+998 90 123-45-67]], старый [[PHONE_NUMBER:93 481 22 07]] не работает.
        """#,
        #"""
        M.F. Axundov adına Azərbaycan Milli Kitabxanası – Oxucu qeydiyyat forması
        Soyadı, adı, atasının adı: [[PERSON:Məmmədova Leyla Rauf qızı]]   Doğum tarixi: [[DATE_OF_BIRTH:17.08.2001]]
        Oxucu bileti №: [[MEMBER_NUMBER:OB-2025-014471]]
        Ünvan: [[STREET_ADDRESS:Bakı ş., Nəsimi r-nu, Səməd Vurğun küç. 43, m. 18, AZ1014]]
        Mob.: [[PHONE_NUMBER:+994 50 312 44 18]]   Ev: [[PHONE_NUMBER:(012) 498 22 71]]   E-poçt: [[EMAIL_ADDRESS:leyla.mammadova01@mail.ru]]
        Zəmanət verən: [[PERSON:Məmmədov Rauf Həsən oğlu]] (atası), [[PHONE_NUMBER:055-418-22-90]]
        Qeydiyyat tarixi: [[DATE:3 fevral 2025]]   Kitabxanaçı: [[PERSON:S. Hüseynova]]
        """#,
        #"""
        COMPTE RENDU – Réunion mensuelle de l'Association des Ressortissants de Bafang à Douala, dimanche [[DATE:2 mars 2025]]
        Présidente : Mme [[PERSON:Ngo Mbock Odile]] ; secrétaire : M. [[PERSON:Tchoupo Kamdem Serge]]. 34 membres présents.
        1. Cotisations : [[PERSON:Fotso Jean-Pierre]] (n° [[MEMBER_NUMBER:ARBD-0117]]) et [[PERSON:Mbarga Emmanuel]] (n° [[MEMBER_NUMBER:ARBD-0242]]) ont 3 mois de retard.
        2. Assistance : 150 000 FCFA remis à la famille de [[PERSON:Pauline Nkeng]], hospitalisée à Laquintinie pour un [[HEALTH_CONDITION:AVC]].
        3. Prochaine réunion le [[DATE:6 avril]] chez le frère [[PERSON:Innocent Fokou]], [[STREET_ADDRESS:Rue Drouot, face boulangerie Zepol, Akwa, Douala]] (courrier : [[STREET_ADDRESS:BP 4125 Douala]]).
        Trésorier : [[PHONE_NUMBER:6 77 12 34 56]] ; groupe WhatsApp géré par [[PERSON:Serge]] : [[PHONE_NUMBER:+237 699 41 88 20]].
        English minutes for anglophone members will come from [[PERSON:Ndifor]] ([[EMAIL_ADDRESS:ndifor.achu@yahoo.com]]).
        """#,
    ]
}
