import Foundation
import Testing

@testable import DataGuard

/// The tokenizer folds accented letters to ASCII for lookups, and tells capitals by their code point: both
/// checked against Unicode's own data for every letter they cover.
@Suite("Letters beyond ASCII")
struct LetterFoldTests {
    /// Letters of Latin Extended-A with no decomposition, and the letter each folds to.
    static let undecomposed: [Character: Character] = [
        "Đ": "d", "đ": "d", "Ħ": "h", "ħ": "h", "ı": "i", "ĸ": "k", "Ŀ": "l", "ŀ": "l", "Ł": "l", "ł": "l",
        "ŉ": "n", "Ŋ": "n", "ŋ": "n", "Œ": "o", "œ": "o", "Ŧ": "t", "ŧ": "t", "ſ": "s", "Ĳ": "i", "ĳ": "i",
    ]

    @Test("each Latin Extended-A letter folds to its letter without marks")
    func latinExtendedA() {
        for code in 0x100...0x17F {
            let letter = Character(Unicode.Scalar(code)!)
            let bytes = Array(String(letter).utf8)
            let folded = Character(Unicode.Scalar(ByteClass.foldedLatinExtendedA(bytes[0], bytes[1])))
            let expected =
                Self.undecomposed[letter]
                ?? Character(String(letter).folding(options: .diacriticInsensitive, locale: nil).lowercased())
            #expect(folded == expected, "U+\(String(code, radix: 16, uppercase: true)) \(letter)")
        }
    }

    @Test("a capital is told from a small letter in Latin Extended-A, Romanian and Latin Extended Additional")
    func capitals() {
        for code in Array(0x100...0x17F) + Array(0x218...0x21B) + Array(0x1E00...0x1EFF) where code != 0x1E9E {
            let letter = Unicode.Scalar(code)!
            let bytes = Array(String(letter).utf8)
            let upper = bytes.withUnsafeBufferPointer { ByteClass.isUpperStart($0, 0) }
            #expect(upper == letter.properties.isUppercase, "U+\(String(code, radix: 16, uppercase: true))")
        }
    }

    @Test(
        "a word with letters of Latin Extended-A or Romanian's comma-below letters is looked up folded",
        arguments: ["Łódź", "ČÍSLO", "Şahin", "Ștefan", "legitimație"])
    func foldedWords(_ word: String) {
        let folded = String(word.folding(options: .diacriticInsensitive, locale: nil).lowercased())
            .replacingOccurrences(of: "ł", with: "l")
        let bytes = Array(word.utf8)
        let token = bytes.withUnsafeBufferPointer { buffer in
            Tokenizer.withTokens(of: buffer, lexicon: Lexicon.table) { tokens, _ in tokens[0] }
        }
        #expect(token.hash == WordHash.of(word: Substring(folded).utf8))
        #expect(token.end == bytes.count)
    }

    @Test(
        "a listed word may be written with its accents",
        arguments: [("Łódź", "lodz"), ("nadciśnienie", "nadcisnienie"), ("Änderung", "anderung")])
    func listedWords(_ written: String, _ folded: String) {
        #expect(WordHash.of(word: Substring(written).utf8) == WordHash.of(word: Substring(folded).utf8))
    }
}
