/// Which classifications, locals and units are most exposed: scores per classification, combined by headcount, and
/// ranked.
///
/// Classifications with no rated task (or no weight under the chosen weighting) have no score and are left out.
///
/// ```swift
/// let ranking = ExposureRanking(classifications, weighting: .core)
/// ranking.locals(by: .beta).first?.name  // the most exposed local
/// ```
public struct ExposureRanking: Sendable {
    /// Each scored classification, in the order given.
    public let classifications: [GroupExposure]
    private let scored: [(classification: JobClassification, scores: ExposureScores)]

    /// Scores every classification with one weighting of its tasks.
    public init(_ classifications: [JobClassification], weighting: TaskWeighting) {
        scored = classifications.compactMap { classification in
            classification.exposure(weighting: weighting).map { (classification, $0) }
        }
        self.classifications = scored.map {
            GroupExposure(name: $0.classification.title, headcount: $0.classification.headcount, scores: $0.scores)
        }
    }

    /// The classifications, most exposed first.
    public func ranked(by measure: ExposureMeasure) -> [GroupExposure] {
        Self.rank(classifications, by: measure)
    }

    /// Each local's exposure, most exposed first; classifications without a local are left out.
    public func locals(by measure: ExposureMeasure) -> [GroupExposure] {
        grouped(by: \.local, measure: measure)
    }

    /// Each unit's exposure, most exposed first; classifications without a unit are left out.
    public func units(by measure: ExposureMeasure) -> [GroupExposure] {
        grouped(by: \.unit, measure: measure)
    }

    /// The whole organization's exposure, named as given, or nil when nobody has a score.
    public func organization(named name: String) -> GroupExposure? {
        Self.combine(name: name, scored)
    }

    private func grouped(by key: KeyPath<JobClassification, String?>, measure: ExposureMeasure) -> [GroupExposure] {
        let groups = Dictionary(grouping: scored) { $0.classification[keyPath: key] }
        let combined = groups.compactMap { name, members in name.flatMap { Self.combine(name: $0, members) } }
        return Self.rank(combined, by: measure)
    }

    /// The headcount-weighted mean of classifications' scores.
    private static func combine(
        name: String, _ members: [(classification: JobClassification, scores: ExposureScores)]
    ) -> GroupExposure? {
        let headcount = members.reduce(0) { $0 + $1.classification.headcount }
        guard headcount > 0 else { return nil }
        var sum = ExposureScores(alpha: 0, beta: 0, zeta: 0)
        for (classification, scores) in members {
            let weight = Double(classification.headcount)
            sum.alpha += weight * scores.alpha
            sum.beta += weight * scores.beta
            sum.zeta += weight * scores.zeta
        }
        let total = Double(headcount)
        return GroupExposure(
            name: name, headcount: headcount,
            scores: ExposureScores(alpha: sum.alpha / total, beta: sum.beta / total, zeta: sum.zeta / total))
    }

    /// Highest score first; ties go to the larger headcount, then by name, so the order is stable.
    private static func rank(_ groups: [GroupExposure], by measure: ExposureMeasure) -> [GroupExposure] {
        groups.sorted {
            if $0.scores[measure] != $1.scores[measure] { return $0.scores[measure] > $1.scores[measure] }
            if $0.headcount != $1.headcount { return $0.headcount > $1.headcount }
            return $0.name < $1.name
        }
    }
}
