/// A set of word or phrase hashes (see ``WordHash``) in one open-addressing table.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    /// Builds a set of the words of `list`, one a line.
    init(lines list: String) {
        self.init(capacity: list.utf8.count / 6 + 16)
        for line in list.split(separator: "\n", omittingEmptySubsequences: true) { insert(WordHash.of(word: line.utf8)) }
    }

    /// Builds a set of the given words.
    init(_ entries: [String]) {
        self.init(capacity: entries.count)
        for entry in entries { insert(WordHash.of(word: Substring(entry).utf8)) }
    }

    /// Builds a set of precomputed hashes.
    init(hashes: [UInt64]) {
        self.init(capacity: hashes.count)
        for hash in hashes { insert(hash) }
    }

    private init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    private mutating func insert(_ hash: UInt64) {
        let key = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while slots[i] != 0 {
            if slots[i] == key { return }
            i = (i + 1) & mask
        }
        slots[i] = key
    }

    /// Whether the set holds `hash`.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let slot = slots[i]
            if slot == key { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

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
