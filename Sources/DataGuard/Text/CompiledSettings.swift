/// A ``ScannerConfiguration`` made ready for scanning: terms tokenized and hashed, prefixes lower-cased.
final class CompiledSettings: Sendable {
    struct Pattern: Sendable {
        var prefix: [UInt8]
        var digits: ClosedRange<Int>
        var type: FindingType
    }

    /// The confidential terms, as phrases of tokens.
    let confidentialTerms: PhraseSet
    let patterns: [Pattern]

    init(_ configuration: ScannerConfiguration) {
        confidentialTerms = PhraseSet(
            configuration.confidentialTerms.map { term in
                var term = term
                return term.withUTF8 {
                    Tokenizer.withTokens(of: $0, lexicon: LexiconTable([])) { tokens, _ in tokens.map(\.hash) }
                }
            })
        patterns = configuration.identifierPatterns.compactMap { pattern in
            let prefix = Array(pattern.prefix.utf8).map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
            guard !prefix.isEmpty, pattern.digits.lowerBound > 0 else { return nil }
            return Pattern(prefix: prefix, digits: pattern.digits, type: pattern.type)
        }
    }
}
