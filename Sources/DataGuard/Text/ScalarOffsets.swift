/// Turns byte ranges into Unicode-scalar offsets, as Python indexes a string.
enum ScalarOffsets {
    /// The findings of `candidates` (sorted by start, not overlapping) with scalar offsets into `bytes`.
    static func findings(_ candidates: [Candidate], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard bytes.baseAddress != nil, let last = candidates.last else { return [] }
        // Most texts are ASCII up to their last finding, where a byte is a scalar: one quick pass checks it.
        if isASCII(bytes, upTo: last.end) {
            return candidates.map { finding($0, start: $0.start, end: $0.end) }
        }
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
            findings.append(finding(candidate, start: start, end: scalarIndex))
        }
        return findings
    }

    /// The candidates of `findings` (sorted by start, not overlapping) with byte offsets into `bytes`: the inverse
    /// of ``findings(_:in:)``.
    static func candidates(_ findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var candidates: [Candidate] = []
        candidates.reserveCapacity(findings.count)
        var byteIndex = 0
        var scalarIndex = 0
        func advance(to target: Int) {
            while scalarIndex < target, byteIndex < bytes.count {
                byteIndex += 1
                while byteIndex < bytes.count, bytes[byteIndex] & 0xC0 == 0x80 { byteIndex += 1 }
                scalarIndex += 1
            }
        }
        for finding in findings {
            advance(to: finding.start)
            let start = byteIndex
            advance(to: finding.end)
            candidates.append(
                Candidate(type: finding.type, start: start, end: byteIndex, confidence: finding.confidence))
        }
        return candidates
    }

    /// The finding of `candidate` at scalar offsets `start..<end`, its confidence rounded to two places.
    @inline(__always)
    private static func finding(_ candidate: Candidate, start: Int, end: Int) -> Finding {
        Finding(type: candidate.type, start: start, end: end, confidence: (candidate.confidence * 100).rounded() / 100)
    }

    /// Whether the first `end` bytes are all ASCII: their top bits or-ed 32, then eight bytes at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Bool {
        var high: UInt64 = 0
        var i = 0
        while i + 32 <= end {
            high |= ByteClass.eightBytes(bytes, at: i) | ByteClass.eightBytes(bytes, at: i + 8)
                | ByteClass.eightBytes(bytes, at: i + 16) | ByteClass.eightBytes(bytes, at: i + 24)
            i += 32
        }
        while i + 8 <= end {
            high |= ByteClass.eightBytes(bytes, at: i)
            i += 8
        }
        while i < end {
            high |= UInt64(bytes[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
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
