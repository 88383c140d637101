/// One of the paper's three exposure measures: how much each rating counts towards it (Eloundou et al., §3.3).
public enum ExposureMeasure: String, CaseIterable, Hashable, Sendable, Codable {
    /// α: the share of direct (E1) exposure; the lower bound.
    case alpha
    /// β: E1 plus half of E2; the middle estimate the paper's headline figures use.
    case beta
    /// ζ: E1 plus E2; the upper bound. The paper's data files call it `gamma`.
    case zeta

    /// How much one task with this rating counts: 0, ½ or 1.
    public func value(of rating: ExposureRating) -> Double {
        switch (self, rating) {
        case (_, .e0), (.alpha, .e2): 0
        case (.beta, .e2): 0.5
        case (_, .e1), (.zeta, .e2): 1
        }
    }
}
