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
    /// Whether the word, lower-cased, is an ordinary English word.
    func isCommon(_ k: Int) -> Bool { vocabulary.commonWords.contains(tokens[k].stemHash) }

    /// Month or weekday names, which are given names too ("April", "June").
    func isCalendarWord(_ k: Int) -> Bool {
        Lexicon.months[tokens[k].stemHash] != nil || Lexicon.weekdays.contains(tokens[k].stemHash)
    }

    /// Titles, labels and calendar words that open or close a run without being part of the name.
    func isOfficeWord(_ k: Int) -> Bool {
        Lexicon.personLabels.contains(tokens[k].stemHash) || Lexicon.honorifics.contains(tokens[k].stemHash)
            || isCalendarWord(k) || Lexicon.organizationWords.contains(tokens[k].stemHash)
    }

    /// "Dr. Lee", "Ms Valle".
    func followsTitle(_ run: NameRun) -> Bool {
        var k = run.first - 1
        if k >= 0, isSymbol(k, 0x2E) { k -= 1 }
        return k >= 0 && tokens[k].isWord && Lexicon.honorifics.contains(tokens[k].hash)
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
        if k < tokens.count, isSymbol(k, 0x2C) { k += 1 }
        guard k < tokens.count, tokens[k].isWord else { return false }
        return Lexicon.organizationWords.contains(tokens[k].hash) && tokens[k].isCapitalized
    }

    /// A run right after a house number is a street name.
    func followsHouseNumber(_ run: NameRun) -> Bool {
        run.first >= 1 && tokens[run.first - 1].isNumber
    }

    private func isSymbol(_ k: Int, _ symbol: UInt8) -> Bool {
        tokens[k].kind == .symbol && bytes[tokens[k].start] == symbol
    }
}
