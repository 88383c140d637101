/// What tells a patient's record from a worker's sick note or a chat that names two illnesses: a word for the patient,
/// the diagnosis or the ward's bed.
extension IdentifierDetector {
    /// Whether the text has a word for a patient, a diagnosis or a ward's bed, as records head their fields
    /// ("Patient:", "Paciente:", "Diagnose:", "Dx:", "Пациент", "Διάγνωση") and handovers their lines ("bed 7").
    static func namesPatientOrDiagnosis(_ context: ScanContext) -> Bool {
        for token in context.tokens where token.isWord && token.length >= 2 {
            if recordWords[hash: token.hash] != nil { return true }
        }
        return false
    }

    /// Patient and diagnosis in English and the languages of Europe, Latin America, Central Asia, the Middle East
    /// and Southeast Asia (accents folded), with their common shortenings and cases ("Portal pacjenta").
    private static let recordWords = KeywordTable(
        [
            "patient", "patients", "patientin", "patiente", "pt", "pat", "paciente", "pacient", "pacienta", "pacientka",
            "pacjent", "pacjentka", "pacientas", "pacients", "patsient", "pasient", "potilas", "paziente", "doente",
            "utente", "bemor", "naukas", "hasta", "pesakit", "pasien", "benh", "ugonjwa", "mgonjwa", "pacjenta",
            "pacjentki", "pacienta", "pacientky", "patienten", "pacientes", "skjolstadingur",
            // A message that addresses the doctor ("Beste dokter", Dutch); a ward's bed or room, as handovers list
            // their patients ("vuode 2: …", "Sal 4: …", "bed 7").
            "dokter", "bed", "beds", "vuode", "sal", "sang", "seng", "cama", "letto", "lit", "bett", "lozko", "ward",
            "avd", "avdelning",
            "diagnosis", "diagnoses", "diagnose", "diagnosen", "diagnostico", "diagnostic", "diagnosi", "diagnoza",
            "diagnoos", "diagnoz", "diagnostiek", "dx", "dg", "tani", "impression", "rozpoznanie", "pacijent",
            "пациент", "Пациент", "пациентка", "Пациентка", "пацієнт", "Пацієнт", "диагноз", "Диагноз", "діагноз",
            "Діагноз", "ασθενής", "Ασθενής", "διάγνωση", "Διάγνωση", "المريض", "التشخيص", "بیمار", "تشخیص",
            "מטופל", "אבחנה",
        ].map { ($0, ()) })
}
