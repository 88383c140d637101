/// Finds people's names: runs of capitalized words judged by vocabularies of given names and surnames
/// (US Census, SSA-derived lists), a title before them ("Dr. Lee"), a field label ("Witness: …"), and
/// later mentions of a name already found ("Hancock" after "Dana Hancock"). Runs that name an
/// organization or a place ("Lee County", "Fuentes, Morgan and Stokes") are left alone.
enum PersonDetector {
    static func detect(_ context: inout ScanContext) {
        var mentioned = Set<UInt64>()
        var i = 0
        while i < context.tokens.count {
            guard context.tokens[i].isWord, context.tokens[i].isCapitalized, !NameRun.isNameWord(context, i - 1),
                var run = NameRun(context, at: i)
            else {
                i += 1
                continue
            }
            let next = run.last + 1
            if let end = organizationListEnd(context, run) {
                i = end + 1
                continue
            }
            if let confidence = judge(context, &run) {
                context.add(.person, context.tokens[run.first].start, run.endByte(context), confidence)
                if run.count >= 2 {
                    mentioned.insert(context.tokens[run.words[0]].stemHash)
                    mentioned.insert(context.tokens[run.words[run.count - 1]].stemHash)
                }
            }
            i = next
        }
        if !mentioned.isEmpty { findLaterMentions(&context, of: mentioned) }
    }

    /// The confidence that `run` (trimmed in place) is a person's name, or nil.
    private static func judge(_ context: borrowing ScanContext, _ run: inout NameRun) -> Double? {
        let evidence = NameEvidence(context)
        if evidence.namesOrganization(run) || evidence.followsHouseNumber(run) { return nil }
        if evidence.followsTitle(run) {
            run.trim { evidence.isCommon($0) && !evidence.isSurname($0) }
            return 0.9
        }
        let labelled = evidence.followsPersonLabel(run)
        run.trim { evidence.isOfficeWord($0) || (evidence.isCommon($0) && !evidence.isName($0)) }
        if run.count >= 2 {
            let firstWord = run.words[0]
            let lastWord = run.words[run.count - 1]
            let firstCommon = evidence.isCommon(firstWord)
            if evidence.isGiven(firstWord), !firstCommon || evidence.isSurname(lastWord) { return 0.85 }
            if evidence.isSurname(lastWord), !firstCommon, !evidence.isCommon(lastWord) || labelled { return 0.8 }
            if labelled, !firstCommon { return 0.8 }
            if evidence.isGiven(firstWord), evidence.isSurname(lastWord) { return 0.6 }
            return nil
        }
        let word = run.words[0]
        if labelled, !evidence.isCommon(word) { return 0.8 }
        if evidence.isGiven(word), !evidence.isCommon(word), !evidence.isCalendarWord(word) { return 0.7 }
        return nil
    }

    /// "Fuentes, Morgan and Stokes", "Smith & Wesson": single capitalized words joined by commas and a
    /// final "and" or "&" name a firm; returns the last token of such a list.
    private static func organizationListEnd(_ context: borrowing ScanContext, _ run: NameRun) -> Int? {
        guard run.count == 1, run.first == run.last else { return nil }
        var k = run.last + 1
        var members = 1
        while members < 6, context.isSymbol(k, 0x2C), isLoneNameWord(context, k + 1) {
            k += 2
            members += 1
        }
        if members > 1, context.isSymbol(k, 0x2C) { k += 1 }
        let ampersand = context.isSymbol(k, 0x26)
        let and = k < context.tokens.count && context.tokens[k].isWord && context.tokens[k].hash == andHash
        guard ampersand || (and && members >= 2), isLoneNameWord(context, k + 1) else { return nil }
        return k + 1
    }

    private static func isLoneNameWord(_ context: borrowing ScanContext, _ k: Int) -> Bool {
        NameRun.isNameWord(context, k) && !NameRun.isNameWord(context, k + 1)
    }

    private static let andHash = WordHash.of(word: "and".utf8[...])

    /// Single capitalized words equal to a part of a name found earlier in the text.
    private static func findLaterMentions(_ context: inout ScanContext, of parts: Set<UInt64>) {
        let found = Candidate.resolve(context.candidates.filter { $0.type == .person })
        var cursor = 0
        for i in 0..<context.tokens.count {
            let token = context.tokens[i]
            guard token.isWord, token.isCapitalized, parts.contains(token.stemHash) else { continue }
            while cursor < found.count, found[cursor].end <= token.start { cursor += 1 }
            if cursor < found.count, found[cursor].start < token.end { continue }
            if NameRun.isNameWord(context, i - 1) || NameRun.isNameWord(context, i + 1) { continue }
            if context.isWord(i + 1, in: Lexicon.organizationWords) { continue }
            context.add(.person, token.start, token.stemEnd, 0.75)
        }
    }
}
