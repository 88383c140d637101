extension Lexicon {
    /// Street suffixes of USPS Publication 28 (appendix C1), full and abbreviated.
    static let streetSuffixes: [String] = [
        "alley", "aly", "annex", "arcade", "avenue", "ave", "av", "bayou", "beach", "bend", "bluff", "bluffs",
        "bottom", "boulevard", "blvd", "branch", "bridge", "brook", "brooks", "burg", "burgs", "bypass", "camp",
        "canyon", "cape", "causeway", "center", "centers", "circle", "cir", "circles", "cliff", "cliffs", "club",
        "common", "commons", "corner", "corners", "course", "court", "ct", "courts", "cove", "coves", "creek",
        "crescent", "crest", "crossing", "crossroad", "curve", "dale", "dam", "divide", "drive", "dr", "drives",
        "estate", "estates", "expressway", "expy", "extension", "extensions", "ext", "anex", "crossroads", "fall",
        "falls", "ferry", "field",
        "fields", "flat", "flats", "ford", "fords", "forest", "forge", "forges", "fork", "forks", "fort",
        "freeway", "fwy", "garden", "gardens", "gateway", "glen", "glens", "green", "greens", "grove", "groves",
        "harbor", "harbors", "haven", "heights", "hts", "highway", "hwy", "hill", "hills", "hollow", "inlet",
        "island", "islands", "isle", "junction", "junctions", "key", "keys", "knoll", "knolls", "lake", "lakes",
        "land", "landing", "lane", "ln", "light", "lights", "loaf", "lock", "locks", "lodge", "loop", "mall",
        "manor", "manors", "meadow", "meadows", "mews", "mill", "mills", "mission", "motorway", "mount",
        "mountain", "mountains", "neck", "orchard", "oval", "overpass", "park", "parks", "parkway", "pkwy",
        "parkways", "pass", "passage", "path", "pike", "pine", "pines", "place", "pl", "plain", "plains", "plaza",
        "point", "points", "port", "ports", "prairie", "radial", "ramp", "ranch", "rapid", "rapids", "rest",
        "ridge", "ridges", "river", "road", "rd", "roads", "route", "rte", "row", "rue", "run", "shoal",
        "shoals", "shore", "shores", "skyway", "spring", "springs", "spur", "spurs", "square", "sq", "squares",
        "station", "stravenue", "stream", "street", "st", "streets", "summit", "terrace", "ter", "throughway",
        "trace", "track", "trafficway", "trail", "trl", "trailer", "tunnel", "turnpike", "underpass", "union",
        "unions", "valley", "valleys", "via", "viaduct", "view", "views", "village", "villages", "ville",
        "vista", "walk", "walks", "wall", "way", "ways", "well", "wells",
        // Street types of Britain, Ireland, Australia and New Zealand that Publication 28 lacks.
        "close", "cl", "rise", "parade", "pde", "tce", "cres", "esplanade", "promenade", "quay", "chase",
        "approach", "wynd", "vale", "lanes", "brae", "croft", "grange", "mead", "dene", "yard", "wharf",
        "lawn", "lawns", "mews", "downs", "glade", "heath", "avenues",
        // The Corniche of Egypt's and the Gulf's waterfronts and the roads of India ("Marg", "Salai"), written after
        // the name with the house number first, as English writes them ("15 Nile Corniche", "45 Anna Salai").
        "corniche", "marg", "salai",
    ]
    /// Street suffixes that are no one's surname, so that a name ending in one is a street ("Madison Ave").
    static let streetTypes: [String] = [
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "ln", "ct", "pl",
        "parkway", "pkwy", "highway", "hwy", "ter", "cir", "expressway", "expy", "freeway", "fwy", "sq", "trl",
    ]
    /// Words that open the unit part of an address ("Apt. 045").
    static let unitWords: [String] = [
        "apt", "apartment", "suite", "ste", "unit", "fl", "floor", "rm", "room", "bldg", "building", "lot",
        "no", "dept", "trlr", "spc", "space", "flat",
        // Flats and floors of other languages: Serbian and Croatian "stan", "kat", Spanish "piso", "depto", "dpto",
        // Portuguese "apto", French "etage", "app", "appt", German "Whg.", Swedish "lgh", Turkish "daire", "kat",
        // Russian "kv." (kvartira).
        "stan", "kat", "piso", "depto", "dpto", "apto", "etage", "app", "appt", "whg", "lgh", "daire", "kv",
        // The floor and the side of the landing: German "3. Stock links", "2. OG rechts", French "porte gauche",
        // Spanish "3º izq.", "2º izda.", "dcha.", Italian "scala B, piano 2, interno 5".
        "stock", "og", "links", "rechts", "gauche", "droite", "izq", "izda", "izqda", "izquierda", "dcha", "derecha",
        "scala", "piano", "interno",
        // The Azerbaijani flat ("mənzil 12"); the Romanian block, stairway, floor, flat and Bucharest's sector ("bl.
        // A2, sc. 1, et. 3, ap. 5, sector 2"), the Hungarian floor and door ("2. em. 4. ajtó").
        "mənzil", "bl", "bloc", "sc", "scara", "etaj", "ap", "apartament", "sector", "em", "emelet", "ajto",
    ]
    /// Compass directions written before or after a street name.
    static let directionals: [String] = [
        "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest",
    ]
    /// Two-letter postal codes of the states, DC, territories and military post offices.
    static let stateCodes: [String] = [
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
        "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok",
        "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "pr", "vi",
        "gu", "as", "mp", "aa", "ae", "ap",
    ]
    /// State names, for addresses that spell the state out.
    static let stateNames = PhraseSet(
        [
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
            "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
            "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
            "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
            "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming",
        ])
    /// Military post office words of an overseas address ("APO AE 09012").
    static let militaryPostOffices: [String] = ["apo", "fpo", "dpo"]
    /// Openers of a military address line ("PSC 1234, Box 5678", "USNS Ortiz", "Unit 8021 Box 11").
    static let militaryUnits: [String] = ["psc", "cmr", "unit", "usns", "usnv", "uss", "uscgc"]
    /// Abbreviations and street words that the generated lists lack: Polish, Czech, Turkish, Hungarian,
    /// Greek (in Latin letters), German, Ukrainian ("vul.", "prov.", "prosp."), French ("boul.", "bd") and
    /// Latin American ("blvd.", "calz.", "prol.", "avda.") short forms; the Balkan "bulevar", "trg" and Albanian
    /// "rruga"; Malay and Indonesian "jalan" ("Jl.", "Jln."), "lorong"; Thai "soi"; Swahili "mtaa"; Egyptian
    /// "sharia"; Italian "viale", "corso", "piazza", Catalan "carrer", "avinguda", Spanish "carretera" and French
    /// "impasse", "quai", "allée", "place", "square", "passage", "voie", "esplanade", "promenade", "parvis",
    /// "faubourg", "sentier" and "hameau", which the generated lists lack; the Serbian "булевар" and "улица" and the
    /// Bulgarian "бул." in Cyrillic letters, lower case and capitalized; Peru's "jirón" ("Jr."), the Arabic "shari3"
    /// of chats; the Hebrew street, boulevard, road, alley and square in Latin letters ("Rehov", "Sderot", "Derech",
    /// "Simtat", "Kikar").
    static let streetWordsBefore = """
        rehov
        rechov
        sderot
        shderot
        derech
        derekh
        simtat
        kikar
        jiron
        jr
        shari3
        shar3
        ul
        al
        pl
        os
        odos
        odou
        str
        strada
        ulice
        trida
        namesti
        vul
        vulytsia
        prov
        prosp
        boul
        bd
        blvd
        calz
        prol
        bulevar
        bulevard
        bulevardi
        trg
        rruga
        jalan
        jl
        jln
        lorong
        soi
        mtaa
        sharia
        shari
        avda
        viale
        corso
        piazza
        piazzale
        vicolo
        lungomare
        contrada
        carrer
        avinguda
        passeig
        placa
        carretera
        travesia
        impasse
        quai
        allee
        place
        square
        passage
        voie
        esplanade
        promenade
        parvis
        faubourg
        sentier
        hameau
        cours
        chaussee
        ruelle
        булевар
        Булевар
        οδός
        Οδός
        οδ
        Οδ
        улица
        Улица
        бул
        Бул
        """
    /// Street words written after the name that the generated lists lack ("Bağdat Caddesi 155", "Bağdat Cd. No: 215",
    /// the Turkish "Blv." of a boulevard; the Slovenian,
    /// Croatian, Czech, Latvian, Lithuanian and Estonian words "cesta", "ulica", "ulice", "iela", "gatvė" and its
    /// "g.", "tänav" and the Estonian "mnt", "pst", "tn."; the Azerbaijani "küçəsi", Uzbek "ko'chasi", Mongolian
    /// "gudamj"; the Icelandic "vegur" and "gata" as written and declined; the Tamil "salai", the Hindi "marg" and
    /// the Nepali "tole"; the Corniche of Egypt's and the Gulf's waterfronts, "Nile Corniche").
    static let streetWordsAfter = """
        corniche
        salai
        marg
        tole
        caddesi
        cad
        cd
        blv
        sokak
        sokagi
        sk
        bulvari
        utca
        ut
        ter
        cesta
        ulica
        ulice
        iela
        gatve
        tanav
        g
        vegur
        vegi
        gata
        gotu
        mnt
        maantee
        pst
        puiestee
        tn
        küçəsi
        kuchasi
        ko'chasi
        prospekti
        gudamj
        pr
        """
    /// Street endings that the generated list lacks (Dutch canals and quays, English "-way" and "-gate").
    static let streetEndings: [String] = [
        "gracht", "kade", "plein", "markt", "dijk", "way", "gate", "ulica", "vegur", "vegi", "gata", "gotu", "braut",
    ]
    /// Words that put a house number after them ("No: 155", "Nr. 5", "n. 12", the Russian "d. 14" of "dom").
    static let houseNumberWords: [String] = ["no", "nr", "n", "nro", "num", "d", "dom"]
}
