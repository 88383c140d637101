/// What the vocabularies and the words around a ``NameRun`` say about it.
struct NameEvidence {
    private let tokens: TokenList
    private let vocabulary: Vocabulary
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ context: borrowing ScanContext) {
        tokens = context.tokens
        vocabulary = context.vocabulary
        bytes = context.bytes
    }

    /// The vocabularies the word is in (without a possessive `'s`); a ``NameRun`` holds those of its words.
    func classes(_ k: Int) -> WordClasses { vocabulary.words.classes(of: tokens[k].stemHash) }

    /// The weekdays of Spanish and Portuguese, accents folded.
    private static let iberianWeekdays = KeywordTable(Lexicon.iberianWeekdays.map { ($0, ()) })
    /// The articles and words ("this", "next", "each") before a Spanish or Portuguese weekday.
    private static let weekdayArticles = KeywordTable(
        ["el", "este", "proximo", "cada", "o", "no", "neste", "todo"].map { ($0, ()) })

    /// The word's length in bytes, without a possessive `'s`.
    func length(_ k: Int) -> Int { tokens[k].stemEnd - tokens[k].start }

    /// Month or weekday names, which are given names too ("April", "June"); a month of another language before a
    /// number or after a day's ("Ekim 2024", "14 Ekim", Turkish October; but "Marco" alone is a name, though
    /// Portuguese "março" folds to it, and so is "Julie" after a date), or written with a letter beyond ASCII ("mês
    /// de Março"); a Greek weekday before a date ("την Παρασκευή 18/4").
    func isCalendarWord(_ k: Int) -> Bool {
        if !tokens[k].lexicon.isDisjoint(with: [.month, .weekday]) { return true }
        // A Spanish or Portuguese weekday after its article or "this", "next" ("el Domingo", "no Sábado").
        if k >= 1, !tokens[k].startsLine, Self.weekdayArticles[hash: tokens[k - 1].hash] != nil,
            Self.iberianWeekdays[hash: tokens[k].hash] != nil
        {
            return true
        }
        let dated = k + 1 < tokens.count && tokens[k + 1].isNumber
            || k > 0 && tokens[k - 1].isNumber && tokens[k - 1].length <= 2 || tokens[k].flags.contains(.beyondASCII)
        let hash = tokens[k].hash
        return dated && (vocabulary.monthNames.value(of: hash) != nil || Self.namedWeekdays[hash: hash] != nil)
    }

    /// Greek weekdays, two of them given names too ("Παρασκευή", "Κυριακή"), which before a date are the day's:
    /// "την Παρασκευή 18/4".
    private static let namedWeekdays = KeywordTable(
        ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"].map { ($0, ()) })

    /// "Bericht Mai", "Seit Anfang März": a run of two words or more that ends in a month's name (in any of many
    /// languages) after a first word that is neither a given name nor a surname: a heading or a time, where "Trần
    /// Thị Mai" and "Nguyen Mai" are names.
    func endsWithMonth(_ run: NameRun) -> Bool {
        run.count >= 2 && run.classes[0].isDisjoint(with: [.given, .surname])
            && vocabulary.monthNames.value(of: tokens[run.words[run.count - 1]].hash) != nil
    }

    /// "Nguyễn Thị Thu Hằng", "Phạm Văn Đức": a Vietnamese surname, then "Thị" or "Văn" before the given name.
    func isVietnameseName(_ run: NameRun) -> Bool {
        run.count >= 3 && run.classes[0].contains(.surname) && tokens[run.words[1]].isCapitalized
            && NameRun.vietnameseMiddleNames.contains(tokens[run.words[1]].hash)
    }

    private static let hrHash = WordHash.of(word: Substring("hr").utf8)

    /// Whether the run is "Hồ Chí Minh", the city's name far more often than the man's.
    func namesHoChiMinhCity(_ run: NameRun) -> Bool {
        run.count == 3 && (0..<3).allSatisfy { tokens[run.words[$0]].hash == Self.hoChiMinh[$0] }
    }

    private static let hoChiMinh = ["hồ", "chí", "minh"].map { WordHash.of(word: Substring($0).utf8) }

    /// Whether the run opens with "Don", the Spanish and Italian title, before a given name ("a Don Joaquín Pérez",
    /// "Don Ernesto"), not with the English given name ("Don Hancock", "Don Thomas"): the word after it is a given
    /// name and no English word, and a name follows it or it is no surname.
    func opensWithDon(_ run: NameRun) -> Bool {
        guard run.count >= 2, run.first == run.words[0], tokens[run.words[0]].hash == Self.donHash else {
            return false
        }
        let next = run.classes[1]
        return next.contains(.given) && !next.contains(.common) && (run.count >= 3 || !next.contains(.surname))
    }

    private static let donHash = WordHash.of(word: Substring("don").utf8)

    /// Titles, labels and organization words that open or close a run without being part of the name.
    @inline(__always)
    func isOfficeWord(_ k: Int) -> Bool {
        tokens[k].lexicon.contains(.personLabel) || tokens[k].lexicon.contains(.honorific)
            || tokens[k].lexicon.contains(.organization)
    }

    /// "Dr. Lee", "Ms Valle": a title right before the run, with or without its period; in lower case only
    /// when it is no English word ("bij dokter Bakker", "gửi anh Trần", "pán Kováč", but not "pan Kowalski"), one
    /// letter with its period before a word that is no English word ("g. Kranjc", not "p. Table"), or the second
    /// part of a title ("Dr. med. Weber").
    @inline(__always)
    func followsTitle(_ run: NameRun) -> Bool {
        var k = particlesBefore(run) - 1
        var dotted = false
        if k >= 0, isSymbol(k, 0x2E), tokens[k].isAttached, !tokens[run.first].startsLine {
            k -= 1
            dotted = true
        }
        // A title stands apart from a number before it ("8AM–12NN. Reference" is a time). "HR" in capitals is a
        // department ("HR Business Partner"), not the Nordic and German "Hr." (Herr).
        guard k >= 0, tokens[k].isWord, tokens[k].lexicon.contains(.honorific), !tokens[k + 1].startsLine,
            k == 0 || !tokens[k].isAttached || tokens[k - 1].kind == .symbol,
            !(tokens[k].flags.contains(.allCaps) && tokens[k].hash == Self.hrHash)
        else { return false }
        if tokens[k].isCapitalized || !classes(k).contains(.common) || hasLetterBeyondASCII(k) { return true }
        // "g. Kranjc", "p. Procházka": one letter and its period; "Dr. med. Weber": a title's second part.
        guard dotted else { return false }
        if tokens[k].length == 1 { return !classes(run.first).contains(.common) }
        return k >= 2 && isSymbol(k - 1, 0x2E) && tokens[k - 2].isCapitalized
            && tokens[k - 2].lexicon.contains(.honorific)
    }

    /// "Hospital Dr. Gustavo Fricke", "Clínica Dr. Ruiz": a run after a title that itself follows a capitalized
    /// institution's word, as hospitals of Latin America are named after doctors.
    func followsTitleAfterInstitution(_ run: NameRun) -> Bool {
        var k = run.first - 1
        if k >= 1, isSymbol(k, 0x2E), tokens[k].isAttached { k -= 1 }
        guard k >= 1, tokens[k].isWord, tokens[k].lexicon.contains(.honorific), !tokens[k].startsLine else {
            return false
        }
        let institution = tokens[k - 1]
        return institution.isWord && institution.isCapitalized && institution.lexicon.contains(.organization)
    }

    /// "U.O. Ortopedia", "Gastroenterology", "Kardiologie": a run whose last word ends as the names of medicine's
    /// specialties and departments do, in English and the languages of Europe; no name ends so.
    func endsWithSpecialty(_ run: NameRun) -> Bool {
        let token = tokens[run.words[run.count - 1]]
        guard token.length >= 7 else { return false }
        return Self.specialtyEndings.contains { ending in
            ending.count < token.length
                && (0..<ending.count).allSatisfy { n in
                    let b = bytes[token.end - ending.count + n]
                    return (b < 0x80 ? b | 0x20 : b) == ending[n]
                }
        }
    }

    /// The endings of ``endsWithSpecialty(_:)``: "-logy", "-logia", "-logie", "-logía", "-pedia", "-pädie", "-pédie",
    /// "-iatry", "-iatria", "-iatrie", "-iatría".
    private static let specialtyEndings: [[UInt8]] = [
        "logy", "logia", "logie", "logía", "pedia", "pädie", "pédie", "pedie", "iatry", "iatria", "iatrie", "iatría",
    ].map { Array($0.utf8) }

    /// The first of up to two lower-case particles right before the run ("Mrs van Wyk", "Dr. de la Cruz"), or the
    /// run's first token; a French article alone is none ("Madame la Directrice").
    func particlesBefore(_ run: NameRun) -> Int {
        var k = run.first
        while run.first - k < 2, k >= 1, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, !tokens[k].startsLine,
            tokens[k - 1].lexicon.contains(.nameParticle)
        {
            k -= 1
        }
        guard k < run.first, NameRun.articles.contains(tokens[run.first - 1].hash) else { return k }
        return k < run.first - 1 ? k : run.first
    }

    /// The first of the initials ("M.", "J. R.") right before word `k` and after token `start`, or `k`: what a
    /// dropped opening word leaves of a name.
    func initialsBefore(_ k: Int, after start: Int) -> Int {
        var first = k
        while first - 2 > start, isSymbol(first - 1, 0x2E), tokens[first - 1].isAttached, tokens[first - 2].isWord,
            tokens[first - 2].isCapitalized, NameRun.isOneLetter(tokens[first - 2], bytes)
        {
            first -= 2
        }
        return first
    }

    /// Whether word `k`, set apart by two spaces or more, opens the next label of a form, its words running to a
    /// colon on the line ("María López  Historia clínica: 784512").
    func opensFieldLabel(_ k: Int) -> Bool {
        guard k >= 1, tokens[k].start - tokens[k - 1].end >= 2, !tokens[k].startsLine else { return false }
        var j = k + 1
        while j < tokens.count, j - k <= 3, !tokens[j].startsLine {
            if tokens[j].kind == .symbol { return bytes[tokens[j].start] == 0x3A }
            j += 1
        }
        return false
    }

    /// Whether word `k`, of three or four letters, comes right after a Dutch particle, as short Dutch surnames that
    /// are English words do ("Anja de Wit", "Kees van Dam"); not a longer word after a Romance "de" ("Lucía de
    /// Recursos Humanos").
    func followsDutchParticle(_ k: Int) -> Bool {
        k >= 1 && (3...4).contains(length(k)) && !tokens[k].startsLine && tokens[k - 1].isWord
            && !tokens[k - 1].isCapitalized && Self.dutchParticles.contains(tokens[k - 1].hash)
    }

    private static let dutchParticles = ["de", "van", "der", "den", "ten", "ter"].map {
        WordHash.of(word: Substring($0).utf8)
    }

    /// Whether word `k` has a letter beyond ASCII, and so is no English word though it folds to one ("pán").
    private func hasLetterBeyondASCII(_ k: Int) -> Bool {
        (tokens[k].start..<tokens[k].end).contains { bytes[$0] >= 0x80 }
    }

    /// "Jabal Amman", "Jebel Ali": a run of two words or more opened by the Arabic "mount" of a town's quarters and
    /// places.
    func opensWithMountain(_ run: NameRun) -> Bool {
        run.count >= 2 && run.words[0] == run.first && Self.mountains[hash: tokens[run.first].hash] != nil
    }

    private static let mountains = KeywordTable(["jabal", "jebel", "djebel"].map { ($0, ()) })

    /// "via St John", "Ste Justine": a saint's name of two words, a church's, a hospital's, an ambulance service's or
    /// a place's (a surname "St John" comes after a given name); and the word alone before its period and the
    /// saint's name ("St. Mary's Hospital"), but after a title or a person's label ("Mr. St. Clair") only before
    /// an organization's or a street's word.
    @inline(__always)
    func opensWithSaint(_ run: NameRun) -> Bool {
        guard run.count <= 2, run.words[0] == run.first, tokens[run.first].length <= 6,
            bytes[tokens[run.first].start] | 0x20 == 0x73, Self.saints[hash: tokens[run.first].hash] != nil
        else { return false }
        if run.count == 2 { return true }
        let next = run.last + 2
        return isSymbol(run.last + 1, 0x2E) && tokens[run.last + 1].isAttached && next < tokens.count
            && tokens[next].isCapitalized
            && (!followsTitle(run) && !followsPersonLabel(run) || institutionFollows(next))
    }

    /// Whether an organization's or a street's word is among the four words from token `k` on, on its line ("St.
    /// Mary's Hospital", "St. John Street").
    private func institutionFollows(_ k: Int) -> Bool {
        var j = k
        while j < tokens.count, j < k + 4, j == k || !tokens[j].startsLine {
            if !tokens[j].lexicon.isDisjoint(with: [.organization, .streetType]) { return true }
            j += 1
        }
        return false
    }

    private static let saints = KeywordTable(["st", "ste", "saint", "sainte", "sankt", "sint"].map { ($0, ()) })

    /// "San Diego", "St. Louis", "Saint-Étienne": a place-name opener right before the run.
    @inline(__always)
    func followsPlaceWord(_ run: NameRun) -> Bool {
        var k = run.first - 1
        if k >= 0, isSymbol(k, 0x2E) || isSymbol(k, 0x2D), tokens[k].isAttached { k -= 1 }
        return k >= 0 && tokens[k].isWord && tokens[k].isCapitalized && tokens[k].lexicon.contains(.placeOpener)
            && !tokens[k + 1].startsLine
    }

    /// "Joyeux Noël", "Buon Natale": the first word of a holiday's wish right before the run, which names the holiday.
    @inline(__always)
    func followsHolidayWish(_ run: NameRun) -> Bool {
        let k = run.first - 1
        return k >= 0 && tokens[k].lexicon.contains(.nonName) && !tokens[run.first].startsLine
            && Self.holidayWishes[hash: tokens[k].hash] != nil
    }

    /// Words that are ``Lexicon/nonNames`` too, so that no run opens with them.
    private static let holidayWishes = KeywordTable(
        ["joyeux", "joyeuses", "buon", "buone", "feliz", "felices", "frohe", "frohes", "vrolijk", "vrolijke"]
            .map { ($0, ()) })

    /// "Thanks,⏎Kashvi⏎": a lone word on the line after a closing ("Thanks,", "Best regards,"); "Tack! /Bosse"; on the
    /// closing's line, the name after it and its comma, ending the line or before a comma ("Sincerely, Ishida Ryōko,
    /// MD").
    @inline(__always)
    func isSignature(_ run: NameRun) -> Bool {
        let next = run.last + 1
        guard run.first >= 1 else { return false }
        let endsLine = next >= tokens.count || tokens[next].startsLine
        // "Tack! /Bosse", "Mvh⏎/Anna": the Nordic signature, a slash glued to the name, opening its line or after a
        // closing, its "!" or its period.
        if endsLine, isSymbol(run.first - 1, 0x2F), tokens[run.first].isAttached {
            let slash = run.first - 1
            // A path opening its line ("/Applications") is no one: there the word must be a given name.
            guard !tokens[slash].startsLine, slash >= 1 else { return classes(run.words[0]).contains(.given) }
            let closing = isSymbol(slash - 1, 0x21) || isSymbol(slash - 1, 0x2E) ? slash - 2 : slash - 1
            return closing >= 0 && tokens[closing].isWord && tokens[closing].lexicon.contains(.closing)
        }
        guard run.first >= 2, isSymbol(run.first - 1, 0x2C), tokens[run.first - 2].isWord,
            tokens[run.first - 2].lexicon.contains(.closing)
        else { return false }
        if tokens[run.first].startsLine { return endsLine }
        return !tokens[run.first - 1].startsLine && (endsLine || isSymbol(next, 0x2C))
    }

    /// "Uriel called Destiny", "discussed it with Jacobo", "Wife Beryl rings": a verb, a preposition or a relative
    /// that takes a person, capitalized only where it opens a sentence.
    @inline(__always)
    func followsPersonVerb(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard k >= 0, !tokens[run.first].startsLine, tokens[k].isWord, tokens[k].lexicon.contains(.verbBeforePerson)
        else { return false }
        return !tokens[k].isCapitalized || opensSentence(k)
    }

    /// Whether token `k` opens a sentence: first in its line, or after `.`, `!`, `?`, `:` or a double quote.
    private func opensSentence(_ k: Int) -> Bool {
        guard k >= 1, !tokens[k].startsLine else { return true }
        guard tokens[k - 1].kind == .symbol else { return false }
        let b = bytes[tokens[k - 1].start]
        return b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x22
    }

    /// A Vietnamese word that opens a sentence or a heading and names no one ("Phòng Nhân sự", "Chào chị",
    /// "Trân trọng", "Giá thuê"), told by its marks from the names it folds to ("Phong", "Chao", "Tran", "Gia").
    func isVietnameseWord(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.flags.contains(.beyondASCII), token.isCapitalized, token.length <= 9,
            Self.vietnameseWordHashes[hash: token.hash] != nil
        else { return false }
        return isSpelled(token, asOneOf: Self.vietnameseWords)
    }

    /// Whether the token is spelled exactly as one of `words`, its case and marks included.
    private func isSpelled(_ token: Token, asOneOf words: [[UInt8]]) -> Bool {
        words.contains { word in word.count == token.length && ByteClass.hasBytes(bytes, word, at: token.start) }
    }

    /// A Vietnamese weekday, named by its number after "thứ" ("thứ Hai", "Thứ Sáu", "thứ Bảy"), alone or with its
    /// "Thứ" in the run: the number words are given names too ("Anh Hai", "Nguyễn Thị Năm").
    func isVietnameseWeekday(_ run: NameRun) -> Bool {
        let k = run.words[run.count - 1]
        guard run.count <= 2, k >= 1, tokens[k].flags.contains(.beyondASCII) || tokens[k].length <= 3,
            tokens[k - 1].isWord, tokens[k - 1].hash == Self.thuHash, run.count == 1 || run.words[0] == k - 1
        else { return false }
        return Self.weekdayNumbers.contains(tokens[k].hash)
    }

    private static let thuHash = WordHash.of(word: Substring("thứ").utf8)
    /// Two to seven in Vietnamese, as weekdays are named: Hai, Ba, Tư, Năm, Sáu, Bảy.
    private static let weekdayNumbers = ["hai", "ba", "tư", "năm", "sáu", "bảy"].map {
        WordHash.of(word: Substring($0).utf8)
    }

    /// Vietnamese words for greetings, thanks, offices, places, dates, prices and replies, and the word by which the
    /// young speak of themselves to their elders ("Cháu"), capitalized: no name is written with their marks.
    private static let vietnameseWordList = [
        "Phòng", "Chào", "Trân", "Giá", "Kính", "Gửi", "Cảm", "Bệnh", "Viện", "Quận", "Phường", "Đường", "Ngày",
        "Tháng", "Phố", "Huyện", "Tỉnh", "Xã", "Số", "Nhà", "Tầng", "Công", "Học", "Hàng", "Trọng", "Dạ", "Vâng",
        "Được", "Không", "Cần", "Gấp", "Hợp", "Tiền", "Thuê", "Chủ", "Khách", "Tổng", "Giám", "Đốc", "Trưởng", "Sự",
        "Chúc", "Mừng", "Hẹn", "Gặp", "Lại", "Ơn", "Nhé", "Bác", "Chú", "Đa", "Lời", "Tiêu", "Nhân", "Cháu",
    ]
    private static let vietnameseWords = vietnameseWordList.map { Array($0.utf8) }
    /// Their hashes, which a token spelled as one of them has: one probe rules out most words before their bytes
    /// are compared.
    private static let vietnameseWordHashes = KeywordTable(vietnameseWordList.map { ($0, ()) })

    /// "Bệnh viện Chợ Rẫy", "Công ty Minh Phát", "quận Tân Bình": a run right after a Vietnamese noun of a place or
    /// an institution (hospital, company, city, bank, district, ward, province, commune, river, market, school,
    /// department), which names that place or institution.
    func followsVietnamesePlaceNoun(_ run: NameRun) -> Bool {
        !tokens[run.first].startsLine && isVietnamesePlaceNoun(run.first - 1)
    }

    /// "Thành phố", "Ngân hàng": a one-word run that is the first half of a Vietnamese noun of a place or an
    /// institution, whose second half follows it in lower case.
    func opensVietnamesePlaceNoun(_ run: NameRun) -> Bool {
        let next = run.last + 1
        return run.count == 1 && next < tokens.count && !tokens[next].isCapitalized && !tokens[next].startsLine
            && isVietnamesePlaceNoun(next)
    }

    /// "Khoa Nội", "Khoa Tim mạch": a hospital's department, "Khoa" and the first word of its specialty, which
    /// open the run ("Khoa" alone is a given name, "Đăng Khoa").
    func opensVietnameseDepartment(_ run: NameRun) -> Bool {
        guard run.count >= 2, tokens[run.words[0]].length == Self.khoa.count,
            ByteClass.hasBytes(bytes, Self.khoa, at: tokens[run.words[0]].start)
        else { return false }
        let specialty = tokens[run.words[1]]
        return specialty.length <= 8 && isSpelled(specialty, asOneOf: Self.specialtyWords)
    }

    private static let khoa = Array("Khoa".utf8)
    /// The first words of hospital specialties in Vietnamese: internal medicine, surgery, obstetrics, gynaecology,
    /// paediatrics, cardiology ("Tim mạch"), neurology ("Thần kinh"), intensive care ("Hồi sức"), emergency ("Cấp
    /// cứu"), dermatology ("Da liễu"), eyes, teeth, ear nose and throat ("Tai Mũi Họng"), oncology ("Ung bướu"),
    /// infectious diseases ("Truyền nhiễm"), imaging ("Chẩn đoán"), the laboratory ("Xét nghiệm"), pharmacy,
    /// rehabilitation ("Phục hồi"), traditional medicine ("Y học"), anaesthesia ("Gây mê"), examination ("Khám
    /// bệnh"), respiratory ("Hô hấp"), digestive ("Tiêu hóa"), kidneys, geriatrics ("Lão khoa"), haematology
    /// ("Huyết học"), trauma ("Chấn thương"), burns, surgery ("Phẫu thuật").
    private static let specialtyWords: [[UInt8]] = [
        "Nội", "Ngoại", "Sản", "Phụ", "Nhi", "Tim", "Thần", "Hồi", "Cấp", "Da", "Mắt", "Răng", "Tai", "Ung", "Truyền",
        "Chẩn", "Xét", "Dược", "Phục", "Y", "Gây", "Khám", "Hô", "Tiêu", "Thận", "Lão", "Huyết", "Chấn", "Bỏng", "Phẫu",
    ].map { Array($0.utf8) }

    private func isVietnamesePlaceNoun(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].isWord, Self.vietnamesePlaceNounHashes[hash: tokens[k].hash] != nil
        else { return false }
        let start = tokens[k].start
        return Self.vietnamesePlaceNouns.contains { word in
            word.count == tokens[k].length && bytes[start] | 0x20 == word[0]
                && (1..<word.count).allSatisfy { bytes[start + $0] == word[$0] }
        }
    }

    /// The nouns of ``followsVietnamesePlaceNoun(_:)``, in lower case, the last word of those of two ("bệnh viện",
    /// "công ty", "thành phố", "ngân hàng").
    private static let vietnamesePlaceNounList = [
        "viện", "ty", "phố", "hàng", "quận", "phường", "huyện", "tỉnh", "xã", "sông", "chợ", "trường", "khoa",
    ]
    private static let vietnamesePlaceNouns = vietnamesePlaceNounList.map { Array($0.utf8) }
    /// Their hashes, which a token spelled as one of them has (its first letter in either case).
    private static let vietnamesePlaceNounHashes = KeywordTable(vietnamesePlaceNounList.map { ($0, ()) })

    /// A relative or a verb that takes a person ("Dottern", "Wife", "Thanks") opening a run, which is no part of
    /// the name after it.
    func isPersonVerb(_ k: Int) -> Bool { tokens[k].lexicon.contains(.verbBeforePerson) }

    /// Whether word `k` is the Turkish "Adı" (its name), a form's label, written with the dotless "ı" that folds it
    /// into the given name "Adi".
    func isTurkishNameLabel(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.length == 4 else { return false }
        return bytes[token.start] | 0x20 == 0x61 && bytes[token.start + 1] == 0x64 && bytes[token.start + 2] == 0xC4
            && bytes[token.start + 3] == 0xB1
    }

    /// Whether word `k` introduces the name after it and is none of it: the Tagalog markers of a person ("Si Jomar
    /// po ito", "ni"; not "Kay" nor "Sina", which are names too) and "I am" of other languages opening a sentence
    /// ("Sono Chiara Esposito").
    func isIntroduction(_ k: Int) -> Bool { tokens[k].length <= 6 && Self.introductions[hash: tokens[k].hash] != nil }

    private static let introductions = KeywordTable(
        ["si", "ni", "sono", "soy", "sou", "jestem", "jsem", "suis", "llamo", "chamo", "chiamo", "heisse"]
            .map { ($0, ()) })

    /// German articles, possessives and demonstratives, which open a sentence with a capital before a noun that has one
    /// too ("Der Zug hat Verspätung", "Meine Tante wohnt in Köln"), and the French and Italian indefinite articles
    /// that are no given names ("Une IRM", "Uno Stent"): no name's part, though some are surnames. ("Un", "Una" and
    /// "Uma" are given names too: "Una Healy".)
    func isArticle(_ k: Int) -> Bool {
        tokens[k].length <= 7 && Self.articles[hash: tokens[k].hash] != nil
    }

    private static let articles = KeywordTable(
        [
            "der", "das", "dem", "den", "ein", "eine", "einen", "einem", "einer", "mein", "meine", "meinen", "meinem",
            "meiner", "dein", "deine", "deinen", "sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem",
            "unser", "unsere", "unseren", "unserem", "euer", "eure", "dieser", "diese", "dieses", "jeder", "jede",
            "jedes", "kein", "keine",
            // French and Italian.
            "une", "uno",
        ].map { ($0, ()) })

    /// Whether word `k` is a particle of names ("de", "van", "bin").
    func isParticle(_ k: Int) -> Bool { tokens[k].lexicon.contains(.nameParticle) }

    /// Whether word `k` has letters beyond ASCII ("Olá").
    func isBeyondASCII(_ k: Int) -> Bool { tokens[k].flags.contains(.beyondASCII) }

    /// A greeting opening a run ("Oi Fernanda", "Olá Fernanda Lima"), which is no part of the name after it.
    func isGreeting(_ k: Int) -> Bool { k < tokens.count && Self.isGreeting(tokens[k]) }

    /// "Hey Bec,", "Kia ora Hemi!": a greeting right before the run, which ends its clause.
    @inline(__always)
    func followsGreeting(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard k >= 0, !tokens[run.first].startsLine, Self.isGreeting(tokens[k]) else { return false }
        let next = run.last + 1
        return next >= tokens.count || tokens[next].startsLine || isSymbol(next, 0x2C) || isSymbol(next, 0x21)
    }

    /// Whether `token` is a greeting ("hi", "mambo", "uy").
    static func isGreeting(_ token: Token) -> Bool {
        token.isWord && token.lexicon.contains(.lowerNameCue) && greetings[hash: token.hash] != nil
    }

    private static let greetings = KeywordTable((Lexicon.greetings + ["hi", "hey"]).map { ($0, ()) })

    /// Whether word `k` greets a group ("Hoi allemaal", "Hallo zusammen", "Oi pessoal", "Hi all").
    func greetsGroup(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].isWord && !tokens[k].startsLine && Self.groups[hash: tokens[k].hash] != nil
    }

    private static let groups = KeywordTable(
        [
            "all", "everyone", "everybody", "team", "folks", "guys", "allemaal", "zusammen", "pessoal", "ragazzi",
            "tous", "todos", "todas", "chicos", "chicas", "wote", "arkadaslar", "wszystkim", "alle", "allihop",
            // Zulu "very much" after thanks ("Siyabonga kakhulu"), which thanks no one by name.
            "kakhulu",
        ].map { ($0, ()) })

    /// Whether a word in lower case follows the run on its line ("Elle présente", not "Elle, …").
    @inline(__always)
    func precedesLowerCaseWord(_ run: NameRun) -> Bool {
        let next = run.last + 1
        return next < tokens.count && tokens[next].isWord && !tokens[next].isCapitalized && !tokens[next].startsLine
            && !tokens[next].isAttached
    }

    /// Whether a full stop, "!" or "?" follows the run right after it.
    func precedesSentenceEnd(_ run: NameRun) -> Bool {
        isSymbol(run.last + 1, 0x2E) || isSymbol(run.last + 1, 0x21) || isSymbol(run.last + 1, 0x3F)
    }

    /// A nickname in quotes: after a name and a bracket ("Robert Kowalski ("Bobby")"), or after "prefers",
    /// "goes by", "known as", "aka" ("prefers "Jay"").
    func isQuotedNickname(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard k >= 1, isQuote(k), isQuote(run.last + 1) else { return false }
        if isSymbol(k - 1, 0x28) { return k >= 2 && tokens[k - 2].isWord && tokens[k - 2].isCapitalized }
        return tokens[k - 1].isWord && Self.nicknameCues[hash: tokens[k - 1].hash] != nil
    }

    /// Whether token `k` is a double quotation mark, straight or curly.
    private func isQuote(_ k: Int) -> Bool { tokens.isDoubleQuote(k, in: bytes) }

    private static let nicknameCues = KeywordTable(["prefers", "by", "as", "aka", "called", "nicknamed", "dit", "alias"]
        .map { ($0, ()) })

    /// "Meddygfa'r Bont", "Swyddfa'r Post": the run opens with a word that ends in the Welsh article "'r" ("the"),
    /// which a place or an office takes, never a person.
    @inline(__always)
    func opensWithWelshArticle(_ run: NameRun) -> Bool {
        let end = tokens[run.first].end
        guard end - tokens[run.first].start >= 4, bytes[end - 1] == 0x72 else { return false }
        return bytes[end - 2] == 0x27 || bytes[end - 2] == 0x99 && bytes[end - 3] == 0x80 && bytes[end - 4] == 0xE2
    }

    /// "Pat.-Nr.", "Vers.-Nr.": the run's last word abbreviated and joined by a hyphen to the next, as German labels
    /// are written.
    @inline(__always)
    func opensAbbreviatedCompound(_ run: NameRun) -> Bool {
        let k = run.last + 1
        return isSymbol(k, 0x2E) && tokens[k].isAttached && isSymbol(k + 1, 0x2D) && tokens[k + 1].isAttached
    }

    /// "dispatcher Oybek at 718-555-0132", "scrivete a Sabrina al 347 …": "at" or "on" (or its kin in other
    /// languages) and a phone's first digits right after the run, which names no town.
    @inline(__always)
    func precedesPhoneAt(_ run: NameRun) -> Bool {
        let k = run.last + 1
        guard k + 1 < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].length <= 2,
            !tokens[k].startsLine, Self.phonePrepositions[hash: tokens[k].hash] != nil
        else { return false }
        let plus = isSymbol(k + 1, 0x2B) || isSymbol(k + 1, 0x28)
        let number = plus ? k + 2 : k + 1
        guard number < tokens.count, tokens[number].isNumber, tokens[number].length >= (plus ? 1 : 3),
            !tokens[number].startsLine, !startsISODate(number),
            !(tokens[run.first].start..<tokens[run.last].end).contains(where: { bytes[$0] == 0x27 })  // "I'm on …"
        else { return false }
        // "the office in Leeds on 0113 …" names a place.
        return phraseEnd(from: run.first, in: vocabulary.towns) == nil
    }

    /// "Vastuvõtt: 03.02.2025. Alta: 07.02.2025", "Sana: 2025-yil 3-mart": a one-word run after a sentence's end
    /// inside its line, with a colon glued to it and a date after the colon, heads a field (a chat's speaker, "…
    /// Omar: shokran ya doktor", is followed by words). A date's label that is a given name too heads one wherever
    /// it stands: "Dato: 14. april 2025" (Danish and Norwegian; Dato is a Georgian name).
    func headsFieldInLine(_ run: NameRun) -> Bool {
        let k = run.first
        guard run.last == k, isSymbol(k + 1, 0x3A), tokens[k + 1].isAttached, k + 3 < tokens.count,
            tokens[k + 2].isNumber, !tokens[k + 3].startsLine, tokens[k + 3].isAttached,
            k >= 1 && !tokens[k].startsLine && (isSymbol(k - 1, 0x2E) || isSymbol(k - 1, 0x21) || isSymbol(k - 1, 0x3F))
                || Self.dateLabels[hash: tokens[k].hash] != nil
        else { return false }
        return isSymbol(k + 3, 0x2F) || isSymbol(k + 3, 0x2E) || isSymbol(k + 3, 0x2D)
    }

    /// Labels of a date that are given names too: Danish and Norwegian "dato".
    private static let dateLabels = KeywordTable(["dato"].map { ($0, ()) })

    /// "Yeni adres: …" (Turkish for "new address"): one word before an address label and its colon qualifies the
    /// label; it names no one.
    func qualifiesAddressLabel(_ run: NameRun) -> Bool {
        let k = run.last + 1
        return isSymbol(k + 1, 0x3A) && tokens[k].isWord && !tokens[k].startsLine
            && AddressDetector.addressLabels[hash: tokens[k].hash] != nil
    }

    /// "Boitumelo Kgosietsile, Accounts Officer": a run that opens its line, a comma, and one to four capitalized
    /// words ending in a job's noun that end the line, as a signature or a list of people writes them.
    func precedesRole(_ run: NameRun) -> Bool {
        guard tokens[run.first].startsLine, isSymbol(run.last + 1, 0x2C) else { return false }
        var k = run.last + 2
        var words = 0
        while k < tokens.count, words < 4, tokens[k].isWord, tokens[k].isCapitalized, !tokens[k].startsLine {
            words += 1
            k += 1
        }
        guard words > 0, k == tokens.count || tokens[k].startsLine else { return false }
        return Self.roleNouns[hash: tokens[k - 1].hash] != nil
    }

    /// The nouns that end a job's title: "Accounts Officer", "HR Manager", "Class Teacher".
    private static let roleNouns = KeywordTable(
        [
            "officer", "manager", "director", "coordinator", "co-ordinator", "assistant", "clerk", "supervisor",
            "secretary", "administrator", "accountant", "nurse", "engineer", "teacher", "principal", "consultant",
            "adviser", "advisor", "specialist", "analyst", "representative", "agent", "executive", "head", "lead",
            "chair", "chairperson", "treasurer", "controller", "inspector", "technician", "librarian", "counsellor",
            "counselor", "receptionist", "organiser", "organizer", "steward", "partner",
            // Of Spanish, Portuguese and French ("Gerente de Operaciones", "Diretora Comercial", "Notaire").
            "gerente", "jefe", "jefa", "coordinador", "coordinadora", "directora", "diretor", "diretora", "directeur",
            "directrice", "notaire",
        ].map { ($0, ()) })

    /// "CURRICULUM VITAE⏎Lerato Refilwe Mokoena": a run that fills the line after a CV's heading.
    func followsCVHeading(_ run: NameRun) -> Bool {
        guard tokens[run.first].startsLine, run.first >= 2,
            run.last + 1 >= tokens.count || tokens[run.last + 1].startsLine
        else { return false }
        var k = run.first - 1
        while k > 0, !tokens[k].startsLine, tokens[k].kind == .symbol { k -= 1 }
        let last = tokens[k]
        let vitae = last.hash == HealthDetector.vitaeHash
        return last.isWord && (vitae || last.hash == Self.cvHash || last.hash == Self.resumeHash)
            && (last.startsLine || vitae && tokens[k - 1].hash == HealthDetector.curriculumHash)
    }
    private static let cvHash = WordHash.of(word: Substring("cv").utf8)
    private static let resumeHash = WordHash.of(word: Substring("resume").utf8)

    /// "2023-11-27", "2024/03/05": a year that a date goes on from.
    private func startsISODate(_ k: Int) -> Bool {
        tokens[k].length == 4 && k + 2 < tokens.count && (isSymbol(k + 1, 0x2D) || isSymbol(k + 1, 0x2F))
            && tokens[k + 1].isAttached && tokens[k + 2].isNumber && tokens[k + 2].isAttached
    }

    private static let phonePrepositions = KeywordTable(
        ["at", "on", "al", "au", "am", "op", "na", "pe", "no", "em", "ao"].map { ($0, ()) })

    /// "Tab. Telma 40", "Tab Telma", "Beloc Zok 47.5 mg", "Pregabid 75 HS", "Panadeine Forte prn": a medicine's
    /// brand, after its form or before its dose or how often it is taken, not a name.
    func namesMedicine(_ run: NameRun) -> Bool {
        DoseContext.followsDosageForm(tokens, bytes, run.first) || DoseContext.isDosageForm(tokens, run.first)
            || DoseContext.precedesDose(tokens, bytes, run.last) || DoseContext.precedesFrequency(tokens, run.last)
    }

    /// "Gulzhan apai", "Ganbold akh", "Ayşe hanım", "Ravi ji", "Азамат байке": a form of address that follows the
    /// name, in lower case, as Central Asian, Turkic, Mongolian, South Asian and Japanese speakers write it.
    @inline(__always)
    func precedesNameHonorific(_ run: NameRun) -> Bool {
        let k = run.last + 1
        return k < tokens.count && tokens[k].isWord && !tokens[k].isCapitalized && !tokens[k].startsLine
            && Self.honorificsAfter[hash: tokens[k].hash] != nil
    }

    private static let honorificsAfter = KeywordTable([
        "apai", "apa", "aga", "agai", "ake", "aka", "opa", "eje", "akh", "egch", "bey", "hanim", "abla", "abi",
        "khanum", "khanim", "efendi", "san", "sama", "kun", "chan", "sensei", "ji", "sahib", "saheb", "bhai", "didi",
        "bibi", "jan", "baike", "bayke",
        // In Cyrillic letters: Kazakh, Kyrgyz and Uzbek "aunt", "elder brother", "sister", "uncle".
        "апай", "апа", "ага", "агай", "аке", "ака", "эже", "әпке", "байке", "тәте",
        // The same in Kyrgyz and Kazakh cases: to, of, from the person ("Бакыт агайга", "Айгүл эженин").
        "агайга", "агайдын", "агайды", "агайдан", "апайга", "апайдын", "апайды", "эжеге", "эженин", "эжени",
        "эжеден", "байкеге", "байкенин", "байкени", "акеге", "ағаға", "ағайға", "ағайдың", "апайға", "апайдың",
        "әпкеге", "әпкенің", "тәтеге",
    ].map { ($0, ()) })

    /// "Anusha's DOB is …".
    @inline(__always)
    func precedesBirthDate(_ run: NameRun) -> Bool {
        let next = run.last + 1
        return run.isPossessive && next < tokens.count && tokens[next].isWord
            && tokens[next].lexicon.contains(.birth)
    }

    /// "the Houston yard", "a Grant program". "a" is also the preposition of Romance languages before a person
    /// ("llama a Javier Ortega"): after it, a given name (no English word, or a frequent given name before no English
    /// word) and a surname that is no English word are a name, and so is a given name alone that is no town, with no
    /// English word after it.
    @inline(__always)
    func followsDeterminer(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard k >= 0, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].lexicon.contains(.determiner) else {
            return false
        }
        guard tokens[k].length == 1 else { return true }
        let next = run.last + 1
        let englishAfter = next < tokens.count && tokens[next].isWord && !tokens[next].startsLine
            && vocabulary.words.classes(of: tokens[next].hash).contains(.common)
        if run.count == 1 {
            // "scrivete a Sabrina al 347 …": a given name that is no English word, and no English word after it.
            let given = run.classes[0]
            let town = phraseEnd(from: run.first, in: vocabulary.towns) == run.first  // "nata a Modena il …"
            return englishAfter || town || !given.contains(.given) || given.contains(.common)
        }
        // "sou a Maria da Conceição Ferreira": a frequent given name may be an English word too, with no English word
        // after the name ("a John Deere tractor").
        let (first, last) = (run.classes[0], run.classes[run.count - 1])
        let given = first.contains(.given)
            && (!first.contains(.common) || first.contains(.frequentGiven) && !englishAfter)
        return !(given && last.contains(.surname) && !last.contains(.common))
    }

    /// Whether the run stands in a line written in title case, as headings and the names of products, programs and
    /// projects are ("Machine Learning Analysis Applied to Cyber Threat Hunt Data", "the DRM User Assistance
    /// Chatbot"): of the English words of five letters or more around it on its line (forty tokens each way) that
    /// open no sentence and are not all in capitals, three or more capitalized and at most half as many in lower
    /// case. Capitals say little of names there.
    func standsInTitleCase(_ run: NameRun) -> Bool {
        var capitalized = 0
        var lower = 0
        func count(_ k: Int) {
            let token = tokens[k]
            guard token.isWord, token.length >= 5, !token.flags.contains(.allCaps), !opensSentence(k),
                classes(k).contains(.common)
            else { return }
            if token.isCapitalized { capitalized += 1 } else { lower += 1 }
        }
        var k = run.first - 1
        while k >= 0, run.first - k <= 40 {
            count(k)
            if tokens[k].startsLine { break }
            k -= 1
        }
        k = run.last + 1
        while k < tokens.count, k - run.last <= 40, !tokens[k].startsLine {
            count(k)
            k += 1
        }
        return capitalized >= 3 && 2 * lower <= capitalized
    }

    /// Whether a word of the run is spelled as products, programs and acronyms are and names are not: capitals inside
    /// the word after a small letter ("ServiceNow", "FedRAMP", "GenAI"; not after "Mc", "Mac", "De", "La" and the
    /// like, "McDonald", "DeShawn", nor in a listed name), an English word in small letters after an inner hyphen
    /// ("AI-driven", "Check-in"; not "Owusu-Ansah", "Ji-hoon", "Yamaguchi-san"), or an acronym in the possessive
    /// ("DEA's").
    func hasProductSpelling(_ run: NameRun) -> Bool {
        for w in 0..<run.count {
            let token = tokens[run.words[w]]
            guard !token.flags.contains(.beyondASCII) else { continue }
            let (start, end) = (token.start, token.stemEnd)
            if token.flags.contains(.possessive), end - start >= 2,
                !bytes[start..<end].contains(where: ByteClass.isASCIILower)
            {
                return true
            }
            // Most words of a run are listed names, spelled as names are.
            guard run.classes[w].isDisjoint(with: [.given, .surname]) else { continue }
            for i in stride(from: start + 1, to: end, by: 1) {
                if ByteClass.isASCIILower(bytes[i]) {
                    if bytes[i - 1] == 0x2D, isEnglishWord(from: i, to: end) { return true }
                } else if ByteClass.isASCIIUpper(bytes[i]), ByteClass.isASCIILower(bytes[i - 1]),
                    !Self.camelPrefixes.contains(WordHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i])))
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the letters from byte `start` to the next hyphen or `end` are an English word ("driven" of
    /// "AI-driven"; not "hoon" of "Ji-hoon" nor "san" of "Yamaguchi-san").
    private func isEnglishWord(from start: Int, to end: Int) -> Bool {
        var stop = start
        while stop < end, bytes[stop] != 0x2D { stop += 1 }
        let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[start..<stop]))
        return vocabulary.words.classes(of: hash) == .common
    }

    /// The openings of names written with a capital inside: "McDonald", "MacArthur", "DeShawn", "LaToya",
    /// "DiCaprio", "VanDyke", "FitzGerald", "JoAnn" ("O'Neil" has no small letter before its capital).
    private static let camelPrefixes = Set(
        ["mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st", "del", "della", "dos", "das",
         "ter", "ten", "te", "ka", "ke", "jo", "ann", "mary", "lee", "rae"]
            .map { WordHash.of(word: Substring($0).utf8) })

    /// Whether a run of one word ends a capitalized phrase inside a sentence, a product's or a program's name ("the
    /// DRM User Assistance Chatbot is …", "Azure AI Search also …"): the word before it on its line is an English
    /// word and no given name, or an acronym, capitalized where no sentence opens, and no title, label, closing or
    /// word that takes a person after it ("Ma'am Joy"), both in ASCII letters ("специалист ЦОН Жолдасбекова Г. Т."
    /// is a name).
    func endsCapitalizedPhrase(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard run.count == 1, k >= 0, !run.hasTrailingInitials, !tokens[run.first].startsLine,
            !tokens[run.first].flags.contains(.beyondASCII)
        else { return false }
        let before = tokens[k]
        guard before.isWord, before.isCapitalized, !opensSentence(k), !before.flags.contains(.beyondASCII),
            before.hash != Self.maamHash,
            before.lexicon.isDisjoint(with: [
                .honorific, .personLabel, .verbBeforePerson, .personVerb, .closing, .lowerNameCue, .month, .weekday,
            ])
        else { return false }
        if before.flags.contains(.allCaps) { return true }
        let classes = classes(k)
        return classes.contains(.common) && classes.isDisjoint(with: [.given, .surname])
    }

    private static let maamHash = WordHash.of(word: Substring("ma'am").utf8)

    /// Whether a word of the run is a listed given name or surname that is no English word ("Dana", "Whitfield";
    /// not "Grant", "Search").
    func hasDistinctiveName(_ run: NameRun) -> Bool {
        (0..<run.count).contains { w in
            !run.classes[w].isDisjoint(with: [.given, .surname]) && !run.classes[w].contains(.common)
        }
    }

    /// Whether the run opens a sentence: first in its line, or after `.`, `!`, `?`, `:` or a double quote.
    @inline(__always)
    func startsSentence(_ run: NameRun) -> Bool { opensSentence(run.first) }

    /// "Burns also mentioned he …", "Golden said she …": a verb that takes a person, then "he" or "she"; what says
    /// so of itself is a person even where its name is an English word opening the sentence.
    func precedesReportedSpeech(_ run: NameRun) -> Bool {
        var k = run.last + 1
        guard k + 1 < tokens.count, !tokens[k].startsLine, tokens[k].isWord, tokens[k].lexicon.contains(.personVerb)
        else { return false }
        if tokens[k].hash == Self.alsoHash { k += 1 }
        guard k + 1 < tokens.count, tokens[k].isWord, tokens[k].lexicon.contains(.personVerb),
            tokens[k + 1].isWord, !tokens[k + 1].isCapitalized
        else { return false }
        return tokens[k + 1].hash == Self.heHash || tokens[k + 1].hash == Self.sheHash
    }

    private static let alsoHash = WordHash.of(word: Substring("also").utf8)
    private static let heHash = WordHash.of(word: Substring("he").utf8)
    private static let sheHash = WordHash.of(word: Substring("she").utf8)

    /// "Faras Cherian was born…", "… Aurora told him": a verb of a person right after the run.
    @inline(__always)
    func precedesPersonVerb(_ run: NameRun) -> Bool {
        let k = run.last + 1
        guard k < tokens.count, !tokens[k].startsLine else { return false }
        if tokens[k].isWord { return tokens[k].lexicon.contains(.personVerb) }
        return isSymbol(k, 0x28) && k + 1 < tokens.count && tokens[k + 1].lexicon.contains(.birth)
    }

    /// "Bijdrage is vanochtend overgemaakt", "Formulier is vanochtend": "is" or "was" after the run and then a word in
    /// lower case that is no English word, as Dutch and German sentences go on (where "Thabo is off sick" names him).
    func precedesForeignCopula(_ run: NameRun) -> Bool {
        let k = run.last + 1
        guard k + 1 < tokens.count, tokens[k].isWord, tokens[k].length <= 3,
            tokens[k].hash == Self.isHash || tokens[k].hash == Self.wasHash, tokens[k + 1].isWord,
            !tokens[k + 1].startsLine, !tokens[k + 1].isCapitalized
        else { return false }
        return !classes(k + 1).contains(.common)
    }

    private static let isHash = WordHash.of(word: Substring("is").utf8)
    private static let wasHash = WordHash.of(word: Substring("was").utf8)

    /// "Sipho's mother called", "Aroha's dad came": the run in the possessive right before a relative's word.
    func precedesKin(_ run: NameRun) -> Bool {
        let k = run.last + 1
        return run.isPossessive && k < tokens.count && !tokens[k].startsLine && tokens[k].isWord
            && Self.kinWords[hash: tokens[k].hash] != nil
    }

    /// Whether a relative's word comes right before the run, on its line ("check on Auntie Mele", "my cousin Folau");
    /// with a capital, not after another capitalized word, where it is a surname ("Brian Ouma   Simu:"), and not the
    /// priest's and nun's "Padre" and "Madre" ("Padre Olallo").
    func followsKin(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard k >= 0, !tokens[run.first].startsLine, tokens[k].isWord, !tokens[k].flags.contains(.possessive),
            Self.kinWords[hash: tokens[k].hash] != nil
        else { return false }
        guard tokens[k].isCapitalized else { return true }
        return (k == 0 || tokens[k].startsLine || !tokens[k - 1].isWord || !tokens[k - 1].isCapitalized)
            && tokens[k].hash != Self.padreHash && tokens[k].hash != Self.madreHash
    }

    private static let padreHash = WordHash.of(word: "padre".utf8[...])
    private static let madreHash = WordHash.of(word: "madre".utf8[...])

    /// ``Lexicon/kin``.
    static let kinWords = KeywordTable(Lexicon.kin.map { ($0, ()) })

    /// "Witness: Antonio de la Fuente", "Emergency contact - Ana Ruiz", "Patient: van Dijk, Anna", "Name (print):
    /// Thabo Mokoena": a person's label right before the run, or before its particles when its first word may follow
    /// them.
    @inline(__always)
    func followsPersonLabel(_ run: NameRun) -> Bool {
        let particles = particlesBefore(run)
        let first = particles < run.first && mayFollowParticles(run) ? particles : run.first
        var k = first - 1
        guard k >= 1, isSymbol(k, 0x3A) || isSymbol(k, 0x2D) else {
            return first >= 1 && tokens[first - 1].isWord
                && tokens[first - 1].lexicon.contains(.personLabel) && tokens[first - 1].isCapitalized
        }
        k -= 1
        // An aside in brackets between the label and its colon: "Name (print): …", "Name (in full): …".
        if isSymbol(k, 0x29), let open = (max(0, k - 4)..<k).last(where: { isSymbol($0, 0x28) }), open >= 1 {
            k = open - 1
        }
        return tokens[k].isWord && tokens[k].lexicon.contains(.personLabel)
    }

    /// "Von: Jonas Becker", "Van: …": the run is an e-mail header's sender or recipient label of another language,
    /// capitalized, opening its line with its colon glued to it, though the word is a given name too.
    @inline(__always)
    func headsMailHeader(_ run: NameRun) -> Bool {
        let k = run.first
        return run.count == 1 && k == run.last && (k == 0 || tokens[k].startsLine) && isSymbol(k + 1, 0x3A)
            && tokens[k + 1].isAttached && tokens[k].isCapitalized
            && Self.mailAddressLabels[hash: tokens[k].hash] != nil
    }

    /// ``Lexicon/mailAddressLabels``.
    private static let mailAddressLabels = KeywordTable(Lexicon.mailAddressLabels.map { ($0, ()) })

    /// "To: Okafor, Ngozi; Quintero, Marisol": the run follows a ";" on a line that a person's label or an e-mail
    /// header's address label and its colon open (after a reply's ">" too), as mail programs list their recipients.
    @inline(__always)
    func followsMailRecipient(_ run: NameRun) -> Bool {
        isSymbol(run.first - 1, 0x3B) && opensWithAddressLabel(lineOf: run.first - 1)
    }

    /// ``followsMailRecipient(_:)`` once the ";" at `k` is seen.
    @inline(never)
    private func opensWithAddressLabel(lineOf k: Int) -> Bool {
        var j = k
        while j > 0, k - j < 48, !tokens[j].startsLine { j -= 1 }
        guard j == 0 || tokens[j].startsLine else { return false }
        while j < k, isSymbol(j, 0x3E) { j += 1 }  // "> To: …"
        guard tokens[j].isWord, isSymbol(j + 1, 0x3A) else { return false }
        return tokens[j].lexicon.contains(.personLabel) || Self.mailAddressLabels[hash: tokens[j].hash] != nil
    }

    /// "Marloes de Vries <m.devries@…>": the run right before an e-mail address in angle brackets, as a header
    /// names its sender, or before a comma, given names and the address, as mail programs write a sender surname first
    /// ("Whitfield, Dana <dwhitfield@…> wrote:"); one of the run's words of three letters or more inside the address's
    /// part before the "@".
    @inline(__always)
    func precedesOwnAddress(_ run: NameRun) -> Bool {
        isSymbol(run.last + 1, 0x3C) ? holdsOwnAddress(run, open: run.last + 1)
            : isSymbol(run.last + 1, 0x2C) && surnameFirstHoldsOwnAddress(run)
    }

    /// ``precedesOwnAddress(_:)`` once a comma is seen after the run: up to three capitalized words, then the "<".
    @inline(never)
    private func surnameFirstHoldsOwnAddress(_ run: NameRun) -> Bool {
        var k = run.last + 2
        while k < tokens.count, k - run.last <= 4, tokens[k].isWord, tokens[k].isCapitalized, !tokens[k].startsLine {
            k += 1
        }
        return k > run.last + 2 && isSymbol(k, 0x3C) && holdsOwnAddress(run, open: k)
    }

    /// ``precedesOwnAddress(_:)`` once the "<" at `open` is seen.
    @inline(never)
    private func holdsOwnAddress(_ run: NameRun, open: Int) -> Bool {
        guard !tokens[open].startsLine, open + 1 < tokens.count, tokens[open + 1].isAttached else { return false }
        let start = tokens[open + 1].start
        var at = start
        while at < bytes.count, at - start < 64, bytes[at] != 0x40 {
            guard bytes[at] > 0x20, bytes[at] != 0x3E else { return false }
            at += 1
        }
        guard at < bytes.count, bytes[at] == 0x40 else { return false }
        return (0..<run.count).contains { w in
            let word = tokens[run.words[w]]
            return word.stemEnd - word.start >= 3 && containsLetters(of: word.start..<word.stemEnd, in: start..<at)
        }
    }

    /// Whether the word at bytes `word`, ASCII letters only, comes in bytes `part`, either in any case.
    private func containsLetters(of word: Range<Int>, in part: Range<Int>) -> Bool {
        guard word.count <= part.count, word.allSatisfy({ ByteClass.isASCIILetter(bytes[$0]) }) else { return false }
        return (part.lowerBound...(part.upperBound - word.count)).contains { p in
            word.allSatisfy { bytes[$0] | 0x20 == bytes[p + $0 - word.lowerBound] | 0x20 }
        }
    }

    /// Whether the run's first word may be a surname after particles: no month or weekday, and no English word
    /// unless a comma and a given name follow the run, as a surname first does ("van Dam, Anna"; not "de Friday").
    func mayFollowParticles(_ run: NameRun) -> Bool {
        guard tokens[run.words[0]].lexicon.isDisjoint(with: [.month, .weekday]) else { return false }
        return !run.classes[0].contains(.common) || isSymbol(run.last + 1, 0x2C) && run.last + 2 < tokens.count
            && tokens[run.last + 2].isCapitalized && !tokens[run.last + 2].startsLine
    }

    /// An organization or place word inside the run after its first word, or right after it ("Lee County",
    /// "St. Vincent Medical Center", "Miller LLC", "Miller, Inc.").
    @inline(__always)
    func namesOrganization(_ run: NameRun) -> Bool {
        for w in 1..<max(run.count, 1) {
            let token = tokens[run.words[w]]
            if token.lexicon.contains(.organization) { return true }
            // A site word that is no surname, or not after a given name ("Durban Yard", not "Aimee Branch").
            if !run.classes[w].contains(.surname) || !run.classes[0].contains(.given),
                Self.siteWords[hash: token.hash] != nil
            {
                return true
            }
        }
        if run.count >= 2, Self.leadingOrganizationWords[hash: tokens[run.words[0]].stemHash] != nil { return true }
        if run.count >= 2, Self.closingInstitutionWords[hash: tokens[run.words[run.count - 1]].hash] != nil {
            return true
        }
        // A company's legal form in capitals before its name: Indonesia's "PT Sinar Abadi", Vietnam's "Công ty TNHH Hòa
        // Phát"; but a physical therapist's "PT" before a given name is a title ("Seen by PT Maria Lopez").
        let before = run.first - 1
        if before >= 0, !tokens[run.first].startsLine, tokens[before].flags.contains(.allCaps),
            let givenNameAfter = Self.leadingLegalForms[hash: tokens[before].hash],
            givenNameAfter || !run.classes[0].contains(.given)
        {
            return true
        }
        // A firm's word and "of" before the run: "Bank of America", "Bank of Jordan".
        if before >= 1, tokens[before].isWord, tokens[before].lexicon.contains(.of), !tokens[run.first].startsLine,
            tokens[before - 1].lexicon.contains(.organization)
        {
            return true
        }
        // The same words in lower case right before the run: "praktijk Ter Linden", "farmacia Rossi".
        if before >= 0, tokens[before].isWord, !tokens[run.first].startsLine, !tokens[before].isCapitalized,
            Self.leadingOrganizationWords[hash: tokens[before].hash] != nil
        {
            return true
        }
        // Words after the run count only in its column of a form ("Choi Eun-ji   Clinic tel.", two fields; two
        // spaces are enough before a field's label, "Sipho Mthembu  Company no.").
        guard !tokens.followsColumnGap(run.last + 1, in: bytes), !isSpacedLabel(run.last + 1) else { return false }
        if run.last + 1 < tokens.count, tokens[run.last + 1].isCapitalized, !tokens[run.last + 1].startsLine,
            Self.siteWords[hash: tokens[run.last + 1].hash] != nil
        {
            return true
        }
        var k = run.last + 1
        // A firm's letters between the name and its word: "North Bristol NHS Trust" (but not "Anna Smith MD").
        if k + 1 < tokens.count, tokens[k].flags.contains(.allCaps), !tokens[k].startsLine, tokens[k].length <= 5,
            Self.credentials[hash: tokens[k].hash] == nil, !tokens[k].lexicon.contains(.organization)
        {
            k += 1
        }
        let comma = isSymbol(k, 0x2C)
        if k < tokens.count, comma || isSymbol(k, 0x26) || tokens[k].lexicon.contains(.and) {
            k += 1
        }
        // An organization's word on the next line opens a job title or a firm's name ("…⏎Logistics Coordinator").
        guard k < tokens.count, tokens[k].isWord, !tokens[k].startsLine else { return false }
        guard tokens[k].lexicon.contains(.organization), tokens[k].isCapitalized else { return false }
        // After a comma, a legal form ("Miller, Inc.") or a firm's unit ("Hamilton Steelworks, Health Services"),
        // but not after a title or a label: "Dr. Kenji Fujimoto, Department of Cardiology" is a person and the
        // place they work.
        return !comma || Self.legalForms[hash: tokens[k].hash] != nil || !followsTitle(run) && !followsPersonLabel(run)
    }

    /// "seen at Charlotte Maxeke hospital", "collect at Chris Hani Baragwanath pharmacy": a run between a preposition
    /// of place and an institution's noun in lower case names the institution, as hospitals, schools and stations are
    /// named after people; without the preposition the run stays a name ("Fax Jane Doe hospital records").
    func namesInstitution(_ run: NameRun) -> Bool {
        let next = run.last + 1
        let before = run.first - 1
        guard !run.isPossessive, before >= 0, next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized,
            !tokens[next].startsLine, tokens[before].isWord, !tokens[before].isCapitalized,
            !tokens[run.first].startsLine, Self.institutionNouns[hash: tokens[next].hash] != nil
        else { return false }
        return Self.institutionPrepositions[hash: tokens[before].hash] != nil
    }

    private static let institutionPrepositions = KeywordTable(
        ["at", "to", "from", "in", "into", "near", "outside"].map { ($0, ()) })
    private static let institutionNouns = KeywordTable([
        "hospital", "clinic", "hospice", "school", "university", "college", "academy", "station", "airport", "stadium",
        "library", "prison", "church", "mosque", "pharmacy", "chemist", "dispensary", "polyclinic", "centre", "center",
    ].map { ($0, ()) })

    /// Whether two spaces come before token `k`, a word that opens a field's label ("Company no.", "Firm:").
    private func isSpacedLabel(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].isWord, tokens[k].start - tokens[k - 1].end == 2,
            bytes[tokens[k].start - 2] == 0x20
        else { return false }
        return isSymbol(k + 1, 0x3A) || tokens[k + 1].lexicon.contains(.identifierFiller)
    }

    /// The legal forms of firms, which follow a firm's name after a comma ("Miller, Inc.", "Rossi, S.r.l.").
    private static let legalForms = KeywordTable([
        "inc", "llc", "ltd", "plc", "corp", "co", "llp", "pllc", "ltda", "gmbh", "ag", "spa", "srl", "bv", "nv",
        "oy", "oyj", "aps", "kg", "sarl", "sas", "kft", "zrt", "doo", "sro", "se", "sons", "associates", "partners",
    ].map { ($0, ()) })

    /// Words that close the name of a hospital's unit, a doctor's surgery or practice, or a benefit ("Rosie
    /// Maternity Unit", "Parkside Surgery", "Carer Payment"), but before a job's title open none ("Practice
    /// Manager Ana Ruiz").
    private static let closingInstitutionWords = KeywordTable(
        ["unit", "surgery", "practice", "payment", "allowance"].map { ($0, ()) })

    /// The sites and branches of a firm and the names of buildings, right after its name ("Powell Garage", "Harland
    /// Distribution", "Gulshan Branch", "Durban Yard", "Mindola Shaft", "Fu Yan Mansion"), but not after a comma,
    /// where they open a job title ("…, Branch Secretary").
    private static let siteWords = KeywordTable([
        "garage", "distribution", "depot", "warehouse", "branch", "yard", "terminal", "campus", "sciences",
        "shaft", "mine", "mansion", "mansions", "arcade",
        // A building named so, but not a person surnamed House after a given name ("Cosatu House", "Crown House"),
        // and in the Nordic languages, German and Dutch ("Folkets Hus").
        "house", "hus", "huset", "haus", "huis",
    ].map { ($0, ()) })

    /// Degrees and licences written after a person's name.
    private static let credentials = KeywordTable([
        "md", "do", "rn", "np", "pa", "phd", "lpn", "dds", "dmd", "mbbs", "frcp", "mph", "msc", "bsc", "ma", "ba",
        "cpa", "esq", "jr", "sr", "ii", "iii", "mrcp", "frcs", "mbchb", "pt", "ot", "lcsw", "aprn", "crna",
    ].map { ($0, ()) })

    /// Legal forms written before a company's name, in capitals: Indonesia's and Malaysia's "PT" (perseroan
    /// terbatas), Vietnam's "TNHH" (limited liability) and "CP" (joint stock); true where a given name may follow
    /// it as well, as one does no "PT" that is a physical therapist's.
    private static let leadingLegalForms = KeywordTable([("pt", false), ("tnhh", true), ("cp", false)])

    /// Words that open the name of a firm or an institution in the Romance languages and others, the name after
    /// them ("Farmacia Cruz Verde", "Laboratório Joaquim Chaves", "Syndicat Unitaire …").
    private static let leadingOrganizationWords = KeywordTable([
        "farmacia", "farmacie", "pharmacie", "laboratorio", "laboratoire", "clinique", "clinica", "klinika",
        "hospitali", "syndicat", "sindicato", "sindacato", "colegio", "liceo", "lycee", "ecole", "escuela",
        "universidad", "universidade", "universite", "banco", "banque", "fundacion", "fundacao", "instituto",
        "institut", "centro", "empresa", "compania", "companhia", "societe", "cooperativa", "asociacion",
        "associacao", "association", "huisartsenpraktijk", "praktijk", "apotheke", "apotek",
        // Hospitals, clinics, workplaces, estates and public bodies that open their names ("Hospital del Salvador",
        // "Klinik Pratama", "Magazzino Rho", "Jardines del Moral", "Comunidad de Madrid").
        "hospital", "hopital", "ospedale", "hospitalier", "klinik", "poliklinik", "puskesmas", "consultorio",
        // A church, a mosque, a school and a college in Swahili ("Kanisa la Mtakatifu Petro").
        "kanisa", "msikiti", "shule", "chuo",
        "magazzino", "aula", "minera", "talleres", "taller", "comunidad", "jardines", "jardin", "jardim", "rancho",
        "hacienda", "colonia", "barrio", "fraccionamiento", "residencial", "condominio", "edificio", "conjunto",
        "parque", "turno", "deposito", "almacen", "azienda", "fabrica", "fabbrica", "planta", "oficina", "escola",
        "ministerio", "secretaria", "prefeitura", "municipio", "ayuntamiento", "unidad", "unidade", "servicio",
        "servico", "departamento", "federacion", "gemeente", "stichting", "verein", "stadtwerke", "praxis",
        "kanzlei",
        // Trades, shops and mutual insurers ("Menuiserie Rochat", "Papelaria Aurora", "Mutuelle Horizon Santé").
        "menuiserie", "boulangerie", "boucherie", "mutuelle", "papelaria", "padaria", "ferreteria", "panaderia",
        "libreria", "ristorante", "trattoria", "pizzeria", "bakkerij", "schreinerei", "tischlerei", "backerei",
        "autohaus",
        // Rooms and halls named after someone ("Sala Bolívar", "Salle Jean Moulin", "Sali Konferencyjnej").
        "sala", "salle", "saal", "sali", "zaal",
        // Offices and departments in Italian, Dutch, Swedish and German ("Ufficio Personale", "Afdeling HR").
        "ufficio", "servizio", "reparto", "afdeling", "avdelning", "abteilung",
        // Royal hospitals, infirmaries and colleges named short ("Royal Melbourne", "Royal Free").
        "royal",
        // The professional orders, colleges and councils that register clinicians ("Ordine dei Medici di Roma",
        // "Ordre des Infirmiers", "Collegio IPASVI", "Consejo General de Enfermería", "Conselho Regional de
        // Medicina").
        "ordine", "ordre", "collegio", "consiglio", "consejo", "conselho",
    ].map { ($0, ()) })

    /// A country ("Germany", not "Jordan", which is also a given name) inside the run; the run is a town
    /// ("São Paulo", or "Cork", which is nobody's name, or "Kingston, Jamaica", a town with its region after it, or
    /// "… Ltd, Kandy", after a firm's name) or a state ("Texas", not "Georgia"); or it ends in a town that is
    /// nobody's name after a word that is no given name ("Siptu Cork").
    func namesPlace(_ run: NameRun) -> Bool {
        if isDateline(run) { return true }
        if run.first >= 1, !tokens[run.first].startsLine,
            Self.wordsBeforePlaces[hash: tokens[run.first - 1].hash] != nil
        {
            return true
        }
        // "bor i Bergen", "wohnt in Essen": where one lives, after the verb and its preposition.
        if run.first >= 2, !run.isPossessive, !tokens[run.first].startsLine, tokens[run.first - 1].length <= 2,
            tokens[run.first - 1].isWord, tokens[run.first - 2].isWord, !tokens[run.first - 1].startsLine,
            Self.livesIn[hash: tokens[run.first - 2].hash] != nil
        {
            return true
        }
        for w in 0..<run.count where run.classes[w].contains(.country) {
            // A country that is a given name too, alone after a word that goes with places ("to India", "in Oman")
            // or before the word of an identity number it issues ("Oman ID 12345678").
            if !run.classes[w].contains(.given)
                || run.count == 1 && (followsCountryPreposition(run.first) || precedesIdentifierWord(run.last))
                || run.count == 1 && !run.isPossessive && precedesCountryUnit(run.last)
            {
                return true
            }
        }
        let lastWord = run.words[run.count - 1]
        // "United States of America", "North America", "West Africa"; "America Ferrera" is a name.
        if Self.continents[hash: tokens[lastWord].stemHash] != nil { return true }
        if run.count >= 2, Self.placeNouns[hash: tokens[lastWord].stemHash] != nil { return true }
        // "Trafford Park", "Buangkok Green", "North Point", but "Jenny Park" and "Sarah Green"; after "at" or a
        // preposition of place, "start at Grant Park", "in Forest Hill".
        if run.count >= 2, Self.placeSurnames[hash: tokens[lastWord].stemHash] != nil,
            !run.classes[0].contains(.given) || followsPlacePreposition(run.first)
                || run.first >= 1 && tokens[run.first - 1].hash == Self.atHash && !tokens[run.first].startsLine
        {
            return true
        }
        let lastIsName = run.classes[run.count - 1].isName
        if let end = phraseEnd(from: run.first, in: vocabulary.towns), end == run.last,
            run.count >= 2 || !lastIsName || isFollowedByRegion(run.last) || isFollowedByPostcode(run.last)
                || followsPlacePreposition(run.first) || followsOrganization(run.first) || followsStreet(run.first)
                || followsPostcode(run.first) || followsInstitutionOf(run.first)
        {
            return true
        }
        // "Cercado de Lima": a district named after its town, a town's name and no given name before the particle.
        if run.count == 2, run.words[1] > run.words[0] + 1, !run.classes[0].contains(.given),
            phraseEnd(from: run.words[0], in: vocabulary.towns) == run.words[0],
            phraseEnd(from: lastWord, in: vocabulary.towns) == lastWord
        {
            return true
        }
        // A state named alone ("Katy, Texas"), unless it is a frequent given name too ("Georgia").
        if phraseEnd(from: run.first, in: Lexicon.stateNames) == run.last, !run.classes[0].contains(.frequentGiven) {
            return true
        }
        return run.count >= 2 && !run.classes[0].contains(.given) && !lastIsName
            && phraseEnd(from: lastWord, in: vocabulary.towns) == lastWord
    }

    /// "Thiès, le 12 mai 2025", "Warszawa, dnia 12.03.2025", "Kraków, 4 marca 2025", "Santiago, 3 de marzo de 2025":
    /// the town a letter is written in, opening its line before a comma and the date (a number before a month's
    /// name, with "de" between them as Spanish and Portuguese write it, or a number in a date's shape); but "Maria,
    /// 34, nurse" is a person, and so is a given name and another word that name no known town ("Natalia Kowalska,
    /// 12 March 2024", a signature and its date).
    private func isDateline(_ run: NameRun) -> Bool {
        guard run.first == 0 || tokens[run.first].startsLine, isSymbol(run.last + 1, 0x2C),
            run.count == 1 || !run.classes[0].contains(.given)
                || phraseEnd(from: run.first, in: vocabulary.towns) == run.last
        else { return false }
        var k = run.last + 2
        if k < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized,
            Self.datelineWords[hash: tokens[k].hash] != nil
        {
            k += 1
        }
        guard k + 1 < tokens.count, tokens[k].isNumber, tokens[k].length <= 2, !tokens[k].startsLine else {
            return false
        }
        let month = k + 2 < tokens.count && tokens[k + 1].hash == Self.deHash ? k + 2 : k + 1
        if tokens[month].isWord, vocabulary.monthNames.value(of: tokens[month].hash) != nil { return true }
        let separator = bytes[tokens[k].end]
        return tokens[k + 1].isAttached && (separator == 0x2E || separator == 0x2F || separator == 0x2D)
            && k + 2 < tokens.count && tokens[k + 2].isNumber && tokens[k + 2].isAttached
    }

    private static let deHash = WordHash.of(word: Substring("de").utf8)

    /// The words between a dateline's town and its date ("le", "den", "dnia", "am", "a", "il").
    private static let datelineWords = KeywordTable(
        ["le", "den", "dne", "dnia", "am", "el", "a", "il", "li", "op", "dia", "de", "on", "the"].map { ($0, ()) })

    /// "at the hotel in Denver", "moved to Kingston": a preposition of place right before token `k`.
    private func followsPlacePreposition(_ k: Int) -> Bool {
        k >= 1 && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized && !tokens[k].startsLine
            && Self.placePrepositions[hash: tokens[k - 1].hash] != nil
    }

    /// A word before token `k` that goes with countries, in either case ("In India they …"): those of
    /// ``placePrepositions``, "to", "from", and the French article after "depuis" or "de" ("depuis la France").
    private func followsCountryPreposition(_ k: Int) -> Bool {
        guard k >= 1, tokens[k - 1].isWord, !tokens[k].startsLine else { return false }
        let hash = tokens[k - 1].hash
        return Self.placePrepositions[hash: hash] != nil || Self.countryPrepositions[hash: hash] != nil
    }

    /// Whether "ID" or an identifier's label follows token `k` on its line.
    private func precedesIdentifierWord(_ k: Int) -> Bool {
        let next = k + 1
        guard next < tokens.count, tokens[next].isWord, !tokens[next].startsLine else { return false }
        return tokens[next].hash == IdentifierDetector.idHash || tokens[next].lexicon.contains(.identifierLabel)
    }

    /// Whether a lower-case word for a part of an organization follows token `k` on its line, as a country names
    /// one (the given name "Kenya" in "our Kenya office", "the Jordan team"; not "Jordan's office").
    private func precedesCountryUnit(_ k: Int) -> Bool {
        let next = k + 1
        guard next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized, !tokens[next].startsLine
        else { return false }
        return Self.countryUnits[hash: tokens[next].hash] != nil
    }

    private static let countryUnits = KeywordTable(
        [
            "office", "offices", "team", "teams", "branch", "chapter", "government", "embassy", "consulate",
            "delegation", "subsidiary", "division", "operations", "headquarters", "plant", "mission",
        ].map { ($0, ()) })

    private static let countryPrepositions = KeywordTable(
        ["to", "from", "into", "across", "la", "desde", "depuis", "para", "naar", "uit"].map { ($0, ()) })

    /// "14 Hope Boulevard, Kingston 6": a comma right before token `k` after a street's word or a house number,
    /// where the town of an address follows.
    private func followsStreet(_ k: Int) -> Bool {
        guard k >= 2, isSymbol(k - 1, 0x2C), !tokens[k].startsLine else { return false }
        let before = tokens[k - 2]
        return before.isNumber || before.isWord && !before.lexicon.isDisjoint(with: [.streetSuffix, .streetType])
    }

    /// "Hill Capital Diagnostics Ltd, Kandy", "Meghna Knit Composite Ltd., Kashimpur": an organization's word and
    /// a comma right before token `k`, where the town it is in follows.
    private func followsOrganization(_ k: Int) -> Bool {
        guard k >= 2, isSymbol(k - 1, 0x2C), !tokens[k].startsLine else { return false }
        let word = isSymbol(k - 2, 0x2E) && k >= 3 ? k - 3 : k - 2
        return tokens[word].isWord && tokens[word].lexicon.contains(.organization)
    }

    /// Whether "of" or its Romance kin comes right before token `k`, after an institution's word earlier on the line
    /// ("Juzgado de lo Social nº 3 de Valencia", "Tribunal de Lyon", "University of Reading").
    private func followsInstitutionOf(_ k: Int) -> Bool {
        guard k >= 2, !tokens[k].startsLine, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized,
            Self.institutionsOf[hash: tokens[k - 1].hash] != nil
        else { return false }
        var j = k - 2
        while j >= 0, k - j <= 8 {
            if tokens[j].isWord, tokens[j].lexicon.contains(.organization) { return true }
            if tokens[j].startsLine { break }
            j -= 1
        }
        return false
    }

    private static let institutionsOf = KeywordTable(["of", "de", "di", "du", "do", "da", "del"].map { ($0, ()) })

    /// With the Spanish "desde" (from).
    private static let placePrepositions = KeywordTable(
        ["in", "near", "outside", "around", "en", "em", "nach", "aus", "w", "ve", "v", "desde"].map { ($0, ()) })

    /// The Vietnamese "ở" and "tại" (in, at), which come before places and not before people: "đang ở Nam Định",
    /// "gặp tại Đà Nẵng"; and the Swahili "lives (in)" of its persons, which also puts a place after it and no
    /// person: "anaishi Sinza Mori".
    private static let wordsBeforePlaces = KeywordTable(
        ["ở", "tại", "anaishi", "ninaishi", "unaishi", "tunaishi", "mnaishi", "wanaishi"].map { ($0, ()) })

    /// "Lives" of the languages that put a short preposition between it and the place: Swedish, Norwegian and Danish
    /// ("bor i"), German ("wohnt in"), Dutch ("woont in"), Spanish ("vive en"), Portuguese ("mora em"), French
    /// ("habite à"), Italian ("abita a"), Polish ("mieszka w"), Czech ("bydlí v"), Croatian and Serbian ("živi u") and
    /// English ("lives in").
    private static let livesIn = KeywordTable(
        ["bor", "wohnt", "woont", "vive", "mora", "habite", "abita", "mieszka", "bydli", "zije", "zivi", "lives"]
            .map { ($0, ()) })

    /// The continents and the world's great regions, which are given names too ("America", "Asia").
    private static let continents = KeywordTable(
        ["america", "americas", "africa", "asia", "europe", "oceania", "antarctica", "eurasia", "australasia"]
            .map { ($0, ()) })

    /// Words that end the name of a place and hardly ever a person's ("Victoria Island", "Changi Airport").
    private static let placeNouns = KeywordTable([
        "island", "islands", "bay", "beach", "harbour", "harbor", "airport", "station", "square", "estate",
        "heights", "gardens", "plaza", "quay", "wharf", "pier", "lagoon", "peninsula", "county", "palace",
        "towers", "stadium",
        "district", "province", "region", "village", "township", "borough", "parish", "canyon", "springs", "state",
        // The Turkish neighbourhood ("Bostanlı Mah.", "Kızılay Mahallesi").
        "mah", "mahallesi",
        // The quarters of a town in Spanish, Portuguese, French, Italian, German, Indonesian and Malay ("Roma Norte",
        // "Jakarta Selatan"), and an apartment block.
        "norte", "sur", "sul", "nord", "sud", "selatan", "utara", "timur", "barat", "apt",
    ].map { ($0, ()) })

    private static let atHash = WordHash.of(word: Substring("at").utf8)

    /// Words that end a place's name and are surnames too ("Park", "Hill", "Green", "Kampala North", "Westlands
    /// Branch", "Kariba Lodge").
    private static let placeSurnames = KeywordTable(
        [
            "park", "hill", "green", "point", "grove", "heath", "vale", "cross", "wood", "mount", "north", "south",
            "east", "west", "branch", "lodge",
        ].map { ($0, ()) })

    /// "Katy, Texas", "Kingston, Jamaica", "Alma (Québec)", "Columbus OH": a state's code or name or a country
    /// after a comma, a capitalized word in brackets, or a state's code, right after token `k`.
    private func isFollowedByRegion(_ k: Int) -> Bool {
        if k + 1 < tokens.count, !tokens[k + 1].startsLine, tokens[k + 1].lexicon.contains(.stateCode),
            tokens[k + 1].flags.contains(.allCaps)
        {
            return true
        }
        guard k + 2 < tokens.count, tokens[k + 2].isWord, tokens[k + 2].isCapitalized, !tokens[k + 2].startsLine
        else { return false }
        if isSymbol(k + 1, 0x28) { return isSymbol(k + 3, 0x29) }
        guard isSymbol(k + 1, 0x2C) else { return false }
        let region = tokens[k + 2]
        return region.lexicon.contains(.stateCode) && region.flags.contains(.allCaps)
            || vocabulary.words.classes(of: region.hash).contains(.country)
            || phraseEnd(from: k + 2, in: Lexicon.stateNames) != nil
    }

    /// Whether a postcode comes right before token `k` on its line ("00184 Roma", "10117 Berlin", "2000 Sydney"):
    /// five digits, or four that are no year ("On May 14, 2024 Elizabeth was called"), standing alone.
    private func followsPostcode(_ k: Int) -> Bool {
        guard k >= 1, !tokens[k].startsLine, !tokens[k].isAttached, tokens[k - 1].isNumber,
            !tokens[k - 1].isAttached || k == 1
        else { return false }
        let length = tokens[k - 1].length
        guard length == 4 else { return length == 5 }
        let start = tokens[k - 1].start
        let century = Int(bytes[start] &- 0x30) * 10 + Int(bytes[start + 1] &- 0x30)
        return century != 19 && century != 20
    }

    /// "London N16 9BS", "Bristol BS6 6HR", "Valencia 46004": a British outward code (capitals and digits) or a
    /// postcode of four to six digits right after token `k`, on its line.
    private func isFollowedByPostcode(_ k: Int) -> Bool {
        let next = k + 1
        guard next < tokens.count, !tokens[next].startsLine, !tokens[next].isAttached else { return false }
        let token = tokens[next]
        if token.isNumber { return (4...6).contains(token.length) }
        return token.isWord && token.flags.contains(.hasDigit) && token.flags.contains(.capitalized)
            && (2...4).contains(token.length) && next + 1 < tokens.count && tokens[next + 1].isNumber
            && tokens[next + 1].length == 1
    }

    /// The last token of the longest phrase of `phrases` that starts at token `k`, if any.
    private func phraseEnd(from k: Int, in phrases: PhraseSet) -> Int? {
        guard phrases.starts.mayContain(tokens[k].hash) else { return nil }
        var hash = WordHash.offsetBasis
        var best: Int?
        var j = k
        while j < tokens.count, j - k < phrases.longest, tokens[j].isWord, j == k || !tokens[j].startsLine {
            hash = WordHash.combine(hash, tokens[j].stemHash)
            let entry = phrases.lookup(hash)
            if entry.isPhrase { best = j }
            if !entry.isPrefix { break }
            j += 1
        }
        return best
    }

    /// A run that ends in a word only streets end in ("Madison Ave", "Jackson Street"), or one after a
    /// house number that ends in any street suffix ("12 Jackson Hill").
    @inline(__always)
    func namesStreet(_ run: NameRun) -> Bool {
        let next = run.last + 1
        let lastWord = tokens[run.words[run.count - 1]]
        let nextOnLine = next < tokens.count && !tokens[next].startsLine
        if run.count >= 2 && lastWord.lexicon.contains(.streetType)
            || nextOnLine && tokens[next].isCapitalized && tokens[next].lexicon.contains(.streetType)
            || run.count >= 2 && nextOnLine
                && (tokens[next].isNumber || tokens[next].lexicon.contains(.houseNumberWord))
                && run.classes[run.count - 1].contains(.streetAfter) && !run.classes[run.count - 1].isName
        {
            return true
        }
        // A street word that opens the name, as the Romance and Slavic languages write it ("Calle Mayor", "Rue Victor
        // Hugo"), when it is no given name ("Shari Hernandez").
        if run.count >= 2, run.classes[0].contains(.streetBefore), !run.classes[0].contains(.given),
            tokens[run.words[0]].length >= 3
        {
            return true
        }
        guard run.first >= 1, tokens[run.first - 1].isNumber else { return false }
        return tokens[run.words[run.count - 1]].lexicon.contains(.streetSuffix)
            || (next < tokens.count && tokens[next].isWord && tokens[next].lexicon.contains(.streetSuffix))
    }

    /// Whether token `k` exists and is the ASCII symbol `symbol`.
    private func isSymbol(_ k: Int, _ symbol: UInt8) -> Bool { tokens.isSymbol(k, symbol, in: bytes) }
}

extension WordClasses {
    /// A given name or a surname.
    var isName: Bool { !isDisjoint(with: [.given, .surname]) }
    /// An English word that is not also a frequent given name: "Brown" is plain, "Mark" and "Maria" are not.
    var isPlainWord: Bool { contains(.common) && !contains(.frequentGiven) }
}
