/// The hand-written lists of ``Lexicon`` a word belongs to, looked up once per word by the tokenizer so
/// that the detectors test bits instead of sets.
struct LexiconClasses: OptionSet, Sendable {
    let rawValue: UInt32
    static let honorific = LexiconClasses(rawValue: 1 << 0)
    static let nameParticle = LexiconClasses(rawValue: 1 << 1)
    static let personLabel = LexiconClasses(rawValue: 1 << 2)
    static let organization = LexiconClasses(rawValue: 1 << 3)
    static let placeOpener = LexiconClasses(rawValue: 1 << 4)
    static let closing = LexiconClasses(rawValue: 1 << 5)
    static let nonName = LexiconClasses(rawValue: 1 << 6)
    static let determiner = LexiconClasses(rawValue: 1 << 7)
    static let weekday = LexiconClasses(rawValue: 1 << 8)
    static let birth = LexiconClasses(rawValue: 1 << 9)
    static let ordinalSuffix = LexiconClasses(rawValue: 1 << 10)
    static let personVerb = LexiconClasses(rawValue: 1 << 11)
    static let verbBeforePerson = LexiconClasses(rawValue: 1 << 12)
    static let streetSuffix = LexiconClasses(rawValue: 1 << 13)
    static let unitWord = LexiconClasses(rawValue: 1 << 14)
    static let directional = LexiconClasses(rawValue: 1 << 15)
    static let stateCode = LexiconClasses(rawValue: 1 << 16)
    static let militaryPostOffice = LexiconClasses(rawValue: 1 << 17)
    static let militaryUnit = LexiconClasses(rawValue: 1 << 18)
    static let conditionAbbreviation = LexiconClasses(rawValue: 1 << 19)
    static let ssnWord = LexiconClasses(rawValue: 1 << 20)
    static let extensionWord = LexiconClasses(rawValue: 1 << 21)
    static let identifierFiller = LexiconClasses(rawValue: 1 << 22)
    static let identifierLabel = LexiconClasses(rawValue: 1 << 23)
    static let month = LexiconClasses(rawValue: 1 << 24)
    static let and = LexiconClasses(rawValue: 1 << 25)
    static let of = LexiconClasses(rawValue: 1 << 26)
    static let lowerNameCue = LexiconClasses(rawValue: 1 << 27)
    static let streetType = LexiconClasses(rawValue: 1 << 28)
    static let phoneWord = LexiconClasses(rawValue: 1 << 29)
    static let phoneLetter = LexiconClasses(rawValue: 1 << 30)
    static let houseNumberWord = LexiconClasses(rawValue: 1 << 31)
}

/// A small table from word hash to ``LexiconClasses``.
struct LexiconTable: Sendable {
    private var table: HashTable
    /// One bit for each of 32,768 buckets of hashes (4 KB), set where a listed word falls: most words of
    /// a text fall in an empty bucket and need no lookup.
    private var buckets = [UInt64](repeating: 0, count: 512)

    init(_ lists: [([String], LexiconClasses)]) {
        // At most three eighths full, as a word that passes the buckets is often in no list (see ``KeywordTable``).
        table = HashTable(capacity: 2 * lists.reduce(0) { $0 + $1.0.count }, valueBits: 32)
        for (words, classes) in lists {
            for word in words {
                let hash = WordHash.of(word: Substring(word).utf8)
                table.insert(hash, value: UInt64(classes.rawValue))
                buckets[Int(hash >> 6 & 511)] |= 1 << (hash & 63)
            }
        }
    }

    /// The lists the word with this hash is in.
    @inline(__always)
    func classes(of hash: UInt64) -> LexiconClasses {
        guard buckets[Int(hash >> 6 & 511)] & 1 << (hash & 63) != 0 else { return [] }
        return LexiconClasses(rawValue: UInt32(truncatingIfNeeded: table.value(of: hash) ?? 0))
    }
}

extension Lexicon {
    /// Every hand-written list, by class.
    static let table = LexiconTable([
        (honorifics, .honorific), (nameParticles, .nameParticle), (personLabels, .personLabel),
        (organizationWords, .organization), (placeOpeners, .placeOpener), (closings, .closing),
        (nonNames, .nonName), (determiners, .determiner), (weekdays, .weekday), (birthWords, .birth),
        (ordinalSuffixes, .ordinalSuffix), (personVerbs, .personVerb), (verbsBeforePerson, .verbBeforePerson),
        (streetSuffixes, .streetSuffix), (unitWords, .unitWord), (directionals, .directional),
        (stateCodes, .stateCode), (militaryPostOffices, .militaryPostOffice), (militaryUnits, .militaryUnit),
        (conditionAbbreviations + clinicalEnglishAbbreviations + greekConditionAbbreviations, .conditionAbbreviation),
        (NumberContext.ssnWords, .ssnWord),
        (NumberContext.extensionWords, .extensionWord), (IdentifierContext.fillers, .identifierFiller),
        (
            IdentifierContext.labels.keywords + IdentifierContext.clinicalLabels.keywords
                + IdentifierContext.nationalLabels.keywords, .identifierLabel
        ),
        (months.keywords, .month), (["and"], .and),
        (["of"], .of), (streetTypes, .streetType),
        (NumberContext.phoneWords, .phoneWord), (NumberContext.phoneLetters, .phoneLetter),
        (houseNumberWords, .houseNumberWord), (lowerNameCues, .lowerNameCue),
    ])
}
