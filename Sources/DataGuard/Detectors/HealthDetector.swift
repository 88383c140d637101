/// Finds conditions, diagnoses and medications: phrases of the ICD-10-CM vocabulary ("congestive heart
/// failure"), medication names, and clinical abbreviations written in capitals ("PTSD") or opening with two
/// ("AFib"), or in lower case when they are no English word ("copd"), but not after a percentage ("94% RA", on
/// room air).
enum HealthDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        let vocabulary = context.vocabulary
        var i = 0
        var lastCondition = -2  // the last token of the latest condition found
        var defined: [UInt64] = []  // abbreviations the text defines as something else ("… Survey (ACS)")
        while i < context.tokens.count {
            let token = context.tokens[i]
            // Numbers and signs, a third of the tokens, open nothing here.
            guard token.isWord else {
                i += 1
                continue
            }
            // One filter probe rules out nearly every word before anything else is looked at: it holds the
            // first words of the conditions and the medications, so a word it rules out is neither.
            // Words of one or two letters open no condition except as capitals ("MS").
            guard token.length > 2 || token.flags.contains(.allCaps),
                case let listed = vocabulary.healthFilter.mayContain(token.hash),
                listed || token.lexicon.contains(.conditionAbbreviation), context.startsCleanly(i)
            else {
                if token.length == 1, let end = clostridioidesEnd(context, i) {
                    candidates.add(.healthCondition, tokens: i, end, 0.75)  // "C. diff"
                    lastCondition = end
                    i = end
                } else if token.flags.contains(.innerHyphen), token.length == 5, isDiabetesWithType(context, token) {
                    candidates.add(.healthCondition, tokens: i, i, 0.75)  // "DM-II"
                    lastCondition = i
                } else if token.flags.contains(.innerHyphen), let end = joinedMedicineEnd(context, token) {
                    candidates.add(.healthCondition, token.start, end, 0.75)
                } else if token.length >= 8, isInflectedMedicine(context, token), context.endsCleanly(i) {
                    candidates.add(.healthCondition, tokens: i, i, 0.7)
                } else if endsAsCondition(context, token), context.startsCleanly(i), context.endsCleanly(i) {
                    candidates.add(.healthCondition, tokens: i, i, 0.6)
                }
                i += 1
                continue
            }
            if listed,
                let last = PhraseMatcher.longest(context, atFiltered: i, in: vocabulary.conditions, numbered: true)
                    ?? sidedInjuryEnd(context, i),
                !isName(context, i, last)
            {
                // "allergy" and "allergies", seven and nine letters, are looked up only at those lengths.
                if !namesService(context, after: last), !precedesLabResult(context, last),
                    i < last || token.length != 7 && token.length != 9 || !isAllergyHeadingOrNone(context, i),
                    i < last || !token.flags.contains(.allCaps)
                        || !isDefinedElsewise(context, i, after: lastCondition, &defined)
                {
                    candidates.add(.healthCondition, tokens: i, last, 0.8)
                    lastCondition = last
                }
                i = last + 1
            } else if listed, token.length >= 4, vocabulary.words.classes(of: token.hash).contains(.medication),
                context.endsCleanly(i), labAnalytes[hash: token.hash] == nil, !isCurriculumVitae(context, i),
                !precedesLabResult(context, i)
            {
                candidates.add(.healthCondition, tokens: i, i, 0.75)
                lastCondition = i
                i += 1
            } else if token.lexicon.contains(.conditionAbbreviation), token.hash == dmHash {
                // "DM" alone is a chat's direct message as often: diabetes only with its type.
                if token.flags.contains(.allCaps), let end = diabetesTypeEnd(context, i) {
                    candidates.add(.healthCondition, tokens: i, end, 0.75)
                    lastCondition = end
                    i = end
                }
                i += 1
            } else if token.lexicon.contains(.conditionAbbreviation), case let clean = context.endsCleanly(i),
                case let typed = clean ? nil : context.typeNumberEnd(after: i), clean || typed != nil,
                token.flags.contains(.allCaps) || opensWithTwoCapitals(context, token)
                    || isLowerCaseAbbreviation(context, token),
                !context.tokens.isSymbol(i - 1, 0x25, in: context.bytes)
            {
                // "HIV-1", "HSV-2": with its type's number, the abbreviation yields to a diagnosis field's whole value
                // ("Dx: HIV-1 infection"), which is proposed above its confidence.
                let last = typed ?? i
                // "GAD-7" is the anxiety questionnaire, no diagnosis.
                if isAbbreviationOfCondition(context, i, after: lastCondition), !precedesLabResult(context, last),
                    typed == nil || token.hash != gadHash,
                    !isDefinedElsewise(context, i, after: lastCondition, &defined)
                {
                    candidates.add(.healthCondition, tokens: i, last, typed == nil ? 0.75 : 0.6)
                    lastCondition = last
                }
                i = last + 1
            } else {
                if endsAsCondition(context, token), context.endsCleanly(i) {
                    candidates.add(.healthCondition, tokens: i, i, 0.6)
                }
                i += 1
            }
        }
        // Medicines no list holds, read back from their dose; the tokenizer lists the numbers.
        for n in context.anchors.numeric where n >= 1 && context.tokens[n].isNumber {
            if let first = unlistedMedicine(context, before: n) {
                candidates.add(.healthCondition, tokens: first, n - 1, 0.75)
            }
        }
        if context.anchors.hasElisions { elided(context, &candidates) }
        diagnosisFields(context, &candidates)
        eastAsian(context, &candidates)
        if context.anchors.hasThaiWords { thai(context, &candidates) }
        if context.anchors.hasUncasedWords { khmerAndLao(context, &candidates) }
    }

    /// The last token of "C. diff" or "C. difficile" (Clostridioides difficile) opening at the letter `i`; nil for any
    /// other word.
    private static func clostridioidesEnd(_ context: ScanContext, _ i: Int) -> Int? {
        guard context.bytes[context.tokens[i].start] == 0x43, context.startsCleanly(i), context.isSymbol(i + 1, 0x2E),
            context.tokens[i + 1].isAttached, i + 2 < context.tokens.count, context.tokens[i + 2].isWord,
            !context.tokens[i + 2].startsLine, difficile.contains(context.tokens[i + 2].hash),
            context.endsCleanly(i + 2)
        else { return nil }
        return i + 2
    }

    private static let difficile = ["diff", "difficile"].map { WordHash.of(word: Substring($0).utf8) }

    /// The last token of an injury's name written with its side after its first word ("fractured left clavicle",
    /// "broken right wrist"), read as the listed name without the side; nil for any other word.
    private static func sidedInjuryEnd(_ context: ScanContext, _ i: Int) -> Int? {
        guard i + 2 < context.tokens.count, injuryWords[hash: context.tokens[i].hash] != nil,
            context.tokens[i + 1].isWord, sides[hash: context.tokens[i + 1].hash] != nil
        else { return nil }
        return PhraseMatcher.longest(context, atFiltered: i, in: context.vocabulary.conditions, skipping: i + 1)
    }

    /// The first words of injuries that a side may follow, and the sides.
    private static let injuryWords = KeywordTable(
        ["fractured", "broken", "torn", "dislocated", "sprained", "ruptured"].map { ($0, ()) })
    private static let sides = KeywordTable(["left", "right", "l", "r", "bilateral"].map { ($0, ()) })

    /// Conditions and medicines after the elided article or preposition of French or Italian glued to them by an
    /// apostrophe ("l'insuline", "d'hypertension artérielle", "dell'ipertensione"), read from the byte after it.
    @inline(never)
    private static func elided(_ context: ScanContext, _ candidates: inout CandidateList) {
        let vocabulary = context.vocabulary
        var i = 0
        while i < context.tokens.count {
            let token = context.tokens[i]
            i += 1
            guard let rest = Elision.restStart(context.bytes, token), context.startsCleanly(i - 1) else { continue }
            let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[rest..<token.end]))
            guard vocabulary.healthFilter.mayContain(hash) else { continue }
            if let last = PhraseMatcher.longest(
                context, atFiltered: i - 1, in: vocabulary.conditions, firstHash: hash)
            {
                candidates.add(.healthCondition, rest, context.tokens[last].end, 0.75)
                i = last + 1
            } else if vocabulary.words.classes(of: hash).contains(.medication), context.endsCleanly(i - 1),
                labAnalytes[hash: hash] == nil
            {
                candidates.add(.healthCondition, rest, token.end, 0.75)
            }
        }
    }

    /// "Bisocard 2,5 mg", "Tab. Telma 40 OD", "Puran T4 50mcg", "kaptopril 25 mg": a medicine no list holds, named
    /// by its dose after it or its form before it; the word before the number `number` is its name (with the word
    /// before that when this one is a strength or a release, "T4", "Forte", "SR"). Capitalized, it is no English
    /// word (but "Tab. Ridge" is a medicine); in lower case it ends as the names of medicines do ("-pril", "-ol",
    /// "-at") so that "dosis 5 mg" is none. Returns its first token.
    private static func unlistedMedicine(_ context: ScanContext, before number: Int) -> Int? {
        let tokens = context.tokens
        let w = number - 1
        let word = tokens[w]
        guard word.isWord, !tokens[number].startsLine, !tokens[number].isAttached else { return nil }
        // Without a dose only a brand after its form is one, and a brand is capitalized: most numbers stop here.
        let dosed = DoseContext.precedesDose(tokens, context.bytes, w)
        guard dosed || word.isCapitalized || word.flags.contains(.hasDigit), labAnalytes[hash: word.hash] == nil
        else { return nil }
        let first = DoseContext.brandStart(tokens, endingAt: w)
        let name = tokens[first]
        guard name.isWord, name.length >= 3 else { return nil }
        // After its form a number is its dose whatever follows ("Tab Telma 40 0-0-1"), but "1 tabl. kunine 2" is
        // a count a day.
        if name.isCapitalized, DoseContext.followsDosageForm(tokens, context.bytes, first) { return first }
        return dosed && mayNameMedicine(context, first) ? first : nil
    }

    /// Whether word token `k` may name a medicine that no list holds: no English word nor a word for a dose
    /// ("Dosis", "hasta"), capitalized or ending as the names of medicines do.
    static func mayNameMedicine(_ context: ScanContext, _ k: Int) -> Bool {
        let name = context.tokens[k]
        guard name.isWord, name.length >= 3, labAnalytes[hash: name.hash] == nil, notDoses[hash: name.hash] == nil,
            !context.vocabulary.words.classes(of: name.hash).contains(.common)
        else { return false }
        return name.isCapitalized || name.length >= 5 && endsAsMedicine(context, name)
    }

    /// Words of other languages that come before a dose and name no medicine: "dose", "up to", "daily".
    private static let notDoses = KeywordTable([
        "dosis", "dosierung", "dosering", "dawka", "davka", "dozu", "doza", "annos", "adag", "posologie", "posologia",
        "dosagem", "hasta", "bis", "taglich", "dziennie", "denne", "daglig", "dagligen", "insgesamt", "gesamt",
    ].map { ($0, ()) })

    /// The endings of the names of medicines in many languages, checked on a lower-case word.
    private static let medicineEndings: [[UInt8]] = [
        "ol", "il", "in", "ine", "ina", "an", "at", "ate", "ide", "ido", "one", "ona", "am", "em", "ex", "yl", "ium",
    ].map { Array($0.utf8) }

    private static func endsAsMedicine(_ context: ScanContext, _ word: Token) -> Bool {
        medicineEndings.contains { ending in
            ending.count < word.length
                && ending.indices.allSatisfy { context.bytes[word.end - ending.count + $0] | 0x20 == ending[$0] }
        }
    }

    /// "Curriculum vitae": a brand's name in the drug lists, and the heading of a CV.
    private static func isCurriculumVitae(_ context: ScanContext, _ i: Int) -> Bool {
        i >= 1 && context.tokens[i].hash == vitaeHash && context.tokens[i - 1].hash == curriculumHash
    }

    /// The hashes of "vitae" and "curriculum", which the person detector asks about too.
    static let vitaeHash = WordHash.of(word: Substring("vitae").utf8)
    static let curriculumHash = WordHash.of(word: Substring("curriculum").utf8)

    /// "Enalapril-lääke", "Metformin-hoito", "Ventolin-Spray": a medicine's name joined by a hyphen to a word of
    /// another language. Returns the byte where the medicine's name ends.
    private static func joinedMedicineEnd(_ context: ScanContext, _ token: Token) -> Int? {
        var hyphen = token.start
        while hyphen < token.end, context.bytes[hyphen] != 0x2D { hyphen += 1 }
        guard hyphen < token.end, hyphen - token.start >= 4 else { return nil }
        let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[token.start..<hyphen]))
        let classes = context.vocabulary.words.classes(of: hash)
        guard classes.contains(.medication), labAnalytes[hash: hash] == nil else { return nil }
        return hyphen
    }

    /// "Vitamin D3 11.5 ng/mL", "ACR 38 mg/mmol", "proteinuria 1+", "HBeAg: negative": a test named before its result,
    /// which is no condition or medicine of the patient: a concentration or a ratio after the word `last`, a grade of
    /// plus signs glued to a number, or a negative result, with or without a colon between.
    static func precedesLabResult(_ context: ScanContext, _ last: Int) -> Bool {
        var k = last + 1
        if context.isSymbol(k, 0x3A), context.tokens[k].isAttached { k += 1 }
        guard k < context.tokens.count, !context.tokens[k].startsLine else { return false }
        let token = context.tokens[k]
        if token.isWord { return negativeResults[hash: token.hash] != nil }
        guard token.isNumber else { return false }
        if context.isSymbol(k + 1, 0x2B), context.tokens[k + 1].isAttached { return true }
        var unit = k + 1
        if context.isSymbol(unit, 0x2E) || context.isSymbol(unit, 0x2C), context.tokens[unit].isAttached,
            context.isNumber(unit + 1, digits: 1...4, attached: true)
        {
            unit += 2  // "14.2 ng/mL"
        }
        return unit < context.tokens.count && context.tokens[unit].isWord && !context.tokens[unit].startsLine
            && DoseContext.isConcentration(context.tokens, context.bytes, unit)
    }

    /// A test's negative result in English and the languages of Europe.
    private static let negativeResults = KeywordTable([
        "negative", "neg", "negativ", "negativo", "negativa", "negatif", "negatief", "nonreactive", "non-reactive",
        "undetectable",
    ].map { ($0, ()) })

    /// "escitalopramas", "metforminu", "warfarinem", "metformino": a listed medicine's name with a case ending of the
    /// Baltic or Slavic languages (-as, -us, -is, -em, -om, -a, -u, -o) after its last letter.
    private static func isInflectedMedicine(_ context: ScanContext, _ token: Token) -> Bool {
        guard token.isWord, !token.flags.contains(.hasDigit) else { return false }
        let bytes = context.bytes
        let last = bytes[token.end - 1] | 0x20
        let cut: Int
        switch (bytes[token.end - 2] | 0x20, last) {
        case (0x61, 0x73), (0x75, 0x73), (0x69, 0x73), (0x65, 0x6D), (0x6F, 0x6D): cut = 2  // as us is em om
        case (_, 0x61), (_, 0x75), (_, 0x6F): cut = 1  // a u o
        default: return false
        }
        guard ByteClass.isASCIILetter(bytes[token.end - cut - 1]) else { return false }
        let stem = WordHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<(token.end - cut)]))
        // The health filter holds every medicine: most stems are ruled out before the large table is read.
        return context.vocabulary.healthFilter.mayContain(stem)
            && context.vocabulary.words.classes(of: stem).contains(.medication) && labAnalytes[hash: stem] == nil
    }

    /// Substances that the drug lists hold but that a note names as a laboratory result ("ferritin 6 ng/mL",
    /// "glucosa 287 mg/dL"), in several languages.
    private static let labAnalytes = KeywordTable([
        "glucose", "glucosa", "glicose", "glukose", "glukoza", "glycemia", "glicemia", "creatinine", "creatinina",
        "kreatinin", "ferritin", "ferritina", "ferritine", "calprotectin", "albumin", "albumina", "bilirubin",
        "bilirrubina", "hemoglobin", "haemoglobin", "hemoglobina", "troponin", "troponina", "lactate", "urea",
        "cholesterol", "colesterol", "triglycerides", "hbsag", "procalcitonin", "transferrin", "fibrinogen",
    ].map { ($0, ()) })

    /// An abbreviation written in lower case, as chat messages do ("copd", "t2dm"), when it is no English word
    /// ("add", "ms", "af") nor a word of another language ("sida", a page in Swedish), and has three letters or more.
    private static func isLowerCaseAbbreviation(_ context: ScanContext, _ token: Token) -> Bool {
        token.length >= 3 && !token.isCapitalized && lowerCaseWords[hash: token.hash] == nil
            && !context.vocabulary.words.classes(of: token.hash).contains(.common)
    }

    /// Words of other languages and notes' shorthand that lower-case abbreviations of conditions are written as: Dutch
    /// and German "als" (as, if), the Nordic "mnd" (months), "inh" (inhaled, after a dose), Swedish "sida" (page) and
    /// "kol" (coal; Turkish for arm), a chat's "iam" (I am), the Spanish, Portuguese and Catalan aunt ("tía", "tia"; a
    /// transient ischaemic attack in capitals) and the Portuguese "sãos" (healthy).
    private static let lowerCaseWords = KeywordTable(
        ["als", "mnd", "inh", "sida", "kol", "iam", "tia", "saos"].map { ($0, ()) })

    /// Whether the word "allergies" at `i` heads a field ("Allergies: penicillin", whose allergen is the finding) or
    /// says there are none ("Nil allergies", "No known drug allergies").
    private static func isAllergyHeadingOrNone(_ context: ScanContext, _ i: Int) -> Bool {
        guard allergyWords[hash: context.tokens[i].hash] != nil else { return false }
        if context.isSymbol(i + 1, 0x3A) { return true }
        var k = i - 1
        // "no known drug allergies", "no known allergies", "no allergies", "nil allergies".
        if k >= 0, context.tokens[k].isWord, context.tokens[k].hash == drugHash { k -= 1 }
        if k >= 0, context.tokens[k].isWord, context.tokens[k].hash == knownHash { k -= 1 }
        return k >= 0 && !context.tokens[k + 1].startsLine && context.tokens[k].isWord
            && noneWords[hash: context.tokens[k].hash] != nil
    }

    private static let allergyWords = KeywordTable(["allergies", "allergy"].map { ($0, ()) })
    private static let noneWords = KeywordTable(["no", "nil", "denies", "without"].map { ($0, ()) })
    private static let drugHash = WordHash.of(word: Substring("drug").utf8)
    private static let knownHash = WordHash.of(word: Substring("known").utf8)

    /// Whether the word is "DM-II", diabetes mellitus with its type after a hyphen in one word.
    private static func isDiabetesWithType(_ context: ScanContext, _ token: Token) -> Bool {
        let bytes = context.bytes
        return bytes[token.start] == 0x44 && bytes[token.start + 1] == 0x4D && bytes[token.start + 2] == 0x2D
            && bytes[token.start + 3] == 0x49 && bytes[token.start + 4] == 0x49
    }

    /// The last token of "DM" (token `i`) with its type, as clinical notes shorten diabetes mellitus ("DM II",
    /// "DM 2", "DM-2", "DM type 2", "DM tip 2"); "DM" alone is a chat's direct message as often ("The DM I sent").
    private static func diabetesTypeEnd(_ context: ScanContext, _ i: Int) -> Int? {
        let bytes = context.bytes
        var k = i + 1
        var cued = false
        if context.isSymbol(k, 0x2D), context.tokens[k].isAttached {
            k += 1
            cued = true
            guard k < context.tokens.count, context.tokens[k].isAttached else { return nil }
        } else if k < context.tokens.count, context.tokens[k].isWord, typeWords[hash: context.tokens[k].hash] != nil,
            !context.tokens[k].startsLine
        {
            k += 1
            cued = true
        }
        guard k < context.tokens.count, !context.tokens[k].startsLine, context.endsCleanly(k) else { return nil }
        let token = context.tokens[k]
        let first = bytes[token.start]
        if token.isNumber { return token.length == 1 && (first == 0x31 || first == 0x32) ? k : nil }
        // "II", or "I" after "type" or a hyphen ("The DM I sent" is a message).
        guard token.isWord, token.length <= 2, first == 0x49,
            token.length == 2 ? bytes[token.start + 1] == 0x49 : cued
        else { return nil }
        return k
    }

    /// "Type" in English and as other languages write it before a number: "typ", "tip" (Turkish, Romanian, the
    /// South Slavic languages), "tipo", "tipe", "tyyppi".
    private static let typeWords = KeywordTable(["type", "typ", "tip", "tipo", "tipe", "tyyppi"].map { ($0, ()) })
    private static let dmHash = WordHash.of(word: Substring("dm").utf8)
    private static let gadHash = WordHash.of(word: Substring("gad").utf8)

    /// Whether the condition that ends at token `last` names a clinic, a department or a programme rather than
    /// someone's illness: "Diabetes Outpatients", "Fracture clinic", "TB/HIV clinic", "diabetes OPD".
    static func namesService(_ context: ScanContext, after last: Int) -> Bool {
        let tokens = context.tokens
        var k = last + 1
        // "TB/HIV clinic": a second condition after a slash.
        if tokens.isSymbol(k, 0x2F, in: context.bytes), tokens[k].isAttached, k + 2 < tokens.count,
            tokens[k + 1].isAttached, tokens[k + 1].isWord
        {
            k += 2
        }
        guard k < tokens.count, tokens[k].isWord, !tokens[k].startsLine else { return false }
        return serviceWords[hash: tokens[k].hash] != nil
    }

    /// Words after a condition that make it the name of a clinic, a department, a programme or a charity.
    private static let serviceWords = KeywordTable(
        [
            "clinic", "clinics", "opd", "outpatients", "outpatient", "department", "dept", "programme", "program",
            "foundation", "association", "society", "awareness", "centre", "center", "service", "services",
            // Uzbek "dasturi" (programme), German "Ambulanz" and "Sprechstunde" (an outpatient clinic, its hours).
            "dasturi", "ambulanz", "sprechstunde",
        ].map { ($0, ()) })

    /// Whether abbreviation `i` names a condition where it stands: not the same condition or medicine again in
    /// brackets after it ("Herzinsuffizienz (HFrEF)", "Priorix (MMR)"), not a title before a doctor's name (the
    /// German "OA Dr." for a senior physician) nor itself a title ("MS. NGUYEN"), not a word of a heading in capitals
    /// with Vietnamese marks ("GIẤY RA VIỆN", discharge paper), and not the name of a clinic ("TB/HIV clinic").
    private static func isAbbreviationOfCondition(_ context: ScanContext, _ i: Int, after lastCondition: Int) -> Bool {
        let tokens = context.tokens
        if i == lastCondition + 2, tokens.isSymbol(i - 1, 0x28, in: context.bytes),
            tokens.isSymbol(i + 1, 0x29, in: context.bytes)
        {
            return false
        }
        if context.has(i + 1, .honorific), tokens[i + 1].isCapitalized { return false }
        // A title in capitals before a name in capitals: "Dear MS. NGUYEN THI HUONG", not "Hx of MS. Patient …".
        if context.has(i, .honorific), tokens.isSymbol(i + 1, 0x2E, in: context.bytes), i + 2 < tokens.count,
            tokens[i + 2].flags.contains(.allCaps),
            !context.vocabulary.words.classes(of: tokens[i + 2].hash).isDisjoint(with: [.given, .surname])
        {
            return false
        }
        for k in stride(from: i - 1, through: i + 1, by: 2) where k >= 0 && k < tokens.count && tokens[k].isWord {
            if tokens[k].flags.contains(.allCaps), tokens[k].flags.contains(.beyondASCII),
                !tokens[max(i, k)].startsLine
            {
                return false
            }
        }
        return !namesService(context, after: i)
    }

    /// Whether an abbreviation is written with capitals and small letters both, its first two capitals ("AFib").
    private static func opensWithTwoCapitals(_ context: ScanContext, _ token: Token) -> Bool {
        ByteClass.isASCIIUpper(context.bytes[token.start]) && ByteClass.isASCIIUpper(context.bytes[token.start + 1])
    }

    /// A one-word match that is a capitalized given name or surname is taken for the name; so is the Arabic "اسم"
    /// (name, of a form's "اسم المريض"), which folds as the Persian "آسم" (asthma) does.
    private static func isName(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        let token = context.tokens[first]
        guard first == last else { return false }
        if token.length == 6, context.hasBytes(arabicName, at: token.start) { return true }
        return token.isCapitalized
            && !context.vocabulary.words.classes(of: token.hash).isDisjoint(with: [.given, .surname])
    }

    private static let arabicName = Array("اسم".utf8)
}
