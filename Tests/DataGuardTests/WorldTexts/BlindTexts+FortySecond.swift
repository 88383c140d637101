extension BlindTexts {
    /// A forty-second set of clinical texts, written blind to DataGuard's rules.
    static let fortySecondClinical: [String] = [
        #"""
        CIUSSS DE LA CAPITALE-NATIONALE — Hôpital de l'Enfant-Jésus, Médecine interne
        LETTRE DE CONGÉ / RÉSUMÉ D'HOSPITALISATION
        Québec, le [[DATE:14 février 2024]]
        Destinataire : Dre [[PERSON:Geneviève Lachance]], GMF Limoilou — téléc. [[PHONE_NUMBER:418 529-7713]]
        Patiente : Mme [[PERSON:Marie-Josée Tremblay]]   No de dossier : [[MEDICAL_RECORD_NUMBER:HEJ-1184207]]
        Date de naissance : [[DATE_OF_BIRTH:1958-03-22]]   RAMQ : [[MEMBER_NUMBER:TREM 5853 2214]] (exp. 2026-03)
        Adresse : [[STREET_ADDRESS:2145, 3e Avenue, app. 6, Québec (Québec)  G1L 2W4]]
        Tél. : [[PHONE_NUMBER:418 640-2291]] — fille, Mme [[PERSON:Karine Gagnon]] : [[PHONE_NUMBER:581 997-0452]]
        Admission : [[DATE:2024-02-06]]   Congé : [[DATE:2024-02-13]]
        Diagnostic principal : [[HEALTH_CONDITION:pneumonie acquise en communauté]], lobe inférieur droit
        Diagnostics secondaires :
         - [[HEALTH_CONDITION:MPOC]] GOLD 3
         - [[HEALTH_CONDITION:fibrillation auriculaire]] paroxystique
         - [[HEALTH_CONDITION:insuffisance rénale chronique]] stade 3a
        Évolution : bonne réponse à la [[HEALTH_CONDITION:ceftriaxone]] IV, relais per os au jour 4. Pas d'O2 au congé.
        Épisode de [[HEALTH_CONDITION:délirium]] nocturne le [[DATE:8 février]], résolu sans antipsychotique.
        Médication au congé :
         - [[HEALTH_CONDITION:Amoxicilline-clavulanate]] 875 mg BID × 5 jours
         - [[HEALTH_CONDITION:Apixaban]] 2,5 mg BID (dose ajustée à l'âge et à la créatinine)
         - [[HEALTH_CONDITION:Tiotropium]] 2,5 mcg 2 inh. DIE
         - [[HEALTH_CONDITION:Métoprolol]] 25 mg BID
        Suivi : clinique MPOC le [[DATE:5 mars 2024]]. CLSC Limoilou avisé — travailleuse sociale
        [[PERSON:Sophie Bélanger]] (poste 4412) pour soutien à domicile : vit seule depuis le décès de son
        conjoint, M. [[PERSON:Réjean Tremblay]].
        NAS transmis au CLSC avec son accord (crédit d'impôt pour maintien à domicile) : [[NATIONAL_ID:274 183 904]]
        Dr [[PERSON:Olivier Pelletier]], interniste — [[EMAIL_ADDRESS:olivier.pelletier.ciussscn@ssss.gouv.qc.ca]]
        """#,
        #"""
        INSTITUTO MEXICANO DEL SEGURO SOCIAL — UMF No. 48, Guadalajara, Jal.
        SOLICITUD DE REFERENCIA-CONTRARREFERENCIA (4-30-8)
        Fecha: [[DATE:19/06/2024]]
        Nombre: [[PERSON:HERNÁNDEZ REYES LUCÍA]]   NSS: [[NATIONAL_ID:4387 75 1269 9]]
        CURP: [[NATIONAL_ID:HERL750612MJCRYC09]]   Fecha de nacimiento: [[DATE_OF_BIRTH:12-jun-1975]]   Edad: 49 años
        Domicilio: [[STREET_ADDRESS:Calle Pedro Loza 1127, int. 4, Col. Centro Barranquitas,
        C.P. 44280, Guadalajara, Jal.]]
        Tel.: [[PHONE_NUMBER:33 3614 2287]]   Cel.: [[PHONE_NUMBER:33 1890 4476]]
        Correo: [[EMAIL_ADDRESS:lucy.hreyes75@hotmail.com]]
        Servicio al que se envía: Reumatología, HGZ No. 89
        Resumen clínico: paciente femenino con [[HEALTH_CONDITION:artritis reumatoide]] seropositiva diagnosticada el
        [[DATE:8 de marzo de 2022]], con actividad alta (DAS28 5.6) pese a [[HEALTH_CONDITION:metotrexato]] 15 mg/sem +
        [[HEALTH_CONDITION:ácido fólico]]. Además [[HEALTH_CONDITION:hipotiroidismo]] en tx con
        [[HEALTH_CONDITION:levotiroxina]] 100 mcg y [[HEALTH_CONDITION:obesidad grado I]]. Cursa con
        [[HEALTH_CONDITION:sinovitis]] de carpos y MCF.
        Labs del [[DATE:04/06/2024]]: VSG 48, PCR 3.1 mg/dl, FR positivo, anti-CCP 180.
        Labora como intendente en la Secretaría de Educación Jalisco (núm. de empleado [[EMPLOYEE_NUMBER:SEJ-208841]]);
        lleva 21 días de incapacidad (ST-2 no aplica). Sindicato SNTE sección 16 solicitó copia.
        Se solicita valorar inicio de biológico ([[HEALTH_CONDITION:adalimumab]]) o [[HEALTH_CONDITION:leflunomida]].
        Contacto familiar: Sr. [[PERSON:Javier Ortega]] (esposo) [[PHONE_NUMBER:+52 1 33 2907 5518]]
        Médico familiar: Dra. [[PERSON:Rocío Alvarado Muñiz]], consultorio 7, turno vespertino
        Cita asignada: [[DATE:11 de julio de 2024]] (jueves), 08:40 h — traer carnet y estudios.
        """#,
        #"""
        Hjemmetjenesten Bydel Gamle Oslo — besøksliste sone 3, uke 11 ([[DATE:11.03.2024]]–[[DATE:17.03.2024]])
        Ansvarlig sykepleier: [[PERSON:Ingrid Solbakken]], tlf [[PHONE_NUMBER:915 42 870]]

        07:30  [[PERSON:Arne Kristoffersen]], [[STREET_ADDRESS:Tøyengata 41B, 0578 Oslo]], 3. etg
               (nøkkelboks, kode i Gerica). Fnr [[NATIONAL_ID:140237 41297]].
               [[HEALTH_CONDITION:Diabetes type 2]] — [[HEALTH_CONDITION:Insulatard]] 18 IE, blodsukker før frokost.
               Sårstell hø. legg ([[HEALTH_CONDITION:venøst leggsår]]) man/ons/fre.
        08:15  [[PERSON:Gunvor Haugen]] (f. [[DATE_OF_BIRTH:03.09.1941]]), [[STREET_ADDRESS:Hagegata 22, 0653 Oslo]]
               [[HEALTH_CONDITION:Demens]] ([[HEALTH_CONDITION:Alzheimer]]), multidose: [[HEALTH_CONDITION:Donepezil]],
               [[HEALTH_CONDITION:Paracet]]. OBS datter [[PERSON:Randi]] ringer ofte – [[PHONE_NUMBER:+47 482 19 633]].
               Ikke gi helseopplysninger uten samtykke fra [[PERSON:Gunvor]].
        09:00  [[PERSON:Tor Eivind Lunde]], [[STREET_ADDRESS:Platous gate 16, 0190 Oslo]]
               Operert for [[HEALTH_CONDITION:hoftebrudd]] [[DATE:26.02]];
               [[HEALTH_CONDITION:Fragmin]] sc, støttestrømper.
        10:00  Pause / dokumentasjon
        10:30  [[PERSON:Sahra Abdi Warsame]], [[STREET_ADDRESS:Grønlandsleiret 58, 0190 Oslo]]
               Tolk somali ([[PERSON:Hodan]]). [[HEALTH_CONDITION:KOLS]], oksygen 2 l/min.
               Fnr [[NATIONAL_ID:22064841460]]. Fastlege: dr. [[PERSON:Morten Aas]].
        11:15  [[PERSON:Olav]] i [[STREET_ADDRESS:Schweigaards gate 34C]] – kun tilsyn,
               ny etter [[HEALTH_CONDITION:hjerneslag]].
        Vikar denne uka: [[PERSON:Jonas Berg]] (ansattnr [[EMPLOYEE_NUMBER:700418]]) — kjører bil 4.
        Avvik meldes til [[EMAIL_ADDRESS:ingrid.solbakken@bga.oslo.kommune.no]] innen [[DATE:15. mars]].
        """#,
        #"""
        KENYA PRISONS SERVICE — NAIROBI REMAND & ALLOCATION PRISON, INDUSTRIAL AREA
        HEALTH SCREENING ON ADMISSION (Form KPS/MED/01)
        Date of admission: [[DATE:07/05/2024]]      Clinic file no.: [[MEDICAL_RECORD_NUMBER:NRAP/HC/24/0917]]
        Name: [[PERSON:OCHIENG Brian Otieno]]     Sex: M
        DOB: [[DATE_OF_BIRTH:15/11/1993]]   National ID No.: [[NATIONAL_ID:29841756]]
        NHIF No.: [[MEMBER_NUMBER:10458237]]
        Home address: [[STREET_ADDRESS:Laini Saba, Plot 114, off Kibera Drive, Nairobi]]
        Next of kin: [[PERSON:Mary Akinyi Ochieng]] (mother) — [[PHONE_NUMBER:0722 418 903]]
        Alt. contact: brother [[PERSON:Kevin Odhiambo]] [[PHONE_NUMBER:+254 711 305 628]]
        History:
        - Known [[HEALTH_CONDITION:HIV]] positive since [[DATE:12 Aug 2019]], on [[HEALTH_CONDITION:TLD]]
          from Kibera South Health Centre (CCC No. [[MEDICAL_RECORD_NUMBER:13939-04821]]) — last dose
          3 days ago, requests continuation
        - [[HEALTH_CONDITION:Pulmonary TB]] 2021, completed treatment
        - [[HEALTH_CONDITION:Epilepsy]] — on [[HEALTH_CONDITION:carbamazepine]] 200 mg bd, last fit "around Easter"
        - [[HEALTH_CONDITION:Laceration]] L forearm (at arrest on [[DATE:5/5/2024]]), 6 sutures, clean, no discharge
        Screening today: no cough, no night sweats, weight 61 kg. BP 128/82. RBS 5.8.
        Mental state: low mood, poor sleep. Denies suicidal thoughts.
        Uses [[HEALTH_CONDITION:cannabis]] daily (self-report).
        Plan: continue ART from prison stock; request transfer letter from CCC clinician Dr [[PERSON:Mutua]];
        Sgt [[PERSON:Wanjiru]] to call mother re: clinic card. Review by psychiatric nurse on [[DATE:10/05/2024]].
        Screened by: CO [[PERSON:Faith Chebet]] (Service No. [[EMPLOYEE_NUMBER:KPS 54127]])   Sign: ________
        """#,
        #"""
        District Mental Health Programme — Community Clinic, Jayanagar, Bengaluru
        INTAKE FORM (typed from handwritten notes by PSW)
        Date: [[DATE:22-08-2024]]     OPD Reg. No.: [[MEDICAL_RECORD_NUMBER:DMHP/BLR/24/05512]]
        Name: [[PERSON:Kavya Ramesh Iyer]]    Age/Sex: 34/F    DOB: [[DATE_OF_BIRTH:09-01-1990]]
        Aadhaar: [[NATIONAL_ID:4612 8735 9055]]   ESIC IP No.: [[MEMBER_NUMBER:5310487726]]
        Address: [[STREET_ADDRESS:No. 17, 2nd Cross, 4th Block, Jayanagar, Bengaluru 560011]]
        Mobile: [[PHONE_NUMBER:+91 98450 27713]]   Email: [[EMAIL_ADDRESS:kavya.iyer90@gmail.com]]
        Informant: husband Mr. [[PERSON:Ramesh Venkatesh]] ([[PHONE_NUMBER:080-2664 1190]], landline)
        Occupation: data entry operator, BBMP ward office (Emp ID [[EMPLOYEE_NUMBER:BBMP-W169-0482]])
        Presenting complaints (patient's words): "Mujhe neend nahi aati, sab kuch bekaar lagta hai, office mein
        ro padti hoon." Duration ~6 months, worse since [[HEALTH_CONDITION:miscarriage]] on [[DATE:3rd March 2024]].
        Past history: [[HEALTH_CONDITION:postpartum depression]] after first child,
        took [[HEALTH_CONDITION:sertraline]] for 8 months.
        Medical: [[HEALTH_CONDITION:hypothyroidism]] on [[HEALTH_CONDITION:Thyronorm]] 50 mcg. No alcohol or tobacco.
        Family history: mother — [[HEALTH_CONDITION:bipolar affective disorder]], treated at NIMHANS.
        MSE: depressed affect, psychomotor slowing, passive death wishes, no plan or attempt. Insight present.
        Provisional dx: [[HEALTH_CONDITION:Moderate depressive episode]] (F32.1)
        Plan: [[HEALTH_CONDITION:Escitalopram]] 10 mg HS; [[HEALTH_CONDITION:Clonazepam]] 0.25 mg SOS x 1 week.
        Review on [[DATE:05/09/2024]] with Dr. [[PERSON:S. Nagaraj]]. PSW [[PERSON:Deepa]] to call weekly.
        Leave certificate for 15 days issued from [[DATE:23.08.2024]] — pt requested diagnosis NOT be written.
        Tele-MANAS number and crisis plan given to [[PERSON:Kavya]] and husband.
        """#,
        #"""
        【連絡帳アプリより送信】[[DATE:2024年6月18日]] 11:42
        3年2組 [[PERSON:佐藤 陽菜]]さん（[[DATE_OF_BIRTH:平成27年9月3日]]生）の保護者 [[PERSON:佐藤 美和]]様

        いつもお世話になっております。横浜市立桜丘小学校、養護教諭の[[PERSON:中村]]です。
        本日3時間目の体育の授業中に、[[PERSON:陽菜]]さんが軽い[[HEALTH_CONDITION:ぜんそく]]発作を起こしました。
        保健室で持参の吸入薬（[[HEALTH_CONDITION:メプチン]]エアー）を使用し、20分ほどで落ち着きました。
        現在は教室に戻り、給食も食べています。
        今年度の保健調査票には[[HEALTH_CONDITION:気管支喘息]]と[[HEALTH_CONDITION:卵アレルギー]]の記載がありますが、
        吸入薬の予備を保健室でお預かりすることは可能でしょうか。
        また、[[DATE:6月25日]]（火）のプール開きまでに、学校生活管理指導表（主治医記入）をご提出ください。
        ご不明な点は保健室（[[PHONE_NUMBER:045-871-3304]]）または学校用メール [[EMAIL_ADDRESS:nakamura.k@edu.city.yokohama.jp]]
        までお願いいたします。担任の[[PERSON:高橋]]先生にも共有済みです。

        ――― 保護者からの返信（[[DATE:6/18]] 19:05）―――
        [[PERSON:中村]]先生
        ご連絡ありがとうございます。夕方かかりつけのみなみ小児科を受診し、[[HEALTH_CONDITION:シングレア]]が追加になりました。
        予備の吸入器は明日持たせます。日中は私の携帯がつながりにくいので、父（[[PERSON:佐藤 健太]]）の携帯
        [[PHONE_NUMBER:090-4417-2836]] にお願いします。
        転居しましたので住所の訂正もお願いします：[[STREET_ADDRESS:〒245-0018 横浜市泉区上飯田町1452-3 サンハイツ201]]
        健康保険証も変わりました（記号・番号 [[MEMBER_NUMBER:8190412・27]]）。
        [[PERSON:佐藤 美和]]
        """#,
        #"""
        PREFEITURA DO RECIFE — Secretaria de Saúde — Distrito Sanitário III
        UBS Alto do Mandu — Equipe de Saúde da Família 3
        FICHA DE REFERÊNCIA / CONTRARREFERÊNCIA            Data: [[DATE:02/04/2024]]
        Para: CAPS III David Capistrano
        Usuária: [[PERSON:Josefa Maria da Conceição Silva]]   Data de nasc.: [[DATE_OF_BIRTH:17/10/1979]]
        CPF: [[NATIONAL_ID:384.172.905-32]]   Cartão SUS (CNS): [[MEMBER_NUMBER:708 5031 2944 1803]]
        Prontuário família: [[MEDICAL_RECORD_NUMBER:4471/ESF3]]
        Endereço: [[STREET_ADDRESS:Rua Carlos Gomes, 218, casa B, Alto do Mandu, Recife - PE, 52071-080]]
        Telefone: [[PHONE_NUMBER:(81) 98834-1276]] (recado com a vizinha, Dona [[PERSON:Cida]])
        Mãe: [[PERSON:Antônia Maria da Conceição]]    ACS responsável: [[PERSON:Edileuza Santos]]
        Motivo do encaminhamento:
        Usuária com [[HEALTH_CONDITION:esquizofrenia paranoide]] (CID F20.0), sem acompanhamento há cerca de 5 meses.
        Suspendeu o [[HEALTH_CONDITION:decanoato de haloperidol]] por conta própria após a última aplicação
        em [[DATE:30/10/2023]]. Família relata alucinações auditivas, insônia e agressividade verbal com os filhos.
        Também [[HEALTH_CONDITION:hipertensão arterial]] descompensada (PA 170/100) e [[HEALTH_CONDITION:tabagismo]]
        pesado; usa [[HEALTH_CONDITION:losartana]] 50 mg de forma irregular. Teste rápido para
        [[HEALTH_CONDITION:sífilis]] reagente em [[DATE:15/03/2024]], tratada com
        [[HEALTH_CONDITION:penicilina benzatina]] (3 doses).
        Recebe Bolsa Família (NIS [[NATIONAL_ID:120.45837.91-4]]); o CRAS acompanha — técnica [[PERSON:Luana Freitas]].
        Solicito acolhimento e avaliação psiquiátrica com prioridade.
        Enf.ª [[PERSON:Cláudia Regina Mota]] — COREN-PE 284.117 — [[EMAIL_ADDRESS:esf3.altodomandu@recife.pe.gov.br]]
        Médico da equipe: Dr. [[PERSON:Thiago Albuquerque]]   Tel. UBS: [[PHONE_NUMBER:(81) 3355-1942]]
        """#,
        #"""
        HSE Occupational Health Service — Dublin North City
        CONFIDENTIAL — FITNESS FOR WORK REPORT
        To: Ms [[PERSON:Aoife Brennan]], Director of Nursing, Cabra Community Nursing Unit
        From: Dr [[PERSON:Niall Ó Súilleabháin]], Consultant Occupational Physician
        Date: [[DATE:18th January 2024]]
        Re: [[PERSON:Siobhán Ní Dhomhnaill]], Healthcare Assistant, Staff No. [[EMPLOYEE_NUMBER:10485527]]
        DOB [[DATE_OF_BIRTH:04/12/1981]]   PPSN [[NATIONAL_ID:6834127E]]
        OH ref. [[MEDICAL_RECORD_NUMBER:OHD-NC-23-2291]]
        Home: [[STREET_ADDRESS:14 Ratoath Avenue, Finglas, Dublin 11, D11 X2F7]]

        Thank you for referring [[PERSON:Siobhán]], whom I reviewed on [[DATE:16/01/2024]] with her consent.
        She has been absent since [[DATE:2 November 2023]] with a [[HEALTH_CONDITION:lumbar disc prolapse]] (L5/S1)
        and [[HEALTH_CONDITION:sciatica]]. She had a microdiscectomy at the Mater on [[DATE:29 Nov]] and is
        progressing well. She also reports [[HEALTH_CONDITION:anxiety]] related to the injury, for which her GP,
        Dr [[PERSON:Fergal Kinsella]], has prescribed [[HEALTH_CONDITION:sertraline]]; she is attending
        counselling through the EAP.
        Opinion:
        1. She is fit to return on a phased basis from [[DATE:Monday 29 January]]
           (4 hrs/day x 2 weeks, then 6, then full).
        2. No manual patient handling for 6 weeks; no night duty for 4 weeks.
        3. In my opinion her condition is likely to be covered by disability legislation; please consider adjustments.
        4. Review in this clinic in 6 weeks.
        Her union representative, Mr [[PERSON:Declan Moriarty]] (Fórsa, [[PHONE_NUMBER:087 226 4190]]),
        has asked for a copy; [[PERSON:Siobhán]] has agreed to this in writing.
        Contact: [[PHONE_NUMBER:(01) 882 6515]] | [[EMAIL_ADDRESS:ohs.dublinnorth@hse.ie]]
        """#,
        #"""
        SPITALUL CLINIC JUDEȚEAN DE URGENȚĂ CLUJ — Clinica Medicală I
        SCRISOARE MEDICALĂ          Nr. înregistrare 12744 / [[DATE:27.09.2024]]
        Către: dr. [[PERSON:Ioana Mureșan]], medic de familie
        Pacienta: [[PERSON:POP Maria-Elena]], CNP [[NATIONAL_ID:2680412123454]]
        Data nașterii: [[DATE_OF_BIRTH:12.04.1968]]
        Domiciliu: [[STREET_ADDRESS:Str. Observatorului nr. 34, bl. C2, ap. 18, Cluj-Napoca, jud. Cluj, 400363]]
        Telefon: [[PHONE_NUMBER:0744 518 296]]     Asigurată CAS Cluj (salariat)
        Nr. FO: [[MEDICAL_RECORD_NUMBER:FO 28814/2024]]
        Internare: [[DATE:19.09.2024]] – Externare: [[DATE:26.09.2024]]
        Diagnostice la externare:
         1. [[HEALTH_CONDITION:Ciroză hepatică]] de etiologie virală C, clasa Child-Pugh B
         2. [[HEALTH_CONDITION:Ascită]] moderată
         3. [[HEALTH_CONDITION:Varice esofagiene]] gr. II
         4. [[HEALTH_CONDITION:Diabet zaharat tip 2]] non-insulinonecesitant
        Anamneză: pacientă de 56 ani, profesoară, cu [[HEALTH_CONDITION:hepatită cronică C]] cunoscută din 2015,
        tratată cu [[HEALTH_CONDITION:sofosbuvir/velpatasvir]] (RVS obținut). Se internează pentru distensie
        abdominală și edeme.
        Tratament la externare: [[HEALTH_CONDITION:Spironolactonă]] 100 mg/zi, [[HEALTH_CONDITION:Furosemid]] 40 mg/zi,
        [[HEALTH_CONDITION:Propranolol]] 20 mg x 2/zi, [[HEALTH_CONDITION:Metformin]] 850 mg x 2/zi.
        Recomandări: regim hiposodat; control în clinică la [[DATE:25 octombrie 2024]];
        concediu medical cod 01 până la [[DATE:10.10.2024]] inclusiv.
        Soțul, dl. [[PERSON:Vasile Pop]], a fost informat telefonic ([[PHONE_NUMBER:+40 722 603 145]])
        cu acordul pacientei.
        Medic curant: Conf. dr. [[PERSON:Adrian Ciobanu]]     Medic rezident: dr. [[PERSON:Raluca Stan]]
        """#,
        #"""
        T.C. Aile ve Sosyal Hizmetler Bakanlığı — İzmir Kadın Konukevi
        SAĞLIK ÖN DEĞERLENDİRME FORMU            Giriş tarihi: [[DATE:08.02.2024]] saat 23:15
        Adı Soyadı: [[PERSON:Elif Kaya]] (kızlık soyadı: [[PERSON:Demir]])
        T.C. Kimlik No: [[NATIONAL_ID:38471529010]]    Doğum tarihi: [[DATE_OF_BIRTH:14 Mayıs 1991]]
        Beraberindeki çocuklar: [[PERSON:Yusuf]] (7 yaş), [[PERSON:Zeynep]] (d.t. [[DATE_OF_BIRTH:03.11.2020]])
        Önceki adres (GİZLİ — kimseye verilmeyecek):
        [[STREET_ADDRESS:Yunus Emre Mah. 6174 Sok. No: 12 D: 5, Bornova/İzmir]]
        Kendi telefonu: [[PHONE_NUMBER:0532 417 86 09]] (kapalı tutulacak)
        Güvenilir kişi: ablası [[PERSON:Hatice Yıldız]] — [[PHONE_NUMBER:0 (232) 388 14 52]]
        Sağlık durumu:
        - 22 haftalık [[HEALTH_CONDITION:gebelik]] (SAT [[DATE:12.09.2023]]), gebelik takibi yapılmamış
        - Sol ön kolda [[HEALTH_CONDITION:kırık]] (röntgenle doğrulandı, alçıda), sağ gözde [[HEALTH_CONDITION:ekimoz]]
        - [[HEALTH_CONDITION:Migren]] öyküsü, [[HEALTH_CONDITION:Parol]] kullanıyor
        - Uykusuzluk ve [[HEALTH_CONDITION:panik atak]]
        - [[PERSON:Yusuf]]: [[HEALTH_CONDITION:astım]], [[HEALTH_CONDITION:Ventolin]] inhaler gerekli.
        - [[PERSON:Zeynep]]: aşı kartı yok.
        Fail: eşi [[PERSON:Murat Kaya]]; 6284 sayılı Kanun kapsamında tedbir kararı [[DATE:09.02.2024]] tarihli.
        Psikolog görüşmesi: [[PERSON:Selin]] Hanım ile [[DATE:12 Şubat]] Pazartesi 10:00.
        Sosyal yardım ödemesi için hesap: [[IBAN_CODE:TR14 0001 2009 3480 0017 4293 06]]
        ([[PERSON:Elif]] Hanım adına, yeni açıldı)
        Formu dolduran: Sosyal çalışmacı [[PERSON:Burcu Aksoy]], sicil no [[EMPLOYEE_NUMBER:ASHB-35-11842]]
        """#,
        #"""
        GAUTENG DEPARTMENT OF HEALTH — Chiawelo Community Health Centre, Soweto
        REFERRAL LETTER                                   Date: [[DATE:2024/07/15]]
        To: The Medical Officer, Diabetic Clinic, Chris Hani Baragwanath Academic Hospital
        Patient: [[PERSON:Nomvula Precious Dlamini]]   ID no.: [[NATIONAL_ID:9107250124082]]
        DOB: [[DATE_OF_BIRTH:25 July 1991]]   Folder no.: [[MEDICAL_RECORD_NUMBER:CHW-0087441]]
        Address: [[STREET_ADDRESS:2718 Mahalefele Street, Chiawelo Ext 2, Soweto, 1818]]
        Cell: [[PHONE_NUMBER:072 418 3306]]
        Alt: mother, Mrs [[PERSON:Thandiwe Dlamini]], [[PHONE_NUMBER:011 984 2267]]

        Dear Colleague
        I am referring this 32-year-old lady, a general worker with the City of Johannesburg
        (staff no. [[EMPLOYEE_NUMBER:10073518]]), with [[HEALTH_CONDITION:type 1 diabetes]] since age 14, now with
        recurrent [[HEALTH_CONDITION:DKA]] — admitted to Bara on [[DATE:3 June 2024]] and again on [[DATE:28/06/2024]].
        She is [[HEALTH_CONDITION:HIV positive]], virally suppressed on [[HEALTH_CONDITION:TLD]] (VL lower than
        detectable on [[DATE:12/02/2024]]). Current meds: [[HEALTH_CONDITION:Actraphane]] 30/70 — 28 U mane, 16 U nocte;
        [[HEALTH_CONDITION:Enalapril]] 10 mg daily. HbA1c 12.4 %. She reports night-time hypos.
        [[HEALTH_CONDITION:Diabetic retinopathy]] (moderate NPDR) was noted at eye screening.
        Of importance, she is about 10 weeks [[HEALTH_CONDITION:pregnant]] (unplanned); please expedite the appointment,
        as [[HEALTH_CONDITION:enalapril]] must be changed — I have started [[HEALTH_CONDITION:methyldopa]] 250 mg tds
        today. Her employer wellness officer, Ms [[PERSON:Refilwe Mokoena]], has asked for a sick note from
        [[DATE:15 July]] to [[DATE:19 July]].
        Thank you.
        Dr [[PERSON:Sipho Mahlangu]], MO — [[PHONE_NUMBER:011 984 1509]]
        [[EMAIL_ADDRESS:sipho.mahlangu@gauteng.gov.za]]
        Sr [[PERSON:L. van der Merwe]], NIMART nurse
        """#,
        #"""
        MUNICIPAL HEALTH OFFICE — RURAL HEALTH UNIT I, Tanauan City, Batangas
        REFERRAL SLIP                                     Date: [[DATE:September 3, 2024]]
        Referred to: Batangas Medical Center — OB-Gyne Department
        Name of patient: [[PERSON:Maricel D. Villanueva]]   Age: 27   Sex: F
        Birthdate: [[DATE_OF_BIRTH:Feb. 14, 1997]]
        Address: [[STREET_ADDRESS:Purok 4, Brgy. Sambat, Tanauan City, Batangas 4232]]
        Contact no.: [[PHONE_NUMBER:0917 842 5516]]
        PhilHealth PIN: [[MEMBER_NUMBER:12-025487163-9]]   PhilSys No.: [[NATIONAL_ID:4218-7306-5591-2047]]
        Family Serial / Chart No.: [[MEDICAL_RECORD_NUMBER:RHU1-2024-03318]]
        Husband: [[PERSON:Jomar Villanueva]], tricycle driver — [[PHONE_NUMBER:0998 410 2287]]
        Chief complaint: G3P2, 34 weeks AOG, severe headache at pamamanas ng paa x 2 days.
        BP 160/110 sa RHU, repeat after 15 min 158/108. Urine protein +2. FHT 148.
        Impression: [[HEALTH_CONDITION:Pregnancy]] uterine, 34 wks;
                    [[HEALTH_CONDITION:Preeclampsia with severe features]]
        Meds given: [[HEALTH_CONDITION:Magnesium sulfate]] 4 g IV loading (10:20 AM),
                    [[HEALTH_CONDITION:Nifedipine]] 10 mg PO.
        OB hx: [[HEALTH_CONDITION:Gestational hypertension]] sa 2nd pregnancy (delivered via CS on [[DATE:2021-05-09]]).
        Also [[HEALTH_CONDITION:anemia]] — on [[HEALTH_CONDITION:ferrous sulfate]] since 1st trimester,
        hindi regular ang inom.
        Accompanied by: BHW Aling [[PERSON:Nena]] (Brgy. Sambat) and midwife [[PERSON:Rhea Mae Bautista]], RM
        Referring MD: [[PERSON:Jose Mari L. Castillo]], MD, MHO — [[PHONE_NUMBER:(043) 778-1420]]
        Pakibalik po ang return slip sa [[EMAIL_ADDRESS:rhu1tanauan@gmail.com]]. Salamat po!
        """#,
        #"""
        Perearstikeskus Lasnamäe Tervis OÜ                                  Tallinn, [[DATE:12.11.2024]]
        Tallinna Lasnamäe Linnaosa Valitsus, sotsiaalhoolekande osakond
        sotsiaaltöötaja [[PERSON:Kadri Tamm]] ([[EMAIL_ADDRESS:kadri.tamm@lasnamae.tallinnlv.ee]])

        ARSTITÕEND HOOLDUSVAJADUSE HINDAMISEKS
        Patsient: [[PERSON:Valentina Petrova]] ([[PERSON:Валентина Петрова]]), isikukood [[NATIONAL_ID:45308170270]]
        Sünniaeg: [[DATE_OF_BIRTH:17.08.1953]]
        Aadress: [[STREET_ADDRESS:Mustakivi tee 21-54, 13912 Tallinn]]
        Telefon: [[PHONE_NUMBER:+372 5391 4826]]; poeg [[PERSON:Dmitri Petrov]] [[PHONE_NUMBER:5628 1047]]
        Diagnoosid:
         - [[HEALTH_CONDITION:Parkinsoni tõbi]] (G20), diagnoositud [[DATE:05.03.2019]]
         - [[HEALTH_CONDITION:Kodade virvendus]] (I48), antikoagulant [[HEALTH_CONDITION:Xarelto]] 20 mg
         - [[HEALTH_CONDITION:Osteoporoos]], seisund pärast [[HEALTH_CONDITION:reieluukaela murdu]]
           ([[DATE:14. jaanuar 2023]])
         - [[HEALTH_CONDITION:Depressioon]], kasutab [[HEALTH_CONDITION:mirtasapiini]] 15 mg õhtul
        Lisaks: [[HEALTH_CONDITION:Madopar]] 125 mg x 3, [[HEALTH_CONDITION:alendronaat]] 70 mg kord nädalas.
        Patsient elab üksi 5. korrusel (lift puudub), kukkunud viimase kuu jooksul kaks korda,
        viimati [[DATE:2. novembril]].
        Vajab abi pesemisel, poes käimisel ja ravimite võtmisel; ravimikarp täidetakse praegu poja poolt.
        Soovitan koduteenust 3 x nädalas ja turvanuppu. Eesti keelt räägib vähe — suhtlus vene keeles.
        Пациентка просит, чтобы соцработник звонил сыну [[PERSON:Дмитрию]], а не ей.
        Lugupidamisega
        dr [[PERSON:Mart Kuusk]], perearst — [[PHONE_NUMBER:640 2219]]
        pereõde [[PERSON:Svetlana Ivanova]]
        """#,
        #"""
        [통역 메모 – 안산시 외국인주민지원본부 의료통역]
        일시: [[DATE:2024. 10. 7.]] (월) 14:00~15:10, 고려대 안산병원 재활의학과 외래
        통역사: [[PERSON:응우옌 티 란]] ([[PERSON:Nguyễn Thị Lan]])
        환자: [[PERSON:Trần Văn Hùng]] / [[PERSON:쩐 반 훙]], 남, [[DATE_OF_BIRTH:1990.03.14]]생
        외국인등록번호: [[NATIONAL_ID:900314-5183621]]   병원등록번호: [[MEDICAL_RECORD_NUMBER:10482771]]
        건강보험: 직장가입자, 건강보험증 번호 [[MEMBER_NUMBER:5-2048173651]]
        주소: [[STREET_ADDRESS:경기도 안산시 단원구 원곡로 45, 3층 302호]]
        연락처: [[PHONE_NUMBER:010-5821-7734]]   회사 담당자: [[PERSON:김민수]] 과장 [[PHONE_NUMBER:031-491-2280]]
        내용:
        - 주치의 [[PERSON:박정훈]] 교수 설명: [[DATE:9월 12일]] 공장 프레스 작업 중 [[HEALTH_CONDITION:우측 2·3수지 부분 절단]],
          접합 수술 후 재활 중. 산재 승인됨.
        - 환자 호소: "đau nhức ban đêm, không ngủ được" → 야간 통증, 불면.
        - 처방: [[HEALTH_CONDITION:가바펜틴]] 300mg 1일 3회, [[HEALTH_CONDITION:트라마돌]] 필요시.
        - 진단 추가: [[HEALTH_CONDITION:급성 스트레스 반응]] → 정신건강의학과 협진 의뢰 (환자 동의함).
        - 기저질환: [[HEALTH_CONDITION:B형 간염]] 보유자, [[HEALTH_CONDITION:테노포비르]] 복용 중 (베트남에서 처방받음).
        - 환자 아내 [[PERSON:Phạm Thị Hoa]] (베트남 거주) 연락처 [[PHONE_NUMBER:+84 912 447 308]] — 산재 서류 관련 요청.
        - 다음 진료: [[DATE:10월 21일]] 10:30. 통역 재요청함. [[PERSON:훙]] 씨가 휴업급여 지급일 문의 → 근로복지공단 안내.
        메모 작성: [[PERSON:응우옌 티 란]] / [[EMAIL_ADDRESS:lan.interp@ansan.go.kr]]
        """#,
        #"""
        NSW Health — Western Sydney LHD — Blacktown Community Mental Health Team
        TRANSFER OF CARE SUMMARY (to GP)                       Date: [[DATE:5/12/2024]]
        GP: Dr [[PERSON:Priya Raman]], Seven Hills Medical Practice — fax [[PHONE_NUMBER:(02) 9624 7781]]
        Consumer: [[PERSON:Jayden Michael Walker]]   DOB: [[DATE_OF_BIRTH:21/08/1999]]
        MRN: [[MEDICAL_RECORD_NUMBER:BLK2290417]]
        Medicare: [[MEMBER_NUMBER:2951 73045 2]]   NDIS participant no.: [[MEMBER_NUMBER:431 882 716]]
        Address: [[STREET_ADDRESS:Unit 7/34 Sunnyholt Road, Blacktown NSW 2148]]
        Mobile: [[PHONE_NUMBER:0412 558 903]]   NOK: [[PERSON:Leanne Walker]] (mum), [[PHONE_NUMBER:0438 771 204]]
        Diagnoses: [[HEALTH_CONDITION:First-episode psychosis]] — admitted to Cumberland Hospital
        [[DATE:14 March 2024]]; [[HEALTH_CONDITION:Cannabis use disorder]], in early remission.
        Medication: [[HEALTH_CONDITION:Aripiprazole]] LAI ([[HEALTH_CONDITION:Abilify Maintena]]) 400 mg monthly —
        last given [[DATE:28/11/2024]], next due [[DATE:26 Dec]]. Metabolic monitoring: weight 84 kg, BMI 26.
        Risk: low at transfer. Safety plan shared with [[PERSON:Jayden]] and his mum.
        Work: casual groundsman, Blacktown City Council (employee ID [[EMPLOYEE_NUMBER:BCC-08814]]), 3 days/week since
        [[DATE:2 September]].
        Early warning signs: poor sleep, stopping the gym, increased use of [[HEALTH_CONDITION:cannabis]].
        Case manager: [[PERSON:Tom Nguyen]], RN — [[PHONE_NUMBER:02 9881 8800]]
        [[EMAIL_ADDRESS:tom.nguyen2@health.nsw.gov.au]]
        Consultant psychiatrist: Dr [[PERSON:Helen O'Sullivan]]
        cc: [[PERSON:Jayden Walker]] (with consent)
        """#,
        #"""
        ROYAUME DU MAROC — Ministère de la Santé et de la Protection Sociale
        CHR Hassan II — Agadir — Service de Néphrologie
        COMPTE RENDU D'HOSPITALISATION                         Agadir, le [[DATE:21/03/2024]]
        Nom et prénom : [[PERSON:EL AMRANI Fatima Zahra]] / [[PERSON:فاطمة الزهراء العمراني]]
        Née le : [[DATE_OF_BIRTH:02/07/1972]] à Taroudant    CIN : [[NATIONAL_ID:JB248573]]
        N° d'entrée : [[MEDICAL_RECORD_NUMBER:24/NEPH/00713]]
        AMO-CNSS, n° d'immatriculation : [[MEMBER_NUMBER:118406735]]
        Adresse : [[STREET_ADDRESS:Hay Dakhla, Rue 12, N° 47, Agadir 80060]]
        Tél : [[PHONE_NUMBER:06 61 47 28 93]] — époux M. [[PERSON:Hassan Bouzid]] : [[PHONE_NUMBER:+212 6 70 31 84 02]]
        Motif : [[HEALTH_CONDITION:insuffisance rénale chronique terminale]]
        sur [[HEALTH_CONDITION:néphropathie diabétique]]
        Antécédents : [[HEALTH_CONDITION:diabète type 2]] depuis 2005, [[HEALTH_CONDITION:HTA]],
        [[HEALTH_CONDITION:cardiopathie ischémique]] (stent en 2019).
        Hospitalisée du [[DATE:11/03/2024]] au [[DATE:20/03/2024]] pour mise en hémodialyse ;
        FAV radio-céphalique gauche créée le [[DATE:14/03]].
        Traitement de sortie : [[HEALTH_CONDITION:Mixtard]] 20-0-14 UI, [[HEALTH_CONDITION:Amlodipine]] 10 mg,
        [[HEALTH_CONDITION:Érythropoïétine]] 4000 UI x 2/sem, [[HEALTH_CONDITION:Carbonate de calcium]] 1 g x 3.
        Dialyse : lundi/mercredi/vendredi au centre d'hémodialyse d'Inezgane à partir du [[DATE:25 mars 2024]].
        ملاحظة: المريضة تحتاج إلى شهادة طبية للتعاضدية (مرض مزمن)
        الاتصال بالسيدة [[PERSON:نادية]] في المصلحة الاجتماعية.
        Médecin traitant : Pr [[PERSON:Youssef Benjelloun]] — Résidente : Dr [[PERSON:Salma Idrissi]]
        """#,
    ]

    /// A forty-second set of everyday texts, written blind to DataGuard's rules.
    static let fortySecondEveryday: [String] = [
        #"""
        From: [[PERSON:Callum Fraser]] <[[EMAIL_ADDRESS:c.fraser@unisonglasgow.org.uk]]>
        To: HR Casework <[[EMAIL_ADDRESS:hrcasework@glasgow.gov.uk]]>
        Sent: Tue [[DATE:23/04/2024]] 16:52
        Subject: Member [[PERSON:M. McAllister]] — stage 2 absence meeting — reasonable adjustments

        Dear [[PERSON:Fiona]],

        I'm writing on behalf of our member [[PERSON:Morag McAllister]] (payroll no. [[EMPLOYEE_NUMBER:0041873]], UNISON
        membership no. [[MEMBER_NUMBER:1283074]]), home carer with Glasgow HSCP, North East locality.
        [[PERSON:Morag]] has been off since [[DATE:4th March]] with [[HEALTH_CONDITION:long COVID]] and a flare-up
        of her [[HEALTH_CONDITION:fibromyalgia]]. Her GP (Dr [[PERSON:Anand]], Parkhead Health Centre) has signed
        her off until [[DATE:6 May 2024]]. She is on [[HEALTH_CONDITION:pregabalin]] and
        [[HEALTH_CONDITION:amitriptyline]], which make early-morning driving unsafe.
        The stage 2 letter dated [[DATE:15 April]] went to her old address. Please update it to:
        [[STREET_ADDRESS:Flat 2/1
        47 Aberfoyle Street
        Glasgow
        G31 3RP]]
        We consider her condition a disability under the Equality Act 2010 and ask for an OH referral before any
        further stage, a phased return with no runs before 10am, and an Access to Work assessment.
        Separately, her April SSP went into her closed account. New details are on the payroll form (sort code 83-16-14,
        account [[US_BANK_ACCOUNT:11295738]]); her NI number for the SSP query is [[NATIONAL_ID:SN 48 27 61 C]].
        I'm available on Thursday [[DATE:2 May]] or Friday [[DATE:3 May]]; [[PERSON:Morag]]'s partner
        [[PERSON:Stuart]] will drive her.
        Mobile: [[PHONE_NUMBER:07712 408 551]]

        Kind regards,
        [[PERSON:Callum]]
        [[PERSON:Callum Fraser]] | Branch Welfare Officer | UNISON Glasgow City Branch | [[PHONE_NUMBER:0141 552 0113]]
        """#,
        #"""
        AYUNTAMIENTO DE SEVILLA — Servicio de Recursos Humanos
        Negociado de Nóminas y Seguridad Social                    Ref.: RRHH/LIC/2024/3381
        Sevilla, [[DATE:8 de mayo de 2024]]

        D.ª [[PERSON:Rocío Jiménez Castaño]]
        [[STREET_ADDRESS:C/ San Jacinto, 57, 3.º B
        41010 Sevilla]]
        DNI: [[NATIONAL_ID:47382915V]]   N.º de personal: [[EMPLOYEE_NUMBER:038215]]
        NAF: [[NATIONAL_ID:28/10438275/45]]
        Tel.: [[PHONE_NUMBER:654 328 917]]

        Asunto: riesgo durante el embarazo y cambio de domiciliación bancaria
        Estimada Sra. [[PERSON:Jiménez]]:
        En relación con su solicitud de [[DATE:23/04/2024]], y vistos el informe del Servicio de Prevención (Dra.
        [[PERSON:Marta Pineda]]) y el certificado que acredita su [[HEALTH_CONDITION:embarazo]] de 22 semanas con
        [[HEALTH_CONDITION:placenta previa]], se le reconoce la situación de riesgo durante el embarazo con
        efectos desde el [[DATE:29 de abril de 2024]]. La prestación será abonada por la mutua colaboradora
        (expediente RE-24-118047).
        A partir de la nómina de mayo, los haberes se ingresarán en la cuenta
        [[IBAN_CODE:ES41 2038 6041 7260 0041 2597]], de la que es cotitular con D. [[PERSON:Álvaro Romero Vidal]].
        Le informamos de que el tratamiento con [[HEALTH_CONDITION:progesterona]] indicado por su ginecóloga no requiere
        comunicación adicional a este Servicio.
        Para cualquier consulta puede dirigirse a [[PERSON:Inmaculada Ruiz]] ([[PHONE_NUMBER:955 47 12 86]],
        [[EMAIL_ADDRESS:nominas.rrhh@sevilla.org]]) de 9:00 a 14:00. A petición suya, se ha informado a su delegada
        sindical, [[PERSON:Carmen Ortega]].
        Atentamente,
        El Jefe de Servicio, [[PERSON:Francisco J. Morales Gil]]
        """#,
        #"""
        Podes reescrever este email de forma mais formal? Obrigada!!

        Olá Dr.ª [[PERSON:Helena Matos]],
        sou a [[PERSON:Ana Rita Figueiredo]], assistente técnica aqui na Junta de Freguesia de Campanhã
        (n.º mecanográfico [[EMPLOYEE_NUMBER:2217]]). no recibo de [[DATE:31/07/2024]] não aparece o subsídio
        de férias e o desconto da ADSE veio a dobrar?? os meus dados: NIF [[NATIONAL_ID:238415775]],
        NISS [[NATIONAL_ID:12048517330]], n.º ADSE [[MEMBER_NUMBER:013847726]].
        a conta do vencimento mudou há 2 meses, agora é [[IBAN_CODE:PT50 0033 0000 4528 9173 5625 2]] (Millennium).
        também estive de baixa de [[DATE:03/06/2024]] a [[DATE:14/06/2024]] por [[HEALTH_CONDITION:pneumonia]]
        (o CIT foi enviado pelo centro de saúde, médica de família Dr.ª [[PERSON:Sílvia Couto]]) mas
        descontaram-me os dias como faltas.
        outra coisa: paguei a consulta de psicologia do meu filho [[PERSON:Tomás]] com o cartão
        [[CREDIT_CARD:5276 1903 4481 7361]] e a ADSE ainda não reembolsou. o [[PERSON:Tomás]] tem
        [[HEALTH_CONDITION:autismo]] e [[HEALTH_CONDITION:PHDA]], toma [[HEALTH_CONDITION:Rubifen]], e recebo a
        bonificação por deficiência — isso conta?
        o meu marido, [[PERSON:Rui Figueiredo]], trabalha na Câmara do Porto, não sei se interfere.
        contactos: [[PHONE_NUMBER:912 447 083]] ou [[EMAIL_ADDRESS:anarita.figueiredo@jf-campanha.pt]]
        morada: [[STREET_ADDRESS:Rua de Pinto Bessa, 412, 2.º Esq., 4300-428 Porto]]
        obrigada, [[PERSON:Ana Rita]]
        """#,
        #"""
        [[DATE:12/3/24]], 08:02 - [[PERSON:Vero Quiroga]]: buen día!! alguien sabe algo de [[PERSON:marisa]]?
        ayer no vino
        [[DATE:12/3/24]], 08:05 - [[PERSON:Gustavo]] (ATE delegado): sí, está internada en el Posadas,
        [[HEALTH_CONDITION:dengue]] con signos de alarma 😔
        [[DATE:12/3/24]], 08:06 - [[PERSON:Vero Quiroga]]: nooo pobre. en qué sala?
        [[DATE:12/3/24]], 08:09 - [[PERSON:Gustavo]] (ATE delegado): clínica médica, cama 14.
        el marido es [[PERSON:Rubén]], cel [[PHONE_NUMBER:11 5834-2290]]
        [[DATE:12/3/24]], 08:10 - [[PERSON:Gustavo]] (ATE delegado): hay que llevar el certificado a Personal antes del
        viernes si no le descuentan los días
        [[DATE:12/3/24]], 08:15 - [[PERSON:Noe Paz]]: yo le llevo el formulario. pasame los datos
        [[DATE:12/3/24]], 08:21 - [[PERSON:Gustavo]] (ATE delegado): [[PERSON:Marisa Beatriz Ledesma]], DNI
        [[NATIONAL_ID:31.845.206]], CUIL [[NATIONAL_ID:27-31845206-2]], legajo [[EMPLOYEE_NUMBER:40127]]
        [[DATE:12/3/24]], 08:22 - [[PERSON:Gustavo]] (ATE delegado): IOMA afiliada n° [[MEMBER_NUMBER:2318452060/00]]
        [[DATE:12/3/24]], 08:23 - [[PERSON:Noe Paz]]: 👍 y domicilio? lo pide el formulario
        [[DATE:12/3/24]], 08:25 - [[PERSON:Gustavo]] (ATE delegado):
        [[STREET_ADDRESS:Pasaje Los Aromos 1843, Castelar (1712)]]
        [[DATE:12/3/24]], 08:31 - [[PERSON:Vero Quiroga]]: che y la colecta para los chicos? les paso el CBU
        de mi cuenta
        [[DATE:12/3/24]], 08:31 - [[PERSON:Vero Quiroga]]: [[US_BANK_ACCOUNT:0110599540000041582367]]
        [[DATE:12/3/24]], 08:33 - [[PERSON:Lucho]]: mando 5 lucas. [[PERSON:vero]] a nombre de quién sale?
        [[DATE:12/3/24]], 08:34 - [[PERSON:Vero Quiroga]]: [[PERSON:Verónica Quiroga]], Banco Nación
        [[DATE:13/3/24]], 19:47 - [[PERSON:Gustavo]] (ATE delegado): actualización: [[PERSON:Marisa]] mejor, plaquetas
        subiendo. como tiene [[HEALTH_CONDITION:asma]] la dejan en observación hasta el [[DATE:15/3]]
        [[DATE:13/3/24]], 19:48 - [[PERSON:Gustavo]] (ATE delegado): <Multimedia omitido>
        [[DATE:13/3/24]], 19:52 - [[PERSON:noe paz]]: gracias [[PERSON:gus]]!! el certificado lo firmó
        la dra [[PERSON:Benítez]]
        """#,
        #"""
        Resúmeme esto en 5 viñetas para el comité de vivienda, por fa:

        SECRETARÍA DISTRITAL DEL HÁBITAT — BOGOTÁ D.C.
        Formulario de postulación — Subsidio Distrital de Vivienda (Mi Ahorro Mi Hogar)
        Radicado: 1-2024-18473              Fecha de radicación: [[DATE:15/02/2024]]
        Jefe de hogar: [[PERSON:Yeimy Alejandra Rincón Patiño]]
        C.C. [[NATIONAL_ID:1.023.874.512]] de Bogotá     Fecha de nacimiento: [[DATE_OF_BIRTH:9 de octubre de 1989]]
        Dirección actual (arriendo): [[STREET_ADDRESS:Calle 48 Sur # 88C-17, Barrio Patio Bonito, Kennedy, Bogotá]]
        Celular: [[PHONE_NUMBER:310 482 7716]]   Fijo: [[PHONE_NUMBER:(601) 452 3381]]
        Correo: [[EMAIL_ADDRESS:yeimy.rincon89@outlook.com]]
        Grupo familiar:
         - [[PERSON:Jhon Fredy Cárdenas Mora]], compañero permanente, C.C. [[NATIONAL_ID:80.194.337]], conductor SITP
         - [[PERSON:Sara Valentina Cárdenas Rincón]], hija, T.I. [[NATIONAL_ID:1.013.598.204]],
           nac. [[DATE_OF_BIRTH:22/01/2012]]
         - [[PERSON:Samuel Cárdenas Rincón]], hijo, R.C. [[NATIONAL_ID:1.030.287.119]],
           nac. [[DATE_OF_BIRTH:03/06/2019]], con [[HEALTH_CONDITION:parálisis cerebral]] y
           [[HEALTH_CONDITION:epilepsia]] ([[HEALTH_CONDITION:ácido valproico]])
         - [[PERSON:Gloria Patiño]], madre, 67 años, con [[HEALTH_CONDITION:EPOC]] y oxígeno domiciliario
        Condiciones especiales: hogar con persona con [[HEALTH_CONDITION:discapacidad]] (certificado RLCPD del
        [[DATE:02/11/2023]]), madre cabeza de familia, víctima de desplazamiento.
        EPS: Capital Salud, régimen subsidiado, afiliada n.° [[MEMBER_NUMBER:CS-1023874512-01]]
        Ahorro programado: Banco Caja Social, cuenta de ahorros n.° [[US_BANK_ACCOUNT:24049817735]], saldo $ 4.200.000
        Ingresos del hogar: $ 2.900.000 ([[PERSON:Yeimy]], auxiliar de servicios generales en la Subred Sur Occidente,
        y [[PERSON:Jhon Fredy]]).
        Observación de la funcionaria ([[PERSON:Paola Andrea Suárez]]): documentos completos, salvo
        certificado de la EPS de [[PERSON:Samuel]]. Visita domiciliaria programada para el [[DATE:4 de marzo]].
        """#,
        #"""
        [[DATE:3.10.2024]] 9.12  [[PERSON:Laura Virtanen]]
        Moi! [[PERSON:Mikko Korhosen]] sairauslomatodistus tuli eilen, kuka käsittelee? Mä oon huomenna koulutuksessa
        [[DATE:3.10.2024]] 9.14  [[PERSON:Jussi Heikkinen]]
        Mä voin ottaa. Laita tiedot tähän niin kirjaan Sarastiaan
        [[DATE:3.10.2024]] 9.20  [[PERSON:Laura Virtanen]]
        [[PERSON:Mikko Korhonen]], hetu [[NATIONAL_ID:170386-428C]], henkilöstönumero [[EMPLOYEE_NUMBER:552381]]
        sairausloma [[DATE:2.10.]]–[[DATE:20.10.2024]], diagnoosi S83.5
        ([[HEALTH_CONDITION:polven ristisiteen repeämä]]), leikattu Töölön sairaalassa
        [[DATE:3.10.2024]] 9.21  [[PERSON:Laura Virtanen]]
        palkka menee tilille [[IBAN_CODE:FI44 1572 3000 1843 77]] jos tarvitset Kelan päivärahahakemukseen
        [[DATE:3.10.2024]] 9.25  [[PERSON:Jussi Heikkinen]]
        kiitti 👍 oliko hällä muutakin? muistaakseni [[HEALTH_CONDITION:diabetes]]?
        [[DATE:3.10.2024]] 9.26  [[PERSON:Laura Virtanen]]
        joo tyypin 1, [[HEALTH_CONDITION:insuliini]] pumpulla, mutta ei liity tähän.
        Työterveyslääkäri [[PERSON:Sanna Mäkelä]] arvioi paluun. [[PERSON:Mikon]] puhelin [[PHONE_NUMBER:040 718 2934]],
        osoite [[STREET_ADDRESS:Vellamonkatu 14 B 22, 00550 Helsinki]]
        [[DATE:3.10.2024]] 9.31  [[PERSON:Jussi Heikkinen]]
        ok. [[PERSON:mikko]] soitti muuten mulle just, sanoi että vaimo [[PERSON:Riikka]] tuo paperit ma [[DATE:7.10.]]
        [[DATE:3.10.2024]] 9.33  [[PERSON:Laura Virtanen]]
        👍 ja poista nää tiedot täältä kun oot kirjannut, tää kanava ei oo tietosuojan kannalta ok 😅
        [[DATE:4.10.2024]] 8.02  [[PERSON:Jussi Heikkinen]]
        poistettu ja kirjattu. sijaiseksi [[PERSON:Aino Lehtinen]] ([[EMAIL_ADDRESS:aino.lehtinen@hel.fi]])
        [[DATE:21.10.]] asti
        """#,
        #"""
        Tárgy: Ápolási díj iránti kérelem – hiánypótlás (ügyszám: BP/07/00418-3/2024)

        Tisztelt [[PERSON:Kovácsné Szabó Erika]] ügyintéző!

        A [[DATE:2024. május 28.]] napján kelt hiánypótlási felhívásukra megküldöm a kért adatokat.
        Kérelmező (ápoló): [[PERSON:Tóth Gáborné]], szül. [[PERSON:Nagy Ildikó]]
        Születési idő: [[DATE_OF_BIRTH:1969. 11. 02.]]   TAJ: [[NATIONAL_ID:038 124 769]]
        Adóazonosító jel: [[NATIONAL_ID:8375600377]]
        Lakcím: [[STREET_ADDRESS:1089 Budapest, Orczy út 27. II. em. 9.]]
        Telefon: [[PHONE_NUMBER:+36 30 418 2276]]   E-mail: [[EMAIL_ADDRESS:tothne.ildiko@freemail.hu]]
        Ápolt: [[PERSON:Tóth Bence]] (fiam), szül. [[DATE_OF_BIRTH:2006. március 14.]], TAJ: [[NATIONAL_ID:116 052 399]]
        [[PERSON:Bence]] [[HEALTH_CONDITION:Down-szindrómás]], emellett [[HEALTH_CONDITION:epilepszia]] miatt
        [[HEALTH_CONDITION:Depakine Chrono]] szed, és [[HEALTH_CONDITION:veleszületett szívfejlődési rendellenesség]]
        miatt gondozzák a Bethesda Gyermekkórházban.
        A szakorvosi igazolást dr. [[PERSON:Horváth Péter]] gyermekneurológus állította ki [[DATE:2024.06.03]]-án,
        mellékelem.
        Az ápolási díjat kérem a [[IBAN_CODE:HU77 1091 8001 0000 0068 4127 0000]] számú számlára utalni
        (számlatulajdonos: [[PERSON:Tóth Gáborné]]).
        Munkahelyem: Józsefvárosi Önkormányzat, konyhai kisegítő, törzsszám [[EMPLOYEE_NUMBER:JVO-1187]] — a munkaidőmet
        [[DATE:július 1]]-jétől heti 30 órára csökkentem. Férjem, [[PERSON:Tóth Gábor]], rokkantsági ellátásban részesül
        ([[HEALTH_CONDITION:sclerosis multiplex]]), ezért ő nem tudja vállalni az ápolást.
        Tisztelettel:
        [[PERSON:Tóth Gáborné]]
        Budapest, [[DATE:2024. június 10.]]
        """#,
        #"""
        Зроби, будь ласка, короткий виклад цієї довідки для судді (3–4 речення):

        ДОВІДКА секретаря судового засідання
        Шевченківський районний суд м. Києва, справа № 761/18842/24, провадження № 2/761/6120/24
        Дата складання: [[DATE:14.08.2024]]
        Позивач: [[PERSON:Коваленко Оксана Петрівна]], [[DATE_OF_BIRTH:09.04.1986]] р.н.,
        РНОКПП [[NATIONAL_ID:3151002842]], тел. [[PHONE_NUMBER:+380 67 418 2290]],
        адреса: [[STREET_ADDRESS:вул. Богдана Хмельницького, 58, кв. 112, м. Київ, 01054]]
        Відповідач: [[PERSON:Коваленко Андрій Миколайович]], РНОКПП [[NATIONAL_ID:3070315372]], паспорт (ID-картка)
        № [[NATIONAL_ID:004518732]], зареєстрований: [[STREET_ADDRESS:просп. Берестейський, 37, кв. 5, м. Київ, 03057]]
        Предмет: стягнення аліментів на утримання дитини [[PERSON:Коваленко Софії Андріївни]],
        [[DATE_OF_BIRTH:21.11.2017]] р.н.
        1. [[DATE:12.08.2024]] від позивачки надійшло клопотання про розгляд справи без її участі у зв'язку з лікуванням
           [[HEALTH_CONDITION:раку молочної залози]] (довідка КНП «Київський міський клінічний онкологічний центр» від
           [[DATE:02.08.2024]], мед. карта № [[MEDICAL_RECORD_NUMBER:24-07713]]).
        2. Відповідач проходить військову службу; повістку направлено на e-mail [[EMAIL_ADDRESS:a.kovalenko86@ukr.net]].
        3. Представник позивачки — адвокат [[PERSON:Мельник І.В.]], [[EMAIL_ADDRESS:melnyk.advokat@ukr.net]],
           [[PHONE_NUMBER:(044) 235-17-90]].
        4. Реквізити для сплати аліментів: [[IBAN_CODE:UA65 3052 9900 0002 6208 7361 0459 2]], отримувач
           [[PERSON:Коваленко О.П.]]
        5. Бабуся дитини, [[PERSON:Ніна Степанівна Гнатюк]] (тел. [[PHONE_NUMBER:050 771 38 04]]), просить допустити її
           як третю особу; має [[HEALTH_CONDITION:інвалідність II групи]].
        Наступне засідання: [[DATE:19 вересня 2024 року]] о 10:00, зала 14.
        Секретар с/з [[PERSON:Ткаченко Ю.С.]]
        """#,
        #"""
        Can you translate this to English for my supervisor? thanks

        עיריית חיפה — אגף הכנסות, מחלקת הנחות בארנונה
        בקשה להנחה בארנונה — נכות / מבחן הכנסה
        תאריך הגשה: [[DATE:18/07/2024]]
        שם המבקשת: [[PERSON:רחל לוי-אברהם]]    ת.ז.: [[NATIONAL_ID:031847262]]
        תאריך לידה: [[DATE_OF_BIRTH:02.05.1957]]
        כתובת הנכס: [[STREET_ADDRESS:רחוב הרצל 112, דירה 7, חיפה 3303917]]
        טלפון: [[PHONE_NUMBER:04-862 1937]]    נייד: [[PHONE_NUMBER:052-418-3307]]
        דוא"ל: [[EMAIL_ADDRESS:rachel.levi.avraham@walla.co.il]]
        בן זוג: [[PERSON:משה אברהם]], ת.ז. [[NATIONAL_ID:205718398]], תאריך לידה [[DATE_OF_BIRTH:11/12/1954]]
        סיבת הבקשה: נכות רפואית 75% מביטוח לאומי — [[HEALTH_CONDITION:טרשת נפוצה]], מתניידת בכיסא גלגלים.
        בן הזוג — [[HEALTH_CONDITION:אי ספיקת לב]], לאחר צנתור ב-[[DATE:3.1.2024]],
        מטופל ב[[HEALTH_CONDITION:אליקוויס]].
        מצורף אישור ביטוח לאומי על קצבת נכות כללית מיום [[DATE:01/03/2022]].
        החזר יבוצע לחשבון: [[IBAN_CODE:IL28 0126 9000 0004 8152 630]] (בנק הפועלים, סניף 690)
        מטפלת סיעודית: [[PERSON:Maria Santos Reyes]], דרכון פיליפיני [[NATIONAL_ID:P4827163B]]
        טל' המטפלת: [[PHONE_NUMBER:053-771-2408]]
        הערת הפקידה ([[PERSON:אורית כהן]], מס' עובד [[EMPLOYEE_NUMBER:77412]]): חסר תלוש פנסיה של מר [[PERSON:אברהם]]
        לחודשים אפריל–יוני. לשלוח מכתב השלמה עד [[DATE:15.8.2024]].
        """#,
        #"""
        Voice message transcript (auto-generated) — from "Auntie [[PERSON:Efua]] GES" — [[DATE:27/05/2024]] 18:43

        "Hello [[PERSON:Kwabena]], good evening. It's me, [[PERSON:Efua]], [[PERSON:Efua Asante]] from the district
        office. Eh, I'm calling about Mr [[PERSON:Agyemang]], the headmaster at Asokwa M/A Basic. You know he had a
        [[HEALTH_CONDITION:stroke]] on the [[DATE:9th of May]], eh? He's now at Komfo Anokye, the folder number is
        [[MEDICAL_RECORD_NUMBER:KATH/24/118734]]. His wife, Auntie [[PERSON:Akosua]], called me this afternoon. She says
        Controller has not paid his May salary at all. His staff ID is [[EMPLOYEE_NUMBER:284117]], and the SSNIT number
        is [[MEMBER_NUMBER:C018305210017]]... and the Ghana Card is [[NATIONAL_ID:GHA-718204533-6]]. Write it down oo.
        So please, when you go to the GNAT office tomorrow, ask for Madam [[PERSON:Owusu]], give her his membership
        number, it's [[MEMBER_NUMBER:GNAT/ASH/04417]]. They have the welfare fund for this kind of thing.
        He is also [[HEALTH_CONDITION:diabetic]], and the [[HEALTH_CONDITION:hypertension]] medicine, the
        [[HEALTH_CONDITION:nifedipine]] and the [[HEALTH_CONDITION:metformin]], they said NHIS doesn't cover the brand
        he's using. His NHIS number is [[MEMBER_NUMBER:48120573]]. [[PERSON:Akosua]] paid the CT scan with his card, the
        [[CREDIT_CARD:4012 8831 0647 2159]], and now it's maxed out, hmm.
        [[PERSON:Akosua]]'s number is [[PHONE_NUMBER:024 418 3390]], or the other one, [[PHONE_NUMBER:0552 771 046]].
        The house is [[STREET_ADDRESS:Plot 14, Block C, Asokwa, Kumasi]], near the Methodist church, if you want
        to pass. Okay. Call me back. Bye bye. ... Eh, [[PERSON:Kwabena]], one more thing — the meeting is
        Thursday, [[DATE:30th May]], not Friday. And tell [[PERSON:Yaw]] to bring the attendance sheets. Okay, bye."
        """#,
        #"""
        Boleh tolong semak kenapa fail ni kena reject masa upload ke HRMIS? Rasanya format tarikh salah. Terima kasih!

        --- pekerja.csv ---
        no_pekerja,nama,no_kp
        [[EMPLOYEE_NUMBER:MBSA-04418]],[[PERSON:Nur Aisyah binti Hamzah]],[[NATIONAL_ID:900514-10-5524]]
        [[EMPLOYEE_NUMBER:MBSA-05127]],[[PERSON:Muthu a/l Ramasamy]],[[NATIONAL_ID:781102-08-6317]]
        [[EMPLOYEE_NUMBER:MBSA-06390]],[[PERSON:Tan Mei Ling]],[[NATIONAL_ID:850917-14-5098]]
        [[EMPLOYEE_NUMBER:MBSA-07712]],[[PERSON:Mohd Faizal bin Ismail]],[[NATIONAL_ID:930228-01-6655]]
        --- caruman.csv ---
        no_pekerja,no_kwsp,no_akaun_bank
        [[EMPLOYEE_NUMBER:MBSA-04418]],[[MEMBER_NUMBER:19847723]],[[US_BANK_ACCOUNT:164022318845]]
        [[EMPLOYEE_NUMBER:MBSA-05127]],[[MEMBER_NUMBER:14026695]],[[US_BANK_ACCOUNT:7062117439]]
        [[EMPLOYEE_NUMBER:MBSA-06390]],[[MEMBER_NUMBER:20418836]],[[US_BANK_ACCOUNT:8008412265]]
        --- cuti_sakit.csv ---
        no_pekerja,mula,tamat,sebab
        [[EMPLOYEE_NUMBER:MBSA-05127]],[[DATE:2024-08-05]],[[DATE:14/08/2024]],[[HEALTH_CONDITION:Denggi]]
        [[EMPLOYEE_NUMBER:MBSA-07712]],[[DATE:2024-08-19]],[[DATE:2024-08-23]],[[HEALTH_CONDITION:Gout]]

        Kalau ada soalan boleh call saya [[PHONE_NUMBER:03-5510 2244]] samb. 318
        atau WhatsApp [[PHONE_NUMBER:+60 12-418 7736]].
        [[PERSON:Siti Hajar]], Unit Gaji, Majlis Bandaraya Shah Alam — [[EMAIL_ADDRESS:sitihajar.gaji@mbsa.gov.my]]
        """#,
        #"""
        Dịch sang tiếng Anh giúp mình đơn này nhé, gửi cho bên tư vấn thiết kế nước ngoài:

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc
        ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP SỬA CHỮA, CẢI TẠO NHÀ Ở
        Kính gửi: UBND quận Hai Bà Trưng, TP. Hà Nội
        1. Chủ hộ: ông [[PERSON:Nguyễn Văn Thành]]     Sinh ngày: [[DATE_OF_BIRTH:12/08/1964]]
           Số CCCD: [[NATIONAL_ID:001064018273]], cấp ngày [[DATE:25/04/2021]] tại Cục CS QLHC về TTXH
           Địa chỉ thường trú:
           [[STREET_ADDRESS:Số 18, ngõ 42 phố Lò Đúc, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội]]
           Điện thoại: [[PHONE_NUMBER:0983 215 604]]   Email: [[EMAIL_ADDRESS:thanhnv64@gmail.com]]
        2. Địa điểm công trình: như trên; thửa đất số 117, tờ bản đồ số 24.
        3. Nội dung: cải tạo tầng 1, lắp thang nâng, mở rộng nhà vệ sinh cho người khuyết tật.
           Lý do: vợ tôi là bà [[PERSON:Lê Thị Minh Hằng]] (sinh [[DATE_OF_BIRTH:03/02/1967]],
           CCCD [[NATIONAL_ID:001167029584]]) bị [[HEALTH_CONDITION:tai biến mạch máu não]] ngày [[DATE:17/11/2023]],
           hiện [[HEALTH_CONDITION:liệt nửa người phải]], đang điều trị ngoại trú tại Bệnh viện Bạch Mai
           (mã bệnh nhân [[MEDICAL_RECORD_NUMBER:2311047718]]).
           Con trai tôi, anh [[PERSON:Nguyễn Minh Quân]], sẽ là người liên hệ khi tôi vắng:
           [[PHONE_NUMBER:+84 904 318 227]].
        4. Đơn vị thiết kế: Công ty TNHH Kiến trúc An Phú — chủ nhiệm thiết kế KTS [[PERSON:Trần Quốc Bảo]],
           ĐT [[PHONE_NUMBER:024 3971 8825]]
        5. Thời gian thi công dự kiến: từ [[DATE:01/07/2024]] đến [[DATE:30/08/2024]].
        Tôi cam kết thực hiện đúng giấy phép và chịu trách nhiệm trước pháp luật.
                                                   Hà Nội, ngày [[DATE:05 tháng 6 năm 2024]]
                                                   Người làm đơn
                                                   [[PERSON:Nguyễn Văn Thành]]
        Cán bộ tiếp nhận (bộ phận một cửa): [[PERSON:Đỗ Thu Trang]], mã cán bộ [[EMPLOYEE_NUMBER:HBT-1C-0217]]
        """#,
        #"""
        #it-helpdesk — exported [[DATE:2024-09-18]] (Wellington City Council Slack)
        [[DATE:2024-09-17]] 08:47  [[PERSON:Aroha Tipene]]: kia ora team, locked out of the payroll portal again 😩
                                   staff no. [[EMPLOYEE_NUMBER:WCC204417]]
        [[DATE:2024-09-17]] 08:52  [[PERSON:Ben Whitfield]]: mōrena [[PERSON:aroha]] — I can see 5 failed logins
                                   from [[IP_ADDRESS:203.97.114.28]] and one from
                                   [[IP_ADDRESS:2404:4408:6c2f:1200::3b]]. second one you?
        [[DATE:2024-09-17]] 08:55  [[PERSON:Aroha Tipene]]: the ipv6 one is my home fibre yeah. the 203 one isn't me!!
                                   i'm on sick leave since fri, had surgery for [[HEALTH_CONDITION:gallstones]]
        [[DATE:2024-09-17]] 09:02  [[PERSON:Ben Whitfield]]: ok that's concerning. resetting now + forcing MFA
        [[DATE:2024-09-17]] 09:03  [[PERSON:Ben Whitfield]]: I need to verify you — pls DON'T paste your IRD
                                   number here, just DM me the last 3 digits
        [[DATE:2024-09-17]] 09:05  [[PERSON:Aroha Tipene]]: oops too late it's [[NATIONAL_ID:113-472-693]] 🙈
                                   and DOB [[DATE_OF_BIRTH:04/02/1988]] if you need it
        [[DATE:2024-09-17]] 09:06  [[PERSON:Ben Whitfield]]: 🤦 deleting after. flagging to [[PERSON:Sione]] in security
        [[DATE:2024-09-17]] 09:20  [[PERSON:Sione Fifita]]: saw it. same [[IP_ADDRESS:203.97.114.28]] also hit
                                   [[PERSON:Grant McKenzie]]'s mailbox overnight
        [[DATE:2024-09-17]] 09:22  [[PERSON:Sione Fifita]]: [[PERSON:grant]] can you check nobody changed
                                   your bank acct?
        [[DATE:2024-09-17]] 09:31  [[PERSON:Grant McKenzie]]: just checked — someone changed my pay account to
                                   [[US_BANK_ACCOUNT:12-3140-0718265-00]] on Sunday!! and my council purchase card
                                   [[CREDIT_CARD:4532 0188 7406 5122]] has 3 charges I didn't make
        [[DATE:2024-09-17]] 09:33  [[PERSON:Sione Fifita]]: 😬 INC-2291 opened. [[PERSON:Ben]] pls pull VPN logs for
                                   [[IP_ADDRESS:10.42.8.117]] and [[IP_ADDRESS:10.42.8.118]] too. [[PERSON:Grant]], call
                                   Westpac fraud on [[PHONE_NUMBER:0800 355 912]] now
        [[DATE:2024-09-17]] 09:40  [[PERSON:Aroha Tipene]]: should I tell [[PERSON:Mereana]] in payroll? her ext is 4412
        [[DATE:2024-09-17]] 09:41  [[PERSON:Sione Fifita]]: I'll email her —
                                   [[EMAIL_ADDRESS:mereana.walker@wcc.govt.nz]]
        """#,
        #"""
        من فضلك اكتب لي ردًا رسميًا مختصرًا على هذا الطلب باسم شؤون العاملين:

        السيد الأستاذ/ مدير شؤون العاملين — مديرية التربية والتعليم بالجيزة
        مقدمة الطلب: [[PERSON:منى عبد الرحمن السيد]]
        الوظيفة: معلمة أول لغة عربية — مدرسة الهرم الرسمية للغات — رقم الملف الوظيفي: [[EMPLOYEE_NUMBER:٤٥٨٢١٧]]
        الرقم القومي: [[NATIONAL_ID:28503152101846]]     تاريخ الميلاد: [[DATE_OF_BIRTH:15/3/1985]]
        الرقم التأميني: [[MEMBER_NUMBER:1047821593]]   عضوية نقابة المهن التعليمية رقم [[MEMBER_NUMBER:٣٣٠٩٨٧١]]
        العنوان: [[STREET_ADDRESS:١٢ شارع المنشية، متفرع من شارع الهرم، الطالبية، الجيزة]]
        الهاتف: [[PHONE_NUMBER:01002348175]]
        الموضوع: طلب إجازة مرضية استثنائية
        تحية طيبة وبعد،
        أتقدم بطلب إجازة مرضية استثنائية لمدة ستة أشهر اعتبارًا من [[DATE:١ سبتمبر ٢٠٢٤]]
        بسبب إصابتي بـ[[HEALTH_CONDITION:سرطان الثدي]]،
        وذلك لتلقي العلاج بـ[[HEALTH_CONDITION:دوكسوروبيسين]] و[[HEALTH_CONDITION:تاموكسيفين]] بمعهد الأورام القومي
        (رقم الملف [[MEDICAL_RECORD_NUMBER:٢٠٢٤/٧٧١٣٨]])، وفقًا لقرار القومسيون الطبي بتاريخ [[DATE:2024/08/20]].
        كما أعاني من [[HEALTH_CONDITION:السكري]] وأتناول [[HEALTH_CONDITION:ميتفورمين]].
        يُرجى صرف الراتب على حسابي: [[IBAN_CODE:EG27 0003 0002 1200 0011 8427 6501 3]]
        للتواصل في حال تعذر الوصول إليّ: زوجي الأستاذ [[PERSON:أحمد حسن محمود]]، هاتف [[PHONE_NUMBER:+20 122 418 3390]]
        وتفضلوا بقبول فائق الاحترام،
        مقدمة الطلب: [[PERSON:منى عبد الرحمن]]
        التاريخ: [[DATE:٢٥ أغسطس ٢٠٢٤]]
        """#,
        #"""
        寄件者：[[PERSON:陳怡君]] <[[EMAIL_ADDRESS:yichun.chen@mail.taipei.gov.tw]]>
        日期：[[DATE:2024年11月4日]] 星期一 下午 3:12
        收件者：人事室 [[PERSON:林志豪]] 先生 <[[EMAIL_ADDRESS:chihhao.lin@mail.taipei.gov.tw]]>
        主旨：同仁[[PERSON:黃柏翰]]育嬰留職停薪申請補件

        [[PERSON:志豪]]您好：
        本科同仁[[PERSON:黃柏翰]]（員工編號 [[EMPLOYEE_NUMBER:A1130582]]）申請自[[DATE:113年12月1日]]起育嬰留職停薪六個月，
        補附資料如下：
        身分證字號：[[NATIONAL_ID:F126390470]]      出生日期：[[DATE_OF_BIRTH:民國77年6月9日]]
        子女：[[PERSON:黃語彤]]，出生日期 [[DATE_OF_BIRTH:2024/09/18]]
        配偶：[[PERSON:李佩珊]]，身分證字號 [[NATIONAL_ID:A225831406]]（任職新北市立聯合醫院）
        戶籍地址：[[STREET_ADDRESS:臺北市大安區復興南路二段268巷15號3樓]]
        聯絡電話：[[PHONE_NUMBER:0928-514-307]]
        另外[[PERSON:柏翰]]提到配偶產後有[[HEALTH_CONDITION:產後憂鬱症]]，目前在臺大醫院精神醫學部就診
        （病歷號 [[MEDICAL_RECORD_NUMBER:7741028]]），服用[[HEALTH_CONDITION:樂復得]]，若需診斷證明書佐證可再提供。
        健保卡號：[[MEMBER_NUMBER:0000 4417 2836]]（[[PERSON:李佩珊]]）。

        謝謝！
        --
        [[PERSON:陳怡君]] [[PERSON:Yi-Chun Chen]]
        臺北市政府社會局 身心障礙者福利科 科員
        電話：[[PHONE_NUMBER:(02) 2725-6983]] 分機 1625　傳真：[[PHONE_NUMBER:(02) 2725-6990]]
        地址：[[STREET_ADDRESS:11008 臺北市信義區市府路1號 東北區10樓]]
        """#,
        #"""
        FENPRUSS — Asociación de Funcionarios Hospital Barros Luco Trudeau
        Santiago, [[DATE:12 de agosto de 2024]]

        Señora
        [[PERSON:Carolina Muñoz Espinoza]]
        Subdirectora de Gestión y Desarrollo de las Personas
        Presente

        Ref.: Reclamo por descuento indebido y denegación de permiso — socia [[PERSON:Rosa Elvira Quispe Huamán]]

        De nuestra consideración:
        En representación de nuestra socia Sra. [[PERSON:Rosa Quispe Huamán]], RUN [[NATIONAL_ID:14.283.906-7]],
        técnico en enfermería del Servicio de Medicina (N° funcionaria [[EMPLOYEE_NUMBER:BLT-33817]]),
        socia N° [[MEMBER_NUMBER:FP-0741]], venimos en reclamar lo siguiente:
        1. Con fecha [[DATE:03/07/2024]] presentó licencia médica electrónica por
           [[HEALTH_CONDITION:tendinitis de De Quervain]] bilateral y [[HEALTH_CONDITION:síndrome del túnel carpiano]],
           de origen laboral según la mutualidad. La COMPIN la rechazó el [[DATE:22 de julio]] y se le
           descontaron 14 días de remuneración.
        2. Se le negó el permiso para acompañar a su hija [[PERSON:Milagros]] (nacida el [[DATE_OF_BIRTH:29/01/2016]]),
           con [[HEALTH_CONDITION:leucemia linfoblástica aguda]], a sus sesiones en el Hospital Luis Calvo
           Mackenna (Ley SANNA).
        3. La socia es de nacionalidad peruana y mantiene su DNI peruano N° [[NATIONAL_ID:41827305]]; la jefatura
           le exigió traducir certificados que ya están en español.
        Solicitamos la devolución del monto descontado mediante depósito en su CuentaRUT N° [[US_BANK_ACCOUNT:14283906]]
        de BancoEstado.
        Domicilio de la socia:
        [[STREET_ADDRESS:Pasaje Los Copihues 0457, Villa San Luis, San Miguel, Región Metropolitana]]
        Teléfono: [[PHONE_NUMBER:+56 9 8417 2290]]
        Sin otro particular, saluda atentamente,
        [[PERSON:Héctor Salinas Fuentes]]
        Presidente FENPRUSS Base HBLT — [[PHONE_NUMBER:(2) 2394 8817]] — [[EMAIL_ADDRESS:fenpruss.hblt@gmail.com]]
        c.c.: Sra. [[PERSON:Rosa Quispe]]; Inspección Comunal del Trabajo
        """#,
    ]
}
