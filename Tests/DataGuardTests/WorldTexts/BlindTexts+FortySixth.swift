extension BlindTexts {
    /// A forty-sixth set of clinical texts, written blind to DataGuard's rules.
    static let fortySixthClinical: [String] = [
        #"""
        HSE - MIDLAND REGIONAL HOSPITAL TULLAMORE
        Department of Medicine for the Older Person - DISCHARGE SUMMARY
        Patient: [[PERSON:Bridget Mary Fahy]]   MRN: [[MEDICAL_RECORD_NUMBER:MRHT 0418832]]
        DOB: [[DATE_OF_BIRTH:04/11/1938]]   PPSN: [[NATIONAL_ID:8423571A]]   Medical card no: [[MEDICAL_RECORD_NUMBER:G 41807 53K]]
        Address: [[STREET_ADDRESS:4 Church View, Clara Road, Tullamore, Co. Offaly, R35 X2K7]]
        Tel: [[PHONE_NUMBER:057 932 4418]]   NOK: daughter [[PERSON:Siobhán Kelleher]], mob [[PHONE_NUMBER:087 214 6603]]
        GP: Dr [[PERSON:Declan Ó Murchú]], Harbour Street Medical Centre (MCRN [[EMPLOYEE_NUMBER:402187]])
        Admitted: [[DATE:12/02/2024]] via ED        Discharged: [[DATE:26/02/2024]]
        Principal diagnosis: [[HEALTH_CONDITION:Community-acquired pneumonia]], right lower lobe (CURB-65 = 2)
        Secondary: [[HEALTH_CONDITION:hypoactive delirium]], now resolved; [[HEALTH_CONDITION:atrial fibrillation]] (known);
          [[HEALTH_CONDITION:CKD stage 3b]]; fall at home on [[DATE:10/02/2024]] - no fracture on CT or hip films.
        Course: IV [[HEALTH_CONDITION:co-amoxiclav]] + [[HEALTH_CONDITION:clarithromycin]] x 3 days, oral step-down for 4 days.
          [[HEALTH_CONDITION:Apixaban]] reduced to 2.5 mg (age >80, weight 54 kg). Seen by OT and physio; mobile with frame.
        Discharge medications:
          [[HEALTH_CONDITION:Apixaban]] 2.5 mg BD | [[HEALTH_CONDITION:Bisoprolol]] 2.5 mg OD | [[HEALTH_CONDITION:Furosemide]] 20 mg mane
          [[HEALTH_CONDITION:Calcichew D3 Forte]] one BD | [[HEALTH_CONDITION:Alendronic acid]] 70 mg weekly (Sundays)
          STOPPED: [[HEALTH_CONDITION:zopiclone]] - likely contributed to delirium and the fall. Please do not restart.
        Home supports: home support hours increased to 2 calls/day from [[DATE:27 February 2024]].
          PHN [[PERSON:Gráinne Dolan]] to visit within 72 h - Tullamore Health Centre [[PHONE_NUMBER:057 935 9140]].
        Review: Falls & Bone Health clinic [[DATE:19/03/2024]] at 10:30; bloods (U&E) with GP on [[DATE:04/03/2024]].
        Dr [[PERSON:Aoife Brennan]], SpR Geriatric Medicine, MCRN [[EMPLOYEE_NUMBER:419965]], bleep 274
        [[EMAIL_ADDRESS:aoife.brennan2@hse.ie]]
        """#,
        #"""
        Leith Links Medical Practice - NHS Lothian
        Tel [[PHONE_NUMBER:0131 496 0412]]   [[EMAIL_ADDRESS:lothian.leithlinks@nhs.scot]]

        [[DATE:14 May 2024]]

        Community Mental Health Team (North East), Royal Edinburgh Hospital

        Dear colleague,

        Re: Mr [[PERSON:Callum James Robertson]], DOB [[DATE_OF_BIRTH:14/03/1958]], CHI [[MEDICAL_RECORD_NUMBER:1403584214]]
            [[STREET_ADDRESS:Flat 2F1, 17 Restalrig Road South, Edinburgh EH7 6JA]]   Mob [[PHONE_NUMBER:07700 900318]]

        Thank you for seeing this 66-year-old retired bus driver whom I have known for many years. Since his wife
        [[PERSON:Morag]] died in [[DATE:November 2023]] he has developed a [[HEALTH_CONDITION:moderate depressive episode]] (PHQ-9 of 19 on
        [[DATE:02/05/2024]]) with early waking, 6 kg weight loss and passive [[HEALTH_CONDITION:suicidal ideation]] without plan or intent.
        He has a past history of [[HEALTH_CONDITION:alcohol dependence]] (abstinent for years) but admits to about 20 units a week again.
        He started [[HEALTH_CONDITION:sertraline]] 50 mg on [[DATE:18 March]], increased to 100 mg on [[DATE:15/04/2024]], with little change.
        Other medication: [[HEALTH_CONDITION:ramipril]] 5 mg for [[HEALTH_CONDITION:hypertension]] and [[HEALTH_CONDITION:tamsulosin]] for [[HEALTH_CONDITION:benign prostatic hyperplasia]].
        His son [[PERSON:Euan Robertson]] ([[PHONE_NUMBER:07700 900771]]) is supportive and aware of this referral.
        A safety plan has been agreed and he has the Breathing Space number. I would be grateful for your assessment
        and advice on augmentation, and on whether a Distress Brief Intervention referral would help.

        Yours sincerely,

        Dr [[PERSON:Fiona MacLeod]]   GMC [[EMPLOYEE_NUMBER:7034518]]
        [[EMAIL_ADDRESS:fiona.macleod3@nhs.scot]]
        cc: Mr [[PERSON:C. J. Robertson]] (patient copy, with consent)
        """#,
        #"""
        KORLE BU TEACHING HOSPITAL - MEDICAL BLOCK, WARD E2 (FEMALE)
        NURSES' HANDOVER - NIGHT TO MORNING SHIFT - [[DATE:09/07/2024]] (Tue)
        Handing over: SN [[PERSON:Abena Owusu-Ansah]] (NMC PIN [[EMPLOYEE_NUMBER:RGN/0412/19]])   Receiving: SN [[PERSON:Esi Quaye]]
        Bed 3 - [[PERSON:Akosua Boateng]], 58F, Folder [[MEDICAL_RECORD_NUMBER:KBTH-MED-24-118305]], NHIS [[MEMBER_NUMBER:03417729]]
           Dx: [[HEALTH_CONDITION:hypertensive heart disease]] with [[HEALTH_CONDITION:congestive cardiac failure]]. BP 164/98 at 04:00.
           IV [[HEALTH_CONDITION:furosemide]] 40 mg given 06:00. Output 1.9 L overnight. Please weigh this morning.
           Daughter [[PERSON:Adwoa]] called twice on [[PHONE_NUMBER:024 418 7736]] - update her after ward round.
        Bed 7 - Madam [[PERSON:Comfort Ama Tetteh]], 71F, Folder [[MEDICAL_RECORD_NUMBER:KBTH-MED-24-118377]]
           Dx: [[HEALTH_CONDITION:ischaemic stroke]] with left hemiparesis, [[HEALTH_CONDITION:type 2 diabetes]]. NG feeds 200 ml 4-hourly.
           RBS 14.2 at midnight - [[HEALTH_CONDITION:Actrapid]] 6 units s/c as per chart. [[HEALTH_CONDITION:Pressure sore]] sacrum grade 2, turn 2-hourly.
           Ghana Card on file: [[NATIONAL_ID:GHA-712045386-4]]; NHIS expired - social welfare officer to see her today.
        Bed 11 - [[PERSON:Fuseina Abdulai]], 34F, Folder [[MEDICAL_RECORD_NUMBER:KBTH-MED-24-118402]]
           Dx: [[HEALTH_CONDITION:sickle cell disease]] (HbSS) in [[HEALTH_CONDITION:vaso-occlusive crisis]]. Pain 7/10 -> 4/10 after
           [[HEALTH_CONDITION:morphine]] 5 mg s/c at 02:30. Continues [[HEALTH_CONDITION:folic acid]] and [[HEALTH_CONDITION:hydroxyurea]]. IV fluids running.
           Husband Mr [[PERSON:Issah Abdulai]] - [[PHONE_NUMBER:+233 55 902 1148]]. Home: [[STREET_ADDRESS:GA-247-8841, Mamobi, Accra]]
        Bed 14 - [[PERSON:Nana Yaa Serwaa Mensah]], 45F - admitted 23:40 with [[HEALTH_CONDITION:severe malaria]], ?[[HEALTH_CONDITION:cerebral malaria]].
           IV [[HEALTH_CONDITION:artesunate]] 2nd dose due 12:00. GCS 14/15. Blood culture pending. NHIS [[MEMBER_NUMBER:07752190]].
        Pending: Bed 3 echo booked [[DATE:11/07/2024]]. Bed 7 family meeting with Dr [[PERSON:K. Agyemang-Duah]] at 14:00.
        Ward phone [[PHONE_NUMBER:030 266 5401]].   Signed: [[PERSON:A. Owusu-Ansah]] / [[PERSON:E. Quaye]]
        """#,
        #"""
        MULAGO SPECIALISED WOMEN AND NEONATAL HOSPITAL - LABOUR SUITE
        MATERNITY ADMISSION AND DELIVERY NOTE
        IP No: [[MEDICAL_RECORD_NUMBER:MSWNH/IP/2024/06614]]   ANC card No: [[MEDICAL_RECORD_NUMBER:KAW-ANC-24-3381]]
        Name: [[PERSON:Nakato Sarah Namubiru]]   Age: 24   NIN: [[NATIONAL_ID:CF00031102RUVK]]
        Residence: [[STREET_ADDRESS:Plot 114, Mpererwe Zone B, Kawempe Division, Kampala]]   Tel: [[PHONE_NUMBER:0772 418 903]]
        Husband/NOK: [[PERSON:Ssemwanga Joseph]]   Tel: [[PHONE_NUMBER:+256 701 552 867]]
        G2 P1+0. LNMP [[DATE:14/10/2023]], EDD [[DATE:21/07/2024]], GA 39+2 wks. Admitted [[DATE:12/07/2024]] at 03:15hrs.
        C/O labour pains since midnight, liquor drained clear. Mother says "olubuto lunnuma nnyo".
        ANC: 5 visits. [[HEALTH_CONDITION:HIV positive]], on [[HEALTH_CONDITION:TDF/3TC/DTG]] since 2021, VL <50 copies ([[DATE:March 2024]]).
          [[HEALTH_CONDITION:Anaemia]] at 28 wks (Hb 9.4) - treated with [[HEALTH_CONDITION:ferrous sulphate]] + [[HEALTH_CONDITION:folic acid]].
          IPTp [[HEALTH_CONDITION:sulfadoxine-pyrimethamine]] x3 doses, [[HEALTH_CONDITION:tetanus toxoid]] x2.
        Delivery: SVD at 07:48hrs on [[DATE:12/07/2024]], live female, BWt 3.1 kg, APGAR 8/10 and 9/10.
          [[HEALTH_CONDITION:Oxytocin]] 10 IU IM (AMTSL). Placenta complete. [[HEALTH_CONDITION:Second-degree perineal tear]] repaired under LA.
          EBL 300 ml. BP 118/76. Tabs [[HEALTH_CONDITION:paracetamol]] 1 g tds.
        Baby: [[HEALTH_CONDITION:nevirapine]] syrup started within 1 hr; [[HEALTH_CONDITION:BCG]] and [[HEALTH_CONDITION:OPV-0]] given; [[HEALTH_CONDITION:vitamin K]] 1 mg IM.
          Name given by mother: [[PERSON:Nakayiza Precious]]. EID DBS due at 6 wks ([[DATE:23/08/2024]]).
        FP: counselled, mother chooses [[HEALTH_CONDITION:Depo-Provera]] at 6 wks.
        Discharge planned [[DATE:13/07/2024]] if stable. PNC at Kawempe HC IV on [[DATE:18/07/2024]].
        Midwife: Sr. [[PERSON:Atim Grace Okello]] (UNMC Reg. [[EMPLOYEE_NUMBER:RM 21457]])
        Doctor: Dr [[PERSON:Byaruhanga Ivan]], SHO Obs/Gyn.   Labour suite tel: [[PHONE_NUMBER:0414 531 920]]
        """#,
        #"""
        مستشفيات جامعة عين شمس - المعمل المركزي
        AIN SHAMS UNIVERSITY HOSPITALS - CENTRAL LABORATORY
        إيصال استلام عينة ونتيجة / Sample Receipt & Result Slip
        اسم المريض: [[PERSON:سامية عبد الحميد محمود الشريف]]   Name: [[PERSON:Samia Abdel-Hamid El-Sherif]]
        الرقم القومي: [[NATIONAL_ID:26703140124573]]   تاريخ الميلاد: [[DATE_OF_BIRTH:14/03/1967]]
        رقم الملف: [[MEDICAL_RECORD_NUMBER:ASU-DM-2024-775031]]   رقم التأمين الصحي: [[MEMBER_NUMBER:1-04-882139-7]]
        العنوان: [[STREET_ADDRESS:١٢ شارع الخليفة المأمون، روكسي، مصر الجديدة، القاهرة ١١٣٤١]]
        الموبايل: [[PHONE_NUMBER:0100 482 3716]] / [[PHONE_NUMBER:+20 122 905 4418]]
        الطبيب المعالج: د. [[PERSON:هشام فؤاد القاضي]] - عيادة الغدد الصماء والسكر
        تاريخ سحب العينة: [[DATE:٢٢/٠٥/٢٠٢٤]] الساعة ٨:١٥ صباحاً (صائم ١٢ ساعة)
        Results                      Value      Ref. range
          Fasting blood glucose      186        70-100 mg/dL   H
          HbA1c                      9.1        4.0-5.6 %      H
          Serum creatinine           1.4        0.6-1.1 mg/dL  H
          TSH                        7.8        0.4-4.0 mIU/L  H
          Free T4                    0.82       0.8-1.8 ng/dL
        Comment: consistent with [[HEALTH_CONDITION:uncontrolled type 2 diabetes]] and [[HEALTH_CONDITION:subclinical hypothyroidism]].
        الأدوية الحالية (حسب طلب الطبيب): [[HEALTH_CONDITION:ميتفورمين]] ١٠٠٠ مجم مرتين يومياً، [[HEALTH_CONDITION:Glimepiride]] ([[HEALTH_CONDITION:Amaryl]]) 2 mg
        التشخيص المبدئي: [[HEALTH_CONDITION:داء السكري من النوع الثاني]]، [[HEALTH_CONDITION:قصور الغدة الدرقية]]، [[HEALTH_CONDITION:اعتلال الكلى السكري]]؟
        Released by: Chemist [[PERSON:Mona Ragab]] (Syndicate No. [[EMPLOYEE_NUMBER:48213]]) - [[DATE:22/05/2024]] 14:05
        Verified: Dr [[PERSON:Tarek El-Gammal]], Clinical Pathology
        للاستفسار: [[PHONE_NUMBER:02 2683 1174]] - [[EMAIL_ADDRESS:centrallab@med.asu.edu.eg]]
        موعد المتابعة بالعيادة: [[DATE:٢٩ مايو ٢٠٢٤]]
        """#,
        #"""
        داروخانه شبانه‌روزی ولیعصر - تهران
        نسخه الکترونیک - بیمه تأمین اجتماعی
        نام بیمار: [[PERSON:زهرا حسینی‌نژاد]]   کد ملی: [[NATIONAL_ID:۰۰۷۳۸۴۲۱۵۱]]
        تاریخ تولد: [[DATE_OF_BIRTH:۱۳۶۲/۰۶/۱۸]]   شماره بیمه: [[MEMBER_NUMBER:۴۲۱۸۸۰۳۶۵۷]]
        پزشک معالج: دکتر [[PERSON:مهدی کریمی‌پور]] - متخصص اعصاب و روان   نظام پزشکی: [[EMPLOYEE_NUMBER:۸۵۴۳۲]]
        تاریخ نسخه: [[DATE:۱۴۰۳/۰۲/۱۵]]
        تشخیص: [[HEALTH_CONDITION:اختلال اضطراب فراگیر]]، [[HEALTH_CONDITION:بی‌خوابی]]، سابقه [[HEALTH_CONDITION:میگرن]]
        ۱- قرص [[HEALTH_CONDITION:سرترالین]] ۵۰ میلی‌گرم   تعداد: ۳۰   روزی یک عدد صبح بعد از صبحانه
        ۲- قرص [[HEALTH_CONDITION:کلونازپام]] ۰٫۵ میلی‌گرم   تعداد: ۱۵   شبی نصف تا یک عدد
        ۳- قرص [[HEALTH_CONDITION:پروپرانولول]] ۱۰ میلی‌گرم   تعداد: ۳۰   در صورت تپش قلب
        ۴- قرص [[HEALTH_CONDITION:سوماتریپتان]] ۵۰ میلی‌گرم   تعداد: ۶   هنگام سردرد
        یادداشت داروساز: بیمار برند [[HEALTH_CONDITION:Zoloft]] خواست؛ ژنریک ایرانی تحویل شد. به دلیل [[HEALTH_CONDITION:بارداری]] احتمالی، پروپرانولول با پزشک هماهنگ شد.
        Pharmacist note: Dr [[PERSON:Karimipour]] confirmed by phone at 19:40, OK to dispense.
        تحویل گیرنده: [[PERSON:علی حسینی‌نژاد]] (همسر)   تلفن همراه: [[PHONE_NUMBER:۰۹۱۲ ۴۸۷ ۳۰۵۱]]
        نشانی: [[STREET_ADDRESS:تهران، خیابان شریعتی، کوچه گلستان، پلاک ۲۴، واحد ۷، کد پستی ۱۵۴۶۸-۸۳۹۱۱]]
        تلفن ثابت: [[PHONE_NUMBER:۰۲۱-۲۲۸۶۴۱۹۰]]
        تاریخ تحویل: [[DATE:۱۵ اردیبهشت ۱۴۰۳]]
        مسئول فنی: دکتر [[PERSON:نسرین طاهری]]   شماره پروانه: [[EMPLOYEE_NUMBER:۱۲-۴۷۷۱۸]]
        تلفن داروخانه: [[PHONE_NUMBER:۰۲۱-۸۸۴۲۷۶۱۳]]
        """#,
        #"""
        NATIONAL INSTITUTE OF MENTAL HEALTH & HOSPITAL, DHAKA
        Outpatient Follow-up Note / বহির্বিভাগ ফলো-আপ
        Reg. No: [[MEDICAL_RECORD_NUMBER:NIMH/OPD/24/31572]]   Date: [[DATE:05.08.2024]]
        Name: [[PERSON:Rokeya Begum]] ([[PERSON:রোকেয়া বেগম]])   Age: 32 yrs   Sex: F
        NID: [[NATIONAL_ID:4623518907]]
        Address: [[STREET_ADDRESS:House 17, Road 4, Block C, Mirpur-10, Dhaka-1216]]
        Mobile: [[PHONE_NUMBER:01711-482930]]
        Informant: husband [[PERSON:Jahangir Alam]] ([[PHONE_NUMBER:+880 1819 337 642]]), reliable
        C/C: "ঘুম হয় না, মন খারাপ থাকে, কারো সাথে কথা বলতে ইচ্ছা করে না" - 3 months.
        H/O: symptoms began after 2nd delivery ([[DATE:January 2024]]). Baby [[PERSON:Ayaan]], 7 months, breastfed.
          Known [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:levothyroxine]] 50 mcg. No substance use.
        MSE: low mood, psychomotor slowing, guilt about "not being a good mother". No psychotic features.
          Passive death wishes, no plan. Insight present.
        Dx: [[HEALTH_CONDITION:Major depressive disorder, moderate, with peripartum onset]] (F32.1)
        Rx: 1. Tab. [[HEALTH_CONDITION:Sertraline]] 50 mg  0+0+1 (safe in breastfeeding)
            2. Tab. [[HEALTH_CONDITION:Clonazepam]] 0.5 mg  0+0+½  x 2 weeks only
            3. Tab. [[HEALTH_CONDITION:Folic acid]] 5 mg  1+0+0
        Psychotherapy: CBT with clinical psychologist [[PERSON:Nusrat Jahan]], first session [[DATE:12.08.2024]].
        Advice to family (বাংলায় বুঝিয়ে বলা হয়েছে): ওষুধ নিয়মিত খাওয়াবেন, একা রাখবেন না।
        পরবর্তী সাক্ষাৎ: [[DATE:০২/০৯/২০২৪]]
        Dr [[PERSON:Mohammad Tanvir Hossain]], MBBS, FCPS (Psychiatry), BMDC Reg. No. [[EMPLOYEE_NUMBER:A-48215]]
        """#,
        #"""
        PEMERINTAH KOTA SURABAYA - DINAS KESEHATAN
        UPTD PUSKESMAS PUCANG SEWU
        SURAT RUJUKAN
        Kepada Yth. Dokter Spesialis Penyakit Dalam, RSUD Dr. Soetomo, Surabaya
        Mohon pemeriksaan dan penanganan lebih lanjut terhadap pasien:
          Nama          : [[PERSON:Sri Wahyuningsih]]
          Umur          : 51 tahun       Jenis kelamin : Perempuan
          Tgl. lahir    : [[DATE_OF_BIRTH:07-08-1972]]
          NIK           : [[NATIONAL_ID:3578044708720003]]
          No. BPJS      : [[MEMBER_NUMBER:0001438827165]]
          No. RM        : [[MEDICAL_RECORD_NUMBER:PKM-PS/00912/24]]
          Alamat        : [[STREET_ADDRESS:Jl. Pucang Anom Timur IV No. 21, RT 004/RW 007, Kel. Kertajaya, Kec. Gubeng, Surabaya 60282]]
          No. HP        : [[PHONE_NUMBER:0812-3361-7840]]
        Anamnesa: batuk > 3 minggu, keringat malam, BB turun 5 kg dalam 2 bulan, sering haus dan kesemutan di kaki.
        Diagnosa sementara: [[HEALTH_CONDITION:Tuberkulosis paru]] terkonfirmasi bakteriologis (TCM [[DATE:03/06/2024]]: MTB detected,
          rif sensitive) dengan [[HEALTH_CONDITION:Diabetes Melitus tipe 2]] tidak terkontrol (GDS 312 mg/dl).
        Terapi yang sudah diberikan: [[HEALTH_CONDITION:OAT KDT]] kategori 1 fase intensif sejak [[DATE:05 Juni 2024]];
          [[HEALTH_CONDITION:Metformin]] 2x500 mg; [[HEALTH_CONDITION:Glibenklamid]] 1x5 mg.
        Alasan rujuk: kontrol gula darah, evaluasi [[HEALTH_CONDITION:neuropati diabetik]], kemungkinan perlu insulin.
        Kontak serumah: suami [[PERSON:Bambang Sutrisno]] (NIK [[NATIONAL_ID:3578040311680002]]) dan anak [[PERSON:Dimas Arya Pratama]];
          skrining TBC dijadwalkan tanggal [[DATE:20 Juni 2024]].
        Surabaya, [[DATE:14 Juni 2024]]
        Dokter pemeriksa,
        dr. [[PERSON:Rahmawati Dewi Kusuma]]
        SIP: [[EMPLOYEE_NUMBER:503.446/2187/IP.DU/436.7.2/2023]]
        Petugas TB: [[PERSON:Yuliana]] - WA [[PHONE_NUMBER:0857-4412-0931]]
        """#,
        #"""
        INSTITUTO MEXICANO DEL SEGURO SOCIAL - HOSPITAL GENERAL DE ZONA No. 47
        NOTA DE EGRESO - SERVICIO DE CIRUGÍA GENERAL
        Nombre: [[PERSON:Lucía Hernández Velasco]]   NSS: [[NATIONAL_ID:0198 81 5274 8]]
        CURP: [[NATIONAL_ID:HEVL810923MDFRLC01]]   Fecha de nacimiento: [[DATE_OF_BIRTH:23/09/1981]]   Edad: 42 años
        Expediente: [[MEDICAL_RECORD_NUMBER:HGZ47-2024-015873]]   Cama: 314-B
        Domicilio: [[STREET_ADDRESS:Calle Lorenzo Boturini No. 138, Depto. 4, Col. Tránsito, Alcaldía Cuauhtémoc, C.P. 06820, CDMX]]
        Tel.: [[PHONE_NUMBER:55 2841 7730]]   Familiar responsable: [[PERSON:Jorge Arturo Hernández Velasco]] (hermano) [[PHONE_NUMBER:+52 1 55 6190 4428]]
        Fecha de ingreso: [[DATE:02/04/2024]]   Fecha de egreso: [[DATE:06/04/2024]]
        Dx de ingreso: [[HEALTH_CONDITION:Colecistitis aguda litiásica]]
        Dx de egreso: [[HEALTH_CONDITION:Colecistitis crónica litiásica agudizada]], postoperada de colecistectomía laparoscópica ([[DATE:03/04/2024]]).
        Comorbilidades: [[HEALTH_CONDITION:Obesidad grado I]] (IMC 32), [[HEALTH_CONDITION:hipotiroidismo]] en tratamiento.
        Resumen: Ingresa por dolor en hipocondrio derecho de 48 h, Murphy positivo, leucocitosis 14,200. USG con lito de 2 cm
          y pared engrosada. Se inicia [[HEALTH_CONDITION:ceftriaxona]] 1 g IV c/12 h. Cirugía sin complicaciones; tolera dieta.
        Plan: [[HEALTH_CONDITION:Paracetamol]] 500 mg VO c/8 h x 5 días; [[HEALTH_CONDITION:Ketorolaco]] 10 mg VO c/8 h x 3 días;
          [[HEALTH_CONDITION:Omeprazol]] 20 mg c/24 h; continuar [[HEALTH_CONDITION:Levotiroxina]] 100 mcg en ayunas.
          Incapacidad temporal por 14 días, del [[DATE:06/04/2024]] al [[DATE:19/04/2024]].
          Cita en Consulta Externa de Cirugía (UMF No. 9) el [[DATE:17 de abril de 2024]]; retiro de puntos en su UMF.
        Elaboró: Dra. [[PERSON:Mariana Ortiz Cordero]], R3 Cirugía General, Céd. Prof. [[EMPLOYEE_NUMBER:10482715]]
        Vo. Bo.: Dr. [[PERSON:Ernesto Salgado Ruiz]], Matrícula IMSS [[EMPLOYEE_NUMBER:99154872]]
        Correo de la paciente para resultados de patología: [[EMAIL_ADDRESS:lucia.hdzv81@gmail.com]]
        """#,
        #"""
        SERVICIO DE SALUD METROPOLITANO SUR ORIENTE - CESFAM Dr. Alejandro del Río, Puente Alto
        SOLICITUD DE INTERCONSULTA
        Fecha: [[DATE:18-07-2024]]
        Paciente: [[PERSON:Javiera Andrea Muñoz Soto]]   RUT: [[NATIONAL_ID:17.302.558-0]]
        F. nac.: [[DATE_OF_BIRTH:02-11-1990]]   Previsión: FONASA tramo B
        Ficha clínica: [[MEDICAL_RECORD_NUMBER:SSMSO-CDR-0045721]]
        Domicilio: [[STREET_ADDRESS:Pasaje Los Aromos 0451, Villa Los Jardines, Puente Alto, Región Metropolitana]]
        Teléfono: [[PHONE_NUMBER:+56 9 8132 4470]]   Correo: [[EMAIL_ADDRESS:javi.munoz.soto@gmail.com]]
        Especialidad de destino: Endocrinología (alto riesgo obstétrico) - Hospital Dr. Sótero del Río
        Hipótesis diagnóstica: [[HEALTH_CONDITION:Hipertiroidismo]], probable [[HEALTH_CONDITION:enfermedad de Graves]], en
          [[HEALTH_CONDITION:embarazo de 14 semanas]] (FUR [[DATE:11-04-2024]]).
        ¿Sospecha GES?: Sí (embarazo)   Prioridad: ALTA
        Fundamento: 33 años, G2P1. Consulta por palpitaciones y baja de peso. [[HEALTH_CONDITION:Taquicardia]] 118 lpm,
          [[HEALTH_CONDITION:temblor fino]], [[HEALTH_CONDITION:bocio difuso]] sin nódulos. TSH < 0,01, T4L 3,9 ng/dl ([[DATE:10-07-2024]]).
        Tratamiento iniciado: [[HEALTH_CONDITION:Propiltiouracilo]] 50 mg c/8 h, [[HEALTH_CONDITION:Propranolol]] 20 mg c/12 h.
          Control prenatal con matrona [[PERSON:Camila Reyes]]; ya usa [[HEALTH_CONDITION:ácido fólico]] 1 mg/día.
        Antecedentes: [[HEALTH_CONDITION:asma]] leve (usa [[HEALTH_CONDITION:salbutamol]] SOS).
        Contacto pareja: [[PERSON:Matías Fuentes]] [[PHONE_NUMBER:+56 9 6620 1938]]
        Médico solicitante: Dr. [[PERSON:Felipe Ignacio Contreras Vidal]]   RUT [[NATIONAL_ID:15.667.210-6]]
          Registro Superintendencia de Salud N° [[EMPLOYEE_NUMBER:284519]]   Fono CESFAM: [[PHONE_NUMBER:(2) 2576 4310]]
        """#,
        #"""
        UNIDADE LOCAL DE SAÚDE ALMADA-SEIXAL - HOSPITAL GARCIA DE ORTA
        CARTA DE ALTA DE ENFERMAGEM (transferência para Cuidados de Saúde Primários)
        Utente: [[PERSON:Maria do Carmo Ferreira Lopes]]
        N.º Utente SNS: [[MEDICAL_RECORD_NUMBER:284 517 093]]   Processo: [[MEDICAL_RECORD_NUMBER:HGO-1938825]]
        NIF: [[NATIONAL_ID:218735600]]   CC: [[NATIONAL_ID:11483927 4 ZY8]]
        Data de nascimento: [[DATE_OF_BIRTH:29/01/1946]]
        Morada: [[STREET_ADDRESS:Rua Capitão Leitão, n.º 47, 3.º Dt.º, 2800-133 Almada]]
        Contactos: [[PHONE_NUMBER:212 745 903]] / filha [[PERSON:Sandra Lopes Pinto]] [[PHONE_NUMBER:916 384 225]]
        Internamento: Medicina Interna 2, de [[DATE:08/09/2024]] a [[DATE:20/09/2024]]
        Diagnósticos: [[HEALTH_CONDITION:Insuficiência cardíaca descompensada]]; [[HEALTH_CONDITION:fibrilhação auricular]];
          [[HEALTH_CONDITION:diabetes mellitus tipo 2]] insulinotratada.
        Focos de enfermagem:
         - [[HEALTH_CONDITION:Úlcera por pressão]] categoria II, região sagrada: penso hidrocolóide, mudar de 3 em 3 dias (último a [[DATE:19/09]]).
         - Autocuidado higiene: dependente em grau moderado; marcha com andarilho, com supervisão.
         - [[HEALTH_CONDITION:Incontinência urinária]]: fralda noturna; pele íntegra na região perineal.
         - Gestão do regime terapêutico: filha prepara a caixa semanal. Glicemia capilar antes das refeições.
        Medicação: [[HEALTH_CONDITION:insulina glargina]] 18 UI às 22h; [[HEALTH_CONDITION:Furosemida]] 40 mg 1+1+0;
          [[HEALTH_CONDITION:Edoxabano]] 30 mg id; [[HEALTH_CONDITION:Bisoprolol]] 2,5 mg id.
        Vacinação: administradas [[HEALTH_CONDITION:vacina contra a gripe]] e [[HEALTH_CONDITION:Comirnaty]] a [[DATE:17/09/2024]].
        Articulação: enfermeira de família Enf.ª [[PERSON:Helena Costa]], USF Cova da Piedade - [[PHONE_NUMBER:212 946 310]],
          [[EMAIL_ADDRESS:usf.covapiedade@ulsas.min-saude.pt]]; ECCI contactada a [[DATE:19 de setembro de 2024]].
        Enfermeiro responsável: [[PERSON:Rui Miguel Antunes]], Cédula Profissional OE n.º [[EMPLOYEE_NUMBER:5-E-71842]]
        """#,
        #"""
        Fakultní nemocnice Královské Vinohrady - III. interní klinika
        PROPOUŠTĚCÍ ZPRÁVA
        Pacientka: [[PERSON:Jaroslava Nováková]]   r. č.: [[NATIONAL_ID:585312/4838]]   nar. [[DATE_OF_BIRTH:12. 3. 1958]]
        Pojišťovna: 111   Č. chorobopisu: [[MEDICAL_RECORD_NUMBER:FNKV-2024-044871]]
        Bydliště: [[STREET_ADDRESS:Slezská 1842/96, 130 00 Praha 3]]   Tel.: [[PHONE_NUMBER:+420 603 418 725]]
        Praktický lékař: MUDr. [[PERSON:Petr Dvořák]], tel. [[PHONE_NUMBER:272 731 448]]
        Hospitalizace: [[DATE:3. 10. 2024]] - [[DATE:11. 10. 2024]]
        Diagnózy:
          1. [[HEALTH_CONDITION:Akutní pyelonefritida]] vpravo (N10) s [[HEALTH_CONDITION:urosepsí]] (E. coli v moči i hemokultuře)
          2. [[HEALTH_CONDITION:Diabetes mellitus 2. typu]] na PAD
          3. [[HEALTH_CONDITION:Arteriální hypertenze]]
          4. [[HEALTH_CONDITION:Hypotyreóza]] po strumektomii
        Alergie: [[HEALTH_CONDITION:penicilin]] (exantém)
        Průběh: Přijata pro febrilie 39,4 °C, třesavku a bolest v pravé bederní krajině. Zahájena léčba [[HEALTH_CONDITION:ceftriaxon]] 2 g i.v.,
          po 5 dnech převedena na perorální [[HEALTH_CONDITION:ciprofloxacin]] dle citlivosti. Afebrilní od 3. dne, CRP 212 -> 18 mg/l.
        Medikace při propuštění:
          [[HEALTH_CONDITION:Ciprinol]] 500 mg 1-0-1 do [[DATE:17. 10. 2024]]
          [[HEALTH_CONDITION:Siofor]] 1000 mg 1-0-1, [[HEALTH_CONDITION:Prestarium Neo]] 5 mg 1-0-0, [[HEALTH_CONDITION:Letrox]] 75 µg 1-0-0 nalačno
        Doporučení: kontrola u PL do týdne, moč + CRP. Dcera [[PERSON:Lenka Procházková]] ([[PHONE_NUMBER:776 204 391]]) informována.
        V Praze dne [[DATE:11. 10. 2024]]
        MUDr. [[PERSON:Tomáš Kučera]], Ph.D., ošetřující lékař, č. ČLK [[EMPLOYEE_NUMBER:0711304018]]
        Primářka: doc. MUDr. [[PERSON:Eva Horáková]], CSc. - [[EMAIL_ADDRESS:interna3.sekretariat@fnkv.cz]]
        """#,
        #"""
        SERVICIUL MEDICAL - MEDICINA MUNCII
        FIȘĂ DE APTITUDINE ȘI NOTĂ DE CONSULTAȚIE
        Angajator: Societatea de Transport București STB S.A.
        Numele și prenumele: [[PERSON:POPESCU Gheorghe-Ionuț]]
        CNP: [[NATIONAL_ID:1850303402179]]   Marca: [[EMPLOYEE_NUMBER:STB-48217]]   Data nașterii: [[DATE_OF_BIRTH:03.03.1985]]
        Domiciliu: [[STREET_ADDRESS:Str. Baba Novac nr. 14, bl. G4, sc. 2, et. 5, ap. 71, Sector 3, București 031622]]
        Telefon: [[PHONE_NUMBER:0722 418 396]]
        Ocupația: conducător auto troleibuz (autobază Bujoreni)
        Tipul examenului: periodic, efectuat la data de [[DATE:15.05.2024]]
        Examen clinic: TA 152/96 mmHg (repetat 148/94), IMC 32,4, AV 84/min. Acuitate vizuală normală.
        Constatări: [[HEALTH_CONDITION:Hipertensiune arterială grad II]] nou depistată; [[HEALTH_CONDITION:obezitate grad I]];
          suspiciune de [[HEALTH_CONDITION:apnee obstructivă în somn]] (scor Epworth 13, sforăit, somnolență la volan).
        Aviz medical: APT CONDIȚIONAT - reevaluare până la [[DATE:15.06.2024]], după consult cardiologic și polisomnografie.
        Tratament inițiat de medicul de familie: [[HEALTH_CONDITION:Amlodipină]] 5 mg/zi, [[HEALTH_CONDITION:Perindopril]] 4 mg/zi.
        Bilet de trimitere către Cardiologie și Pneumologie (Spitalul Clinic de Urgență Sf. Pantelimon).
        Medic de familie: Dr. [[PERSON:Ana-Maria Stoica]], tel. [[PHONE_NUMBER:021 324 18 77]]
        Card de sănătate nr.: [[MEDICAL_RECORD_NUMBER:80642000004813729105]]
        Medic medicina muncii: Dr. [[PERSON:Cristina Marinescu]], cod parafă [[EMPLOYEE_NUMBER:C47812]]
        Semnătura angajatului: [[PERSON:G. I. Popescu]]       Data: [[DATE:15 mai 2024]]
        Copie către: Serviciul Resurse Umane, dna [[PERSON:Daniela Enache]] - [[EMAIL_ADDRESS:medicinamuncii@stb.ro]]
        """#,
        #"""
        CIUSSS DU CENTRE-SUD-DE-L'ÎLE-DE-MONTRÉAL - CLSC du Plateau-Mont-Royal
        Programme de santé scolaire - École primaire Saint-Jean-de-Brébeuf
        NOTE DE L'INFIRMIÈRE SCOLAIRE
        Date : [[DATE:22 octobre 2024]]
        Élève : [[PERSON:Léa Gagnon-Bouchard]]   Groupe : 4e année (classe de Mme [[PERSON:Isabelle Roy]])
        Date de naissance : [[DATE_OF_BIRTH:2015-03-09]]   No d'assurance maladie : [[MEDICAL_RECORD_NUMBER:GAGL 1553 0912]]
        Parents : [[PERSON:Julie Bouchard]] (cell. [[PHONE_NUMBER:514 555-0148]]) et [[PERSON:Marc-André Gagnon]] ([[PHONE_NUMBER:438 555-0192]])
        Adresse : [[STREET_ADDRESS:4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4]]
        Motif : mise à jour du plan d'intervention - [[HEALTH_CONDITION:allergie sévère aux arachides et aux noix]]
        Antécédents : [[HEALTH_CONDITION:asthme léger]], [[HEALTH_CONDITION:eczéma]] (suivi en dermatologie).
        Médicaments à l'école : [[HEALTH_CONDITION:EpiPen Jr]] 0,15 mg (2 auto-injecteurs, exp. [[DATE:juin 2025]]),
          [[HEALTH_CONDITION:Ventolin]] 100 mcg, 2 inh. avec chambre d'espacement au besoin.
        Événement du [[DATE:17 octobre 2024]] : après un échange de collation, [[HEALTH_CONDITION:urticaire généralisée]], toux et voix rauque.
          [[HEALTH_CONDITION:EpiPen Jr]] administré à 11 h 52 par la secrétaire, Mme [[PERSON:Nathalie Côté]]; 911 appelé, transport au CHU.
          Père joint à 11 h 55 : « OK I'm on my way, she's with you? » - mère avisée par texto.
        Vaccination 4e année : [[HEALTH_CONDITION:Gardasil 9]] et [[HEALTH_CONDITION:Twinrix]] reçus le [[DATE:1er octobre 2024]]; 2e dose au printemps.
        Plan : rencontre parents-enseignante-infirmière le [[DATE:29 octobre 2024]]; formation EpiPen au personnel le [[DATE:5 novembre]].
        Infirmière : [[PERSON:Geneviève Lavoie]], inf. clinicienne, permis OIIQ [[EMPLOYEE_NUMBER:2145873]]
        Tél. CLSC : [[PHONE_NUMBER:514 555-0107]], poste 4412 - [[EMAIL_ADDRESS:genevieve.lavoie.ccsmtl@ssss.gouv.qc.ca]]
        """#,
        #"""
        ROYAL DARWIN HOSPITAL - PHARMACY DEPARTMENT
        DISCHARGE MEDICATION RECORD (please bring to every appointment)
        Patient: [[PERSON:Rosalie Anne Wurramara]]   URN: [[MEDICAL_RECORD_NUMBER:RDH 0731842]]
        DOB: [[DATE_OF_BIRTH:19/05/1969]]   Medicare: [[MEDICAL_RECORD_NUMBER:2541 76300 1]]
        Address: [[STREET_ADDRESS:Unit 6/14 Dripstone Road, Casuarina NT 0810]]   Mobile: [[PHONE_NUMBER:0491 570 156]]
        Ward 4B (Renal). Admitted [[DATE:29/08/2024]], discharged [[DATE:04/09/2024]].
        Problems: [[HEALTH_CONDITION:cellulitis left lower leg]]; [[HEALTH_CONDITION:end-stage kidney disease]] on haemodialysis (Mon/Wed/Fri);
          [[HEALTH_CONDITION:type 2 diabetes]]; [[HEALTH_CONDITION:rheumatic heart disease]] (mitral regurgitation).
        MEDICINE                                    HOW TO TAKE                       NOTE
        [[HEALTH_CONDITION:Cefalexin]] 500 mg capsule                    1 capsule twice a day             NEW - stop after [[DATE:10/09/2024]]
        [[HEALTH_CONDITION:Benzathine benzylpenicillin]] ([[HEALTH_CONDITION:Bicillin L-A]])    1.2 million units IM every 28 days    next due [[DATE:18/09/2024]] at clinic
        [[HEALTH_CONDITION:Insulin glargine]] ([[HEALTH_CONDITION:Optisulin]])               16 units at night                 CHANGED (was 22 units)
        [[HEALTH_CONDITION:Sevelamer]] 800 mg tablet                     1 tablet with each meal           same
        [[HEALTH_CONDITION:Amlodipine]] 10 mg                            1 in the morning                  same
        [[HEALTH_CONDITION:Metformin]] 500 mg                            STOPPED - not safe with kidney failure
        Webster-pak packed by community pharmacy: [[PHONE_NUMBER:(08) 5550 1827]].
        Aboriginal Liaison Officer [[PERSON:Desmond Bara]] explained list with interpreter (Anindilyakwa) on [[DATE:4 Sept 2024]].
        Next of kin: sister [[PERSON:Lorraine Wurramara]], [[PHONE_NUMBER:0491 570 229]].
        Pharmacist: [[PERSON:Priya Raghavan]] (AHPRA [[EMPLOYEE_NUMBER:PHA0001873462]])   [[DATE:04/09/2024]]
        Copy sent to GP Dr [[PERSON:Tom O'Keefe]] - [[EMAIL_ADDRESS:tom.okeefe@ddhs.example.org.au]]
        """#,
        #"""
        BIRMINGHAM CITY COUNCIL - OCCUPATIONAL HEALTH SERVICE
        CONFIDENTIAL - MANAGEMENT REFERRAL REPORT
        Employee: [[PERSON:Darren Michael Whitfield]]   Payroll No: [[EMPLOYEE_NUMBER:00458217]]
        DOB: [[DATE_OF_BIRTH:22/07/1979]]   NI No: [[NATIONAL_ID:JT 48 27 61 B]]   NHS No: [[MEDICAL_RECORD_NUMBER:943 476 5919]]
        Role: refuse collection loader, Fleet & Waste Management, Tyseley depot
        Referring manager: [[PERSON:Kelly Ann Marsh]], depot supervisor ([[EMAIL_ADDRESS:kelly.marsh@birmingham.gov.uk]])
        Referral received: [[DATE:03/06/2024]]   Seen: [[DATE:12 June 2024]] by telephone ([[PHONE_NUMBER:07700 900562]])
        Correspondence address: [[STREET_ADDRESS:28 Fox Hollies Road, Acocks Green, Birmingham B27 7TQ]]
        Background: absent since [[DATE:8 May 2024]] with [[HEALTH_CONDITION:L5/S1 disc prolapse]] and [[HEALTH_CONDITION:right-sided sciatica]],
          confirmed on MRI on [[DATE:21/05/2024]]. Awaiting physiotherapy; orthopaedic opinion not currently needed.
          Medication: [[HEALTH_CONDITION:naproxen]] 500 mg bd, [[HEALTH_CONDITION:pregabalin]] 75 mg bd, [[HEALTH_CONDITION:co-codamol]] 30/500 when required.
          He also describes [[HEALTH_CONDITION:low mood]] and [[HEALTH_CONDITION:anxiety]] linked to reduced pay; he agreed to self-refer to
          the Employee Assistance Programme.
        Opinion: currently unfit for lifting and bin handling. Likely fit for a phased return on restricted duties from
          [[DATE:1 July 2024]] (e.g. depot yard or call-centre support), reviewed after 4 weeks.
        Disability: the Equality Act 2010 is unlikely to apply at present, but may if symptoms persist beyond 12 months.
        GP: Dr [[PERSON:S. Chaudhry]], Acocks Green Medical Centre, [[PHONE_NUMBER:0121 496 0734]]
        Consent: Mr [[PERSON:Whitfield]] consented to release of this report on [[DATE:12/06/2024]].
        OH Adviser: [[PERSON:Joanne Pritchard]], RGN SCPHN(OH), NMC PIN [[EMPLOYEE_NUMBER:98Y2041E]]
        Countersigned: Dr [[PERSON:Haruto Sasaki]], MFOM, GMC [[EMPLOYEE_NUMBER:6128405]]
        """#,
    ]
    /// A forty-sixth set of everyday texts, written blind to DataGuard's rules.
    static let fortySixthEveryday: [String] = [
        #"""
        Comhairle Cathrach Bhaile Átha Cliath / Dublin City Council
        Housing Allocations Section
        [[DATE:7 March 2024]]

        Ms [[PERSON:Chloe Byrne]]
        [[STREET_ADDRESS:Apt 12, Ballymun Road Court, Ballymun, Dublin 9, D09 K2W7]]
        PPSN: [[NATIONAL_ID:2057816VA]]   Date of birth: [[DATE_OF_BIRTH:30/11/1993]]   Mobile: [[PHONE_NUMBER:085 730 4416]]

        Dear Ms [[PERSON:Byrne]],

        Re: Social housing support - change of household circumstances

        Thank you for your form, received on [[DATE:26 February 2024]], telling us that your son [[PERSON:Jayden]] (born [[DATE_OF_BIRTH:14/09/2016]])
        has been diagnosed with [[HEALTH_CONDITION:autism spectrum disorder]] and [[HEALTH_CONDITION:epilepsy]], and that your partner [[PERSON:Ryan Keogh]]
        (PPSN [[NATIONAL_ID:7731094B]], DOB [[DATE_OF_BIRTH:02/05/1991]]) has joined the household.

        To assess your request for medical/disability priority we need a completed Form MP1 from Dr [[PERSON:Niamh Cullen]],
        the consultant named in your letter, and Mr [[PERSON:Keogh]]'s last three payslips.

        Your Housing Assistance Payment continues at the current rate. Your landlord, Mr [[PERSON:Patrick Nolan]], has asked
        that payments go to a new account, [[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]]; this change takes effect from [[DATE:1 April 2024]].

        Please return the documents by [[DATE:5 April 2024]]. If you need help, contact your housing officer,
        [[PERSON:Deirdre Walsh]], on [[PHONE_NUMBER:01 222 2417]] or at [[EMAIL_ADDRESS:housingallocations@dublincity.ie]].

        Is mise le meas / Yours sincerely,
        [[PERSON:Deirdre Walsh]], Clerical Officer (staff no. [[EMPLOYEE_NUMBER:DCC 30417]])
        """#,
        #"""
        GLASGOW CITY COUNCIL - CUSTOMER SERVICE CENTRE
        Call note / card payment record (card numbers to be masked after processing - PCI)
        Date/time: [[DATE:09/09/2024]] 14:22   Adviser: [[PERSON:Gary Docherty]] (staff no. [[EMPLOYEE_NUMBER:GCC 201845]])
        Caller: Mrs [[PERSON:Shona McGregor]]   DOB: [[DATE_OF_BIRTH:02/07/1991]]   (ID&V passed)
        Address: [[STREET_ADDRESS:0/2, 41 Langside Avenue, Glasgow G41 2QR]]
        Council tax account: [[MEMBER_NUMBER:4417 2093 6]]   Band C
        Tel: [[PHONE_NUMBER:0141 496 0857]] / mob [[PHONE_NUMBER:07700 900417]]
        NI number (for CTR check): [[NATIONAL_ID:NH 73 51 92 D]]
        Reason for call:
         - reminder letter dated [[DATE:2 September 2024]]; caller says husband [[PERSON:Liam McGregor]] moved out in [[DATE:June 2024]]
           and she wants single person discount backdated to [[DATE:17/06/2024]].
         - on Universal Credit since [[DATE:15/07/2024]] - CTR application started, ref given.
         - daughter [[PERSON:Isla]] (age 6) has [[HEALTH_CONDITION:cerebral palsy]] and uses a wheelchair; disabled band reduction form emailed.
        Payment taken: £96.00 on card [[CREDIT_CARD:4532 9106 7743 5181]] - authorised.
           First attempt declined on card [[CREDIT_CARD:5424 1883 0269 1175]] (caller says that one is her mum's - advised not to use).
        Receipt emailed to [[EMAIL_ADDRESS:shona.mcgregor77@btinternet.com]]
        Also logged: stage 1 complaint - missed bin uplift on [[DATE:28/08/2024]] and [[DATE:04/09/2024]] (blue and grey bins).
           Passed to Neighbourhoods team, [[PERSON:A. Kerr]]. Caller unhappy, "third time this summer".
        Caller asked for callback after 4pm on [[DATE:11 Sept]] - task set for [[PERSON:G. Docherty]].
        """#,
        #"""
        [[PERSON:Kwabena Asante Darko]]
        [[STREET_ADDRESS:House No. 14, Adum Road, Asafo, Kumasi, Ashanti Region]]
        Tel: [[PHONE_NUMBER:024 473 2016]]
        [[DATE:4th November 2024]]

        The Branch Manager
        SSNIT, Kumasi Main Branch

        Dear Sir/Madam,
        APPLICATION FOR OLD AGE PENSION - SSNIT NO. [[NATIONAL_ID:C037108230014]]

        I, [[PERSON:Kwabena Asante Darko]], born on [[DATE_OF_BIRTH:11th October 1964]], hereby apply for my old age pension.
        I retired from the Ghana Education Service as headteacher of Asafo M/A JHS on [[DATE:11th October 2024]] after
        33 years of service (staff ID [[EMPLOYEE_NUMBER:GES 0192774]]). My Ghana Card number is [[NATIONAL_ID:GHA-700418296-3]].
        Kindly pay my pension into GCB Bank, Adum branch, account no. [[US_BANK_ACCOUNT:1011130458221]].
        Enclosed: copy of Ghana Card, birth certificate, retirement letter dated [[DATE:15/08/2024]], two passport pictures.
        I nominate my wife Mrs [[PERSON:Akua Serwaa Darko]] (Ghana Card [[NATIONAL_ID:GHA-711263048-5]], tel. [[PHONE_NUMBER:020 915 3387]])
        and our children [[PERSON:Yaw Darko]] and [[PERSON:Abena Pokuaa Darko]] as my beneficiaries.
        Please note that I am [[HEALTH_CONDITION:partially sighted]] owing to [[HEALTH_CONDITION:glaucoma]] and cannot read small print. For any
        clarification kindly call my son [[PERSON:Yaw]] on [[PHONE_NUMBER:+233 54 780 1196]] or write to [[EMAIL_ADDRESS:yaw.darko.gh@gmail.com]].

        Yours faithfully,
        (signed)
        [[PERSON:K. A. Darko]]

        [Stamp: RECEIVED - SSNIT KUMASI - [[DATE:05 NOV 2024]] - officer [[PERSON:Gifty Ofori]]]
        """#,
        #"""
        [[DATE:14/03/2024]], 09:12 - [[PERSON:Ruth Akello]] (CDO Nakawa): gyebale ko ssebo. this is ruth from the community development office, about your mother's senior citizens grant
        [[DATE:14/03/2024]], 09:20 - [[PERSON:Mukasa]]: webale nnyo madam. her name is [[PERSON:Nalwoga Teopista]], nin [[NATIONAL_ID:CF38019102DHQE]]
        [[DATE:14/03/2024]], 09:21 - [[PERSON:Ruth Akello]]: ok. date of birth on her id?
        [[DATE:14/03/2024]], 09:25 - [[PERSON:Mukasa]]: [[DATE_OF_BIRTH:02/02/1938]]. she cant walk since the [[HEALTH_CONDITION:stroke]] last year. can i collect for her?
        [[DATE:14/03/2024]], 09:27 - [[PERSON:Ruth Akello]]: yes but fill the alternate recipient form. send your nin and mobile money number
        [[DATE:14/03/2024]], 09:31 - [[PERSON:Mukasa]]: [[PERSON:mukasa john bosco]] nin [[NATIONAL_ID:CM79052104PXRA]] mtn momo [[PHONE_NUMBER:0772 390 418]]
        [[DATE:14/03/2024]], 09:32 - [[PERSON:Ruth Akello]]: and physical address for the verification visit
        [[DATE:14/03/2024]], 09:40 - [[PERSON:Mukasa]]: [[STREET_ADDRESS:plot 57, kinawataka zone 3, nakawa division, kampala]], near the mosque
        [[DATE:14/03/2024]], 09:41 - [[PERSON:Ruth Akello]]: we come thursday [[DATE:21/03/2024]]. parish chief [[PERSON:Okello Denis]] will be with me, his line [[PHONE_NUMBER:0701 224 671]]
        [[DATE:14/03/2024]], 09:45 - [[PERSON:Mukasa]]: 👍 also she takes [[HEALTH_CONDITION:amlodipine]] and [[HEALTH_CONDITION:aspirin]] for [[HEALTH_CONDITION:pressure]], the hc has run out
        [[DATE:14/03/2024]], 09:47 - [[PERSON:Ruth Akello]]: talk to the VHT [[PERSON:Sylvia Nabirye]] [[PHONE_NUMBER:0756 881 203]], she can link you to naguru hospital
        [[DATE:21/03/2024]], 15:40 - [[PERSON:Ruth Akello]]: thank you for today ssebo. form submitted. first payment should come [[DATE:may 2024]]
        [[DATE:21/03/2024]], 15:52 - [[PERSON:Mukasa]]: mukama akuwe omukisa 🙏 my wife [[PERSON:Namutebi Harriet]] says thank you too
        [[DATE:21/03/2024]], 15:53 - [[PERSON:Ruth Akello]]: any problem email me [[EMAIL_ADDRESS:r.akello@kcca.go.ug]] or call office [[PHONE_NUMBER:0414 660 318]]
        """#,
        #"""
        السيد / مدير مكتب التأمينات الاجتماعية بمدينة نصر
        تحية طيبة وبعد،،
        مقدمه لسيادتكم / [[PERSON:فاطمة محمد عبد الرحمن السيد]] أرملة المرحوم / [[PERSON:أحمد حسن إبراهيم منصور]]
        الرقم القومي: [[NATIONAL_ID:26205120101583]]
        المقيمة في: [[STREET_ADDRESS:١٨ شارع مكرم عبيد، المنطقة السادسة، مدينة نصر، القاهرة]]
        الموضوع: طلب صرف معاش المستحقين عن المرحوم

        أتشرف بطلب صرف معاش الورثة عن زوجي الذي توفي بتاريخ [[DATE:٣ يونيو ٢٠٢٤]] إثر [[HEALTH_CONDITION:جلطة في القلب]]، وكان يعمل سائقاً
        بهيئة النقل العام بالقاهرة، الرقم القومي للمتوفى [[NATIONAL_ID:25801210103397]]، والرقم التأميني [[NATIONAL_ID:14823067]].

        المستحقون:
        ١- ابنتي [[PERSON:مريم أحمد حسن]] مواليد [[DATE_OF_BIRTH:٠٩/١١/٢٠٠٥]]، طالبة بكلية التجارة.
        ٢- ابني [[PERSON:يوسف أحمد حسن]] مواليد [[DATE_OF_BIRTH:٢٢/٠٣/٢٠١٠]]، ويعاني من [[HEALTH_CONDITION:شلل دماغي]] و[[HEALTH_CONDITION:صرع]] (مرفق قرار القومسيون الطبي).

        المرفقات: شهادة الوفاة، قسيمة الزواج، شهادات الميلاد، صور بطاقات الرقم القومي، إفادة الجامعة.
        برجاء تحويل المعاش على حسابي ببنك مصر - IBAN: [[IBAN_CODE:EG35 0002 0471 0004 7100 1233 8851 6]]
        للتواصل: [[PHONE_NUMBER:٠١٠٩٦٢٤٥٨٣٧]] أو [[PHONE_NUMBER:+20 115 440 8291]]، والبريد الإلكتروني لابنتي: [[EMAIL_ADDRESS:mariam.ahmed2005@yahoo.com]]

        وتفضلوا بقبول فائق الاحترام،،
        تحريراً في [[DATE:١٥/٠٧/٢٠٢٤]]
        مقدمة الطلب: [[PERSON:فاطمة محمد عبد الرحمن]]   التوقيع: ........

        (خاص بالمكتب) استلم الطلب: [[PERSON:عادل شوقي]] - موعد المراجعة [[DATE:٢٩/٠٧/٢٠٢٤]]
        """#,
        #"""
        بسمه تعالی
        اداره آموزش و پرورش ناحیه ۲ شیراز - دبستان دخترانه فرزانگان
        شماره: ۴۵۱/ص/۱۴۰۳        تاریخ: [[DATE:۱۴۰۳/۰۷/۲۲]]
        ولی محترم دانش‌آموز [[PERSON:نازنین زهرا احمدی]] - کلاس چهارم ب
        کد ملی دانش‌آموز: [[NATIONAL_ID:۲۲۸۰۴۵۶۱۹۲]]   تاریخ تولد: [[DATE_OF_BIRTH:۱۳۹۳/۰۴/۰۹]]
        با سلام و احترام،
        به اطلاع می‌رساند جلسه انجمن اولیا و مربیان روز پنجشنبه [[DATE:۳ آبان ۱۴۰۳]] ساعت ۱۰ صبح در نمازخانه مدرسه برگزار می‌شود.
        همچنین طبق گزارش مربی بهداشت، خانم [[PERSON:مریم صادقی]]، در معاینات سنجش سلامت، فرزند شما دچار [[HEALTH_CONDITION:نزدیک‌بینی]]
        است و احتمال [[HEALTH_CONDITION:کم‌خونی فقر آهن]] وجود دارد. لطفاً تا تاریخ [[DATE:۱۵ آبان]] به چشم‌پزشک و پزشک خانواده مراجعه کنید.
        مکمل [[HEALTH_CONDITION:آهن]] هفتگی در مدرسه فقط با رضایت کتبی شما داده می‌شود.
        لطفاً فرم زیر را تکمیل و امضا فرمایید:
          نام پدر: [[PERSON:حمیدرضا احمدی]]   کد ملی: [[NATIONAL_ID:۲۲۹۳۱۸۷۴۰۳]]   تلفن همراه: [[PHONE_NUMBER:۰۹۱۷ ۳۱۲ ۴۸۰۶]]
          نام مادر: [[PERSON:لیلا موسوی]]   تلفن همراه: [[PHONE_NUMBER:۰۹۳۶ ۵۸۷ ۲۲۱۰]]
          نشانی: [[STREET_ADDRESS:شیراز، بلوار چمران، کوچه ۱۸، پلاک ۹، کد پستی ۷۱۹۴۶-۸۴۵۳۷]]
        کمک داوطلبانه به مدرسه را می‌توانید به شماره کارت [[CREDIT_CARD:6037 9918 2045 7319]] یا شبای
        [[IBAN_CODE:IR42 0170 0000 0021 8446 2900 07]] به نام [[PERSON:فرزانه رحیمی]] (مدیر) واریز نمایید.
        Note for English-speaking parents: the health screening letter is also available in English from the office.
        مدیر دبستان: [[PERSON:فرزانه رحیمی]]
        تلفن دفتر: [[PHONE_NUMBER:۰۷۱-۳۶۲۸۴۱۷۵]]   ایمیل: [[EMAIL_ADDRESS:farzanegan.dabestan2@gmail.com]]
        """#,
        #"""
        বরাবর,
        মাননীয় কাউন্সিলর, ওয়ার্ড নং ৫৫, ঢাকা দক্ষিণ সিটি কর্পোরেশন
        বিষয়: বাড়িওয়ালা কর্তৃক অবৈধ উচ্ছেদের হুমকি ও অগ্রিম টাকা ফেরত না দেওয়া প্রসঙ্গে।

        জনাব,
        আমি [[PERSON:শাহানা পারভীন]], স্বামী: [[PERSON:আব্দুল কাদের]], ঠিকানা: [[STREET_ADDRESS:বাসা নং ২৭/বি, রোড নং ৫, কামরাঙ্গীরচর, ঢাকা-১২১১]]।
        আমি [[DATE:০১/০১/২০২২]] তারিখ থেকে হাজী [[PERSON:রফিকুল ইসলাম]] সাহেবের বাড়িতে ভাড়া থাকি। মাসিক ভাড়া ৯,০০০ টাকা।
        অগ্রিম বাবদ ৩০,০০০ টাকা তাঁর বিকাশ নম্বর [[PHONE_NUMBER:01819-204735]] এ পাঠানো হয়েছিল।
        গত [[DATE:১০ মার্চ ২০২৪]] তারিখে তিনি হঠাৎ এক সপ্তাহের মধ্যে বাসা ছাড়তে বলেন এবং অগ্রিম টাকা ফেরত দিতে অস্বীকার করেন।
        আমার স্বামী [[HEALTH_CONDITION:দীর্ঘমেয়াদি কিডনি রোগে]] আক্রান্ত, সপ্তাহে দুইবার ডায়ালাইসিস নিতে হয়; এই অবস্থায় হঠাৎ বাসা বদল সম্ভব নয়।
        অতএব, বিষয়টি মীমাংসার জন্য আপনার সদয় হস্তক্ষেপ কামনা করছি।

        আমার জাতীয় পরিচয়পত্র নং: [[NATIONAL_ID:19902692517348216]]
        মোবাইল: [[PHONE_NUMBER:01711-938402]]
        Attached: tenancy deed dated [[DATE:28 December 2021]], bKash receipts, doctor's letter from Dr [[PERSON:Farhana Akter]].
        Witness: [[PERSON:Kamal Uddin]] (neighbour), [[PHONE_NUMBER:+880 1552 407 318]]

        বিনীত নিবেদক,
        [[PERSON:শাহানা পারভীন]]
        তারিখ: [[DATE:১৮/০৩/২০২৪]]
        ---
        Office note: received by [[PERSON:Mizanur Rahman]], ward secretary. Hearing fixed [[DATE:25/03/2024]], 4 pm, ward office.
        Landlord to be informed on [[PHONE_NUMBER:01912-336701]].
        """#,
        #"""
        Dari: Layanan JKP Disnaker Kota Bekasi <[[EMAIL_ADDRESS:layanan.jkp@disnaker-bekasikota.go.id]]>
        Kepada: [[EMAIL_ADDRESS:ahmad.fauzi.rizky@gmail.com]]
        Tanggal: Selasa, [[DATE:12 Maret 2024]] 10.14 WIB
        Perihal: Jadwal Asesmen dan Konseling Pasar Kerja - klaim JKP a.n. [[PERSON:Ahmad Fauzi Rizky]]

        Yth. Bapak [[PERSON:Ahmad Fauzi Rizky]],
        Berdasarkan pengajuan Jaminan Kehilangan Pekerjaan (JKP) Bapak tanggal [[DATE:28/02/2024]] dengan data:
          NIK                : [[NATIONAL_ID:3275012304880007]]
          No. KPJ BPJS TK    : [[NATIONAL_ID:18034477215]]
          Tgl. lahir         : [[DATE_OF_BIRTH:23 April 1988]]
          Alamat             : [[STREET_ADDRESS:Perum Bumi Bekasi Baru Blok C2 No. 14, RT 005/RW 012, Kel. Pengasinan, Kec. Rawalumbu, Kota Bekasi 17115]]
          No. HP             : [[PHONE_NUMBER:0813-1847-2290]]
          Tgl. PHK           : [[DATE:31 Januari 2024]]
          Rekening BRI       : [[US_BANK_ACCOUNT:0127-01-018443-50-9]] a.n. [[PERSON:Ahmad Fauzi Rizky]]
        Bapak dijadwalkan hadir pada Kamis, [[DATE:21 Maret 2024]], pukul 09.00 WIB, di ruang konseling lantai 2.
        Petugas: Ibu [[PERSON:Dewi Anggraini]], Pengantar Kerja Ahli Muda, NIP [[EMPLOYEE_NUMBER:19850617 201001 2 014]].
        Karena Bapak menyampaikan sedang menjalani terapi [[HEALTH_CONDITION:hernia nukleus pulposus]], asesmen akan disesuaikan (boleh duduk/berdiri).
        Salam, Bidang Penempatan Tenaga Kerja - Telp. [[PHONE_NUMBER:(021) 8895 2214]] / WA [[PHONE_NUMBER:0811-9022-7731]]

        > Balasan [[DATE:12/03/2024]] 13.02:
        > Baik bu, terima kasih. Saya bisa hadir. Mohon maaf kalau nanti harus pulang cepat, istri saya [[PERSON:Rina Marlina]]
        > sedang [[HEALTH_CONDITION:hamil]] 8 bulan dan ada [[HEALTH_CONDITION:preeklamsia]]. Nomor alternatif: [[PHONE_NUMBER:0857-7102-4368]].
        > Hormat saya, [[PERSON:Ahmad Fauzi R.]]
        """#,
        #"""
        INSTITUTO NACIONAL DE MIGRACIÓN
        OFICINA DE REPRESENTACIÓN EN CHIAPAS - Tapachula
        CITATORIO
        Tapachula de Córdova y Ordóñez, Chiapas, a [[DATE:8 de mayo de 2024]]
        C. [[PERSON:Yeferson José Rodríguez Pérez]]
        Nacionalidad: venezolana   Pasaporte: [[NATIONAL_ID:153487226]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:17/02/1994]]   CURP temporal: [[NATIONAL_ID:ROPY940217HNEDRF04]]
        Acompañantes: [[PERSON:Daniela Carolina Márquez Ruiz]] (cónyuge, pasaporte [[NATIONAL_ID:149920853]]) y el menor
          [[PERSON:Santiago Rodríguez Márquez]] (nacido el [[DATE_OF_BIRTH:03/12/2019]]).
        Domicilio manifestado: [[STREET_ADDRESS:4a. Avenida Norte No. 27, Col. Centro, C.P. 30700, Tapachula, Chiapas]]
        Teléfono: [[PHONE_NUMBER:962 118 4073]]   WhatsApp: [[PHONE_NUMBER:+58 414 703 2291]]   Correo: [[EMAIL_ADDRESS:yefer.rodriguez94@hotmail.com]]

        Por medio del presente se le cita a comparecer el día [[DATE:22 de mayo de 2024]] a las 08:30 horas en estas oficinas,
        para entrevista relativa a su solicitud de Tarjeta de Visitante por Razones Humanitarias.
        Deberá presentar: pasaportes originales, constancia de la COMAR, comprobante de domicilio y, en su caso, constancias médicas.
        Se toma conocimiento de que el menor padece [[HEALTH_CONDITION:asma bronquial]] y de que la cónyuge cursa [[HEALTH_CONDITION:embarazo de 24 semanas]],
        por lo que se les dará atención prioritaria. La inasistencia podrá tener por abandonado el trámite.

        Atentamente,
        Lic. [[PERSON:Rogelio Anaya Cruz]], Jefe de Departamento de Regulación Migratoria, núm. de empleado [[EMPLOYEE_NUMBER:INM-07-3318]]

        Recibí original: [[PERSON:Y. J. Rodríguez P.]]      Fecha: [[DATE:08/05/2024]]
        """#,
        #"""
        [[DATE:12/06/2024]] 10:03 - [[PERSON:Constanza]] Of. Vivienda Valpo: hola sra. [[PERSON:Marisol]], buenos días. le escribo de la oficina de vivienda de la muni
        [[DATE:12/06/2024]] 10:11 - [[PERSON:Marisol]]: hola mijita sí, gracias por escribir. el dueño me mandó una carta de desahucio 😥
        [[DATE:12/06/2024]] 10:12 - [[PERSON:Constanza]] Of. Vivienda Valpo: tranquila. mándeme foto de la carta porfa, y confírmeme su rut y dirección
        [[DATE:12/06/2024]] 10:20 - [[PERSON:Marisol]]: [[NATIONAL_ID:9.451.723-0]]. vivo en [[STREET_ADDRESS:Pasaje Las Petunias 238, Cerro Barón, Valparaíso]]
        [[DATE:12/06/2024]] 10:21 - [[PERSON:Marisol]]: <imagen adjunta> dice que tengo que irme antes del [[DATE:31 de julio]]
        [[DATE:12/06/2024]] 10:25 - [[PERSON:Constanza]] Of. Vivienda Valpo: ok. el dueño es don [[PERSON:Héctor Valenzuela Araya]]?
        [[DATE:12/06/2024]] 10:26 - [[PERSON:Marisol]]: sí, el fono de él es [[PHONE_NUMBER:+56 9 7724 1185]]
        [[DATE:12/06/2024]] 10:30 - [[PERSON:Constanza]] Of. Vivienda Valpo: ¿ud. postuló al subsidio de arriendo?
        [[DATE:12/06/2024]] 10:34 - [[PERSON:Marisol]]: lo postuló mi hija [[PERSON:Karina Soto Pizarro]], rut [[NATIONAL_ID:20.118.945-4]]. yo no puedo ir a la muni, ando con la [[HEALTH_CONDITION:artrosis]] de rodillas y la [[HEALTH_CONDITION:diabetes]] descompensada
        [[DATE:12/06/2024]] 10:36 - [[PERSON:Constanza]] Of. Vivienda Valpo: no se preocupe, la visita la hace la asistente social [[PERSON:Paula Henríquez]] el jueves [[DATE:20 de junio]] en la mañana
        [[DATE:12/06/2024]] 10:37 - [[PERSON:Constanza]] Of. Vivienda Valpo: y en la corporación de asistencia judicial le dan abogado gratis, fono [[PHONE_NUMBER:+56 32 225 8841]]
        [[DATE:12/06/2024]] 10:40 - [[PERSON:Marisol]]: ya mijita, dios se lo pague 🙏 mi correo es [[EMAIL_ADDRESS:marisol.pizarro.61@gmail.com]] por si acaso
        [[DATE:20/06/2024]] 13:15 - [[PERSON:Constanza]] Of. Vivienda Valpo: sra. marisol, quedó ingresada la causa. la audiencia es el [[DATE:05/08/2024]] a las 09:00 en el 2º Juzgado Civil de Valparaíso
        [[DATE:20/06/2024]] 13:16 - [[PERSON:Constanza]] Of. Vivienda Valpo: su abogada es [[PERSON:Fernanda Lagos]], [[PHONE_NUMBER:+56 9 5318 0276]]. y ojo: no firme nada que le pase el dueño sin mostrárselo a ella
        [[DATE:20/06/2024]] 13:30 - [[PERSON:Marisol]]: ok. gracias [[PERSON:coni]], ud. es un ángel
        """#,
        #"""
        SEGURANÇA SOCIAL - Instituto da Segurança Social, I.P.
        Centro Nacional de Pensões
                                                            Exmo. Senhor
                                                            [[PERSON:Manuel António Rodrigues Sousa]]
                                                            [[STREET_ADDRESS:Rua da Boavista, n.º 812, 4.º Esq.º, 4050-105 Porto]]
        Lisboa, [[DATE:14 de outubro de 2024]]
        Assunto: Deferimento de Pensão de Velhice
        NISS: [[NATIONAL_ID:12093481578]]   NIF: [[NATIONAL_ID:190374420]]   Data de nascimento: [[DATE_OF_BIRTH:03/07/1958]]

        Exmo. Senhor,
        Informamos que o seu requerimento de pensão de velhice, entrado em [[DATE:12/06/2024]], foi deferido, com início a [[DATE:01/09/2024]].
        Valor mensal ilíquido: 1.043,27 €. Os retroativos (setembro e outubro) serão pagos em [[DATE:novembro de 2024]].
        Foram considerados 41 anos de carreira contributiva, incluindo períodos de trabalho em França (formulário E205).
        Foi igualmente deferido o complemento por dependência de 1.º grau, atendendo à [[HEALTH_CONDITION:doença de Parkinson]]
        comprovada por atestado do Dr. [[PERSON:Luís Carvalho Mendes]] (Hospital de Santo António).
        A pensão será paga por transferência bancária para o IBAN [[IBAN_CODE:PT71 0035 0697 0001 2345 6785 1]], de que é titular.
        Consta como procurador o seu filho, [[PERSON:Nuno Miguel Sousa]] ([[PHONE_NUMBER:+351 934 217 608]], [[EMAIL_ADDRESS:nuno.m.sousa@sapo.pt]]).
        O cônjuge, [[PERSON:Maria Fernanda Sousa]] (NISS [[NATIONAL_ID:20418873303]]), deve requerer separadamente o complemento solidário, se o desejar.
        Para mais informações: Linha Segurança Social [[PHONE_NUMBER:210 545 400]] ou Segurança Social Direta.

        Com os melhores cumprimentos,
        A Técnica Superior, [[PERSON:Ana Paula Guerreiro]] (n.º mecanográfico [[EMPLOYEE_NUMBER:70418]])
        """#,
        #"""
        ÚŘAD PRÁCE ČESKÉ REPUBLIKY - krajská pobočka v Brně, kontaktní pracoviště Brno-město
        Č. j.: UPCR/BM/2024/14877-HN
        Vyřizuje: Mgr. [[PERSON:Kateřina Svobodová]]   Tel.: [[PHONE_NUMBER:950 164 318]]   E-mail: [[EMAIL_ADDRESS:katerina.svobodova@uradprace.cz]]
        V Brně dne [[DATE:4. 3. 2024]]
        Pan [[PERSON:Radek Horák]], [[STREET_ADDRESS:Cejl 487/62, 602 00 Brno]]
        nar. [[DATE_OF_BIRTH:27. 8. 1979]], r. č. [[NATIONAL_ID:790827/1217]]
        ROZHODNUTÍ
        Úřad práce ČR přiznává podle § 39 zákona o zaměstnanosti podporu v nezaměstnanosti ode dne [[DATE:12. 2. 2024]]
        na dobu 8 měsíců. Podpora bude vyplácena bezhotovostně na účet č. [[US_BANK_ACCOUNT:19-2873450213/0800]].
        Odůvodnění: Posledním zaměstnavatelem byl Dopravní podnik města Brna, a. s. (osobní číslo [[EMPLOYEE_NUMBER:30571]]);
        pracovní poměr skončil dohodou dne [[DATE:9. 2. 2024]]. Uchazeč doložil lékařskou zprávu o [[HEALTH_CONDITION:epilepsii]] a nemůže
        nadále vykonávat práci řidiče tramvaje; zprostředkování bude zaměřeno na jiné obory.
        Termín další schůzky: [[DATE:18. 3. 2024]] v 9:30, kancelář č. 214.
        Poučení: Proti tomuto rozhodnutí lze podat odvolání do 15 dnů ode dne jeho oznámení.

        ---
        Od: [[EMAIL_ADDRESS:radek.horak79@seznam.cz]]
        Dobrý den paní Svobodová, [[DATE:18. 3.]] bohužel nemůžu, mám kontrolu na neurologii u MUDr. [[PERSON:Bláhy]] (mění mi
        [[HEALTH_CONDITION:Lamictal]] na [[HEALTH_CONDITION:Keppru]]). Šlo by [[DATE:20. 3.]]? Kdyby něco, volejte mně na [[PHONE_NUMBER:+420 731 402 886]]
        nebo manželce [[PERSON:Martině Horákové]] na [[PHONE_NUMBER:608 115 274]]. Děkuji, [[PERSON:R. Horák]]
        """#,
        #"""
        ȘCOALA GIMNAZIALĂ NR. 79, SECTOR 3, BUCUREȘTI
        Nr. înregistrare 2417 / [[DATE:19.09.2024]]
        Către: Doamna [[PERSON:Elena-Cristina Dumitrescu]], părinte al elevei [[PERSON:Ioana Dumitrescu]], clasa a V-a B
        Adresa: [[STREET_ADDRESS:Bd. Camil Ressu nr. 25, bl. 5, sc. B, et. 3, ap. 47, Sector 3, București 032391]]

        Stimată doamnă,
        Vă informăm că dosarul pentru bursă de ajutor medical, depus la data de [[DATE:10.09.2024]], a fost aprobat în Consiliul
        de Administrație din [[DATE:17.09.2024]], pe baza certificatului medical pentru [[HEALTH_CONDITION:diabet zaharat tip 1]].
        Date elevă: CNP [[NATIONAL_ID:6130524400385]], data nașterii [[DATE_OF_BIRTH:24.05.2013]].
        Bursa va fi virată lunar în contul [[IBAN_CODE:RO08 RNCB 0082 0441 7053 0001]], deschis pe numele mamei (CNP [[NATIONAL_ID:2851107400913]]).
        Asistenta medicală a școlii, dna [[PERSON:Mihaela Ionescu]], vă roagă să aduceți la cabinet o trusă cu [[HEALTH_CONDITION:glucagon]]
        ([[HEALTH_CONDITION:GlucaGen HypoKit]]), stilou de [[HEALTH_CONDITION:insulină]] de rezervă și planul de îngrijire semnat de
        dr. [[PERSON:Radu Gheorghiu]], medic diabetolog.
        Ședința cu părinții va avea loc joi, [[DATE:3 octombrie 2024]], ora 18:00, sala 12.
        Diriginte: prof. [[PERSON:Adrian Moldovan]], tel. [[PHONE_NUMBER:0745 218 930]], [[EMAIL_ADDRESS:adrian.moldovan@scoala79.ro]]
        Director, prof. [[PERSON:Liliana Vasilescu]]          Secretariat: [[PHONE_NUMBER:021 345 12 08]]
        ---
        Răspuns primit pe e-mail, [[DATE:20.09.2024]]:
        Bună ziua, mulțumesc frumos! Aduc trusa luni. Tatăl fetei, [[PERSON:Bogdan Dumitrescu]], poate fi sunat și el la
        [[PHONE_NUMBER:+40 723 904 512]] dacă eu nu răspund. Cu stimă, [[PERSON:Elena Dumitrescu]]
        """#,
        #"""
        TRIBUNAL ADMINISTRATIF DU LOGEMENT
        AVIS D'AUDIENCE
        Montréal, le [[DATE:12 mars 2024]]
        Partie demanderesse (locateur) : Gestion Immobilière Rosemont-Nord inc., représentée par M. [[PERSON:Stéphane Girard]] ([[PHONE_NUMBER:450 555-0116]])
        Partie défenderesse (locataire) : Mme [[PERSON:Amina Diallo]]
                                           [[STREET_ADDRESS:7215, rue Saint-Hubert, app. 2, Montréal (Québec) H2R 2N1]]
        Objet : résiliation du bail et recouvrement de loyer (2 340 $, loyers de [[DATE:décembre 2023]] à [[DATE:février 2024]])
        Date de l'audience : le mardi [[DATE:9 avril 2024]], 9 h 00, salle 3.17 ou par visioconférence (lien transmis par courriel).
        Vous devez apporter tous les documents utiles (reçus de loyer, preuves de paiement, certificats médicaux).

        --- Intake note, Comité logement Petite-Patrie, [[DATE:March 14, 2024]] (worker: [[PERSON:Olivier Tremblay]], [[PHONE_NUMBER:514 555-0139]] ext. 2)
        Ms [[PERSON:Diallo]] came in with the notice. Tel. [[PHONE_NUMBER:514 555-0173]], e-mail [[EMAIL_ADDRESS:amina.diallo.mtl@outlook.com]].
        She works as a PAB at a CHSLD (employee no. [[EMPLOYEE_NUMBER:CCSMTL-0187452]]) and has been off work since [[DATE:Nov 27, 2023]]
        with [[HEALTH_CONDITION:burn-out]] / [[HEALTH_CONDITION:trouble de l'adaptation avec humeur anxieuse]]; on [[HEALTH_CONDITION:escitalopram]].
        Salary insurance was delayed until [[DATE:Feb 20, 2024]], hence the arrears. Lives with daughter [[PERSON:Mariama]] (6).
        Gave SIN [[NATIONAL_ID:046 315 727]] for the emergency aide sociale application. Has letter from Dr [[PERSON:Hélène Bergeron]].
        Plan: propose payment agreement before hearing; prepare proof of illness; accompany her on [[DATE:April 9]].
        """#,
        #"""
        [[DATE:03/09/2024]] 9:41 am - [[PERSON:Jess]] (Homes Vic Footscray): hi [[PERSON:Tama]], it's [[PERSON:Jess Nguyen]] from homes vic. your rent rebate review is due, can u send your centrelink income statement?
        [[DATE:03/09/2024]] 9:58 am - [[PERSON:Tama]]: hey jess yeah sorry been crook. will do tonight
        [[DATE:03/09/2024]] 9:59 am - [[PERSON:Jess]] (Homes Vic Footscray): no stress. i'll also need your CRN and your partner's
        [[DATE:03/09/2024]] 10:04 am - [[PERSON:Tama]]: mine is [[MEMBER_NUMBER:207 845 316K]], [[PERSON:leilani]]'s is [[MEMBER_NUMBER:412 339 078J]]
        [[DATE:03/09/2024]] 10:05 am - [[PERSON:Tama]]: she's on carer payment now cos of my [[HEALTH_CONDITION:heart failure]]
        [[DATE:03/09/2024]] 10:07 am - [[PERSON:Jess]] (Homes Vic Footscray): sorry to hear that mate. address still [[STREET_ADDRESS:14/22 Droop Street, Footscray VIC 3011]]?
        [[DATE:03/09/2024]] 10:08 am - [[PERSON:Tama]]: yep. oh my mob changed btw, new one is [[PHONE_NUMBER:0491 570 006]]
        [[DATE:03/09/2024]] 10:10 am - [[PERSON:Jess]] (Homes Vic Footscray): updated. contractor for the bathroom mould will ring from [[PHONE_NUMBER:0491 570 313]]
        [[DATE:03/09/2024]] 10:12 am - [[PERSON:Tama]]: sweet. and the bond refund from the old place goes to bsb 063-182 acc [[US_BANK_ACCOUNT:10482293]] yeah?
        [[DATE:05/09/2024]] 2:10 pm - [[PERSON:Jess]] (Homes Vic Footscray): got the statements ta. for the ground floor priority transfer can you ask Dr [[PERSON:Anjali Mehta]] to add your [[HEALTH_CONDITION:COPD]] to the letter
        [[DATE:05/09/2024]] 2:31 pm - [[PERSON:Tama]]: will do, seeing her [[DATE:12 sept]]
        [[DATE:05/09/2024]] 2:33 pm - [[PERSON:Jess]] (Homes Vic Footscray): legend. also need leilani's DOB and your medicare no for the modifications form
        [[DATE:05/09/2024]] 2:40 pm - [[PERSON:Tama]]: [[DATE_OF_BIRTH:19/05/1987]]. medicare [[MEDICAL_RECORD_NUMBER:3182 09742 2]]
        [[DATE:05/09/2024]] 2:41 pm - [[PERSON:Jess]] (Homes Vic Footscray): perfect. email [[EMAIL_ADDRESS:jess.nguyen@homes.vic.gov.au]] or office [[PHONE_NUMBER:(03) 5550 4127]] if anything changes
        [[DATE:05/09/2024]] 2:44 pm - [[PERSON:Tama]]: cheers jess 🙏 sorry bout the delay, the [[HEALTH_CONDITION:pneumonia]] last month really knocked me round
        """#,
        #"""
        Home Office - UK Visas and Immigration
        Asylum Casework Directorate
        [[DATE:17 June 2024]]

        Ms [[PERSON:Hewan Tesfaye Gebremariam]]
        [[STREET_ADDRESS:Flat 3, 112 Stratford Road, Sparkhill, Birmingham B11 1AN]]
        Date of birth: [[DATE_OF_BIRTH:08/01/1996]]   Nationality: Eritrean   ARC no.: [[NATIONAL_ID:BHX-24-0781163]]

        INVITATION TO SUBSTANTIVE ASYLUM INTERVIEW

        You are required to attend an interview on [[DATE:3 July 2024]] at 10:00 at Sandford House, Solihull.
        A Tigrinya interpreter will be provided. Please bring this letter, your ARC and any documents supporting your claim.
        You have told us that you are [[HEALTH_CONDITION:pregnant]] and have [[HEALTH_CONDITION:chronic hepatitis B]]. If you need breaks or any
        other adjustment, tell us at least 5 working days before the interview.
        Your legal representative on our records is [[PERSON:Samuel Okafor]], Midland Law Centre, [[PHONE_NUMBER:0121 496 0258]],
        [[EMAIL_ADDRESS:s.okafor@midlandlawcentre.org.uk]].
        Failure to attend without good reason may lead to your claim being treated as withdrawn.
        [[PERSON:R. Hamilton]], Executive Officer, staff no. [[EMPLOYEE_NUMBER:HO 884216]]

        -- handwritten on copy (Refugee Council caseworker, [[DATE:19/06/24]]) --
        rang Hewan ([[PERSON:ሄዋን ተስፋይ]]) on [[PHONE_NUMBER:07700 900683]] - travel warrant requested. midwife at Heartlands = [[PERSON:Beth Lowry]],
        letter re [[HEALTH_CONDITION:hyperemesis]] + [[HEALTH_CONDITION:tenofovir]] to send to HO. brother [[PERSON:Yonas Tesfaye]] (Leeds) [[PHONE_NUMBER:+44 7700 900934]]
        can come with her. Eritrean ID card no. [[NATIONAL_ID:0917334821]] - copy on file. - [[PERSON:M. Haile]]
        """#,
    ]
}
