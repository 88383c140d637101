/// The findings the detectors of one scan propose, as byte ranges, in the order proposed.
struct CandidateList {
    private let tokens: TokenList
    private(set) var all: [Candidate] = []

    /// An empty list for the scan of `context`, with room for the findings of most texts (about one for every
    /// four anchors, and a few more) so that it is seldom grown as the detectors add to it. Room for one per
    /// anchor, four times what texts need, put most lists beyond the allocator's cache of small blocks.
    init(_ context: borrowing ScanContext) {
        tokens = context.tokens
        all.reserveCapacity(context.anchors.all.count / 4 + 8)
    }

    /// Proposes a finding over the bytes `start..<end`.
    mutating func add(_ type: FindingType, _ start: Int, _ end: Int, _ confidence: Double) {
        all.append(Candidate(type: type, start: start, end: end, confidence: confidence))
    }

    /// Gives the candidate at `index` (its position in ``all``) another type.
    mutating func retype(_ index: Int, to type: FindingType) {
        all[index].type = type
    }

    /// Withdraws the candidates `shouldRemove` picks.
    mutating func removeAll(where shouldRemove: (Candidate) -> Bool) {
        all.removeAll(where: shouldRemove)
    }

    /// Proposes a finding over the tokens `first...last`.
    mutating func add(_ type: FindingType, tokens first: Int, _ last: Int, _ confidence: Double) {
        add(type, tokens[first].start, tokens[last].end, confidence)
    }
}
