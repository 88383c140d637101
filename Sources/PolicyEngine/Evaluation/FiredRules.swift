/// Which rules of a ``CompiledPolicy`` fired, as a reusable bitset indexed like the policy's rules.
///
/// Create one per thread with ``CompiledPolicy/makeFiredRules()`` and pass it to every
/// ``CompiledPolicy/evaluate(_:into:)``: evaluation clears and refills it without allocating.
public struct FiredRules: Hashable, Sendable {
    @usableFromInline var words: [UInt64]

    init(ruleCount: Int) { words = Array(repeating: 0, count: (ruleCount + 63) / 64) }

    @inlinable mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }

    @inlinable mutating func insert(_ rule: Int) { words[rule >> 6] |= 1 << UInt64(rule & 63) }

    /// The indices of the rules that fired, in increasing order.
    var indices: [Int] {
        words.indices.flatMap { word in
            (0..<64).filter { words[word] & (1 << UInt64($0)) != 0 }.map { word * 64 + $0 }
        }
    }
}
