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
        // A street named like a person ("Rua Augusta 190") keeps the whole address.
        if type == .streetAddress, other.type == .person, start <= other.start, end > other.end { return true }
        if type == .person, other.type == .streetAddress, other.start <= start, other.end > end { return false }
        // So does a street named after a date ("Calle 25 de Mayo 555"), the date inside it.
        if type == .streetAddress, other.type == .date, start < other.start, end > other.end { return true }
        if type == .date, other.type == .streetAddress, other.start < start, other.end > end { return false }
        if confidence != other.confidence { return confidence > other.confidence }
        return end - start > other.end - other.start
    }

    /// Keeps, of every group of overlapping candidates, the ones that beat their neighbours; the result is
    /// sorted and free of overlaps.
    /// Sorted in place, and compacted in place through the array's buffer (its uniqueness checked once, not at
    /// every write): the kept candidates are moved to the front.
    static func resolve(_ candidates: consuming [Candidate]) -> [Candidate] {
        var list = candidates
        list.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        let kept = list.withUnsafeMutableBufferPointer { list in
            var kept = 0
            for index in list.indices where list[index].end > list[index].start {
                let candidate = list[index]
                var wins = true
                while kept > 0, list[kept - 1].end > candidate.start {
                    if candidate.beats(list[kept - 1]) {
                        kept -= 1
                    } else {
                        wins = false
                        break
                    }
                }
                if wins {
                    list[kept] = candidate
                    kept += 1
                }
            }
            return kept
        }
        list.removeLast(list.count - kept)
        return list
    }
}
