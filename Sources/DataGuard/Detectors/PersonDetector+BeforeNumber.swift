/// Names written in lower case with no cue word before them, as chats and ward lists write them, known by what
/// follows: a phone number ("pls call my sister fatima rahman, 07911 123456"), an identifier or a date of birth after
/// a comma and its label ("rukhsana bibi, MR no PIMS-24-118745", "juliana ferreira santos, born 22/07/1995") or a
/// patient's age and sex ("bed 7 maria gonzalez 58F admitted overnight").
extension PersonDetector {
    /// Proposes the lower-case names of two or three words right before a phone that has been found, after at most
    /// a comma, a colon or a dash; before a comma and the label of an identifier or a date of birth that has been
    /// found; or before an age and sex: a given name of three letters or more, then surnames (the middle word a given
    /// name or a surname), none a country, a word of the lexicon or an English word (but the first may be a frequent
    /// given name that is one).
    static func lowerCaseNamesBeforeNumbers(
        _ evidence: NameEvidence, _ context: ScanContext, _ candidates: inout CandidateList
    ) {
        let found = candidates.all.count
        for n in 0..<found {
            let type = candidates.all[n].type
            guard type == .phoneNumber || isLabelledAfterName(type) else { continue }
            let number = context.firstToken(from: candidates.all[n].start)
            guard number < context.tokens.count, number >= 2, !context.tokens[number].startsLine else { continue }
            if type == .phoneNumber {
                let separated = context.isSymbol(number - 1, 0x2C) || context.isSymbol(number - 1, 0x3A)
                    || context.isSymbol(number - 1, 0x2D)
                addName(endingAt: separated ? number - 2 : number - 1, evidence, context, &candidates)
            } else if let comma = commaBeforeLabel(context, number) {
                addName(endingAt: comma - 1, evidence, context, &candidates)
            }
        }
        for i in context.anchors.numeric where isAgeAndSex(context, i) {
            addName(endingAt: i - 1, evidence, context, &candidates)
        }
    }

    /// Whether a finding of `type` may follow a name after a comma and a label: "…, MR no PIMS-24-118745", "…, CC
    /// 1.020.784.331", "…, born 22/07/1995".
    private static func isLabelledAfterName(_ type: FindingType) -> Bool {
        switch type {
        case .medicalRecordNumber, .nationalID, .memberNumber, .employeeNumber, .usSSN, .dateOfBirth: true
        default: false
        }
    }

    /// The comma before the label of the finding that starts at token `number`, on its line: one to three tokens
    /// between them, each a word in capitals ("MR", "CC"), a word of three letters or fewer ("no"), a label's or a
    /// birth's word ("born") or a sign (".", ":", "#"). Nil when there is none.
    private static func commaBeforeLabel(_ context: ScanContext, _ number: Int) -> Int? {
        var k = number - 1
        while number - k <= 4, k >= 1, !context.tokens[k + 1].startsLine {
            let token = context.tokens[k]
            if context.isSymbol(k, 0x2C) { return k < number - 1 ? k : nil }
            guard token.isWord
                ? token.flags.contains(.allCaps) || token.length <= 3
                    || !token.lexicon.isDisjoint(with: [.identifierLabel, .birth])
                : context.isSymbol(k, 0x2E) || context.isSymbol(k, 0x3A) || context.isSymbol(k, 0x23)
            else { return nil }
            k -= 1
        }
        return nil
    }

    /// "67F", "82M", "45m": an age of one to three digits inside its line with the sex's letter glued to it, ending
    /// there. The byte after the number rules out nearly every number first.
    private static func isAgeAndSex(_ context: ScanContext, _ i: Int) -> Bool {
        let letter = context.byte(context.tokens[i].end) | 0x20
        guard letter == 0x6D || letter == 0x66, context.isNumber(i, digits: 1...3), !context.tokens[i].startsLine,
            i + 1 < context.tokens.count, context.tokens[i + 1].isWord, context.tokens[i + 1].length == 1
        else { return false }
        return context.endsCleanly(i + 1)
    }

    /// Adds the lower-case name of two or three words whose last word is token `last`, if there is one on its line
    /// and no other finding covers any of it. Its first word may be an English word too when it is a frequent given
    /// name ("maria gonzalez", "peter novak").
    private static func addName(
        endingAt last: Int, _ evidence: NameEvidence, _ context: ScanContext, _ candidates: inout CandidateList
    ) {
        guard last >= 1, isLowerCasePart(evidence, context, last, .surname) else { return }
        var first = last - 1
        if !context.tokens[first].startsLine, isLowerCasePart(evidence, context, first, [.given, .surname]),
            isLowerCaseGivenName(evidence, context, first - 1)
        {
            first -= 1  // "lucia ferreira santos"
        }
        guard isLowerCaseGivenName(evidence, context, first), context.startsCleanly(first),
            (first + 1...last).allSatisfy({ !context.tokens[$0].startsLine })
        else { return }
        let start = context.tokens[first].start
        let end = context.tokens[last].end
        guard !candidates.all.contains(where: { $0.start < end && start < $0.end }) else { return }
        candidates.add(.person, start, end, 0.6)
    }

    /// Whether token `k` is a lower-case given name of three letters or more that opens a name: in no other list
    /// but the names', or a frequent given name that is an English word too.
    private static func isLowerCaseGivenName(_ evidence: NameEvidence, _ context: ScanContext, _ k: Int) -> Bool {
        guard k >= 0, isLowerCaseWord(context, k), evidence.length(k) >= 3 else { return false }
        let found = evidence.classes(k)
        return found.contains(.given) && found.isDisjoint(with: [.country, .functionWord, .medication])
            && (!found.contains(.common) || found.contains(.frequentGiven))
    }

    /// Whether token `k` is a lower-case word of a name: in one of `classes` and in no other list but the names'.
    private static func isLowerCasePart(
        _ evidence: NameEvidence, _ context: ScanContext, _ k: Int, _ classes: WordClasses
    ) -> Bool {
        guard k >= 0, isLowerCaseWord(context, k) else { return false }
        let found = evidence.classes(k)
        return !found.isDisjoint(with: classes)
            && found.isDisjoint(with: [.common, .country, .functionWord, .medication])
    }

    /// Whether token `k` is a word in lower case of two letters or more, with no digit and in no list of the lexicon.
    private static func isLowerCaseWord(_ context: ScanContext, _ k: Int) -> Bool {
        guard k < context.tokens.count else { return false }
        let token = context.tokens[k]
        return token.isWord && !token.isCapitalized && !token.flags.contains(.hasDigit) && token.lexicon.isEmpty
            && token.length >= 2
    }
}
