/// A word, number or symbol of the scanned text, as byte offsets into its UTF-8.
struct Token {
    enum Kind: UInt8 {
        /// Letters (any script), with digits, inner apostrophes and inner hyphens.
        case word
        /// ASCII digits only.
        case number
        /// One punctuation or symbol scalar.
        case symbol
    }

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Whitespace separates this token from the one before.
        static let spaceBefore = Flags(rawValue: 1 << 0)
        /// A line break separates this token from the one before.
        static let newlineBefore = Flags(rawValue: 1 << 1)
        /// The word starts with an upper-case letter.
        static let capitalized = Flags(rawValue: 1 << 2)
        /// The word has two or more letters, all upper-case.
        static let allCaps = Flags(rawValue: 1 << 3)
        /// The word contains a digit.
        static let hasDigit = Flags(rawValue: 1 << 4)
        /// The word ends in a possessive `'s`, or is a proper noun with a Turkish case ending after an apostrophe
        /// ("Demir'e").
        static let possessive = Flags(rawValue: 1 << 5)
        /// The word has a hyphen inside ("Enalapril-lääke", "Owusu-Ansah").
        static let innerHyphen = Flags(rawValue: 1 << 6)
        /// The word has a letter beyond ASCII ("Số", "Łódź", "ул").
        static let beyondASCII = Flags(rawValue: 1 << 7)
    }

    // Offsets are kept in 32 bits so that a token takes 32 bytes; ``GuardScanner`` never hands the
    // tokenizer more than 1 GiB at once.
    private var start32: Int32
    private var end32: Int32
    /// ``WordHash`` of the lower-cased token; for a symbol, its first byte.
    var hash: UInt64
    /// ``WordHash`` of the token without a possessive `'s` or a Turkish case ending.
    var stemHash: UInt64
    /// The hand-written lists the word is in.
    var lexicon: LexiconClasses = []
    var kind: Kind
    var flags: Flags
    /// How many bytes a possessive `'s` or a Turkish case ending ("'e", "'nın") takes at the end, its apostrophe
    /// included.
    private var possessiveLength: UInt8

    init(start: Int, end: Int, kind: Kind, flags: Flags, hash: UInt64, stemHash: UInt64, stemEnd: Int) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.flags = flags
        self.hash = hash
        self.stemHash = stemHash
        possessiveLength = UInt8(truncatingIfNeeded: end - stemEnd)
    }

    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// The end of the token without a possessive `'s` or a Turkish case ending.
    var stemEnd: Int { end - Int(possessiveLength) }
    var length: Int { end - start }
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isAttached: Bool { !flags.contains(.spaceBefore) }
    var startsLine: Bool { flags.contains(.newlineBefore) }
}
