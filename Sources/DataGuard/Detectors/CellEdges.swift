/// The cells read of a table or a record of fields, for the findings of other detectors they rule out: those that run
/// over an edge between two cells (its delimiter's offset), that lie inside a heading or a record's name, or that name
/// a person inside a cell of things. Each is added in text order and found by a binary search, so that a long table
/// costs no more than its length.
struct CellEdges {
    var edges: [Int] = []
    /// Headings and the names of records' segments: no value lies inside one.
    var headings: [Range<Int>] = []
    /// Cells of things ("Version", "License"): no person lies inside one.
    var things: [Range<Int>] = []

    /// Withdraws from `candidates` those the cells rule out.
    func ruleOut(_ candidates: inout CandidateList) {
        guard !edges.isEmpty || !headings.isEmpty else { return }
        candidates.removeAll(where: rulesOut)
    }

    /// Whether `candidate` runs over a cell's edge, lies inside a heading, or is a person inside a cell of things.
    private func rulesOut(_ candidate: Candidate) -> Bool {
        let edge = Self.firstIndex(in: edges.count) { edges[$0] >= candidate.start }
        if edge < edges.count, edges[edge] < candidate.end { return true }
        if Self.encloses(headings, candidate) { return true }
        return candidate.type == .person && Self.encloses(things, candidate)
    }

    /// Whether one of `cells` (in text order, apart) holds all of `candidate`.
    private static func encloses(_ cells: [Range<Int>], _ candidate: Candidate) -> Bool {
        let after = firstIndex(in: cells.count) { cells[$0].lowerBound > candidate.start }
        return after > 0 && candidate.end <= cells[after - 1].upperBound
    }

    /// The first index below `count` at which `isAtOrAfter` holds, which holds from some index on.
    private static func firstIndex(in count: Int, where isAtOrAfter: (Int) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
