import DataGuard
import Testing

/// Texts written for this project in the voices of other countries (letters, forms, chat messages,
/// e-mail signatures, clinical notes), every identifier marked `[[TYPE:text]]`: a second check beside
/// the shared corpus, scored per class as the corpus's scorer does (any overlap of the same class).
@Suite("Texts from other countries")
struct WorldTexts {
    static var all: [String] { letters + messages + clinical + notices }

    /// The F1 each class must keep; raised as the detectors learn, toward 0.75 for every class.
    static let floors: [String: Double] = [:]
    static let microFloor = 0.95

    @Test("each class keeps its F1 floor (0.75 unless listed), and micro F1 its floor")
    func accuracy() {
        // Given
        let scanner = GuardScanner()
        // When
        let score = TextScore(texts: Self.all, scanner: scanner)
        // Then
        print(score.markdown)
        for (type, tally) in score.tallies where tally.gold > 0 {
            #expect(tally.f1 >= Self.floors[type, default: 0.75], "\(type): \(tally)")
        }
        #expect(score.micro.f1 >= Self.microFloor, "micro: \(score.micro)")
    }

    @Test("the clinical notes alone keep micro F1 0.93, as clinical text must")
    func clinicalAccuracy() {
        // Given
        let scanner = GuardScanner()
        // When
        let score = TextScore(texts: Self.clinical, scanner: scanner)
        // Then
        print(score.markdown)
        #expect(score.micro.f1 >= 0.93, "micro: \(score.micro)")
    }
}
