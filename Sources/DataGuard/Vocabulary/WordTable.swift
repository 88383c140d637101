/// What a word is in the vocabularies: a given name, a surname, an English word, a medication.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16
    static let given = WordClasses(rawValue: 1 << 0)
    static let frequentGiven = WordClasses(rawValue: 1 << 1)
    static let surname = WordClasses(rawValue: 1 << 2)
    static let common = WordClasses(rawValue: 1 << 3)
    static let medication = WordClasses(rawValue: 1 << 4)
    /// A street word written before the street's name ("rue", "via", "ulica").
    static let streetBefore = WordClasses(rawValue: 1 << 5)
    /// A street word written after the street's name ("utca", "caddesi").
    static let streetAfter = WordClasses(rawValue: 1 << 6)
    static let country = WordClasses(rawValue: 1 << 7)
    /// A function word of another language than English that is also a name ("Elle", "Til", "Yang").
    static let functionWord = WordClasses(rawValue: 1 << 8)
}

/// One table from word hash to ``WordClasses``, so that a word costs one probe however many lists it
/// is in.
struct WordTable: Sendable {
    private var table: HashTable

    /// Builds a table from lists of words, one a line, each with the class it gives its words.
    init(_ lists: [(String, WordClasses)]) {
        var table = HashTable(capacity: lists.reduce(0) { $0 + WordList.lineCount(of: $1.0) }, valueBits: 16)
        for (list, classes) in lists {
            WordList.forEachLine(of: list) { table.insert(WordHash.of(bytes: $0), value: UInt64(classes.rawValue)) }
        }
        self.table = table
    }

    /// The classes of the word with this hash; empty when it is in no list.
    @inline(__always)
    func classes(of hash: UInt64) -> WordClasses {
        WordClasses(rawValue: UInt16(truncatingIfNeeded: table.value(of: hash) ?? 0))
    }
}

/// A blocked Bloom filter of word hashes: three bits in one 64-bit word of 2¹³ (64 KB), so a test
/// touches one cache line; a quick "certainly not" before a lookup in a larger table.
struct WordFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 1 << 13)

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes { insert(hash) }
    }

    /// Adds `hash`.
    mutating func insert(_ hash: UInt64) {
        let (word, bits) = Self.probe(hash)
        words[word] |= bits
    }

    /// The word of the filter and the three bits in it for `hash`, taken from the hash's own bits: a
    /// ``WordHash`` is mixed already.
    @inline(__always)
    private static func probe(_ hash: UInt64) -> (Int, UInt64) {
        let bits: UInt64 = 1 << (hash >> 58) | 1 << ((hash >> 52) & 63) | 1 << ((hash >> 46) & 63)
        return (Int(truncatingIfNeeded: hash >> 13) & ((1 << 13) - 1), bits)
    }

    /// False when the hash was certainly not added.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (word, bits) = Self.probe(hash)
        return words[word] & bits == bits
    }
}
