/// Turns byte ranges into Unicode-scalar offsets, as Python indexes a string.
enum ScalarOffsets {
    /// The findings of `candidates` (sorted by start, not overlapping) with scalar offsets into `bytes`.
    static func findings(_ candidates: [Candidate], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard bytes.baseAddress != nil, !candidates.isEmpty else { return [] }
        var findings: [Finding] = []
        findings.reserveCapacity(candidates.count)
        var byteIndex = 0
        var scalarIndex = 0
        func advance(to target: Int) {
            // Eight bytes at a time (the last eight of the text may be read past `target`, those bytes not
            // counted), then byte by byte.
            while byteIndex < target, byteIndex + 8 <= bytes.count {
                let counted = min(target - byteIndex, 8)
                let eight = ByteClass.eightBytes(bytes, at: byteIndex)
                byteIndex += counted
                scalarIndex += counted - continuationBytes(eight, first: counted)
            }
            while byteIndex < target {
                if bytes[byteIndex] & 0xC0 != 0x80 { scalarIndex += 1 }
                byteIndex += 1
            }
        }
        for candidate in candidates {
            advance(to: candidate.start)
            let start = scalarIndex
            advance(to: candidate.end)
            let confidence = (candidate.confidence * 100).rounded() / 100
            findings.append(Finding(type: candidate.type, start: start, end: scalarIndex, confidence: confidence))
        }
        return findings
    }

    /// How many of the first `count` bytes of `eight` (the first in the lowest bits) are continuation
    /// bytes (10xxxxxx): their top bits, moved to the bottom of each byte, summed by one multiplication.
    @inline(__always)
    private static func continuationBytes(_ eight: UInt64, first count: Int) -> Int {
        let tops = (eight & ~(eight << 1) & 0x8080_8080_8080_8080) >> 7
        let kept = count == 8 ? tops : tops & ((1 &<< UInt64(count &* 8)) &- 1)
        return Int(truncatingIfNeeded: (kept &* 0x0101_0101_0101_0101) >> 56)
    }
}
