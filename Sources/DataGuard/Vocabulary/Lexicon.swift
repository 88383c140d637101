/// Short hand-written word lists of general English usage (titles, months, street suffixes of USPS
/// Publication 28, state codes) that the detectors use as context.
enum Lexicon {
    /// Titles written before a name.
    static let honorifics: [String] = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "reverend", "sen", "rep", "judge",
        "nurse", "mister", "madam", "sir", "dame", "capt", "captain", "sgt", "officer", "coach", "pastor",
        // Ranks and offices shortened before a name: superintendent, inspector, lieutenant, corporal.
        "supt", "insp", "lt", "cpl",
        "father", "sister", "brother", "hon", "bro", "sis",
        // Titles and salutations of other languages, accents folded ("Herr", "Sayın", "Kære", "Mvh").
        "herr", "herrn", "frau", "hr", "fr", "monsieur", "madame", "mme", "mlle", "signor", "signora", "sig", "sigra",
        "gentile", "egregio", "senor", "senora", "sra", "sr", "srta", "estimado", "estimada", "exmo", "exma",
        "caro", "cara", "querido", "querida", "pan", "pani", "panie", "szanowny", "szanowna", "heer", "mevrouw",
        "dhr", "mevr", "geachte", "beste", "liebe", "lieber", "sehr", "hej", "hei", "kaere", "kare", "mvh",
        "bay", "bayan", "sayin", "hanim", "bey", "kedves", "vazeny", "vazena", "stimate", "stimata",
        // Doctors' titles of other languages (Dutch and Indonesian "dokter", Italian "dott.", Polish "lek.", Czech
        // "MUDr."), and the forms of address of Indonesia and Malaysia ("Pak", "Ibu", "Encik", "Puan"), Vietnam
        // ("anh", "chị", "ông", "bà") and Swahili ("Bi").
        "dokter", "doktor", "doctora", "doutor", "doutora", "dra", "dott", "ssa", "dottoressa", "lek", "mudr",
        "pak", "bapak", "ibu", "bu", "encik", "cik", "tuan", "puan", "anh", "chị", "ông", "bà", "bi",
        // The Serbian and Croatian manager, head and woman doctor ("Upravnik Zoran").
        "upravnik", "upravnica", "sef", "doktorka",
        // "Comrade", and the Maltese "Dear" ("Għażiż", "Għażiża").
        "comrade", "ghaziz", "ghaziza",
        // The Swahili "Mwenyekiti" (chairperson), "Katibu" (secretary), "Mwalimu" (teacher), "Daktari" (doctor) and
        // "Bwana" (Mr), the Malay "Cikgu" (teacher), "Kak" (elder sister) and "Abang" (elder brother), the French
        // "Maître" of a notary or a lawyer, the Zulu grandmother and grandfather ("Gogo Khumalo", "Mkhulu Ndlovu");
        // South Asian honorifics that follow a name when capitalized ("Kamran Bhai", "Tariq Sahib").
        "mwenyekiti", "katibu", "mwalimu", "daktari", "cikgu", "kak", "abang", "abg", "maitre", "gogo", "mkhulu",
        "bwana", "bhai", "bhaiya", "sahib", "saheb", "sahab", "baji",
        // Serbian, Croatian and Bosnian "gospodin" with its vocative and "gospođa", "Poštovani"; Burmese "Daw".
        "gospodin", "gospodine", "gospoda", "gospodo", "gospodja", "gospodjo", "postovani", "postovana", "daw",
        // Setswana "Rra" and "Mma" (Mr, Mrs): "Dumela Rra,"; the Swahili "Mzee" (elder), the Portuguese "seu" and
        // "dona" before a given name ("o porteiro, seu Valdir"); a school's director and a Dutch "consulent".
        "rra", "mma", "mzee", "seu", "dona", "directeur", "directrice", "direktor", "consulent",
        // The Māori "Whaea" (aunt, a woman's title) and "Matua" (a man's); the German "Kollegin", "Kollege" before a
        // colleague's name ("Frau Kollegin Brandstätter", "für Kollegen Nowak"), and greeting them all ("Liebe
        // Kolleginnen und Kollegen").
        "whaea", "matua", "kollegin", "kollege", "kollegen", "kolleginnen",
        // The Dutch "Meneer" (Mr) and the Scandinavian "Fru" and "Fröken" (Mrs, Miss) with its "Frk.".
        "meneer", "fru", "froken", "frk",
        // India's "Smt." and "Shri", Bangladesh's "Mst." (Mosammat), Thailand's "Khun", Indonesia's "Nyonya".
        "smt", "shri", "shrimati", "mst", "khun", "nyonya",
        // Latin America's "Lic.", "Ing.", "Arq.", "Mtro."; Central Europe's "Ing.", "Mgr.", "inż.", Austria's "Mag."
        // and "MMag."; Bulgarian "gospozha"; the Slovene "g." and "ga.", the Czech and Slovak "p." (pan, paní); German
        // "Dr. med.".
        "lic", "licda", "licdo", "licenciado", "licenciada", "ing", "inz", "arq", "mtro", "mtra", "mgr", "mag", "mmag",
        "gospozha", "gospozhata", "g", "ga", "p", "med",
        // Indonesian "Ny." (Nyonya), "Tn." (Tuan), "Nn." (Nona), "Sdr." and "Bpk."; the Thai pharmacist's "Phg.".
        "ny", "tn", "nn", "sdr", "sdri", "bpk", "phg",
        // Filipino "Gng." (Ginang), "Binibini" and "Ginoo" ("Bb." is left out: "BB" is too many things).
        "gng", "ginang", "binibini", "ginoo",
        // Greek "κυρία", "κύριε", "κύριος" (Mrs, Mr), as written and capitalized, and shortened ("κ.", "κα", "κος",
        // "Δρ.").
        "κυρία", "Κυρία", "κύριε", "Κύριε", "κύριος", "Κύριος", "κυρίου", "κυρίας", "κ", "Κ", "κα", "Κα", "κος", "Κος",
        "δρ", "Δρ",
        // Clergy before a name: German "Pfarrer", "Pfarrerin" and "Pater"; "Imam", "Rabbi", "Pastora",
        // "Reverendo".
        "pfarrer", "pfarrerin", "pater", "imam", "rabbi", "pastora", "reverendo",
        // The French "Cher", "Chère" (dear) opening a letter.
        "cher", "chere",
    ]
    /// Lower-case particles inside a name ("Antonio de la Fuente").
    static let nameParticles: [String] = [
        "de", "la", "del", "della", "van", "von", "der", "den", "da", "di", "du", "le", "dos", "das", "bin", "des",
        "ibn", "al", "ter", "vander", "binti", "dela", "delos",
        // Italian "of the" before a plural or a word of another gender: "Degli Esposti", "Via dei Mille"; the
        // Portuguese "do" ("Maria do Carmo", "Rua do Futuro").
        "dei", "degli", "delle", "dello", "do",
        // The Welsh "son of" and "daughter of" ("Dafydd ap Rhys", "Siân ferch Owain").
        "ap", "ab", "ferch", "verch",
    ]
    /// Field labels that introduce a person's name ("Grievant: …").
    static let personLabels: [String] = [
        "grievant", "employee", "member", "supervisor", "manager", "witness", "witnesses", "patient", "steward",
        "name", "claimant", "worker", "representative", "rep", "physician", "provider", "doctor", "nurse", "from",
        "to", "cc", "attn", "contact", "spouse", "by", "coworker", "co-worker", "applicant", "interviewer",
        "investigator", "requester", "requestor", "signed", "reporter", "complainant", "respondent",
        "caseworker", "director", "therapist", "counselor", "agent", "staff", "officer", "student", "parent",
        "guardian", "emergency", "beneficiary", "dependent", "insured", "subscriber", "tenant", "client",
        // The attendance of minutes, and the person labels of Spanish and Portuguese forms.
        "apologies", "present", "attendees", "absent", "paciente", "delegado", "delegada", "solicitante",
        "cliente", "trabajadora", "trabalhador", "trabalhadora",
        // Somali "bukaanka" (the patient) and "magaca" (the name).
        "bukaan", "bukaanka", "magaca",
        // The patient of Central and Eastern European, Finnish, Baltic, Uzbek and Kazakh forms; a pharmacist, a
        // secretary, a chair and a treasurer; the sender and recipient of a delivery; Indonesian and Malay "nama".
        "pacient", "pacientka", "pacjent", "pacjentka", "pacientas", "pacients", "potilas", "bemor", "naukas",
        // The Hungarian patient ("Beteg: Kovács Istvánné"); the Nordic, Estonian, Icelandic and Dutch patient
        // ("Pasient:", "Patsient:", "Sjúklingur:", "Patiënt:").
        "beteg", "pasient", "pasienten", "patsient", "sjuklingur", "patienten",
        "pharmacist", "farmacist", "pharmacien", "farmaceutico", "farmaceutica", "apotheker", "secretary",
        "secretario", "secretaria", "chair", "chairperson", "treasurer", "sender", "recipient", "remitente",
        "destinatario", "destinataire", "expediteur", "nama",
        // Swahili "jina" (name) and "mgonjwa" (patient); "to" and "from" of Danish and Norwegian letters ("Til:",
        // "Fra:") and the Dutch "to" ("Aan:").
        "jina", "mgonjwa", "til", "fra", "aan",
        // The clinicians a record names: "Attending: Okafor, Chidi MD", "Consultant: …", the primary care
        // physician.
        "attending", "consultant", "surgeon", "pcp", "referrer",
        // A call log's caller, and the French patient in the feminine ("Patiente : Tremblay, Marie-Josée").
        "caller", "patiente",
        // "Signed" in French, Spanish, Italian, Portuguese and German ("Signé : Noël Dubois").
        "signe", "signee", "firmado", "firmada", "firmato", "firmata", "assinado", "assinada", "unterschrieben",
        "unterzeichnet",
    ] + formNameLabels + cyrillicPersonLabels
    /// "Surname" and "given name" as the forms of other languages label them: labels before a name, and no names.
    static let formNameLabels: [String] = [
        "soyadi", "nazwisko", "imie", "prijmeni", "jmeno", "nachname", "vorname", "apellido", "apellidos",
        "cognome", "sobrenome", "achternaam", "voornaam", "efternamn", "fornavn", "etternavn", "sukunimi",
        "etunimi", "nom", "prenom", "surname",
        // Mongolian "ovog" (surname) and "ner" (name).
        "ovog", "ner",
        // "Name" in Spanish, Portuguese and Italian, the Nordic languages, Finnish, the South Slavic languages,
        // Lithuanian, Latvian, Hungarian and Turkish ("isim"; its "Adı" folds to the given name "Adi").
        "nombre", "nome", "navn", "namn", "nimi", "ime", "vardas", "vards", "nev", "isim",
    ]
    /// ``formNameLabels`` for lookups by hash.
    static let formNameLabelTable = KeywordTable(formNameLabels.map { ($0, ()) })
    /// Words in or after a name that make it an organization ("Lee County", "Miller LLC", "Russell and
    /// Sons"); words that are also common surnames (Hall, Park, Church) are left out.
    static let organizationWords: [String] = [
        "inc", "llc", "ltd", "pvt", "plc", "corp", "corporation", "co", "company", "group", "associates", "partners",
        "holdings", "industries", "enterprises", "foundation", "county", "hospital", "clinic", "center",
        "centre", "health", "healthcare", "medical", "university", "college", "school", "institute",
        "department", "services", "solutions", "systems", "technologies", "agency", "insurance", "labs",
        "laboratories", "pharmacy", "llp", "pllc", "sons", "consulting", "ltda", "gmbh", "academy", "museum",
        "elementary",
        "airport", "township", "parish", "district", "international", "general", "regional", "memorial",
        // Words of firms' names and legal forms in other countries.
        "bahn", "rail", "railway", "railways", "airline", "airlines", "airways", "bank", "telecom", "transport",
        "motors", "energy", "logistics", "credit", "ag", "spa", "srl", "bv", "nv", "oy", "oyj", "aps", "kg", "sarl",
        "sas", "kft", "zrt", "doo", "sro", "se",
        // Unions, schools, hospitals, pharmacies, laboratories and services in other languages, and the British
        // "infirmary".
        "syndicat", "sindicato", "sindacato", "gewerkschaft", "lycee", "liceo", "colegio", "ecole", "escuela",
        "schule", "ospedale", "hopital", "klinikum", "krankenhaus", "zentrum", "dienst", "infirmary", "farmacia",
        "pharmacie", "apotheke", "apotek", "laboratorio", "laboratoire", "clinique", "klinika", "hospitali",
        // The NHS's "Trust" ("North Bristol NHS Trust"); "health" in Spanish and Portuguese ("Salud Andina").
        "trust", "salud", "saude",
        // Letting agents and money services ("Cole Lettings", "Orange Money"); hotels and resorts ("Coral Sun
        // Resort"); trades ("Dale's Plumbing").
        "lettings", "realty", "money", "resort", "hotel", "motel", "plumbing",
        // Clinics and hospitals in Spanish and French ("Sanatorio del Cerro", "Centre Hospitalier …"), a Japanese
        // pharmacy in Latin letters ("… Yakkyoku"), a works' plant; a firm's care and service desks ("CedarNet
        // Customer Care", "Ridge Car Service") and an office tower ("Kazi Tower").
        "sanatorio", "hospitalier", "yakkyoku", "plant", "care", "service", "tower",
        // Traders, suppliers and distributors ("Northwind Traders").
        "traders", "trading", "suppliers", "distributors",
        // A health system named so ("Kaiser Permanente") and a firm's security service ("Mimecast Security"); not a
        // firm, but no person either: weather alerts ("Winter Storm Warning") and festivals.
        "permanente", "security", "warning", "advisory", "festival",
        // A bank named after its founders ("Wells Fargo"), whose direct deposits workers write about; shops and
        // consultancies named after a person ("Lulu Hypermarket", "Tata Consultancy").
        "fargo", "hypermarket", "supermarket", "supermercado", "minimarket", "consultancy",
        // Chains named in the plural ("Apollo Hospitals", "Mayo Clinics", "Boots Pharmacies").
        "hospitals", "clinics", "pharmacies", "schools", "colleges", "universities", "centres", "centers",
        // Public bodies, courts and cooperatives in English, Spanish, Portuguese and French ("Lusaka City Council",
        // "Juzgado de Familia", "Prefeitura de Maputo"), and East Africa's savings cooperatives ("Ushirika SACCO").
        "council", "ministry", "ministerio", "ministere", "municipality", "municipalidad", "alcaldia", "prefeitura",
        "juzgado", "tribunal", "commission", "authority", "embassy", "embajada", "cooperative", "cooperativa",
        "sacco",
        // Water utilities ("Lusaka Water", "Nairobi Water and Sewerage").
        "water", "sewerage",
        // A sports clinic ("Bayside Sports & Spinal"), partners in Italian, French, Spanish and Portuguese ("Studio
        // Tecnico Belli & Associati").
        "sports", "associati", "associes", "asociados", "associados",
    ]
    /// Capitalized words that open a place name ("San Diego", "St. Louis", "Fort Worth").
    static let placeOpeners: [String] = [
        "san", "santa", "los", "las", "el", "new", "fort", "ft", "port", "saint", "st", "mount", "mt", "lake",
        // "Sta." and "Sto." (Santa, Santo) of the Philippines and Latin America: "Sta. Barbara, Iloilo".
        "sta", "sto",
        "north", "south", "east", "west", "upper", "lower", "greater", "palm", "glen",
        // Of other languages: "Sint-Jan", "Sankt Gallen", "Sainte-Foy", "São Paulo", "Lac-Saint-Jean", "Mont-Royal",
        // "Île-de-France", "Isla Mujeres"; the neighbourhoods of Latin America ("Villa Crespo", "Barrio Obrero",
        // "Colonia Roma", "Jardim Paulista", "Urbanización Los Pinos", "Urb. Villa Carolina").
        "sint", "sankt", "sainte", "sao", "lac", "mont", "ile", "isla", "villa", "vila", "barrio", "bairro",
        "colonia", "jardim", "urbanizacion", "urb",
        // Ireland's county before its name ("Co. Cork", "Co Clare").
        "co",
        // Indonesia's hospitals and health centres before their names ("RS Hermina Pasteur", "RSUD Dr. Soetomo",
        // "Puskesmas Cimahi").
        "rs", "rsud", "rsu", "rsia", "rsup", "puskesmas",
    ]
    /// Closings after which a lone word on the next line is a signature ("Thanks,⏎Ana").
    static let closings: [String] = [
        "thanks", "regards", "best", "sincerely", "cheers", "thank", "you", "respectfully", "solidarity", "warmly",
        // "Thanks" in Urdu and Hindi written in Latin letters.
        "shukriya", "dhanyavad", "dhanyawad", "dhanyavaad",
        // The Nordic "thanks" and "greetings", and their "Mvh" (med vänlig hälsning).
        "tack", "takk", "tak", "hilsen", "halsningar", "halsning", "kiitos", "terveisin", "mvh", "vh",
        // Closings of other languages: Spanish, Portuguese, French, Dutch, Polish, Māori ("Ngā mihi"), Swahili and
        // Tagalog thanks.
        "saludos", "atentamente", "abrazos", "abracos", "beijos", "cumprimentos", "atenciosamente", "cordialement",
        "bises", "groeten", "pozdrawiam", "mihi", "asante", "salamat",
        // "Thanks" written short in a chat ("thx — minh"); the regards of Hungarian, Czech, Slovak, Croatian and
        // Serbian, Polish, Romanian, Turkish, Italian, Spanish, Dutch, Lithuanian, Latvian and Estonian letters.
        "thx", "tks", "tnx", "udvozlettel", "pozdravem", "pozdravom", "pozdrav", "powazaniem", "stima",
        "saygilarimla", "saluti", "saludo", "groet", "pagarbiai", "cienu", "lugupidamisega",
        // "Thanks" of Spanish, French, Portuguese and Italian notes and chats ("gracias, lucía").
        "gracias", "merci", "obrigado", "obrigada", "grazie",
        // Samoan thanks ("Fa'afetai,⏎Mele").
        "fa'afetai", "faafetai",
    ]
    /// Capitalized words that look like names but are document vocabulary in an office text.
    static let nonNames: [String] = [
        "dear", "hi", "hello", "thanks", "thank", "regards", "best", "sincerely", "re", "fw", "fwd", "subject",
        "step", "local", "article", "section", "grievance", "note", "notes", "hr", "dob", "ssn", "mrn", "cc",
        "case", "email", "phone", "address", "date", "employee", "member", "supervisor", "witness", "grievant",
        "steward", "manager", "patient", "diagnosis", "restrictions", "leave", "absence", "fmla", "ada", "cba",
        "union", "company", "department", "ip", "id", "it", "pto", "ok", "please", "god", "christmas", "easter",
        "thanksgiving", "english", "spanish", "american", "covid", "medicare", "medicaid",
        // The note of a Portuguese or Spanish heading ("Nota de Evolução", a progress note).
        "nota",
        "san", "santa", "los", "las", "el", "fort", "saint",
        // Words that open sentences: pronouns, articles, conjunctions and greetings, never a name here.
        "the", "she", "he", "we", "they", "this", "that", "these", "those", "if", "in", "on",
        "at", "for", "and", "but", "so", "as", "our", "my", "your", "his", "her", "their", "you", "i", "a", "an",
        "also", "when", "what", "who", "how", "why", "where", "there", "here", "yes", "no", "not", "can",
        "could", "would", "should", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had",
        "after", "before", "since", "until", "while", "during", "per", "all", "any", "some", "each", "every",
        "then", "now", "today", "yesterday", "tomorrow", "just", "let", "sorry", "okay", "fecha", "nr", "i've",
        "i'll", "i'd", "i'm", "kimlik",
        // The polite "your" of Italian, German and French opening a capitalized phrase ("la Sua Richiesta di Ferie",
        // "Ihre Krankmeldung", "Votre Demande").
        "sua", "suo", "ihre", "ihren", "ihrem", "ihrer", "votre", "vos", "vostra", "vostro",
        // Festivals named before a greeting or an event ("Ramadan Mubarak", "Diwali Mela", "Hari Raya Aidilfitri").
        "ramadan", "ramazan", "diwali", "deepavali", "holi", "navratri", "aidilfitri", "aidiladha", "hanukkah",
        "kwanzaa", "nowruz", "vesak", "thaipusam",
        // "Tomorrow", "today" and "yesterday" in Spanish, Portuguese, French, Indonesian, Malay and Swahili.
        "manana", "hoy", "ayer", "amanha", "hoje", "ontem", "demain", "hier", "besok", "kemarin", "esok", "semalam",
        "kesho",
        // Scores and instruments of clinical notes named after people, and the ventouse of a delivery.
        "waterlow", "barthel", "apgar", "snellen", "ventouse",
        // Clinical shorthand for diagnosis, history, treatment, prescription, symptoms, fracture and examination.
        "dx", "ddx", "hx", "tx", "rx", "sx", "fx", "px", "shukriya", "dhanyavad", "dhanyawad", "dhanyavaad",
        // Pronouns, articles and closings of other languages that open sentences or lines.
        "sie", "ich", "wir", "ihr", "vous", "nous", "usted", "ustedes", "lei", "voi", "noi", "hij", "zij", "wij",
        "jij", "gruessen", "grussen", "grusse", "gruss", "cordialement", "saludos", "saluti", "distinti", "pozdrawiam",
        "terveisin", "hilsen", "halsningar", "groeten", "cumprimentos", "atenciosamente", "mit", "freundlichen",
        "bitte", "danke", "merci", "gracias", "grazie", "obrigado", "obrigada",
        // The Turkish field names "tarihi" (date) and "doğum" (birth); the surname and given-name labels follow.
        "tarihi", "dogum",
        // "Was born" opening a sentence in Spanish, Portuguese, Italian and French ("Nació el 2 de febrero …"); the
        // feast of Eid ("Eid Mubarak!") and the Rioplatense "Che," (hey) opening a message.
        "nacio", "nasceu", "nacque", "naquit", "eid", "che",
        // Mobile wallets paid with ("paid with GCash", "bKash korechi").
        "gcash", "bkash",
        // "Phone" in Icelandic, a given name elsewhere but a label at the head of a phone number; the Hungarian
        // "úr" (Mr), written after the name; the Turkish form label "Hasta" (patient).
        "simi", "ur", "hasta",
        // The Māori greeting "Kia ora", the French "Avis" (opinion, notice) heading a form's field, and the Polish
        // and Slavic "Karta" (card, chart) heading a document. (Not the Spanish "Alta", discharge: "Alta Gracia" is a
        // given name.)
        "kia", "avis", "karta",
        // The Swahili form labels "Mahali" (place), "Anwani" (address) and "Jina" (name); the Setswana greeting
        // "Dumela"; the Turkish "Yetkili" and "İlgili" of a letter's "Sayın Yetkili" (to whom it may concern); the
        // Danish and Norwegian "Til:" and "Fra:" (to, from) heading a letter.
        "mahali", "anwani", "jina", "dumela", "yetkili", "ilgili", "til", "fra",
        // Jobs' titles of Spanish, Portuguese and French signatures ("Ing. Marvin Alvarado, Gerente de Operaciones").
        "gerente", "jefe", "jefa", "coordinador", "coordinadora", "directora", "diretor", "diretora", "directeur",
        "directrice", "subgerente",
        // German "Grüße" and "Gruß" as the tokenizer folds "ß" ("liebe Grüße"); the Māori article "Ngā" of the
        // closing "Ngā mihi"; Turkish "Kadın" (woman, of "Kadın Doğum", obstetrics); Swahili "damu" (blood); the
        // Slavic and Nordic "Tak" (yes, so; thanks); the Croatian and Serbian "Molim" (please); Estonian "Lõuna"
        // (south).
        "gruse", "grus", "grusen", "nga", "kadin", "damu", "tak", "molim", "louna",
        // Spanish "Atte." (atentamente, yours faithfully) before the signer; the offices a union letter addresses
        // after "Comrade" ("Dear Comrade Chairman").
        "atte", "chairman", "chairperson", "chairwoman", "chair", "treasurer",
        // "Emp" of a staff number's label ("Emp Code 100457"); the Polish "Kolega", "Koleżanka" (colleague) before
        // a name.
        "emp", "kolega", "kolezanka",
        // Polish, Czech and Slovak "tell", "ask", "call", "write" and "pass on" opening a sentence before the name
        // they speak of ("Powiedz Tomkowi, że …", "Zavolej Petrovi").
        "powiedz", "zapytaj", "zadzwon", "napisz", "przekaz", "rekni", "zeptej", "zavolej", "napis", "povedz",
        "opytaj",
        // The makers of AI tools, their products and the firms that sell them, which AI policies and requests name
        // ("a pilot with Microsoft", "I asked ChatGPT"); not "Claude", a given name too. Messaging apps and social
        // networks ("My WhatsApp is …").
        "microsoft", "openai", "anthropic", "nvidia", "salesforce", "chatgpt", "gemini", "copilot", "deloitte",
        "accenture", "palantir", "mimecast", "workday", "servicenow", "databricks", "midjourney", "grammarly",
        "capgemini", "infosys", "wipro", "cognizant", "whatsapp", "viber", "wechat", "facebook", "linkedin",
        "instagram", "tiktok", "youtube",
        // Phone makers named with their models ("a Samsung Galaxy", "Huawei Mate").
        "samsung", "huawei", "xiaomi", "tecno",
        // Members greeted in German, whose nouns are capitalized ("Liebe Mitglieder"); the Italian "Cari" (dear,
        // plural) and a hall in German ("Großen Saal").
        "mitglieder", "cari", "saal",
        // Shops and chains whose names are surnames too, where a worker buys or works ("shifts at Kroger"), and the
        // first words of holiday wishes, before a holiday named like a person ("Joyeux Noël", "Buon Natale"; see
        // NameEvidence.followsHolidayWish).
        "kroger", "aldi", "sainsbury", "sainsburys", "coles", "lowes", "meijer", "wegmans", "walgreens", "morrisons",
        "joyeux", "joyeuses", "buon", "buone", "feliz", "felices", "frohe", "frohes", "vrolijk", "vrolijke",
        // "Signed" of other languages, a label before the signer (``personLabels``).
        "signe", "signee", "firmado", "firmada", "firmato", "firmata", "assinado", "assinada", "unterschrieben",
        "unterzeichnet",
    ] + formNameLabels
    /// Determiners: a capitalized run after "the" or "a" names a thing or a place, not a person.
    static let determiners: [String] = ["the", "a", "an", "our", "their", "its", "every", "each"]
    /// Month names and their abbreviations, with their number.
    static let months = KeywordTable<Int>([
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
        ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11),
        ("nov", 11), ("december", 12), ("dec", 12),
    ])
    /// Days of the week.
    static let weekdays: [String] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// The weekdays of Spanish and Portuguese, accents folded, which are given names too ("Domingo"): a date's cue
    /// and, after their article, no name.
    static let iberianWeekdays: [String] = [
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "segunda", "terca", "quarta",
        "quinta", "sexta",
    ]
    /// Words before a date that make it a date of birth.
    static let birthWords: [String] = [
        "dob", "born", "birth", "birthday", "birthdate", "d.o.b", "b",
        // "Born" and "date of birth" in other languages, accents folded: French "né(e) le", "date de naissance",
        // German "geb.",
        // "Geburtsdatum", Spanish and Portuguese "nacido", "fecha de nacimiento", "data de nasc.", Italian "nato il",
        // "data di nascita", Dutch, Nordic, Polish "ur.", "data urodzenia", Czech and Slovak "narozen", "dátum
        // narodenia", Croatian and Serbian "rođen", Romanian "născut", "data nașterii", Hungarian "született", "szül.",
        // Finnish, Turkish "doğum", Vietnamese "ngày sinh", Indonesian and Malay "lahir", Swahili "kuzaliwa", Czech
        // "nar.", Slovenian "roj.", Lithuanian "gimimo data" and "gim.", Latvian, Estonian, Kazakh "tugan kuni", Uzbek
        // "tug'ilgan", Georgian "dab.", Portuguese "DN", Mongolian "törsön ognoo", Japanese "seinengappi",
        // Albanian "datëlindja", Greek, Russian, Ukrainian, Bulgarian and Serbian Cyrillic; Arabic, Persian, Urdu,
        // Hebrew; Chinese, Japanese and Korean field names ("出生日期", "生年月日", "생년월일").
        "ne", "nee", "geb", "geboren", "szul", "geburtsdatum", "geburtstag", "nacido", "nacida", "nacimiento", "nac",
        "nasc", "nascido", "nascida", "nascimento", "nato", "nata", "nascita", "geboortedatum", "fodt", "fodd",
        "fodelsedatum", "fodselsdato", "fodselsdag", "ur", "urodzony", "urodzona", "urodzenia", "narozen", "narozena",
        "narozeni", "narodenia", "narodeni", "roden", "rodjen", "rodena", "rodjena", "rodenja", "rodjenja", "nascut",
        "nascuta", "nasterii", "szuletett", "szuletesi", "syntynyt", "syntymaaika", "dogum", "sinh", "lahir",
        "kuzaliwa", "naissance", "nar", "roj", "rojen", "rojena", "rojstva", "gimimo", "gimes", "gim", "gimusi",
        "dzimis", "dzimusi", "dzimsanas", "sunniaeg", "sunnikuupaev", "syntymapaiva", "tugan", "tug'ilgan", "tugilgan",
        "dab", "dn", "torson", "seinengappi", "datelindja", "datelindje", "γέννησης", "γεννήσεως", "γεννήθηκε",
        "рождения", "родился", "родилась", "народження", "народився", "народилася", "раждане", "роден", "родена",
        "рођења", "рођен", "рођена",
        // "Birth" and "born" in Arabic, Persian, Urdu and Hebrew letters ("تاريخ الميلاد", "تاریخ تولد", "נולד").
        "الميلاد", "ميلاد", "الولادة", "مواليد", "المولود", "المولودة", "تولد", "متولد", "پیدائش", "ولادت",
        "לידה", "נולד", "נולדה", "הלידה",
        // The past tense of "to be born" in Spanish, Portuguese, Italian and French ("nació el …", "nasceu em …",
        // "è nato il …", "est né le …").
        "nacio", "nasceu", "nacque", "naquit",
        "出生日期", "出生年月日", "出生年月", "生年月日", "誕生日", "생년월일", "생일",
        // "Birth" in Hindi, Marathi and Nepali ("जन्म तिथि"), Bengali and Tamil.
        "जन्म", "জন্ম", "பிறந்த",
    ]
    /// The one-word ordinal suffixes of a day ("15th").
    static let ordinalSuffixes: [String] = ["st", "nd", "rd", "th", "er"]  // "er": the French "1er"
}

extension Lexicon {
    /// Verbs that follow a person's name in a report ("… was born", "… told him").
    static let personVerbs: [String] = [
        "was", "is", "has", "had", "called", "told", "said", "says", "asked", "reported", "stated", "filed",
        "works", "worked", "went", "came", "left", "received", "requested", "explained", "confirmed", "mentioned",
        "will", "would", "should", "can", "could", "did", "does", "needs", "wants", "noted", "emailed",
        "also", "raised", "yelled", "shouted", "wrote", "sent", "signed", "agreed", "denied", "refused",
        // A caller or writer who names themself first: "Shazza, Bazza here."
        "here",
    ]
    /// Words after which a chat message names a person in lower case ("it's zsófia", "ask mehmet").
    static let lowerNameCues: [String] = [
        "it", "its", "i'm", "im", "ask", "tell", "fyi", "hi", "hey", "thanks", "thx", "cc", "met", "ping",
        "for", "with", "from", "and", "name", "named", "contact", "reference", "me",
        // "is", "email", titles written in lower case ("miss shanice", "rn tasha greene"), "I am" in Dutch,
        // Spanish and Portuguese ("ik ben sanne de vries"), the Argentine "che", the Tagalog and Spanish "si".
        "is", "email", "rn", "miss", "mr", "mrs", "ms", "dr", "dra", "ben", "soy", "sou", "che", "si",
        // Titles of other languages in lower case ("mevrouw bakker", "signora rossi"), and friends and bosses
        // ("mijn vriend thijs", "boss arnold").
        "mevrouw", "meneer", "mevr", "dhr", "herr", "frau", "signora", "signor", "senora", "senor", "sra", "sr",
        "madame", "monsieur", "mme", "pani", "pan", "friend", "vriend", "vriendin", "amigo", "amiga", "freund",
        "freundin", "ami", "amie", "boss", "chef", "colleague", "collega", "kollege", "kollegin",
        // Introductions of other languages: "c'est", "hier ist", "sono", "jestem", "jsem", "je suis", "me llamo",
        // "me chamo", "mi chiamo", "ich heiße", and the third person ("se llama", "si chiama").
        "c'est", "ist", "sono", "jestem", "jsem", "suis", "llamo", "chamo", "chiamo", "heisse", "llama", "chama",
        "chiama",
        // Ringing and writing to someone, and speaking to them ("ring tony on 07843 …", "msg sinéad", "spoke to
        // brendan").
        "ring", "message", "msg", "to",
        // "can keisha or dmitri cover", lower-case titles ("sir waqas", "nurse tasha"); not "if" nor "yo", which
        // Tagalog and Spanish chats write before words that are names too ("if tama", "yo sola").
        "or", "sir", "nurse", "coach", "pastor",
        // Roles at work in lower case ("my supervisor darnell keeps …", "my manager (kevin o'neil) said").
        "supervisor", "manager", "coworker", "co-worker", "foreman", "steward", "dispatcher",
        // Words that follow the name they cue: reporting verbs, a department's "from" ("marcus said", "tomás from
        // networks") and South Asian honorifics ("malik sahab", "sana baji"); see PersonDetector.nameBefore.
        "said", "says", "told", "asked", "mentioned", "sahab", "sahib", "saab", "ji", "baji", "bhaiya", "didi",
        // Telling and asking someone in other languages, right before their name ("sag jonas", "zeg tegen sanne",
        // "spør ingrid", "mwambie juma", "kay jose"), and Indonesian "bu" and "mbak" in lower case ("tanya bu ratna";
        // "pak" and "ibu" were measured and cost two sets a name each).
        "sag", "frag", "tegen", "vraag", "spør", "spor", "fråga", "fraga", "mwambie", "muulize", "kay", "bu", "mbak",
    ] + reportingVerbs + requestsBeforeArticle + greetings + kin
    /// The sender's and the recipient's labels of an e-mail's header in other languages that are a name's particles
    /// or English words elsewhere ("Van: Marloes de Vries", "Von:", "De:", "Od:", "Para:", "An:"); accents folded.
    static let mailAddressLabels: [String] = [
        "van", "von", "de", "da", "od", "fran", "kimden", "dari", "lahettaja", "para", "an", "till", "do", "kime",
        "kepada", "komu",
    ]
    /// The other labels of an e-mail's header in other languages: subject, date, sent, copy ("Onderwerp:",
    /// "Betreff:", "Asunto:", "Konu:"), and a letter's sender, often a firm ("Absender:", "Avsändare:"); accents
    /// folded.
    static let mailHeaderLabels: [String] = [
        "afzender", "absender", "mittente", "remetente", "avsandare",
        "onderwerp", "betreff", "objet", "asunto", "oggetto", "assunto", "amne", "emne", "temat", "konu", "perihal",
        "aihe", "predmet", "datum", "fecha", "tarih", "tanggal", "verzonden", "gesendet", "envoye", "enviado",
        "inviato", "skickat", "sendt", "wyslano", "kopie",
    ]
    /// Telling, asking and calling someone in Spanish, Italian, French and Portuguese, and "with" in Portuguese,
    /// before the "a", "à" or article their name takes in a chat ("dile a maría", "chiedi a giulia", "dis à fatou",
    /// "com o joão"); accents folded.
    static let requestsBeforeArticle: [String] = [
        "dile", "digale", "preguntale", "avisale", "llama", "chiedi", "dici", "chiama", "dis", "demande", "appelle",
        "diz", "pergunta", "liga", "com",
    ]
    /// Said, wrote and rang in other languages, after a lower-case name in a chat ("honza říkal", "kasia pisała",
    /// "saša сказал"); accents folded.
    static let reportingVerbs: [String] = [
        // Czech and Slovak, Polish, Spanish, Portuguese, German, Dutch.
        "rikal", "rikala", "rekl", "rekla", "psal", "psala", "volal", "volala", "povedal", "povedala",
        "mowil", "mowila", "powiedzial", "powiedziala", "pisal", "pisala", "dzwonil", "dzwonila",
        "dijo", "disse", "falou", "sagt", "sagte", "meinte", "zei", "zegt",
        // Russian and Ukrainian.
        "сказал", "сказала", "писал", "писала", "звонил", "звонила", "говорит", "сказав", "писав", "дзвонив",
        "дзвонила",
    ]
    /// Greetings of many languages, after which a chat message or a letter names the person greeted ("mambo
    /// zawadi", "Hey Bec,", "Kia ora Hemi,"); accents folded.
    static let greetings: [String] = [
        "hello", "hiya", "dear", "hola", "oi", "ola", "ciao", "hallo", "hoi", "moin", "servus", "salut",
        "coucou", "bonjour", "bonsoir", "ahoj", "czesc", "zdravo", "bok", "szia", "sziasztok", "moi", "hei",
        "tere", "labas", "sveiki", "privet", "zdravei", "merhaba", "selam", "salam", "assalamualaikum",
        "marhaba", "shalom", "mambo", "habari", "jambo", "hujambo", "sawubona", "dumela", "molo", "sannu",
        "bawo", "ndewo", "akwaaba", "kumusta", "musta", "ora", "bula", "vinaka", "talofa", "malo", "namaste",
        "namaskar", "vanakkam", "ayubowan", "selamat", "halo", "chao", "sawasdee", "annyeong", "uy", "oy",
        // Australia's "G'day" and the Vietnamese "Xin chào" (its "Xin" opens the greeting); Zulu thanks, "we thank"
        // and "I thank" ("Siyabonga kakhulu"); the French "Dear" ("Chère Madame …").
        "g'day", "gday", "xin", "siyabonga", "ngiyabonga", "cher", "chere",
        // Luxembourgish "Moien". (Not the Icelandic "Sæl" and "Hæ", which fold to "Sal" and "ha".)
        "moien",
    ]
    /// Kin, after whom a note names the relative ("brother Sipho", "husband asghar", "mama salma").
    static let kin: [String] = [
        "brother", "sister", "wife", "husband", "son", "daughter", "mother", "mom", "mum", "mama", "father", "dad",
        "papa", "uncle", "aunt", "auntie", "cousin", "nephew", "niece", "grandma", "grandpa", "granny", "grandson",
        "granddaughter", "partner", "fiance", "fiancee", "hermano", "hermana", "esposa", "esposo", "hijo", "hija",
        "madre", "padre", "tio", "tia", "abuela", "abuelo", "irmao", "irma", "filho", "filha", "pai",
        "marido", "fratello", "sorella", "moglie", "marito", "figlio", "figlia", "frere", "soeur", "mari",
        "fils", "fille", "bruder", "schwester", "sohn", "tochter", "mutter", "vater", "ehemann", "ehefrau",
        "broer", "zus", "zoon", "dochter", "bror", "syster", "soster", "hustru", "kone", "sonn", "datter",
        "dotter", "poika", "tytar", "vaimo", "aviomies", "brat", "siostra", "zona", "maz", "syn", "corka",
        "kaka", "dada", "kuya", "ate", "tita", "tito", "lola", "lolo", "bhai", "behen", "bhabhi", "beta",
        "beti", "baba", "kardes", "profe", "whanau",
        // The relative named by the Nordic definite forms ("Dottern Annika", "Hustrun Karin"), and Afrikaans and
        // Dutch uncles and aunts ("Oom Piet").
        "dottern", "sonen", "hustrun", "frun", "mannen", "maken", "fadern", "brodern", "systern",
        "datteren", "sonnen", "kona", "moren", "faren", "broren", "oom", "tannie", "tante", "ouma", "oupa",
    ]
    /// Verbs and prepositions that take a person after them ("called Destiny", "with Jacobo").
    static let verbsBeforePerson: [String] = [
        "called", "told", "emailed", "asked", "contacted", "informed", "notified", "met", "texted", "phoned",
        "with", "thank", "thanks", "cc", "by", "supervisor", "coworker", "member", "steward", "grievant",
        "excuse",
        // A request's verb before the person it turns to, opening a sentence ("Ask Aibek to bring the forms",
        // "Remind Tendai", "Ring Bongani").
        "ask", "tell", "remind", "ring", "ping",
    ] + kin
}
