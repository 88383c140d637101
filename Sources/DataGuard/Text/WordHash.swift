/// The 64-bit hash under which words and phrases are looked up: lower-cased ASCII (the typographic
/// apostrophe read as `'`, letters of Latin-1 and Latin Extended-A folded to ASCII) packed eight bytes at a
/// time and mixed, and phrases folded word by word.
///
/// Vocabularies store only these hashes; at 64 bits a false match among a few hundred thousand entries is
/// about one in ten million million.
enum WordHash {
    /// The hash a phrase starts from before its first word is folded in.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Folds the next word of a phrase into the phrase's hash.
    @inline(__always)
    static func combine(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        var h = (phrase ^ word) &* 0x9e37_79b9_7f4a_7c15
        h ^= h >> 29
        return h
    }

    /// The hash of one word given as a string (for vocabularies and keyword lists).
    static func of(word: Substring.UTF8View) -> UInt64 {
        var word = Substring(word)
        return word.withUTF8 { of(bytes: $0) }
    }

    /// The hash of one word given as UTF-8 bytes, as the tokenizer hashes it: U+2019 RIGHT SINGLE QUOTATION
    /// MARK (E2 80 99) read as an apostrophe, the letters ``ByteClass/foldedLatin(_:_:)`` folds ("Łódź" as "lodz"),
    /// Arabic-script letters folded (``ByteClass/foldedArabic(_:_:)``) and zero-width joiners left out.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = WordHasher()
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b < 0x80 {
                hasher.add(b)
                k += 1
            } else if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                hasher.add(0x27)
                k += 3
            } else if ByteClass.isZeroWidthJoiner(bytes, k) {
                k += 3
            } else if k + 1 < bytes.count, case let folded = ByteClass.foldedLatin(b, bytes[k + 1]), folded != 0 {
                hasher.add(folded)
                k += 2
            } else if b &- 0xD8 < 4, k + 1 < bytes.count, ByteClass.isContinuation(bytes[k + 1]) {
                let (lead, second) = ByteClass.foldedArabic(b, bytes[k + 1])
                if second != 0 {
                    hasher.add(lead)
                    hasher.add(second)
                }
                k += 2
            } else {
                hasher.add(bytes[k])
                k += 1
            }
        }
        return hasher.finish()
    }
}

/// Builds a ``WordHash`` byte by byte: bytes are packed into a 64-bit word and mixed once per eight, so
/// that hashing a byte is a shift and an or.
struct WordHasher {
    private var state: UInt64 = WordHash.offsetBasis
    private var chunk: UInt64 = 0
    private var filled: UInt64 = 0

    /// Adds one byte, lower-casing ASCII letters.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        add(lowercase: byte &- 65 < 26 ? byte | 0x20 : byte)
    }

    /// Adds one byte that needs no lower-casing.
    @inline(__always)
    mutating func add(lowercase lowered: UInt8) {
        chunk |= UInt64(lowered) << filled
        filled += 8
        if filled == 64 {
            mix()
            chunk = 0
            filled = 0
        }
    }

    /// Adds the first `count` bytes of `eight` (the first in the lowest bits), which need no
    /// lower-casing: the same hash as adding them one by one.
    @inline(__always)
    mutating func add(lowercase eight: UInt64, count: Int) {
        let bits = UInt64(truncatingIfNeeded: count) &* 8
        let added = count == 8 ? eight : eight & ((1 &<< bits) &- 1)
        chunk |= added &<< filled
        let total = filled &+ bits
        guard total >= 64 else {
            filled = total
            return
        }
        mix()
        chunk = filled == 0 ? 0 : added &>> (64 &- filled)
        filled = total &- 64
    }

    @inline(__always)
    private mutating func mix() {
        state = (state ^ chunk) &* 0x9e37_79b9_7f4a_7c15
        state ^= state >> 32
    }

    /// The hash of the bytes added so far; the count of bytes in the last chunk is mixed in, so words
    /// that differ only by trailing zero bytes differ.
    @inline(__always)
    func finish() -> UInt64 {
        var h = (state ^ chunk ^ filled << 56) &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        return h ^ h >> 33
    }
}
