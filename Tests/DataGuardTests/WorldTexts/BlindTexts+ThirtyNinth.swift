extension BlindTexts {
    /// A thirty-ninth set of clinical texts, written blind to DataGuard's rules.
    static let thirtyNinthClinical: [String] = [
        #"""
        SA Põhja-Eesti Regionaalhaigla – Sisehaiguste kliinik, kardioloogia osakond
        [[STREET_ADDRESS:J. Sütiste tee 19, 13419 Tallinn]]
        EPIKRIIS (statsionaarne ravi)
        Patsient: [[PERSON:TAMM, Kadri-Liis]]   Isikukood: [[NATIONAL_ID:48711032745]]
        Sünniaeg: [[DATE_OF_BIRTH:03.11.1987]]   Haigusloo nr: [[MEDICAL_RECORD_NUMBER:S-2025-018734]]
        Elukoht: [[STREET_ADDRESS:Sõpruse pst 211-47, 13424 Tallinn]]
        Tel: [[PHONE_NUMBER:+372 5341 8820]]   E-post: [[EMAIL_ADDRESS:kadriliis.tamm@gmail.com]]
        Kontaktisik: abikaasa [[PERSON:Rein Tamm]], tel [[PHONE_NUMBER:5567 0913]]
        Hospitaliseeritud: [[DATE:14.02.2025]]   Välja kirjutatud: [[DATE:21.02.2025]]
        Põhidiagnoos: I48.1 [[HEALTH_CONDITION:Püsiv kodade virvendus]]
        Kaasuvad: E05.0 [[HEALTH_CONDITION:Türeotoksikoos difuusse struumaga]];
          D50.9 [[HEALTH_CONDITION:Rauavaegusaneemia]]
        Anamnees: 3 päeva südamekloppimine, õhupuudus trepil. EMO-s EKG-l [[HEALTH_CONDITION:kodade virvendus]]
          sagedusega 150/min. TSH < 0,01, vT4 48 pmol/l.
          Varem [[HEALTH_CONDITION:Gravesi tõbi]] (2019), ravi katkestanud.
        Ravi osakonnas: [[HEALTH_CONDITION:metoprolool]] i/v ja p/o, [[HEALTH_CONDITION:apiksabaan]],
          [[HEALTH_CONDITION:tiamasool]], [[HEALTH_CONDITION:raudsukroos]] i/v kahel korral.
        Soovitused:
         - [[HEALTH_CONDITION:Eliquis]] 5 mg 2x päevas pidevalt (digiretsept väljastatud)
         - [[HEALTH_CONDITION:Betaloc ZOK]] 50 mg 1x päevas
         - [[HEALTH_CONDITION:Thyrozol]] 10 mg 2x päevas; TSH ja vT4 kontroll 4 nädala pärast
        Järelkontroll: endokrinoloog dr [[PERSON:Olga Kuznetsova]] [[DATE:18. märtsil 2025]] kell 10.30.
        Perearst dr [[PERSON:Margus Ilves]] (Lasnamäe Tervisemaja) teavitatud Tervise infosüsteemi kaudu.
        Raviarst: dr [[PERSON:Toomas Kask]], kardioloog, reg. kood [[EMPLOYEE_NUMBER:D07314]]
        [[EMAIL_ADDRESS:toomas.kask@regionaalhaigla.ee]], tel [[PHONE_NUMBER:617 2214]]
        Tallinn, [[DATE:21.02.2025]]
        """#,
        #"""
        E. GULBJA LABORATORIJA – Analīžu rezultāti / Результаты анализов
        Filiāle: [[STREET_ADDRESS:Brīvības iela 68, Rīga, LV-1011]]
        Pacients: [[PERSON:BĒRZIŅA Ilze]]     Dzimums: S
        Personas kods: [[NATIONAL_ID:240569-10872]]   Dzim. datums: [[DATE_OF_BIRTH:24.05.1969]]
        Ambulatorās kartes nr.: [[MEDICAL_RECORD_NUMBER:AK-77810342]]   Pieprasījuma nr.: 2503114872
        Adrese: [[STREET_ADDRESS:Ģertrūdes iela 58-14, Rīga, LV-1011]]
        Tālr.: [[PHONE_NUMBER:+371 2914 7730]]   E-pasts: [[EMAIL_ADDRESS:ilze.berzina69@inbox.lv]]
        Apdrošinātājs: BTA, polises nr. [[MEMBER_NUMBER:VA-0412877-02]]
        Nosūtītājs: ģimenes ārste [[PERSON:Dace Ozoliņa]], ārstniecības personas kods [[EMPLOYEE_NUMBER:35710231]]
        Paraugs ņemts: [[DATE:2025. gada 11. martā]] 08:12   Apstiprināts: [[DATE:12.03.2025]] 14:40
        Izmeklējums                    Rezultāts   Mērv.     Norma
        Glikozilētais hemoglobīns      8.4 ↑       %         4.0–6.0
        Glikoze venozā plazmā          9.7 ↑       mmol/L    4.1–5.9
        TSH                            7.92 ↑      mIU/L     0.27–4.20
        Brīvais T4                     10.1 ↓      pmol/L    12.0–22.0
        Kreatinīns                     71          µmol/L    45–84
        Komentārs: rezultāti atbilst nepietiekami kontrolētam [[HEALTH_CONDITION:2. tipa cukura diabētam]];
          iespējama [[HEALTH_CONDITION:hipotireoze]] ar nepietiekamu [[HEALTH_CONDITION:L-Thyroxin]] devu.
        Pacientes norādītie medikamenti: [[HEALTH_CONDITION:Metformin]] 1000 mg 2x d.,
          [[HEALTH_CONDITION:Diaprel MR]] 60 mg, [[HEALTH_CONDITION:L-Thyroxin]] 50 µg.
        Validēja: laborante [[PERSON:A. Kalniņa]]; laboratorijas ārsts [[PERSON:Dmitrijs Volkovs]]
        SMS par rezultātu nosūtīts uz [[PHONE_NUMBER:29147730]] [[DATE:12.03.2025]] plkst. 14:41.
        Kopija: [[PERSON:Ozoliņa D.]], [[EMAIL_ADDRESS:dace.ozolina@gimenesarsts.lv]]
        """#,
        #"""
        Vaistinė „Gintarinė vaistinė“ Nr. 214
        [[STREET_ADDRESS:Pramonės pr. 6, LT-51267 Kaunas]]
        FARMACINĖS KONSULTACIJOS ĮRAŠAS
        Data: [[DATE:2025-01-27]]   Laikas 17:35
        Pacientas: [[PERSON:JANKAUSKAS Petras]]
        Asmens kodas: [[NATIONAL_ID:35206140517]]   Gim. data: [[DATE_OF_BIRTH:1952-06-14]]
        Adresas: [[STREET_ADDRESS:Savanorių pr. 287-31, LT-50127 Kaunas]]
        Tel.: [[PHONE_NUMBER:+370 612 48 903]]
        E. receptus išrašė šeimos gyd. [[PERSON:Vytautas Mockus]], spaudo Nr. [[EMPLOYEE_NUMBER:1207843]]
          (Šilainių PSPC, [[EMAIL_ADDRESS:v.mockus@silainiupspc.lt]])
        Išduoti kompensuojami vaistai:
          1. [[HEALTH_CONDITION:Warfarin Orion]] 3 mg tab. N100 – pagal INR
          2. [[HEALTH_CONDITION:Bisoprolol]] 5 mg tab. N30 – 1 k./d. ryte
          3. [[HEALTH_CONDITION:Furosemid]] 40 mg tab. N50 – 1 k./d.
        Diagnozės (TLK-10-AM): I48.2 [[HEALTH_CONDITION:Nuolatinis prieširdžių virpėjimas]];
          I50.0 [[HEALTH_CONDITION:Stazinis širdies nepakankamumas]]; M17.0 [[HEALTH_CONDITION:Abipusė kelių artrozė]]
        Pastaba: pacientas papasakojo, kad nuo kelių skausmo vartoja nereceptinį [[HEALTH_CONDITION:Ibuprofen]]
          ir [[HEALTH_CONDITION:Ketonal]] gelį. Paaiškinta kraujavimo rizika kartu su [[HEALTH_CONDITION:varfarinu]];
          rekomenduotas [[HEALTH_CONDITION:Paracetamolis]] iki 3 g/d. Paskutinis INR 3,4 ([[DATE:01-20]]).
          Gydytojas informuotas telefonu [[PHONE_NUMBER:8 37 31 44 20]].
        Vaistus atsiėmė dukra [[PERSON:Rasa Jankauskaitė-Petrauskienė]], a. k. [[NATIONAL_ID:48103220294]],
          tel. [[PHONE_NUMBER:8 686 20417]]. Pateiktas įgaliojimas.
        PSDF: apdraustasis, patikrinta VLK registre.
        Vaistininkė [[PERSON:Eglė Vaitkutė]], licencijos Nr. [[EMPLOYEE_NUMBER:VL-04217]]
        """#,
        #"""
        КЛИНИЧКИ ЦЕНТАР ВОЈВОДИНЕ – Клиника за неурологију
        [[STREET_ADDRESS:Хајдук Вељкова 1, 21000 Нови Сад]]
        ОТПУСНА ЛИСТА
        Број историје болести: [[MEDICAL_RECORD_NUMBER:4471/2025]]
        Презиме и име: [[PERSON:ПЕТРОВИЋ Мирослав]]   Име оца: [[PERSON:Душан]]
        ЈМБГ: [[NATIONAL_ID:1207958800146]]   Датум рођења: [[DATE_OF_BIRTH:12.07.1958.]]
        ЛБО: [[MEMBER_NUMBER:10238874512]]   Бр. здравствене картице: [[MEMBER_NUMBER:0412 3387 1029]]
        Адреса: [[STREET_ADDRESS:Булевар ослобођења 88/14, 21000 Нови Сад]]
        Телефон: [[PHONE_NUMBER:064/318-2207]]
        Примљен: [[DATE:03.03.2025.]]   Отпуштен: [[DATE:14.03.2025.]]
        Дијагноза: I63.5 [[HEALTH_CONDITION:Инфаркт мозга]] у сливу леве средње мождане артерије
        Пратеће дијагнозе: I10 [[HEALTH_CONDITION:Хипертензија]]; E78.0 [[HEALTH_CONDITION:Хиперхолестеролемија]];
          I48 [[HEALTH_CONDITION:Атријална фибрилација]] (новооткривена)
        Анамнеза: Доведен од стране супруге [[PERSON:Милене]] због нагло настале слабости десне стране тела
          и отежаног говора, око 07 h. Тромболиза није рађена (прошло > 4,5 h од почетка).
        Терапија при отпусту:
          [[HEALTH_CONDITION:Pradaxa]] 150 mg 2x1 (од [[DATE:10.03.2025.]], уместо [[HEALTH_CONDITION:Aspirin]]-а)
          [[HEALTH_CONDITION:Atorvastatin]] 40 mg увече
          [[HEALTH_CONDITION:Ramipril]] 5 mg 1x1 ујутру
        Контрола у неуролошкој амбуланти [[DATE:15. априла 2025.]] код др [[PERSON:Јелене Вуковић]].
        Упут за рехабилитацију у Специјалну болницу „Русанда“, Меленци.
        Ћерка [[PERSON:Драгана Петровић Ђурић]] обавештена на [[PHONE_NUMBER:+381 63 771 4490]].
        Лекар: др [[PERSON:Небојша Стојановић]], неуролог, бр. лиценце [[EMPLOYEE_NUMBER:087412]]
        Начелник клинике: проф. др [[PERSON:С. Марковић]]
        """#,
        #"""
        DOM ZDRAVLJA ZAGREB – CENTAR
        Ordinacija obiteljske medicine dr. [[PERSON:Ivana Horvat Kovačić]]
        [[STREET_ADDRESS:Runjaninova 4, 10000 Zagreb]], tel. [[PHONE_NUMBER:01 4697 231]]
        UPUTNICA – A1 (specijalističko-konzilijarni pregled)
        Prezime i ime: [[PERSON:BABIĆ ANTE]]
        Datum rođenja: [[DATE_OF_BIRTH:08.09.1979.]]   Spol: M
        OIB: [[NATIONAL_ID:58204719362]]   MBO: [[MEMBER_NUMBER:184773021]]
        Dopunsko osiguranje HZZO, br. police: [[MEMBER_NUMBER:25-0044187315]]
        Adresa: [[STREET_ADDRESS:Ulica grada Vukovara 236, 10000 Zagreb]]
        Mob.: [[PHONE_NUMBER:091 552 3087]]   E-mail: [[EMAIL_ADDRESS:ante.babic79@net.hr]]
        Broj kartona: [[MEDICAL_RECORD_NUMBER:K-20411]]
        Upućuje se: KBC Sestre milosrdnice, Zavod za gastroenterologiju i hepatologiju
        Dijagnoza: K50.9 [[HEALTH_CONDITION:Crohnova bolest]], sumnja na egzacerbaciju;
          D50.0 [[HEALTH_CONDITION:sideropenična anemija]] zbog kroničnog gubitka krvi
        Anamneza: zadnja 3 tjedna 6–8 proljevastih stolica dnevno, povremeno s krvlju, gubitak 5 kg.
          CRP 64, Hb 98 g/L ([[DATE:12.02.2025.]]). Zadnja kolonoskopija u KBC-u [[DATE:14. 6. 2022.]]
        Dosadašnja terapija: [[HEALTH_CONDITION:Salofalk]] 3 g/dan, [[HEALTH_CONDITION:azatioprin]] 100 mg
          (od [[DATE:3. svibnja 2023.]]), [[HEALTH_CONDITION:Ferrum Lek]] povremeno.
        Alergija: [[HEALTH_CONDITION:penicilin]] (urtikarija).
        Pitanje: potrebna eskalacija terapije (biološka?) – molim mišljenje i nalaz.
        Pacijent naručen preko CEZIH-a za [[DATE:4. ožujka 2025.]] u 9:40 h (dr. [[PERSON:Marko Jurić]]).
        Šifra liječnika: [[EMPLOYEE_NUMBER:0274119]]   Datum izdavanja: [[DATE:17.02.2025.]]
        Kontakt ordinacije: [[EMAIL_ADDRESS:ordinacija.horvat.kovacic@dzz-centar.hr]]
        Potpis i faksimil: dr. [[PERSON:I. Horvat Kovačić]], dr. med.
        """#,
        #"""
        JU Dom zdravlja Kantona Sarajevo – OJ Dom zdravlja Novo Sarajevo
        Porodična medicina, tim 14 – kartonske bilješke (izvod)
        Pacijentica: [[PERSON:HADŽIĆ AMRA]], rođ. [[PERSON:Kovačević]]
        JMB: [[NATIONAL_ID:2306983175012]]   Datum rođenja: [[DATE_OF_BIRTH:23.06.1983.]]
        Br. zdravstvenog kartona: [[MEDICAL_RECORD_NUMBER:NS-14/08812]]
        ZZO KS – br. zdravstvene iskaznice: [[MEMBER_NUMBER:0911283340]]
        Adresa: [[STREET_ADDRESS:Zmaja od Bosne 47, stan 12, 71000 Sarajevo]]
        Tel.: [[PHONE_NUMBER:061 447 302]]
        [[DATE:10.01.2025.]] Dolazi zbog glavobolja i umora. TA 150/95, 155/100.
          Dg: I10 [[HEALTH_CONDITION:Hipertenzija]], novootkrivena. Uveden [[HEALTH_CONDITION:Amlopin]] 5 mg 1x1.
          Lab: KKS, lipidi, kreatinin, TSH.
        [[DATE:24.01.2025.]] TA 135/85. Hb 104, feritin 6 – [[HEALTH_CONDITION:sideropenična anemija]].
          Propisan [[HEALTH_CONDITION:Ferrum Lek]] 100 mg 1x1. Uputnica ginekologu zbog obilnih menstruacija.
        [[DATE:07.02.2025.]] Nakon smrti oca loše spava, plače, ne ide na posao. PHQ-9 = 14.
          Dg: F32.1 [[HEALTH_CONDITION:Umjerena depresivna epizoda]]. Ponuđen [[HEALTH_CONDITION:sertralin]] –
          pacijentica za sada odbija. Uputnica za CMZ Novo Sarajevo (psiholog [[PERSON:Selma Mujić]]).
          Bolovanje od [[DATE:07.02.2025.]]; poslodavac BH Telecom, lični broj radnika [[EMPLOYEE_NUMBER:BHT-30417]].
        [[DATE:21.02.2025.]] Telefonom javlja muž [[PERSON:Emir Hadžić]] ([[PHONE_NUMBER:062 118 904]]):
          bolje spava, bila u CMZ. Produženo bolovanje do [[DATE:07.03.2025.]]
        Ljekar: dr. [[PERSON:Adnan Begović]], spec. porodične medicine, faksimil br. [[EMPLOYEE_NUMBER:11-2047]]
        """#,
        #"""
        QKUK – Klinika e Kirurgjisë Abdominale, Prishtinë
        DORËZIMI I TURNIT – INFERMIERË (nata e [[DATE:12.03.2025]])
        Dorëzoi: inf. [[PERSON:Valentina Krasniqi]]   Pranoi: inf. [[PERSON:Arbër Gashi]] (07:00)
        Dhoma 4/1 – [[PERSON:HOXHA Bekim]], 54 vj., nr. i kartelës [[MEDICAL_RECORD_NUMBER:KAB-2025-03188]]
          Nr. personal: [[NATIONAL_ID:1174402619]]
          Dg: [[HEALTH_CONDITION:Kolecistit akut kalkuloz]], dita 1 pas operacionit. Dreni 40 ml.
          [[HEALTH_CONDITION:Diabet tip 2]] – glikemia 11,2 në 22:00, dhënë [[HEALTH_CONDITION:Actrapid]] 6 nj. s.c.
          Analgjezi: [[HEALTH_CONDITION:Paracetamol]] 1 g i.v. çdo 6 orë,
          [[HEALTH_CONDITION:Tramadol]] 50 mg sipas nevojës.
        Dhoma 4/3 – [[PERSON:BERISHA-MORINA Shqipe]], 71 vj., kartela [[MEDICAL_RECORD_NUMBER:KAB-2025-03201]]
          Dg: [[HEALTH_CONDITION:Hernie inguinale e inkarceruar]] djathtas, operuar më [[DATE:11.03]]. Pa ankesa.
          KUJDES: alergji në [[HEALTH_CONDITION:Metamizol]] ([[HEALTH_CONDITION:Analgin]])!
          Vajza [[PERSON:Drita]] ka thirrur 3 herë natën – [[PHONE_NUMBER:+383 44 276 513]]
        Dhoma 6/2 – [[PERSON:OSMANI Leutrim]], 19 vj., kartela [[MEDICAL_RECORD_NUMBER:KAB-2025-03212]]
          Dg: [[HEALTH_CONDITION:Apendicit i perforuar]] me [[HEALTH_CONDITION:peritonit]] lokal. Temp. 38,4 në 02:00.
          [[HEALTH_CONDITION:Ceftriakson]] 2 g + [[HEALTH_CONDITION:Metronidazol]] 500 mg i.v. – doza e radhës 08:00.
          Nëna [[PERSON:Hava Osmani]] nga Mitrovica, tel. [[PHONE_NUMBER:049 812 077]]; adresa:
          [[STREET_ADDRESS:Rr. Mbretëresha Teutë nr. 18, 40000 Mitrovicë]]
          Sigurim shëndetësor privat: Sigal Uniqa, polica nr. [[MEMBER_NUMBER:SU-KS-0455182]]
        Dhoma 7/1 – [[PERSON:Милан Јовановић]] / [[PERSON:Milan Jovanović]], 66 vj., nga Graçanica,
          kartela [[MEDICAL_RECORD_NUMBER:KAB-2025-03215]]; flet vetëm serbisht – përkthen dhëndri [[PERSON:Nenad]]
          ([[PHONE_NUMBER:+383 45 602 119]]). Dg: [[HEALTH_CONDITION:Ileus]]?, sonda nazogastrike në drenim.
        Mjeku kujdestar: Dr. [[PERSON:Fatmir Rexhepi]] – [[PHONE_NUMBER:045 330 218]]
        """#,
        #"""
        ΗΛΕΚΤΡΟΝΙΚΗ ΣΥΝΤΑΓΟΓΡΑΦΗΣΗ – ΗΔΙΚΑ Α.Ε.
        Ιατρός: [[PERSON:ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ]] του [[PERSON:Νικολάου]], Παθολόγος
        Α.Μ. Ιατρικού Συλλόγου Αθηνών: [[EMPLOYEE_NUMBER:24517]]
        Ιατρείο: [[STREET_ADDRESS:Λεωφ. Αλεξάνδρας 84, 114 73 Αθήνα]]   Τηλ.: [[PHONE_NUMBER:210 6452 118]]
        Ασθενής: [[PERSON:ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ ΜΑΡΙΑ]] του [[PERSON:Ιωάννη]]
        ΑΜΚΑ: [[NATIONAL_ID:22116304518]]   Ημ. γέννησης: [[DATE_OF_BIRTH:22/11/1963]]
        Α.Φ.Μ.: [[NATIONAL_ID:047338912]]   Φορέας: ΕΟΠΥΥ – e-ΕΦΚΑ (τ. ΙΚΑ)
        Αρ. Μητρώου Ασφαλισμένου: [[MEMBER_NUMBER:7724018836]]
        Δ/νση: [[STREET_ADDRESS:Πατησίων 215, Κυψέλη, 112 53 Αθήνα]]   Κιν.: [[PHONE_NUMBER:694 731 2205]]
        Διαγνώσεις (ICD-10): M81.0 [[HEALTH_CONDITION:Μετεμμηνοπαυσιακή οστεοπόρωση]];
          E03.9 [[HEALTH_CONDITION:Υποθυρεοειδισμός]]
        1. [[HEALTH_CONDITION:ALENDRONIC ACID]] ([[HEALTH_CONDITION:FOSAMAX]]) 70 mg tab – 1 δισκίο/εβδομάδα, νηστική
        2. [[HEALTH_CONDITION:CALCIUM CARBONATE/COLECALCIFEROL]] ([[HEALTH_CONDITION:CALTRATE PLUS]]) – 1x1
        3. [[HEALTH_CONDITION:LEVOTHYROXINE]] ([[HEALTH_CONDITION:EUTHYROX]]) 75 mcg – 1x1 πρωί
        Συμμετοχή: 25%   Ημ/νία έκδοσης: [[DATE:05/03/2025]]   Εκτέλεση έως: [[DATE:04/04/2025]]
        ---
        SMS από [[PHONE_NUMBER:+30 210 8831 904]] ([[DATE:06/03]] 11:42):
        Kalimera k. [[PERSON:Konstantinidou]], ta farmaka sas
        ([[HEALTH_CONDITION:Fosamax]], [[HEALTH_CONDITION:Euthyrox]]) einai etoima sto farmakeio Kypselis,
        [[STREET_ADDRESS:Fokionos Negri 32]]. To [[HEALTH_CONDITION:Caltrate]] den to exoume,
        erxetai Deytera. [[PERSON:Eleni]]
        """#,
        #"""
        ΑΙΤΗΣΗ ΑΠΟΖΗΜΙΩΣΗΣ ΝΟΣΗΛΕΙΑΣ / IN-PATIENT CLAIM FORM
        Αρ. Συμβολαίου / Policy No: [[MEMBER_NUMBER:HM-CY-20418873]]   Αρ. Μέλους: [[MEMBER_NUMBER:20418873-02]]
        ΜΕΡΟΣ Α – Ασφαλισμένος / Policyholder
        Ονοματεπώνυμο: [[PERSON:ΧΑΡΑΛΑΜΠΟΥΣ ΑΝΔΡΕΑΣ]]
        Αρ. Ταυτότητας: [[NATIONAL_ID:0874215]]   Αρ. Κοινωνικών Ασφαλίσεων: [[NATIONAL_ID:3105882]]
        ΓεΣΥ – Αρ. Δικαιούχου: [[MEMBER_NUMBER:0874215-B]]   Ημ. Γεννήσεως: [[DATE_OF_BIRTH:09/04/1975]]
        Διεύθυνση: [[STREET_ADDRESS:Αρχιεπισκόπου Μακαρίου Γ' 112, Διαμ. 301
                   3021 Λεμεσός]]
        Τηλ.: [[PHONE_NUMBER:+357 99 641 220]]   Email: [[EMAIL_ADDRESS:a.charalambous75@cytanet.com.cy]]
        Ασθενής (εξαρτώμενο μέλος): [[PERSON:Χαραλάμπους Έλενα]], κόρη, Ημ. Γεν. [[DATE_OF_BIRTH:17/12/2009]]
        ΜΕΡΟΣ Β – Συμπληρώνεται από τον θεράποντα ιατρό
        Ημ. έναρξης συμπτωμάτων: [[DATE:02/02/2025]]   Ημ. εισαγωγής: [[DATE:03/02/2025]]
        Ημ. εξόδου: [[DATE:05/02/2025]]
        Διάγνωση: [[HEALTH_CONDITION:Acute appendicitis]] (K35.8) / [[HEALTH_CONDITION:Οξεία σκωληκοειδίτιδα]]
        Επέμβαση: Λαπαροσκοπική σκωληκοειδεκτομή, [[DATE:03/02/2025]]
        Προηγούμενο ιστορικό: [[HEALTH_CONDITION:Άσθμα]] από το 2014 – [[HEALTH_CONDITION:Ventolin]] PRN,
          [[HEALTH_CONDITION:Symbicort]] 160/4.5 bd. Χωρίς σχέση με την παρούσα νόσο.
        Αρ. Φακέλου Κλινικής: [[MEDICAL_RECORD_NUMBER:MDC-LIM-2025-00917]]
        Θεράπων ιατρός: Dr [[PERSON:Stelios Georgiou]], Γενικός Χειρουργός, Αρ. Εγγραφής ΠΙΣ [[EMPLOYEE_NUMBER:2817]]
        Τηλ. ιατρείου: [[PHONE_NUMBER:25 878 300]]
        ΜΕΡΟΣ Γ – Στοιχεία πληρωμής
        Δικαιούχος λογαριασμού: [[PERSON:ANDREAS CHARALAMBOUS]]
        IBAN: [[IBAN_CODE:CY21 0020 0195 0000 3570 1234 5678]]   BIC: BCYPCY2N
        Σημείωση πράκτορα ([[PERSON:Maria P.]]): "o pelatis lei oti to Apollonio den ekane direct billing, pliroses o
          idios 2.840 eyro – na ginei apozimiwsi sto IBAN tou. Tel. [[PHONE_NUMBER:99641220]]"
        Υπογραφή: ................   Ημερομηνία: [[DATE:20/02/2025]]
        """#,
        #"""
        MATER DEI HOSPITAL – Outpatients Appointments – outgoing SMS log ([[DATE:11/03/2025]])
        ---
        To [[PHONE_NUMBER:+356 7942 1187]] 09:00
        Għażiż/a [[PERSON:Carmel BORG]], għandek appuntament fid-Diabetes Clinic nhar it-Tlieta
        [[DATE:18/03/2025]] fl-08:45, Outpatients Block B. Ġib il-karta tal-identità [[NATIONAL_ID:0412367M]].
        Biex tikkanċella ċempel [[PHONE_NUMBER:2545 6600]]. Ref [[MEDICAL_RECORD_NUMBER:MDH 0184772]]
        ---
        To [[PHONE_NUMBER:7703 5519]] 09:01
        Appuntament għal [[PERSON:Luke Azzopardi]] (DOB [[DATE_OF_BIRTH:02/07/2016]]) – Paediatric
        [[HEALTH_CONDITION:Asthma]] Review ma' Dr [[PERSON:M. Sultana]], [[DATE:24/03/2025]] 11:30.
        Ġib il-[[HEALTH_CONDITION:Ventolin]] u s-spacer.
        ---
        Reply from [[PHONE_NUMBER:+356 7703 5519]] 09:14
        grazzi imma nistghu nbiddlu ghal xi nhar wara nofsinhar? [[PERSON:Luke]] ghandu test sal-1:30.
        [[PERSON:Josianne]] (ommu)
        ---
        To [[PHONE_NUMBER:7960 2214]] 09:02 (Gozo General Hospital)
        [[PERSON:Joseph Mizzi]]: Anticoagulation Clinic, [[DATE:Monday 17 March]] 08:00. Ħu d-doża
        tal-[[HEALTH_CONDITION:Warfarin]] kif soltu. Indirizz irreġistrat:
        [[STREET_ADDRESS:12, Triq il-Ħamrija, Ix-Xagħra XRA 1204]] – jekk inbidel, għarrafna.
        ---
        POYC to [[PHONE_NUMBER:9946 1102]] 09:03
        [[PERSON:Doris Farrugia]] – Karta Roża nru [[MEMBER_NUMBER:PC 1184470]]: il-mediċini tiegħek
        ([[HEALTH_CONDITION:Metformin]], [[HEALTH_CONDITION:Gliclazide]], [[HEALTH_CONDITION:Ramipril]]) lesti
        mill-Ispiżerija, [[STREET_ADDRESS:45, Triq San Ġużepp, Santa Venera SVR 1012]], mit-[[DATE:13/03]].
        """#,
        #"""
        ULS São João – USF Arca d'Água (ACeS Porto Oriental)
        INFORMAÇÃO CLÍNICA / PEDIDO DE PRIMEIRA CONSULTA HOSPITALAR
        Para: Serviço de Reumatologia, Hospital de São João
        Utente: [[PERSON:Maria de Fátima Sousa Pereira]]
        N.º de utente SNS: [[MEMBER_NUMBER:284 551 937]]   NIF: [[NATIONAL_ID:183 407 229]]
        Cartão de Cidadão: [[NATIONAL_ID:11873402 7 ZX2]]   Data de nascimento: [[DATE_OF_BIRTH:19-08-1961]]
        Morada: [[STREET_ADDRESS:Rua de Costa Cabral, 1287, 3.º Dto.
                4200-227 Porto]]
        Telemóvel: [[PHONE_NUMBER:916 402 775]]   Telefone: [[PHONE_NUMBER:225 093 118]]
        Processo n.º [[MEDICAL_RECORD_NUMBER:USFAA-00412877]]
        Motivo: poliartralgias de ritmo inflamatório das mãos e punhos há 4 meses, rigidez matinal > 1 h,
          edema das MCF bilateral. FR 84 UI/ml, anti-CCP > 300, VS 52 ([[DATE:21/02/2025]]).
        Hipótese diagnóstica: [[HEALTH_CONDITION:Artrite reumatoide]] de início recente.
        Antecedentes: [[HEALTH_CONDITION:Diabetes mellitus tipo 2]] (2015), [[HEALTH_CONDITION:hipotiroidismo]],
          [[HEALTH_CONDITION:perturbação depressiva]] em 2019, já sem medicação.
        Medicação: [[HEALTH_CONDITION:Metformina]] 1000 mg 2id; [[HEALTH_CONDITION:Levotiroxina]] 50 µg;
          [[HEALTH_CONDITION:Brufen]] 400 SOS (suspenso);
          [[HEALTH_CONDITION:prednisolona]] 5 mg desde [[DATE:10 de janeiro]].
        Isenta de taxas moderadoras (insuficiência económica).
        Filha e cuidadora: [[PERSON:Joana Pereira Lopes]], [[PHONE_NUMBER:+351 933 118 402]],
          [[EMAIL_ADDRESS:joana.plopes@sapo.pt]] – pede marcação por e-mail, a utente não ouve bem ao telefone.
        Agradeço a observação. Com os melhores cumprimentos,
        Dr.ª [[PERSON:Teresa Magalhães]], Médica de Família, cédula profissional OM n.º [[EMPLOYEE_NUMBER:41207]]
        Porto, [[DATE:3 de março de 2025]]
        """#,
        #"""
        CLSC du Plateau-Mont-Royal – Guichet d'accès en santé mentale adulte (GASMA)
        FORMULAIRE D'ACCUEIL – SANTÉ MENTALE
        Date de l'entrevue : [[DATE:2025-02-11]]   Mode : en personne
        Intervenante : [[PERSON:Geneviève Tremblay]], t.s., permis OTSTCFQ n° [[EMPLOYEE_NUMBER:TS-08712]]
        Usager : [[PERSON:GAGNON, Maxime]]   No de dossier : [[MEDICAL_RECORD_NUMBER:PMR-0311847]]
        Date de naissance : [[DATE_OF_BIRTH:1994-06-27]]   RAMQ : [[MEMBER_NUMBER:GAGM 9406 2714]] (exp. 2027-06)
        NAS (dossier CNESST/assurance salaire) : [[NATIONAL_ID:271 448 903]]
        Adresse : [[STREET_ADDRESS:4318, rue De Lanaudière, app. 2, Montréal (Québec) H2J 3P1]]
        Cell. : [[PHONE_NUMBER:514 809-2271]]   Courriel : [[EMAIL_ADDRESS:max.gagnon94@hotmail.ca]]
        Personne à joindre : [[PERSON:Sophie Gagnon]] (sœur), [[PHONE_NUMBER:450 677-3012]]
        Motif (mots de l'usager) : « chu pu capable, j'dors pu pis j'ai lâché la job la semaine passée ».
        Antécédents : [[HEALTH_CONDITION:TDAH]] diagnostiqué au cégep, suivi arrêté. Épisode de
          [[HEALTH_CONDITION:dépression majeure]] en 2019 traité avec [[HEALTH_CONDITION:Cipralex]] (7 mois).
        Consommation : cannabis quotidien (2–3 joints), alcool la fin de semaine.
        Médication actuelle : [[HEALTH_CONDITION:Vyvanse]] 30 mg (cessé en décembre),
          [[HEALTH_CONDITION:trazodone]] 50 mg HS prescrit à la clinique sans rendez-vous le [[DATE:28 janvier]].
        Risque suicidaire : idées passives, pas de plan ni de moyen; filet de sécurité discuté avec la sœur.
        Impression clinique : [[HEALTH_CONDITION:trouble de l'adaptation avec humeur dépressive]] vs
          [[HEALTH_CONDITION:épisode dépressif majeur]]; r/o [[HEALTH_CONDITION:trouble lié à l'usage du cannabis]].
        Emploi : préposé au service à la clientèle, Desjardins, matricule [[EMPLOYEE_NUMBER:D-448120]].
        Orientation : GMF-U Notre-Dame, Dre [[PERSON:Isabelle Côté]], le [[DATE:19 février 2025]] à 13 h 30;
          groupe « Gestion de l'anxiété » à partir du [[DATE:3 mars]].
        Signature : [[PERSON:G. Tremblay]], t.s.
        """#,
        #"""
        UNIVERSITY HOSPITAL OF THE WEST INDIES – MONA, KINGSTON 7
        DEPARTMENT OF MEDICINE – DISCHARGE SUMMARY
        Name: [[PERSON:CAMPBELL, Marcia Yvonne]]   Hosp. No.: [[MEDICAL_RECORD_NUMBER:UH 48-21-77]]
        DOB: [[DATE_OF_BIRTH:04/11/1958]]   TRN: [[NATIONAL_ID:104-887-312]]
        NHF Card No.: [[MEMBER_NUMBER:0338 7710 42]]   JADEP No.: [[MEMBER_NUMBER:JD-118834]]
        Sagicor Health Policy: [[MEMBER_NUMBER:SG-2204471/03]]
        Address: [[STREET_ADDRESS:Lot 214, Greater Portmore, Phase 3, St. Catherine]]
        Tel: [[PHONE_NUMBER:(876) 939-4471]]   Cell: [[PHONE_NUMBER:876-442-8109]]
        NOK: son, [[PERSON:Dwayne Campbell]] ("Bigga"), [[PHONE_NUMBER:876-381-2290]]
             daughter, [[PERSON:Kimberley Campbell-Greaves]], Bridgetown, Barbados, [[PHONE_NUMBER:+1 (246) 231-7740]]
        Date of admission: [[DATE:12 January 2025]]   Date of discharge: [[DATE:20 January 2025]]   Ward: 5 Medical
        Principal diagnosis: [[HEALTH_CONDITION:Diabetic ketoacidosis]]
        Other: [[HEALTH_CONDITION:Hypertension]]; [[HEALTH_CONDITION:Chronic kidney disease stage 3a]];
          [[HEALTH_CONDITION:Sickle cell trait]]
        Course: Presented via A&E with vomiting x 2/7 ("mi belly a hurt mi, sugar high"). Glucose 32 mmol/L,
          pH 7.12. Managed per DKA protocol; precipitant thought to be [[HEALTH_CONDITION:urinary tract infection]]
          (E. coli), treated with [[HEALTH_CONDITION:ceftriaxone]] then [[HEALTH_CONDITION:nitrofurantoin]].
        Discharge medications:
          [[HEALTH_CONDITION:Insulin NPH]] 20 u am / 12 u pm (via JADEP)
          [[HEALTH_CONDITION:Amlodipine]] 10 mg od; [[HEALTH_CONDITION:Losartan]] 50 mg od
          [[HEALTH_CONDITION:Aspirin]] 81 mg od
        Follow-up: Medical Outpatients [[DATE:10/02/25]]; Diabetes educator Nurse [[PERSON:Shernette Brown]] ext 2214.
        Dr [[PERSON:K. A. Ramsay-Williams]], DM (Int Med), MCJ Reg. No. [[EMPLOYEE_NUMBER:MCJ 3318]]
        """#,
        #"""
        COLONIAL WAR MEMORIAL HOSPITAL, SUVA – MEDICAL WARD 2
        NURSING HANDOVER – night to morning, [[DATE:Wed 26/02/2025]]
        Handing over: S/N [[PERSON:Mereani Tuilau]]   Receiving: S/N [[PERSON:Priya Lata]]
        Bed 1 – [[PERSON:Josefa NAIVALU]], 62M, Reg No [[MEDICAL_RECORD_NUMBER:CWM 0448172]]
          Dx: [[HEALTH_CONDITION:Diabetic foot sepsis]] L foot, for debridement today; [[HEALTH_CONDITION:T2DM]].
          On [[HEALTH_CONDITION:Cloxacillin]] IV 6hrly + [[HEALTH_CONDITION:Gentamicin]] daily. CBG 14.2 at 0400.
          Wife [[PERSON:Seini]] staying, ph [[PHONE_NUMBER:+679 924 6617]].
          Lives [[STREET_ADDRESS:Lot 7 Wailea Settlement, Vatuwaqa]].
        Bed 3 – [[PERSON:Ram Prasad]], 71M, Reg No [[MEDICAL_RECORD_NUMBER:CWM 0391604]]
          Dx: [[HEALTH_CONDITION:CCF]] exacerbation, [[HEALTH_CONDITION:AF]]. [[HEALTH_CONDITION:Frusemide]] 40mg IV bd,
          [[HEALTH_CONDITION:Digoxin]] withheld (HR 52). Strict I/O, daily wt.
          Son [[PERSON:Anil]] bringing meds from Labasa, ph [[PHONE_NUMBER:838 1127]].
        Bed 5 – [[PERSON:Sione Taufa]], 45M (Tongan, visiting family), Reg No [[MEDICAL_RECORD_NUMBER:CWM 0451020]]
          Dx: ? [[HEALTH_CONDITION:Typhoid fever]], blood cultures pending. [[HEALTH_CONDITION:Ceftriaxone]] 2g daily.
          Passport (Tonga) [[NATIONAL_ID:T0418827]];
          sister [[PERSON:Mele Taufa]] in Nuku'alofa [[PHONE_NUMBER:+676 771 4409]].
          Travel insurance: Tower, policy [[MEMBER_NUMBER:TWR-TG-0092174]].
        Bed 6 – [[PERSON:Losa Tuimavave]], 38F (Samoan), Reg No [[MEDICAL_RECORD_NUMBER:CWM 0451133]]
          Dx: [[HEALTH_CONDITION:Dengue fever]] with warning signs, platelets 34. Strict fluid chart, no NSAIDs.
          Husband [[PERSON:Tavita]] ph [[PHONE_NUMBER:+685 772 0193]].
        Doctor on call: Dr [[PERSON:Vikash Chand]], ext 3305. MO for review: Dr [[PERSON:Tevita Fifita]].
        """#,
        #"""
        ISBITAALKA BANADIR – Waaxda Caafimaadka Gudaha / Internal Medicine, Muqdisho
        WARQADDA GUDBINTA / REFERRAL LETTER
        Taariikh: [[DATE:09/03/2025]]
        Loo diray: Dr [[PERSON:Abdirahman Warsame]], Renal Dialysis Unit, Recep Tayyip Erdoğan Hospital
        Bukaanka: [[PERSON:Faadumo Cali Xasan]] ([[PERSON:Fadumo Ali Hassan]])   Da'da: 52   Jinsi: Dheddig
        Taariikhda dhalashada: [[DATE_OF_BIRTH:01/01/1973]]
        Lambarka aqoonsiga (NIRA): [[NATIONAL_ID:4417 2093 8816]]
        Lambarka faylka: [[MEDICAL_RECORD_NUMBER:BH/MED/2025/1187]]
        Cinwaanka: [[STREET_ADDRESS:Degmada Hodan, Waddada Maka Al-Mukarama, Guriga 14, Muqdisho]]
        Telefoon: [[PHONE_NUMBER:+252 61 5447 208]]   Wiilkeeda: [[PERSON:Maxamed Cabdi]], [[PHONE_NUMBER:0615 902 331]]
        Dear colleague,
        Kindly receive the above patient with [[HEALTH_CONDITION:end-stage renal disease]], most likely
        [[HEALTH_CONDITION:hypertensive nephropathy]], and [[HEALTH_CONDITION:severe anaemia]] (Hb 6.1 g/dL).
        Cudurka: [[HEALTH_CONDITION:fashilka kelyaha]] – bukaanku wuxuu qabaa bararka lugaha iyo neefta oo dhib ah.
        Labs ([[DATE:08/03/2025]]): creatinine 9.4 mg/dL, urea 212, K+ 6.2, HCO3 14.
        Given [[HEALTH_CONDITION:calcium gluconate]], [[HEALTH_CONDITION:insulin]]-dextrose and
        [[HEALTH_CONDITION:salbutamol]] neb.
        Current medication: [[HEALTH_CONDITION:Nifedipine]] 20 mg bd, [[HEALTH_CONDITION:Furosemide]] 80 mg bd,
          [[HEALTH_CONDITION:Calcium carbonate]] 500 mg tds. 2 units blood transfused [[DATE:8 March]].
        Also known [[HEALTH_CONDITION:hepatitis B]] carrier (HBsAg +) – please arrange isolation machine.
        She needs urgent haemodialysis which is not available in our unit.
        Mahadsanid,
        Dr [[PERSON:Hodan Yuusuf Maxamuud]], Physician
        Somali Medical & Dental Council Reg. [[EMPLOYEE_NUMBER:SMDC/0927]]
        Email: [[EMAIL_ADDRESS:hodan.yusuf@banadirhospital.so]]   Tel: [[PHONE_NUMBER:+252 61 7730 415]]
        """#,
        #"""
        TEACHING HOSPITAL PERADENIYA / ශික්ෂණ රෝහල පේරාදෙණිය
        Medical Clinic 3 – Clinic record / Prescription
        Clinic No: [[MEDICAL_RECORD_NUMBER:MC3/24/11872]]   BHT (last admission): [[MEDICAL_RECORD_NUMBER:BHT 55/3408]]
        නම / Name: [[PERSON:ඩබ්ලිව්. එම්. සුනිල් විජේරත්න]] / [[PERSON:W. M. Sunil Wijeratne]]
        NIC: [[NATIONAL_ID:196317204518]]   DOB: [[DATE_OF_BIRTH:20.06.1963]]   Age: 61
        ලිපිනය / Address: [[STREET_ADDRESS:No. 27/3, Galaha Road, Peradeniya]]
        දුරකථන / Tel: [[PHONE_NUMBER:071 845 2209]]
        Date: [[DATE:2025.03.04]]
        Dx: [[HEALTH_CONDITION:Ischaemic heart disease]] (NSTEMI [[DATE:11.11.2024]]), [[HEALTH_CONDITION:DM]],
            [[HEALTH_CONDITION:Dyslipidaemia]], [[HEALTH_CONDITION:Bronchial asthma]] (mild)
        c/o exertional chest tightness – less. FBS 142. BP 130/80.
        Rx:
          [[HEALTH_CONDITION:Clopidogrel]] 75 mg nocte
          [[HEALTH_CONDITION:Atorvastatin]] 20 mg nocte
          [[HEALTH_CONDITION:Metformin]] 500 mg tds
          [[HEALTH_CONDITION:ISMN]] 30 mg bd
          [[HEALTH_CONDITION:Salbutamol]] inhaler SOS (avoid [[HEALTH_CONDITION:propranolol]])
        ඊළඟ සායනය / Next clinic: [[DATE:01.04.2025]] – FBS, lipid profile before.
        Dr [[PERSON:R. M. S. K. Rathnayake]], Registrar, SLMC Reg. [[EMPLOYEE_NUMBER:28417]]
        --- Osu Sala, Kandy – pharmacist's note ---
        மருந்தாளர் குறிப்பு: [[HEALTH_CONDITION:Clopidogrel]] stock இல்லை – [[HEALTH_CONDITION:Plavix]] கொடுக்கப்பட்டது.
        Collected by daughter [[PERSON:Nimali Wijeratne]] (NIC [[NATIONAL_ID:897312045V]]),
        tel [[PHONE_NUMBER:077 301 6642]].
        Pharmacist: [[PERSON:எஸ். கஜேந்திரன்]] / [[PERSON:S. Gajendran]], Reg. No. [[EMPLOYEE_NUMBER:PH/4471]]
        """#,
    ]

    /// A thirty-ninth set of everyday texts, written blind to DataGuard's rules.
    static let thirtyNinthEveryday: [String] = [
        #"""
        KÜ Mustamäe tee 38 🏠 (WhatsApp)
        [[DATE:03.03.2025]]
        19:02 - [[PERSON:anu]] juhatus: Tere kõik! Üldkoosolek [[DATE:20.03]] kell 18:00 keldriruumis.
          Remondifondi makse palun KÜ kontole [[IBAN_CODE:EE47 1010 2200 0331 8012 11]], selgitusse korteri nr.
        19:05 - [[PERSON:Sergei]] kv47: Добрый вечер. Я 20-го в Нарве, можно по доверенности жена придёт?
        19:06 - [[PERSON:anu]] juhatus: Jah, sobib. Volikiri allkirjastatuna, isikukoodiga.
        19:09 - [[PERSON:Sergei]] kv47: Доверенность на [[PERSON:Смирнова Ирина]], isikukood [[NATIONAL_ID:47902150337]]
        19:10 - [[PERSON:Kaia]] 🌸: Sergei, seda poleks pidanud siia gruppi panema 🙈
        19:11 - [[PERSON:Sergei]] kv47: ой, ладно, уже поздно 😅
        19:20 - [[PERSON:marko]]: kes see valge audi on jälle invakohal??
        19:24 - [[PERSON:Lembit Saar]]: Minu oma, vabandust. Olin kuu aega haiglas, [[HEALTH_CONDITION:puusamurd]].
          Invakaart on olemas, panen klaasi taha.
        19:31 - [[PERSON:Kaia]] 🌸: Kas keegi teab head perearsti? Meie dr [[PERSON:Pärn]] läks pensionile ja
          poja [[HEALTH_CONDITION:astma]] retsept [[HEALTH_CONDITION:Flixotide]] lõpeb [[DATE:15. märtsil]] 😩
        19:33 - [[PERSON:Tiiu]] (kv 3): Nõmme perearstikeskus võtab veel. Dr [[PERSON:Heli Rand]], väga tore.
        19:40 - [[PERSON:anu]] juhatus: Halduri uus kontakt: [[PERSON:Tõnu Lepik]] [[PHONE_NUMBER:5622 4180]],
          [[EMAIL_ADDRESS:tonu.lepik@haldus24.ee]]. Lift on teatatud.
        19:52 - [[PERSON:marko]]: pakiautomaadist võeti minu pakk?? saaja [[PERSON:Marko Rebane]],
          [[STREET_ADDRESS:Mustamäe tee 38-12, 12915 Tallinn]], kui kellelgi kogemata,
          helistage [[PHONE_NUMBER:+372 5818 3307]]
        """#,
        #"""
        SIA "Baltijas Loģistika" – DARBINIEKA PERSONAS DATU ANKETA
        Personāla nr.: [[EMPLOYEE_NUMBER:BL-00487]]         Aizpildīšanas datums: [[DATE:24.03.2025]]
        Vārds, uzvārds: [[PERSON:ARTŪRS KĻAVIŅŠ]]
        Personas kods: [[NATIONAL_ID:170690-11843]]        Dzimšanas datums: [[DATE_OF_BIRTH:17.06.1990]]
        Pase / eID karte nr.: [[NATIONAL_ID:PA1203457]]   Vadītāja apliecība: [[NATIONAL_ID:AT441297]]
        Deklarētā adrese: [[STREET_ADDRESS:Maskavas iela 260 k-2, dz. 41, Rīga, LV-1063]]
        Faktiskā dzīvesvieta: [[STREET_ADDRESS:"Kalnziedi", Ādažu pag., Ādažu nov., LV-2164]]
        Mob. tālr.: [[PHONE_NUMBER:+371 26 418 092]]    E-pasts: [[EMAIL_ADDRESS:arturs.klavins90@inbox.lv]]
        Algas konts (IBAN): [[IBAN_CODE:LV61 HABA 0551 0384 7712 9]]
        Amats: noliktavas vadītājs     Darba sākums: [[DATE:01.04.2025]]
        Veselības apdrošināšana (ERGO), polises nr.: [[MEMBER_NUMBER:ERG-VA-2025-118402]]
        Obligātā veselības pārbaude: derīga līdz [[DATE:14.03.2026]]
          Ierobežojumi: [[HEALTH_CONDITION:bronhiālā astma]] – nestrādāt putekļainā vidē ilgstoši.
        Kontaktpersona ārkārtas gadījumā: [[PERSON:Kristīne Kļaviņa]] (sieva), [[PHONE_NUMBER:29 554 310]]
        Apgādībā esošie (iedzīvotāju ienākuma nodokļa atvieglojumam):
          1. [[PERSON:Emīls Kļaviņš]], p.k. [[NATIONAL_ID:080517-21309]]
          2. [[PERSON:Marta Kļaviņa]], p.k. [[NATIONAL_ID:321109-22754]]
        Arodbiedrības (LTFA) biedra nr.: [[MEMBER_NUMBER:LTFA-3308]]
        Iepriekšējais darba devējs: SIA "Nord Trans",
          vadītājs [[PERSON:Oļegs Petrovs]], tālr. [[PHONE_NUMBER:67 214 550]]
        Piezīmes (personāla daļa): Заполнено со слов работника, копия паспорта в папке.
        Aizpildīja: personāla speciāliste [[PERSON:Inese Liepiņa]], [[EMAIL_ADDRESS:inese.liepina@baltlog.lv]]
        Darbinieka paraksts: ____________ [[PERSON:A. Kļaviņš]]
        """#,
        #"""
        From: [[PERSON:Gintarė Žukauskienė]] <[[EMAIL_ADDRESS:gintare.zukauskiene@gmail.com]]>
        To: [[PERSON:Tomas Urbonas]] <[[EMAIL_ADDRESS:tomas.urbonas@luminor.lt]]>
        Data: [[DATE:2025 m. vasario 18 d.]], 09:47
        Tema: Prašymas – du pavedimai ir kortelė
        Laba diena, [[PERSON:Tomai]],
        prašau iš mano sąskaitos [[IBAN_CODE:LT72 4010 0510 0412 7783]] atlikti šiuos pavedimus:
        1) 2 450,00 EUR
           Gavėjas: [[PERSON:Julius Žukauskas]]
           Adresas: [[STREET_ADDRESS:14 Harold Road, Flat 3, London E13 0SQ]]
           Sąskaita (UK): sort code 20-45-77, account no. [[US_BANK_ACCOUNT:43812076]]
           Paskirtis: „Mamos operacijai po [[HEALTH_CONDITION:šlaunikaulio kaklo lūžio]]“
        2) 480,00 EUR – nuoma už kovą
           Gavėja: [[PERSON:Aldona Kazlauskienė]], [[IBAN_CODE:LT06 7300 0101 2274 5519]]
           Paskirtis: „Nuoma [[STREET_ADDRESS:Žirmūnų g. 68-22, Vilnius]], kovas“
        Taip pat mano kortelė Nr. [[CREDIT_CARD:5168 7421 0093 4417]] buvo užblokuota po bandymo atsiskaityti
        Londone. Prašau atblokuoti arba išduoti naują ir atsiųsti į namų adresą.
        Mano a. k. [[NATIONAL_ID:48504120388]], tel. [[PHONE_NUMBER:+370 687 41 229]].
        Jei reikia patvirtinimo, skambinkite po 14 val. – ryte būnu pas mamą Santaros klinikose.
        Pagarbiai,
        [[PERSON:Gintarė Žukauskienė]]
        Vyr. buhalterė | UAB „Medeinos baldai“
        [[STREET_ADDRESS:Pramonės pr. 16E, LT-51327 Kaunas]]
        Mob. [[PHONE_NUMBER:8 687 41229]] | [[EMAIL_ADDRESS:g.zukauskiene@medeinosbaldai.lt]]
        -----
        Atsakymas [[DATE:2025-02-18]] 11:02, [[PERSON:Tomas Urbonas]], klientų vadybininkas,
        tel. [[PHONE_NUMBER:+370 5 239 3512]]:
        Gerb. [[PERSON:Gintare]], pavedimai įvykdyti. Kortelė atblokuota. Linkiu mamai sveikti.
        """#,
        #"""
        Viber: Roditelji 3-2 OŠ "Vuk Karadžić" 📚
        [[DATE:14.11.2024.]]
        08:12 [[PERSON:Jelena]] mama od [[PERSON:Luke]]: Dobro jutro! Da li neko zna da li sutra ima fizičko?
        08:15 [[PERSON:milos p]]: nema, učiteljica [[PERSON:Snežana]] je na bolovanju do ponedeljka
        08:16 [[PERSON:Sanja Ilić]]: Dolazi zamena, nastavnica [[PERSON:Marković]] iz 3-1
        08:20 [[PERSON:Dragan]]: Ljudi, [[PERSON:Nikola]] ima [[HEALTH_CONDITION:ovčije boginje]] 😩 pazite na decu
        08:21 [[PERSON:Jelena]] mama od [[PERSON:Luke]]: joj jadan, brzo ozdravio!!
          jel bio kod dr [[PERSON:Petrovićke]]?
        08:25 [[PERSON:milos p]]: za ekskurziju uplata 6.400 din na račun škole [[US_BANK_ACCOUNT:840-1204660-41]],
          poziv na broj ime i prezime deteta
        08:30 [[PERSON:Sanja Ilić]]: Ko nije dao JMBG deteta za osiguranje ekskurzije neka pošalje MENI privatno
        08:33 [[PERSON:Goca Stanković]]: evo za [[PERSON:Teodoru]]: [[NATIONAL_ID:2203016715013]],
          rođena [[DATE_OF_BIRTH:22.03.2016.]]
        08:34 [[PERSON:Sanja Ilić]]: [[PERSON:Goco]] 🙈 rekla sam privatno 😅
        08:35 [[PERSON:Goca Stanković]]: jaooo izvini, sad ću obrisati
        08:40 [[PERSON:Dragan]]: Usput, [[PERSON:Nikola]] ima i [[HEALTH_CONDITION:alergiju na kikiriki]],
          nosi [[HEALTH_CONDITION:EpiPen]]. Neka neko od roditelja pratilaca ima moj broj [[PHONE_NUMBER:063/445-218]]
        08:44 [[PERSON:maja vukovic]]: Rođendan [[PERSON:Vuka]] u subotu [[DATE:16.11.]] od 17h, kod nas u stanu:
          [[STREET_ADDRESS:Bulevar cara Lazara 74, ulaz 2, stan 9, Novi Sad]] 🎉
          potvrdite na [[PHONE_NUMBER:+381 64 2207 915]]
        """#,
        #"""
        UGOVOR O ZAKUPU STANA
        Zaključen dana [[DATE:1. februara 2025.]] godine u Podgorici, između:
        1. ZAKUPODAVCA: [[PERSON:Vesna Radulović]], JMBG [[NATIONAL_ID:1405968215017]],
           sa prebivalištem u [[STREET_ADDRESS:ul. Njegoševa 27, 81000 Podgorica]], tel. [[PHONE_NUMBER:067 412 889]]
        2. ZAKUPCA: [[PERSON:Marko Vujošević]], JMBG [[NATIONAL_ID:0309994230011]],
           lična karta br. [[NATIONAL_ID:015482237]],
           sa prebivalištem u [[STREET_ADDRESS:Ulica Vuka Karadžića 14, 81400 Nikšić]],
           tel. [[PHONE_NUMBER:+382 69 301 774]]
        Član 1.
        Predmet zakupa je dvosoban stan površine 54 m², na adresi
        [[STREET_ADDRESS:Bulevar Džordža Vašingtona 98, ulaz B, stan 17,
        81000 Podgorica]].
        Član 2.
        Ugovor se zaključuje na određeno vrijeme, od [[DATE:01.02.2025.]] do [[DATE:31.01.2026.]]
        Član 3.
        Mjesečna zakupnina iznosi 380 € i plaća se do 5. u mjesecu na žiro račun zakupodavca
        br. [[US_BANK_ACCOUNT:510-0000000214877-39]] kod CKB banke.
        Član 4.
        U stanu će, pored zakupca, boraviti supruga [[PERSON:Ana Vujošević]], rođena [[DATE_OF_BIRTH:11.07.1996.]],
        i majka zakupca [[PERSON:Ljubica Vujošević]] koja se kreće uz pomoć kolica
        nakon [[HEALTH_CONDITION:moždanog udara]];
        zakupodavac dozvoljava ugradnju rampe na ulazu o trošku zakupca.
        Član 5.
        Za kvarove se zakupac obraća upravniku zgrade [[PERSON:Željku]], tel. [[PHONE_NUMBER:068 220 541]].
        Član 9.
        Ugovor je sačinjen u 4 istovjetna primjerka i ovjeren kod notara [[PERSON:Milice Bošković]], UZZ br. 412/2025.
        ZAKUPODAVAC                                 ZAKUPAC
        [[PERSON:V. Radulović]] ____________              [[PERSON:M. Vujošević]] ____________
        """#,
        #"""
        ОПШТИНА КАРПОШ – Сектор за комунални работи и сообраќај
        [[STREET_ADDRESS:бул. Партизански одреди бр. 68, 1000 Скопје]]
        Бр. 26-1187/2
        Датум: [[DATE:17.02.2025]]
        До:
        [[PERSON:Горан Стојановски]]
        [[STREET_ADDRESS:ул. Никола Русински бр. 4/2-12
        1000 Скопје]]
        ЕМБГ: [[NATIONAL_ID:2108971450019]]
        ПРЕДМЕТ: Одговор на барање за резервирано паркинг место за лице со попреченост
        Почитуван г-дин [[PERSON:Стојановски]],
        Постапувајќи по Вашето барање од [[DATE:29.01.2025]], поднесено за Вашата сопруга
        [[PERSON:Билјана Стојановска]] (ЕМБГ [[NATIONAL_ID:0304974455006]]), а врз основа на наодот од
        ЈЗУ Универзитетска клиника за неврологија со кој се утврдува [[HEALTH_CONDITION:мултиплекс склероза]]
        со намалена подвижност, Ве известуваме дека барањето е ОДОБРЕНО.
        Резервираното место ќе биде обележано пред влезот на зградата до [[DATE:15 март 2025]].
        Потребно е да доставите копија од сообраќајна дозвола и лична карта (бр. [[NATIONAL_ID:A1893402]]),
        како и доказ за уплата на административна такса од 500 денари на сметка [[US_BANK_ACCOUNT:100000000063095]],
        приходна шифра 722319.
        За дополнителни информации обратете се кај [[PERSON:Марија Трајковска]], раководител на одделение,
        тел. [[PHONE_NUMBER:02 3061 224]], е-пошта [[EMAIL_ADDRESS:marija.trajkovska@karpos.gov.mk]].
        Со почит,
        Раководител на сектор
        [[PERSON:Дејан Николовски]], дипл. инж.
        ---
        P.S. (рачно): Gospodine [[PERSON:Stojanovski]], pozdrav i brzo ozdravuvanje za soprugata. – [[PERSON:Марија]]
        """#,
        #"""
        SINDIKAT ZDRAVSTVA IN SOCIALNEGA VARSTVA SLOVENIJE – Sindikat UKC Ljubljana
        [[STREET_ADDRESS:Zaloška cesta 2, 1000 Ljubljana]]
        Ljubljana, [[DATE:10. 3. 2025]]
        Ga. [[PERSON:Mojca Zupančič]]
        [[STREET_ADDRESS:Trubarjeva cesta 61
        1000 Ljubljana]]
        Članska št.: [[MEMBER_NUMBER:SZSVS-104772]]
        Zadeva: Pravna pomoč – redna odpoved pogodbe o zaposlitvi
        Spoštovana ga. [[PERSON:Zupančič]],
        potrjujemo prejem vaše vloge z dne [[DATE:6. 3. 2025]]. Iz priložene dokumentacije izhaja, da vam je
        delodajalec (osebna št. [[EMPLOYEE_NUMBER:UKC-33817]]) podal odpoved po daljši bolniški odsotnosti zaradi
        [[HEALTH_CONDITION:izgorelosti]] in [[HEALTH_CONDITION:hernije diska]] L5/S1.
        Zadevo smo dodelili odvetnici mag. [[PERSON:Tanji Kralj]], ki vas bo poklicala na [[PHONE_NUMBER:040 612 338]].
        Prosimo, da do [[DATE:20. marca 2025]] posredujete:
         – kopijo odpovedi in pogodbe o zaposlitvi,
         – mnenje invalidske komisije ZPIZ in potrdilo ZZZS (št. zavarovane osebe [[MEMBER_NUMBER:027418835]]),
         – EMŠO [[NATIONAL_ID:2410979505218]] in davčno številko [[NATIONAL_ID:48217536]] za pooblastilo.
        Solidarnostno pomoč v višini 300 EUR bomo nakazali na vaš TRR [[IBAN_CODE:SI56 0201 1025 4418 773]].
        Lep pozdrav,
        [[PERSON:Boštjan Novak]]
        sindikalni zaupnik
        T: [[PHONE_NUMBER:01 522 4418]] | M: [[PHONE_NUMBER:041 377 092]]
        E: [[EMAIL_ADDRESS:bostjan.novak@szsvs.si]]
        """#,
        #"""
        CURRICULUM VITAE
        [[PERSON:ELONA SHEHU]]
        Datëlindja: [[DATE_OF_BIRTH:14 korrik 1993]]     Vendlindja: Gjakovë, Kosovë
        Nr. personal (NID): [[NATIONAL_ID:J35714062L]]   Pasaporta: [[NATIONAL_ID:BF4417082]]
        Adresa: [[STREET_ADDRESS:Rruga e Kavajës, Pallati 112, Shkalla 3, Ap. 14, Tiranë 1001]]
        Cel: [[PHONE_NUMBER:+355 69 418 2207]]   Email: [[EMAIL_ADDRESS:elona.shehu93@yahoo.com]]
        Gjendja civile: e martuar me [[PERSON:Ardit Shehu]], 1 fëmijë
        PROFILI
        Infermiere e licencuar me 8 vjet përvojë në kardiologji dhe urgjencë. Kërkoj punë në Gjermani (Pflege).
        Nr. licence, Urdhri i Infermierit: [[EMPLOYEE_NUMBER:UI-TR-08841]]
        PËRVOJA
        2019 – sot   Infermiere, Shërbimi i Kardiologjisë, QSUT "Nënë Tereza", Tiranë
                     – kujdes për pacientë me [[HEALTH_CONDITION:infarkt miokardi]]
                       dhe [[HEALTH_CONDITION:insuficiencë kardiake]]
                     – administrim i [[HEALTH_CONDITION:heparinë]] dhe monitorim i INR për [[HEALTH_CONDITION:Sintrom]]
        2016 – 2019  Infermiere, Urgjenca, Spitali Rajonal Durrës
        ARSIMIMI
        2012 – 2016  Bachelor në Infermieri, Universiteti i Mjekësisë, Tiranë
        GJUHËT
        Anglisht B2, italisht C1, gjermanisht B1 (Goethe-Zertifikat, [[DATE:12.05.2023]])
        TË TJERA
        Vaksinuar kundër [[HEALTH_CONDITION:hepatitit B]]; patentë B, nr. [[NATIONAL_ID:AL3318772]]
        REFERENCA
        Dr. [[PERSON:Artan Dervishi]], shef i shërbimit –
          [[PHONE_NUMBER:068 204 3317]], [[EMAIL_ADDRESS:a.dervishi@qsut.gov.al]]
        Znj. [[PERSON:Mirela Hoxha]], kryeinfermiere, Spitali Rajonal Durrës – [[PHONE_NUMBER:+355 52 230 118]]
        Tiranë, [[DATE:2 mars 2025]]
        """#,
        #"""
        From: [[PERSON:Dorianne Vella]] <[[EMAIL_ADDRESS:dorianne.vella@gmail.com]]>
        To: Ms [[PERSON:Claire Zammit]] <[[EMAIL_ADDRESS:claire.zammit.1@ilearn.edu.mt]]>
        Date: [[DATE:Tue, 4 Mar 2025]] 07:41
        Subject: Year 4 Red – [[PERSON:Kylie Vella]] assenti / mediċini
        Għażiża Miss [[PERSON:Claire]],
        [[PERSON:Kylie]] ma ġietx l-iskola l-bieraħ u lanqas illum għax għandha [[HEALTH_CONDITION:tonsillitis]].
        Id-Dr [[PERSON:Grech]] taċ-Ċentru tas-Saħħa tal-Floriana tatha [[HEALTH_CONDITION:Augmentin]]
        sal-[[DATE:9 ta' Marzu]].
        Iċ-ċertifikat nibgħatu man-Nannu [[PERSON:Ġorġ]] meta jiġi jiġborha [[DATE:nhar il-Ħamis]].
        Also a reminder: [[PERSON:Kylie]] has [[HEALTH_CONDITION:Type 1 diabetes]] and must have her snack
        at 10:00 and check her sugar before PE. The [[HEALTH_CONDITION:insulin]] pen stays with the LSE,
        Ms [[PERSON:Abela]].
        Grazzi ħafna,
        [[PERSON:Dorianne Vella]] (omm [[PERSON:Kylie]])
        [[STREET_ADDRESS:Flat 3, "Santa Rita", Triq San Pawl,
        Il-Ħamrun HMR 1402]]
        Mob: [[PHONE_NUMBER:9946 2210]]  |  Xogħol: [[PHONE_NUMBER:+356 2124 7781]]
        -----
        From: Ms [[PERSON:Claire Zammit]]
        Date: [[DATE:4 Mar 2025]] 12:15
        Hi [[PERSON:Dorianne]], thank you, noted. Get well soon to [[PERSON:Kylie]]!
        Please fill in the updated Medical Information Form by [[DATE:7th March]] and include her consultant's
        name (Dr [[PERSON:Portelli]]?) and the emergency number of her father, Mr [[PERSON:Jason Vella]].
        Ms [[PERSON:C. Zammit]] – Year 4 Red, St Theresa College, Birkirkara Primary
        """#,
        #"""
        Família Ferreira 👨‍👩‍👧‍👦 (WhatsApp)
        [[DATE:08/02/2025]]
        20:14 - tia [[PERSON:Lurdes]]: boa noite família. o pai foi hoje ao Santa Maria,
          confirmaram [[HEALTH_CONDITION:diabetes]] e agora tem de fazer [[HEALTH_CONDITION:insulina]] 🙏
          já tomava [[HEALTH_CONDITION:metformina]] mas não chega
        20:16 - [[PERSON:ricardo]]: 😔 força pai. precisam de ajuda p/ a consulta de [[DATE:19 de fevereiro]]?
        20:18 - tia [[PERSON:Lurdes]]: sim, alguém o leva?
          é no [[STREET_ADDRESS:Av. Prof. Egas Moniz, 1649-035 Lisboa]], piso 4
        20:20 - [[PERSON:Inês]] 🌻: eu levo! passo às 8h em casa dos avós
        20:21 - [[PERSON:ricardo]]: manda o nº de utente do pai p eu marcar as análises online
        20:23 - tia [[PERSON:Lurdes]]: [[MEMBER_NUMBER:214 778 903]] e o NIF [[NATIONAL_ID:132 455 870]]
        20:25 - [[PERSON:Inês]] 🌻: tia, não ponham isso no grupo 🙈🙈
        20:26 - tia [[PERSON:Lurdes]]: ai desculpa filha, eu não percebo nada disto
        20:30 - [[PERSON:Zé Manel]]: já agora quem me deve os 40€ do jantar, MB WAY p/ [[PHONE_NUMBER:917 334 208]]
          ou IBAN [[IBAN_CODE:PT50 0033 0000 4537 1188 0920 5]]
        20:31 - [[PERSON:ricardo]]: 😂😂 sempre o mesmo
        20:45 - avó [[PERSON:Rosa]]: Obrigada meus queridos o avô [[PERSON:Joaquim]] está bem deitado. O Dr
          [[PERSON:Sampaio]] disse para ele não comer doces. Beijinhos a todos
        20:52 - [[PERSON:Inês]] 🌻: avó a farmácia nova é na
          [[STREET_ADDRESS:Rua Morais Soares 112, 1900-345 Lisboa]], tem as agulhas p a caneta,
          o resto pede-se na receita
        [[DATE:09/02/2025]]
        09:02 - [[PERSON:ricardo]]: análises marcadas p/ [[DATE:14/02]] às 8h, em jejum.
          confirmação foi p/ o mail do pai [[EMAIL_ADDRESS:joaquim.ferreira1948@sapo.pt]]
        """#,
        #"""
        Club d'âge d'or de Cap-Pelé inc.
        [[STREET_ADDRESS:2655, chemin Acadie, Cap-Pelé (N.-B.)  E4N 1E3]]
        Le [[DATE:4 mars 2025]]
        Madame [[PERSON:Yvette LeBlanc]]
        [[STREET_ADDRESS:112, rue Landry
        Shediac (N.-B.)  E4P 1X7]]
        Objet : Renouvellement d'adhésion 2025 – membre n° [[MEMBER_NUMBER:CAP-0418]]
        Chère madame [[PERSON:LeBlanc]],
        Nous avons bien reçu votre cotisation pour 2025 ainsi que celle de votre époux,
        M. [[PERSON:Aurèle LeBlanc]] (membre n° [[MEMBER_NUMBER:CAP-0419]]). Merci de votre fidélité!
        Pour le voyage au Village historique acadien à Caraquet le [[DATE:14 juin]], l'assurance voyage de groupe
        (Croix Bleue Medavie, police n° [[MEMBER_NUMBER:MBC-77041832]]) demande votre numéro d'assurance-maladie
        du N.-B. ([[MEMBER_NUMBER:418 227 903]]) et la liste de vos médicaments. Vous avez indiqué
        [[HEALTH_CONDITION:Eliquis]] et [[HEALTH_CONDITION:Synthroid]],
        ainsi qu'un [[HEALTH_CONDITION:diabète de type 2]]; pour M. [[PERSON:LeBlanc]],
        [[HEALTH_CONDITION:MPOC]] avec oxygène portatif.
        Pour le remboursement du dépôt de 75 $, nous ferons un dépôt direct : transit 00456, institution 815,
        compte [[US_BANK_ACCOUNT:0741882]] (Caisse populaire Shediac).
        Pour toute question, appelez [[PERSON:Gisèle Cormier]], secrétaire, au [[PHONE_NUMBER:506 577-2289]]
        ou écrivez à [[EMAIL_ADDRESS:gcormier.agedor@rogers.com]].
        Salutations distinguées,
        [[PERSON:Thérèse Gallant]], présidente – [[PHONE_NUMBER:(506) 532-4410]]
        P.S. à la main : Yvette, j'ai parlé à ta fille [[PERSON:Nathalie]] à Moncton, a m'a dit que t'étais back
        de l'hôpital après ta [[HEALTH_CONDITION:pneumonie]]. Lâche pas, on t'attend pour le bingo! – [[PERSON:Thérèse]]
        """#,
        #"""
        ISLAND FRESH FOODS LIMITED – HUMAN RESOURCES
        NEW EMPLOYEE INFORMATION FORM (CONFIDENTIAL)
        Employee No.: [[EMPLOYEE_NUMBER:IFF-20417]]        Department: Quality Assurance
        SURNAME: [[PERSON:RAMPERSAD]]        FIRST NAME(S): [[PERSON:ANJALI DEVI]]
        Date of Birth: [[DATE_OF_BIRTH:23-Aug-1989]]        Nationality: Trinidad & Tobago
        National ID No.: [[NATIONAL_ID:19890823017]]     BIR No.: [[NATIONAL_ID:104882317]]
        NIS No.: [[NATIONAL_ID:22874416]]                Passport No.: [[NATIONAL_ID:TB0447812]]
        Driver's Permit No.: [[NATIONAL_ID:PE118447]]
        Home Address: [[STREET_ADDRESS:LP 41 Rahamut Trace, Penal Rock Road, Penal]]
        Mobile: [[PHONE_NUMBER:(868) 762-3319]]   Home: [[PHONE_NUMBER:647-1182]]
        Email: [[EMAIL_ADDRESS:anjali.rampersad89@gmail.com]]
        Salary to: Republic Bank, Chaguanas branch, A/C No. [[US_BANK_ACCOUNT:180482771401]]
        Group Health (Sagicor) Cert. No.: [[MEMBER_NUMBER:SLT-550-20417-01]]
        Union: OWTU, Member No. [[MEMBER_NUMBER:47718]]
        Medical conditions the company should know about:
          "[[HEALTH_CONDITION:Asthma]] – I carry a [[HEALTH_CONDITION:Seretide]] inhaler.
          Allergic to [[HEALTH_CONDITION:sulfa drugs]]."
        Emergency contact 1: [[PERSON:Devindra Rampersad]] (husband)   [[PHONE_NUMBER:868-391-4402]]
        Emergency contact 2: [[PERSON:Sharmila Persaud]] (sister, Guyana)   [[PHONE_NUMBER:+592 622 4187]]
                             [[STREET_ADDRESS:Lot 62 Sixth Street, Alberttown, Georgetown]]
        Previous employer: Caribbean Packaging Ltd, supervisor Mr. [[PERSON:Neil Baptiste]] (see reference letter)
        Start date: [[DATE:3rd March 2025]]
        HR Officer: [[PERSON:Kerry-Ann Mohammed]]  ext. 231
        Employee signature: [[PERSON:A. D. Rampersad]]        Date: [[DATE:28/02/2025]]
        """#,
        #"""
        Gordons SDA Youth 🙏 (WhatsApp)
        [[DATE:15/03/2025]]
        6:02 pm - Pastor [[PERSON:Joe]]: Gutpela apinun olgeta. Youth camp long Sogeri i stat Fraide [[DATE:18/04]] i go
          inap Sande [[DATE:20/04]]. Registration K50.
        6:05 pm - [[PERSON:kila]]: Pastor mi laik go tasol mama blo mi i gat [[HEALTH_CONDITION:TB]], mi mas lukautim em
        6:06 pm - Pastor [[PERSON:Joe]]: Sori tru [[PERSON:Kila]]. Mipela bai prea long em. God bless.
        6:10 pm - [[PERSON:Grace Wani]]: Peim registration long BSP account [[US_BANK_ACCOUNT:1001447288]] (Gordons SDA
          Youth Ministry) o CellMoni long [[PHONE_NUMBER:7341 2290]]
        6:12 pm - [[PERSON:bobby T]]: mi bai peim Fraide. Grace wanem namba blo yu?
        6:13 pm - [[PERSON:Grace Wani]]: [[PHONE_NUMBER:+675 7341 2290]] (Digicel)
          o [[PHONE_NUMBER:7990 1145]] (bmobile)
        6:20 pm - Sister [[PERSON:Dulcie]]: Ol yut husat i save kisim marasin olsem [[HEALTH_CONDITION:Ventolin]] blo
          [[HEALTH_CONDITION:asma]] o [[HEALTH_CONDITION:Coartem]] blo [[HEALTH_CONDITION:malaria]] – bringim wantaim.
          Tok long mi pastaim.
        6:31 pm - [[PERSON:Michael Kaupa]]: Consent form i askim NID namba blo papa o mama. Bilong mi em
          [[NATIONAL_ID:2019 4477 1802]], mi putim hia long [[PERSON:Grace]]
        6:40 pm - [[PERSON:Losaline]]: Mālō e lelei! I'm the Tongan student with Pastor [[PERSON:Joe]]'s family,
          can I join? My number [[PHONE_NUMBER:+676 884 2210]]
        6:50 pm - [[PERSON:Dulcie]]: Drop-off Fraide 6am long haus blo mi,
          [[STREET_ADDRESS:Section 42, Lot 18, Gordons, NCD]]. Bus bai kam 7am.
          Ol papamama, putim email long form: mi bai salim receipt i go long
          [[EMAIL_ADDRESS:dulcie.kaupa@gmail.com]]
        """#,
        #"""
        ስድራ ቤት 🇪🇷❤️ (Viber)
        [[DATE:02/03/2025]]
        [[PERSON:ሳባ]] (Frankfurt): ሰላም ኩልኹም! ኣደ ከመይ ኣላ? ትማሊ ተሌፎን ኣይለዓለትን።
        [[PERSON:ዮናስ]]: ሰላም ሳባ። ኣደ ኣብ ሆስፒታል ኦሮታ ኣላ፣ [[HEALTH_CONDITION:ሕማም ሽኮር]] ክብ ኢሉ።
        [[PERSON:yonas]]: doctor says she needs [[HEALTH_CONDITION:insulin]] pens, not available in Asmara pharmacies 😔
        [[PERSON:Saba]]: I will send with [[PERSON:Filmon]] who travels [[DATE:12 March]].
          His number [[PHONE_NUMBER:+49 176 4418 2290]]
        [[PERSON:Mehari]] (Stockholm): I can pay half. Saba send me your IBAN
        [[PERSON:Saba]]: [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] – [[PERSON:Saba Tesfamariam]]
        [[PERSON:ዮናስ]]: ፊልሞን ኣብ ገዛ ይምጻእ፡ ኣድራሻ [[STREET_ADDRESS:ጎደና 171-1፡ ቁ. 14፡ ጎዳይፍ፡ ኣስመራ]]
        [[PERSON:yonas]]: for [[PERSON:Filmon]] in English: [[STREET_ADDRESS:Street 171-1 No. 14, Godaif, Asmara]]
          my number [[PHONE_NUMBER:+291 7 118 442]], house phone [[PHONE_NUMBER:+291 1 201 336]]
        [[PERSON:ሳባ]]: ኣምላኽ ይሓልዋ 🙏 ንኣደ [[PERSON:ለተብርሃን]] ሰላምታ ሃቡለይ
        [[PERSON:Filmon]]: Hi all, I'm [[PERSON:Filmon Ghebre]]. Flight [[DATE:12/03]] via Cairo. Please give me exact
          name of the pen and dose so customs don't stop it. I need a copy of the prescription also
        [[PERSON:yonas]]: "[[HEALTH_CONDITION:NovoMix 30]] FlexPen", 20 units morning 14 evening. Patient
          [[PERSON:Letebrhan Tesfay Woldu]], born [[DATE_OF_BIRTH:04/07/1956]]
        [[PERSON:Filmon]]: 👍
        """#,
        #"""
        من: [[PERSON:سالم بن راشد الحارثي]] <[[EMAIL_ADDRESS:salim.alharthi@nama-logistics.om]]>
        إلى: قسم الموارد البشرية – نماء للخدمات اللوجستية
        التاريخ: [[DATE:12/03/2025]] الموافق [[DATE:12 رمضان 1446]]
        الموضوع: طلب إجازة مرضية وتعديل حساب الراتب – الموظف [[PERSON:عبدالله محمد صالح العولقي]]
        السلام عليكم ورحمة الله وبركاته،
        أرجو التكرم بالموافقة على إجازة مرضية للموظف [[PERSON:عبدالله محمد صالح العولقي]]،
        الرقم الوظيفي [[EMPLOYEE_NUMBER:NL-30418]]، يمني الجنسية، جواز سفر رقم [[NATIONAL_ID:08841276]]،
        بطاقة مقيم رقم [[NATIONAL_ID:118447209]]، وذلك من [[DATE:10/03/2025]] إلى [[DATE:24/03/2025]]
        بسبب [[HEALTH_CONDITION:انزلاق غضروفي]] في أسفل الظهر، حسب التقرير الطبي من مستشفى خولة
        (رقم الملف [[MEDICAL_RECORD_NUMBER:KH-2025-118472]])،
        وقد وصف له الطبيب [[HEALTH_CONDITION:فولتارين]] وعلاجاً طبيعياً.
        كما يطلب الموظف تحويل راتبه إلى حسابه الجديد في بنك مسقط:
        رقم الحساب: [[US_BANK_ACCOUNT:0418 0027 7310 0012]]
        IBAN: [[IBAN_CODE:OM81 0270 4180 0277 3100 012]]
        ويرجو تحويل مبلغ 150 ر.ع شهرياً إلى والده في اليمن عن طريق الصرافة:
        المستفيد: [[PERSON:محمد صالح العولقي]] – عتق، شبوة – هاتف [[PHONE_NUMBER:+967 777 418 220]]
        عنوان السكن في مسقط: [[STREET_ADDRESS:الخوير، سكة 2314، منزل 1187، مسقط]]
        هاتف الموظف: [[PHONE_NUMBER:9418 2207]] / [[PHONE_NUMBER:+968 7220 1184]]
        وتفضلوا بقبول فائق الاحترام،
        [[PERSON:سالم الحارثي]]
        مدير العمليات – نماء للخدمات اللوجستية
        هاتف: [[PHONE_NUMBER:+968 2449 1180]] تحويلة 214
        ---
        رد من [[PERSON:Fatma Al Balushi]] (HR): Approved. Please ask [[PERSON:Abdullah]] to send the medical
        certificate copy to [[EMAIL_ADDRESS:fatma.albalushi@nama-logistics.om]] before [[DATE:16 March]].
        """#,
        #"""
        Telegram – Lina Shop 👜 កាបូបនារី (Phnom Penh)
        [[DATE:07/03/2025]]
        [[PERSON:ចាន់ សុខា]]: បងស្រី ខ្ញុំកុម្ម៉ង់កាបូបពណ៌ខ្មៅ 2 ហ្នឹង ផ្ញើទៅ
          [[STREET_ADDRESS:ផ្ទះលេខ 45E0 ផ្លូវ 271 សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ ភ្នំពេញ]] លេខ [[PHONE_NUMBER:012 845 772]]
        Lina Shop: បាទ បង [[PERSON:សុខា]]! សរុប $38 រួមទាំងថ្លៃដឹក។
          ABA [[US_BANK_ACCOUNT:001 447 821]] ([[PERSON:HENG LINA]])
        [[PERSON:ចាន់ សុខា]]: បង់រួចហើយបង 🙏 (screenshot)
        Lina Shop: អរគុណបង! J&T នឹងដឹកថ្ងៃស្អែក [[DATE:ថ្ងៃទី៨ ខែមីនា ឆ្នាំ២០២៥]]
        [[DATE:08/03/2025]]
        J&T rider [[PERSON:Dara]] ([[PHONE_NUMBER:096 771 2045]]): Hello bong [[PERSON:Sokha]], nham arrive 30 minute,
          bong nov pteah te?
        [[PERSON:ចាន់ សុខា]]: Sorry bong ខ្ញុំនៅពេទ្យកាល់ម៉ែត កូនខ្ញុំកើត [[HEALTH_CONDITION:គ្រុនឈាម]] (dengue) 😢
          ទុកនៅផ្ទះជាមួយម្តាយខ្ញុំ យាយ [[PERSON:ណារី]] បានទេ?
        J&T rider [[PERSON:Dara]]: OK bong, give to yeay. sok sabay koun 🙏
        ---
        [[DATE:09/03/2025]]
        [[PERSON:ສີດາ ພົມມະຈັນ]] (Vientiane): ສະບາຍດີ! ຢາກສັ່ງກະເປົາ 1 ໜ່ວຍ ສົ່ງໄປລາວໄດ້ບໍ?
        Lina Shop: Yes sister, by bus Phnom Penh–Vientiane, $12 ship. Address please.
        [[PERSON:ສີດາ ພົມມະຈັນ]]: [[STREET_ADDRESS:ບ້ານໂພນທັນ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ]]
          ເບີໂທ [[PHONE_NUMBER:+856 20 5544 8127]], WhatsApp same.
          I pay from BCEL One account [[US_BANK_ACCOUNT:0101 2000 1844 721]]
        Lina Shop: ok, received. Customs need name on ID: [[PERSON:Sida Phommachanh]],
          ID card [[NATIONAL_ID:01-0447218]], correct?
        [[PERSON:ສີດາ ພົມມະຈັນ]]: yes correct 👍
        Lina Shop: Bus leave [[DATE:11/03]], arrive Vientiane morning [[DATE:12/03]].
        """#,
    ]
}
