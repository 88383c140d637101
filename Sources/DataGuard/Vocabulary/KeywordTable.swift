/// A few keywords with a value each ("march" → 3), looked up by word hash: one probe of a small
/// ``HashTable`` that keeps each keyword's index, so a word that is no keyword costs as little as one that is.
struct KeywordTable<Value: Sendable>: Sendable {
    /// The keywords, as written.
    let keywords: [String]
    private let indices: HashTable
    private let values: [Value]

    init(_ entries: [(String, Value)]) {
        precondition(entries.count < 1 << 16, "a keyword's index is kept in sixteen bits")
        keywords = entries.map(\.0)
        values = entries.map(\.1)
        // Room for four times the keywords, so that the table is at most three sixteenths full: most words asked
        // are no keyword, and their probe ends at the first empty slot, after little more than one slot on
        // average where at three quarters full it takes eight (1.5 M instructions a corpus pass). The tables are
        // small.
        var indices = HashTable(capacity: entries.count * 4, valueBits: 16)
        for (n, keyword) in keywords.enumerated() {
            let hash = WordHash.of(word: Substring(keyword).utf8)
            // A keyword listed twice keeps its first value.
            if indices.value(of: hash) == nil { indices.insert(hash, value: UInt64(n)) }
        }
        self.indices = indices
    }

    /// The value of the keyword with this hash, if any.
    @inline(__always)
    subscript(hash hash: UInt64) -> Value? {
        indices.value(of: hash).map { values[Int($0)] }
    }
}
