/// What a word is in the vocabularies: a given name, a surname, an English word, a medication.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt8
    static let given = WordClasses(rawValue: 1 << 0)
    static let frequentGiven = WordClasses(rawValue: 1 << 1)
    static let surname = WordClasses(rawValue: 1 << 2)
    static let common = WordClasses(rawValue: 1 << 3)
    static let medication = WordClasses(rawValue: 1 << 4)
}

/// One open-addressing table from word hash to ``WordClasses``, so that a word costs one probe however
/// many lists it is in. Each slot keeps the hash's upper 56 bits and the classes in the low byte.
struct WordTable: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    /// Builds a table from lists of words, one a line, each with the class it gives its words.
    init(_ lists: [(String, WordClasses)]) {
        let total = lists.reduce(0) { $0 + $1.0.utf8.count / 6 }
        var size = 16
        while size < total { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (list, classes) in lists {
            for line in list.split(separator: "\n", omittingEmptySubsequences: true) {
                insert(WordHash.of(word: line.utf8), classes)
            }
        }
    }

    @inline(__always)
    private static func key(_ hash: UInt64) -> UInt64 {
        let key = hash & ~0xFF
        return key == 0 ? 0x100 : key
    }

    private mutating func insert(_ hash: UInt64, _ classes: WordClasses) {
        let key = Self.key(hash)
        var i = Int(truncatingIfNeeded: key >> 8) & mask
        while slots[i] != 0 {
            if slots[i] & ~0xFF == key {
                slots[i] |= UInt64(classes.rawValue)
                return
            }
            i = (i + 1) & mask
        }
        slots[i] = key | UInt64(classes.rawValue)
    }

    /// The classes of the word with this hash; empty when it is in no list.
    @inline(__always)
    func classes(of hash: UInt64) -> WordClasses {
        let key = Self.key(hash)
        var i = Int(truncatingIfNeeded: key >> 8) & mask
        while true {
            let slot = slots[i]
            if slot & ~0xFF == key { return WordClasses(rawValue: UInt8(truncatingIfNeeded: slot)) }
            if slot == 0 { return [] }
            i = (i + 1) & mask
        }
    }
}

/// A blocked Bloom filter of word hashes: three bits in one 64-bit word of 2¹³ (64 KB), so a test
/// touches one cache line; a quick "certainly not" before a lookup in a larger table.
struct WordFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 1 << 13)

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes {
            let (word, bits) = Self.probe(hash)
            words[word] |= bits
        }
    }

    @inline(__always)
    private static func probe(_ hash: UInt64) -> (Int, UInt64) {
        let mixed = hash &* 0x9e37_79b9_7f4a_7c15
        let bits: UInt64 = 1 << (mixed >> 58) | 1 << ((mixed >> 52) & 63) | 1 << ((mixed >> 46) & 63)
        return (Int(truncatingIfNeeded: mixed >> 13) & ((1 << 13) - 1), bits)
    }

    /// False when the hash was certainly not added.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (word, bits) = Self.probe(hash)
        return words[word] & bits == bits
    }
}
