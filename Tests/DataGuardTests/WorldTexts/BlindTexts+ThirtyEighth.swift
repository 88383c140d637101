extension BlindTexts {
    /// A thirty-eighth set of clinical texts, written blind to DataGuard's rules.
    static let thirtyEighthClinical: [String] = [
        #"""
        ГКП на ПХВ «Городская клиническая больница № 7» УОЗ г. Алматы
        Кардиологическое отделение № 2
        ВЫПИСНОЙ ЭПИКРИЗ
        из медицинской карты стационарного больного № [[MEDICAL_RECORD_NUMBER:4417/25]]
        Ф.И.О.: [[PERSON:Жумабекова Гульнара Сериковна]]
        Дата рождения: [[DATE_OF_BIRTH:04.12.1967]]          ИИН: [[NATIONAL_ID:671204401238]]
        Адрес: [[STREET_ADDRESS:г. Алматы, мкр. Аксай-4, д. 31, кв. 58]]
        Тел.: [[PHONE_NUMBER:+7 701 345 22 18]]; дочь — [[PERSON:Айгерим]], [[PHONE_NUMBER:8 (707) 918-40-63]]
        Находилась на стационарном лечении с [[DATE:03.03.2025]] по [[DATE:14.03.2025]] (11 койко-дней).
        Заключительный клинический диагноз:
        Основной: [[HEALTH_CONDITION:ИБС]]. [[HEALTH_CONDITION:Нестабильная стенокардия]] (впервые возникшая).
        Фоновый: [[HEALTH_CONDITION:Артериальная гипертензия III степени]], риск 4.
        Сопутствующие: [[HEALTH_CONDITION:Сахарный диабет 2 типа]], субкомпенсация. [[HEALTH_CONDITION:Ожирение I ст.]]
        [[HEALTH_CONDITION:Хронический пиелонефрит]], ремиссия.
        Жалобы при поступлении: давящие боли за грудиной при ходьбе до 100 м, одышка, слабость.
        Проведено: КАГ от [[DATE:05.03.2025]] — стеноз ПМЖВ 85%, выполнено стентирование (1 DES).
        ЭхоКГ: ФВ 52%, гипокинез передней стенки. Гликированный гемоглобин 7,9%.
        Состояние при выписке удовлетворительное, ангинозных приступов нет.
        Рекомендовано:
         - наблюдение кардиолога и эндокринолога ГП № 12 по месту жительства;
         - двойная антиагрегантная терапия 12 мес., статины, контроль ОАК и липидограммы через 1 мес.;
         - явка на контрольный осмотр [[DATE:28 марта 2025 г.]] к [[PERSON:Ким В. Э.]], каб. 214.
        Лист временной нетрудоспособности открыт с [[DATE:03.03.2025]], продлён по [[DATE:24.03.2025]].
        Лечащий врач: [[PERSON:Ким Владислав Эдуардович]], табельный № [[EMPLOYEE_NUMBER:07-1184]]
        Зав. отделением: [[PERSON:Оспанов Ержан Толеуович]]
        [[DATE:«14» марта 2025 г.]]
        """#,
        #"""
        Toshkent shahar Yunusobod tumani 37-son oilaviy poliklinikasi
        YO'LLANMA (057/h shakl)
        Respublika ixtisoslashtirilgan endokrinologiya ilmiy-amaliy tibbiyot markaziga
        Bemorning F.I.Sh.: [[PERSON:Karimova Dilnoza Baxtiyorovna]]
        Tug'ilgan sanasi: [[DATE_OF_BIRTH:17.09.1979]]        JSHSHIR: [[NATIONAL_ID:41709796520034]]
        Yashash manzili: [[STREET_ADDRESS:Toshkent sh., Yunusobod tumani, 11-mavze, 23-uy, 41-xonadon]]
        Telefon: [[PHONE_NUMBER:+998 93 512 44 07]]; turmush o'rtog'i [[PERSON:Rustam Karimov]]:
        [[PHONE_NUMBER:(90) 318-62-15]]
        Ambulator karta raqami: [[MEDICAL_RECORD_NUMBER:YU-37/2841]]
        Tashxis: [[HEALTH_CONDITION:Diffuz toksik buqoq]] II daraja, [[HEALTH_CONDITION:tireotoksikoz]] o'rta og'ir
        shakli.
        Yo'ldosh kasalliklar: [[HEALTH_CONDITION:temir tanqisligi anemiyasi]], [[HEALTH_CONDITION:surunkali gastrit]].
        Anamnez: [[DATE:2025-yil 20-yanvar]]dan beri yurak tez urishi, qo'l titrashi, terlash; 3 oyda 7 kg ozgan.
        Tahlillar ([[DATE:11.02.2025]]): TTG 0,01 mXB/l, erkin T4 48 pmol/l, TTG retseptoriga antitelo musbat.
        UTT: qalqonsimon bez hajmi 38 ml, diffuz kattalashgan.
        [[DATE:2025-yil 12-fevral]] kuni tiamazol 30 mg/kun boshlangan, yon ta'sir kuzatilmagan.
        Onasi [[PERSON:Каримова Мавлюда]] ham [[HEALTH_CONDITION:gipotireoz]] bilan hisobda turadi.
        Yo'llanma maqsadi: konsultatsiya, radioyod terapiya yoki tireoidektomiya masalasini hal qilish.
        Yo'llanma bergan shifokor: endokrinolog [[PERSON:Abdullayev Jasur Shavkatovich]]
        Shifokor tabel raqami: [[EMPLOYEE_NUMBER:TSH-04-1872]]
        Bosh shifokor: [[PERSON:Xolmatova N. R.]]
        Sana: [[DATE:2025-yil 3-mart]]        M.O.
        """#,
        #"""
        ENTREGA DE GUARDIA — Enfermería, Sala 4B Medicina Interna
        Hospital Provincial Docente "Saturnino Lora", Santiago de Cuba
        Turno noche del [[DATE:22/04/2025]] → mañana del [[DATE:23/04/2025]]
        Entrega: Lic. [[PERSON:Yudelkis Fonseca Baró]]        Recibe: Enf. [[PERSON:Osmany Pérez Garbey]]
        Cama 3 – [[PERSON:ARMANDO LUIS CASTELLANOS RIZO]], 71 años, HC [[MEDICAL_RECORD_NUMBER:118 452]],
          CI [[NATIONAL_ID:53110708741]]. Dx: [[HEALTH_CONDITION:EPOC agudizada]] +
          [[HEALTH_CONDITION:neumonía basal derecha]].
          O2 por catéter nasal 3 L/min, Sat 92 %. Ceftriaxona 1 g c/12 h, última dosis 22:00.
          El hijo, [[PERSON:Rolando]], se queda de acompañante; tel. [[PHONE_NUMBER:5 348 1927]].
        Cama 5 – [[PERSON:Mirtha Caridad Duharte]], 64 a., HC [[MEDICAL_RECORD_NUMBER:097 330]]
          [[HEALTH_CONDITION:Diabetes mellitus tipo 2]] descompensada, [[HEALTH_CONDITION:pie diabético]] izquierdo
          (Wagner II).
          Glicemias: 14,2 a las 00:00; 9,8 a las 06:00. Cura hecha. Pendiente interconsulta con Angiología.
          Dirección para el alta: [[STREET_ADDRESS:Calle Heredia No. 312 e/ Calvario y Carnicería, Santiago de Cuba]]
          Vecina que la cuida: [[PERSON:Noemí]], teléfono fijo [[PHONE_NUMBER:(22) 65 4410]].
        Cama 8 – [[PERSON:Yanelis]] (sin apellido en la hoja, confirmar con Admisión), 29 años.
          Ingresó 03:40 por sospecha de [[HEALTH_CONDITION:dengue]]. Plaquetas 88 000. Mosquitero puesto.
        Cama 11 – [[PERSON:Félix Ramón Savón]], 80 años, [[HEALTH_CONDITION:demencia vascular]],
          [[HEALTH_CONDITION:hipertensión arterial]]. Se cayó de la cama a las 02:15, sin lesión aparente;
          avisada la Dra. [[PERSON:Leyanis Mustelier]] (residente de guardia). Reporte de evento adverso hecho.
          Su sobrina [[PERSON:Marisleidys]] viene a las 8 con el carné: [[NATIONAL_ID:44091506228]].
        Cama 12 – vacía, se limpió. Llamar a Farmacia por falta de insulina NPH.
        Firma: [[PERSON:Y. Fonseca B.]]      Recibido: [[PERSON:O. Pérez]]   [[DATE:23/4/25]] 07:10
        """#,
        #"""
        LABORATORIO CLÍNICO REFERENCIA DEL CIBAO
        SOLICITUD DE ANÁLISIS
        Fecha: [[DATE:14/05/2025]]
        Paciente: [[PERSON:Rosanna Altagracia Tavárez Peralta]]
        Cédula: [[NATIONAL_ID:031-0458127-6]]          Fecha de nac.: [[DATE_OF_BIRTH:02/08/1986]]
        Teléfono: [[PHONE_NUMBER:(809) 582-3317]]     Celular: [[PHONE_NUMBER:829-640-1185]]
        Dirección: [[STREET_ADDRESS:C/ Restauración #47, Los Pepines, Santiago de los Caballeros]]
        Correo: [[EMAIL_ADDRESS:rosanna.tavarez86@gmail.com]]
        ARS: Humano        No. de afiliado: [[MEMBER_NUMBER:10458127-01]]        Plan: Royal
        Expediente: [[MEDICAL_RECORD_NUMBER:HMS-0073319]]
        Médico solicitante: Dra. [[PERSON:Yokasta Rodríguez de la Cruz]]     Exequátur: [[EMPLOYEE_NUMBER:214-09]]
        Diagnóstico presuntivo: [[HEALTH_CONDITION:hipotiroidismo]];
        [[HEALTH_CONDITION:síndrome de ovario poliquístico]];
        descartar [[HEALTH_CONDITION:rasgo falciforme]] (hermana con [[HEALTH_CONDITION:anemia falciforme]]).
        Análisis: [x] Hemograma  [x] TSH / T4 libre  [x] Glicemia en ayunas  [x] Insulina basal
                  [x] Electroforesis de hemoglobina  [x] Ferritina  [ ] Perfil lipídico
        Observaciones: embarazo de 9 semanas (FUM [[DATE:12/03/2025]]). Enviar resultados por WhatsApp al
        [[PHONE_NUMBER:849-227-0864]] (esposo, [[PERSON:Wander Almonte]]) y al correo de la doctora
        [[EMAIL_ADDRESS:dra.yrodriguez@cmcibao.com.do]].
        Toma de muestra: [[DATE:15/05/2025]] 7:30 a.m.
        Flebotomista: [[PERSON:Keila M.]] (cód. [[EMPLOYEE_NUMBER:FL-118]])
        Recibido en caja por [[PERSON:Ángel Vásquez]]; copago cubierto por la ARS.
        """#,
        #"""
        FARMACIA SAN JUDAS — Bayamón
        NOTA DEL FARMACÉUTICO / PHARMACIST NOTE
        Fecha: [[DATE:03/18/2025]] 4:15 p.m.
        Paciente: [[PERSON:José A. Meléndez Ortiz]]          DOB: [[DATE_OF_BIRTH:07/09/1958]]
        Plan: MMM Healthcare (Medicare Advantage)    Member ID: [[MEMBER_NUMBER:MMM4418207703]]
        SSN en récord (requerido para reclamación manual): [[US_SSN:582-31-7740]]
        Tel.: [[PHONE_NUMBER:(787) 785-4412]]     Cel.: [[PHONE_NUMBER:939-208-6631]]
        Dirección: [[STREET_ADDRESS:Urb. Santa Juanita, Calle Guarionex DD-14, Bayamón, PR 00956]]
        Nota:
        Paciente trae receta nueva del Dr. [[PERSON:Iván Rosario Quiles]] (NPI [[EMPLOYEE_NUMBER:1730482291]]) de
        ibuprofeno 800 mg TID para [[HEALTH_CONDITION:gota]] aguda en rodilla izquierda.
        Perfil muestra [[HEALTH_CONDITION:CKD stage 3b]] (eGFR 38 el [[DATE:02/27/2025]]),
        [[HEALTH_CONDITION:heart failure]]
        con EF reducida y [[HEALTH_CONDITION:alergia a sulfa]]. AINE contraindicado.
        Llamé a la oficina al [[PHONE_NUMBER:787-798-2250]]; hablé con [[PERSON:Marisol]] (enfermera) a las 3:40 p.m.
        Dr. [[PERSON:Rosario]] aprobó cambio a colchicina 0.6 mg x 2 días luego 0.6 mg diario, y prednisona corta.
        Se orientó a paciente y a su hija [[PERSON:Nilda Meléndez]] ([[PHONE_NUMBER:+1 939 441 0287]]) sobre
        interacción con atorvastatina y síntomas de alarma.
        Próximo refill de furosemida: [[DATE:30 de marzo]]. Paciente también pregunta por la vacuna de shingles;
        se le citó para el [[DATE:miércoles 26/mar/2025]].
        RPh: Lcda. [[PERSON:Zuleyka Ocasio]] — Lic. #[[EMPLOYEE_NUMBER:F-4471]]
        """#,
        #"""
        INSTITUTO GUATEMALTECO DE SEGURIDAD SOCIAL
        Hospital General de Accidentes "Ceibal" — Servicio de Traumatología
        CERTIFICADO DE INCAPACIDAD TEMPORAL PARA EL TRABAJO (SUSPENSIÓN DE LABORES)
        Afiliado: [[PERSON:Héctor Rolando Xicará Tzul]]
        No. de afiliación: [[NATIONAL_ID:171458823]]        CUI/DPI: [[NATIONAL_ID:2587 41963 0101]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:23 de junio de 1984]]
        Dirección: [[STREET_ADDRESS:4a. Avenida 7-21, Zona 3, Villa Nueva, Guatemala]]
        Teléfono: [[PHONE_NUMBER:5512-3390]]     Otro: [[PHONE_NUMBER:+502 4478 1206]] (esposa,
        [[PERSON:Rosa Imelda Chen]])
        Historia clínica No.: [[MEDICAL_RECORD_NUMBER:HC-2025-0412287]]
        Diagnóstico: [[HEALTH_CONDITION:Fractura de radio distal derecho]] (CIE-10 S52.5), tras caída de motocicleta
        ocurrida el [[DATE:02/06/2025]] en horario laboral (accidente de trabajo, reparto).
        Antecedentes: [[HEALTH_CONDITION:Hipertensión arterial]] en control; [[HEALTH_CONDITION:gastritis crónica]].
        Tratamiento: reducción cerrada y férula antebraquial; control radiológico en 3 semanas.
        Suspensión de labores: del [[DATE:03 de junio de 2025]] al [[DATE:14 de julio de 2025]] (42 días).
        Próxima cita, Consulta Externa de Traumatología: [[DATE:30/06/2025]], 07:00 horas, clínica 14.
        Médico tratante: Dr. [[PERSON:Edgar Estuardo Monterroso Paiz]], Colegiado No. [[EMPLOYEE_NUMBER:14587]]
        Vo. Bo. Jefe de Servicio: Dra. [[PERSON:Ana Lucía Cojulún]], Colegiado No. [[EMPLOYEE_NUMBER:9932]]
        Trabajo Social: Licda. [[PERSON:Mildred Ajanel]], tel. [[PHONE_NUMBER:2412-1224]] ext. 3301
        Guatemala, [[DATE:3 de junio de 2025]]
        ORIGINAL: patrono — COPIA: afiliado — COPIA: expediente
        """#,
        #"""
        SOLICITUD DE REEMBOLSO DE GASTOS MÉDICOS — ANDINA SALUD EPS
        Titular: [[PERSON:QUISPE MAMANI, Wilber Fernando]]
        DNI: [[NATIONAL_ID:45128903]]        Código de afiliado: [[MEMBER_NUMBER:EPS-0098321-01]]
        Paciente (dependiente): [[PERSON:Quispe Huamán, Valeria Nayeli]] (hija)
        Fecha de nacimiento: [[DATE_OF_BIRTH:09/11/2016]]    DNI: [[NATIONAL_ID:78410236]]
        Código de afiliado: [[MEMBER_NUMBER:EPS-0098321-03]]
        Domicilio: [[STREET_ADDRESS:Jr. Los Sauces 318, Urb. Santa Isabel, Carabayllo, Lima 15121]]
        Celular: [[PHONE_NUMBER:987 654 321]]      Fijo: [[PHONE_NUMBER:(01) 547-2210]]
        Correo: [[EMAIL_ADDRESS:wquispe.m@hotmail.com]]
        Empleador: Textil San Cristóbal S.A.C.     Código de trabajador: [[EMPLOYEE_NUMBER:T-20418]]
        DETALLE DE LA ATENCIÓN
         Fecha de atención: [[DATE:21/01/2025]] (emergencia, fuera de red)    Alta: [[DATE:23 de enero de 2025]]
         Diagnóstico: [[HEALTH_CONDITION:Apendicitis aguda]] (K35.8) — apendicectomía laparoscópica
         Antecedente: [[HEALTH_CONDITION:asma bronquial]] intermitente leve
         Médico tratante: Dr. [[PERSON:Renzo Chávez Gutiérrez]], CMP [[EMPLOYEE_NUMBER:045821]]
         Historia clínica de la clínica: [[MEDICAL_RECORD_NUMBER:HC 221847]]
        Comprobantes adjuntos: factura electrónica F001-00012458 (S/ 7 850,00), boletas de farmacia (S/ 412,30).
        ABONO DEL REEMBOLSO
         Cuenta de ahorros BCP: [[US_BANK_ACCOUNT:191-24587963-0-48]]
         CCI: [[US_BANK_ACCOUNT:002-191-124587963048-52]]
         A nombre de: [[PERSON:Wilber F. Quispe Mamani]]
        Declaro que la información es verídica.
        Lima, [[DATE:5 de febrero de 2025]]           Firma: ______________
        Uso interno: recibido por [[PERSON:J. Ccahuana]] ([[EMPLOYEE_NUMBER:AS-3307]]) el [[DATE:06/02/2025]]
        """#,
        #"""
        EPICRISIS
        Servicio de Medicina Interna — Hospital Metropolitano del Sur, Quito
        Paciente: [[PERSON:CHIRIBOGA ANDRADE MARÍA FERNANDA]]        C.I.: [[NATIONAL_ID:1718534207]]
        HCU: [[MEDICAL_RECORD_NUMBER:586214]]       Edad: 34 años       F. nac.: [[DATE_OF_BIRTH:28-feb-1991]]
        Dirección: [[STREET_ADDRESS:Av. 6 de Diciembre N34-120 y Bossano, Quito]]
        Teléfonos: [[PHONE_NUMBER:099 876 5432]] / [[PHONE_NUMBER:(02) 245-1190]]
        Fecha de ingreso: [[DATE:9 de abril de 2025]]        Fecha de egreso: [[DATE:13 de abril de 2025]]
        Diagnóstico de ingreso: [[HEALTH_CONDITION:pielonefritis aguda]] derecha
        Diagnóstico de egreso: [[HEALTH_CONDITION:pielonefritis aguda complicada]] con
        [[HEALTH_CONDITION:bacteriemia por E. coli BLEE]]
        Comorbilidades: [[HEALTH_CONDITION:lupus eritematoso sistémico]] (dx 2019),
        [[HEALTH_CONDITION:nefritis lúpica clase III]], [[HEALTH_CONDITION:hipotiroidismo]].
        Cuadro clínico: fiebre de 39,4 °C, escalofríos y dolor lumbar derecho de 3 días; PPL derecha positiva.
        Hallazgos: leucocitos 18 400, PCR 212 mg/L, creatinina 1,6 mg/dL; hemocultivos 2/2 positivos.
        Evolución: cefalosporina inicial, luego ertapenem por antibiograma. Afebril desde el [[DATE:11/04/2025]].
        Creatinina al alta 1,1 mg/dL.
        Indicaciones al alta: completar 10 días de antibiótico oral; mantener hidroxicloroquina y prednisona 5 mg.
        Control en Consulta Externa de Nefrología el [[DATE:24 de abril]] con la Dra. [[PERSON:Paulina Saltos]].
        Contacto de emergencia: [[PERSON:Esteban Chiriboga]] (hermano), [[PHONE_NUMBER:+593 98 412 7736]]
        Médico residente: Md. [[PERSON:Kevin Guamán]], Reg. ACESS [[EMPLOYEE_NUMBER:1028-2019-2104561]]
        Médico tratante: Dr. [[PERSON:Santiago Villacís Proaño]]
        """#,
        #"""
        Dr. [[PERSON:A.J. (Hannes) du Plessis]]  MB ChB (Stell) — Algemene Praktisyn
        [[STREET_ADDRESS:Voortrekkerweg 211, Bellville, 7530]]   Tel. [[PHONE_NUMBER:021 948 3301]]
        HPCSA-registrasie: [[EMPLOYEE_NUMBER:MP 0412385]]
        [[DATE:17 Maart 2025]]
        Aan: Dr. [[PERSON:R. Naidoo]], Kardioloog, Tygerberg-hospitaal
        VERWYSING
        Pasiënt: mev. [[PERSON:Elsabé Marais]]          ID-nr.: [[NATIONAL_ID:7203150234089]]
        Geb.: [[DATE_OF_BIRTH:15/03/1972]]     Lêernr.: [[MEDICAL_RECORD_NUMBER:DP-11873]]
        Mediese fonds: Discovery Health (Classic Saver), lidnr. [[MEMBER_NUMBER:301 448 572]], afhanklike 00
        Adres: [[STREET_ADDRESS:Jasmynstraat 14, Welgemoed, Bellville, 7530]]
        Sel: [[PHONE_NUMBER:082 417 3390]]
        Geagte kollega
        Hiermee verwys ek graag vir mev. [[PERSON:Marais]], 'n 53-jarige onderwyseres, vir verdere ondersoek van
        [[HEALTH_CONDITION:boesemfibrillasie]] wat op [[DATE:10 Maart]] op 'n EKG gediagnoseer is. Sy kla van
        hartkloppings en kortasem met inspanning.
        Agtergrond: [[HEALTH_CONDITION:hoë bloeddruk]] sedert 2015, [[HEALTH_CONDITION:hipotireose]] en 'n
        [[HEALTH_CONDITION:oorganklike isgemiese aanval]] in 2021. Haar vader het aan [[HEALTH_CONDITION:beroerte]]
        oorlede.
        Huidige medikasie: perindopril 4 mg, eltroksien 100 µg, bisoprolol 2,5 mg (begin [[DATE:11/03/2025]]).
        Ek het nog nie met antistolling begin nie; CHA2DS2-VASc = 3. Eggo asseblief.
        Haar man, [[PERSON:Pieter Marais]], kan by [[PHONE_NUMBER:+27 83 622 0148]] gekontak word.
        Haar huishulp, [[PERSON:Thandeka Mkhize]], het gevra dat ons haar ook in kennis stel:
        "Ngicela ningishayele ku-[[PHONE_NUMBER:072 556 8104]] uma umama kufanele alaliswe esibhedlela."
        Baie dankie vir u hulp.
        Vriendelike groete
        [[PERSON:Hannes du Plessis]]
        e-pos: [[EMAIL_ADDRESS:ajduplessis@bellvillegp.co.za]]
        """#,
        #"""
        MENGO HOSPITAL — Department of Paediatrics, Ward 2
        DISCHARGE SUMMARY
        Name: [[PERSON:NAMUTEBI Shamim]]       Sex: F      Age: 7 yrs      IP No.:
        [[MEDICAL_RECORD_NUMBER:IP/2025/03318]]
        DOB: [[DATE_OF_BIRTH:14/08/2017]]
        Parent/guardian: [[PERSON:Ssemwogerere Joseph]] (father), NIN [[NATIONAL_ID:CM87023104PKLA]]
        Residence: [[STREET_ADDRESS:Plot 22, Kabaka Anjagala Road, Mengo, Kampala]]
        Postal: [[STREET_ADDRESS:P.O. Box 31457, Kampala]]
        Tel: [[PHONE_NUMBER:0772 418 903]]; mother ([[PERSON:Nakato Harriet]]) [[PHONE_NUMBER:+256 701 224 561]]
        Date of admission: [[DATE:2nd March 2025]]        Date of discharge: [[DATE:9/3/2025]]
        Final diagnosis:
         1. [[HEALTH_CONDITION:Severe malaria]] (P. falciparum, RDT +, B/S +++)
         2. [[HEALTH_CONDITION:Severe anaemia]] (Hb 4.8 g/dL on admission)
         3. [[HEALTH_CONDITION:Sickle cell disease]] (HbSS, known, on follow-up)
        History: fever x4/7, vomiting, one generalised convulsion at home on [[DATE:1/3/25]]; no ITN use.
        Management: IV artesunate 3 doses then oral ACT; 1 unit packed cells transfused on [[DATE:03/03/25]];
        IV fluids; paracetamol. No further convulsions.
        Condition on discharge: stable, afebrile x72 hrs, Hb 8.9 g/dL, feeding well.
        Discharge medication: folic acid 5 mg OD, penicillin V 250 mg BD (prophylaxis), complete ACT.
        Plan: Sickle Cell Clinic review on [[DATE:Thursday 20th March 2025]]; counselled mother on bed nets.
        Sibling [[PERSON:Mukasa Brian]] also to be screened for [[HEALTH_CONDITION:sickle cell trait]].
        Discharging clinician: Dr [[PERSON:Okello Denis]], Intern MO, UMDPC reg. [[EMPLOYEE_NUMBER:P12874]]
        Supervising paediatrician: Dr [[PERSON:B. Kirabo-Atwine]]
        """#,
        #"""
        KLINIK PRATAMA SEHAT SENTOSA
        [[STREET_ADDRESS:Jl. Pandanaran No. 88, Pekunden, Semarang Tengah, Kota Semarang 50241]]
        Telp. [[PHONE_NUMBER:(024) 8311 402]]   WA [[PHONE_NUMBER:0812-2745-6610]]
        SURAT KETERANGAN SAKIT
        No.: 117/SKS/KPSS/IV/2025
        Yang bertanda tangan di bawah ini, dr. [[PERSON:Ratna Wulandari]], dokter pemeriksa, menerangkan bahwa:
        Nama               : [[PERSON:BAMBANG SUPRIYADI]]
        NIK                : [[NATIONAL_ID:3374051208850003]]
        Tempat/Tgl. Lahir  : Semarang, [[DATE_OF_BIRTH:12 Agustus 1985]]
        Pekerjaan          : Karyawan swasta, No. Karyawan [[EMPLOYEE_NUMBER:JT-20110457]]
        Alamat             : [[STREET_ADDRESS:Jl. Tlogosari Raya II No. 15, RT 04/RW 07, Tlogosari Kulon, Pedurungan]]
        No. BPJS Kesehatan : [[MEMBER_NUMBER:0001283745129]]
        No. Rekam Medis    : [[MEDICAL_RECORD_NUMBER:RM-04-22917]]
        Berdasarkan pemeriksaan pada tanggal [[DATE:14 April 2025]], yang bersangkutan menderita
        [[HEALTH_CONDITION:demam berdarah dengue]] derajat I disertai [[HEALTH_CONDITION:trombositopenia]], dengan
        riwayat
        [[HEALTH_CONDITION:gastritis kronis]], sehingga perlu istirahat selama 5 (lima) hari,
        terhitung mulai tanggal [[DATE:14-04-2025]] s/d [[DATE:18-04-2025]].
        Kontrol ulang dan cek trombosit tanggal [[DATE:16/4/2025]].
        Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.
        Semarang, [[DATE:14 April 2025]]
        Dokter pemeriksa,
        dr. [[PERSON:Ratna Wulandari]]
        SIP: [[EMPLOYEE_NUMBER:503/1245/DU/IX/2023]]
        Catatan untuk HRD PT Jaya Tekstil: bila perlu konfirmasi hubungi istri pasien, Ibu [[PERSON:Sri Lestari]],
        di [[PHONE_NUMBER:+62 857-4102-3386]] atau email klinik [[EMAIL_ADDRESS:klinik.sehatsentosa@gmail.com]].
        """#,
        #"""
        RIZGARY TEACHING HOSPITAL — ERBIL
        Department of Internal Medicine — REFERRAL FORM
        Date: [[DATE:2025/02/11]]
        To: Nanakali Hospital for Blood Diseases and Cancer, Haematology Unit
        Patient: [[PERSON:Shilan Omar Aziz]]  /  [[PERSON:شیلان عومەر عەزیز]]
        Sex: F    DOB: [[DATE_OF_BIRTH:01/07/1982]]    National Card No.: [[NATIONAL_ID:198241057736]]
        Hospital file no.: [[MEDICAL_RECORD_NUMBER:RZ-19-448210]]
        Address: [[STREET_ADDRESS:Mahalla 412, Zuqaq 7, House 31, Bakhtiary, Erbil]]
        Mobile: [[PHONE_NUMBER:0750 445 1289]]; husband [[PERSON:Karwan Hama Saeed]] [[PHONE_NUMBER:+964 770 812 3304]]
        Reason for referral: suspected [[HEALTH_CONDITION:non-Hodgkin lymphoma]] — painless cervical and axillary
        lymphadenopathy for 6 weeks, night sweats, weight loss of 6 kg.
        Past history: [[HEALTH_CONDITION:chronic hepatitis B]] (HBsAg positive since 2016, not on treatment),
        [[HEALTH_CONDITION:iron deficiency anaemia]], [[HEALTH_CONDITION:hypothyroidism]] on levothyroxine 50 mcg.
        Investigations: CT neck/chest/abdomen on [[DATE:05.02.2025]] — multiple enlarged nodes, largest 3.4 cm,
        splenomegaly 15 cm. LDH 612 U/L. FNA on [[DATE:8 Feb 2025]] inconclusive.
        Family history: brother [[PERSON:Rebwar]] treated for [[HEALTH_CONDITION:Hodgkin lymphoma]] in 2010.
        Requested: excisional lymph node biopsy, staging, haematology opinion; HBV DNA before any rituximab.
        Note: the patient does not read Arabic or English; please speak with her daughter [[PERSON:Lana]]
        ([[PHONE_NUMBER:0751 903 2207]]) who will accompany her.
        تێبینی: نەخۆش زمانی عەرەبی نازانێت، تکایە لەگەڵ [[PERSON:لانا]] قسە بکەن.
        Referring doctor: Dr. [[PERSON:Hawre Jalal Mustafa]], F.K.B.M.S. (Internal Medicine)
        Kurdistan Medical Syndicate no.: [[EMPLOYEE_NUMBER:KMS-6612]]
        Email: [[EMAIL_ADDRESS:hawre.jalal@rizgary-hosp.krd]]
        Signature & stamp: __________
        """#,
        #"""
        Dr [[PERSON:Nayla Haddad-Khoury]] — Endocrinologie, Diabétologie
        [[STREET_ADDRESS:Rue Monnot, Imm. Tabet, 3e étage, Achrafieh, Beyrouth]]
        Tél. : [[PHONE_NUMBER:01 218 455]] — Cell. : [[PHONE_NUMBER:+961 3 412 870]]
        Ordre des Médecins de Beyrouth n° [[EMPLOYEE_NUMBER:9217]]
        Beyrouth, le [[DATE:4 mars 2025]]
        DEMANDE D'ANALYSES
        Patiente : Mlle [[PERSON:Maya Georges Abou Jaoudé]]        Née le : [[DATE_OF_BIRTH:19/10/2001]]
        N° de dossier : [[MEDICAL_RECORD_NUMBER:SJ-0048731]]
        CNSS : [[NATIONAL_ID:2001-457812]]      Assurance : Bankers, carte n° [[MEMBER_NUMBER:BK-778102-4]]
        Adresse : [[STREET_ADDRESS:Jal el Dib, rue principale, immeuble Nassar, 2e étage, Metn]]
        Tél. : [[PHONE_NUMBER:70 884 213]]
        Renseignements cliniques : [[HEALTH_CONDITION:diabète de type 1]] depuis 2012,
        [[HEALTH_CONDITION:thyroïdite de Hashimoto]] ; bilan d'une [[HEALTH_CONDITION:aménorrhée secondaire]]
        et suspicion de [[HEALTH_CONDITION:maladie cœliaque]] (ballonnements, perte de poids).
        Antécédents familiaux : mère ([[PERSON:Rita]]) porteuse d'une [[HEALTH_CONDITION:thalassémie mineure]].
        À faire : HbA1c, glycémie à jeun, TSH, T4L, anticorps anti-TPO,
                  anti-transglutaminase IgA + IgA totales, FSH, LH, prolactine, œstradiol, bêta-hCG,
                  NFS, ferritine, vitamine D.
        Prélèvement à jeun le [[DATE:06/03/2025]] au matin.
        Résultats à envoyer à [[EMAIL_ADDRESS:dr.nhaddad@endo-beyrouth.com]]
        et copie à la patiente : [[EMAIL_ADDRESS:maya.aboujaoude01@outlook.com]]
        ملاحظة: والدة المريضة السيدة [[PERSON:ريتا أبو جودة]] ترافقها، هاتف [[PHONE_NUMBER:03 557 914]]
        Prochain rendez-vous : [[DATE:lundi 17 mars 2025]] à 16 h.
        Dr [[PERSON:N. Haddad-Khoury]]
        """#,
        #"""
        Kantonsspital Seeland — Medizinische Klinik
        Biel, [[DATE:21. März 2025]]
        Herrn Dr. med. [[PERSON:Urs Gygax]]
        Facharzt FMH Allgemeine Innere Medizin
        [[STREET_ADDRESS:Bahnhofstrasse 12]]
        [[STREET_ADDRESS:2540 Grenchen]]
        AUSTRITTSBERICHT
        Patient: Herr [[PERSON:Beat Zimmermann-Rüfenacht]], geb. [[DATE_OF_BIRTH:08.05.1951]]
        [[STREET_ADDRESS:Mettlenweg 7, 2504 Biel/Bienne]]
        AHV-Nr.: [[NATIONAL_ID:756.4821.7390.59]]     PID: [[MEDICAL_RECORD_NUMBER:1884203]]
        Krankenkasse: CSS, Versichertennummer [[MEMBER_NUMBER:1847.2205.3]]
        Hospitalisation vom [[DATE:12.03.2025]] bis [[DATE:21.03.2025]]
        Diagnosen
        1. [[HEALTH_CONDITION:NSTEMI]] bei [[HEALTH_CONDITION:koronarer Dreigefässerkrankung]]
           - Koronarangiographie am [[DATE:13.03.2025]]: PCI/DES RIVA proximal, RCX konservativ
           - LVEF 45 % mit Hypokinesie anteroseptal
        2. [[HEALTH_CONDITION:Diabetes mellitus Typ 2]], HbA1c 8.1 %
        3. [[HEALTH_CONDITION:Chronische Niereninsuffizienz Stadium G3a]]
        4. St. n. [[HEALTH_CONDITION:Prostatakarzinom]], radikale Prostatektomie 2016
        Verlauf: Übernahme von der Notfallstation mit Thoraxschmerzen seit dem Vorabend. Nach PCI
        komplikationsloser Verlauf, mobilisiert ohne Beschwerden.
        Procedere: ASS und Ticagrelor für 12 Monate, Atorvastatin 80 mg, Dapagliflozin neu.
        Ambulante kardiale Rehabilitation ab [[DATE:7. April 2025]]; Kontrolle bei Frau Dr. [[PERSON:Fabienne Chappuis]]
        in 4 Wochen. Bitte Kreatinin und Kalium in 1 Woche kontrollieren.
        Kontakt Ehefrau: [[PERSON:Verena Zimmermann]], Tel. [[PHONE_NUMBER:032 341 87 22]] /
        [[PHONE_NUMBER:+41 79 412 38 07]]
        Freundliche Grüsse
        Dr. med. [[PERSON:Lea Bühlmann]], Assistenzärztin
        Dr. med. [[PERSON:Marco Bernasconi]], Leitender Arzt, GLN [[EMPLOYEE_NUMBER:7601000234581]]
        """#,
        #"""
        Szent Erzsébet Kórház, Belgyógyászati Osztály II. — Szeged
        ÁPOLÓI ÁTADÁS-ÁTVÉTEL — [[DATE:2025. március 14.]], éjszakás → nappalos műszak
        Átadó: [[PERSON:Tóthné Kiss Anikó]]        Átvevő: [[PERSON:Horváth Bence]]
        1. ágy — [[PERSON:Kovács Lajosné]], szül. [[DATE_OF_BIRTH:1941. 02. 03.]], TAJ [[NATIONAL_ID:045 213 776]]
           Törzsszám: [[MEDICAL_RECORD_NUMBER:2025/04417]]
           Dg.: [[HEALTH_CONDITION:szívelégtelenség]] dekompenzációja, [[HEALTH_CONDITION:pitvarfibrilláció]].
           Éjjel 2 párnával aludt, diuresis 1800 ml. Furosemid iv. 06:00-kor beadva. Testsúly reggel 71,4 kg.
           Lánya, [[PERSON:Kovács Edit]] 8 órakor telefonál: [[PHONE_NUMBER:+36 30 456 7812]].
        2. ágy — [[PERSON:Nagy Gábor]], 58 é., TAJ [[NATIONAL_ID:118 624 390]]
           [[HEALTH_CONDITION:Alkoholos májcirrózis]], [[HEALTH_CONDITION:nyelőcső-varix vérzés]] utáni 3. nap.
           Éjjel nyugtalan, remegés, [[HEALTH_CONDITION:alkoholmegvonásos szindróma]] gyanúja — dr. [[PERSON:Fekete]]
           tud róla,
           CIWA pontszám 14.
        3. ágy — [[PERSON:Szűcs Ilona]], 77 é.
           [[HEALTH_CONDITION:Tüdőgyulladás]], [[HEALTH_CONDITION:2-es típusú cukorbetegség]]. Vércukor 22 órakor 13,4
           mmol/l.
           Ma hazamegy, cím: [[STREET_ADDRESS:6720 Szeged, Kárász utca 9. II. em. 4.]] — betegszállítás 10 órára.
           Unokája, [[PERSON:Szűcs Dorka]] telefonszáma: [[PHONE_NUMBER:06 20 318 4455]].
        4. ágy — [[PERSON:Lakatos Márk]], 34 é., [[HEALTH_CONDITION:akut hasnyálmirigy-gyulladás]].
           Éhezik, infúzió megy. Fájdalomcsillapítás 04:00-kor. Kontroll UH: [[DATE:március 21.]] péntek.
        Ügyeletes orvos: dr. [[PERSON:Fekete Zsolt]] (pecsétszám: [[EMPLOYEE_NUMBER:71843]]), mellék: 1450.
        Osztályvezető főorvos: dr. [[PERSON:Bárány-Szilágyi Réka]]
        """#,
        #"""
        Sjúkrahúsið á Akureyri — Lyflækningadeild
        ÚTSKRIFTARBRÉF
        Nafn: [[PERSON:Sigríður Ósk Hallgrímsdóttir]]        Kt.: [[NATIONAL_ID:120364-3389]]
        Heimili: [[STREET_ADDRESS:Byggðavegur 101b, 600 Akureyri]]
        Sími: [[PHONE_NUMBER:862 4417]]
        Sjúkraskrárnúmer: [[MEDICAL_RECORD_NUMBER:SAk-0093127]]
        Innlögn: [[DATE:3. febrúar 2025]]        Útskrift: [[DATE:10. febrúar 2025]]
        Greiningar:
         - [[HEALTH_CONDITION:Lungnabólga]] í hægra neðra lungnablaði
         - [[HEALTH_CONDITION:Langvinn lungnateppa]] (LLT), GOLD 3
         - [[HEALTH_CONDITION:Gáttatif]], nýgreint
        Saga: [[PERSON:Sigríður]] er 60 ára kona sem leitaði á bráðamóttöku [[DATE:2.2.2025]] vegna vaxandi mæði,
        hita og hósta með graftrarkenndum uppgangi. Reykti 30 pakkaár, hætti 2019.
        Gangur: Meðhöndluð með sýklalyfjum í æð og síðan um munn, súrefni fyrstu 4 dagana.
        Gáttatif greindist á hjartalínuriti [[DATE:4. febrúar]]; hafin blóðþynning eftir samráð við hjartalækni.
        Eftirfylgd: Endurkoma á lungnagöngudeild [[DATE:24.02.2025]] kl. 10:15 hjá [[PERSON:Þórarni Guðmundssyni]].
        Heimilislæknir: [[PERSON:Katrín Jóhannsdóttir]], Heilsugæslustöðin á Akureyri.
        Nánasti aðstandandi: eiginmaður, [[PERSON:Jón Þór Magnússon]], s. [[PHONE_NUMBER:+354 895 2230]]
        Dóttir þeirra, [[PERSON:Hildur Jónsdóttir]], býr í Reykjavík: [[EMAIL_ADDRESS:hildurjons@simnet.is]]
        Virðingarfyllst,
        [[PERSON:Ragnar Freyr Einarsson]], sérfræðilæknir í lyflækningum
        Starfsmannanúmer: [[EMPLOYEE_NUMBER:SAK-4471]]
        Akureyri, [[DATE:10.02.2025]]
        """#,
    ]

    /// A thirty-eighth set of everyday texts, written blind to DataGuard's rules.
    static let thirtyEighthEveryday: [String] = [
        #"""
        чат «Джал-29, дом 14, 2-й подъезд»
        [[DATE:15.04.2025]]
        [[PERSON:Айжан]]: всем привет) кто завтра дома? курьер привезёт коробку для [[PERSON:мирлана]], а я в оше до пт
        [[PERSON:Бекзат]]: я дома после 6. адрес какой точно?
        [[PERSON:Айжан]]: [[STREET_ADDRESS:мкр джал-29, д. 14, кв 37]], мой номер [[PHONE_NUMBER:0555 12 34 56]]
        [[PERSON:Нурлан]] ага: [[PERSON:айжан]], [[PERSON:мирлан]] же в больнице? что с ним
        [[PERSON:Айжан]]: да, с субботы в нцкт... у него [[HEALTH_CONDITION:пневмония]] оказалась +
        [[HEALTH_CONDITION:астма]] обострилась
        [[PERSON:Бекзат]]: ох, скорейшего ему. могу скинуть деньги, куда?
        [[PERSON:Айжан]]: спасибо!! элкарт [[CREDIT_CARD:9417 1200 3377 5523]] на [[PERSON:токтогулова а.]]
        или мбанк по номеру [[PHONE_NUMBER:+996 700 45 78 12]]
        [[PERSON:Гуля]]: [[PERSON:айжан]], для справки в поликлинику нужен ПИН [[PERSON:мирлана]]? у меня копия его
        паспорта есть
        [[PERSON:Айжан]]: да скинь в лс плз. там вроде [[NATIONAL_ID:11503199200456]]
        [[PERSON:Нурлан]] ага: я могу в субботу, [[DATE:19 апреля]], забрать его домой на машине
        [[PERSON:Айжан]]: рахмат [[PERSON:нурлан]] ага 🙏 врач сказал выписка в пт или сб
        [[PERSON:Бекзат]]: коробку оставлю у [[PERSON:салтанат]] эже на 1 этаже, ок?
        [[PERSON:Салтанат]] эже: ок, я весь день дома. у меня давление, никуда не хожу
        [[PERSON:Айжан]]: курьер — [[PERSON:Руслан]], [[PHONE_NUMBER:0700 98 76 54]], будет с 10 до 12
        доверенность на получение скину на почту [[EMAIL_ADDRESS:bekzat.osmonov@mail.kg]]
        [[PERSON:Бекзат]]: 👍
        [[PERSON:Гуля]]: кстати собрание жильцов [[DATE:26.04]] в 19:00 во дворе, по счётчикам воды.
        председатель [[PERSON:Асанов Т. К.]], его тел. [[PHONE_NUMBER:(0312) 54-21-09]]
        [[PERSON:Нурлан]] ага: буду
        """#,
        #"""
        ООО «Помир Сохтмон» — Отдел кадров
        ЛИЧНАЯ КАРТОЧКА РАБОТНИКА (форма Т-2)
        Табельный номер: [[EMPLOYEE_NUMBER:00417]]                Дата составления: [[DATE:02.06.2025]]
        1. Ф.И.О.: [[PERSON:Рахимов Фаррух Шарифович]] (по-таджикски: [[PERSON:Раҳимов Фаррух Шарифович]])
        2. Дата рождения: [[DATE_OF_BIRTH:23 октября 1990 г.]]      Место рождения: г. Худжанд
        3. ИНН: [[NATIONAL_ID:510234871]]
        4. Адрес регистрации: [[STREET_ADDRESS:г. Душанбе, ул. Айни, д. 48, кв. 19]]
           Фактический адрес: [[STREET_ADDRESS:г. Душанбе, 82 мкр., ул. Н. Карабаева, д. 7/2, кв. 64]]
        5. Телефон: [[PHONE_NUMBER:+992 93 456 78 90]]      Домашний: [[PHONE_NUMBER:(372) 27-41-18]]
           E-mail: [[EMAIL_ADDRESS:f.rahimov90@mail.ru]]
        6. Семейное положение: женат.
           Жена — [[PERSON:Рахимова Мадина Алиевна]], [[DATE_OF_BIRTH:14.02.1994]] г.р.
           Дети: [[PERSON:Сомон]] ([[DATE_OF_BIRTH:03.07.2018]]), [[PERSON:Шаҳзода]] ([[DATE_OF_BIRTH:19.11.2021]])
        7. Образование: высшее, ТТУ им. М. Осими, 2012 г.
        8. Принят на должность инженера-сметчика, приказ № 88-к от [[DATE:02.06.2025]], испытательный срок 3 мес.
        9. Зарплатный счёт: ОАО «Ориёнбонк», р/с [[US_BANK_ACCOUNT:20202972100123456789]]
        10. Сведения о здоровье (для службы охраны труда): [[HEALTH_CONDITION:бронхиальная астма]] лёгкого течения,
            противопоказана работа в запылённых помещениях. Справка ф. 086/у от [[DATE:28.05.2025]],
            врач [[PERSON:Назарова Г. М.]]
        11. Контакт на экстренный случай: брат [[PERSON:Рахимов Даврон]], [[PHONE_NUMBER:+992 91 803 22 61]]
        Подпись работника: __________
        Специалист по кадрам: [[PERSON:Сафарова Нигина]] (таб. № [[EMPLOYEE_NUMBER:00112]])
        Руководитель: [[PERSON:Давлатов Ш. А.]]
        """#,
        #"""
        CONTRATO DE ARRENDAMIENTO DE CASA DE HABITACIÓN
        Nosotros, [[PERSON:CARLOS ROBERTO ZELAYA MEJÍA]], mayor de edad, casado, ingeniero civil, hondureño,
        con Documento Nacional de Identificación número [[NATIONAL_ID:0801-1969-04512]], con domicilio en
        [[STREET_ADDRESS:Colonia Lomas del Guijarro, Calle Madrid, Casa No. 1520, Tegucigalpa, M.D.C.]],
        quien en adelante se denominará EL ARRENDADOR; y [[PERSON:KARLA PATRICIA MONCADA AGUILAR]], mayor de
        edad, soltera, maestra de educación primaria, con DNI número [[NATIONAL_ID:0501-1992-01873]], quien en
        adelante se denominará LA ARRENDATARIA, hemos convenido celebrar el presente contrato:
        PRIMERA: EL ARRENDADOR da en arrendamiento el inmueble ubicado en
        [[STREET_ADDRESS:Residencial Plaza, Bloque C, Casa No. 14, Comayagüela, M.D.C.]], que consta de tres
        dormitorios, sala-comedor, cocina, dos baños y área de lavandería.
        SEGUNDA: El plazo es de un año, del [[DATE:1 de mayo de 2025]] al [[DATE:30 de abril de 2026]].
        TERCERA: La renta mensual es de NUEVE MIL QUINIENTOS LEMPIRAS (L 9,500.00), pagaderos dentro de los
        primeros cinco días de cada mes mediante depósito en Banco Atlántida, cuenta de ahorro
        No. [[US_BANK_ACCOUNT:11-0023-456789]] a nombre de [[PERSON:Carlos R. Zelaya]].
        CUARTA: LA ARRENDATARIA entrega un depósito de garantía de L 9,500.00, que será devuelto al finalizar.
        QUINTA: EL ARRENDADOR autoriza construir una rampa en la entrada, dado que la madre de LA ARRENDATARIA,
        Sra. [[PERSON:Doris Aguilar]], padece de [[HEALTH_CONDITION:artritis reumatoide]] y usa silla de ruedas.
        SEXTA: Queda prohibido subarrendar total o parcialmente el inmueble.
        SÉPTIMA: Se constituye como fiador solidario el señor [[PERSON:Marco Tulio Moncada]], con DNI
        [[NATIONAL_ID:0801-1965-07718]], teléfono [[PHONE_NUMBER:+504 3345-9021]].
        Para notificaciones: EL ARRENDADOR, [[PHONE_NUMBER:9876-5432]] y [[EMAIL_ADDRESS:crzelaya@yahoo.com]];
        LA ARRENDATARIA, [[PHONE_NUMBER:2232-1145]] y [[EMAIL_ADDRESS:karla.moncada92@gmail.com]].
        En fe de lo cual firmamos en la ciudad de Tegucigalpa, M.D.C., a los
        [[DATE:veintiocho días del mes de abril del año dos mil veinticinco]].
        _______________________                _______________________
        [[PERSON:Carlos Roberto Zelaya Mejía]]            [[PERSON:Karla Patricia Moncada Aguilar]]
        """#,
        #"""
        COLEGIO CATÓLICO NUESTRA SEÑORA DE LA PAZ — Santa Tecla, La Libertad
        Santa Tecla, [[DATE:7 de abril de 2025]]
        Señores
        [[PERSON:Roberto Antonio Flores]] y [[PERSON:Evelyn Guadalupe Rivas de Flores]]
        Padres de familia de [[PERSON:Daniela Sofía Flores Rivas]], 5.º grado, sección "B"
        [[STREET_ADDRESS:Residencial Las Palmeras, Pasaje 3, Casa #27, Santa Tecla, La Libertad]]
        Estimados padres de familia:
        Reciban un cordial saludo. Por este medio les informamos que [[PERSON:Daniela]] no asistió a clases del
        [[DATE:24 de marzo]] al [[DATE:28 de marzo]]. Según la constancia médica presentada, la niña estuvo con
        [[HEALTH_CONDITION:dengue]], por lo que las faltas quedan justificadas.
        En la ficha de inscripción también consta que padece [[HEALTH_CONDITION:asma]] y que tiene diagnóstico de
        [[HEALTH_CONDITION:TDAH]]. Para apoyarla en la recuperación de evaluaciones, les solicitamos una reunión con
        la orientadora, Licda. [[PERSON:Karla Vanessa Menjívar]], el [[DATE:jueves 10 de abril]] a las 2:00 p.m.
        Asimismo, necesitamos actualizar el expediente: ya tenemos el DUI del padre ([[NATIONAL_ID:04512783-6]]);
        falta copia del DUI de la madre y el número de celular actualizado.
        Favor confirmar asistencia al [[PHONE_NUMBER:2228-4410]] ext. 105, al WhatsApp [[PHONE_NUMBER:7845-2201]]
        o al correo [[EMAIL_ADDRESS:orientacion@colegiolapaz.edu.sv]].
        Atentamente,
        Lic. [[PERSON:José Mauricio Alvarenga]]
        Director — NIP [[EMPLOYEE_NUMBER:0812456]]
        -----------------------------------------------------------------
        Recibido. Confirmo asistencia. [[PERSON:Evelyn de Flores]], DUI [[NATIONAL_ID:03928415-1]],
        cel. [[PHONE_NUMBER:+503 7012 3398]]. Fecha: [[DATE:08/04/25]]
        """#,
        #"""
        San José, [[DATE:18 de febrero de 2025]]
        Señores
        Banco de Costa Rica — Centro de Servicio de Tarjetas
        Presente
        Asunto: Reclamo por cargos no reconocidos
        Yo, [[PERSON:Marianela Solís Arguedas]], cédula de identidad [[NATIONAL_ID:1-1234-0567]], titular de la
        tarjeta de crédito [[CREDIT_CARD:5491 2800 4471 6390]], les manifiesto que desconozco los cargos realizados
        el [[DATE:14/02/2025]] en un comercio en línea por ₡312 450 y $89,99, así como el del [[DATE:15/02/2025]]
        por $240,00.
        No pude reportarlo antes por encontrarme incapacitada por [[HEALTH_CONDITION:hernia discal lumbar]] desde el
        [[DATE:10 de febrero]] (adjunto boleta de incapacidad de la CCSS).
        Solicito bloquear la tarjeta, emitir una nueva y acreditar el reintegro a mi cuenta
        IBAN [[IBAN_CODE:CR58 0152 0200 1026 2845 67]].
        La tarjeta adicional a nombre de mi esposo, [[PERSON:Andrés Quesada Mora]], cédula [[NATIONAL_ID:204560789]],
        puede mantenerse activa.
        Autorizo a mi hermana [[PERSON:Lorena Solís Arguedas]], cédula [[NATIONAL_ID:1-1378-0922]], a retirar la
        nueva tarjeta en la agencia de San Pedro.
        Dirección: [[STREET_ADDRESS:San Pedro de Montes de Oca, de la Iglesia 200 m norte y 50 m este,]]
        [[STREET_ADDRESS:casa esquinera con portón negro, San José]]
        Teléfonos: [[PHONE_NUMBER:8812-4470]] / casa [[PHONE_NUMBER:2253-9016]]
        Correo: [[EMAIL_ADDRESS:msolisarguedas@gmail.com]]
        Atentamente,
        [[PERSON:Marianela Solís A.]]
        ------------------------------------------------------------
        Para uso del banco: recibido por [[PERSON:J. Vargas]], código de funcionario [[EMPLOYEE_NUMBER:BCR-55821]],
        el [[DATE:19/02/2025]]. Caso trasladado a Contracargos.
        """#,
        #"""
        De: [[PERSON:Gabriela Arosemena]] <[[EMAIL_ADDRESS:garosemena@logisticacanal.com.pa]]>
        Para: Recursos Humanos <[[EMAIL_ADDRESS:rrhh@logisticacanal.com.pa]]>
        CC: [[PERSON:Iván De Obaldía]] <[[EMAIL_ADDRESS:idobaldia@logisticacanal.com.pa]]>
        Enviado: [[DATE:lunes, 12 de mayo de 2025 8:47]]
        Asunto: Incapacidad y cambio de cuenta para planilla
        Buenos días, [[PERSON:Yarisbeth]]:
        Les adjunto el certificado de incapacidad de la CSS: estaré de licencia del [[DATE:12 de mayo]] al
        [[DATE:16 de mayo de 2025]] por [[HEALTH_CONDITION:influenza A]] con [[HEALTH_CONDITION:sinusitis]].
        También les pido actualizar mi cuenta para el pago de la planilla:
        Banco General, cuenta de ahorros [[US_BANK_ACCOUNT:04-72-98-123456-7]].
        Mis datos: cédula [[NATIONAL_ID:8-823-1456]], número de colaboradora [[EMPLOYEE_NUMBER:LC-0388]].
        Nueva dirección: [[STREET_ADDRESS:Condado del Rey, Calle Principal, PH Altos del Rey, Torre B, apto. 12C,]]
        [[STREET_ADDRESS:Ciudad de Panamá]]
        Cualquier cosa estoy al [[PHONE_NUMBER:6612-4478]].
        Saludos,
        --
        [[PERSON:Gabriela M. Arosemena]]
        Coordinadora de Aduanas | Logística Canal, S.A.
        [[STREET_ADDRESS:Calle 50 y Calle 53 Este, Edificio Torre Global, Piso 21, Ciudad de Panamá]]
        T. [[PHONE_NUMBER:(507) 264-3390]] ext. 214 | C. [[PHONE_NUMBER:+507 6612-4478]]
        [[EMAIL_ADDRESS:garosemena@logisticacanal.com.pa]]
        ---------- Respuesta ----------
        De: [[PERSON:Yarisbeth Castillo]] <[[EMAIL_ADDRESS:ycastillo@logisticacanal.com.pa]]>
        Fecha: [[DATE:12/05/2025 10:02]]
        Hola [[PERSON:Gaby]], recibido. El cambio de cuenta aplica desde la segunda quincena de mayo.
        Que te mejores pronto. Le copio a [[PERSON:Iván]] para que cubra los trámites del contenedor en Colón.
        [[PERSON:Yarisbeth Castillo]] — Analista de Planilla, ext. 230
        """#,
        #"""
        SINDICATO DE TRABAJADORES DE SUPERMERCADOS DEL URUGUAY
        FICHA DE AFILIACIÓN
        N.º de socio: [[MEMBER_NUMBER:27.418]]          Fecha de ingreso: [[DATE:03/03/2025]]
        Apellidos: [[PERSON:RODRÍGUEZ PEREYRA]]        Nombres: [[PERSON:Sebastián Nicolás]]
        C.I.: [[NATIONAL_ID:4.512.309-7]]            Fecha de nacimiento: [[DATE_OF_BIRTH:11/08/1989]]
        Domicilio: [[STREET_ADDRESS:Av. 18 de Julio 1452 apto. 603, Montevideo, C.P. 11200]]
        Celular: [[PHONE_NUMBER:099 123 456]]       Teléfono fijo: [[PHONE_NUMBER:2402 1188]]
        E-mail: [[EMAIL_ADDRESS:seba.rodriguez89@adinet.com.uy]]
        Empresa: Supermercados del Este S.A. — sucursal Pocitos     N.º de funcionario: [[EMPLOYEE_NUMBER:11873]]
        Prestador de salud: CASMU, socio n.º [[MEMBER_NUMBER:881442]]
        ¿Estuvo afiliado a otro sindicato? Sí — FUECYS, carné [[MEMBER_NUMBER:F-50317]]
        Forma de pago de la cuota (1 %): [ ] descuento por planilla   [x] débito BROU cta.
        [[US_BANK_ACCOUNT:001234567-00001]]
        Beneficiarios del fondo de solidaridad:
          [[PERSON:Lucía Fernández Olivera]] (pareja), C.I. [[NATIONAL_ID:5.118.442-3]]
          [[PERSON:Tomás Rodríguez Fernández]] (hijo), nacido el [[DATE_OF_BIRTH:22/01/2020]]
        Observaciones: el compañero tiene [[HEALTH_CONDITION:hipoacusia bilateral]], prefiere contacto por WhatsApp
        o mail. Pide apoyo de la Secretaría de Salud Laboral por [[HEALTH_CONDITION:tendinitis de hombro]] derecho
        (reposición en góndolas altas), con certificación médica desde el [[DATE:17 de febrero]].
        Delegado que recibe: [[PERSON:Martín Gutiérrez]] ("el [[PERSON:Tano]]"), cel. [[PHONE_NUMBER:098 774 210]]
        Secretaría de Finanzas: [[PERSON:Analía Benítez]] — Montevideo, [[DATE:5 de marzo de 2025]]
        Firma del afiliado: ______________   Aclaración: [[PERSON:S. Rodríguez]]
        """#,
        #"""
        💰 Sizakala Stokvel (KwaMashu) 💰
        [[DATE:28/03/2025]], 18:02 - [[PERSON:Nomsa Khumalo]]: Sanibonani bomama! Reminder: iminikelo ka-March
        ifanele ingene ngo-[[DATE:31 March]] 🙏🏾
        [[DATE:28/03/2025]], 18:04 - [[PERSON:Thandi]]: Yebo sisi. Ngizokhokha kusasa, ngisalinde iholo
        [[DATE:28/03/2025]], 18:05 - [[PERSON:Nomsa Khumalo]]: Kulungile. Account yethu FNB
        [[US_BANK_ACCOUNT:62845190347]],
        reference = igama lakho + inombolo yakho ye-stokvel (eyami ngu-[[MEMBER_NUMBER:SZK-014]])
        [[DATE:28/03/2025]], 18:07 - [[PERSON:Zanele M]]: Ngiyaxolisa ngizophuza kancane, umama usesibhedlela
        e-Addington, une-[[HEALTH_CONDITION:stroke]] 😢
        [[DATE:28/03/2025]], 18:08 - [[PERSON:Nomsa Khumalo]]: Hhayi bo! Sizomthandazela. Uma udinga usizo
        ngishayele ku-[[PHONE_NUMBER:072 556 8104]]
        [[DATE:28/03/2025]], 18:10 - [[PERSON:Lindiwe]]: [[PERSON:Zanele]], ngingahamba nawe ngoMgqibelo.
        Ngishayele ku-[[PHONE_NUMBER:+27 61 409 2275]]
        [[DATE:28/03/2025]], 18:12 - [[PERSON:Zanele M]]: ngiyabonga [[PERSON:Lindi]] ❤️ ngizokutshela
        [[DATE:28/03/2025]], 18:15 - [[PERSON:Sipho]] (treasurer): For the record: Gogo [[PERSON:Mthembu]] uthe
        akakwazi ukuza, une-[[HEALTH_CONDITION:high blood]] futhi [[HEALTH_CONDITION:isifo sikashukela]] simhlupha.
        [[PERSON:Nomsa]] ngicela ungithumelele i-ID yakhe ye-funeral policy
        [[DATE:28/03/2025]], 18:17 - [[PERSON:Nomsa Khumalo]]: ID: [[NATIONAL_ID:5109270015088]],
        Avbob policy no. [[MEMBER_NUMBER:AVB 7731 0842]]
        [[DATE:28/03/2025]], 18:20 - [[PERSON:Nomsa Khumalo]]: Umhlangano olandelayo ngu-[[DATE:Sunday 6 April]]
        ku-[[STREET_ADDRESS:K 1187 Mgagane Road, KwaMashu, 4359]], 2pm. Lethani ama-receipts!
        [[DATE:28/03/2025]], 18:25 - [[PERSON:Sipho]] (treasurer): Ok. Ama-minutes ngizowathumela ku-
        [[EMAIL_ADDRESS:sizakala.stokvel@gmail.com]] 👍🏾
        [[DATE:28/03/2025]], 18:26 - [[PERSON:Thandi]]: 👍🏾
        """#,
        #"""
        AVONDALE WEST RESIDENTS' ASSOCIATION
        Minutes of the Committee Meeting held on [[DATE:Saturday, 8 February 2025]] at 10:00
        Venue: [[STREET_ADDRESS:14 Lomagundi Road, Avondale, Harare]] (home of the Chairperson)
        Present: Mr [[PERSON:T. Moyo]] (Chair), Mrs [[PERSON:Rutendo Chikore]] (Secretary), Mr [[PERSON:Farai Nyathi]]
        (Treasurer), Ms [[PERSON:Chipo Mavhunga]], Mr [[PERSON:Blessing Sibanda]], Mrs [[PERSON:Ncube]]
        Apologies: Mr [[PERSON:Tawanda Mapfumo]] (in hospital with [[HEALTH_CONDITION:appendicitis]]),
        Dr [[PERSON:Chirwa]]
        1. OPENING — The meeting opened with a prayer by Mrs [[PERSON:Ncube]].
        2. MINUTES of the meeting of [[DATE:11 January 2025]] were read and adopted (proposed [[PERSON:C. Mavhunga]],
           seconded [[PERSON:B. Sibanda]]).
        3. WATER AND HEALTH — Council water supply restored to two days a week. Three cases of
           [[HEALTH_CONDITION:cholera]] reported in Mbare; residents urged to boil or treat all drinking water.
        4. SECURITY — New guard roster from [[DATE:15 February]]. Control room: [[PHONE_NUMBER:+263 77 234 5678]].
        5. FINANCE — Subscriptions remain US$10 per household per month, payable to CBZ account
           [[US_BANK_ACCOUNT:01125490870018]] or EcoCash to the Treasurer on [[PHONE_NUMBER:0772 318 904]].
           New members: [[PERSON:Gift Marufu]] (membership no. [[MEMBER_NUMBER:AWRA-0142]]) and
           [[PERSON:Precious Zvobgo]] ([[MEMBER_NUMBER:AWRA-0143]]). Mrs [[PERSON:Zvobgo]]'s national ID
           [[NATIONAL_ID:63-2145678 K 47]] was recorded for the petition to council.
        6. AOB — Mrs [[PERSON:Chikore]] noted that Sekuru [[PERSON:Matambanadzo]] at
        [[STREET_ADDRESS:7 Gaydon Road, Avondale]]
           lives alone with [[HEALTH_CONDITION:Parkinson's disease]]; volunteers will check on him weekly.
           His daughter in Bulawayo, [[PERSON:Nyasha]], can be reached on [[PHONE_NUMBER:029 2261 447]].
        Next meeting: [[DATE:8 March 2025]], same venue.
        Minutes recorded by [[PERSON:R. Chikore]] — [[EMAIL_ADDRESS:awra.secretary@zol.co.zw]], cell
        [[PHONE_NUMBER:0712 604 331]]
        Confirmed: ____________ Chairperson        Date: ____________
        """#,
        #"""
        KAFUE ROAD HARDWARE LTD
        [[STREET_ADDRESS:Plot 4521, Kafue Road, Makeni, Lusaka]]
        Tel: [[PHONE_NUMBER:+260 211 273 410]]   Cell/WhatsApp: [[PHONE_NUMBER:0977 123 456]]
        DELIVERY NOTE No. DN-0884                            Date: [[DATE:19/05/2025]]
        Deliver to: Mrs [[PERSON:Mwila Banda]]
        [[STREET_ADDRESS:House No. 27, Lukasu Road, Rhodes Park, Lusaka]]
        Contact: [[PHONE_NUMBER:0966 445 210]] (or her son [[PERSON:Chanda]] on [[PHONE_NUMBER:+260 95 5782031]])
        Customer NRC: [[NATIONAL_ID:234567/11/1]]
        Qty   Description                          Unit
        40    Cement 42.5N, 50 kg                  bag
        12    Y12 reinforcing bar, 6 m             length
        2     Wheelbarrow, heavy duty              each
        Driver: [[PERSON:Mulenga Phiri]], staff no. [[EMPLOYEE_NUMBER:KRH-117]]
        Received in good order by: [[PERSON:C. Banda]]  Signature: ______  Date: [[DATE:20.05.25]]
        Driver's note: customer away at UTH (her [[HEALTH_CONDITION:high blood pressure]]); son signed for goods.
        ------------------------------------------------------------------
        TAX INVOICE No. INV-2025-0519                        Date: [[DATE:19 May 2025]]
        Bill to: [[PERSON:Mwila Banda]], [[STREET_ADDRESS:P.O. Box 50321, Ridgeway, Lusaka]]
        Amount due: K 14,860.00 (incl. VAT)                  Due date: [[DATE:19 June 2025]]
        Pay to: Zanaco, Cairo Road branch, Acc. No. [[US_BANK_ACCOUNT:0123456789012]]
        or Airtel Money [[PHONE_NUMBER:097 7123456]] (name: [[PERSON:Bwalya Mwansa]])
        Queries: [[PERSON:Bwalya Mwansa]], Accounts — [[EMAIL_ADDRESS:accounts@kafueroadhardware.co.zm]]
        """#,
        #"""
        BANCO KWANZA COMERCIAL, S.A. — Agência Maianga
        Luanda, [[DATE:14 de Março de 2025]]
        Exma. Senhora
        D. [[PERSON:Esperança Domingas Kiala Neto]]
        [[STREET_ADDRESS:Rua Rainha Ginga, n.º 87, 3.º andar, Ingombota]]
        [[STREET_ADDRESS:Luanda]]
        Assunto: Confirmação de abertura de conta e pedido de crédito habitação
        Exma. Senhora [[PERSON:Esperança Neto]],
        Confirmamos a abertura da conta à ordem em Kwanzas, em nome de V. Ex.ª, com os seguintes dados:
          N.º de conta: [[US_BANK_ACCOUNT:12345678101]]
          IBAN: [[IBAN_CODE:AO34 0040 0000 1234 5678 1012 3]]
          BI n.º: [[NATIONAL_ID:004512873LA041]]        Data de nascimento: [[DATE_OF_BIRTH:09/07/1983]]
          Telefone: [[PHONE_NUMBER:+244 923 456 789]]   E-mail: [[EMAIL_ADDRESS:esperanca.neto@hotmail.com]]
          Cartão de débito Multicaixa n.º [[CREDIT_CARD:4176 1290 5573 3809]]
        Quanto ao crédito habitação, informamos que, segundo a declaração de saúde entregue em [[DATE:10/03/2025]],
        a seguradora exclui da cobertura do seguro de vida as doenças pré-existentes declaradas
        ([[HEALTH_CONDITION:hipertensão arterial]] e [[HEALTH_CONDITION:drepanocitose]]).
        Registámos como procuradora a sua irmã, D. [[PERSON:Teresa Kiala]], residente em
        [[STREET_ADDRESS:Av. Julius Nyerere, n.º 1150, Maputo]], telefone [[PHONE_NUMBER:+258 84 512 3367]].
        O seu gestor de conta é o Sr. [[PERSON:Adilson Manuel Tchissola]] (n.º de funcionário
        [[EMPLOYEE_NUMBER:BKC-20931]]),
        contactável pelo [[PHONE_NUMBER:222 331 870]] ou [[EMAIL_ADDRESS:adilson.tchissola@bancokwanza.co.ao]].
        Com os melhores cumprimentos,
        [[PERSON:Joana Lussati]]
        Directora de Agência
        """#,
        #"""
        Familia ya Mzee [[PERSON:Massawe]] 👨‍👩‍👧‍👦
        [[DATE:12/06/2025]]
        [07:41] [[PERSON:Neema]]: Habari za asubuhi wote. Baba amelazwa Muhimbili tangu jana usiku 🙏
        [07:43] [[PERSON:Juma Massawe]]: Eeh Mungu wangu! Ana nini?
        [07:44] [[PERSON:Neema]]: Daktari anasema ni [[HEALTH_CONDITION:kiharusi]] kidogo, na
        [[HEALTH_CONDITION:shinikizo la damu]]
        lilipanda sana (200/110)
        [07:46] [[PERSON:Rehema]]: Tutaenda saa nne. [[PERSON:Neema]] tuma namba ya wodi na jina la daktari
        [07:48] [[PERSON:Neema]]: Wodi ya Mwaisela, kitanda 14. Daktari ni Dkt. [[PERSON:Kileo]].
        Namba ya faili [[MEDICAL_RECORD_NUMBER:MNH/2025/118472]]
        [07:50] [[PERSON:Juma Massawe]]: Kadi yake ya NHIF namba ngapi? wanaiuliza pharmacy
        [07:52] [[PERSON:Neema]]: NHIF [[MEMBER_NUMBER:102487756231]], na NIDA [[NATIONAL_ID:19560314-12345-00001-22]]
        [07:53] [[PERSON:Rehema]]: sawa. nitatuma hela M-Pesa kwa [[PHONE_NUMBER:0754 123 456]] ni yako
        [[PERSON:Neema]]?
        [07:53] [[PERSON:Neema]]: hapana, tuma kwa [[PHONE_NUMBER:+255 713 456 789]] (ya [[PERSON:Baraka]])
        [08:10] [[PERSON:Baraka]]: Nimepokea 150,000/=. Asante dada 🙏
        [08:15] [[PERSON:Juma Massawe]]: Mama yuko wapi? Bado yuko nyumbani
        [[STREET_ADDRESS:Sinza Mori, Mtaa wa Shekilango, Nyumba Na. 42]]?
        [08:16] [[PERSON:Neema]]: ndiyo, lakini ana [[HEALTH_CONDITION:kisukari]] mwenyewe, asichoke sana.
        Bi. [[PERSON:Zawadi]] wa jirani anakaa naye
        [08:20] [[PERSON:Rehema]]: Daktari ameandika CT scan ya pili [[DATE:Jumatano tarehe 18 Juni]]
        [08:21] [[PERSON:Juma Massawe]]: Nitaomba ruhusa kazini. Namba yangu mpya ya ofisi ni
        [[PHONE_NUMBER:022 211 6048]]
        [08:23] [[PERSON:Baraka]]: Mimi nitamletea baba nguo jioni. [[PERSON:Juma]] tuma picha ya cheti cha bima
        kwa email [[EMAIL_ADDRESS:baraka.massawe@yahoo.com]]
        [08:30] [[PERSON:Neema]]: 👍🏾 asanteni wote, Mungu awabariki
        """#,
        #"""
        De : [[PERSON:Hery Rakotoarisoa]] <[[EMAIL_ADDRESS:hery.rakotoarisoa@moov.mg]]>
        À : [[PERSON:Fanja Razanajatovo]] <[[EMAIL_ADDRESS:fanja.razanajatovo@gmail.com]]>
        Date : [[DATE:mer. 2 avr. 2025 à 09:14]]
        Objet : Re: Dossier de bourse + chambre de Tojo
        Salama [[PERSON:Fanja]],
        Voici les informations demandées pour le dossier de [[PERSON:Tojo]] :
        - Nom complet : [[PERSON:RAKOTOARISOA Tojo Andrianina]]
        - CIN : [[NATIONAL_ID:101 231 456 789]], délivrée à Antananarivo le [[DATE:12/05/2024]]
        - Né le [[DATE_OF_BIRTH:27 février 2006]] à Antsirabe
        - Adresse : [[STREET_ADDRESS:Lot II M 85 bis Antsakaviro, Antananarivo 101]]
        - Tél. : [[PHONE_NUMBER:034 12 345 67]] / le mien : [[PHONE_NUMBER:+261 32 45 678 90]]
        Pour le certificat médical, le Dr [[PERSON:Randrianarivelo]] a noté qu'il a eu le
        [[HEALTH_CONDITION:paludisme]] en janvier et qu'il est traité pour une
        [[HEALTH_CONDITION:tuberculose pulmonaire]]
        depuis le [[DATE:3 mars 2025]] ; il n'est plus contagieux, l'attestation est jointe.
        Le loyer de la chambre (150 000 Ar) est viré sur le compte BNI de la propriétaire,
        Mme [[PERSON:Ravaoarisoa Lalao]] : RIB [[US_BANK_ACCOUNT:00005 00001 12345678901 23]].
        Son adresse à elle : [[STREET_ADDRESS:Lot IVG 112 Ambohijatovo, Antananarivo 101]].
        Misaotra betsaka !
        [[PERSON:Hery]]
        --
        [[PERSON:RAKOTOARISOA Hery Nirina]]
        Comptable principal — Matricule [[EMPLOYEE_NUMBER:JIR-0457]]
        Tél. bureau : [[PHONE_NUMBER:020 22 200 31]]
        > Le [[DATE:1 avr. 2025]] à 18:40, [[PERSON:Fanja Razanajatovo]]
        > <[[EMAIL_ADDRESS:fanja.razanajatovo@gmail.com]]> a écrit :
        > [[PERSON:Hery]], il me manque la CIN et l'adresse de [[PERSON:Tojo]] pour finir le dossier.
        > Bisous à [[PERSON:Vola]] et aux enfants.
        """#,
        #"""
        BORANG MAKLUMAT PEKERJA / EMPLOYEE INFORMATION FORM
        Syarikat Cahaya Maju Logistik Sdn. Bhd.
        Employee No.: [[EMPLOYEE_NUMBER:HR-2025-0318]]            Date joined: [[DATE:2 June 2025]]
        Full name (as per MyKad): [[PERSON:NURUL AISYAH BINTI AHMAD KAMAL]]
        MyKad No.: [[NATIONAL_ID:880912-10-5524]]         Date of birth: [[DATE_OF_BIRTH:12/09/1988]]
        Address: [[STREET_ADDRESS:No. 23, Jalan SS 2/55, 47300 Petaling Jaya, Selangor]]
        Mobile: [[PHONE_NUMBER:012-345 6789]]          Home: [[PHONE_NUMBER:03-7875 2210]]
        Personal email: [[EMAIL_ADDRESS:nurulaisyah.ak@yahoo.com.my]]
        EPF (KWSP) No.: [[MEMBER_NUMBER:18234567]]      SOCSO (PERKESO): as per MyKad
        Income tax No.: [[NATIONAL_ID:IG 24815036090]]
        Bank: Maybank     Account No.: [[US_BANK_ACCOUNT:1640 1234 5678]]
        Marital status: Married
        Spouse: [[PERSON:Mohd Faizal bin Hassan]]        MyKad: [[NATIONAL_ID:850304-14-6631]]
        Children: [[PERSON:Muhammad Adam Haziq]] ([[DATE_OF_BIRTH:05/01/2016]]),
                  [[PERSON:Nur Hannah Sofea]] ([[DATE_OF_BIRTH:21/08/2019]])
        Emergency contact: Puan [[PERSON:Rohani binti Yusof]] (mother), [[PHONE_NUMBER:+60 19-772 4108]]
        Medical declaration: [[HEALTH_CONDITION:asthma]] (controlled, carries inhaler);
                             [[HEALTH_CONDITION:thalassaemia minor]] (carrier). No other conditions.
        Panel clinic card No.: [[MEMBER_NUMBER:PMC-77310245]]
        References:
          1. Mr [[PERSON:Tan Wei Liang]], HR Manager, previous employer — [[PHONE_NUMBER:03-2162 8800]],
             [[EMAIL_ADDRESS:weiliang.tan@pantaifreight.com.my]]
          2. Encik [[PERSON:Rajesh a/l Subramaniam]], ex-supervisor — [[PHONE_NUMBER:016-228 9041]]
        I declare that the above information is true.  Signature: __________  Date: [[DATE:02/06/2025]]
        Verified by HR: [[PERSON:Siti Khadijah]] (Staff ID [[EMPLOYEE_NUMBER:HR-0042]])
        """#,
        #"""
        From: [[PERSON:Lina Haddadin]] <[[EMAIL_ADDRESS:lina.haddadin@ammanlearning.jo]]>
        To: Accounts <[[EMAIL_ADDRESS:accounts@ammanlearning.jo]]>
        Cc: [[PERSON:Rania Odeh]] <[[EMAIL_ADDRESS:nurse@ammanlearning.jo]]>
        Date: [[DATE:Sun, 9 Feb 2025 11:32]] +0300
        Subject: Tuition refund – [[PERSON:Omar Al-Khatib]] (Grade 8)
        Dear Mr. [[PERSON:Khalil]],
        Following our call, please process the refund of the second-term fees (JOD 1,450) for
        [[PERSON:Omar Al-Khatib]]; the family is relocating to Muscat at the end of the month.
        Parent: [[PERSON:Sameer Yousef Al-Khatib]], national number [[NATIONAL_ID:9851012345]]
        Transfer to: Arab Bank, IBAN [[IBAN_CODE:JO51 ARAB 1180 0000 0011 8452 3500]]
        Parent's mobile: [[PHONE_NUMBER:+962 79 555 1234]]
        Please have it done by [[DATE:20/02/2025]] if possible.
        [[PERSON:Rania]], [[PERSON:Omar]] has [[HEALTH_CONDITION:type 1 diabetes]] and
        [[HEALTH_CONDITION:coeliac disease]]; kindly send a
        copy of his medical file to the new school. Their address in Oman will be
        [[STREET_ADDRESS:Way 3017, Building 1245, Shatti Al Qurum, Muscat]], and the father's Omani number is
        [[PHONE_NUMBER:+968 9123 4567]].
        ملاحظة: والدة الطالب السيدة [[PERSON:هبة الزعبي]] تفضّل التواصل على الرقم [[PHONE_NUMBER:0777 214 306]]
        Best regards,
        [[PERSON:Lina Haddadin]]
        Registrar | Amman Learning Academy
        [[STREET_ADDRESS:38 Al-Kulliyah Al-Ilmiyah Al-Islamiyah St., Jabal Al-Weibdeh, Amman 11191]]
        Tel. [[PHONE_NUMBER:06 465 2290]] ext. 112 | Staff ID [[EMPLOYEE_NUMBER:ALA-1187]]
        [[EMAIL_ADDRESS:lina.haddadin@ammanlearning.jo]]
        """#,
        #"""
        ДОГОВІР НАЙМУ (ОРЕНДИ) КВАРТИРИ № 14/25
        м. Львів                                              [[DATE:«01» квітня 2025 р.]]
        Наймодавець: [[PERSON:Коваленко Олег Петрович]], РНОКПП [[NATIONAL_ID:2733705617]],
        ID-картка № [[NATIONAL_ID:001245789]], зареєстрований за адресою:
        [[STREET_ADDRESS:м. Львів, вул. Городоцька, буд. 112, кв. 5, 79016]], з однієї сторони, та
        Наймач: [[PERSON:Мельник Ірина Василівна]], [[DATE_OF_BIRTH:23.08.1996]] р.н., РНОКПП
        [[NATIONAL_ID:3529904821]],
        з другої сторони, уклали цей договір про таке:
        1. Наймодавець передає, а Наймач приймає у тимчасове платне користування квартиру за адресою:
           [[STREET_ADDRESS:м. Львів, вул. Зелена, буд. 41, кв. 17]] (2 кімнати, загальна площа 54 м²).
        2. Строк найму: з [[DATE:01.04.2025]] по [[DATE:31.03.2026]].
        3. Плата за найм становить 14 000 (чотирнадцять тисяч) грн на місяць і сплачується до 5 числа
           кожного місяця на рахунок Наймодавця: IBAN [[IBAN_CODE:UA70 3052 9900 0002 6204 7812 3456 7]],
           одержувач [[PERSON:Коваленко О. П.]]
        4. Разом із Наймачем проживають: син [[PERSON:Мельник Данило Андрійович]], [[DATE_OF_BIRTH:14.02.2019]] р.н.,
           та мати [[PERSON:Ткачук Галина Іванівна]] (особа з інвалідністю II групи,
           [[HEALTH_CONDITION:розсіяний склероз]]), у зв'язку з чим Наймодавець дозволяє встановити поручні у ванній.
        5. Комунальні послуги сплачує Наймач за показниками лічильників.
        6. Контакти сторін:
           Наймодавець — [[PHONE_NUMBER:+380 67 234 56 78]], [[EMAIL_ADDRESS:oleg.kovalenko@ukr.net]]
           Наймач — [[PHONE_NUMBER:093 418 27 65]], [[EMAIL_ADDRESS:iryna.melnyk96@gmail.com]]
           Довірена особа Наймача (сестра) — [[PERSON:Оксана Мельник]], [[PHONE_NUMBER:(032) 261-44-07]]
        Акт приймання-передачі підписано [[DATE:1 квітня 2025 року]].
        Підписи сторін:
        _____________ [[PERSON:О. П. Коваленко]]              _____________ [[PERSON:І. В. Мельник]]
        """#,
    ]
}
