/// Writes ASCII into memory reserved for it in advance, for formatting findings before they are copied
/// into an output buffer at once: a byte written is a store, where appending to an array checks its
/// capacity and uniqueness each time.
struct ByteWriter {
    /// The most bytes one finding's JSON object takes, separator included: the longest type name
    /// (21 bytes), two offsets of at most 20 digits, a confidence Swift prints in at most 24 bytes,
    /// and 57 bytes of keys and punctuation.
    static let findingCapacity = 160

    private let memory: UnsafeMutableBufferPointer<UInt8>
    /// The number of bytes written so far.
    private(set) var count = 0

    /// A writer into `memory`, which must have room for everything written.
    init(_ memory: UnsafeMutableBufferPointer<UInt8>) {
        self.memory = memory
    }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: memory[..<count]) }

    @inline(__always)
    mutating func write(_ byte: UInt8) {
        memory[count] = byte
        count += 1
    }

    /// Writes the UTF-8 of `text` in one copy (string literals and type names are stored contiguously).
    @inline(__always)
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let source = bytes.baseAddress else { return }
            (memory.baseAddress! + count).update(from: source, count: bytes.count)
            count += bytes.count
        }
    }

    /// Writes `value` in decimal: its digits from the last, then turned around.
    mutating func write(decimal value: Int) {
        if value < 0 { write(0x2D) }
        var magnitude = value.magnitude
        let first = count
        repeat {
            write(UInt8(magnitude % 10) + 0x30)
            magnitude /= 10
        } while magnitude > 0
        var digits = UnsafeMutableBufferPointer(rebasing: memory[first..<count])
        digits.reverse()
    }

    /// Writes a confidence as Swift prints it when it has at most two decimals (`0.9`, `0.85`, `1.0`);
    /// others as Swift prints them.
    mutating func write(confidence value: Double) {
        let hundredths = (value * 100).rounded()
        guard value >= 0, value <= 1, hundredths / 100 == value else { return write("\(value)") }
        let h = Int(hundredths)
        guard h < 100 else { return write("1.0") }
        write(0x30)
        write(0x2E)
        write(UInt8(h / 10) + 0x30)
        if h % 10 != 0 { write(UInt8(h % 10) + 0x30) }
    }
}
