/// The elided articles and prepositions of French and Italian glued to the next word by an apostrophe ("l'insuline",
/// "d'hypertension", "dell'asma"), so that the word can be read without them.
enum Elision {
    /// The index of the word's first byte after an elided article in lower case that opens token `token`, if one
    /// does; the typographic apostrophe (E2 80 99) counts too. Capitalized words are left alone ("D'Souza").
    @inline(never)
    static func restStart(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int? {
        guard token.isWord, !token.isCapitalized, token.length >= 5 else { return nil }
        var a = token.start + 1
        while a < token.start + 5, bytes[a] != 0x27, bytes[a] != 0xE2 { a += 1 }
        guard a < token.start + 5, bytes[a] == 0x27 || bytes[a + 1] == 0x80 && bytes[a + 2] == 0x99,
            articles[hash: WordHash.of(bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<a]))] != nil
        else { return nil }
        let rest = a + (bytes[a] == 0x27 ? 1 : 3)
        return token.end - rest >= 4 ? rest : nil
    }

    /// Whether token `token` is one of the elided articles alone, in lower case: "l" of "l'Île", apart from its
    /// word where the word opens with a letter beyond ASCII.
    static func isArticle(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && token.length <= 4 && articles[hash: token.hash] != nil
    }

    /// Whether token `token` is an apostrophe, straight or typographic (E2 80 99), as between an article and its
    /// word.
    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .symbol else { return false }
        return token.length == 1 ? bytes[token.start] == 0x27
            : token.length == 3 && ByteClass.hasBytes(bytes, typographicApostrophe, at: token.start)
    }

    private static let typographicApostrophe: [UInt8] = [0xE2, 0x80, 0x99]

    /// "l'", "d'", "qu'", "un'" and the Italian prepositions joined to the article ("dell'", "all'").
    private static let articles = KeywordTable(
        ["l", "d", "qu", "un", "dell", "all", "dall", "nell", "sull", "coll"].map { ($0, ()) })
}
