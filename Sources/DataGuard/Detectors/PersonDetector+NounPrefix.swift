extension PersonDetector {
    /// Proposes the names glued to a noun's prefix (``nameAfterNounPrefix(_:_:at:)``) in a text the tokenizer found
    /// such a word in (``Anchors/hasGluedCapitals``). Such words start in lower case, which no anchor marks, so every
    /// token is asked, by its flags and first byte first: the prefixes open with "u", "n", "k" or "s", and a capital
    /// follows within four letters.
    static func namesAfterNounPrefixes(
        _ evidence: NameEvidence, _ context: ScanContext, _ candidates: inout CandidateList
    ) {
        let excluded: Token.Flags = [.capitalized, .beyondASCII, .hasDigit, .innerHyphen]
        var i = 0
        while i < context.tokens.count {
            let token = context.tokens[i]
            if token.isWord, token.length >= 4, token.flags.isDisjoint(with: excluded),
                case let b = context.bytes[token.start] | 0x20, b == 0x75 || b == 0x6E || b == 0x6B || b == 0x73,
                ByteClass.isASCIIUpper(context.bytes[token.start + 1])
                    || ByteClass.isASCIIUpper(context.bytes[token.start + 2])
                    || ByteClass.isASCIIUpper(context.bytes[token.start + 3])
                    || ByteClass.isASCIIUpper(context.byte(token.start + 4)),
                let (start, last) = nameAfterNounPrefix(evidence, context, at: i)
            {
                candidates.add(.person, start, context.tokens[last].stemEnd, 0.7)
                i = last
            }
            i += 1
        }
    }

    /// "ngiyabonga, nguThabo Mokoena", "ngikhuluma noZanele", "uSipho uthe …": Nguni languages (Zulu, Xhosa, Ndebele,
    /// Swati) glue a noun's prefix in lower case to a name, which keeps its capital ("ngu" it is, "no" and, with, "ku"
    /// to, "ka" and "sika" of, "ngo" by, "u" the person). The name is word `i` after its prefix, of three letters or
    /// more, no country, month or English word unless a given name ("uMama", "noReply", "kuOktoba" are none), and a
    /// capitalized surname in no list may follow it. Returns the name's first byte and last token; nil when there is
    /// none.
    private static func nameAfterNounPrefix(_ evidence: NameEvidence, _ context: ScanContext, at i: Int)
        -> (Int, Int)?
    {
        let token = context.tokens[i]
        guard let prefix = (1...4).first(where: { ByteClass.isASCIIUpper(context.byte(token.start + $0)) }),
            token.length - prefix >= 3,
            (token.start + prefix + 1..<token.stemEnd).allSatisfy({ ByteClass.isASCIILower(context.bytes[$0]) }),
            case let glued = UnsafeBufferPointer(rebasing: context.bytes[token.start..<(token.start + prefix)]),
            nounPrefixes[hash: WordHash.of(bytes: glued)] != nil
        else { return nil }
        let rest = UnsafeBufferPointer(rebasing: context.bytes[(token.start + prefix)..<token.stemEnd])
        let name = WordHash.of(bytes: rest)
        let classes = context.vocabulary.words.classes(of: name)
        // Months and weekdays take the prefix too ("kuOktoba", "ngoSonto").
        guard classes.isDisjoint(with: [.country, .functionWord, .medication]),
            !classes.contains(.common) || classes.contains(.given),
            context.vocabulary.monthNames.value(of: name) == nil, weekdays[hash: name] == nil
        else { return nil }
        let next = i + 1
        let surname = next < context.tokens.count && !context.tokens[next].startsLine
            && context.tokens[next].isWord && context.tokens[next].isCapitalized
            && !context.tokens[next].flags.contains(.allCaps) && context.tokens[next].lexicon.isEmpty
            && !evidence.classes(next).contains(.common) && context.endsCleanly(next)
        return (token.start + prefix, surname ? next : i)
    }

    /// The weekdays of Zulu and Xhosa, which take the prefixes as names do.
    private static let weekdays = KeywordTable(
        [
            "msombuluko", "lwesibili", "lwesithathu", "lwesine", "lwesihlanu", "mgqibelo", "sonto", "mvulo",
            "lwesibini", "cawa",
        ].map { ($0, ()) })

    /// The Nguni prefixes glued before a person's name.
    private static let nounPrefixes = KeywordTable(["ngu", "no", "ku", "ka", "sika", "ngo", "u"].map { ($0, ()) })
}
