/// A diagnosis as a note gives it: the value of a "Dx:", "Diagnosis:", "Diagnóstico principal:", "Diagnose:",
/// "Dg.:", "Rozpoznanie:" or "Tanı:" field, cut at commas, semicolons, brackets and "and" into its conditions, each
/// of them health information whether or not a list holds it, when it is short and a word of it is built as the
/// names of conditions are ("Diagnose: akute Infektion der oberen Atemwege", "cardiopatia ipertensiva"; not
/// "stationäre Aufnahme" or "moderate risk").
extension HealthDetector {
    /// Proposes the pieces of every diagnosis field that no condition of the lists overlaps, below their
    /// confidence; a piece goes beyond a word found by its ending alone ("cardiopatia ipertensiva").
    static func diagnosisFields(_ context: ScanContext, _ candidates: inout CandidateList) {
        for colon in context.anchors.colons where diagnosisLabelBefore(context, colon) {
            var k = colon + 1
            var pieces = 0
            while pieces < 6, let (first, last) = piece(context, from: k) {
                let start = context.tokens[first].start
                let end = context.tokens[last].end
                if mayBeCondition(context, first, last),
                    !candidates.all.contains(where: {
                        $0.type == .healthCondition && $0.confidence > 0.6 && $0.start < end && start < $0.end
                    })
                {
                    candidates.add(.healthCondition, tokens: first, last, 0.65)
                }
                pieces += 1
                guard let next = pieceAfter(context, last) else { break }
                k = next
            }
        }
    }

    /// Whether a diagnosis label ends at most three words before the colon at `colon`, on its line: "Dx:",
    /// "Dg.:", "Diagnóstico principal:", "Final diagnosis:", "Diagnosi di dimissione:".
    private static func diagnosisLabelBefore(_ context: ScanContext, _ colon: Int) -> Bool {
        var k = colon - 1
        if context.isSymbol(k, 0x2E), k >= 1, context.tokens[k].isAttached { k -= 1 }
        let last = k
        while k >= 0, last - k < 3, context.tokens[k].isWord {
            if diagnosisLabels[hash: context.tokens[k].hash] != nil { return true }
            if context.tokens[k].startsLine { return false }
            k -= 1
        }
        return false
    }

    /// "Diagnosis" and its abbreviations in English, the Romance, Germanic, Slavic and Baltic languages, Hungarian,
    /// Turkish, Finnish and Indonesian; a clinician's impression and assessment.
    private static let diagnosisLabels = KeywordTable(
        [
            "dx", "ddx", "diagnosis", "diagnoses", "diagnosi", "diagnostico", "diagnosticos", "diagnostic",
            "diagnostics", "diagnose", "diagnosen", "diagnoza", "diagnozy", "diagnosa", "diagnostik", "diagnoosi",
            "diagnozis", "diagnoos", "diagnoze", "dg", "rozpoznanie", "rozp", "tani", "teshis", "impression",
            "assessment", "diagnostika",
        ].map { ($0, ()) })

    /// The first and last token of the piece of a field's value that starts at `k`, on the label's line: words,
    /// numbers and hyphens up to a comma, semicolon, period, bracket, colon, slash, dash, a gap of two spaces, a
    /// word for "and", a number that is no type's or stage's (a tooth's, "pulpitt 36"), or six words.
    private static func piece(_ context: ScanContext, from k: Int) -> (Int, Int)? {
        let tokens = context.tokens
        guard k < tokens.count, !tokens[k].startsLine, tokens[k].isWord, !tokens[k].flags.contains(.hasDigit) else {
            return nil
        }
        var last = k
        var words = 1
        var j = k + 1
        while j < tokens.count, !tokens[j].startsLine, tokens[j].start - tokens[j - 1].end < 2 {
            let token = tokens[j]
            if token.isWord {
                guard words < 6, conjunctions[hash: token.hash] == nil else { break }
                words += 1
            } else if token.kind == .symbol {
                // A hyphen inside a word's run ("L4-L5") goes on; any other sign ends the piece.
                guard context.isSymbol(j, 0x2D), token.isAttached, j + 1 < tokens.count, tokens[j + 1].isAttached
                else { break }
            } else if !token.isNumber || token.length > 2
                || !token.isAttached && numberedKinds[hash: tokens[j - 1].hash] == nil
            {
                break  // a number ends the piece but a type's or a stage's ("type 2") or one joined ("HIV-1")
            }
            last = j
            j += 1
        }
        return (k, last)
    }

    /// The first token of the piece after the one ending at `last`: after a comma, a semicolon, or a word for
    /// "and" on the same line.
    private static func pieceAfter(_ context: ScanContext, _ last: Int) -> Int? {
        let tokens = context.tokens
        let k = last + 1
        guard k + 1 < tokens.count, !tokens[k].startsLine, !tokens[k + 1].startsLine else { return nil }
        if context.isSymbol(k, 0x2C) || context.isSymbol(k, 0x3B) { return k + 1 }
        if tokens[k].isWord, conjunctions[hash: tokens[k].hash] != nil { return k + 1 }
        return nil
    }

    /// "And" in English, Spanish, Portuguese, Italian, French, German, the Slavic and Nordic languages, Dutch and
    /// Turkish, and "with" ("… with hypoxia").
    private static let conjunctions = KeywordTable(
        ["and", "y", "e", "et", "und", "i", "a", "og", "och", "en", "ve", "oraz", "with"].map { ($0, ()) })

    /// Whether tokens `first...last` may name a condition: five words at most, no word saying that the diagnosis
    /// is elsewhere or not yet made ("pending", "see above"), and a word with a stem of the names of conditions
    /// ("-itis", "-osis", "infect", "fractur", "insuffic" …).
    private static func mayBeCondition(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        var words = 0
        var shaped = false
        for k in first...last {
            let token = context.tokens[k]
            guard token.isWord else { continue }
            words += 1
            if notDiagnoses[hash: token.hash] != nil || words > 5 { return false }
            if !shaped, token.length >= 4 { shaped = hasConditionStem(context, token) }
        }
        return shaped
    }

    /// Words that a number follows in a condition's name: "type 2", "stage 3", "grade II".
    private static let numberedKinds = KeywordTable(
        ["type", "typ", "tipo", "typu", "stage", "stadium", "estadio", "grade", "grado", "klasse", "class"]
            .map { ($0, ()) })

    /// Whether the word, in lower case and with its Latin letters' marks left out as the tokenizer folds them,
    /// holds a stem of the names of conditions in the languages of Europe.
    private static func hasConditionStem(_ context: ScanContext, _ token: Token) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(token.length)
        var k = token.start
        while k < token.end {
            let b = context.bytes[k]
            if b >= 0xC3, b <= 0xC8, k + 1 < token.end,
                case let letter = ByteClass.foldedLatin(b, context.bytes[k + 1]), letter != 0
            {
                folded.append(letter)
                k += 2
            } else {
                folded.append(b < 0x80 ? b | (ByteClass.isASCIIUpper(b) ? 0x20 : 0) : b)
                k += 1
            }
        }
        return conditionStems.contains { stem in
            stem.count <= folded.count
                && (0...(folded.count - stem.count)).contains { i in folded[i..<(i + stem.count)].elementsEqual(stem) }
        }
    }

    /// Stems of the names of conditions in English and the languages of Europe, folded as
    /// ``hasConditionStem(_:_:)`` folds a word.
    private static let conditionStems: [[UInt8]] = [
        "itis", "osis", "ose", "emia", "amie", "emie", "pathy", "patia", "pathie", "oma", "algia", "plegia", "trophy",
        "ectomy", "ektomie", "ectomia", "plasty", "iasis", "ismus", "penia", "uria", "rrh", "syndrom", "infect",
        "infekt", "infecc", "insuffic", "insuffiz", "insufic", "failure", "disease", "krankheit", "enfermedad",
        "maladie", "doenca", "malattia", "choroba", "fractur", "fraktur", "cancer", "karzinom", "carcinom", "tumor",
        "tumour", "diabet", "hypertens", "ipertens", "hipertens", "stenos", "ulcer", "ulkus", "anemi", "anaemi",
        "asthm", "astm", "epilep", "depress", "anxi", "crisis", "crise", "krise", "injur", "lesion", "sprain",
        "reflux", "hernia", "hernie", "palsy", "pares", "infarct", "infarkt", "embol", "thromb", "trombo", "sepsis",
        "pneumon", "neumon", "polmon", "apnoe", "apnea", "obesit", "dementi", "delir", "psychos", "schizo",
        "bipolar", "autis", "hepat", "cirrh", "colitis", "dermat", "arthr", "artr", "migr", "convuls", "seizure",
        "krampf", "decompens", "dekompens", "pulpit", "calcul", "lith", "iazis", "pankreat",
    ].map { Array($0.utf8) }

    /// Words that say a diagnosis field holds none.
    private static let notDiagnoses = KeywordTable(
        [
            "pending", "see", "none", "nil", "unknown", "tbd", "tbc", "deferred", "unclear", "above", "below",
            "attached", "pendiente", "ninguno", "ninguna", "aucun", "aucune", "keine", "nessuna", "nessuno", "brak",
        ].map { ($0, ()) })
}
