/// A finding a detector proposes, over a byte range, before overlaps are resolved.
struct Candidate {
    var type: FindingType
    var start: Int
    var end: Int
    var confidence: Double

    /// The same candidate `offset` bytes further on.
    func shifted(by offset: Int) -> Candidate {
        Candidate(type: type, start: start + offset, end: end + offset, confidence: confidence)
    }

    /// Whether this candidate should replace `other`, which it overlaps.
    func beats(_ other: Candidate) -> Bool {
        if confidence != other.confidence { return confidence > other.confidence }
        return end - start > other.end - other.start
    }

    /// Keeps, of every group of overlapping candidates, the ones that beat their neighbours; the result is
    /// sorted and free of overlaps.
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [Candidate] = []
        kept.reserveCapacity(sorted.count)
        for candidate in sorted where candidate.end > candidate.start {
            var wins = true
            while let last = kept.last, last.end > candidate.start {
                if candidate.beats(last) {
                    kept.removeLast()
                } else {
                    wins = false
                    break
                }
            }
            if wins { kept.append(candidate) }
        }
        return kept
    }
}
