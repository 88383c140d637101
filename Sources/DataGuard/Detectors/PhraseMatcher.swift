/// Finds the longest phrase of a ``WordSet`` (hashed word by word) that starts at a token.
enum PhraseMatcher {
    /// The last token of the longest phrase of `set` starting at token `i`, of at most `maxTokens` tokens on
    /// one line; symbols take part only when `symbols` is true.
    static func longest(
        _ context: borrowing ScanContext, at i: Int, in set: WordSet, maxTokens: Int, symbols: Bool = false
    ) -> Int? {
        var hash = WordHash.offsetBasis
        var best: Int?
        var k = i
        while k < context.tokens.count, k - i < maxTokens {
            let token = context.tokens[k]
            if k > i, token.startsLine { break }
            if token.kind == .symbol, !symbols { break }
            hash = WordHash.combine(hash, token.hash)
            if set.contains(hash) { best = k }
            k += 1
        }
        guard let last = best, context.endsCleanly(last) || context.tokens[last].kind == .symbol else { return nil }
        return last
    }
}

/// Finds the organization's confidential terms, case-insensitively, as whole words.
enum ConfidentialTermDetector {
    static func detect(_ context: inout ScanContext) {
        let longest = context.settings.longestTerm
        guard longest > 0 else { return }
        var i = 0
        while i < context.tokens.count {
            if context.startsCleanly(i),
                let last = PhraseMatcher.longest(
                    context, at: i, in: context.settings.confidentialTerms, maxTokens: longest, symbols: true)
            {
                context.add(.confidentialTerm, tokens: i, last, 0.99)
                i = last + 1
            } else {
                i += 1
            }
        }
    }
}
