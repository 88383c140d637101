/// Turns byte ranges into Unicode-scalar offsets, as Python indexes a string.
enum ScalarOffsets {
    /// The findings of `candidates` (sorted by start, not overlapping) with scalar offsets into `bytes`.
    static func findings(_ candidates: [Candidate], in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard let base = UnsafeRawPointer(bytes.baseAddress), !candidates.isEmpty else { return [] }
        var findings: [Finding] = []
        findings.reserveCapacity(candidates.count)
        var byteIndex = 0
        var scalarIndex = 0
        func advance(to target: Int) {
            // Eight ASCII bytes at a time, then byte by byte.
            while byteIndex + 8 <= target,
                base.loadUnaligned(fromByteOffset: byteIndex, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                byteIndex += 8
                scalarIndex += 8
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
}
