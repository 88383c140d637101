/// How much of a workforce is exposed: occupations with their employment and scores, and the share of workers
/// whose occupation reaches a threshold (the paper's headline figures, Eloundou et al., §4).
///
/// ```swift
/// let workforce = WorkforceExposure(scores: scoresByTitle, crosswalk: crosswalk, employment: oews)
/// workforce.shareOfWorkers(atLeast: 0.1, on: .beta)  // 0.809 with the paper's human labels
/// ```
public struct WorkforceExposure: Sendable {
    /// An occupation with the number employed in it and its exposure.
    public struct Occupation: Hashable, Sendable {
        /// The occupation's title.
        public let title: String
        /// How many people it employs.
        public let employment: Int
        /// Its exposure.
        public let scores: ExposureScores

        /// Creates an occupation.
        public init(title: String, employment: Int, scores: ExposureScores) {
            self.title = title
            self.employment = employment
            self.scores = scores
        }
    }

    /// The occupations counted.
    public let occupations: [Occupation]

    /// Creates a workforce from occupations whose employment is known.
    public init(occupations: [Occupation]) {
        self.occupations = occupations
    }

    /// Joins O*NET occupation scores to employment through a title crosswalk; occupations whose title is not
    /// matched, or whose OEWS row gives no employment, are left out.
    public init(
        scores: some Sequence<(title: String, scores: ExposureScores)>, crosswalk: TitleCrosswalk,
        employment: OEWSEmployment
    ) {
        occupations = scores.compactMap { title, scores in
            crosswalk.code(ofTitle: title).flatMap(employment.employment(ofCode:)).map {
                Occupation(title: title, employment: $0, scores: scores)
            }
        }
    }

    /// The share of workers, from 0 to 1, in occupations whose measure is at least the threshold.
    public func shareOfWorkers(atLeast threshold: Double, on measure: ExposureMeasure) -> Double {
        let total = occupations.reduce(0) { $0 + $1.employment }
        guard total > 0 else { return 0 }
        let exposed = occupations.reduce(0) { $0 + ($1.scores[measure] >= threshold ? $1.employment : 0) }
        return Double(exposed) / Double(total)
    }
}
