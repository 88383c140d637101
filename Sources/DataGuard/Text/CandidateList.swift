/// The findings the detectors of one scan propose, as byte ranges, in the order proposed.
struct CandidateList {
    private let tokens: TokenList
    private(set) var all: [Candidate] = []

    /// An empty list for the scan of `context`, with room for about one finding per anchor so that it is
    /// not grown as the detectors add to it.
    init(_ context: borrowing ScanContext) {
        tokens = context.tokens
        all.reserveCapacity(context.anchors.all.count + 4)
    }

    /// Proposes a finding over the bytes `start..<end`.
    mutating func add(_ type: FindingType, _ start: Int, _ end: Int, _ confidence: Double) {
        all.append(Candidate(type: type, start: start, end: end, confidence: confidence))
    }

    /// Proposes a finding over the tokens `first...last`.
    mutating func add(_ type: FindingType, tokens first: Int, _ last: Int, _ confidence: Double) {
        add(type, tokens[first].start, tokens[last].end, confidence)
    }
}
