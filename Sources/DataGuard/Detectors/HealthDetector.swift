/// Finds conditions, diagnoses and medications: phrases of the ICD-10-CM vocabulary ("congestive heart
/// failure"), medication names, and clinical abbreviations written in capitals ("PTSD"), or in lower case
/// when they are no English word ("copd").
enum HealthDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        let vocabulary = context.vocabulary
        var i = 0
        while i < context.tokens.count {
            let token = context.tokens[i]
            // One filter probe rules out nearly every word before anything else is looked at: it holds the
            // first words of the conditions and the medications, so a word it rules out is neither.
            // Words of one or two letters open no condition except as capitals ("MS").
            guard token.isWord, token.length > 2 || token.flags.contains(.allCaps),
                case let listed = vocabulary.healthFilter.mayContain(token.hash),
                listed || token.lexicon.contains(.conditionAbbreviation), context.startsCleanly(i)
            else {
                if token.flags.contains(.innerHyphen), let end = joinedMedicineEnd(context, token) {
                    candidates.add(.healthCondition, token.start, end, 0.75)
                }
                i += 1
                continue
            }
            if listed, let last = PhraseMatcher.longest(context, atFiltered: i, in: vocabulary.conditions),
                !isName(context, i, last)
            {
                candidates.add(.healthCondition, tokens: i, last, 0.8)
                i = last + 1
            } else if listed, token.length >= 4, vocabulary.words.classes(of: token.hash).contains(.medication),
                context.endsCleanly(i), labAnalytes[hash: token.hash] == nil
            {
                candidates.add(.healthCondition, tokens: i, i, 0.75)
                i += 1
            } else if token.lexicon.contains(.conditionAbbreviation), context.endsCleanly(i),
                token.flags.contains(.allCaps) || isLowerCaseAbbreviation(context, token)
            {
                candidates.add(.healthCondition, tokens: i, i, 0.75)
                i += 1
            } else {
                i += 1
            }
        }
    }

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

    /// Substances that the drug lists hold but that a note names as a laboratory result ("ferritin 6 ng/mL",
    /// "glucosa 287 mg/dL"), in several languages.
    private static let labAnalytes = KeywordTable([
        "glucose", "glucosa", "glicose", "glukose", "glukoza", "glycemia", "glicemia", "creatinine", "creatinina",
        "kreatinin", "ferritin", "ferritina", "ferritine", "calprotectin", "albumin", "albumina", "bilirubin",
        "bilirrubina", "hemoglobin", "haemoglobin", "hemoglobina", "troponin", "troponina", "lactate", "urea",
        "cholesterol", "colesterol", "triglycerides", "hbsag", "procalcitonin", "transferrin", "fibrinogen",
    ].map { ($0, ()) })

    /// An abbreviation written in lower case, as chat messages do ("copd", "t2dm"), when it is no English word
    /// ("add", "ms", "af") and has three letters or more.
    private static func isLowerCaseAbbreviation(_ context: ScanContext, _ token: Token) -> Bool {
        token.length >= 3 && !token.isCapitalized
            && !context.vocabulary.words.classes(of: token.hash).contains(.common)
    }

    /// A one-word match that is a capitalized given name or surname is taken for the name.
    private static func isName(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        let token = context.tokens[first]
        return first == last && token.isCapitalized
            && !context.vocabulary.words.classes(of: token.hash).isDisjoint(with: [.given, .surname])
    }
}
