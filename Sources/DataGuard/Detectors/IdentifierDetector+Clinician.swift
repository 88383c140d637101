/// A clinician's registration, licence or permit number, which names one worker, near a doctor's, nurse's, midwife's,
/// pharmacist's or dentist's title or word:
/// "Dr. Semisi Fifita, Reg. No. 1234", "Dr. Kamal Perera⏎SLMC Reg. No. 12345", "Лекар: др Марко Петровић, бр.
/// лиценце 12345", "Dre Marie Tremblay, no de permis 12345".
extension IdentifierDetector {
    /// Whether word `k` may be a registration's, licence's or permit's word: three letters or more, the first "r",
    /// "l", "p", "s" or a Cyrillic or Greek one. Most label words are not, and are ruled out here without a call.
    @inline(__always)
    static func mayNameRegistration(_ context: ScanContext, _ k: Int) -> Bool {
        let first = context.bytes[context.tokens[k].start] | 0x20
        return context.tokens[k].length >= 3
            && (first == 0x72 || first == 0x6C || first == 0x70 || first == 0x73 || first & 0xFC == 0xEC
                || first & 0xFE == 0xF0)
    }

    /// The staff number's label that word `k` makes as a clinician's registration, or nil: then "Reg." stays a
    /// patient's registration in a clinical text, and a licence or permit no label. The word opens its line or
    /// follows a comma or a regulator's initials (a licence or a permit a sign, a filler, "de" or its kind too,
    /// "State License"), and a clinician's title or word comes before it on its line or the line before ("CWC Reg.
    /// No." of a child's clinic card, "Patient Reg. No." are no clinician's).
    static func clinicianRegistration(_ context: ScanContext, _ k: Int) -> (FindingType, LabelScope)? {
        let token = context.tokens[k]
        guard let word = registrationWords[hash: token.hash],
            word != .inCapitals || token.flags.contains(.allCaps)
        else { return nil }
        if k >= 1, !token.startsLine {
            // A registration, which may be a patient's, only after a comma or a regulator's initials; a
            // registration's kind after its word ("Registro Profesional").
            let before = context.tokens[k - 1]
            guard isRegulatorInitials(context, k - 1) || context.isSymbol(k - 1, 0x2C) || context.isSymbol(k - 1, 0x28)
                || word != .patients && (before.kind == .symbol || before.lexicon.contains(.identifierFiller)
                    || before.lexicon.contains(.nameParticle)
                    || before.isWord && licenceKinds[hash: before.hash] != nil)
                || word == .kind && before.isWord && (registrationWords[hash: before.hash] == .patients
                    || IdentifierContext.labels[hash: before.hash] == .employeeNumber)
            else { return nil }
        }
        return nearDoctorWord(context, k) ? (.employeeNumber, .anywhere) : nil
    }

    /// The staff number's label that the initials ending at word `k` make as a clinician's enrolment, or nil:
    /// Argentina's national and provincial registers ("Dra. Paula Gómez, M.N. 123456 M.P. 45678"), near a
    /// clinician's title or word as a registration is.
    static func clinicianInitials(_ context: ScanContext, _ k: Int, _ initials: UInt64) -> (FindingType, LabelScope)? {
        guard registerInitials[hash: initials] != nil, nearDoctorWord(context, k) else { return nil }
        return (.employeeNumber, .anywhere)
    }

    /// Whether a clinician's title or word comes before word `k` on its line or the line before, within twelve
    /// tokens.
    private static func nearDoctorWord(_ context: ScanContext, _ k: Int) -> Bool {
        var j = k - 1
        var lines = 0
        while j >= 0, k - j <= 12 {
            if context.tokens[j].isWord, doctorWords[hash: context.tokens[j].hash] != nil { return true }
            if context.tokens[j].startsLine {
                lines += 1
                if lines > 1 { break }
            }
            j -= 1
        }
        return false
    }

    /// Whether token `k` may be a regulator's initials: a word of two to six capitals without digits ("SLMC", "MCJ").
    private static func isRegulatorInitials(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        return token.isWord && token.flags.contains(.allCaps) && (2...6).contains(token.length)
            && !token.flags.contains(.hasDigit)
    }

    /// What a registration's word may name.
    private enum RegistrationWord {
        /// A registration a patient may have too ("Reg.", "registro").
        case patients
        /// A licence, permit or certificate only a worker has.
        case clinicians
        /// A clinician's word only in capitals (Indonesia's "STR", not a street's "Str.").
        case inCapitals
        /// A registration's kind after its word ("Registro Profesional").
        case kind
    }

    /// Registration, licence and permit in English, French, Spanish and Portuguese and the languages of the Balkans
    /// (accents folded), each with whether a patient has one too; Russia's certificate ("сертификат") of a
    /// specialist, a licence in Ukrainian and Russian ("ліцензія", "лицензия"), a doctors' syndicate's number
    /// ("Egyptian Medical Syndicate No."), Greece's register number ("ΑΜ", αριθμός μητρώου), Indonesia's
    /// registration certificate ("STR", surat tanda registrasi), the Philippines' professional tax receipt ("PTR"),
    /// and the professional kind after the word in Spanish and Portuguese.
    private static let registrationWords = KeywordTable(
        [("reg", .patients), ("registration", .patients), ("registro", .patients)]
            + ["licence", "license", "lic", "licenca", "licencia", "licencija", "лиценце", "лиценца", "ліцензії",
               "permis", "permit", "сертификат", "Сертификат", "ΑΜ", "ptr", "ліцензія", "Ліцензія", "лицензия",
               "Лицензия", "syndicate"].map { ($0, .clinicians) }
            + [("str", RegistrationWord.inCapitals), ("profesional", .kind), ("profissional", .kind)])

    /// Initials of clinicians' registers written with periods: Argentina's national and provincial "matrícula"
    /// ("M.N.", "M.P.").
    static let registerInitials = KeywordTable(["mn", "mp"].map { ($0, ()) })

    /// The kinds of licence written before its word ("State License No.", "Medical Licence").
    private static let licenceKinds = KeywordTable(
        ["state", "medical", "professional", "nursing", "practising", "practicing"].map { ($0, ()) })

    /// A doctor's titles and the word for a doctor, in English, French, Spanish, Portuguese and the languages of the
    /// Balkans, the Baltic states and Greece, as forms and signatures write them before the name, and the other
    /// clinicians' in English.
    private static let doctorWords = KeywordTable(
        ["dr", "dre", "dra", "drs", "doctor", "doktor", "doktori", "mjeku", "mjeke", "lekar", "ljekar", "lijecnik",
         "gydytojas", "gydytoja", "arsts", "arste", "arst", "medico", "medica", "medecin", "physician", "др", "Др",
         "лекар", "Лекар", "лікар", "Лікар", "врач", "Врач", "δρ", "Δρ", "ιατρός", "Ιατρός", "ιατρος", "Ιατρος",
         // Nurses, midwives, pharmacists and dentists, who are registered as doctors are ("RN Jane Doe, License #",
         // "Pharm. Ngozi Eze, PCN Reg. No.").
         "rn", "nurse", "midwife", "pharm", "pharmacist", "dentist",
         // And the other clinicians who sign notes, a ward's sister and matron, a nurse in Spanish and Portuguese.
         "sister", "matron", "physiotherapist", "therapist", "paramedic", "radiographer", "optometrist",
         "psychologist", "enf", "enfermera", "enfermero", "enfermeira", "enfermeiro"]
            .map { ($0, ()) })
}
