/// Turns byte ranges into Unicode-scalar offsets, as Python indexes a string.
enum ScalarOffsets {
    /// The findings of `candidates` (sorted by start, not overlapping) with scalar offsets into `bytes`.
    static func findings(_ candidates: [Candidate], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard bytes.baseAddress != nil, let last = candidates.last else { return [] }
        // Many texts are ASCII up to their last finding, where a byte is a scalar: one quick pass checks it,
        // and tells where the bytes that need counting start in the others.
        let ascii = asciiPrefix(bytes, upTo: last.end)
        if ascii == last.end {
            return candidates.map { finding($0, start: $0.start, end: $0.end) }
        }
        var findings: [Finding] = []
        findings.reserveCapacity(candidates.count)
        var byteIndex = 0
        var scalarIndex = 0
        func advance(to target: Int) {
            if byteIndex < ascii {
                let step = min(target, ascii) - byteIndex
                byteIndex += step
                scalarIndex += step
            }
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

    /// How many of the first `end` bytes are ASCII from the start: all `end`, or at least those before the first
    /// 32-byte block (then 8-byte block, then byte) that holds a non-ASCII byte.
    private static func asciiPrefix(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int {
        let top: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 32 <= end {
            let high =
                ByteClass.eightBytes(bytes, at: i) | ByteClass.eightBytes(bytes, at: i + 8)
                | ByteClass.eightBytes(bytes, at: i + 16) | ByteClass.eightBytes(bytes, at: i + 24)
            if high & top != 0 { return i }
            i += 32
        }
        while i + 8 <= end {
            if ByteClass.eightBytes(bytes, at: i) & top != 0 { return i }
            i += 8
        }
        while i < end {
            if bytes[i] >= 0x80 { return i }
            i += 1
        }
        return end
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
