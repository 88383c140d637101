extension PersonDetector {
    /// "marcus said the supervisor …", "tomás from networks will look at it", "malik sahab ko bata dena": a given
    /// name in lower case right before cue `word`, which follows the name it cues (``wordsAfterName``). The name is
    /// no English word, no country and no function word of another language, of four letters or more, and opens its
    /// line or follows a sign or another cue ("and", "ask"); a surname may follow the given name, then a frequent
    /// given name may be an English word too ("maria lopez said"). Nil when there is none.
    static func nameBefore(_ evidence: NameEvidence, _ context: ScanContext, word: Int) -> (Int, Int)? {
        let last = word - 1
        // Where the words before the cue stand is asked first, then the vocabularies: most cues follow other words.
        guard last >= 0, !context.tokens[word].startsLine, !context.tokens[word].isAttached,
            isBareLowerWord(context, last)
        else { return nil }
        let alone = opensClause(context, last)
        let pair = !alone && last >= 1 && !context.tokens[last].startsLine && isBareLowerWord(context, last - 1)
            && opensClause(context, last - 1)
        guard alone || pair, wordsAfterName[hash: context.tokens[word].hash] != nil else { return nil }
        if pair {
            // "maria lopez said"
            guard isNamePart(evidence, last, .surname),
                isNamePart(evidence, last - 1, .given) || evidence.classes(last - 1).contains(.frequentGiven)
            else { return nil }
            return (last - 1, last)
        }
        return isNamePart(evidence, last, .given) && evidence.length(last) >= 4 ? (last, last) : nil
    }

    /// Whether word `k` opens its line or follows a sign or another cue.
    private static func opensClause(_ context: ScanContext, _ k: Int) -> Bool {
        k == 0 || context.tokens[k].startsLine || context.tokens[k - 1].kind == .symbol
            || context.has(k - 1, .lowerNameCue)
    }

    /// The cues of ``nameBefore(_:_:word:)``: each is a ``Lexicon/lowerNameCues`` word too, so that the detector
    /// stops at it.
    private static let wordsAfterName = KeywordTable(
        (["said", "says", "told", "asked", "mentioned", "from", "sahab", "sahib", "saab", "ji", "baji", "bhaiya",
          "didi"] + Lexicon.reportingVerbs).map { ($0, ()) })

    /// Whether token `k` is a word in lower case without digits and in no hand-written list.
    private static func isBareLowerWord(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        return token.isWord && !token.isCapitalized && !token.flags.contains(.hasDigit) && token.lexicon.isEmpty
    }

    /// Whether word `k` is in the list `part` (given names or surnames) and is no English word, country or function
    /// word of another language.
    private static func isNamePart(_ evidence: NameEvidence, _ k: Int, _ part: WordClasses) -> Bool {
        let classes = evidence.classes(k)
        return classes.contains(part) && classes.isDisjoint(with: [.common, .country, .functionWord])
    }
}
