/// The union's answer to a notice of a new AI use (Seed 003: advance notice to unions; seed 002: bargaining from
/// the first internal discussion).
public enum NoticeAnswer: String, CaseIterable, Codable, Sendable, Hashable {
    /// The union has received the notice and does not ask to bargain.
    case acknowledged
    /// The union demands to bargain, which opens bargaining over the decision.
    case demandToBargain = "demand-to-bargain"

    /// A label for people to read.
    public var title: String {
        switch self {
        case .acknowledged: "Acknowledged"
        case .demandToBargain: "Demand to bargain"
        }
    }
}
