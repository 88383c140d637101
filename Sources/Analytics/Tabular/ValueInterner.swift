/// Gives each distinct field value a small number, straight from its bytes, so that a column of a large log is
/// stored as one `UInt32` a row and a short list of distinct values.
///
/// An open-addressing hash table (FNV-1a over the bytes, linear probing) that allocates only for a value it has
/// not seen before.
struct ValueInterner: Sendable {
    /// The distinct values, indexed by their number.
    private(set) var values: [String] = []
    private var keys: [[UInt8]] = []
    private var slots = [Int32](repeating: -1, count: 64)

    /// The number of a value, given its UTF-8 bytes; a new value gets the next number.
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while slots[slot] >= 0 {
            let code = Int(slots[slot])
            if keys[code].elementsEqual(bytes) { return UInt32(code) }
            slot = (slot + 1) & mask
        }
        let code = keys.count
        keys.append(Array(bytes))
        values.append(String(decoding: bytes, as: UTF8.self))
        slots[slot] = Int32(code)
        if keys.count * 2 > slots.count { grow() }
        return UInt32(code)
    }

    /// Doubles the table and places every known value again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (code, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
