/// The three exposure measures of a task, a classification or a group of people, each a share from 0 to 1.
///
/// A classification's scores are the weighted mean of its tasks' values (Eloundou et al., §3.3); a group's are the
/// headcount-weighted mean of its classifications' scores.
///
/// ```swift
/// let scores = ExposureScores(weightedRatings: [(2, .e1), (1, .e2), (1, .e0)])
/// scores?.beta  // (2·1 + 1·0.5) / 4 = 0.625
/// ```
public struct ExposureScores: Hashable, Sendable, Codable {
    /// The share of directly exposed work (E1).
    public var alpha: Double
    /// E1 plus half of E2.
    public var beta: Double
    /// E1 plus E2.
    public var zeta: Double

    /// Creates scores from their values.
    public init(alpha: Double, beta: Double, zeta: Double) {
        self.alpha = alpha
        self.beta = beta
        self.zeta = zeta
    }

    /// The weighted mean of ratings, or nil when the weights add up to zero (nothing rated, or no weight given).
    ///
    /// The sums are taken before dividing, so that ratings weighted by small whole numbers (the paper's equal and
    /// core weights) give exact shares: seven halves out of fourteen is exactly 0.5.
    public init?(weightedRatings: some Sequence<(weight: Double, rating: ExposureRating)>) {
        var (total, alpha, beta, zeta) = (0.0, 0.0, 0.0, 0.0)
        for (weight, rating) in weightedRatings {
            total += weight
            alpha += weight * ExposureMeasure.alpha.value(of: rating)
            beta += weight * ExposureMeasure.beta.value(of: rating)
            zeta += weight * ExposureMeasure.zeta.value(of: rating)
        }
        guard total > 0 else { return nil }
        self.init(alpha: alpha / total, beta: beta / total, zeta: zeta / total)
    }

    /// The value of one measure.
    public subscript(measure: ExposureMeasure) -> Double {
        switch measure {
        case .alpha: alpha
        case .beta: beta
        case .zeta: zeta
        }
    }
}
