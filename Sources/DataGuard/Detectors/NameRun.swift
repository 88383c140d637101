/// A run of capitalized words that may be a person's name: "Antonio de la Fuente", "John A. Smith",
/// "Matthew's", with the evidence of each word.
struct NameRun {
    static let capacity = 6
    /// The first and last token of the run.
    var first: Int
    var last: Int
    /// Token indices of the name words (particles and initials not counted), and the vocabularies each
    /// is in, looked up once.
    var words = InlineArray<6, Int>(repeating: 0)
    var classes = InlineArray<6, WordClasses>(repeating: [])
    var count = 0
    /// The run ended on a possessive (`Matthew's`).
    var isPossessive = false
    /// The run ends with initials after its last word ("Kovalchuk I.V.", "Кузнецов Д. А.", "Sarah P.").
    var hasTrailingInitials = false

    /// The run that starts at token `start`, or nil when it has no name word: `start` cannot open a name (see
    /// ``canOpen(_:at:)``, which callers ask first), or an initial there is not followed by one.
    init?(_ context: borrowing ScanContext, at start: Int) {
        first = start
        last = start
        var k = start
        while count < NameRun.capacity {
            if NameRun.isInitial(context, k) {
                last = k + 1
                k += 2
            } else if (NameRun.isNameWord(context, k) || k > start && NameRun.followsVietnameseMiddleName(context, k))
                && !(k > start && NameRun.isIrishParticle(context, k))
            {
                words[count] = k
                // A double-barrelled word alone is as often a firm ("at Johnson-Lee"): its parts count only
                // inside a longer run.
                let inRun = k > start || NameRun.isNameWord(context, k + 1) && !context.tokens[k + 1].startsLine
                classes[count] = NameRun.classes(context, k, byParts: inRun)
                count += 1
                last = k
                if context.tokens[k].flags.contains(.possessive) {
                    isPossessive = true
                    break
                }
                k += 1
            } else if k > start,
                let next = NameRun.afterParticles(context, k) ?? NameRun.afterNickname(context, k)
                    ?? NameRun.afterArabicArticle(context, k)
            {
                k = next
            } else {
                break
            }
            guard k < context.tokens.count, !context.tokens[k].startsLine, !context.tokens[k].isAttached,
                !context.followsColumnGap(k)
            else { break }
        }
        guard count > 0 else { return nil }
        if last == words[count - 1], !isPossessive, last + 1 < context.tokens.count,
            context.tokens[last + 1].length <= 2, let end = NameRun.trailingInitials(context, after: last)
        {
            last = end
            hasTrailingInitials = true
        }
        readWeakEndings(context)
    }

    /// The period of the last of one or two initials after word `k`, as Slavic and South Asian writers put them and
    /// as a surname is shortened ("Kovalchuk I.V.", "Кузнецов Д. А.", "Sarah P."): the first apart from the word,
    /// the second apart or attached, the first not after a form's column gap ("Andrés Gómez   C.C. 1.020…" names a
    /// field); nil when a name word follows them, which they would open.
    private static func trailingInitials(_ context: borrowing ScanContext, after k: Int) -> Int? {
        var end = -1
        var j = k + 1
        while j - k < 4, j + 1 < context.tokens.count, context.tokens[j].isWord,
            isOneLetter(context.tokens[j], context.bytes), context.tokens[j].isCapitalized,
            !context.tokens[j].startsLine, j > k + 1 || !context.tokens[j].isAttached && !context.followsColumnGap(j),
            context.isSymbol(j + 1, 0x2E), context.tokens[j + 1].isAttached
        {
            end = j + 1
            j += 2
        }
        guard end > k, !isNameWord(context, end + 1) || context.tokens[end + 1].startsLine else { return nil }
        return end
    }

    /// With a name among the run's words, words in no vocabulary are read by weak case endings too ("Piotra
    /// Nowaka", "Anny Novákové").
    private mutating func readWeakEndings(_ context: borrowing ScanContext) {
        guard count >= 2 else { return }
        var unknown = 0
        var named = false
        for w in 0..<count {
            if classes[w].isEmpty { unknown += 1 }
            if !classes[w].isDisjoint(with: [.given, .surname]) { named = true }
        }
        guard unknown > 0, named else { return }
        for w in 0..<count where classes[w].isEmpty && context.tokens[words[w]].isCapitalized {
            classes[w] = NameInflection.classes(context, words[w], weak: true)
        }
    }

    /// The vocabularies word `k` is in; with `byParts` (the word is one of a run's several), a word in none is
    /// read by its parts or as an inflected name (``NameInflection``, "Markétu Novotnou").
    static func classes(_ context: borrowing ScanContext, _ k: Int, byParts: Bool) -> WordClasses {
        let token = context.tokens[k]
        let classes = context.vocabulary.words.classes(of: token.stemHash)
        guard byParts, classes.isEmpty, token.isCapitalized else { return classes }
        let parts = classesByParts(context, token)
        return parts.isEmpty ? NameInflection.classes(context, k, weak: false) : parts
    }

    /// A double-barrelled name in no vocabulary ("Owusu-Ansah", "Bouchard-Roy", "Ben-David") is a given name or a
    /// surname by its parts: each a name or unknown, none an English word, a particle or a place's opener
    /// ("Saint-Nazaire", "Île-de-Montréal", "Na-discharge"), nor a medicine ("Enalapril-lääke"), and a surname among
    /// them unless every part is a name ("Juni-Abrechnung" is no name). Returns no classes for any other word.
    private static func classesByParts(_ context: borrowing ScanContext, _ token: Token) -> WordClasses {
        guard token.length >= 5 else { return [] }
        var names: WordClasses = []
        var partCount = 0
        var unknownParts = 0
        var partStart = token.start
        for end in token.start...token.stemEnd where end == token.stemEnd || context.bytes[end] == 0x2D {
            guard end - partStart >= 2, partCount < 3 else { return [] }
            let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[partStart..<end]))
            let part = context.vocabulary.words.classes(of: hash)
            let isName = !part.isDisjoint(with: [.given, .surname])
            guard isName || part.isDisjoint(with: [.common, .medication]),
                Lexicon.table.classes(of: hash).isDisjoint(with: [.nameParticle, .placeOpener])
            else { return [] }
            if !isName { unknownParts += 1 }
            names.formUnion(part.intersection([.given, .surname]))
            partCount += 1
            partStart = end + 1
        }
        guard partCount >= 2, !names.isEmpty, unknownParts == 0 || names.contains(.surname) else { return [] }
        return names
    }

    /// The name word after the Arabic article capitalized inside a name, "El" or "Al" at `k` ("Fatima El Idrissi",
    /// "Nadia Al Mansouri"), which opens no name itself ("El Paso"); nil when no name word follows it on its line.
    static func afterArabicArticle(_ context: borrowing ScanContext, _ k: Int) -> Int? {
        guard k + 1 < context.tokens.count, context.tokens[k].isWord, context.tokens[k].length == 2,
            context.tokens[k].isCapitalized, !context.tokens[k].flags.contains(.allCaps),
            arabicArticles.contains(context.tokens[k].hash), !context.tokens[k + 1].startsLine,
            !context.tokens[k + 1].isAttached, isNameWord(context, k + 1)
        else { return nil }
        return k + 1
    }

    static let arabicArticles = ["el", "al"].map { WordHash.of(word: Substring($0).utf8) }

    /// The name word after a nickname in double quotes that starts at `k`, inside a name: the "Bobby" of `Robert
    /// "Bobby" Jones`; nil when no name word follows it on its line.
    static func afterNickname(_ context: borrowing ScanContext, _ k: Int) -> Int? {
        guard k + 3 < context.tokens.count, context.tokens.isDoubleQuote(k, in: context.bytes),
            isNameWord(context, k + 1), context.tokens[k + 1].isAttached,
            context.tokens.isDoubleQuote(k + 2, in: context.bytes), context.tokens[k + 2].isAttached,
            !context.tokens[k + 3].startsLine, !context.tokens[k + 3].isAttached, isNameWord(context, k + 3)
        else { return nil }
        return k + 3
    }

    /// Whether token `k` can open a run: a name word or an initial. Cheaper to ask before making a run,
    /// which many capitalized words cannot open ("The", "USA", "Dr").
    @inline(__always)
    static func canOpen(_ context: borrowing ScanContext, at k: Int) -> Bool {
        isNameWord(context, k) || isInitial(context, k)
    }

    /// The name word after one or two lower-case particles starting at `k` ("de la Fuente") or after a child's "a/p" or
    /// "s/o" (``afterChildOf(_:_:)``), if any.
    static func afterParticles(_ context: borrowing ScanContext, _ k: Int) -> Int? {
        if let j = afterChildOf(context, k) { return j }
        if isIrishParticle(context, k) { return k + 1 }
        var j = k
        while j - k < 2, context.has(j, .nameParticle), !context.tokens[j].isCapitalized,
            j + 1 < context.tokens.count, !context.tokens[j + 1].startsLine
        {
            j += 1
            if isNameWord(context, j) { return j }
        }
        return nil
    }

    /// Whether token `k` is the Irish "Ó", "Ní" or "Uí" (of the line of), capitalized, before a surname on its line:
    /// "R. Ó Súilleabháin", "Máire Ní Bhriain" (not the Swahili "ni" of "Mimi ni Neema").
    static func isIrishParticle(_ context: borrowing ScanContext, _ k: Int) -> Bool {
        guard k + 1 < context.tokens.count, context.tokens[k].length <= 3, !context.tokens[k + 1].startsLine
        else { return false }
        let start = context.tokens[k].start
        let (a, b) = (context.byte(start), context.byte(start + 1))
        let particle =
            context.tokens[k].length == 2 ? a == 0xC3 && b == 0x93
            : (a == 0x4E || a == 0x55) && b == 0xC3 && context.byte(start + 2) == 0xAD
        return particle && isNameWord(context, k + 1)
    }

    /// The name word after "a/p" or "a/l" (anak perempuan, anak lelaki: daughter or son of), as Malaysia writes an
    /// Indian name, or "s/o", "d/o" at `k`: "Kavitha a/p Subramaniam", "Ravi s/o Muthu".
    private static func afterChildOf(_ context: borrowing ScanContext, _ k: Int) -> Int? {
        guard k + 3 < context.tokens.count, context.tokens[k].length == 1, context.tokens[k].isWord,
            context.isSymbol(k + 1, 0x2F), context.tokens[k + 1].isAttached, context.tokens[k + 2].isAttached,
            context.tokens[k + 2].isWord, context.tokens[k + 2].length == 1, isNameWord(context, k + 3),
            !context.tokens[k + 3].startsLine
        else { return nil }
        let (a, b) = (context.bytes[context.tokens[k].start], context.bytes[context.tokens[k + 2].start])
        let childOf = a == 0x61 && (b == 0x70 || b == 0x6C) || (a == 0x73 || a == 0x64) && b == 0x6F
        return childOf ? k + 3 : nil
    }

    /// A capitalized word that is not written all in capitals and is not office vocabulary, nor a letter hyphened to
    /// a word ("C-section", "X-ray", "T-shirt").
    @inline(__always)
    static func isNameWord(_ context: ScanContext, _ k: Int) -> Bool {
        guard k >= 0, k < context.tokens.count else { return false }
        let token = context.tokens[k]
        return token.isWord && token.isCapitalized && !token.flags.contains(.allCaps)
            && !token.flags.contains(.hasDigit) && !token.lexicon.contains(.nonName)
            && !token.lexicon.contains(.honorific) && (token.length > 2 || !isOneLetter(token, context.bytes))
            && !(token.flags.contains(.innerHyphen) && context.bytes[token.start + 1] == 0x2D)
    }

    /// Whether capitalized word `k` follows "Văn" or "Thị" written with its marks, or without them after a
    /// Vietnamese surname, and so is a Vietnamese given name even when it is a word that opens sentences in English
    /// ("Nguyễn Văn An", "Trần Thị An", "Nguyen Van An"; not the Dutch "van" of "Pieter van Dam").
    static func followsVietnameseMiddleName(_ context: ScanContext, _ k: Int) -> Bool {
        guard k >= 1, k < context.tokens.count else { return false }
        let token = context.tokens[k]
        let middle = context.tokens[k - 1]
        return token.isWord && token.isCapitalized && !token.flags.contains(.allCaps)
            && !token.flags.contains(.hasDigit) && middle.isWord && middle.isCapitalized
            && vietnameseMiddleNames.contains(middle.hash)
            && (middle.flags.contains(.beyondASCII)
                || k >= 2 && context.tokens[k - 2].isCapitalized
                    && vietnameseSurnames.contains(context.tokens[k - 2].hash))
    }

    /// The hashes of the Vietnamese middle names "Thị" and "Văn", folded as the tokenizer folds them, and "Thi"
    /// written without its mark.
    static let vietnameseMiddleNames = ["thị", "van", "thi"].map { WordHash.of(word: Substring($0).utf8) }

    /// The hashes of the most common Vietnamese surnames written without their marks.
    static let vietnameseSurnames = Set(
        ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
         "duong", "ly", "dinh", "truong", "lam", "mai", "trinh", "luong", "ha", "cao", "doan", "quach"]
            .map { WordHash.of(word: Substring($0).utf8) })

    /// A single capital followed by a period: the "A." of "John A. Smith"; or a capital and the letter that makes
    /// one sound with it in Latin spellings of Uzbek, Mongolian and Russian names ("Sh. Rahimova", "Ts. Munkhzul");
    /// with a name word after it, after up to two more initials ("W. M. Kumari Dissanayake") or after particles
    /// ("J. van der Berg").
    @inline(__always)
    static func isInitial(_ context: ScanContext, _ k: Int) -> Bool {
        // An initial is a word of two bytes at most, or "Mohd": longer words, most of them, are not asked further.
        k >= 0 && k < context.tokens.count
            && (context.tokens[k].length <= 2
                || context.tokens[k].length == 4 && context.bytes[context.tokens[k].start] == 0x4D)
            && opensWithInitials(context, k)
    }

    private static func opensWithInitials(_ context: ScanContext, _ k: Int) -> Bool {
        var j = k
        while j - k < 6, isLetterAndPeriod(context, j) {
            if isNameWord(context, j + 2) { return true }
            if !articles.contains(context.tokens[j + 2].hash), afterParticles(context, j + 2) != nil { return true }
            j += 2
        }
        return false
    }

    /// French "le" and "la", which are particles in a name ("de la Cruz") but articles alone before a title
    /// ("M. le Secrétaire", "Madame la Directrice").
    static let articles = ["le", "la"].map { WordHash.of(word: Substring($0).utf8) }

    /// A capital (or a digraph) with its period and a word after it on its line; not a letter glued to a number
    /// before it ("34M. Dx", a man of 34).
    @inline(__always)
    private static func isLetterAndPeriod(_ context: ScanContext, _ k: Int) -> Bool {
        k + 2 < context.tokens.count && context.tokens[k].isWord
            && (isOneLetter(context.tokens[k], context.bytes) || context.tokens[k].length == 2 && isDigraph(context, k)
                || context.tokens[k].length == 4 && isShortenedMuhammad(context, k))
            && context.tokens[k].isCapitalized && context.isSymbol(k + 1, 0x2E) && context.tokens[k + 1].isAttached
            && !context.tokens[k + 2].startsLine
            && !(k >= 1 && context.tokens[k].isAttached && context.tokens[k - 1].isNumber)
    }

    /// Whether the word is one letter: of ASCII, or of Cyrillic or Greek, two bytes long ("В. М. Шевчук").
    static func isOneLetter(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.length == 1 || token.length == 2 && (0xCE...0xD1).contains(bytes[token.start])
    }

    /// "Sh", "Ch", "Zh", "Kh", "Gh", "Ts", "Yu", "Ya", "Ye", "Yo"; and "Md", Muhammad shortened as Bangladesh writes it
    /// before a given name ("Md. Rafiqul Islam").
    private static func isDigraph(_ context: ScanContext, _ k: Int) -> Bool {
        let first = context.bytes[context.tokens[k].start]
        let second = context.bytes[context.tokens[k].start + 1]
        switch (first, second) {
        case (0x53, 0x68), (0x43, 0x68), (0x5A, 0x68), (0x4B, 0x68), (0x47, 0x68), (0x54, 0x73): return true
        case (0x4D, 0x64): return true
        case (0x59, 0x75), (0x59, 0x61), (0x59, 0x65), (0x59, 0x6F): return true
        default: return false
        }
    }

    /// Whether the word of four letters at `k` is Muhammad shortened as Malaysia writes it, "Mohd" or "Muhd" ("Mohd.
    /// Faizal bin Ahmad").
    private static func isShortenedMuhammad(_ context: ScanContext, _ k: Int) -> Bool {
        let start = context.tokens[k].start
        return context.bytes[start] == 0x4D && context.bytes[start + 2] == 0x68 && context.bytes[start + 3] == 0x64
            && (context.bytes[start + 1] == 0x6F || context.bytes[start + 1] == 0x75)
    }

    /// The byte just past the name, without a possessive `'s`.
    func endByte(_ context: ScanContext) -> Int {
        context.tokens[last].stemEnd
    }

    /// Drops the run's leading words for which `leading` holds and its trailing words for which `trailing`
    /// holds (given a word's token index and classes), keeping at least one word.
    mutating func trim(leading: (Int, WordClasses) -> Bool, trailing: (Int, WordClasses) -> Bool) {
        var from = 0
        while from < count - 1, leading(words[from], classes[from]) { from += 1 }
        var to = count - 1
        while to > from, trailing(words[to], classes[to]) { to -= 1 }
        guard from > 0 || to < count - 1 else { return }
        let trailingDropped = to < count - 1
        for k in 0...(to - from) {
            words[k] = words[from + k]
            classes[k] = classes[from + k]
        }
        count = to - from + 1
        first = words[0]
        if trailingDropped {
            last = words[count - 1]
            isPossessive = false
        }
    }
}
