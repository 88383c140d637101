/// Conditions named by the endings that medicine gives them in the languages of Europe, whether or not a list
/// holds the word: inflammations ("-itis", "gastrite"), degenerations ("-osis"), blood conditions ("-emia",
/// "Anämie"), diseases ("-pathy", "cardiopatia"), pains ("-algia"), palsies ("-plegia") and wasting ("-trophy").
/// Operations ("-ectomy") are left out, as notes name them beside the conditions, and so are the endings that
/// words of other kinds share ("sollicite", "biochemie").
extension HealthDetector {
    /// Whether the word, of seven bytes or more, no English word and no name, ends as a condition's name does. The
    /// test of its last two bytes, which rules out most words, is made where it is called.
    @inline(__always)
    static func endsAsCondition(_ context: ScanContext, _ token: Token) -> Bool {
        token.length >= 7 && mayEndAsCondition(context.bytes[token.end - 2], context.bytes[token.end - 1])
            && token.isWord && !token.flags.contains(.hasDigit) && hasConditionEnding(context, token)
    }

    @inline(never)
    private static func hasConditionEnding(_ context: ScanContext, _ token: Token) -> Bool {
        var folded = InlineArray<8, UInt8>(repeating: 0)
        let count = foldedEnd(context, token, into: &folded)
        guard count >= 4 else { return false }
        let matched = conditionEndings.contains { ending in
            ending.count <= count && ending.indices.allSatisfy { folded[8 - ending.count + $0] == ending[$0] }
        }
        guard matched else { return false }
        let classes = context.vocabulary.words.classes(of: token.hash)
        guard classes.isDisjoint(with: [.common, .given, .surname]) else { return false }
        return !notConditionStarts.contains { start in
            start.count <= token.length
                && start.indices.allSatisfy { context.bytes[token.start + $0] | 0x20 == start[$0] }
        }
    }

    /// The last eight letters of the word, lower case, with its Latin letters' marks left out as the tokenizer
    /// folds them ("patía" as "patia"), right aligned in `folded`; returns how many were read.
    private static func foldedEnd(_ context: ScanContext, _ token: Token, into folded: inout InlineArray<8, UInt8>)
        -> Int
    {
        var k = token.end - 1
        var n = 0
        while n < 8, k >= token.start {
            let b = context.bytes[k]
            var letter: UInt8
            if b < 0x80 {
                letter = ByteClass.isASCIIUpper(b) ? b | 0x20 : b
                k -= 1
            } else if b & 0xC0 == 0x80, k > token.start,
                case let folded = ByteClass.foldedLatin(context.bytes[k - 1], b), folded != 0
            {
                letter = folded
                k -= 2
            } else {
                break
            }
            if letter >= 0x80 { break }
            folded[7 - n] = letter
            n += 1
        }
        return n
    }

    /// Whether a word's last two bytes are those of an ending below ("is", "ia", "ie", "te", "hy", "da"), or a
    /// letter beyond ASCII and an "a" or "e" ("patía", "Anämie"): most words are ruled out here.
    @inline(__always)
    private static func mayEndAsCondition(_ second: UInt8, _ last: UInt8) -> Bool {
        switch (second | 0x20, last | 0x20) {
        case (0x69, 0x73), (0x69, 0x61), (0x69, 0x65), (0x74, 0x65), (0x68, 0x79), (0x64, 0x61): true
        default: second >= 0x80 && (last | 0x20 == 0x61 || last | 0x20 == 0x65)
        }
    }

    /// The endings, folded: "-itis" and "-itida" (Czech), "-osis"; Italian, French and Portuguese inflammations
    /// after their usual consonants ("gastrite", "bronchite", "sinusite", "tendinite", "otite", "bronquite");
    /// "-emia", "-aemia", "-amie"; "-pathy", "-patia", "-pathie", "-patie"; "-algia", "-algie"; "-plegia",
    /// "-plegie"; "-trophy", "-trofia", "-trophie"; "-iasis".
    private static let conditionEndings: [[UInt8]] = [
        "itis", "itida", "osis", "trite", "atite", "stite", "chite", "usite", "inite", "otite", "nquite",
        "emia", "amie", "pathy", "patia", "pathie", "patie", "algia", "algie", "plegia", "plegie", "trophy",
        "trofia", "trophie", "iasis",
    ].map { Array($0.utf8) }

    /// Words with those endings that name no condition: a diagnosis, a prognosis, hypnosis, sympathy and its kin in
    /// Spanish and Italian, academia, nostalgia.
    private static let notConditionStarts: [[UInt8]] = [
        "diagnos", "prognos", "hypnos", "osmos", "simpat", "sympat", "empat", "telepat", "academ", "nostalg",
    ].map { Array($0.utf8) }
}
