/// What the vocabularies and the words around a ``NameRun`` say about it.
struct NameEvidence {
    private let tokens: [Token]
    private let vocabulary: Vocabulary
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ context: borrowing ScanContext) {
        tokens = context.tokens
        vocabulary = context.vocabulary
        bytes = context.bytes
    }

    func isGiven(_ k: Int) -> Bool { vocabulary.givenNames.contains(tokens[k].stemHash) }
    func isSurname(_ k: Int) -> Bool { vocabulary.surnames.contains(tokens[k].stemHash) }
    func isName(_ k: Int) -> Bool { isGiven(k) || isSurname(k) }
    func isFrequentGiven(_ k: Int) -> Bool { vocabulary.frequentGivenNames.contains(tokens[k].stemHash) }
    /// Whether the word, lower-cased, is an ordinary English word.
    func isCommon(_ k: Int) -> Bool { vocabulary.commonWords.contains(tokens[k].stemHash) }

    /// An English word that is not also a frequent given name: "Brown" is plain, "Mark" and "Maria" are not.
    func isPlainWord(_ k: Int) -> Bool { isCommon(k) && !isFrequentGiven(k) }

    /// Month or weekday names, which are given names too ("April", "June").
    func isCalendarWord(_ k: Int) -> Bool {
        Lexicon.months[tokens[k].stemHash] != nil || Lexicon.weekdays.contains(tokens[k].stemHash)
    }

    /// Titles, labels and organization words that open or close a run without being part of the name.
    func isOfficeWord(_ k: Int) -> Bool {
        Lexicon.personLabels.contains(tokens[k].stemHash) || Lexicon.honorifics.contains(tokens[k].stemHash)
            || Lexicon.organizationWords.contains(tokens[k].stemHash)
    }

    /// "Dr. Lee", "Ms Valle": a capitalized title right before the run, with or without its period.
    func followsTitle(_ run: NameRun) -> Bool {
        var k = run.first - 1
        if k >= 0, isSymbol(k, 0x2E), tokens[k].isAttached, !tokens[run.first].startsLine { k -= 1 }
        return k >= 0 && tokens[k].isWord && tokens[k].isCapitalized && Lexicon.honorifics.contains(tokens[k].hash)
            && !tokens[k + 1].startsLine
    }

    /// "San Diego", "St. Louis": a place-name opener right before the run.
    func followsPlaceWord(_ run: NameRun) -> Bool {
        var k = run.first - 1
        if k >= 0, isSymbol(k, 0x2E), tokens[k].isAttached { k -= 1 }
        return k >= 0 && tokens[k].isWord && tokens[k].isCapitalized && Lexicon.placeOpeners.contains(tokens[k].hash)
            && !tokens[k + 1].startsLine
    }

    /// "Thanks,⏎Kashvi⏎": a lone word on the line after a closing ("Thanks,", "Best regards,").
    func isSignature(_ run: NameRun) -> Bool {
        let next = run.last + 1
        guard tokens[run.first].startsLine, next >= tokens.count || tokens[next].startsLine,
            run.first >= 2, isSymbol(run.first - 1, 0x2C)
        else { return false }
        return tokens[run.first - 2].isWord && Lexicon.closings.contains(tokens[run.first - 2].hash)
    }

    /// "Uriel called Destiny", "discussed it with Jacobo": a verb or preposition that takes a person.
    func followsPersonVerb(_ run: NameRun) -> Bool {
        let k = run.first - 1
        return k >= 0 && !tokens[run.first].startsLine && tokens[k].isWord && !tokens[k].isCapitalized
            && Lexicon.verbsBeforePerson.contains(tokens[k].hash)
    }

    /// "Anusha's DOB is …".
    func precedesBirthDate(_ run: NameRun) -> Bool {
        let next = run.last + 1
        return run.isPossessive && next < tokens.count && tokens[next].isWord
            && Lexicon.birthWords.contains(tokens[next].hash)
    }

    /// "the Houston yard", "a Grant program".
    func followsDeterminer(_ run: NameRun) -> Bool {
        let k = run.first - 1
        return k >= 0 && tokens[k].isWord && !tokens[k].isCapitalized && Lexicon.determiners.contains(tokens[k].hash)
    }

    /// Whether the run opens a sentence: first in its line, or after `.`, `!`, `?` or `:`.
    func startsSentence(_ run: NameRun) -> Bool {
        let k = run.first - 1
        guard k >= 0, !tokens[run.first].startsLine else { return true }
        guard tokens[k].kind == .symbol else { return false }
        let b = bytes[tokens[k].start]
        return b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x22
    }

    /// "Faras Cherian was born…", "… Aurora told him": a verb of a person right after the run.
    func precedesPersonVerb(_ run: NameRun) -> Bool {
        let k = run.last + 1
        guard k < tokens.count, !tokens[k].startsLine else { return false }
        if tokens[k].isWord { return Lexicon.personVerbs.contains(tokens[k].hash) }
        return isSymbol(k, 0x28) && k + 1 < tokens.count && Lexicon.birthWords.contains(tokens[k + 1].hash)
    }

    /// "Witness: Antonio de la Fuente", "Emergency contact - Ana Ruiz".
    func followsPersonLabel(_ run: NameRun) -> Bool {
        var k = run.first - 1
        guard k >= 1, isSymbol(k, 0x3A) || isSymbol(k, 0x2D) else {
            return run.first >= 1 && tokens[run.first - 1].isWord
                && Lexicon.personLabels.contains(tokens[run.first - 1].hash) && tokens[run.first - 1].isCapitalized
        }
        k -= 1
        return tokens[k].isWord && Lexicon.personLabels.contains(tokens[k].hash)
    }

    /// An organization or place word inside the run after its first word, or right after it ("Lee County",
    /// "St. Vincent Medical Center", "Miller LLC", "Miller, Inc.").
    func namesOrganization(_ run: NameRun) -> Bool {
        for w in 1..<max(run.count, 1) where Lexicon.organizationWords.contains(tokens[run.words[w]].hash) {
            return true
        }
        var k = run.last + 1
        if k < tokens.count, isSymbol(k, 0x2C) || isSymbol(k, 0x26) || (tokens[k].isWord && tokens[k].hash == andHash) {
            k += 1
        }
        guard k < tokens.count, tokens[k].isWord else { return false }
        return Lexicon.organizationWords.contains(tokens[k].hash) && tokens[k].isCapitalized
    }

    /// A run after a house number that ends in a street suffix is a street ("12 Jackson Street").
    func namesStreet(_ run: NameRun) -> Bool {
        guard run.first >= 1, tokens[run.first - 1].isNumber else { return false }
        let next = run.last + 1
        return Lexicon.streetSuffixes.contains(tokens[run.words[run.count - 1]].hash)
            || (next < tokens.count && tokens[next].isWord && Lexicon.streetSuffixes.contains(tokens[next].hash))
    }

    private let andHash = WordHash.of(word: "and".utf8[...])

    private func isSymbol(_ k: Int, _ symbol: UInt8) -> Bool {
        tokens[k].kind == .symbol && bytes[tokens[k].start] == symbol
    }
}
