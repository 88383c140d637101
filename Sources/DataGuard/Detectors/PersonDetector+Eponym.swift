/// Conditions named after the people who described them: a run of capitalized words that reads as a name, right
/// before a noun that heads a condition's name ("Kienböck disease", "Erb's palsy", "De Quervain tenosynovitis",
/// "Hill-Sachs lesion"), is the condition and no person, whether or not a list holds it.
extension PersonDetector {
    /// The first and last token of the condition when `run` and the noun after it name an eponymous condition; nil
    /// otherwise. The run has three name words at most and no title before it ("Dr. Jones fracture clinic"), the noun
    /// follows it on its line in lower case, and the whole names no clinic ("Jones fracture clinic"). A possessive
    /// may not be a given name's ("Maria's disease" is hers), English words that open the run and are no given names
    /// are left out ("Known Dupuytren contracture", "Old Kienböck disease"), and an English word that is no name
    /// ends no eponym ("Heart disease" is left to the lists); nor do a given name and a surname, particles before
    /// them aside ("Mary Jones disease management lead" names her; "De Quervain" is a surname after its particle).
    static func eponymousCondition(_ evidence: NameEvidence, _ context: ScanContext, _ run: NameRun)
        -> (first: Int, last: Int)?
    {
        let k = run.last + 1
        guard k < context.tokens.count, case let next = context.tokens[k], next.isWord, next.length >= 4,
            !next.isCapitalized, !next.startsLine, !next.isAttached, run.count <= 3, !run.hasTrailingInitials,
            run.words[run.count - 1] == run.last, conditionHeads[hash: next.hash] != nil
        else { return nil }
        if run.isPossessive, run.classes[run.count - 1].contains(.given) { return nil }
        var w = 0
        while w < run.count - 1, run.classes[w].contains(.common), !run.classes[w].contains(.given) { w += 1 }
        var opening = w
        while opening < run.count - 1, context.has(run.words[opening], .nameParticle) { opening += 1 }
        let last = run.classes[run.count - 1]
        guard !last.contains(.common) || !last.isDisjoint(with: [.given, .surname]),
            opening == run.count - 1 || !run.classes[opening].contains(.given), !evidence.followsTitle(run),
            !HealthDetector.namesService(context, after: k)
        else { return nil }
        return (w == 0 ? run.first : run.words[w], k)
    }

    /// Whether `run` names a sign, test, scale or manoeuvre after the person who described it ("Murphy's sign",
    /// "Braden scale", "Romberg test", "Valsalva manoeuvre"): one or two name words right before such a noun in lower
    /// case, after no title, and neither a given name and a surname ("Anna Weber test results") nor, before a noun
    /// that is a verb too, a given name that is no possessive ("have Maria sign here").
    static func namesEponymousTest(_ evidence: NameEvidence, _ context: ScanContext, _ run: NameRun) -> Bool {
        let k = run.last + 1
        // A scale's author alone before its score on the same line: "Braden 18", "Norton: 12".
        if run.count == 1, case let value = context.isSymbol(k, 0x3A) ? k + 1 : k, value < context.tokens.count,
            context.tokens[value].isNumber, !context.tokens[value].startsLine, !run.isPossessive,
            scoreAuthors[hash: context.tokens[run.last].hash] != nil
        {
            return true
        }
        guard k < context.tokens.count, case let next = context.tokens[k], next.isWord, next.length >= 4,
            !next.isCapitalized, !next.startsLine, !next.isAttached, run.count <= 2,
            run.words[run.count - 1] == run.last, let verbToo = testNouns[hash: next.hash]
        else { return false }
        if run.count == 2, run.classes[0].contains(.given), !evidence.isParticle(run.words[0]) { return false }
        if verbToo, !run.isPossessive, run.classes[run.count - 1].contains(.given) { return false }
        return !evidence.followsTitle(run)
    }

    /// Whether `run` names the author of a sign, test, scale or manoeuvre as the Romance languages name it, after its
    /// noun and "de", "di", "do" or "da" ("signo de Murphy", "prueba de Romberg", "manobra de Valsalva"), the noun
    /// within the run when it opens a sentence ("Escala de Braden 14", "Signe de Lasègue positif"): one or two words
    /// after no title, and neither a given name that is no surname nor a given name and a surname ("el test de Ana",
    /// "la prueba de María Gómez" are theirs).
    @inline(never)
    static func namesRomanceEponymousTest(_ evidence: NameEvidence, _ context: ScanContext, _ run: NameRun) -> Bool {
        let author: Int
        if run.count >= 2, run.words[0] == run.first, case let of = context.tokens[run.first + 1], of.length == 2,
            of.isWord, romanceOf[hash: of.hash] != nil, romanceTestNouns[hash: context.tokens[run.first].hash] != nil
        {
            author = 1
        } else {
            guard let noun = nounBeforeRomanceOf(context, run), romanceTestNouns[hash: context.tokens[noun].hash] != nil
            else { return false }
            author = 0
        }
        let classes = run.classes[author]
        guard run.count - author <= 2, !evidence.followsTitle(run) else { return false }
        return !classes.contains(.given) || classes.contains(.surname) && run.count - author == 1
    }

    /// Whether token `k` has two bytes, the first a lower-case "d".
    @inline(__always)
    static func isTwoLettersFromD(_ context: ScanContext, _ k: Int) -> Bool {
        context.tokens[k].length == 2 && context.bytes[context.tokens[k].start] == 0x64
    }

    /// The nouns of signs, tests, scales, indices, criteria, classifications, reflexes and manoeuvres in Spanish,
    /// Portuguese, French and Italian, their marks folded as the tokenizer folds them.
    private static let romanceTestNouns = KeywordTable(
        [
            "signo", "sinal", "signe", "segno", "prueba", "prova", "epreuve", "test", "teste", "escala", "echelle",
            "scala", "indice", "criterios", "criterio", "criteres", "criteri", "clasificacion", "classificacao",
            "classification", "classificazione", "maniobra", "manobra", "manoeuvre", "manovra", "reflejo", "reflexo",
            "reflexe", "riflesso", "puntuacion", "score", "punteggio",
        ].map { ($0, ()) })

    /// Authors of clinical scales whose names are given names too, written before the score alone ("Braden 18").
    private static let scoreAuthors = KeywordTable(["braden", "norton", "wells", "centor", "gleason"].map { ($0, ()) })

    /// Nouns that follow the name of a sign's, test's or scale's author, each with whether it is a verb too.
    private static let testNouns = KeywordTable([
        ("sign", true), ("test", true), ("position", false), ("scale", false), ("score", false), ("index", false),
        ("criteria", false), ("classification", false), ("manoeuvre", false), ("maneuver", false), ("reflex", false),
        ("questionnaire", false),
    ])

    /// The first and last token of the condition when `run` opens with "Morbus", the word for disease of German and
    /// Latin clinical notes, before one or two names ("Morbus Parkinson", "Morbus Bechterew"), listed or not.
    @inline(__always)
    static func morbusCondition(_ context: ScanContext, _ run: NameRun) -> (first: Int, last: Int)? {
        guard context.tokens[run.words[0]].hash == morbusHash, (2...3).contains(run.count), !run.isPossessive
        else { return nil }
        return (run.words[0], run.last)
    }

    private static let morbusHash = WordHash.of(word: "morbus".utf8[...])

    /// The first token of the condition when `run` follows a condition's noun and "de", "di" or "do", as the Romance
    /// languages name conditions after people ("tendinitis de De Quervain", "enfermedad de Kienböck", "malattia di
    /// Still"): the noun, the particle and the run are the condition, and the run no person.
    static func conditionBeforeEponym(_ context: ScanContext, _ run: NameRun) -> Int? {
        guard run.count <= 3, !run.isPossessive, let noun = nounBeforeRomanceOf(context, run),
            romanceConditionNouns[hash: context.tokens[noun].hash] != nil
        else { return nil }
        return noun
    }

    /// The word before "de", "di", "do" or "da" right before `run`, the three on the run's line ("enfermedad de
    /// Kienböck", "signo de Murphy"); nil when the run follows no such particle.
    private static func nounBeforeRomanceOf(_ context: ScanContext, _ run: NameRun) -> Int? {
        let particle = run.first - 1
        guard particle >= 1, case let of = context.tokens[particle], of.length == 2, of.isWord, !of.isCapitalized,
            !context.tokens[run.first].startsLine, !of.startsLine, romanceOf[hash: of.hash] != nil,
            context.tokens[particle - 1].isWord
        else { return nil }
        return particle - 1
    }

    private static let romanceOf = KeywordTable(["de", "di", "do", "da"].map { ($0, ()) })

    /// Nouns that open the name of a condition called after a person in Spanish, Portuguese, French and Italian,
    /// their marks folded as the tokenizer folds them.
    private static let romanceConditionNouns = KeywordTable(
        [
            "enfermedad", "sindrome", "maladie", "doenca", "malattia", "morbo", "tendinitis", "tendinite",
            "tenosinovitis", "tenossinovite", "paralisis", "paralisia", "anemia", "anemie", "linfoma", "lymphome",
            "sarcoma", "sarcome", "tumor", "tumeur", "quiste", "kyste", "ulcera", "ulcere", "demencia", "demence",
            "ataxia", "ataxie", "distrofia", "dystrophie", "fractura", "contractura", "contracture", "enfermedades",
        ].map { ($0, ()) })

    /// Nouns that end the name of a condition called after a person, in English.
    private static let conditionHeads = KeywordTable(
        [
            "disease", "syndrome", "palsy", "paralysis", "fracture", "lesion", "tumour", "tumor", "deformity",
            "diverticulum", "anaemia", "anemia", "sarcoma", "lymphoma", "carcinoma", "ataxia", "dystrophy",
            "contracture", "phenomenon", "neuroma", "cyst", "tenosynovitis", "thyroiditis", "arteritis",
            "encephalopathy", "encephalitis", "ulcer", "kyphosis", "anomaly", "cardiomyopathy", "dementia",
            "neuralgia", "myopathy", "neuropathy", "disorder",
        ].map { ($0, ()) })
}
