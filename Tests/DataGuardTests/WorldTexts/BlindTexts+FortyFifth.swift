extension BlindTexts {
    /// A forty-fifth set of clinical texts, written blind to DataGuard's rules.
    static let fortyFifthClinical: [String] = [
        #"""
        PUESTO DE SALUD CCATCCA - MICRORRED URCOS - DIRESA CUSCO
        CARNÉ PERINATAL / Wiksayuq warmikunapaq qhawarina p'anqa
        Gestante: [[PERSON:Yolanda Quispe Mamani]]   DNI: [[NATIONAL_ID:45081627]]
        F. nac.: [[DATE_OF_BIRTH:02/11/1998]]   HC N°: [[MEDICAL_RECORD_NUMBER:PSC-2024-00318]]
        N° afiliación SIS: [[MEMBER_NUMBER:2-45081627-01]]
        Domicilio: [[STREET_ADDRESS:Comunidad Campesina Ccollana, sector Huaylla s/n, Ccatcca, Quispicanchi, Cusco]]
        Celular: [[PHONE_NUMBER:984 216 573]]   Esposo: [[PERSON:Wilber Huamán Condori]] ([[PHONE_NUMBER:951 407 238]])
        FUR: [[DATE:14/01/2024]]   FPP: [[DATE:21/10/2024]]   G3 P2002
        Dx actual: [[HEALTH_CONDITION:gestación de 28 semanas]], [[HEALTH_CONDITION:anemia leve]] (Hb 10.1 g/dl, corregida por altura)
        Antecedente: [[HEALTH_CONDITION:preeclampsia severa]] en el 2do parto ([[DATE:marzo 2021]]), Hospital Regional Cusco.
        Control N° 5 - [[DATE:28/07/2024]]: PA 130/85, AU 27 cm, LCF 142 x', [[HEALTH_CONDITION:edema de miembros inferiores]] +.
        Indicaciones:
          - [[HEALTH_CONDITION:Sulfato ferroso]] 300 mg + [[HEALTH_CONDITION:ácido fólico]] 400 mcg, 1 tab diaria con jugo de naranja
          - [[HEALTH_CONDITION:Carbonato de calcio]] 500 mg, 2 tab al día (lejos del hierro)
          - [[HEALTH_CONDITION:Ácido acetilsalicílico]] 100 mg en la noche hasta la semana 36
        Vacunas: [[HEALTH_CONDITION:dTpa]] aplicada hoy; [[HEALTH_CONDITION:vacuna contra influenza]] pendiente (sin stock).
        Plan de parto: Casa de Espera Materna de Ccatcca desde el [[DATE:01/10/2024]]; traslado coordinado.
        Signos de alarma explicados en quechua:
          "Mama [[PERSON:Yolanda]], umayki nanaptin, ñawiyki tutayaptin, yawar lloqsimuptin, utqhaylla hamuy."
        Agente comunitario de salud: don [[PERSON:Faustino Apaza Huillca]] - [[PHONE_NUMBER:974 330 186]]
        Obstetra: [[PERSON:Rosmery Ccahuana Puma]]   COP [[EMPLOYEE_NUMBER:28417]]
        Próxima cita: [[DATE:11/08/2024]] (traer su DNI y el carné)
        """#,
        #"""
        HOSPITAL MUNICIPAL LOS ANDES - EL ALTO
        LABORATORIO CLÍNICO - INFORME DE RESULTADOS
        Paciente: [[PERSON:Marcelina Choque Ticona]]        C.I.: [[NATIONAL_ID:6873214 LP]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:19-05-1990]]    Historia clínica: [[MEDICAL_RECORD_NUMBER:HMLA-045921]]
        Dirección: [[STREET_ADDRESS:Zona Villa Adela, Calle 3 N° 1187, El Alto, La Paz]]   Cel.: [[PHONE_NUMBER:71248390]]
        Médico solicitante: Dra. [[PERSON:Gabriela Mendoza Yujra]] (Mat. Prof. [[EMPLOYEE_NUMBER:M-4418]]) - Control prenatal
        Motivo: [[HEALTH_CONDITION:embarazo de 22 semanas]], [[HEALTH_CONDITION:disuria]] y [[HEALTH_CONDITION:fiebre]]
        Toma de muestra: [[DATE:05/06/2024]] 07:40     Emisión: [[DATE:06/06/2024]]
        HEMOGRAMA
          Hemoglobina ......... 9.8 g/dl   (ref. altura 12.5-16.0)  BAJO
          Hematocrito ......... 30 %
          Leucocitos .......... 12 800/mm3
          => compatible con [[HEALTH_CONDITION:anemia moderada]]
        GRUPO Y FACTOR: O Rh (+)
        SEROLOGÍA: VDRL no reactivo; VIH prueba rápida no reactivo;
                   [[HEALTH_CONDITION:Chagas]] (ELISA): REACTIVO - confirmar con HAI
        EXAMEN GENERAL DE ORINA: leucocitos 25-30/campo, nitritos positivos, bacterias +++
        UROCULTIVO: >100 000 UFC/ml -> [[HEALTH_CONDITION:infección urinaria]]
          Sensible: [[HEALTH_CONDITION:nitrofurantoína]], [[HEALTH_CONDITION:cefalexina]], [[HEALTH_CONDITION:fosfomicina]]
          Resistente: [[HEALTH_CONDITION:ampicilina]], [[HEALTH_CONDITION:cotrimoxazol]]
        Nota: derivar al programa departamental de zoonosis; referente Lic. [[PERSON:Nora Callisaya]] ([[PHONE_NUMBER:2 284 1190]]).
        Bioquímico responsable: Lic. [[PERSON:Rubén Mamani Quisbert]]   Reg. [[EMPLOYEE_NUMBER:CBB-2291]]
        Consultas: [[EMAIL_ADDRESS:r.mamani.lab@losandes-elalto.bo]]
        """#,
        #"""
        VICTORIA JUBILEE HOSPITAL - MATERNITY DEPARTMENT
        POSTNATAL DISCHARGE SUMMARY
        Mother: [[PERSON:Shanique Alicia Campbell]]     DOB: [[DATE_OF_BIRTH:08/03/1999]]
        Docket No: [[MEDICAL_RECORD_NUMBER:VJH-24-07713]]     TRN: [[NATIONAL_ID:118-402-675]]
        NHF Card No: [[MEDICAL_RECORD_NUMBER:20417788]]
        Address: [[STREET_ADDRESS:Lot 214, Phase 2, Greater Portmore, St. Catherine]]
        Tel: [[PHONE_NUMBER:876-555-0143]]   Baby's father: [[PERSON:Kemar Brown]], [[PHONE_NUMBER:876-555-0178]]
        Admitted: [[DATE:14 Feb 2024]]     Delivered: [[DATE:15 Feb 2024]] 03:22     Discharged: [[DATE:17 Feb 2024]]
        G2 P2, SVD at 39+2 weeks. Live female infant, 3.1 kg, Apgar 8/9.
        Infant: [[PERSON:Amoya Brown]], born [[DATE_OF_BIRTH:15/02/2024]], infant docket [[MEDICAL_RECORD_NUMBER:VJH-24-07714]]
        Antenatal / intrapartum problems:
          - [[HEALTH_CONDITION:Gestational diabetes]], diet controlled (post-delivery FBS 4.6)
          - [[HEALTH_CONDITION:Second-degree perineal tear]], repaired with [[HEALTH_CONDITION:Vicryl Rapide]]
          - [[HEALTH_CONDITION:Sickle cell trait]] (HbAS) - partner to be screened
        Given to infant: [[HEALTH_CONDITION:Vitamin K]] 1 mg IM, [[HEALTH_CONDITION:BCG]], [[HEALTH_CONDITION:Hepatitis B vaccine]] dose 1
        Discharge medication (mother):
          [[HEALTH_CONDITION:Ferrous sulphate]] 200 mg daily x 6 weeks; [[HEALTH_CONDITION:Paracetamol]] 1 g qds prn;
          [[HEALTH_CONDITION:Ibuprofen]] 400 mg tds with meals x 5 days
        Contraception discussed: chose [[HEALTH_CONDITION:Depo-Provera]] at 6 weeks.
        Follow-up: Portmore Health Centre postnatal clinic [[DATE:22/02/2024]]; OGTT at 6 weeks.
        Told in plain words: "Mommy, if di baby nah feed good, or yuh get fever or big bleeding, come back straight."
        Midwife: [[PERSON:Nadine Reid-Hylton]] RM, Reg. [[EMPLOYEE_NUMBER:NCJ-RM-3390]]
        Doctor: Dr [[PERSON:O. Thompson-Fraser]] (SHO, Obstetrics)
        """#,
        #"""
        CENTRE DE SANTÉ DE PIGNON - CONSULTATION DES ENFANTS DE MOINS DE 5 ANS
        Fiche de suivi / Fich swivi timoun
        Enfant : [[PERSON:Widlyne Saint-Fleur]]      Née le : [[DATE_OF_BIRTH:03/09/2022]]     Sexe : F
        Dossier : [[MEDICAL_RECORD_NUMBER:CSP-PED-0914]]
        Mère : [[PERSON:Rose-Marie Joseph]]   NIF : [[NATIONAL_ID:003-427-815-6]]
        Père : [[PERSON:Wilner Saint-Fleur]] (travaille à Santiago, RD) - [[PHONE_NUMBER:+1 809 555 0162]]
        Adresse : [[STREET_ADDRESS:Lokalite Bwa Nèf, 3e section Savanette, Pignon, Nord]]
        Téléphone mère : [[PHONE_NUMBER:+509 3712-4458]]
        Vaccins reçus :
          [[HEALTH_CONDITION:BCG]] + [[HEALTH_CONDITION:VPO 0]] le [[DATE:05/09/2022]]
          [[HEALTH_CONDITION:Penta 1]], 2, 3 complets ([[DATE:22/12/2022]])
          [[HEALTH_CONDITION:RR]] (rougeole-rubéole) le [[DATE:12/06/2023]]
        Visite du [[DATE:18/04/2024]] :
          Poids 8,9 kg, PB 120 mm -> [[HEALTH_CONDITION:malnutrition aiguë modérée]]
          [[HEALTH_CONDITION:Diarrhée aiguë]] depuis 3 jours, pas de sang, pas de signes de déshydratation sévère
        Traitement :
          [[HEALTH_CONDITION:SRO]] après chaque selle; [[HEALTH_CONDITION:Zinc]] 20 mg x 10 jours;
          [[HEALTH_CONDITION:Plumpy'Sup]] 1 sachet/jour; [[HEALTH_CONDITION:Albendazole]] 400 mg dose unique;
          [[HEALTH_CONDITION:Vitamine A]] 200 000 UI
        Konsèy an kreyòl : "Manman, bay pitit la dlo bouyi, kontinye ba li tete, epi retounen si li pa manje."
        Agent de santé communautaire : [[PERSON:Jean-Robert Pierre-Louis]] ([[PHONE_NUMBER:+509 4688-2031]])
        Infirmière : [[PERSON:Marjorie Désir]], licence [[EMPLOYEE_NUMBER:INF-HT-06682]]
        Prochain RDV : [[DATE:02/05/2024]]
        """#,
        #"""
        HÔPITAL DE DISTRICT DE BIYEM-ASSI - MATERNITÉ / MATERNITY UNIT
        Compte rendu d'accouchement / Delivery record
        Patiente : [[PERSON:NGO BIYONG Marie-Claire]]     Dossier : [[MEDICAL_RECORD_NUMBER:HDBA/MAT/24/1162]]
        Née le [[DATE_OF_BIRTH:27/12/1994]] à Ébolowa     CNI n° [[NATIONAL_ID:113825472]]
        Mutuelle : [[MEMBER_NUMBER:MUSACAM-0078214]]
        Domicile : [[STREET_ADDRESS:Quartier Mendong, derrière l'école publique, Yaoundé VI]]
        Conjoint : [[PERSON:ESSOMBA Jean-Paul]], [[PHONE_NUMBER:+237 6 77 41 82 09]]
        Admission le [[DATE:08 juin 2024]] pour travail; accouchement le [[DATE:09 juin 2024]] par césarienne
        Indication : [[HEALTH_CONDITION:dystocie dynamique]] + [[HEALTH_CONDITION:souffrance fœtale aiguë]]
        Antécédents : [[HEALTH_CONDITION:VIH]] connu depuis [[DATE:mai 2019]], sous [[HEALTH_CONDITION:TLD]]
          ([[HEALTH_CONDITION:ténofovir/lamivudine/dolutégravir]]), charge virale indétectable ([[DATE:avril 2024]]).
          [[HEALTH_CONDITION:Paludisme]] prévenu par [[HEALTH_CONDITION:TPI-SP]] x 3 doses.
        Nouveau-né : garçon, 3 350 g, nommé [[PERSON:ESSOMBA Ngono Yannick]], né le [[DATE_OF_BIRTH:09/06/2024]]
          Prophylaxie : [[HEALTH_CONDITION:névirapine]] sirop 6 semaines; PCR ADN prévue le [[DATE:21/07/2024]]
          [[HEALTH_CONDITION:BCG]] et [[HEALTH_CONDITION:VPO 0]] faits avant la sortie.
        Post-op : [[HEALTH_CONDITION:ceftriaxone]] 2 g/j x 3 jours, [[HEALTH_CONDITION:tramadol]], [[HEALTH_CONDITION:énoxaparine]] 40 mg
        Allaitement exclusif conseillé (mother counselled in English and Ewondo).
        Sage-femme : [[PERSON:TCHINDA Pélagie]], matricule [[EMPLOYEE_NUMBER:604218-K]]
        Médecin : Dr [[PERSON:FOMBA NGWA Elvis]]   Tél. service : [[PHONE_NUMBER:+237 2 22 31 06 48]]
        Sortie le [[DATE:13/06/2024]]; RDV consultation post-natale le [[DATE:20/06/2024]].
        """#,
        #"""
        GHANA HEALTH SERVICE - ABOFOUR CHPS COMPOUND, OFFINSO NORTH
        COMMUNITY HEALTH NURSE - HOME VISIT RECORD
        Client: Nana [[PERSON:Akosua Serwaa Boateng]]     DOB: [[DATE_OF_BIRTH:12/03/1948]]
        Ghana Card: [[NATIONAL_ID:GHA-712548390-4]]     NHIS No: [[MEDICAL_RECORD_NUMBER:03417829]]
        Folder No: [[MEDICAL_RECORD_NUMBER:ABF/CHPS/0331]]
        House: [[STREET_ADDRESS:H/No. AB-117, Zongo line, Abofour, Offinso North District, Ashanti Region]]
        Carer: granddaughter [[PERSON:Efua Mensah]] - [[PHONE_NUMBER:024 318 5576]]; son [[PERSON:Kwame Boateng]] (Kumasi) [[PHONE_NUMBER:020 774 1092]]
        Problems: [[HEALTH_CONDITION:hypertension]]; [[HEALTH_CONDITION:stroke]] in [[DATE:November 2023]] with [[HEALTH_CONDITION:right-sided weakness]];
                  [[HEALTH_CONDITION:pressure sore]] over sacrum (grade 2); [[HEALTH_CONDITION:cataract]] L eye
        Medicines: [[HEALTH_CONDITION:Nifedipine]] 20 mg bd, [[HEALTH_CONDITION:Aspirin]] 75 mg daily, [[HEALTH_CONDITION:Atorvastatin]] 20 mg nocte
        ---------------------------------------------------------------
        [[DATE:04/03/2024]]  BP 168/96. Missed drugs 3 days (ran out). Sore 3x2 cm, clean. Dressed with
                    normal saline + [[HEALTH_CONDITION:povidone-iodine]]. Turned 2-hourly - taught [[PERSON:Efua]].
        [[DATE:11/03/2024]]  BP 152/90. Drugs refilled at Offinso Gov't Hosp pharmacy. Sore smaller.
        [[DATE:18/03/2024]]  BP 146/88. Eating well. Walking with frame a few steps. Referred for physio.
        Advice (Twi): "Nana, nom wo nnuro no daa, na mma wo nna baabi koro nkyɛ."
        Plan: weekly visit; NHIS renewal due [[DATE:30/04/2024]].
        CHN: [[PERSON:Abena Kyei-Darko]]   NMC PIN: [[EMPLOYEE_NUMBER:RCHN/0411/17]]   Staff ID: [[EMPLOYEE_NUMBER:681204]]
        Supervisor informed: Mr [[PERSON:Yaw Owusu-Ansah]], Sub-district PHN
        """#,
        #"""
        კლინიკა „დენტა-ვაკე" - ბავშვთა სტომატოლოგია / Dental Clinic "Denta-Vake", Tbilisi
        სტომატოლოგიური ბარათი / DENTAL CHART № [[MEDICAL_RECORD_NUMBER:DV-2024-0588]]
        პაციენტი / Patient: [[PERSON:ნინო ბერიძე]] ([[PERSON:Nino Beridze]]), 8 y
        დაბადების თარიღი / DOB: [[DATE_OF_BIRTH:17.05.2015]]     პირადი № / Personal No: [[NATIONAL_ID:01017045832]]
        მშობელი / Parent: [[PERSON:თამარ ბერიძე]]  ტელ: [[PHONE_NUMBER:+995 599 41 27 83]]
        მისამართი: [[STREET_ADDRESS:ჭავჭავაძის გამზ. 41, ბინა 17, თბილისი 0179]]
        Insurance: Imedi L, policy [[MEMBER_NUMBER:IM-4471803]]
        ანამნეზი / History: [[HEALTH_CONDITION:ალერგია პენიცილინზე]] (penicillin allergy - rash [[DATE:2019 წლის ივნისი]]);
                            [[HEALTH_CONDITION:bronchial asthma]], uses [[HEALTH_CONDITION:Salbutamol]] inhaler
        ვიზიტი / Visit [[DATE:03.04.2024]]:
          75, 85 - [[HEALTH_CONDITION:კარიესი]] ([[HEALTH_CONDITION:dentine caries]]), 36 - [[HEALTH_CONDITION:acute pulpitis]]
          Anaesthesia: [[HEALTH_CONDITION:Ubistesin]] 4% ([[HEALTH_CONDITION:articaine]]) 0.9 ml, infiltration
          36 - pulpotomy, [[HEALTH_CONDITION:MTA]], GIC; 75 - composite; 85 - to be extracted next visit
          16, 26 - fissure sealing; [[HEALTH_CONDITION:Duraphat]] varnish all surfaces
        Home care: [[HEALTH_CONDITION:ibuprofen]] 200 mg if pain (max 3/day), fluoride paste 1000 ppm
        შემდეგი ვიზიტი / Next visit: [[DATE:17.04.2024]] 16:30
        Refund of insurance co-pay to parent's account: [[IBAN_CODE:GE85 BG00 0000 0471 3925 08]]
        ექიმი / Dentist: [[PERSON:გიორგი კაპანაძე]], license [[EMPLOYEE_NUMBER:01-1547]]
        e-mail: [[EMAIL_ADDRESS:tamar.beridze.tb@gmail.com]] (reminders)
        """#,
        #"""
        «ԷՐԵԲՈՒՆԻ» ԲԺՇԿԱԿԱՆ ԿԵՆՏՐՈՆ - ԼԱԲՈՐԱՏՈՐԻԱ / Erebouni MC - Laboratory
        Արդյունքների թերթիկ / Results sheet
        Պացիենտ / Patient: [[PERSON:Անի Հովհաննիսյան]] ([[PERSON:Ani Hovhannisyan]])
        Ծննդյան ամսաթիվ / DOB: [[DATE_OF_BIRTH:22.08.1987]]     ՀԾՀ / SSN: [[NATIONAL_ID:3208870415]]
        Անձնագիր / Passport: [[NATIONAL_ID:AT0518274]]     Patient ID: [[MEDICAL_RECORD_NUMBER:ERB-LAB-778210]]
        Հասցե: [[STREET_ADDRESS:Կոմիտասի պող. 54, բն. 22, Երևան 0014]]
        Հեռ. / Tel: [[PHONE_NUMBER:+374 91 452 187]]   Email: [[EMAIL_ADDRESS:ani.hovhannisyan87@mail.am]]
        Ուղեգրող բժիշկ / Referring: Dr [[PERSON:Արամ Գրիգորյան]], obstetrician-gynaecologist
        Clinical info: [[HEALTH_CONDITION:հղիություն]] 12 weeks (first pregnancy);
                       [[HEALTH_CONDITION:ընտանեկան միջերկրածովյան տենդ]] (FMF) on [[HEALTH_CONDITION:colchicine]] 1 mg/day
        Նմուշառում / Sampled: [[DATE:11.03.2024]]     Տրված / Issued: [[DATE:13.03.2024]]
          TSH .................... 5.8 mIU/L   (1st trimester 0.1-2.5)  ↑
          free T4 ................ 13.1 pmol/L (normal)
          Anti-TPO ............... 212 IU/mL   ↑
          Hb ..................... 112 g/L
          Rubella IgG ............ positive (immune)
          Toxoplasma IgG / IgM ... negative / negative
          HBsAg, anti-HCV, HIV ... negative
          Ferritin ............... 14 ng/mL ↓
        Conclusion: [[HEALTH_CONDITION:subclinical hypothyroidism]] with [[HEALTH_CONDITION:autoimmune thyroiditis]];
        [[HEALTH_CONDITION:iron deficiency]]. Consider [[HEALTH_CONDITION:levothyroxine]] 25 mcg - endocrinology consult.
        Լաբորատոր բժիշկ / Lab physician: [[PERSON:Լիլիթ Սարգսյան]], license [[EMPLOYEE_NUMBER:ԲԼ-004812]]
        Online access log: viewed [[DATE:13.03.2024]] 19:42 from [[IP_ADDRESS:85.105.44.213]]
        """#,
        #"""
        ФАП с. Кызыл-Суу, Джети-Огузский район, Иссык-Кульская обл.
        История развития ребёнка (ф. 112/у) № [[MEDICAL_RECORD_NUMBER:112-0457]]
        Ребёнок: [[PERSON:Асанова Айпери Бакытовна]]     Дата рождения: [[DATE_OF_BIRTH:14.02.2023]]
        ПИН: [[NATIONAL_ID:11402202300218]]
        Мать: [[PERSON:Асанова Гүлнара Токтогуловна]], тел. [[PHONE_NUMBER:+996 555 318 427]]
        Отец: [[PERSON:Асанов Бакыт Эркинович]] (на заработках, г. Москва) - [[PHONE_NUMBER:+7 916 204-71-38]]
        Адрес: [[STREET_ADDRESS:с. Кызыл-Суу, ул. Манаса, д. 47, Джети-Огузский р-н, Иссык-Кульская обл.]]
        Прививки:
          [[HEALTH_CONDITION:БЦЖ]], [[HEALTH_CONDITION:ВГВ-1]] - роддом, [[DATE:15.02.2023]]
          [[HEALTH_CONDITION:Пентавалентная]] 1-2-3, [[HEALTH_CONDITION:ОПВ]] 1-3, [[HEALTH_CONDITION:ПКВ]] 1-3, [[HEALTH_CONDITION:ротавирусная вакцина]] - по графику
          [[HEALTH_CONDITION:КПК]] - [[DATE:19.02.2024]]
        Осмотр [[DATE:20.05.2024]] (возраст 1 г. 3 мес.):
          Вес 9,1 кг, рост 76 см. Кожа бледная. Нв 98 г/л.
          Диагноз: [[HEALTH_CONDITION:Железодефицитная анемия лёгкой степени]]. [[HEALTH_CONDITION:ОРВИ]], [[HEALTH_CONDITION:ринофарингит]].
          Назначено: [[HEALTH_CONDITION:Мальтофер]] капли 2,5 мл/сут - 2 мес.;
                     [[HEALTH_CONDITION:Аквадетрим]] 1 капля/сут; обильное питьё, промывание носа.
        Кыргызча кеңеш: «Балаңызга эт, боор, жашылча бериңиз. 2 жумадан кийин кайра алып келиңиз.»
        Фельдшер: [[PERSON:Жумабаева Чолпон Асановна]], таб. № [[EMPLOYEE_NUMBER:0817]]
        Врач ГСВ (консультация по телефону): [[PERSON:Токтосунов Н. К.]]
        Повторный осмотр: [[DATE:03.06.2024]]
        """#,
        #"""
        TOSHKENT SHAHAR 6-SON TUG'RUQ KOMPLEKSI
        CHIQISH EPIKRIZI / ВЫПИСНОЙ ЭПИКРИЗ
        Bemor / Пациентка: [[PERSON:Karimova Dilnoza Rustamovna]]     Tug'ilgan sana: [[DATE_OF_BIRTH:05.10.1996]]
        JShShIR: [[NATIONAL_ID:40510967120034]]     Pasport: [[NATIONAL_ID:AD 4172839]]
        Kasallik tarixi № [[MEDICAL_RECORD_NUMBER:4187/312]]
        Manzil: [[STREET_ADDRESS:Toshkent sh., Chilonzor tumani, 19-kvartal, 34-uy, 51-xonadon]]
        Tel.: [[PHONE_NUMBER:+998 90 345 12 78]]     Turmush o'rtog'i: [[PERSON:Karimov Jasur]], [[PHONE_NUMBER:+998 93 511 40 62]]
        Поступила: [[DATE:12.08.2024]]   Роды: [[DATE:13.08.2024]] 05:10   Выписана: [[DATE:16.08.2024]]
        Диагноз: Роды II срочные в головном предлежании.
                 [[HEALTH_CONDITION:Анемия беременных I степени]]. [[HEALTH_CONDITION:Гестационный пиелонефрит]] справа.
        Лечение: [[HEALTH_CONDITION:цефтриаксон]] 1 г в/м 5 дней; [[HEALTH_CONDITION:окситоцин]] 10 ЕД в III периоде;
                 [[HEALTH_CONDITION:Сорбифер Дурулес]] 1 т 2 р/д.
        Новорождённый: мальчик [[PERSON:Karimov Samandar Jasurovich]], [[DATE_OF_BIRTH:13.08.2024]], 3450 г, 52 см
          Vaksinalar: [[HEALTH_CONDITION:BCG]], [[HEALTH_CONDITION:VGV-1]] (gepatit B) - [[DATE:14.08.2024]]
          [[HEALTH_CONDITION:Физиологическая желтуха]], билирубин 156 мкмоль/л - наблюдение.
        Tavsiyalar: ko'krak suti bilan boqish; 3 kundan keyin patronaj.
        Patronaj hamshira: [[PERSON:Yusupova Malika]], 38-son oilaviy poliklinika, tel. [[PHONE_NUMBER:+998 71 276 14 05]]
        Даволовчи шифокор / Лечащий врач: [[PERSON:Rahimova N. A.]]
        Бўлим мудири / Зав. отделением: [[PERSON:Xolmatov B. S.]]
        """#,
        #"""
        MINISTRY OF HEALTH SAMOA - COMMUNITY HEALTH NURSING, SAVAI'I
        Lalomalava District Hospital - District Nurse Home Visit Notes
        Patient: [[PERSON:Fa'atonu Tuilagi Leota]]     DOB: [[DATE_OF_BIRTH:21/06/1957]]
        Hospital No: [[MEDICAL_RECORD_NUMBER:LMH 18-2267]]     National ID: [[NATIONAL_ID:1957062104481]]
        Home: [[STREET_ADDRESS:Fale 12, Sapapali'i, Faga, Savai'i]]     Ph: [[PHONE_NUMBER:+685 7754213]]
        Next of kin: daughter [[PERSON:Losa Tuilagi]] - [[PHONE_NUMBER:+685 7281506]]
          (son [[PERSON:Ioane Leota]] in Auckland, [[PHONE_NUMBER:+64 21 047 3318]], pays for supplies)
        Dx: [[HEALTH_CONDITION:Type 2 diabetes]] (since ~2009); [[HEALTH_CONDITION:right below-knee amputation]] [[DATE:Sept 2022]];
            [[HEALTH_CONDITION:diabetic foot ulcer]] L heel; [[HEALTH_CONDITION:chronic kidney disease stage 3]]; [[HEALTH_CONDITION:gout]]
        Meds: [[HEALTH_CONDITION:Metformin]] 500 mg bd (reduced, eGFR 41), [[HEALTH_CONDITION:Gliclazide]] 80 mg bd,
              [[HEALTH_CONDITION:Enalapril]] 10 mg daily, [[HEALTH_CONDITION:Allopurinol]] 100 mg daily
        [[DATE:02/07/2024]] - BSL 14.2. Ulcer 2.5 x 2 cm, slough ++, smell. Cleaned, [[HEALTH_CONDITION:Inadine]] dressing.
                       Suspect [[HEALTH_CONDITION:wound infection]] - swab taken; started [[HEALTH_CONDITION:Flucloxacillin]] 500 mg qid.
        [[DATE:05/07/2024]] - Less smell. BSL 11.8. Family sitting with him for meals. Dressing changed.
        [[DATE:09/07/2024]] - Swab: Staph aureus, sensitive. Ulcer 2 x 1.5 cm, granulating.
        Samoan advice given: "Fa'amolemole ia inu vai, 'ai i taimi sa'o, ma aua le savali e aunoa ma seevae."
        Pastor's wife (Faletua [[PERSON:Sina Amituana'i]]) helping with transport to clinic.
        District Nurse: Sister [[PERSON:Mele Fonoti]] RN, Reg. [[EMPLOYEE_NUMBER:SNC 0917]]
        Review by Dr [[PERSON:T. Aiono]] at Lalomalava on [[DATE:16/07/2024]].
        """#,
        #"""
        VAIOLA HOSPITAL - CHILD HEALTH CLINIC, NUKU'ALOFA
        Well-child & sick-child card
        Child: [[PERSON:Sione Vea Fifita]]     DOB: [[DATE_OF_BIRTH:30/01/2021]]     Sex: M
        Hosp. No: [[MEDICAL_RECORD_NUMBER:VH-271834]]
        Mother: [[PERSON:'Ana Lupe Fifita]] - [[PHONE_NUMBER:+676 771 4328]]
        Father: [[PERSON:Tevita Fifita]] (seasonal worker, Queensland) - [[PHONE_NUMBER:+61 491 570 158]]
        Address: [[STREET_ADDRESS:'Api 5, Hala Tapu, Fatai, Tongatapu]]
        Immunisations: [[HEALTH_CONDITION:BCG]] ([[DATE:01/02/2021]]); [[HEALTH_CONDITION:DTP-HepB-Hib]] x3; [[HEALTH_CONDITION:IPV]];
                       [[HEALTH_CONDITION:MR]] dose 1 ([[DATE:02/02/2022]]), dose 2 ([[DATE:14/02/2023]]);
                       [[HEALTH_CONDITION:DTP booster]] - DUE
        Visit [[DATE:14/05/2024]]:
          Itchy rash 2 weeks, worse at night; pustules on hands and buttocks; R ear discharge 3 days.
          Wt 18.4 kg (> 97th centile).
          Dx: [[HEALTH_CONDITION:scabies]] with secondary [[HEALTH_CONDITION:impetigo]]; [[HEALTH_CONDITION:acute otitis media]] R;
              [[HEALTH_CONDITION:overweight]] - diet advice.
          Rx: [[HEALTH_CONDITION:Permethrin]] 5% cream, whole family, repeat in 7 days;
              [[HEALTH_CONDITION:Flucloxacillin]] syrup 250 mg qid x 7 days; [[HEALTH_CONDITION:Paracetamol]] 250 mg prn
          Sister [[PERSON:Mele Fifita]] (5 y) and cousin [[PERSON:Siaosi Lolohea]] also itching - bring to clinic.
          Throat swab sent - family history of [[HEALTH_CONDITION:rheumatic heart disease]] (mother's sister).
        Advice in Tongan: "Kataki 'o fō mo fakamōmoa e ngaahi kofu, kafu mo e mohenga 'i he 'aho tatau."
        Nurse: [[PERSON:Salote Taufa]], Reg. [[EMPLOYEE_NUMBER:TNMC-1142]]     Dr [[PERSON:V. Tu'ipulotu]]
        Review: [[DATE:28/05/2024]] - give [[HEALTH_CONDITION:DTP booster]] if well.
        """#,
        #"""
        Bodø kommune - Helsestasjonen sentrum
        JOURNALNOTAT - 4-årskontroll
        Barn: [[PERSON:Ingrid Solbakken Haugen]]     Født: [[DATE_OF_BIRTH:11.07.2020]]
        Fødselsnummer: [[NATIONAL_ID:110720 61200]]
        Mor: [[PERSON:Kari Solbakken]] (tlf. [[PHONE_NUMBER:412 58 730]], [[EMAIL_ADDRESS:kari.solbakken@online.no]])
        Far: [[PERSON:Mats Haugen]] (tlf. [[PHONE_NUMBER:+47 928 14 065]])
        Adresse: [[STREET_ADDRESS:Storgata 18B, 8006 Bodø]]
        Barnehage: Rønvik barnehage, avd. Máddu - kontaktperson [[PERSON:Áile Sara]]
        Dato: [[DATE:15.08.2024]]
        Kjente tilstander: [[HEALTH_CONDITION:atopisk eksem]] siden spedbarnsalder; [[HEALTH_CONDITION:peanøttallergi]] (anafylaksi [[DATE:mars 2023]]);
                           [[HEALTH_CONDITION:astma]] ved forkjølelse
        Faste medisiner: [[HEALTH_CONDITION:Locoid]] krem ved utbrudd, [[HEALTH_CONDITION:Ventoline]] inhalator m/ kammer,
                         [[HEALTH_CONDITION:EpiPen Junior]] (ligger også i barnehagen)
        Vekt 16,8 kg, høyde 104 cm - følger kurven. Syn og hørsel normalt.
        Språk: snakker norsk og litt nordsamisk hjemme (mormor snakker samisk). Forsinket uttale,
        korte setninger -> mistanke om [[HEALTH_CONDITION:språkforsinkelse]]. Henvist PPT etter samtykke fra begge foreldre.
        Mor forteller om [[HEALTH_CONDITION:fødselsdepresjon]] etter lillebror [[PERSON:Ola]] ([[DATE_OF_BIRTH:02.03.2024]]); går nå til fastlege.
        Fastlege: Dr [[PERSON:Erik Nilsen]], Bodø legesenter
        Plan: ny time [[DATE:februar 2025]]; oppfølging av astma hos fastlege.
        Helsesykepleier: [[PERSON:Randi Eide Johansen]]     HPR-nr. [[EMPLOYEE_NUMBER:9184326]]
        """#,
        #"""
        FOLKTANDVÅRDEN NORRBOTTEN - KIRUNA
        JOURNALUTDRAG (barn- och ungdomstandvård)
        Patient: [[PERSON:Elin Marja Pingi]]     Personnummer: [[NATIONAL_ID:20160312-2381]]
        Vårdnadshavare: [[PERSON:Anna Pingi]], [[PHONE_NUMBER:070-174 06 42]]; [[PERSON:Tomas Pingi]], [[PHONE_NUMBER:070-174 06 87]]
        Adress: [[STREET_ADDRESS:Hjalmar Lundbohmsvägen 31 B, 981 31 Kiruna]]
        Journalnr: [[MEDICAL_RECORD_NUMBER:FTV-BD-0092417]]
        Anamnes: [[HEALTH_CONDITION:ADHD]], medicinerar med [[HEALTH_CONDITION:Elvanse]] 30 mg -> [[HEALTH_CONDITION:muntorrhet]].
                 [[HEALTH_CONDITION:Nickelallergi]]. Inga andra läkemedel.
        [[DATE:2024-05-06]] Akut besök. Föll på isen vid skolan [[DATE:2024-04-28]].
          11: [[HEALTH_CONDITION:emaljfraktur]] mesioincisalt, ej pulpaexponering. Vitalitet +. Rtg: ua.
          Åtgärd: slipning, [[HEALTH_CONDITION:Duraphat]] på 11.
        [[DATE:2024-05-20]] Revisionsundersökning.
          55 distalt: [[HEALTH_CONDITION:karies]] i dentin. 65: [[HEALTH_CONDITION:initial karies]]. [[HEALTH_CONDITION:Gingivit]] regio 31-42.
          Lokalbedövning [[HEALTH_CONDITION:Xylocain Dental Adrenalin]] 1,8 ml. 55 lagad, glasjonomer.
          Information om kost, sötade drycker och fluortabletter ([[HEALTH_CONDITION:Dentan]] 0,25 mg, 2 st/dag).
        Meänkieli till mormor: "Muista harjata hamppaat kaks kertaa päivässä, aamula ja illala."
        Mormor [[PERSON:Aili Kuoksu]] följer med vid nästa besök (fullmakt finns).
        Nästa kallelse: [[DATE:2024-11-18]]
        Tandläkare: [[PERSON:Johan Keskitalo]], förskrivarkod [[EMPLOYEE_NUMBER:7114352]]
        Tandhygienist: [[PERSON:Sara Lindqvist]]
        """#,
        #"""
        ДОМ ЗДРАВЉА ЧАЧАК - СЛУЖБА ЗА ЛАБОРАТОРИЈСКУ ДИЈАГНОСТИКУ
        ЛАБОРАТОРИЈСКИ НАЛАЗ
        Пацијент: [[PERSON:Јелена Станковић]]     Датум рођења: [[DATE_OF_BIRTH:04.09.1983]]
        ЈМБГ: [[NATIONAL_ID:0409983785820]]     Бр. здравствене картице: [[MEDICAL_RECORD_NUMBER:10253847162]]
        Адреса: [[STREET_ADDRESS:Цара Душана 27, 32000 Чачак]]     Тел: [[PHONE_NUMBER:064 318 2745]]
        Упутио: др [[PERSON:Милан Петровић]], изабрани лекар, факсимил [[EMPLOYEE_NUMBER:204817]]
        Узорковано: [[DATE:22.01.2024]] 07:15     Оверено: [[DATE:22.01.2024]] 13:40
        Клинички подаци: [[HEALTH_CONDITION:дијабетес мелитус тип 2]], [[HEALTH_CONDITION:хипотиреоза]]
        Терапија: [[HEALTH_CONDITION:Glucophage]] 1000 mg 2x1, [[HEALTH_CONDITION:Euthyrox]] 75 mcg
          Глукоза наташте ..... 8,4 mmol/L   (3,9-6,1)  ↑
          HbA1c ............... 7,9 %        (<6,5)     ↑
          Холестерол укупни ... 6,7 mmol/L   ↑     LDL 4,5 ↑     HDL 1,1
          Триглицериди ........ 2,4 mmol/L   ↑
          TSH ................. 6,2 mIU/L    ↑     FT4 11,0 pmol/L
          Анти-TPO ............ 480 IU/mL    ↑
          Креатинин ........... 71 µmol/L    eGFR >90
          Урин: протеини негативно, глукоза ++
        Закључак лекара: лоше регулисан [[HEALTH_CONDITION:дијабетес]]; [[HEALTH_CONDITION:Хашимото тироидитис]];
        [[HEALTH_CONDITION:хиперлипидемија]] - размотрити [[HEALTH_CONDITION:аторвастатин]].
        Resultati dostupni i na portalu: nalog [[EMAIL_ADDRESS:jelena.stankovic83@gmail.com]]
        Специјалиста медицинске биохемије: [[PERSON:Драгана Илић]], лиценца [[EMPLOYEE_NUMBER:ЛК-0734/19]]
        """#,
        #"""
        QENDRA SHËNDETËSORE LEKBIBAJ - AMBULANCA E FSHATIT NIKAJ
        KARTELA E PACIENTIT / Regjistri i vizitave në shtëpi
        Pacientja: [[PERSON:Drita Gjoka]]     Datëlindja: [[DATE_OF_BIRTH:15.03.1952]]
        Nr. personal: [[NATIONAL_ID:I25315047K]]     Libreza shëndetësore: [[MEDICAL_RECORD_NUMBER:KSH-0047712]]
        Adresa: [[STREET_ADDRESS:Fshati Nikaj, lagjja Curraj, Njësia Administrative Lekbibaj, Tropojë]]
        Tel.: [[PHONE_NUMBER:+355 69 412 3387]]
        I afërmi: djali [[PERSON:Pjetër Gjoka]] (Itali) [[PHONE_NUMBER:+39 347 218 5096]]; nusja [[PERSON:Liljana Gjoka]] (në shtëpi)
        Sëmundje kronike: [[HEALTH_CONDITION:KOPS]] (sëmundje pulmonare obstruktive kronike), [[HEALTH_CONDITION:insuficiencë kardiake]],
                          [[HEALTH_CONDITION:fibrilacion atrial]]
        Terapi e përhershme: [[HEALTH_CONDITION:furosemid]] 40 mg, [[HEALTH_CONDITION:bisoprolol]] 2,5 mg, [[HEALTH_CONDITION:warfarinë]] 3 mg,
                          [[HEALTH_CONDITION:salbutamol]] spraj
        Vizita [[DATE:18 janar 2024]], ora 10:00 (rruga e bllokuar nga bora, erdhëm me traktor):
          Kollë me gëlbazë 5 ditë, temp 38,6, frymëmarrje e vështirësuar, SpO2 88%.
          Krepitacione bazale djathtas -> [[HEALTH_CONDITION:bronkopneumoni]].
          Dhënë: [[HEALTH_CONDITION:amoksicilinë-klavulanat]] 1 g x 2, [[HEALTH_CONDITION:prednizolon]] 30 mg x 5 ditë, oksigjen me koncentrator.
          INR nuk u mat (s'ka pajisje) - kujdes me antibiotikun.
        Transferim: Spitali Rajonal Kukës më [[DATE:19.01.2024]] me ambulancë, kur të hapet rruga.
        Infermierja: [[PERSON:Mrika Hoxha]] - [[PHONE_NUMBER:+355 68 205 7714]]
        Mjeku i familjes: Dr. [[PERSON:Arben Çela]], licenca [[EMPLOYEE_NUMBER:UML-07381]]
        """#,
    ]
    /// A forty-fifth set of everyday texts, written blind to DataGuard's rules.
    static let fortyFifthEveryday: [String] = [
        #"""
        💬 Diego Martin Hillside Neighbours 🇹🇹
        ---- Wednesday, [[DATE:6 March 2024]] ----
        [7:02 pm] Auntie [[PERSON:Joy]]: Good evening all. Water truck coming Thursday [[DATE:7 March]] for upper Covigne Rd only
        [7:05 pm] [[PHONE_NUMBER:+1 (868) 555-0117]]: who dis? 😅
        [7:06 pm] Auntie [[PERSON:Joy]]: is [[PERSON:Joy Ramcharan]] darling, [[STREET_ADDRESS:#14 Covigne Road, Diego Martin]] 🙏🏾
        [7:09 pm] [[PERSON:Kerwin]]: Sorry to say but Miss [[PERSON:Gloria]] from #22 in hospital, the [[HEALTH_CONDITION:dengue]] hit she hard
        [7:10 pm] [[PERSON:Kerwin]]: she daughter [[PERSON:Candice Mohammed]] asking for blood donors O+, call she on [[PHONE_NUMBER:868-555-0139]]
        [7:11 pm] Auntie [[PERSON:Joy]]: Lord have mercy. She on the ward at Port of Spain General?
        [7:12 pm] [[PERSON:Kerwin]]: yes ward 9. visiting 4 to 6
        [7:15 pm] [[PERSON:shaz]] 💅🏽: i went by there today, she have [[HEALTH_CONDITION:low platelets]] but she talking
        [7:16 pm] [[PERSON:shaz]] 💅🏽: everybody pls throw out stagnant water, my son [[PERSON:jaden]] get [[HEALTH_CONDITION:chikungunya]] last year same time 😩
        [7:20 pm] [[PERSON:Kerwin]]: we collecting for Miss [[PERSON:Gloria]]. send to [[PERSON:Candice]] acct Republic Bank [[US_BANK_ACCOUNT:180 4427 3391 05]]
        [7:21 pm] [[PERSON:Kerwin]]: or drop cash by me, [[STREET_ADDRESS:LP 31 Bagatelle Road, Diego Martin]]
        [7:24 pm] Auntie [[PERSON:Joy]]: I sending $200. Also pan practice for the kids resume Sat [[DATE:9 March]], 9am at the community centre
        [7:25 pm] Mr [[PERSON:Lewis]]: pan tutor is [[PERSON:Andre "Tiny" Phillip]], new number [[PHONE_NUMBER:868-555-0186]]
        [7:31 pm] [[PHONE_NUMBER:+1 (868) 555-0117]]: ok sorry for earlier, this is [[PERSON:Rhonda Baptiste]] new in #9, nice to meet everybody 👋🏾
        [7:33 pm] Auntie [[PERSON:Joy]]: welcome [[PERSON:Rhonda]]! send your email and I will add you to the council list
        [7:35 pm] [[PHONE_NUMBER:+1 (868) 555-0117]]: [[EMAIL_ADDRESS:rhonda.baptiste.tt@gmail.com]]
        [7:36 pm] [[PERSON:shaz]] 💅🏽: welcome neighbour 🌺 anybody have a nebulizer to borrow? [[PERSON:jaden]] [[HEALTH_CONDITION:asthma]] acting up
        [7:40 pm] Mr [[PERSON:Lewis]]: I have one. Come by tomorrow after 5, [[PERSON:Shazia]]
        ---- Thursday, [[DATE:7 March 2024]] ----
        [6:15 am] Auntie [[PERSON:Joy]]: Truck reach early! Bring buckets 🪣
        """#,
        #"""
        INSTITUTO NACIONAL DE LA VIVIENDA (INVI) - REPÚBLICA DOMINICANA
        SOLICITUD DE VIVIENDA - PROGRAMA "FAMILIA FELIZ" - Formulario F-02
        1. Solicitante: [[PERSON:Yohanna Altagracia Peña Rosario]]
           Cédula: [[NATIONAL_ID:402-2817394-0]]      Fecha de nacimiento: [[DATE_OF_BIRTH:11/04/1991]]
           Estado civil: unión libre      Teléfono: [[PHONE_NUMBER:(809) 555-0124]]
           Correo: [[EMAIL_ADDRESS:yohannapena91@hotmail.com]]
        2. Cónyuge / pareja: [[PERSON:Ramón Antonio Féliz Cuevas]]
           Cédula: [[NATIONAL_ID:031-0459026-4]]      Fecha de nacimiento: [[DATE_OF_BIRTH:02/09/1987]]
           Ocupación: motoconchista; ingreso aprox. RD$ 18,000/mes      Tel.: [[PHONE_NUMBER:(829) 555-0171]]
        3. Dependientes:
           a) [[PERSON:Ramón Elías Féliz Peña]], hijo, [[DATE_OF_BIRTH:23/01/2013]] - [[HEALTH_CONDITION:parálisis cerebral]], usa silla de ruedas
           b) [[PERSON:Yaritza Féliz Peña]], hija, [[DATE_OF_BIRTH:07/07/2017]]
           c) [[PERSON:Ana Celia Rosario viuda Peña]], madre, [[DATE_OF_BIRTH:15/12/1958]] - [[HEALTH_CONDITION:diabetes]] e [[HEALTH_CONDITION:hipertensión]]
        4. Vivienda actual: [[STREET_ADDRESS:Calle 8, Casa 42, Barrio La Ciénaga, Distrito Nacional]]
           Alquilada, RD$ 6,500/mes, una habitación, techo de zinc, se inunda con las lluvias.
           Propietario: Sr. [[PERSON:Félix Batista]], tel. [[PHONE_NUMBER:(849) 555-0102]]
        5. Cuenta para subsidio: Banco Popular, titular [[PERSON:Yohanna Peña]], IBAN [[IBAN_CODE:DO09 BPDO 0000 0000 7815 4023 6692]]
        6. Documentos anexos: actas de nacimiento, certificado médico de CONADIS del menor ([[DATE:febrero 2024]]),
           constancia de ingresos, carta de la junta de vecinos firmada por Doña [[PERSON:Miledys Encarnación]].
        Declaro que la información es verdadera. Santo Domingo, [[DATE:4 de marzo de 2024]].
        Firma: ____________ ([[PERSON:Y. A. Peña R.]])
        Recibido por: [[PERSON:Luis Manuel Tavárez]], código empleado [[EMPLOYEE_NUMBER:INVI-03318]]
        """#,
        #"""
        UNIDAD EDUCATIVA COMUNITARIA INTERCULTURAL BILINGÜE "SUMAK YACHAY" - PEGUCHE, OTAVALO
        Oficio N° 041-UECIB-2024
        Otavalo, [[DATE:15 de mayo de 2024]]
        Señor padre de familia / Taytamama:
        [[PERSON:Segundo Manuel Cachimuel Lema]]
        C.I. [[NATIONAL_ID:1003872510]]
        Dirección: [[STREET_ADDRESS:Comunidad Peguche, calle Los Corazas y Atahualpa, Otavalo, Imbabura]]
        Alli puncha, mashi. Reciba un cordial saludo.
        Por medio del presente le comunicamos que su hija [[PERSON:Sisa Yarina Cachimuel Males]] (C.I. [[NATIONAL_ID:1051620472]]),
        estudiante del 7mo año de EGB, registra 9 faltas injustificadas entre el [[DATE:2 de abril]] y el [[DATE:10 de mayo de 2024]].
        Según la docente tutora, la niña refirió que ayuda a su abuela Mama [[PERSON:Rosa Lema]] en la venta de tejidos
        en la Plaza de Ponchos los días de feria.
        Asimismo, el Departamento de Consejería Estudiantil (DECE) informa que la estudiante presentó una crisis de
        [[HEALTH_CONDITION:asma]] en clase el [[DATE:8 de mayo]]; se le administró su inhalador ([[HEALTH_CONDITION:salbutamol]]) y se
        llamó a la madre, Sra. [[PERSON:María Dolores Males]], al [[PHONE_NUMBER:099 418 7263]], sin respuesta.
        Le solicitamos acercarse a una reunión el [[DATE:21 de mayo de 2024]] a las 07:30, con la tutora Lcda.
        [[PERSON:Tamia Anrango]] y la psicóloga del DECE, Psc. [[PERSON:Edison Guandinango]].
        Favor traer el certificado médico actualizado del Centro de Salud de Otavalo.
        Yupaychani. Atentamente,
        Lcdo. [[PERSON:Alfonso Maldonado]]
        Rector (e) - Tel. institucional [[PHONE_NUMBER:(06) 292 1840]]
        Correo: [[EMAIL_ADDRESS:rectorado.sumakyachay@educacion.gob.ec]]
        """#,
        #"""
        Valparaíso, [[DATE:29 de agosto de 2024]]
        CARTA CERTIFICADA - AVISO DE TÉRMINO DE CONTRATO DE ARRENDAMIENTO
        Señor
        [[PERSON:Jean-Baptiste Louissaint]], RUT [[NATIONAL_ID:21.504.877-2]]
        [[STREET_ADDRESS:Pasaje Los Aromos 1287, depto. 34, Cerro Barón, Valparaíso]]
        De mi consideración:
        Yo, [[PERSON:Patricia Ester Soto Vergara]], RUT [[NATIONAL_ID:9.317.406-2]], en mi calidad de arrendadora, le comunico
        que el contrato firmado el [[DATE:1 de marzo de 2022]] no será renovado y vence el [[DATE:28 de febrero de 2025]].
        Esto se debe a que mi hijo [[PERSON:Cristóbal Reyes Soto]] volverá a vivir en el inmueble.
        Sé que usted me pidió más plazo por el [[HEALTH_CONDITION:embarazo de alto riesgo]] de su señora,
        [[PERSON:Nadège Louissaint]], y por eso le doy hasta el [[DATE:31 de marzo de 2025]] para la entrega, sin costo extra.
        Antes de irse:
          - Dejar pagadas las cuentas de agua (ESVAL, N° cliente [[MEMBER_NUMBER:4418270-3]]) y luz (CGE, N° cliente [[MEMBER_NUMBER:6021739]]).
          - La garantía ($ 380.000) se devolverá dentro de 30 días a su cuenta vista BancoEstado
            N° [[US_BANK_ACCOUNT:36270184512]], descontando daños si los hubiera.
        El aval, Sr. [[PERSON:Wilfrid Pierre]] (RUT [[NATIONAL_ID:16.482.951-0]]), también recibe copia de esta carta.
        Para coordinar la visita de inspección puede llamarme al [[PHONE_NUMBER:+56 9 6127 4483]] o escribir a
        [[EMAIL_ADDRESS:patricia.soto.v@gmail.com]]. Si le acomoda, mi sobrina [[PERSON:Fernanda]] puede traducir al kreyòl.
        Mèsi anpil pou respè ou te toujou genyen pou kay la.
        Saluda atentamente,
        [[PERSON:Patricia Soto Vergara]]
        c.c.: Sr. [[PERSON:Wilfrid Pierre]], [[STREET_ADDRESS:Avenida España 2340, Viña del Mar]]
        """#,
        #"""
        PAROISSE SAINT-ANTOINE DE PADOUE - ZIGUINCHOR
        ANNONCES DU DIMANCHE [[DATE:14 JUILLET 2024]] - 15e dimanche du temps ordinaire
        Kasumay! La paix soit avec vous.
        1. PUBLICATION DE BANS (1re publication)
           Il y a promesse de mariage entre [[PERSON:Augustin Sambou Diatta]], né le [[DATE_OF_BIRTH:03/02/1992]] à Oussouye,
           fils de [[PERSON:Jérôme Diatta]] et de [[PERSON:Albertine Badji]], domicilié [[STREET_ADDRESS:quartier Boucotte Sud, rue 14, Ziguinchor]],
           et [[PERSON:Marie-Thérèse Coly]], née le [[DATE_OF_BIRTH:19/08/1995]] à Bignona, fille de [[PERSON:Paul Coly]]
           et de [[PERSON:Hélène Manga]]. Mariage prévu le [[DATE:24 août 2024]]. Toute opposition est à signaler au curé.
        2. BAPTÊMES du [[DATE:28 juillet]] (préparation samedi 10h avec le catéchiste [[PERSON:Raphaël Sagna]]) :
           - [[PERSON:Emmanuel Tendeng]], né le [[DATE_OF_BIRTH:02/04/2024]], parents [[PERSON:Joseph]] et [[PERSON:Bernadette Tendeng]]
           - [[PERSON:Awa Grâce Bassène]], née le [[DATE_OF_BIRTH:11/05/2024]], parrain [[PERSON:Ibrahima Mané]]
        3. PRIONS POUR NOS MALADES : Mme [[PERSON:Odile Diédhiou]], hospitalisée à l'hôpital régional après un
           [[HEALTH_CONDITION:AVC]]; Papa [[PERSON:Léon Goudiaby]] ([[HEALTH_CONDITION:diabète]], amputé) qui reçoit la communion à domicile.
        4. DÉCÈS : la communauté présente ses condoléances à la famille de [[PERSON:Casimir Djiba]], décédé le [[DATE:9 juillet 2024]].
           Veillée chez la famille, [[STREET_ADDRESS:Lyndiane, près du forage, Ziguinchor]].
        5. DENIER DU CULTE : versements par Wave ou Orange Money au trésorier [[PERSON:Sylvain Manga]], [[PHONE_NUMBER:77 614 28 90]]
           ou auprès de la secrétaire, Sœur [[PERSON:Agnès Diouf]] ([[PHONE_NUMBER:33 991 14 62]]).
        6. La chorale Sainte-Cécile recrute des jeunes voix. Contact : [[PERSON:Pascaline Badiane]], [[EMAIL_ADDRESS:pascaline.badiane@yahoo.fr]]
        Abbé [[PERSON:Théophile Sané]], curé
        """#,
        #"""
        COMPLEXE SCOLAIRE LES BOURGEONS - COMMUNE DE LEMBA, KINSHASA
        Réf. : CSB/DIR/112/2024                               Kinshasa, le [[DATE:6 mai 2024]]
        Au parent : M. [[PERSON:Jean-Pierre Mbuyi Kalala]]
        Adresse : [[STREET_ADDRESS:Avenue Kimbondo n° 23, Quartier Salongo, Commune de Lemba, Kinshasa]]
        Tél. : [[PHONE_NUMBER:+243 81 552 4037]]
        Objet : Minerval du 3e trimestre et campagne de vaccination
        Cher parent,
        Nous vous informons que le minerval du 3e trimestre pour vos enfants :
          - [[PERSON:Grâce Mbuyi Ngalula]], 5e primaire, née le [[DATE_OF_BIRTH:17/09/2013]]
          - [[PERSON:Daniel Mbuyi Tshibanda]], 2e primaire, né le [[DATE_OF_BIRTH:02/01/2017]]
        reste impayé (2 x 120 USD). Le dernier délai est fixé au [[DATE:20 mai 2024]].
        Nous avons bien reçu le versement de votre épouse, Mme [[PERSON:Thérèse Ngalula Mwamba]], par son compte
        Equity BCDC n° [[US_BANK_ACCOUNT:00011-01830-4412907-62]] le [[DATE:18 avril 2024]] (acompte de 80 USD).
        [[PERSON:Daniel]] a été absent du [[DATE:22 avril]] au [[DATE:26 avril]] pour [[HEALTH_CONDITION:fièvre typhoïde]]; merci de transmettre le billet
        du Centre Hospitalier Mère-Enfant signé par Dr [[PERSON:Kabasele]].
        Campagne de vaccination contre la [[HEALTH_CONDITION:rougeole]] ([[HEALTH_CONDITION:VAR]]) à l'école le [[DATE:14 mai 2024]] ;
        la fiche de consentement doit être signée par un parent muni de sa carte d'électeur (n° [[NATIONAL_ID:1042 8837 102]]).
        Na lingala : « Baboti balingami, tosengi bino bofuta minerval liboso ya mokolo ya 20. Matondo mingi. »
        Pour toute question : Mme [[PERSON:Solange Kapinga]], économe - [[PHONE_NUMBER:+243 99 803 1165]] - [[EMAIL_ADDRESS:econome.bourgeons@gmail.com]]
        Le Préfet des études,
        Frère [[PERSON:Albert Nkongolo]]
        """#,
        #"""
        "AZƏRİQAZ" İB - XƏTAİ RAYON QAZ İSTİSMAR SAHƏSİ
        XƏBƏRDARLIQ BİLDİRİŞİ / УВЕДОМЛЕНИЕ
        Abonent: [[PERSON:Məmmədova Səbinə Rauf qızı]]
        Abonent kodu: [[MEMBER_NUMBER:1104 2276 5813]]
        Ünvan: [[STREET_ADDRESS:Bakı şəh., Xətai r-nu, Xocalı pr. 28, mənzil 71, AZ1025]]
        [[DATE:01.02.2024]] tarixinə qaz borcunuz 148,60 AZN təşkil edir. Borc [[DATE:20.02.2024]] tarixinədək ödənilmədikdə
        qaz təchizatı dayandırılacaq. / При неуплате до [[DATE:20.02.2024]] подача газа будет приостановлена.
        Nəzarətçi: [[PERSON:Quliyev Elnur]], xidməti vəsiqə № [[EMPLOYEE_NUMBER:XQ-0419]]
        --------------------------------------------------------------
        From: [[EMAIL_ADDRESS:sabina.mammadova88@mail.ru]]
        To: [[EMAIL_ADDRESS:xetai@azerigaz.az]]
        Date: [[DATE:5 February 2024]]
        Hörmətli nəzarətçi [[PERSON:Elnur]] bəy,
        Bildirişi aldım. Borc yanlışdır: dekabr ayında ödənişi kartla etmişəm ([[CREDIT_CARD:4007 3618 2250 4974]]),
        amma bank avtoödənişi [[DATE:yanvar 2024]]-də dayandırıb. Çek əlavə olunur.
        Evdə qaynanam [[PERSON:Məmmədova Zərifə]] yaşayır, [[HEALTH_CONDITION:I qrup əlilliyi]] var
        ([[HEALTH_CONDITION:Parkinson xəstəliyi]]) və qışda qazsız qala bilmərik. Güzəşt üçün arayış da əlavə edirəm.
        Mənim FİN: [[NATIONAL_ID:5KX2P8M]], şəxsiyyət vəsiqəsi [[NATIONAL_ID:AA 3185527]].
        Artıq ödənilən məbləği bu hesaba qaytarın: [[IBAN_CODE:AZ45 AIIB 3815 0019 4400 8321 6702]] (Kapital Bank).
        Əlaqə: [[PHONE_NUMBER:+994 50 318 42 77]], həyat yoldaşım [[PERSON:Rəşad Məmmədov]] - [[PHONE_NUMBER:+994 55 207 61 39]]
        Hörmətlə, [[PERSON:Səbinə Məmmədova]]
        """#,
        #"""
        Руководителю отдела филиала НАО «Государственная корпорация «Правительство для граждан» по г. Шымкент
        от [[PERSON:Бекмуратовой Айгерим Серикқызы]], ИИН [[NATIONAL_ID:880716400318]]
        проживающей по адресу: [[STREET_ADDRESS:г. Шымкент, мкр. Нурсат, ул. Аргынбекова, д. 12, кв. 45]]
        тел.: [[PHONE_NUMBER:+7 701 528 33 19]], e-mail: [[EMAIL_ADDRESS:aigerim.bekmuratova@mail.kz]]
        ЗАЯВЛЕНИЕ
        Прошу назначить пособие многодетной семье, имеющей четырёх совместно проживающих несовершеннолетних детей:
          1. [[PERSON:Бекмуратов Нурсултан Ерланұлы]], [[DATE_OF_BIRTH:18.04.2007]], ИИН [[NATIONAL_ID:070418503151]]
          2. [[PERSON:Бекмуратов Алихан Ерланұлы]], [[DATE_OF_BIRTH:05.06.2012]], ИИН [[NATIONAL_ID:120605500938]]
          3. [[PERSON:Бекмуратова Аружан Ерланқызы]], [[DATE_OF_BIRTH:09.03.2015]], ИИН [[NATIONAL_ID:150309601384]]
          4. [[PERSON:Бекмуратова Томирис Ерланқызы]], [[DATE_OF_BIRTH:21.11.2019]], ИИН [[NATIONAL_ID:191121602747]]
        Супруг: [[PERSON:Бекмуратов Ерлан Маратович]], ИИН [[NATIONAL_ID:850220301477]], работает водителем.
        Также прошу рассмотреть пособие по уходу за ребёнком-инвалидом: у [[PERSON:Томирис]] [[HEALTH_CONDITION:детский церебральный паралич]],
        [[HEALTH_CONDITION:спастическая диплегия]], инвалидность установлена [[DATE:12.01.2024]] (справка МСЭ прилагается).
        Выплаты прошу перечислять на счёт АО «Kaspi Bank»: [[IBAN_CODE:KZ20 722S 0000 1937 4650]].
        Достоверность сведений подтверждаю. Даю согласие на сбор и обработку персональных данных.
        Өтініш қазақ тілінде де толтырылды. Қолы: ___________
        Дата: [[DATE:27.02.2024]]
        Принял: специалист ЦОН [[PERSON:Жолдасбекова Г. Т.]], табельный № [[EMPLOYEE_NUMBER:ШЫМ-2281]]
        """#,
        #"""
        СОГЛАСИЕ НА ВЫЕЗД НЕСОВЕРШЕННОЛЕТНИХ ДЕТЕЙ / РОЗИГӢ БА БАРОМАДАНИ КӮДАКОНИ НОБОЛИҒ
        г. Худжанд, Республика Таджикистан, [[DATE:3 июля 2024 года]]
        Я, [[PERSON:Рахимов Фаридун Саидович]], [[DATE_OF_BIRTH:14.11.1986]] г.р., гражданин Республики Таджикистан,
        паспорт [[NATIONAL_ID:400458172]], выдан ВКД Согдийской области [[DATE:22.05.2019]],
        вид на жительство в РФ [[NATIONAL_ID:82 № 1407753]], ИНН (РФ) [[NATIONAL_ID:772041830537]], СНИЛС [[NATIONAL_ID:174-508-293 81]],
        проживающий по адресу: [[STREET_ADDRESS:г. Москва, ул. Перерва, д. 41, кв. 118, 109369]],
        даю согласие на выезд моих детей:
          [[PERSON:Рахимова Мехрона Фаридуновна]], [[DATE_OF_BIRTH:09.02.2014]] г.р.
          [[PERSON:Рахимов Сомон Фаридунович]], [[DATE_OF_BIRTH:27.08.2018]] г.р.
        из Республики Таджикистан в Российскую Федерацию в период с [[DATE:15.07.2024]] по [[DATE:15.07.2025]]
        в сопровождении их матери, [[PERSON:Рахимовой Нигины Абдуллоевны]], паспорт [[NATIONAL_ID:401183906]],
        зарегистрированной: [[STREET_ADDRESS:г. Худжанд, ул. Камоли Худжанди, д. 118, кв. 7]].
        Цель поездки: воссоединение семьи, обучение в школе ГБОУ «Школа № 1363».
        Для школы прилагаю медицинскую справку [[PERSON:Мехроны]]: [[HEALTH_CONDITION:хронический гастрит]], наблюдается у гастроэнтеролога;
        [[PERSON:Сомону]] сделаны прививки [[HEALTH_CONDITION:АДС-М]] и [[HEALTH_CONDITION:ЖКВ]] ([[DATE:май 2024]]).
        Телефоны: отец [[PHONE_NUMBER:+7 926 418-03-62]], мать [[PHONE_NUMBER:+992 92 774 51 08]].
        Ман, [[PERSON:Фаридун Раҳимов]], бо сафари фарзандонам розӣ ҳастам.
        Подпись: ___________ ([[PERSON:Ф. С. Рахимов]])
        Удостоверено нотариусом Государственной нотариальной конторы г. Худжанда [[PERSON:Назаровой Д. М.]],
        зарегистрировано в реестре.
        """#,
        #"""
        PRESBYTERIAN CHURCH OF VANUATU - PATON MEMORIAL CHURCH, PORT VILA
        NOTIS BLONG SANDE [[DATE:18 OGIS 2024]]
        1. Gud nius: Mared blong [[PERSON:Jonathan Kalsakau]] mo [[PERSON:Leisande Tari]] bae i stap long Sarede [[DATE:7 Septemba 2024]],
           3 klok aftenun. Kakai bae i stap long haus blong famili [[PERSON:Kalsakau]], [[STREET_ADDRESS:Seaside Tongoa, Port Vila]].
        2. Plis prea from ol sik:
           - Elda [[PERSON:Samson Toara]] i stap long Vila Central Hospital, hem i gat [[HEALTH_CONDITION:sik suga]] mo [[HEALTH_CONDITION:infeksen long leg]].
           - Mama [[PERSON:Rosie Natapei]] we i gat [[HEALTH_CONDITION:kansa]], hem i go long Noumea blong tritmen [[DATE:22 Ogis]].
           - Pikinini blong [[PERSON:Willie]] mo [[PERSON:Esther Bule]], [[PERSON:Joel]] (4 yia), i gat [[HEALTH_CONDITION:malaria]], naoia hem i kam gud smol.
        3. Fiuneral: Yumi talem sori long famili blong late Pastor [[PERSON:Kalo Moli]] we i pas wei long [[DATE:12 Ogis 2024]].
           Famili i stap long [[STREET_ADDRESS:Blacksands, klosap long Namba 3 stoa, Port Vila]]. Kontribusen i save go
           long akaon blong pikinini blong hem, [[PERSON:Lily Moli]], NBV akaon [[US_BANK_ACCOUNT:0104 2231 8876]].
        4. Yut grup: trip blong Tanna [[DATE:1 Oktoba]] kasem [[DATE:8 Oktoba]]. Fee 15,000 vatu. Pem long [[PERSON:Daniel Iaris]] ([[PHONE_NUMBER:+678 775 4012]])
           no long Elda [[PERSON:Marie Worwor]] ([[PHONE_NUMBER:+678 548 2217]]). Brengem kopi blong paspot long [[PERSON:Daniel]] nomo;
           plis yu no putum namba blong paspot blong yu long grup chat.
        5. PWMU Women's fellowship: miting evri Tusde 5 klok, kontak Mama [[PERSON:Hilda Nalau]] [[EMAIL_ADDRESS:hilda.nalau@gmail.com]].
        Tangkyu tumas. God i blesem yumi evriwan.
        Pastor [[PERSON:Thomas Iapson Kaltang]] - [[PHONE_NUMBER:+678 22 417]]
        """#,
        #"""
        Aarhus Kommune - Børn og Unge - Pladsanvisningen
        Til forældremyndighedsindehaverne:
        [[PERSON:Naja Kleist Petersen]] og [[PERSON:Aputsiaq Lynge]]
        [[STREET_ADDRESS:Skovgårdsparken 12, 2. th., 8220 Brabrand]]
        Aarhus, [[DATE:21. maj 2024]]
        TILBUD OM VUGGESTUEPLADS
        Barn: [[PERSON:Malik Kleist Lynge]], CPR-nr. [[NATIONAL_ID:140323-4417]]
        Vi kan tilbyde jeres søn plads i Vuggestuen Solsikken fra [[DATE:1. august 2024]].
        Tilbuddet skal accepteres via Pladsanvisningens portal senest [[DATE:7. juni 2024]]; ellers går pladsen videre.
        Indkøring aftales med pædagog [[PERSON:Louise Brandt]], tlf. [[PHONE_NUMBER:87 13 45 62]].
        Vi har noteret fra jeres ansøgning:
          - [[HEALTH_CONDITION:Mælkeproteinallergi]] (lægeerklæring fra egen læge, Dr. [[PERSON:Henrik Østergaard]], vedlagt)
          - [[HEALTH_CONDITION:Atopisk eksem]] - bruger [[HEALTH_CONDITION:Locobase]] creme og [[HEALTH_CONDITION:Hydrokortison]] 1 % ved behov
          - Sprog i hjemmet: grønlandsk og dansk
        Forældrebetaling: 4.112 kr./md. Betalingsservice oprettet på konto [[IBAN_CODE:DK71 3000 1247 7083 52]] (kontohaver [[PERSON:Naja Kleist Petersen]]).
        Ansøgning om økonomisk friplads modtaget [[DATE:14.05.2024]] - afgøres separat.
        Søskende: [[PERSON:Ivalo Kleist Lynge]] ([[DATE_OF_BIRTH:02.10.2020]]) går allerede i Børnehuset Skovgårdsparken.
        Aluu! Qujanaq - vi glæder os til at møde [[PERSON:Malik]].
        Med venlig hilsen
        [[PERSON:Mette Skov Andersen]], pladskonsulent
        Direkte tlf. [[PHONE_NUMBER:+45 41 87 22 09]] - [[EMAIL_ADDRESS:mesan@aarhus.dk]]
        """#,
        #"""
        Kela / FPA
        PÄÄTÖS YLEISESTÄ ASUMISTUESTA / BESLUT OM ALLMÄNT BOSTADSBIDRAG
        Päivämäärä / Datum: [[DATE:18.3.2024]]
        Hakija / Sökande: [[PERSON:Hodan Abdi Warsame]], henkilötunnus [[NATIONAL_ID:030592-318Y]]
        Osoite / Adress: [[STREET_ADDRESS:Kirkkopuistikko 14 B 22, 65100 Vaasa]]
        Ruokakunta / Hushåll:
          [[PERSON:Hodan Abdi Warsame]]            [[NATIONAL_ID:030592-318Y]]
          [[PERSON:Mohamed Ali Nur]]               [[NATIONAL_ID:220688-0412]]
          [[PERSON:Ayaan Mohamed Ali]]             [[NATIONAL_ID:140821A274R]]
        Asumistukea myönnetään ajalle [[DATE:1.3.2024]] - [[DATE:28.2.2025]]: 512,40 €/kk.
        Perusteet: vuokra 845 €/kk (vuokranantaja Vaasan Asunnot Oy, sopimus alkaen [[DATE:1.2.2024]]);
        ruokakunnan tulot 1 960 €/kk. Huomioitu lapsen erityistarpeet: lapsella [[PERSON:Ayaan]] on [[HEALTH_CONDITION:sirppisoluanemia]],
        ja perhe saa alle 16-vuotiaan vammaistukea (päätös [[DATE:9.1.2024]]).
        Tuki maksetaan tilille / Stödet betalas till konto: [[IBAN_CODE:FI81 1029 3000 4816 27]]
        Ilmoita muutoksista heti, esim. jos [[PERSON:Mohamed]] aloittaa työt satamassa tai muutatte.
        Tarkistus viimeistään [[DATE:2/2025]].
        Haluatko tulkin? Ma u baahan tahay turjubaan? Wac [[PHONE_NUMBER:020 634 1917]] (somaliksi ti/to).
        Lisätietoja / Mer information: käsittelijä [[PERSON:Sanna Mäkelä]], tunnus [[EMPLOYEE_NUMBER:KE4471]]
        Oikaisuvaatimus 30 päivän kuluessa tiedoksisaannista.
        """#,
        #"""
        КУД „Гоце Делчев" - Скопје
        ИЗВЕСТУВАЊЕ ДО ЧЛЕНОВИТЕ И РОДИТЕЛИТЕ
        Скопје, [[DATE:02.09.2024]]
        Почитувани,
        Ансамблот гостува на фестивалот во Охрид ([[DATE:20.09.2024]]) и во Пловдив, Бугарија (од [[DATE:27.09.2024]] до [[DATE:29.09.2024]], детали подоцна).
        За патувањето во странство ни требаат точни податоци. Проверете ја листата:
          Чл. бр.   Име и презиме               ЕМБГ               Пасош
          [[MEMBER_NUMBER:0147]]      [[PERSON:Стефан Николовски]]          [[NATIONAL_ID:1207989450147]]      [[NATIONAL_ID:M2183047]]
          [[MEMBER_NUMBER:0203]]      [[PERSON:Ивана Трајковска]]           [[NATIONAL_ID:2303992455276]]      [[NATIONAL_ID:M3392815]]
          [[MEMBER_NUMBER:0318]]      [[PERSON:Бојан Стојановски]] (малолетен) [[NATIONAL_ID:0911001450533]]   [[NATIONAL_ID:M4018872]]
        За [[PERSON:Бојан]] е потребна заверена согласност од двајцата родители ([[PERSON:Горан]] и [[PERSON:Весна Стојановски]]).
        Здравствени информации за придружникот: [[PERSON:Ивана]] има [[HEALTH_CONDITION:епилепсија]] и пие [[HEALTH_CONDITION:Depakine]];
        [[PERSON:Стефан]] е алергичен на оси - носи [[HEALTH_CONDITION:адреналин автоинјектор]].
        Аконтацијата од 3.000 ден. за хотелот на [[PERSON:Бојан]] е вратена на сметката на мајката
        [[IBAN_CODE:MK65 2501 2000 3817 466]] бидејќи трошокот го покрива општината.
        Проби: вторник и четврток 19:00, сала во [[STREET_ADDRESS:ул. Македонија бр. 12, 1000 Скопје]].
        Kontakt (latinica za roditelite vo dijasporata): koreograf [[PERSON:Zoran Ristovski]], [[PHONE_NUMBER:+389 70 418 223]],
        sekretar [[PERSON:Marija Jovanovska]], [[PHONE_NUMBER:+389 75 306 914]], [[EMAIL_ADDRESS:kud.sekretar.sk@gmail.com]]
        Членарината за септември се плаќа до [[DATE:15.09.2024]]; картичка [[CREDIT_CARD:5518 2046 3917 2057]] на
        г-ѓа [[PERSON:Трајковска]] е одбиена - ве молиме платете во готово.
        Со почит, претседател д-р [[PERSON:Никола Алексов]]
        """#,
        #"""
        From: [[PERSON:Maricel Santos]] <[[EMAIL_ADDRESS:maricel.dcsantos@shaw.ca]]>
        To: [[PERSON:Joel Aquino]], Prairie Immigration Services <[[EMAIL_ADDRESS:joel@prairieimmigration.ca]]>
        Date: [[DATE:September 12, 2024]] 10:47 PM CDT
        Subject: RE: PGP sponsorship - Nanay and Tatay, documents
        Hi Kuya [[PERSON:Joel]],
        Salamat po for the checklist. Here are the details you asked for:
        Sponsor: [[PERSON:Maricel Dela Cruz Santos]], DOB [[DATE_OF_BIRTH:1988-02-17]], SIN [[NATIONAL_ID:527 184 303]]
        Co-signer (husband): [[PERSON:Ronaldo Santos]], SIN [[NATIONAL_ID:733 045 199]]
        Address: [[STREET_ADDRESS:1187 Redwood Avenue, Winnipeg, MB R2X 0Z4]]   Cell: [[PHONE_NUMBER:(204) 555-0163]]
        Parents (in Iloilo):
          Father: [[PERSON:Eduardo Bautista Dela Cruz]], b. [[DATE_OF_BIRTH:1959-06-03]], PH passport [[NATIONAL_ID:P4827316B]]
          Mother: [[PERSON:Lourdes Villanueva Dela Cruz]], b. [[DATE_OF_BIRTH:1962-11-28]], PH passport [[NATIONAL_ID:P5093142A]]
          Address: [[STREET_ADDRESS:Blk 4 Lot 17, Villa Arevalo Subdivision, Brgy. Sto. Niño Sur, Arevalo, Iloilo City 5000, Philippines]]
        About the medical: Nanay's panel physician in Manila said her X-ray showed old scarring, so they want a sputum
        test for [[HEALTH_CONDITION:latent TB]] before upfront medical is final. She also has [[HEALTH_CONDITION:hypertension]], on
        [[HEALTH_CONDITION:losartan]] 50 mg. Tatay is fine except [[HEALTH_CONDITION:gout]]. Will that affect [[HEALTH_CONDITION:medical inadmissibility]]?
        I paid the processing and RPRF fees online last night with my Visa [[CREDIT_CARD:4539 1207 7358 1648]].
        The IRCC account said "new sign-in from [[IP_ADDRESS:24.77.182.106]]" - that was me at my sister [[PERSON:Jocelyn]]'s house, right?
        [[PERSON:Jocelyn]]'s number if you can't reach me during shift: [[PHONE_NUMBER:(204) 555-0192]].
        Our income proof: NOAs for 2021-2023 uploaded. My employer letter from Grace Hospital (HCA, staff no. [[EMPLOYEE_NUMBER:GH-208861]])
        will come next week.
        Maraming salamat po ulit. Ingat!
        [[PERSON:Maricel]]
        """#,
        #"""
        ESCUELA PROVINCIAL N° 38 "PRESIDENTE RAÚL RICARDO ALFONSÍN"
        Base Esperanza - Antártida Argentina - Tierra del Fuego, A.I.A.S.
        Nota a las familias - Campaña [[DATE:diciembre 2023]] / [[DATE:diciembre 2024]]
        Base Esperanza, [[DATE:4 de marzo de 2024]]
        Estimadas familias:
        Comenzamos el ciclo lectivo con 11 estudiantes. Recordamos entregar la ficha de salud actualizada,
        ya que la evacuación médica en invierno depende del clima y del rompehielos.
        Datos pendientes de completar:
          - [[PERSON:Valentina Ruiz Benítez]] (4° grado), DNI [[NATIONAL_ID:52.917.340]] - falta fotocopia de CUIL de la madre,
            [[PERSON:Carolina Benítez]] (CUIL [[NATIONAL_ID:27-32418705-2]]).
          - [[PERSON:Tomás Ibarra]] (2° grado) - [[HEALTH_CONDITION:celiaquía]]: la cocina de la base ya tiene harinas sin TACC.
          - [[PERSON:Martina Sosa]] (sala de 5) - [[HEALTH_CONDITION:hipotiroidismo congénito]], toma [[HEALTH_CONDITION:levotiroxina]] 50 mcg;
            su papá, Sargento Primero [[PERSON:Gustavo Sosa]], CUIL [[NATIONAL_ID:20-30556128-3]], guarda la reserva de 10 meses.
        Vacunación: el médico de la dotación, Tte. Dr. [[PERSON:Federico Lanús]], aplicará la [[HEALTH_CONDITION:vacuna antigripal]]
        el [[DATE:15 de marzo]] y completará [[HEALTH_CONDITION:triple bacteriana acelular]] a los de 11 años.
        Correspondencia: las cartas a familiares en el continente se envían a
        [[STREET_ADDRESS:Casilla de Correo 118, (9410) Ushuaia, Tierra del Fuego]] y se reenvían en el vuelo de abril.
        Consultas por correo electrónico (el enlace satelital funciona de 8 a 20 h):
        Directora [[PERSON:Silvina Aráoz]] - [[EMAIL_ADDRESS:esc38.esperanza@tdf.edu.ar]]
        Maestra [[PERSON:Lucía Ferreyra]] - [[EMAIL_ADDRESS:lu.ferreyra.antartida@gmail.com]]
        Abuela de [[PERSON:Valentina]], Sra. [[PERSON:Norma Ruiz]], pidió el teléfono fijo: [[PHONE_NUMBER:+54 2901 43-6127]] (radio de la base).
        Acto del Día de la Antártida Argentina el [[DATE:22 de febrero de 2025]]. ¡Gracias por acompañar!
        """#,
        #"""
        Ministry of Social Development - Te Manatū Whakahiato Ora
        Social housing assessment - SUPPORTING LETTER
        From: [[PERSON:Hemi Walker]], Social Worker, Porirua Whānau Services ([[EMAIL_ADDRESS:hemi.walker@poriruawhanau.org.nz]], [[PHONE_NUMBER:021 448 307]])
        Date: [[DATE:19 June 2024]]
        Re: [[PERSON:Teuila Seluka]] (DOB [[DATE_OF_BIRTH:04/09/1990]], IRD [[NATIONAL_ID:118-427-653]]) and
            [[PERSON:Rāwiri Te Awa]] (DOB [[DATE_OF_BIRTH:22/12/1988]], IRD [[NATIONAL_ID:130-593-186]])
        Current address: [[STREET_ADDRESS:23 Champion Street, Cannons Creek, Porirua 5024]] ([[PERSON:Teuila]]'s aunt's 3-bedroom house)
        Kia ora koutou, Talofa lava,
        I am writing to support this whānau's application for priority A on the housing register.
        Eleven people are living in three bedrooms. [[PERSON:Teuila]] and [[PERSON:Rāwiri]] sleep in the lounge with their three tamariki:
          [[PERSON:Manaia Te Awa]] (9), [[PERSON:Leilani Te Awa]] (6) and [[PERSON:Tavita Te Awa]] (2).
        [[PERSON:Manaia]] was admitted to Wellington Hospital in [[DATE:March 2024]] with [[HEALTH_CONDITION:acute rheumatic fever]]
        and now has four-weekly [[HEALTH_CONDITION:Bicillin]] injections from the district nurse until he is 21.
        [[PERSON:Tavita]] has [[HEALTH_CONDITION:bronchiectasis]] and has had three admissions for [[HEALTH_CONDITION:pneumonia]] since [[DATE:May 2023]].
        The paediatrician, Dr [[PERSON:Losa Fa'alogo]], writes that damp, crowded housing is a direct risk to both boys.
        [[PERSON:Teuila]]'s grandmother [[PERSON:Fekau Seluka]], who came from Funafuti under the Pacific Access Category, also lives there and
        has [[HEALTH_CONDITION:end-stage kidney disease]]; she needs a ground-floor room close to Kenepuru dialysis.
        Income: [[PERSON:Rāwiri]] works night shifts at the port; [[PERSON:Teuila]] receives Jobseeker Support (partner rate).
        Bond grant, if approved, can go to their joint account [[US_BANK_ACCOUNT:12-3140-0481627-00]].
        Please contact me or [[PERSON:Teuila]] directly on [[PHONE_NUMBER:022 617 9043]]. Fakafetai lasi, ngā mihi nui,
        [[PERSON:Hemi Walker]] (Ngāti Toa Rangatira), Registered Social Worker, SWRB no. [[EMPLOYEE_NUMBER:SW-80321]]
        """#,
    ]
}
