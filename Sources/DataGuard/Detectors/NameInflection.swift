/// Names inflected for case, as Slavic, Baltic and Finnic languages write them: "Markétu Novotnou" is the
/// accusative of "Markéta Novotná", "Kowalskiego" the genitive of "Kowalski", "Novákovi" the dative of
/// "Novák", "Virtasen" the genitive of "Virtanen"; and Hungarian married names ("Nagy Jánosné"). The vocabularies
/// hold the forms a name is listed in; a word in none of them is read again with a case ending put back to that
/// form, and failing that, judged by a surname's shape ("Nurlanovna", "Beridze").
enum NameInflection {
    /// A case ending and what replaces it in the listed form, on letters folded as the tokenizer folds them. A
    /// weak ending ("u", "a", "ka") ends too many words of other languages to be read alone: it counts only in a
    /// run with another name ("Piotra Nowaka" after "Piotr"; not "Periyodik Muayene Formu").
    private struct Ending {
        let suffix: [UInt8]
        let replacement: [UInt8]
        let isWeak: Bool

        init(_ suffix: String, _ replacement: String, weak: Bool = false) {
            self.suffix = Array(suffix.utf8)
            self.replacement = Array(replacement.utf8)
            isWeak = weak
        }
    }

    /// Longest first, so that "iego" is tried before "ego" and "o". Each ending is tried in turn until a
    /// listed name results.
    private static let endings: [Ending] = [
        // Polish adjectival surnames: Kowalskiego, Kowalskiemu, Kowalskim; Kowalskiej, Kowalską (folded "a").
        Ending("iego", "i"), Ending("iemu", "i"), Ending("iej", "a"),
        // Czech and Slovak adjectival surnames: Novotného, Novotnému, Novotným; Novotnou, Novotné.
        Ending("eho", "y"), Ending("emu", "y"), Ending("ym", "y"), Ending("ou", "a"),
        // A vowel that drops before a case ending: Marek → Marka, Markovi, Markem; Pavel → Pavla.
        Ending("kowi", "ek"), Ending("kovi", "ek"), Ending("kiem", "ek"), Ending("kem", "ek"),
        Ending("ka", "ek", weak: true), Ending("lovi", "el"), Ending("lem", "el"), Ending("la", "el", weak: true),
        // Masculine datives and instrumentals: Novákovi, Janowi; Novákem, Petrom, Ivanovym.
        Ending("ovi", ""), Ending("owi", ""), Ending("em", ""), Ending("om", ""), Ending("ym", ""), Ending("im", "i"),
        // Russian feminine surnames in the instrumental and genitive: Ivanovoy, Ivanovoj.
        Ending("oy", "a"), Ending("oj", "a"),
        // A Hungarian married woman's name, her husband's given name or surname with "-né": Péterné, Kovácsné.
        Ending("ne", ""),
        // Finnish genitives: Virtasen, Liisan, Heikin.
        Ending("sen", "nen"), Ending("an", "a", weak: true), Ending("en", "e", weak: true),
        // Feminine and masculine cases of one letter: Markétu, Anny, Marii, Anně; Nováka, Petru, Ivanove.
        Ending("u", "a", weak: true), Ending("u", "", weak: true), Ending("y", "a", weak: true),
        Ending("i", "a", weak: true), Ending("i", "ia", weak: true), Ending("e", "a", weak: true),
        Ending("e", "", weak: true), Ending("a", "", weak: true),
        // The same cases in Cyrillic letters: Сергея, Олегу, Ивановой, Наташи, Вишневского.
        Ending("ого", "ий"), Ending("ой", "а"), Ending("ую", "ая"), Ending("ому", "ий"),
        Ending("я", "й", weak: true), Ending("ю", "й", weak: true), Ending("а", "", weak: true),
        Ending("у", "", weak: true), Ending("у", "а", weak: true), Ending("и", "а", weak: true),
        Ending("ы", "а", weak: true), Ending("е", "а", weak: true), Ending("е", "", weak: true),
    ]

    /// Endings that make a word a surname or patronymic by its shape alone, where the vocabularies hold too few
    /// of a country's names: East Slavic and Central Asian "-ovna", "-evich", "-uly", "-kyzy", "-ova"; Georgian
    /// "-shvili", "-dze"; Ukrainian "-enko", "-chuk"; South Slavic "-ović"; Azerbaijani "-oğlu", "-zade";
    /// Icelandic "-dóttir", "-sson"; Greek "-ίδης", "-άκης", "-όπουλος" and their women's forms.
    private static let surnameShapes: [[UInt8]] = [
        "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ovic", "evic", "shvili", "dze", "enko", "chuk",
        "uly", "kyzy", "kizi", "qizi", "oglu", "ogly", "zade", "ova", "eva", "ov", "ev", "skaya", "skiy", "skyi",
        "dottir", "sson",
        // In Cyrillic letters, with the patronymics' genitive and dative: "Серикович", "Сериковича", "Ержанов".
        "ович", "евич", "овича", "евича", "овичу", "евичу", "овна", "евна", "овны", "евны", "овне", "евне",
        "івна", "ївна", "ична", "ова", "ева", "ов", "ев", "енко", "ский", "ская", "ський", "ська", "швили", "дзе",
        "ұлы", "қызы", "улы", "кызы", "ову", "еву", "овым", "евым", "овой", "евой",
        // Patronymics in the accusative: "Петровну", "Іванівну".
        "овну", "евну", "івну", "ївну",
        // In Greek letters, the men's and women's forms: "Μαυρίδης", "Παπαδάκη", "Γεωργόπουλος", "Μαυρίδου".
        "ίδης", "άδης", "άκης", "όπουλος", "οπούλου", "ίδου", "άκη",
    ].map { Array($0.utf8) }

    /// The longest word read again, in bytes.
    private static let maximumLength = 32

    /// The given-name and surname classes of the listed form of word `k`, or none: asked of words in no
    /// vocabulary, of four letters or more; with `weak`, of a word the strong endings and shapes left unread, by
    /// the weak endings alone.
    static func classes(_ context: borrowing ScanContext, _ k: Int, weak: Bool) -> WordClasses {
        let token = context.tokens[k]
        let length = token.stemEnd - token.start
        guard length >= 4, length <= maximumLength else { return [] }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength + 4) { buffer in
            // The word folded to lower-case letters, so that endings compare as ASCII.
            var count = 0
            var i = token.start
            while i < token.stemEnd {
                let b = context.bytes[i]
                if b >= 0x80, i + 1 < token.stemEnd, case let folded = ByteClass.foldedLatin(b, context.bytes[i + 1]),
                    folded != 0
                {
                    buffer[count] = folded
                    i += 2
                } else {
                    buffer[count] = b &- 65 < 26 ? b | 0x20 : b
                    i += 1
                }
                count += 1
            }
            // The strong endings were read before the weak ones are asked for.
            for ending in endings
            where ending.isWeak == weak && count - ending.suffix.count >= 3 && hasSuffix(buffer, count, ending.suffix)
            {
                let stem = count - ending.suffix.count
                for (j, byte) in ending.replacement.enumerated() { buffer[stem + j] = byte }
                let listed = stem + ending.replacement.count
                let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: buffer[..<listed]))
                let found = context.vocabulary.words.classes(of: hash)
                // Put the ending back for the next try.
                for (j, byte) in ending.suffix.enumerated() { buffer[stem + j] = byte }
                if !found.contains(.common), !found.isDisjoint(with: [.given, .surname]) {
                    return found.intersection([.given, .surname])
                }
            }
            guard !weak, count >= 6, !isTown(context, token) else { return [] }
            for shape in surnameShapes where hasSuffix(buffer, count, shape) { return .surname }
            return []
        }
    }

    /// A town's name of one word ("Prostějov", "Rostov"), which has a surname's shape.
    private static func isTown(_ context: borrowing ScanContext, _ token: Token) -> Bool {
        let towns = context.vocabulary.towns
        let phrase = WordHash.combine(WordHash.offsetBasis, token.stemHash)
        return towns.starts.mayContain(token.hash) && towns.lookup(phrase).isPhrase
    }

    private static func hasSuffix(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: Int, _ suffix: [UInt8]
    ) -> Bool {
        guard count >= suffix.count else { return false }
        for (j, byte) in suffix.enumerated() where buffer[count - suffix.count + j] != byte { return false }
        return true
    }
}
