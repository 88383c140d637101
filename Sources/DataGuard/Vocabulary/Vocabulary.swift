/// The packed word lists generated from public sources (see `SOURCES.md`); `scripts/vocabulary/build.sh`
/// writes one extension per list.
enum VocabularyData {}

/// The vocabularies of the detectors, built once per process from ``VocabularyData``.
struct Vocabulary: Sendable {
    /// Given names (US Census 1990, Tzioumis 2018).
    let givenNames: WordSet
    /// Given names frequent enough to be names even when they are English words ("Mark", "Will").
    let frequentGivenNames: WordSet
    /// Surnames (US Census 2010).
    let surnames: WordSet
    /// Lower-case English words (SCOWL), to tell a capitalized word from a name.
    let commonWords: WordSet
    /// Condition and diagnosis phrases (ICD-10-CM), hashed as phrases.
    let conditions: WordSet
    /// Medication names (DrugBank open data, MeSH), single words.
    let medications: WordSet

    /// The shared vocabulary, built on first use.
    static let shared = Vocabulary()

    private init() {
        givenNames = WordSet(lines: VocabularyData.givenNames)
        frequentGivenNames = WordSet(lines: VocabularyData.frequentGivenNames)
        surnames = WordSet(lines: VocabularyData.surnames)
        commonWords = WordSet(lines: VocabularyData.commonWords)
        conditions = WordSet(lines: VocabularyData.conditions + "\n" + Lexicon.conditionPhrases, phrases: true)
        medications = WordSet(lines: VocabularyData.medications + "\n" + Lexicon.medicationNames)
    }
}
