/// Finds the longest phrase of a ``PhraseSet`` that starts at a token.
enum PhraseMatcher {
    /// The last token of the longest phrase of `set` starting at token `i`, on one line; symbols take part
    /// only when `symbols` is true.
    @inline(__always)
    static func longest(_ context: ScanContext, at i: Int, in set: PhraseSet, symbols: Bool = false) -> Int? {
        guard set.starts.mayContain(context.tokens[i].hash) else { return nil }
        return longest(context, atFiltered: i, in: set, symbols: symbols)
    }

    /// ``longest(_:at:in:symbols:)`` for a token that a filter holding all of `set.starts` has already let
    /// through, so that `set.starts` is not probed again.
    /// `firstHash` stands for the first token's own hash, for a word read without a prefix glued to it. With
    /// `numbered`, a phrase may end in a hyphen and a number of one or two digits glued to it, its type or strain
    /// ("COVID-19"), which then ends the match. Token `skipping`, when given, is passed over as if not written
    /// ("fractured left clavicle" read as "fractured clavicle").
    @inline(__always)
    static func longest(
        _ context: ScanContext, atFiltered i: Int, in set: PhraseSet, symbols: Bool = false, firstHash: UInt64? = nil,
        numbered: Bool = false, skipping: Int? = nil
    ) -> Int? {
        var hash = WordHash.offsetBasis
        var best: Int?
        var k = i
        while k < context.tokens.count, k - i < set.longest + (skipping == nil ? 0 : 1) {
            let token = context.tokens[k]
            if k > i, token.startsLine { break }
            if k == skipping {
                k += 1
                continue
            }
            if token.kind == .symbol, !symbols {
                // "Graves' disease": the apostrophe after a name's "s" is passed over.
                guard k > i, isApostropheAfterS(context, k) else { break }
                k += 1
                continue
            }
            hash = WordHash.combine(hash, k == i ? firstHash ?? token.hash : token.hash)
            let entry = set.lookup(hash)
            if entry.isPhrase { best = k }
            if !entry.isPrefix { break }
            k += 1
        }
        guard let last = best else { return nil }
        if context.endsCleanly(last) || context.tokens[last].kind == .symbol { return last }
        return numbered ? context.typeNumberEnd(after: last) : nil
    }

    /// Whether symbol token `k` is an apostrophe, straight or typographic, glued to a word ending in "s" before it
    /// and followed by a space.
    private static func isApostropheAfterS(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        let before = context.tokens[k - 1]
        guard token.isAttached, before.isWord, context.bytes[before.end - 1] | 0x20 == 0x73,
            k + 1 < context.tokens.count, !context.tokens[k + 1].isAttached
        else { return false }
        let b = context.bytes[token.start]
        return b == 0x27 || b == 0xE2 && token.length == 3 && context.bytes[token.start + 1] == 0x80
            && context.bytes[token.start + 2] == 0x99
    }
}

/// Finds the organization's confidential terms, case-insensitively, as whole words.
enum ConfidentialTermDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        guard context.settings.confidentialTerms.longest > 0 else { return }
        let terms = context.settings.confidentialTerms
        var i = 0
        while i < context.tokens.count {
            if context.startsCleanly(i), let last = PhraseMatcher.longest(context, at: i, in: terms, symbols: true) {
                candidates.add(.confidentialTerm, tokens: i, last, 0.99)
                i = last + 1
            } else {
                i += 1
            }
        }
    }
}
