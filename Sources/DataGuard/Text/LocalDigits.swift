/// The digits Arabic, Persian and Urdu texts write numbers with, Arabic-Indic (U+0660–U+0669) and Eastern
/// Arabic-Indic (U+06F0–U+06F9), with the Arabic decimal and thousands separators (U+066B, U+066C): read as
/// ASCII digits, "." and ",", so that every detector sees the phone numbers, dates and record numbers written
/// with them ("۰۹۱۷ ۳۱۴ ۲۲۰۸", "٢٠٢٥/١/١٢").
enum LocalDigits {
    /// `bytes` with each such scalar (two bytes) written as its one ASCII byte, and the offset in the result of
    /// every byte so written, in order.
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], folds: [Int]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var folds: [Int] = []
        var i = 0
        while i < bytes.count {
            if i + 1 < bytes.count, let ascii = ascii(bytes[i], bytes[i + 1]) {
                folds.append(out.count)
                out.append(ascii)
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return (out, folds)
    }

    /// `candidates` found in the folded bytes, with the offsets of the bytes they came from: each offset moves on
    /// by one for every folded scalar before it.
    static func unfolded(_ candidates: [Candidate], folds: [Int]) -> [Candidate] {
        // Sorted by start and never overlapping, so their offsets only grow: one pass over both lists.
        var before = 0
        func original(_ offset: Int) -> Int {
            while before < folds.count, folds[before] < offset { before += 1 }
            return offset + before
        }
        return candidates.map { candidate in
            var moved = candidate
            moved.start = original(candidate.start)
            moved.end = original(candidate.end)
            return moved
        }
    }

    /// Whether the two-byte scalar `lead second` is one that ``folded(_:)`` writes as ASCII.
    @inline(__always)
    static func isFolded(_ lead: UInt8, _ second: UInt8) -> Bool {
        ascii(lead, second) != nil
    }

    /// The ASCII byte the two-byte scalar `lead second` is read as, or nil.
    @inline(__always)
    private static func ascii(_ lead: UInt8, _ second: UInt8) -> UInt8? {
        if lead == 0xD9 {
            if second &- 0xA0 < 10 { return 0x30 + (second - 0xA0) }
            if second == 0xAB { return 0x2E }
            if second == 0xAC { return 0x2C }
        } else if lead == 0xDB, second &- 0xB0 < 10 {
            return 0x30 + (second - 0xB0)
        }
        return nil
    }
}
