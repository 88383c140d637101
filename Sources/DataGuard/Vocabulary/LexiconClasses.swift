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
}

/// A small open-addressing table from word hash to ``LexiconClasses``.
struct LexiconTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int

    init(_ lists: [([String], LexiconClasses)]) {
        let count = lists.reduce(0) { $0 + $1.0.count }
        var size = 16
        while size < count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (words, classes) in lists {
            for word in words { insert(WordHash.of(word: Substring(word).utf8), classes) }
        }
    }

    private mutating func insert(_ hash: UInt64, _ classes: LexiconClasses) {
        let key = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: key >> 9) & mask
        while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] |= classes.rawValue
    }

    /// The lists the word with this hash is in.
    @inline(__always)
    func classes(of hash: UInt64) -> LexiconClasses {
        let key = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: key >> 9) & mask
        while true {
            let candidate = keys[i]
            if candidate == key { return LexiconClasses(rawValue: values[i]) }
            if candidate == 0 { return [] }
            i = (i + 1) & mask
        }
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
        (conditionAbbreviations, .conditionAbbreviation), (NumberContext.ssnWords, .ssnWord),
        (NumberContext.extensionWords, .extensionWord), (IdentifierContext.fillers, .identifierFiller),
        (IdentifierContext.labels.keywords, .identifierLabel), (months.keywords, .month), (["and"], .and),
        (["of"], .of),
    ])
}
