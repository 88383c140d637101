/// Whether the health conditions found in texts are someone's. Protected health information is health information
/// about a person, so a condition is PHI only where the texts sent with it identify someone (a finding that names,
/// numbers or locates a person) or speak of one (a patient, a relative, "my", "she", "a 54-year-old"): "summarize
/// this study of lung cancer screening" holds a condition and no one's health, and "my son's asthma" holds both.
///
/// Words are read in English and the patients and possessives of some other languages; a condition written in a
/// script other than Latin is taken to be someone's, as the words of those languages are not read here.
enum HealthSubject {
    /// Whether any of `texts`, whose findings are `findings` (one array a text), makes the health conditions among
    /// them someone's.
    static func isSomeones(_ texts: [String], findings: [[Finding]]) -> Bool {
        if findings.joined().contains(where: { identifying.contains($0.type) }) { return true }
        for (text, found) in zip(texts, findings) {
            var text = text
            if text.withUTF8(speaksOfSomeone) { return true }
            if writesBeyondLatin(text, found.filter { $0.type == .healthCondition }) { return true }
        }
        return false
    }

    /// The finding types that identify a person: all but dates (which also date events), health conditions, IP
    /// addresses (which name machines) and confidential terms.
    static let identifying: Set<FindingType> = Set(FindingType.allCases).subtracting([
        .date, .healthCondition, .ipAddress, .confidentialTerm,
    ])

    /// Whether `bytes` has a word that speaks of a particular person, or "I" before a verb that tells of oneself:
    /// "I have", "I was", "I'm", but not "I am writing" or "I'm researching" (a verb in "-ing" after "am", "was" or
    /// "I'm" tells of oneself only when it is one of suffering, living with or taking something).
    private static func speaksOfSomeone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Tokenizer.withTokens(of: bytes, lexicon: Lexicon.table) { tokens, _ in
            func word(after k: Int) -> Int? {
                var next = k + 1
                while next < tokens.count, !tokens[next].isWord { next += 1 }
                return next < tokens.count ? next : nil
            }
            func tellsOfOneself(_ k: Int?) -> Bool {
                guard let k else { return false }
                let end = tokens[k].end
                let ongoing = tokens[k].length > 4 && bytes[end - 3] | 0x20 == 0x69 && bytes[end - 2] | 0x20 == 0x6E
                    && bytes[end - 1] | 0x20 == 0x67
                return !ongoing || words[hash: tokens[k].hash] == .ownState
            }
            for k in 0..<tokens.count where tokens[k].isWord {
                // "I'm" as written; "the patient's", "my son's" by their stems.
                switch words[hash: tokens[k].hash] ?? words[hash: tokens[k].stemHash] {
                case .person?: return true
                case .firstPerson?:
                    guard let next = word(after: k) else { continue }
                    switch words[hash: tokens[next].hash] {
                    case .ownState?: return true
                    case .being?: if tellsOfOneself(word(after: next)) { return true }
                    default: continue
                    }
                case .firstPersonBeing?: if tellsOfOneself(word(after: k)) { return true }
                case .ownState?, .being?, nil: continue
                }
            }
            return false
        }
    }

    /// Whether a condition among `conditions` has a letter of a script beyond Latin (from Greek on).
    private static func writesBeyondLatin(_ text: String, _ conditions: [Finding]) -> Bool {
        guard !conditions.isEmpty, text.utf8.contains(where: { $0 >= 0xCD }) else { return false }
        let scalars = Array(text.unicodeScalars)
        return conditions.contains { condition in
            scalars[condition.start..<min(condition.end, scalars.count)].contains {
                $0.value >= 0x370 && $0.properties.isAlphabetic
            }
        }
    }

    private enum Role { case person, firstPerson, firstPersonBeing, being, ownState }

    /// Words that speak of a particular person; "I" and "I'm"; "am" and "was"; and the verbs that tell of oneself
    /// after "I" (and after "I am", in "-ing").
    private static let words = KeywordTable<Role>(
        [
            // Possessives and pronouns of a person, in English, Spanish, French, German, Portuguese and Italian (not
            // the French "mon", "ma" and "mes", which are Monday, Massachusetts and the Spanish month too).
            "my", "me", "myself", "mine", "i've", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "mi", "mis", "mein", "meine", "meinem", "meinen", "meiner", "meu", "minha",
            "mio", "mia", "ella", "elle", "ele", "ela", "lui", "lei",
            // The patient, in English and the languages the detectors read labels of.
            "patient", "pt", "paciente", "patiente", "pacient", "pacientka", "pacjent", "pacjentka", "pacientas",
            "pacients", "potilas", "bemor", "beteg", "pasient", "pasienten", "patsient", "sjuklingur", "patienten",
            "bukaan", "bukaanka", "mgonjwa",
            // Relatives and the people a worker speaks of.
            "son", "daughter", "wife", "husband", "spouse", "mother", "mom", "mum", "father", "dad",
            "brother", "sister", "aunt", "uncle", "cousin", "nephew", "niece", "grandmother", "grandfather", "grandma",
            "grandpa", "grandson", "granddaughter", "fiance", "fiancee", "boyfriend", "girlfriend", "child", "baby",
            "infant", "toddler", "boy", "girl", "man", "woman", "gentleman", "lady", "neighbor", "neighbour",
            "friend", "coworker", "co-worker", "colleague", "grievant", "claimant", "member", "employee", "worker",
            "resident", "tenant", "client", "student", "caller", "applicant", "supervisor", "manager", "boss",
            "hijo", "hija", "esposa", "esposo", "madre", "padre", "fils", "fille", "femme", "sohn", "tochter",
            "mutter", "vater", "filho", "filha", "figlio", "figlia",
            // Honorifics of one person, and a person's age.
            "mr", "mrs", "ms", "mx", "year-old", "years-old", "yo",
        ].map { ($0, Role.person) }
            + [("i", .firstPerson), ("i'm", .firstPersonBeing), ("am", .being), ("was", .being)]
            + [
                "have", "had", "got", "suffer", "suffered", "live", "struggle", "take", "took", "suffering", "having",
                "living", "struggling", "dealing", "recovering", "taking", "getting", "feeling", "battling",
                "fighting", "experiencing", "undergoing", "coping",
            ].map { ($0, .ownState) })
}
