/// Byte tests for the tokenizer and detectors, over UTF-8.
enum ByteClass {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    @inline(__always) static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }

    /// Whether `b`, right after ASCII letters, may continue their word: a non-ASCII byte, a digit, `'` or
    /// `-` (the last three told by one bit of a mask of the bytes below 0x40).
    @inline(__always)
    static func continuesLetters(_ b: UInt8) -> Bool {
        let digitsApostropheHyphen: UInt64 = 0x03FF_2080_0000_0000
        return b >= 0x80 || (b < 0x40 && digitsApostropheHyphen &>> UInt64(b) & 1 != 0)
    }

    /// The eight bytes at `i` (which must be in the text with seven more after it), the first in the
    /// lowest bits. A text with bytes at `i` is not empty, so its base address is not tested for nil.
    @inline(__always)
    static func eightBytes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// How many of the eight bytes of `eight` (see ``eightBytes(_:at:)``), from the first, are lower-case
    /// ASCII letters.
    @inline(__always)
    static func lowerASCIIPrefix(_ eight: UInt64) -> Int {
        prefixLength(eight, from: 0x61, through: 0x7A)
    }

    /// How many of the eight bytes of `eight`, from the first, are ASCII digits.
    @inline(__always)
    static func digitPrefix(_ eight: UInt64) -> Int {
        prefixLength(eight, from: 0x30, through: 0x39)
    }

    /// How many of the eight bytes of `eight`, from the first, are in `low...high` (both below 0x80):
    /// each byte is tested at once in its own top bit.
    @inline(__always)
    private static func prefixLength(_ eight: UInt64, from low: UInt8, through high: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let top: UInt64 = 0x8080_8080_8080_8080
        let low7 = eight & ~top
        let atLeastLow = low7 &+ ones &* UInt64(0x80 - low)  // top bit set from `low`
        let pastHigh = low7 &+ ones &* UInt64(0x7F - high)  // top bit set after `high`
        let inRange = atLeastLow & ~pastHigh & ~eight & top
        return (~inRange & top).trailingZeroBitCount >> 3
    }

    /// The first `count` bytes of `eight` kept, the others zeroed.
    @inline(__always)
    static func firstBytes(_ eight: UInt64, _ count: Int) -> UInt64 {
        count >= 8 ? eight : eight & ((1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1)
    }

    /// The number of bytes of the scalar that `lead` starts (1 for a stray continuation byte).
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Whether a scalar starting with `b` (followed by `next`) is a letter for word-splitting purposes:
    /// ASCII letters, and the lead bytes of Latin, Greek, Cyrillic, Hebrew, Arabic, the Indic scripts (E0),
    /// Latin Extended Additional with the Vietnamese letters, Georgian and Greek Extended (E1), and the other
    /// two- and three-byte scripts. General punctuation (E2), emoji (F0–F4), U+FE0F-style specials (EF), and the
    /// punctuation and digits of the Arabic block (``isArabicPunctuation(_:_:)``) are not.
    @inline(__always)
    static func startsWord(_ b: UInt8, next: UInt8) -> Bool {
        if b < 0x80 { return isASCIILetter(b) }
        if b == 0xC2 { return false }  // Latin-1 punctuation: NBSP, ¡, «, °, ·, »
        if b &- 0xD8 < 4 { return !isArabicPunctuation(b, next) }
        return (b >= 0xC3 && b <= 0xDF) || (b >= 0xE0 && b <= 0xED && b != 0xE2)
    }

    /// Whether the Arabic-block scalar `b next` (lead byte D8 to DB) is punctuation or a digit rather than a
    /// letter: the Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F), the Arabic-Indic digits,
    /// percent sign and separators (U+0660–U+066C), the Urdu full stop (U+06D4) and the Eastern Arabic-Indic
    /// digits (U+06F0–U+06F9).
    @inline(__always)
    static func isArabicPunctuation(_ b: UInt8, _ next: UInt8) -> Bool {
        switch b {
        case 0xD8: return next == 0x8C || next == 0x9B || next == 0x9F
        case 0xD9: return next &- 0xA0 < 13
        case 0xDB: return next == 0x94 || next &- 0xB0 < 10
        default: return false
        }
    }

    /// The second byte an Arabic-script letter `lead second` (lead byte D8 to DB) is hashed with, its lead byte
    /// unchanged, or 0 for a mark that is not hashed at all: as search engines normalize Arabic and Persian, the
    /// alef with hamza or madda (أ إ آ ٱ) reads as alef, alef maksura and Persian yeh (ى ی) and Urdu's yeh barree (ے)
    /// as yeh, Persian keheh (ک) as kaf, teh marbuta (ة ۀ ۃ) and Urdu's heh goal and do-chashmee (ہ ھ) as heh, and the
    /// vowel marks (U+064B–U+0652, U+0670) and the tatweel (U+0640) are dropped, so "أحمد" and "احمد", "علي" and
    /// "علی", "فاطمہ" and "فاطمه" are one word. Written as a pair (lead, second).
    @inline(__always)
    static func foldedArabic(_ lead: UInt8, _ second: UInt8) -> (UInt8, UInt8) {
        switch (lead, second) {
        case (0xD8, 0xA2), (0xD8, 0xA3), (0xD8, 0xA5): return (0xD8, 0xA7)
        case (0xD9, 0xB1): return (0xD8, 0xA7)
        case (0xD8, 0xA9), (0xDB, 0x80), (0xDB, 0x81), (0xDB, 0x83), (0xDA, 0xBE): return (0xD9, 0x87)
        case (0xD9, 0x89), (0xDB, 0x8C), (0xDB, 0x92): return (0xD9, 0x8A)
        case (0xDA, 0xA9): return (0xD9, 0x83)
        case (0xD9, 0x80), (0xD9, 0x8B...0x92), (0xD9, 0xB0): return (lead, 0)
        default: return (lead, second)
        }
    }

    /// Whether the scalar at `i` is a Hebrew letter (U+05D0–U+05EA).
    @inline(__always)
    static func isHebrewLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] == 0xD7 && bytes[i + 1] &- 0x90 < 27
    }

    /// Whether `lead` opens a letter of kana, Chinese characters or Hangul (and the rest of U+3000–U+DFFF): lead
    /// bytes E3 to ED.
    @inline(__always)
    static func isEastAsianLead(_ lead: UInt8) -> Bool { lead &- 0xE3 < 11 }

    /// Whether the three bytes at `k` are a Chinese character (U+4E00–U+9FFF) or the iteration mark "々".
    @inline(__always)
    static func isHan(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k + 2 < bytes.count else { return false }
        let lead = bytes[k]
        return lead &- 0xE4 < 6 && (lead != 0xE4 || bytes[k + 1] >= 0xB8)
            || lead == 0xE3 && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x85
    }

    /// Whether the three bytes at `k` are a katakana letter or the long-vowel mark (U+30A1–U+30FA, U+30FC).
    @inline(__always)
    static func isKatakana(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k + 2 < bytes.count, bytes[k] == 0xE3 else { return false }
        let (second, third) = (bytes[k + 1], bytes[k + 2])
        return second == 0x82 && third >= 0xA1 || second == 0x83 && (third <= 0xBA || third == 0xBC)
    }

    /// Whether the byte at `i` opens a colon: ASCII, or the fullwidth colon of Chinese and Japanese (EF BC 9A).
    @inline(__always)
    static func isColon(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0x3A || bytes[i] == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x9A
    }

    /// Whether the bytes from `i` on are `word`, all of it inside `bytes`.
    @inline(__always)
    static func hasBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8], at i: Int) -> Bool {
        i >= 0 && i + word.count <= bytes.count && word.indices.allSatisfy { bytes[i + $0] == word[$0] }
    }

    /// Whether the bytes at `i` are a scalar of CJK Symbols and Punctuation (U+3000–U+303F, lead bytes E3 80) that
    /// parts words: the ideographic space, "、", "。", the corner and lenticular brackets "「」【】" and the rest, but
    /// not the letters of the block, the iteration marks "々" and "〆" and the ideographic zero "〇" (in names such as
    /// "佐々木"), nor the postal mark "〒", which opens one word with the postal code after it.
    @inline(__always)
    static func isCJKPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] &- 0x85 >= 3
            && bytes[i + 2] != 0x92
    }

    /// Whether the scalar at `i`, whose lead byte starts words, is punctuation nonetheless: CJK punctuation
    /// (``isCJKPunctuation(_:_:)``), the danda or double danda that end sentences in the scripts of India
    /// (U+0964, U+0965: "निदान।"), or Ethiopic and Armenian punctuation ("ስም፦", "ነው።", "հիպերտենզիա։").
    @inline(__always)
    static func isPunctuationAmongLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        switch bytes[i] {
        case 0xE3: isCJKPunctuation(bytes, i)
        case 0xE0: i + 2 < bytes.count && bytes[i + 1] == 0xA5 && bytes[i + 2] &- 0xA4 < 2
        // U+1360 to U+1368: the Ethiopic wordspace, full stop, comma, colons and question mark.
        case 0xE1: i + 2 < bytes.count && bytes[i + 1] == 0x8D && bytes[i + 2] &- 0xA0 < 9
        // Armenian emphasis, exclamation, comma, question and abbreviation marks (U+055B to U+055F), full stop and
        // hyphen (U+0589, U+058A); not its apostrophe (U+055A), which stays inside words.
        case 0xD5: i + 1 < bytes.count && bytes[i + 1] &- 0x9B < 5
        case 0xD6: i + 1 < bytes.count && bytes[i + 1] &- 0x89 < 2
        default: false
        }
    }

    /// Whether a word whose first two bytes are `lead` and `second` is in an alphabet without capitals that the
    /// three-byte range holds: Georgian (E1 83), Ethiopic (E1 88 to E1 8D), Khmer (E1 9E, E1 9F), a script of South
    /// Asia, Devanagari to Sinhala (E0 A4 to E0 B7), or Lao (E0 BA, E0 BB), whose words run on without spaces but
    /// whose names stand apart after a title or a label; not Thai, read on its own (``Anchors/hasThaiWords``).
    @inline(__always)
    static func isUncasedLead(_ lead: UInt8, _ second: UInt8) -> Bool {
        lead == 0xE1
            ? second == 0x83 || second &- 0x88 < 6 || second &- 0x9E < 2
            : lead == 0xE0 && (second &- 0xA4 < 0x14 || second &- 0xBA < 2)
    }

    /// Whether the bytes at `i` are a zero-width non-joiner or joiner (U+200C, U+200D), which Persian writes
    /// inside words ("علی‌اکبر") and which is not hashed.
    @inline(__always)
    static func isZeroWidthJoiner(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] &- 0x8C < 2
    }

    /// The ASCII letter a Latin-1 letter `C3 xx` folds to for lookups ("é" → "e"), or 0 for × and ÷.
    @inline(__always)
    static func foldedLatin1(_ second: UInt8) -> UInt8 {
        guard second >= 0x80, second <= 0xBF else { return 0 }
        return latin1Folds[Int(second & 0x1F)]
    }

    private static let latin1Folds: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo\0ouuuuyts".utf8)

    /// The ASCII letter a Latin Extended-A letter (U+0100–U+017F, lead byte C4 or C5) folds to for lookups
    /// ("č" → "c", "Ł" → "l", "ş" → "s").
    @inline(__always)
    static func foldedLatinExtendedA(_ lead: UInt8, _ second: UInt8) -> UInt8 {
        guard second >= 0x80, second <= 0xBF else { return 0 }
        return latinExtendedAFolds[Int(lead & 1) << 6 | Int(second & 0x3F)]
    }

    /// The ASCII letter a two-byte letter of Latin-1 (lead byte C3), Latin Extended-A (C4, C5), pinyin's vowels with
    /// a caron and ü with a tone (Ǎ ǎ … ǜ, U+01CD–U+01DC, C7 8D–9C) or Romanian's comma-below letters (Ș ș Ț ț,
    /// U+0218–U+021B, C8 98–9B) folds to for lookups, or 0 for any other scalar: the one fold of the tokenizer and
    /// of ``WordHash``.
    @inline(__always)
    static func foldedLatin(_ lead: UInt8, _ second: UInt8) -> UInt8 {
        if lead == 0xC3 { return foldedLatin1(second) }
        if lead == 0xC8 { return second &- 0x98 < 4 ? (second < 0x9A ? 0x73 : 0x74) : 0 }
        if lead == 0xC7 { return second &- 0x8D < 16 ? pinyinFolds[Int(second &- 0x8D)] : 0 }
        return lead & 0xFE == 0xC4 ? foldedLatinExtendedA(lead, second) : 0
    }

    /// Whether `lead` may open a two-byte letter that ``foldedLatin(_:_:)`` folds: C3, C4, C5, C7 or C8.
    @inline(__always)
    static func mayFoldLatin(_ lead: UInt8) -> Bool {
        lead &- 0xC3 < 6 && lead != 0xC6
    }

    /// U+01CD–U+01DC: ǎ, ǐ, ǒ, ǔ and ü with its four tones, capitals and small letters, as the vowel alone.
    private static let pinyinFolds: [UInt8] = Array("aaiioouuuuuuuuuu".utf8)

    /// U+0100–U+017F each as its letter without marks, lower-cased (`scripts/vocabulary/build_places.py`
    /// folds the vocabularies with the same table): Đ, Ħ, ı, ĸ, Ŀ, Ł, ŉ, Ŋ, Œ, Ŧ, ſ and Ĳ, which have no
    /// decomposition, as d, h, i, k, l, l, n, n, o, t, s and i.
    private static let latinExtendedAFolds: [UInt8] = Array(
        ("aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
            + "ttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)

    /// Whether the scalar at `i` is an upper-case letter: ASCII, Latin-1, Latin Extended-A, pinyin's Ǎ, Ǐ, Ǒ, Ǔ and
    /// Ü with its tones, Romanian's Ș and Ț, Latin Extended Additional (the Vietnamese capitals), Greek, Cyrillic or
    /// Armenian.
    @inline(__always)
    static func isUpperStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIIUpper(b) }
        guard i + 1 < bytes.count else { return false }
        let c = bytes[i + 1]
        if b == 0xC3 { return c >= 0x80 && c <= 0x9E && c != 0x97 }
        if b == 0xC4 || b == 0xC5 {
            // U+0100–U+017F: capitals at even code points, except U+0139–U+0148 and U+0179–U+017E (Ĺ … Ň,
            // Ź Ż Ž), whose capitals are odd; U+0138 ĸ and U+0149 ŉ have none; U+0178 is Ÿ.
            let scalar = Int(b & 0x1F) << 6 | Int(c & 0x3F)
            switch scalar {
            case 0x138, 0x149: return false
            case 0x139...0x148, 0x179...0x17E: return scalar & 1 == 1
            case 0x178: return true
            default: return scalar & 1 == 0
            }
        }
        if b == 0xC8 { return c == 0x98 || c == 0x9A }  // Ș, Ț
        if b == 0xC7, c &- 0x8D < 16 { return (c &- 0x8D) & 1 == 0 }  // Ǎ, Ǐ, Ǒ, Ǔ, Ǖ, Ǘ, Ǚ, Ǜ
        // U+1E00–U+1EFF, Latin Extended Additional: capitals at even code points, but for U+1E96–U+1E9F.
        if b == 0xE1, i + 2 < bytes.count, c >= 0xB8, c <= 0xBB {
            let scalar = Int(c & 0x03) << 6 | Int(bytes[i + 2] & 0x3F)
            return scalar & 1 == 0 && !(0x96...0x9F).contains(scalar)
        }
        if b &- 0xCE < 8 { return isGreekCyrillicOrArmenianUpper(b, c) }
        return false
    }

    /// Capitals of Greek and Coptic (lead bytes CE, CF), Cyrillic (D0–D3, with the letters of Kazakh, Uzbek and
    /// other languages) and Armenian (D4, D5), from the second byte of the letter.
    private static func isGreekCyrillicOrArmenianUpper(_ b: UInt8, _ c: UInt8) -> Bool {
        let scalar = Int(b & 0x1F) << 6 | Int(c & 0x3F)
        switch scalar {
        case 0x386, 0x388...0x38A, 0x38C, 0x38E, 0x38F, 0x391...0x3A1, 0x3A3...0x3AB: return true  // Ά, Α … Ϋ
        case 0x400...0x42F: return true  // Ѐ … Я
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF: return scalar & 1 == 0  // Ѡ …, Ғ Қ Ң Ү Ұ Һ, Ә Ө …
        case 0x4C0: return true  // Ӏ
        case 0x4C1...0x4CE: return scalar & 1 == 1
        case 0x531...0x556: return true  // Ա … Ֆ
        default: return false
        }
    }
}
