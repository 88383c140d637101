extension BlindTexts {
    /// A thirty-first set of clinical texts, written blind to DataGuard's rules: notes, letters, labs; 16 countries.
    static let thirtyFirstClinical: [String] = [
        #"""
        EMERGENCY DEPARTMENT – CLINICIAN NOTE (Irwell Valley Hospital, Majors B)
        Pt: [[PERSON:O'Sullivan-Hart, Bethany M.]]  DOB [[DATE_OF_BIRTH:14/02/1991]]  Seen 02:40 [[DATE:27/10/2024]]
        NHS No [[MEDICAL_RECORD_NUMBER:606 067 2612]]   Hosp no [[MEDICAL_RECORD_NUMBER:RM4 0918273]]
        Addr: [[STREET_ADDRESS:Flat 3, 41 Cavendish Road, Levenshulme, Manchester M19 2PL]]
        Mob [[PHONE_NUMBER:07700 900 418]]   NOK: partner [[PERSON:Dev Raghunathan]] – [[PHONE_NUMBER:0161 496 0732]]
        PC: came off bike approx 01:00, FOOSH R wrist, no LOC, no neck pain. Alcohol ~4 units.
        PMH: [[HEALTH_CONDITION:asthma]] (no ITU admissions), [[HEALTH_CONDITION:coeliac disease]].
        DH: [[HEALTH_CONDITION:Seretide]] 250 1 puff BD, [[HEALTH_CONDITION:salbutamol]] PRN. NKDA.
        O/E: swelling + tenderness anatomical snuffbox, neurovasc intact, GCS 15 throughout.
        XR wrist: no obvious # but clinically ?[[HEALTH_CONDITION:scaphoid fracture]] -> futura splint, analgesia.
        Safeguarding screen negative. Fracture clinic (VFC) [[DATE:29 Oct]] 10:15.
        Copy to GP, Dr [[PERSON:Fenella Marsh]], Burnage Lane Surgery.
        """#,
        #"""
        Klinikum Am Rheinbogen – Klinik für Innere Medizin II (Kardiologie), Station 4B
        Entlassungsbrief – vorab per Fax an Dr. med. [[PERSON:Ulrike Brandstätter]] ([[PHONE_NUMBER:0221 / 4 78 91-19]])
        Sehr geehrte Frau Kollegin,
        wir berichten über Herrn [[PERSON:Friedrich-Wilhelm von der Heyde]], geb. [[DATE_OF_BIRTH:03.09.1948]],
        wohnhaft [[STREET_ADDRESS:Lindenthalgürtel 58, 50935 Köln]], Fall-Nr. [[MEDICAL_RECORD_NUMBER:2024-118734]],
        KVNr. [[MEDICAL_RECORD_NUMBER:Q452723006]], stationär vom [[DATE:11.11.2024]] bis [[DATE:19.11.2024]].
        Diagnosen: [[HEALTH_CONDITION:NSTEMI]] bei [[HEALTH_CONDITION:koronarer Dreigefäßerkrankung]], PCI/DES RIVA;
        [[HEALTH_CONDITION:Diabetes mellitus Typ 2]].
        Entlassmedikation: [[HEALTH_CONDITION:Ticagrelor]] 90 mg 1-0-1, [[HEALTH_CONDITION:Metformin]] 500 mg 1-0-1;
        Plättchenhemmung, Statin und ACE-Hemmer unverändert. Wiedervorstellung in unserer Ambulanz in 6 Wochen.
        Die Ehefrau, Frau [[PERSON:Hannelore von der Heyde]], ist informiert (Tel. [[PHONE_NUMBER:+49 221 9 44 03 27]]).
        Mit freundlichen kollegialen Grüßen
        Dr. med. [[PERSON:Tarek Haddad]], Oberarzt
        """#,
        #"""
        Wattle Street Family Practice
        [[STREET_ADDRESS:Unit 2, 118 Brunswick St]]
        [[STREET_ADDRESS:Fitzroy VIC 3065]]
        Ph [[PHONE_NUMBER:(03) 7010 4821]]
        [[DATE:4 December 2024]]
        Dr [[PERSON:Priya Venkataraman]], Endocrinologist, Collingwood
        Re: Mr [[PERSON:Tama Fonoti-Walsh]], DOB [[DATE_OF_BIRTH:19/07/1983]], Mob [[PHONE_NUMBER:0491 570 113]]
        [[STREET_ADDRESS:14 Gleadell St, Richmond VIC 3121]]   Medicare [[MEDICAL_RECORD_NUMBER:2523 17693 5 1]]
        Dear [[PERSON:Priya]], thanks for seeing this 41yo tradie with newly dx [[HEALTH_CONDITION:type 1 diabetes]]
        (GAD Abs +ve, HbA1c 9.8%). Started [[HEALTH_CONDITION:Optisulin]] 10 units nocte on [[DATE:28/11/2024]].
        Also has [[HEALTH_CONDITION:depression]], well controlled on [[HEALTH_CONDITION:sertraline]] 50 mg.
        Drives a forklift at work - pls advise re hypos and his licence.
        Kind regards,
        Dr [[PERSON:Callum O'Rourke]]
        """#,
        #"""
        डिस्चार्ज सारांश — ज़िला चिकित्सालय, लखनऊ (मेडिसिन वार्ड 3)
        मरीज़ का नाम: श्रीमती [[PERSON:कमला देवी यादव]]   आयु: 58 वर्ष   लिंग: स्त्री
        UHID: [[MEDICAL_RECORD_NUMBER:LKO/2024/0457812]]   IPD नं.: [[MEDICAL_RECORD_NUMBER:IP-24-19836]]
        आधार: [[NATIONAL_ID:9391 3846 6702]]   ABHA नं.: [[MEDICAL_RECORD_NUMBER:91-4728-3365-1047]]
        पता: [[STREET_ADDRESS:मकान नं. 112/7, गली नं. 3, आलमबाग, लखनऊ, उत्तर प्रदेश – 226005]]
        मोबाइल: [[PHONE_NUMBER:+91 94150 27638]] (बेटा [[PERSON:राजेश यादव]])
        भर्ती तिथि: [[DATE:02/09/2024]]     छुट्टी तिथि: [[DATE:09/09/2024]]
        निदान: [[HEALTH_CONDITION:डेंगू बुखार]] (NS1 पॉज़िटिव) साथ में [[HEALTH_CONDITION:थ्रोम्बोसाइटोपेनिया]];
        पुराना [[HEALTH_CONDITION:उच्च रक्तचाप]]
        उपचार: IV फ़्लूइड, रोज़ाना प्लेटलेट जाँच; [[HEALTH_CONDITION:एम्लोडिपिन]] 5 mg जारी रखें।
        छुट्टी के समय: बुखार नहीं, प्लेटलेट 1.1 लाख। दर्द/बुखार हेतु केवल पैरासिटामोल, कोई NSAID नहीं।
        फ़ॉलो-अप: [[DATE:16/09/2024]] को OPD कक्ष 14 में डॉ. [[PERSON:अनुराधा मिश्रा]] (MD मेडिसिन) से मिलें।
        हस्ताक्षर: डॉ. [[PERSON:एस. के. त्रिपाठी]], रेज़िडेंट
        """#,
        #"""
        診療情報提供書                                        [[DATE:令和6年10月15日]]
        さくら台総合病院 整形外科  [[PERSON:森田 健一]] 先生 御侍史
        紹介元：みどり内科クリニック 院長 [[PERSON:高橋 由美子]]
        [[STREET_ADDRESS:〒164-0001 東京都中野区中野5丁目32番8号 ミドリビル2階]]
        TEL [[PHONE_NUMBER:03-5318-7742]]
        患者氏名：[[PERSON:佐々木 美穂]]（[[PERSON:ササキ ミホ]]）様　女性　生年月日：[[DATE_OF_BIRTH:昭和52年6月3日]]（47歳）
        住所：[[STREET_ADDRESS:東京都杉並区高円寺北3-21-14-203]]　電話：[[PHONE_NUMBER:090-4418-2296]]
        当院ID：[[MEDICAL_RECORD_NUMBER:0047-2819]]　被保険者証 記号・番号：[[MEDICAL_RECORD_NUMBER:8031・1142]]
        傷病名：[[HEALTH_CONDITION:右変形性膝関節症]]、[[HEALTH_CONDITION:骨粗鬆症]]、[[HEALTH_CONDITION:高血圧症]]
        紹介目的：精査・加療のお願い
        経過：本年夏頃より右膝痛が増悪し、単純X線で内側関節裂隙の狭小化を認めました。
        現処方：ロキソプロフェン60mg 頓用、[[HEALTH_CONDITION:アレンドロン酸]]35mg 週1回、[[HEALTH_CONDITION:アムロジピン]]5mg 1日1回。
        ご多忙のところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。
        """#,
        #"""
        ATESTADO MÉDICO
        Atesto, para os devidos fins, que o Sr. [[PERSON:Luiz Henrique dos Santos Figueiredo]],
        nascido em [[DATE_OF_BIRTH:22/08/1982]], CPF [[NATIONAL_ID:265.756.129-20]], RG [[NATIONAL_ID:32.418.905-7]],
        Cartão SUS [[MEDICAL_RECORD_NUMBER:898 0042 3716 5528]], residente à
        [[STREET_ADDRESS:Rua das Acácias, 212, apto 31 – Pinheiros, São Paulo – SP, CEP 05422-010]],
        foi atendido nesta unidade em [[DATE:14/03/2025]], às 09h20, necessitando de afastamento de suas atividades
        laborais por 05 (cinco) dias, a partir desta data, até [[DATE:18/03/2025]] inclusive.
        Diagnóstico informado com autorização do paciente: [[HEALTH_CONDITION:influenza A]]. Paciente portador de
        [[HEALTH_CONDITION:asma brônquica]]; prescrito [[HEALTH_CONDITION:oseltamivir]] 75 mg de 12/12 h por 5 dias.
        Contato do paciente: [[PHONE_NUMBER:(11) 98765-4321]]; e-mail [[EMAIL_ADDRESS:luiz.figueiredo82@uol.com.br]].
        São Paulo, [[DATE:14 de março de 2025]].
        Dra. [[PERSON:Mariana Okamoto Ribeiro]] – Clínica Médica
        UBS Vila Madalena – [[STREET_ADDRESS:Rua Girassol, 1090 – Vila Madalena, São Paulo – SP]]
        """#,
        #"""
        LAKESHORE MUTUAL HEALTH PLAN – MEMBER CLAIM FORM (OUT-OF-NETWORK REIMBURSEMENT)
        Member name: [[PERSON:Delgado, Marisol J.]]    Member ID: [[MEMBER_NUMBER:LMH-448120937-02]]
        SSN: [[US_SSN:512-48-3307]]    DOB: [[DATE_OF_BIRTH:06/30/1979]]    Phone: [[PHONE_NUMBER:(312) 555-0187]]
        Address: [[STREET_ADDRESS:2214 N. Kedzie Blvd, Apt 3R, Chicago, IL 60647]]    Group #: 77310
        Patient (if dependent): [[PERSON:Mateo Delgado-Finch]], son, DOB [[DATE_OF_BIRTH:11/02/2012]]
        Date(s) of service: [[DATE:01/14/2025]] – [[DATE:01/16/2025]]
        Provider: [[PERSON:Hannah Oyelaran]], PsyD    Provider chart #: [[MEDICAL_RECORD_NUMBER:CH-20931]]
        Diagnosis: [[HEALTH_CONDITION:ADHD, combined presentation]]; [[HEALTH_CONDITION:generalized anxiety disorder]]
        Current meds: [[HEALTH_CONDITION:Concerta]] 27 mg qAM, [[HEALTH_CONDITION:guanfacine ER]] 1 mg qHS
        Direct deposit: routing [[US_ROUTING_NUMBER:039566324]]   checking acct [[US_BANK_ACCOUNT:1121822658]]
        Charge any balance to card [[CREDIT_CARD:4346 8960 4139 6843]] exp 08/27
        Send EOB to: [[EMAIL_ADDRESS:marisol.delgado@fastmail.com]]
        I certify the information above is true and complete.
        Signature: ______________________      Date: [[DATE:02/03/2025]]
        """#,
        #"""
        Northshore Occupational Health Services
        [[STREET_ADDRESS:300-1455 Bay Street, Toronto, ON  M5R 2J6]]
        Tel [[PHONE_NUMBER:416-555-0143]]  |  Fax [[PHONE_NUMBER:416-555-0199]]
        [[DATE:March 7, 2025]]        CONFIDENTIAL – Return-to-Work Assessment
        To: [[PERSON:Gurpreet Sandhu]], HR Business Partner, Tamarack Logistics Ltd.
        Re: [[PERSON:Jean-Baptiste Tremblay]]   Employee #: [[EMPLOYEE_NUMBER:TL-004417]]
        OHIP: [[MEDICAL_RECORD_NUMBER:5396-162-710-KT]]   DOB: [[DATE_OF_BIRTH:1986-10-21]]
        Mr [[PERSON:Tremblay]] was seen on [[DATE:March 5, 2025]]. Since a fall at work on [[DATE:January 22, 2025]]
        he has had a [[HEALTH_CONDITION:lumbar disc herniation]] (L4-L5). Physiotherapy completed; he takes
        [[HEALTH_CONDITION:pregabalin]] 75 mg at night. Also has [[HEALTH_CONDITION:obstructive sleep apnea]] (CPAP).
        Fit for modified duties from [[DATE:March 17, 2025]]: no lifting over 10 kg, no forklift while on sedating
        medication, 6-hour shifts for two weeks, then reassessment.
        Questions: [[EMAIL_ADDRESS:a.nakamura-leblanc@northshore-oh.ca]] or ext. 214.
        Dr [[PERSON:Akiko Nakamura-LeBlanc]], MD, CCFP
        """#,
        #"""
        ГБУЗ СО «Городская поликлиника № 7», г. Екатеринбург
        ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ АМБУЛАТОРНОГО БОЛЬНОГО (ф. 027/у)
        Ф.И.О.: [[PERSON:Кузнецова Ольга Викторовна]]     Дата рождения: [[DATE_OF_BIRTH:08.05.1971]]
        Адрес: [[STREET_ADDRESS:620014, г. Екатеринбург, ул. Малышева, д. 51, кв. 117]]
        Тел.: [[PHONE_NUMBER:+7 (912) 604-38-15]]     СНИЛС: [[NATIONAL_ID:118-230-739 35]]
        Полис ОМС: [[MEDICAL_RECORD_NUMBER:6651 8920 4417 3302]]     № карты: [[MEDICAL_RECORD_NUMBER:А-17/4482]]
        Паспорт: [[NATIONAL_ID:65 19 482731]], выдан ГУ МВД России по Свердловской обл.
        Находилась на лечении в дневном стационаре с [[DATE:04.02.2025]] по [[DATE:18.02.2025]].
        Диагноз: [[HEALTH_CONDITION:Внебольничная правосторонняя нижнедолевая пневмония]], нетяжёлое течение.
        Сопутствующий: [[HEALTH_CONDITION:Сахарный диабет 2 типа]].
        Рекомендовано: [[HEALTH_CONDITION:метформин]] 1000 мг/сут продолжить;
        контрольная рентгенография органов грудной клетки [[DATE:04.03.2025]].
        Лечащий врач: [[PERSON:Абрамян Г. С.]]          Дата выдачи: [[DATE:19.02.2025]]
        """#,
        #"""
        CSM Retiro – Nota de evolución (Psicología Clínica)
        Paciente: [[PERSON:Álvaro Fernández de Córdoba Ruiz]]   NHC: [[MEDICAL_RECORD_NUMBER:0913457]]
        CIPA: [[MEDICAL_RECORD_NUMBER:FRRL760512314019]]   DNI: [[NATIONAL_ID:75186570F]]
        F. nac.: [[DATE_OF_BIRTH:12/05/1976]]   Tlf.: [[PHONE_NUMBER:612 48 93 07]]
        Domicilio: [[STREET_ADDRESS:C/ del Doctor Esquerdo, 88, 4º izda., 28007 Madrid]]
        Fecha: [[DATE:21-01-2025]]   Sesión n.º 6   Terapeuta: [[PERSON:Nerea Goikoetxea]]
        S: Refiere mejoría del ánimo desde el ajuste de [[HEALTH_CONDITION:escitalopram]] a 15 mg
        (pautado por el Dr. [[PERSON:Llorente]] el [[DATE:2 de diciembre]]). Persisten rumiaciones sobre la separación;
        duerme 5-6 h. Niega ideación autolítica.
        O: Leve hipotimia, discurso coherente, buen contacto.
        A: [[HEALTH_CONDITION:Trastorno depresivo mayor, episodio único, moderado]], en remisión parcial.
        Antecedente de [[HEALTH_CONDITION:trastorno por consumo de alcohol]] (abstinente desde 2022).
        P: Continuar TCC quincenal. Próxima cita [[DATE:4 feb]] a las 12:30.
        Contacto en crisis: su hermana [[PERSON:Macarena]], [[PHONE_NUMBER:+34 655 201 774]].
        """#,
        #"""
        عيادة الابتسامة الذهبية لطب الأسنان – دبي
        ملاحظة سريرية – زيارة بتاريخ [[DATE:١٢/٠٢/٢٠٢٥]]
        اسم المريضة: [[PERSON:مريم عبد الله الكعبي]]     تاريخ الميلاد: [[DATE_OF_BIRTH:1987/04/09]]
        رقم الهوية الإماراتية: [[NATIONAL_ID:784-1987-3400998-2]]     رقم الملف: [[MEDICAL_RECORD_NUMBER:DXB-DN-55871]]
        بطاقة التأمين الصحي: [[MEDICAL_RECORD_NUMBER:NAS-88123945-01]]
        الهاتف: [[PHONE_NUMBER:+971 50 318 4472]]     البريد: [[EMAIL_ADDRESS:maryam.k87@emirates-mail.ae]]
        العنوان: [[STREET_ADDRESS:فيلا 23، شارع 14ب، الورقاء 3، دبي]]
        التاريخ الطبي: [[HEALTH_CONDITION:ربو]] (تستخدم [[HEALTH_CONDITION:فنتولين]] عند الحاجة).
        [[HEALTH_CONDITION:حمل]] في الأسبوع 20 – تمت مراجعة طبيبة النساء.
        الشكوى: ألم في الضرس السفلي الأيسر منذ ثلاثة أيام يزداد مع البارد.
        الفحص: [[HEALTH_CONDITION:تسوس عميق]] في السن 36 مع [[HEALTH_CONDITION:التهاب لب السن غير العكوس]].
        الخطة: تخدير موضعي بدون أدرينالين، بدء علاج العصب، وتأجيل الأشعة إلا للضرورة القصوى.
        الموعد القادم: [[DATE:26 فبراير 2025]] الساعة 4:30 مساءً – د. [[PERSON:سامر حداد]]
        """#,
        #"""
        Ward 7 Gen Med – ISBAR handover, night -> AM, [[DATE:15/03/25]]
        Bed 12: [[PERSON:Hemi Tautahi-Rāwiri]], 74M, NHI [[MEDICAL_RECORD_NUMBER:FCB3731]]
          S: adm via ED w/ [[HEALTH_CONDITION:infective exacerbation of COPD]]; 2L NP, sats 89-92% (target 88-92).
          B: [[HEALTH_CONDITION:AF]] on [[HEALTH_CONDITION:dabigatran]], [[HEALTH_CONDITION:T2DM]] (diet), ex-smoker.
          Lives w/ wife [[PERSON:Mere]], [[STREET_ADDRESS:27 Kōwhai Road, Ōtāhuhu, Auckland 1062]].
          A/R: nebs 4-hrly, [[HEALTH_CONDITION:prednisone]] day 3/5, physio to see today.
        Bed 14: [[PERSON:Siobhan McAlister]] ("Shiv"), 31F, NHI [[MEDICAL_RECORD_NUMBER:VEU8183]]
          Day 2 post lap chole. [[HEALTH_CONDITION:T1DM]]: pump off, [[HEALTH_CONDITION:insulin]] infusion per protocol.
          Partner [[PERSON:Jordan]] rang at 0300 – pls call [[PHONE_NUMBER:021 448 3917]] before ward round.
        Bed 15: 88F, confused overnight, pulled IVL x2 – 1:1 sitter requested, see med reg note.
        Handed over 0700, all obs charted.
        """#,
        #"""
        [비대면 진료 기록] 한빛가정의학과의원 | 진료일 [[DATE:2025.01.09]] | 접속 IP [[IP_ADDRESS:121.167.48.203]]
        환자: [[PERSON:박지현]] | 생년월일 [[DATE_OF_BIRTH:1988-04-17]] | 환자번호 [[MEDICAL_RECORD_NUMBER:HB-0052219]]
        [14:02] 환자: 안녕하세요 [[PERSON:박지현]]입니다. 주민번호 [[NATIONAL_ID:880417-2708385]] 입력했어요
        [14:02] 의사 [[PERSON:정민호]]: 네 [[PERSON:지현]]님, 본인 확인됐습니다. 어떤 증상으로 오셨나요?
        [14:03] 환자: 어제부터 소변볼 때 너무 아프고 자주 마려워요ㅠ 작년에도 [[HEALTH_CONDITION:방광염]] 걸렸었어요
        [14:04] 의사: 임신 가능성 있으신가요? 드시는 약은요?
        [14:05] 환자: 아니요~ [[HEALTH_CONDITION:갑상선기능저하증]] 때문에 [[HEALTH_CONDITION:씬지로이드]] 하나 먹어요
        [14:07] 의사: [[HEALTH_CONDITION:급성 단순 방광염]]으로 보입니다. 항생제 3일분 처방드릴게요. 약국은 어디로 보낼까요?
        [14:08] 환자: [[STREET_ADDRESS:서울특별시 마포구 월드컵북로12길 34, 201호]] 근처요. 연락처 [[PHONE_NUMBER:010-7394-2861]]
        [14:09] 의사: 건강보험증 번호 [[MEDICAL_RECORD_NUMBER:5-2317780431]]로 조회되어 처방전 전송했습니다.
        [14:10] 환자: 감사합니다 ㅎㅎ 이메일로도 받을 수 있을까요? [[EMAIL_ADDRESS:jihyun.park88@naver.com]]
        [14:11] 의사: 네 보내드렸어요. 3일 후에도 열나거나 옆구리 아프면 바로 내원하세요.
        """#,
        #"""
        LABORATORIUM DIAGNOSTYCZNE „MEDILAB-POMORZE” – SPRAWOZDANIE Z BADANIA
        Pacjent: [[PERSON:Katarzyna Wiśniewska-Nowak]]     PESEL: [[NATIONAL_ID:79112376280]]
        Data ur.: [[DATE_OF_BIRTH:23.11.1979]]   Płeć: K   Nr karty: [[MEDICAL_RECORD_NUMBER:GD/2025/031874]]
        Adres: [[STREET_ADDRESS:ul. Długie Ogrody 12/4, 80-765 Gdańsk]]     Tel.: [[PHONE_NUMBER:+48 601 234 587]]
        Zlecający: lek. [[PERSON:Marek Żurawski]], POZ Przymorze     Pobrano: [[DATE:10.03.2025]] 07:45
        Rozpoznanie: [[HEALTH_CONDITION:ciąża 14 tc]], [[HEALTH_CONDITION:niedoczynność tarczycy]]
        Badanie            Wynik       Jedn.      Zakres ref.
        TSH                3,84  ↑     µIU/ml     0,27–2,50 (I trym.)
        FT4                13,1        pmol/l     12,0–22,0
        Hemoglobina        10,9  ↓     g/dl       11,0–14,0
        Ferrytyna          9     ↓     ng/ml      15–150
        Komentarz: obraz może odpowiadać [[HEALTH_CONDITION:niedokrwistości z niedoboru żelaza]].
        Pacjentka przyjmuje [[HEALTH_CONDITION:Euthyrox N 75]]; zalecana konsultacja lekarza prowadzącego ciążę.
        Autoryzowała: mgr [[PERSON:Agnieszka Kołodziej]], diagnosta laboratoryjny. Wydruk: [[DATE:11.03.2025]]
        """#,
        #"""
        Dr [[PERSON:N. P. Mahlangu]] – General Practitioner
        [[STREET_ADDRESS:Shop 6, Hatfield Square, 1115 Burnett Street, Hatfield, Pretoria 0083]]
        Tel [[PHONE_NUMBER:012 362 4471]] · Cell [[PHONE_NUMBER:082 551 0934]]
        Email [[EMAIL_ADDRESS:reception@mahlangu-gp.co.za]]
        MEDICAL CERTIFICATE OF ILLNESS / FITNESS FOR WORK
        I, Dr [[PERSON:Nomvula Mahlangu]], certify that I examined Mr [[PERSON:Pieter-Jan van der Merwe]],
        ID no. [[NATIONAL_ID:8402096362082]], employee no. [[EMPLOYEE_NUMBER:ESK-21874]], on [[DATE:3 June 2025]].
        Medical aid no.: [[MEDICAL_RECORD_NUMBER:DH 4417 2290 01]]
        In my opinion he was unfit for duty from [[DATE:2 June 2025]] to [[DATE:6 June 2025]] inclusive,
        and will be fit to resume normal duties on [[DATE:9 June 2025]].
        Nature of illness (disclosed with patient's written consent): [[HEALTH_CONDITION:acute gastroenteritis]]
        with dehydration. Known [[HEALTH_CONDITION:epilepsy]], on [[HEALTH_CONDITION:lamotrigine]];
        advise no work at heights until reviewed by his neurologist.
        Signed: ____________________
        """#,
        #"""
        Pharmacie du Marché – [[STREET_ADDRESS:7, place du Marché-Neuf, 67000 Strasbourg]]
        Tél. [[PHONE_NUMBER:03 88 32 41 70]] – opinion pharmaceutique du [[DATE:17/04/2025]]
        À : Dr [[PERSON:Élodie Marchal-Benslimane]], médecin traitant
        [[EMAIL_ADDRESS:elodie.marchal@medecin.mssante.fr]]
        Patient : M. [[PERSON:Jean-Louis Kieffer]], né le [[DATE_OF_BIRTH:02/12/1949]]
        [[STREET_ADDRESS:14 rue des Tonneliers, 67000 Strasbourg]] – Tél. [[PHONE_NUMBER:06 71 28 45 93]]
        N° dossier officine : [[MEDICAL_RECORD_NUMBER:PHM-008214]]
        Chère consœur,
        M. [[PERSON:Kieffer]] présente ce jour votre ordonnance pour une [[HEALTH_CONDITION:pneumopathie]] :
        [[HEALTH_CONDITION:clarithromycine]] 500 mg x 2/j, alors qu'il est sous [[HEALTH_CONDITION:Xarelto]] 20 mg
        pour une [[HEALTH_CONDITION:fibrillation auriculaire]] ; l'association majore le risque hémorragique.
        Il est aussi traité pour une [[HEALTH_CONDITION:maladie de Parkinson]] ([[HEALTH_CONDITION:Modopar]] 125).
        Pourriez-vous envisager une autre classe d'antibiotique ? Je reste joignable au comptoir.
        Bien confraternellement, [[PERSON:Camille Rohmer]], docteur en pharmacie
        """#,
    ]

    /// A thirty-first set of everyday texts, written blind to DataGuard's rules: forms, chats, mail; 16 countries.
    static let thirtyFirstEveryday: [String] = [
        #"""
        Brightwater Foods, Inc. – PAYROLL DIRECT DEPOSIT AUTHORIZATION (Form PR-12, rev. 2024)
        Employee name: [[PERSON:Tyrone K. Washington]]          Employee ID: [[EMPLOYEE_NUMBER:BWF-20814]]
        SSN: [[US_SSN:609-27-1854]]          Date of birth: [[DATE_OF_BIRTH:09/14/1990]]
        Home address: [[STREET_ADDRESS:4417 Magnolia Ave, Apt B]]
                      [[STREET_ADDRESS:Memphis, TN 38117]]
        Cell: [[PHONE_NUMBER:901.555.0162]]     Personal email: [[EMAIL_ADDRESS:tkwashington90@gmail.com]]
        PRIMARY – First Delta Credit Union     [x] Checking     80% of net pay
          Routing (ABA): [[US_ROUTING_NUMBER:187990499]]     Account: [[US_BANK_ACCOUNT:902390841724]]
        SECONDARY – Riverbend Bank     [x] Savings     remainder
          Routing (ABA): [[US_ROUTING_NUMBER:087594584]]     Account: [[US_BANK_ACCOUNT:095494134]]
        Effective with pay date: [[DATE:03/28/2025]]
        I authorize Brightwater Foods to deposit my pay as above and to reverse any amount deposited in error.
        Employee signature: [[PERSON:Tyrone Washington]]          Date: [[DATE:03/17/2025]]
        """#,
        #"""
        UNITED FOOD & RETAIL WORKERS UNION – MEMBER'S GRIEVANCE FORM (STAGE 1)
        Member: [[PERSON:Leanne Prichard]]     Membership no.: [[MEMBER_NUMBER:UFRW 0048 3391]]
        Branch: Cardiff Bay 3     Employer: Valecrest Supermarkets plc (Newport Road store)
        Staff/payroll no.: [[EMPLOYEE_NUMBER:VC-771042]]     DOB: [[DATE_OF_BIRTH:05.08.1987]]
        NI number: [[NATIONAL_ID:JT 48 29 17 C]]     Tel: [[PHONE_NUMBER:07700 900 265]]
        Home address: [[STREET_ADDRESS:22 Clifton Street, Adamsdown, Cardiff CF24 1LS]]
        Email: [[EMAIL_ADDRESS:leanne.prichard87@btinternet.com]]
        Details: On [[DATE:14 January 2025]] my line manager [[PERSON:Gareth Llewellyn]] refused my request
        for reasonable adjustments (a stool at the till, short regular breaks) that my GP recommended for my
        [[HEALTH_CONDITION:fibromyalgia]]. He said in front of a colleague that "everyone gets tired", then moved me
        to the freezer section from [[DATE:20/01/25]]. I also have [[HEALTH_CONDITION:dyslexia]] – no written rota yet.
        Outcome sought: adjustments as per OH report of [[DATE:2 December 2024]], an apology, rota change.
        Rep: [[PERSON:Dafydd ap Rhys]], [[PHONE_NUMBER:029 2018 0447]]     Received at branch office.
        """#,
        #"""
        [[PERSON:Niamh Ó Súilleabháin]]
        [[STREET_ADDRESS:Apartment 14, Block C, Marianella Court]]
        [[STREET_ADDRESS:Rathgar, Dublin 6, D06 K7W2]]
        [[DATE:9 April 2025]]
        Re: Rent review – [[STREET_ADDRESS:31 Harold's Cross Road, Dublin 6W, D6W Y2N8]]
        Dear [[PERSON:Conor Fitzgerald]] and [[PERSON:Aoife Nwachukwu-Byrne]],
        As your landlord, I'm giving you the statutory 90 days' notice of a rent review from [[DATE:8 July 2025]],
        in line with the RPZ cap; the new figure and calculation will follow on the RTB form.
        For your Rent Tax Credit claims, Revenue may ask for my PPSN: it is [[NATIONAL_ID:2623448WA]].
        [[PERSON:Aoife]], sorry about your [[HEALTH_CONDITION:broken ankle]]. [[PERSON:Séamus]] will fit the stair
        handrail on [[DATE:22 April]] in the morning, if that suits.
        Ring me on [[PHONE_NUMBER:087 214 6630]] or email [[EMAIL_ADDRESS:niamh.osullivan.lettings@eircom.net]].
        Is mise le meas,
        [[PERSON:Niamh Ó Súilleabháin]]
        """#,
        #"""
        HEALTH & COMMUNITY WORKERS UNION (VIC BRANCH) – MEMBERSHIP APPLICATION & CARD REQUEST
        Surname: [[PERSON:NGUYEN]]    Given names: [[PERSON:Thi Lan Anh]]    Preferred name: Annie
        DOB: [[DATE_OF_BIRTH:27/11/1995]]    Member no. (office use): [[MEMBER_NUMBER:HCW-2025-118734]]
        Residential: [[STREET_ADDRESS:5/19 Ferguson Street, Williamstown VIC 3016]]
        Postal: [[STREET_ADDRESS:PO Box 882, Footscray VIC 3011]]
        Mobile: [[PHONE_NUMBER:0491 570 156]]    Email: [[EMAIL_ADDRESS:annie.nguyen.95@bigpond.com]]
        Employer: Westgate Aged Care, Altona North    Payroll no.: [[EMPLOYEE_NUMBER:004512]]    Role: PCA
        Disability/health condition you'd like us to know about? [x] Yes – [[HEALTH_CONDITION:hearing loss]] (left ear)
        I authorise fortnightly payroll deduction of union dues.    Signed: ✔    Date: [[DATE:02/05/2025]]
        ------------------------------------------------------------------
        MEMBER CARD  |  [[PERSON:ANNIE NGUYEN]]  |  No. [[MEMBER_NUMBER:HCW-2025-118734]]
        Issued [[DATE:9 May 2025]]  |  Valid to [[DATE:30 June 2026]]
        """#,
        #"""
        Ticket INC-0048213 | P2 | Opened [[DATE:2025-02-11]] 09:14 SGT | Category: Access > VPN/MFA
        Requester: [[PERSON:Tan Wei Ling]] (Finance), Emp ID [[EMPLOYEE_NUMBER:E10428]]
        Email: [[EMAIL_ADDRESS:weiling.tan@harbourfront-cap.com.sg]]
        HP [[PHONE_NUMBER:+65 9123 4870]]   Desk [[PHONE_NUMBER:6221 0458]]
        User says: "changed phone last wk, new no is [[PHONE_NUMBER:8765 2019]]. payroll portal keeps asking
        me to re-verify NRIC [[NATIONAL_ID:S4870732G]] then says session expired lol. also corp card
        [[CREDIT_CARD:5444 2666 8811 8926]] got blocked?? pls help"
        Logs: failed logins from [[IP_ADDRESS:203.116.42.19]] (home ISP) and [[IP_ADDRESS:10.20.4.117]] (office DHCP);
        1 attempt from [[IP_ADDRESS:91.240.118.52]] flagged (credential stuffing), passed to SecOps.
        Work notes ([[PERSON:Priya d/o Selvam]]): identity verified via callback; MFA re-enrolled; card -> Finance.
        AD account unlocked, sessions revoked. User's home router IPv6: [[IP_ADDRESS:2001:db8:4f2a::17]]
        Token couriered to: [[STREET_ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1147, Singapore 560412]]
        Status: Resolved.
        """#,
        #"""
        CURRICULUM VITAE
        [[PERSON:CHIDINMA ADAEZE OKONKWO-BELLO]]
        [[STREET_ADDRESS:Flat 4B, 17 Adeola Odeku Street, Victoria Island, Lagos]]
        [[PHONE_NUMBER:+234 803 412 7765]] | [[PHONE_NUMBER:0809 551 2083]]
        [[EMAIL_ADDRESS:chidinma.okonkwobello@yahoo.com]]
        Date of Birth: [[DATE_OF_BIRTH:12th March 1993]]   State of Origin: Anambra   NIN: [[NATIONAL_ID:47219380516]]
        PROFILE: Chartered accountant (ACA) with 8 years in tax advisory and external audit.
        EXPERIENCE
        2019 – date   Senior Associate, Tax – Adebayo & Partners, Ikeja
        2016 – 2019   Audit Trainee – Ezeani Okafor & Co., Enugu
        EDUCATION     B.Sc. Accounting (First Class), University of Nigeria, Nsukka, 2015
        REFEREES
        1. Mr [[PERSON:Olumide Fashola]], Partner – [[PHONE_NUMBER:0802 334 9187]]
           [[EMAIL_ADDRESS:o.fashola@adebayopartners.ng]]
        2. Dr (Mrs) [[PERSON:Ngozi Eze]], Senior Lecturer – [[PHONE_NUMBER:+234 706 118 2290]]
        """#,
        #"""
        From: [[PERSON:Melissa Okafor-Lindqvist]] <[[EMAIL_ADDRESS:mel.okaforlindqvist@shaw.ca]]>
        To: Mr. [[PERSON:Desrosiers]] <[[EMAIL_ADDRESS:p.desrosiers@glenbrook-elem.ab.ca]]>
        Sent: [[DATE:Sept 3, 2025]] 7:12 AM
        Subject: Gr. 4 – allergy + pickup info
        Hi, just a few things before [[PERSON:Ezra]] starts this week!
        He has a [[HEALTH_CONDITION:severe peanut allergy]] – [[HEALTH_CONDITION:EpiPen Jr]] is in his backpack
        (front pocket), 2nd one at the office. He also has [[HEALTH_CONDITION:mild asthma]], puffer as needed.
        For the form: AB Health Care no. [[MEDICAL_RECORD_NUMBER:41872-3305]], born [[DATE_OF_BIRTH:2016-01-30]].
        Pickup: me or his grandma [[PERSON:Birgitta Lindqvist]] ([[PHONE_NUMBER:403-555-0128]]).
        NOT his dad – the custody order from [[DATE:June 12, 2024]] is on file with the office.
        New address: [[STREET_ADDRESS:1142 Edgemont Blvd NW, Calgary, AB T3A 2K7]]
        Thanks so much! Cell [[PHONE_NUMBER:(587) 555-0174]] if anything comes up.
        [[PERSON:Mel]]
        """#,
        #"""
        ———— [[DATE:10 de junio de 2025]] ————
        11:42 Paquetería Rápida MX: Buen día, su paquete va en ruta. ¿Me confirma la dirección de entrega?
        11:45 [[PERSON:lucía g]]: hola si!! es [[STREET_ADDRESS:Av. Insurgentes Sur 1602, int. 4]],
        [[STREET_ADDRESS:Col. Crédito Constructor, Benito Juárez, 03940 CDMX]]
        11:46 Paquetería Rápida MX: Es envío asegurado: nombre completo de quien recibe y CURP, porfa.
        11:49 [[PERSON:lucía g]]: [[PERSON:Lucía García Ramírez]], CURP [[NATIONAL_ID:GARL870215MDFRMC08]]
        si no estoy lo recibe mi vecina doña [[PERSON:Tere]] del depto 3
        11:50 Paquetería Rápida MX: Ok. El repartidor [[PERSON:Jorge]] le marca al [[PHONE_NUMBER:55 2314 8876]]
        11:51 [[PERSON:lucía g]]: mejor a este [[PHONE_NUMBER:+52 1 55 4182 0937]] jaja el otro es del trabajo
        11:53 [[PERSON:lucía g]]: y va refrigerado, es mi [[HEALTH_CONDITION:insulina]] ([[HEALTH_CONDITION:Lantus]]) 🙏
        11:56 Paquetería Rápida MX: Ok. Cliente [[MEMBER_NUMBER:CLI-00982371]], entrega [[DATE:11 de junio]], 9–14 h.
        """#,
        #"""
        【在线客服】会话编号 CS20250318-00417   日期：[[DATE:2025年3月18日]]   客服工号：[[EMPLOYEE_NUMBER:8812]]
        客服：您好，这里是云帆通信在线客服，请问有什么可以帮您？
        用户：你好，我要办携号转网，号码是 [[PHONE_NUMBER:139 1720 4685]]
        客服：好的，为核实身份，请提供机主姓名和身份证号码。
        用户：[[PERSON:陈晓雯]]，身份证 [[NATIONAL_ID:310115199108067340]]
        客服：谢谢[[PERSON:陈]]女士。系统显示您的账户 [[MEMBER_NUMBER:YF-8823019457]] 还有一笔宽带费 ¥68.00 未结清。
        用户：宽带地址是[[STREET_ADDRESS:上海市浦东新区张杨路1588弄12号602室]]，去年就搬走了啊
        客服：明白，请问新的联系地址是？
        用户：[[STREET_ADDRESS:上海市徐汇区漕溪北路375号3号楼1101室，邮编200030]]
        用户：另外我在做[[HEALTH_CONDITION:乳腺癌]]化疗，没办法去营业厅，能线上办吗？
        客服：非常理解，已为您开通线上绿色通道，本次登录IP [[IP_ADDRESS:101.88.213.46]] 已完成人脸核验。
        用户：好的，结果发我邮箱 [[EMAIL_ADDRESS:chenxw0806@163.com]]
        客服：好的，预计[[DATE:3月21日]]前办结，届时短信通知您。祝您早日康复！
        """#,
        #"""
        Από: [[PERSON:Ελένη Παπαδοπούλου]] <[[EMAIL_ADDRESS:e.papadopoulou82@gmail.com]]>
        Προς: Γραμματεία 3ου Δημοτικού Σχολείου Αμπελοκήπων
        Ημερομηνία: Τρίτη, [[DATE:9 Σεπτεμβρίου 2025]]
        Θέμα: Εγγραφή – [[PERSON:Νικόλαος Αθανασίου]], Δ΄ τάξη
        Καλημέρα σας, σας στέλνω τα στοιχεία για την ολοκλήρωση της εγγραφής του γιου μου:
        Ημ. γέννησης: [[DATE_OF_BIRTH:04/06/2016]]     ΑΜΚΑ παιδιού: [[NATIONAL_ID:04061689529]]
        Κηδεμόνας: [[PERSON:Ελένη Παπαδοπούλου]] του [[PERSON:Γεωργίου]], ΑΦΜ [[NATIONAL_ID:185054277]]
        Διεύθυνση: [[STREET_ADDRESS:Λεωφόρος Αλεξάνδρας 112, 114 73 Αθήνα]]
        Κινητό: [[PHONE_NUMBER:694 512 3387]]     Σταθερό: [[PHONE_NUMBER:210 6458 219]]
        Ο [[PERSON:Νικόλας]] έχει [[HEALTH_CONDITION:σακχαρώδη διαβήτη τύπου 1]] και φοράει αντλία ινσουλίνης.
        Επισυνάπτω τη βεβαίωση του παιδιάτρου κ. [[PERSON:Δημητρίου Καραγιάννη]] ([[DATE:28/08/2025]]).
        Σε περίπτωση ανάγκης καλέστε τον πατέρα του, [[PERSON:Κωνσταντίνο Αθανασίου]],
        στο [[PHONE_NUMBER:+30 697 220 4158]].
        Με εκτίμηση, [[PERSON:Ελένη]]
        """#,
        #"""
        Konu: Kartımdan izinsiz harcama – itiraz talebi
        Sayın Yetkili,
        [[DATE:22.01.2025]] tarihinde kredi kartımdan ([[CREDIT_CARD:5233 8311 0676 1907]]) tanımadığım bir
        internet sitesine 4.750,00 TL harcama yapıldığını fark ettim. Kartı hemen kapattırdım;
        işlemin iptalini ve yeni kart basılmasını talep ediyorum.
        Ad Soyad: [[PERSON:Emine Nur Yıldırım Aksoy]]      T.C. Kimlik No: [[NATIONAL_ID:14537834656]]
        Doğum tarihi: [[DATE_OF_BIRTH:17.03.1984]]      Müşteri No: [[MEMBER_NUMBER:88140327]]
        Adres: [[STREET_ADDRESS:Caferağa Mah. Moda Cad. No: 214 D: 7, 34710 Kadıköy/İstanbul]]
        Cep: [[PHONE_NUMBER:0532 418 27 96]]      E-posta: [[EMAIL_ADDRESS:eminenur.aksoy@hotmail.com.tr]]
        Not: [[DATE:25 Ocak]] – [[DATE:3 Şubat]] arasında [[HEALTH_CONDITION:safra kesesi taşı]] ameliyatı için
        hastanede olacağım; eşim [[PERSON:Mehmet Aksoy]]'a ([[PHONE_NUMBER:0533 702 11 48]]) ulaşabilirsiniz.
        Saygılarımla,
        [[PERSON:E. N. Yıldırım Aksoy]]
        """#,
        #"""
        KIKUNDI CHA AKIBA "UMOJA NI NGUVU" – KUMBUKUMBU ZA MKUTANO
        Tarehe: Jumamosi, [[DATE:12/04/2025]]. Mahali: nyumbani kwa Mwenyekiti,
        [[STREET_ADDRESS:Nyumba Na. 37, Kiambu Road, Kahawa West, Nairobi]]
        Waliohudhuria: [[PERSON:Wanjiru Kamau]] (Mwenyekiti), [[PERSON:Otieno Ochieng]] (Katibu),
        [[PERSON:Kiprono arap Langat]], [[PERSON:Faith Njeri]] na wanachama wengine 7.
        1. Michango: kila mwanachama KSh 2,000; M-Pesa kutoka [[PHONE_NUMBER:0722 481 903]] imepokelewa.
        2. Mkopo: [[PERSON:Kiprono]] ameomba KSh 30,000 za school fees. ID No. [[NATIONAL_ID:28764193]],
           member no. [[MEMBER_NUMBER:UNN/017]]. Imekubaliwa, alipe kabla ya [[DATE:30/09/2025]].
        3. Ustawi: Mzee [[PERSON:Juma Hamisi]] amelazwa baada ya [[HEALTH_CONDITION:kiharusi]]; tumempa KSh 5,000.
        4. Barua zote zipelekwe [[STREET_ADDRESS:S.L.P. 4521-00100, Nairobi]].
        5. AOB: mwanachama mpya [[PERSON:Grace Atieno]], ID [[NATIONAL_ID:31450982]],
           simu [[PHONE_NUMBER:+254 733 208 417]], email [[EMAIL_ADDRESS:graceatieno.ke@gmail.com]].
        Mkutano ujao: [[DATE:10 Mei 2025]] saa nane mchana. Imeandikwa na Katibu.
        """#,
        #"""
        Zalo – Chủ nhà P.302 Đống Đa
        [09:12] Chủ nhà: Chào em, cô gửi hợp đồng nhé. Em gửi cô CCCD để cô đăng ký tạm trú cho em.
        [09:20] Bạn: dạ cô, em là [[PERSON:Nguyễn Ngọc Minh Thư]], CCCD [[NATIONAL_ID:001195012347]]
        ngày sinh [[DATE_OF_BIRTH:14/02/1995]], thường trú [[STREET_ADDRESS:thôn Đông, xã Yên Thường, Gia Lâm, Hà Nội]]
        [09:25] Chủ nhà: Ok em. Phòng 302, [[STREET_ADDRESS:số 18 ngõ 45 phố Hào Nam, Đống Đa, Hà Nội]],
        cọc 1 tháng, vào ở từ [[DATE:01/10/2025]] nhé. Cứ gọi cô là cô [[PERSON:Hạnh]].
        [09:26] Bạn: dạ. em có thẻ BHYT [[MEDICAL_RECORD_NUMBER:HN4010123456789]] có cần ko ạ
        [09:28] Chủ nhà: ko cần đâu. Sđt em là [[PHONE_NUMBER:090 318 4426]] đúng ko?
        [09:29] Bạn: dạ đúng ạ. À em bị [[HEALTH_CONDITION:hen suyễn]] nên cô cho em phòng khô ráo nha 😅
        [09:31] Chủ nhà: Phòng thoáng lắm. Có gì gọi chú [[PERSON:Tùng]] quản lý [[PHONE_NUMBER:0912.456.073]]
        [09:33] Bạn: dạ cô gửi hợp đồng qua [[EMAIL_ADDRESS:minhthu.nguyen95@gmail.com]] giúp em nha
        """#,
        #"""
        מאת: [[PERSON:מיכל רוזנברג]] <[[EMAIL_ADDRESS:michal.r@shahar-tech.co.il]]>, משאבי אנוש ושכר
        אל: [[PERSON:יוסי בן-דוד]]
        תאריך: [[DATE:16.07.2025]]
        נושא: עדכון פרטים לטופס 101
        היי [[PERSON:יוסי]], כדי לעדכן את טופס 101 אני צריכה שתאשר את הפרטים הבאים:
        מספר עובד: [[EMPLOYEE_NUMBER:4471]]   ת"ז: [[NATIONAL_ID:366172344]]   תאריך לידה: [[DATE_OF_BIRTH:03.11.1989]]
        כתובת: [[STREET_ADDRESS:רחוב הנביאים 27, דירה 9, חיפה 3310402]]   נייד: [[PHONE_NUMBER:052-418-7730]]
        בת זוג: [[PERSON:נועה בן-דוד]], ת"ז [[NATIONAL_ID:471872077]]
        ביקשת נקודות זיכוי בגלל ילד עם [[HEALTH_CONDITION:אוטיזם]] – צריך לצרף את אישור ביטוח לאומי.
        ימי ההיעדרות מ-[[DATE:02.07.2025]] עד [[DATE:06.07.2025]] נרשמו כימי מחלה לפי האישור הרפואי ששלחת.
        תודה,
        [[PERSON:מיכל]] | [[PHONE_NUMBER:04-855-1290]]
        """#,
        #"""
        ใบส่งสินค้า / DELIVERY NOTE      เลขที่ DN-68/04412      วันที่ [[DATE:5 มีนาคม 2568]]
        ผู้รับ: คุณ[[PERSON:สมศรี วงศ์สวัสดิ์]]
        ที่อยู่: [[STREET_ADDRESS:99/12 หมู่ 4 ถนนสุขุมวิท แขวงบางนาใต้ เขตบางนา กรุงเทพฯ 10260]]
        โทร: [[PHONE_NUMBER:081-734-2259]]    รหัสลูกค้า: [[MEMBER_NUMBER:C-0098214]]
        เลขประจำตัวประชาชน (สินค้ามูลค่าสูง): [[NATIONAL_ID:8-3441-42202-84-0]]
        รายการ: เครื่องผลิตออกซิเจน 5 ลิตร 1 เครื่อง และสายออกซิเจน 2 ชุด
        (สำหรับผู้ป่วย[[HEALTH_CONDITION:โรคปอดอุดกั้นเรื้อรัง]] ตามใบสั่งแพทย์)
        ผู้ส่ง: นาย[[PERSON:ประเสริฐ แก้วมณี]] พนักงานขับรถ รหัสพนักงาน [[EMPLOYEE_NUMBER:DRV-2231]]
        หมายเหตุ: หากไม่มีผู้รับ ติดต่อลูกสาว คุณ[[PERSON:กัญญา]] (น้อง[[PERSON:แนน]]) [[PHONE_NUMBER:+66 89 552 0147]]
        ผู้รับสินค้าลงชื่อ: ____________________    วันที่ [[DATE:06/03/2568]]
        """#,
        #"""
        Kepada: Tim IT Helpdesk
        Dari: [[PERSON:Rizky Pratama Siregar]] <[[EMAIL_ADDRESS:rizky.siregar@sinarmitra.co.id]]>
        Tanggal: Senin, [[DATE:17 Februari 2025]]
        Perihal: Laptop gagal konek VPN + mohon update data karyawan
        Selamat pagi Pak/Bu, sejak Jumat laptop saya (aset LT-0442) gagal konek VPN, error 809.
        IP publik rumah [[IP_ADDRESS:114.124.182.37]], IP lokal [[IP_ADDRESS:192.168.1.14]], router IndiHome.
        Kartu kredit korporat [[CREDIT_CARD:4841 3929 3189 1747]] juga ikut terblokir, mohon dicek.
        Sekalian mohon diteruskan ke HRD untuk update data saya:
        NIK karyawan: [[EMPLOYEE_NUMBER:SM-0231187]]   NIK KTP: [[NATIONAL_ID:3174051208890003]]
        Tgl lahir: [[DATE_OF_BIRTH:12-08-1989]]   NPWP: [[NATIONAL_ID:09.254.294.3-407.000]]
        BPJS Kesehatan: [[MEDICAL_RECORD_NUMBER:0001438826614]]   No. HP: [[PHONE_NUMBER:0812-8834-5501]]
        Alamat baru: [[STREET_ADDRESS:Jl. Kemang Raya No. 8B, RT 004/RW 002, Kel. Bangka]],
        [[STREET_ADDRESS:Kec. Mampang Prapatan, Jakarta Selatan 12730]]
        Tgl [[DATE:24 Feb]] s/d [[DATE:26 Feb 2025]] saya izin operasi [[HEALTH_CONDITION:hernia inguinalis]].
        Terima kasih, [[PERSON:Rizky]]
        """#,
    ]
}
