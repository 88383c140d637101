/// An open-addressing table of 64-bit word hashes (see ``WordHash``): each slot keeps a hash's upper bits
/// and, in its low `valueBits` bits, the value stored for it, so a lookup reads one array of integers.
///
/// The bits given to the value are taken from the hash: with 32 of them, two different words share a key
/// about once in four thousand million lookups, which the lists here can live with.
struct HashTable: Sendable {
    private var slots: [UInt64]
    private let mask: Int
    private let valueMask: UInt64

    /// An empty table with room for `capacity` hashes at a load of at most three quarters (linear probing
    /// stays within a cache line or two, and the large vocabulary table of about 195,000 words stays at
    /// 2 MB, where more of it stays in the processor's cache).
    init(capacity: Int, valueBits: Int) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        valueMask = valueBits == 0 ? 0 : (1 << UInt64(valueBits)) - 1
    }

    @inline(__always)
    private func key(_ hash: UInt64) -> UInt64 {
        let key = hash & ~valueMask
        return key == 0 ? valueMask &+ 1 : key
    }

    /// The slot a key's probe starts at, from its upper half: a ``WordHash`` is mixed already, and the lower
    /// half may be the value's bits, zero in every key.
    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 32) & mask }

    /// Adds `hash`, or-ing `value` into the value it already has.
    mutating func insert(_ hash: UInt64, value: UInt64 = 0) {
        let key = key(hash)
        var i = home(key)
        while slots[i] != 0, slots[i] & ~valueMask != key { i = (i + 1) & mask }
        slots[i] |= key | (value & valueMask)
    }

    /// The value stored for `hash`, or nil when the table does not hold it.
    @inline(__always)
    func value(of hash: UInt64) -> UInt64? {
        let key = key(hash)
        var i = home(key)
        while true {
            let slot = slots[i]
            if slot & ~valueMask == key { return slot & valueMask }
            if slot == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
