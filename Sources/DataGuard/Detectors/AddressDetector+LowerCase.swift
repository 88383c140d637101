/// Streets written in lower case with their street word first, as chats write them: "rua voluntários da pátria
/// 190, apto 802, botafogo", "av. rivadavia 4820, caballito", "calle duarte #45, ensanche la fe".
extension AddressDetector {
    /// The first token and the end of a lower-case street whose house number is token `i`: a street word written
    /// before a name (one that is no English word: "rua", "calle", "av.", "jalan", not "via" or "route"), one to
    /// four lower-case words of the name, the number (after "#" or not), then units and areas after commas.
    static func lowerCaseStreetFirst(_ context: ScanContext, _ i: Int) -> (first: Int, end: End)? {
        let tokens = context.tokens
        guard context.isNumber(i, digits: 1...5), i >= 2, !tokens[i].startsLine else { return nil }
        var k = i - 1
        if context.isSymbol(k, 0x23), tokens[i].isAttached, !tokens[k].startsLine { k -= 1 }  // "#45"
        var words = 0
        while k >= 0, words < 4, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].flags.contains(.hasDigit) {
            if words > 0, isLowerCaseStreetWord(context, k) {
                return (k, End(token: lowerCaseParts(context, after: i), hasCity: false))
            }
            // A name's words are no English words, but for short particles ("da", "de la").
            if tokens[k].startsLine || tokens[k].length >= 4
                && context.vocabulary.words.classes(of: tokens[k].hash).contains(.common)
            {
                return nil
            }
            words += 1
            k -= 1
            // The period of an abbreviated street word: "av. rivadavia".
            if k >= 1, context.isSymbol(k, 0x2E), tokens[k].isAttached, !tokens[k].startsLine,
                isLowerCaseStreetWord(context, k - 1)
            {
                return (k - 1, End(token: lowerCaseParts(context, after: i), hasCity: false))
            }
        }
        return nil
    }

    /// Whether word `k` is a street word written before the name, in lower-case Latin letters (the scripts without
    /// capitals have a detector of their own), and no English word; of two letters only with its period ("av.",
    /// not "bd" or "al").
    private static func isLowerCaseStreetWord(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard !token.isCapitalized, !token.flags.contains(.beyondASCII),
            token.length >= 3 || context.isSymbol(k + 1, 0x2E) && context.tokens[k + 1].isAttached
        else { return false }
        let classes = context.vocabulary.words.classes(of: token.hash)
        return classes.contains(.streetBefore) && !classes.contains(.common)
    }

    /// The last token of up to four parts after commas that follow the house number `number`: a unit and its number
    /// ("apto 802", "dpto. 302") or one to three words that are no English words ("botafogo", "ensanche la fe").
    private static func lowerCaseParts(_ context: ScanContext, after number: Int) -> Int {
        let tokens = context.tokens
        let words = context.vocabulary.words
        var last = number
        var parts = 0
        while parts < 4, context.isSymbol(last + 1, 0x2C) {
            var k = last + 2
            var end = last
            while k < tokens.count, k - (last + 2) < 3, !tokens[k].startsLine {
                let token = tokens[k]
                if token.isNumber || token.isWord && token.flags.contains(.hasDigit) {
                    guard k > last + 2 else { break }  // a unit's number, not a part of its own
                } else if token.isWord {
                    let particle = k > last + 2 && token.length <= 3
                    guard particle || !words.classes(of: token.hash).contains(.common) || context.has(k, .unitWord)
                    else { break }
                } else if !(context.isSymbol(k, 0x2E) && token.isAttached && context.isNumber(k + 1, digits: 1...5)) {
                    break  // a period goes on only before a unit's number: "dpto. 302"
                }
                if !context.isSymbol(k, 0x2E) { end = k }
                k += 1
            }
            guard end > last + 1 else { break }
            last = end
            parts += 1
        }
        return last
    }
}
