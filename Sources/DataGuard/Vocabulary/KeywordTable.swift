/// A few keywords with a value each ("march" → 3), looked up by word hash in a short linear scan, which
/// beats hashing for two dozen entries.
struct KeywordTable<Value: Sendable>: Sendable {
    /// The keywords, as written.
    let keywords: [String]
    private let hashes: [UInt64]
    private let values: [Value]

    init(_ entries: [(String, Value)]) {
        keywords = entries.map(\.0)
        hashes = entries.map { WordHash.of(word: Substring($0.0).utf8) }
        values = entries.map(\.1)
    }

    /// The value of the keyword with this hash, if any.
    subscript(hash hash: UInt64) -> Value? {
        for (n, candidate) in hashes.enumerated() where candidate == hash { return values[n] }
        return nil
    }
}
