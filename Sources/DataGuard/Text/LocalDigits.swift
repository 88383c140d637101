/// The digits Arabic, Persian and Urdu texts write numbers with, Arabic-Indic (U+0660–U+0669) and Eastern
/// Arabic-Indic (U+06F0–U+06F9), with the Arabic decimal and thousands separators (U+066B, U+066C), and the digits
/// of the scripts of South Asia, Devanagari to Sinhala (U+0966–U+096F, U+09E6–U+09EF …): read as ASCII digits, "."
/// and ",", so that every detector sees the phone numbers, dates and record numbers written with them
/// ("۰۹۱۷ ۳۱۴ ۲۲۰۸", "٢٠٢٥/١/١٢", "১২ মার্চ ২০২৫").
enum LocalDigits {
    /// `bytes` with each such scalar (two or three bytes) written as its one ASCII byte, and the offset in the
    /// result of every byte so written, once for each byte it takes away, in order.
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
            } else if let ascii = indicDigit(bytes, i) {
                folds.append(out.count)
                folds.append(out.count)
                out.append(ascii)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return (out, folds)
    }

    /// `candidates` found in the folded bytes, with the offsets of the bytes they came from: each offset moves on
    /// by the bytes every folded scalar before it took away.
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

    /// The ASCII digit the three bytes at `i` are read as when they are a digit of a script of South Asia: the
    /// blocks from Devanagari (E0 A4) to Sinhala (E0 B7) keep their digits at the same place, the second half of
    /// each block's first half (E0 A5 A6–AF, E0 A7 A6–AF, …).
    @inline(__always)
    static func indicDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8? {
        guard i + 2 < bytes.count, bytes[i] == 0xE0, bytes[i + 1] &- 0xA5 < 0x13, bytes[i + 1] & 1 == 1,
            bytes[i + 2] &- 0xA6 < 10
        else { return nil }
        return 0x30 + (bytes[i + 2] - 0xA6)
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
