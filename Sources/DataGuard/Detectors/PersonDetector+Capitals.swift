/// Names written in capitals, as forms, lab reports and record headers print them.
extension PersonDetector {
    /// "Nom : GARNIER-ROUSSEL", "Nachname: MÜLLER": a word in capitals right after a form's surname label; returns
    /// its token.
    static func surnameInCapitals(_ context: ScanContext, at i: Int) -> Int? {
        let token = context.tokens[i]
        guard token.isWord, token.flags.contains(.allCaps), token.length >= 3, i >= 2, context.isSymbol(i - 1, 0x3A),
            !token.startsLine, context.tokens[i - 2].isWord,
            Lexicon.formNameLabelTable[hash: context.tokens[i - 2].hash] != nil
        else { return nil }
        return i
    }

    /// "Mr WONG Chi-keung", "Patient: YAMAGUCHI Haruto", "TAKAHASHI Misaki (Ms.)": a surname in capitals before one
    /// or two given names, the East Asian order that forms and letters write so; after a title or a person's
    /// label, or a surname known as one before a given name known as one. Returns the last token.
    static func surnameFirstInCapitals(
        _ evidence: NameEvidence, _ context: ScanContext, at i: Int
    ) -> Int? {
        let token = context.tokens[i]
        guard token.isWord, token.length >= 2, !token.flags.contains(.hasDigit), token.lexicon.isEmpty,
            isGivenAfter(evidence, context, i + 1), !isMeridiemAfterNumber(context, i)
        else { return nil }
        var k = i - 1
        if context.isSymbol(k, 0x2E), context.tokens[i - 1].isAttached { k -= 1 }
        let titled = context.has(k, .honorific) && !token.startsLine
        let labelled = context.isSymbol(i - 1, 0x3A) && context.has(i - 2, .personLabel) && !token.startsLine
        guard titled || labelled
            || evidence.classes(i).contains(.surname) && evidence.classes(i + 1).contains(.given)
        else { return nil }
        return isGivenAfter(evidence, context, i + 2) ? i + 2 : i + 1
    }

    /// Whether word `i` is "AM" or "PM" in capitals after a number ("at 10:12 AM Rahul Verma wrote").
    private static func isMeridiemAfterNumber(_ context: ScanContext, _ i: Int) -> Bool {
        i >= 1 && context.tokens[i - 1].isNumber && context.tokens[i].flags.contains(.allCaps) && context.isMeridiem(i)
    }

    /// Whether token `k` may be a given name after a surname on the same line: a capitalized name word, no
    /// English word unless a given name too, and not of a firm.
    private static func isGivenAfter(_ evidence: NameEvidence, _ context: ScanContext, _ k: Int) -> Bool {
        guard NameRun.isNameWord(context, k), !context.tokens[k].startsLine, !context.followsColumnGap(k),
            !context.tokens[k].isAttached, !context.has(k, .organization)
        else { return false }
        let classes = evidence.classes(k)
        return !classes.contains(.common) || classes.contains(.given)
    }

    /// "Patient: ANNA KOWALCZYK", "Lab result for KOWALCZYK, ANNA", "SMITH, John": a full name in capitals, given
    /// name first or surname first before a comma (the given name after it in capitals or capitalized), of name
    /// words only (a given name, a surname, or no English word), one of them a name. After a person's label or a
    /// title that is enough; anywhere else the first must be a given name (the surname, before a comma), the last a
    /// surname (the given name), and one of them no English word ("ROSE GARDEN" is a heading). Returns the last
    /// token.
    static func nameInCapitals(_ evidence: NameEvidence, _ context: ScanContext, at i: Int) -> Int? {
        // A surname's particles before it: "DE LA CRUZ, JUAN CARLOS", "VAN DER BERG, Pieter".
        var surname = i
        while surname - i < 2, context.has(surname, .nameParticle), surname + 1 < context.tokens.count,
            context.tokens[surname + 1].flags.contains(.allCaps), !context.tokens[surname + 1].isAttached,
            !context.tokens[surname + 1].startsLine
        {
            surname += 1
        }
        var next = surname + 1
        guard next < context.tokens.count, !context.tokens[next].startsLine else { return nil }
        var comma = context.isSymbol(next, 0x2C) && context.tokens[next].isAttached
        if !comma, surname > i {
            (surname, next) = (i, i + 1)  // particles only before a surname written first
            comma = context.isSymbol(next, 0x2C) && context.tokens[next].isAttached
        }
        guard comma || context.tokens[next].flags.contains(.allCaps) && !context.tokens[next].isAttached,
            isCapitalsNameWord(evidence, context, surname)
        else { return nil }
        // The words after the first: up to three more in capitals, or after a comma up to two given names
        // capitalized ("ABDULLAHI, Musa Ibrahim") or up to three in capitals.
        var last = comma ? surname + 1 : surname
        var words = 1
        // "NGUYEN THI THU HANG": after a Vietnamese surname and "THI" or "VAN", any words in capitals are given names
        // ("THU", autumn, is a weekday's abbreviation too).
        let vietnamese = !comma && surname + 1 < context.tokens.count
            && NameRun.vietnameseSurnames.contains(context.tokens[surname].hash)
            && NameRun.vietnameseMiddleNames.contains(context.tokens[surname + 1].hash)
        while words < 4, last + 1 < context.tokens.count, !context.tokens[last + 1].startsLine,
            !context.tokens[last + 1].isAttached, !context.followsColumnGap(last + 1),
            // A word before a colon heads the next field ("EMPLOYEE: DUSTIN WILLIAMS TO: …").
            !(context.isSymbol(last + 2, 0x3A) && context.tokens[last + 2].isAttached),
            isCapitalsNameWord(evidence, context, last + 1)
                // A third word is no plain English word: "DR TREMBLAY EN ROUTE", "MY STEWARD DENNIS OCAMPO SAID".
                && (words < 2 || vietnamese || !evidence.classes(last + 1).isPlainWord)
                || vietnamese && context.tokens[last + 1].isWord && context.tokens[last + 1].flags.contains(.allCaps)
                || comma && (words == 1 || words == 2 && !context.tokens[last].flags.contains(.allCaps))
                    && NameRun.isNameWord(context, last + 1) && !evidence.classes(last + 1).isPlainWord
        {
            last += 1
            words += 1
            if comma, words == 3, !context.tokens[last].flags.contains(.allCaps) { break }
        }
        // "ROSARIO ALMONTE DE LA CRUZ": a surname's particles in capitals after the words, with the surname after
        // them (a particle that ends the words stays: "KEITH LE").
        var kept = last
        while kept > i, context.has(kept, .nameParticle) { kept -= 1 }
        var surnameAfter = kept + 1
        while surnameAfter - kept <= 2, surnameAfter < context.tokens.count, context.has(surnameAfter, .nameParticle),
            context.tokens[surnameAfter].flags.contains(.allCaps), !context.tokens[surnameAfter].isAttached,
            !context.tokens[surnameAfter].startsLine
        {
            surnameAfter += 1
        }
        if surnameAfter > kept + 1, surnameAfter < context.tokens.count, !context.tokens[surnameAfter].startsLine,
            !context.tokens[surnameAfter].isAttached, isCapitalsNameWord(evidence, context, surnameAfter)
        {
            last = surnameAfter
        }
        // "BRANDON MARSH DRIVE", "CHRISTIAN BROTHERS UNIVERSITY": a street's or a firm's word after the words;
        // "MILLER, KNOX AND SCHULTZ": a firm's partners.
        guard words >= 2,
            last + 1 >= context.tokens.count || context.tokens[last + 1].startsLine
                || context.tokens[last + 1].lexicon.isDisjoint(with: [.organization, .streetSuffix, .streetType])
                    && !(comma && (context.has(last + 1, .and) || context.isSymbol(last + 1, 0x26)))
        else { return nil }
        let first = i
        let labelled = first >= 2 && context.isSymbol(first - 1, 0x3A)
            && (context.has(first - 2, .personLabel)
                || Lexicon.formNameLabelTable[hash: context.tokens[first - 2].hash] != nil)
        let title = first - (context.isSymbol(first - 1, 0x2E) ? 2 : 1)
        // A title of another language needs its period: "g." in Slovene ("2 g IV OD" is a dose), "HR." in Danish
        // ("HR PAKISABI …" is a Tagalog message to human resources), "MED" a Nordic "with".
        let titled = title >= 0 && !context.tokens[title].isAttached
            && (title < first - 1
                ? context.has(title, .honorific) : capitalsTitles[hash: context.tokens[title].hash] != nil)
        // After a label or a title one name word is enough; anywhere else the given name and the surname are known
        // as such, every word has three letters or more ("SALIM KA" in Tagalog), none but the surname is a plain
        // English word ("I WILL CALL DANA HANCOCK"), one is no English word, and the words are no town's ("SANTO
        // DOMINGO").
        let anchored = labelled || titled
        if !anchored {
            let given = comma ? last - (words - 2) : surname
            let family = comma ? surname : last
            guard evidence.classes(given).contains(.given), evidence.classes(family).contains(.surname),
                (first...last).allSatisfy({
                    context.tokens[$0].kind == .symbol || $0 < surname
                        || evidence.length($0) >= 3 && ($0 == family || !evidence.classes($0).isPlainWord)
                }),
                comma || (PhraseMatcher.longest(context, at: first, in: context.vocabulary.towns) ?? -1) < last
            else { return nil }
        }
        // "Patient: THEVARAJAH, Kalaivani": after a label or a title, a surname in capitals, its comma and a given name
        // capitalized are a name whatever the lists hold.
        if anchored, comma, !context.tokens[last].flags.contains(.allCaps), !context.has(last, .organization) {
            return last
        }
        var k = first
        while k <= last {
            let classes = evidence.classes(k)
            if classes.isName, anchored || !classes.contains(.common) && evidence.length(k) >= 3 { return last }
            k += 1
        }
        return nil
    }

    /// The titles that make the words in capitals after them a name without a period after the title.
    private static let capitalsTitles = KeywordTable(
        ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sister", "nurse", "sr", "sra", "srta", "dra", "herr",
         "frau", "mme", "mlle", "monsieur", "madame", "sig", "dott"].map { ($0, ()) })

    /// Whether token `k` is a word in capitals that may be part of a name: two letters or more, no digit, in no
    /// list of months, firms, labels ("FROM", "TO"), countries ("PARIS, FRANCE") or medicines, and no English word
    /// unless a name too.
    private static func isCapitalsNameWord(_ evidence: NameEvidence, _ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.isWord, token.flags.contains(.allCaps), !token.flags.contains(.hasDigit),
            token.lexicon.isDisjoint(with: [
                .organization, .month, .weekday, .identifierLabel, .honorific, .nonName, .personLabel, .lowerNameCue,
            ])
        else { return false }
        let classes = evidence.classes(k)
        return (classes.isName || !classes.contains(.common)) && classes.isDisjoint(with: [.country, .medication])
    }
}
