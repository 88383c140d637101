/// A set of word or phrase hashes (see ``WordHash``) in one open-addressing table.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    /// Builds a set from lines of `list` (one entry a line); phrases are hashed word by word when
    /// `phrases` is true.
    init(lines list: String, phrases: Bool = false) {
        self.init(capacity: list.utf8.count / 6 + 16)
        for line in list.split(separator: "\n", omittingEmptySubsequences: true) {
            insert(phrases ? WordHash.of(phrase: line) : WordHash.of(word: line.utf8))
        }
    }

    /// Builds a set of the given words (or phrases).
    init(_ entries: [String], phrases: Bool = false) {
        self.init(capacity: entries.count)
        for entry in entries {
            insert(phrases ? WordHash.of(phrase: Substring(entry)) : WordHash.of(word: Substring(entry).utf8))
        }
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
