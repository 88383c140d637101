/// A set of phrases, each the ``WordHash`` fold of its words, with the hashes of every proper prefix so
/// that a match can stop at the first word that no phrase continues with.
struct PhraseSet: Sendable {
    /// The phrases (value bit ``phraseBit``) and their proper prefixes (``prefixBit``) in one table, so
    /// that each word of a match costs one probe.
    private var entries: HashTable
    private static let phraseBit: UInt64 = 1
    private static let prefixBit: UInt64 = 2
    /// The first words of the phrases, to pass over other words at once.
    private(set) var starts: WordFilter
    /// The number of words of the longest phrase.
    private(set) var longest: Int

    /// Builds a set from text, one phrase a line, words separated by single spaces.
    init(lines text: String) {
        var phrases: [[UInt64]] = []
        phrases.reserveCapacity(WordList.lineCount(of: text))
        WordList.forEachLine(of: text) { phrases.append(WordList.wordHashes($0)) }
        self.init(phrases)
    }

    /// Builds a set of the given phrases.
    init(_ entries: [String]) {
        self.init(entries.map { entry in entry.split(separator: " ").map { WordHash.of(word: $0.utf8) } })
    }

    /// Builds a set from phrases given as the word hashes of each.
    init(_ phrases: [[UInt64]]) {
        var whole: [UInt64] = []
        var partial: [UInt64] = []
        var longest = 0
        for words in phrases where !words.isEmpty {
            var hash = WordHash.offsetBasis
            for (n, word) in words.enumerated() {
                hash = WordHash.combine(hash, word)
                if n < words.count - 1 { partial.append(hash) }
            }
            whole.append(hash)
            longest = max(longest, words.count)
        }
        entries = HashTable(capacity: whole.count + partial.count, valueBits: 2)
        for hash in whole { entries.insert(hash, value: Self.phraseBit) }
        for hash in partial { entries.insert(hash, value: Self.prefixBit) }
        self.starts = WordFilter(phrases.compactMap(\.first))
        self.longest = longest
    }

    /// Whether the fold `hash` of some words is a whole phrase, and whether it is a proper prefix of one.
    @inline(__always)
    func lookup(_ hash: UInt64) -> (isPhrase: Bool, isPrefix: Bool) {
        let value = entries.value(of: hash) ?? 0
        return (value & Self.phraseBit != 0, value & Self.prefixBit != 0)
    }
}
