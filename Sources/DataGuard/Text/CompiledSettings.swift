/// A ``ScannerConfiguration`` made ready for scanning: terms tokenized and hashed, prefixes lower-cased.
struct CompiledSettings: Sendable {
    struct Pattern: Sendable {
        var prefix: [UInt8]
        var digits: ClosedRange<Int>
        var type: FindingType
    }

    /// The confidential terms, each the ``WordHash`` fold of its tokens.
    let confidentialTerms: WordSet
    /// The greatest number of tokens in a confidential term.
    let longestTerm: Int
    let patterns: [Pattern]

    init(_ configuration: ScannerConfiguration) {
        var hashes: [UInt64] = []
        var longest = 0
        for term in configuration.confidentialTerms {
            var term = term
            var tokens: [Token] = []
            term.withUTF8 { Tokenizer.tokenize($0, into: &tokens) }
            guard !tokens.isEmpty else { continue }
            hashes.append(tokens.reduce(WordHash.offsetBasis) { WordHash.combine($0, $1.hash) })
            longest = max(longest, tokens.count)
        }
        confidentialTerms = WordSet(hashes: hashes)
        longestTerm = longest
        patterns = configuration.identifierPatterns.compactMap { pattern in
            let prefix = Array(pattern.prefix.utf8).map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
            guard !prefix.isEmpty, pattern.digits.lowerBound > 0 else { return nil }
            return Pattern(prefix: prefix, digits: pattern.digits, type: pattern.type)
        }
    }
}
