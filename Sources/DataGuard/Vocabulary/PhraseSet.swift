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

    /// Builds a set from text, one phrase a line, words separated by single spaces: each line's words are
    /// hashed and folded in place, without an array per line.
    init(lines text: String) {
        var builder = Builder(capacity: WordList.wordCount(of: text))
        WordList.forEachLine(of: text) { line in
            WordList.forEachWordHash(of: line) { builder.add(word: $0) }
            builder.endPhrase()
        }
        self.init(builder)
    }

    /// Builds a set of the given phrases.
    init(_ entries: [String]) {
        self.init(entries.map { entry in entry.split(separator: " ").map { WordHash.of(word: $0.utf8) } })
    }

    /// Builds a set from phrases given as the word hashes of each.
    init(_ phrases: [[UInt64]]) {
        var builder = Builder(capacity: phrases.reduce(0) { $0 + $1.count })
        for words in phrases {
            for word in words { builder.add(word: word) }
            builder.endPhrase()
        }
        self.init(builder)
    }

    private init(_ builder: Builder) {
        entries = builder.entries
        starts = builder.starts
        longest = builder.longest
    }

    /// Folds phrases into a set's parts word by word.
    private struct Builder {
        private(set) var entries: HashTable
        private(set) var starts = WordFilter([])
        private(set) var longest = 0
        /// The fold of the words of the phrase being added, and their number.
        private var hash = WordHash.offsetBasis
        private var count = 0

        /// A builder for phrases of at most `capacity` words in all.
        init(capacity: Int) {
            entries = HashTable(capacity: capacity, valueBits: 2)
        }

        /// Adds the next word of the phrase: the words before it are a proper prefix.
        mutating func add(word: UInt64) {
            if count == 0 {
                starts.insert(word)
            } else {
                entries.insert(hash, value: PhraseSet.prefixBit)
            }
            hash = WordHash.combine(hash, word)
            count += 1
        }

        /// Ends the phrase whose words were added since the last call.
        mutating func endPhrase() {
            if count > 0 {
                entries.insert(hash, value: PhraseSet.phraseBit)
                longest = max(longest, count)
            }
            hash = WordHash.offsetBasis
            count = 0
        }
    }

    /// Whether the fold `hash` of some words is a whole phrase, and whether it is a proper prefix of one.
    @inline(__always)
    func lookup(_ hash: UInt64) -> (isPhrase: Bool, isPrefix: Bool) {
        let value = entries.value(of: hash) ?? 0
        return (value & Self.phraseBit != 0, value & Self.prefixBit != 0)
    }
}
