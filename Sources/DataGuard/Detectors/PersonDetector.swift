/// Finds people's names: runs of capitalized words judged by vocabularies of given names and surnames
/// (US Census, Tzioumis), a title before them ("Dr. Lee"), a field label ("Witness: …"), the words
/// around them ("… was born", "Thanks,⏎Ana"), and later mentions of a name already found ("Hancock"
/// after "Dana Hancock"). Runs that name an organization or a place ("Lee County", "the Houston yard",
/// "Fuentes, Morgan and Stokes") are left alone.
enum PersonDetector {
    /// At most this many name parts are remembered for later mentions, which keeps the work linear.
    static let rememberedParts = 64

    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        // The name parts found (two a name, until there are `rememberedParts`) and the one-word runs
        // that were not taken for names (at most one per word anchor) are kept in temporary memory, on the
        // stack for most texts, rather than in arrays.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: rememberedParts + 2) { parts in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: context.anchors.words.count) { lone in
                detect(context, &candidates, parts: parts, lone: lone)
            }
        }
    }

    private static func detect(
        _ context: ScanContext, _ candidates: inout CandidateList, parts: UnsafeMutableBufferPointer<UInt64>,
        lone: UnsafeMutableBufferPointer<Int>
    ) {
        let evidence = NameEvidence(context)
        var partCount = 0
        var loneCount = 0
        var resume = 0
        var lastNameEnd = -1
        // Whether the last name found followed the one before it in a list ("A, B" or "A and B").
        var lastNameListed = false
        // Only words without digits can open a name.
        for i in context.anchors.words where i >= resume {
            if context.has(i, .lowerNameCue) {
                if let (first, last) = lowerCaseName(evidence, context, after: i) {
                    candidates.add(.person, context.tokens[first].start, context.tokens[last].stemEnd, 0.6)
                    resume = last + 1
                    continue
                }
                // Asked only after a lower-case word in no list, which the name must be.
                if i >= 1, context.tokens[i - 1].lexicon.isEmpty, !context.tokens[i - 1].isCapitalized,
                    let (first, last) = nameBefore(evidence, context, word: i)
                {
                    candidates.add(.person, context.tokens[first].start, context.tokens[last].stemEnd, 0.6)
                }
                // Asked only after a possessive, which few cue words have before them.
                if i >= 1, context.tokens[i - 1].flags.contains(.possessive),
                    let owner = relativesOwner(evidence, context, kin: i)
                {
                    candidates.add(.person, context.tokens[owner].start, context.tokens[owner].stemEnd, 0.6)
                }
            } else if context.has(i, .closing), context.isSymbol(i + 1, 0x2C),
                let (first, last) = lowerCaseName(evidence, context, after: i)
            {
                // A closing of any language before a signature in lower case ("Pozdrawiam,⏎marek", "saludos, juan").
                candidates.add(.person, context.tokens[first].start, context.tokens[last].stemEnd, 0.6)
                resume = last + 1
                continue
            }
            if context.tokens[i].flags.contains(.allCaps),
                // "Nom : DURAND Claire": the given name after the surname in capitals is the name's too.
                let last = surnameFirstInCapitals(evidence, context, at: i) ?? surnameInCapitals(context, at: i)
                    ?? nameInCapitals(evidence, context, at: i)
            {
                candidates.add(.person, context.tokens[i].start, context.tokens[last].stemEnd, 0.8)
                resume = last + 1
                continue
            }
            guard NameRun.canOpen(context, at: i), var run = NameRun(context, at: i) else {
                continue
            }
            if let end = organizationListEnd(context, run) {
                resume = end + 1
                continue
            }
            resume = run.last + 1
            if let condition = eponymousCondition(evidence, context, run) ?? morbusCondition(context, run) {
                candidates.add(.healthCondition, tokens: condition.first, condition.last, 0.8)
                resume = condition.last + 1
                continue
            }
            if namesEponymousTest(evidence, context, run) || namesRole(evidence, context, run) { continue }
            // A "d" word of two letters ("de", "di", "do", "da") inside the run or before it is asked first: most runs
            // have none.
            if run.first >= 1 && isTwoLettersFromD(context, run.first - 1)
                || run.first + 1 < context.tokens.count && isTwoLettersFromD(context, run.first + 1),
                namesRomanceEponymousTest(evidence, context, run)
            {
                continue
            }
            // A particle of two letters before the run is asked first: most runs have none.
            if run.first >= 2, context.tokens[run.first - 1].length == 2,
                let first = conditionBeforeEponym(context, run)
            {
                candidates.add(.healthCondition, tokens: first, run.last, 0.8)
                continue
            }
            // Not even a name listed after another ("Dr Rhodri ap Iorwerth, Meddygfa'r Bont").
            if evidence.opensWithWelshArticle(run) { continue }
            let isLone = run.count == 1 && run.first == run.words[0]
            guard let confidence = judge(evidence, trimming: &run) else {
                // "Panadeine Forte prn", "Tab. Telma": a medicine that no list holds, which the health detector,
                // reading a dose after a number, does not see.
                if evidence.namesMedicine(run), let (first, last) = medicine(context, in: run) {
                    candidates.add(.healthCondition, tokens: first, last, 0.75)
                }
                let joined =
                    isLone
                    ? isCoordinated(evidence, context, run.first, after: lastNameEnd)
                    : follows(context, run.first, lastNameEnd)
                        && isListed(evidence, context, run, after: lastNameEnd, lastNameListed)
                if joined {
                    candidates.add(.person, context.tokens[run.first].start, run.endByte(context), 0.6)
                    lastNameListed = follows(context, run.first, lastNameEnd)
                    lastNameEnd = asideEnd(context, after: run.last)
                } else if isLone {
                    lone[loneCount] = run.first
                    loneCount += 1
                }
                continue
            }
            if isMonsieur(context, run) { run.first = run.words[0] }
            // "Patient: Dela Cruz, Juan Miguel S.": the given names after a labelled surname's comma are one name.
            let givenEnd = givenNamesAfterComma(evidence, context, run)
            let end = givenEnd.map { context.tokens[$0].stemEnd } ?? run.endByte(context)
            candidates.add(.person, context.tokens[run.first].start, end, confidence)
            if let givenEnd { resume = givenEnd + 1 }
            lastNameListed = follows(context, run.first, lastNameEnd)
            lastNameEnd = asideEnd(context, after: run.last)
            if run.count >= 2, partCount < rememberedParts {
                let first = context.tokens[run.words[0]].stemHash
                let last = context.tokens[run.words[run.count - 1]].stemHash
                remember(first, in: parts, &partCount)
                remember(last, in: parts, &partCount)
            }
        }
        if partCount > 0 {
            findLaterMentions(
                context, &candidates, of: UnsafeBufferPointer(rebasing: parts[..<partCount]),
                among: UnsafeBufferPointer(rebasing: lone[..<loneCount]))
        }
        lowerCaseNamesBeforeNumbers(evidence, context, &candidates)
        if context.anchors.hasMentions { mentions(evidence, context, &candidates) }
        if context.anchors.hasGluedCapitals { namesAfterNounPrefixes(evidence, context, &candidates) }
        if context.anchors.hasThaiWords { thaiNames(context, &candidates) }
    }

    /// Adds the name part `part` to the first `count` of `parts` unless it is there already.
    private static func remember(_ part: UInt64, in parts: UnsafeMutableBufferPointer<UInt64>, _ count: inout Int) {
        guard !parts[..<count].contains(part) else { return }
        parts[count] = part
        count += 1
    }

    /// Whether `run` opens with "M." before a listed name and another word, the French "Monsieur" rather than an
    /// initial, which English writes after the given name ("M. Jean Dupont", "M. Koffi Kouassi"; but "Jean M. Dupont").
    private static func isMonsieur(_ context: ScanContext, _ run: NameRun) -> Bool {
        let m = run.first
        return run.count >= 2 && run.words[0] == m + 2 && run.classes[0].isName
            && context.tokens[m].length == 1 && context.bytes[context.tokens[m].start] == 0x4D
            && context.isSymbol(m + 1, 0x2E)
    }

    /// "Witnesses: Oom Piet and Lindiwe": a capitalized word `i` joined by "and" (or its kin in other languages)
    /// to the name that ends at token `nameEnd`, when it is no English word, country, town, month or office word.
    private static func isCoordinated(_ evidence: NameEvidence, _ context: ScanContext, _ i: Int, after nameEnd: Int)
        -> Bool
    {
        guard nameEnd >= 0, i == nameEnd + 2, context.tokens[i - 1].isWord, !context.tokens[i].startsLine,
            context.tokens[i].isCapitalized, !context.tokens[i].flags.contains(.allCaps),
            conjunctions[hash: context.tokens[i - 1].hash] != nil,
            context.tokens[i].lexicon.isDisjoint(with: [
                .organization, .nonName, .month, .weekday, .placeOpener, .personLabel, .honorific, .streetType,
            ]), context.endsCleanly(i)
        else { return false }
        let classes = evidence.classes(i)
        guard classes.isDisjoint(with: [.country, .functionWord, .medication]),
            !classes.contains(.common) || classes.contains(.given)
        else { return false }
        return PhraseMatcher.longest(context, at: i, in: context.vocabulary.towns) == nil
    }

    /// "Present: Lerato Dlamini, Sipho Zulu and …", "Team: A B, C D, Aigerim Seitkali.": a run of two or three
    /// capitalized words in a list of names that ``follows(_:_:_:)`` the name ending at `nameEnd`: after "and", or
    /// after a comma or a semicolon when the list goes on after the run or had another name before (`nameListed`);
    /// each word in no list of the lexicon and no English word unless a given name or a surname, no country, and the
    /// run no known town. A signature's title or firm after a name and a comma ("Burak Aydın, Bölge Müdürü") is in
    /// no list.
    private static func isListed(
        _ evidence: borrowing NameEvidence, _ context: borrowing ScanContext, _ run: borrowing NameRun,
        after nameEnd: Int, _ nameListed: Bool
    ) -> Bool {
        guard run.count >= 2, run.count <= 3, run.first == run.words[0], !context.tokens[run.first].startsLine
        else { return false }
        let joined = isConjunction(context, nameEnd + 1)
        for w in 0..<run.count {
            let k = run.words[w]
            let classes = run.classes[w]
            guard context.tokens[k].lexicon.isEmpty, !context.tokens[k].flags.contains(.allCaps),
                classes.isDisjoint(with: [.country, .functionWord, .medication]),
                !classes.contains(.common) || !classes.isDisjoint(with: [.given, .surname])
            else { return false }
        }
        guard PhraseMatcher.longest(context, at: run.first, in: context.vocabulary.towns) == nil else { return false }
        if joined { return true }
        // The list goes on, after the run's aside if it has one: a separator and a capitalized word of no list.
        let next = asideEnd(context, after: run.last) + 1
        if next + 1 < context.tokens.count, isListSeparator(context, next) || isConjunction(context, next),
            !context.tokens[next + 1].startsLine, context.tokens[next + 1].isCapitalized,
            context.tokens[next + 1].lexicon.isEmpty
        {
            return true
        }
        // Or had another name before the one the run follows.
        return nameListed
    }

    /// The closing bracket of a short aside right after the name that ends at token `last`, on its line ("Wanjiru
    /// Kamau (Shop 3), …", "Ana Lima (chief steward), …"), so that a list of names goes on after it; `last` when
    /// there is none.
    private static func asideEnd(_ context: ScanContext, after last: Int) -> Int {
        guard context.isSymbol(last + 1, 0x28) else { return last }
        var k = last + 2
        while k <= last + 6, k < context.tokens.count, !context.tokens[k].startsLine, !context.isSymbol(k, 0x28) {
            if context.isSymbol(k, 0x29) { return k > last + 2 ? k : last }
            k += 1
        }
        return last
    }

    /// Whether the name that opens at token `first` follows the name that ends at `nameEnd` in a list: a comma, a
    /// semicolon or "and" between them.
    private static func follows(_ context: ScanContext, _ first: Int, _ nameEnd: Int) -> Bool {
        nameEnd >= 0 && first == nameEnd + 2
            && (isListSeparator(context, nameEnd + 1) || isConjunction(context, nameEnd + 1))
    }

    private static func isListSeparator(_ context: ScanContext, _ k: Int) -> Bool {
        context.isComma(k) || context.isSymbol(k, 0x3B)
    }

    private static func isConjunction(_ context: ScanContext, _ k: Int) -> Bool {
        k < context.tokens.count && context.tokens[k].isWord && conjunctions[hash: context.tokens[k].hash] != nil
    }

    /// The last token of the given names that follow `run` after a comma when `run` is a field's value written
    /// surname first ("Patient: Dela Cruz, Juan Miguel S.", "Paciente: Martínez Oyarzábal, Lucía Belén"): `run`
    /// follows a person's label, or the names are a mail's sender before their address or a recipient in its list,
    /// and `run` has no word that is only a given name, the names after the comma open with a given name, and the
    /// field ends with them (the line ends, a sign or two spaces or more follow). Nil otherwise, as for a list of
    /// names ("Witnesses: Ana Lima, Bruno Costa", "Present: Maria Lopez, Ana Ruiz").
    private static func givenNamesAfterComma(_ evidence: NameEvidence, _ context: ScanContext, _ run: NameRun)
        -> Int?
    {
        let comma = run.last + 1
        guard !run.isPossessive, context.isComma(comma), comma + 1 < context.tokens.count,
            !context.tokens[comma + 1].startsLine,
            evidence.followsPersonLabel(run) || evidence.precedesOwnAddress(run) || evidence.followsMailRecipient(run),
            (0..<run.count).allSatisfy({
                !run.classes[$0].contains(.given) || run.classes[$0].contains(.surname)
                    || context.has(run.words[$0], .nameParticle)  // "Dela Cruz"
            }),
            NameRun.canOpen(context, at: comma + 1), let given = NameRun(context, at: comma + 1),
            given.first == given.words[0], given.classes[0].contains(.given), !evidence.namesOrganization(given),
            // "Present: Maria Lopez, Ana Ruiz": names after the comma that end with a surname, and no given name, are
            // the next of a list.
            given.count == 1 || run.count == 1 || !given.classes[given.count - 1].contains(.surname)
                || given.classes[given.count - 1].contains(.given)
        else { return nil }
        let next = given.last + 1
        guard next >= context.tokens.count || context.tokens[next].startsLine || context.tokens[next].kind == .symbol
            || context.tokens[next].start - context.tokens[given.last].end >= 2  // a form's next field
        else { return nil }
        return given.last
    }

    /// "And" in English, Spanish, Portuguese and Italian, French, German, the Slavic and Nordic languages, Dutch,
    /// Turkish and Indonesian.
    private static let conjunctions = KeywordTable(
        ["and", "y", "e", "et", "und", "i", "og", "och", "en", "ve", "dan", "a"].map { ($0, ()) })

    /// The medicine's name that ends `run` (its last word, with the word of strength or release after it,
    /// "Panadeine Forte", or the brand before one, "Puran T4"), when it is one that no list holds.
    private static func medicine(_ context: ScanContext, in run: NameRun) -> (Int, Int)? {
        let tokens = context.tokens
        let last = DoseContext.isRelease(tokens, run.last + 1) ? run.last + 1 : run.last
        var first = DoseContext.brandStart(tokens, endingAt: last, notBefore: run.first)
        if DoseContext.isDosageForm(tokens, first) { first += 1 }
        return first <= last && HealthDetector.mayNameMedicine(context, first) ? (first, last) : nil
    }

    /// The confidence that `run` is a person's name, with `run` trimmed to the name; or nil.
    private static func judge(_ evidence: NameEvidence, trimming run: inout NameRun) -> Double? {
        // A lone English word in no other list, the commonest run ("Payroll", "Return"), is a name only after a title
        // or as a signature: the rest is not asked.
        if run.count == 1, run.classes[0] == .common, run.first == run.words[0],
            evidence.particlesBefore(run) == run.first, !evidence.followsTitle(run), !evidence.isSignature(run)
        {
            return nil
        }
        let titledByDon = evidence.opensWithDon(run)
        // "Trân trọng", "Giá 4,2 triệu": a Vietnamese word alone, even after what reads as a title ("… Ánh. Trân").
        if evidence.namesOrganization(run) || evidence.namesStreet(run)
            || !titledByDon && evidence.followsDeterminer(run) || evidence.followsPlaceWord(run)
            || evidence.followsHolidayWish(run)
            || run.count == 1 && (evidence.isVietnameseWord(run.words[0]) || evidence.isTurkishNameLabel(run.words[0]))
            || evidence.opensAbbreviatedCompound(run) || evidence.opensWithMountain(run)
            || evidence.headsMailHeader(run) || evidence.opensWithSaint(run)
        {
            return nil
        }
        if titledByDon {
            let don = run.words[0]
            run.trim(leading: { k, _ in k == don }, trailing: { isCommonAtEnd(evidence, $0, $1) })
            return 0.9
        }
        if evidence.followsTitle(run) {
            guard !evidence.followsTitleAfterInstitution(run) else { return nil }
            run.trim(leading: { _, _ in false }, trailing: { isCommonAtEnd(evidence, $0, $1) })
            // "Nurse Corps Scholars", "Officer Training": an English word and no name after a title.
            guard run.count > 1 || run.classes[0] != .common else { return nil }
            run.first = evidence.particlesBefore(run)  // "Mrs van Wyk"
            return 0.9
        }
        let labelled = evidence.followsPersonLabel(run) || evidence.precedesOwnAddress(run)
            || evidence.followsMailRecipient(run)
        if labelled, evidence.mayFollowParticles(run) { run.first = evidence.particlesBefore(run) }
        // "Cliente: Con Ramiro Huamán.": after a speaker's label, a function word of another language that is an
        // English word too opens the reply before a name of two words or more (not "From: Eta Mistry").
        if labelled, run.count >= 3, run.classes[0].contains(.functionWord), run.classes[0].contains(.common),
            !run.classes[0].contains(.frequentGiven), !evidence.isParticle(run.words[0])
        {
            let opening = run.words[0]
            run.trim(leading: { k, _ in k == opening }, trailing: { _, _ in false })
        }
        // An English word opens a name only as a given name ("Will Smith", not "Later Hancock"), and
        // closes one only as a surname, but for a Vietnamese given name after "Văn" or "Thị" ("Nguyễn Văn An").
        let vietnamese = evidence.isVietnameseName(run)
        // "Кечээ Айгүл эже …": a word in no vocabulary opening the sentence, then a name with its form of address.
        let addressed = run.count == 2 && run.classes[0].isEmpty && evidence.precedesNameHonorific(run)
            && evidence.startsSentence(run)
        let opening = run.words[0]
        let start = run.first
        run.trim(
            leading: {
                addressed && $0 == opening || evidence.isOfficeWord($0) || evidence.isArticle($0)
                    // After a person's label a given name stays, though a relative or a greeting elsewhere:
                    // "Patsient: Mari Tamm" (French "mari", husband), "Pasient: Ola Nordmann".
                    || (evidence.isPersonVerb($0) || evidence.isGreeting($0)) && !(labelled && $1.contains(.given))
                    || evidence.isVietnameseWord($0) || evidence.isIntroduction($0)
                    || ($1.contains(.common) && !$1.contains(.given))
            },
            trailing: {
                evidence.isOfficeWord($0) || evidence.opensFieldLabel($0)
                    || !vietnamese && isCommonAtEnd(evidence, $0, $1)
            })
        // "Bonjour M. Dupont", "Liebe A. Weber": the initials after a greeting or a title are the name's.
        if run.first > start, case let first = evidence.initialsBefore(run.first, after: start), first < run.first,
            evidence.isGreeting(first - 1) || evidence.isOfficeWord(first - 1)
        {
            run.first = first
        }
        if run.count == 1, evidence.isVietnameseWord(run.words[0]) { return nil }
        // "Звонила Олегу Петровичу", "Aloitettiin Liisa Virtasen": a long word in no vocabulary that opens a
        // sentence before two names or more is a verb or the like of another language (but not "Hồ Chí Minh"); after
        // a person's label it is the name's ("Paciente: Yusimí Hernández Pérez").
        if run.count >= 3, !labelled, run.classes[0].isEmpty, evidence.length(run.words[0]) >= 5,
            evidence.startsSentence(run),
            (1..<run.count).count(where: { !run.classes[$0].isDisjoint(with: [.given, .surname]) }) >= 2
        {
            run.trim(leading: { _, classes in classes.isEmpty }, trailing: { _, _ in false })
        }
        let confidence =
            run.count >= 2
            ? judgeFullName(evidence, run, labelled: labelled) : judgeSingleWord(evidence, run, labelled: labelled)
        // Asked last, of the runs that would be names: most runs are none.
        guard let confidence, labelled || !evidence.namesPlace(run), !evidence.namesMedicine(run),
            !evidence.endsWithMonth(run), !evidence.endsWithSpecialty(run), !evidence.followsVietnamesePlaceNoun(run),
            !evidence.opensVietnamesePlaceNoun(run), !evidence.isVietnameseWeekday(run),
            !evidence.opensVietnameseDepartment(run), !evidence.namesInstitution(run),
            labelled || !evidence.hasProductSpelling(run),
            labelled || evidence.hasDistinctiveName(run)
                || !evidence.standsInTitleCase(run) && !evidence.endsCapitalizedPhrase(run)
        else { return nil }
        return confidence
    }

    /// Whether word `k`, of these classes, is an English word that cannot close a name: one that is no surname and
    /// follows no Dutch particle ("Anja de Wit").
    private static func isCommonAtEnd(_ evidence: NameEvidence, _ k: Int, _ classes: WordClasses) -> Bool {
        classes.contains(.common) && !classes.contains(.surname) && !evidence.followsDutchParticle(k)
    }

    /// The confidence that a one-word run is a name: "Matthew's DOB", "confirmed that Lewis raised",
    /// "Thanks,⏎Kashvi".
    private static func judgeSingleWord(_ evidence: NameEvidence, _ run: NameRun, labelled: Bool) -> Double? {
        let word = run.words[0]
        let classes = run.classes[0]
        let common = classes.contains(.common)
        // "Paciente: Sí doctora", "Agente: Con gusto", "Cliente: Claro.": after a speaker's label, a function word of
        // another language before a word in lower case, or a sentence's end, opens the reply or is all of it.
        if labelled, classes.contains(.functionWord), !classes.contains(.frequentGiven),
            evidence.precedesLowerCaseWord(run) || evidence.precedesSentenceEnd(run)
        {
            return nil
        }
        if labelled, !common { return 0.8 }
        if evidence.isSignature(run) { return 0.7 }
        if run.first != word, classes.contains(.surname) || !common { return 0.8 }  // "J. Alvarez"
        // "Kovalchuk I.V.", "Sarah P."; not an English word before a letter ("Conference Room B.").
        if !common || classes.contains(.given), run.hasTrailingInitials { return 0.75 }
        if !common, evidence.length(word) >= 3, evidence.precedesNameHonorific(run) { return 0.7 }  // "Gulzhan apai"
        if !common, evidence.length(word) >= 3, !evidence.startsSentence(run), evidence.precedesPhoneAt(run) {
            return 0.65  // "dispatcher Oybek at 718-555-0132"
        }
        if evidence.isCalendarWord(word) || evidence.headsFieldInLine(run) || evidence.qualifiesAddressLabel(run) {
            return nil
        }
        // "Olá pessoal!": a greeting written with its accent is no name ("Ola" without one may be), nor one that
        // opens a greeting of two words ("Xin chào") or closes one as no given name ("Bula Vinaka"; "hi Xin" is
        // greeted), or greets a group ("Hoi allemaal").
        if evidence.isGreeting(word),
            evidence.isBeyondASCII(word) || evidence.isGreeting(word + 1) || evidence.greetsGroup(word + 1)
                || word >= 1 && evidence.isGreeting(word - 1) && !classes.contains(.given)
        {
            return nil
        }
        let inSentence = !evidence.startsSentence(run)
        let cue = evidence.precedesPersonVerb(run) || evidence.followsPersonVerb(run) || evidence.precedesBirthDate(run)
            || !common && (evidence.precedesKin(run) || !classes.contains(.country) && evidence.followsKin(run))
        if !common || classes.contains(.given), evidence.isQuotedNickname(run) { return 0.7 }
        // "Elle présente …", "Til udlejer …": a function word of another language opening a sentence that goes on.
        if classes.contains(.functionWord), !classes.contains(.frequentGiven), !inSentence, !cue,
            evidence.precedesLowerCaseWord(run)
        {
            return nil
        }
        let greeted = !common && evidence.followsGreeting(run)
        if classes.contains(.given) {
            if !common, run.words[0] == run.last, evidence.length(word) >= 3 { return 0.7 }
            if classes.contains(.frequentGiven), inSentence || cue { return 0.65 }
            // A given name that is an English word too, greeted: "Hi Lea,", "Bonjour Will,".
            let reported = evidence.precedesReportedSpeech(run)
            return cue && inSentence || evidence.followsGreeting(run) || reported ? 0.6 : nil
        }
        if classes.contains(.surname) {
            return cue && (!common || inSentence) || greeted || evidence.precedesReportedSpeech(run) ? 0.6 : nil
        }
        // "Bijdrage is vanochtend …": a word in no list opening a sentence of another language.
        if classes.isEmpty, !inSentence, !greeted, evidence.precedesForeignCopula(run) { return nil }
        return (cue || greeted) && !common ? 0.6 : nil
    }

    /// The confidence that a run of two or more words is a full name.
    private static func judgeFullName(_ evidence: NameEvidence, _ run: NameRun, labelled: Bool) -> Double? {
        let firstClasses = run.classes[0]
        let lastClasses = run.classes[run.count - 1]
        let firstPlain = firstClasses.isPlainWord
        var names = 0
        var distinctive = 0
        for w in 0..<run.count where run.classes[w].isName {
            names += 1
            if !run.classes[w].isPlainWord { distinctive += 1 }
        }
        if distinctive > 0, firstClasses.contains(.given) || lastClasses.contains(.surname) {
            return firstPlain && !firstClasses.contains(.given) ? 0.7 : 0.85
        }
        if evidence.isVietnameseName(run) { return 0.85 }
        // A Vietnamese name written with its marks, surname first, whose given name no list holds: "Phạm Minh Tuấn".
        if run.count == 3, !firstPlain, firstClasses.contains(.surname), run.classes[1].contains(.given),
            !run.classes[1].isPlainWord, evidence.isBeyondASCII(run.words[0]), evidence.isBeyondASCII(run.words[2])
        {
            return 0.75
        }
        // A surname with letters beyond ASCII first, then three or two given names or words so: "Nguyễn Ngọc Minh
        // Thư", "Trần Quốc Bảo", "Коваленко Олені Петрівні" (but not the city of "Hồ Chí Minh").
        if (3...4).contains(run.count), firstClasses.contains(.surname), evidence.isBeyondASCII(run.words[0]),
            (1..<run.count).allSatisfy({ w in
                run.classes[w].contains(.given) && !run.classes[w].contains(.common)
                    || evidence.isBeyondASCII(run.words[w])
            }),
            (1..<run.count).contains(where: { evidence.isBeyondASCII(run.words[$0]) }),
            !evidence.namesHoChiMinhCity(run)
        {
            return 0.75
        }
        if !firstPlain, lastClasses.contains(.surname) { return 0.75 }
        if evidence.isSignature(run), !firstPlain || !lastClasses.isPlainWord { return 0.8 }  // "Best regards,⏎…"
        // "Boitumelo Kgosietsile, Accounts Officer"; "CURRICULUM VITAE⏎Lerato Refilwe Mokoena".
        if !firstPlain, evidence.precedesRole(run) || evidence.followsCVHeading(run) { return 0.75 }
        if labelled, !firstPlain { return 0.8 }
        if labelled, !lastClasses.isPlainWord { return 0.75 }  // "Pacient: Ion Ceban"
        if names == run.count { return 0.6 }
        let cue = evidence.precedesPersonVerb(run) || evidence.followsPersonVerb(run)
        if !firstPlain, !lastClasses.isPlainWord, cue { return 0.65 }
        return nil
    }

    /// "it's zsófia", "ask mehmet öztürk", "hi carol,", "dr patel": after a cue word of a chat message, a
    /// lower-case given name that is no English word (of three letters only with a surname after it), with the
    /// surname after it if one follows; a frequent given name set apart by a comma after a greeting; a surname
    /// after a title. Returns its first and last token.
    private static func lowerCaseName(_ evidence: NameEvidence, _ context: ScanContext, after cue: Int) -> (Int, Int)? {
        // A title in lower case may keep its period ("dr. hina"), a closing that is a cue ("thanks", "thx") its comma
        // when the name ends the signature ("thanks, danielle okafor", "thx — minh").
        let title = context.has(cue, .honorific)
        let signed = context.has(cue, .closing)
            && (context.isSymbol(cue + 1, 0x2C) || context.isSymbol(cue + 1, 0x2D) || context.isLongDash(cue + 1))
        // The name may stand in brackets after a role: "my manager (kevin o'neil)"; or after an article, as Spanish
        // and Portuguese speech puts one before a name ("soy la vicky", "sou a júlia").
        let first = context.isSymbol(cue + 1, 0x2E) && title || signed || context.isSymbol(cue + 1, 0x28)
            || articleBeforeName(context, after: cue)
            ? cue + 2 : cue + 1
        // A signature's initial and surname in lower case: "sincerely, l. fontaine", "regards,⏎j. smith".
        let tokens = context.tokens
        if signed, first + 2 < tokens.count, tokens[first].isWord, tokens[first].length == 1,
            !tokens[first].isCapitalized, context.isSymbol(first + 1, 0x2E), tokens[first + 1].isAttached,
            !tokens[first + 2].startsLine, isLowerNameWord(context, first + 2),
            evidence.classes(first + 2).contains(.surname),
            first + 3 == tokens.count || tokens[first + 3].startsLine || !tokens[first + 3].isWord
        {
            return (first, first + 2)
        }
        // A signature's name may stand on the line after its closing ("Pozdrawiam,⏎marek").
        guard first < context.tokens.count, !endsInGraveAccent(context, first),
            isLowerNameWord(context, first) || signed && context.tokens[first].startsLine
                && isLowerNameWord(context, first, onItsLine: true)
        else { return nil }
        let given = evidence.classes(first)
        guard !given.contains(.country) else { return nil }
        // A particle may come before the surname: "jomar dela cruz", "fatma van dijk".
        let particle = first + 2 < context.tokens.count && context.has(first + 1, .nameParticle)
            && !context.tokens[first + 1].isCapitalized && !context.tokens[first + 2].startsLine
            && isLowerNameWord(context, first + 2) && isSurnameOnly(evidence, first + 2)
        let next = particle ? first + 2 : first + 1
        let surnameFollows = next < context.tokens.count && isLowerNameWord(context, next)
            && isSurnameOnly(evidence, next) && wordsAfterNames[hash: context.tokens[next].hash] == nil
        if signed {
            let end = surnameFollows ? next + 1 : first + 1
            guard end == context.tokens.count || context.tokens[end].startsLine || !context.tokens[end].isWord
            else { return nil }
        }
        // A firm or a hospital named after a person is no one ("admitted to cleveland clinic", "to henry ford
        // hospital"), nor the start of an e-mail address ("to bridget_malone88@…").
        let after = surnameFollows ? next + 1 : first + 1
        if after < context.tokens.count, context.has(after, .organization) || after + 1 < context.tokens.count
            && context.tokens[after].isWord && context.has(after + 1, .organization)
            || context.tokens[after].isAttached && (context.isSymbol(after, 0x5F) || context.isSymbol(after, 0x40))
        {
            return nil
        }
        let length = evidence.length(first)
        if given.contains(.given), !given.contains(.common), length >= 4 || length == 3 && surnameFollows {
            return (first, surnameFollows ? next : first)
        }
        // A frequent given name that is an English word too, before a surname that is none: "soy maria lopez".
        if given.contains(.frequentGiven), surnameFollows { return (first, next) }
        if title, given.contains(.surname), !given.contains(.common) { return (first, first) }
        let setApart = context.isSymbol(next, 0x2C) || context.isSymbol(next, 0x21)
        if setApart, given.contains(.frequentGiven), NameEvidence.isGreeting(context.tokens[cue]) {
            return (first, first)
        }
        return nil
    }

    /// Whether word `k` ends in a vowel with a grave accent (à, è, ì, ò, ù; C3 A0, A8, AC, B2, B9), as Italian verbs
    /// of the future do, which follow "si" ("si terrà"), the Tagalog cue before a name.
    private static func endsInGraveAccent(_ context: ScanContext, _ k: Int) -> Bool {
        let end = context.tokens[k].end
        guard context.tokens[k].length >= 3, context.bytes[end - 2] == 0xC3 else { return false }
        switch context.bytes[end - 1] {
        case 0xA0, 0xA8, 0xAC, 0xB2, 0xB9: return true
        default: return false
        }
    }

    /// Whether word `k` is a surname and no English word.
    private static func isSurnameOnly(_ evidence: NameEvidence, _ k: Int) -> Bool {
        let classes = evidence.classes(k)
        return classes.contains(.surname) && !classes.contains(.common)
    }

    /// "kwame's wife had the baby": a lower-case given name in the possessive right before a relative's word, no
    /// English word (a frequent given name may be one, but not after an article: "the bill's father" is none).
    /// The caller has seen the possessive at `k - 1`.
    private static func relativesOwner(_ evidence: NameEvidence, _ context: ScanContext, kin k: Int) -> Int? {
        let owner = k - 1
        guard !context.tokens[k].startsLine, isLowerNameWord(context, owner), evidence.length(owner) >= 3,
            NameEvidence.kinWords[hash: context.tokens[k].hash] != nil
        else { return nil }
        let classes = evidence.classes(owner)
        guard classes.contains(.given), !classes.contains(.country) else { return nil }
        if !classes.contains(.common) { return owner }
        let article = owner >= 1 && context.has(owner - 1, .determiner)
        return classes.contains(.frequentGiven) && !article ? owner : nil
    }

    /// Whether an article or a person's "a" follows the cue at `cue`: "soy la vicky", "dile a maría".
    private static func articleBeforeName(_ context: ScanContext, after cue: Int) -> Bool {
        guard cue + 2 < context.tokens.count, introductionsBeforeArticle[hash: context.tokens[cue].hash] != nil
        else { return false }
        return context.tokens[cue + 1].isWord && articles[hash: context.tokens[cue + 1].hash] != nil
    }

    /// Words that follow a name in a request of other languages and are surnames somewhere too: Spanish and
    /// Portuguese "que" (that), Swedish and Norwegian "om" (about).
    private static let wordsAfterNames = KeywordTable(["que", "om"].map { ($0, ()) })

    /// "I am" in Spanish and Portuguese, and the requests of ``Lexicon/requestsBeforeArticle``.
    private static let introductionsBeforeArticle = KeywordTable(
        (["soy", "sou"] + Lexicon.requestsBeforeArticle).map { ($0, ()) })
    private static let articles = KeywordTable(["la", "el", "a", "o", "à", "al", "ao"].map { ($0, ()) })

    private static func isLowerNameWord(_ context: ScanContext, _ k: Int, onItsLine: Bool = false) -> Bool {
        let token = context.tokens[k]
        return token.isWord && !token.isCapitalized && (onItsLine || !token.startsLine)
            && !token.flags.contains(.hasDigit) && token.lexicon.isEmpty
    }

    /// "Fuentes, Morgan and Stokes", "Smith & Wesson": single capitalized words joined by commas and a
    /// final "and" or "&" name a firm; returns the last token of such a list.
    private static func organizationListEnd(_ context: ScanContext, _ run: NameRun) -> Int? {
        guard run.count == 1, run.first == run.last else { return nil }
        var k = run.last + 1
        var members = 1
        while members < 6, context.isSymbol(k, 0x2C), isLoneNameWord(context, k + 1) {
            k += 2
            members += 1
        }
        if members > 1, context.isSymbol(k, 0x2C) { k += 1 }
        let ampersand = context.isSymbol(k, 0x26)
        let and = context.has(k, .and)
        guard ampersand || (and && members >= 2), isLoneNameWord(context, k + 1) else { return nil }
        return k + 1
    }

    private static func isLoneNameWord(_ context: ScanContext, _ k: Int) -> Bool {
        NameRun.isNameWord(context, k) && !NameRun.isNameWord(context, k + 1)
    }

    /// Whether a saint's word ("Santa", "San", "São", "Saint", "St.") comes before word `i`: "Hospital de Santa Maria"
    /// names a place, not the Maria found before.
    private static func isAfterSaint(_ context: ScanContext, _ i: Int) -> Bool {
        var k = i - 1
        if context.isSymbol(k, 0x2E), context.tokens[k].isAttached { k -= 1 }
        return k >= 0 && context.tokens[k].isWord && saints[hash: context.tokens[k].hash] != nil
    }

    private static let saints = KeywordTable(
        ["santa", "san", "santo", "sao", "saint", "sainte", "st", "sta", "sto", "sankt", "sint"].map { ($0, ()) })

    /// The one-word runs (`lone`, token indices) that equal a part of a name found elsewhere in the text
    /// ("Hancock" after or before "Dana Hancock"), but for the Vietnamese words that fold to one ("Trân trọng" after
    /// "Trần Ngọc Ánh") and a saint's name of a place ("Santa Maria").
    private static func findLaterMentions(
        _ context: ScanContext, _ candidates: inout CandidateList, of parts: UnsafeBufferPointer<UInt64>,
        among lone: UnsafeBufferPointer<Int>
    ) {
        let evidence = NameEvidence(context)
        for i in lone
        where parts.contains(context.tokens[i].stemHash) && !context.has(i + 1, .organization)
            && !isAfterSaint(context, i) && !evidence.isVietnameseWord(i)
        {
            candidates.add(.person, context.tokens[i].start, context.tokens[i].stemEnd, 0.75)
        }
    }
}
