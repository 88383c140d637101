/// The 64-bit hash under which words and phrases are looked up: FNV-1a over lower-cased ASCII, with the
/// typographic apostrophe read as `'`, and phrases folded word by word.
///
/// Vocabularies store only these hashes; at 64 bits a false match among a few hundred thousand entries is
/// about one in ten million million.
enum WordHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Adds one byte, lower-casing ASCII letters.
    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let lowered = byte &- 65 < 26 ? byte | 0x20 : byte
        return (hash ^ UInt64(lowered)) &* prime
    }

    /// Folds the next word of a phrase into the phrase's hash.
    @inline(__always)
    static func combine(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        var h = (phrase ^ word) &* 0x9e37_79b9_7f4a_7c15
        h ^= h >> 29
        return h
    }

    /// The hash of one word given as a string (for vocabularies and keyword lists).
    static func of(word: Substring.UTF8View) -> UInt64 {
        var h = offsetBasis
        var iterator = word.makeIterator()
        while let byte = iterator.next() {
            if byte == 0xE2 {
                // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99; read it as an apostrophe.
                var copy = iterator
                if copy.next() == 0x80, copy.next() == 0x99 {
                    iterator = copy
                    h = add(h, 0x27)
                    continue
                }
            }
            h = add(h, byte)
        }
        return h
    }
}
