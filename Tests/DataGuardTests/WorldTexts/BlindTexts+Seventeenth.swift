extension BlindTexts {
    /// A seventeenth set of clinical texts, written blind to DataGuard's rules: Central Asian, Mongolian, Caucasian,
    /// Turkish, Slavic, Levantine, Burmese and Pacific voices.
    static let seventeenthClinical: [String] = [
        #"""
        ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО — Городская многопрофильная больница № 2, г. Астана
        Ф.И.О.: [[PERSON:Ержанов Даурен Серикович]], дата рождения: [[DATE_OF_BIRTH:11.07.1969]], ИИН [[MEDICAL_RECORD_NUMBER:690711300483]]
        Прож.: [[STREET_ADDRESS:г. Астана, р-н Сарыарка, ул. Петрова, д. 19, кв. 47]]
        Находился на лечении с [[DATE:3 февраля]] по [[DATE:14 февраля 2024]] г.
        Диагноз: [[HEALTH_CONDITION:внебольничная пневмония]] справа; сопутствующий — [[HEALTH_CONDITION:сахарный диабет 2 типа]].
        Получал [[HEALTH_CONDITION:цефтриаксон]], [[HEALTH_CONDITION:азитромицин]]. Рекомендовано продолжить приём [[HEALTH_CONDITION:метформина]] 1000 мг 2 р/сут.
        Выписка выдана на руки [[PERSON:Ержанову Даурену Сериковичу]]. Лечащий врач: [[PERSON:Ахметов Бауыржан Қайратұлы]], тел. ординаторской [[PHONE_NUMBER:8 (7172) 54-32-10]]
        """#,
        #"""
        YO'LLANMA — 27-son oilaviy poliklinika, Toshkent shahri
        Endokrinolog shifokoriga. Bemor: [[PERSON:Abdullayeva Malika Baxtiyor qizi]], tug'ilgan sanasi [[DATE_OF_BIRTH:07.05.1979]], JSHSHIR [[MEDICAL_RECORD_NUMBER:40705790260129]]
        Yashash manzili: [[STREET_ADDRESS:Chilonzor tumani, 9-kvartal, 14-uy, 37-xonadon]]; tel. [[PHONE_NUMBER:+998 (93) 514-22-08]]
        Tashxis: [[HEALTH_CONDITION:qandli diabet 2-tur]], [[HEALTH_CONDITION:semizlik]] II daraja. [[DATE:3-aprel]]dagi HbA1c — 8,9%.
        Qabul qilmoqda: [[HEALTH_CONDITION:Metformin]] 850 mg kuniga 2 mahal, [[HEALTH_CONDITION:Amlodipin]] 5 mg ertalab.
        Oilaviy shifokor: [[PERSON:Sh. Rahimova]]. Sana: [[DATE:2024-yil 12-aprel]]
        """#,
        #"""
        Nursing handover 19:30 – Ward 22 Acute Medicine, night staff
        Bed 7 – Mr [[PERSON:Nurbek Toktogulov]], 58, hosp no [[MEDICAL_RECORD_NUMBER:RRK4418207]], NHS [[MEDICAL_RECORD_NUMBER:943 476 5919]].
        Adm [[DATE:02/10]] with [[HEALTH_CONDITION:decompensated heart failure]].
        IV [[HEALTH_CONDITION:furosemide]] 80 mg BD, fluid restrict 1.5 L, daily weights. Speaks Kyrgyz/Russian only – wife [[PERSON:Aizada]] translates, mob [[PHONE_NUMBER:07457 219834]].
        Bed 8 – [[PERSON:Gulnara Asanbekova]], 44, [[HEALTH_CONDITION:cellulitis]] L leg; [[HEALTH_CONDITION:penicillin allergy]] so on IV [[HEALTH_CONDITION:clindamycin]]. Margin pen-marked at 14:00.
        Her brother [[PERSON:Talant]] rings from Bishkek most nights on [[PHONE_NUMBER:+996 700 48 21 63]] – ok to give general update, she consented.
        Handed over by [[PERSON:Jo Pritchard]] RN (band 5, badge [[EMPLOYEE_NUMBER:QE-552190]]) to [[PERSON:Kemal]].
        """#,
        #"""
        LABORATORY REPORT – "Shifo" Diagnostic Centre, Dushanbe
        Patient: [[PERSON:Firuz Saidovich Nazarov]]   Sex/Age: M/37   Lab No.: [[MEDICAL_RECORD_NUMBER:DSH-24-061157]]
        Collected: [[DATE:14.06.2024]] 08:15   Reported: [[DATE:15.06.2024]]
        HBsAg: POSITIVE; HBeAg: negative; anti-HCV: negative; ALT 68 U/L – consistent with [[HEALTH_CONDITION:chronic hepatitis B]]
        Urea breath test positive – [[HEALTH_CONDITION:H. pylori infection]];
        suggest [[HEALTH_CONDITION:omeprazole]] + [[HEALTH_CONDITION:clarithromycin]] + [[HEALTH_CONDITION:amoxicillin]] per referrer
        Referring doctor: [[PERSON:M. Sharipova]]. Results also sent via Telegram to [[PHONE_NUMBER:+992 93 512 4470]]. Verified: [[PERSON:D. Qurbonov]]
        """#,
        #"""
        OCCUPATIONAL HEALTH – Fitness for Work Report, Balkan Gas Processing Plant, Turkmenbashi
        Employee: [[PERSON:Merdan Annayev]]   Position: control room operator   Badge: [[EMPLOYEE_NUMBER:40-11872]]   DOB: [[DATE_OF_BIRTH:02.03.1976]]
        Seen on [[DATE:21 October 2024]] after annual audiometry: bilateral [[HEALTH_CONDITION:noise-induced hearing loss]] (4 kHz notch);
        known [[HEALTH_CONDITION:hypertension]], controlled on [[HEALTH_CONDITION:amlodipine]] 5 mg.
        Outcome: FIT with restrictions – hearing protection mandatory in compressor hall; review on [[DATE:21 April 2025]].
        Dr [[PERSON:Jeren Orazova]], OH Physician – [[PHONE_NUMBER:+993 243 7 41 22]], mob [[PHONE_NUMBER:8 65 41 22 87]]
        """#,
        #"""
        Em sangiin temdeglel — "Enerel" em san, Sükhbaatar düüreg
        Üilchlüülegch: [[PERSON:Ts. Munkhzul]], RD [[MEDICAL_RECORD_NUMBER:УЕ91052368]], EMD-iin dugaar [[MEDICAL_RECORD_NUMBER:1004418273]]
        Jor: [[HEALTH_CONDITION:Metformin]] 500 mg №60, [[HEALTH_CONDITION:Gliklazid]] 80 mg №30 — onosh: [[HEALTH_CONDITION:chikhriin shijin]] II khelber
        Jor bichsen emch: [[PERSON:G. Tsolmon]], [[DATE:2024 onii 6 sariin 11]]; khöngölöltei em (EMD-ees 50%)
        Emiig nökhör [[PERSON:Baatarsükh]] avsan, utas [[PHONE_NUMBER:8805-3317]]
        Emzüich: [[PERSON:Kh. Narangerel]]
        """#,
        #"""
        Medical Report for Insurance Claim — Vake Clinical Hospital, Tbilisi
        Patient: [[PERSON:Tamar Gelashvili]]   Personal No.: [[MEDICAL_RECORD_NUMBER:01008034567]]   Policy No.: [[MEMBER_NUMBER:GPI-HL-2024-118732]]
        Admitted as emergency on [[DATE:12 March 2024]] with [[HEALTH_CONDITION:acute appendicitis]]; laparoscopic appendectomy performed the same night.
        Post-op course uneventful. Treated with [[HEALTH_CONDITION:Ceftriaxone]] 1 g and [[HEALTH_CONDITION:Metronidazole]] 500 mg IV; discharged [[DATE:15 March]].
        Background: [[HEALTH_CONDITION:Hashimoto's thyroiditis]] on [[HEALTH_CONDITION:L-thyroxine]] 75 mcg.
        Surgeon: Dr [[PERSON:Levan Chkheidze]]. Patient contact: [[PHONE_NUMBER:+995 577 41 22 09]]
        """#,
        #"""
        Progress note – Brand Blvd Family Practice, Glendale CA   DOS: [[DATE:05/14/2024]]
        Pt: [[PERSON:Anahit Hakobyan]], DOB [[DATE_OF_BIRTH:02/11/1972]], MRN [[MEDICAL_RECORD_NUMBER:00418873]], Medi-Cal CIN [[MEMBER_NUMBER:91827364A]]
        Hx [[HEALTH_CONDITION:familial Mediterranean fever]] (MEFV M694V), dx in Yerevan as a teen; 2 febrile attacks w/ abd pain since Feb.
        Continues [[HEALTH_CONDITION:colchicine]] 0.6 mg BID; UA 2+ protein – screen for [[HEALTH_CONDITION:amyloidosis]], refer nephrology.
        Son [[PERSON:Tigran]] interpreted (Armenian). Home: [[STREET_ADDRESS:1437 E Harvard St Apt 204, Glendale, CA 91205]], cell [[PHONE_NUMBER:(818) 555-0164]]
        – [[PERSON:Lusine Petrosyan]], MD
        """#,
        #"""
        Növbə təhvili — Kardiologiya şöbəsi, [[DATE:12 aprel]], saat 20:00
        [[PERSON:Səbinə Quliyeva]], 64 yaş, x/t № [[MEDICAL_RECORD_NUMBER:1187/24]]: [[HEALTH_CONDITION:qeyri-stabil stenokardiya]].
        Saat 17-də sinədə ağrı, [[HEALTH_CONDITION:Nitroqliserin]] dilaltı verildi.
        [[HEALTH_CONDITION:Kardiomaqnil]] 75 mg və [[HEALTH_CONDITION:Atorvastatin]] 20 mg davam edir. Oğlu [[PERSON:Elçin]] gecə zəng edə bilər: [[PHONE_NUMBER:(050) 412 37 86]].
        [[PERSON:Rauf Məmmədov]], 71 yaş, x/t № [[MEDICAL_RECORD_NUMBER:1192/24]]: [[HEALTH_CONDITION:xroniki ürək çatışmazlığı]], [[HEALTH_CONDITION:Furosemid]] 40 mg v/d, diurez 1,8 l.
        Təhvil verdi: t/b [[PERSON:Aygün Həsənova]]; qəbul etdi: t/b [[PERSON:Lalə Rzayeva]]. Növbətçi həkim: [[PERSON:Nərgiz Kərimova]]
        """#,
        #"""
        İŞYERİ HEKİMLİĞİ — Periyodik Muayene Formu
        Çalışan: [[PERSON:Hatice Kübra Özdemir]]   Sicil No: [[EMPLOYEE_NUMBER:TK-20931]]   T.C. Kimlik No: [[MEDICAL_RECORD_NUMBER:38417295672]]
        Muayene tarihi: [[DATE:3 Nisan 2024]]. Şikâyet: sağ elde uyuşma; EMG ile [[HEALTH_CONDITION:karpal tünel sendromu]] doğrulandı.
        Özgeçmiş: [[HEALTH_CONDITION:hipotiroidi]], [[HEALTH_CONDITION:Levotiron]] 50 mcg kullanıyor.
        Öneri: [[HEALTH_CONDITION:Arveles]] 25 mg 2x1 (5 gün), bilek ateli; montaj hattında 4 hafta dönüşümlü görev. Kontrol: [[DATE:2 Mayıs]].
        İşyeri Hekimi Dr. [[PERSON:Caner Aksoy]] — Tel: [[PHONE_NUMBER:0 (262) 751 44 20]] dahili 118
        """#,
        #"""
        PROPOUŠTĚCÍ ZPRÁVA — Interní klinika, oddělení B
        Propouštíme pana [[PERSON:Jaroslava Dvořáka]], nar. [[DATE_OF_BIRTH:18. 4. 1952]], r. č. [[MEDICAL_RECORD_NUMBER:520418/123]], bytem [[STREET_ADDRESS:Vinohradská 1578/112, 130 00 Praha 3]].
        Hospitalizován od [[DATE:2. června]] do [[DATE:12. června 2024]] pro [[HEALTH_CONDITION:fibrilaci síní]] s rychlou odpovědí komor; dále [[HEALTH_CONDITION:arteriální hypertenze]].
        Léčba [[HEALTH_CONDITION:Warfarinem]] ukončena, převeden na [[HEALTH_CONDITION:Eliquis]] 5 mg 1-0-1; dále [[HEALTH_CONDITION:Concor]] 5 mg 1-0-0.
        Kontrola v kardiologické ambulanci [[DATE:26. 6.]]; informace podány manželce, paní [[PERSON:Věře Dvořákové]], tel. [[PHONE_NUMBER:+420 603 218 447]].
        MUDr. [[PERSON:Petra Holubová]], sekundární lékařka
        """#,
        #"""
        Apteka „Pod Lipami", Gdańsk — notatka farmaceuty, [[DATE:14 lutego 2024]]
        Wydano pani [[PERSON:Katarzynie Zielińskiej]] (PESEL [[MEDICAL_RECORD_NUMBER:67031509849]]) 2 op. leku [[HEALTH_CONDITION:Euthyrox N 75]] oraz [[HEALTH_CONDITION:Controloc]] 20 mg.
        Recepta wystawiona przez lek. [[PERSON:Marka Wasilewskiego]]; pacjentka leczy się z powodu [[HEALTH_CONDITION:choroby Hashimoto]] i [[HEALTH_CONDITION:refluksu żołądkowo-przełykowego]].
        Zgłosiła brak [[HEALTH_CONDITION:Letroxu]] w poprzedniej aptece — poinformowano o możliwości zamiany, lekarz prowadzący powiadomiony.
        Tel. kontaktowy pacjentki: [[PHONE_NUMBER:512-448-390]]. Farmaceutka: mgr [[PERSON:Joanna Kamińska-Bąk]]
        """#,
        #"""
        НАПРАВЛЕННЯ № 0417 — КНП «Міська поліклініка № 6», м. Харків
        Направляється пацієнтка [[PERSON:Коваленко Ірина Василівна]], [[DATE_OF_BIRTH:09.11.1984]] р. н., ЕМК № [[MEDICAL_RECORD_NUMBER:ХРК-0641-2215]]
        до лікаря-пульмонолога [[PERSON:Мельника Олега Петровича]] з діагнозом: [[HEALTH_CONDITION:бронхіальна астма]], персистуюча, середнього ступеня тяжкості.
        Ефект від [[HEALTH_CONDITION:сальбутамолу]] короткочасний, нічні напади з [[DATE:21 травня]]; приймає [[HEALTH_CONDITION:Серетид]] 250 мкг 2 р/д.
        Адреса: [[STREET_ADDRESS:м. Харків, вул. Сумська, 45, кв. 12]], тел. [[PHONE_NUMBER:+380 (67) 412-58-03]]
        Сімейний лікар [[PERSON:Дорошенко Н. С.]], [[DATE:23 травня 2024]] р.
        """#,
        #"""
        Compte rendu d'hospitalisation — Hôpital Notre-Dame des Cèdres, Jounieh, service de cardiologie
        Patiente : Mme [[PERSON:Rima Haddad Khoury]], née le [[DATE_OF_BIRTH:17/02/1961]], dossier n° [[MEDICAL_RECORD_NUMBER:NDC-2024-03318]], CNSS n° [[MEDICAL_RECORD_NUMBER:611024873]]
        Hospitalisée du [[DATE:4 mars]] au [[DATE:9 mars 2024]] pour [[HEALTH_CONDITION:décompensation cardiaque]] sur [[HEALTH_CONDITION:cardiopathie ischémique]].
        Traitement de sortie : [[HEALTH_CONDITION:Lasix]] 40 mg, [[HEALTH_CONDITION:Aldactone]] 25 mg, [[HEALTH_CONDITION:Kardégic]] 75 mg ; poursuivre [[HEALTH_CONDITION:Lantus]] 18 UI le soir.
        Antécédent de [[HEALTH_CONDITION:diabète de type 2]] depuis 2009. Rendez-vous chez le Dr [[PERSON:Georges Abi Nader]] le [[DATE:22/03]].
        Son fils [[PERSON:Marc]] est joignable au [[PHONE_NUMBER:03 627 410]].
        """#,
        #"""
        OPD note — District Hospital, Pyin Oo Lwin   Reg. no. [[MEDICAL_RECORD_NUMBER:POL/OPD/24/5521]]
        Name: Ma [[PERSON:Hnin Ei Phyu]], 9 yr, F. Guardian: U [[PERSON:Kyaw Zin Oo]] (father), NRC [[MEDICAL_RECORD_NUMBER:7/PaKhaNa(N)204518]]
        Fever x 5 days, petechiae; platelets 62,000 on [[DATE:14.8.2024]], Hct rising → [[HEALTH_CONDITION:dengue haemorrhagic fever]] grade II. Admit paeds ward.
        [[HEALTH_CONDITION:Paracetamol]] only, no [[HEALTH_CONDITION:ibuprofen]]/[[HEALTH_CONDITION:aspirin]]. Mother Daw [[PERSON:Thida Aye]], ph [[PHONE_NUMBER:09 4200 71358]].
        Older sister had [[HEALTH_CONDITION:dengue]] in July. Seen by Dr [[PERSON:Nay Lin Htut]] (AS), [[DATE:14 Aug]].
        """#,
        #"""
        Paediatric discharge summary – Blacktown Hospital, NSW
        Child: [[PERSON:Sione Havili Lātū]]   DOB [[DATE_OF_BIRTH:03/09/2013]]   MRN [[MEDICAL_RECORD_NUMBER:BLK0884127]]   Medicare [[MEDICAL_RECORD_NUMBER:4127 53910 2]] (IRN 3)
        Dx: [[HEALTH_CONDITION:acute rheumatic fever]] with [[HEALTH_CONDITION:rheumatic heart disease]] (mild MR on echo). Admitted [[DATE:12/05/2024]], home [[DATE:20/05/2024]].
        Plan: [[HEALTH_CONDITION:Bicillin L-A]] ([[HEALTH_CONDITION:benzathine penicillin]]) IM every 28 days – next due [[DATE:9 June]] at GP; registered with NSW RHD program.
        Mum [[PERSON:Mele Lātū]] speaks Tongan & English, mob [[PHONE_NUMBER:0431 207 955]]; family visiting Nuku'alofa in July – letter given for Vaiola Hospital.
        Discharging doctor: Dr [[PERSON:A. Fifita]] (reg). GP: Dr [[PERSON:Hannah Cho]], Mt Druitt.
        """#,
    ]

    /// A seventeenth set of everyday texts, written blind to DataGuard's rules: chats, forms, letters, rosters and ads
    /// from Central Asia to the Caucasus, the Slavic lands, the Levant and the Pacific.
    static let seventeenthEveryday: [String] = [
        #"""
        [18:42] [[PERSON:arman]] (kur'er): zdravstvuite, ya u vashego doma, kakoi pod"ezd?
        [18:43] [[PERSON:dana]]: 3-i pod"ezd, [[STREET_ADDRESS:mkr. Samal-2, d. 58, kv. 94]], domofon 94 i kolokol'chik
        [18:45] [[PERSON:arman]] (kur'er): nabral [[PHONE_NUMBER:87074123055]], ne berut
        [18:46] [[PERSON:dana]]: etot nomer staryi, zvonite na [[PHONE_NUMBER:+7 777 412 30 55]]. v proshlyi raz [[DATE:12 marta]] toje tak bylo
        [18:47] [[PERSON:dana]]: oplatila kartoi [[CREDIT_CARD:4400 4301 2345 6789]], chek na pochtu [[EMAIL_ADDRESS:dana.seitova@mail.kz]]
        [18:52] [[PERSON:arman]] (kur'er): peredal vashei mame, [[PERSON:Gulzhan]] apai. moi rider ID [[EMPLOYEE_NUMBER:ALA-77312]], postav'te 5 zvezd pozhaluista
        """#,
        #"""
        RENTAL APPLICATION – Ocean Parkway Residences LLC, Brooklyn
        Applicant: [[PERSON:Sherzod Rustamovich Tursunov]]   DOB: [[DATE_OF_BIRTH:08/23/1988]]   SSN: [[US_SSN:431-72-6618]]
        Current address: [[STREET_ADDRESS:2714 Ocean Ave, Apt 5F, Brooklyn, NY 11229]]   Cell: [[PHONE_NUMBER:(347) 555-0176]]
        Employer: Bay Ridge Car Service since Mar 2021, driver ID [[EMPLOYEE_NUMBER:BRC-0419]]; reference: dispatcher [[PERSON:Oybek]] at [[PHONE_NUMBER:718-555-0132]]
        Co-applicant: wife [[PERSON:Nodira Tursunova]], [[EMAIL_ADDRESS:nodira.tursunova88@gmail.com]]
        Requested move-in: [[DATE:Sept 1]]. Deposit from checking [[US_BANK_ACCOUNT:483920175564]], routing [[US_ROUTING_NUMBER:026009593]]
        """#,
        #"""
        Miners' and Metallurgists' Union of Kyrgyzstan — Ak-Tash site committee
        To: HR Director, Ak-Tash Gold LLC, Bishkek
        Re: dismissal of our member [[PERSON:Emil Bakyt uulu]], card no. assigned [[MEMBER_NUMBER:KG-GMMW-3307]], badge [[EMPLOYEE_NUMBER:AT-10882]]
        Mr [[PERSON:Emil]] was dismissed on [[DATE:17 September 2024]] after refusing a second rotation at 3,900 m while suffering from [[HEALTH_CONDITION:altitude sickness]],
        as certified by Dr [[PERSON:Aibek Zhumabaev]] on [[DATE:16.09.2024]]. We request his reinstatement and a meeting before [[DATE:1 October]].
        Member's address for correspondence: [[STREET_ADDRESS:Bishkek, pr. Chui 204, kv. 31]]
        [[PERSON:Cholpon Mamytova]], committee chair — [[PHONE_NUMBER:+996 (555) 31-42-87]], [[EMAIL_ADDRESS:c.mamytova@gmmw-kg.org]]
        """#,
        #"""
        ZARNA: 2 öröö bair — [[STREET_ADDRESS:Khan-Uul düüreg, 15-r khoroo, 104-r bair, 36 toot]]
        56 mkv, 9 davkhar, shine zasvartai, lift bii. Üne 245 sa₮, baga zereg yaryana.
        Ezen: [[PERSON:Ganbold]] akh — [[PHONE_NUMBER:9908-1123]], [[PHONE_NUMBER:8811 4567]], email [[EMAIL_ADDRESS:ganbold.ts77@gmail.com]]
        [[DATE:7-r sariin 20]]-noos ömnö zarna. Zuuchlaguud bitgii zalgaarai!
        """#,
        #"""
        gamarjobat batono [[PERSON:Giorgi]], kontraktis proeqti mogiqsenit. samushao daitsyeba [[DATE:15 aprilidan]], xelmotsera — [[DATE:10 aprils]] 11:00-ze.
        Please bring your ID and bank details; our accountant [[PERSON:Ketevan Lomsadze]] will meet you at reception.
        --
        [[PERSON:Nino Kapanadze]] | HR Business Partner | Kartli Logistics LLC
        [[STREET_ADDRESS:71 Vazha-Pshavela Ave, Tbilisi 0186]]
        T: [[PHONE_NUMBER:+995 32 2 45 67 89]] | M: [[PHONE_NUMBER:599 12 34 56]] | [[EMAIL_ADDRESS:n.kapanadze@kartli-logistics.ge]]
        """#,
        #"""
        Subject: Intake follow-up – [[PERSON:Al-Homsi]] family
        Hi [[PERSON:Maryam]], following our call on [[DATE:March 12]]: Mr [[PERSON:Abdulrahman Al-Homsi]] (DOB [[DATE_OF_BIRTH:1979-05-02]])
        and family moved into [[STREET_ADDRESS:845 Somerset St W, Unit 3, Ottawa, ON K1R 6R7]].
        Daughter [[PERSON:Rahaf]] (14) still has no family doctor for her [[HEALTH_CONDITION:type 1 diabetes]];
        the walk-in gave [[HEALTH_CONDITION:NovoRapid]] pens, IFHP no. [[MEDICAL_RECORD_NUMBER:11-2233-4455]].
        Best number for the family is [[PHONE_NUMBER:613-555-0148]] (WhatsApp, Arabic).
        --
        [[PERSON:Lina Qasem]] | Settlement Counsellor (Arabic/English) | [[PHONE_NUMBER:613-555-0199]] ext. 231 | [[EMAIL_ADDRESS:lqasem@capital-newcomers.ca]]
        """#,
        #"""
        Sayın [[PERSON:Ahmet]] Bey,
        [[STREET_ADDRESS:Caferağa Mah. Moda Cad. No:47 D:6 Kadıköy/İstanbul]] adresindeki dairenizde [[DATE:1 Eylül 2021]]'den beri kiracıyım.
        [[DATE:15 Ocak]] tarihli mesajınızda kiraya %120 zam istediniz; yasal sınırın üzerinde olduğu için kabul etmiyorum.
        Kira bedelini her ay olduğu gibi hesabınıza yatırmaya devam edeceğim. Görüşmek isterseniz: [[PHONE_NUMBER:0532.614.27.90]]
        Saygılarımla, [[PERSON:Zeynep Arslan Kaya]]
        """#,
        #"""
        Rozpis směn — sklad Brno-Slatina, týden od [[DATE:3. února]]
        Ranní 6–14: [[PERSON:Pavel Šťastný]] (os. č. [[EMPLOYEE_NUMBER:40112]]), [[PERSON:Jana Marešová]] ([[EMPLOYEE_NUMBER:40287]])
        Odpolední 14–22: [[PERSON:Tomáš Kříž]] ([[EMPLOYEE_NUMBER:40301]]), [[PERSON:Lukáš Beneš]] ([[EMPLOYEE_NUMBER:40455]])
        Změna: ve čtvrtek [[DATE:6. 2.]] za [[PERSON:Pavla Šťastného]] nastoupí [[PERSON:Jitka Horká]], [[PERSON:Pavel]] jde na kontrolu kvůli [[HEALTH_CONDITION:výhřezu ploténky]].
        Dotazy směřujte na vedoucí směny [[PERSON:Renatu Vlčkovou]], tel. [[PHONE_NUMBER:731 448 902]].
        """#,
        #"""
        Vážený pán [[PERSON:Kováč]],
        obraciam sa na Vás vo veci hluku z bytu nad nami, ktorý si od [[DATE:1. októbra]] prenajíma pán [[PERSON:Marek Sloboda]].
        Už trikrát sme to riešili s pani [[PERSON:Máriou Horváthovou]] zo správy domu, naposledy [[DATE:18. novembra 2024]]. Manžel má [[HEALTH_CONDITION:epilepsiu]], nespí.
        Kópiu listu posielam aj predsedovi spoločenstva vlastníkov, pánovi [[PERSON:Jánovi Šimkovi]].
        S pozdravom
        [[PERSON:Eva Baranová]]
        [[STREET_ADDRESS:Hlavná 112, byt č. 34]]
        [[STREET_ADDRESS:040 01 Košice]], tel. [[PHONE_NUMBER:0905 123 456]]
        """#,
        #"""
        NSZZ „Solidarność" — Komisja Zakładowa przy Fabryce Mebli „Dąb" sp. z o.o. w Bydgoszczy
        Do Zarządu Spółki, Bydgoszcz, [[DATE:18 marca 2024]] r.
        Dotyczy: zamiaru wypowiedzenia umowy o pracę Panu [[PERSON:Andrzejowi Kowalczykowi]], nr ewid. [[EMPLOYEE_NUMBER:F-2231]],
        członkowi naszej organizacji (legitymacja nr [[MEMBER_NUMBER:KZ/0418/2009]]).
        Komisja zgłasza zastrzeżenia: pracownik do [[DATE:15 marca 2024]] r. przebywał na zwolnieniu lekarskim z powodu [[HEALTH_CONDITION:zapalenia płuc]].
        Wnosimy o konsultację w dniu [[DATE:22 marca]] o godz. 10.00 w siedzibie Komisji.
        Przewodnicząca KZ [[PERSON:Bożena Wiśniewska]], tel. [[PHONE_NUMBER:52 341 22 87]], kom. [[PHONE_NUMBER:+48 601 778 214]]
        """#,
        #"""
        [20:14] [[PERSON:наташа]]: [[PERSON:серёж]], сможешь завтра забрать ключи у [[PERSON:сергея викторовича]]?
        [20:15] [[PERSON:серёжа]]: могу после работы. где он живёт?
        [20:15] [[PERSON:наташа]]: [[STREET_ADDRESS:ул. профсоюзная, д. 12, корп. 2, кв. 48]], домофон 48
        [20:16] [[PERSON:наташа]]: его мобильный [[PHONE_NUMBER:8-916-204-71-35]], скажи что от [[PERSON:наташи]]
        [20:17] [[PERSON:серёжа]]: ок. у него же [[HEALTH_CONDITION:диабет]]? он просил [[HEALTH_CONDITION:инсулин]] из аптеки привезти
        [20:18] [[PERSON:наташа]]: да, [[HEALTH_CONDITION:хумалог]], рецепт у него. маме скажи что приедем [[DATE:9 мая]]
        """#,
        #"""
        Poštovani gospodine [[PERSON:Petroviću]],
        od [[DATE:3. marta]] internet u našem stanu radi sa prekidima. Ruter dobija lokalnu adresu [[IP_ADDRESS:192.168.0.104]], a javna IP [[IP_ADDRESS:178.221.14.90]] se menja svakih sat vremena.
        Molim da tehničar dođe na adresu [[STREET_ADDRESS:Bulevar oslobođenja 114, stan 9, 21000 Novi Sad]], najbolje posle 16h.
        Ugovor glasi na moju majku, gospođu [[PERSON:Jelenu Marković]], koja je sada u bolnici posle [[HEALTH_CONDITION:moždanog udara]], pa mene zovite na [[PHONE_NUMBER:063/412-55-90]].
        Srdačan pozdrav, [[PERSON:Nikola Marković]]
        """#,
        #"""
        ЗАПОВЕД № 118 / [[DATE:5 март 2024]] г.
        На основание чл. 155 от КТ разрешавам платен годишен отпуск на [[PERSON:Петя Иванова Стоянова]], сл. № [[EMPLOYEE_NUMBER:0731]], на длъжност „счетоводител",
        за периода от [[DATE:11 март]] до [[DATE:22 март 2024]] г. включително.
        Заместник по време на отпуска: [[PERSON:Димитър Колев]].
        Адрес за връзка: [[STREET_ADDRESS:гр. Пловдив, ул. „Гладстон" № 9, ет. 3, ап. 7]], тел. [[PHONE_NUMBER:0888 123 456]]
        Управител: [[PERSON:Стоян Райчев]]
        """#,
        #"""
        [21:03] [[PERSON:rami]]: marhaba madam [[PERSON:hala]], ana natour el binaye. el malik badou el ijar abel [[DATE:5 nisan]]
        [21:05] [[PERSON:hala]]: ok bas el may ma2tou3a men [[DATE:28 adar]]!! khabbart [[PERSON:abou elie]]?
        [21:06] [[PERSON:rami]]: [[PERSON:abou elie]] msefir. 3ayti la [[PERSON:tony haddad]] 3al [[PHONE_NUMBER:71 284 903]]
        [21:08] [[PERSON:hala]]: tayyeb. w el fatoura 3ala esmi, el 3enwen: [[STREET_ADDRESS:bnayet saade, tabe2 4, chare3 makdessi, hamra]]
        [21:09] [[PERSON:rami]]: tamem madam, w [[PERSON:leila]] bint [[PERSON:abou elie]] btemro2 bokra 3al sa3a 5 la tekhod el ijar
        """#,
        #"""
        Golden Lotus Garments (Shwe Pyi Thar) — Line 6 night roster, week of [[DATE:12 Aug]]
        Supervisor: Daw [[PERSON:Khin Sandar Lwin]], ID [[EMPLOYEE_NUMBER:GL-06-0031]], Viber [[PHONE_NUMBER:09 7952 11834]]
        Cutting: Ma [[PERSON:Thandar Win]] ([[EMPLOYEE_NUMBER:GL-06-0114]]), Mg [[PERSON:Aung Myo Min]] ([[EMPLOYEE_NUMBER:GL-06-0129]])
        Sewing: Ma [[PERSON:Ei Mon Kyaw]] ([[EMPLOYEE_NUMBER:GL-06-0152]]);
        Ma [[PERSON:Su Myat Noe]] on leave [[DATE:15 Aug]]–[[DATE:17 Aug]] ([[HEALTH_CONDITION:typhoid]]), cover Ko [[PERSON:Min Thu]]
        Union rep: U [[PERSON:Tun Tun Naing]], member no. [[MEMBER_NUMBER:MICS-YGN-2231]], [[PHONE_NUMBER:+95 9 4211 60972]]
        """#,
        #"""
        FOR SALE / SALIM KA: Toyota Hilux 2012 diesel 4WD, gutpela kondisen, K38,000 o beta ofa.
        Call or text [[PERSON:Kila Gabe]] on [[PHONE_NUMBER:7091 4432]] or [[PHONE_NUMBER:+675 7234 8810]], after 5pm tasol.
        Kam lukim ka long haus: [[STREET_ADDRESS:Sec 18 Lot 6, Gordons, NCD]]. Mi go bek long ples long [[DATE:25 Julai]], so be quick.
        Or write to [[STREET_ADDRESS:PO Box 1432, Lae 411, Morobe Province]], attn Mrs [[PERSON:Rose Gabe]].
        """#,
    ]
}
