/// The digits Arabic, Persian and Urdu texts write numbers with, Arabic-Indic (U+0660–U+0669) and Eastern
/// Arabic-Indic (U+06F0–U+06F9), with the Arabic decimal and thousands separators (U+066B, U+066C): read as
/// ASCII digits, "." and ",", so that every detector sees the phone numbers, dates and record numbers written
/// with them ("۰۹۱۷ ۳۱۴ ۲۲۰۸", "٢٠٢٥/١/١٢").
enum LocalDigits {
    /// `bytes` with each such scalar (two bytes) written as its one ASCII byte, and the offset in the result of
    /// every byte so written, in order; nil when `bytes` has none.
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], folds: [Int])? {
        guard let first = firstLocalDigit(bytes) else { return nil }
        var out = [UInt8](bytes[..<first])
        out.reserveCapacity(bytes.count)
        var folds: [Int] = []
        var i = first
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

    /// The offset of the first scalar to fold. Eight bytes at a time, the lead bytes D9 and DB told by a word-wide
    /// test for a zero byte in the bytes with bit 1 set and compared with DB; only eight bytes that hold one are
    /// looked at one by one.
    private static func firstLocalDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        while i < bytes.count - 1 {
            if i + 8 <= bytes.count {
                let x = (ByteClass.eightBytes(bytes, at: i) | 0x02 &* ones) ^ (0xDB &* ones)
                if (x &- ones) & ~x & (0x80 &* ones) == 0 {
                    i += 8
                    continue
                }
            }
            for k in i..<min(i + 8, bytes.count - 1) where ascii(bytes[k], bytes[k + 1]) != nil { return k }
            i += 8
        }
        return nil
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
