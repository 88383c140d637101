extension BlindTexts {
    /// A thirty-fifth set of clinical texts, written blind to DataGuard's rules.
    static let thirtyFifthClinical: [String] = [
        #"""
        LÄHETE – Sisätautien poliklinikka, Tampereen yliopistollinen sairaala
        Lähettäjä: Hervannan terveysasema, yleislääkäri [[PERSON:Aino Kettunen]]
        Päiväys: [[DATE:12.2.2025]]

        Potilas: [[PERSON:MÄKELÄ Juha Tapio]]
        Henkilötunnus: [[NATIONAL_ID:140387-217W]]
        Syntymäaika: [[DATE_OF_BIRTH:14. maaliskuuta 1987]]
        Osoite: [[STREET_ADDRESS:Insinöörinkatu 38 B 17, 33720 Tampere]]
        Puhelin: [[PHONE_NUMBER:040 718 2293]]
        Potilasnumero: [[MEDICAL_RECORD_NUMBER:TAYS-0455812]]

        Lähetteen syy:
        Potilaalla on todettu [[HEALTH_CONDITION:tyypin 2 diabetes]] vuonna 2019 ja
        [[HEALTH_CONDITION:verenpainetauti]] vuonna 2021. Viimeisen puolen vuoden aikana HbA1c on noussut
        tasolle 71 mmol/mol lääkityksestä huolimatta ([[HEALTH_CONDITION:metformiini]] 1 g x 2,
        [[HEALTH_CONDITION:empagliflotsiini]] 10 mg x 1). Lisäksi epäilen alkavaa
        [[HEALTH_CONDITION:diabeettista nefropatiaa]] (U-AlbKrea 38 mg/mmol [[DATE:20.1.2025]]).

        Pyydän arviota hoidon tehostamisesta ja munuaisfunktion seurannasta.
        Potilas tekee kolmivuorotyötä (Nokian Renkaat, henkilönumero [[EMPLOYEE_NUMBER:NR-118437]]) ja toivoo
        aamuaikaa. Tulkkia ei tarvita. Omainen: puoliso [[PERSON:Sanna Mäkelä]], puh. [[PHONE_NUMBER:+358 50 442 9017]].

        Ystävällisin terveisin
        [[PERSON:Aino Kettunen]], LL, yleislääketieteen erikoislääkäri
        Hervannan terveysasema, [[STREET_ADDRESS:Lindforsinkatu 2, 33720 Tampere]]
        """#,
        #"""
        EPIKRIIS – Tartu Ülikooli Kliinikum, Kardioloogiakliinik
        Haigusloo nr: [[MEDICAL_RECORD_NUMBER:2025/118734]]

        Patsient: [[PERSON:KASK, Mari-Liis]]
        Isikukood: [[NATIONAL_ID:48706224716]]
        Sünniaeg: [[DATE_OF_BIRTH:22. juuni 1987]]
        Elukoht: [[STREET_ADDRESS:Riia 142-9, 50411 Tartu]]
        Telefon: [[PHONE_NUMBER:+372 5342 8817]]

        Statsionaaris: [[DATE:3. veebruar 2025]] – [[DATE:9. veebruar 2025]]

        Põhidiagnoos: [[HEALTH_CONDITION:kodade virvendusarütmia]] (I48.0)
        Kaasuvad haigused: [[HEALTH_CONDITION:kilpnäärme ületalitlus]], [[HEALTH_CONDITION:rauavaegusaneemia]]

        Haiguse kulg: patsient saabus EMO-sse südamepekslemise ja õhupuudusega. EKG-l kiire vatsakeste
        vastusega [[HEALTH_CONDITION:virvendusarütmia]]. Alustati [[HEALTH_CONDITION:bisoprolool]] 5 mg ja
        [[HEALTH_CONDITION:apiksabaan]] 5 mg x 2. Rütm taastus spontaanselt [[DATE:5.02.2025]].
        Endokrinoloog dr [[PERSON:Tõnu Saar]] konsulteeris ja alustas [[HEALTH_CONDITION:tiamasool]] 20 mg ööpäevas.
        Ferritiin 8 µg/l.

        Soovitused: TSH ja fT4 kordus [[DATE:24.02.2025]], kontroll perearsti juures kahe nädala pärast.
        Ambulatoorne kardioloogi vastuvõtt neljapäeval kell 10.20.
        Perearst: dr [[PERSON:Kadri Õunapuu]], Annelinna Perearstikeskus, tel [[PHONE_NUMBER:742 1190]].

        Raviarst: dr [[PERSON:Jaanus Lepik]]
        """#,
        #"""
        ЛАБОРАТОРИЈСКИ НАЛАЗ
        Дом здравља „Нови Сад“ – Служба лабораторијске дијагностике
        Број протокола: [[MEDICAL_RECORD_NUMBER:ЛБ-25-04417]]

        Пацијент: [[PERSON:ЈОВАНОВИЋ Милица]]
        ЈМБГ: [[NATIONAL_ID:0911992805016]]
        Датум рођења: [[DATE_OF_BIRTH:09.11.1992.]]
        Адреса: [[STREET_ADDRESS:Булевар ослобођења 112/7, 21000 Нови Сад]]
        Телефон: [[PHONE_NUMBER:064/318-22-76]]
        ЛБО: [[MEMBER_NUMBER:10473829156]]
        Упутио: др [[PERSON:Драган Петровић]], изабрани лекар
        Датум узорковања: [[DATE:17. март 2025.]]

        Хематологија
          Хемоглобин      98 g/L      (120–160)   ↓
          MCV             71 fL       (80–97)     ↓
          Феритин          6 µg/L     (15–150)    ↓
        Биохемија
          TSH            7,8 mIU/L    (0,4–4,0)   ↑
          FT4            9,1 pmol/L   (12–22)     ↓
          Анти-ТПО       позитивна

        Коментар: налази одговарају [[HEALTH_CONDITION:сидеропенијској анемији]] уз [[HEALTH_CONDITION:хипотиреозу]],
        највероватније у склопу [[HEALTH_CONDITION:Хашимото тиреоидитиса]]. Пацијенткиња наводи
        [[HEALTH_CONDITION:целијакију]] од детињства.
        Препорука изабраног лекара: [[HEALTH_CONDITION:левотироксин]] 50 µg ујутру и преглед ендокринолога.
        Заказано: [[DATE:2. април 2025.]] у 9:30, Клинички центар Војводине.

        Налаз преузела лично [[DATE:19.03.2025.]]; копија послата на [[EMAIL_ADDRESS:milica.jovanovic92@gmail.com]]
        Оверила: др [[PERSON:Снежана Илић]], спец. клиничке биохемије
        """#,
        #"""
        IZVJEŠĆE O PRIVREMENOJ NESPOSOBNOSTI ZA RAD (BOLOVANJE)
        Ordinacija obiteljske medicine dr. [[PERSON:Ivana Babić-Horvat]], Dom zdravlja Zagreb – Istok

        Osiguranik: [[PERSON:Tomislav Kovačević]]
        OIB: [[NATIONAL_ID:69435151530]]
        MBO: [[MEMBER_NUMBER:100284731]]
        Datum rođenja: [[DATE_OF_BIRTH:2. travnja 1979.]]
        Adresa: [[STREET_ADDRESS:Ulica Grada Vukovara 237, 10000 Zagreb]]
        Kontakt: [[PHONE_NUMBER:091 552 8140]]
        Poslodavac: Končar – Elektroindustrija d.d., osobni broj radnika [[EMPLOYEE_NUMBER:KE-30817]]

        Razlog spriječenosti: A – bolest
        Dijagnoza: [[HEALTH_CONDITION:lumbalni bolni sindrom s ishijalgijom lijevo]] (M54.4)
        Bolovanje od [[DATE:10.3.2025.]], predviđeno trajanje do [[DATE:24.3.2025.]]

        Terapija: [[HEALTH_CONDITION:diklofenak]] 75 mg 2x1, [[HEALTH_CONDITION:tizanidin]] 2 mg navečer,
        uz zaštitu želuca. Upućen na fizikalnu terapiju i kontrolu kod ortopeda (dr. [[PERSON:Marko Šimunović]]).
        Ako se simptomi ne povuku do kontrole, potreban MR lumbalne kralježnice.

        Napomena za poslodavca: osiguranik smije izlaziti iz stana radi pregleda i terapije.
        Obavijest poslana HZZO-u elektronički [[DATE:10. ožujka 2025.]]

        dr. med. [[PERSON:Ivana Babić-Horvat]], spec. obiteljske medicine
        Tel. ordinacije: [[PHONE_NUMBER:01 6155 432]]
        """#,
        #"""
        Farmacia Sf. Pantelimon – Iași, notă de consiliere farmaceutică
        Data: [[DATE:4 aprilie 2025]]
        Farmacist: [[PERSON:Andreea Munteanu]]

        Pacient: [[PERSON:POPESCU Gheorghe]], CNP [[NATIONAL_ID:1560918224418]]
        Născut la [[DATE_OF_BIRTH:18 septembrie 1956]]
        Adresă: [[STREET_ADDRESS:Str. Păcurari nr. 54, bl. 560, sc. B, et. 3, ap. 12, Iași 700521]]
        Telefon: [[PHONE_NUMBER:0742 316 905]]
        Card de asigurat CNAS: [[MEMBER_NUMBER:80642000123456789012]]

        Rețeta compensată emisă de dr. [[PERSON:Radu Ciobanu]] ([[DATE:2.04.2025]]) conține:
         - [[HEALTH_CONDITION:acenocumarol]] 4 mg, ½ cp/zi
         - [[HEALTH_CONDITION:amiodaronă]] 200 mg, 1 cp/zi
         - [[HEALTH_CONDITION:claritromicină]] 500 mg, 2 cp/zi, 7 zile
           (pentru [[HEALTH_CONDITION:pneumonie comunitară]])

        Problemă identificată: interacțiune majoră între antibiotic și anticoagulant, risc de
        sângerare la un pacient cu [[HEALTH_CONDITION:fibrilație atrială]] și
        [[HEALTH_CONDITION:insuficiență cardiacă]]. Ultimul INR: 2,8 ([[DATE:28.03.2025]]).

        Am contactat cabinetul medicului la [[PHONE_NUMBER:0232 214 880]]; antibioticul a fost înlocuit cu
        [[HEALTH_CONDITION:amoxicilină/acid clavulanic]] 875/125 mg, rețetă nouă primită pe e-mail.
        Fiica pacientului a fost instruită să programeze INR-ul peste 5 zile, adică pe [[DATE:9 aprilie]].
        Diferența de preț achitată cu cardul [[CREDIT_CARD:4140 6620 1893 5528]].
        """#,
        #"""
        Передача смены – кардиологическое отделение, ГКБ №7, Алматы
        Ауысымды тапсыру / Дата: [[DATE:15.01.2025]], ночная смена → дневная
        Сдаёт: м/с [[PERSON:Айгерим Нурланова]]; принимает: м/с [[PERSON:Ольга Ким]]

        Палата 12, койка 2
        [[PERSON:Сейткалиев Ерлан Маратович]], [[DATE_OF_BIRTH:03.05.1961]] г.р., ИИН [[NATIONAL_ID:610503300217]]
        № истории болезни: [[MEDICAL_RECORD_NUMBER:2025-0371]]
        Диагноз: [[HEALTH_CONDITION:острый инфаркт миокарда без подъёма ST]],
        [[HEALTH_CONDITION:сахарный диабет 2 типа]].
        Ночь: АД 150/90 в 02:00, дан [[HEALTH_CONDITION:каптоприл]] 25 мг под язык, через час 130/80. Болей нет.
        [[HEALTH_CONDITION:Гепарин]] по схеме, следующий АЧТВ в 08:00.

        Палата 14, койка 1
        [[PERSON:Жанибекова Гульнар Сериковна]], [[DATE_OF_BIRTH:27.11.1948]] г.р., ИИН [[NATIONAL_ID:481127400563]]
        № истории болезни: [[MEDICAL_RECORD_NUMBER:2025-0388]]
        Диагноз: [[HEALTH_CONDITION:хроническая сердечная недостаточность]] III ФК,
        [[HEALTH_CONDITION:фибрилляция предсердий]].
        Ночью беспокойна, спутанность около 04:00, вызван дежурный врач [[PERSON:Омаров Б. К.]].
        Назначен [[HEALTH_CONDITION:галоперидол]] 0,5 мг, эффект хороший.
        Диурез за сутки 1,4 л на [[HEALTH_CONDITION:фуросемиде]] 40 мг.
        Дочь [[PERSON:Сауле]] просит звонить ей, а не сыну: [[PHONE_NUMBER:8 (727) 293-41-18]].
        Осторожно: [[HEALTH_CONDITION:аллергия на пенициллин]]! Браслет надет.

        Палата 15 – пустая, готовится к приёму из приёмного покоя в 09:00.
        """#,
        #"""
        TELEHEALTH TRANSCRIPT – Korle Bu Teaching Hospital, Virtual Diabetes Clinic
        Date: [[DATE:21/03/2025]]   Patient connection: [[IP_ADDRESS:154.160.23.87]]
        Folder No: [[MEDICAL_RECORD_NUMBER:KBTH/DM/20431]]

        09:02 Nurse [[PERSON:Akosua Boateng]]: Good morning, please confirm your full name and date of birth.
        09:03 Patient: [[PERSON:Kwame Asante-Mensah]], born [[DATE_OF_BIRTH:7th August 1983]]
        09:03 Nurse: Thank you. And your Ghana Card and NHIS numbers for the record?
        09:04 Patient: [[NATIONAL_ID:GHA-712048396-4]], NHIS [[MEMBER_NUMBER:09218844]]
        09:05 Nurse: How have the sugars been since we started the [[HEALTH_CONDITION:gliclazide]]?
        09:06 Patient: fasting around 9 or 10. but my feet have been burning at night, esp the left one
        09:07 Nurse: Any sores on the feet? Burning like that can be [[HEALTH_CONDITION:diabetic neuropathy]].
        09:08 Patient: small sore under the big toe since about [[DATE:10th March]]
        09:09 Nurse: Please send a photo here. I'm adding Dr [[PERSON:Efua Owusu]] to the call.
        09:12 Doctor: Hello [[PERSON:Kwame]]. From the photo this looks like an early
              [[HEALTH_CONDITION:diabetic foot ulcer]].
        09:13 Doctor: I want you seen in person this week. Can you come on Tuesday [[DATE:25 March]]?
        09:14 Patient: yes. my wife [[PERSON:Abena]] will bring me, her number is [[PHONE_NUMBER:024 418 7731]]
        09:15 Doctor: Good. Keep off the foot, clean with saline daily.
              I'm starting [[HEALTH_CONDITION:amoxiclav]] 625 mg bd.
        09:16 Patient: ok. also my BP tablets finished, the [[HEALTH_CONDITION:amlodipine]]
        09:17 Nurse: Noted, refill sent. Address for the home-visit team is still
              [[STREET_ADDRESS:H/No. 14, Abossey Okai Road, Accra]]?
        09:18 Patient: no we moved. [[STREET_ADDRESS:GA-183-7742, 5 Nii Amon Street, Dansoman, Accra]]
        09:18 Nurse: Updated. You'll get an SMS reminder. See you Tuesday.
        """#,
        #"""
        PHYSIOTHERAPY PROGRESS NOTE
        Lagos University Teaching Hospital – Physiotherapy Department, Idi-Araba
        Hospital No.: [[MEDICAL_RECORD_NUMBER:LUTH/PT/2025/0932]]

        Patient: [[PERSON:ADEYEMI, Oluwaseun Babatunde]]   Sex: M   DOB: [[DATE_OF_BIRTH:19/11/1990]]
        NIN: [[NATIONAL_ID:48213907562]]   NHIA enrolee ID: [[MEMBER_NUMBER:NHIA-LAG-0088213]]
        Address: [[STREET_ADDRESS:Flat 6, Block C, Jakande Estate, Isolo, Lagos]]
        Phone: [[PHONE_NUMBER:0803 417 2290]]   Employer: Ikeja Cement Works (staff no. [[EMPLOYEE_NUMBER:ICW-17740]])

        Referring diagnosis: [[HEALTH_CONDITION:right anterior cruciate ligament rupture]] with
        [[HEALTH_CONDITION:medial meniscus tear]]; reconstruction done [[DATE:28/01/2025]]
        by Dr [[PERSON:Chukwuemeka Obi]]. Background: [[HEALTH_CONDITION:sickle cell trait]].

        Session 9 – [[DATE:18 March 2025]]
        S: Reports pain 3/10 after stairs. Stopped [[HEALTH_CONDITION:diclofenac]] last week. Sleeping well.
        O: Knee flexion 0–115°, mild effusion, quads lag 5°. Single-leg stance 25 s.
        A: Progressing as expected; quadriceps strength still limiting.
        P: Closed-chain strengthening, stationary bike 15 min, begin mini-squats. Review [[DATE:25/03/2025]].

        Patient requested a letter for his HR officer, Mrs [[PERSON:Ngozi Eze]]
        ([[EMAIL_ADDRESS:n.eze@ikejacement.ng]]), recommending light duties until [[DATE:30 April 2025]].
        His brother drives him to sessions.

        Physiotherapist: [[PERSON:Fatimah Bello-Yusuf]], MNSP
        """#,
        #"""
        FICHA DE INGRESO – Centro de Salud Mental Comunitario "Santa Rosa", San Martín de Porres, Lima
        Fecha de entrevista: [[DATE:6 de mayo de 2025]]
        N.º de historia clínica: [[MEDICAL_RECORD_NUMBER:HC-CSMC-018842]]

        DATOS DE LA USUARIA
        Apellidos y nombres: [[PERSON:QUISPE MAMANI, Rosa Elvira]]
        DNI: [[NATIONAL_ID:45871236]]     Fecha de nacimiento: [[DATE_OF_BIRTH:14/02/1989]]
        Domicilio: [[STREET_ADDRESS:Jr. Los Geranios 455, Urb. Palao, San Martín de Porres, Lima 15108]]
        Celular: [[PHONE_NUMBER:987 654 321]]     SIS: [[MEMBER_NUMBER:7-45871236]]
        Contacto de emergencia: [[PERSON:Juan Carlos Quispe]] (hermano), [[PHONE_NUMBER:+51 954 120 887]]

        MOTIVO DE CONSULTA (en palabras de la usuaria):
        "Desde que falleció mi mamá, el [[DATE:veintiocho de diciembre]], no puedo dormir, lloro todo el día
        y ya no voy al mercado a trabajar."

        ANTECEDENTES
        [[HEALTH_CONDITION:Hipotiroidismo]] en tratamiento con [[HEALTH_CONDITION:levotiroxina]] 75 mcg.
        Un episodio de [[HEALTH_CONDITION:depresión posparto]] en 2016, tratado en el Hospital Cayetano Heredia.
        Consumo de alcohol ocasional. Niega ideación suicida actual; refiere ideas pasivas de muerte
        hace dos semanas.

        IMPRESIÓN DIAGNÓSTICA: [[HEALTH_CONDITION:episodio depresivo moderado]] (F32.1);
        descartar [[HEALTH_CONDITION:duelo complicado]].

        PLAN: psicoterapia semanal con Ps. [[PERSON:Milagros Huamán]]; evaluación por psiquiatría
        el [[DATE:13/05/2025]]. Se entrega tarjeta con la Línea 113, opción 5.

        Entrevistó: Lic. [[PERSON:Diego Condori Ticona]], enfermero de salud mental
        """#,
        #"""
        MINISTRY OF HEALTH & WELLNESS – JAMAICA
        Child Health and Development Passport – Immunization Record (copy for school entry)

        Child: [[PERSON:Tameka Shanice Campbell]]          Sex: F
        Date of birth: [[DATE_OF_BIRTH:12 September 2019]]
        Health centre record no.: [[MEDICAL_RECORD_NUMBER:SJ-HC-19-2284]]   (Barnett Street Health Centre)
        Mother: [[PERSON:Marcia Campbell]]   TRN: [[NATIONAL_ID:117-482-903]]
        Father: [[PERSON:Dwayne O'Connor]]
        Address: [[STREET_ADDRESS:Lot 42, Norwood Heights, Montego Bay, St. James]]
        Phone: [[PHONE_NUMBER:(876) 952-4418]] / [[PHONE_NUMBER:876-381-0927]]

        Vaccine               Date given             Batch     Given by
        BCG                   [[DATE:13/09/2019]]             B4471     Nurse [[PERSON:P. Reid]]
        Pentavalent 1 + OPV   [[DATE:14/11/2019]]             P2209     Nurse [[PERSON:P. Reid]]
        MMR 2                 [[DATE:6 June 2023]]            M1192     Nurse [[PERSON:Kerry-Ann Whyte]]

        Remarks:
        MMR 2 delayed – child had [[HEALTH_CONDITION:chickenpox]] at the scheduled visit ([[DATE:4 April 2023]]).
        Known [[HEALTH_CONDITION:sickle cell trait]] (HbAS), mother informed.
        [[HEALTH_CONDITION:Eczema]] on both arms, uses [[HEALTH_CONDITION:hydrocortisone 1% cream]] as needed.
        No adverse reactions to any vaccine recorded.

        Certified true copy: [[PERSON:Sandra Gayle]], Public Health Nurse, [[DATE:10 January 2025]]
        """#,
        #"""
        DISCHARGE SUMMARY – Waikato Hospital, General Medicine (Ward 21)

        Patient: [[PERSON:Hēmi Te Awa Ngata]]        NHI: [[MEDICAL_RECORD_NUMBER:ZAB4172]]
        DOB: [[DATE_OF_BIRTH:02/10/1958]]    Iwi: Ngāti Maniapoto
        Address: [[STREET_ADDRESS:17 Kahikatea Drive, Frankton, Hamilton 3204]]
        Phone: [[PHONE_NUMBER:021 448 902]]    GP: Dr [[PERSON:Aroha Parata]], Te Kōhao Health
        Admitted: [[DATE:11/04/2025]]    Discharged: [[DATE:17/04/2025]]

        Principal diagnosis: [[HEALTH_CONDITION:community-acquired pneumonia]], right lower lobe
        Comorbidities: [[HEALTH_CONDITION:COPD]] (GOLD 3), [[HEALTH_CONDITION:type 2 diabetes]]

        Clinical course:
        Mr [[PERSON:Ngata]] presented with three days of fever and productive cough, SpO2 86% on air.
        CXR showed RLL consolidation. Treated with IV then oral [[HEALTH_CONDITION:amoxicillin]], plus
        [[HEALTH_CONDITION:prednisone]] 40 mg for 5 days for the associated [[HEALTH_CONDITION:COPD exacerbation]].

        A whānau hui was held on [[DATE:15 April]] with his daughter [[PERSON:Mere Ngata]] and kaumātua
        [[PERSON:Wiremu Tapsell]]; [[PERSON:Hēmi]] wishes to stay at home with support.
        [[PERSON:Mere]] is the main contact: [[PHONE_NUMBER:027 391 5586]], [[EMAIL_ADDRESS:mere.ngata@xtra.co.nz]].

        Discharge medicines: [[HEALTH_CONDITION:amoxicillin]] 500 mg tds (2 more days), others unchanged.

        Follow-up: GP review within 1 week; pulmonary rehab referral sent; respiratory clinic [[DATE:1 May 2025]].

        Dr [[PERSON:Rangi Pōtae]], Consultant Physician
        """#,
        #"""
        MINISTRY OF HEALTH AND MEDICAL SERVICES – FIJI
        Colonial War Memorial Hospital, Suva – Overseas Medical Referral

        Date: [[DATE:8 January 2025]]
        To: Paediatric Cardiology Service, Starship Children's Hospital, Auckland, New Zealand

        Re: [[PERSON:Litia Vuniwaqa Naivalu]], DOB [[DATE_OF_BIRTH:30/06/2016]],
        CWMH No. [[MEDICAL_RECORD_NUMBER:CW-0884217]]
        Parents: [[PERSON:Semi Naivalu]] and [[PERSON:Ana Naivalu]]
        Address: [[STREET_ADDRESS:Lot 9, Ratu Dovi Road, Nadera, Nasinu]]
        Contact: [[PHONE_NUMBER:+679 992 4471]] (father), [[PHONE_NUMBER:+679 836 1205]] (mother)
        Escort (mother) passport: [[NATIONAL_ID:FA039221]]

        Dear Colleague,

        Thank you for seeing [[PERSON:Litia]], an 8-year-old girl with
        [[HEALTH_CONDITION:chronic rheumatic heart disease]] and [[HEALTH_CONDITION:severe mitral regurgitation]].
        She was diagnosed after an episode of [[HEALTH_CONDITION:acute rheumatic fever]] on [[DATE:14 March 2022]]
        and has been on four-weekly [[HEALTH_CONDITION:benzathine penicillin G]] since, with good adherence.

        Echo on [[DATE:2 December 2024]]: LVIDd z-score +3.1, EF 58%, PASP 45 mmHg.
        She is now in NYHA class II–III despite [[HEALTH_CONDITION:furosemide]] and [[HEALTH_CONDITION:enalapril]].
        We believe she needs mitral valve repair, which is not available in Fiji.

        Other history: [[HEALTH_CONDITION:iron deficiency anaemia]] (treated). No known drug allergies. Weight 21.4 kg.

        The family's home village is Nakorovou, Bua; the mother speaks English and iTaukei. Her brother
        lives at [[STREET_ADDRESS:33 Robertson Road, Māngere East, Auckland 2024]] and can host them.

        Yours sincerely,
        Dr [[PERSON:Ravinesh Prasad]], Consultant Paediatrician
        Dr [[PERSON:Mereoni Tuisawau]], Paediatric Registrar – [[EMAIL_ADDRESS:m.tuisawau@health.gov.fj]]
        """#,
        #"""
        NÒT KONSILTASYON – Klinik Sante Fanmi, Delmas 33, Pòtoprens
        Dat: [[DATE:14 fevriye 2025]]
        Nimewo dosye: [[MEDICAL_RECORD_NUMBER:KSF-2025-00317]]

        Pasyan: [[PERSON:JEAN-BAPTISTE Roseline]]
        Dat nesans: [[DATE_OF_BIRTH:3 out 1975]]
        NIF: [[NATIONAL_ID:003-118-742-6]]
        Adrès: [[STREET_ADDRESS:Ri Mirak #12, Delmas 33, Pòtoprens]]
        Telefòn: [[PHONE_NUMBER:+509 3712-4590]]

        Plent: tèt fè mal anpil, vizyon twoub depi twa jou, pye anfle.
        Tansyon: 192/114. Glisemi: 247 mg/dL.
        Pasyan an di li sispann pran [[HEALTH_CONDITION:amlodipin]] ak [[HEALTH_CONDITION:metfòmin]]
        depi [[DATE:15 janvye]], paske famasi a te fèmen akoz ensekirite a e li pa t gen lajan.

        Dyagnostik:
         1. [[HEALTH_CONDITION:Tansyon wo ki pa kontwole]] (ijans ipètansif, pa gen siy nerolojik)
         2. [[HEALTH_CONDITION:Dyabèt tip 2]] dekonpanse
         3. Sispèk [[HEALTH_CONDITION:maladi ren kwonik]] – tann rezilta kreyatinin

        Tretman: [[HEALTH_CONDITION:amlodipin]] 10 mg chak jou, [[HEALTH_CONDITION:idroklorotiyazid]] 25 mg,
        rekòmanse [[HEALTH_CONDITION:metfòmin]] 500 mg 2 fwa pa jou.
        Nou ba li medikaman pou yon mwa gratis (pwogram MSPP).
        Randevou: [[DATE:28 fevriye 2025]], oswa pi vit si tèt fè mal la ogmante.

        Doktè: Dr. [[PERSON:Marie-Claude Pierre-Louis]]
        Enfimyè: [[PERSON:Wilner Augustin]]
        """#,
        #"""
        CLSC Limoilou – Soutien à domicile
        Note d'évolution infirmière

        Date de la visite : le [[DATE:22 janvier 2025]], 10 h 15
        Usager : [[PERSON:TREMBLAY, Gérard]]          No de dossier : [[MEDICAL_RECORD_NUMBER:CL-447120]]
        RAMQ : [[MEMBER_NUMBER:TREG 4208 1519]]          Né le [[DATE_OF_BIRTH:15 août 1942]]
        Adresse : [[STREET_ADDRESS:845, 3e Avenue, app. 4, Québec (Québec)  G1L 2W4]]
        Tél. : [[PHONE_NUMBER:418 529-7734]]
        Proche aidante : sa fille, [[PERSON:Chantal Tremblay-Gagnon]], cell. [[PHONE_NUMBER:581 984-2210]]

        Antécédents : [[HEALTH_CONDITION:maladie de Parkinson]], [[HEALTH_CONDITION:insuffisance rénale chronique]]
        stade 3b, [[HEALTH_CONDITION:fibrillation auriculaire]] sous [[HEALTH_CONDITION:warfarine]].

        Motif : réfection du pansement et suivi de la médication.
        Observations : [[HEALTH_CONDITION:plaie de pression au sacrum, stade 2]], 2,5 x 1,8 cm, lit rosé, pas d'odeur.
        Pansement hydrocolloïde changé. Usager somnolent, a chuté dans la salle de bain le [[DATE:19 janvier]]
        ([[HEALTH_CONDITION:hématome à la hanche gauche]], pas de douleur à la mise en charge).
        [[PERSON:Chantal]] n'a pas appelé le 811.
        Le pilulier n'était pas rempli depuis samedi : doses de [[HEALTH_CONDITION:lévodopa-carbidopa]]
        de lundi oubliées.

        Interventions : pilulier rempli avec la fille; INR fait à domicile : 3,4. Appel à la pharmacie –
        ajustement de la [[HEALTH_CONDITION:warfarine]] par le médecin traitant.
        Demande d'évaluation en ergothérapie (barres d'appui).
        Prochaine visite : le [[DATE:29 janvier 2025]].

        [[PERSON:Isabelle Fortin]], inf. clinicienne, matricule CIUSSS [[EMPLOYEE_NUMBER:2087145]]
        """#,
        #"""
        NHS Greater Glasgow and Clyde
        STATEMENT OF FITNESS FOR WORK (fit note) – with covering letter

        Patient: Mr [[PERSON:Callum Fraser McLeod]]
        CHI: [[MEDICAL_RECORD_NUMBER:0411798835]]     DOB: [[DATE_OF_BIRTH:04/11/1979]]
        NI number: [[NATIONAL_ID:JT 48 21 96 C]]
        Address: [[STREET_ADDRESS:Flat 2/1, 58 Dumbarton Road, Partick, Glasgow G11 6NY]]
        Mobile: [[PHONE_NUMBER:07723 418 905]]

        I assessed your case on: [[DATE:7 March 2025]]
        and, because of the following condition(s): [[HEALTH_CONDITION:work-related stress]] with
        [[HEALTH_CONDITION:generalised anxiety disorder]] and [[HEALTH_CONDITION:insomnia]],
        I advise you that you are not fit for work.
        This will be the case for 4 weeks, from [[DATE:7/3/2025]] to [[DATE:3/4/2025]].
        I will need to assess your fitness for work again at the end of this period.

        To the employer (Scottish Water, Occupational Health – staff no. [[EMPLOYEE_NUMBER:SW-884201]]):
        [[PERSON:Callum]] has been started on [[HEALTH_CONDITION:sertraline]] 50 mg and referred to the
        Community Mental Health Team; his named CPN is [[PERSON:Eilidh MacDonald]] ([[PHONE_NUMBER:0141 211 3600]]).
        He also disclosed [[HEALTH_CONDITION:harmful alcohol use]] since his father's death and has agreed
        to see the alcohol liaison nurse.
        A phased return with reduced on-call duties would be appropriate when he is ready.
        His partner attended with his consent.

        Doctor's signature: Dr [[PERSON:Morag Sinclair]]
        Partick Health Centre, [[STREET_ADDRESS:Vine Street, Glasgow G11 6BA]]
        """#,
        #"""
        REFERRAL LETTER (English translation)
        "Izmirlian" Medical Center, Department of Rheumatology, Yerevan

        Date: [[DATE:19.02.2025]]
        To: Department of Nephrology, Erebouni Medical Center

        Patient: [[PERSON:HAKOBYAN Anahit Armenovna]]
        Date of birth: [[DATE_OF_BIRTH:11.07.1986]]
        Passport: [[NATIONAL_ID:AU0482715]]    Social card (PSN): [[NATIONAL_ID:1107860417]]
        Address: [[STREET_ADDRESS:38 Komitas Ave, apt. 15, Yerevan 0012, Armenia]]
        Phone: [[PHONE_NUMBER:+374 91 234567]]     Case history no.: [[MEDICAL_RECORD_NUMBER:RH-2025/0661]]

        Dear colleagues,

        We refer Mrs [[PERSON:Hakobyan]], 38, followed by us since 2009 for
        [[HEALTH_CONDITION:familial Mediterranean fever]] (MEFV M694V/M694V). Attack frequency decreased on
        [[HEALTH_CONDITION:colchicine]] 2 mg/day, but since [[DATE:October 14, 2024]] she has had leg oedema and
        proteinuria 3.8 g/24 h. We suspect [[HEALTH_CONDITION:AA amyloidosis]] with
        [[HEALTH_CONDITION:nephrotic syndrome]]; rectal biopsy is pending.
        Also: [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:L-thyroxine]] 75 µg.

        The patient travelled from Gyumri; while in Yerevan she stays at
        [[STREET_ADDRESS:Baghramyan 1st lane 7, Yerevan]] (landline [[PHONE_NUMBER:010 56-33-18]]).

        Please evaluate for renal biopsy and for [[HEALTH_CONDITION:canakinumab]] under the state programme.

        Sincerely,
        [[PERSON:Gayane Sargsyan]], MD, PhD, rheumatologist – [[EMAIL_ADDRESS:g.sargsyan@izmirlian.am]]
        """#,
    ]

    /// A thirty-fifth set of everyday texts, written blind to DataGuard's rules.
    static let thirtyFifthEveryday: [String] = [
        #"""
        Fellesforbundet – Avdeling 850 Bergen
        [[STREET_ADDRESS:Kaigaten 4, 5015 Bergen]]

        To: HR Department, Vestland Verft AS
        Attn: [[PERSON:Kristin Haugland]], HR Manager
        Bergen, [[DATE:3 March 2025]]

        FORMAL GRIEVANCE – UNPAID OVERTIME AND NIGHT SHIFT ALLOWANCE

        On behalf of our member [[PERSON:Øyvind Bjørnstad]] (employee no. [[EMPLOYEE_NUMBER:VV-20418]],
        union membership no. [[MEMBER_NUMBER:FF-7731029]], national identity number [[NATIONAL_ID:22058449362]]),
        we hereby raise a formal grievance under the Basic Agreement, Part 2.

        Between [[DATE:6 January 2025]] and [[DATE:14 February 2025]] Mr [[PERSON:Bjørnstad]] worked 62.5 hours
        of overtime on the night shift at the dry dock. His payslips for January and February show neither
        the overtime supplement nor the night allowance. The shift foreman has confirmed the hours in writing,
        and the time-clock printouts are enclosed.

        We also note that the repeated double shifts were scheduled although the company doctor,
        Dr [[PERSON:Hilde Vik]], advised on [[DATE:2 December 2024]] that [[PERSON:Øyvind]] should avoid night work
        because of his [[HEALTH_CONDITION:obstructive sleep apnoea]]. We ask that this advice now be respected.

        Our claims:
        1. Payment of the outstanding supplements, NOK 21 480, to his salary account
           [[US_BANK_ACCOUNT:8601.11.17947]] (IBAN [[IBAN_CODE:NO93 8601 1117 947]])
           no later than [[DATE:31 March 2025]];
        2. A written shift plan that complies with the medical advice;
        3. A local negotiation meeting, which we propose for [[DATE:12 March 2025]] at 10:00.

        Yours sincerely,
        [[PERSON:Ingrid Solheim Nygård]]
        Union representative, mobile [[PHONE_NUMBER:+47 924 18 337]], [[EMAIL_ADDRESS:ingrid.nygard@ff850.no]]
        """#,
        #"""
        From: [[PERSON:Rūta Petrauskienė]] <[[EMAIL_ADDRESS:ruta.petrauskiene@baltlogistika.lt]]>
        To: [[PERSON:Mindaugas Žukauskas]] <[[EMAIL_ADDRESS:m.zukauskas88@gmail.com]]>
        Date: Tue, [[DATE:11 Feb 2025]] 09:41:17 +0200
        Subject: RE: Onboarding documents – start on [[DATE:3 March]]

        Labas, [[PERSON:Mindaugas]],

        Thank you for the signed contract. Before your first day I still need a few things:

        1. Personal code – the form says [[NATIONAL_ID:38811090419]] but your ID card copy is blurry. Please resend.
        2. Salary account: we have [[IBAN_CODE:LT31 7300 0101 4882 3591]] (Swedbank). Correct?
        3. The occupational health certificate (form 047/a). You mentioned [[HEALTH_CONDITION:asthma]] – that is
           no problem for the warehouse office, but please keep your [[HEALTH_CONDITION:salbutamol]] inhaler on site.

        Your employee number will be [[EMPLOYEE_NUMBER:BL-004172]]. Our IT team
        will create your accounts. By the way, someone tried to log in to the HR portal with your name from
        [[IP_ADDRESS:78.56.201.14]] on [[DATE:9 February]] – if that was you from home, all is fine.

        Geros dienos,

        [[PERSON:Rūta Petrauskienė]]
        HR Specialist | UAB Baltlogistika
        [[STREET_ADDRESS:Savanorių pr. 178A, LT-03154 Vilnius]]
        Mob. [[PHONE_NUMBER:+370 612 48 907]]

        > [[DATE:2025-02-10]], pirm., 22:14, [[PERSON:Mindaugas Žukauskas]] rašė:
        > Sveiki, contract attached. My birth date is [[DATE_OF_BIRTH:1988-11-09]], phone [[PHONE_NUMBER:8 655 31472]].
        > New address: [[STREET_ADDRESS:Žirmūnų g. 64-12, LT-09131 Vilnius]].
        """#,
        #"""
        [rīgas dzīvoklis 🏠 ģertrūdes 47]
        [[PERSON:līga]]: čaļi landlord nāks sestdien pārbaudīt apkuri!!
        [[PERSON:krisis]]: atkal?? viņš bija pirms 2 nedēļām 🙄
        [[PERSON:līga]]: [[PERSON:ozoliņš]] saka ka kaimiņi sūdzas ka radiatori sit.
           viņa numurs ja kas [[PHONE_NUMBER:2914 8830]]
        [[PERSON:līga]]: ok es palikšu. bet atgādinu ka īre līdz [[DATE:5. martam]]!!
           uz [[IBAN_CODE:LV14 HABA 0551 0493 8217 4]]
        [[PERSON:annie]]: guys also he wants our personal codes for the new contract?? isnt that weird
        [[PERSON:līga]]: nav weird tā ir latvija lol. mans [[NATIONAL_ID:140395-11834]]
        [[PERSON:annie]]: ok mine is [[NATIONAL_ID:220896-12043]], i'll just email it to him
           [[EMAIL_ADDRESS:a.ozolins@inbox.lv]] right?
        [[PERSON:krisis]]: btw vai kāds var nopirkt pienu, man ir [[HEALTH_CONDITION:angīna]] un nevaru aiziet
        [[PERSON:annie]]: omg again? dzer to [[HEALTH_CONDITION:amoksicilīnu]] ko ārsts iedeva
        [[PERSON:līga]]: es nopirkšu. un [[PERSON:annijas]] dzimšanas diena [[DATE:22. augustā]] vai ne? jāplāno ballīte
        [[PERSON:krisis]]: ok 🎂 kūkai piegādes adrese [[STREET_ADDRESS:Ģertrūdes iela 47-8, Rīga, LV-1011]]?
        """#,
        #"""
        NOTICE OF TERMINATION
        (Residential Tenancies Acts 2004 to 2022 – Part 4 tenancy)

        Date of service: [[DATE:28 February 2025]]

        To the tenants:
        [[PERSON:Siobhán Ní Bhriain]]
        [[PERSON:Ciarán Ó Dubhghaill]]

        Address of the dwelling:
        [[STREET_ADDRESS:Apartment 14, Corrib View
        Dyke Road
        Galway
        H91 X2C7]]

        The tenancy, which commenced on [[DATE:1 June 2019]], will terminate on [[DATE:30 November 2025]].
        You are required to vacate and give up possession of the dwelling on or before that date.

        Reason: I require the dwelling for occupation by a member of my family, namely my daughter,
        [[PERSON:Aoife Brennan]], who is returning from Canada and intends to live there for at least six months.
        A statutory declaration to this effect is attached.

        Any issue as to the validity of this notice or the right of the landlord to serve it must be
        referred to the Residential Tenancies Board within 28 days of receipt.
        Your deposit will be returned to the account you nominated, [[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]].

        Signed: [[PERSON:Declan Brennan]] (landlord)
        Address: [[STREET_ADDRESS:Cnoc na Gréine, Barna Road, Knocknacarra, Galway H91 E4P3]]
        Phone: [[PHONE_NUMBER:087 314 2290]]    Email: [[EMAIL_ADDRESS:declanbrennan.galway@eircom.net]]
        PPS number (for RTB records): [[NATIONAL_ID:4827316A]]

        Served by registered post and by hand. Witness: [[PERSON:Máire Ní Fhlatharta]], [[DATE:28/02/2025]]
        """#,
        #"""
        CONDUCE DE ENTREGA N.º 004817 – Muebles y Electrodomésticos La Económica, S.R.L.
        Sucursal Av. Venezuela, Santo Domingo Este

        Fecha de entrega programada: miércoles [[DATE:19 de marzo de 2025]], entre 9:00 a. m. y 1:00 p. m.

        CLIENTE
        Nombre: [[PERSON:Yokasta Altagracia Peña Rosario]]
        Cédula: [[NATIONAL_ID:402-2287413-6]]
        Dirección: [[STREET_ADDRESS:C/ Respaldo Los Robles #27, Apto. 3B, Ens. Ozama, Santo Domingo Este]]
        Referencia: frente al colmado Don Chepe, portón verde
        Tel. casa: [[PHONE_NUMBER:809-596-3321]]     Celular/WhatsApp: [[PHONE_NUMBER:829 447 1180]]

        ARTÍCULOS
        1 Nevera 14 pies, gris                    RD$ 38,500.00
        1 Juego de comedor 4 sillas               RD$ 21,900.00
        Pagado con tarjeta [[CREDIT_CARD:5168 4722 0391 8766]] el [[DATE:15/03/2025]] (factura 88213)

        OBSERVACIONES
        - La clienta usa silla de ruedas por [[HEALTH_CONDITION:paraplejia]]; llamar al llegar y subir por la
          rampa lateral.
        - Si no está, recibe su hermano [[PERSON:Ramón Peña]], cédula [[NATIONAL_ID:001-1523308-4]],
          cel. [[PHONE_NUMBER:+1 849 220 7314]].
        - No entregar a menores.

        Chofer: [[PERSON:Wander Encarnación]]   Ayudante: [[PERSON:Frank "el Flaco" Mejía]]

        Recibido conforme (nombre y firma): _______________________   Fecha: [[DATE:19/03/2025]]
        """#,
        #"""
        Banja Luka, [[DATE:17. mart 2025.]]

        JU OŠ „Branko Ćopić“ Banja Luka
        Razredni starješina III-2, učiteljica [[PERSON:Dragana Savić]]

        Poštovana učiteljice [[PERSON:Dragana]],

        molim Vas da opravdate izostanak mog sina [[PERSON:Luke Vidovića]] od ponedjeljka, [[DATE:10. marta]],
        do petka, [[DATE:14. marta 2025.]] godine. [[PERSON:Luka]] je imao [[HEALTH_CONDITION:upalu srednjeg uha]]
        sa visokom temperaturom i pedijatar dr [[PERSON:Nebojša Kecman]] mu je propisao
        [[HEALTH_CONDITION:amoksicilin]] deset dana. Ljekarsko uvjerenje iz Doma zdravlja šaljem u prilogu.

        Molim Vas i da ga oslobodite fizičkog do kraja sedmice, doktor je rekao da se ne znoji.
        Za izlet na Kozaru [[DATE:dvadeset osmog marta]] (u petak) šaljem saglasnost i podatke za osiguranje:
          ime i prezime: [[PERSON:Luka Vidović]]
          datum rođenja: [[DATE_OF_BIRTH:22.07.2016.]]
          JMBG: [[NATIONAL_ID:2207016110036]]
        Napominjem još jednom da [[PERSON:Luka]] ima [[HEALTH_CONDITION:alergiju na kikiriki]] – u rancu je
        [[HEALTH_CONDITION:EpiPen]], a uputstvo je kod pedagoga [[PERSON:Gorana Tešića]].

        Ako nešto treba, zovite mene na [[PHONE_NUMBER:065/417-228]].
        Adresa je i dalje
        [[STREET_ADDRESS:Ulica Kralja Petra I Karađorđevića 41, 78000 Banja Luka]].

        S poštovanjem,
        [[PERSON:Jelena Vidović]]
        """#,
        #"""
        [[PERSON:Guðrún Helga Sigurðardóttir]]
        [[STREET_ADDRESS:Hringbraut 88, íbúð 302
        107 Reykjavík]]
        Kennitala: [[NATIONAL_ID:080591-3229]]
        Sími: [[PHONE_NUMBER:+354 862 4417]]
        Netfang: [[EMAIL_ADDRESS:gudrun.helga@simnet.is]]

        Landsbankinn hf. – Card Disputes / Kortaþjónusta
        [[STREET_ADDRESS:Reykjastræti 6, 101 Reykjavík]]

        Reykjavík, [[DATE:12. mars 2025]]

        Re: Disputed transactions – Visa debit card [[CREDIT_CARD:4532 0177 8834 2106]]
        Account: [[IBAN_CODE:IS19 0133 2600 4148 1207 8239 19]]

        Dear Sir or Madam,

        I dispute the following three transactions on the above card, which I did not make or authorise:

          [[DATE:03.03.2025]]   ONLINE – ELECTROMARKT ES     ISK 148,900
          [[DATE:03.03.2025]]   ONLINE – ELECTROMARKT ES     ISK 97,450
          [[DATE:04.03.2025]]   SHELL TENERIFE SUR           ISK 12,300

        From [[DATE:1 March]] to [[DATE:6 March 2025]] I was an inpatient at the Akureyri hospital with a
        [[HEALTH_CONDITION:fractured left ankle]] after a fall while skiing, and my card was locked in a drawer
        at home. My husband, [[PERSON:Einar Þór Jónsson]] (kt. [[NATIONAL_ID:170283-4499]]), can confirm this,
        and the hospital's discharge note is enclosed.

        Your fraud team told me by phone on [[DATE:10 March]] that the online purchases came from IP address
        [[IP_ADDRESS:185.220.101.47]], which is not mine; my home router uses [[IP_ADDRESS:157.157.32.8]].

        I ask that the total, ISK 258,650, be refunded to my account and that a new card be issued.

        Virðingarfyllst / Yours faithfully,
        [[PERSON:Guðrún H. Sigurðardóttir]]
        """#,
        #"""
        ST. JAMES COMMUNITY CENTRE – KIDDIES CARNIVAL MAS CAMP 2025
        Sign-up sheet · Saturdays, [[DATE:11 January 2025]] to [[DATE:22 February 2025]], 9 am – 12 noon
        Coordinator: [[PERSON:Marlene Baptiste-Ramdial]] ([[PHONE_NUMBER:868-622-4190]])

        1. [[PERSON:Kyle Mohammed]], DOB [[DATE_OF_BIRTH:05/08/2016]] – mum [[PERSON:Nadia Mohammed]],
           [[PHONE_NUMBER:(868) 731-4402]], [[EMAIL_ADDRESS:nadia.mohammed78@gmail.com]]
           – [[HEALTH_CONDITION:asthma]], inhaler in his bag
        2. [[PERSON:Jaden]] & [[PERSON:Jayden Ramsaran]] (twins), DOB [[DATE_OF_BIRTH:30/11/2015]]
           – dad [[PERSON:Vishnu Ramsaran]], [[PHONE_NUMBER:+1 868 487 6620]]
           – [[PERSON:Jaden]] has [[HEALTH_CONDITION:type 1 diabetes]], snacks allowed anytime
        3. [[PERSON:Tyrese Alexander]], DOB [[DATE_OF_BIRTH:12/04/2016]]
           – aunt [[PERSON:Sharon "Aunty Shay" Alexander]], [[PHONE_NUMBER:868-350-2297]]
           – note: [[HEALTH_CONDITION:ADHD]], takes [[HEALTH_CONDITION:Ritalin]] at school only

        Volunteers from the pan side will help with sewing and music.
        Photos go on the Centre's page only with a parent's OK.
        Costume fee TT$150 – pay [[PERSON:Marlene]] cash or transfer to Republic Bank
        acct [[US_BANK_ACCOUNT:160448273501]].
        """#,
        #"""
        [Groupe WhatsApp « Tontine Sacré-Cœur 3 »]
        [08:14] [[PERSON:Awa Ndiaye]]: Bonjour la famille 🙏 rappel : cotisation de mars avant le [[DATE:5 mars]],
                25 000 F chacune
        [08:20] [[PERSON:Fafa]]: bjr [[PERSON:awa]]. jenvoie ce soir par wave sur ton [[PHONE_NUMBER:77 412 36 95]]
                comme dhab?
        [08:33] [[PERSON:Mame Diarra Fall]]: Salam. Moi je serai en retard, mon mari est hospitalisé à Principal
                depuis samedi, [[HEALTH_CONDITION:paludisme grave]] 😔
        [08:35] [[PERSON:Khady]]: Ndeysaan 🤲🏾 [[PERSON:diarra]] tu as besoin de qqch? je passe demain
        [09:02] [[PHONE_NUMBER:+221 76 508 19 44]]: bonjour c [[PERSON:Ibrahima]] le fils de tata [[PERSON:ndèye]],
                maman a changé de numéro, c'est moi qui vais cotiser pour elle
        [09:05] [[PERSON:Awa Ndiaye]]: ok bienvenue. Envoie sur Orange Money au [[PHONE_NUMBER:+221 77 412 36 95]]
        [09:07] [[PERSON:Awa Ndiaye]]: Ce mois c'est le tour de [[PERSON:Khady Sow]]. Elle a donné sa CNI pour le
                registre : [[NATIONAL_ID:1 756 1989 02318]]. Remise chez moi dimanche [[DATE:9 mars]] à 17h,
                [[STREET_ADDRESS:Villa n° 9123, Sacré-Cœur 3, Dakar]]
        [09:12] [[PERSON:Fafa]]: et mamie [[PERSON:ndèye]] elle va mieux avec son [[HEALTH_CONDITION:diabète]] ?
        [09:15] [[PHONE_NUMBER:+221 76 508 19 44]]: oui merci, elle prend bien son [[HEALTH_CONDITION:metformine]]
        """#,
        #"""
        CURRICULUM VITAE

        [[PERSON:RAKHIMOVA Dilnoza Bakhtiyorovna]]
        Date of birth: [[DATE_OF_BIRTH:14 May 1994]]          Citizenship: Uzbekistan
        Passport: [[NATIONAL_ID:AB 4721093]]                  PINFL: [[NATIONAL_ID:41405942710038]]
        Address: [[STREET_ADDRESS:Chilonzor tumani, 9-kvartal, 14-uy, 27-xonadon, Toshkent 100115]]
        Mobile / Telegram: [[PHONE_NUMBER:+998 90 317 42 58]]
        E-mail: [[EMAIL_ADDRESS:dilnoza.rakhimova94@mail.ru]]

        PROFILE
        Financial analyst with seven years in retail banking and trade finance in Uzbekistan and Azerbaijan.
        Fluent in Uzbek, Russian and English; working Azerbaijani and Turkish.

        EXPERIENCE
        2021 – present   Senior Credit Analyst, Ipoteka-bank, Tashkent (staff ID [[EMPLOYEE_NUMBER:IPB-09317]])
                         – SME loan portfolio of USD 40 m; NPL ratio reduced from 6.1 % to 3.4 %
        2018 – 2021      Trade Finance Officer, Pasha Bank, Baku
                         – letters of credit for textile exporters; team of four
        2017 – 2018      Intern, Central Bank of Uzbekistan, Monetary Policy Department

        EDUCATION
        2013 – 2017      BSc Finance, Tashkent State University of Economics (GPA 4.6 / 5)
        CFA Level I passed – certificate issued [[DATE:12.06.2021]]

        REFERENCES
        [[PERSON:Azamat Yusupov]], Head of Credit Risk, Ipoteka-bank – [[PHONE_NUMBER:+998 71 200 45 19]],
        [[EMAIL_ADDRESS:a.yusupov@ipotekabank.uz]]
        [[PERSON:Leyla Məmmədova]], Director Trade Finance, Pasha Bank – [[PHONE_NUMBER:+994 50 218 44 71]]

        Available from [[DATE:1 September 2025]]. Willing to relocate to Almaty or Astana.
        """#,
        #"""
        ROYAL PAPUA NEW GUINEA CONSTABULARY – BOROKO POLICE STATION
        WITNESS STATEMENT                                   CR No. 0417/2025

        Name of witness: [[PERSON:Kila Moses Gaudi]]
        Date of birth: [[DATE_OF_BIRTH:4 October 1987]]      Place of origin: Hula, Central Province
        Address: [[STREET_ADDRESS:Section 23, Lot 11, Gordons, NCD]]
        Occupation: Security guard, Pacific Shield Security (staff no. [[EMPLOYEE_NUMBER:PSS-5521]])
        Phone: [[PHONE_NUMBER:7184 3320]]
        Statement taken on [[DATE:16 April 2025]] by Constable [[PERSON:Ruth Kaupa]]

        I, [[PERSON:Kila Moses Gaudi]], state as follows:

        On Monday [[DATE:14 April 2025]] at about 6.30 pm I was on duty at the gate of the Waigani
        supermarket car park. I saw a woman I now know as Mrs [[PERSON:Agnes Wari]] walking to a white Hilux.
        Two young men came from the side of the road. One was tall with dreadlocks; the other man I know by
        sight as "[[PERSON:Tony]]" from Hohola, Block 6. [[PERSON:Tony]] pulled her bilum and said
        "givim moni kwik, meri". When she held on he pushed her and she fell and hit her head on the kerb.
        She had a [[HEALTH_CONDITION:deep cut on her forehead]] and was bleeding.

        I ran to them and blew my whistle. Both men ran towards Waigani Drive. My supervisor,
        [[PERSON:Peter Kauna]] ([[PHONE_NUMBER:+675 7092 1148]]), called the police and St John.
        Mrs [[PERSON:Wari]] told me her phone and her purse with her ID card were in the bilum.
        Her daughter [[PERSON:Grace Wari]] came later and took her to Port Moresby General Hospital.

        I can identify [[PERSON:Tony]] if I see him again. This statement is true to the best of my knowledge.

        Signed: [[PERSON:K. M. Gaudi]]                    Witnessed: Const. [[PERSON:R. Kaupa]]
        """#,
        #"""
        REPUBLIKA E SHQIPËRISË
        GJYKATA E RRETHIT GJYQËSOR TIRANË
        Nr. 2187 Regj. Themeltar                                   Tiranë, më [[DATE:18.03.2025]]

        FLETËTHIRRJE
        (njoftim për seancë gjyqësore)

        Drejtuar: Z. [[PERSON:Arben Hoxha]]
        Nr. personal: [[NATIONAL_ID:J70412058K]]
        Adresa: [[STREET_ADDRESS:Rruga e Durrësit, Pallati 42, Shkalla 2, Ap. 9, Njësia Bashkiake nr. 5, Tiranë 1001]]

        Ju njoftojmë se jeni thirrur si palë e paditur në çështjen civile me:
        Paditëse: [[PERSON:Elona Hoxha]], lindur më [[DATE_OF_BIRTH:3 nëntor 1982]]
        Objekti: zgjidhje martese dhe caktim i kujdestarisë për fëmijën e mitur [[PERSON:Sara Hoxha]],
        lindur më [[DATE_OF_BIRTH:5 qershor 2015]].

        Seanca përgatitore do të zhvillohet më [[DATE:15 prill 2025]], ora 10:30, salla nr. 7.
        Paditësja ka depozituar raport mjekësor për [[HEALTH_CONDITION:çrregullim depresiv të përsëritur]]
        dhe ju kërkohet të paraqisni dokumentet për të ardhurat tuaja
        (llogaria bankare [[IBAN_CODE:AL60 2021 1009 0000 0004 1853 7712]]).

        Mosparaqitja pa shkaqe të arsyeshme nuk pengon zhvillimin e gjykimit.
        Përfaqësuesi ligjor i paditëses: Av. [[PERSON:Klodian Meta]], tel. [[PHONE_NUMBER:+355 69 204 7713]],
        e-mail [[EMAIL_ADDRESS:av.klodianmeta@gmail.com]]

        Sekretare gjyqësore: [[PERSON:Mirela Dervishi]]
        Gjyqtare: [[PERSON:Etleva Shehu]]
        Dorëzuar nga përmbaruesi: [[PERSON:Ilir Kapllani]], më [[DATE:20.03.2025]]
        """#,
        #"""
        [Aiga Faleolo 🇼🇸🇳🇿]
        [[PERSON:Lupe Faleolo]]: Talofa lava i le aiga uma! O le faaipoipoga a [[PERSON:Sina]] ma [[PERSON:Tevita]]
           o le Aso Toonai [[DATE:12 Iulai]] i le Ekalesia EFKS Moataa, Apia 🙏💒
        [[PERSON:sione]]: malo tina!! o a mai i le fale? how's dad
        [[PERSON:Lupe Faleolo]]: o loo lelei lava. o le [[HEALTH_CONDITION:ma'i suka]] a lou tama ua sili atu ona
           lelei ae o loo tiga pea le vae ona o le [[HEALTH_CONDITION:gout]]
        [[PERSON:fetu]] (cuz): can i stay with yous in otara until i fly? my lease ends [[DATE:30 June]]
        [[PERSON:sione]]: yeah bro, [[STREET_ADDRESS:23 Bairds Rd, Ōtara, Auckland 2023]] u know it
        [[PERSON:sina]] 👰🏽: for the fa'alavelave money pls send to [[PERSON:tevita]]'s ANZ
           [[US_BANK_ACCOUNT:06-0193-0482517-00]] reference "SINA+TEVITA" 🙏
        [[PERSON:Lupe Faleolo]]: o valaaulia auina i le fale:
           [[STREET_ADDRESS:Fale 14, Lalovaea Road, Vailima, Apia, Samoa]]
        [[PERSON:sione]]: 👍🏽 also tina my new number is [[PHONE_NUMBER:022 318 7704]], the old one's gone
        [[PERSON:Lupe Faleolo]]: faafetai alo. alofa atu ia te outou uma ❤️
        """#,
        #"""
        [[PERSON:NGO MBARGA Célestine Aurélie]]
        [[STREET_ADDRESS:BP 1247, Rue 1.839, Quartier Bastos
        Yaoundé, Cameroun]]
        Tél. : [[PHONE_NUMBER:+237 6 77 41 82 09]]
        Courriel : [[EMAIL_ADDRESS:celestine.ngombarga@yahoo.fr]]
        CNI n° [[NATIONAL_ID:112847365]]

        À l'attention du Service Réclamations Clientèle
        Afriland First Bank – Agence Hippodrome, Yaoundé

        Yaoundé, le [[DATE:7 février 2025]]

        Objet : contestation de trois opérations par carte et demande de remboursement
        Compte n° [[US_BANK_ACCOUNT:10005 00001 06211234501 47]]
        IBAN : [[IBAN_CODE:CM07 1000 5000 0106 2112 3450 147]]
        Carte Visa n° [[CREDIT_CARD:4024 0071 5538 6211]]

        Madame, Monsieur,

        Je constate sur mon relevé de janvier trois opérations que je n'ai pas effectuées :
         – [[DATE:28/01/2025]], retrait DAB Plateau, Abidjan (Côte d'Ivoire) : 300 000 FCFA
         – [[DATE:28/01/2025]], achat en ligne « JUMIA CI » : 187 500 FCFA
         – [[DATE:29/01/2025]], retrait DAB Cocody, Abidjan : 300 000 FCFA

        Du [[DATE:25 janvier]] au [[DATE:3 février 2025]], j'étais hospitalisée à l'Hôpital Central de Yaoundé
        pour une [[HEALTH_CONDITION:crise vaso-occlusive drépanocytaire]] ; je n'ai donc pas pu me trouver à Abidjan.
        Le certificat d'hospitalisation signé par le Dr [[PERSON:Essomba Mballa]] est joint, ainsi que la copie
        de mon passeport ([[NATIONAL_ID:AA0381274]]) qui ne porte aucun tampon de sortie du territoire.

        Ma carte est restée en la possession de ma sœur, [[PERSON:Mbarga Ndzana Brigitte]], qui l'a fait opposer le
        [[DATE:30 janvier]] par téléphone au [[PHONE_NUMBER:+237 222 23 30 68]] (référence d'opposition 77-4410).

        Je vous prie de bien vouloir recréditer mon compte de la somme de 787 500 FCFA et de me confirmer la
        réception de cette réclamation.

        Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

        [[PERSON:Célestine A. Ngo Mbarga]]
        Matricule fonctionnaire : [[EMPLOYEE_NUMBER:M-574213-W]] (MINESEC)
        """#,
        #"""
        [familia 🇨🇴 medallo + quito]
        [[PERSON:vale]]: parceros ya le escribí al dueño del apto, dice q el lunes arreglan la ducha
        [[PERSON:juanpa]]: graciasss [[PERSON:valee]] 🙌
        [[PERSON:vale]]: pero pide copia de la cedula de los q firmamos el contrato nuevo
        [[PERSON:juanpa]]: uy q pereza. la mia es [[NATIONAL_ID:1.036.658.214]] se la paso yo o vos?
        [[PERSON:vale]]: yo se las mando todas juntas. [[PERSON:mafe]] falta la tuya
        [[PERSON:mafe]]: [[NATIONAL_ID:1.152.447.903]] expedida en envigado
        [[PERSON:mafe]]: y la direccion en el contrato tiene q ser
           [[STREET_ADDRESS:Cra. 43A #18 Sur-135, apto 902, El Poblado, Medellín]] no la vieja de laureles ojo
        tía [[PERSON:gloria]]: Hola mis niños, bendiciones. [[PERSON:Juan Pablo]] su abuelita pregunta si vienen
           para el cumpleaños el [[DATE:22 de junio]]
        [[PERSON:juanpa]]: si tia claro!! como sigue la abuela de la [[HEALTH_CONDITION:fractura de cadera]]?
        tía [[PERSON:gloria]]: Mejor mijo, ya camina con caminador. Lo que nos tiene preocupados es la
           [[HEALTH_CONDITION:presión alta]]
        [[PERSON:dayana]] 🇪🇨: holaaa primos desde quito 🥰 yo no puedo ir, estoy con [[HEALTH_CONDITION:dengue]] 😩
        [[PERSON:dayana]] 🇪🇨: si quieren mandar algo para el regalo de la abuela mi cuenta pichincha es
           [[US_BANK_ACCOUNT:2204381967]]
        [[PERSON:vale]]: o a mi nequi [[PHONE_NUMBER:310 548 2219]] 👌
        tía [[PERSON:gloria]]: El numero nuevo de la abuelita es [[PHONE_NUMBER:(604) 448 7120]], llamenla
           que se pone feliz
        """#,
        #"""
        From: [[PERSON:Priya Raghunathan]] <[[EMAIL_ADDRESS:praghunathan@northshoremfg.ca]]>
        To: [[PERSON:Liam O'Donnell]]; [[PERSON:Mette Kjærgaard]]
        Date: [[DATE:March 4, 2025]]
        Subject: Payroll & benefits enrolment – action needed by [[DATE:March 14]]

        Hi both,

        Welcome again to Northshore Manufacturing! A few payroll items before your first pay
        on [[DATE:March 21]]:

        [[PERSON:Liam]] (employee #[[EMPLOYEE_NUMBER:NSM-30418]]) – the SIN on your TD1 reads
        [[NATIONAL_ID:527 183 404]], but the one on your offer letter ends in 504. Could you confirm
        which is correct? For direct deposit I have routing [[US_ROUTING_NUMBER:000400482]],
        account [[US_BANK_ACCOUNT:5201837]].

        [[PERSON:Mette]] (employee #[[EMPLOYEE_NUMBER:NSM-30422]]) – since you live in Lewiston, NY and commute
        across the border, you'll also need the US forms. I have your SSN as [[US_SSN:412-68-9053]] and
        your US checking account at routing [[US_ROUTING_NUMBER:022000305]], account [[US_BANK_ACCOUNT:7700418862]].

        Benefits: Sun Life group plan, certificate numbers [[MEMBER_NUMBER:3048812-01]] ([[PERSON:Liam]]) and
        [[MEMBER_NUMBER:3048813-01]] ([[PERSON:Mette]]).
        [[PERSON:Liam]], regarding the accommodation you asked about for your [[HEALTH_CONDITION:Crohn's disease]],
        our OH nurse will call you at [[PHONE_NUMBER:905-688-2140]] this week. That stays confidential.

        Thanks,

        [[PERSON:Priya Raghunathan]] | Payroll & Benefits Coordinator
        Northshore Manufacturing Inc., [[STREET_ADDRESS:2250 Bunting Road, St. Catharines, ON L2M 7K5]]
        T [[PHONE_NUMBER:905-641-3377]] ext. 214
        """#,
    ]
}
