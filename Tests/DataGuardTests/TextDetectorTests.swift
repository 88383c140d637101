import DataGuard
import Testing

@Suite("Name, date, address, condition and identifier detectors")
struct TextDetectorTests {
    static let people: [DetectorCase] = [
        DetectorCase("label and full name", .person, "Grievant: [[Thomas Conner]]\nDOB: 9/25/1971"),
        DetectorCase("title keeps out of the span", .person, "Dr. [[Lee]] said the leave is fine."),
        DetectorCase("particles inside a name", .person, "Witness: [[Antonio de la Fuente]] confirmed it."),
        DetectorCase("accented name", .person, "Hi [[María Teresa]], thanks for the call."),
        DetectorCase("a place named like a person", .person, "The office is on Victoria Island, Lagos."),
        DetectorCase(
            "a bank named after its founders", .person, "Please route my pay to Wells Fargo, routing 121042882."),
        DetectorCase(
            "a saint's name of a place is no later mention", .person,
            "Doente: [[Maria Helena Sousa Pinto]], 67 anos. Transferida do Hospital de Santa Maria."),
        DetectorCase("'was born' opening a sentence is no name", .person, "Nació el 2 de febrero de 1980 en Lima."),
        DetectorCase(
            "shops and consultancies named after a person, a mobile wallet", .person,
            "Bought at Lulu Hypermarket, paid with GCash; invoice from Tata Consultancy."),
        DetectorCase("lower case after for", .person, "landlord wants a reference for [[ciara mulligan]], can u"),
        DetectorCase("lower case english word after for", .person, "thanks for doing the rota"),
        DetectorCase("a frequent given name that is an english word too, before a surname in lower case", .person,
            "yo soy [[maria lopez]], mi telefono es 612 345 678; ask will smith; tell [[grace kowalski]] later"),
        DetectorCase("possessive left out", .person, "[[Matthew]]'s DOB is on file."),
        DetectorCase(
            "initial and surname", .person, "RE: leave for [[J. Alvarez]]\n\nPer our call, [[Alvarez]] is out."),
        DetectorCase("street is no name", .person, "Mail goes to Madison Ave now."),
        DetectorCase("later mention of a surname", .person, "[[Dana Hancock]] came in. Later [[Hancock]] left."),
        DetectorCase("signature after a closing", .person, "See you then.\n\nThanks,\n[[Kashvi]]\nBusiness Agent"),
        DetectorCase("county is a place", .person, "She lives in Lee County now."),
        DetectorCase("firm of surnames", .person, "He works at Fuentes, Morgan and Stokes as an LPN."),
        DetectorCase("firm with a suffix", .person, "Billing went to Miller Group and Russell and Sons."),
        DetectorCase("city after a determiner", .person, "The incident happened at the Houston yard."),
        DetectorCase("city with an opener", .person, "It happened at the San Diego plant."),
        DetectorCase("pronoun at a sentence start", .person, "He was out on Monday. She is back."),
        DetectorCase("job title", .person, "The Registered Nurse on shift filed the Step 2 grievance."),
        DetectorCase("after the Romance preposition a", .person, "Llama a [[Javier Ortega]], telefona a [[Marco Rossi]]."),
        DetectorCase("after the article a", .person, "He drove a John Deere tractor to a Grant program."),
    ]

    static let dates: [DetectorCase] = [
        DetectorCase("date after a spaced slash", .date, "AVIZ nr. 004512 / [[17.06.2025]]"),
        DetectorCase(
            "days and months listed after one with its cue", .date,
            "out on [[10/28]] and [[10/29]]; el [[3/4]], [[5/4]] o [[7/4]]; seen [[Jan 16]], 2/23 for asthma"),
        DetectorCase(
            "a month and its year joined by 'de'", .date, "desde [[marzo de 2024]]; desde [[março de 2024]]; de 2024"),
        DetectorCase(
            "a day of two digits, a month and a year of two, with periods; a month in lower case, an english word too",
            .date,
            "RDV le [[14.02.25]], Kontrolle am [[24.2.25]], version 1.2.25; en [[mars 2025]]; Mars 2025 mission"),
        DetectorCase(
            "a thai month shortened, with the buddhist year or none", .date,
            "ส่งรายงานภายใน [[15 มี.ค. 68]] นัดตรวจ [[3 ต.ค. 2567]] เวลา 9.00 น. วันที่ [[1 ม.ค.]]"),
        DetectorCase(
            "Armenian and Amharic months after their day", .date,
            "[[12 մարտի 2025]] թ. Ամսաթիվ՝ [[5 հունիսի 2024]]\n[[12 ማርች 2025]]; [[3 መጋቢት 2017]]"),
        DetectorCase(
            "Amharic months before their day, with the day's word, the year and the era's mark", .date,
            "ቀን: [[መጋቢት 3 ቀን 2017 ዓ.ም.]] Next appt [[ኅዳር 10]]. [[መጋቢት 12, 2017]]; [[ሰኔ 30 ቀን]] ስብሰባ አለ; ሰኔ"),
        DetectorCase(
            "Nepal's months of the Bikram Sambat calendar, in Latin letters and Devanagari", .date,
            "Seen [[15 Falgun 2081]], next [[3 Baisakh 2082]]; [[Magh 12, 2081]] B.S.; "
                + "मिति: [[२०८१ फागुन १५]] गते. IV push 10"),
        DetectorCase(
            "Sinhala, Lao and Khmer months, a Maltese day linked to its month; no Sinhala word that abbreviates one",
            .date,
            "[[2025 මාර්තු 12]] දින; ວັນທີ [[12 ມີນາ 2025]]; [[3 កញ្ញា 2025]]; Il-Belt, [[12 ta' Marzu 2025]]; "
                + "[[20 ta' April]]; 2 දෙ 3"),
        DetectorCase("Amharic months glued to \"in\" and \"from\"", .date,
            "ቀጠሮ [[በሰኔ 30 ቀን 2017 ዓ.ም.]] ነው። [[ከመጋቢት 3]] እስከ [[ሰኔ 30]] ድረስ; በሰኔ ወር ስብሰባ አለ"),
        DetectorCase(
            "Mongolian dates, the year, month and day each before its word", .date,
            "Огноо: [[2025 оны 3 сарын 14]]\nЭмчид [[2025 оны 3-р сарын 14-ний өдөр]] үзүүлсэн. Дараа [[4 сарын 2]]. "
                + "3 сар"),
        DetectorCase("hungarian year first", .date, "Esemény időpontja: [[2025. március 11.]], éjszaka"),
        DetectorCase(
            "latvian year first, with 'gada' or its 'g.' before the day", .date,
            "Datums: [[2025. gada 12. martā]]; Rīgā, [[2024. g. 3. jūnijā]]; no [[2025. gada 12. marta]] līdz "
                + "[[15. martam]]"),
        DetectorCase(
            "hungarian and lithuanian month and marked day, no year", .date,
            "A beadási határidő [[május 19.]], a tárgyalás [[október 3.]] napján. Vizitas [[rugsėjo 22 d.]] 10 val. "
                + "Posėdis [[kovo 1 d.]], kitas [[spalio 14 d.]]\n[[balandžio 15 d.]] kontrolė. Kambarys 12 d. korpuse."),
        DetectorCase("a month in roman numerals", .date, "Data przyjęcia: [[11.III.2025]], oddział [[3. XI. 2024]]"),
        DetectorCase("roman numerals that are no month", .date, "see chapter 12.XIII.2025 and 3.MIX.2025"),
        DetectorCase("a roman month set apart between day and year", .date,
            "Wizyta kontrolna [[7 XI 2025]], następna [[20 I 2026]]; Kapitel 4 IV und Rang 2 V 12"),
        DetectorCase("a range of days before its month, and the ordinal sign of a month's first day", .date,
            "Urlaub [[10.–14. März 2025]] und [[3.–7. April]]; arrêt du [[2 au 16 février 2026]]; assunto il [[1° "
                + "marzo 2001]]; stage du [[07/04]] au [[11/04]]; pages 2 to 16."),
        DetectorCase("a day and month after the malay and indonesian 'until' and 'date'", .date,
            "Saya demam denggi dan MC sampai [[15/3]]. Kontrol tanggal [[4/3]]; dosis 1/2 tablet."),
        DetectorCase("a day and month right before a clock's time", .date,
            "R/v [[5/11]] 7:30am with physio; pain 6/10 at rest; dose 1/2 tab 8:00 and 20:00"),
        DetectorCase("two days and months joined by a hyphen, in either order, one day past 12", .date,
            "approve my leave for [[3/14-3/18]]? congé du [[14/3-18/3]]. Recipe: 1/2-3/4 cup. Score 3/14-2/18."),
        DetectorCase("a range in words read in the order its dates allow", .date,
            "Leave from [[2/14]] to [[2/20]] approved; out between [[3/1]] and [[3/15]]. Scores from 12/20 to 15/20."),
        DetectorCase("a range's first end at the end of the text", .date, "Leave from 2/14"),
        DetectorCase("a day and month after the greek 'until' and 'on the'", .date,
            "θα λείπει λόγω χειρουργείου έως [[20/3]] και θα επιστρέψει στις [[14/4]]· δόση 1/2 ταμπλέτα."),
        DetectorCase("an english range of ordinal days, and a day and month after 'dated'", .date,
            "sick leave from [[3rd to 10th March 2025]]; the write-up dated [[11/3]]; rows 3rd to 10th; add 3/4 "
                + "cup."),
        DetectorCase("a filipino month before its day and year", .date,
            "Ipinanganak siya noong [[Hunyo 9, 1990]] at ikinasal [[Disyembre 3, 2015]]; Maria 5, 2020 teams"),
        DetectorCase(
            "chinese, japanese and korean dates", .date,
            "受診日：[[2025年4月18日]]、次回 [[5月2日]]。진료일: [[2025년 3월 31일]], [[4월 7일에]] 다시"),
        DetectorCase("a school year in japanese", .date, "3年生の田中さん、2025年度"),
        DetectorCase("a weekday and an ordinal day", .date, "can you swap [[Fri 7th]] for [[Thursday the 6th]]?"),
        DetectorCase("a range of days before a month", .date, "unable to work [[12-16 May]] due to malaria"),
        DetectorCase("a weekday and an ordinal day with their month", .date,
            "your appointment is on [[Tuesday 3rd June]] at 10:30, or [[Thursday the 6th of March 2025]]"),
        DetectorCase("an ordinal day without a weekday", .date, "she came 7th in the race"),
        DetectorCase("lithuanian year first", .date, "Data: [[2025 m. vasario 13 d.]] Dalyvavo"),
        DetectorCase("a french first of the month", .date, "à compter du [[1er octobre 2024]]."),
        DetectorCase("a day and month after the polish of the day", .date, "INR 2,4 z dnia [[10.06.]] Kontrola"),
        DetectorCase("a month name on the next line", .date, "Dear all, meet at 2.\nXin chào"),
        DetectorCase("a day with an ordinal's period", .date, "kan noen ta vakta fredag [[21. mars]]?"),
        DetectorCase("day and month after from and to", .date, "a sick note from [[16.3]] to [[19.3]] please"),
        DetectorCase("day and month after a spanish article", .date, "alguien me cubre el [[22/3]]?"),
        DetectorCase(
            "day and month after nordic and russian words for by and until", .date,
            "anmälan senast [[14/2]]. справка до [[10.03]], а 2/3 группы – нет"),
        DetectorCase("month and day after on", .date, "paid on [[3/14]] at noon"),
        DetectorCase(
            "a date after 'was born' in the romance languages, which is no name", .dateOfBirth,
            "Nació el [[2 de febrero de 1980]]. Nasceu em [[2 de fevereiro de 1980]]."),
        DetectorCase("a date after the French birth word with its bracketed ending", .dateOfBirth,
            "Prénom : Camille\nNé(e) le : [[04/09/1985]]\nné(e) le [[12 mars 1990]] à Lyon; Inscrit(e) le 04/09/2024"),
        DetectorCase("the Lithuanian 'born' shortened", .dateOfBirth, "pacientė Rūta, gim. [[1962-05-17]], a.k. 1"),
        DetectorCase("a day and month after a birth word are a date of birth", .dateOfBirth,
            "Born [[4/7]] in Lagos; DOB: [[12/3]], née le [[3/5]] à Lyon; score 3/4 on the quiz"),
        DetectorCase("doses are no dates", .date, "from 1.5 to 2.5 mg daily"),
        DetectorCase("scores are no dates", .date, "the score went from 12/20 to 15/20"),
        DetectorCase("a fraction of something is no date", .date, "cut to 2/3 of the staff"),
        DetectorCase(
            "an american day and month after through or before", .date,
            "Off-work note given through [[3/21]]; re-issue the check before [[2/14]]."),
        DetectorCase(
            "a day and month with its hour after it", .date,
            "Ny time [[20.05]] kl. 08.30. Seuraava käynti [[25.6.]] klo 14.15. To rantevou stis [[14/2]] stis 11."),
        DetectorCase(
            "a day and month after a weekday shortened, or before a Czech or Polish hour with its minutes", .date,
            "Spotkanie: czw. [[12.06]] o 14:00. Besprechung Do., [[12.6.]], 14 Uhr. Møte fre [[14.03]], rom 2. Termín "
                + "kontroly: [[30.4.]] v 10:00. Zebranie [[12.06.]] godz. 14:00. Un peso di 12.5 kg. 1.2. Scope; "
                + "score 12.5 o 13."),
        DetectorCase(
            "a day and month after leave starts, ends or falls due", .date,
            "leave starts [[3.3.]], returning [[17/3]]; rent due [[4/5]]; estimated leave starting [[april 7, 2023]]"),
        DetectorCase("a measurement before an hour is no date", .date, "CBG 14.2 at 6am, recheck 4/5 later"),
        DetectorCase(
            "a month of another language and a year", .date,
            "Wypis z [[grudnia 2024]]; internat din [[noiembrie 2025]]; Martor: Gheorghe, marca 1942."),
        DetectorCase("a date glued to a slash is no date", .date, "ref 2024/17.06.2025"),
        DetectorCase("month day year", .date, "Next meeting is [[September 25, 1971]] at noon."),
        DetectorCase("month and day", .date, "Meet on [[May 15]] at 7 a.m."),
        DetectorCase("day month year", .date, "Seen on [[5 June 2022]] by the nurse."),
        DetectorCase("ordinal", .date, "Back on [[March 3rd]]."),
        DetectorCase("ordinal day and a lower-case month", .date, "we move in [[1st feb]], ok?"),
        DetectorCase("an ordinal and may, the verb", .date, "the 3rd may be late"),
        DetectorCase("periods and spaces", .date, "Datum: [[15. 3. 2025]] a [[1. 2. 2025]]"),
        DetectorCase("periods and spaces, the year first", .date, "A szerződés [[2025. 03. 14.]] napján jár le."),
        DetectorCase("slashes", .date, "Dated [[08/29/2023]] and [[9/5/75]]."),
        DetectorCase("iso", .date, "Filed [[2024-03-25]]."),
        DetectorCase("day, month name and year joined", .date, "Admitted [[12-Mar-2024]], left [[3/Apr/24]]."),
        DetectorCase("day of month", .date, "Due the [[3rd of May]]."),
        DetectorCase("duration is no date", .date, "The company has 10 days to respond."),
        DetectorCase("may the verb", .date, "We may 15 times over ask."),
        DetectorCase("clock time is no date", .date, "At 7:30 the shift starts."),
        DetectorCase("money is no date", .date, "Back pay of $3,254.92 is owed."),
        DetectorCase("fraction is no date", .date, "About 1/2 of the staff."),
        DetectorCase("impossible month", .date, "Code 13/45/2020 is not a date."),
        DetectorCase("French", .date, "Objet : votre demande du [[4 juin 2025]] et du [[12 janv. 2026]]."),
        DetectorCase("Turkish", .date, "Sizi [[18 Nisan 2025]] tarihinde arayacak."),
        DetectorCase("German, day with a period", .date, "Termin am [[3. März 2024]] um 10 Uhr."),
        DetectorCase("Spanish and Portuguese with de", .date, "Desde el [[12 de mayo de 2024]], ou [[7 de março de 2023]]."),
        DetectorCase("Polish genitive", .date, "Spotkanie [[4 czerwca 2025]] w biurze."),
        DetectorCase("Finnish and Czech", .date, "Kokous [[4. kesäkuuta 2025]], schůze [[4. června 2025]]."),
        DetectorCase("Māori, Zulu, Kinyarwanda and Uzbek months, their abbreviations none", .date,
                     "Hui [[12 Mahuru 2025]], umhlangano [[3 Oktoba 2024]], inama [[4 ukwakira 2024]], [[5 avgust "
                         + "2025]]; 12 Hongo 2025, 3 owe 2024."),
        DetectorCase("Thai, with a year of the Buddhist era", .date,
                     "นัดครั้งต่อไป [[15 มีนาคม 2568]] โทร, วันที่ [[3 มกราคม]] 2800 บาท; ราคา 2568 บาท; วันที่ "
                         + "[[06/03/2568]]"),
        DetectorCase("a year of the Buddhist era only in a Thai text", .date, "Invoice 06/03/2568, ref 14/08/2568."),
        DetectorCase("a dose's interval written as a fraction of equal numbers is no date", .date,
            "propranolol 40 mg de 12/12 h; dipirona até de 6/6 h; amoxicilina de 8/8 horas. Controllo il [[7/4]] ore "
                + "10:00."),
        DetectorCase("Italian, Dutch, Swedish", .date, "Il [[4 giugno 2025]], op [[4 juni 2025]], den [[4 maj 2025]]."),
        DetectorCase("English in lower case", .date, "ok see you [[4 june 2025]] then"),
        DetectorCase("a month of another language that is an English word or short needs a year", .date,
                     "We met 4 mars and 12 mai, at 3 Mai Street, in 7 Mart lanes."),
        DetectorCase("a month of another language without a year, joined by de or no English word", .date,
                     "Desde el [[6 de mayo]], zaterdag [[8 maart]], vom [[17 Juli]] bis [[3 agosto]]."),
        DetectorCase("a word that names a month elsewhere, with no year", .date, "Page 12 out of 30, room 4 lip."),
        DetectorCase("a CV's heading is no medicine", .healthCondition, "CURRICULUM VITAE\nLerato Mokoena"),
        DetectorCase(
            "eponyms with and without their possessive", .healthCondition,
            "Known [[Hashimoto thyroiditis]]; [[Crohn disease]] since 2019, [[Crohn's disease]] in his brother; "
                + "[[Raynaud phenomenon]] in winter; [[Graves' disease]] and [[Graves’ disease]] treated."),
        DetectorCase(
            "a condition with its type's number after a hyphen", .healthCondition,
            "He tested positive for [[COVID-19]] on Monday and was off with [[covid]] all week; no COVID-19a here."),
        DetectorCase(
            "a condition as the adjective a person is", .healthCondition,
            "Maria is [[anaemic]]; my son is [[autistic]] and [[dyslexic]]; she was [[bulimic]] as a teenager; he "
                + "is [[schizophrenic]] and [[arthritic]]."),
        DetectorCase(
            "a month in a case no list holds, where a date is plain", .date,
            "no [[15. jūlija]] līdz [[28. jūlijam]]; puhkusel [[7. juulist]] kuni [[18. juulini]]; daitsyeba "
                + "[[15 aprilidan]]. Il y a 3 marches; 5 junior doctors and 4 marchers."),
        DetectorCase(
            "an initial B. is no birth word", .dateOfBirth,
            "Signed B. O'Halloran  2 June 2025; Mrs Smith, b. [[4 May 1950]]"),
        DetectorCase("a month that is an English word after a word of another language, and a hyphened day", .date,
                     "Randevu [[14 mart]] saat 10:00, qabul [[3-aprel]] kuni; room 3-may, the 14 mart stores."),
        DetectorCase("the year after a hyphen, as Danish and Norwegian write it", .date,
                     "MMSE 22/30 d. [[8/10-2024]]. Mistanke; dose 1/2-1000 mg"),
        DetectorCase("a day before a colon that ends a clause", .date,
                     "following our call on [[March 12]]: Mr Al-Homsi; at 12:30, not March 12:45"),
        DetectorCase("months in cyrillic letters", .date, "Приём [[3 февраля]], выписан [[21 травня]], [[5 март 2024]]"),
        DetectorCase(
            "a day and a month that is an English word too, with the time after it; a Polish day after z", .date,
            "Nästa möte [[6 mars]] kl. 17.30; randevu [[5 mart]] saat 09:30; TSH z [[06.10]] wynosi 0,21 mIU/l; "
                + "Mars 12 at 10:00, page 4 of 12.30; Próxima cita [[4 feb]] a las 12:30"),
        DetectorCase(
            "a day's ordinal ending after a hyphen, in Latin and Cyrillic letters", .date,
            "naemat e do [[5-ti mart]]; приду [[5-го марта]], от [[1-ви април]]; room 5-ti floor"),
        DetectorCase(
            "a count of Turkish days is no Maltese June", .date,
            "Hasta 5 gün istirahat aldı, izni 3 gün uzatıldı; fundur í Reykjavík [[14. maí]]."),
        DetectorCase("a day and month after a weekday of another language", .date,
                     "el jueves [[13/3]], du lundi [[17 mars]] au mercredi [[19 mars]], tin Triti [[18/06]]"),
        DetectorCase("month first after an English weekday, with a slash only", .date,
                     "logs before Friday [[9/13]]; lunch fri at Lau Pa Sat 12.30"),
        DetectorCase("a day and month of two digits each, without a cue", .date,
                     "moves out [[30/09]] and the Übergabe of [[18.01.]] is done"),
        DetectorCase("two digits each but no date: a section, a number, a score, a decimal", .date,
                     "12.03. Scope\nBP 120 12/08, rated 10/14, INR 24.03 or 12/10 of the staff"),
        DetectorCase("spaced dots without a year after a cue", .date, "od pondelka [[10. 6.]] sa neviem"),
        DetectorCase("a lower-case month after a cue", .date, "sick leave until [[oct 10]], but you may 2 times"),
        DetectorCase("a spanish month between slashes", .date, "Nota médica. Fecha: [[27/ene/2025]]. Control"),
        DetectorCase("a vietnamese date", .date, "Vào viện ngày [[03 tháng 3 năm 2025]], tái khám [[24 tháng 3]]."),
    ]

    static let birthDates: [DetectorCase] = [
        DetectorCase("dob label", .dateOfBirth, "DOB: [[1971-06-14]]"),
        DetectorCase("born", .dateOfBirth, "He was born [[September 25, 1971]]."),
        DetectorCase("born in french", .dateOfBirth, "Mme Lahlou, née le [[04/05/1968]], dossier n° 2241"),
        DetectorCase(
            "the russian and ukrainian year-of-birth marks after the date", .dateOfBirth,
            "Смирнова О. В., [[12.05.1961]] г.р.; Коваль І., [[03.02.1975]] р.н.; прийом 14.03.2025 р."),
        DetectorCase("the hungarian abbreviation for born", .dateOfBirth, "Kovács Istvánné, szül.: [[1951.03.14]]."),
        DetectorCase("date of birth in german", .dateOfBirth, "Geburtsdatum: [[12.03.1961]], Versicherung"),
        DetectorCase("date of birth in vietnamese", .dateOfBirth, "Ngày sinh: [[17/08/1971]]   Giới: Nữ"),
        DetectorCase("date of birth in russian", .dateOfBirth, "Дата рождения: [[11.07.1969]]"),
        DetectorCase("date of birth in portuguese, abbreviated", .dateOfBirth, "Data de nasc.: [[02/09/1990]]"),
        DetectorCase("date of birth in french", .dateOfBirth, "Date de naissance : [[11/02/1979]]"),
        DetectorCase("the belgian sign for born", .dateOfBirth, "Patiënt: Ann Peeters, °[[14/05/1962]], huisarts"),
        DetectorCase("the nordic f. for born", .dateOfBirth, "Pasient: Kari Nordmann, f. [[23.08.1971]]"),
        DetectorCase("an F for female is no birth word", .dateOfBirth, "Age/Sex: 46/F   Date: 19-Jan-2025"),
        DetectorCase("a number's N° is no birth sign", .dateOfBirth, "Arrêté N°12/03/2024 du maire"),
    ]

    static let addresses: [DetectorCase] = [
        DetectorCase(
            "full address", .streetAddress, "Mail it to [[65491 David Flats Indianapolis, IN 57184]], please."),
        DetectorCase("unit and comma", .streetAddress, "Send to [[1675 Darren Rapids Apt. 045, El Paso, TX 68415]]."),
        DetectorCase("street only", .streetAddress, "He lives at [[12 Main Street]] now."),
        DetectorCase(
            "directional with a period", .streetAddress, "Send to [[1500 W. Madison Ave, Chicago, IL 60607]]."),
        DetectorCase(
            "unit with a letter", .streetAddress, "At [[42 Elm St., Apt 3B, Somerville, MA 02144]] since May."),
        DetectorCase("military", .streetAddress, "Ship to [[PSC 1234, Box 5678, APO AE 09012]]."),
        DetectorCase("post office box", .streetAddress, "Write to [[P.O. Box 77, Flint, MI 48501]] or [[PO Box 9]]."),
        DetectorCase("local number is no address", .streetAddress, "Steward from Local 2087 was there."),
        DetectorCase("article number is no address", .streetAddress, "Under Article 12 Section 3 of the CBA."),
    ]

    static let conditions: [DetectorCase] = [
        DetectorCase("icd phrase", .healthCondition, "Diagnosis: [[congestive heart failure]]"),
        DetectorCase("a classification's words cut before what they join are none", .healthCondition,
                     "If the form is not one of the classes, mark it if applicable."),
        DetectorCase("an abbreviation defined by the words before it is theirs, and so are its later mentions",
                     .healthCondition, "From the American Community Survey (ACS) and the risk adjustment (RA) "
                         + "program: ACS tables set the RA payments."),
        DetectorCase("an abbreviation after the condition it shortens stays the condition's", .healthCondition,
                     "Hx of [[rheumatoid arthritis]] (RA). [[RA]] flare last week; [[COPD]] stable."),
        DetectorCase("a condition ends before the word that joins it to the next", .healthCondition,
                     "Her [[anxiety]] in crowds and [[acute pain]] or worse were noted."),
        DetectorCase("acute coronary syndrome shortened", .healthCondition, "Imp: [[ACS]], troponin pending."),
        DetectorCase("conditions as clinicians of India and Africa shorten and word them", .healthCondition,
            "K/c/o [[bronchial asthma]], [[hypothyroid]]; [[retroviral disease]] on ART; [[cervical ca]] stage II; "
                + "PMH [[breast ca]] 2018"),
        DetectorCase(
            "clinicians' shorthand for diabetes, infarcts and withdrawal", .healthCondition,
            "PMH: [[Type 2 DM]]. Admitted with acute [[inferior wall MI]]; [[etoh withdrawal]] on day 2; H. "
                + "[[pylori infection]] treated. She is [[asthmatic]] and [[hypertensive]]."),
        DetectorCase("a brand no list holds, by its form or its dose", .healthCondition,
                     "on Tab. [[Telma]] 40 OD, [[Bisocard]] 2,5 mg rano, [[Puran T4]] 50mcg, [[Pregabid]] 75 HS, "
                         + "[[Myrin-P Forte]] 3 tabs, dalej [[kaptopril]] 25 mg; Given [[ASA]] 325 mg, "
                         + "Tab [[Telma]] 40 0-0-1, [[Panadeine Forte]] prn"),
        DetectorCase("no medicine: a result, a day's fluids, a word for the dose", .healthCondition,
                     "Glucose 287 mg/dL, CRP 45 mg/L, Nesteet 1500 ml, Dosis 5 mg, dawka 10 mg, total 40 mg, "
                         + "hasta 10 mg, 1 tabl. kunine 2 ret"),
        DetectorCase("clinicians' English", .healthCondition,
                     "ECG: new [[left bundle branch block]]. On [[TLD]] and [[folic acid]]; [[breech presentation]]."),
        DetectorCase("a Greek word that looks like an abbreviation", .healthCondition, "Triti 18/06 stis 10:30"),
        DetectorCase("lay term", .healthCondition, "Leave due to [[type 2 diabetes]]."),
        DetectorCase("abbreviation", .healthCondition, "Treated for [[PTSD]] since the incident."),
        DetectorCase("medication", .healthCondition, "She takes [[metformin]] daily."),
        DetectorCase("medication that is an English word", .healthCondition, "Take [[aspirin]], not a remedy."),
        DetectorCase("everyday injury", .healthCondition, "Off work with a [[sprained ankle]] since Monday."),
        DetectorCase("occupational condition", .healthCondition, "Seen for [[lumbar disc herniation]] today."),
        DetectorCase("everyday words", .healthCondition, "Subject: Schedule change for the letter carrier."),
        DetectorCase("lower-case aids", .healthCondition, "The union aids members with forms."),
        DetectorCase("clinical shorthand", .healthCondition, "PMHx: [[T2DM]], [[HTN]], [[CKD]]; now [[AKI]]."),
        DetectorCase("everyday symptom", .healthCondition, "She reports [[nausea]] since the switch."),
        DetectorCase("single-word condition", .healthCondition, "Complains of exertional [[angina]] for weeks."),
        DetectorCase("dm in a chat is no diabetes", .healthCondition, "DM me when the rota is out."),
        DetectorCase("abbreviations in lower case", .healthCondition, "hx of [[copd]] and [[chf]], now [[uti]]"),
        DetectorCase("multiple sclerosis shortened, and the same letters as a title before a name in capitals",
            .healthCondition, "Hx of [[MS]]. Patient presents with fatigue. Dear MS. NGUYEN THI HUONG, welcome."),
        DetectorCase("hyperlipidaemia and low back pain shortened", .healthCondition,
            "PMHx: [[HLD]], [[HTN]], chronic [[LBP]]; [[hld]] and [[lbp]]."),
        DetectorCase("an abbreviation that is a word", .healthCondition, "pls add me, ms jones said so"),
        DetectorCase("a condition naming a clinic or a department, an abbreviation repeating one, a title, a heading",
            .healthCondition,
            "NHS Lothian - Diabetes Outpatients\nYekatit 12 Hospital – TB/HIV clinic\n"
                + "Follow-up: diabetes OPD on 2 Feb; known [[HIV]], [[diabetes]].\n[[Herzinsuffizienz]] (HFrEF), [[COPD]]\n"
                + "Übergabe an OA Dr. Kerschbaumer"
                + "\nGIẤY RA VIỆN\n[[Priorix]] (MMR) dose 2; [[Brilique]] 90 mg x 2 i 12 mnd; bel me als het kan; "
                + "[[methoxyflurane]] 3 mL inh"),
        DetectorCase("abbreviations opening with two capitals, and room air after a saturation", .healthCondition,
            "Hx [[COPD]], [[AFib]] on [[apixaban]], [[HFrEF]]. Sats 89% RA, placed on 2L NC."),
        DetectorCase("an injury", .healthCondition, "reported a [[laceration]] to the left hand"),
    ]

    static let identifiers: [DetectorCase] = [
        DetectorCase("mrn label", .medicalRecordNumber, "MRN: [[58457378]]"),
        DetectorCase("mrn words", .medicalRecordNumber, "Medical record number [[504-289-428]] is on file."),
        DetectorCase("patient id", .medicalRecordNumber, "lists her patient ID as [[429-122-262]] today"),
        DetectorCase("case number is no mrn", .medicalRecordNumber, "Grievance case 84004 - Step 2 notes"),
        DetectorCase("nhs number in groups", .medicalRecordNumber, "NHS number [[943 476 5919]] is on file."),
        DetectorCase("record with a letter prefix", .medicalRecordNumber, "Ana (record [[HR-0045521]]) has asthma."),
        DetectorCase("record number with slashes", .medicalRecordNumber, "hosp no [[MMW/23/04417]], 44yo"),
        DetectorCase(
            "record of another language", .medicalRecordNumber, "Dx: neumonía. Expediente: [[EXP-19-08832]]"),
        DetectorCase("label in brackets", .medicalRecordNumber, "prontuário (chart no.) [[2023-004571]]"),
        DetectorCase("letter groups before the number", .medicalRecordNumber, "UHID [[SVH/2024/0087341]] | Mr. Rao"),
        DetectorCase("a slashed date is no record", .medicalRecordNumber, "record 12/03/2024 reviewed"),
        DetectorCase("a year is no record", .medicalRecordNumber, "Medical record 2024 review"),
        DetectorCase("national health index", .medicalRecordNumber, "NHI: [[ZHK4829]]"),
        DetectorCase("number sign of other languages", .medicalRecordNumber, "Ficha clínica N° [[884213-7]]"),
        DetectorCase(
            "a health insurance scheme identifies the patient", .medicalRecordNumber,
            "Patient: Wanjiru Kamau, NHIF No. [[08841772]], cash; malaria, anaemia"),
        DetectorCase(
            "a health insurance scheme's number on a payslip is a member's", .memberNumber,
            "Deductions: NHIF No. [[08841772]] KSh 1,700; NSSF KSh 1,080"),
        DetectorCase("employee of another language", .employeeNumber, "código de empleado [[41207]]"),
        DetectorCase("employee id", .employeeNumber, "Employee ID: [[E-204931]]"),
        DetectorCase("member number", .memberNumber, "Member number [[7730912]] paid dues."),
        DetectorCase(
            "member code and groups after an aside", .memberNumber, "Membership no. (office use): [[CLWU 0049 8821]]"),
        DetectorCase("an english word is no code", .memberNumber, "MEMBER CAN BE REACHED AT 334-695-5341"),
        DetectorCase("routing number with ABA check", .usRoutingNumber, "routing number [[021000021]]"),
        DetectorCase("routing number failing ABA", .usRoutingNumber, "routing number 021000022"),
        DetectorCase("bank account", .usBankAccount, "checking account [[4400123456]]"),
    ]

    @Test("people's names, and the places and firms that are not", arguments: people)
    func person(_ testCase: DetectorCase) { testCase.expectMarkedFound() }

    @Test("dates tied to events, and numbers that are not dates", arguments: dates)
    func date(_ testCase: DetectorCase) { testCase.expectMarkedFound() }

    @Test("dates of birth", arguments: birthDates)
    func dateOfBirth(_ testCase: DetectorCase) { testCase.expectMarkedFound() }

    @Test("whole street addresses", arguments: addresses)
    func streetAddress(_ testCase: DetectorCase) { testCase.expectMarkedFound() }

    @Test("conditions, diagnoses and medications", arguments: conditions)
    func healthCondition(_ testCase: DetectorCase) { testCase.expectMarkedFound() }

    @Test("record, member, employee and bank numbers by their labels", arguments: identifiers)
    func identifier(_ testCase: DetectorCase) { testCase.expectMarkedFound() }
}
