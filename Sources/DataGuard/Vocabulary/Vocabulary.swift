/// The packed word lists generated from public sources (see `SOURCES.md`); `scripts/vocabulary/build.sh`
/// writes one extension per list.
enum VocabularyData {}

/// The vocabularies of the detectors, built once per process from ``VocabularyData``.
final class Vocabulary: Sendable {
    /// Given names (US Census 1990, Tzioumis 2018), surnames (US Census 2010), lower-case English words
    /// (SCOWL) and medication names (DrugBank open data, MeSH), in one table.
    let words: WordTable
    /// The medication names and the first words of the condition phrases, as a filter that rules most
    /// words out without touching the tables.
    let healthFilter: WordFilter
    /// Condition and diagnosis phrases (ICD-10-CM and everyday names).
    let conditions: PhraseSet
    /// Endings glued to a street's name in many languages ("straße", "gatan", "vej"), as UTF-8, listed
    /// under their last byte.
    let streetEndings: [[[UInt8]]]
    /// Towns of 15,000 people or more, and the other names of those of 100,000 or more (GeoNames), as phrases.
    let towns: PhraseSet
    /// The numbering plans of every country (libphonenumber).
    let phonePlan: PhonePlan
    /// Month names of many languages, any case, with their numbers (Unicode CLDR): "juin", "Nisan", "czerwca".
    let monthNames: HashTable
    /// The month names of five letters or more in Latin letters without their last letter or two ("julij" of
    /// "jūlijs", "janvar" of "janvāris"), with their numbers: the stems that a month's cases share ("jūlija",
    /// "janvāra", "juulist").
    let monthStems: HashTable

    /// The shared vocabulary, built on first use.
    static let shared = Vocabulary()

    private init() {
        let cyrillicMedications = Self.withCapitals(Lexicon.cyrillicMedicationNames)
        let greekMedications = Self.withCapitals(Lexicon.greekMedicationNames)
        let medications = [
            VocabularyData.medications, Lexicon.medicationNames, Lexicon.worldMedicationNames,
            Lexicon.worldMedicationBrands, Lexicon.clinicalEnglishMedications, cyrillicMedications,
            Lexicon.arabicScriptMedicationNames, greekMedications, Lexicon.indicMedicationNames,
        ].joined(separator: "\n")
        // The two largest parts, the word table and the phrases, are built on two threads at once.
        (words, (conditions, healthFilter, towns)) = Parallel.both({
            WordTable([
                (VocabularyData.givenNames, .given), (VocabularyData.frequentGivenNames, [.given, .frequentGiven]),
                (VocabularyData.surnames, .surname), (VocabularyData.commonWords, .common),
                (medications, .medication),
                (VocabularyData.streetWordsBefore + "\n" + Lexicon.streetWordsBefore, .streetBefore),
                (VocabularyData.streetWordsAfter + "\n" + Lexicon.streetWordsAfter, .streetAfter),
                (VocabularyData.countryNames, .country),
                (VocabularyData.worldGivenNames, .given), (VocabularyData.worldSurnames, .surname),
                (Self.withCapitals(Lexicon.givenNameForms), .given), (Lexicon.ethiopianNames, .given),
                (Lexicon.westAfricanGivenNames, .given), (Lexicon.westAfricanSurnames, .surname),
                (Lexicon.southAsianGivenNames, [.given, .surname]),
                (VocabularyData.functionWords, .functionWord),
            ])
        }, {
            // Medicine names of other languages join the phrases too, since some are several words
            // ("ácido acetilsalicílico").
            let conditions = PhraseSet(
                lines: [
                    VocabularyData.conditions, Self.withoutPossessives(VocabularyData.conditions),
                    Lexicon.conditionPhrases, Lexicon.worldConditionPhrases, Lexicon.worldMedicationNames,
                    Lexicon.clinicalEnglishPhrases, Lexicon.clinicalEnglishMedications,
                    Lexicon.moreWorldConditionPhrases, Self.withCapitals(Lexicon.cyrillicConditionPhrases),
                    Lexicon.regionalConditionPhrases, Self.withCapitals(Lexicon.armenianAndMongolianConditionPhrases),
                    Lexicon.amharicConditionPhrases, Lexicon.soraniConditionPhrases,
                    cyrillicMedications, Lexicon.arabicScriptConditionPhrases, Lexicon.arabicScriptMedicationNames,
                    Self.withCapitals(Lexicon.greekConditionPhrases), greekMedications, Lexicon.indicConditionPhrases,
                    Lexicon.indicMedicationNames,
                ].joined(separator: "\n"))
            var healthFilter = conditions.starts
            WordList.forEachLine(of: medications) { healthFilter.insert(WordHash.of(bytes: $0)) }
            return (conditions, healthFilter, PhraseSet(lines: VocabularyData.townNames))
        })
        var endings = [[[UInt8]]](repeating: [], count: 256)
        for ending in Lexicon.streetEndings { endings[Int(ending.utf8.last!)].append(Array(ending.utf8)) }
        WordList.forEachLine(of: VocabularyData.streetEndings) { endings[Int($0.last!)].append(Array($0)) }
        streetEndings = endings
        phonePlan = PhonePlan(table: VocabularyData.phonePlans)
        monthNames = Self.numbered(VocabularyData.monthNames + "\n" + Lexicon.nepaliMonths)
        monthStems = Self.stems(VocabularyData.monthNames)
    }

    /// A table of the words of `lines` (each a word, a space and a number below 256) in Latin letters, of five
    /// letters or more, without their last letter and without their last two, down to four letters.
    private static func stems(_ lines: String) -> HashTable {
        var table = HashTable(capacity: 2 * WordList.lineCount(of: lines), valueBits: 8)
        WordList.forEachLine(of: lines) { line in
            guard let space = line.lastIndex(of: 0x20), line[line.startIndex] < 0xC6 else { return }
            let number = line[(space + 1)...].reduce(0) { $0 * 10 + UInt64($1 &- 0x30) }
            var word = line[..<space]
            for _ in 0..<2 {
                word = WordList.droppingLastLetter(word)
                guard WordList.letterCount(word) >= 4 else { break }
                table.insert(WordHash.of(bytes: UnsafeBufferPointer(rebasing: word)), value: number)
            }
        }
        return table
    }

    /// `lines` of lower-case words of an alphabet the hash does not fold (Cyrillic, Greek), each also with its first
    /// letter in capitals ("Диабет"), and a word of four letters or fewer also in capitals ("ВИЧ", "ХОБЛ").
    private static func withCapitals(_ lines: String) -> String {
        var out: [String] = []
        for line in lines.split(separator: "\n") {
            let word = line.drop { $0 == " " }
            guard let first = word.first else { continue }
            out.append(String(word))
            out.append(first.uppercased() + word.dropFirst())
            if word.count <= 4, !word.contains(" ") { out.append(word.uppercased()) }
        }
        return out.joined(separator: "\n")
    }

    /// The lines of `lines` that name a condition after a person with a possessive ("crohn's disease", "graves'
    /// disease"), without it, as eponyms are also written ("crohn disease", "hashimoto thyroiditis").
    private static func withoutPossessives(_ lines: String) -> String {
        var out: [UInt8] = []
        WordList.forEachLine(of: lines) { line in
            // Most lines have no apostrophe: they are passed over after one look at their bytes.
            guard line.contains(0x27) else { return }
            var changed = false
            var k = 0
            let start = out.count
            while k < line.count {
                let next = k + 1 < line.count ? line[k + 1] : 0
                let after = k + 2 < line.count ? line[k + 2] : 0
                if line[k] == 0x27, next == 0x73, after == 0x20 {  // "'s "
                    k += 2
                    changed = true
                } else if line[k] == 0x73, next == 0x27, after == 0x20 {  // "s' "
                    out.append(0x73)
                    k += 2
                    changed = true
                } else {
                    out.append(line[k])
                    k += 1
                }
            }
            if changed { out.append(0x0A) } else { out.removeSubrange(start...) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A table of `lines`, each a word, a space and a number below 256.
    private static func numbered(_ lines: String) -> HashTable {
        var table = HashTable(capacity: WordList.lineCount(of: lines), valueBits: 8)
        WordList.forEachLine(of: lines) { line in
            guard let space = line.lastIndex(of: 0x20) else { return }
            let number = line[(space + 1)...].reduce(0) { $0 * 10 + UInt64($1 &- 0x30) }
            table.insert(WordHash.of(bytes: UnsafeBufferPointer(rebasing: line[..<space])), value: number)
        }
        return table
    }
}
