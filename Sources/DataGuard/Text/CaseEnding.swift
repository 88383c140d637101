/// The case endings Turkish writes after an apostrophe on a proper noun: "Demir'e" (to Demir), "Kaya'nın" (Kaya's),
/// "Şahin'den" (from Şahin), "İzmir'de" (in İzmir). The word before the apostrophe is the name, as it is before an
/// English possessive's "'s".
enum CaseEnding {
    /// Whether bytes `from..<to`, after an apostrophe, are a Turkish case ending.
    static func isTurkish(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 8 else { return false }
        return endings[hash: WordHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[from..<to]))] != nil
    }

    /// The lower-case Latin letters of bytes `from..<to`, ASCII or folded from two bytes: the small letters that keep
    /// a stem in Latin letters out of capitals ("Iban" of "Iban'a", not "IBAN").
    static func lowerCaseLetters(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var k = from
        while k < to {
            let b = bytes[k]
            if b < 0x80 {
                if ByteClass.isASCIILower(b) { count += 1 }
                k += 1
            } else {
                if k + 1 < to, ByteClass.foldedLatin(b, bytes[k + 1]) != 0, !ByteClass.isUpperStart(bytes, k) {
                    count += 1
                }
                k += ByteClass.scalarLength(b)
            }
        }
        return count
    }

    /// The dative, accusative, genitive, locative, ablative and instrumental endings and "-deki" (the one in), in
    /// each vowel harmony and after a vowel, folded as the tokenizer folds them ("ın" and "ün" as "in" and "un").
    private static let endings = KeywordTable(
        [
            "e", "a", "ye", "ya", "ne", "na", "i", "u", "yi", "yu", "ni", "nu", "in", "un", "nin", "nun", "de", "da",
            "te", "ta", "nde", "nda", "den", "dan", "ten", "tan", "nden", "ndan", "le", "la", "yle", "yla", "deki",
            "daki", "teki", "taki", "ndeki", "ndaki",
        ].map { ($0, ()) })
}
