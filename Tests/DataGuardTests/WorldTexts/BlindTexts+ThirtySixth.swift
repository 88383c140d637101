extension BlindTexts {
    /// A thirty-sixth set of clinical texts, written blind to DataGuard's rules.
    static let thirtySixthClinical: [String] = [
        #"""
        CENTRO HOSPITALAR UNIVERSITÁRIO DO PORTO — Serviço de Medicina Interna B
        NOTA DE ALTA
        Nome: [[PERSON:Maria da Conceição Ferreira Lobo]]        N.º Processo: [[MEDICAL_RECORD_NUMBER:2024/118 734]]
        Data de nascimento: [[DATE_OF_BIRTH:07/11/1948]]          NIF: [[NATIONAL_ID:234817569]]
        Morada: [[STREET_ADDRESS:Rua de Cedofeita, 412, 3.º Esq.
        4050-174 Porto]]
        Internamento: de [[DATE:02/03/2025]] a [[DATE:11/03/2025]]
        Diagnóstico principal: [[HEALTH_CONDITION:pneumonia adquirida na comunidade]] (lobo inferior direito)
        Antecedentes: [[HEALTH_CONDITION:insuficiência cardíaca]] com FEVE preservada;
        [[HEALTH_CONDITION:diabetes mellitus tipo 2]]; [[HEALTH_CONDITION:fibrilhação auricular]] hipocoagulada.
        Sem história de DPOC nem de tabagismo.
        Evolução: cumpriu 7 dias de [[HEALTH_CONDITION:amoxicilina/ácido clavulânico]] e.v. com boa resposta clínica e
        analítica (PCR de 18,4 para 2,1 mg/dL). Apirética desde [[DATE:5 de março]]. Sem necessidade de O2 na alta.
        Medicação no domicílio:
         - [[HEALTH_CONDITION:Apixabano]] 5 mg 12/12h
         - [[HEALTH_CONDITION:Metformina]] 1000 mg ao pequeno-almoço e ao jantar
         - [[HEALTH_CONDITION:Furosemida]] 40 mg de manhã (pesar-se diariamente; se +2 kg em 3 dias contactar MF)
        Seguimento: consulta externa de Medicina Interna a [[DATE:08-04-2025]], 10h30. Médica de família informada.
        Contacto da filha, [[PERSON:Inês Lobo]]: [[PHONE_NUMBER:+351 912 408 335]]
        O médico assistente,
        Dr. [[PERSON:Tiago Meireles Sampaio]] (n.º mec. [[EMPLOYEE_NUMBER:40718]])
        """#,
        #"""
        CHUAC – Planta 5ª Traumatoloxía
        RELEVO DE ENFERMARÍA — quenda de noite → mañá, [[DATE:18/02/2025]]
        Cama 512-A | [[PERSON:CASTRO OTERO, Xosé Manuel]] | NHC [[MEDICAL_RECORD_NUMBER:0 884 219]] | 79 anos
         - Ingresa onte por [[HEALTH_CONDITION:fractura pertrocantérea de cadeira dereita]], IQ prevista hoxe ás 9h.
         - Dor controlada con [[HEALTH_CONDITION:metamizol]] 2 g/8h; rescate con [[HEALTH_CONDITION:tramadol]] ás 03:10.
         - [[HEALTH_CONDITION:Demencia leve]], desorientado pola noite; a filla ([[PERSON:Uxía]]) quedou ata as 23h.
         - En xaxún dende as 00h. Non leva sonda vesical. Reserva de 2 CH feita.
        Cama 514-B | [[PERSON:VARELA PIÑEIRO, Antía]] | NHC [[MEDICAL_RECORD_NUMBER:1 027 553]] | 46 anos
         - 2º día postop. de [[HEALTH_CONDITION:rotura de ligamento cruzado anterior]] dereito; deambula con muletas.
         - Alérxica a [[HEALTH_CONDITION:penicilina]] (pulseira vermella posta).
         - Glicemias ben, non é diabética, retirar controis.
         - Alta prevista hoxe se o Dr. [[PERSON:Seoane]] o confirma no pase.
         - O home vén buscala, móbil [[PHONE_NUMBER:648 31 77 02]] (preguntar por [[PERSON:Brais]]).
        Cama 516 | baleira, ingreso de urxencias previsto pola mañá.
        Entrega: [[PERSON:Lorena B.]] (enf.) — Recibe: [[PERSON:Breixo Fdez.]]
        """#,
        #"""
        FARMÀCIA SANT ANDREU 14 · Barcelona
        Dispensació amb recepta electrònica — [[DATE:27/01/2025]]
        Pacient: [[PERSON:Jordi Puigdomènech i Serra]]
        DNI: [[NATIONAL_ID:36571248Y]]   Núm. història clínica (CAP): [[MEDICAL_RECORD_NUMBER:HC-0311842]]
        ----------------------------------------------------------------
        [[HEALTH_CONDITION:LEVOTIROXINA SÒDICA]] 75 mcg · 100 comprimits
        1 comprimit en dejú cada matí, 30 minuts abans d'esmorzar.
        Indicació: [[HEALTH_CONDITION:hipotiroïdisme]]
        ----------------------------------------------------------------
        [[HEALTH_CONDITION:ENALAPRIL]] 10 mg · 28 comprimits
        1 comprimit al dia. No prendre amb suplements de potassi.
        Indicació: [[HEALTH_CONDITION:hipertensió arterial]]
        ----------------------------------------------------------------
        Prescriptora: Dra. [[PERSON:Montserrat Ribas]]
        Propera dispensació a partir del [[DATE:24 de febrer de 2025]]
        Conservar per sota de 25 ºC. Dubtes: truqueu al [[PHONE_NUMBER:93 274 18 60]]
        Lliurat a: [[PERSON:Núria]] (filla) — signat
        """#,
        #"""
        LABORATORIO ANALISI CLINICHE — Azienda Ospedale-Università di Padova
        REFERTO N. 25-044718
        Cognome e nome: [[PERSON:ROSSI Giulia]]                     Sesso: F
        Nata il: [[DATE_OF_BIRTH:12/06/1972]] a Milano              C.F.: [[NATIONAL_ID:RSSGLI72H52F205V]]
        Residenza: [[STREET_ADDRESS:Via Savonarola 88/B, 35137 Padova (PD)]]   Tel. [[PHONE_NUMBER:049 875 3321]]
        Cartella n.: [[MEDICAL_RECORD_NUMBER:PD-2025-0031967]]      Richiedente: dott. [[PERSON:Alvise Zennaro]] (MMG)
        Prelievo: [[DATE:13 febbraio 2025]] ore 07:42               Validazione: [[DATE:14.02.2025]]

        Esame                      Risultato      Unità        Intervallo rif.
        Emoglobina glicata         7,9 *          %            4,0 – 6,0
        Glucosio                   164 *          mg/dL        70 – 100
        Colesterolo LDL            131 *          mg/dL        < 100
        Creatinina                 0,88           mg/dL        0,51 – 0,95
        TSH riflesso               2,14           mUI/L        0,27 – 4,20

        Note: quadro compatibile con [[HEALTH_CONDITION:diabete mellito tipo 2]] non compensato. Paziente in terapia con
        [[HEALTH_CONDITION:metformina]] 850 mg x 2. Si consiglia rivalutazione terapeutica e controllo tra 3 mesi.
        Anamnesi: [[HEALTH_CONDITION:tiroidite di Hashimoto]] in trattamento con [[HEALTH_CONDITION:Eutirox]] 50 mcg.
        Il Dirigente Biologo: dott.ssa [[PERSON:Chiara Boscolo]]
        """#,
        #"""
        TeleMed Ticino · trascrizione chat · sessione TMT-88201
        [[DATE:03.12.2024]]
        21:14  Operatrice: Buonasera, sono [[PERSON:Sara]] del servizio di telemedicina. Nome e data di nascita?
        21:15  Paziente: [[PERSON:Lorenzo Bernasconi]], [[DATE_OF_BIRTH:22.08.1985]]
        21:15  Operatrice: Grazie. Numero AVS e numero d'assicurato della cassa malati?
        21:16  Paziente: AVS [[NATIONAL_ID:756.4682.1759.35]], assicurato [[MEMBER_NUMBER:80756 1142 09]]
        21:17  Operatrice: Cosa la disturba stasera?
        21:18  Paziente: da 2 gg bruciore quando urino e devo andare spessissimo. niente febbre. ho gia avuto
               una [[HEALTH_CONDITION:cistite]] l'anno scorso
        21:20  Operatrice: La passo al medico. — dr.ssa [[PERSON:Federica Pedrazzini]] è entrata nella chat
        21:22  Dr.ssa [[PERSON:Pedrazzini]]: Buonasera. Allergie a farmaci? Prende medicamenti regolarmente?
        21:22  Paziente: no allergie. prendo solo [[HEALTH_CONDITION:Pantoprazolo]] per il [[HEALTH_CONDITION:reflusso]]
        21:25  Dr.ssa [[PERSON:Pedrazzini]]: Sembra una [[HEALTH_CONDITION:cistite non complicata]]. Le prescrivo
               [[HEALTH_CONDITION:fosfomicina]] 3 g, dose unica la sera a vescica vuota.
        21:26  Paziente: si puo consegnare a casa? [[STREET_ADDRESS:Via Pretorio 14, 6900 Lugano]], cit.
               [[PERSON:Bernasconi]]
        21:27  Dr.ssa [[PERSON:Pedrazzini]]: Sì, la farmacia partner consegna entro domattina. Se compare febbre
               o dolore al fianco chiami subito il [[PHONE_NUMBER:+41 91 811 60 00]] oppure il 144.
        21:28  Paziente: ok grazie mille
        21:28  Sessione chiusa. Rapporto inviato al medico di famiglia, dr. [[PERSON:Gianni Rusconi]], Viganello.
        """#,
        #"""
        ZZS Jihomoravského kraje — ZÁZNAM O VÝJEZDU
        Číslo výjezdu: 2025/0412-118    Datum: [[DATE:9. 4. 2025]]    Výzva 14:02, na místě 14:13
        Pacient: [[PERSON:NOVÁKOVÁ Jana]]    r. č.: [[NATIONAL_ID:785614/0138]]    ZP: 111
        Adresa: [[STREET_ADDRESS:Křenová 57, 602 00 Brno]] (3. patro, bez výtahu)
        OA: [[HEALTH_CONDITION:astma bronchiale]] od dětství, užívá [[HEALTH_CONDITION:Seretide]] inh. a
        [[HEALTH_CONDITION:Ventolin]] při potížích. Alergie: prach, pyly. Nekuřačka.
        NO: od rána narůstající dušnost, doma 6 vdechů [[HEALTH_CONDITION:Ventolinu]] bez efektu.
        Obj.: SpO2 86 %, DF 28/min, TF 118/min, TK 150/90, GCS 15, poslechově difuzní pískoty, mluví ve slovech.
        Dg.: [[HEALTH_CONDITION:akutní exacerbace astmatu]], těžká.
        Th.: O2 maskou 6 l/min, [[HEALTH_CONDITION:salbutamol]] 5 mg + [[HEALTH_CONDITION:ipratropium]] 0,5 mg neb.,
        [[HEALTH_CONDITION:methylprednisolon]] 80 mg i.v. Po terapii SpO2 93 %.
        Transport: FN Brno-Bohunice, urgentní příjem, předána 14:51 MUDr. [[PERSON:Kratochvílovi]].
        Kontakt (manžel [[PERSON:Petr Novák]]): [[PHONE_NUMBER:+420 603 418 275]]
        Vedoucí posádky: Bc. [[PERSON:Ondřej Hrubý]], ZZ, os. č. [[EMPLOYEE_NUMBER:4471]]
        """#,
        #"""
        OLTÁSI IGAZOLÁS
        Név: [[PERSON:Szabó Eszter Katalin]]
        Születési idő: [[DATE_OF_BIRTH:1990. március 4.]]        Anyja neve: [[PERSON:Tóth Erzsébet]]
        TAJ-szám: [[NATIONAL_ID:038 417 562]]
        Lakcím: [[STREET_ADDRESS:1067 Budapest, Teréz körút 23. II. em. 5.]]
        Telefon: [[PHONE_NUMBER:+36 30 517 2294]]     E-mail: [[EMAIL_ADDRESS:szabo.eszter90@freemail.hu]]

        Dátum              Készítmény                 Gy. szám     Beadás helye
        [[DATE:2024. 10. 15.]]    [[HEALTH_CONDITION:Vaxigrip Tetra]]             W3A471       bal felkar, i.m.
        [[DATE:2024. 11. 02.]]    [[HEALTH_CONDITION:Comirnaty]] JN.1             HK9012       jobb felkar, i.m.
        [[DATE:2025. jan. 20.]]   [[HEALTH_CONDITION:Prevenar 20]]                LP3388       bal felkar, i.m.

        Indikáció: [[HEALTH_CONDITION:asztma]], inhalációs szteroid mellett. Tojásallergia nem ismert.
        Mellékhatás: nem jelentkezett, 20 perc megfigyelés után távozott.
        Következő influenza elleni oltás esedékes: [[DATE:2025 októberében]]
        Oltóorvos: dr. [[PERSON:Kovács-Nagy Péter]], háziorvos
        """#,
        #"""
        Arbeitsmedizinisches Zentrum Linz — Folgeuntersuchung gem. VGÜ (Lärm)
        Name: [[PERSON:HUBER, Markus]]     SV-Nr.: [[NATIONAL_ID:1239 120367]]     geb. [[DATE_OF_BIRTH:12.03.1967]]
        Dienstgeber: Stahlwerk Donau GmbH   Personalnr.: [[EMPLOYEE_NUMBER:P-208 417]]   Warmwalzwerk, Schicht C
        Untersuchungsdatum: [[DATE:17. Jänner 2025]]
        Audiometrie: bds. Senke bei 4 kHz, re > li (–45 dB / –35 dB); gegenüber Vorbefund [[DATE:Jän. 2022]] schlechter.
        Beurteilung: [[HEALTH_CONDITION:beginnende Lärmschwerhörigkeit]] beidseits. Gehörschutz lt. AN "meistens" getr.
        Sonstiges: [[HEALTH_CONDITION:arterielle Hypertonie]], gut eingestellt mit [[HEALTH_CONDITION:Ramipril]] 5 mg.
        Kein Diabetes. Lungenfunktion unauffällig. Nichtraucher seit 2019.
        Ergebnis: geeignet mit Auflagen – Otoplastik (angepasster Gehörschutz), Kontrolle in 12 Monaten
        ([[DATE:Jänner 2026]]).
        Mitteilung an Sicherheitsfachkraft Hr. [[PERSON:Leitner]]: nur Eignung, keine Diagnose!
        Dr. [[PERSON:Claudia Wimmer-Aigner]], Arbeitsmedizinerin
        Rückfragen: [[PHONE_NUMBER:+43 732 6987 2214]] · [[EMAIL_ADDRESS:c.wimmer-aigner@amz-linz.at]]
        """#,
        #"""
        NAIROBI WEST WELLNESS CENTRE — MENTAL HEALTH INTAKE FORM
        Client name: [[PERSON:Wanjiru Kamau Njoroge]]            Client No.: [[MEDICAL_RECORD_NUMBER:NWW/MH/2025/0387]]
        DOB: [[DATE_OF_BIRTH:14-09-1996]]    ID No.: [[NATIONAL_ID:31458027]]
        SHA No.: [[MEMBER_NUMBER:CR4815009263-7]]
        Phone: [[PHONE_NUMBER:0722 481 906]]
        Residence: [[STREET_ADDRESS:Hse 14, Kileleshwa Gardens, Othaya Rd, Nairobi]]
        Postal: [[STREET_ADDRESS:P.O. Box 51342-00200, Nairobi]]
        Referred by: self, on advice of sister ([[PERSON:Njeri]])
        Presenting concern (client's words): "Siku hizi silali kabisa, naamka saa tisa usiku na mawazo mengi.
        Sina hamu ya kula na kazini nimeanza kukosa." Low mood since about [[DATE:November 2024]] after losing her job.
        Past history: treated for [[HEALTH_CONDITION:depression]] in 2019 ([[HEALTH_CONDITION:sertraline]]) —
        stopped on her own after 4 months. No previous admissions.
        PHQ-9: 19   GAD-7: 14   Suicidal ideation: passive, no plan, no intent. Safety plan done & copy given.
        Substance use: alcohol weekends ~4 beers; denies khat or bhang.
        Medical: [[HEALTH_CONDITION:peptic ulcer disease]], on [[HEALTH_CONDITION:omeprazole]]. NKDA.
        Impression: [[HEALTH_CONDITION:major depressive disorder, recurrent]], moderate-severe, with anxious distress.
        Plan: psychiatry review with Dr. [[PERSON:Otieno]] on [[DATE:21/02/2025]]; weekly CBT w/
        counsellor [[PERSON:Mercy Chebet]].
        Emergency contact: [[PERSON:Njeri Kamau]] (sister) [[PHONE_NUMBER:+254 733 905 118]]
        Intake done by: [[PERSON:J. Mwangi]], Counselling Psychologist      Date: [[DATE:12/02/2025]]
        """#,
        #"""
        ቤቴል የጥርስ ክሊኒክ / Bethel Dental Clinic, Addis Ababa
        የካርድ ቁጥር / Card no.: [[MEDICAL_RECORD_NUMBER:BDC-07/4419]]
        ስም / Name: [[PERSON:ሰላማዊት ታደሰ]] ([[PERSON:Selamawit Tadesse]])   ዕድሜ: 34   ጾታ: ሴ
        ቀን / Date: [[DATE:ጥር 14 ቀን 2017 ዓ.ም]] ([[DATE:22 Jan 2025]])
        ስልክ / Tel: [[PHONE_NUMBER:+251 911 62 4870]]
        አድራሻ / Address: [[STREET_ADDRESS:Bole Sub-city, Woreda 03, House No. 1127, Addis Ababa]]
        C/C: "ጥርሴ ያመኛል" — pain lower right x 5 days, worse with cold & at night.
        MHx: [[HEALTH_CONDITION:hypertension]] on [[HEALTH_CONDITION:amlodipine]] 5mg. Allergy: nil known. Not pregnant.
        O/E: 46 deep distal caries, TTP +, no swelling. IOPA: radiolucency close to pulp, PDL widening.
        Dx: [[HEALTH_CONDITION:symptomatic irreversible pulpitis]] 46; generalised mild [[HEALTH_CONDITION:gingivitis]].
        Tx today: LA ([[HEALTH_CONDITION:lidocaine]] 2% c [[HEALTH_CONDITION:adrenaline]] 1:80k, 1 cartridge), access,
        pulp extirpation, temporary dressing + GIC temp filling. Pt tolerated well.
        Rx: [[HEALTH_CONDITION:Ibuprofen]] 400mg PO TDS x 3/7, [[HEALTH_CONDITION:Amoxicillin]] 500mg PO TDS x 5/7.
        ቀጣይ ቀጠሮ / Next appt: [[DATE:ጥር 21]] — complete RCT, discuss crown.
        ክፍያ: 2,800 ብር (paid, transfer)
        Dentist: Dr. [[PERSON:Yonas Gebremedhin]]     Assistant: [[PERSON:ሄለን]]
        """#,
        #"""
        PRE-AUTHORIZATION REQUEST — CASHLESS HOSPITALIZATION
        To: Claims Unit, Group Health Takaful, Lahore        From: Gulberg Medical Complex, Lahore
        Patient Name: [[PERSON:MUHAMMAD IMRAN QURESHI]]        S/O: [[PERSON:Abdul Rasheed Qureshi]]
        CNIC: [[NATIONAL_ID:35202-4817263-5]]                  DOB: [[DATE_OF_BIRTH:03-Jan-1971]]
        Policy/Member No.: [[MEMBER_NUMBER:GHT-0092-118374-01]]    Employer: Ravi Textiles (Pvt) Ltd
        Employee No.: [[EMPLOYEE_NUMBER:RTX-5521]]
        MR No.: [[MEDICAL_RECORD_NUMBER:GMC-25-006841]]        Date of admission: [[DATE:16/01/2025]]
        Provisional Dx: [[HEALTH_CONDITION:Unstable angina]]; known [[HEALTH_CONDITION:T2DM]] x 12 yrs,
        [[HEALTH_CONDITION:HTN]] on treatment.
        Proposed procedure: Coronary angiography +/- PCI (1 DES). Est. cost PKR 685,000 (package rate).
        Current meds: [[HEALTH_CONDITION:Aspirin]] 75mg OD, [[HEALTH_CONDITION:Clopidogrel]] 75mg OD,
        [[HEALTH_CONDITION:Insulin glargine]] 20 U HS, [[HEALTH_CONDITION:Losartan]] 50mg OD
        Treating consultant: Dr. [[PERSON:Saima Anwar Butt]], FCPS (Cardiology)
        Patient contact: [[PHONE_NUMBER:0300-4418276]]
        Address: [[STREET_ADDRESS:House 27, Street 9, Block C, Model Town, Lahore]]
        مریض / لواحقین کا اقرار: میں تصدیق کرتا ہوں کہ اوپر دی گئی معلومات درست ہیں۔
        دستخط: [[PERSON:عمران قریشی]]          تاریخ: [[DATE:۱۶ جنوری ۲۰۲۵]]
        For insurer use: Approved / Query / Declined   Ref: ______
        """#,
        #"""
        ENDORSEMENT — Ward 3B Medicine, 7-3 → 3-11 shift, [[DATE:Feb 6, 2025]]
        Bed 7 – [[PERSON:DELA CRUZ, Rosario M.]], 68/F, Hosp # [[MEDICAL_RECORD_NUMBER:2025-004172]]
           PhilHealth # [[MEMBER_NUMBER:19-052384716-3]]
           Dx: [[HEALTH_CONDITION:CAP-MR]], [[HEALTH_CONDITION:T2DM]]
         - On [[HEALTH_CONDITION:Ceftriaxone]] 2g OD day 3 + [[HEALTH_CONDITION:Azithromycin]] 500mg OD.
           Afebrile na since kagabi.
         - CBG 7am = 212, nag-give ng 4u [[HEALTH_CONDITION:insulin lispro]] as per sliding scale.
           Paki-CBG ulit pre-lunch.
         - Anak niya si [[PERSON:Jomar]] ang bantay, uuwi daw muna mga 5pm, balik by 8.
           CP: [[PHONE_NUMBER:0917 845 3302]]
        Bed 9 – [[PERSON:SANTOS, Ernesto L.]], 54/M, Hosp # [[MEDICAL_RECORD_NUMBER:2025-004190]]
           Dx: [[HEALTH_CONDITION:Dengue fever with warning signs]]. Plt 48k this AM (from 71k kahapon).
         - IVF PNSS 1L x 8h, strict I&O. [[HEALTH_CONDITION:Paracetamol]] lang for fever, wag na bigyan ng iba.
         - Nag-report ng itim na dumi kaninang 10am, pinakita ko na kay Dr. [[PERSON:Villanueva]], for repeat CBC 4pm.
         - Wife: [[PERSON:Marites]] – [[PHONE_NUMBER:(02) 8725 4410]] (landline lang daw, walang load)
        Bed 12 – vacant, for admission galing ER si Mang [[PERSON:Berto]], [[HEALTH_CONDITION:CHF]] in exacerbation daw.
        Pending: OR schedule ni bed 4, wala pang reply ang anesthesia.
        Endorsed by: [[PERSON:Kristine Joy Abad]], RN     Received by: [[PERSON:Paolo Macaraeg]], RN
        """#,
        #"""
        ใบส่งตัวผู้ป่วย (Referral Form)
        จาก: โรงพยาบาลบ้านฉาง จ.ระยอง        ถึง: โรงพยาบาลระยอง แผนกอายุรกรรมโรคไต
        วันที่ [[DATE:15 มกราคม 2568]]
        ชื่อ-สกุล: นาย[[PERSON:สมชาย ศรีสุวรรณ]]    อายุ 61 ปี    HN: [[MEDICAL_RECORD_NUMBER:68-003917]]
        เลขประจำตัวประชาชน: [[NATIONAL_ID:3-5099-00127-34-0]]    สิทธิการรักษา: บัตรทอง (UC)
        ที่อยู่: [[STREET_ADDRESS:88/2 หมู่ 4 ต.บ้านฉาง อ.บ้านฉาง จ.ระยอง 21130]]
        โทร: [[PHONE_NUMBER:081-624-7715]]
        การวินิจฉัย: [[HEALTH_CONDITION:โรคไตเรื้อรังระยะที่ 4]] ร่วมกับ [[HEALTH_CONDITION:เบาหวาน]] และ
        [[HEALTH_CONDITION:ความดันโลหิตสูง]]
        ประวัติ: ขาบวม 2 สัปดาห์ เหนื่อยง่าย Cr 3.8 mg/dL, eGFR 16 (ตรวจเมื่อ [[DATE:2 ม.ค. 68]])
        ยาที่ใช้อยู่: [[HEALTH_CONDITION:Metformin]] 500 mg (หยุดแล้ว), [[HEALTH_CONDITION:Amlodipine]] 10 mg,
        [[HEALTH_CONDITION:Furosemide]] 40 mg
        เหตุผลที่ส่งต่อ: ประเมินการบำบัดทดแทนไต / เตรียมทำ AV fistula
        แพทย์ผู้ส่ง: พญ.[[PERSON:วรรณา ทองคำ]]
        ผู้ติดต่อ: นางสาว[[PERSON:พิมพ์ชนก ศรีสุวรรณ]] (ลูกสาว) [[PHONE_NUMBER:089-310-4452]]
        """#,
        #"""
        מכתב הפניה
        לכבוד: מרפאת אנדוקרינולוגיה, מרכז רפואי קפלן
        תאריך: [[DATE:12.03.2025]]
        שם המטופלת: [[PERSON:רונית אברהמי]]     ת.ז.: [[NATIONAL_ID:039481726]]
        ת. לידה: [[DATE_OF_BIRTH:05/07/1979]]
        מס' תיק במרפאה: [[MEDICAL_RECORD_NUMBER:44-718203]]
        כתובת: [[STREET_ADDRESS:רחוב הרצל 45 דירה 8, רחובות 7626112]]
        טלפון נייד: [[PHONE_NUMBER:052-718-4463]]
        רופא/ה נכבד/ה, שלום רב,
        מטופלת בת 45 עם [[HEALTH_CONDITION:תת-פעילות של בלוטת התריס]] מאוזנת על [[HEALTH_CONDITION:אלטרוקסין]] 100 מק"ג.
        באולטרסאונד צוואר מתאריך [[DATE:3 במרץ 2025]] נמצא [[HEALTH_CONDITION:קשריר בבלוטת התריס]] באונה הימנית,
        1.8 ס"מ, TI-RADS 4. TSH אחרון 2.3.
        אין היסטוריה משפחתית של סרטן בלוטת התריס. ברקע [[HEALTH_CONDITION:סוכרת הריונית]] בהריון ב-2016.
        אבקש הערכה והמשך בירור (FNA לפי שיקולכם).
        המטופלת דוברת עברית ורוסית; בעלה, [[PERSON:Дмитрий Абрамов]], ילווה אותה לתור.
        בברכה,
        ד"ר [[PERSON:יעקב בן-שושן]], רפואת משפחה
        """#,
        #"""
        HOSPITAL REGIONAL VALLE DEL BRAVO — Cd. Juárez, Chih.
        RESUMEN DE EGRESO
        Paciente: [[PERSON:GUTIÉRREZ RAMOS, José Luis]]        Expediente: [[MEDICAL_RECORD_NUMBER:EXP-118/2025-3392]]
        CURP: [[NATIONAL_ID:GURL750823HCHTMS07]]      NSS: [[NATIONAL_ID:32967504187]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:23/08/1975]]      Edad: 49 años
        Domicilio: [[STREET_ADDRESS:Calle Ignacio Mejía 1843, Col. Partido Romero,
        C.P. 32030, Cd. Juárez, Chih.]]
        Ingreso: [[DATE:04-feb-2025]]     Egreso: [[DATE:09-feb-2025]]
        Dx de egreso: [[HEALTH_CONDITION:colecistitis aguda litiásica]]; postoperado de colecistectomía laparoscópica
        el [[DATE:5 de febrero]] sin complicaciones.
        Comorbilidades: [[HEALTH_CONDITION:obesidad grado I]], [[HEALTH_CONDITION:hígado graso]].
        Niega diabetes e hipertensión.
        Tratamiento al egreso: [[HEALTH_CONDITION:Paracetamol]] 1 g c/8h por 5 días;
        [[HEALTH_CONDITION:Omeprazol]] 20 mg c/24h.
        Cita: retiro de puntos en 10 días en consulta externa de Cirugía.
        El paciente trabaja en El Paso, TX; se entrega copia en inglés para su médico allá.
        Teléfono en EUA: [[PHONE_NUMBER:(915) 241-7739]]
        Contacto: esposa, [[PERSON:Martha Elena Saucedo]], [[PHONE_NUMBER:656 318 2204]]
        Elaboró: Dra. [[PERSON:Alejandra Villarreal Treviño]], Cirugía General
        """#,
        #"""
        EMIRATES EMS — PATIENT CARE REPORT
        PCR No. 25-DXB-077413    Date: [[DATE:2025-03-19]]    Dispatch 02:41 / On scene 02:52 / At hospital 03:20
        Patient: [[PERSON:Faisal Al Mansoori]] / [[PERSON:فيصل المنصوري]]     Age 58   M
        Emirates ID: [[NATIONAL_ID:784-1967-0418523-8]]     Insurance card: [[MEMBER_NUMBER:1-ENH-0438-227651-00]]
        Location: [[STREET_ADDRESS:Villa 22, Street 14B, Al Barsha 2, Dubai]]
        C/O: central chest pain ~40 min, radiating to L arm, diaphoretic. Wife ([[PERSON:Mariam]]) called 998.
        PMH: [[HEALTH_CONDITION:DM type 2]], [[HEALTH_CONDITION:hyperlipidaemia]].
        Meds: [[HEALTH_CONDITION:Glucophage]], [[HEALTH_CONDITION:Lipitor]]. NKDA.
        Vitals: BP 168/96, HR 104, SpO2 94% RA, GCS 15, RBS 14.2 mmol/L
        12-lead: ST elevation II, III, aVF → [[HEALTH_CONDITION:inferior STEMI]]. ECG transmitted, cath lab act. 02:58.
        Tx: [[HEALTH_CONDITION:Aspirin]] 300 mg chewed, [[HEALTH_CONDITION:GTN]] 0.4 mg SL x1, O2 NC 2 L/min,
        IV 18G L AC.
        Handover: ED Dr. [[PERSON:Rania Haddad]] at 03:22. Wallet & phone handed to son [[PERSON:Khalid]].
        Son mobile: [[PHONE_NUMBER:+971 50 733 1846]]
        Crew: P1 [[PERSON:Arjun Nair]] (ID [[EMPLOYEE_NUMBER:EMS-40318]]), P2 [[PERSON:Omar Saeed]]
        (ID [[EMPLOYEE_NUMBER:EMS-41102]])
        ملاحظات: المريض يتحدث العربية فقط، قام الابن [[PERSON:خالد]] بالترجمة.
        """#,
    ]

    /// A thirty-sixth set of everyday texts, written blind to DataGuard's rules.
    static let thirtySixthEveryday: [String] = [
        #"""
        Sección Sindical — Fundiciones Urola S.A. (Azkoitia)
        Azkoitia, [[DATE:2025eko otsailaren 11]] / [[DATE:11 de febrero de 2025]]
        A la atención de: Dña. [[PERSON:Itziar Goikoetxea]], Dirección de Recursos Humanos
        Asunto: Reclamación formal – modificación unilateral de turno

        Egun on. En nombre del afiliado [[PERSON:Aitor Etxeberria Lasa]] (DNI [[NATIONAL_ID:72914305G]];
        n.º de afiliación [[MEMBER_NUMBER:ELA-20-118764]]; n.º de personal [[EMPLOYEE_NUMBER:00417]]) exponemos:
        1. El [[DATE:27/01/2025]] se le comunicó verbalmente el paso de turno fijo de mañana a turno rotativo,
           sin el preaviso de 15 días que recoge el art. 22 del convenio.
        2. El trabajador tiene reconocida una adaptación de puesto por [[HEALTH_CONDITION:apnea obstructiva del sueño]]
           (informe del servicio de prevención de [[DATE:marzo de 2023]]), que desaconseja el trabajo nocturno.
        3. Su encargado, Sr. [[PERSON:Gorka Arrizabalaga]], le dijo delante de compañeros que "o acepta o ya sabe
           dónde está la puerta".
        Solicitamos la restitución inmediata del turno de mañana y una reunión con el comité antes
        del [[DATE:21 de febrero]].
        Domicilio del afiliado a efectos de notificación:
        [[STREET_ADDRESS:Kale Nagusia 34, 2. ezk.
        20720 Azkoitia (Gipuzkoa)]]
        Contacto: [[PHONE_NUMBER:688 41 29 07]] · [[EMAIL_ADDRESS:maite.urrutia@langile-batzordea.eus]]
        Eskerrik asko. Atentamente,
        [[PERSON:Maite Urrutia Zubizarreta]]
        Delegada sindical
        """#,
        #"""
        [[PERSON:Fernando Augusto Pires]]
        [[STREET_ADDRESS:Avenida da República, 1587, 2.º Dto.
        4430-204 Vila Nova de Gaia]]
        NIF [[NATIONAL_ID:198723415]]

        Exma. Senhora
        [[PERSON:Ana Rita Carvalho Mendes]]
        [[STREET_ADDRESS:Rua do Almada, 233, 1.º
        4050-038 Porto]]

        Vila Nova de Gaia, [[DATE:3 de fevereiro de 2025]]
        Assunto: Atualização da renda e novos dados para pagamento

        Cara Senhora D. [[PERSON:Ana Rita]],
        Nos termos do contrato de arrendamento celebrado em [[DATE:1 de março de 2021]], comunico que a renda mensal
        passa, a partir de [[DATE:março de 2025]], de 650,00 € para 664,04 €, de acordo com o coeficiente
        publicado (1,0216).
        Peço que a transferência passe a ser feita para a nova conta:
        IBAN [[IBAN_CODE:PT09 0010 0000 4528 9134 0123 4]] (titular: [[PERSON:Fernando A. Pires]])
        Quanto à infiltração na casa de banho que me reportou a [[DATE:14/01]], o canalizador, Sr. [[PERSON:Joaquim]],
        irá ao local na próxima quinta-feira entre as 9h e as 12h. Se não puder estar presente, contacte-me
        pelo [[PHONE_NUMBER:917 334 208]] ou para [[EMAIL_ADDRESS:fapires.gaia@sapo.pt]].
        Com os melhores cumprimentos,
        [[PERSON:Fernando Pires]]
        """#,
        #"""
        ŽIADOSŤ O ZMENU ÚDAJOV — MZDOVÁ UČTÁREŇ
        Zamestnávateľ: Tatra Logistik s.r.o., prevádzka Žilina
        Osobné číslo: [[EMPLOYEE_NUMBER:002 317]]
        Priezvisko, meno: [[PERSON:HORVÁTHOVÁ Lucia]], Ing.
        Rodné číslo: [[NATIONAL_ID:886122/1534]]          Dátum narodenia: [[DATE_OF_BIRTH:22. 11. 1988]]
        Rodné priezvisko: [[PERSON:Kučerová]] (zmena priezviska po sobáši [[DATE:14. septembra 2024]])
        Trvalý pobyt – nová adresa: [[STREET_ADDRESS:Hurbanova 1920/12, 010 01 Žilina]]
        Účet na výplatu mzdy (IBAN): [[IBAN_CODE:SK98 1100 0000 0026 1873 4512]]
        Zdravotná poisťovňa: zmena od [[DATE:1. 1. 2025]] (kópia preukazu priložená)
        Vyživované dieťa (daňový bonus): [[PERSON:Matej Horváth]], nar. [[DATE_OF_BIRTH:03.05.2016]]
        Telefón: [[PHONE_NUMBER:0905 218 447]]      E-mail: [[EMAIL_ADDRESS:lucia.horvathova88@gmail.com]]
        Zmeny uplatniť od výplaty za [[DATE:január 2025]].
        Vyhlasujem, že uvedené údaje sú pravdivé a úplné.
        V Žiline, dňa [[DATE:8.1.2025]]                        Podpis: [[PERSON:L. Horváthová]]
        ------------------------------------------------------------
        Prevzala (mzdová účtovníčka): [[PERSON:Zuzana Mikušová]]    dňa: [[DATE:9.1.2025]]
        """#,
        #"""
        PROTOKOLL — Sitzung des Arbeitsschutzausschusses (paritätisch Betriebsrat / Geschäftsführung)
        Ort: Besprechungsraum 2, Werk Graz-Liebenau    Datum: [[DATE:Donnerstag, 6. Februar 2025]], 13:00–14:40
        Anwesend: [[PERSON:Thomas Gruber]] (GF), [[PERSON:Sabine Pichler]] (HR), [[PERSON:Manfred Steiner]] (BRV),
        [[PERSON:Emine Yıldız]] (BR), [[PERSON:Josef Kainz]] (SFK), Dr. [[PERSON:Wimmer-Aigner]] (AMed, per Video)
        Entschuldigt: [[PERSON:Lukas Hofer]]
        TOP 1 – Protokoll vom [[DATE:05.12.2024]] einstimmig genehmigt.
        TOP 2 – Arbeitsunfall Halle 4 am [[DATE:21. Jänner]]: Ein Mitarbeiter (Pers.-Nr. [[EMPLOYEE_NUMBER:10482]])
           erlitt beim Abladen eine [[HEALTH_CONDITION:Mittelhandfraktur]] links; Krankenstand
           voraussichtlich bis [[DATE:28.02.2025]].
           Ursache lt. SFK: Laderampe beschädigt, Hubwagen seit 2 Wochen defekt. Reparatur bis [[DATE:14.02.]] zugesagt.
           BR verlangt Unterweisung aller Schichtführer – GF stimmt zu.
        TOP 3 – Antrag BR: Sitz-Steh-Arbeitsplätze in der Qualitätskontrolle. Koll. [[PERSON:Yıldız]] berichtet, dass
           mehrere KollegInnen über Rückenschmerzen klagen; eine Kollegin mit [[HEALTH_CONDITION:Bandscheibenvorfall]]
           (Zustimmung zur Nennung liegt vor) braucht dringend einen höhenverstellbaren Tisch. 6.400 € genehmigt.
        TOP 4 – Hitzebelastung Halle 2: Messung im Sommer, vertagt.
        Nächste Sitzung: [[DATE:3. April 2025]]. Protokoll: [[PERSON:S. Pichler]]
        Rückfragen BR: [[PHONE_NUMBER:0664 / 381 22 95]], [[EMAIL_ADDRESS:br-liebenau@murtal-metall.at]]
        """#,
        #"""
        WhatsApp — "Wodi ya Wazazi – Zamu 🏥"
        [[DATE:10/03/2025]], 18:02 - [[PERSON:Neema M.]]: Habari wenzangu, naomba mtu anibadilishie zamu ya usiku
        Jumamosi [[DATE:15/03]]. Mama yangu anaumwa [[HEALTH_CONDITION:malaria]] kali huko Singida, lazima nisafiri 😢
        [[DATE:10/03/2025]], 18:05 - [[PERSON:Baraka Mollel]]: Pole sana dada. Mimi niko off Jumamosi, naweza kuchukua.
        Wewe unichukulie Jumanne [[DATE:18/03]] mchana?
        [[DATE:10/03/2025]], 18:06 - [[PERSON:Neema M.]]: Sawa kabisa!! asante sana kaka 🙏
        [[DATE:10/03/2025]], 18:11 - Sr. [[PERSON:Halima Juma]]: Sawa, nimeandika kwenye rota. Ila [[PERSON:Baraka]]
        kumbuka Jumamosi tuna mama mwenye [[HEALTH_CONDITION:pre-eclampsia]] kitanda 4, yuko kwenye
        [[HEALTH_CONDITION:magnesium sulphate]], usimwache bila kumfuatilia kila saa.
        [[DATE:10/03/2025]], 18:12 - [[PERSON:Baraka Mollel]]: Nimepokea matron 👍
        [[DATE:10/03/2025]], 19:40 - [[PERSON:Joyce Kimaro]]: Jamani, kuna mtu ameona simu ya Tecno nyeusi chumba
        cha kujifungulia? Ni ya mama [[PERSON:Rehema]] wa kitanda 7. Mume wake anapiga
        [[PHONE_NUMBER:0754 318 902]] haipokelewi
        [[DATE:10/03/2025]], 19:43 - [[PERSON:Neema M.]]: Iko kaunta ya nesi, niliiweka kwenye droo ya pili
        [[DATE:10/03/2025]], 20:15 - Sr. [[PERSON:Halima Juma]]: Pia mshahara utaingia tarehe [[DATE:25 Machi]].
        Wale wenye akaunti mpya pelekeni namba HR kabla ya Ijumaa.
        [[DATE:10/03/2025]], 20:17 - [[PERSON:Baraka Mollel]]: Yangu ni CRDB [[US_BANK_ACCOUNT:0152347891200]]
        [[DATE:10/03/2025]], 20:18 - Sr. [[PERSON:Halima Juma]]: [[PERSON:Baraka]]!! usitume namba ya akaunti kwenye
        group, peleka ofisini 😂
        """#,
        #"""
        From: [[PERSON:Diane Uwimana]] <[[EMAIL_ADDRESS:d.uwimana@kigali-agrofoods.rw]]>
        To: [[PERSON:Eric Habimana]] <[[EMAIL_ADDRESS:e.habimana@kigali-agrofoods.rw]]>
        Subject: RE: Transfer to Kampala branch – documents
        Date: Mon, [[DATE:17 Feb 2025]] 09:41 +0200

        Muraho [[PERSON:Eric]],
        Thanks for confirming. As requested, my details for the Uganda payroll from [[DATE:1 March 2025]]:
         - Staff number: [[EMPLOYEE_NUMBER:KAF-RW-0734]] (will it change to a UG number?)
         - Rwanda National ID: [[NATIONAL_ID:1 1989 7 0048213 1 27]]
         - Passport: [[NATIONAL_ID:PC2184763]]
         - Stanbic Uganda account (opened last week): [[US_BANK_ACCOUNT:9030012874551]], Kampala Road branch
         - Temporary address: [[STREET_ADDRESS:Plot 17, Kisozi Close, Muyenga, Kampala]]
         - Ugandan mobile: [[PHONE_NUMBER:+256 772 418 630]]
        Also, I told [[PERSON:Grace]] on the phone that I will need a ground-floor desk because of my
        [[HEALTH_CONDITION:rheumatoid arthritis]] (stairs are hard on bad days). Should I put that in writing?
        Murakoze cyane,
        [[PERSON:Diane]]

        --
        [[PERSON:Diane UWIMANA]] | Senior Procurement Officer
        Kigali Agro Foods Ltd
        M: [[PHONE_NUMBER:+250 788 304 552]] | [[EMAIL_ADDRESS:d.uwimana@kigali-agrofoods.rw]]
        """#,
        #"""
        To,
        The Human Resource Department,
        Sagarmatha Hydro Power Ltd., Kathmandu
        Date: [[DATE:2081/11/05]] B.S. ([[DATE:17 February 2025]])
        Subject: Application for the post of Junior Civil Engineer (Advt. No. 07/2081-82)

        Respected Sir/Madam,
        I, [[PERSON:Prakash Bahadur Thapa Magar]], would like to apply for the above post as advertised in Kantipur.
        I completed my B.E. Civil from Pokhara University and have 3 years of site experience on the Modi Khola project.
         Citizenship No.: [[NATIONAL_ID:27-01-75-04128]] (issued from DAO Kaski)
         PAN No.: [[NATIONAL_ID:612874309]]
         Date of birth: [[DATE_OF_BIRTH:2054/03/18]] B.S.
         Permanent address: [[STREET_ADDRESS:Pokhara Metropolitan City-17, Birauta, Kaski]]
         Temporary address: [[STREET_ADDRESS:House no. 142, Shankhamul Marg, Kathmandu-10, Baneshwor]]
         Mobile: [[PHONE_NUMBER:+977 9846213507]]    Email: [[EMAIL_ADDRESS:prakash.thapamagar97@gmail.com]]
        Referee: Er. [[PERSON:Sushila Gurung]], Project Manager, [[PHONE_NUMBER:9851042876]]
        I have attached copies of my certificates, NEC licence and two passport-size photos.
        I hope for a positive response.
        भवदीय,
        [[PERSON:प्रकाश बहादुर थापा मगर]]
        """#,
        #"""
        WORKPLACE ADJUSTMENT / ACCOMMODATION REQUEST — Lanka Knit Apparel (Pvt) Ltd, Katunayake
        Employee name: [[PERSON:W. A. Dilani Madushika Perera]]        Emp. No.: [[EMPLOYEE_NUMBER:KTN/4418]]
        NIC: [[NATIONAL_ID:199268413572]]      Department: Cutting – Line 6
        Supervisor: Mr. [[PERSON:Ruwan Jayasekara]]       Date of request: [[DATE:2025.02.20]]
        Home address: [[STREET_ADDRESS:No. 45/3, Temple Road, Seeduwa]]      Mobile: [[PHONE_NUMBER:077 418 2265]]
        Condition (optional): [[HEALTH_CONDITION:Type 1 diabetes]], diagnosed 2019,
        on [[HEALTH_CONDITION:insulin]] injections.
        Adjustment requested:
         1. Two short breaks (10 min) per shift for glucose checks and food.
         2. Permission to keep glucose tablets / snacks at the workstation.
         3. No night shift for now (sugar goes low at night).
        Supporting document: medical certificate from Dr. [[PERSON:Nirmala Wickramasinghe]], Consultant Endocrinologist,
        dated [[DATE:12/02/2025]].
        සේවක අත්සන: [[PERSON:දිලානි පෙරේරා]]
        ---- HR use only ----
        Approved ☑ 1, 2   Partly ☐   Refer to OHS ☑ 3
        HR officer: [[PERSON:Shanika Fernando]]    [[DATE:24 Feb 2025]]
        """#,
        #"""
        দ্রুত কুরিয়ার সার্ভিস — ডেলিভারি স্লিপ
        কনসাইনমেন্ট নং: DK-250311-48812        তারিখ: [[DATE:১১/০৩/২০২৫]]
        প্রেরক: e-Aushad Online Pharmacy, Dhanmondi
        প্রাপকের নাম: [[PERSON:রোকসানা আক্তার]]
        ঠিকানা: [[STREET_ADDRESS:বাসা ১২/বি, রোড ৭, ব্লক সি, মিরপুর-১০, ঢাকা-১২১৬]]
        মোবাইল: [[PHONE_NUMBER:০১৭১২-৪৮৬৩০৯]]   বিকল্প: [[PHONE_NUMBER:+880 1819-227410]]
        পণ্য: [[HEALTH_CONDITION:Metformin]] 500mg — ৩ বক্স, [[HEALTH_CONDITION:Losartan]] 50mg — ১ বক্স
        ক্যাশ অন ডেলিভারি: ৳ ১,২৪০          ডেলিভারির তারিখ: [[DATE:১২ মার্চ ২০২৫]]
        নোট: বাসায় না থাকলে নিচের দোকানে [[PERSON:রহিম]] ভাইকে দিয়ে দিবেন। ৩য় তলা, লিফট নাই।
        Delivery man: [[PERSON:Md. Shakil Hossain]]     Rider ID: [[EMPLOYEE_NUMBER:R-20931]]
        Status: Delivered ✔ 12/3 4:15pm, received by recipient's son
        প্রাপকের স্বাক্ষর: [[PERSON:Tanvir]]
        """#,
        #"""
        Sembang Langsung – Khidmat Pelanggan Kad Kredit
        Ejen [[PERSON:Nurul]]: Selamat petang, terima kasih kerana menghubungi kami. Boleh saya tahu nama penuh?
        Pelanggan: [[PERSON:Ahmad Faizal bin Roslan]]
        Ejen [[PERSON:Nurul]]: Terima kasih En. [[PERSON:Faizal]]. Untuk pengesahan, sila berikan no. MyKad.
        Pelanggan: [[NATIONAL_ID:850312-14-5673]]
        Pelanggan: saya nampak ada caj RM 1,289.00 pada [[DATE:28/02/2025]] dari kedai online yang saya tak kenal.
        kad [[CREDIT_CARD:4539 6120 4877 1533]] masih dalam dompet saya, tak hilang pun
        Ejen [[PERSON:Nurul]]: Maaf atas kesulitan. Lain kali jangan kongsi nombor kad penuh dalam sembang ya
        En. [[PERSON:Faizal]] 🙏
        Saya sekat kad ini sekarang dan buka kes pertikaian, no. rujukan CS-2503-118274.
        Ejen [[PERSON:Nurul]]: Kad baharu akan dihantar ke alamat berdaftar:
        [[STREET_ADDRESS:No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor]]. Betul?
        Pelanggan: betul. tapi minggu ni saya jarang di rumah, isteri baru bersalin, masuk hospital
        sebab baby [[HEALTH_CONDITION:jaundis]]. boleh courier call dulu? no saya [[PHONE_NUMBER:012-718 4406]]
        Ejen [[PERSON:Nurul]]: Boleh, saya tambah nota. Tahniah atas kelahiran baby! Emel pengesahan akan dihantar ke
        [[EMAIL_ADDRESS:afaizal.roslan@yahoo.com.my]]. Ada apa-apa lagi?
        Pelanggan: tu je. tq
        """#,
        #"""
        Perihal: Surat Izin Tidak Masuk Sekolah

        Kepada Yth.
        Bapak/Ibu Wali Kelas VIII-B
        SMP Negeri 12 Bandung

        Dengan hormat,
        Yang bertanda tangan di bawah ini, orang tua/wali dari:
        Nama   : [[PERSON:Rizky Aditya Pratama]]
        Kelas  : VIII-B
        memberitahukan bahwa anak kami tidak dapat mengikuti pelajaran pada tanggal [[DATE:10 Maret 2025]] s.d.
        [[DATE:12 Maret 2025]] karena sakit [[HEALTH_CONDITION:demam berdarah]] ([[HEALTH_CONDITION:DBD]]) dan sedang
        dirawat di RS Immanuel. Surat keterangan dokter terlampir.
        Untuk tugas yang tertinggal mohon dititipkan ke teman sebangkunya, [[PERSON:Dimas]].
        Bila ada keperluan, Bapak/Ibu dapat menghubungi saya di [[PHONE_NUMBER:0812-2104-7783]] (WA).
        Demikian surat ini kami sampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Bandung, [[DATE:10 Maret 2025]]
        Hormat kami,
        (ttd)
        [[PERSON:Siti Nurhaliza Rahmawati]]
        Alamat: [[STREET_ADDRESS:Jl. Cibaduyut Raya Gg. Mawar No. 9, RT 03/RW 05, Kel. Cibaduyut,
        Kec. Bojongloa Kidul, Bandung 40236]]
        """#,
        #"""
        من: [[PERSON:سامر الخطيب]] <[[EMAIL_ADDRESS:samer.khatib77@gmail.com]]>
        إلى: [[PERSON:رنا الحوراني]]
        الموضوع: تجديد عقد إيجار الشقة – جبل عمّان
        التاريخ: [[DATE:٢٠ شباط ٢٠٢٥]]

        السيدة [[PERSON:رنا]] المحترمة،
        تحية طيبة وبعد،
        أود إعلامك بأن عقد إيجار الشقة الكائنة في
        [[STREET_ADDRESS:شارع الأمير محمد، عمارة رقم 14، الطابق الثالث، جبل عمّان، عمّان 11181]]
        ينتهي بتاريخ [[DATE:31/3/2025]]. الأجرة الجديدة 3,600 دينار سنوياً تُدفع على دفعتين.
        يرجى تحويل الدفعة الأولى إلى حسابي:
        IBAN: [[IBAN_CODE:JO94 CBJO 0010 0000 0000 0131 0003 02]]
        Account name: [[PERSON:Samer Khaled Al-Khatib]]
        بالنسبة لطلبك تركيب كرسي درج لوالدتك بسبب [[HEALTH_CONDITION:مرض باركنسون]]، لا مانع لدي على أن يكون على حسابك
        وأن تتم إزالته عند انتهاء العقد.
        الرقم الوطني للمؤجر (للعقد): [[NATIONAL_ID:9771028364]]
        للتواصل: [[PHONE_NUMBER:+962 79 551 2873]]
        مع الاحترام،
        [[PERSON:سامر]]

        Sent from my iPhone
        """#,
        #"""
        انجمن مادران باردار › بیمه و هزینه‌ها
        موضوع: بیمه تکمیلی داروی دیابت بارداری رو قبول نمی‌کنه؟!
        ارسال شده توسط gol_yakh در [[DATE:۱۴۰۳/۱۱/۲۲]]

        سلام به همه. من ۳۲ هفته باردارم و دکتر [[PERSON:نسرین رضایی]] برام [[HEALTH_CONDITION:دیابت بارداری]]
        تشخیص داده.
        الان روزی دو بار [[HEALTH_CONDITION:انسولین]] می‌زنم ولی بیمه تکمیلی شرکت شوهرم میگه قلم‌ها و نوار تست
        تحت پوشش نیست.
        کسی تجربه داره؟ شماره بیمه‌شده‌ام [[MEMBER_NUMBER:۴۸۲۱۰۳۳۷۹۱]] هست و کد ملی [[NATIONAL_ID:۰۰۷۳۵۸۱۲۴۰]]،
        اگه کسی تو واحد خسارت آشنا داره بهم پیام بده یا زنگ بزنه [[PHONE_NUMBER:۰۹۱۲ ۳۴۸ ۷۷۲۱]] 🙏
        ---
        پاسخ از مدیر انجمن: لطفاً کد ملی و شماره تلفن رو در انجمن عمومی نذارید. پیام ویرایش شد.
        ---
        پاسخ از kafshdoozak: سلام عزیزم، منم پارسال همین مشکل رو داشتم. نسخه رو باید دکتر با ذکر تشخیص بنویسه و مهر کنه.
        من تا [[DATE:۲۲ بهمن]] وقت داشتم مدارک رو ببرم. به خانم [[PERSON:احمدی]] تو واحد خسارت زنگ بزن، خیلی کمک کرد.
        """#,
        #"""
        INCIDENT REPORT — Lanikai Bay Hotel, Kailua-Kona
        Report #: IR-2025-0219      Date of incident: [[DATE:02/19/2025]]      Time: approx. 6:45 AM
        Reported by: [[PERSON:Keoni Kahananui]], Housekeeping Supervisor, Emp # [[EMPLOYEE_NUMBER:004718]]
        Injured person: [[PERSON:Leilani Akana-Ruiz]], Room Attendant, Emp # [[EMPLOYEE_NUMBER:006203]]
        Union: UNITE HERE Local 5, member # [[MEMBER_NUMBER:L5-118409]]
        Location: Bldg C, 3rd floor linen room
        Description: EE slipped on wet floor near the ice machine (no wet-floor sign) and fell on her right side.
        EE stated: "my wrist stay all swollen, I no can grip da cart."
        First aid: ice pack. Coworker [[PERSON:Maile]] drove EE to Kona Community Hospital ER. Per ER note:
        [[HEALTH_CONDITION:distal radius fracture]], R. EE said she did not feel dizzy before the fall; she takes
        [[HEALTH_CONDITION:levetiracetam]] for [[HEALTH_CONDITION:seizure disorder]] but says no seizure happened.
        Witness: [[PERSON:Danilo Pascua]] (houseman), cell [[PHONE_NUMBER:(808) 329-4417]]
        EE home address: [[STREET_ADDRESS:75-5812 Kuakini Hwy, Apt 14, Kailua-Kona, HI 96740]]
        EE phone: [[PHONE_NUMBER:808-990-2715]]     Driver license (for WC-1): HI [[NATIONAL_ID:H04218735]]
        Follow-up: WC-1 filed [[DATE:Feb 20, 2025]]; light duty offered when cleared by MD. Sign ordered.
        Signed: [[PERSON:K. Kahananui]]          Reviewed: [[PERSON:Mele Fonoti]], HR
        """#,
        #"""
        ✅ Transferencia enviada
        [[DATE:14 mar 2025]] · 10:37 hs
        De: [[PERSON:Lucía Belén Ferraro]]   CUIL [[NATIONAL_ID:27-31456892-9]]
        Cuenta origen: CA $ [[US_BANK_ACCOUNT:4021-0098765/3]]
        Para: [[PERSON:Gustavo Adrián Peralta]]   CUIT [[NATIONAL_ID:20-28934517-6]]
        CBU: [[US_BANK_ACCOUNT:0170099220000041287367]]     Alias: TECHO.PALO.LUNA
        Importe: $ 385.000,00     Motivo: Alquileres (ALQ)     Referencia: depto marzo
        N° de operación: 0049918273
        ---------------------------------
        [[DATE:14/3]], 10:39 - [[PERSON:Lu]]: [[PERSON:Gus]] ahí te mandé lo de marzo 👆 el comprobante arriba
        [[DATE:14/3]], 10:52 - [[PERSON:Gustavo Peralta]]: Recibido, gracias [[PERSON:Lu]]! che, el plomero
        puede ir el jueves a la tarde, te va?
        [[DATE:14/3]], 10:53 - [[PERSON:Lu]]: el jueves no puedo, tengo turno con la neumonóloga por el
        [[HEALTH_CONDITION:asma]] 🙄 el viernes?
        [[DATE:14/3]], 11:05 - [[PERSON:Gustavo Peralta]]: dale, viernes a las 15. se llama [[PERSON:Rubén]],
        cel [[PHONE_NUMBER:11 5347-2209]]
        [[DATE:14/3]], 11:06 - [[PERSON:Lu]]: genial. acordate q es [[STREET_ADDRESS:Av. Corrientes 4521, 7° B, CABA]],
        el portero no está los viernes
        """#,
        #"""
        Visual Voicemail — 3 mensajes nuevos

        (1) [[PHONE_NUMBER:(787) 612-4408]] · [[DATE:martes, 11 de marzo]] · 9:14 AM · 0:48
        "Buenos días, este mensaje es para [[PERSON:Carmen Iris Rivera]]. Le habla [[PERSON:Yamilette]] de la oficina
        del Dr. [[PERSON:Colón]] en Bayamón. Es para recordarle su cita el jueves [[DATE:13 de marzo]] a las diez y
        media para el follow-up del [[HEALTH_CONDITION:hipotiroidismo]]. Traiga la tarjeta del plan,
        el número que tenemos es [[MEMBER_NUMBER:MMP 800412276-01]], y si cambió de plan nos
        deja saber. Gracias, bendiciones."

        (2) [[PHONE_NUMBER:787-275-3310]] · [[DATE:martes, 11 de marzo]] · 2:37 PM · 0:35
        "Hola [[PERSON:Carmen]], es [[PERSON:Luis]] de Recursos Humanos. Para el direct deposit me diste el routing
        [[US_ROUTING_NUMBER:021502079]] pero el account number [[US_BANK_ACCOUNT:40781233561]] me sale inválido en el
        sistema, creo que le sobra un dígito. Llámame a la extensión 214 cuando puedas, antes del viernes pa' que
        salga en este payroll."

        (3) [[PHONE_NUMBER:832-405-7716]] · [[DATE:martes, 11 de marzo]] · 8:02 PM · 0:52
        "Mami, soy yo, [[PERSON:Javi]]. Ya llegué a Houston, todo bien, hace un frío... Te mandé la dirección nueva por
        texto pero por si acaso: [[STREET_ADDRESS:2210 Westheimer Rd, Apt 318, Houston, TX 77098]].
        Este es el número nuevo, guárdalo. Y tómate la [[HEALTH_CONDITION:levotiroxina]] en ayunas, que yo te
        conozco. Love you, bendición."
        """#,
    ]
}
